"""A real browser: Debian's Chromium, driven by Playwright, against ``streamlit run app.py`` on 127.0.0.1."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from playwright.sync_api import expect

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
    # A new store revision (a review saved) brings a new map; the old iframe lingers for a moment.
    page.wait_for_function("() => document.querySelectorAll('iframe[title=\"streamlit_folium.st_folium\"]').length === 1",
                           timeout=60_000)
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
    # Markers alone at their spot (a denial is hollow): their centre is painted in their claimant's
    # colour (to the rounding of a translucent fill read back from the canvas).
    solid = [s for s in shown if not s["radius"] and s["stance"] != "denial"
             and not any(o is not s and not o["radius"] and 0 < (o["x"] - s["x"]) ** 2 + (o["y"] - s["y"]) ** 2 < 400
                         for o in shown)]

    def near(a, b):
        return all(abs(int(a[k:k + 2], 16) - int(b[k:k + 2], 16)) <= 3 for k in (1, 3, 5))

    for s in solid:
        assert near(s["pixel"], s["color"]), (s, colours)
    assert all(s["alpha"] > 100 for s in solid)
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
    # The timeline (in the map): bars in the claimants' colours, each with its count as a tooltip.
    fills = inner.evaluate("() => Array.from(document.querySelectorAll('.conflictmap-timeline-bars rect:has(title)'))"
                           ".map(e => e.getAttribute('fill'))")
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
    # The drag ends with the rectangle in view, not with a popup over it; the map zooms to what is left.
    inner = _map_frame(page, 1)
    assert inner.evaluate("() => document.querySelectorAll('.leaflet-popup').length") == 0
    assert inner.evaluate("() => window.conflictmapEvents._map.getZoom()") > 8
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
        # (the popup is redrawn after a click: wait for the page's answer, never read it at once)
        expect(popup.locator(".conflictmap-pile")).to_contain_text(f"{k} / 3", timeout=10_000)
        seen.append(popup.locator(".conflictmap-evidence").inner_text())
        page.wait_for_selector(".leaflet-container:not([data-moving])", timeout=10_000)  # a popup making room pans the map
        popup.locator(".conflictmap-pile-next").click()
    expect(popup.locator(".conflictmap-pile")).to_contain_text("1 / 3", timeout=10_000)
    assert sorted(seen) == sorted(texts)  # each event of the pile once, the far one never
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


# ---------------------------------------------------------------------------------- issue 14
def _ev(**kw):
    import datetime as dt

    from geo.model import Event

    base = dict(date=dt.date(2020, 10, 14), claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
                place_ar="ترتر", place_en="Tartar", lat=40.342, lon=46.932, precision="settlement",
                place_id="gn:584871", profile="karabakh", evidence="قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت ترتر")
    base.update(kw)
    return Event(**base)


@pytest.fixture(scope="module")
def theatres_server(tmp_path_factory):
    """Two theatres: Karabakh (a claim and its counter-claim at Tartar, reported by two outlets, and a
    denial at Barda) and Syria (a strike on Idlib, and a report nobody could be found to claim)."""
    import datetime as dt

    from geo.articles import Article
    from geo.store import EventStore

    data = tmp_path_factory.mktemp("theatres")
    k1 = Article("k1", "نص 1", dt.date(2020, 10, 14), "https://www.aa.com.tr/ar/k1", "قصف ترتر", None, "karabakh")
    k2 = Article("k2", "نص 2", dt.date(2020, 10, 14), None, None, "أرمنبريس", "karabakh")
    k3 = Article("k3", "نص 3", dt.date(2020, 10, 14), "https://example.org/k3", None, None, "karabakh")
    s1 = Article("s1", "نص 4", dt.date(2021, 3, 1), "https://sana.sy/s1", None, None, "syria")
    with EventStore(data / "events.sqlite") as store:
        store.add_article(k1, [_ev(article="k1", source=None, url=k1.url)])
        store.add_article(k2, [_ev(article="k2", claimant="Armenia", attacker="Azerbaijan", event_type="ground_attack",
                                   lat=40.35, lon=46.94, evidence="قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية هاجمت"),
                               _ev(article="k2", claimant="Armenia", attacker="Armenia", stance="denial", place_ar="بردعة",
                                   place_en="Barda", lat=40.374, lon=47.126, place_id="t:barda", date=dt.date(2020, 10, 15),
                                   evidence="نفت وزارة الدفاع الأرمينية قصف بردعة")])
        store.add_article(k3, [_ev(article="k3", lat=40.343, lon=46.933)])  # the same claim again: merged
        store.add_article(s1, [_ev(article="s1", claimant="Syria", attacker="Opposition", event_type="airstrike",
                                   place_ar="إدلب", place_en="Idlib", lat=35.93, lon=36.63, place_id="t:idlib",
                                   profile="syria", date=dt.date(2021, 3, 1), url=s1.url, evidence="غارة على إدلب"),
                               _ev(article="s1", claimant="Other", attacker=None, event_type="other", place_ar="حلب",
                                   place_en="Aleppo", lat=36.2, lon=37.16, place_id="t:aleppo", profile="syria",
                                   date=dt.date(2021, 3, 1), evidence="انفجار في حلب")])
    with streamlit_app(data) as url:
        yield url, data


def _open_popup(page, inner, pick):
    page.locator('iframe[title="streamlit_folium.st_folium"]').scroll_into_view_if_needed()
    s = next(s for s in _shown(inner) if pick(s))
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    page.mouse.click(box["x"] + s["x"], box["y"] + s["y"])
    popups = page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(".leaflet-popup-content")
    popups.first.wait_for(timeout=10_000)
    # A popup open before this click fades out for a moment after the new one opens: wait until the new
    # one is alone (the last one in the document is the newest).
    for _ in range(100):
        if popups.count() == 1:
            break
        page.wait_for_timeout(100)
    assert popups.count() == 1, "the previous popup did not close"
    return popups.first


def test_every_theatre_is_drawn_in_its_parties_colours_and_a_theatre_frames_the_map(theatres_server, browser):
    from geo.mapping import all_parties
    from geo.profile import load_profile

    url, _ = theatres_server
    colour = {p.id: p.color for p in all_parties()}
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    colours = _map_layers(page, count=5)  # all theatres: 3 in Karabakh (two merged into one) and 2 in Syria
    assert sorted(colours) == sorted([colour["Azerbaijan"], colour["Armenia"], colour["Armenia"], colour["Syria"],
                                      colour["Other"]])
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    legend = frame.locator(".conflictmap-legend").inner_text()
    assert "Syrian government" in legend or load_profile("syria").party("Syria").label_en in legend
    assert "Azerbaijan" in legend
    # No tiles offline, and no credit for tiles that are not there.
    frame.locator('.leaflet-container[data-tiles="offline"]').wait_for(timeout=15_000)
    assert "OpenStreetMap" not in frame.locator(".leaflet-control-attribution").inner_text()
    page.screenshot(path=str(ARTIFACTS / "theatres-all.png"), full_page=True)
    # The Syria theatre: its events only, the map framed on them.
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name=load_profile("syria").name_en).click()
    colours = _map_layers(page, count=2)
    assert sorted(colours) == sorted([colour["Syria"], colour["Other"]])
    inner = _map_frame(page, 2)
    south, west, north, east = load_profile("syria").theatre.bbox
    lat, lon = inner.evaluate("() => { const c = window.conflictmapEvents._map.getCenter(); return [c.lat, c.lng]; }")
    assert south <= lat <= north and west <= lon <= east
    assert "profile=syria" in page.url
    page.screenshot(path=str(ARTIFACTS / "theatres-syria.png"), full_page=True)
    context.close()


def test_a_counter_claim_shows_its_opposing_claim_and_both_together(theatres_server, browser):
    url, _ = theatres_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    _map_layers(page, count=3)
    inner = _map_frame(page, 3)
    shown = {s["lat"]: s for s in _shown(inner)}
    assert shown[40.342]["stance"] == "accusation" and shown[40.35]["stance"] == "counter"
    assert shown[40.374]["stance"] == "denial" and shown[40.35]["contested"]
    popup = _open_popup(page, inner, lambda s: s["lat"] == 40.35)
    text = popup.inner_text()
    assert "counter-claim" in text and "contested" in text
    assert "Azerbaijan (accusation)" in popup.locator(".conflictmap-opposing").inner_text()
    page.screenshot(path=str(ARTIFACTS / "counter-claim-popup.png"), full_page=True)
    popup.locator(".conflictmap-together").click()
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    frame.locator('.leaflet-container[data-event-count="2"][data-together]').wait_for(timeout=10_000)
    assert sorted(s["lat"] for s in _shown(inner)) == [40.342, 40.35]
    page.screenshot(path=str(ARTIFACTS / "counter-claim-together.png"), full_page=True)
    # The merged claim lists both its sources with their outlets and links.
    popup = _open_popup(page, inner, lambda s: s["lat"] == 40.342)
    sources = popup.locator(".conflictmap-sources").inner_text()
    assert "sources (2)" in sources and "aa.com.tr" in sources and "example.org" in sources
    assert popup.locator(".conflictmap-sources a").count() == 2
    # A stance filter: denials only.
    page.keyboard.press("Escape")
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').nth(2).click()
    page.get_by_role("option", name="denial").click()
    assert len(_map_layers(page, count=1)) == 1
    assert "stance=denial" in page.url
    context.close()


def test_review_reject_and_confirm_from_the_popup_with_an_audit_trail(theatres_server, browser):
    import json

    from geo.store import EventFilter, EventStore

    url, data = theatres_server
    context = browser.new_context(viewport={"width": 1280, "height": 1400}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{url}/?profile=syria", wait_until="domcontentloaded")
    _map_layers(page, count=2)
    inner = _map_frame(page, 2)
    # The report nobody could be attributed is uncertain: it waits in the queue, marked on the map.
    assert next(s for s in _shown(inner) if s["lat"] == 36.2)["review"] == 1
    popup = _open_popup(page, inner, lambda s: s["lat"] == 36.2)
    assert "needs review" in popup.locator(".conflictmap-review").inner_text()
    popup.locator(".conflictmap-review-button").click()
    page.get_by_text("Reviewing:").wait_for(timeout=30_000)
    page.get_by_label("Your name (reviewer)").fill("Lina")
    page.get_by_label("Note (optional)").fill("no source names a party")
    page.get_by_role("button", name="Reject").click()
    page.get_by_text("Saved: rejected.").wait_for(timeout=30_000)
    _map_layers(page, count=1)  # rejected: off the map
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download GeoJSON").click()
    fc = json.loads(open(dl.value.path(), encoding="utf-8").read())
    assert [f["properties"]["place_en"] for f in fc["features"]] == ["Idlib"]  # and out of the exports
    with EventStore(data / "events.sqlite") as store:
        kept = store.events(EventFilter(include_rejected=True, profiles=("syria",)))
        assert len(kept) == 2  # still in the store
        (entry,) = [e for trail in store.review_log().values() for e in trail]
        assert (entry["reviewer"], entry["status_before"], entry["status_after"], entry["note"]) == (
            "Lina", "needs_review", "rejected", "no source names a party")
    # Confirm the other one; its popup shows who did what and when.
    inner = _map_frame(page, 1)
    popup = _open_popup(page, inner, lambda s: s["lat"] == 35.93)
    popup.locator(".conflictmap-review-button").click()
    page.get_by_text("Reviewing:").wait_for(timeout=30_000)
    page.wait_for_function("() => document.body.innerText.includes('Idlib')", timeout=30_000)
    page.get_by_role("button", name="Confirm").click()
    page.get_by_text("Saved: confirmed.").wait_for(timeout=30_000)
    inner = _map_frame(page, 1)
    page.wait_for_function("() => true")
    popup = _open_popup(page, inner, lambda s: s["lat"] == 35.93)
    audit = popup.locator(".conflictmap-audit").inner_text()
    assert "Lina" in audit and "confirmed" in audit
    page.screenshot(path=str(ARTIFACTS / "review-popup-audit.png"), full_page=True)
    context.close()


def test_the_legend_folds_and_the_arabic_interface_is_arabic_throughout(theatres_server, browser):
    url, _ = theatres_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    _map_layers(page)
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    legend = frame.locator(".conflictmap-legend")
    before = legend.bounding_box()
    frame.locator(".conflictmap-legend-fold").click()
    folded = legend.bounding_box()
    assert folded["height"] < before["height"] / 3 and "conflictmap-folded" in legend.get_attribute("class")
    page.screenshot(path=str(ARTIFACTS / "legend-folded.png"), full_page=True)
    page.reload(wait_until="domcontentloaded")
    _map_layers(page)
    assert "conflictmap-folded" in frame.locator(".conflictmap-legend").get_attribute("class")  # remembered
    frame.locator(".conflictmap-legend-fold").click()
    # Arabic: party names, types, stance words, table headers, popups.
    page.get_by_text("العربية").click()
    page.get_by_text("الضربات المُعلنة في الأخبار العربية").wait_for(timeout=30_000)
    _map_layers(page)
    frame.locator(".conflictmap-legend[dir=rtl]").wait_for(timeout=30_000)
    legend = frame.locator(".conflictmap-legend").inner_text()
    assert "أذربيجان" in legend and "اتهام" in legend and "Azerbaijan" not in legend
    inner = _map_frame(page)
    popup = _open_popup(page, inner, lambda s: s["lat"] == 40.374)
    text = popup.inner_text()
    assert "نفي" in text and "denial" not in text
    assert popup.locator("bdi").count() >= 3  # names and places isolated from the text around them
    page.screenshot(path=str(ARTIFACTS / "arabic.png"), full_page=True)
    chips = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.inner_text()
    assert "أذربيجان" in chips and "Azerbaijan" not in chips
    # The text area for an article lays Arabic out right to left (in either interface).
    page.get_by_role("tab", name="إضافة مقالات").click()
    area = page.locator("textarea").first
    area.fill("قصفت القوات مدينة ترتر")
    assert area.evaluate("e => getComputedStyle(e).unicodeBidi") == "plaintext"
    assert page.get_by_text("رابط المقال").count() >= 1  # pasted text takes a URL, an outlet and a title
    page.screenshot(path=str(ARTIFACTS / "arabic-add.png"), full_page=True)
    context.close()


def test_the_map_view_travels_in_the_link(theatres_server, browser):
    url, _ = theatres_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh&view=40.3600,46.9500,12", wait_until="domcontentloaded")
    inner = _map_frame(page, 3)
    zoom, lat, lon = inner.evaluate("() => { const m = window.conflictmapEvents._map, c = m.getCenter(); return [m.getZoom(), c.lat, c.lng]; }")
    assert zoom == 12 and abs(lat - 40.36) < 0.01 and abs(lon - 46.95) < 0.01
    inner.evaluate("() => { window.conflictmapEvents._map.setView([40.2, 46.8], 10, {animate: false}); }")
    page.wait_for_function("() => location.search.includes('view=40.2000%2C46.8000%2C10') || location.search.includes('view=40.2000,46.8000,10')",
                           timeout=10_000)
    assert "profile=karabakh" in page.url
    context.close()


def test_a_place_search_finds_the_place_by_any_of_its_names(theatres_server, browser):
    url, _ = theatres_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    _map_layers(page, count=3)
    box = page.locator('[data-testid="stSidebar"] input[aria-label="Place (Arabic or Latin)"]')
    box.fill("Tərtər")  # the Azerbaijani spelling: printed nowhere in the events
    box.press("Enter")
    assert sorted(s["lat"] for s in _shown(_map_frame(page, 2))) == [40.342, 40.35]
    page.screenshot(path=str(ARTIFACTS / "place-search.png"), full_page=True)
    context.close()


def test_the_map_timeline_brushes_a_date_filter_and_plays_the_days(theatres_server, browser):
    url, _ = theatres_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    inner = _map_frame(page, 3)
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    bars = frame.locator(".conflictmap-timeline-bars rect[fill]")
    assert bars.count() == 3  # 14 October: Azerbaijan and Armenia; 15 October: Armenia
    assert "events per day" in frame.locator(".conflictmap-timeline").inner_text()
    # Play: the map shows one day after the other.
    inner.evaluate("() => { window.map.conflictmap.playStep = 1500; }")
    frame.locator(".conflictmap-play").click()
    frame.locator('.leaflet-container[data-playing="2020-10-14"][data-event-count]').wait_for(timeout=10_000)
    assert len(inner.evaluate("() => window.conflictmapEvents.shown()")) == 2
    frame.locator('.leaflet-container[data-playing="2020-10-15"]').wait_for(timeout=10_000)
    assert [s["lat"] for s in inner.evaluate("() => window.conflictmapEvents.shown()")] == [40.374]
    frame.locator(".leaflet-container:not([data-playing])").wait_for(timeout=10_000)
    assert len(inner.evaluate("() => window.conflictmapEvents.shown()")) == 3
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    # Brush the second day: the app's date filter follows.
    svg = frame.locator(".conflictmap-timeline-bars")
    svg.scroll_into_view_if_needed()
    b = svg.bounding_box()
    page.mouse.move(b["x"] + b["width"] * 0.75, b["y"] + b["height"] / 2)
    page.mouse.down()
    page.mouse.move(b["x"] + b["width"] * 0.95, b["y"] + b["height"] / 2, steps=3)
    page.mouse.up()
    page.wait_for_function("() => location.search.includes('from=2020-10-15')", timeout=30_000)
    assert len(_map_layers(page, count=1)) == 1
    context.close()


def test_the_offline_map_has_place_labels_more_as_one_zooms_in(theatres_server, browser):
    url, _ = theatres_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    inner = _map_frame(page, 3)
    frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
    frame.locator(".leaflet-container[data-labels]").wait_for(timeout=30_000)
    inner.evaluate("() => { window.conflictmapEvents._map.setView([40.2, 46.8], 8, {animate: false}); }")
    few = inner.evaluate("() => window.conflictmapEvents._map.conflictmapLabels")
    inner.evaluate("() => { window.conflictmapEvents._map.setView([40.2, 46.8], 10, {animate: false}); }")
    many = inner.evaluate("() => window.conflictmapEvents._map.conflictmapLabels")
    assert "Barda" in few or "Tartar" in few
    assert len(few) > 3 and len(set(many) - set(few)) > 5  # villages appear as one zooms in
    page.screenshot(path=str(ARTIFACTS / "labels.png"), full_page=True)
    page.get_by_text("العربية").click()
    page.get_by_text("الضربات المُعلنة في الأخبار العربية").wait_for(timeout=30_000)
    inner = _map_frame(page)
    frame.locator(".leaflet-container[data-labels]").wait_for(timeout=30_000)
    names = inner.evaluate("() => window.conflictmapEvents._map.conflictmapLabels")
    assert any("\u0600" <= ch <= "\u06ff" for n in names for ch in n)  # Arabic names with the Arabic interface
    page.screenshot(path=str(ARTIFACTS / "labels-ar.png"), full_page=True)
    context.close()


# ---------------------------------------------------------------------------------- issue 14, the gaps
@pytest.fixture(scope="module")
def analyst_server(tmp_path_factory):
    """Karabakh: a claim at Tartar (1 October 2020) and one at Ganja (14 October); Syria: strikes on
    Idlib on 1 and 5 March 2021."""
    import datetime as dt

    from geo.articles import Article
    from geo.store import EventStore

    data = tmp_path_factory.mktemp("analyst")
    k1 = Article("k1", "نص 1", dt.date(2020, 10, 14), "https://www.aa.com.tr/ar/k1", "قصف", None, "karabakh")
    s1 = Article("s1", "نص 2", dt.date(2021, 3, 5), "https://sana.sy/s1", None, None, "syria")
    with EventStore(data / "events.sqlite") as store:
        store.add_article(k1, [_ev(article="k1", date=dt.date(2020, 10, 1)),
                               _ev(article="k1", place_ar="كنجة", place_en="Ganja", lat=40.683, lon=46.361,
                                   place_id="gn:586523", evidence="قصفت القوات الأرمينية كنجة")])
        store.add_article(s1, [_ev(article="s1", claimant="Syria", attacker="Opposition", event_type="airstrike",
                                   place_ar="إدلب", place_en="Idlib", lat=35.93, lon=36.63, place_id="t:idlib",
                                   profile="syria", date=d, evidence="غارة على إدلب")
                               for d in (dt.date(2021, 3, 1), dt.date(2021, 3, 5))])
    with streamlit_app(data) as url:
        yield url, data


def _typed(page, label, text):
    """Type into a text input and wait for the app's answer (a rerun) before going on: a click that
    follows at once may reach the app before the value does."""
    box = page.get_by_label(label)
    box.fill(text)
    box.press("Enter")
    _settled(page)


def _settled(page):
    """Wait until the app has no script run going (its status widget says "Running" while it has)."""
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
                           " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
                           timeout=30_000)


def _expect_dates(page, first, last):
    """Wait until the sidebar's date range (its two hidden date inputs) is ``first`` to ``last``."""
    page.wait_for_function(
        "([a, b]) => { const v = Array.from(document.querySelectorAll("
        "'[data-testid=\"stSidebar\"] [data-testid=\"stDateInput\"] input[type=\"date\"]')).map(e => e.value);"
        " return v.length === 2 && v[0] === a && v[1] === b; }", arg=[first, last], timeout=30_000)


