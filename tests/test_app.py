"""The page logic through Streamlit's AppTest: first run seeds, filters change the count, downloads are right."""

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.common import ROOT


@pytest.fixture
def media(monkeypatch):
    """Files the app hands to download buttons, by URL (recorded from Streamlit's media storage)."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    files = {}
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        file_id = original(self, path_or_data, mimetype, kind, filename)
        files[self.get_url(file_id)] = path_or_data
        return file_id

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return files


@pytest.fixture
def app(tmp_path, monkeypatch, media):
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    return at


def shown(at) -> int:
    return int(at.metric[0].value)


def table(at):
    """The table of filtered events (the page also has the review queue)."""
    return next(d for d in at.dataframe if d.key == "table").value


def download(at, media, label) -> bytes:
    for el in at.get("download_button"):
        if el.proto.label == label:
            data = media[el.proto.url]
            return data.encode("utf-8") if isinstance(data, str) else data
    raise AssertionError(f"no download button {label!r}")


def test_geojson_download_holds_exactly_the_filtered_events(app, media):
    fc = json.loads(download(app, media, "Download GeoJSON"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 8
    app.multiselect(key="claimants").set_value(["Armenia"]).run()
    fc = json.loads(download(app, media, "Download GeoJSON"))
    assert [f["properties"]["claimant"] for f in fc["features"]] == ["Armenia"]
    lon, lat = fc["features"][0]["geometry"]["coordinates"]
    assert lat == pytest.approx(40.1, abs=0.1) and lon == pytest.approx(46.04, abs=0.1)  # [lon, lat]


def test_csv_and_geopackage_downloads(app, media, tmp_path):
    import geopandas as gpd
    import io
    import pandas as pd

    data = download(app, media, "Download CSV")
    assert data.startswith(b"\xef\xbb\xbf")  # export.to_bytes: a byte order mark so spreadsheets show Arabic
    csv = pd.read_csv(io.BytesIO(data))
    assert len(csv) == 8 and {"event_date", "actor1", "latitude", "longitude", "claimant"} <= set(csv.columns)
    gpkg = tmp_path / "x.gpkg"
    gpkg.write_bytes(download(app, media, "Download GeoPackage"))
    assert len(gpd.read_file(gpkg)) == 8


def test_first_run_fills_the_map_from_the_seed_and_says_so(app):
    assert shown(app) == 8
    assert any("seeds/" in i.value for i in app.info)
    args = json.loads(app.get("component_instance")[0].proto.json_args)
    # The map's code is a static file; the page's script only passes it data (where the data files are).
    assert "conflictmap.init(" in args["script"] and "/app/static/mapdata/" in args["script"]
    assert "EventCanvas" not in args["script"] and "/app/static/vendor/conflictmap/conflictmap.js" in json.dumps(args)
    assert "window.conflictmapShow(" in args["feature_group"]  # the selection travels apart from the map


def test_a_filter_changes_only_the_selection_not_the_map(app):
    before = json.loads(app.get("component_instance")[0].proto.json_args)
    app.multiselect(key="claimants").set_value(["Armenia"]).run()
    after = json.loads(app.get("component_instance")[0].proto.json_args)
    assert before["script"] == after["script"]  # same page: streamlit-folium keeps the iframe
    assert before["feature_group"] != after["feature_group"]


def test_claimant_filter_changes_the_count(app):
    app.multiselect(key="claimants").set_value(["Armenia"]).run()
    assert shown(app) == 1
    app.multiselect(key="claimants").set_value(["Azerbaijan"]).run()
    assert shown(app) == 7
    assert app.query_params["claimant"] == ["Azerbaijan"] or app.query_params["claimant"] == "Azerbaijan"


def test_date_filter_changes_the_count(app):
    import datetime as dt

    # (the picker spans the seed's days, all 14 October: dates outside them come from a link)
    app.query_params.update({"from": "2020-10-01", "to": "2020-10-02"})
    del app.session_state["dates_for"]  # as for a new visitor of that link
    app.run()
    assert app.date_input(key="dates").value == (dt.date(2020, 10, 1), dt.date(2020, 10, 2))
    assert shown(app) == 0
    app.date_input(key="dates").set_value((dt.date(2020, 10, 14), dt.date(2020, 10, 14))).run()
    assert shown(app) == 8


def test_type_filter_and_table(app):
    app.multiselect(key="types").set_value(["ground_attack"]).run()
    assert shown(app) == 5
    rows = table(app)
    assert set(rows["event_type"]) == {"ground attack"}  # types by name, not by code
    assert len(rows) == 5


def test_map_is_served_without_a_cdn(app):
    args = app.get("component_instance")[0].proto.json_args
    assert "cdn.jsdelivr" not in args and "unpkg.com" not in args
    assert "/app/static/vendor/leaflet/leaflet.js" in args


def test_arabic_interface_is_right_to_left(app):
    app.radio(key="lang").set_value("ar").run()
    assert not app.exception
    assert app.title[0].value == "الضربات المُعلنة في الأخبار العربية"
    assert any("direction: rtl" in m.value for m in app.markdown)


PASTED = "قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف اليوم مدينة ترتر وقرية قزانجي المجهولة."


def test_paste_review_correct_and_save(app, tmp_path):
    import datetime as dt

    from geo.store import EventStore

    app.text_area(key="paste_text").set_value(PASTED)
    app.date_input(key="published").set_value(dt.date(2020, 10, 20))
    app.button(key="read").click().run()
    assert not app.exception
    assert any("1 event(s) found" in s.value for s in app.subheader)
    # The reviewer says it was a missile, not shelling, and saves: the correction is stored as such.
    app.selectbox(key="r0_0_t").set_value("missile").run()
    app.button(key="save_0").click().run()
    assert not app.exception
    assert any("1 correction" in s.value for s in app.success)
    with EventStore() as store:
        corrections = store.corrections()
        assert len(corrections) == 1 and "missile" in json.dumps(corrections, ensure_ascii=False, default=str)
        tartar = [e for e in store.events() if e.place_en.startswith("Tartar") and e.date == dt.date(2020, 10, 20)]
        assert tartar and tartar[0].event_type == "missile" and tartar[0].corrected


def test_a_point_clicked_on_the_review_map_is_saved_as_a_correction(app):
    import datetime as dt

    from geo.store import EventStore

    app.text_area(key="paste_text").set_value(PASTED)
    app.date_input(key="published").set_value(dt.date(2020, 10, 21))
    app.button(key="read").click().run()
    assert len(app.get("component_instance")) == 2  # the map of the filtered events and the review map
    app.session_state["mv0_0"] = (40.30001, 46.80002)  # what a click on the review map stores
    app.run()
    assert any("40.30001" in c.value for c in app.caption)
    app.button(key="save_0").click().run()
    assert not app.exception
    with EventStore() as store:
        moved = [e for e in store.events() if e.date == dt.date(2020, 10, 21)]
        assert [(e.lat, e.lon, e.corrected) for e in moved] == [(40.30001, 46.80002, True)]


def test_a_long_table_is_capped_and_says_so(tmp_path, monkeypatch):
    import datetime as dt

    from geo.articles import Article
    from geo.model import Event
    from geo.store import EventStore

    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with EventStore() as store:
        items = []
        for i in range(2100):
            art = Article(f"a{i}", f"نص {i}", dt.date(2020, 10, 1))
            items.append((art, [Event(date=dt.date(2020, 10, 1) + dt.timedelta(days=i % 30), claimant="Azerbaijan",
                                      attacker="Armenia", event_type="shelling", place_ar="ترتر", place_en=f"P{i}",
                                      lat=39.0 + (i % 50) * 0.04, lon=45.5 + (i // 50) * 0.05, precision="settlement",
                                      article=art.name)]))
        store.bulk_add(items)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert shown(at) == 2100
    assert len(table(at)) == 2000
    assert any("first 2,000 of 2,100" in c.value for c in at.caption)


def test_unresolved_name_can_be_added_to_the_user_gazetteer(app):
    import datetime as dt

    from geo import service

    app.text_area(key="paste_text").set_value("قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف اليوم قرية زغلولستان.")
    app.date_input(key="published").set_value(dt.date(2020, 10, 20))
    app.button(key="read").click().run()
    assert not app.exception
    app.number_input(key="u0_lat").set_value(40.2)
    app.number_input(key="u0_lon").set_value(46.7)
    app.button[-1].click().run()
    assert not app.exception
    path = service.user_gazetteer_path()
    assert path.exists() and "زغلولستان" in path.read_text(encoding="utf-8")


def _focus(app):
    """The row whose popup the selection layer opens (None when no table row is selected)."""
    import re

    args = json.loads(app.get("component_instance")[0].proto.json_args)
    call = re.search(r"window\.conflictmapShow\([^,]*, (.*)\);", args["feature_group"]).group(1)
    return json.loads(call)["focus"], args


def test_a_table_row_focuses_the_map_and_opens_its_popup(app):
    assert _focus(app)[0] is None
    app.session_state["table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    focus, args = _focus(app)
    assert focus == 1 and args["zoom"] == 11  # the second row of the table (by date), centred and opened
    row = table(app).iloc[1]
    assert args["center"] is not None and row["place_en"]


def test_the_first_run_notice_goes_away_and_the_table_speaks_words_not_codes(app):
    assert app.info
    app.run()
    assert not app.info  # only on the run that seeded the store
    rows = table(app)
    assert "place_ar" in rows.columns  # column ids stay; their headers are words (column_config)
    assert not any(v in ("None", None) for v in rows["killed"]) and "ground_attack" not in set(rows["event_type"])
    app.radio(key="lang").set_value("ar").run()
    assert "هجوم بري" in set(table(app)["event_type"]) and "أذربيجان" in set(table(app)["claimant"])


def test_a_theatre_and_a_stance_travel_in_the_link(app):
    app.selectbox(key="theatre").set_value("karabakh").run()
    app.multiselect(key="stances").set_value(["accusation"]).run()
    assert not app.exception
    assert shown(app) == 7
    params = {k: (v if isinstance(v, str) else v[0]) for k, v in app.query_params.items()}
    assert params["profile"] == "karabakh" and params["stance"] == "accusation"
    app.selectbox(key="theatre").set_value("syria").run()
    assert shown(app) == 0 and not app.exception


@pytest.mark.parametrize("query", ["ترتر", "تَرتَر", "Tartar", "Tərtər", "Terter"])
def test_a_place_is_searched_through_the_gazetteer_not_by_spelling(app, query):
    """The seed's events at Tartar are found by any spelling of Tartar."""
    app.text_input(key="place").set_value(query).run()
    assert not app.exception
    assert shown(app) >= 1 and set(table(app)["place_en"]) == {"Tartar"}


