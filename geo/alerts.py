"""Alerts: saved filters that publish their new events as an Atom feed and, optionally, a webhook.

An alert is an area (a bbox or a drawn polygon, GeoJSON), claimants, event types and a theatre
(a conflict profile), all optional. ``atom_feed(store, alert)`` lists the newest matching events
(served at ``/alerts/{id}.atom`` by ``geo serve``); ``deliver(store)`` POSTs each matching event
stored since the alert was saved, as a GeoJSON Feature, to the alert's webhook, retrying a failing
endpoint, and remembers what was delivered (table ``alert_deliveries``), so nothing is sent twice.
Alerts live in the store (table ``alerts``), saved and listed with ``python -m geo alerts``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
import time
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .errors import GeoInputError, StoreError
from .model import EVENT_TYPES

__all__ = ["Alert", "save_alert", "list_alerts", "get_alert", "delete_alert", "alert_events", "atom_feed",
           "deliver", "DeliveryReport"]

log = logging.getLogger("geo.alerts")
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


@dataclass(frozen=True)
class Alert:
    name: str
    bbox: tuple[float, float, float, float] | None = None  # (south, west, north, east)
    area: dict | None = None  # a GeoJSON Polygon/MultiPolygon (or a Feature of one), [lon, lat]
    claimants: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    theatre: str | None = None  # a conflict profile name
    webhook: str | None = None
    id: str = ""
    created_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        from .store import _check_bbox

        if not isinstance(self.name, str) or not self.name.strip():
            raise GeoInputError(f"an alert needs a name, got {self.name!r}")
        for n in ("claimants", "event_types"):
            v = getattr(self, n)
            object.__setattr__(self, n, (v,) if isinstance(v, str) else tuple(v or ()))
        bad = [t for t in self.event_types if t not in EVENT_TYPES]
        if bad:
            raise GeoInputError(f"alert event type {bad[0]!r} is not one of {EVENT_TYPES}")
        if self.bbox is not None:
            object.__setattr__(self, "bbox", _check_bbox(self.bbox))
        if self.area is not None:
            shape = _shape(self.area)
            if self.bbox is None:
                west, south, east, north = shape.bounds
                object.__setattr__(self, "bbox", _check_bbox((south, west, north, east)))
        if self.webhook is not None and not str(self.webhook).startswith(("http://", "https://")):
            raise GeoInputError(f"webhook must be an http:// or https:// URL, got {self.webhook!r}")
        if self.theatre is not None:
            from .profile import load_profile

            load_profile(self.theatre)  # a ProfileError names the known ones

    def to_json(self) -> str:
        return json.dumps({"bbox": list(self.bbox) if self.bbox else None, "area": self.area,
                           "claimants": list(self.claimants), "event_types": list(self.event_types),
                           "theatre": self.theatre}, ensure_ascii=False)

    def event_filter(self):
        from .store import EventFilter

        return EventFilter(bbox=self.bbox, claimants=self.claimants, event_types=self.event_types)

    def describe(self) -> str:
        parts = []
        if self.area:
            parts.append("drawn area")
        elif self.bbox:
            parts.append("bbox " + ",".join(f"{v:g}" for v in self.bbox))
        if self.claimants:
            parts.append("claimants " + ", ".join(self.claimants))
        if self.event_types:
            parts.append("types " + ", ".join(self.event_types))
        if self.theatre:
            parts.append(f"theatre {self.theatre}")
        return "; ".join(parts) or "every event"


def _shape(area):
    from shapely.geometry import shape

    geom = area.get("geometry") if isinstance(area, dict) and area.get("type") == "Feature" else area
    try:
        s = shape(geom)
    except (ValueError, TypeError, AttributeError, KeyError) as err:
        raise GeoInputError(f"alert area must be a GeoJSON Polygon or MultiPolygon, got {str(area)[:80]!r}") from err
    if s.geom_type not in ("Polygon", "MultiPolygon") or s.is_empty:
        raise GeoInputError(f"alert area must be a GeoJSON Polygon or MultiPolygon, got a {s.geom_type}")
    return s


def _table(store, name: str) -> sa.Table:
    return store._t.metadata.tables[name]


def _tx(store, fn):
    try:
        with store._engine.begin() as conn:
            return fn(conn)
    except SQLAlchemyError as err:
        raise StoreError(f"alerts in {store.url}: {str(getattr(err, 'orig', err)).splitlines()[0]}") from err


def _from_row(r) -> Alert:
    d = json.loads(r.filter)
    created = r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=dt.timezone.utc)
    return Alert(r.name, tuple(d["bbox"]) if d.get("bbox") else None, d.get("area"), tuple(d.get("claimants", ())),
                 tuple(d.get("event_types", ())), d.get("theatre"), r.webhook, r.id, created)


def save_alert(store, alert: Alert) -> Alert:
    """Store an alert under a new random id (returned with it)."""
    t = _table(store, "alerts")
    now = dt.datetime.now(dt.timezone.utc)
    for _ in range(5):
        aid = secrets.token_hex(6)
        try:
            _tx(store, lambda c: c.execute(sa.insert(t).values(id=aid, name=alert.name.strip(), filter=alert.to_json(),
                                                               webhook=alert.webhook, created_at=now)))
            return get_alert(store, aid)
        except StoreError as err:
            if not isinstance(err.__cause__, IntegrityError):
                raise
    raise StoreError("could not find a free alert id")


def list_alerts(store) -> list[Alert]:
    t = _table(store, "alerts")
    return [_from_row(r) for r in _tx(store, lambda c: c.execute(sa.select(t).order_by(t.c.created_at, t.c.id)).all())]


def get_alert(store, alert_id: str) -> Alert:
    t = _table(store, "alerts")
    r = _tx(store, lambda c: c.execute(sa.select(t).where(t.c.id == str(alert_id))).first())
    if r is None:
        raise GeoInputError(f"no alert with id {alert_id!r} in {store.url}")
    return _from_row(r)


def delete_alert(store, alert_id: str) -> None:
    t, d = _table(store, "alerts"), _table(store, "alert_deliveries")

    def run(c):
        c.execute(sa.delete(d).where(d.c.alert_id == alert_id))
        return c.execute(sa.delete(t).where(t.c.id == alert_id)).rowcount

    if not _tx(store, run):
        raise GeoInputError(f"no alert with id {alert_id!r} in {store.url}")


def alert_events(store, alert: Alert, *, limit: int | None = FEED_SIZE, since: dt.datetime | None = None):
    """The alert's matching events, newest stored first: [(event, n_sources, stored_at)]."""
    from .ogcapi import query_events

    profiles = (alert.theatre,) if alert.theatre else ()
    events, _ = query_events(store, alert.event_filter(), profiles=profiles, limit=None if alert.area else limit,
                             newest_first=True, count=False, added_since=since)
    if alert.area:
        from shapely import prepared
        from shapely.geometry import Point

        area = prepared.prep(_shape(alert.area))
        events = [x for x in events if x[0].lat is not None and area.covers(Point(x[0].lon, x[0].lat))]
        events = events[:limit] if limit else events
    return events


