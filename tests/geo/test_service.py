"""The app's logic without Streamlit: URL filters, corrections, the user's gazetteer."""

import datetime as dt

import pytest

from gazetteer import Gazetteer
from geo import GeoInputError, service
from geo.model import Event
from geo.store import EventFilter

EVENT = Event(date=dt.date(2020, 10, 14), claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
              place_ar="ترتر", place_en="Tartar", lat=40.342, lon=46.932, precision="settlement", place_id="gn:584871")


def test_filters_round_trip_through_the_url():
    f = EventFilter(date_from="2020-10-01", date_to="2020-10-20", claimants=("Armenia", "Artsakh"),
                    event_types=("drone",), place="ترتر", bbox=(39.0, 45.0, 41.0, 48.0))
    assert service.filter_from_params(service.filter_to_params(f)) == f


def test_bad_url_filters_name_the_value():
    with pytest.raises(GeoInputError, match="2020-13-01"):
        service.filter_from_params({"from": "2020-13-01"})
    with pytest.raises(GeoInputError, match="planet"):
        service.filter_from_params({"type": "planet"})


def test_corrections_hold_only_what_changed():
    assert service.corrections_for(EVENT, claimant="Azerbaijan", event_type="shelling") == {}
    assert service.corrections_for(EVENT, event_type="missile") == {"event_type": "missile"}
    moved = service.corrections_for(EVENT, lat=40.3, lon=46.8)
    assert moved["lat"] == 40.3 and moved["place_id"].startswith("point:")
    with pytest.raises(GeoInputError, match="event_type"):
        service.corrections_for(EVENT, event_type="laser")


def test_user_gazetteer_file_is_read_by_the_gazetteer(tmp_path):
    path = tmp_path / "user.csv"
    pid = service.add_user_place(path, name_ar="تلة الاختبار", lat=40.1, lon=46.2, kind="settlement", name_en="Test Hill")
    gz = Gazetteer.load(extra_files=[path])
    assert gz.lookup("تلة الاختبار").id == pid


@pytest.mark.parametrize("kw, message", [
    (dict(name_ar="Test", lat=1, lon=1), "Arabic"),
    (dict(name_ar="تلة", lat=91, lon=1), "out of range"),
    (dict(name_ar="تلة", lat="x", lon=1), "numbers"),
    (dict(name_ar="تلة", lat=1, lon=1, kind="planet"), "kind must be one of"),
])
def test_bad_user_places_are_refused_and_nothing_is_written(tmp_path, kw, message):
    path = tmp_path / "user.csv"
    with pytest.raises(GeoInputError, match=message):
        service.add_user_place(path, **kw)
    assert not path.exists()


def test_pasted_text_needs_text():
    with pytest.raises(GeoInputError, match="no text"):
        service.article_from_text("  ", name="x", published="2020-10-14")


def test_bbox_of_a_drawn_rectangle():
    rect = {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [
        [[46.0, 40.0], [46.2, 40.0], [46.2, 40.1], [46.0, 40.1], [46.0, 40.0]]]}}
    assert service.bbox_of_drawing(rect) == (40.0, 46.0, 40.1, 46.2)  # (south, west, north, east) from [lon, lat]
    assert service.bbox_of_drawing(None) is None
    assert service.bbox_of_drawing({"type": "Feature", "geometry": None}) is None


def test_catalogue_views_equal_the_store_queries(tmp_path):
    from geo.store import EventStore

    evs = [EVENT, EVENT.with_(claimant="Armenia", place_en="Kalbajar", lat=40.1, lon=46.0, event_id=""),
           EVENT.with_(date=dt.date(2020, 10, 20), event_type="drone", event_id="")]
    with EventStore(tmp_path / "s.sqlite") as store:
        from geo.articles import Article

        for i, e in enumerate(evs):
            art = Article(f"a{i}", f"نص {i}", dt.date(2020, 10, 20))
            store.add_article(art, [e.with_(article=art.name, event_id="")])
        cat = service.Catalogue.load(store)
        assert cat.revision == store.revision() and cat.n == 3
        assert cat.date_range == (dt.date(2020, 10, 14), dt.date(2020, 10, 20))
        assert cat.claimants == ("Armenia", "Azerbaijan")
        for flt in (EventFilter(), EventFilter(date_from="2020-10-14", date_to="2020-10-20"),
                    EventFilter(claimants=("Armenia",)), EventFilter(event_types=("drone",)),
                    EventFilter(date_from="2020-10-15"), EventFilter(place="tart")):
            got = cat.view(cat.select(store, flt))["event_id"].tolist()
            assert got == [e.event_id for e in store.events(flt)], flt
        # A row written after the catalogue was read is left for the next rerun, not an error.
        art = Article("late", "نص متأخر", dt.date(2020, 10, 21))
        store.add_article(art, [EVENT.with_(article="late", date=dt.date(2020, 10, 21), event_id="")])
        assert len(cat.select(store, EventFilter(date_from="2020-10-14", date_to="2020-10-21", claimants=("Azerbaijan",)))) == 2
        assert cat.revision != store.revision()
        with pytest.raises(GeoInputError, match="not in the catalogue"):
            cat.positions(store.ids())