# --------------------------------------------------------------------------- after merging issues 13 and 14
def test_an_undated_paste_is_stored_undated_and_the_box_leaves_it_out(app):
    from geo.store import EventStore

    app.text_area(key="paste_text").set_value(PASTED)
    app.button(key="read").click().run()
    assert not app.exception
    assert any("no publication date" in e.value for e in app.error)  # no date and no box: asked, never today
    app.checkbox(key="undated_paste").check().run()
    app.button(key="read").click().run()
    assert not app.exception and not app.error
    assert any("1 event(s) found" in s.value for s in app.subheader)
    app.button(key="save_0").click().run()
    assert not app.exception
    with EventStore() as store:
        pasted = [e for e in store.events() if e.article.startswith("pasted-")]
        assert [(e.date, e.date_precision) for e in pasted] == [(None, "unknown")]
        assert store.stats().undated == 1
    app.run()
    assert shown(app) == 9  # the eight seed events and the undated one ("include undated" ticked by default)
    app.checkbox(key="undated").uncheck().run()
    assert not app.exception and shown(app) == 8
    assert app.query_params["undated"] in ("exclude", ["exclude"])  # issue-13's link parameter
    app.checkbox(key="undated").check().run()
    assert shown(app) == 9 and "undated" not in app.query_params


