"""Export of events: GeoJSON (RFC 7946), CSV with ACLED-compatible columns, GeoPackage.

The GeoJSON features themselves are built in ``geo.feature`` (the one place where ``lat``/``lon``
become ``[lon, lat]``), re-exported here.
Files are written with geopandas/pyogrio, never by hand.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Sequence


from .errors import GeoError, GeoInputError
from .feature import PROPERTIES, event_feature, row_feature, to_feature_collection
from .model import GEO_PRECISION_CODE, TIME_PRECISION_CODE, Event

__all__ = ["event_feature", "row_feature", "to_feature_collection", "to_geodataframe", "write", "write_bytes", "to_bytes",
           "csv_safe", "write_stdout", "ExportError", "FORMATS", "PROPERTIES", "ACLED_COLUMNS"]


class ExportError(GeoError):
    """An export could not be written where asked (the message names the file and why)."""

FORMATS = ("geojson", "csv", "gpkg")


#: CSV columns named as in ACLED where the meaning matches, then our own.
ACLED_COLUMNS = {
    "event_date": lambda e: e.date.isoformat() if e.date else None,
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
    "fatalities": lambda e: e.killed,  # empty when the claim gives no figure, as null in GeoJSON
}




_INT_COLUMNS = ("killed", "injured", "evidence_start", "evidence_end", "place_start", "place_end", "n_sources")
_DERIVED = {
    "acled_event_type": lambda e: e.acled_event_type,
    "acled_sub_event_type": lambda e: e.acled_sub_event_type,
    "n_sources": lambda e: e.n_sources,
    "date": lambda e: e.date.isoformat() if e.date else None,
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


#: First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_safe(value):
    """A CSV cell that no spreadsheet runs: text starting like a formula gets a leading apostrophe.

    Numbers stay numbers (a negative longitude is not text); empty stays empty.
    """
    if isinstance(value, str) and value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv_frame(events: Sequence[Event]):
    """The CSV table: ACLED columns then ours; text cells escaped against formulas, unknown values empty."""
    import pandas as pd

    rows = []
    for e in events:
        row = {col: f(e) for col, f in ACLED_COLUMNS.items()}
        row.update({"claimant": e.claimant, "stance": e.stance, "our_event_type": e.event_type,
                    "place_ar": e.place_ar, "place_id": e.place_id, "precision": e.precision,
                    "date_precision": e.date_precision, "injured": e.injured, "article": e.article,
                    "url": e.url or "", "n_sources": e.n_sources, "contested": e.contested,
                    "event_id": e.event_id})
        rows.append({k: csv_safe(v) for k, v in row.items()})
    columns = [*ACLED_COLUMNS, "claimant", "stance", "our_event_type", "place_ar", "place_id", "precision",
               "date_precision", "injured", "article", "url", "n_sources", "contested", "event_id"]
    df = pd.DataFrame(rows, columns=columns)
    for col in ("fatalities", "injured", "time_precision"):
        df[col] = pd.array(df[col].tolist(), dtype="Int64")  # counts stay integers; unknown is an empty cell
    return df


def _normalise_format(path: Path | None, fmt: str | None) -> str:
    fmt = (fmt or (path.suffix.lstrip(".") if path is not None else "")).lower()
    if fmt == "json":
        fmt = "geojson"
    if fmt not in FORMATS:
        raise GeoInputError(f"export format must be one of {FORMATS}, got {fmt or '(none)'!r}")
    return fmt


def to_bytes(events: Sequence[Event], fmt: str) -> bytes:
    """The export as bytes (for ``-o -`` and the app's downloads): the same content ``write`` puts in a file."""
    fmt = _normalise_format(None, fmt)
    events = list(events)
    if fmt == "csv":
        # UTF-8 with a byte order mark, so that spreadsheet programs show Arabic as Arabic.
        return to_csv_frame(events).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
    with tempfile.TemporaryDirectory(prefix="conflictmap-export-") as tmp:
        out = Path(tmp) / f"events.{fmt}"
        _write_gdf(out, events, fmt)
        return out.read_bytes()


def _write_gdf(path: Path, events: Sequence[Event], fmt: str) -> None:
    gdf = to_geodataframe(events)
    if fmt == "geojson":
        gdf.to_file(path, driver="GeoJSON", engine="pyogrio", use_arrow=True, layer_options={"RFC7946": "YES"})
    else:
        gdf.to_file(path, driver="GPKG", engine="pyogrio", use_arrow=True, layer="events")


def _check_target(path: Path) -> None:
    """Refuse what an export must not replace: devices, pipes, sockets, folders, symbolic links, read-only files."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as err:
        raise ExportError(f"{path}: cannot write here ({err.strerror or err})") from err
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise ExportError(f"{path}: is a symbolic link; an export replaces only a regular file "
                              "(give the link's target, or another name)")
        if stat.S_ISDIR(st.st_mode):
            raise ExportError(f"{path}: is a folder; give a file name such as {path / 'events.geojson'}")
        if not stat.S_ISREG(st.st_mode):
            raise ExportError(f"{path}: is not a regular file (a device, pipe or socket); "
                              "an export writes only regular files (use -o - for stdout)")
        if not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise ExportError(f"{path}: is read-only; it is not replaced")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: folder {folder} does not exist")
    try:
        folder_mode = os.stat(folder).st_mode
    except OSError as err:
        raise ExportError(f"{path}: folder {folder} cannot be read ({err.strerror or err})") from err
    # the mode bits, not only access(): root may write anywhere, but a folder made read-only is kept so
    if not os.access(folder, os.W_OK | os.X_OK) or not folder_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ExportError(f"{path}: folder {folder} is read-only or cannot be written; nothing was written")


def write(path: str | Path, events: Sequence[Event], fmt: str | None = None) -> Path:
    """Write ``events`` to ``path`` as geojson, csv or gpkg (from the suffix unless ``fmt`` is given).

    Atomic: the export is written to a temporary file beside ``path`` and renamed over it, so the
    previous file stays whole until the new one is complete (a full disk or a crash leaves it as it
    was). Devices, pipes, folders, symbolic links and read-only files are refused, never replaced.
    """
    path = Path(path)
    fmt = _normalise_format(path, fmt)
    events = list(events)
    _check_target(path)
    return write_bytes(path, to_bytes(events, fmt), checked=True)


def write_bytes(path: str | Path, data: bytes, *, checked: bool = False) -> Path:
    """Put ``data`` at ``path`` atomically (temporary file beside it, fsync, rename)."""
    path = Path(path)
    if not checked:
        _check_target(path)
    fd, tmp = None, None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fd = None
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = os.stat(path).st_mode & 0o777 if path.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, path)
        tmp = None
    except OSError as err:
        raise ExportError(f"{path}: cannot write ({err.strerror or err}); any previous file is unchanged") from err
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_stdout(events: Sequence[Event], fmt: str) -> int:
    """Write the export to standard output (``-o -``); returns the number of bytes."""
    data = to_bytes(events, fmt)
    out = getattr(sys.stdout, "buffer", None)
    if out is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        out.write(data)
        out.flush()
    return len(data)