# --------------------------------------------------------------------------- issue 13: robust uploads, user file
ARTICLE = "قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف مدينة ترتر."


def test_one_bad_upload_never_stops_the_others(gazetteer):
    import json

    uploads = [("ls.txt", open("/bin/ls", "rb").read()),
               ("../../etc/evil name.txt", f"profile: ../../x\n\n{ARTICLE}".encode()),
               ("mixed.jsonl", "\n".join([json.dumps({"text": ARTICLE}, ensure_ascii=False),
                                          json.dumps({"text": ARTICLE, "profile": 7})]).encode()),
               ("notes.pdf", b"%PDF"),
               ("win.txt", ARTICLE.encode("cp1256"))]
    reviews, errors = service.review_uploads(uploads, gazetteer, published="2020-10-14")
    assert [r.article.name for r in reviews] == ["mixed-1", "win"]
    assert all(r.events for r in reviews)
    assert len(errors) == 4 and "/tmp" not in " ".join(errors)  # errors name the upload, not a temp path
    for needle in ("ls.txt: not text", "evil name.txt: profile", "mixed.jsonl:2", "notes.pdf: unsupported"):
        assert sum(needle in e for e in errors) == 1, (needle, errors)


def test_user_place_ids_are_stable_across_processes(tmp_path):
    import subprocess
    import sys

    code = ("from pathlib import Path; from geo import service; import sys; "
            "print(service.add_user_place(Path(sys.argv[1]), name_ar='تلة الاختبار', lat=40.1, lon=46.2))")
    ids = {subprocess.run([sys.executable, "-c", code, str(tmp_path / f"u{i}.csv")], capture_output=True, text=True,
                          check=True).stdout.strip() for i in range(2)}
    assert len(ids) == 1 and ids.pop().startswith("user:")


def test_a_spreadsheet_saved_user_file_is_read_leniently(tmp_path):
    import warnings

    from gazetteer.gazetteer import UserPlacesWarning

    rows = ["id,kind,name_en,lat,lon,country,parent,population,radius_km,names_ar,names_latin,names_az,names_hy,source",
            ",settlement,Hill One,40.1,46.2,AZ,,,,تلة أولى,,,,",
            "u2,settlement,Bad Pop,40.2,46.3,AZ,,many,,تلة ثانية,,,,",
            "u3,settlement,Bad Radius,40.3,46.4,AZ,,,wide,تلة ثالثة,,,,",
            "u4,settlement,Bad Lat,north,46.4,AZ,,,,تلة رابعة,,,,",
            "gn:584871,settlement,Not Tartar,10.0,10.0,AZ,,,,مكان بديل,,,,",
            "u6,planet,Bad Kind,40.3,46.4,AZ,,,,تلة سادسة,,,,"]
    text = "\r\n".join(rows) + "\r\n"
    for enc, data in (("bom", b"\xef\xbb\xbf" + text.encode("utf-8")), ("cp1256", text.encode("cp1256"))):
        path = tmp_path / f"user-{enc}.csv"
        path.write_bytes(data)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            gz = Gazetteer.load(extra_files=[path])
        problems = service.user_gazetteer_problems(gz)
        assert len(problems) == 5 and len([w for w in caught if w.category is UserPlacesWarning]) == 5
        for n in (3, 4, 5, 6, 7):
            assert sum(f"{path}:{n}:" in p for p in problems) == 1, (n, problems)
        assert gz.lookup("تلة أولى").id.startswith("user:")
        assert gz.lookup("ترتر").id == "gn:584871" and gz.lookup("ترتر").lat > 40  # the built-in place is kept
        assert gz.lookup("مكان بديل").id.startswith("user:")


