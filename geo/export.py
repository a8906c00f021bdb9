"""Export of events: GeoJSON (RFC 7946), CSV with ACLED-compatible columns, GeoPackage.

The GeoJSON features themselves are built in ``geo.feature`` (the one place where ``lat``/``lon``
become ``[lon, lat]``), re-exported here.
Files are written with geopandas/pyogrio, never by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence


from .errors import GeoInputError
from .feature import PROPERTIES, event_feature, to_feature_collection
from .model import GEO_PRECISION_CODE, TIME_PRECISION_CODE, Event

__all__ = ["event_feature", "to_feature_collection", "to_geodataframe", "write", "FORMATS", "PROPERTIES",
           "ACLED_COLUMNS"]

FORMATS = ("geojson", "csv", "gpkg")


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
