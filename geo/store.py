"""The event store: the one module that talks to a database (SQLAlchemy Core).

Two back ends behind one API: an embedded SQLite file (the default, no server) and PostgreSQL with
PostGIS (``DATABASE_URL`` or ``url=``). Articles are kept with their text so that ``reextract``
can read them again; a person's corrections live in their own table and win over the machine.

Duplicates across sources are merged at ingest time: each stored reading (one event of one
article) either is the *primary* of its cluster (``cluster_id IS NULL``) or points at the primary
it was merged into. A query returns the primaries, each with the articles of its cluster as
``sources``. Two readings merge when claimant, type, stance and date agree and the places lie
within ``merge_km`` of the primary (geodesic distance on WGS 84). Primaries of different claimants
within ``merge_km`` on the same day are both flagged ``contested``. Clustering is deterministic:
readings are taken in (article id, reading id) order, so ``recluster()`` rebuilds exactly what
incremental ingest built.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Callable, Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from gazetteer import normalize
from gazetteer.normalize import is_arabic, normalize_latin

from .articles import Article
from .errors import GeoInputError, StoreError
from .model import EVENT_TYPES, FRAME_COLUMNS, PRECISIONS, STANCES, Event, parse_date

__all__ = [
    "EventStore", "EventFilter", "IngestResult", "ReextractResult", "StoreStats", "parse_bbox",
    "default_url", "default_sqlite_path", "DEFAULT_MERGE_KM", "CORRECTABLE_FIELDS", "BACKENDS", "UNDATED_CHOICES",
    "REVIEW_STATUSES",
]

DEFAULT_MERGE_KM = 5.0
#: What a person may say of an event (``EventStore.review``); "machine" undoes a review.
REVIEW_STATUSES = ("machine", "needs_review", "confirmed", "corrected", "rejected")
BACKENDS = ("sqlite", "postgis")
SCHEMA_VERSION = "2"  # 2: events.date may be NULL (an undated article); 1 is migrated on open
#: Event fields a person may correct (the rest are the store's bookkeeping).
CORRECTABLE_FIELDS = tuple(
    f.name for f in fields(Event)
    if f.name not in {"event_id", "article", "sources", "contested", "merged_because", "corrected"}
)
#: Event fields stored as columns of a reading.
_EVENT_COLUMNS = (
    "event_id", "date", "claimant", "attacker", "event_type", "stance", "place_ar", "place_en", "lat", "lon",
    "precision", "place_id", "country", "radius_km", "killed", "injured", "date_precision", "evidence",
    "evidence_start", "evidence_end", "place_start", "place_end", "article", "source", "url", "title",
    "profile", "corrected",
)
_LOCK_KEY = 0x636D6170  # "cmap": the PostgreSQL advisory lock that serialises writers
_URL_SCHEMES = ("sqlite", "postgresql")
_BUSY_RETRIES = 8
UNDATED_CHOICES = ("include", "only", "exclude")


# --------------------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class EventFilter:
    """What to select: every criterion given must hold (lists mean "any of")."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    claimants: tuple[str, ...] = ()
    attackers: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    bbox: tuple[float, float, float, float] | None = None  # (south, west, north, east)
    place: str | None = None
    stance: str | None = None
    #: Events with no date: "include" them (the default: never dropped silently), "only" them, or "exclude".
    undated: str = "include"
    #: Conflict profiles (theatres) the events were read with; empty: all.
    profiles: tuple[str, ...] = ()
    #: Events at any of these gazetteer place ids (a place search resolved through the gazetteer);
    #: when given, ``place`` also matches by spelling and either match is enough.
    place_ids: tuple[str, ...] = ()
    #: Rejected events stay in the store but leave every query unless this is set.
    include_rejected: bool = False

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, parse_date(value, what=name))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise GeoInputError(f"date_from {self.date_from} is after date_to {self.date_to}")
        for name in ("claimants", "attackers", "event_types", "precisions", "profiles", "place_ids"):
            value = getattr(self, name)
            value = (value,) if isinstance(value, str) else tuple(value or ())
            object.__setattr__(self, name, value)
        _check_all("event_types", self.event_types, EVENT_TYPES)
        _check_all("precisions", self.precisions, PRECISIONS)
        if self.stance is not None and self.stance not in STANCES:
            raise GeoInputError(f"stance must be one of {STANCES}, got {self.stance!r}")
        if self.bbox is not None:
            object.__setattr__(self, "bbox", _check_bbox(self.bbox))
        if self.undated not in UNDATED_CHOICES:
            raise GeoInputError(f"undated must be one of {UNDATED_CHOICES}, got {self.undated!r}")
        if self.place is not None:
            if not isinstance(self.place, str):
                raise GeoInputError(f"place must be text, got {self.place!r}")
            place = self.place.replace("\x00", "").strip()
            if place and not any(ch.isalnum() for ch in place):
                raise GeoInputError(f"place filter must contain letters or digits, got {self.place!r}")
            if len(place) > 200:
                raise GeoInputError(f"place filter is {len(place)} characters long; at most 200 are accepted")
            object.__setattr__(self, "place", place or None)

    def matches(self, event: Event) -> bool:
        """The same test in Python (for events not in a store, and to check the SQL)."""
        e = event
        if e.date is None:
            if self.undated == "exclude":
                return False
        elif self.undated == "only":
            return False
        elif self.date_from and e.date < self.date_from or self.date_to and e.date > self.date_to:
            return False
        if self.claimants and e.claimant not in self.claimants:
            return False
        if self.attackers and e.attacker not in self.attackers:
            return False
        if self.event_types and e.event_type not in self.event_types:
            return False
        if self.precisions and e.precision not in self.precisions:
            return False
        if self.stance and e.stance != self.stance:
            return False
        if self.bbox:
            south, west, north, east = self.bbox
            if e.lat is None or not south <= e.lat <= north:
                return False
            if not (west <= e.lon <= east if west <= east else e.lon >= west or e.lon <= east):
                return False
        if self.profiles and e.profile not in self.profiles:
            return False
        if self.place:
            if self.place_ids and e.place_id in self.place_ids:
                return True
            if is_arabic(self.place):
                return normalize(self.place) in _place_norm(e.place_ar)
            return _fold(self.place) in _fold(e.place_en)
        return True


def parse_bbox(text: str) -> tuple[float, float, float, float]:
    """``"S,W,N,E"`` (degrees) as a checked ``(south, west, north, east)`` tuple."""
    parts = [p.strip() for p in str(text).split(",")]
    try:
        values = tuple(float(p) for p in parts)
    except ValueError as err:
        raise GeoInputError(f"bbox must be four numbers S,W,N,E (degrees), got {text!r}") from err
    return _check_bbox(values, shown=text)


def _check_bbox(values, *, shown=None) -> tuple[float, float, float, float]:
    shown = values if shown is None else shown
    try:
        south, west, north, east = (float(v) for v in values)
    except (TypeError, ValueError) as err:
        raise GeoInputError(f"bbox must be four numbers (south, west, north, east), got {shown!r}") from err
    if any(math.isnan(v) for v in (south, west, north, east)):
        raise GeoInputError(f"bbox must not contain NaN, got {shown!r}")
    if not (-90 <= south <= north <= 90):
        raise GeoInputError(f"bbox latitudes must satisfy -90 <= south <= north <= 90, got {shown!r}")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise GeoInputError(f"bbox longitudes must lie in [-180, 180], got {shown!r}")
    return (south, west, north, east)


def _check_all(name: str, values: Sequence[str], allowed: Sequence[str]) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise GeoInputError(f"{name}: {bad[0]!r} is not one of {tuple(allowed)}")


def _fold(text: str | None) -> str:
    """Case- and accent-insensitive form of a Latin name (``Qarah Bāgh`` -> ``qarah bagh``, ``Gəncə`` -> ``gence``)."""
    return normalize_latin(text) if text else ""


def _place_norm(text: str | None) -> str:
    return normalize(text) if text else ""


# --------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class IngestResult:
    """What ``add_article`` did with one article."""

    article: str
    content_hash: str
    added: bool
    events: int = 0
    merged: int = 0
    contested: int = 0


