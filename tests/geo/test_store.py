"""The event store, run against SQLite and PostGIS through the parametrised ``store`` fixture."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pyproj import Geod

import geo.store as store_mod
from geo.articles import Article, read_articles
from geo.errors import GeoInputError, StoreError
from geo.model import FRAME_COLUMNS, Event
from geo.pipeline import extract_article
from geo.service import reextract
from geo.store import CORRECTABLE_FIELDS, EventFilter, EventStore, parse_bbox

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_4b532d8d9de71b80.txt"
PUBLISHED = "2020-10-14"
TARTAR = (40.34201, 46.93161)
GEOD = Geod(ellps="WGS84")


def art(name: str, text: str | None = None, **kw) -> Article:
    return Article(name, text if text is not None else f"نص المقال {name}", **kw)


def ev(article: str, *, claimant="Azerbaijan", event_type="shelling", date="2020-10-14", at=TARTAR,
       place_ar="ترتر", place_en="Tartar", stance="claim", **kw) -> Event:
    lat, lon = at if at is not None else (None, None)
    return Event(date=dt.date.fromisoformat(date), claimant=claimant, attacker=kw.pop("attacker", "Armenia"),
                 event_type=event_type, place_ar=place_ar, place_en=place_en, lat=lat, lon=lon,
                 precision=kw.pop("precision", "settlement"), place_id=kw.pop("place_id", f"test:{place_en}"),
                 country=kw.pop("country", "AZ"), stance=stance, article=article, sources=(article,), **kw)


def moved(km: float, *, start=TARTAR, azimuth=90.0) -> tuple[float, float]:
    """The point ``km`` from ``start`` along ``azimuth`` (geodesic)."""
    lon, lat, _ = GEOD.fwd(start[1], start[0], azimuth, km * 1000)
    return lat, lon


def snapshot(store: EventStore) -> list[tuple]:
    return sorted((e.event_id, e.sources, e.contested, e.merged_because, e.claimant) for e in store.events())


# ------------------------------------------------------------------------------ basics


def test_empty_store(store):
    assert store.events() == []
    st = store.stats()
    assert (st.articles, st.readings, st.events, st.corrections, st.date_from) == (0, 0, 0, 0, None)
    assert store.backend in ("sqlite", "postgis")


def test_roundtrip_keeps_every_field(store):
    e = ev("a1", killed=3, injured=None, radius_km=12.5, evidence="الجيش الأرميني شن هجمات على ترتر",
           evidence_start=10, evidence_end=44, place_start=30, place_end=34, source="الأناضول",
           url="https://example.org/a1", title="عنوان", profile="karabakh", date_precision="week")
    res = store.add_article(art("a1"), [e])
    assert res.added and res.events == 1
    (got,) = store.events()
    assert got == e  # every compared field, including sources=("a1",)
    assert got.event_id == e.event_id
    assert got.lat == pytest.approx(e.lat) and got.lon == pytest.approx(e.lon)
    assert store.get(e.event_id) == e


def test_articles_are_kept(store):
    a = art("a1", url="https://example.org/x", title="عنوان", source="الجزيرة",
            published=dt.date(2020, 10, 14), profile="karabakh")
    store.add_article(a, [])
    (back,) = store.articles()
    assert back == a and back.content_hash == a.content_hash
    assert store.has_article(a.content_hash)
    assert store.stats().articles == 1


def test_same_content_twice_adds_nothing(store):
    assert store.add_article(art("a1", "نفس النص"), [ev("a1")]).added
    again = store.add_article(art("a1", "نفس النص"), [ev("a1")])
    renamed = store.add_article(art("other-name", "  نفس النص\n"), [ev("other-name")])
    assert not again.added and not renamed.added
    st = store.stats()
    assert (st.articles, st.readings) == (1, 1)


def test_event_without_article_name_gets_it(store):
    e = ev("")
    store.add_article(art("named"), [e, e])  # a duplicate reading of one article is stored once
    (got,) = store.events()
    assert got.article == "named" and got.sources == ("named",)
    assert got.event_id == got.compute_id()


def test_same_event_id_in_two_articles_is_kept_apart(store):
    # two different articles that share a file name produce the same event ids
    store.add_article(art("dup", "النص الأول"), [ev("dup")])
    store.add_article(art("dup", "النص الثاني"), [ev("dup", date="2020-10-15")])
    store.add_article(art("dup", "النص الثالث"), [ev("dup")])
    readings = store.events(merged=False)
    assert len(readings) == 3
    assert len({e.event_id for e in readings}) == 3


def test_failure_mid_batch_keeps_earlier_articles_and_nothing_half_written(store, monkeypatch):
    real = store_mod._event_row

    def broken(e):
        if e.article == "b" and e.place_en == "Fuzuli":  # the second event of the second article
            raise RuntimeError("disk on fire")
        return real(e)

    monkeypatch.setattr(store_mod, "_event_row", broken)
    store.add_article(art("a"), [ev("a"), ev("a", place_en="Aghdam", at=(39.99, 46.93))])
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add_article(art("b"), [ev("b", at=(40.0, 47.0)), ev("b", place_en="Fuzuli", at=(39.6, 47.15))])
    store.add_article(art("c"), [ev("c", claimant="Armenia")])
    assert [a.name for a in store.articles()] == ["a", "c"]
    assert sorted(e.article for e in store.events(merged=False)) == ["a", "a", "c"]
    # the failed article can be stored once the failure is gone
    monkeypatch.setattr(store_mod, "_event_row", real)
    assert store.add_article(art("b"), [ev("b", at=(40.0, 47.0))]).added
    assert store.stats().articles == 3


def test_bad_input_is_refused_and_nothing_is_stored(store):
    with pytest.raises(GeoInputError, match="Article"):
        store.add_article({"name": "x"}, [])
    with pytest.raises(GeoInputError, match="Event"):
        store.add_article(art("x"), [{"date": "2020-10-14"}])
    assert store.stats().articles == 0


# ------------------------------------------------------------------------------ merging


def test_same_claim_from_two_sources_is_one_event(store):
    store.add_article(art("a1"), [ev("a1")])
    res = store.add_article(art("a2"), [ev("a2", at=moved(0.04))])
    assert res.merged == 1
    (e,) = store.events()
    assert e.sources == ("a1", "a2") and e.n_sources == 2
    assert e.merged_because == ("same claimant Azerbaijan, type shelling, date 2020-10-14, "
                                "places 0.0 km apart: Tartar / Tartar")
    assert not e.contested
    assert len(store.events(merged=False)) == 2
    assert store.count() == 1 and store.count(merged=False) == 2


def test_three_sources_and_the_distance_in_the_reason(store):
    store.add_article(art("a1"), [ev("a1")])
    store.add_article(art("a2"), [ev("a2", at=moved(1.0), place_en="Terter")])
    store.add_article(art("a3"), [ev("a3", at=moved(2.5, azimuth=0), place_en="Tartar city")])
    (e,) = store.events()
    assert e.sources == ("a1", "a2", "a3")
    assert "places up to 2.5 km apart: Tartar / Terter / Tartar city" in e.merged_because


@pytest.mark.parametrize("km, merged", [(4.9, True), (5.1, False)])
def test_merge_distance_is_geodesic_km(store, km, merged):
    store.add_article(art("a1"), [ev("a1")])
    store.add_article(art("a2"), [ev("a2", at=moved(km, azimuth=45))])
    assert store.count() == (1 if merged else 2)


@pytest.mark.parametrize("change", [dict(event_type="airstrike"), dict(date="2020-10-15"), dict(stance="denial"),
                                    dict(at=None)])
def test_different_claims_are_not_merged(store, change):
    first = dict(at=None) if "at" in change else {}  # readings without coordinates never merge
    store.add_article(art("a1"), [ev("a1", **first)])
    store.add_article(art("a2"), [ev("a2", **change)])
    assert store.count() == 2
    assert not any(e.contested for e in store.events())


def test_two_readings_of_one_article_are_not_merged(store):
    store.add_article(art("a1"), [ev("a1", place_en="Tartar"), ev("a1", place_en="Tartar district", at=moved(1))])
    assert store.count() == 2
    # a second source joins the first reading, a third reading of it finds the second one
    store.add_article(art("a2"), [ev("a2", at=moved(0.5)), ev("a2", place_en="x", at=moved(1.2))])
    assert sorted(e.n_sources for e in store.events()) == [2, 2]


def test_opposing_claims_same_place_and_day_are_contested(store):
    store.add_article(art("az"), [ev("az", claimant="Azerbaijan", attacker="Armenia")])
    res = store.add_article(art("am"), [ev("am", claimant="Armenia", attacker="Azerbaijan", at=moved(2),
                                           event_type="ground_attack")])
    assert res.contested == 2
    events = store.events()
    assert len(events) == 2 and all(e.contested for e in events)
    # another day, or far away: not contested
    store.add_article(art("am2"), [ev("am2", claimant="Armenia", date="2020-10-15")])
    store.add_article(art("am3"), [ev("am3", claimant="Armenia", at=moved(30))])
    flags = {e.article: e.contested for e in store.events()}
    assert flags == {"az": True, "am": True, "am2": False, "am3": False}


def test_incremental_clusters_equal_a_full_recluster(store):
    rnd = random.Random(7)
    places = [TARTAR, (39.99, 46.93), (39.6, 47.15)]
    for i in range(40):
        events = []
        for j in range(rnd.randint(0, 3)):
            base = rnd.choice(places)
            events.append(ev(f"a{i}", claimant=rnd.choice(["Azerbaijan", "Armenia"]),
                             event_type=rnd.choice(["shelling", "drone"]), date=f"2020-10-{rnd.randint(14, 15)}",
                             at=moved(rnd.uniform(0, 8), start=base, azimuth=rnd.uniform(0, 360)),
                             place_en=f"p{j}"))
        store.add_article(art(f"a{i}"), events)
    before = snapshot(store)
    assert any(len(s[1]) > 2 for s in before) and any(s[2] for s in before)
    store.recluster()
    assert snapshot(store) == before


def test_bulk_add_builds_what_add_article_builds(store, tmp_path):
    rnd = random.Random(3)
    items = []
    for i in range(30):
        name = f"b{i}"
        items.append((art(name), [ev(name, claimant=rnd.choice(["Azerbaijan", "Armenia"]), place_en=f"p{j}",
                                     at=moved(rnd.uniform(0, 7), azimuth=rnd.uniform(0, 360)))
                                  for j in range(rnd.randint(0, 3))]))
    assert store.bulk_add(iter(items), batch_size=7) == 30
    assert store.bulk_add(items) == 0  # already there
    with EventStore(f"sqlite:///{tmp_path / 'one-by-one.sqlite'}") as other:
        for a, evs in items:
            other.add_article(a, evs)
        assert snapshot(store) == snapshot(other)
    with pytest.raises(GeoInputError, match="bulk_add expects"):
        store.bulk_add([(art("x"), [{"date": "2020-10-14"}])])


def test_changing_merge_km_reclusters(store_url, data_dir):
    with EventStore(store_url) as s:
        assert s.merge_km == 5.0
        s.add_article(art("a1"), [ev("a1")])
        s.add_article(art("a2"), [ev("a2", at=moved(3))])
        assert s.count() == 1
    with EventStore(store_url, merge_km=1.0) as s:
        assert s.count() == 2
    with EventStore(store_url) as s:  # the store remembers its setting
        assert s.merge_km == 1.0 and s.count() == 2
    with pytest.raises(GeoInputError, match="merge_km"):
        EventStore(store_url, merge_km=-1)


# ------------------------------------------------------------------------------ filters


def _filter_corpus(store):
    rows = [
        ("a1", dict(claimant="Azerbaijan", attacker="Armenia", event_type="shelling", date="2020-10-01",
                    at=TARTAR, place_ar="ترتر", place_en="Tartar")),
        ("a2", dict(claimant="Armenia", attacker="Azerbaijan", event_type="drone", date="2020-10-05",
                    at=(39.8153, 46.7519), place_ar="ستيباناكيرت", place_en="Stepanakert",
                    precision="district")),
        ("a3", dict(claimant="Azerbaijan", attacker="Armenia", event_type="missile", date="2020-10-10",
                    at=(40.6828, 46.3606), place_ar="كنجة", place_en="Gəncə", stance="denial")),
        ("a4", dict(claimant="Armenia", attacker=None, event_type="other", date="2020-10-20", at=None,
                    place_ar="أغدام", place_en="Aghdam", precision="region")),
        ("a5", dict(claimant="Russia", attacker="Armenia", event_type="airstrike", date="2020-10-05",
                    at=(64.8, 177.5), place_ar="أنادير", place_en="Anadyr")),
        ("a6", dict(claimant="Azerbaijan", attacker="Armenia", event_type="shelling", date="2020-10-01",
                    at=(39.40, 47.03), place_ar="جبرائيل", place_en="Jabrayil")),
    ]
    for name, kw in rows:
        store.add_article(art(name), [ev(name, **kw)])


FILTERS = [
    EventFilter(),
    EventFilter(date_from="2020-10-05"),
    EventFilter(date_to="2020-10-05"),
    EventFilter(date_from="2020-10-02", date_to="2020-10-10"),
    EventFilter(claimants=("Armenia",)),
    EventFilter(claimants=("Armenia", "Russia")),
    EventFilter(attackers="Armenia"),
    EventFilter(event_types=("shelling", "drone")),
    EventFilter(precisions=("district", "region")),
    EventFilter(stance="denial"),
    EventFilter(bbox=(39.5, 46.0, 40.5, 47.0)),
    EventFilter(bbox=(60, 170, 70, -170)),  # across the antimeridian
    EventFilter(place="ترتر"),
    EventFilter(place="تَرْتَر"),  # diacritics are ignored
    EventFilter(place="اغدام"),  # hamza folded: matches أغدام
    EventFilter(place="tart"),
    EventFilter(place="STEPANA"),
    EventFilter(place="gence"),  # Latin letters folded: matches Gəncə
    EventFilter(place="50%"),  # LIKE wildcards are matched literally
    EventFilter(claimants=("Azerbaijan",), date_to="2020-10-01", bbox=(39, 45, 41, 48), event_types="shelling"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=[repr(f)[12:60] for f in FILTERS])
def test_sql_filters_agree_with_python(store, flt):
    _filter_corpus(store)
    everything = store.events()
    expected = [e.event_id for e in everything if flt.matches(e)]
    assert [e.event_id for e in store.events(flt)] == expected
    assert store.count(flt) == len(expected)
    frame = store.frame()
    assert frame.loc[store.ids(flt), "event_id"].tolist() == expected  # the map's path: ids, then rows
    assert store.frame(flt)["event_id"].tolist() == expected


def test_frame_holds_what_events_hold(store):
    _filter_corpus(store)
    store.add_article(art("second", published=dt.date(2020, 10, 15)), [ev("second", killed=3)])
    events = store.events()
    frame = store.frame()
    assert list(frame.columns) == list(FRAME_COLUMNS)
    for e, (_, row) in zip(events, frame.iterrows(), strict=True):
        for col in FRAME_COLUMNS:
            got, want = row[col], getattr(e, col)
            assert got == want or (want is None and (got is None or got != got)), (col, got, want)


def test_every_write_moves_the_revision_and_two_stores_never_share_one(store, tmp_path):
    seen = [store.revision()]
    store.add_article(art("a"), [ev("a")])
    seen.append(store.revision())
    store.correct(store.events()[0].event_id, event_type="missile")
    seen.append(store.revision())
    store.recluster()
    seen.append(store.revision())
    assert len(set(seen)) == 4
    assert store.revision() == seen[-1]  # reading does not move it
    with EventStore(tmp_path / "other.sqlite") as other:
        assert other.revision().split(":")[0] != store.revision().split(":")[0]
    # Opening the store again (a server restart) leaves its revision alone: what was kept per
    # revision stays valid. Changing its merge distance on opening moves it.
    with EventStore(store.url) as again:
        assert again.revision() == seen[-1]
    with EventStore(store.url, merge_km=7.5) as wider:
        assert wider.revision() != seen[-1]


def test_filters_select_what_they_say(store):
    _filter_corpus(store)

    def names(**kw):
        return sorted(e.article for e in store.events(EventFilter(**kw)))

    assert names(claimants=["Armenia"]) == ["a2", "a4"]
    assert names(bbox=(39.5, 46.0, 40.5, 47.0)) == ["a1", "a2"]
    assert names(bbox=(60, 170, 70, -170)) == ["a5"]
    assert names(place="تَرْتَر") == ["a1"]
    assert names(place="اغدام") == ["a4"]
    assert names(place="stepanakert") == ["a2"]
    assert names(date_from="2020-10-05", date_to="2020-10-05") == ["a2", "a5"]
    assert names(stance="denial") == ["a3"]
    assert names(place="GENCE") == ["a3"]
    assert [e.article for e in store.events(limit=2)] == ["a1", "a6"]  # by date, then order of storing


@pytest.mark.parametrize("kwargs, message", [
    (dict(event_types=("bombing",)), "'bombing' is not one of"),
    (dict(precisions=("street",)), "'street' is not one of"),
    (dict(stance="maybe"), "stance must be one of"),
    (dict(date_from="14/10/2020"), "date_from must be a date as YYYY-MM-DD, got '14/10/2020'"),
    (dict(date_from="2020-10-15", date_to="2020-10-14"), "is after"),
    (dict(bbox=(41, 45, 40, 47)), "south <= north"),
    (dict(bbox=(40, 45, 41, 200)), "longitudes"),
    (dict(bbox=(40, 45, 41)), "four numbers"),
])
def test_bad_filters_name_the_value_and_the_choices(kwargs, message):
    with pytest.raises(GeoInputError, match=message.replace("(", r"\(")):
        EventFilter(**kwargs)


@pytest.mark.parametrize("text, expected", [("39,45,41,48", (39.0, 45.0, 41.0, 48.0)),
                                            (" 39.5, -10 ,40, 10.25", (39.5, -10.0, 40.0, 10.25))])
def test_parse_bbox(text, expected):
    assert parse_bbox(text) == expected


@pytest.mark.parametrize("text", ["39,45,41", "a,b,c,d", "", "41,45,39,48", "39,45,41,48,1"])
def test_parse_bbox_refuses(text):
    with pytest.raises(GeoInputError, match="bbox"):
        parse_bbox(text)


# ------------------------------------------------------------------------------ corrections


def test_correction_is_stored_as_such_and_flagged(store):
    store.add_article(art("a1"), [ev("a1", killed=1)])
    (machine,) = store.events()
    fixed = store.correct(machine.event_id, killed=2, place_en="Terter")
    assert fixed.corrected and fixed.killed == 2 and fixed.event_id == machine.event_id
    (got,) = store.events()
    assert got.corrected and got.killed == 2 and got.place_en == "Terter"
    assert store.corrections() == {machine.event_id: {"killed": 2, "place_en": "Terter"}}
    store.correct(machine.event_id, injured=4)
    assert store.corrections() == {machine.event_id: {"killed": 2, "place_en": "Terter", "injured": 4}}
    assert store.stats().corrections == 1
    assert store.events(EventFilter(place="terter"))  # filters see the corrected values


def test_bad_corrections_change_nothing(store):
    store.add_article(art("a1"), [ev("a1")])
    (e,) = store.events()
    with pytest.raises(StoreError, match="no event with event_id 'nope'"):
        store.correct("nope", killed=1)
    with pytest.raises(GeoInputError, match="cannot correct field 'sources'; correctable: "):
        store.correct(e.event_id, sources=("x",))
    with pytest.raises(GeoInputError, match="event_type must be one of"):
        store.correct(e.event_id, event_type="bombing")
    with pytest.raises(GeoInputError, match="at least one field"):
        store.correct(e.event_id)
    assert store.events() == [e] and store.corrections() == {}
    assert "claimant" in CORRECTABLE_FIELDS and "event_id" not in CORRECTABLE_FIELDS


def test_correction_moves_the_event_between_clusters(store):
    store.add_article(art("a1"), [ev("a1")])
    store.add_article(art("a2"), [ev("a2", at=moved(1))])
    store.add_article(art("a3"), [ev("a3", claimant="Armenia", date="2020-10-15")])
    (merged,) = store.events(EventFilter(claimants="Azerbaijan"))
    assert merged.n_sources == 2
    store.correct(merged.event_id, date="2020-10-15", claimant="Armenia")
    by_article = {e.article: e for e in store.events()}
    assert by_article["a1"].sources == ("a1", "a3") and by_article["a1"].corrected
    assert by_article["a2"].sources == ("a2",)


def test_correcting_all_sources_of_a_merged_event(store):
    store.add_article(art("a1"), [ev("a1", place_en="Qarah Bagh", at=(34.94, 61.78), country="AF")])
    store.add_article(art("a2"), [ev("a2", place_en="Qarah Bagh", at=(34.94, 61.78), country="AF")])
    (e,) = store.events()
    store.correct(e.event_id, all_sources=True, lat=39.82, lon=46.75, country="AZ", place_en="Karabakh",
                  precision="region")
    (e2,) = store.events()
    assert e2.sources == ("a1", "a2") and e2.place_en == "Karabakh" and e2.country == "AZ"
    assert all(r.corrected for r in store.events(merged=False))
    assert len(store.corrections()) == 2


def test_reextract_replaces_machine_readings_and_keeps_corrections(store, gazetteer):
    (seed,) = read_articles(SEED)
    seed = Article(seed.name, seed.text, dt.date.fromisoformat(PUBLISHED), seed.url, seed.title, seed.source,
                   seed.profile)
    machine = extract_article(seed, gazetteer).events
    assert machine, "the extractor finds events in the seed article"
    # two readings the machine will not find again: one corrected by a person, one not
    ghost = ev(seed.name, place_en="Ghost", at=(10.0, 10.0), place_id="test:ghost")
    stale = ev(seed.name, place_en="Stale", at=(11.0, 11.0), event_type="drone", place_id="test:stale")
    store.add_article(seed, [*machine, ghost, stale])
    store.add_article(art("other", published=dt.date(2020, 10, 1)),
                      [ev("other", claimant="Armenia", date="2020-10-01")])
    target = machine[0]
    store.correct(target.event_id, killed=99, place_en="Corrected place")
    store.correct(ghost.event_id, injured=5)

    res = reextract(store, gazetteer)

    assert res.articles == 2 and res.failed == ()
    assert res.corrections_applied == 1 and res.corrections_kept == 1
    readings = {e.event_id: e for e in store.events(merged=False)}
    assert stale.event_id not in readings  # a machine reading the machine no longer makes is gone
    assert readings[ghost.event_id].corrected and readings[ghost.event_id].injured == 5
    fixed = readings[target.event_id]
    assert fixed.corrected and fixed.killed == 99 and fixed.place_en == "Corrected place"
    again = extract_article(seed, gazetteer).events
    assert {e.event_id for e in again} <= set(readings)
    assert not any(readings[e.event_id].corrected for e in again if e.event_id != target.event_id)
    # the machine finds nothing in the text of "other": its reading is gone
    assert "other" not in {e.article for e in store.events(merged=False)}
    # a second re-extraction changes nothing
    before = snapshot(store)
    reextract(store, gazetteer)
    assert snapshot(store) == before


def test_reextract_keeps_readings_of_articles_it_cannot_read(store, gazetteer):
    store.add_article(art("gone", profile="nosuchprofile"), [ev("gone")])  # its profile no longer exists
    res = reextract(store, gazetteer)
    assert len(res.failed) == 1 and "gone" in res.failed[0] and "nosuchprofile" in res.failed[0]
    assert [e.article for e in store.events()] == ["gone"]


def undated(article: str, **kw) -> Event:
    return ev(article, **kw).with_(date=None, date_precision="unknown", event_id="")


def test_undated_events_are_stored_counted_and_filterable(store):
    store.add_article(art("dated", published=dt.date(2020, 10, 14)), [ev("dated")])
    store.add_article(art("nodate"), [undated("nodate"), undated("nodate", claimant="Armenia", place_en="B",
                                                                  place_id="test:B")])
    store.add_article(art("nodate2"), [undated("nodate2")])  # same claim, place, no day: never merged
    got = store.events()
    assert [e.date for e in got] == [dt.date(2020, 10, 14), None, None, None]  # undated last, on both back ends
    assert all(e.date_precision == "unknown" for e in got if e.date is None)
    assert not any(e.contested or e.n_sources > 1 for e in got if e.date is None)
    st = store.stats()
    assert st.undated == 3 and st.events == 4 and st.date_from == st.date_to == dt.date(2020, 10, 14)
    oct14 = dict(date_from="2020-10-14", date_to="2020-10-14")
    assert store.count(EventFilter(**oct14)) == 4  # a date range keeps undated events unless told not to
    assert store.count(EventFilter(**oct14, undated="exclude")) == 1
    assert store.count(EventFilter(undated="only")) == 3
    assert store.count(EventFilter(date_from="2021-01-01", undated="include")) == 3
    for f in (EventFilter(**oct14, undated="exclude"), EventFilter(undated="only"), EventFilter()):
        assert {e.event_id for e in store.events(f)} == {e.event_id for e in got if f.matches(e)}
        assert len(store.ids(f)) == store.count(f)
    assert store.frame()["date"].isna().sum() == 3
    with pytest.raises(GeoInputError, match="undated must be one of"):
        EventFilter(undated="sometimes")
    store.recluster()
    assert [e.date for e in store.events()] == [dt.date(2020, 10, 14), None, None, None]


def test_an_undated_event_is_reviewed_corrected_and_dated(store):
    """A person's review (issue 14) of an undated event (issue 13): corrected, then given a date."""
    store.add_article(art("dated", published=dt.date(2020, 10, 14)), [ev("dated")])
    store.add_article(art("nodate"), [undated("nodate")])
    eid = next(e.event_id for e in store.events() if e.date is None)
    got = store.review(eid, changes={"event_type": "missile"}, reviewer="R", note="a missile")
    assert got.date is None and got.event_type == "missile" and got.corrected
    assert store.review_statuses()[eid] == "corrected" and store.count(EventFilter(undated="only")) == 1
    got = store.review(eid, "confirmed", changes={"date": dt.date(2020, 10, 14)}, reviewer="R")
    assert got.date == dt.date(2020, 10, 14) and store.count(EventFilter(undated="only")) == 0
    assert [a["status_after"] for a in store.review_log()[eid]] == ["corrected", "confirmed"]
    store.review(eid, "rejected", reviewer="R")
    assert eid not in {e.event_id for e in store.events()} and store.count(EventFilter(include_rejected=True)) == 2


