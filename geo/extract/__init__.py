"""Find the claimed strikes and attacks in an Arabic news article: a pipeline of stages (see README.md)."""

from .lexicon import Lexicon, LexiconError
from .reader import SETTINGS, Extraction, extract, extract_events

__all__ = ["extract_events", "extract", "Extraction", "SETTINGS", "Lexicon", "LexiconError"]