def atom_feed(store, alert: Alert, *, base_url: str = "") -> bytes:
    """The alert's newest events as an Atom 1.0 document (text escaped: article text is untrusted)."""
    events = alert_events(store, alert)
    ET.register_namespace("", ATOM)

    def el(parent, tag, text=None, **attrs):
        node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: str(v) for k, v in attrs.items()})
        if text is not None:
            node.text = str(text)
        return node

    feed = ET.Element(f"{{{ATOM}}}feed")
    el(feed, "id", f"urn:conflictmap:alert:{alert.id}")
    el(feed, "title", f"conflictmap alert: {alert.name}")
    el(feed, "subtitle", alert.describe())
    newest = max((x[2] for x in events if x[2]), default=alert.created_at or dt.datetime.now(dt.timezone.utc))
    el(feed, "updated", newest.isoformat())
    el(feed, "link", rel="self", href=f"{base_url}/alerts/{alert.id}.atom", type="application/atom+xml")
    el(feed, "generator", "conflictmap")
    author = el(feed, "author")
    el(author, "name", "conflictmap")
    for ev, _n, added in events:
        entry = el(feed, "entry")
        el(entry, "id", f"urn:conflictmap:event:{ev.event_id}")
        who = f"{ev.claimant}: " + ("denies " if ev.stance == "denial" else "")
        by = f" by {ev.attacker}" if ev.attacker else ""
        when = f"on {ev.date.isoformat()}" if ev.date else "undated"  # an article with no date: its events have none
        el(entry, "title", f"{who}{ev.event_type}{by} at {ev.place_en or ev.place_ar} {when}")
        el(entry, "updated", (added or newest).isoformat())
        if ev.date:
            el(entry, "published", dt.datetime.combine(ev.date, dt.time(), dt.timezone.utc).isoformat())
        el(entry, "link", rel="alternate", type="application/geo+json",
           href=f"{base_url}/collections/events/items/{ev.event_id}")
        if ev.url:
            el(entry, "link", rel="via", href=ev.url)
        el(entry, "summary", ev.evidence, type="text")
        el(entry, "category", term=ev.event_type)
        el(entry, "category", term=ev.claimant, scheme="urn:conflictmap:claimant")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


