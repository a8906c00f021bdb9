"""A real browser: Debian's Chromium, driven by Playwright, against ``streamlit run app.py`` on 127.0.0.1."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.common import ROOT, profile

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_app(data_dir):
    """``streamlit run app.py`` on a free 127.0.0.1 port over the store in ``data_dir``; yields its URL."""
    port = _free_port()
    env = dict(os.environ, CONFLICTMAP_DATA_DIR=str(data_dir))
    env.pop("DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                             "--server.address", "127.0.0.1", "--server.port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        raise AssertionError(f"streamlit did not become healthy: {proc.stdout.read().decode()[-2000:]}")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with streamlit_app(tmp_path_factory.mktemp("data")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert os.path.exists(CHROMIUM), "Debian's chromium is not installed (the test command installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _map_frame(page, count: int | None = None):
    """The map's iframe once its canvas shows events (``count`` of them, when given)."""
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    sel = ".leaflet-container[data-event-count]" if count is None else f'.leaflet-container[data-event-count="{count}"]'
    frame.locator(sel).wait_for(timeout=60_000)
    return next(f for f in page.frames if f != page.main_frame and f.evaluate("() => !!window.conflictmapEvents"))


#: Each drawn event with the colour the canvas really has at its centre (read back from its pixels).
SHOWN = """() => {
  const layer = window.conflictmapEvents, c = layer._canvas, ratio = window.devicePixelRatio || 1;
  const cr = c.getBoundingClientRect(), mr = layer._map.getContainer().getBoundingClientRect();
  const ctx = c.getContext('2d');
  return layer.shown().map(s => {
    const px = ctx.getImageData(Math.round((s.x + mr.left - cr.left) * ratio), Math.round((s.y + mr.top - cr.top) * ratio), 1, 1).data;
    const hex = '#' + Array.from(px.slice(0, 3)).map(v => v.toString(16).padStart(2, '0')).join('');
    return Object.assign(s, {pixel: hex, alpha: px[3]});
  });
}"""


def _shown(inner):
    return inner.evaluate(SHOWN)


def _map_layers(page, count: int | None = None):
    """The fill colours of the drawn events, checked against what the canvas shows."""
    shown = _shown(_map_frame(page, count))
    colours = [s["color"] for s in shown]
    pixels = {s["pixel"] for s in shown if not s["radius"]}
    assert pixels <= set(colours), (pixels, colours)  # every marker's centre is painted in a claimant colour
    assert all(s["alpha"] > 100 for s in shown if not s["radius"])
    return colours


def test_map_draws_the_seed_events_in_claimant_colours_offline(server, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(server, wait_until="domcontentloaded")
    colours = _map_layers(page)
    prof = profile()
    # 8 events; the one at country precision is listed beside the map, not pinned.
    assert len(colours) == 7
    assert colours.count(prof.color("Azerbaijan")) == 6
    assert colours.count(prof.color("Armenia")) == 1
    assert not [u for u in failed if "leaflet" in u or "basemap" in u]  # served by the app, not a CDN
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    frame.locator('.leaflet-container[data-basemap="loaded"]').wait_for(timeout=30_000)  # offline borders
    inner = _map_frame(page)
    # Country borders and the theatre's districts (Kalbajar among them), drawn from the app's own files.
    names = inner.evaluate("""() => { const out = [];
        window.map.eachLayer(l => { if (l.feature && l.feature.properties) out.push(l.feature.properties.name); });
        return out; }""")
    assert "Azerbaijan" in names and "Kalbajar" in names and "Syunik" in names
    # The events were drawn once: the first view is set before they arrive, and the base layers
    # added after them do not redraw them.
    assert inner.evaluate("() => window.conflictmapEvents.draws") == 1
    # The timeline: bars in the claimants' colours, each with its count as a tooltip.
    fills = page.eval_on_selector_all('svg[role="img"] rect:has(title)', "els => els.map(e => e.getAttribute('fill'))")
    assert set(fills) == {prof.color("Azerbaijan"), prof.color("Armenia")}
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)

    # A claimant filter in the sidebar redraws the canvas in the same map (no new iframe, no reload).
    inner = _map_frame(page)
    inner.evaluate("() => { window.__sameMap = true; }")
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.get_by_role(
        "button", name="Remove Azerbaijan").click()
    colours = _map_layers(page, count=1)
    assert colours == [prof.color("Armenia")]
    assert inner.evaluate("() => window.__sameMap === true")
    assert "claimant=Armenia" in page.url.replace("%2C", ",")

    # The same view from a shared link (a full page load).
    page.goto(f"{server}/?claimant=Armenia", wait_until="domcontentloaded")
    colours = _map_layers(page, count=1)
    assert colours == [prof.color("Armenia")]

    # The GeoJSON download holds the filtered events.
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download GeoJSON").click()
    import json

    fc = json.loads(open(dl.value.path(), encoding="utf-8").read())
    assert [f["properties"]["claimant"] for f in fc["features"]] == ["Armenia"]
    page.screenshot(path=str(ARTIFACTS / "map-armenia.png"), full_page=True)
    context.close()