def test_the_place_of_an_event_is_corrected_from_its_popup(analyst_server, browser):
    import json

    from geo.store import EventStore

    url, data = analyst_server
    context = browser.new_context(viewport={"width": 1280, "height": 1400}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    _map_layers(page, count=2)
    inner = _map_frame(page, 2)
    popup = _open_popup(page, inner, lambda s: s["lat"] == 40.342)
    popup.locator(".conflictmap-review-button").click()
    page.get_by_text("Reviewing:").wait_for(timeout=30_000)
    page.wait_for_function("() => document.body.innerText.includes('Tartar')", timeout=30_000)
    _typed(page, "Your name (reviewer)", "Lina")
    # A place name in Arabic: the gazetteer's places of that name, with country, region and coordinates.
    _typed(page, "Place name (Arabic, Latin or Azerbaijani spelling)", "بردعة")
    choice = page.locator('[data-testid="stRadio"] label').filter(has_text="Barda").first
    choice.wait_for(timeout=30_000)
    assert "AZ" in choice.inner_text() and "40.3" in choice.inner_text()
    page.screenshot(path=str(ARTIFACTS / "correct-place-candidates.png"), full_page=True)
    choice.click()
    page.get_by_role("button", name="Move the event there").click()
    page.get_by_text("Saved: corrected.").wait_for(timeout=30_000)
    # The event moved on the map (the same two events, one at Barda now) and says it was corrected.
    page.wait_for_function("() => document.body.innerText.includes('Barda')", timeout=30_000)
    inner = _map_frame(page, 2)
    lats = sorted(round(s["lat"], 2) for s in _shown(inner))
    assert lats == [40.38, 40.68]
    moved = next(s for s in _shown(inner) if round(s["lat"], 2) == 40.38)
    assert moved["review"] == 3  # corrected: the dark badge
    popup = _open_popup(page, inner, lambda s: round(s["lat"], 2) == 40.38)
    expect(popup.locator(".conflictmap-audit")).to_contain_text("Lina", timeout=10_000)
    audit = popup.locator(".conflictmap-audit").inner_text()
    assert "Tartar" in audit and "Barda" in audit  # before and after
    assert "corrected" in popup.locator(".conflictmap-review").inner_text()
    page.screenshot(path=str(ARTIFACTS / "correct-place-moved.png"), full_page=True)
    page.keyboard.press("Escape")
    with page.expect_download() as dl:
        page.get_by_role("button", name="Download GeoJSON").click()
    fc = json.loads(open(dl.value.path(), encoding="utf-8").read())
    assert sorted(f["properties"]["place_en"] for f in fc["features"]) == ["Barda", "Ganja"]
    _settled(page)
    # Coordinates out of range: a clear error, nothing saved; then a good point pins the event.
    _typed(page, "Latitude", "95")
    _typed(page, "Longitude", "46.9")
    page.get_by_role("button", name="Move the event there").click()
    page.get_by_text("latitude must be between -90 and 90, got '95'").wait_for(timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "correct-place-bad-point.png"), full_page=True)
    _typed(page, "Latitude", "40.2")
    _typed(page, "Longitude", "46.8")
    page.get_by_role("button", name="Move the event there").click()
    page.get_by_text("Saved: corrected.").wait_for(timeout=30_000)
    _map_frame(page, 2)
    page.wait_for_function(
        "() => { const f = Array.from(document.querySelectorAll('iframe')).map(i => i.contentWindow)"
        ".find(w => { try { return w.conflictmapEvents; } catch (e) { return false; } });"
        " return f && f.conflictmapEvents.shown().some(s => s.lat === 40.2 && s.lon === 46.8); }", timeout=30_000)
    with EventStore(data / "events.sqlite") as store:
        (trail,) = store.review_log().values()
    assert [(e["before"].get("place_en"), e["after"].get("place_en")) for e in trail] == [("Tartar", "Barda"),
                                                                                         (None, None)]
    assert trail[1]["after"]["lat"] == 40.2 and trail[1]["before"]["lat"] > 40.3
    context.close()


