"""The map: events -> a folium.Map, built by pure code (no Streamlit here).

Events are one canvas-rendered GeoJSON layer (never one DOM marker per event), coloured by
claimant. District- and region-level events are drawn as circles of the place's radius (their
uncertainty), not as pins; country-level events are not drawn (the app lists them). Leaflet comes
from the installed ``django-js-lib-leaflet`` package, served by the app, never from a CDN, so the
map draws with no internet. Article text is untrusted: every string is HTML-escaped in Python and
the embedded JSON cannot close its ``<script>``.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Sequence

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from .model import Event
from .profile import Profile

__all__ = ["build_map", "leaflet_asset_dir", "install_static_assets", "popup_html", "STATIC_PREFIX",
           "DEFAULT_RADIUS_KM", "MAP_ID"]

#: URL prefix of Streamlit's static serving (``[server] enableStaticServing``): ./static/x -> /app/static/x.
STATIC_PREFIX = "/app/static/vendor/leaflet"
BASEMAP_URL = "/app/static/vendor/basemap/countries.geojson"
BASEMAP_FILE = Path(__file__).resolve().parent.parent / "data" / "basemap" / "countries.geojson"
DEFAULT_RADIUS_KM = {"district": 15.0, "region": 45.0}
MAP_ID = "conflictmap"
#: Marker shape of each event type (drawn on the canvas, so thousands stay fast), and its legend symbol.
TYPE_SHAPES = {"shelling": ("circle", "●"), "missile": ("triangle", "▲"), "airstrike": ("diamond", "◆"),
               "drone": ("down", "▼"), "ground_attack": ("square", "■"), "destruction": ("cross", "✖"),
               "other": ("circle", "●")}


def leaflet_asset_dir() -> Path:
    """Folder of Leaflet 1.9.4's JS, CSS and images inside the installed package."""
    import js_lib_leaflet

    return Path(js_lib_leaflet.__file__).resolve().parent / "static" / "js_lib_leaflet"


def install_static_assets(static_dir: str | Path) -> Path:
    """Copy Leaflet (from its package) and the offline borders (from ``data/basemap``) under
    ``static_dir/vendor/`` for Streamlit's static serving (generated at start-up, not committed)."""
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
    target = base / BASEMAP_FILE.name
    if not target.exists() or target.stat().st_size != BASEMAP_FILE.stat().st_size:
        shutil.copyfile(BASEMAP_FILE, target)
    return dest


def _esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def popup_html(e: Event, profile: Profile | None = None) -> str:
    """The popup of one event: every value escaped; the evidence right-to-left with the place marked."""
    ev = e.evidence or ""
    hl = _esc(ev)
    if e.place_start >= 0 and e.evidence_start >= 0:
        a, b = e.place_start - e.evidence_start, e.place_end - e.evidence_start
        if 0 <= a < b <= len(ev):
            hl = f"{_esc(ev[:a])}<mark>{_esc(ev[a:b])}</mark>{_esc(ev[b:])}"
    label = profile.party(e.claimant).label_en if profile and e.claimant in profile.party_ids else e.claimant
    link = ""
    if e.url and e.url.lower().startswith(("http://", "https://")):
        link = f' · <a href="{_esc(e.url)}" target="_blank" rel="noopener noreferrer">article</a>'
    casualties = []
    if e.killed is not None:
        casualties.append(f"killed {e.killed}")
    if e.injured is not None:
        casualties.append(f"injured {e.injured}")
    rows = [
        f"<b>{_esc(e.date.isoformat())}</b> ({_esc(e.date_precision)})",
        f"claimed by <b>{_esc(label)}</b>{' (denial)' if e.stance == 'denial' else ''}",
        f"attacker: {_esc(e.attacker or 'unknown')} · {_esc(e.event_type.replace('_', ' '))}",
        f"<span dir=\"rtl\" lang=\"ar\">{_esc(e.place_ar)}</span> · {_esc(e.place_en)} ({_esc(e.precision)})",
    ]
    if casualties:
        rows.append(_esc(", ".join(casualties)))
    if e.contested:
        rows.append("<b>contested</b>: another party claims otherwise")
    rows.append(f"<div dir=\"rtl\" lang=\"ar\" style=\"text-align:right;max-width:320px\">{hl}</div>")
    rows.append(f"{_esc(e.source or e.article)}{link} · sources: {e.n_sources}")
    return "<br>".join(rows)


def _features(events: Sequence[Event], profile: Profile | None) -> list[dict]:
    feats = []
    for e in events:
        if e.lat is None or e.precision == "country":
            continue
        radius = None
        if e.precision in DEFAULT_RADIUS_KM:
            radius = (e.radius_km or DEFAULT_RADIUS_KM[e.precision]) * 1000.0
        feats.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},  # GeoJSON order for Leaflet
            "properties": {
                "id": e.event_id, "c": profile.color(e.claimant) if profile else "#3388ff",
                "r": radius, "x": bool(e.contested), "s": TYPE_SHAPES.get(e.event_type, ("circle",))[0],
                "p": popup_html(e, profile),
                "t": f"{e.claimant}: {e.place_en}",
            },
        })
    return feats


