"""The map: events -> a folium.Map, built by pure code (no Streamlit here).

All events of a map are one layer that draws them on one canvas (never one DOM element, nor even one
Leaflet object, per event): 50,000 events draw in about 0.15 s in a browser without a GPU. Events are coloured by
claimant, shaped by type; district- and region-level events are circles of the place's radius (their
uncertainty), not pins; country-level events are not drawn (the app lists them); contested events
have a black ring. Leaflet comes from the installed ``django-js-lib-leaflet`` package, served by
the app, never from a CDN, so the map draws with no internet.

The data travel as columns (``map_data``): *points* (where, colour, shape, radius) drawn at once,
and *details* (date, parties, places, evidence, source) read only when a popup opens. A map either
embeds both (``build_map``: one self-contained page) or fetches them from files the app serves
(``base_map`` + ``write_map_data``); then a filter is only a *selection*, a bitmap over the rows
(``selection_layer``), and changing it redraws the canvas without rebuilding the map.

Article text is untrusted: popups and tooltips are built in the browser from text nodes (never
``innerHTML``), links are kept only for http(s) URLs, and every embedded JSON string is escaped so
that it can neither close its ``<script>`` nor reach a template engine.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import shutil
import threading
from pathlib import Path
from typing import NamedTuple, Sequence

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .model import Event, events_frame
from .profile import Profile

__all__ = ["build_map", "base_map", "selection_layer", "map_data", "write_map_data", "selection_bits",
           "legend_data", "all_parties", "web_asset_dir", "words", "place_labels", "write_place_labels", "map_bounds", "written_map_data", "MapFiles", "DETAILS_CHUNK", "leaflet_asset_dir", "install_static_assets", "STATIC_PREFIX", "DATA_PREFIX",
           "DEFAULT_RADIUS_KM", "MAP_ID", "TYPE_SHAPES"]

#: URL prefix of Streamlit's static serving (``[server] enableStaticServing``): ./static/x -> /app/static/x.
STATIC_PREFIX = "/app/static/vendor/leaflet"
#: Folder URL of the offline base layers (``install_static_assets`` copies ``BASEMAP_FILES`` there).
BASEMAP_URL = "/app/static/vendor/basemap"
#: Where ``write_map_data`` files are served from (``static/mapdata/`` of the app).
DATA_PREFIX = "/app/static/mapdata"
DATA_DIRNAME = "mapdata"
BASEMAP_DIR = Path(__file__).resolve().parent.parent / "data" / "basemap"
#: The offline base layers, bottom first: country borders, then the theatre's districts.
BASEMAP_FILES = ("countries.geojson", "districts.geojson")
#: Online tiles, used only when reachable (the browser tries one first), credited only then.
ONLINE_TILES = {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                "attribution": "\u00a9 OpenStreetMap contributors", "maxZoom": 18}
DEFAULT_RADIUS_KM = {"district": 15.0, "region": 45.0}
MAP_ID = "conflictmap"
#: Marker shape of each event type (drawn on the canvas), and its legend symbol.
TYPE_SHAPES = {"shelling": ("circle", "●"), "missile": ("triangle", "▲"), "airstrike": ("diamond", "◆"),
               "drone": ("down", "▼"), "ground_attack": ("square", "■"), "destruction": ("cross", "✖"),
               "other": ("circle", "●")}
SHAPES = ("circle", "triangle", "diamond", "down", "square", "cross")
UNKNOWN_COLOR = "#7f7f7f"
#: How many files of map data the app keeps (older ones are removed when a new one is written).
KEEP_DATA_FILES = 12
#: Rows per details file: a popup fetches about 1 MB at 50,000 events, not all of them.
DETAILS_CHUNK = 2000

#: Where the map's own browser code (``geo/web/conflictmap.js`` and ``.css``) is served from.
APP_PREFIX = "/app/static/vendor/conflictmap"
WEB_DIR = Path(__file__).resolve().parent / "web"
WEB_FILES = ("conflictmap.js", "conflictmap.css")
#: Colours for parties whose profile colour another party already has (all theatres on one map).
SPARE_COLORS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#17becf",
                "#bcbd22", "#8c564b", "#9467bd", "#2ca02c", "#d62728", "#393b79", "#637939", "#843c39")


def words(lang: str) -> dict:
    """Every word the map's browser code shows, in ``lang`` (vocabularies as code -> label)."""
    from .i18n import map_words

    return map_words(lang)