@pytest.mark.filterwarnings("ignore::gazetteer.gazetteer.UserPlacesWarning")  # the skipped row, on purpose
def test_the_user_gazetteer_s_skipped_rows_are_shown_on_the_page(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "user_gazetteer.csv").write_bytes(
        b"\xef\xbb\xbfid,kind,name_en,lat,lon,country,parent,population,radius_km,names_ar,names_latin,names_az,"
        b"names_hy,source\r\n"
        + "u1,settlement,Good Hill,40.1,46.2,AZ,,,,تلة جيدة,,,,\r\n".encode()
        + "u2,settlement,Bad Lat,north,46.3,AZ,,,,تلة سيئة,,,,\r\n".encode())
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert any("1 row(s) skipped or changed" in w.value for w in at.warning)
    assert any("user_gazetteer.csv:3:" in x.value for x in at.text)


# --------------------------------------------------------------------------- issue 14: correcting the place
def _review_first(app, place_en):
    """Open the review panel on the first table row at ``place_en`` (as a table click does)."""
    rows = table(app)
    row = int(rows.index[rows["place_en"] == place_en][0])
    app.session_state["table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    return rows.iloc[row]["event_id"]


@pytest.mark.parametrize("query", ["بردعة", "Barda", "Bərdə"])
def test_a_place_typed_in_the_review_panel_moves_the_event_with_an_audit_trail(app, media, query):
    from geo.store import EventStore

    eid = _review_first(app, "Tartar")
    app.text_input(key="reviewer").set_value("Sami")
    app.text_input(key="rv_place_q").set_value(query).run()
    assert not app.exception and not app.warning
    labels = app.radio(key="rv_place_pick").options
    assert "Barda" in labels[0] and "AZ" in labels[0] and "40.3" in labels[0]  # name, country, coordinates
    app.button(key="rv_place_save").click().run()
    assert not app.exception and not app.error
    with EventStore(app_store(app)) as store:
        moved = store.get(eid)
        assert (moved.place_en, moved.place_id, moved.corrected) == ("Barda", "gn:587057", True)
        assert abs(moved.lat - 40.374) < 0.01 and moved.place_ar.startswith("بردع")  # the gazetteer's Arabic name
        (entry,) = store.review_log()[eid]
    assert entry["reviewer"] == "Sami" and entry["status_after"] == "corrected"
    assert entry["before"]["place_en"] == "Tartar" and entry["after"]["place_en"] == "Barda"
    assert "lat" in entry["before"] and "lat" in entry["after"]
    # The table, the map's data and the exports show the new place.
    assert "Barda" in set(table(app)[table(app)["event_id"] == eid]["place_en"])
    fc = json.loads(download(app, media, "Download GeoJSON"))
    (feat,) = [f for f in fc["features"] if f["properties"]["event_id"] == eid]
    assert feat["properties"]["place_en"] == "Barda" and abs(feat["geometry"]["coordinates"][1] - 40.374) < 0.01


@pytest.mark.parametrize("lat, lon, word", [("95", "46.9", "latitude"), ("40.2", "200", "longitude"),
                                            ("abc", "46.9", "latitude"), ("40.2", "", "longitude")])
def test_coordinates_typed_in_the_review_panel_are_checked(app, lat, lon, word):
    from geo.store import EventStore

    eid = _review_first(app, "Tartar")
    app.text_input(key="rv_lat").set_value(lat)
    app.text_input(key="rv_lon").set_value(lon).run()
    app.button(key="rv_place_save").click().run()
    assert not app.exception
    (err,) = app.error
    assert word in err.value and (lat if word == "latitude" else lon) in err.value
    with EventStore(app_store(app)) as store:
        assert not store.get(eid).corrected and not store.review_log()


def test_coordinates_typed_in_the_review_panel_pin_the_event(app):
    from geo.store import EventStore

    eid = _review_first(app, "Tartar")
    app.text_input(key="rv_lat").set_value("40,31234")  # a decimal comma, as many keyboards type it
    app.text_input(key="rv_lon").set_value("46.95").run()
    app.button(key="rv_place_save").click().run()
    assert not app.exception and not app.error
    with EventStore(app_store(app)) as store:
        e = store.get(eid)
    assert (e.lat, e.lon, e.precision, e.place_id, e.corrected) == (40.31234, 46.95, "settlement",
                                                                    "point:40.31234,46.95000", True)


def app_store(app):
    import os

    return os.path.join(os.environ["CONFLICTMAP_DATA_DIR"], "events.sqlite")


def test_the_date_picker_spans_the_theatre_chosen(tmp_path, monkeypatch):
    """Its bounds and range are the chosen theatre's first and last days; "all" spans every theatre."""
    import datetime as dt

    from geo.articles import Article
    from geo.model import Event
    from geo.store import EventStore

    data = tmp_path / "data"
    data.mkdir()
    base = dict(claimant="Azerbaijan", attacker="Armenia", event_type="shelling", place_ar="ترتر", place_en="Tartar",
                lat=40.342, lon=46.932, precision="settlement", place_id="gn:584871", profile="karabakh")
    with EventStore(data / "events.sqlite") as store:
        store.add_article(Article("k", "نص", dt.date(2020, 10, 14), None, None, None, "karabakh"),
                          [Event(date=dt.date(2020, 10, d), article="k", **base) for d in (1, 14)])
        syria = dict(base, claimant="Syria", attacker="Opposition", place_ar="إدلب", place_en="Idlib", lat=35.93,
                     lon=36.63, place_id="t:idlib", profile="syria")
        store.add_article(Article("s", "نص آخر", dt.date(2021, 3, 5), None, None, None, "syria"),
                          [Event(date=dt.date(2021, 3, d), article="s", **syria) for d in (1, 5)])
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(data))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()

    def picker():
        w = at.date_input(key="dates")
        return w.value, (w.proto.min, w.proto.max)

    assert picker() == ((dt.date(2020, 10, 1), dt.date(2021, 3, 5)), ("2020-10-01", "2021-03-05"))
    at.selectbox(key="theatre").set_value("syria").run()
    assert not at.exception
    assert picker() == ((dt.date(2021, 3, 1), dt.date(2021, 3, 5)), ("2021-03-01", "2021-03-05"))
    assert shown(at) == 2 and at.multiselect(key="claimants").value == ["Syria"]
    at.selectbox(key="theatre").set_value("karabakh").run()
    assert picker() == ((dt.date(2020, 10, 1), dt.date(2020, 10, 14)), ("2020-10-01", "2020-10-14"))
    assert shown(at) == 2 and at.multiselect(key="claimants").value == ["Azerbaijan"]
    at.selectbox(key="theatre").set_value("all").run()
    assert picker()[1] == ("2020-10-01", "2021-03-05") and shown(at) == 4
    assert not at.warning  # no "default value and Session State" warnings
    # A shared link's dates are taken as they are (the picker reaches them).
    at2 = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at2.query_params.update({"profile": "syria", "from": "2021-03-02", "to": "2021-04-01"})
    at2.run()
    assert at2.date_input(key="dates").value == (dt.date(2021, 3, 2), dt.date(2021, 4, 1))
    assert (at2.date_input(key="dates").proto.min, at2.date_input(key="dates").proto.max) == ("2021-03-01", "2021-04-01")
    assert shown(at2) == 1