_LAYER = Template("""
{% macro script(this, kwargs) %}
(function() {
  var map = {{ this._parent.get_name() }};
  {% if this.basemap_url %}
  // Offline base layer under everything (online tiles, when they load, cover it).
  map.createPane('basemap'); map.getPane('basemap').style.zIndex = 150;
  fetch({{ this.basemap_url_json }}).then(function(r) { return r.json(); }).then(function(d) {
    L.geoJSON(d, {pane: 'basemap', interactive: false, renderer: L.canvas({pane: 'basemap'}),
                  style: {color: '#9a9a9a', weight: 1, fillColor: '#f2efe9', fillOpacity: 1}}).addTo(map);
    map.getContainer().setAttribute('data-basemap', 'loaded');
  }).catch(function() {});
  {% endif %}
  // Event types as shapes on the canvas renderer: a CircleMarker whose path is a polygon.
  if (!window.ShapeMarker) {
    L.Canvas.include({_updateShape: function(layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, r = layer._radius, ctx = this._ctx, s = layer.options.shape;
      var pts = {triangle: [[0, -1.2], [1.1, 0.8], [-1.1, 0.8]], down: [[0, 1.2], [1.1, -0.8], [-1.1, -0.8]],
                 diamond: [[0, -1.25], [1.1, 0], [0, 1.25], [-1.1, 0]], square: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
                 cross: [[-0.35, -1], [0.35, -1], [0.35, -0.35], [1, -0.35], [1, 0.35], [0.35, 0.35], [0.35, 1],
                         [-0.35, 1], [-0.35, 0.35], [-1, 0.35], [-1, -0.35], [-0.35, -0.35]]}[s];
      if (!pts) { return this._updateCircle(layer); }
      ctx.beginPath();
      pts.forEach(function(q, i) { var x = p.x + q[0] * r, y = p.y + q[1] * r; if (i) { ctx.lineTo(x, y); } else { ctx.moveTo(x, y); } });
      ctx.closePath();
      this._fillStroke(ctx, layer);
    }});
    window.ShapeMarker = L.CircleMarker.extend({_updatePath: function() {
      if (this._renderer._updateShape) { this._renderer._updateShape(this); } else { this._renderer._updateCircle(this); }
    }});
  }
  var ShapeMarker = window.ShapeMarker;
  var data = {{ this.data_json }};
  var layer = L.geoJSON(data, {
    pointToLayer: function(f, latlng) {
      var p = f.properties;
      var style = {color: p.x ? '#000000' : p.c, fillColor: p.c, fillOpacity: p.r ? 0.12 : 0.85,
                   weight: p.x ? 3 : (p.r ? 1.5 : 1), dashArray: p.r ? '6 4' : null, opacity: 0.9};
      if (p.r) { return L.circle(latlng, Object.assign({radius: p.r}, style)); }
      return new ShapeMarker(latlng, Object.assign({radius: 7, shape: p.s}, style));
    },
    onEachFeature: function(f, l) {
      l.bindPopup(f.properties.p, {maxWidth: 360});
      l.bindTooltip(document.createTextNode(f.properties.t).textContent);
      l.options.eventId = f.properties.id;
    }
  });
  layer.addTo({{ this._parent.get_name() }});
  window.conflictmapEvents = layer;
  {{ this._parent.get_name() }}.conflictmapCount = data.features.length;
  // Area filter: the ▭ button arms a rectangle drawn by dragging; streamlit-folium reports it
  // as a drawing (window.drawnItems + the 'draw:created' event), and the app filters by its box.
  window.drawnItems = L.featureGroup().addTo(map);
  {% if this.bbox %}
  L.rectangle([[{{ this.bbox[0] }}, {{ this.bbox[1] }}], [{{ this.bbox[2] }}, {{ this.bbox[3] }}]],
              {color: '#333333', weight: 1.5, dashArray: '5 4', fill: false, interactive: false}).addTo(map);
  {% endif %}
  var armed = false, start = null, rect = null;
  var AreaControl = L.Control.extend({options: {position: 'topleft'}, onAdd: function() {
    var bar = L.DomUtil.create('div', 'leaflet-bar');
    var a = L.DomUtil.create('a', 'conflictmap-area', bar);
    a.href = '#'; a.title = 'Draw an area to filter by'; a.textContent = '\u25AD'; a.setAttribute('role', 'button');
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
  var legend = L.control({position: 'bottomleft'});
  legend.onAdd = function() { var d = L.DomUtil.create('div', 'conflictmap-legend'); d.innerHTML = {{ this.legend_json }}; return d; };
  legend.addTo({{ this._parent.get_name() }});
  var el = {{ this._parent.get_name() }}.getContainer();
  el.setAttribute('data-event-count', String(data.features.length));
})();
{% endmacro %}
""")


