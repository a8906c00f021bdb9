"""Map speed in a real browser: first render and a filter change with many events (issue 6).

    python bench/bench_map.py                  # 50,000 events
    python bench/bench_map.py --events 5000

Loads N synthetic events into a temporary SQLite store, starts ``streamlit run app.py`` on a free
127.0.0.1 port with ``CONFLICTMAP_DATA_DIR`` pointing there (``DATABASE_URL`` unset) and drives
Debian's ``/usr/bin/chromium`` headless through Playwright (never a downloaded browser):

* first render: ``page.goto`` in a fresh browser context until the map iframe's Leaflet container
  carries ``data-event-count`` equal to the number of drawn events (the first visitor after the
  server started on the new store, then warm visitors, median; last, the first visitor after the
  server was started again over the same store);
* filter change: a claimant chip removed in the sidebar "Claimed by" multiselect (one rerun, the
  way a person filters), until the map shows the new count; median of the repeats. The same change
  through a shared link (``?claimant=Armenia``, a full page load) is measured too.

Each figure is broken down with timestamps taken on the wire and inside the map iframe (an init
script records when the render arguments arrive and how long the map's inline script runs), and
the server side is profiled in-process (query, ``build_map``, what ``st_folium`` does with the map,
whole runs of app.py with AppTest). For comparison, the same map saved as one HTML file is opened
from disk (the browser's share alone). Prints markdown tables and always exits 0: it is a
measurement, the ok column says NO when a target is missed. The machine's load average is printed
with the figures: other work on a small machine moves them a lot.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import io
import math
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.articles import Article  # noqa: E402
from geo.model import Event  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FRAME = 'iframe[title="streamlit_folium.st_folium"]'
FIRST_RENDER_TARGET_S = 3.0
FILTER_TARGET_S = 1.0

# ------------------------------------------------------------------------------ synthetic events

BOX = (39.2, 45.8, 40.8, 47.6)  # south, west, north, east: the Karabakh theatre
DAY0 = dt.date(2020, 9, 27)
DAYS = 45
#: Who claims, how often, and where the events each side reports lie. The three areas are more than
#: the store's merge distance (5 km) apart and the events of one (day, claimant, type) sit on
#: distinct cells of a 6.2 km lattice, so nothing merges and every synthetic event is drawn.
CLAIMANTS = {  # id: (share, attacker, (south, west, north, east))
    "Azerbaijan": (0.45, "Armenia", (39.2, 46.9, 40.8, 47.6)),
    "Armenia": (0.30, "Azerbaijan", (40.05, 45.8, 40.8, 46.8)),
    "Artsakh": (0.25, "Azerbaijan", (39.2, 45.8, 39.95, 46.8)),
}
TYPES = {"shelling": 0.35, "drone": 0.2, "missile": 0.1, "airstrike": 0.1, "ground_attack": 0.1,
         "destruction": 0.1, "other": 0.05}
CELL_KM = 6.2
JITTER_KM = 0.5
DISTRICT_SHARE = 0.15
PER_ARTICLE = 5
CLAIMANT_AR = {"Azerbaijan": "وزارة الدفاع الأذربيجانية", "Armenia": "وزارة الدفاع الأرمينية",
               "Artsakh": "سلطات إقليم قره باغ"}
ATTACKER_AR = {"Azerbaijan": "القوات الأذربيجانية", "Armenia": "القوات الأرمينية"}
TYPE_AR = {"shelling": "قصفت بالمدفعية", "drone": "استهدفت بطائرة مسيرة", "missile": "أطلقت صواريخ على",
           "airstrike": "شنت غارة جوية على", "ground_attack": "شنت هجوما بريا على", "destruction": "دمرت مواقع في",
           "other": "استهدفت"}
SOURCES = ("الأناضول", "الجزيرة نت", "سكاي نيوز عربية", "روسيا اليوم", "فرانس 24")


def _places(kind: str) -> list[tuple[float, float, str, str]]:
    """(lat, lon, Arabic name, English name) of the curated gazetteer's places of ``kind`` in the box."""
    out = []
    with open(ROOT / "data" / "gazetteer" / "karabakh.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["kind"] != kind or not row["names_ar"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            if BOX[0] - 0.3 <= lat <= BOX[2] + 0.3 and BOX[1] - 0.3 <= lon <= BOX[3] + 0.3:
                out.append((lat, lon, row["names_ar"].split("|")[0], row["name_en"]))
    return out or [(40.0, 46.7, "ترتر", "Tartar")]


def _cells(area: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """Centres of a lattice of ``CELL_KM`` over ``area``."""
    s, w, n, e = area
    out = []
    lat = s + CELL_KM / 222.6
    while lat < n:
        step = CELL_KM / (111.32 * math.cos(math.radians(lat)))
        lon = w + step / 2
        while lon < e:
            out.append((lat, lon))
            lon += step
        lat += CELL_KM / 111.32
    return out


def _nearest(places, lat: float, lon: float):
    return min(places, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * 0.77) ** 2)


def synthetic(n: int, seed: int = 6):
    """``n`` events in articles of ``PER_ARTICLE``: (Article, [Event]) pairs for ``EventStore.bulk_add``."""
    rnd = random.Random(seed)
    settlements, districts = _places("settlement"), _places("district")
    cells = {c: _cells(area) for c, (_, _, area) in CLAIMANTS.items()}
    label = {(c, i, kind): _nearest(settlements if kind == "settlement" else districts, *cell)
             for c, cs in cells.items() for i, cell in enumerate(cs) for kind in ("settlement", "district")}
    free: dict[tuple, list[int]] = {}
    names, shares = list(CLAIMANTS), [v[0] for v in CLAIMANTS.values()]
    types, tshares = list(TYPES), list(TYPES.values())
    made = 0
    a = 0
    while made < n:
        name = f"bench-map-{a:06d}"
        day = DAY0 + dt.timedelta(days=rnd.randrange(DAYS))
        source = rnd.choice(SOURCES)
        url = f"https://news.example.org/karabakh/{day.isoformat()}/{a}"
        parts, evs = [], []
        offset = 0
        for j in range(min(PER_ARTICLE, n - made)):
            claimant = rnd.choices(names, shares)[0]
            etype = rnd.choices(types, tshares)[0]
            stance = "denial" if rnd.random() < 0.04 else "claim"
            key = (day, claimant, etype, stance)
            pool = free.get(key)
            if pool is None:
                pool = free[key] = rnd.sample(range(len(cells[claimant])), len(cells[claimant]))
            i = pool.pop() if pool else rnd.randrange(len(cells[claimant]))  # lattice full: may merge
            clat, clon = cells[claimant][i]
            dlat = JITTER_KM / 111.32
            dlon = JITTER_KM / (111.32 * math.cos(math.radians(clat)))
            lat, lon = clat + rnd.uniform(-dlat, dlat), clon + rnd.uniform(-dlon, dlon)
            district = rnd.random() < DISTRICT_SHARE
            kind = "district" if district else "settlement"
            _, _, place_ar, place_en = label[(claimant, i, kind)]
            attacker = CLAIMANTS[claimant][1]
            prefix = f"وقالت {CLAIMANT_AR[claimant]} في بيان إن {ATTACKER_AR[attacker]} {TYPE_AR[etype]} "
            lead = "منطقة " if district and not place_ar.startswith("منطقة") else ""
            where = lead + place_ar
            suffix = (" صباح اليوم، ما أدى إلى أضرار في منازل المدنيين والبنية التحتية، "
                      "بحسب ما نقلته وسائل إعلام محلية.")
            evidence = prefix + where + suffix
            start = offset + len(prefix) + len(lead)
            killed = rnd.choice((None, None, None, 0, 1, 2, 3)) if etype != "destruction" else None
            evs.append(Event(
                date=day, claimant=claimant, attacker=attacker, event_type=etype, place_ar=place_ar,
                place_en=place_en, lat=round(lat, 5), lon=round(lon, 5), precision=kind,
                place_id=f"bench:{a}:{j}", country="AZ", radius_km=round(rnd.uniform(8, 25), 1) if district else None,
                killed=killed, injured=rnd.choice((None, None, 1, 4)), stance=stance, evidence=evidence,
                evidence_start=offset, evidence_end=offset + len(evidence), place_start=start,
                place_end=start + len(place_ar), article=name, source=source, url=url,
                title=f"قصف متبادل في قره باغ ({a})", profile="karabakh"))
            parts.append(evidence)
            offset += len(evidence) + 1
        made += len(evs)
        text = "\n".join(parts) + f"\nمقال رقم {a}"
        yield Article(name, text, published=day, url=url, title=f"قصف متبادل في قره باغ ({a})", source=source,
                      profile="karabakh"), evs
        a += 1


def drawn(events) -> int:
    """How many of ``events`` the map draws (``geo.mapping`` skips country level and unplaced ones)."""
    return sum(1 for e in events if e.lat is not None and e.precision != "country")


def build_store(data_dir: Path, n: int) -> dict:
    """The SQLite store the app will open, with ``n`` synthetic events; the counts the map must show."""
    from geo.store import EventFilter, EventStore

    t = time.perf_counter()
    with EventStore(data_dir / "events.sqlite") as store:
        store.bulk_add(synthetic(n), batch_size=5000)
        load = time.perf_counter() - t
        events = store.events()
        counts = {"all": drawn(events), "load_s": load, "stored": len(events)}
        for c in CLAIMANTS:
            counts[c] = drawn(e for e in events if e.claimant == c)
        counts["contested"] = sum(e.contested for e in events)
        counts["merged_away"] = store.stats().readings - len(events)
        counts["narrow"] = counts["all"] - counts["Azerbaijan"]  # "Claimed by" without Azerbaijan
        assert counts["narrow"] == drawn(store.events(EventFilter(claimants=("Armenia", "Artsakh"))))
    return counts


# ------------------------------------------------------------------------------ server side, in-process


def _timed(fn, *a, **kw):
    t = time.perf_counter()
    out = fn(*a, **kw)
    return out, time.perf_counter() - t


def profile_map_path(data_dir: Path, claimants: tuple[str, ...], html_out: Path | None = None) -> dict:
    """What the app's script does for the map, step by step, in this process (no Streamlit server):
    once per store revision the catalogue and the map data files; per filter the id query, the
    view, the map page and its selection layer, and what ``st_folium`` does with them (renders,
    regexes, hash, the JSON of the component's arguments that Streamlit puts on the wire).
    ``html_out``: where to save the map as a standalone page with its data inline (Leaflet from its
    package) for the browser-only measure."""
    import json

    from geo import service
    from geo.mapping import (all_parties, base_map, build_map, legend_data, map_bounds, map_data, selection_bits,
                             selection_layer, write_map_data)
    from geo.store import EventFilter, EventStore

    os.environ["CONFLICTMAP_DATA_DIR"] = str(data_dir)
    out: dict = {}
    profile = all_parties()  # the app draws every theatre's parties
    with EventStore(data_dir / "events.sqlite") as store:
        cat, out["catalogue_s"] = _timed(service.Catalogue.load, store)
        lo, hi = cat.date_range
        flt = EventFilter(date_from=lo, date_to=hi, claimants=claimants)
        ids, out["ids_s"] = _timed(store.ids, flt)
    t = time.perf_counter()
    positions = cat.positions(ids)
    view = cat.view(positions)
    bits = selection_bits(positions, cat.n) if len(positions) < cat.n else None
    legend = legend_data(view, profile)
    out["view_s"] = time.perf_counter() - t
    data, out["map_data_s"] = _timed(map_data, cat.frame, profile)
    with tempfile.TemporaryDirectory() as static:
        files, out["write_data_s"] = _timed(write_map_data, static, "bench", data)
        folder = Path(static) / "mapdata"
        out["data_mb"] = sum(p.stat().st_size for p in folder.glob("*.json")) / 1e6
        out["points_mb"] = sum(p.stat().st_size for p in folder.glob("*-points.json")) / 1e6
        out["chunk_mb"] = max(p.stat().st_size for p in folder.glob("*-details-*.json")) / 1e6
    t = time.perf_counter()
    fmap = base_map(None, files=files, bounds=map_bounds(data))
    layer = selection_layer(bits, legend=legend, bbox=None, frame=True)
    out["build_map_s"] = time.perf_counter() - t
    try:  # st_folium's own steps (private helpers of streamlit-folium 0.27: may move in other versions)
        import streamlit_folium as sf

        t = time.perf_counter()
        fmap.get_root().render()
        fmap.render()
        html, header = sf._get_html(fmap), sf._get_header(fmap)
        out["sf_render_s"] = time.perf_counter() - t
        script, out["sf_script_s"] = _timed(sf._get_map_string, fmap)
        group, out["sf_group_s"] = _timed(sf._get_feature_group_string, layer, fmap)
        _, out["sf_hash_s"] = _timed(sf.generate_js_hash, script, "map", False)
        args = dict(script=script, header=header, html=html, id=sf.get_full_id(fmap), key="k", height=620,
                    feature_group=group)
        payload, out["json_args_s"] = _timed(json.dumps, args)  # what Streamlit's component marshalling does
        out["script_mb"] = len(script.encode("utf-8")) / 1e6
        out["json_args_mb"] = len(payload) / 1e6
    except Exception as err:  # noqa: BLE001 - a profile, not a test
        out["sf_error"] = f"{type(err).__name__}: {err}"
    if html_out is not None:
        from geo.mapping import APP_PREFIX, STATIC_PREFIX, leaflet_asset_dir, web_asset_dir

        page = build_map(view, profile).get_root().render()
        page = page.replace(STATIC_PREFIX, leaflet_asset_dir().as_uri()).replace(APP_PREFIX, web_asset_dir().as_uri())
        html_out.write_text(page, encoding="utf-8")
    out["events"] = int(sum(1 for la in data["points"]["lat"] if la is not None) if bits is None
                        else sum(1 for p in positions if data["points"]["lat"][p] is not None))
    return out


def profile_app_runs(data_dir: Path, narrow: list[str]) -> dict:
    """Whole script runs of app.py with Streamlit's AppTest (no browser, no websocket): a new session
    on a warm process, then the sidebar filter change the browser test makes."""
    out: dict = {}
    try:
        from streamlit.testing.v1 import AppTest

        os.environ["CONFLICTMAP_DATA_DIR"] = str(data_dir)
        os.environ.pop("DATABASE_URL", None)
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            warm = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
            _, out["app_cold_s"] = _timed(warm.run)  # caches (gazetteer, store) filled here
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
            _, out["app_first_s"] = _timed(at.run)
            if at.exception:
                out["app_error"] = str(at.exception[0].message)[:200]
                return out
            _, out["app_filter_s"] = _timed(at.multiselect(key="claimants").set_value(narrow).run)
        finally:
            os.chdir(cwd)
    except Exception as err:  # noqa: BLE001
        out["app_error"] = f"{type(err).__name__}: {err}"[:200]
    return out


# ------------------------------------------------------------------------------ the server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(data_dir: Path, log_path: Path):
    """``streamlit run app.py`` on a free 127.0.0.1 port over ``data_dir``; yields (url, seconds to healthy)."""
    port = free_port()
    env = dict(os.environ, CONFLICTMAP_DATA_DIR=str(data_dir))
    env.pop("DATABASE_URL", None)
    with open(log_path, "wb") as log:
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                                 "--server.address", "127.0.0.1", "--server.port", str(port),
                                 "--browser.gatherUsageStats", "false",
                                 # no module reloads when a source file changes during the run
                                 "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while True:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not become healthy; log: {log_path}")
                try:
                    if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                        break
                except OSError:
                    time.sleep(0.2)
            yield url, time.perf_counter() - t
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