def test_a_schema_1_store_is_migrated_without_losing_a_row(store_url, data_dir):
    import sqlalchemy as sa

    with EventStore(store_url) as s:
        s.add_article(art("a", published=dt.date(2020, 10, 14)), [ev("a"), ev("a", claimant="Armenia")])
        before = [e.to_record() for e in s.events(merged=False)]
        engine = s._engine
        with engine.begin() as conn:  # make it a schema-1 store: events.date NOT NULL
            if s.backend == "postgis":
                conn.exec_driver_sql("ALTER TABLE events ALTER COLUMN date SET NOT NULL")
            else:
                conn.exec_driver_sql("PRAGMA writable_schema=ON")
                conn.exec_driver_sql("UPDATE sqlite_master SET sql=replace(sql, 'date DATE,', 'date DATE NOT NULL,') "
                                     "WHERE name='events'")
                conn.exec_driver_sql("PRAGMA writable_schema=OFF")
            conn.execute(sa.text("UPDATE store_meta SET value='1' WHERE key='schema_version'"))
    with EventStore(store_url) as s:
        assert [e.to_record() for e in s.events(merged=False)] == before
        s.add_article(art("b"), [undated("b")])
        assert s.stats().undated == 1


def test_nul_characters_never_reach_the_database(store):
    store.add_article(art("nul", published=dt.date(2020, 10, 14)), [ev("nul", evidence="قصف\x00 ترتر")])
    (e,) = store.events()
    assert e.evidence == "قصف ترتر"


