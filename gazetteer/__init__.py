"""Arabic place-name gazetteer: normalisation, ranked candidates, coordinates."""

from .errors import GazetteerDataError, GazetteerError, GazetteerInputError, GeocoderServiceError
from .gazetteer import KINDS, TYPE_WORDS, Candidate, Gazetteer, Place, Theatre
from .normalize import clitic_splits, is_arabic as is_arabic_name, normalize, skeleton, tokenize

__all__ = [
    "Candidate", "Gazetteer", "GazetteerDataError", "GazetteerError", "GazetteerInputError",
    "GeocoderServiceError", "KINDS", "Place", "TYPE_WORDS", "Theatre", "clitic_splits", "normalize",
    "skeleton", "tokenize", "is_arabic_name",
]
