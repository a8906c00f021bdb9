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
           "legend_html", "map_bounds", "MapFiles", "DETAILS_CHUNK", "leaflet_asset_dir", "install_static_assets", "STATIC_PREFIX", "DATA_PREFIX",
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

#: Words of the popup and legend, in the interface's language.
LABELS = {
    "en": {"claimed_by": "claimed by", "denial": "denial", "attacker": "attacker", "unknown": "unknown",
           "killed": "killed", "injured": "injured", "contested": "contested: another party claims otherwise",
           "sources": "sources", "article": "article", "legend": "Claimed by", "type": "Type",
           "note": "dashed circle = district/region precision; black ring = contested",
           "here": "events here", "previous": "previous event here", "next": "next event here"},
    "ar": {"claimed_by": "الجهة المُعلِنة:", "denial": "نفي", "attacker": "المهاجم", "unknown": "غير معروف",
           "killed": "قتلى", "injured": "جرحى", "contested": "متنازع عليه: جهة أخرى تروي خلاف ذلك",
           "sources": "المصادر", "article": "المقال", "legend": "الجهة المُعلِنة", "type": "النوع",
           "note": "دائرة متقطعة = دقة على مستوى القضاء/الإقليم؛ حلقة سوداء = متنازع عليه",
           "here": "أحداث في هذا الموضع", "previous": "الحدث السابق هنا", "next": "الحدث التالي هنا"},
}


def leaflet_asset_dir() -> Path:
    """Folder of Leaflet 1.9.4's JS, CSS and images inside the installed package."""
    import js_lib_leaflet

    return Path(js_lib_leaflet.__file__).resolve().parent / "static" / "js_lib_leaflet"


def install_static_assets(static_dir: str | Path) -> Path:
    """Copy Leaflet (from its package) and the offline borders and districts (from ``data/basemap``)
    under ``static_dir/vendor/`` for Streamlit's static serving (generated at start-up, not committed)."""
    src = leaflet_asset_dir()
    dest = Path(static_dir) / "vendor" / "leaflet"
    marker = dest / ".version"
    version = (src / "leaflet.js").stat().st_size
    if not marker.exists() or marker.read_text() != str(version):
        if dest.exists():
            shutil.rmtree(dest)
        shutil.copytree(src, dest, ignore=shutil.ignore_patterns("*.map", "*.esm.js"))
        marker.write_text(str(version))
    base = Path(static_dir) / "vendor" / "basemap"
    base.mkdir(parents=True, exist_ok=True)
    for name in BASEMAP_FILES:
        src_file, target = BASEMAP_DIR / name, base / name
        if not target.exists() or target.stat().st_size != src_file.stat().st_size:
            shutil.copyfile(src_file, target)
    return dest


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _frame(events):
    """A DataFrame of events (``FRAME_COLUMNS``) from a DataFrame or a sequence of ``Event``."""
    return events if hasattr(events, "columns") else events_frame(list(events))


def _none(v):
    """A JSON-able scalar: pandas' NaN/NA/None become None, numpy numbers plain numbers."""
    if v is None or v != v:  # NaN
        return None
    return v.item() if hasattr(v, "item") else v


def _labels(lang: str) -> dict:
    return LABELS.get(lang, LABELS["en"])