XSS_TEXT = ("قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف اليوم مدينة ترتر "
            "<img src=x onerror=\"window.__xss=1;alert(1)\"> <script>window.__xss=2;alert(2)</script> "
            "<a href=\"javascript:alert(3)\">رابط</a>.")


@pytest.fixture(scope="module")
def xss_server(tmp_path_factory):
    """A store holding an article whose text, title and URL try to run script."""
    import datetime as dt

    from geo.articles import Article
    from geo.pipeline import extract_article
    from geo.store import EventStore
    from tests.common import gazetteer

    data = tmp_path_factory.mktemp("xss")
    art = Article("xss_article", XSS_TEXT, dt.date(2020, 10, 14), "javascript:alert(4)",
                  "<script>alert(5)</script>عنوان", "<b>outlet</b>", "karabakh")
    events = extract_article(art, gazetteer()).events
    assert events and "<script>" in events[0].evidence
    with EventStore(data / "events.sqlite") as store:
        store.add_article(art, events)
    with streamlit_app(data) as url:
        yield url


def test_untrusted_article_text_stays_text(xss_server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(xss_server, wait_until="domcontentloaded")
    colours = _map_layers(page)
    assert len(colours) == 1
    inner = _map_frame(page)
    # Click the marker, as a person would, and read the popup.
    (s,) = _shown(inner)
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    page.mouse.click(box["x"] + s["x"], box["y"] + s["y"])
    page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(".leaflet-popup-content").wait_for(timeout=10_000)
    html = inner.evaluate("() => document.querySelector('.leaflet-popup-content').innerHTML")
    text = inner.evaluate("() => document.querySelector('.leaflet-popup-content').textContent")
    assert "<script>" in text and "onerror" in text  # shown as text ...
    assert inner.evaluate("() => document.querySelectorAll('.leaflet-popup-content img, .leaflet-popup-content script').length") == 0
    assert "javascript:" not in inner.evaluate(
        "() => Array.from(document.querySelectorAll('.leaflet-popup-content a')).map(a => a.href).join(' ')")
    page.wait_for_timeout(1000)
    assert inner.evaluate("() => window.__xss === undefined")
    assert page.evaluate("() => window.__xss === undefined")
    assert dialogs == []
    assert "&lt;script&gt;" in html
    page.screenshot(path=str(ARTIFACTS / "xss-popup.png"), full_page=True)
    context.close()


def test_an_area_drawn_on_the_map_filters_the_events(server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(server, wait_until="domcontentloaded")
    assert len(_map_layers(page)) == 7
    inner = _map_frame(page)
    # Where the Armenian claim (Kalbajar, far west) is drawn, in the iframe's pixels.
    s = next(s for s in _shown(inner) if s["color"] == profile().color("Armenia"))
    x, y = s["x"], s["y"]
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    frame.locator("a.conflictmap-area").click()
    page.mouse.move(box["x"] + x - 30, box["y"] + y - 30)
    page.mouse.down()
    page.mouse.move(box["x"] + x + 30, box["y"] + y + 30, steps=5)
    page.mouse.up()
    page.get_by_text("Area drawn on the map").wait_for(timeout=30_000)
    page.wait_for_function("() => document.querySelector('[data-testid=\"stMetricValue\"]').textContent.trim() === '1'",
                           timeout=30_000)
    assert "bbox=" in page.url
    page.screenshot(path=str(ARTIFACTS / "map-area.png"), full_page=True)
    context.close()


#: The canvas's pixels as drawn, and again with every marker stamped on its own (no piles).
PILES = """() => {
  const l = window.conflictmapEvents, c = l._canvas;
  const grab = () => { l._drawn = null; l._reset(); return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data); };
  const piled = grab(), stamps = l.order.length;
  const own = l._stacks;
  l._stacks = function(items) { items.forEach(i => { this._stack[i] = 1; }); return items; };
  const single = grab(), singleStamps = l.order.length;
  l._stacks = own;
  let worst = 0;
  for (let i = 0; i < piled.length; i++) { worst = Math.max(worst, Math.abs(piled[i] - single[i])); }
  return {stamps: stamps, singleStamps: singleStamps, worst: worst, painted: piled.filter((v, i) => i % 4 === 3 && v > 0).length};
}"""


def test_markers_piled_on_one_spot_are_stamped_once_with_the_same_pixels(browser, tmp_path):
    """Events of one place, claimant and type (and district events at one centre) are one stamp of a
    pre-composed pile: the page looks the same as when each is stamped (to rounding), with far fewer
    stamps."""
    from geo.mapping import build_map, leaflet_asset_dir, web_asset_dir
    from tests.geo.test_mapping import event

    events = ([event(event_type="shelling") for _ in range(30)] + [event(event_type="drone") for _ in range(3)]
              + [event(claimant="Armenia", lat=40.2, lon=46.5) for _ in range(5)]
              + [event(claimant="Armenia", lat=40.2, lon=46.5, contested=True), event(lat=39.9, lon=46.8)]
              + [event(place_en="Kalbajar", precision="district", lat=40.11, lon=46.04, radius_km=4.0)])
    page_file = tmp_path / "map.html"
    build_map(events, profile(), asset_base=leaflet_asset_dir().as_uri(), app_base=web_asset_dir().as_uri(), tiles=False,
              basemap_url=None).save(str(page_file))
    context = browser.new_context(viewport={"width": 900, "height": 600})
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.wait_for_function(f"() => document.querySelector('.leaflet-container[data-event-count=\"{len(events)}\"]')",
                           timeout=30_000)
    got = page.evaluate(PILES)
    assert got["singleStamps"] == len(events)
    assert got["stamps"] == 6  # shelling, drone, Armenia, Armenia contested, the lone one, the district
    assert got["painted"] > 300
    assert got["worst"] <= 3  # 8-bit rounding of the composed alpha
    context.close()


def test_the_popup_of_a_pile_pages_through_every_event_at_that_spot(browser, tmp_path):
    """Three claims at one place are one marker; its popup says so and shows each one's evidence."""
    from geo.mapping import build_map, leaflet_asset_dir, web_asset_dir
    from tests.geo.test_mapping import event

    texts = ["قصفت القوات الأرمينية مدينة ترتر صباح اليوم", "استهدفت المدفعية الأرمينية ترتر مجددا",
             "تعرضت ترتر لقصف مدفعي ليلا"]
    events = [event(evidence=t, evidence_start=0, place_start=-1, place_end=-1) for t in texts]
    events.append(event(lat=39.9, lon=46.8, evidence="حدث آخر بعيد"))
    page_file = tmp_path / "map.html"
    build_map(events, profile(), asset_base=leaflet_asset_dir().as_uri(), app_base=web_asset_dir().as_uri(), tiles=False,
              basemap_url=None).save(str(page_file))
    context = browser.new_context(viewport={"width": 900, "height": 600})
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.wait_for_selector('.leaflet-container[data-event-count="4"]', timeout=30_000)
    spot = next(s for s in page.evaluate("() => window.conflictmapEvents.shown()") if s["lat"] == 40.342)
    page.mouse.click(spot["x"], spot["y"])
    popup = page.locator(".leaflet-popup-content")
    popup.locator(".conflictmap-pile").wait_for(timeout=10_000)
    seen = []
    for k in range(1, 4):
        assert popup.locator(".conflictmap-pile").inner_text().replace("\n", " ").split("‹")[-1].strip().startswith(f"{k} / 3")
        seen.append(popup.locator(".conflictmap-evidence").inner_text())
        popup.locator(".conflictmap-pile-next").click()
    assert sorted(seen) == sorted(texts)  # each event of the pile once, the far one never
    assert popup.locator(".conflictmap-pile").inner_text().replace("\n", " ").split("‹")[-1].strip().startswith("1 / 3")
    context.close()


def _canvas_pixels(browser, tmp_path, events, name):
    from geo.mapping import build_map, leaflet_asset_dir, web_asset_dir

    page_file = tmp_path / f"{name}.html"
    build_map(events, profile(), asset_base=leaflet_asset_dir().as_uri(), app_base=web_asset_dir().as_uri(),
              tiles=False, basemap_url=None, center=(40.11, 46.04), zoom=10).save(str(page_file))
    context = browser.new_context(viewport={"width": 600, "height": 400})
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.wait_for_selector(".leaflet-container[data-event-count]", timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    pixels = page.evaluate("() => { const c = window.conflictmapEvents._canvas; "
                           "return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data); }")
    context.close()
    return pixels


def test_region_circles_piled_at_one_centre_stay_as_transparent_as_one(browser, tmp_path):
    """Twelve district events at one centre look like one translucent circle, not an opaque blob."""
    from tests.geo.test_mapping import event

    ARTIFACTS.mkdir(exist_ok=True)
    circle = dict(place_en="Kalbajar", precision="district", lat=40.11, lon=46.04, radius_km=8.0)
    one = _canvas_pixels(browser, tmp_path, [event(**circle)], "circle-one")
    twelve = _canvas_pixels(browser, tmp_path, [event(**circle) for _ in range(12)], "circle-twelve")
    assert max(one[3::4]) > 0
    assert max(abs(a - b) for a, b in zip(one, twelve)) == 0
    assert sorted(one[3::4])[len(one) // 8] < 60  # inside: mostly translucent