@pytest.mark.parametrize("url", ["postgresql://u:secret@h:notaport/db", "postgresql://u@[::1/db", "sqlite:///a\x00b"])
def test_bad_database_urls_are_store_errors_without_the_password(url):
    with pytest.raises(StoreError, match="not a database URL") as err:
        EventStore(url)
    assert "secret" not in str(err.value)


# ------------------------------------------------------------------------------ URLs and files


def test_default_store_is_an_sqlite_file_in_the_data_dir(data_dir):
    assert not data_dir.exists()
    with EventStore() as s:
        assert s.backend == "sqlite"
        s.add_article(art("a1"), [ev("a1")])
    assert (data_dir / "events.sqlite").is_file()
    with EventStore(data_dir / "events.sqlite") as s:  # a bare path works too
        assert s.count() == 1


def test_database_url_is_honoured(data_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'elsewhere.sqlite'}")
    with EventStore() as s:
        assert "elsewhere.sqlite" in s.url
    assert not (data_dir / "events.sqlite").exists()


@pytest.mark.parametrize("url, message", [
    ("mysql://u@h/db", "unsupported database 'mysql'"),
    ("sqlite://", "needs a file"),
    ("postgresql://nobody@127.0.0.1:1/none", "(cannot open the event store|connection failed).*127.0.0.1|127.0.0.1.*(connection failed|refused)"),
])
def test_bad_urls_say_what_is_wrong(url, message, data_dir):
    with pytest.raises(StoreError, match=message):
        EventStore(url)


