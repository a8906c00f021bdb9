"""The event record and its vocabularies."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field, fields, replace

from .errors import GeoInputError
from .feature import event_feature

__all__ = [
    "Event", "EVENT_TYPES", "PRECISIONS", "DATE_PRECISIONS", "STANCES", "ACLED_TYPES",
    "TIME_PRECISION_CODE", "GEO_PRECISION_CODE", "parse_date", "FRAME_COLUMNS", "events_frame",
]

EVENT_TYPES = ("shelling", "airstrike", "missile", "drone", "ground_attack", "destruction", "other")
PRECISIONS = ("settlement", "district", "region", "country")
DATE_PRECISIONS = ("day", "week", "month", "unknown")  # unknown: an undated article told no absolute date
STANCES = ("claim", "denial")

#: Our type -> (ACLED event_type, ACLED sub_event_type).
ACLED_TYPES = {
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "missile": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "drone": ("Explosions/Remote violence", "Air/drone strike"),
    "ground_attack": ("Battles", "Armed clash"),
    "destruction": ("Strategic developments", "Destruction of property"),
    "other": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
}
#: ACLED's time_precision codes (1 day, 2 week, 3 month) and geo_precision codes.
TIME_PRECISION_CODE = {"day": 1, "week": 2, "month": 3, "unknown": None}
GEO_PRECISION_CODE = {"settlement": 1, "district": 2, "region": 3, "country": 3}


def parse_date(value: str | dt.date, *, what: str = "date") -> dt.date:
    """A ``datetime.date`` from ``YYYY-MM-DD``; the error names the bad value."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as err:
        raise GeoInputError(f"{what} must be a date as YYYY-MM-DD, got {value!r}") from err


@dataclass(frozen=True, slots=True)
class Event:
    """One claimed strike or attack at one place, as one article reports it.

    ``lat``/``lon`` are named fields; they become ``[lon, lat]`` only in ``geo.export``.
    """

    date: dt.date | None
    claimant: str
    attacker: str | None
    event_type: str
    place_ar: str
    place_en: str
    lat: float | None
    lon: float | None
    precision: str
    place_id: str = ""
    country: str = ""
    radius_km: float | None = None
    killed: int | None = None
    injured: int | None = None
    stance: str = "claim"
    date_precision: str = "day"
    evidence: str = ""
    evidence_start: int = -1
    evidence_end: int = -1
    place_start: int = -1
    place_end: int = -1
    article: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    profile: str = ""
    sources: tuple[str, ...] = ()
    contested: bool = False
    merged_because: str = ""
    corrected: bool = False
    event_id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if self.date is not None and not isinstance(self.date, dt.date):
            raise GeoInputError(f"Event.date must be a datetime.date or None, got {self.date!r}")
        if self.date is None:  # an undated event: its precision can only be "unknown"
            object.__setattr__(self, "date_precision", "unknown")
        elif self.date_precision == "unknown":
            raise GeoInputError(f"Event.date_precision 'unknown' is for undated events, got date={self.date!r}; "
                                f"give one of {[p for p in DATE_PRECISIONS if p != 'unknown']}")
        _check("event_type", self.event_type, EVENT_TYPES)
        _check("precision", self.precision, PRECISIONS)
        _check("date_precision", self.date_precision, DATE_PRECISIONS)
        _check("stance", self.stance, STANCES)
        if (self.lat is None) != (self.lon is None):
            raise GeoInputError(f"Event needs both lat and lon or neither, got lat={self.lat!r} lon={self.lon!r}")
        if self.lat is not None and not (-90 <= self.lat <= 90 and -180 <= self.lon <= 180):
            raise GeoInputError(f"Event coordinates out of range: lat={self.lat!r} lon={self.lon!r}")
        for name in ("killed", "injured"):
            v = getattr(self, name)
            if v is not None and (not isinstance(v, int) or v < 0):
                raise GeoInputError(f"Event.{name} must be a non-negative int or None, got {v!r}")
        if not self.event_id:
            object.__setattr__(self, "event_id", self.compute_id())

    def compute_id(self) -> str:
        """A stable id from what makes the event this event (article, claim, place, date, type)."""
        key = "|".join([self.article, self.claimant, str(self.attacker), self.event_type, self.place_id or self.place_ar,
                        self.date.isoformat() if self.date is not None else "", self.stance])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def acled_event_type(self) -> str:
        return ACLED_TYPES[self.event_type][0]

    @property
    def acled_sub_event_type(self) -> str:
        return ACLED_TYPES[self.event_type][1]

    @property
    def n_sources(self) -> int:
        return max(1, len(self.sources))

    @property
    def __geo_interface__(self) -> dict:
        """A GeoJSON Feature (``[lon, lat]`` through ``geo.feature``, the one place that flips)."""
        return event_feature(self)

    def to_record(self) -> dict:
        """A flat dict of every field, dates as ISO strings (for JSON, tables, the store)."""
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date is not None else None
        d["sources"] = list(self.sources)
        return d

    @classmethod
    def from_record(cls, d: dict) -> "Event":
        names = {f.name for f in fields(cls)}
        unknown = set(d) - names - {"acled_event_type", "acled_sub_event_type", "n_sources"}
        if unknown:
            raise GeoInputError(f"unknown Event fields {sorted(unknown)}; allowed: {sorted(names)}")
        kw = {k: v for k, v in d.items() if k in names}
        kw["date"] = parse_date(kw["date"], what="Event.date") if kw.get("date") is not None else None
        kw["sources"] = tuple(kw.get("sources") or ())
        return cls(**kw)

    def with_(self, **changes) -> "Event":
        """A copy with ``changes``; the id is kept unless given."""
        return replace(self, **changes)


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise GeoInputError(f"Event.{name} must be one of {allowed}, got {value!r}")


#: Columns of a table of events (``events_frame`` and ``EventStore.frame``): every stored field,
#: plus how many sources report the event.
FRAME_COLUMNS = tuple(f.name for f in fields(Event) if f.name not in {"sources", "merged_because"}) + ("n_sources",)


def events_frame(events):
    """Events as a pandas DataFrame with ``FRAME_COLUMNS`` (the shape ``EventStore.frame`` returns)."""
    import pandas as pd

    return pd.DataFrame({c: [getattr(e, c) for e in events] for c in FRAME_COLUMNS}, columns=list(FRAME_COLUMNS))
