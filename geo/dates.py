"""Dates in Arabic news text: moved to ``geo.extract.dates`` (a stage of the extractor); kept importable."""

from .extract.dates import MONTHS, ORDINAL_DAYS, WEEKDAYS, find_date

__all__ = ["find_date", "MONTHS", "WEEKDAYS", "ORDINAL_DAYS"]