# --------------------------------------------------------------------------------------- webhooks


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    messages: list[str] = field(default_factory=list)


def deliver(store, *, retries: int = 3, backoff_s: float = 1.0, timeout_s: float = 10.0, session=None,
            sleep=time.sleep) -> DeliveryReport:
    """POST each not yet delivered event of every alert with a webhook (events stored after the alert
    was saved), as a GeoJSON Feature; an endpoint that fails is tried ``retries`` times with a doubling
    wait, and a delivery that failed is tried again on the next call."""
    import requests

    from .feeds import USER_AGENT
    from .ogcapi import feature

    d = _table(store, "alert_deliveries")
    rep = DeliveryReport()
    sess = session or requests.Session()
    sess.trust_env = False
    for alert in list_alerts(store):
        if not alert.webhook:
            continue
        done = set(_tx(store, lambda c: c.execute(sa.select(d.c.event_id).where(d.c.alert_id == alert.id,
                                                                                 d.c.status == "sent")).scalars()))
        pending = [x for x in reversed(alert_events(store, alert, limit=None, since=alert.created_at))
                   if x[0].event_id not in done]
        for ev, n, _ in pending:
            body = json.dumps(feature(ev, n), ensure_ascii=False).encode("utf-8")
            ok, why, wait = False, "", backoff_s
            for attempt in range(1, retries + 1):
                try:
                    r = sess.post(alert.webhook, data=body, timeout=timeout_s, allow_redirects=False,
                                  headers={"Content-Type": "application/geo+json", "User-Agent": USER_AGENT,
                                           "X-Conflictmap-Alert": alert.id})
                    ok, why = 200 <= r.status_code < 300, f"HTTP {r.status_code}"
                except requests.RequestException as err:
                    why = type(err).__name__
                if ok:
                    break
                if attempt < retries:
                    sleep(wait)
                    wait *= 2
            status = "sent" if ok else "failed"
            if ok:
                rep.sent += 1
            else:
                rep.failed += 1
                rep.messages.append(f"alert {alert.id}: {alert.webhook}: event {ev.event_id}: {why} "
                                    f"after {retries} tries")
                log.warning(rep.messages[-1])
            _record(store, alert.id, ev.event_id, status, retries if not ok else attempt)
    return rep


def _record(store, alert_id: str, event_id: str, status: str, attempts: int) -> None:
    d = _table(store, "alert_deliveries")
    now = dt.datetime.now(dt.timezone.utc)

    def run(c):
        res = c.execute(sa.update(d).where(d.c.alert_id == alert_id, d.c.event_id == event_id)
                        .values(status=status, attempts=d.c.attempts + attempts, updated_at=now))
        if res.rowcount == 0:
            c.execute(sa.insert(d).values(alert_id=alert_id, event_id=event_id, status=status, attempts=attempts,
                                          updated_at=now))

    _tx(store, run)