@dataclass(frozen=True)
class ReextractResult:
    """What ``reextract`` did: articles read again, readings before/after, corrections kept."""

    articles: int
    readings_before: int
    readings_after: int
    corrections_applied: int
    corrections_kept: int
    failed: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoreStats:
    """Counts of what the store holds."""

    backend: str
    url: str
    articles: int
    readings: int
    events: int
    corrections: int
    contested: int
    date_from: dt.date | None
    date_to: dt.date | None
    by_claimant: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)
    undated: int = 0  # events with no date (articles with no publication date)


# --------------------------------------------------------------------------------------- URLs


def default_sqlite_path() -> Path:
    """``$CONFLICTMAP_DATA_DIR/events.sqlite``, else the user data folder of ``conflictmap``."""
    folder = os.environ.get("CONFLICTMAP_DATA_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("conflictmap")
    return Path(folder) / "events.sqlite"


def default_url() -> str:
    """``$DATABASE_URL`` if set, else the embedded SQLite file."""
    return os.environ.get("DATABASE_URL") or f"sqlite:///{default_sqlite_path()}"


def _resolve_url(url: str | os.PathLike | None) -> sa.URL:
    raw = os.fspath(url) if url is not None else default_url()
    raw = raw.strip()
    if "://" not in raw:  # a bare path means an SQLite file
        raw = f"sqlite:///{Path(raw).expanduser()}"
    if raw.startswith("postgres://"):
        raw = "postgresql://" + raw[len("postgres://"):]
    if "\x00" in raw:
        raise StoreError(f"not a database URL: {raw!r} (it holds a NUL character)")
    try:
        parsed = make_url(raw)
        parsed.port  # noqa: B018 - a port that is not a number is found here, not at connect time
    except (ArgumentError, ValueError) as err:
        shown = re.sub(r"(://[^:@/]*):[^@/]*@", r"\1:***@", raw)  # never print a password
        raise StoreError(f"not a database URL: {shown!r}; expected sqlite:///PATH or "
                         "postgresql://USER@HOST:PORT/DB") from err
    backend = parsed.get_backend_name()
    if backend not in _URL_SCHEMES:
        raise StoreError(f"unsupported database {backend!r} in {parsed.render_as_string(hide_password=True)!r}; "
                         f"supported: {list(_URL_SCHEMES)}")
    if backend == "postgresql" and parsed.get_driver_name() != "psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise StoreError("the SQLite store needs a file (an in-memory database would be lost); "
                         f"got {raw!r}")
    return parsed


# --------------------------------------------------------------------------------------- schema


@dataclass(frozen=True)
class _Tables:
    metadata: sa.MetaData
    meta: sa.Table
    articles: sa.Table
    events: sa.Table
    corrections: sa.Table
    reviews: sa.Table | None = None
    review_log: sa.Table | None = None


def _tables(postgis: bool) -> _Tables:
    md = sa.MetaData()
    meta = sa.Table("store_meta", md, sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("value", sa.Text, nullable=False))
    articles = sa.Table(
        "articles", md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("url", sa.Text), sa.Column("title", sa.Text), sa.Column("source", sa.Text),
        sa.Column("published", sa.Date), sa.Column("profile", sa.Text),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    )
    cols = [
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), nullable=False, unique=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        # NULL: this reading is the primary of its own cluster; else the id of that primary.
        sa.Column("cluster_id", sa.Integer, nullable=True),
        sa.Column("n_sources", sa.Integer, nullable=False, default=1),
        sa.Column("dist_km", sa.Float, nullable=True),  # distance to the primary, for merged readings
        sa.Column("contested", sa.Boolean, nullable=False, default=False),
        sa.Column("corrected", sa.Boolean, nullable=False, default=False),
        sa.Column("date", sa.Date, nullable=True),  # NULL: undated (date_precision "unknown")
        sa.Column("claimant", sa.Text, nullable=False),
        sa.Column("attacker", sa.Text),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("stance", sa.Text, nullable=False),
        sa.Column("place_ar", sa.Text, nullable=False),
        sa.Column("place_en", sa.Text, nullable=False),
        sa.Column("place_norm", sa.Text, nullable=False),  # gazetteer.normalize(place_ar), for search
        sa.Column("place_fold", sa.Text, nullable=False),  # place_en without case or accents
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("precision", sa.Text, nullable=False),
        sa.Column("place_id", sa.Text, nullable=False),
        sa.Column("country", sa.Text, nullable=False),
        sa.Column("radius_km", sa.Float),
        sa.Column("killed", sa.Integer), sa.Column("injured", sa.Integer),
        sa.Column("date_precision", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("place_start", sa.Integer, nullable=False),
        sa.Column("place_end", sa.Integer, nullable=False),
        sa.Column("article", sa.Text, nullable=False),
        sa.Column("source", sa.Text), sa.Column("url", sa.Text), sa.Column("title", sa.Text),
        sa.Column("profile", sa.Text, nullable=False),
    ]
    if postgis:
        from geoalchemy2 import Geometry

        cols.append(sa.Column("geom", Geometry("POINT", srid=4326, spatial_index=False),
                              sa.Computed("ST_SetSRID(ST_MakePoint(lon, lat), 4326)", persisted=True)))
    events = sa.Table("events", md, *cols)
    sa.Index("ix_events_date", events.c.date)
    sa.Index("ix_events_claimant", events.c.claimant)
    sa.Index("ix_events_cluster", events.c.cluster_id)
    sa.Index("ix_events_article", events.c.article_id)
    sa.Index("ix_events_key", events.c.date, events.c.claimant, events.c.event_type)
    if postgis:
        sa.Index("ix_events_geom", events.c.geom, postgresql_using="gist")
    else:
        sa.Index("ix_events_date_lat", events.c.date, events.c.lat)
        sa.Index("ix_events_lat_lon", events.c.lat, events.c.lon)
    corrections = sa.Table(
        "corrections", md,
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("changes", sa.Text, nullable=False),  # JSON: field -> corrected value
        sa.Column("record", sa.Text, nullable=False),  # JSON: the corrected event, kept if the machine loses it
        sa.Column("machine", sa.Text, nullable=False),  # JSON: the machine's reading when first corrected
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    sa.Index("ix_corrections_article", corrections.c.article_id)
    # A person's review of an event (by event id, so it outlives re-extraction): its status, and
    # every change ever made, with who, when, the status and fields before and after, and a note.
    reviews = sa.Table(
        "reviews", md,
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False, default=""),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    sa.Index("ix_reviews_status", reviews.c.status)
    review_log = sa.Table(
        "review_log", md,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False, default=""),
        sa.Column("status_before", sa.Text, nullable=False),
        sa.Column("status_after", sa.Text, nullable=False),
        sa.Column("before", sa.Text, nullable=False),  # JSON: the changed fields' values before
        sa.Column("after", sa.Text, nullable=False),  # JSON: and after
        sa.Column("note", sa.Text, nullable=False, default=""),
    )
    sa.Index("ix_review_log_event", review_log.c.event_id)
    _service_tables(md)
    return _Tables(md, meta, articles, events, corrections, reviews, review_log)