# ------------------------------------------------------------------------------ the browser

#: Runs in every frame before its own scripts; acts in iframes only (the st_folium component's frame:
#: its URL is not known yet, Chromium keeps the initial about:blank window): when the render arguments
#: arrive (postMessage from Streamlit) and how long the map's inline script takes.
INIT_SCRIPT = r"""
(() => {
  if (window.top === window) {  // the app page: when each big websocket message reaches the page
    if (window.__cmWs) return;
    const seen = window.__cmWs = [];
    const Orig = window.WebSocket;
    window.WebSocket = new Proxy(Orig, {construct(target, args) {
      const ws = new target(...args);
      ws.addEventListener('message', (e) => {
        const d = e.data, n = d.byteLength !== undefined ? d.byteLength : (d.size !== undefined ? d.size : d.length);
        if (n > 20000) seen.push([Date.now(), n]);
      });
      return ws;
    }});
    return;
  }
  if (window.__cmBench) return;
  const cm = window.__cmBench = {renders: [], scripts: []};
  window.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'streamlit:render') cm.renders.push(Date.now());
  }, true);
  const orig = Node.prototype.appendChild;
  Node.prototype.appendChild = function (node) {
    if (node && node.tagName === 'SCRIPT' && !node.src && (node.text || '').length > 2000) {
      const t = Date.now();
      const r = orig.call(this, node);
      cm.scripts.push([t, Date.now(), node.text.length]);
      return r;
    }
    return orig.call(this, node);
  };
})();
"""