def test_undated_events_reach_the_app_views(tmp_path):
    from geo.articles import Article
    from geo.store import EventStore

    with EventStore(tmp_path / "s.sqlite") as s:
        s.add_article(Article("a", "نص", dt.date(2020, 10, 14)), [EVENT.with_(article="a", event_id="")])
        s.add_article(Article("b", "نص آخر"), [EVENT.with_(article="b", date=None, event_id="")])
        cat = service.Catalogue.load(s)
        assert cat.date_range == (dt.date(2020, 10, 14), dt.date(2020, 10, 14))
        assert sorted(service.table_frame(cat.frame)["date"]) == ["", "2020-10-14"]
        assert service.timeline_rows(cat.frame) == [{"date": "2020-10-14", "claimant": "Azerbaijan", "events": 1}]
        only = EventFilter(undated="only")
        assert service.filter_from_params(service.filter_to_params(only)) == only
        assert len(cat.select(s, only)) == 1 and len(cat.select(s, EventFilter())) == 2
        # every undated mode, with the filters issue 14 added, selects what the store's query selects
        # (the catalogue's no-query shortcut must never keep an event the query would drop)
        day = dict(date_from="2020-10-14", date_to="2020-10-14")
        for f in (EventFilter(**day), EventFilter(**day, undated="exclude"), EventFilter(undated="exclude"),
                  EventFilter(**day, undated="only"), EventFilter(profiles=("karabakh",), undated="exclude"),
                  EventFilter(**day, profiles=("karabakh",), place_ids=("gn:584871",))):
            if not f.place_ids:  # (place ids are not in the link: the page resolves its place text again)
                assert service.filter_from_params(service.filter_to_params(f)) == f
            assert sorted(cat.frame.index[cat.select(s, f)]) == sorted(s.ids(f)), f
        assert service.filter_to_params(EventFilter(undated="exclude"))["undated"] == "exclude"
        assert "undated" not in service.filter_to_params(EventFilter())


def test_adding_to_a_windows_arabic_user_file_keeps_its_rows(tmp_path):
    path = tmp_path / "user.csv"
    header = ",".join(service.USER_COLUMNS)
    path.write_bytes(f"{header}\r\nu1,settlement,Old Hill,40.1,46.2,AZ,,,,تلة قديمة,,,,\r\n".encode("cp1256"))
    pid = service.add_user_place(path, name_ar="تلة جديدة", lat=40.2, lon=46.3)
    path.read_bytes().decode("utf-8")  # one encoding in the file
    gz = Gazetteer.load(extra_files=[path])
    assert gz.lookup("تلة قديمة").id == "u1" and gz.lookup("تلة جديدة").id == pid
    assert not gz.user_problems and [p.name for p in tmp_path.iterdir()] == ["user.csv"]


# --------------------------------------------------------------------------- correcting a place (issue 14)
@pytest.mark.parametrize("lat, lon, expected", [
    ("40.1", "46.5", (40.1, 46.5)), (" 40,25 ", "46,75", (40.25, 46.75)), ("٤٠٫٥", "٤٦٫٢٥", (40.5, 46.25)),
    (-90, 180, (-90.0, 180.0)), ("−33.5", "151.2", (-33.5, 151.2)),
])
def test_typed_coordinates_are_read_in_any_usual_notation(lat, lon, expected):
    assert service.parse_point(lat, lon) == expected


@pytest.mark.parametrize("lat, lon, match", [
    ("90.5", "46", r"latitude must be between -90 and 90, got '90.5'"),
    ("40", "-181", r"longitude must be between -180 and 180, got '-181'"),
    ("north", "46", r"latitude must be a number between -90 and 90, got 'north'"),
    ("40", None, r"longitude must be a number .* got None"), ("nan", "46", "latitude"), ("40", "inf", "longitude"),
])
def test_bad_coordinates_are_named_with_the_allowed_range(lat, lon, match):
    with pytest.raises(GeoInputError, match=match):
        service.parse_point(lat, lon)


