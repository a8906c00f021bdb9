"""Our store as a pygeoapi feature provider: the events of ``geo serve`` (OGC API - Features).

pygeoapi does the standard (landing page, conformance, collections, items, single items, paging
links, OpenAPI, HTML pages); ``EventProvider`` answers its queries from an ``EventStore`` (SQLite
or PostGIS): ``bbox`` (the GiST index on PostGIS), ``datetime`` (days), ``limit``/``offset`` and
the property filters ``claimant``, ``attacker``, ``event_type``, ``stance``, ``precision`` and
``profile`` (a comma means "any of": ``claimant=Armenia,Azerbaijan``). Items are the merged events
(one per cluster of reports), as GeoJSON features built by ``geo.export.row_feature`` (the same
features as ``event_feature``).
"""

from __future__ import annotations

import datetime as dt
import threading

import sqlalchemy as sa
from pygeoapi.formatter.csv_ import CSVFormatter
from pygeoapi.provider.base import (BaseProvider, ProviderConnectionError, ProviderInvalidQueryError,
                                    ProviderItemNotFoundError, ProviderQueryError)

from .errors import GeoInputError, StoreError
from .export import row_feature

__all__ = ["EventProvider", "SafeCSVFormatter", "FILTER_FIELDS", "open_store", "query_events"]

#: Property filters served, and the EventFilter field each one fills (profile is filtered apart).
FILTER_FIELDS = {"claimant": "claimants", "attacker": "attackers", "event_type": "event_types",
                 "precision": "precisions", "stance": "stance", "profile": None}
MAX_OFFSET = 2 ** 63 - 1  # the largest OFFSET PostgreSQL and SQLite take
_SORTABLE = ("date", "claimant", "event_type", "place_en", "n_sources")

_stores: dict[str, object] = {}
_stores_lock = threading.Lock()


def open_store(url: str):
    """One ``EventStore`` per URL and process (pygeoapi builds a provider for every request)."""
    from .store import EventStore

    with _stores_lock:
        s = _stores.get(url)
        if s is None:
            s = _stores[url] = EventStore(url)
        return s


def _day(text: str, what: str) -> dt.date | None:
    """The day of an RFC 3339 date or date-time (the UTC day of one with an offset); None for ``..``."""
    text = text.strip()
    if text in ("", ".."):
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        t = dt.datetime.fromisoformat(text)  # the whole value: 2020-10-01T25:00:00Z is no time
        return (t.astimezone(dt.timezone.utc) if t.tzinfo else t).date()
    except ValueError as err:
        raise GeoInputError(f"{what} must be a date or date-time (RFC 3339), got {text!r}") from err


