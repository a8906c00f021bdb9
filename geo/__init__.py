"""Events from Arabic conflict reporting: model, extraction, storage, export, maps."""

from .errors import ArticleError, ExtractionError, GeoError, GeoInputError, ProfileError, StoreError
from .extract import SETTINGS, Extraction, extract, extract_events
from .model import EVENT_TYPES, PRECISIONS, Event
from .profile import Profile, load_profile

__all__ = [
    "ArticleError", "ExtractionError", "EVENT_TYPES", "Event", "Extraction", "GeoError", "GeoInputError", "PRECISIONS", "Profile",
    "ProfileError", "SETTINGS", "StoreError", "extract", "extract_events", "load_profile",
]