class _RawScript(Element):
    """A rendered script added to the page as is (branca would compile it as a Jinja template)."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class _EventLayer(MacroElement):
    _template = _LAYER

    def render(self, **kwargs) -> None:
        """Add the layer's script to the page without a second Jinja pass over the event data."""
        script = self._template.module.__dict__["script"]
        self.get_root().script.add_child(_RawScript(script(self, kwargs)), name=self.get_name())

    def __init__(self, features: list[dict], legend: str, basemap_url: str | None = None, bbox=None):
        super().__init__()
        self.bbox = [float(x) for x in bbox] if bbox else None
        self._name = "EventLayer"
        self.basemap_url = basemap_url
        self.basemap_url_json = _script_json(basemap_url)
        self.legend_json = _script_json(legend)
        # "<" escaped: a "</script>" inside article text cannot end the script element.
        self.data_json = _script_json({"type": "FeatureCollection", "features": features})


_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def _script_json(value) -> str:
    """JSON safe inside a <script> element of a folium template.

    No "<", ">" or "&" survive unescaped (a "</script>" in article text cannot end the script), and
    no "{{", "{%" or "{#" either: branca compiles rendered scripts as Jinja templates, so article
    text must never reach it as template syntax (JSON structure never produces those pairs, so only
    text inside strings changes, and it reads back identical).
    """
    text = json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return _JINJA_OPEN.sub(r"\\u007b", text)


def _legend(events: Sequence[Event], profile: Profile | None) -> str:
    counts: dict[str, int] = {}
    for e in events:
        counts[e.claimant] = counts.get(e.claimant, 0) + 1
    parties = profile.parties if profile else ()
    rows = []
    for p in parties:
        n = counts.get(p.id, 0)
        if n or p.id in counts:
            rows.append(f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;'
                        f'background:{_esc(p.color)};margin-right:6px"></span>{_esc(p.label_en)}: {n}</div>')
    for c, n in counts.items():
        if not profile or c not in profile.party_ids:
            rows.append(f"<div>{_esc(c)}: {n}</div>")
    types: dict[str, int] = {}
    for e in events:
        types[e.event_type] = types.get(e.event_type, 0) + 1
    if types:
        rows.append('<div style="margin-top:4px"><b>Type</b></div>')
        rows.extend(f"<div>{TYPE_SHAPES[ty][1]} {_esc(ty.replace('_', ' '))}: {n}</div>" for ty, n in sorted(types.items()))
    return ('<div style="'
            'background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;font:12px sans-serif;'
            'box-shadow:0 1px 4px rgba(0,0,0,.3)"><b>Claimed by</b>' + "".join(rows) +
            '<div style="margin-top:4px;color:#555">dashed circle = district/region precision; '
            'black ring = contested</div></div>')


def build_map(events: Sequence[Event], profile: Profile | None = None, *, asset_base: str = STATIC_PREFIX,
              tiles: bool = True, basemap: dict | None = None, basemap_url: str | None = BASEMAP_URL,
              bbox: tuple[float, float, float, float] | None = None, center: tuple[float, float] | None = None,
              zoom: int | None = None) -> folium.Map:
    """A folium map of ``events``: one canvas GeoJSON layer, a legend with counts, offline Leaflet.

    ``asset_base`` is where the browser finds Leaflet (Streamlit's static serving by default; a
    ``file://`` or relative path for a saved HTML file). ``basemap_url`` is where the browser
    fetches the offline borders (``install_static_assets`` puts them there); ``basemap`` embeds a
    GeoJSON of borders instead, for a standalone HTML file. ``bbox`` (south, west, north, east) is
    the area filter in force, outlined on the map.
    """
    located = [e for e in events if e.lat is not None and e.precision != "country"]
    if center is None:
        if located:
            center = (sum(e.lat for e in located) / len(located), sum(e.lon for e in located) / len(located))
        elif profile and profile.theatre.bbox:
            s, w, n, e_ = profile.theatre.bbox
            center = ((s + n) / 2, (w + e_) / 2)
        else:
            center = (40.0, 46.5)
    m = folium.Map(location=list(center), zoom_start=zoom or 8, tiles=None, prefer_canvas=True,
                   control_scale=True, max_zoom=18)
    base = asset_base.rstrip("/")
    m.default_js = [("leaflet", f"{base}/leaflet.js")]
    m.default_css = [("leaflet_css", f"{base}/leaflet.css")]
    m.get_root().header.add_child(Element(f"<script>if (window.L) {{ L.Icon.Default.imagePath = '{base}/images/'; }}</script>"))
    if basemap is not None:
        folium.GeoJson(basemap, name="borders", style_function=lambda f: {
            "color": "#888888", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 1.0}, control=False).add_to(m)
    if tiles:
        folium.TileLayer("OpenStreetMap", attr="&copy; OpenStreetMap contributors", max_zoom=18).add_to(m)
    _EventLayer(_features(events, profile), _legend(events, profile), basemap_url, bbox).add_to(m)
    if len(located) > 1:
        lats = [e.lat for e in located]
        lons = [e.lon for e in located]
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30))
    return m