def test_a_place_correction_takes_the_gazetteer_place_or_a_point(gazetteer):
    (barda, *_) = service.place_choices("Bərdə", gazetteer)
    changes = service.place_changes(EVENT, place=barda.place)
    assert changes["place_id"] == barda.place.id and changes["place_en"] == "Barda" and changes["place_ar"]
    assert set(changes) == {"lat", "lon", "place_id", "place_en", "place_ar", "country"}  # precision: both towns
    from dataclasses import replace

    assert service.place_changes(replace(EVENT, **changes), place=barda.place) == {}  # idempotent
    label = service.place_choice_label(barda.place, gazetteer)
    assert "Barda" in label and "AZ" in label and f"{barda.place.lat:.4f}" in label
    point = service.place_changes(EVENT, point=("40.3", "46.9"))
    assert point == {"lat": 40.3, "lon": 46.9, "place_id": "point:40.30000,46.90000"}
    assert service.place_changes(EVENT, point=(40.342, 46.932)) == {"place_id": "point:40.34200,46.93200"}
    assert service.place_choices("   ", gazetteer) == [] and service.place_choices("@@@", gazetteer) == []
    with pytest.raises(GeoInputError, match="either"):
        service.place_changes(EVENT)


# --------------------------------------------------------------------------- what a server start keeps
def test_the_catalogue_is_kept_on_disk_per_store_revision(tmp_path, monkeypatch):
    from geo.articles import Article
    from geo.store import EventStore

    cache = tmp_path / "cache"
    with EventStore(tmp_path / "events.sqlite") as store:
        store.add_article(Article("a", "نص", dt.date(2020, 10, 14), None, None, None, "karabakh"), [EVENT])
        first = service.cached_catalogue(store, cache_dir=cache)
        assert first.n == 1 and len(list(cache.glob("*.pkl"))) == 1
    with EventStore(tmp_path / "events.sqlite") as store:  # a restart: read back, not built again
        def no_build(cls, store):
            raise AssertionError("built again")

        monkeypatch.setattr(service.Catalogue, "load", classmethod(no_build))
        again = service.cached_catalogue(store, cache_dir=cache)
        assert again.revision == first.revision and again.frame.equals(first.frame)
        monkeypatch.undo()
        store.review(first.frame["event_id"].iloc[0], "confirmed", reviewer="Lina")  # a new revision: built again
        newer = service.cached_catalogue(store, cache_dir=cache)
        assert newer.revision != first.revision and list(newer.frame["status"]) == ["confirmed"]
        for f in cache.glob("*.pkl"):  # a damaged file is built again, never an error
            f.write_bytes(b"not a pickle")
        assert service.cached_catalogue(store, cache_dir=cache).frame["status"].tolist() == ["confirmed"]


def test_map_data_written_once_are_found_again_after_a_restart(tmp_path):
    from geo.mapping import all_parties, map_bounds, map_data, write_map_data, written_map_data

    from dataclasses import replace

    data = map_data([EVENT, replace(EVENT, lat=40.5, lon=47.0, event_id="x2")], all_parties())
    assert written_map_data(tmp_path, "key") is None
    files = write_map_data(tmp_path, "key", data, chunk=1)
    assert written_map_data(tmp_path, "key") == (files, map_bounds(data))
    assert written_map_data(tmp_path, "other key") is None
    next((tmp_path / "mapdata").glob("*-details-1.json")).unlink()  # an incomplete set is not used
    assert written_map_data(tmp_path, "key") is None


def test_map_details_written_in_the_background_follow_the_points(tmp_path):
    import json
    import time
    from dataclasses import replace

    from geo.mapping import all_parties, map_data, write_map_data, written_map_data

    data = map_data([replace(EVENT, event_id=f"e{i}", lat=40 + i / 100) for i in range(5)], all_parties())
    files = write_map_data(tmp_path, "key", data, chunk=2, background=True)
    folder = tmp_path / "mapdata"
    assert json.loads(next(folder.glob("*-points.json")).read_text(encoding="utf-8")) == data["points"]
    deadline = time.monotonic() + 30
    while written_map_data(tmp_path, "key") is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert written_map_data(tmp_path, "key")[0] == files
    got = [json.loads((folder / f"{files.details_url.rsplit('/', 1)[1].replace('{k}', str(k))}").read_text(encoding="utf-8"))
           for k in range(3)]
    assert sum((g["id"] for g in got), []) == data["details"]["id"]
