"""``geo serve``: OGC API - Features over the store (SQLite and PostGIS), read by OWSLib and plain HTTP."""

from __future__ import annotations

import pytest
import requests
from owslib.ogcapi.features import Features

from tests.service import EXPECTED, fill, serving


@pytest.fixture
def served(store, gazetteer):
    fill(store, gazetteer)
    with serving(store._url.render_as_string(hide_password=False)) as base:
        yield base


def places(fc) -> list[str]:
    return sorted(f["properties"]["place_en"] for f in fc["features"])


def test_owslib_reads_collections_and_filtered_items(served):
    api = Features(served)
    assert "events" in [c["id"] for c in api.collections()["collections"]]
    conf = api.conformance()["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in conf
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in conf
    allv = api.collection_items("events", limit=100)
    assert allv["numberMatched"] == 5 and places(allv) == sorted(p for _, _, p in EXPECTED)
    # property filters
    assert places(api.collection_items("events", claimant="Armenia")) == [
        "Khankendi (Stepanakert)", "Khojavend (Martuni, Karabakh)"]
    assert places(api.collection_items("events", event_type="missile")) == ["Ganja"]
    assert places(api.collection_items("events", event_type="shelling", claimant="Azerbaijan")) == ["Barda", "Tartar"]
    assert places(api.collection_items("events", attacker="Armenia", precision="settlement", stance="claim",
                                       profile="karabakh")) == ["Barda", "Ganja", "Tartar"]
    assert api.collection_items("events", profile="syria")["numberMatched"] == 0
    assert places(api.collection_items("events", claimant="Armenia,Azerbaijan", limit=100)) == places(allv)
    # bbox (minx, miny, maxx, maxy) and datetime
    assert places(api.collection_items("events", bbox=[46.8, 40.2, 47.2, 40.5])) == ["Barda", "Tartar"]
    assert places(api.collection_items("events", datetime_="2020-10-03/2020-10-04")) == [
        "Ganja", "Khankendi (Stepanakert)"]
    assert places(api.collection_items("events", datetime_="2020-10-05")) == ["Khojavend (Martuni, Karabakh)"]
    assert places(api.collection_items("events", datetime_="../2020-10-01")) == ["Tartar"]
    # a single item, with [lon, lat]
    one = allv["features"][0]
    item = api.collection_item("events", one["id"])
    assert item["properties"]["event_id"] == one["id"] and item["geometry"]["type"] == "Point"
    lon, lat = item["geometry"]["coordinates"]
    assert 44 < lon < 50 and 38 < lat < 42


def test_paging_follows_next_links_to_every_event(served):
    seen, url, pages = [], f"{served}/collections/events/items?limit=2&f=json", 0
    while url:
        page = requests.get(url, timeout=10).json()
        seen += [f["id"] for f in page["features"]]
        nxt = [link["href"] for link in page["links"] if link["rel"] == "next"]
        url = nxt[0] if nxt else None
        pages += 1
    assert pages == 3 and len(seen) == len(set(seen)) == 5
    p2 = requests.get(f"{served}/collections/events/items?limit=2&offset=2&f=json", timeout=10).json()
    assert p2["numberReturned"] == 2 and [f["id"] for f in p2["features"]] == seen[2:4]


def test_landing_openapi_and_html_pages(served):
    landing = requests.get(f"{served}/?f=json", timeout=10).json()
    rels = {link["rel"] for link in landing["links"]}
    assert {"service-desc", "conformance", "data"} <= rels
    oas = requests.get(f"{served}/openapi?f=json", timeout=10)
    assert oas.status_code == 200 and oas.json()["openapi"].startswith("3.0")
    assert "/collections/events/items" in oas.json()["paths"]
    html = requests.get(f"{served}/collections/events/items?f=html", timeout=10)
    assert html.status_code == 200 and html.headers["Content-Type"].startswith("text/html")
    assert "Tartar" in html.text and "<script>alert" not in html.text
    q = requests.get(f"{served}/collections/events/queryables?f=json", timeout=10).json()
    assert {"claimant", "attacker", "event_type", "stance", "precision", "profile"} <= set(q["properties"])


@pytest.mark.parametrize("query,message", [
    ("event_type=bogus", "'bogus' is not one of"),
    ("precision=street", "'street' is not one of"),
    ("stance=claim,denial", "stance takes one value"),
    ("bbox=1,2,3", "bbox"),
    ("datetime=yesterday", "datetime"),
    ("limit=-1", "limit"),
    ("sortby=evidence", "cannot sort by 'evidence'"),
    ("sortby=", "sortby must list properties"),
    ("sortby=date,,-claimant", "sortby must list properties"),
    ("offset=99999999999999999999", "offset must be at most 9223372036854775807"),
    ("datetime=2020-10-01/2020-10-02/2020-10-03", "an instant or an interval"),
    ("datetime=2020-10-01T25:00:00Z", "datetime must be a date or date-time"),
])
def test_bad_queries_are_400_with_a_reason(served, query, message):
    r = requests.get(f"{served}/collections/events/items?{query}&f=json", timeout=10)
    assert r.status_code == 400, r.text
    assert message in r.json()["description"]


def test_unknown_item_and_alert_are_404(served):
    assert requests.get(f"{served}/collections/events/items/nope?f=json", timeout=10).status_code == 404
    assert requests.get(f"{served}/alerts/nope.atom", timeout=10).status_code == 404


def test_serve_is_read_only(served):
    r = requests.post(f"{served}/collections/events/items", json={"type": "Feature"}, timeout=10)
    assert r.status_code in (400, 405)
    assert requests.get(f"{served}/collections/events/items?f=json", timeout=10).json()["numberMatched"] == 5


def test_html_pages_never_run_article_text(tmp_path, data_dir):
    import datetime as dt

    from geo.articles import Article
    from geo.model import Event
    from geo.store import EventStore

    evil = "قصف </script><script>window.pwned=1</script> <img src=x onerror=alert(1)> ' & ترتر"
    db = f"sqlite:///{tmp_path / 'evil.sqlite'}"
    with EventStore(db) as store:
        art = Article("evil", evil, dt.date(2020, 10, 1), profile="karabakh")
        ev = Event(date=dt.date(2020, 10, 1), claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
                   place_ar="ترتر", place_en="Tartar </script><b>", lat=40.34, lon=46.93, precision="settlement",
                   evidence=evil, article="evil", profile="karabakh")
        store.add_article(art, [ev])
    with serving(db) as base:
        for path in ("/collections/events/items?f=html", f"/collections/events/items/{ev.event_id}?f=html"):
            page = requests.get(base + path, timeout=10).text
            assert "</script><script>" not in page and "<img src=x" not in page, path
        got = requests.get(f"{base}/collections/events/items/{ev.event_id}?f=json", timeout=10).json()
        assert got["properties"]["evidence"] == evil  # the API returns the text as it is


def test_datetime_leaves_undated_events_out_and_csv_is_safe_for_spreadsheets(tmp_path, data_dir):
    """An undated event is in no time interval; ``?f=csv`` cells never start a formula, and an event
    without coordinates is a row with empty x, y (pygeoapi's own CSV formatter failed on it)."""
    import csv
    import datetime as dt
    import io

    from geo.articles import Article
    from geo.model import Event
    from geo.store import EventStore

    formula = "=HYPERLINK(\"http://127.0.0.1:9/x\",\"قصف ترتر\")"
    db = f"sqlite:///{tmp_path / 'mixed.sqlite'}"
    common = dict(claimant="Azerbaijan", attacker="Armenia", event_type="shelling", profile="karabakh")
    with EventStore(db) as store:
        store.add_article(Article("dated", "قصف ترتر", dt.date(2020, 10, 1), profile="karabakh"), [
            Event(date=dt.date(2020, 10, 1), place_ar="ترتر", place_en="Tartar", lat=40.34, lon=46.93,
                  precision="settlement", evidence="قصف ترتر", article="dated", **common)])
        store.add_article(Article("undated", "قصف بردعة " + formula, None, profile="karabakh"), [
            Event(date=None, date_precision="unknown", place_ar="بردعة", place_en="Barda", lat=40.37, lon=47.13,
                  precision="settlement", evidence=formula, article="undated", **common),
            Event(date=None, date_precision="unknown", place_ar="أذربيجان", place_en="Azerbaijan", lat=None,
                  lon=None, precision="country", evidence="@SUM(1+1) قصف", article="undated", **common)])
    with serving(db) as base:
        items = f"{base}/collections/events/items"
        assert requests.get(f"{items}?f=json", timeout=10).json()["numberMatched"] == 3
        for value in ("2020-10-01", "../2020-10-05", "2020-09-01/..", "2020-10-01T00:00:00Z", "../.."):
            got = requests.get(f"{items}?datetime={value}&f=json", timeout=10).json()
            assert [f["properties"]["place_en"] for f in got["features"]] == ["Tartar"], value
        for query in ("f=csv", "f=csv&skipGeometry=true"):
            r = requests.get(f"{items}?{query}", timeout=10)
            assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/csv"), (query, r.text[:300])
            rows = {row["place_en"]: row for row in csv.DictReader(io.StringIO(r.text))}
            assert rows["Barda"]["evidence"] == "'" + formula and rows["Azerbaijan"]["evidence"] == "'@SUM(1+1) قصف"
            assert rows["Azerbaijan"]["x"] == rows["Azerbaijan"]["y"] == ""
            if "skipGeometry" not in query:
                assert (float(rows["Tartar"]["x"]), float(rows["Tartar"]["y"])) == (46.93, 40.34)  # x = lon


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(value=st.text(max_size=40), name=st.sampled_from(["claimant", "attacker", "event_type", "stance", "precision",
                                                          "profile", "colour"]),
       dt_=st.one_of(st.none(), st.text(max_size=30)))
def test_query_parameters_are_a_filter_or_a_geo_input_error(value, name, dt_):
    from geo.errors import GeoInputError
    from geo.ogcapi import build_filter

    try:
        f, profiles = build_filter(datetime_=dt_, properties=[(name, value)])
    except GeoInputError as err:
        assert str(err)
        return
    assert name != "colour"


@pytest.mark.parametrize("value,days", [
    ("2020-10-01", ("2020-10-01", "2020-10-01")),
    ("2020-10-01T23:30:00-05:00", ("2020-10-02", "2020-10-02")),  # an instant is a day in UTC
    ("2020-10-01T10:00:00Z/..", ("2020-10-01", None)),
    ("../2020-10-05", (None, "2020-10-05")),
    ("2020-10-01/2020-10-03T12:00:00+00:00", ("2020-10-01", "2020-10-03")),
])
def test_datetime_instants_and_intervals_are_days(value, days):
    from geo.ogcapi import parse_datetime

    assert tuple(d.isoformat() if d else None for d in parse_datetime(value)) == days


def test_row_feature_is_event_feature_of_the_same_event(store, gazetteer):
    from geo.export import event_feature, row_feature
    from geo.ogcapi import query_events
    from geo.store import EventFilter

    fill(store, gazetteer)
    rows, n = query_events(store, EventFilter(), limit=None, raw=True)
    events, _ = query_events(store, EventFilter(), limit=None)
    assert n == len(rows) == 5
    for (row, ns, _), (ev, _, _) in zip(rows, events):
        assert row_feature(row, n_sources=ns) == event_feature(ev)