#: Where each of the two dates of a range label is drawn: the left edge of each (a Range per date).
DATE_EDGES = """(e) => {
  const node = e.firstChild, text = node.textContent, out = [];
  for (const m of text.matchAll(/\\d{4}[-/]\\d{2}[-/]\\d{2}/g)) {
    const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
    out.push([m[0], r.getBoundingClientRect().left]);
  }
  return out;
}"""

#: The date picker's parts (year, month, day of the first date, then of the last) with their left edges.
PICKER_PARTS = """(e) => Array.from(e.querySelectorAll('[role="spinbutton"]')).map(
  s => [s.getAttribute('data-type'), s.textContent, s.getBoundingClientRect().left])"""


def test_date_ranges_read_first_date_first_in_both_languages(analyst_server, browser):
    url, _ = analyst_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    for lang in ("en", "ar"):
        if lang == "ar":
            page.get_by_text("العربية").click()
            page.get_by_text("الضربات المُعلنة في الأخبار العربية").wait_for(timeout=30_000)
        _map_frame(page, 2)
        frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
        if lang == "ar":
            frame.locator('.conflictmap-timeline-head[dir="rtl"]').wait_for(timeout=30_000)
        label = frame.locator(".conflictmap-timeline-range")
        expect(label).to_have_text("2020-10-01 \u2013 2020-10-14", timeout=30_000)
        (first, a), (last, b) = label.evaluate(DATE_EDGES)
        assert (first, last) == ("2020-10-01", "2020-10-14") and a < b, (lang, a, b)  # left to right
        # The sidebar's date picker, the same range: 2020, 10, 01 then 2020, 10, 14 from left to right.
        _expect_dates(page, "2020-10-01", "2020-10-14")
        parts = page.locator('[data-testid="stSidebar"] [data-testid="stDateInputField"]').evaluate(PICKER_PARTS)
        assert [p[1] for p in sorted(parts, key=lambda p: p[2])] == ["2020", "10", "01", "2020", "10", "14"], (lang, parts)
    page.screenshot(path=str(ARTIFACTS / "arabic-date-ranges.png"), full_page=True)
    context.close()


