"""GeoJSON features of events: the one place where ``lat``/``lon`` become ``[lon, lat]``.

Below ``geo.model`` (it imports nothing of the package): ``Event.__geo_interface__`` and
``geo.export`` both build their features here, so model and export no longer import each other.
Features are built field by field (no ``dataclasses.asdict`` deep copy), which keeps writing a
large extraction as cheap as reading it.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, Iterable

__all__ = ["row_feature", "PROPERTIES", "event_feature", "to_feature_collection"]

#: Every property of an exported feature, with its meaning (the README lists them; a test checks).
PROPERTIES = {
    "event_id": "stable id of the event (hash of article, claim, place, date, type)",
    "date": "day the event happened, YYYY-MM-DD, or null when the article gives no date",
    "date_precision": "day | week | month | unknown: how exactly the article dates it (unknown: undated)",
    "claimant": "party that claims the event happened (profile party id)",
    "attacker": "party said to have carried it out, or null",
    "stance": "claim | denial (a denial is the claimant saying it did not happen)",
    "event_type": "shelling | airstrike | missile | drone | ground_attack | destruction | other",
    "acled_event_type": "matching ACLED event type",
    "acled_sub_event_type": "matching ACLED sub-event type",
    "place_ar": "the place as printed in the article, clitics removed",
    "place_en": "English name of the resolved place",
    "place_id": "gazetteer id of the place (gn:<GeoNames id> or a curated id)",
    "country": "ISO 3166 alpha-2 code of the place",
    "precision": "settlement | district | region | country: how precise the location is",
    "radius_km": "radius of the place's area for district and region precision, or null",
    "killed": "people killed in this event per the claim (lowest figure), or null",
    "injured": "people injured in this event per the claim (lowest figure), or null",
    "evidence": "the source sentence the event was read from",
    "evidence_start": "character offset of the evidence in the article text",
    "evidence_end": "character offset where the evidence ends",
    "place_start": "character offset of the place name in the article text",
    "place_end": "character offset where the place name ends",
    "article": "the article's name (file name without extension)",
    "source": "the outlet the claim came through (a conduit such as an agency), or null",
    "url": "the article's URL, or null",
    "title": "the article's title, or null",
    "profile": "conflict profile used to read the article",
    "sources": "articles that report this same claim",
    "n_sources": "number of articles that report this same claim",
    "contested": "true when another party claims the opposite about the same place and day",
    "merged_because": "why several reports were merged into this event",
    "corrected": "true when a person corrected the machine's reading",
}

#: Every property of an event as it reads (one C call); ``date`` and ``sources`` are then made JSON values.
_GET_ALL = attrgetter(*PROPERTIES)
_KEYS = tuple(PROPERTIES)


def _point(lat: float | None, lon: float | None) -> dict | None:
    """THE lat/lon -> [lon, lat] flip: here and only here."""
    if lat is None:
        return None
    return {"type": "Point", "coordinates": [lon, lat]}  # GeoJSON order: x = lon, y = lat


def event_feature(e: Any) -> dict:
    """One event (a ``geo.model.Event``) as a GeoJSON Feature (geometry through ``_point``, the one flip)."""
    props = dict(zip(_KEYS, _GET_ALL(e)))
    d = props["date"]
    props["date"] = d.isoformat() if d is not None else None
    props["sources"] = list(props["sources"])
    return {"type": "Feature", "id": e.event_id, "geometry": _point(e.lat, e.lon), "properties": props}


def row_feature(row: dict, *, n_sources: int = 1) -> dict:
    """The Feature ``event_feature`` makes, from a stored row (a dict of the Event's fields) without
    building an ``Event``: the fast path of ``geo serve`` pages (1,000 features each). ``sources``
    is the row's own article; the row's ``date`` a date, ISO text or None (undated)."""
    from .model import ACLED_TYPES

    props = {k: row.get(k) for k in PROPERTIES}
    d = props["date"]
    props["date"] = d.isoformat() if hasattr(d, "isoformat") else (str(d)[:10] if d else None)
    props["acled_event_type"], props["acled_sub_event_type"] = ACLED_TYPES[row["event_type"]]
    props["sources"] = [row["article"]]
    props["n_sources"] = n_sources
    props["contested"] = bool(row.get("contested"))
    props["corrected"] = bool(row.get("corrected"))
    props["merged_because"] = row.get("merged_because") or ""
    return {"type": "Feature", "id": row["event_id"], "geometry": _point(row["lat"], row["lon"]), "properties": props}


def to_feature_collection(events: Iterable[Any]) -> dict:
    """An RFC 7946 FeatureCollection (WGS 84, ``[lon, lat]``)."""
    return {"type": "FeatureCollection", "features": [event_feature(e) for e in events]}