def map_data(events, profile: Profile | None = None, *, lang: str = "en") -> dict:
    """The columns a map draws (``points``) and shows in popups (``details``), row for row.

    ``events``: a DataFrame as ``EventStore.frame`` returns it, or a sequence of ``Event``. Rows that
    are not drawn (no coordinates, or country precision) keep their place with ``lat``/``lon`` null,
    so that a selection bitmap indexes the same rows as the table it came from.
    """
    df = _frame(events)
    parties = list(profile.parties) if profile else []
    ids = [p.id for p in parties]
    lab = "label_ar" if lang == "ar" else "label_en"
    claimants = df["claimant"].tolist()
    extra = sorted({c for c in claimants if c not in ids})
    palette = [p.color for p in parties] + [UNKNOWN_COLOR] * len(extra)
    names = [(getattr(p, lab) or p.label_en or p.id) for p in parties] + extra
    index = {c: i for i, c in enumerate(ids + extra)}
    shape_of = {t: SHAPES.index(s) for t, (s, _) in TYPE_SHAPES.items()}
    lat, lon, radius = [], [], []
    for la, lo, prec, rk in zip(df["lat"].tolist(), df["lon"].tolist(), df["precision"].tolist(),
                                df["radius_km"].tolist()):
        la, lo, rk = _none(la), _none(lo), _none(rk)
        drawn = la is not None and lo is not None and prec != "country"
        lat.append(round(la, 5) if drawn else None)
        lon.append(round(lo, 5) if drawn else None)
        radius.append(round((rk or DEFAULT_RADIUS_KM[prec]) * 1000) if drawn and prec in DEFAULT_RADIUS_KM else 0)
    points = {
        "n": len(df), "lat": lat, "lon": lon, "palette": palette, "names": names,
        "c": [index[c] for c in claimants], "s": [shape_of.get(t, 0) for t in df["event_type"].tolist()],
        "r": radius, "x": [1 if x else 0 for x in df["contested"].tolist()],
    }
    hl = []
    for ev, es, ps, pe in zip(df["evidence"].tolist(), df["evidence_start"].tolist(), df["place_start"].tolist(),
                              df["place_end"].tolist()):
        a, b = int(ps) - int(es), int(pe) - int(es)
        hl.append([a, b] if int(ps) >= 0 and int(es) >= 0 and 0 <= a < b <= len(ev or "") else None)
    urls = [u if isinstance(u, str) and u.lower().startswith(("http://", "https://")) else ""
            for u in df["url"].tolist()]
    source = [_none(s) or a for s, a in zip(df["source"].tolist(), df["article"].tolist())]
    details = {
        "date": [d.isoformat() for d in df["date"].tolist()], "dp": df["date_precision"].tolist(),
        "stance": df["stance"].tolist(), "attacker": [_none(a) for a in df["attacker"].tolist()],
        "type": df["event_type"].tolist(), "place_ar": df["place_ar"].tolist(), "place_en": df["place_en"].tolist(),
        "precision": df["precision"].tolist(), "killed": [_none(k) for k in df["killed"].tolist()],
        "injured": [_none(k) for k in df["injured"].tolist()], "ev": df["evidence"].tolist(), "hl": hl,
        "src": source, "url": urls, "ns": [int(n) for n in df["n_sources"].tolist()],
        "id": df["event_id"].tolist(),
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


def legend_html(events, profile: Profile | None = None, *, lang: str = "en") -> str:
    """The legend: events per claimant (profile colours) and per type; every value escaped."""
    df = _frame(events)
    lab = _labels(lang)
    drawn_or_not = df["claimant"].value_counts().to_dict() if len(df) else {}
    rows = []
    parties = profile.parties if profile else ()
    for p in parties:
        if p.id in drawn_or_not:
            name = (p.label_ar if lang == "ar" else p.label_en) or p.label_en
            rows.append(f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
                        f'background:{_esc(p.color)};margin:0 6px"></span>{_esc(name)}: {drawn_or_not[p.id]}</div>')
    for c, n in sorted(drawn_or_not.items()):
        if not profile or c not in profile.party_ids:
            rows.append(f"<div>{_esc(c)}: {n}</div>")
    types = df["event_type"].value_counts().to_dict() if len(df) else {}
    if types:
        rows.append(f'<div style="margin-top:4px"><b>{_esc(lab["type"])}</b></div>')
        rows.extend(f"<div>{TYPE_SHAPES.get(ty, ('', '●'))[1]} {_esc(ty.replace('_', ' '))}: {n}</div>"
                    for ty, n in sorted(types.items()))
    direction = "rtl" if lang == "ar" else "ltr"
    return (f'<div dir="{direction}" style="'
            'background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;font:12px sans-serif;'
            f'box-shadow:0 1px 4px rgba(0,0,0,.3)"><b>{_esc(lab["legend"])}</b>' + "".join(rows) +
            f'<div style="margin-top:4px;color:#555">{_esc(lab["note"])}</div></div>')


class MapFiles(NamedTuple):
    """Where the browser fetches a map's data: the points file, and the details files of each
    ``chunk`` rows (``details_url`` with ``{k}`` for the chunk number)."""

    points_url: str
    details_url: str
    chunk: int


def write_map_data(static_dir: str | Path, key: str, data: dict, *, chunk: int = DETAILS_CHUNK) -> MapFiles:
    """Write ``map_data`` under ``static_dir/mapdata/``, named after ``key`` (what the data depend
    on: store, revision, profile, language): one points file (fetched at first render) and the
    details in files of ``chunk`` rows (fetched when a popup or tooltip needs one of their rows).

    Files are written once per key (atomically, so a reader never sees half a file) and only those
    of the newest ``KEEP_DATA_FILES`` keys are kept.
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
    for k in range(max(1, -(-n // chunk))):
        put(folder / f"{name}-details-{k}.json", {col: vals[k * chunk:(k + 1) * chunk] for col, vals in d.items()})
    put(points, data["points"])  # last: its presence says the set is complete
    keys = sorted(folder.glob("*-points.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in keys[KEEP_DATA_FILES:]:
        stem = old.name[:-len("-points.json")]
        for f in folder.glob(f"{stem}-*"):
            f.unlink(missing_ok=True)
    return MapFiles(f"{DATA_PREFIX}/{points.name}", f"{DATA_PREFIX}/{name}-details-{{k}}.json", chunk)


_BASE = Template("""
{% macro script(this, kwargs) %}
(function() {
  var map = {{ this._parent.get_name() }};
  var firstDrawn = new Promise(function(r) { map.conflictmapFirstDrawn = r; });
  {% if this.bounds_json != 'null' %}
  // The first view, set at once: an animated pan (folium's fit_bounds) would end after the events
  // are drawn, and its moveend would draw them all again.
  map.fitBounds({{ this.bounds_json }}, {padding: [30, 30], animate: false});
  {% endif %}
  var WORDS = {{ this.labels_json }};
  {% if this.basemap_url %}
  // Offline base layers under everything (online tiles, when they load, cover them): country
  // borders, then the theatre's districts as thin dashed lines.
  map.createPane('basemap'); map.getPane('basemap').style.zIndex = 150;
  var BASE = [{file: 'countries.geojson', style: {color: '#9a9a9a', weight: 1, fillColor: '#f2efe9', fillOpacity: 1}},
              {file: 'districts.geojson', style: {color: '#a39e93', weight: 0.7, dashArray: '3 3', fill: false}}];
  // Fetched at once but read and drawn once the events' first draw is on screen (or after 2 s):
  // the events are what the page is for, and the world's borders cost the main thread about as much.
  var afterFirstDraw = Promise.race([
    firstDrawn.then(function() { return new Promise(function(r) { requestAnimationFrame(function() { setTimeout(r, 0); }); }); }),
    new Promise(function(r) { setTimeout(r, 2000); })]);
  Promise.all(BASE.map(function(b) { return getText({{ this.basemap_url_json }} + '/' + b.file); }).concat([afterFirstDraw]))
  .then(function(texts) {
    // Added a slice of features per task, so that no frame waits for the whole world's borders.
    var renderer = L.canvas({pane: 'basemap'}), todo = [];
    BASE.forEach(function(b, i) {
      var group = L.geoJSON(null, {pane: 'basemap', interactive: false, renderer: renderer, style: b.style}).addTo(map);
      var features = JSON.parse(texts[i]).features;
      for (var k = 0; k < features.length; k += 40) { todo.push([group, features.slice(k, k + 40)]); }
    });
    return new Promise(function(resolve, reject) {
      (function next() {
        try {
          var job = todo.shift();
          if (!job) { resolve(); return; }
          job[0].addData({type: 'FeatureCollection', features: job[1]});
          setTimeout(next, 0);
        } catch (err) { reject(err); }
      })();
    });
  }).then(function() { map.getContainer().setAttribute('data-basemap', 'loaded'); })
  .catch(function(err) { map.getContainer().setAttribute('data-basemap', 'failed: ' + err); });
  {% endif %}
  function fetched(url) {
    return fetch(url).then(function(r) { if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); } return r; });
  }
  function getJSON(url) { return fetched(url).then(function(r) { return r.json(); }); }
  function getText(url) { return fetched(url).then(function(r) { return r.text(); }); }
  var pointsReady = {{ this.points_js }};
  // Details (dates, names, evidence) come in chunks of CHUNK rows, each fetched the first time one
  // of its rows is hovered or clicked: the first render needs none of them.
  var detailsUrl = {{ this.details_url_json }}, detailsInline = {{ this.details_js }}, CHUNK = {{ this.chunk }};
  var chunks = {};
  function detailsOf(i) {
    var k = Math.floor(i / CHUNK);
    if (!chunks[k]) { chunks[k] = detailsInline ? Promise.resolve(detailsInline) : getJSON(detailsUrl.replace('{k}', k)); }
    return chunks[k].then(function(D) { return {D: D, j: i - k * CHUNK}; });
  }
  var SHAPES = {triangle: [[0, -1.2], [1.1, 0.8], [-1.1, 0.8]], down: [[0, 1.2], [1.1, -0.8], [-1.1, -0.8]],
    diamond: [[0, -1.25], [1.1, 0], [0, 1.25], [-1.1, 0]], square: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
    cross: [[-0.35, -1], [0.35, -1], [0.35, -0.35], [1, -0.35], [1, 0.35], [0.35, 0.35], [0.35, 1],
            [-0.35, 1], [-0.35, 0.35], [-1, 0.35], [-1, -0.35], [-0.35, -0.35]]};
  var SHAPE_NAMES = {{ this.shapes_json }};
  // Marker radius in pixels: 7, smaller where tens of thousands of markers are drawn at once (less
  // clutter, and a quicker draw); set by each draw.
  var R = 7, PAD = 0.3, STACK = 255;
  function radiusFor(n) { return n > 20000 ? 5 : (n > 8000 ? 6 : 7); }

  // Text-only DOM helpers: article text only ever becomes text nodes.
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    for (var k in (attrs || {})) { e.setAttribute(k, attrs[k]); }
    return e;
  }
  function line(box, parts) {
    var d = document.createElement('div');
    parts.forEach(function(p) { d.appendChild(typeof p === 'string' ? document.createTextNode(p) : p); });
    box.appendChild(d);
    return d;
  }
  function popupNode(P, D, i, j) {
    var box = el('div', null, {'class': 'conflictmap-popup'});
    line(box, [el('b', D.date[j]), ' (' + D.dp[j] + ')']);
    line(box, [WORDS.claimed_by + ' ', el('b', P.names[P.c[i]]), D.stance[j] === 'denial' ? ' (' + WORDS.denial + ')' : '']);
    line(box, [WORDS.attacker + ': ' + (D.attacker[j] || WORDS.unknown) + ' \\u00b7 ' + String(D.type[j]).replace('_', ' ')]);
    line(box, [el('span', D.place_ar[j], {dir: 'rtl', lang: 'ar'}), ' \\u00b7 ' + D.place_en[j] + ' (' + D.precision[j] + ')']);
    var cas = [];
    if (D.killed[j] !== null) { cas.push(WORDS.killed + ' ' + D.killed[j]); }
    if (D.injured[j] !== null) { cas.push(WORDS.injured + ' ' + D.injured[j]); }
    if (cas.length) { line(box, [cas.join(', ')]); }
    if (P.x[i]) { line(box, [el('b', WORDS.contested)]); }
    var ev = String(D.ev[j] || ''), h = D.hl[j];
    var evd = line(box, h ? [ev.slice(0, h[0]), el('mark', ev.slice(h[0], h[1])), ev.slice(h[1])] : [ev]);
    evd.setAttribute('dir', 'rtl'); evd.setAttribute('lang', 'ar'); evd.className = 'conflictmap-evidence';
    evd.style.textAlign = 'right'; evd.style.maxWidth = '320px';
    var src = [String(D.src[j] || '')];
    if (/^https?:\\/\\//i.test(D.url[j] || '')) {
      var a = el('a', WORDS.article, {target: '_blank', rel: 'noopener noreferrer'});
      a.href = D.url[j];
      src.push(' \\u00b7 ', a);
    }
    src.push(' \\u00b7 ' + WORDS.sources + ': ' + D.ns[j]);
    line(box, src);
    return box;
  }

  // Every event on one canvas: points projected once, a redraw is a loop over numbers.
  var EventCanvas = L.Layer.extend({
    initialize: function(P) {
      // Nothing is drawn until the first selection arrives (drawing everything first would cost a
      // second full draw at first render).
      this.P = P; this.sel = null; this.selected = false; this.order = []; this.nmarks = 0; this.draws = 0;
      this.sx = null; this.sy = null; this.sr = null;
      var n = P.n; this.px = new Float64Array(n); this.py = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        if (P.lat[i] === null) { continue; }
        // Spherical Mercator at zoom 0 (what L.CRS.EPSG3857 computes), without an object per point.
        var lat = Math.max(Math.min(P.lat[i], 85.0511287798), -85.0511287798) * Math.PI / 180;
        this.px[i] = 256 * (0.5 + P.lon[i] / 360);
        this.py[i] = 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI));
      }
    },
    onAdd: function(map) {
      this._map = map;
      var c = this._canvas = L.DomUtil.create('canvas', 'conflictmap-events leaflet-zoom-animated');
      c.style.pointerEvents = 'none';
      map.getPane('overlayPane').appendChild(c);
      map.on('moveend zoomend resize viewreset', this._reset, this);
      map.on('zoomanim', this._animate, this);
      map.on('click', this._click, this);
      map.on('mousemove', this._hover, this);
      map.on('mouseout', this._hideTip, this);
      this._reset();
    },
    onRemove: function(map) {
      L.DomUtil.remove(this._canvas);
      map.off('moveend zoomend resize viewreset', this._reset, this);
      map.off('zoomanim', this._animate, this);
      map.off('click', this._click, this); map.off('mousemove', this._hover, this); map.off('mouseout', this._hideTip, this);
    },
    select: function(mask) { this.sel = mask; this.selected = true; this._drawn = null; this._reset(); return this.count(); },
    count: function() {
      var P = this.P, n = 0;
      for (var i = 0; i < P.n; i++) { if (P.lat[i] !== null && (!this.sel || this.sel[i])) { n++; } }
      return n;
    },
    _animate: function(e) {
      this._drawn = null;  // the canvas is scaled or hidden now: the next reset draws, whatever the view
      if (!this._map._latLngBoundsToNewLayerBounds) { this._canvas.style.visibility = 'hidden'; return; }
      var scale = this._map.getZoomScale(e.zoom);
      var offset = this._map._latLngBoundsToNewLayerBounds(this._bounds, e.zoom, e.center).min;
      L.DomUtil.setTransform(this._canvas, offset, scale);
    },
    _reset: function() {
      if (!this.selected) { return; }
      var map = this._map, size = map.getSize(), pad = size.multiplyBy(PAD).round();
      var topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
      var w = size.x + 2 * pad.x, h = size.y + 2 * pad.y, ratio = window.devicePixelRatio || 1, c = this._canvas;
      // The same selection over the same view is not drawn twice (a moveend after a pan of no
      // pixels, or a resize to the same size, would cost a whole redraw).
      var origin = map.getPixelOrigin(), key = [map.getZoom(), origin.x, origin.y, topLeft.x, topLeft.y, w, h, ratio].join();
      if (key === this._drawn) { return; }
      this._drawn = key;
      this._bounds = L.latLngBounds(map.layerPointToLatLng(topLeft), map.layerPointToLatLng(topLeft.add([w, h])));
      L.DomUtil.setPosition(c, topLeft);  // also undoes a zoom animation's scale
      c.style.visibility = '';
      c.width = Math.round(w * ratio); c.height = Math.round(h * ratio);
      c.style.width = w + 'px'; c.style.height = h + 'px';
      var ctx = c.getContext('2d');
      this._draw(ctx, w, h, map.getPixelOrigin().add(topLeft), Math.pow(2, map.getZoom()), pad);
    },
    // A small canvas with one marker (or uncertainty circle) drawn once and stamped many times:
    // stamping is ten times cheaper than filling a path in a browser without a GPU.
    _sprite: function(ci, si, cont, rpx, ratio, stack) {
      // Circles of a radius (district/region events) have no type shape: one sprite for all types.
      var key = ci + '|' + (rpx ? 'c' + rpx : si + '|R' + R) + '|' + cont + (stack > 1 ? '*' + stack : ''), sp = this._sprites[key];
      if (sp) { return sp; }
      if (stack > 1) {
        // k identical stamps on one spot, composed once: the same pixels as stamping k times
        // (source-over of one colour k times is that colour at alpha 1 - (1 - a)^k).
        var one = this._sprite(ci, si, cont, rpx, ratio, 1);
        sp = document.createElement('canvas'); sp.width = one.width; sp.height = one.height; sp.half = one.half;
        var sctx = sp.getContext('2d');
        for (var k = 0; k < stack; k++) { sctx.drawImage(one, 0, 0); }
        this._sprites[key] = sp;
        return sp;
      }
      // Big enough for the shape (1.25 R at most), its stroke (3 px when contested) and antialiasing.
      var P = this.P, col = P.palette[ci], half = Math.ceil((rpx || R * 1.25) + 2.5), size = Math.ceil(2 * half * ratio);
      sp = document.createElement('canvas'); sp.width = size; sp.height = size;
      var ctx = sp.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      this._shape(ctx, half, half, si, rpx);
      this._paint(ctx, col, cont, rpx);
      sp.half = half;
      this._sprites[key] = sp;
      return sp;
    },
    _shape: function(ctx, cx, cy, si, rpx) {
      ctx.beginPath();
      var pts = rpx ? null : SHAPES[SHAPE_NAMES[si]];
      if (pts) {
        ctx.moveTo(cx + pts[0][0] * R, cy + pts[0][1] * R);
        for (var j = 1; j < pts.length; j++) { ctx.lineTo(cx + pts[j][0] * R, cy + pts[j][1] * R); }
        ctx.closePath();
      } else { ctx.arc(cx, cy, rpx || R, 0, 2 * Math.PI); }
    },
    _paint: function(ctx, col, cont, rpx) {
      ctx.setLineDash(rpx ? [6, 4] : []);
      ctx.globalAlpha = rpx ? 0.12 : 0.85; ctx.fillStyle = col; ctx.fill();
      ctx.globalAlpha = 0.9; ctx.lineWidth = cont ? 3 : (rpx ? 1.5 : 1); ctx.strokeStyle = cont ? '#000000' : col;
      ctx.stroke();
      ctx.globalAlpha = 1; ctx.setLineDash([]);
    },
    _draw: function(ctx, w, h, origin, scale, pad) {
      var P = this.P, n = P.n, sel = this.sel, i, k, ratio = window.devicePixelRatio || 1;
      this.draws++;  // whole redraws, for tests: a first render draws once
      var sx = this.sx = new Float32Array(n), sy = this.sy = new Float32Array(n), sr = this.sr = new Float32Array(n);
      var circles = [], marks = [];
      var mpp = 40075016.686 / (256 * scale);  // metres per pixel at the equator
      for (i = 0; i < n; i++) {
        if (P.lat[i] === null || (sel && !sel[i])) { continue; }
        var x = this.px[i] * scale - origin.x, y = this.py[i] * scale - origin.y;
        var r = P.r[i] ? Math.max(2, Math.round(P.r[i] / (mpp * Math.cos(P.lat[i] * Math.PI / 180)))) : R;
        if (x < -r - 4 || y < -r - 4 || x > w + r + 4 || y > h + r + 4) { continue; }
        sx[i] = x - pad.x; sy[i] = y - pad.y; sr[i] = r;
        (P.r[i] ? circles : marks).push(i);
      }
      R = radiusFor(marks.length);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      if (Object.keys(this._sprites || {}).length > 5000) { this._sprites = {}; }
      this._sprites = this._sprites || {};
      var visible = this._visible(this._stacks(marks, ratio, pad, false), w, h, pad);
      var all = this._stacks(circles, ratio, pad, true).concat(visible);
      var stacks = this._stack;
      for (k = 0; k < all.length; k++) {
        i = all[k];
        var rpx = P.r[i] ? sr[i] : 0, cx = sx[i] + pad.x, cy = sy[i] + pad.y;
        if (rpx > 160) {  // a big circle (zoomed in): a path, cheaper than a huge stamp
          ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
          this._shape(ctx, cx, cy, 0, rpx);
          this._paint(ctx, P.palette[P.c[i]], P.x[i], rpx);
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          continue;
        }
        var sp = this._sprite(P.c[i], P.s[i], P.x[i], rpx, ratio, stacks[i]);
        ctx.drawImage(sp, Math.round((cx - sp.half) * ratio), Math.round((cy - sp.half) * ratio));
      }
      this.order = all;
      this.nmarks = visible.length;
    },
    // Markers (or circles) of one sprite on the same device pixel (events of one place, claimant
    // and type; district events at their district's centre) are stamped once, with a sprite of
    // their pile composed beforehand (piles of up to STACK; beyond that even a 5%-alpha edge pixel
    // is opaque to 1 in 400,000). Keeps the topmost of each pile; this._stack[i] is its height.
    // Circles too big for a sprite (drawn as paths) are not piled.
    _stacks: function(items, ratio, pad, circles) {
      var P = this.P, stack = this._stack = this._stack || new Uint8Array(P.n), seen = new Map(), keep = [];
      var half = Math.ceil(R * 1.25 + 2.5), k, i, key, top, rpx;
      for (k = items.length - 1; k >= 0; k--) {
        i = items[k];
        rpx = circles ? this.sr[i] : 0;
        if (rpx > 160) { stack[i] = 1; keep.push(i); continue; }
        if (circles) { half = Math.ceil(rpx + 2.5); }
        key = ((Math.round((this.sy[i] + pad.y - half) * ratio) + 64) * 16384 + Math.round((this.sx[i] + pad.x - half) * ratio) + 64) * 1048576
              + rpx * 4096 + P.c[i] * 64 + (circles ? 0 : P.s[i] * 2) + (P.x[i] ? 1 : 0);
        top = seen.get(key);
        if (top === undefined) { seen.set(key, i); stack[i] = 1; keep.push(i); }
        else if (stack[top] < STACK) { stack[top]++; }
      }
      return keep.reverse();
    },
    // Where markers pile up, most are hidden under later ones: walk from the top down over a grid of
    // cells of half a marker and skip a marker whose core lies on cells already covered by the
    // opaque cores of markers above it (what it would add is a sliver under 15% opacity).
    _visible: function(marks, w, h, pad) {
      if (marks.length < 2000) { return marks; }
      var G = Math.max(2, Math.floor(R / 2)), gw = Math.ceil(w / G) + 1, gh = Math.ceil(h / G) + 1;
      var cover = new Uint8Array(gw * gh), keep = [], core = R * 0.55, k, i, a, b, c, d, x, y, hidden;
      for (k = marks.length - 1; k >= 0; k--) {
        i = marks[k];
        var cx = this.sx[i] + pad.x, cy = this.sy[i] + pad.y;
        a = Math.max(0, Math.floor((cx - core) / G)); b = Math.min(gw - 1, Math.floor((cx + core) / G));
        c = Math.max(0, Math.floor((cy - core) / G)); d = Math.min(gh - 1, Math.floor((cy + core) / G));
        hidden = true;
        for (y = c; y <= d && hidden; y++) { for (x = a; x <= b; x++) { if (!cover[y * gw + x]) { hidden = false; break; } } }
        if (hidden) { continue; }
        keep.push(i);
        // Cells wholly inside this marker's core are covered from now on.
        for (y = Math.ceil((cy - core) / G); (y + 1) * G <= cy + core; y++) {
          for (x = Math.ceil((cx - core) / G); (x + 1) * G <= cx + core; x++) {
            if (x >= 0 && y >= 0 && x < gw && y < gh) { cover[y * gw + x] = 1; }
          }
        }
      }
      return keep.reverse();
    },
    // The event under a container point: the topmost marker within reach, else the smallest circle around it.
    hit: function(cp) {
      var o = this.order, best = -1, bestD = Infinity, k, i, dx, dy, d;
      for (k = o.length - 1; k >= o.length - this.nmarks; k--) {
        i = o[k]; dx = this.sx[i] - cp.x; dy = this.sy[i] - cp.y; d = dx * dx + dy * dy;
        if (d <= (R + 3) * (R + 3) && d < bestD) { best = i; bestD = d; }
      }
      if (best >= 0) { return best; }
      for (k = 0; k < o.length - this.nmarks; k++) {
        i = o[k]; dx = this.sx[i] - cp.x; dy = this.sy[i] - cp.y;
        if (dx * dx + dy * dy <= this.sr[i] * this.sr[i] && this.sr[i] < bestD) { best = i; bestD = this.sr[i]; }
      }
      return best;
    },
    // Every drawn event under the marker (or circle) of event i, i first, then from the top down:
    // markers whose centres lie within half a marker of its centre, or circles of the same centre
    // and radius. A pile of events at one place is one stamp; its popup pages through them all.
    here: function(i) {
      var P = this.P, sx = this.sx, sy = this.sy, sr = this.sr, out = [i], j, dx, dy, lim = (R / 2) * (R / 2);
      if (!sr || !sr[i]) { return out; }
      for (j = P.n - 1; j >= 0; j--) {
        if (j === i || !sr[j] || (this.sel && !this.sel[j]) || !P.r[j] !== !P.r[i]) { continue; }
        dx = sx[j] - sx[i]; dy = sy[j] - sy[i];
        if (P.r[i] ? (Math.round(dx) === 0 && Math.round(dy) === 0 && sr[j] === sr[i]) : dx * dx + dy * dy <= lim) { out.push(j); }
      }
      return out;
    },
    _click: function(e) { var i = this.hit(e.containerPoint); if (i >= 0) { this.openPopup(i, this.here(i)); } },
    // The popup of event i; with a list of the events at its spot, '‹ 1 / n ›' pages through them.
    openPopup: function(i, list) {
      var P = this.P, map = this._map, popup = L.popup({maxWidth: 360}).setLatLng([P.lat[i], P.lon[i]]);
      list = list && list.length ? list : [i];
      function show(k) {
        var row = list[k];
        return detailsOf(row).then(function(d) {
          var box = popupNode(P, d.D, row, d.j);
          if (list.length > 1) {
            var nav = el('div', null, {'class': 'conflictmap-pile'});
            [['\\u2039', WORDS.previous, -1], ['\\u203a', WORDS.next, 1]].forEach(function(b, n) {
              var a = el('a', b[0], {href: '#', role: 'button', title: b[1], 'class': 'conflictmap-pile-' + (b[2] < 0 ? 'prev' : 'next')});
              a.style.padding = '0 6px'; a.style.fontWeight = 'bold';
              L.DomEvent.on(a, 'click', function(ev) { L.DomEvent.stop(ev); show((k + b[2] + list.length) % list.length); });
              if (n === 1) {  // '2 / 3' kept left to right whatever the language around it
                nav.appendChild(el('span', (k + 1) + ' / ' + list.length, {dir: 'ltr'}));
                nav.appendChild(el('span', ' ' + WORDS.here + ' '));
              }
              nav.appendChild(a);
            });
            box.insertBefore(nav, box.firstChild);
          }
          popup.setContent(box);
          if (!popup.isOpen()) { popup.openOn(map); }
          return d.D.id[d.j];
        });
      }
      return show(0);
    },
    _hover: function(e) {
      var self = this;
      if (self._pending) { return; }
      self._pending = true;
      L.Util.requestAnimFrame(function() {
        self._pending = false;
        var i = self.hit(e.containerPoint), P = self.P;
        self._map.getContainer().style.cursor = i >= 0 ? 'pointer' : '';
        self._hovered = i;
        if (i < 0) { self._hideTip(); return; }
        detailsOf(i).then(function(d) {
          if (self._hovered !== i) { return; }
          self._tip = self._tip || L.tooltip({direction: 'top', offset: [0, -8]});
          self._tip.setLatLng([P.lat[i], P.lon[i]]).setContent(el('span', P.names[P.c[i]] + ': ' + d.D.place_en[d.j]));
          self._map.openTooltip(self._tip);
        });
      });
    },
    _hideTip: function() { if (this._tip) { this._map.closeTooltip(this._tip); } },
    // For tests and scripts: what is drawn now, with colours and positions in the map's container.
    shown: function() {
      var P = this.P, out = [];
      for (var i = 0; i < P.n; i++) {
        if (P.lat[i] === null || (this.sel && !this.sel[i])) { continue; }
        var cp = this._map.latLngToContainerPoint([P.lat[i], P.lon[i]]);
        out.push({row: i, color: P.palette[P.c[i]], shape: SHAPE_NAMES[P.s[i]], radius: P.r[i], contested: !!P.x[i],
                  lat: P.lat[i], lon: P.lon[i], x: cp.x, y: cp.y});
      }
      return out;
    }
  });

  function decode(bits, n) {
    if (!bits) { return null; }
    var s = atob(bits), mask = new Uint8Array(n);
    for (var i = 0; i < n; i++) { mask[i] = (s.charCodeAt(i >> 3) >> (i & 7)) & 1; }
    return mask;
  }
  var legend = L.control({position: 'bottomleft'});
  legend.onAdd = function() { this._div = L.DomUtil.create('div', 'conflictmap-legend'); return this._div; };
  legend.addTo(map);
  var layer = null;
  var mark = function(name) { if (window.performance && performance.mark) { performance.mark('conflictmap:' + name); } };
  var ready = pointsReady.then(function(P) {
    mark('points');
    layer = new EventCanvas(P).addTo(map);
    window.conflictmapEvents = layer;
    return layer;
  });
  // Show a selection of the rows (a filter): called by the selection layer, again on every filter change.
  window.conflictmapShow = function(group, bits, legendHtml, bbox, focus) {
    legend._div.innerHTML = legendHtml;  // built and escaped on the server: counts and profile labels only
    if (bbox) {
      L.rectangle([[bbox[0], bbox[1]], [bbox[2], bbox[3]]],
                  {color: '#333333', weight: 1.5, dashArray: '5 4', fill: false, interactive: false}).addTo(group);
    }
    return ready.then(function(l) {
      mark('select');
      var n = l.select(decode(bits, l.P.n));
      mark('drawn');
      map.conflictmapCount = n;
      map.getContainer().setAttribute('data-event-count', String(n));
      map.conflictmapFirstDrawn();
      if (focus !== null && focus !== undefined && l.P.lat[focus] !== null) { l.openPopup(focus, l.here(focus)); }
      return n;
    }).catch(function(err) { map.getContainer().setAttribute('data-map-error', String(err)); });
  };
  // Area filter: the ▭ button arms a rectangle drawn by dragging; streamlit-folium reports it
  // as a drawing (window.drawnItems + the 'draw:created' event), and the app filters by its box.
  window.drawnItems = L.featureGroup().addTo(map);
  var armed = false, start = null, rect = null;
  var AreaControl = L.Control.extend({options: {position: 'topleft'}, onAdd: function() {
    var bar = L.DomUtil.create('div', 'leaflet-bar');
    var a = L.DomUtil.create('a', 'conflictmap-area', bar);
    a.href = '#'; a.title = {{ this.area_title_json }}; a.textContent = '\\u25AD'; a.setAttribute('role', 'button');
    L.DomEvent.on(a, 'click', function(ev) { L.DomEvent.stop(ev); armed = true; map.dragging.disable();
                                            map.getContainer().style.cursor = 'crosshair'; });
    return bar; }});
  new AreaControl().addTo(map);
  map.on('mousedown', function(e) { if (!armed) return; start = e.latlng;
    rect = L.rectangle([start, start], {color: '#333333', weight: 1.5, dashArray: '5 4', fill: false}).addTo(map); });
  map.on('mousemove', function(e) { if (rect && start) rect.setBounds(L.latLngBounds(start, e.latlng)); });
  map.on('mouseup', function(e) { if (!armed || !rect) return;
    armed = false; map.dragging.enable(); map.getContainer().style.cursor = '';
    map.removeLayer(rect); window.drawnItems.clearLayers(); window.drawnItems.addLayer(rect);
    map.fire('draw:created', {layer: rect, layerType: 'rectangle'}); rect = null; start = null; });
})();
{% endmacro %}
""")

_SELECTION = Template("""
{% macro script(this, kwargs) %}
window.conflictmapShow({{ this._parent.get_name() }}, {{ this.bits_json }}, {{ this.legend_json }}, {{ this.bbox_json }}, {{ this.focus_json }});
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
    _template = _BASE

    def __init__(self, *, files: MapFiles | None, data: dict | None, basemap_url: str | None, lang: str,
                 bounds=None):
        super().__init__()
        self.bounds_json = _script_json([[float(x) for x in corner] for corner in bounds] if bounds else None)
        self._name = "EventLayer"
        if (data is None) == (files is None):
            raise ValueError("an event layer needs either map data or the files of its data, not both")
        self.basemap_url = basemap_url
        self.basemap_url_json = _script_json(basemap_url)
        if data is not None:
            self.points_js = f"Promise.resolve({_script_json(data['points'])})"
            self.details_js = _script_json(data["details"])
            self.details_url_json, self.chunk = "null", max(1, len(data["details"]["date"]))
        else:
            self.points_js = f"getJSON({_script_json(files.points_url)})"
            self.details_js = "null"
            self.details_url_json, self.chunk = _script_json(files.details_url), int(files.chunk)
        self.labels_json = _script_json(_labels(lang))
        self.shapes_json = _script_json(list(SHAPES))
        self.area_title_json = _script_json("Draw an area to filter by" if lang != "ar" else "ارسم منطقة للتصفية")