# ------------------------------------------------------------------------------ PostGIS specifics


def test_postgis_schema_and_bbox_use_the_gist_index(postgis_server, data_dir):
    import sqlalchemy as sa

    url = postgis_server.fresh_database()
    with EventStore(url) as s:
        for i in range(30):
            s.add_article(art(f"a{i}"), [ev(f"a{i}", date=f"2020-10-{1 + i % 28:02d}", at=moved(i * 20))])
        seen = []
        sa.event.listen(s._engine, "before_cursor_execute",
                        lambda conn, cur, stmt, params, ctx, many: seen.append((stmt, params)))
        assert len(s.events(EventFilter(bbox=(40.0, 46.0, 41.0, 48.0), claimants="Azerbaijan"))) > 0
    stmt, params = next((q, p) for q, p in seen if "ST_MakeEnvelope" in q)
    assert "&&" in stmt and "geography" not in stmt.lower()
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        indexes = {r.indexname: r.indexdef for r in conn.execute(sa.text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'events'"))}
        assert "USING gist (geom)" in indexes["ix_events_geom"]
        assert "(date)" in indexes["ix_events_date"] and "(claimant)" in indexes["ix_events_claimant"]
        kind = conn.execute(sa.text("SELECT type FROM geometry_columns WHERE f_table_name = 'events'")).scalar()
        srid = conn.execute(sa.text("SELECT srid FROM geometry_columns WHERE f_table_name = 'events'")).scalar()
        assert (kind, srid) == ("POINT", 4326)
        conn.execute(sa.text("SET enable_seqscan = off"))
        plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + stmt, params))
        assert "ix_events_geom" in plan
    engine.dispose()