def web_asset_dir() -> Path:
    """Folder of the map's own JS and CSS (``conflictmap.js``, ``conflictmap.css``)."""
    return WEB_DIR


def all_parties(profile_ids: Sequence[str] | None = None) -> tuple:
    """Every party of every conflict profile (or of ``profile_ids``), once each, with one colour per
    party that no other party shares: a party's colour is its profile's (the first profile that has
    it, in name order), and a colour taken already is replaced by a spare one. The same party
    keeps its colour in every theatre and in the "all theatres" view."""
    from dataclasses import replace as _replace

    from .profile import available_profiles, load_profile

    names = sorted(profile_ids) if profile_ids is not None else available_profiles()
    out, seen, used = [], set(), set()
    spare = iter(SPARE_COLORS)
    for name in names:
        try:
            prof = load_profile(name)
        except Exception:  # a profile being written by someone else must not break the map
            continue
        for p in prof.parties:
            if p.id in seen:
                continue
            color = p.color.lower()
            if color in used:
                color = next((c for c in spare if c not in used), UNKNOWN_COLOR)
            seen.add(p.id)
            used.add(color)
            out.append(_replace(p, color=color))
    return tuple(out)


def _parties_of(profile) -> tuple:
    if profile is None:
        return ()
    if hasattr(profile, "parties"):
        return tuple(profile.parties)
    return tuple(profile)


def leaflet_asset_dir() -> Path:
    """Folder of Leaflet 1.9.4's JS, CSS and images inside the installed package."""
    import js_lib_leaflet

    return Path(js_lib_leaflet.__file__).resolve().parent / "static" / "js_lib_leaflet"


def install_static_assets(static_dir: str | Path) -> Path:
    """Copy Leaflet (from its package), the map's own JS and CSS (``geo/web``) and the offline
    borders and districts (from ``data/basemap``) under ``static_dir/vendor/`` for Streamlit's
    static serving (generated at start-up, not committed)."""
    src = leaflet_asset_dir()
    dest = Path(static_dir) / "vendor" / "leaflet"
    marker = dest / ".version"
    version = (src / "leaflet.js").stat().st_size
    if not marker.exists() or marker.read_text() != str(version):
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(src, dest, ignore=shutil.ignore_patterns("*.map", "*.esm.js"))
        marker.write_text(str(version))
    app = Path(static_dir) / "vendor" / "conflictmap"
    app.mkdir(parents=True, exist_ok=True)
    for name in WEB_FILES:
        src_file, target = WEB_DIR / name, app / name
        if not target.exists() or target.read_bytes() != src_file.read_bytes():
            tmp = target.with_name(f"{name}.{os.getpid()}.{threading.get_ident()}.tmp")
            shutil.copyfile(src_file, tmp)
            tmp.replace(target)
    base = Path(static_dir) / "vendor" / "basemap"
    base.mkdir(parents=True, exist_ok=True)
    for name in BASEMAP_FILES:
        src_file, target = BASEMAP_DIR / name, base / name
        if not target.exists() or target.stat().st_size != src_file.stat().st_size:
            shutil.copyfile(src_file, target)
    return dest


#: File of place labels beside the offline base layers (``write_place_labels``).
LABELS_FILE = "labels.json"