class _Selection(_Raw):
    _template = _SELECTION

    def __init__(self, bits: str | None, legend: str, bbox, focus: int | None):
        super().__init__()
        self._name = "EventSelection"
        self.focus_json = _script_json(None if focus is None else int(focus))
        self.bits_json = _script_json(bits)
        self.legend_json = _script_json(legend)
        self.bbox_json = _script_json([float(x) for x in bbox] if bbox else None)


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


def base_map(profile: Profile | None = None, *, files: MapFiles | None = None, data: dict | None = None, bounds=None, asset_base: str = STATIC_PREFIX, tiles: bool = True,
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
    if basemap is not None:
        folium.GeoJson(basemap, name="borders", style_function=lambda f: {
            "color": "#888888", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 1.0}, control=False).add_to(m)
    if tiles:
        folium.TileLayer("OpenStreetMap", attr="&copy; OpenStreetMap contributors", max_zoom=18).add_to(m)
    _EventLayer(files=files, data=data, basemap_url=basemap_url, lang=lang,
                bounds=bounds if zoom is None else None).add_to(m)
    return m


def selection_layer(bits: str | None, *, legend: str, bbox=None, focus: int | None = None) -> folium.FeatureGroup:
    """The rows to show (``selection_bits``; None for all), the legend of their counts, the area
    filter ``bbox`` (south, west, north, east) outlined, and the row whose popup opens (``focus``, a
    row of the map data: the table's selected event): a feature group that streamlit-folium can
    swap on a filter change (``feature_group_to_add``) without rebuilding the map."""
    fg = folium.FeatureGroup(name="selection", control=False)
    _Selection(bits, legend, bbox, focus).add_to(fg)
    return fg


def build_map(events: Sequence[Event], profile: Profile | None = None, *, asset_base: str = STATIC_PREFIX,
              tiles: bool = True, basemap: dict | None = None, basemap_url: str | None = BASEMAP_URL,
              bbox: tuple[float, float, float, float] | None = None, center: tuple[float, float] | None = None,
              zoom: int | None = None, lang: str = "en") -> folium.Map:
    """A self-contained map of ``events`` (a sequence of ``Event`` or a frame): the data embedded,
    every event shown, a legend with counts. For saved pages and small maps; the app uses
    ``base_map`` + ``selection_layer`` so that a filter change does not rebuild the map."""
    df = _frame(events)
    data = map_data(df, profile, lang=lang)
    m = base_map(profile, data=data, bounds=map_bounds(data), asset_base=asset_base, tiles=tiles,
                 basemap=basemap, basemap_url=basemap_url, center=center, zoom=zoom, lang=lang)
    selection_layer(None, legend=legend_html(df, profile, lang=lang), bbox=bbox).add_to(m)
    return m
