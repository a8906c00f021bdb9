"""Exceptions of the geo package."""


class GeoError(Exception):
    """Root of every error the geo package raises."""


class GeoInputError(GeoError, ValueError):
    """An article, date, option or record given to geo is not valid."""


class ArticleError(GeoInputError):
    """An article cannot be read or decoded, or has no text."""


class ProfileError(GeoInputError):
    """A conflict profile is missing or malformed."""


class StoreError(GeoError):
    """The event store could not do what was asked."""


class ExtractionError(GeoError):
    """The extractor failed on one article (the message names it); the other articles go on."""