def _label_zoom(population: int, kind: str) -> int:
    """The smallest zoom at which a place's label is shown: big cities first, villages last."""
    if kind != "settlement":
        return 8
    for pop, zoom in ((1_000_000, 4), (200_000, 6), (50_000, 7), (10_000, 8), (2_000, 9)):
        if population >= pop:
            return zoom
    return 10


def place_labels(places, boxes, *, margin: float = 1.0, world_population: int = 1_000_000) -> dict:
    """Labels of the offline map: the settlements of ``places`` (gazetteer ``Place`` records) inside
    any of ``boxes`` (south, west, north, east; the theatres, widened by ``margin`` degrees) and the
    world's cities of ``world_population`` or more, as columns: English and Arabic names (Arabic
    falls back to English), position, and the zoom from which each is shown; biggest first."""
    rows = []
    for p in places:
        if p.kind not in ("settlement", "district"):
            continue
        inside = any(b[0] - margin <= p.lat <= b[2] + margin and b[1] - margin <= p.lon <= b[3] + margin for b in boxes)
        if not inside and not (p.kind == "settlement" and p.population >= world_population):
            continue
        rows.append((-(p.population or 0), p.kind != "settlement", p.name_en, p.name_ar or p.name_en,
                     round(p.lat, 4), round(p.lon, 4), _label_zoom(p.population or 0, p.kind)))
    rows.sort()
    return {"en": [r[2] for r in rows], "ar": [r[3] for r in rows], "lat": [r[4] for r in rows],
            "lon": [r[5] for r in rows], "z": [r[6] for r in rows]}


def place_labels_current(static_dir: str | Path, sources) -> bool:
    """True when ``labels.json`` is there and newer than every file it is made from (the curated
    gazetteer and profile files): a restart then need not load the gazetteer to write it again."""
    target = Path(static_dir) / "vendor" / "basemap" / LABELS_FILE
    try:
        made = target.stat().st_mtime
        return all(Path(f).stat().st_mtime < made for f in sources)
    except OSError:
        return False