#: In the main page: the map frame whose Leaflet container shows ``n`` events (same-origin iframes).
FIND_MAP = """
(n) => {
  if (document.querySelector('[data-testid="stException"]')) return -1;
  for (const f of document.querySelectorAll('IFRAME_SELECTOR')) {
    let d = null;
    try { d = f.contentDocument; } catch (e) { continue; }
    const el = d && d.querySelector('.leaflet-container[data-event-count]');
    if (el && el.getAttribute('data-event-count') === n) return Date.now();
  }
  return false;
}
""".replace("IFRAME_SELECTOR", FRAME)

#: After the count is set: two animation frames (the canvas renderer draws on the next one).
PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(Date.now()))))"

#: What the map frame recorded: its creation, arguments, Leaflet download, the map script.
FRAME_TIMES = """
(n) => {
  for (const f of document.querySelectorAll('IFRAME_SELECTOR')) {
    let w = null;
    try { w = f.contentWindow; } catch (e) { continue; }
    const el = w && w.document.querySelector('.leaflet-container[data-event-count]');
    if (!el || el.getAttribute('data-event-count') !== n) continue;
    const cm = w.__cmBench || {renders: [], scripts: []};
    const origin = w.performance.timeOrigin;
    const res = w.performance.getEntriesByType('resource');
    const leaflet = res.find(r => /leaflet\\.js/.test(r.name));
    const points = res.find(r => /-points\\.json/.test(r.name));
    const marks = name => w.performance.getEntriesByName('conflictmap:' + name).map(m => origin + m.startTime);
    return {created: origin, renders: cm.renders, scripts: cm.scripts,
            leaflet: leaflet ? origin + leaflet.responseEnd : null,
            leaflet_cached: leaflet ? leaflet.transferSize === 0 : null,
            points: points ? origin + points.responseEnd : null, parsed: marks('points'),
            select: marks('select'), drawn: marks('drawn')};
  }
  return null;
}
""".replace("IFRAME_SELECTOR", FRAME)


