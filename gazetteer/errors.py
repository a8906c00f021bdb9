"""Exceptions of the gazetteer package."""


class GazetteerError(Exception):
    """Root of every error the gazetteer raises."""


class GazetteerInputError(GazetteerError, ValueError):
    """A name, option or data row given to the gazetteer is not valid."""


class GazetteerDataError(GazetteerError):
    """A gazetteer data file is missing or malformed."""


class GeocoderServiceError(GazetteerError):
    """The optional online geocoder failed or answered with something unusable."""