def write_place_labels(static_dir: str | Path, places, boxes) -> Path:
    """Write ``place_labels`` as ``static_dir/vendor/basemap/labels.json`` (atomically)."""
    folder = Path(static_dir) / "vendor" / "basemap"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / LABELS_FILE
    tmp = target.with_name(f"{LABELS_FILE}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps(place_labels(places, boxes), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    tmp.replace(target)
    return target


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _frame(events):
    """A DataFrame of events (``FRAME_COLUMNS``) from a DataFrame or a sequence of ``Event``."""
    return events if hasattr(events, "columns") else events_frame(list(events))


_EPOCH = __import__("datetime").date(1970, 1, 1)


def _none(v):
    """A JSON-able scalar: pandas' NaN/NA/None become None, numpy numbers plain numbers."""
    if v is None or v != v:  # NaN
        return None
    return v.item() if hasattr(v, "item") else v


def map_data(events, profile=None, *, lang: str = "en") -> dict:
    """The columns a map draws (``points``) and shows in popups (``details``), row for row.

    ``events``: a DataFrame as ``EventStore.frame`` returns it (optionally with the review columns
    ``service.Catalogue`` adds: ``confidence``, ``status``, ``shown_stance``, ``opp``, ``srcs``,
    ``audit``), or a sequence of ``Event``. ``profile``: a ``Profile`` or a sequence of parties
    (``all_parties()``: every theatre). Rows that are not drawn (no coordinates, or country
    precision) keep their place with ``lat``/``lon`` null, so that a selection bitmap indexes the
    same rows as the table it came from.
    """
    from .review import DISPLAY_STANCES, confidence, opposing, outlet_of, stance_of, status_of

    df = _frame(events)
    parties = _parties_of(profile)
    ids = [p.id for p in parties]
    lab = "label_ar" if lang == "ar" else "label_en"
    claimants = df["claimant"].tolist()
    extra = sorted({c for c in claimants if c not in ids})
    palette = [p.color for p in parties] + [UNKNOWN_COLOR] * len(extra)
    names = [(getattr(p, lab) or p.label_en or p.id) for p in parties] + extra
    index = {c: i for i, c in enumerate(ids + extra)}
    name_of = dict(zip(ids + extra, names))
    shape_of = {t: SHAPES.index(s) for t, (s, _) in TYPE_SHAPES.items()}
    lat, lon, radius = [], [], []
    for la, lo, prec, rk in zip(df["lat"].tolist(), df["lon"].tolist(), df["precision"].tolist(),
                                df["radius_km"].tolist()):
        la, lo, rk = _none(la), _none(lo), _none(rk)
        drawn = la is not None and lo is not None and prec != "country"
        lat.append(round(la, 5) if drawn else None)
        lon.append(round(lo, 5) if drawn else None)
        radius.append(round((rk or DEFAULT_RADIUS_KM[prec]) * 1000) if drawn and prec in DEFAULT_RADIUS_KM else 0)
    n = len(df)
    records = None
    if not {"confidence", "status", "shown_stance"} <= set(df.columns):  # a plain frame: review columns here
        records = df.to_dict("records")
    if "opp" in df.columns:
        opp = [list(o) if isinstance(o, (list, tuple)) else [] for o in df["opp"].tolist()]
    else:
        found = opposing(df["date"].tolist(), claimants, df["lat"].tolist(), df["lon"].tolist(),
                         df["contested"].tolist())
        opp = [found.get(i, []) for i in range(n)]
    if "shown_stance" in df.columns:
        stances = df["shown_stance"].tolist()
    else:
        stances = [stance_of(r["stance"], r["claimant"], _none(r["attacker"]), answers=any(j < i for j in opp[i]))
                   for i, r in enumerate(records)]
    if "confidence" in df.columns:
        conf = [float(c) for c in df["confidence"].tolist()]
        status = df["status"].tolist()
    else:
        conf = [confidence(r, fallback_party=None)[0] for r in records]
        status = [status_of(None, corrected=bool(r["corrected"]), confidence=c) for r, c in zip(records, conf)]
    review_code = {"machine": 0, "needs_review": 1, "confirmed": 2, "corrected": 3}
    points = {
        "n": n, "lat": lat, "lon": lon, "palette": palette, "names": names,
        "c": [index[c] for c in claimants], "s": [shape_of.get(t, 0) for t in df["event_type"].tolist()],
        "r": radius, "x": [1 if x else 0 for x in df["contested"].tolist()],
        "k": [DISPLAY_STANCES.index(k) if k in DISPLAY_STANCES else 0 for k in stances],
        "q": [review_code.get(s, 0) for s in status],
        # day number (days since 1970-01-01) of each row, -1 when undated: the map's timeline
        "d": [(d - _EPOCH).days if hasattr(d, "isoformat") else -1 for d in df["date"].tolist()],
    }
    hl = []
    for ev, es, ps, pe in zip(df["evidence"].tolist(), df["evidence_start"].tolist(), df["place_start"].tolist(),
                              df["place_end"].tolist()):
        a, b = int(ps) - int(es), int(pe) - int(es)
        hl.append([a, b] if int(ps) >= 0 and int(es) >= 0 and 0 <= a < b <= len(ev or "") else None)
    urls = [u if isinstance(u, str) and u.lower().startswith(("http://", "https://")) else ""
            for u in df["url"].tolist()]
    outlets: dict = {}  # an article's outlet, once per article (its events share it)
    source = [outlets.get((s, u, a)) or outlets.setdefault((s, u, a), outlet_of(_none(s), u, a))
              for s, u, a in zip(df["source"].tolist(), df["url"].tolist(), df["article"].tolist())]
    dates = [d.isoformat() if hasattr(d, "isoformat") else None for d in df["date"].tolist()]
    # Every source of the event: the catalogue's list for merged events, else the row's own article
    # (its outlet from the header, else the URL's domain, else its file name).
    given = df["srcs"].tolist() if "srcs" in df.columns else [None] * n
    srcs = [list(g) if isinstance(g, (list, tuple)) else [[d, o, u, _none(t)]]
            for g, d, o, u, t in zip(given, dates, source, urls, df["title"].tolist())]
    audit = df["audit"].tolist() if "audit" in df.columns else [None] * n
    attackers = [_none(a) for a in df["attacker"].tolist()]
    details = {
        "date": dates, "dp": df["date_precision"].tolist(),
        "stance": df["stance"].tolist(), "attacker": attackers,
        "attacker_name": [name_of.get(a, a) if a else None for a in attackers],
        "type": df["event_type"].tolist(), "place_ar": df["place_ar"].tolist(), "place_en": df["place_en"].tolist(),
        "precision": df["precision"].tolist(), "killed": [_none(k) for k in df["killed"].tolist()],
        "injured": [_none(k) for k in df["injured"].tolist()], "ev": df["evidence"].tolist(), "hl": hl,
        "src": source, "url": urls, "ns": [int(n) for n in df["n_sources"].tolist()],
        "id": df["event_id"].tolist(), "conf": conf, "status": status, "srcs": srcs,
        "audit": [a if isinstance(a, list) else None for a in audit],
        # [row, claimant, stance, outlet, link] of each opposing claim
        "opp": [[[j, names[index[claimants[j]]], stances[j], source[j], urls[j]] for j in o] for o in opp],
    }
    for k in ("killed", "injured"):
        details[k] = [None if v is None else int(v) for v in details[k]]
    return {"points": points, "details": details}


def selection_bits(positions: Sequence[int] | None, n: int) -> str | None:
    """Rows ``positions`` of ``n`` as a base64 bitmap (bit i of byte i//8, least significant first);
    None selects every row. 50,000 rows fit in 8 KB whatever the filter."""
    if positions is None:
        return None
    import numpy as np

    bits = np.zeros(n, dtype=bool)
    pos = np.asarray(positions, dtype=np.int64)
    if len(pos) and (pos.min() < 0 or pos.max() >= n):
        raise ValueError(f"selection positions must lie in [0, {n}), got {pos.min()}..{pos.max()}")
    bits[pos] = True
    return base64.b64encode(np.packbits(bits, bitorder="little").tobytes()).decode("ascii")


def legend_data(events, profile=None, *, lang: str = "en") -> dict:
    """What the legend shows for ``events``: events per claimant (name, colour, count, in the
    parties' order), per stance and per type. Data only: the browser builds the legend from text."""
    from .review import stance_of

    df = _frame(events)
    parties = _parties_of(profile)
    lab = "label_ar" if lang == "ar" else "label_en"
    counts = df["claimant"].value_counts().to_dict() if len(df) else {}
    rows = [[(getattr(p, lab) or p.label_en or p.id), p.color, int(counts[p.id])] for p in parties if p.id in counts]
    known = {p.id for p in parties}
    rows += [[c, UNKNOWN_COLOR, int(n)] for c, n in sorted(counts.items()) if c not in known]
    if "shown_stance" in df.columns:
        stances = df["shown_stance"].value_counts().to_dict() if len(df) else {}
    else:
        stances = {}
        for st, c, a in zip(df["stance"].tolist(), df["claimant"].tolist(), df["attacker"].tolist()):
            k = stance_of(st, c, _none(a))
            stances[k] = stances.get(k, 0) + 1
    from .review import DISPLAY_STANCES

    types = df["event_type"].value_counts().to_dict() if len(df) else {}
    return {"parties": rows,
            "stances": [[k, int(stances[k])] for k in DISPLAY_STANCES if stances.get(k)],
            "types": [[ty, TYPE_SHAPES.get(ty, ("", "●"))[1], int(n)] for ty, n in sorted(types.items())]}


class MapFiles(NamedTuple):
    """Where the browser fetches a map's data: the points file, and the details files of each
    ``chunk`` rows (``details_url`` with ``{k}`` for the chunk number)."""

    points_url: str
    details_url: str
    chunk: int


def write_map_data(static_dir: str | Path, key: str, data: dict, *, chunk: int = DETAILS_CHUNK,
                   background: bool = False) -> MapFiles:
    """Write ``map_data`` under ``static_dir/mapdata/``, named after ``key`` (what the data depend
    on: store, revision, profile, language): one points file (fetched at first render) and the
    details in files of ``chunk`` rows (fetched when a popup or tooltip needs one of their rows).

    Files are written once per key (atomically, so a reader never sees half a file) and only those
    of the newest ``KEEP_DATA_FILES`` keys are kept. ``background``: only the points file is written
    before this returns, the details (tens of MB for 50,000 events, which no first render needs)
    by a thread after it; the page asks again for a details file that is not there yet.
    """
    if not isinstance(chunk, int) or chunk < 1:
        raise ValueError(f"chunk must be a positive number of rows, got {chunk!r}")
    folder = Path(static_dir) / DATA_DIRNAME
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def put(path: Path, value) -> None:
        if not path.exists():  # two writers of one key never share a temporary file
            tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            tmp.replace(path)

    points = folder / f"{name}-points.json"
    d = data["details"]
    n = len(d["date"])
    meta = {"bounds": map_bounds(data), "chunk": chunk, "n": n}

    def details() -> None:
        for k in range(max(1, -(-n // chunk))):
            put(folder / f"{name}-details-{k}.json", {col: vals[k * chunk:(k + 1) * chunk] for col, vals in d.items()})
        put(folder / f"{name}-meta.json", meta)  # last: its presence says the set is complete

    if background:
        put(points, data["points"])
        threading.Thread(target=details, daemon=True, name=f"map-details-{name}").start()
    else:
        details()
        put(points, data["points"])
    keys = sorted(folder.glob("*-points.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in keys[KEEP_DATA_FILES:]:
        stem = old.name[:-len("-points.json")]
        for f in folder.glob(f"{stem}-*"):
            f.unlink(missing_ok=True)
    return MapFiles(f"{DATA_PREFIX}/{points.name}", f"{DATA_PREFIX}/{name}-details-{{k}}.json", chunk)


def written_map_data(static_dir: str | Path, key: str) -> tuple[MapFiles, object] | None:
    """(``MapFiles``, ``map_bounds``) of the map data an earlier ``write_map_data`` (this process or
    one before a restart) wrote for ``key``; None when they are not all there. What spares the first
    visitor after a server start from building the map data again."""
    folder = Path(static_dir) / DATA_DIRNAME
    name = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    points, meta = folder / f"{name}-points.json", folder / f"{name}-meta.json"
    try:
        info = json.loads(meta.read_text(encoding="utf-8"))
        chunk, n = int(info["chunk"]), int(info["n"])
        if not points.exists() or any(not (folder / f"{name}-details-{k}.json").exists()
                                      for k in range(max(1, -(-n // chunk)))):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    os.utime(points)  # a key in use stays among the newest (write_map_data keeps those)
    return MapFiles(f"{DATA_PREFIX}/{points.name}", f"{DATA_PREFIX}/{name}-details-{{k}}.json", chunk), info["bounds"]


_INIT = Template("""
{% macro script(this, kwargs) %}
conflictmap.init({{ this._parent.get_name() }}, {{ this.config_json }});
{% endmacro %}
""")

_SELECTION = Template("""
{% macro script(this, kwargs) %}
window.conflictmapShow({{ this._parent.get_name() }}, {{ this.selection_json }});
{% endmacro %}
""")


class _RawScript(Element):
    """A rendered script added to the page as is (branca would compile it as a Jinja template)."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class _Raw(MacroElement):
    """A MacroElement whose script joins the page without a second Jinja pass over the data in it."""

    def render(self, **kwargs) -> None:
        script = self._template.module.__dict__["script"]
        self.get_root().script.add_child(_RawScript(script(self, kwargs)), name=self.get_name())


class _EventLayer(_Raw):
    _template = _INIT

    def __init__(self, *, files: MapFiles | None, data: dict | None, basemap_url: str | None, lang: str,
                 bounds=None, tiles: dict | None = None):
        super().__init__()
        self._name = "EventLayer"
        if (data is None) == (files is None):
            raise ValueError("an event layer needs either map data or the files of its data, not both")
        config = {"bounds": [[float(x) for x in corner] for corner in bounds] if bounds else None,
                  "basemapUrl": basemap_url, "lang": lang, "words": words(lang), "tiles": tiles,
                  "areaTitle": "Draw an area to filter by" if lang != "ar" else "ارسم منطقة للتصفية"}
        if data is not None:
            config.update(points=data["points"], details=data["details"], chunk=max(1, len(data["details"]["date"])))
        else:
            config.update(pointsUrl=files.points_url, detailsUrl=files.details_url, chunk=int(files.chunk))
        self.config_json = _script_json(config)


class _Selection(_Raw):
    _template = _SELECTION

    def __init__(self, bits: str | None, legend: dict | None, bbox, focus: int | None, frame=None, view=None):
        super().__init__()
        self._name = "EventSelection"
        self.selection_json = _script_json({
            "bits": bits, "legend": legend, "bbox": [float(x) for x in bbox] if bbox else None,
            "focus": None if focus is None else int(focus),
            "view": [float(view[0]), float(view[1]), int(view[2])] if view else None,
            "frame": frame if frame in (None, True, False) else [[float(x) for x in c] for c in frame]})


_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def _script_json(value) -> str:
    """JSON safe inside a <script> element of a folium template.

    No "<", ">" or "&" survive unescaped (a "</script>" in article text cannot end the script), and
    no "{{", "{%" or "{#" either: branca compiles rendered scripts as Jinja templates, so article
    text must never reach it as template syntax (JSON structure never produces those pairs, so only
    text inside strings changes, and it reads back identical).
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _JINJA_OPEN.sub(r"\\u007b", text)


#: The smallest first view, in degrees (about 11 km): events all at one place are shown in their
#: surroundings, not at the deepest zoom (where a map with no tile layer has no zoom limit at all).
MIN_SPAN = 0.1


def map_bounds(data: dict):
    """[[south, west], [north, east]] of the drawn rows of ``map_data`` (None for fewer than two),
    at least ``MIN_SPAN`` degrees on each side."""
    points = data["points"]
    lats = [x for x in points["lat"] if x is not None]
    lons = [x for x in points["lon"] if x is not None]
    if len(lats) < 2:
        return None
    (s, n), (w, e) = (min(lats), max(lats)), (min(lons), max(lons))
    if n - s < MIN_SPAN:
        s, n = (s + n - MIN_SPAN) / 2, (s + n + MIN_SPAN) / 2
    if e - w < MIN_SPAN:
        w, e = (w + e - MIN_SPAN) / 2, (w + e + MIN_SPAN) / 2
    return [[s, w], [n, e]]


def base_map(profile: Profile | None = None, *, files: MapFiles | None = None, data: dict | None = None, bounds=None,
             asset_base: str = STATIC_PREFIX, app_base: str | None = None, tiles: bool = True,
             basemap: dict | None = None, basemap_url: str | None = BASEMAP_URL,
             center: tuple[float, float] | None = None, zoom: int | None = None, lang: str = "en") -> folium.Map:
    """The map without a selection: Leaflet (offline), base layers, the event canvas and its controls.

    The events come from ``data`` (``map_data``, embedded) or from ``files`` (``write_map_data``);
    nothing is drawn until a ``selection_layer`` says which rows
    to show. ``bounds`` ([[south, west], [north, east]]) is the first view. ``asset_base`` is where the
    browser finds Leaflet (Streamlit's static serving by default; a ``file://`` or relative path for a
    saved page); ``basemap_url`` the folder where it fetches the offline borders and districts
    (``BASEMAP_FILES``), or ``basemap`` embeds a GeoJSON of borders instead.
    """
    if center is None:
        if bounds:
            (s, w), (n, e) = bounds
            center = ((s + n) / 2, (w + e) / 2)
        elif profile and profile.theatre.bbox:
            s, w, n, e = profile.theatre.bbox
            center = ((s + n) / 2, (w + e) / 2)
        else:
            center = (40.0, 46.5)
    m = folium.Map(location=list(center), zoom_start=zoom or 8, tiles=None, control_scale=True, max_zoom=18)
    base = asset_base.rstrip("/")
    m.default_js = [("leaflet", f"{base}/leaflet.js")]
    m.default_css = [("leaflet_css", f"{base}/leaflet.css")]
    m.get_root().header.add_child(Element(f"<script>if (window.L) {{ L.Icon.Default.imagePath = '{base}/images/'; }}</script>"))
    app = (app_base or APP_PREFIX).rstrip("/")
    m.default_js = m.default_js + [("conflictmap", f"{app}/conflictmap.js")]
    m.default_css = m.default_css + [("conflictmap_css", f"{app}/conflictmap.css")]
    if basemap is not None:
        folium.GeoJson(basemap, name="borders", style_function=lambda f: {
            "color": "#888888", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 1.0}, control=False).add_to(m)
    # Online tiles are added by the browser only once one of them has loaded (with their credit
    # then, never on an offline map).
    _EventLayer(files=files, data=data, basemap_url=basemap_url, lang=lang, tiles=ONLINE_TILES if tiles else None,
                bounds=bounds if zoom is None else None).add_to(m)
    return m


def selection_layer(bits: str | None, *, legend: dict | None, bbox=None, focus: int | None = None,
                    frame=None, view=None) -> folium.FeatureGroup:
    """The rows to show (``selection_bits``; None for all), the legend of their counts
    (``legend_data``), the area filter ``bbox`` (south, west, north, east) outlined, the row whose
    popup opens (``focus``, a row of the map data: the table's selected event), and whether to zoom
    to the shown events (``frame``: True, or [[south, west], [north, east]] to fall back on when none
    is drawn; ``view``, (lat, lon, zoom) from a shared link, wins over it once): a feature group that
    streamlit-folium can swap on a filter change (``feature_group_to_add``) without rebuilding the map."""
    fg = folium.FeatureGroup(name="selection", control=False)
    _Selection(bits, legend, bbox, focus, frame, view).add_to(fg)
    return fg


def build_map(events: Sequence[Event], profile: Profile | None = None, *, asset_base: str = STATIC_PREFIX,
              app_base: str | None = None, tiles: bool = True, basemap: dict | None = None, basemap_url: str | None = BASEMAP_URL,
              bbox: tuple[float, float, float, float] | None = None, center: tuple[float, float] | None = None,
              zoom: int | None = None, lang: str = "en") -> folium.Map:
    """A self-contained map of ``events`` (a sequence of ``Event`` or a frame): the data embedded,
    every event shown, a legend with counts. For saved pages and small maps; the app uses
    ``base_map`` + ``selection_layer`` so that a filter change does not rebuild the map."""
    df = _frame(events)
    data = map_data(df, profile, lang=lang)
    m = base_map(profile, data=data, bounds=map_bounds(data), asset_base=asset_base, app_base=app_base, tiles=tiles,
                 basemap=basemap, basemap_url=basemap_url, center=center, zoom=zoom, lang=lang)
    selection_layer(None, legend=legend_data(df, profile, lang=lang), bbox=bbox).add_to(m)
    return m