class Wire:
    """Streamlit's websocket messages as the browser receives them: (time, size, kind)."""

    def __init__(self, page):
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self._msg = ForwardMsg
        self.log: list[tuple[float, int, str]] = []
        self.opened: list[float] = []
        page.on("websocket", self._on_ws)

    def _on_ws(self, ws):
        self.opened.append(time.time())
        ws.on("framereceived", self._on_frame)

    def _on_frame(self, payload):
        now = time.time()
        if isinstance(payload, str):
            self.log.append((now, len(payload), "text"))
            return
        kind = "?"
        if b"streamlit_folium" in payload[-8192:]:  # component_name is serialised after json_args
            kind = "map"
        elif len(payload) > 50_000:
            kind = "big"
        else:
            try:
                m = self._msg()
                m.ParseFromString(payload)
                kind = m.WhichOneof("type") or "?"
            except Exception:  # noqa: BLE001
                pass
        self.log.append((now, len(payload), kind))

    def first(self, kind: str, after: float) -> tuple[float, int] | None:
        for t, n, k in self.log:
            if t >= after and k == kind:
                return t, n
        return None


def measure(page, wire: Wire, action, expected: int, timeout_s: float) -> dict:
    """Run ``action`` and time it until the map shows ``expected`` events, is painted, and the
    script run is over. Times in seconds from the action; None where nothing was seen."""
    t0 = time.time()
    action()
    res: dict = {"expected": expected}
    try:
        handle = page.wait_for_function(FIND_MAP, arg=str(expected), polling="raf", timeout=timeout_s * 1000)
        seen = handle.json_value()
        if seen == -1:
            text = page.locator('[data-testid="stException"]').first.inner_text()[:300].replace("\n", " ")
            res["error"] = f"the app raised: {text}"
            return res
        res["count"] = seen / 1000 - t0
        res["painted"] = page.evaluate(PAINTED) / 1000 - t0
    except Exception as err:  # noqa: BLE001 - a timeout is a result
        res["error"] = f"{type(err).__name__}: no map with {expected} events after {timeout_s:.0f} s"
        return res
    deadline = time.time() + timeout_s
    while wire.first("script_finished", t0) is None and time.time() < deadline:
        page.wait_for_timeout(25)
    done = wire.first("script_finished", t0)
    res["finished"] = done[0] - t0 if done else None
    mapmsg = wire.first("map", t0)
    if mapmsg:  # when the page got it (same size), else when Playwright reported it (later)
        got = [t / 1000 for t, n in page.evaluate("() => window.__cmWs || []") if n == mapmsg[1] and t / 1000 >= t0]
        res["wire"] = (got[0] if got else mapmsg[0]) - t0
        res["wire_mb"] = mapmsg[1] / 1e6
    else:  # a map Streamlit already sent in this session comes as a reference to the browser's message cache
        ref = wire.first("ref_hash", t0)
        res["wire"] = ref[0] - t0 if ref else None
        res["wire_cached"] = ref is not None
    opened = [t for t in wire.opened if t >= t0]
    res["ws_open"] = opened[0] - t0 if opened else None
    ft = page.evaluate(FRAME_TIMES, str(expected))
    if ft:
        res["iframe"] = ft["created"] / 1000 - t0
        res["new_iframe"] = ft["created"] / 1000 >= t0 - 0.05
        renders = [r / 1000 - t0 for r in ft["renders"] if r / 1000 >= t0 - 0.05]
        res["args"] = renders[0] if renders else None
        res["leaflet"] = ft["leaflet"] / 1000 - t0 if ft["leaflet"] and ft["leaflet"] / 1000 >= t0 else None
        res["points"] = ft["points"] / 1000 - t0 if ft["points"] and ft["points"] / 1000 >= t0 else None
        for key in ("select", "drawn"):
            after = [v / 1000 - t0 for v in ft[key] if v / 1000 >= t0 - 0.05]
            res[key] = after[-1] if after else None
        scripts = [s for s in ft["scripts"] if s[0] / 1000 >= t0 - 0.05]
        if scripts:
            res["script_start"], res["script_end"] = scripts[-1][0] / 1000 - t0, scripts[-1][1] / 1000 - t0
            res["script_mb"] = scripts[-1][2] / 1e6
    page.wait_for_timeout(300)  # let the rest of the page settle before the next action
    return res