# ------------------------------------------------------------------------------ two processes at once

WRITER = textwrap.dedent("""
    import datetime as dt, os, sys, time
    from pathlib import Path
    from geo.articles import Article
    from geo.model import FRAME_COLUMNS, Event
    from geo.store import EventStore, _km

    url, first, last, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    while not (go / "go").exists():
        time.sleep(0.005)
    store = EventStore(url)  # both open the empty database at once: the schema is created once
    _km(0.0, 0.0, 0.0, 1.0)  # load pyproj before the start line
    (go / f"ready-{first}").touch()
    while len(list(go.glob("ready-*"))) < 2:  # start writing together
        time.sleep(0.002)
    print("start", time.time())
    for i in range(first, last):
        name = f"art{i:03d}"
        day = dt.date(2020, 10, 1 + i % 3)
        shared = Event(date=day, claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
                       place_ar="ترتر", place_en="Tartar", lat=40.342 + (i % 5) * 0.001, lon=46.93,
                       precision="settlement", article=name)
        own = Event(date=day, claimant="Armenia", attacker="Azerbaijan", event_type="drone",
                    place_ar="مكان", place_en=f"Place {i}", lat=30.0 + i * 0.1, lon=40.0,
                    precision="settlement", article=name)
        store.add_article(Article(name, f"text of article {i}"), [shared, own])
    print("end", time.time())
    store.close()
""")


def test_two_processes_ingesting_at_once_lose_nothing(store_url, tmp_path, data_dir):
    go = tmp_path / "start-line"
    go.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, store_url, str(a), str(b), str(go)], env=env,
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for a, b in ((0, 150), (75, 225))]  # articles 75..149 are sent by both
    time.sleep(0.3)  # let both import and wait at the start line
    (go / "go").touch()
    spans = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        times = dict(line.split() for line in out.splitlines())
        spans.append((float(times["start"]), float(times["end"])))
    assert max(s for s, _ in spans) < min(e for _, e in spans), f"the writers did not overlap: {spans}"
    with EventStore(store_url) as s:
        st = s.stats()
        assert (st.articles, st.readings) == (225, 450)
        shared = s.events(EventFilter(claimants="Azerbaijan"))
        assert len(shared) == 3  # one merged event a day
        assert sorted(e.n_sources for e in shared) == [75, 75, 75]
        assert all(e.contested is False for e in shared)
        before = snapshot(s)
        s.recluster()
        assert snapshot(s) == before