def _service_tables(md: sa.MetaData) -> None:
    """Tables of the live service (``geo.watch``, ``geo.alerts``), reached as ``metadata.tables[name]``.

    ``feed_state``: per feed URL, the validators of its last answer (ETag, Last-Modified) and its
    failures, for conditional GET and backoff. ``seen_urls``: every item URL a watcher has handled
    (``done``, ``undated``, ``failed``...), with the content hash of its text, so a restart re-reads
    nothing. ``alerts``: saved filters; ``alert_deliveries``: which events a webhook has received.
    """
    sa.Table(
        "feed_state", md,
        sa.Column("feed_url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text), sa.Column("last_modified", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False, default=0),
        sa.Column("last_error", sa.Text),
        sa.Column("next_poll", sa.DateTime(timezone=True)),
        sa.Column("polled_at", sa.DateTime(timezone=True)),
    )
    seen = sa.Table(
        "seen_urls", md,
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("feed_url", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),  # claimed | done | undated | failed | rejected
        sa.Column("content_hash", sa.String(64)),
        sa.Column("reason", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False, default=0),
        sa.Column("next_try", sa.DateTime(timezone=True)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    sa.Index("ix_seen_urls_hash", seen.c.content_hash)
    sa.Table(
        "alerts", md,
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("filter", sa.Text, nullable=False),  # JSON of the saved filter
        sa.Column("webhook", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    sa.Table(
        "alert_deliveries", md,
        sa.Column("alert_id", sa.String(40), sa.ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),  # sent | failed
        sa.Column("attempts", sa.Integer, nullable=False, default=0),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def _install_sqlite_hooks(engine: Engine, busy_timeout_s: float) -> None:
    """WAL, a busy timeout, foreign keys, and BEGIN IMMEDIATE for writes (no lock upgrades)."""

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("conflictmap_mode", "write")
        conn.exec_driver_sql("BEGIN" if mode == "read" else "BEGIN IMMEDIATE")


def _is_transient(err: DBAPIError) -> bool:
    msg = str(getattr(err, "orig", err)).lower()
    code = getattr(getattr(err, "orig", None), "sqlstate", None)
    return "locked" in msg or "busy" in msg or code in ("40001", "40P01")


# --------------------------------------------------------------------------------------- geometry

_GEOD = None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance on WGS 84 in km."""
    global _GEOD
    if _GEOD is None:
        from pyproj import Geod

        _GEOD = Geod(ellps="WGS84")
    return _GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def _box(lat: float, km: float) -> tuple[float, float]:
    """Half sizes (degrees of lat, lon) of a box that holds every point within ``km`` of ``lat``."""
    dlat = km / 110.0 * 1.01 + 1e-9
    top = min(89.999, abs(lat) + dlat)
    dlon = km / (111.0 * math.cos(math.radians(top))) * 1.01 + 1e-9
    return dlat, min(dlon, 180.0)


def _lon_ranges(lon: float, dlon: float) -> list[tuple[float, float]]:
    lo, hi = lon - dlon, lon + dlon
    if dlon >= 180 or hi - lo >= 360:
        return [(-180.0, 180.0)]
    if lo < -180:
        return [(-180.0, hi), (lo + 360, 180.0)]
    if hi > 180:
        return [(lo, 180.0), (-180.0, hi - 360)]
    return [(lo, hi)]


# --------------------------------------------------------------------------------------- rows


def _event_row(e: Event) -> dict:
    """Column values of one reading (without the cluster bookkeeping)."""
    row = {k: getattr(e, k) for k in _EVENT_COLUMNS}
    for k, v in row.items():
        if isinstance(v, str) and "\x00" in v:  # PostgreSQL refuses NUL in text; SQLite would keep it
            row[k] = v.replace("\x00", "")
    row["place_norm"] = _place_norm(e.place_ar)
    row["place_fold"] = _fold(e.place_en)
    return row


def _row_event(m, *, sources: tuple[str, ...] | None = None, because: str = "", contested: bool = False) -> Event:
    kw = {k: m[k] for k in _EVENT_COLUMNS}
    return Event(**kw, sources=sources if sources is not None else (m["article"],), merged_because=because,
                 contested=contested)


def _because(primary, members) -> str:
    places = [primary["place_en"] or primary["place_ar"]] + [m["place_en"] or m["place_ar"] for m in members]
    km = max((m["dist_km"] or 0.0) for m in members)
    apart = f"places {km:.1f} km apart" if len(members) == 1 else f"places up to {km:.1f} km apart"
    stance = "" if primary["stance"] == "claim" else f", stance {primary['stance']}"
    return (f"same claimant {primary['claimant']}, type {primary['event_type']}{stance}, "
            f"date {primary['date'].isoformat()}, {apart}: {' / '.join(places)}")


def _apply(machine: Event, changes: dict) -> Event:
    rec = machine.to_record()
    rec.update(changes)
    if rec.get("date") and rec.get("date_precision") == "unknown":  # a person dated an undated event: to the day
        rec["date_precision"] = "day"
    rec["corrected"] = True
    rec["event_id"] = machine.event_id
    return Event.from_record(rec)


def _dedupe(article: Article, events: Sequence[Event]) -> list[Event]:
    """Events named after their article (ids computed again if they were automatic), one per event id."""
    out: list[Event] = []
    seen: set[str] = set()
    for ev in events:
        if not ev.article:
            auto = ev.event_id == ev.compute_id()
            ev = replace(ev, article=article.name)
            if auto:
                ev = replace(ev, event_id=ev.compute_id())
        if ev.event_id in seen:
            continue
        seen.add(ev.event_id)
        out.append(ev)
    return out


def _reid_taken(article: Article, events: list[Event], taken: set[str]) -> list[Event]:
    """Events whose id another article already uses get an id salted with this article's content hash."""
    if not taken:
        return events
    return [replace(ev, event_id=_reid(ev.event_id, article.content_hash)) if ev.event_id in taken else ev
            for ev in events]


def _reid(event_id: str, content_hash: str) -> str:
    return hashlib.sha1(f"{event_id}|{content_hash}".encode()).hexdigest()[:16]


def _cluster(rows: Sequence[dict], merge_km: float) -> dict[int, tuple[int | None, float | None, int, bool]]:
    """Clusters of readings given in (article id, id) order: id -> (cluster_id, dist_km, n_sources, contested).

    Pure; the same rules as incremental ingest (``EventStore._place``).
    """
    dlat = _box(0.0, merge_km)[0]
    band = max(dlat, 1e-6)  # primaries are filed by date and latitude band; a search looks at 3 bands
    bands: dict[dt.date, dict[int, list[int]]] = {}
    out_cluster: dict[int, int | None] = {}
    out_dist: dict[int, float | None] = {}
    n_sources: dict[int, int] = {}
    members_of: dict[int, set[int]] = {}  # primary id -> article ids in its cluster
    primaries: list[int] = []  # indexes into rows

    def near(r) -> list[int]:
        by_band = bands.get(r["date"])
        if not by_band:
            return []
        lat, lon = r["lat"], r["lon"]
        ranges = _lon_ranges(lon, _box(lat, merge_km)[1])
        (lo, hi), wrap = ranges[0], ranges[1:]
        b = math.floor(lat / band)
        found = []
        for i in (b - 1, b, b + 1):
            for k in by_band.get(i, ()):
                p = rows[k]
                if abs(p["lat"] - lat) <= dlat and (lo <= p["lon"] <= hi or
                                                    any(a <= p["lon"] <= z for a, z in wrap)):
                    found.append(k)
        if len(found) > 1:
            found.sort()
        return found

    for idx, r in enumerate(rows):
        rid = r["id"]
        out_cluster[rid] = out_dist[rid] = None
        target = None
        if r["lat"] is not None and r["date"] is not None:  # undated readings are never merged
            key = (r["claimant"], r["event_type"], r["stance"])
            for k in near(r):
                p = rows[k]
                if (p["claimant"], p["event_type"], p["stance"]) != key or r["article_id"] in members_of[p["id"]]:
                    continue
                d = _km(p["lat"], p["lon"], r["lat"], r["lon"])
                if d <= merge_km:
                    target = (p["id"], d)
                    break
        if target:
            out_cluster[rid], out_dist[rid] = target
            n_sources[target[0]] += 1
            members_of[target[0]].add(r["article_id"])
            continue
        n_sources[rid] = 1
        members_of[rid] = {r["article_id"]}
        primaries.append(idx)
        if r["lat"] is not None and r["date"] is not None:
            bands.setdefault(r["date"], {}).setdefault(math.floor(r["lat"] / band), []).append(idx)
    contested: set[int] = set()
    for idx in primaries:
        r = rows[idx]
        if r["lat"] is None or r["date"] is None or r["id"] in contested:
            continue
        for k in near(r):
            p = rows[k]
            if p["claimant"] != r["claimant"] and _km(p["lat"], p["lon"], r["lat"], r["lon"]) <= merge_km:
                contested.add(r["id"])
                contested.add(p["id"])
                break  # contested is symmetric: the rival is flagged here too
    return {r["id"]: (out_cluster[r["id"]], out_dist[r["id"]], n_sources.get(r["id"], 1), r["id"] in contested)
            for r in rows}


# --------------------------------------------------------------------------------------- the store


class EventStore:
    """Articles, their events, corrections and clusters in SQLite (default) or PostGIS."""

    def __init__(self, url: str | os.PathLike | None = None, *, merge_km: float | None = None,
                 busy_timeout_s: float = 30.0, echo: bool = False):
        self._url = _resolve_url(url)
        self.backend = "postgis" if self._url.get_backend_name() == "postgresql" else "sqlite"
        if merge_km is not None and not (isinstance(merge_km, (int, float)) and 0 <= merge_km <= 100):
            raise GeoInputError(f"merge_km must be a number of km in [0, 100], got {merge_km!r}")
        self._t = _tables(self.backend == "postgis")
        self._stmt_cache: dict | None = None
        m = self._t.meta
        self._bump = (sa.update(m).where(m.c.key == "revision")
                      .values(value=sa.cast(sa.cast(m.c.value, sa.Integer) + 1, sa.Text)))
        try:
            if self.backend == "sqlite":
                Path(self._url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
                self._engine = sa.create_engine(self._url, echo=echo)
                _install_sqlite_hooks(self._engine, busy_timeout_s)
            else:
                self._engine = sa.create_engine(self._url, echo=echo, pool_pre_ping=True)
            self.merge_km = self._open(merge_km)
        except StoreError:
            self._dispose()
            raise
        except OSError as err:
            raise StoreError(f"cannot create the folder of the event store {self.url}: {err}") from err
        except SQLAlchemyError as err:
            self._dispose()
            raise StoreError(f"cannot open the event store at {self.url}: {_reason(err)}") from err

    # ---- lifecycle

    @property
    def url(self) -> str:
        """The database URL with any password hidden."""
        return self._url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release the database connections."""
        self._dispose()

    def _dispose(self) -> None:
        engine = getattr(self, "_engine", None)
        if engine is not None:
            engine.dispose()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EventStore({self.url!r}, merge_km={self.merge_km})"

    def _open(self, merge_km: float | None) -> float:
        t = self._t

        def create(conn: Connection) -> tuple[float, bool]:
            if self.backend == "postgis":
                try:
                    with conn.begin_nested():
                        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
                except DBAPIError as err:
                    raise StoreError(f"PostGIS is not available in {self.url}: {_reason(err)}; install "
                                     "postgresql-15-postgis-3 or run CREATE EXTENSION postgis as a superuser") from err
            t.metadata.create_all(conn)
            stored = dict(conn.execute(sa.select(t.meta.c.key, t.meta.c.value)).all())
            version = stored.get("schema_version")
            if version == "1":
                self._migrate_v1(conn)
                conn.execute(sa.update(t.meta).where(t.meta.c.key == "schema_version").values(value=SCHEMA_VERSION))
                version = SCHEMA_VERSION
            if version is not None and version != SCHEMA_VERSION:
                raise StoreError(f"the event store at {self.url} has schema version {version}; "
                                 f"this code reads version {SCHEMA_VERSION}")
            wrote = version != stored.get("schema_version") or version is None or "instance" not in stored
            if version is None:
                conn.execute(sa.insert(t.meta), [{"key": "schema_version", "value": SCHEMA_VERSION}])
            if "instance" not in stored:  # a random name of this database, so revisions of two stores never meet
                conn.execute(sa.insert(t.meta), [{"key": "instance", "value": uuid.uuid4().hex},
                                                 {"key": "revision", "value": "0"}])
            old = float(stored["merge_km"]) if "merge_km" in stored else None
            new = merge_km if merge_km is not None else (old if old is not None else DEFAULT_MERGE_KM)
            if old is None:
                conn.execute(sa.insert(t.meta), [{"key": "merge_km", "value": repr(float(new))}])
            elif old != new:
                conn.execute(sa.update(t.meta).where(t.meta.c.key == "merge_km").values(value=repr(float(new))))
            if wrote or old != new:
                conn.execute(self._bump)
            return float(new), old is not None and old != new

        # Opening a store as it is leaves its revision alone (what is kept per revision, such as the
        # app's catalogue on disk, stays valid across restarts); creating or migrating it moves it.
        new, changed = self._write(create, what="cannot open the event store at", bump=False)
        if changed:
            self.merge_km = new
            self._write(lambda conn: self._recluster(conn, None))
        return new

    def _migrate_v1(self, conn: Connection) -> None:
        """Schema 1 -> 2: ``events.date`` may be NULL. In one transaction: nothing is lost if it fails."""
        e = self._t.events
        if self.backend == "postgis":
            conn.exec_driver_sql("ALTER TABLE events ALTER COLUMN date DROP NOT NULL")
            return
        # SQLite cannot drop a NOT NULL: the table is rebuilt under the same name, rows copied as they are.
        conn.exec_driver_sql("ALTER TABLE events RENAME TO events_v1")
        for index in e.indexes:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index.name}")
        e.create(conn)
        names = ", ".join(c.name for c in e.columns)
        conn.exec_driver_sql(f"INSERT INTO events ({names}) SELECT {names} FROM events_v1")
        conn.exec_driver_sql("DROP TABLE events_v1")

    # ---- transactions

    def _write(self, fn: Callable[[Connection], object], *, what: str = "database error in", bump: bool = True):
        """Run ``fn`` in one write transaction, retried while the database is busy; the revision moves
        with it (``bump=False``: ``fn`` moves it itself when it changes anything)."""
        delay = 0.05
        for attempt in range(_BUSY_RETRIES):
            try:
                with self._engine.begin() as conn:
                    if self.backend == "postgis":
                        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
                    out = fn(conn)
                    if bump:
                        conn.execute(self._bump)  # every write moves the revision, in the same transaction
                    return out
            except OperationalError as err:
                if not _is_transient(err) or attempt == _BUSY_RETRIES - 1:
                    raise StoreError(f"{what} {self.url}: {_reason(err)}") from err
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
            except DBAPIError as err:
                if _is_transient(err) and attempt < _BUSY_RETRIES - 1:
                    time.sleep(delay)
                    delay = min(delay * 2, 2.0)
                    continue
                raise StoreError(f"{what} {self.url}: {_reason(err)}") from err
            except SQLAlchemyError as err:
                raise StoreError(f"{what} {self.url}: {_reason(err)}") from err

    def _read(self):
        return self._engine.execution_options(conflictmap_mode="read").connect()

    def _run_read(self, fn: Callable[[Connection], object]):
        try:
            with self._read() as conn:
                return fn(conn)
        except SQLAlchemyError as err:
            raise StoreError(f"database error in {self.url}: {_reason(err)}") from err

    # ---- articles

    def has_article(self, content_hash: str) -> bool:
        """True when an article with this content hash is stored."""
        a = self._t.articles
        return self._run_read(lambda c: c.execute(sa.select(a.c.id).where(a.c.content_hash == content_hash))
                              .first() is not None)

    def articles(self) -> list[Article]:
        """Every stored article, in the order they were added."""
        return [art for _, art in self._run_read(self._article_rows)]

    def _article_rows(self, conn: Connection, ids: Sequence[int] | None = None) -> list[tuple[int, Article]]:
        a = self._t.articles
        q = sa.select(a.c.id, a.c.name, a.c.text, a.c.published, a.c.url, a.c.title, a.c.source, a.c.profile)
        if ids is not None:
            q = q.where(a.c.id.in_(list(ids)))
        return [(r.id, Article(r.name, r.text, r.published, r.url, r.title, r.source, r.profile))
                for r in conn.execute(q.order_by(a.c.id))]

    def add_article(self, article: Article, events: Iterable[Event]) -> IngestResult:
        """Store one article and its events in one transaction; a known content hash adds nothing."""
        if not isinstance(article, Article):
            raise GeoInputError(f"add_article expects a geo.articles.Article, got {type(article).__name__}")
        events = list(events)
        for e in events:
            if not isinstance(e, Event):
                raise GeoInputError(f"add_article expects geo.model.Event items, got {type(e).__name__}")
        return self._write(lambda conn: self._add(conn, article, events))

    def _stmts(self) -> dict:
        """Statements of the ingest path, built once with bind parameters (SQLAlchemy caches them compiled)."""
        if self._stmt_cache is None:
            a, e = self._t.articles, self._t.events
            b = sa.bindparam
            cols = (e.c.id, e.c.article_id, e.c.claimant, e.c.event_type, e.c.stance, e.c.lat, e.c.lon, e.c.contested)
            if self.backend == "postgis":
                spatial = e.c.geom.op("&&")(sa.func.ST_MakeEnvelope(b("lon0", type_=sa.Float), b("lat0", type_=sa.Float),
                                                                    b("lon1", type_=sa.Float), b("lat1", type_=sa.Float),
                                                                    4326))
            else:
                spatial = sa.and_(e.c.lat.between(b("lat0"), b("lat1")), e.c.lon.between(b("lon0"), b("lon1")))
            self._stmt_cache = {
                "hash": sa.select(a.c.id).where(a.c.content_hash == b("h")),
                "article": a.insert(),
                "event": e.insert(),
                "ids": sa.select(e.c.event_id).where(
                    e.c.event_id == sa.any_(b("ids", type_=sa.ARRAY(sa.String)))) if self.backend == "postgis"
                else sa.select(e.c.event_id).where(e.c.event_id.in_(b("ids", expanding=True))),
                "near": sa.select(*cols).where(e.c.cluster_id.is_(None), e.c.date == b("d"), spatial)
                          .order_by(e.c.article_id, e.c.id),
                "grow": sa.update(e).where(e.c.id == b("b_id")).values(n_sources=e.c.n_sources + 1),
                "contest": sa.update(e).where(e.c.id == b("b_id")).values(contested=True),
            }
        return self._stmt_cache

    def _add(self, conn: Connection, article: Article, events: list[Event]) -> IngestResult:
        st = self._stmts()
        h = article.content_hash
        if conn.execute(st["hash"], {"h": h}).first() is not None:
            return IngestResult(article.name, h, added=False)
        aid = conn.execute(st["article"], dict(
            content_hash=h, name=article.name, text=article.text, url=article.url, title=article.title,
            source=article.source, published=article.published, profile=article.profile,
            added_at=dt.datetime.now(dt.timezone.utc))).inserted_primary_key[0]
        prepared = self._prepare(conn, article, events)
        own: set[int] = set()  # primaries of clusters that already hold a reading of this article
        merged = contested = 0
        for ev in prepared:
            target, rivals = self._place(conn, ev, own)
            row = _event_row(ev)
            row.update(article_id=aid, cluster_id=None, n_sources=1, dist_km=None, contested=bool(rivals))
            if target is not None:
                row.update(cluster_id=target[0], dist_km=target[1], contested=False)
            rid = conn.execute(st["event"], row).inserted_primary_key[0]
            if target is not None:
                conn.execute(st["grow"], {"b_id": target[0]})
                own.add(target[0])
                merged += 1
                continue
            own.add(rid)
            if rivals:
                fresh = [{"b_id": n.id} for n in rivals if not n.contested]
                if fresh:
                    conn.execute(st["contest"], fresh)
                contested += 1 + len(fresh)
        return IngestResult(article.name, h, added=True, events=len(prepared), merged=merged, contested=contested)

    def _prepare(self, conn: Connection, article: Article, events: Sequence[Event]) -> list[Event]:
        """Events named after their article, one per event id, ids unique across the store."""
        out = _dedupe(article, events)
        return _reid_taken(article, out, self._existing_ids(conn, [ev.event_id for ev in out]))

    def _existing_ids(self, conn: Connection, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        stmt = self._stmts()["ids"]
        step = 20_000 if self.backend == "postgis" else 500  # one array parameter vs. one parameter an id
        for i in range(0, len(ids), step):
            found.update(conn.execute(stmt, {"ids": list(ids[i:i + step])}).scalars())
        return found

    def _neighbours(self, conn: Connection, date: dt.date, lat: float, lon: float):
        """Primaries of ``date`` in a box around (lat, lon), in clustering order."""
        dlat, dlon = _box(lat, self.merge_km)
        stmt = self._stmts()["near"]
        ranges = _lon_ranges(lon, dlon)
        found = []
        for lo, hi in ranges:
            found.extend(conn.execute(stmt, {"d": date, "lat0": lat - dlat, "lat1": lat + dlat, "lon0": lo,
                                             "lon1": hi}).all())
        if len(ranges) > 1:
            found.sort(key=lambda n: (n.article_id, n.id))
        return found

    def _place(self, conn: Connection, ev: Event, own: set[int]) -> tuple[tuple[int, float] | None, list]:
        """Where a new reading goes: (primary to merge into, distance) or None, and rival primaries it contests."""
        if ev.lat is None or ev.date is None:  # undated readings are never merged nor contested
            return None, []
        rivals = []
        for n in self._neighbours(conn, ev.date, ev.lat, ev.lon):
            same = (n.claimant, n.event_type, n.stance) == (ev.claimant, ev.event_type, ev.stance)
            if same and n.id in own:
                continue
            if not same and n.claimant == ev.claimant:
                continue
            d = _km(n.lat, n.lon, ev.lat, ev.lon)
            if d > self.merge_km:
                continue
            if same:
                return (n.id, d), []
            rivals.append(n)
        return None, rivals

    def bulk_add(self, items: Iterable[tuple[Article, Sequence[Event]]], *, batch_size: int = 5000,
                 progress: Callable[[int], None] | None = None) -> int:
        """Load many articles fast (one transaction a batch), then cluster once; returns articles added."""
        added = 0
        dates: set[dt.date] = set()
        batch: list[tuple[Article, Sequence[Event]]] = []
        for item in items:
            art, evs = item[0], list(item[1])
            if not isinstance(art, Article) or not all(isinstance(e, Event) for e in evs):
                raise GeoInputError("bulk_add expects (geo.articles.Article, [geo.model.Event, ...]) pairs, "
                                    f"got ({type(art).__name__}, ...)")
            batch.append((art, evs))
            if len(batch) >= batch_size:
                n, d = self._write(lambda conn, b=batch: self._bulk_batch(conn, b))
                added, dates = added + n, dates | d
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            n, d = self._write(lambda conn: self._bulk_batch(conn, batch))
            added, dates = added + n, dates | d
            if progress:
                progress(len(batch))
        if dates:
            self._write(lambda conn: self._recluster(conn, dates))
            if self.backend == "postgis":
                with self._engine.connect() as conn:
                    conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
        return added

    def _bulk_batch(self, conn: Connection, batch: Sequence[tuple[Article, Sequence[Event]]]):
        a = self._t.articles
        hashes = [art.content_hash for art, _ in batch]
        known: set[str] = set()
        for i in range(0, len(hashes), 500):
            known.update(conn.execute(sa.select(a.c.content_hash)
                                      .where(a.c.content_hash.in_(hashes[i:i + 500]))).scalars())
        fresh = []
        for art, evs in batch:
            if art.content_hash not in known:
                known.add(art.content_hash)
                fresh.append((art, list(evs)))
        if not fresh:
            return 0, set()
        now = dt.datetime.now(dt.timezone.utc)
        rows = [dict(content_hash=art.content_hash, name=art.name, text=art.text, url=art.url, title=art.title,
                     source=art.source, published=art.published, profile=art.profile, added_at=now)
                for art, _ in fresh]
        ids = {}
        for i in range(0, len(rows), 1000):
            chunk = rows[i:i + 1000]
            conn.execute(sa.insert(a), chunk)
            ch = [r["content_hash"] for r in chunk]
            ids.update(conn.execute(sa.select(a.c.content_hash, a.c.id).where(a.c.content_hash.in_(ch))).all())
        ev_rows = []
        named = [(art, _dedupe(art, evs)) for art, evs in fresh]
        taken = self._existing_ids(conn, [ev.event_id for _, evs in named for ev in evs])
        for art, evs in named:
            for ev in _reid_taken(art, evs, taken):
                row = _event_row(ev)
                row.update(article_id=ids[art.content_hash], cluster_id=None, n_sources=1, dist_km=None,
                           contested=False)
                ev_rows.append(row)
        self._insert_rows(conn, ev_rows)
        return len(fresh), {r["date"] for r in ev_rows}

    def _insert_rows(self, conn: Connection, rows: list[dict]) -> None:
        if not rows:
            return
        e = self._t.events
        if self.backend == "postgis":
            names = list(rows[0])
            raw = conn.connection.driver_connection
            with raw.cursor() as cur:
                with cur.copy(f"COPY events ({', '.join(names)}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row([r[n] for n in names])
            return
        for i in range(0, len(rows), 5000):
            conn.execute(sa.insert(e), rows[i:i + 5000])

    # ---- clustering

    def recluster(self) -> None:
        """Rebuild every cluster and contested flag from the stored readings."""
        self._write(lambda conn: self._recluster(conn, None))

    def _recluster(self, conn: Connection, dates: Iterable[dt.date] | None) -> int:
        e = self._t.events
        cols = (e.c.id, e.c.article_id, e.c.date, e.c.claimant, e.c.event_type, e.c.stance, e.c.lat, e.c.lon,
                e.c.cluster_id, e.c.dist_km, e.c.n_sources, e.c.contested)
        rows: list[dict] = []
        names = [c.name for c in cols]
        if dates is None:
            rows = [dict(zip(names, r)) for r in conn.execute(sa.select(*cols)).all()]
        else:
            dates = sorted({d for d in dates if d is not None})  # undated events are never merged
            for i in range(0, len(dates), 500):
                q = sa.select(*cols).where(e.c.date.in_(dates[i:i + 500]))
                rows.extend(dict(zip(names, r)) for r in conn.execute(q).all())
        rows.sort(key=lambda r: (r["article_id"], r["id"]))
        result = _cluster(rows, self.merge_km)
        changes = []
        for r in rows:
            cid, dist, n, contested = result[r["id"]]
            old_dist = r["dist_km"]
            if (cid, n, contested) != (r["cluster_id"], r["n_sources"], bool(r["contested"])) or \
                    (dist is None) != (old_dist is None) or (dist is not None and abs(dist - old_dist) > 1e-9):
                changes.append({"b_id": r["id"], "b_cluster": cid, "b_dist": dist, "b_n": n, "b_contested": contested})
        if changes:
            stmt = (sa.update(e).where(e.c.id == sa.bindparam("b_id"))
                    .values(cluster_id=sa.bindparam("b_cluster"), dist_km=sa.bindparam("b_dist"),
                            n_sources=sa.bindparam("b_n"), contested=sa.bindparam("b_contested")))
            for i in range(0, len(changes), 5000):
                conn.execute(stmt, changes[i:i + 5000])
        return len(changes)

    # ---- queries

    def _where(self, t, f: EventFilter) -> list:
        conds = []
        dated = []
        if f.date_from:
            dated.append(t.c.date >= f.date_from)
        if f.date_to:
            dated.append(t.c.date <= f.date_to)
        if f.undated == "only":
            conds.append(t.c.date.is_(None))
        elif f.undated == "exclude":
            conds.append(sa.and_(t.c.date.is_not(None), *dated))
        elif dated:
            conds.append(sa.or_(t.c.date.is_(None), sa.and_(*dated)))
        for col, values in (("claimant", f.claimants), ("attacker", f.attackers), ("event_type", f.event_types),
                            ("precision", f.precisions)):
            if values:
                conds.append(t.c[col].in_(list(values)))
        if f.stance:
            conds.append(t.c.stance == f.stance)
        if f.bbox:
            south, west, north, east = f.bbox
            ranges = [(west, east)] if west <= east else [(west, 180.0), (-180.0, east)]
            if self.backend == "postgis":
                conds.append(sa.or_(*[t.c.geom.op("&&")(sa.func.ST_MakeEnvelope(lo, south, hi, north, 4326))
                                      for lo, hi in ranges]))
            else:
                conds.append(t.c.lat.between(south, north))
                conds.append(sa.or_(*[t.c.lon.between(lo, hi) for lo, hi in ranges]))
        if f.place:
            if is_arabic(f.place):
                spelt = t.c.place_norm.contains(normalize(f.place), autoescape=True)
            else:
                spelt = t.c.place_fold.contains(_fold(f.place), autoescape=True)
            conds.append(sa.or_(spelt, t.c.place_id.in_(list(f.place_ids))) if f.place_ids else spelt)
        elif f.place_ids:
            conds.append(t.c.place_id.in_(list(f.place_ids)))
        if f.profiles:
            conds.append(t.c.profile.in_(list(f.profiles)))
        if not f.include_rejected:
            r = self._t.reviews
            conds.append(t.c.event_id.not_in(sa.select(r.c.event_id).where(r.c.status == "rejected")))
        return conds

    def events(self, filter: EventFilter | None = None, *, merged: bool = True,
               limit: int | None = None) -> list[Event]:
        """Events matching ``filter``, by date: merged across sources, or every article's own reading."""
        f = filter if filter is not None else EventFilter()
        if not isinstance(f, EventFilter):
            raise GeoInputError(f"filter must be an EventFilter, got {type(f).__name__}")
        if limit is not None and (not isinstance(limit, int) or limit < 0):
            raise GeoInputError(f"limit must be a non-negative int or None, got {limit!r}")
        e = self._t.events
        cols = [e.c[k] for k in _EVENT_COLUMNS] + [e.c.id, e.c.n_sources, e.c.contested]
        q = sa.select(*cols).where(*self._where(e, f))
        if merged:
            q = q.where(e.c.cluster_id.is_(None))
        q = q.order_by(e.c.date.asc().nulls_last(), e.c.id)
        if limit is not None:
            q = q.limit(limit)

        def run(conn: Connection) -> list[Event]:
            names = [c.name for c in cols]
            rows = [dict(zip(names, r)) for r in conn.execute(q).all()]
            if not merged:
                return [_row_event(r) for r in rows]
            members: dict[int, list] = defaultdict(list)
            if any(r["n_sources"] > 1 for r in rows):
                p, m = e.alias("p"), e.alias("m")
                mq = (sa.select(m.c.cluster_id, m.c.article, m.c.place_en, m.c.place_ar, m.c.dist_km)
                      .join(p, m.c.cluster_id == p.c.id)
                      .where(p.c.cluster_id.is_(None), p.c.n_sources > 1, *self._where(p, f))
                      .order_by(m.c.article_id, m.c.id))
                for mr in conn.execute(mq):
                    members[mr.cluster_id].append(mr._mapping)
            out = []
            for r in rows:
                ms = members.get(r["id"], ())
                if ms:
                    sources = tuple(dict.fromkeys([r["article"], *(x["article"] for x in ms)]))
                    out.append(_row_event(r, sources=sources, because=_because(r, ms), contested=r["contested"]))
                else:
                    out.append(_row_event(r, contested=r["contested"]))
            return out

        return self._run_read(run)

    def revision(self) -> str:
        """A token that changes with every write to the store (and differs between two stores):
        what a cache of query results is keyed on."""
        m = self._t.meta
        q = sa.select(m.c.key, m.c.value).where(m.c.key.in_(("instance", "revision")))
        got = dict(self._run_read(lambda conn: conn.execute(q).all()))
        return f"{got.get('instance', '')}:{got.get('revision', '0')}"

    def ids(self, filter: EventFilter | None = None) -> list[int]:
        """Row ids of the merged events matching ``filter``, in the order of ``events()``.

        The cheap half of a query: a cache that holds ``frame()`` picks the matching rows by id
        instead of building the events again (the map of 50,000 events filters this way).
        """
        f = filter if filter is not None else EventFilter()
        if not isinstance(f, EventFilter):
            raise GeoInputError(f"filter must be an EventFilter, got {type(f).__name__}")
        e = self._t.events
        q = (sa.select(e.c.id).where(e.c.cluster_id.is_(None), *self._where(e, f))
             .order_by(e.c.date.asc().nulls_last(), e.c.id))
        return self._run_read(lambda conn: conn.execute(q).scalars().all())

    def frame(self, filter: EventFilter | None = None):
        """The merged events matching ``filter`` as a pandas DataFrame, one row each, indexed by row id.

        Columns: ``geo.model.FRAME_COLUMNS`` (every stored field of ``Event`` and ``n_sources``); rows
        in the order of ``events()``. Column-wise and without building ``Event`` objects, nor the
        driver's per-row date and boolean conversions (done once per column here): the tens of
        thousands of rows a map shows load in well under a second.
        """
        import numpy as np
        import pandas as pd

        f = filter if filter is not None else EventFilter()
        if not isinstance(f, EventFilter):
            raise GeoInputError(f"filter must be an EventFilter, got {type(f).__name__}")
        e = self._t.events
        raw = {"date": sa.String, "contested": sa.Integer, "corrected": sa.Integer}  # converted below
        names = ["id", *_EVENT_COLUMNS, "n_sources", "contested"]
        cols = [sa.type_coerce(e.c[k], raw[k]).label(k) if k in raw else e.c[k] for k in names]
        q = (sa.select(*cols).where(e.c.cluster_id.is_(None), *self._where(e, f))
             .order_by(e.c.date.asc().nulls_last(), e.c.id))
        floats, ints, bools = {"lat", "lon", "radius_km"}, {"id", "evidence_start", "evidence_end", "place_start",
                                                           "place_end", "n_sources"}, {"contested", "corrected"}

        def column(name, values):
            if name == "date":
                return np.array([v if v is None or isinstance(v, dt.date) else dt.date.fromisoformat(v[:10])
                                 for v in values], dtype=object)
            if name in floats:
                return np.array([np.nan if v is None else v for v in values], dtype=float)
            if name in ints:
                return np.array(values, dtype=np.int64)
            if name in bools:
                return np.array(values, dtype=bool)
            return np.array(values, dtype=object)  # text, and killed/injured (None or a count)

        def column_is_text(name):
            return name not in floats | ints | bools | {"date"}

        def run(conn: Connection):
            rows = conn.execute(q).all()
            values = list(zip(*rows)) if rows else [()] * len(names)
            # Text stays in object columns: inferring string columns costs more than the query.
            df = pd.DataFrame({n: pd.Series(column(n, v), dtype=object if column_is_text(n) else None)
                               for n, v in zip(names, values)}, copy=False)
            return df.set_index("id")[list(FRAME_COLUMNS)]

        return self._run_read(run)

    def count(self, filter: EventFilter | None = None, *, merged: bool = True) -> int:
        """How many events (or readings, with ``merged=False``) match ``filter``."""
        f = filter if filter is not None else EventFilter()
        e = self._t.events
        q = sa.select(sa.func.count()).select_from(e).where(*self._where(e, f))
        if merged:
            q = q.where(e.c.cluster_id.is_(None))
        return self._run_read(lambda conn: conn.execute(q).scalar_one())

    def get(self, event_id: str) -> Event:
        """One article's reading by event id (corrections applied); StoreError if there is none."""
        e = self._t.events
        q = sa.select(*[e.c[k] for k in _EVENT_COLUMNS]).where(e.c.event_id == event_id)
        row = self._run_read(lambda conn: conn.execute(q).first())
        if row is None:
            raise StoreError(f"no event with event_id {event_id!r} in {self.url}")
        return _row_event(row._mapping)

    def corrections(self) -> dict[str, dict]:
        """Every stored correction: event_id -> the fields a person changed."""
        c = self._t.corrections
        rows = self._run_read(lambda conn: conn.execute(sa.select(c.c.event_id, c.c.changes)
                                                        .order_by(c.c.event_id)).all())
        return {r.event_id: json.loads(r.changes) for r in rows}

    def stats(self) -> StoreStats:
        """Counts of articles, readings, events and corrections, by claimant and type, date range."""
        a, e, c = self._t.articles, self._t.events, self._t.corrections
        prim = e.c.cluster_id.is_(None)

        def run(conn: Connection) -> StoreStats:
            n_art = conn.execute(sa.select(sa.func.count()).select_from(a)).scalar_one()
            n_read = conn.execute(sa.select(sa.func.count()).select_from(e)).scalar_one()
            n_ev, n_cont, lo, hi = conn.execute(
                sa.select(sa.func.count(), sa.func.count().filter(e.c.contested), sa.func.min(e.c.date),
                          sa.func.max(e.c.date)).where(prim)).one()
            n_corr = conn.execute(sa.select(sa.func.count()).select_from(c)).scalar_one()
            n_undated = conn.execute(sa.select(sa.func.count()).select_from(e)
                                     .where(prim, e.c.date.is_(None))).scalar_one()
            by_claimant = dict(conn.execute(sa.select(e.c.claimant, sa.func.count()).where(prim)
                                            .group_by(e.c.claimant).order_by(sa.func.count().desc(), e.c.claimant)
                                            ).all())
            by_type = dict(conn.execute(sa.select(e.c.event_type, sa.func.count()).where(prim)
                                        .group_by(e.c.event_type).order_by(sa.func.count().desc(), e.c.event_type)
                                        ).all())
            if isinstance(lo, str):  # SQLite returns min()/max() of a date column as text
                lo, hi = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
            return StoreStats(self.backend, self.url, n_art, n_read, n_ev, n_corr, n_cont, lo, hi,
                              by_claimant, by_type, n_undated)

        return self._run_read(run)

    # ---- corrections and re-extraction

    def correct(self, event_id: str, *, all_sources: bool = False, **changes) -> Event:
        """Store a person's correction of one reading (or, with ``all_sources``, of every reading merged
        with it); it wins over the machine, also after ``reextract``."""
        if not changes:
            raise GeoInputError(f"correct({event_id!r}) needs at least one field to change; "
                                f"correctable: {list(CORRECTABLE_FIELDS)}")
        bad = sorted(set(changes) - set(CORRECTABLE_FIELDS))
        if bad:
            raise GeoInputError(f"cannot correct field {bad[0]!r}; correctable: {list(CORRECTABLE_FIELDS)}")
        e = self._t.events

        def run(conn: Connection) -> Event:
            row = conn.execute(sa.select(e.c.id, e.c.cluster_id).where(e.c.event_id == event_id)).first()
            if row is None:
                raise StoreError(f"no event with event_id {event_id!r} in {self.url}")
            targets = [event_id]
            if all_sources:
                pid = row.cluster_id if row.cluster_id is not None else row.id
                targets += [x for x in conn.execute(
                    sa.select(e.c.event_id).where(sa.or_(e.c.id == pid, e.c.cluster_id == pid))
                    .order_by(e.c.article_id, e.c.id)).scalars() if x != event_id]
            dates: set[dt.date] = set()
            first = None
            for eid in targets:
                old, new = self._correct_one(conn, eid, changes)
                dates.update((old.date, new.date))
                first = first or new
            self._recluster(conn, dates)
            return first

        return self._write(run)

    def _correct_one(self, conn: Connection, event_id: str, changes: dict) -> tuple[Event, Event]:
        e, c = self._t.events, self._t.corrections
        row = conn.execute(sa.select(e.c.article_id, *[e.c[k] for k in _EVENT_COLUMNS])
                           .where(e.c.event_id == event_id)).first()
        current = _row_event(row._mapping)
        prev = conn.execute(sa.select(c.c.changes).where(c.c.event_id == event_id)).first()
        new = _apply(current, changes)
        rec = new.to_record()
        merged_changes = {**(json.loads(prev.changes) if prev else {}), **{k: rec[k] for k in changes}}
        values = dict(changes=json.dumps(merged_changes, ensure_ascii=False),
                      record=json.dumps(rec, ensure_ascii=False), updated_at=dt.datetime.now(dt.timezone.utc))
        if prev is None:
            conn.execute(sa.insert(c).values(event_id=event_id, article_id=row.article_id,
                                             machine=json.dumps(current.to_record(), ensure_ascii=False), **values))
        else:
            conn.execute(sa.update(c).where(c.c.event_id == event_id).values(**values))
        conn.execute(sa.update(e).where(e.c.event_id == event_id).values(**_event_row(new)))
        return current, new

    def article_ids(self) -> list[int]:
        """The ids of every stored article, in order."""
        return self._run_read(lambda conn: [r for r, in conn.execute(sa.select(self._t.articles.c.id)
                                                                     .order_by(self._t.articles.c.id))])

    # ---- review

    def review(self, event_id: str, status: str | None = None, *, reviewer: str = "", note: str = "",
               changes: dict | None = None, was: str | None = None) -> Event:
        """A person's review of one event: a new ``status`` (one of ``REVIEW_STATUSES``), and/or
        field ``changes`` (a correction; the status becomes "corrected" unless given). Recorded in
        the audit trail (``review_log``) with when, who, what before, what after and the note; a
        rejected event stays in the store but leaves every query (``EventFilter.include_rejected``).
        ``was``: the status the reviewer saw (e.g. "needs_review", derived from the confidence), for
        an event nobody reviewed before."""
        if status is not None and status not in REVIEW_STATUSES:
            raise GeoInputError(f"review status must be one of {REVIEW_STATUSES}, got {status!r}")
        if status is None and not changes:
            raise GeoInputError(f"review({event_id!r}) needs a status or changes")
        for name, value in (("reviewer", reviewer), ("note", note)):
            if not isinstance(value, str) or len(value) > 2000:
                raise GeoInputError(f"review {name} must be text of at most 2000 characters, got {value!r:.80}")
        changes = dict(changes or {})
        bad = sorted(set(changes) - set(CORRECTABLE_FIELDS))
        if bad:
            raise GeoInputError(f"cannot correct field {bad[0]!r}; correctable: {list(CORRECTABLE_FIELDS)}")
        e, r, log = self._t.events, self._t.reviews, self._t.review_log

        def run(conn: Connection) -> Event:
            row = conn.execute(sa.select(*[e.c[k] for k in _EVENT_COLUMNS]).where(e.c.event_id == event_id)).first()
            if row is None:
                raise StoreError(f"no event with event_id {event_id!r} in {self.url}")
            current = _row_event(row._mapping)
            prev = conn.execute(sa.select(r.c.status).where(r.c.event_id == event_id)).scalar()
            before_status = prev or (was if was in REVIEW_STATUSES else ("corrected" if current.corrected else "machine"))
            after_status = status or "corrected"
            new = current
            if changes:
                old, new = self._correct_one(conn, event_id, changes)
                self._recluster(conn, {old.date, new.date})
            old_rec, new_rec = current.to_record(), new.to_record()
            before = {k: old_rec[k] for k in changes if old_rec[k] != new_rec[k]}
            after = {k: new_rec[k] for k in before}
            now = dt.datetime.now(dt.timezone.utc)
            if prev is None:
                conn.execute(sa.insert(r).values(event_id=event_id, status=after_status, reviewer=reviewer, updated_at=now))
            else:
                conn.execute(sa.update(r).where(r.c.event_id == event_id)
                             .values(status=after_status, reviewer=reviewer, updated_at=now))
            conn.execute(sa.insert(log).values(event_id=event_id, at=now, reviewer=reviewer, status_before=before_status,
                                               status_after=after_status, note=note,
                                               before=json.dumps(before, ensure_ascii=False, default=str),
                                               after=json.dumps(after, ensure_ascii=False, default=str)))
            return new

        return self._write(run)

    def cluster_sources(self) -> dict[int, list[dict]]:
        """Row id of each merged event (a primary with more than one source) -> every reading of its
        cluster, the primary's first: dicts of date, published, article, source, url, title."""
        e, a = self._t.events, self._t.articles
        pid = sa.func.coalesce(e.c.cluster_id, e.c.id)
        multi = sa.select(e.c.id).where(e.c.cluster_id.is_(None), e.c.n_sources > 1)
        q = (sa.select(pid.label("pid"), e.c.date, a.c.published, e.c.article, a.c.source, a.c.url, a.c.title)
             .join(a, a.c.id == e.c.article_id).where(pid.in_(multi))
             .order_by(pid, e.c.cluster_id.is_not(None), e.c.article_id, e.c.id))
        out: dict[int, list[dict]] = defaultdict(list)
        for r in self._run_read(lambda conn: conn.execute(q).all()):
            out[r.pid].append({"date": r.date, "published": r.published, "article": r.article, "source": r.source,
                               "url": r.url, "title": r.title})
        return dict(out)

    def review_statuses(self) -> dict[str, str]:
        """event_id -> the status a person gave it (events nobody reviewed are absent)."""
        r = self._t.reviews
        return dict(self._run_read(lambda conn: conn.execute(sa.select(r.c.event_id, r.c.status)).all()))

    def review_log(self, event_ids: Sequence[str] | None = None) -> dict[str, list[dict]]:
        """event_id -> its audit trail, oldest first: dicts of at, reviewer, status_before,
        status_after, before, after (changed fields) and note."""
        log = self._t.review_log
        q = sa.select(log).order_by(log.c.id)
        if event_ids is not None:
            q = q.where(log.c.event_id.in_(list(event_ids)))
        out: dict[str, list[dict]] = defaultdict(list)
        for m in self._run_read(lambda conn: [x._mapping for x in conn.execute(q).all()]):
            at = m["at"]
            out[m["event_id"]].append({
                "at": at.isoformat(timespec="seconds") if hasattr(at, "isoformat") else str(at),
                "reviewer": m["reviewer"], "status_before": m["status_before"], "status_after": m["status_after"],
                "before": json.loads(m["before"]), "after": json.loads(m["after"]), "note": m["note"]})
        return dict(out)

    def articles_by_id(self, ids: Sequence[int]) -> list[tuple[int, Article]]:
        """The stored articles of these ids, as ``(id, Article)``."""
        return self._run_read(lambda conn: self._article_rows(conn, list(ids)))

    def replace_readings(self, fresh: Sequence[tuple[int, Article, list[Event]]]) -> tuple[int, int]:
        """Replace the machine readings of these articles by new ones (``geo.service.reextract``
        reads them); corrections are re-applied to the events they correct, or kept. Returns the
        corrections (applied, kept)."""
        return self._write(lambda conn: self._replace_readings(conn, fresh))

    def _replace_readings(self, conn: Connection, fresh) -> tuple[int, int]:
        e, c = self._t.events, self._t.corrections
        dates: set[dt.date] = set()
        applied = kept = 0
        rows = []
        for aid, art, events in fresh:
            dates.update(conn.execute(sa.select(e.c.date).where(e.c.article_id == aid).distinct()).scalars())
            conn.execute(sa.delete(e).where(e.c.article_id == aid))
            corr = {r.event_id: r for r in conn.execute(sa.select(c.c.event_id, c.c.changes, c.c.record)
                                                        .where(c.c.article_id == aid))}
            prepared = self._prepare(conn, art, events)
            out = []
            for ev in prepared:
                if ev.event_id in corr:
                    ev = _apply(ev, json.loads(corr[ev.event_id].changes))
                    applied += 1
                out.append(ev)
            found = {ev.event_id for ev in out}
            for eid, r in corr.items():
                if eid not in found:  # the machine no longer finds it: the person's reading stays
                    out.append(Event.from_record({**json.loads(r.record), "corrected": True}))
                    kept += 1
            for ev in out:
                row = _event_row(ev)
                row.update(article_id=aid, cluster_id=None, n_sources=1, dist_km=None, contested=False)
                rows.append(row)
                dates.add(ev.date)
        self._insert_rows(conn, rows)
        self._recluster(conn, dates)
        return applied, kept


def _reason(err: BaseException) -> str:
    orig = getattr(err, "orig", None)
    text = str(orig if orig is not None else err).strip()
    return text.splitlines()[0] if text else type(err).__name__