def standalone_runs(html: Path, expected: int, repeats: int, timeout_s: float) -> list[dict]:
    """The same map as one HTML file opened from disk (no Streamlit, no server busy at the same
    time): what the browser alone needs to parse the page, build the layer and paint it."""
    from playwright.sync_api import sync_playwright

    runs = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(repeats):
            ctx = browser.new_context(viewport={"width": 1280, "height": 1100})
            page = ctx.new_page()
            t0 = time.time()
            page.goto(html.as_uri(), wait_until="commit", timeout=timeout_s * 1000)
            r: dict = {"expected": expected}
            try:
                handle = page.wait_for_function(
                    "n => { const el = document.querySelector('.leaflet-container[data-event-count]');"
                    " return el && el.getAttribute('data-event-count') === n ? Date.now() : false; }",
                    arg=str(expected), polling="raf", timeout=timeout_s * 1000)
                r["count"] = handle.json_value() / 1000 - t0
                r["painted"] = page.evaluate(PAINTED) / 1000 - t0
            except Exception as err:  # noqa: BLE001
                r["error"] = f"{type(err).__name__}: no map with {expected} events after {timeout_s:.0f} s"
            runs.append(r)
            _progress("standalone", r)
            ctx.close()
        browser.close()
    return runs


def browser_runs(url: str, counts: dict, repeats: int, timeout_s: float) -> dict[str, list[dict]]:
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        raise SystemExit(f"{CHROMIUM} is missing (apt-get install -y chromium); this benchmark never downloads one")
    runs: dict[str, list[dict]] = {"cold": [], "first": [], "narrow": [], "widen": [], "link": []}
    n_all, n_narrow, n_link = str(counts["all"]), counts["narrow"], counts["Armenia"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)

        def visit(kind: str, target: str, expected: int, keep: bool = False):  # a new visitor
            ctx = browser.new_context(viewport={"width": 1280, "height": 1100})
            ctx.add_init_script(INIT_SCRIPT)
            page = ctx.new_page()
            wire = Wire(page)
            r = measure(page, wire, lambda: page.goto(target, wait_until="commit"), expected, timeout_s)
            runs[kind].append(r)
            _progress(kind, r)
            if keep:
                return ctx, page, wire
            ctx.close()
            return None

        visit("cold", url, int(n_all))
        for _ in range(repeats - 1):
            visit("first", url, int(n_all))
        ctx, page, wire = visit("first", url, int(n_all), keep=True)  # the filter changes happen here
        box = page.locator(".st-key-claimants")  # the "Claimed by" multiselect (widget key)
        for _ in range(repeats):
            r = measure(page, wire, lambda: box.locator('button[aria-label="Remove Azerbaijan"]').click(),
                        n_narrow, timeout_s)
            runs["narrow"].append(r)
            _progress("narrow", r)
            if "error" in r:
                break

            def add_back():
                box.locator("input").first.click()
                page.get_by_role("option", name="Azerbaijan", exact=True).click()

            r = measure(page, wire, add_back, int(n_all), timeout_s)
            page.keyboard.press("Escape")
            runs["widen"].append(r)
            _progress("widen", r)
            if "error" in r:
                break
        ctx.close()
        for _ in range(repeats):
            visit("link", f"{url}/?claimant=Armenia", n_link)
        browser.close()
    return runs