def test_the_date_picker_follows_the_theatre_chosen(analyst_server, browser):
    from geo.profile import load_profile

    url, _ = analyst_server
    context = browser.new_context(viewport={"width": 1280, "height": 1100})
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    _map_frame(page)
    _expect_dates(page, "2020-10-01", "2021-03-05")  # all: every theatre
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name=load_profile("syria").name_en).click()
    _expect_dates(page, "2021-03-01", "2021-03-05")
    page.wait_for_function("() => location.search.includes('from=2021-03-01') && location.search.includes('to=2021-03-05')",
                           timeout=30_000)
    _map_frame(page, 2)
    page.screenshot(path=str(ARTIFACTS / "date-picker-syria.png"), full_page=True)
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()
    page.get_by_role("option", name="All theatres").click()
    _expect_dates(page, "2020-10-01", "2021-03-05")
    _map_frame(page, 4)  # and every theatre's claimants again
    context.close()


def test_a_popup_waits_for_map_details_still_being_written(browser, tmp_path):
    """The app writes a new map's details after its points: a popup opened before its details file
    is there asks again, and shows the event once the file is written."""
    import functools
    import http.server
    import threading

    from geo.mapping import all_parties, base_map, install_static_assets, legend_data, map_data, map_bounds, \
        selection_layer, write_map_data
    from tests.geo.test_mapping import event

    static = tmp_path / "app" / "static"  # served as /app/static/, as Streamlit serves the app's
    install_static_assets(static)
    events = [event(evidence="قصفت القوات الأرمينية مدينة ترتر صباح اليوم"), event(lat=39.9, lon=46.8)]
    data = map_data(events, all_parties())
    files = write_map_data(static, "key", data, chunk=1)
    waiting = next((static / "mapdata").glob("*-details-0.json"))
    held = waiting.read_bytes()
    waiting.unlink()  # not written yet
    fmap = base_map(None, files=files, bounds=map_bounds(data), tiles=False, basemap_url=None)
    selection_layer(None, legend=legend_data(events, all_parties())).add_to(fmap)
    fmap.save(str(tmp_path / "index.html"))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        context = browser.new_context(viewport={"width": 900, "height": 600})
        page = context.new_page()
        asked = []
        page.on("request", lambda r: asked.append(r.url) if "details-0" in r.url else None)
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html")
        page.wait_for_selector('.leaflet-container[data-event-count="2"]', timeout=30_000)
        spot = next(s for s in page.evaluate("() => window.conflictmapEvents.shown()") if s["lat"] == 40.342)
        page.mouse.click(spot["x"], spot["y"])
        page.wait_for_timeout(800)  # the page has asked (and been refused) at least once by now
        assert asked, "the popup never asked for its details"
        waiting.write_bytes(held)  # the app's thread writes it
        expect(page.locator(".leaflet-popup-content .conflictmap-evidence")).to_contain_text("ترتر", timeout=15_000)
        assert len(asked) >= 2  # asked again, not given up after the first refusal
        context.close()
    finally:
        server.shutdown()


