"""The map builder: untrusted text stays inert on the server and in the page; offline Leaflet."""

import datetime as dt
import json
import re

from geo.mapping import STATIC_PREFIX, _script_json, build_map, popup_html
from geo.model import Event
from tests.common import profile


def event(**kw):
    base = dict(date=dt.date(2020, 10, 14), claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
                place_ar="ترتر", place_en="Tartar", lat=40.342, lon=46.932, precision="settlement")
    base.update(kw)
    return Event(**base)


def test_article_text_is_never_evaluated_as_a_jinja_template_on_the_server():
    evil = "marker-{{ 7*7 }}-{{ lipsum.__module__ }}-{% if 1 %}x{% endif %}-{# c #}-end"
    html = build_map([event(evidence=evil, title="{{ 8*8 }}", source="{% raw %}")], profile()).get_root().render()
    assert "marker-49" not in html and "jinja2" not in html
    assert "marker-\\u007b{ 7*7 }}" in html  # the text itself, escaped, reads back unchanged in the browser


def test_script_json_reads_back_identical_and_cannot_close_the_script():
    value = {"t": "</script><script>alert(1)</script> {{x}} {%y%} {#z#} & «قره باغ»"}
    text = _script_json(value)
    assert "</script>" not in text and "{{" not in text and "{%" not in text and "{#" not in text
    assert json.loads(text) == value


def test_popup_escapes_everything_and_links_only_http():
    html = popup_html(event(evidence='<img src=x onerror=alert(1)>', url="javascript:alert(2)", source="<b>x</b>"))
    assert "<img" not in html and "&lt;img" in html and "javascript:" not in html and "<b>x</b>" not in html
    html = popup_html(event(url="https://example.org/a?b=1&c=2"))
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html


def test_leaflet_comes_from_the_app_not_a_cdn():
    html = build_map([event()], profile()).get_root().render()
    assert f"{STATIC_PREFIX}/leaflet.js" in html
    assert not re.search(r"cdn\.jsdelivr|unpkg\.com|cdnjs", html)


def test_country_level_events_are_not_drawn_and_districts_are_circles():
    evs = [event(), event(place_en="Armenia", precision="country", lat=40.07, lon=45.04),
           event(place_en="Kalbajar", precision="district", lat=40.11, lon=46.04, radius_km=20.0)]
    html = build_map(evs, profile()).get_root().render()
    data = json.loads(re.search(r"var data = (\{.*?\});\n", html).group(1))
    assert len(data["features"]) == 2
    radii = sorted((f["properties"]["r"] or 0) for f in data["features"])
    assert radii == [0, 20000.0]
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert (lat, lon) == (40.342, 46.932)  # [lon, lat] for Leaflet's GeoJSON