def parse_datetime(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """OGC ``datetime`` (an instant, ``a/b``, ``../b``, ``a/..``) as first and last day."""
    if not value:
        return None, None
    if value.count("/") > 1:
        raise GeoInputError(f"datetime must be an instant or an interval start/end, got {value!r}")
    if "/" in value:
        a, b = value.split("/", 1)
        return _day(a, "datetime start"), _day(b, "datetime end")
    d = _day(value, "datetime")
    return d, d


def build_filter(*, bbox=None, datetime_=None, properties=()):
    """An ``EventFilter`` and a profile list from OGC query parameters (bbox as minx,miny,maxx,maxy)."""
    from .store import EventFilter

    kw: dict = {}
    profiles: tuple[str, ...] = ()
    if bbox:
        minx, miny, maxx, maxy = (float(v) for v in bbox[:4]) if len(bbox) == 4 else \
            (float(bbox[0]), float(bbox[1]), float(bbox[3]), float(bbox[4]))
        kw["bbox"] = (miny, minx, maxy, maxx)
    kw["date_from"], kw["date_to"] = parse_datetime(datetime_)
    if datetime_:  # an event with no date is in no time interval (open ones included)
        kw["undated"] = "exclude"
    for name, value in properties:
        if name not in FILTER_FIELDS:
            raise GeoInputError(f"unknown property filter {name!r}; known: {sorted(FILTER_FIELDS)}")
        values = tuple(v.strip() for v in str(value).split(",") if v.strip())
        if name == "profile":
            profiles = values
        elif name == "stance":
            kw["stance"] = values[0] if len(values) == 1 else None
            if len(values) > 1:
                raise GeoInputError(f"stance takes one value (claim or denial), got {value!r}")
        else:
            kw[FILTER_FIELDS[name]] = values
    return EventFilter(**kw), profiles


def query_events(store, f, *, profiles=(), limit: int | None = 10, offset: int = 0, sortby=(),
                 count: bool = True, newest_first: bool = False, added_since: dt.datetime | None = None,
                 raw: bool = False):
    """([(event, n_sources, stored_at)], how many match in all) in one read; ``newest_first`` orders by
    when their article was stored (alerts; ``stored_at`` is None otherwise), else by ``sortby``, date.
    With ``raw`` the events are the stored rows (dicts), not ``Event``s: a page of 1,000 features
    (``geo.export.row_feature``) needs no validation of what the store validated on the way in;
    building and deep-copying ``Event``s was 80 % of its time."""
    from .store import _EVENT_COLUMNS, _row_event

    e, a = store._t.events, store._t.articles
    conds = [e.c.cluster_id.is_(None), *store._where(e, f)]
    if profiles:
        conds.append(e.c.profile.in_(list(profiles)))
    if added_since is not None:
        conds.append(e.c.article_id.in_(sa.select(a.c.id).where(a.c.added_at >= added_since)))
    cols = [e.c[k] for k in _EVENT_COLUMNS] + [e.c.n_sources, e.c.contested]
    if newest_first:
        cols.append(sa.select(a.c.added_at).where(a.c.id == e.c.article_id).scalar_subquery().label("added_at"))
    if count:  # the total comes with the page (one scan of the matches), not from a second query
        cols.append(sa.func.count().over().label("_total"))
    q = sa.select(*cols).where(*conds)
    if newest_first:
        q = q.order_by(e.c.article_id.desc(), e.c.id.desc())
    else:
        order = []
        for s in sortby or ():
            prop, desc = s["property"], s.get("order") == "-"
            if prop not in _SORTABLE:
                raise GeoInputError(f"cannot sort by {prop!r}; sortable: {list(_SORTABLE)}")
            order.append(e.c[prop].desc() if desc else e.c[prop])
        q = q.order_by(*order, e.c.date, e.c.id)
    if limit is not None:
        q = q.limit(limit)
    if offset:
        q = q.offset(offset)
    nq = sa.select(sa.func.count()).select_from(e).where(*conds)

    def run(conn):
        rows = conn.execute(q).all()
        names = [c.name for c in cols]
        events = []
        for r in rows:
            m = dict(zip(names, r))
            added = m.get("added_at")
            if isinstance(added, str):  # SQLite, through a subquery, hands back the stored text
                added = dt.datetime.fromisoformat(added)
            if added is not None and added.tzinfo is None:
                added = added.replace(tzinfo=dt.timezone.utc)
            events.append((m if raw else _row_event(m, contested=m["contested"]), m["n_sources"], added))
        n = None
        if count:
            n = rows[0][-1] if rows else conn.execute(nq).scalar_one()  # past the last page: count apart
        return events, n

    return store._run_read(run)


def feature(event, n_sources: int = 1) -> dict:
    """The GeoJSON Feature of an event (built by ``geo.export.event_feature``, the one place that flips
    lat/lon), with ``id`` the event id and the store's count of sources."""
    from .export import event_feature

    feat = event_feature(event)
    feat["id"] = event.event_id
    feat["properties"]["n_sources"] = n_sources
    return feat


class EventProvider(BaseProvider):
    """pygeoapi feature provider over ``geo.store.EventStore``; ``data`` is the store URL."""

    def __init__(self, provider_def):
        super().__init__(provider_def)
        self.id_field = "event_id"
        self.time_field = "date"
        try:
            self.store = open_store(self.data)
        except StoreError as err:
            raise ProviderConnectionError(str(err)) from err
        self._fields = self.get_fields()

    def get_fields(self):
        from .model import EVENT_TYPES, PRECISIONS, STANCES

        s = {"type": "string"}
        return {"date": {"type": "string", "format": "date"}, "claimant": s, "attacker": s,
                "event_type": {"type": "string", "enum": list(EVENT_TYPES)},
                "stance": {"type": "string", "enum": list(STANCES)},
                "precision": {"type": "string", "enum": list(PRECISIONS)}, "profile": s,
                "place_ar": s, "place_en": s, "country": s, "killed": {"type": "integer"},
                "injured": {"type": "integer"}, "n_sources": {"type": "integer"}, "evidence": s,
                "url": s, "title": s, "source": s}

    def query(self, offset=0, limit=10, resulttype="results", bbox=[], datetime_=None, properties=[], sortby=[],
              select_properties=[], skip_geometry=False, q=None, **kwargs):
        try:
            if offset > MAX_OFFSET:  # past what a database can count to
                raise GeoInputError(f"offset must be at most {MAX_OFFSET}, got {offset}")
            f, profiles = build_filter(bbox=bbox, datetime_=datetime_,
                                       properties=[p for p in properties if p[0] in FILTER_FIELDS])
            hits = resulttype == "hits"
            events, n = query_events(self.store, f, profiles=profiles, limit=0 if hits else limit, offset=offset,
                                     sortby=sortby, raw=True)
        except GeoInputError as err:
            raise ProviderInvalidQueryError(user_msg=str(err)) from err
        except StoreError as err:
            raise ProviderQueryError(user_msg=str(err)) from err
        feats = []
        for row, ns, _ in events:
            ft = row_feature(row, n_sources=ns)
            if select_properties:
                ft["properties"] = {k: v for k, v in ft["properties"].items() if k in select_properties}
            if skip_geometry:
                ft["geometry"] = None
            feats.append(ft)
        return {"type": "FeatureCollection", "features": feats, "numberMatched": n, "numberReturned": len(feats)}

    def get(self, identifier, **kwargs):
        try:
            ev = self.store.get(str(identifier))
        except StoreError as err:
            raise ProviderItemNotFoundError(user_msg=f"no event with id {identifier!r}") from err
        return feature(ev)


class SafeCSVFormatter(CSVFormatter):
    """pygeoapi's ``?f=csv`` answer, made safe for spreadsheets: article text (evidence, titles) is
    untrusted, so a cell starting like a formula gets a leading apostrophe (``geo.export.csv_safe``,
    as in our own CSV export); and an event with no coordinates (or ``skipGeometry``) is a row with
    empty x and y, where pygeoapi's formatter failed on the first feature without a geometry.
    ``geo serve`` installs it as pygeoapi's CSV formatter."""

    def write(self, options: dict = {}, data: dict = None) -> bytes:
        import csv
        import io

        from .export import csv_safe

        feats = (data or {}).get("features") or []
        fields: dict[str, None] = {"x": None, "y": None} if self.geom else {}
        for ft in feats:
            fields.update(dict.fromkeys(ft.get("properties") or {}))
        out = io.StringIO()
        w = csv.DictWriter(out, list(fields), extrasaction="ignore")
        w.writeheader()
        for ft in feats:
            row = {k: csv_safe(v) for k, v in (ft.get("properties") or {}).items()}
            geom = ft.get("geometry") or {}
            if self.geom and geom.get("type") == "Point":
                row["x"], row["y"] = geom["coordinates"][:2]
            w.writerow(row)
        return out.getvalue().encode("utf-8")