def restart_run(url: str, expected: int, timeout_s: float) -> list[dict]:
    """One new visitor, the first after the server started again over the same store."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ctx = browser.new_context(viewport={"width": 1280, "height": 1100})
        ctx.add_init_script(INIT_SCRIPT)
        page = ctx.new_page()
        wire = Wire(page)
        r = measure(page, wire, lambda: page.goto(url, wait_until="commit"), expected, timeout_s)
        _progress("restart", r)
        ctx.close()
        browser.close()
    return [r]


def _progress(kind: str, r: dict) -> None:
    shown = r.get("error") or f"{r['count']:.2f} s to the count, {r['painted']:.2f} s painted"
    print(f"  {kind}: {shown}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------ report


def _median(runs: list[dict], key: str):
    vals = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(vals) if vals else None


def _s(v, digits: int = 2) -> str:
    return "—" if v is None else f"{v:.{digits}f} s"


def _ms(v) -> str:
    return "—" if v is None else f"{v * 1000:,.0f}"


def report(n: int, counts: dict, server: dict, app: dict, runs: dict, healthy_s: float, repeats: int,
           load: tuple[float, float]) -> str:
    out = io.StringIO()
    w = out.write
    w(f"\n## Map benchmark: {counts['all']:,} drawn events ({n:,} synthetic; Chromium headless, "
      f"{os.cpu_count()} CPU, load average {load[0]:.1f} before the run)\n\n")
    w("| measure | figure | target | ok |\n|---|---|---|---|\n")

    def row(label, kind, target, key="painted"):
        rs = runs.get(kind) or []
        errors = [r["error"] for r in rs if "error" in r]
        med = _median([r for r in rs if "error" not in r], key)
        if not rs:
            w(f"| {label} | not measured | < {target:g} s | NO |\n")
            return
        if errors:
            w(f"| {label} | {errors[0]} | < {target:g} s | NO |\n")
            return
        spread = ""
        if len(rs) > 1:
            vals = sorted(r[key] for r in rs)
            spread = f" (runs {', '.join(f'{v:.2f}' for v in vals)})"
        w(f"| {label} | {_s(med)}{spread} | < {target:g} s | {'ok' if med < target else 'NO'} |\n")

    row("first render, first visitor after the server started on a store no app start has seen (goto → map "
        f"painted with data-event-count={counts['all']:,})", "cold", FIRST_RENDER_TARGET_S)
    row("first render, first visitor after the server was started again over the same store (what the "
        "first start built is read back)", "restart", FIRST_RENDER_TARGET_S)
    row(f"first render, new visitor on a warm server, median of {repeats}", "first", FIRST_RENDER_TARGET_S)
    row(f"filter change in the sidebar: remove \"Azerbaijan\" from \"Claimed by\" (one rerun, "
        f"{counts['all']:,} → {counts['narrow']:,} events), median of {repeats}", "narrow", FILTER_TARGET_S)
    row(f"filter change in the sidebar: add \"Azerbaijan\" back ({counts['narrow']:,} → {counts['all']:,} "
        f"events), median of {repeats}", "widen", FILTER_TARGET_S)
    row(f"filtered link ?claimant=Armenia (full page load, {counts['Armenia']:,} events), median of {repeats}",
        "link", FIRST_RENDER_TARGET_S)
    if runs.get("standalone"):
        row(f"for comparison: the same map as a standalone HTML file (no Streamlit; file:// → painted), "
            f"median of {repeats}", "standalone", FIRST_RENDER_TARGET_S)

    w("\nWhere the time goes, medians in ms from the action (goto or click). `wire`: the map's websocket "
      "message has reached the page (server ran the script up to st_folium and sent it; `cached`: Streamlit "
      "sent a reference to a message the page already holds); `iframe`: the map frame "
      "was created; `args`: Streamlit's render message reached it; `leaflet.js`: downloaded; `script`: the "
      "map's inline script (Leaflet set-up and the event canvas; a filter change runs none) ran from–to; "
      "`points`: the points file fetched; `draw`: the canvas drew the selection, from–to; `count`: "
      "data-event-count set; `painted`: two animation frames later; `finished`: the whole script run "
      "of app.py was over on the server.\n\n")
    w("| run | ws open | wire (MB) | iframe (new?) | args | leaflet.js | script | points | draw | count | painted "
      "| finished |\n")
    w("|---|---|---|---|---|---|---|---|---|---|---|---|\n")
    for kind, label in (("cold", "first render, cold"), ("restart", "first render, after a restart"),
                        ("first", "first render, warm"),
                        ("narrow", "filter: remove chip"), ("widen", "filter: add chip back"),
                        ("link", "link ?claimant=Armenia"), ("standalone", "standalone HTML file")):
        rs = [r for r in runs.get(kind) or [] if "error" not in r]
        if not rs:
            continue
        m = {k: _median(rs, k) for k in ("ws_open", "wire", "wire_mb", "iframe", "args", "leaflet", "script_start",
                                         "script_end", "points", "select", "drawn", "count", "painted", "finished")}
        new = sum(bool(r.get("new_iframe")) for r in rs)
        mb = "—" if m["wire_mb"] is None else f"{m['wire_mb']:.1f}"
        if m["wire_mb"] is None and any(r.get("wire_cached") for r in rs):
            mb = "cached"
        w(f"| {label} | {_ms(m['ws_open'])} | {_ms(m['wire'])} ({mb}) "
          f"| {_ms(m['iframe'])} ({new}/{len(rs)}) | {_ms(m['args'])} | {_ms(m['leaflet'])} "
          f"| {_ms(m['script_start'])}–{_ms(m['script_end'])} | {_ms(m['points'])} "
          f"| {_ms(m['select'])}–{_ms(m['drawn'])} | {_ms(m['count'])} | {_ms(m['painted'])} "
          f"| {_ms(m['finished'])} |\n")

    w("\nServer side, in-process (same data, no browser):\n\n| step | all events | filtered (no Azerbaijan) |\n"
      "|---|---|---|\n")
    a, b = server.get("all", {}), server.get("narrow", {})
    for key, label in (("events", "events drawn"),
                       ("catalogue_s", "once per store revision: service.Catalogue.load (store.frame(), all events)"),
                       ("map_data_s", "once per store revision: geo.mapping.map_data (columns of all events)"),
                       ("write_data_s", "once per store revision: write_map_data (points + details JSON files)"),
                       ("data_mb", "map data files (MB; points file alone in the next row)"),
                       ("points_mb", "points file, fetched at first render (MB)"),
                       ("chunk_mb", "largest details file, fetched by the first popup or tooltip of its rows (MB)"),
                       ("ids_s", "per filter: store.ids(filter)"),
                       ("view_s", "per filter: rows of the catalogue, selection bitmap, legend"),
                       ("build_map_s", "per filter: geo.mapping.base_map + selection_layer (no event data)"),
                       ("sf_render_s", "st_folium: renders the folium tree (get_root().render(), render(), html, "
                                       "header)"),
                       ("sf_script_s", "st_folium: _get_map_string (script macros again + variable-renaming regex)"),
                       ("sf_group_s", "st_folium: the selection layer's script (feature_group_to_add)"),
                       ("sf_hash_s", "st_folium: generate_js_hash (regex + sha256 over the script)"),
                       ("json_args_s", "Streamlit: json.dumps of the component arguments"),
                       ("script_mb", "map script size (MB, UTF-8)"),
                       ("json_args_mb", "component arguments as JSON (MB; non-ASCII as \\uXXXX)")):
        def fmt(d):
            v = d.get(key)
            if v is None:
                return d.get("sf_error", "—") if key.startswith(("sf_", "json_", "script")) else "—"
            if key.endswith("_s"):
                return f"{v:.2f} s"
            return f"{v:,.1f}" if isinstance(v, float) else f"{v:,}"
        w(f"| {label} | {fmt(a)} | {fmt(b)} |\n")
    if app.get("app_error"):
        w(f"| AppTest run of app.py | {app['app_error']} | |\n")
    else:
        w(f"| whole app.py run (AppTest), new session on a warm process | {_s(app.get('app_first_s'))} "
          f"| {_s(app.get('app_filter_s'))} (the sidebar change) |\n")
        w(f"| whole app.py run (AppTest), first of this process (after the servers: reads the catalogue and map "
          f"files they kept) | {_s(app.get('app_cold_s'))} | |\n")
    w(f"\nStore: {counts['stored']:,} events bulk-loaded in {counts['load_s']:.1f} s "
      f"({', '.join(f'{c} {counts[c]:,}' for c in CLAIMANTS)}; {counts['merged_away']} merged, "
      f"{counts['contested']} contested). Server healthy {healthy_s:.1f} s after start.\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=50_000, help="synthetic events to load (default 50000)")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of each browser measure (default 3)")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds to wait for one map (default 240)")
    parser.add_argument("--no-profile", action="store_true", help="skip the in-process server profile")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    if load_before > 1.0:
        print(f"note: load average {load_before:.1f} before the run: other work on this machine skews the figures",
              file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="conflictmap-bench-map-") as d:
        tmp = Path(d)
        data = tmp / "data"
        print(f"loading {args.events:,} synthetic events into {data} ...", file=sys.stderr, flush=True)
        counts = build_store(data, args.events)
        print(f"  {counts['stored']:,} events in {counts['load_s']:.1f} s", file=sys.stderr, flush=True)
        server: dict = {}
        app: dict = {}
        if not args.no_profile:  # (in temporary folders: the server below still starts from nothing)
            print("profiling the server side in-process ...", file=sys.stderr, flush=True)
            server["all"] = profile_map_path(data, tuple(CLAIMANTS), html_out=tmp / "map.html")
            server["narrow"] = profile_map_path(data, tuple(c for c in CLAIMANTS if c != "Azerbaijan"))
        runs: dict = {}
        if (tmp / "map.html").exists():
            print("the map as a standalone page in Chromium ...", file=sys.stderr, flush=True)
            runs["standalone"] = standalone_runs(tmp / "map.html", counts["all"], args.repeats, args.timeout)
        print("starting streamlit and Chromium ...", file=sys.stderr, flush=True)
        healthy = float("nan")
        try:
            with streamlit_server(data, tmp / "streamlit.log") as (url, healthy):
                runs.update(browser_runs(url, counts, args.repeats, args.timeout))
            print("starting streamlit again over the same store ...", file=sys.stderr, flush=True)
            with streamlit_server(data, tmp / "streamlit-restart.log") as (url, _):
                runs["restart"] = restart_run(url, int(counts["all"]), args.timeout)
        except Exception as err:  # noqa: BLE001 - report what was measured
            print(f"browser run failed: {type(err).__name__}: {err}", file=sys.stderr)
            for name in ("streamlit.log", "streamlit-restart.log"):
                log = tmp / name
                if log.exists():
                    print(log.read_text(errors="replace")[-3000:], file=sys.stderr)
        if not args.no_profile:  # after the servers: AppTest runs fill the same caches a server start does
            app = profile_app_runs(data, sorted(c for c in CLAIMANTS if c != "Azerbaijan"))
        print(report(args.events, counts, server, app, runs, healthy, args.repeats,
                     (load_before, os.getloadavg()[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