def test_the_place_of_an_event_is_corrected_from_the_table(analyst_server, browser):
    """A row picked in the table opens the same review panel; an Azerbaijani spelling finds the place."""
    url, data = analyst_server
    context = browser.new_context(viewport={"width": 1280, "height": 1400})
    page = context.new_page()
    page.goto(f"{url}/?profile=karabakh", wait_until="domcontentloaded")
    _map_frame(page, 2)
    grid = page.locator(".st-key-table [data-testid='stDataFrameResizable']")
    grid.scroll_into_view_if_needed()
    b = grid.bounding_box()
    page.mouse.click(b["x"] + 18, b["y"] + 35 + 35 + 17)  # the row marker of the second row (14 October: Ganja)
    page.get_by_text("Reviewing:").wait_for(timeout=30_000)
    page.wait_for_function("() => document.body.innerText.includes('Reviewing:') && "
                           "document.body.innerText.split('Reviewing:')[1].includes('Ganja')", timeout=30_000)
    _typed(page, "Place name (Arabic, Latin or Azerbaijani spelling)", "Tərtər")
    choice = page.locator('[data-testid="stRadio"] label').filter(has_text="Tartar").first
    choice.wait_for(timeout=30_000)
    choice.click()
    _settled(page)
    page.get_by_role("button", name="Move the event there").click()
    page.get_by_text("Saved: corrected.").wait_for(timeout=30_000)
    page.wait_for_function(
        "() => { const f = Array.from(document.querySelectorAll('iframe')).map(i => i.contentWindow)"
        ".find(w => { try { return w.conflictmapEvents; } catch (e) { return false; } });"
        " return f && !f.conflictmapEvents.shown().some(s => Math.abs(s.lat - 40.683) < 0.01); }", timeout=30_000)
    assert any(abs(s["lat"] - 40.342) < 0.01 for s in _shown(_map_frame(page, 2)))
    page.screenshot(path=str(ARTIFACTS / "correct-place-table.png"), full_page=True)
    context.close()
