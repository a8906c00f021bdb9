"""Export of events: GeoJSON (RFC 7946), CSV with ACLED-compatible columns, GeoPackage.

This module is the one place where ``lat``/``lon`` become ``[lon, lat]`` (``event_feature``).
Files are written with geopandas/pyogrio, never by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence


from .errors import GeoInputError
from .model import GEO_PRECISION_CODE, TIME_PRECISION_CODE, Event

__all__ = ["event_feature", "row_feature", "to_feature_collection", "to_geodataframe", "write", "FORMATS", "PROPERTIES",
           "ACLED_COLUMNS"]

FORMATS = ("geojson", "csv", "gpkg")

#: Every property of an exported feature, with its meaning (the README lists them; a test checks).
PROPERTIES = {
    "event_id": "stable id of the event (hash of article, claim, place, date, type)",
    "date": "day the event happened, YYYY-MM-DD",
    "date_precision": "day | week | month: how exactly the article dates it",
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

#: CSV columns named as in ACLED where the meaning matches, then our own.
ACLED_COLUMNS = {
    "event_date": lambda e: e.date.isoformat(),
    "time_precision": lambda e: TIME_PRECISION_CODE[e.date_precision],
    "event_type": lambda e: e.acled_event_type,
    "sub_event_type": lambda e: e.acled_sub_event_type,
    "actor1": lambda e: e.attacker or "",
    "country": lambda e: e.country,
    "location": lambda e: e.place_en,
    "latitude": lambda e: e.lat,
    "longitude": lambda e: e.lon,
    "geo_precision": lambda e: GEO_PRECISION_CODE[e.precision],
    "source": lambda e: e.source or "",
    "notes": lambda e: e.evidence,
    "fatalities": lambda e: e.killed if e.killed is not None else 0,
}


def _properties(e: Event) -> dict:
    rec = e.to_record()
    props = {k: rec.get(k) for k in PROPERTIES if k in rec}
    props["acled_event_type"] = e.acled_event_type
    props["acled_sub_event_type"] = e.acled_sub_event_type
    props["n_sources"] = e.n_sources
    return {k: props.get(k) for k in PROPERTIES}


def _point(lat: float | None, lon: float | None) -> dict | None:
    """THE lat/lon -> [lon, lat] flip: here and only here."""
    if lat is None:
        return None
    return {"type": "Point", "coordinates": [lon, lat]}  # GeoJSON order: x = lon, y = lat


def event_feature(e: Event) -> dict:
    """One event as a GeoJSON Feature (geometry through ``_point``, the one flip)."""
    return {"type": "Feature", "id": e.event_id, "geometry": _point(e.lat, e.lon), "properties": _properties(e)}


def row_feature(row: dict, *, n_sources: int = 1) -> dict:
    """The Feature ``event_feature`` makes, from a stored row (a dict of the Event's fields) without
    building an ``Event``: the fast path of ``geo serve`` pages (1,000 features each). ``sources``
    is the row's own article; the row's ``date`` a date or ISO text."""
    from .model import ACLED_TYPES

    props = {k: row.get(k) for k in PROPERTIES}
    d = props["date"]
    props["date"] = d.isoformat() if hasattr(d, "isoformat") else str(d)[:10]
    props["acled_event_type"], props["acled_sub_event_type"] = ACLED_TYPES[row["event_type"]]
    props["sources"] = [row["article"]]
    props["n_sources"] = n_sources
    props["contested"] = bool(row.get("contested"))
    props["corrected"] = bool(row.get("corrected"))
    props["merged_because"] = row.get("merged_because") or ""
    return {"type": "Feature", "id": row["event_id"], "geometry": _point(row["lat"], row["lon"]), "properties": props}


def to_feature_collection(events: Iterable[Event]) -> dict:
    """An RFC 7946 FeatureCollection (WGS 84, ``[lon, lat]``)."""
    return {"type": "FeatureCollection", "features": [event_feature(e) for e in events]}


_INT_COLUMNS = ("killed", "injured", "evidence_start", "evidence_end", "place_start", "place_end", "n_sources")
_DERIVED = {
    "acled_event_type": lambda e: e.acled_event_type,
    "acled_sub_event_type": lambda e: e.acled_sub_event_type,
    "n_sources": lambda e: e.n_sources,
    "date": lambda e: e.date.isoformat(),
    "sources": lambda e: json.dumps(list(e.sources), ensure_ascii=False),
}


def to_geodataframe(events: Sequence[Event]):
    """A GeoDataFrame in EPSG:4326 with every exported property as a column (built column-wise)."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    events = list(events)
    cols = {}
    for name in PROPERTIES:
        get = _DERIVED.get(name)
        values = [get(e) for e in events] if get else [getattr(e, name) for e in events]
        if name in _INT_COLUMNS:
            cols[name] = pd.array(values, dtype="Int64")  # integers stay integers, with nulls
        elif name in ("contested", "corrected"):
            cols[name] = pd.array(values, dtype="boolean")
        else:
            cols[name] = values
    lon = np.array([np.nan if e.lon is None else e.lon for e in events], dtype=float)
    lat = np.array([np.nan if e.lat is None else e.lat for e in events], dtype=float)
    geoms = shapely.points(lon, lat)  # x = lon, y = lat
    geoms[np.isnan(lon)] = None
    return gpd.GeoDataFrame(pd.DataFrame(cols, columns=list(PROPERTIES)), geometry=geoms, crs="EPSG:4326")


def to_csv_frame(events: Sequence[Event]):
    import pandas as pd

    rows = []
    for e in events:
        row = {col: f(e) for col, f in ACLED_COLUMNS.items()}
        row.update({"claimant": e.claimant, "stance": e.stance, "our_event_type": e.event_type,
                    "place_ar": e.place_ar, "place_id": e.place_id, "precision": e.precision,
                    "date_precision": e.date_precision, "injured": e.injured, "article": e.article,
                    "url": e.url or "", "n_sources": e.n_sources, "contested": e.contested,
                    "event_id": e.event_id})
        rows.append(row)
    columns = [*ACLED_COLUMNS, "claimant", "stance", "our_event_type", "place_ar", "place_id", "precision",
               "date_precision", "injured", "article", "url", "n_sources", "contested", "event_id"]
    return pd.DataFrame(rows, columns=columns)


def write(path: str | Path, events: Sequence[Event], fmt: str | None = None) -> Path:
    """Write ``events`` to ``path`` as geojson, csv or gpkg (from the suffix unless ``fmt`` is given)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt == "json":
        fmt = "geojson"
    if fmt not in FORMATS:
        raise GeoInputError(f"export format must be one of {FORMATS}, got {fmt!r}")
    events = list(events)
    if fmt == "csv":
        to_csv_frame(events).to_csv(path, index=False, encoding="utf-8")
        return path
    gdf = to_geodataframe(events)
    if path.exists():
        path.unlink()
    if fmt == "geojson":
        gdf.to_file(path, driver="GeoJSON", engine="pyogrio", use_arrow=True, layer_options={"RFC7946": "YES"})
    else:
        gdf.to_file(path, driver="GPKG", engine="pyogrio", use_arrow=True, layer="events")
    return path
