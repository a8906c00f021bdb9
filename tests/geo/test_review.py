"""Review: confidence from an event's own fields, statuses, stances against other claims, and the
store's review with its audit trail (rejected events stay stored but leave every query)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.articles import Article
from geo.errors import GeoInputError, StoreError
from geo.model import EVENT_TYPES, PRECISIONS, Event
from geo.review import NEEDS_REVIEW_BELOW, confidence, opposing, stance_of, status_of
from geo.store import EventFilter


def event(**kw):
    base = dict(date=dt.date(2020, 10, 14), claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
                place_ar="ترتر", place_en="Tartar", lat=40.342, lon=46.932, precision="settlement", profile="karabakh")
    base.update(kw)
    return Event(**base)


@pytest.mark.parametrize("changes, reason", [
    (dict(claimant="Other"), "claimant_fallback"),
    (dict(attacker=None), "no_attacker"),
    (dict(event_type="other"), "type_other"),
    (dict(precision="region", radius_km=40.0), "precision_region"),
    (dict(precision="country", lat=None, lon=None), "precision_country"),
])
def test_each_weakness_of_the_evidence_lowers_the_confidence(changes, reason):
    full, _ = confidence(event(), fallback_party="Other")
    weak, why = confidence(event(**changes), fallback_party="Other")
    assert weak < full and reason in why


def test_more_sources_and_a_correction_raise_it_and_a_weak_place_score_lowers_it():
    base = confidence(event(attacker=None))[0]
    assert confidence(event(attacker=None, sources=("a", "b", "c")))[0] > base
    assert confidence(event(claimant="Other", attacker=None, event_type="other", corrected=True))[0] >= 0.95
    assert confidence(event(), place_score=0.3)[0] < confidence(event(), place_score=0.95)[0]
    assert confidence(event(), attribution="carried")[0] < confidence(event(), attribution="found")[0]
    # the same from a frame row (a mapping of the fields)
    assert confidence(event().to_record() | {"n_sources": 1}) == confidence(event())


@given(claimant=st.sampled_from(["Azerbaijan", "Other", ""]), attacker=st.sampled_from([None, "Armenia", "Other"]),
       etype=st.sampled_from(EVENT_TYPES), precision=st.sampled_from(PRECISIONS),
       n=st.integers(0, 50), score=st.one_of(st.none(), st.floats(-5, 5)))
def test_confidence_is_always_between_0_and_1(claimant, attacker, etype, precision, n, score):
    c, why = confidence({"claimant": claimant, "attacker": attacker, "event_type": etype, "precision": precision,
                         "n_sources": n, "lat": 40.0, "date": dt.date(2020, 1, 1)}, place_score=score)
    assert 0.0 <= c <= 1.0 and isinstance(why, tuple)


def test_status_a_person_gave_wins_then_corrected_then_the_confidence():
    assert status_of("rejected", corrected=True, confidence=1.0) == "rejected"
    assert status_of(None, corrected=True, confidence=0.1) == "corrected"
    assert status_of("machine", corrected=False, confidence=NEEDS_REVIEW_BELOW - 0.01) == "needs_review"
    assert status_of(None, corrected=False, confidence=0.9) == "machine"


@pytest.mark.parametrize("stance, claimant, attacker, answers, shown", [
    ("denial", "Armenia", "Armenia", True, "denial"),
    ("claim", "Armenia", "Azerbaijan", True, "counter"),
    ("claim", "Armenia", "Azerbaijan", False, "accusation"),
    ("claim", "Azerbaijan", "Azerbaijan", False, "claim"),
    ("claim", "Azerbaijan", None, False, "claim"),
])
def test_stance_shown(stance, claimant, attacker, answers, shown):
    assert stance_of(stance, claimant, attacker, answers=answers) == shown


def test_opposing_claims_are_other_claimants_contested_the_same_day_nearby():
    d = dt.date(2020, 10, 14)
    rows = dict(dates=[d, d, d, d + dt.timedelta(days=1)], claimants=["A", "B", "A", "B"],
                lats=[40.0, 40.01, 41.0, 40.0], lons=[46.0, 46.0, 46.0, 46.0], contested=[True, True, True, True])
    got = opposing(rows["dates"], rows["claimants"], rows["lats"], rows["lons"], rows["contested"], km=5.0)
    assert got == {0: [1], 1: [0]}  # not the far one (111 km), not the next day


def _stored(store):
    art = Article("a1", "نص", dt.date(2020, 10, 14), "https://example.org/a1", None, None, "karabakh")
    store.add_article(art, [event(article="a1"), event(article="a1", place_en="Barda", place_ar="بردعة",
                                                       lat=40.37, lon=47.13, claimant="Other", attacker=None)])
    return {e.place_en: e for e in store.events()}


def test_reject_keeps_the_event_in_the_store_but_out_of_every_query(store):
    evs = _stored(store)
    store.review(evs["Barda"].event_id, "rejected", reviewer="Lina", note="no party named", was="needs_review")
    assert [e.place_en for e in store.events()] == ["Tartar"]
    assert store.count() == 1 and len(store.ids()) == 1 and len(store.frame()) == 1
    assert sorted(e.place_en for e in store.events(EventFilter(include_rejected=True))) == ["Barda", "Tartar"]
    (entry,) = store.review_log()[evs["Barda"].event_id]
    assert (entry["reviewer"], entry["status_before"], entry["status_after"], entry["note"]) == (
        "Lina", "needs_review", "rejected", "no party named")
    assert entry["at"][:4].isdigit()
    # undone: back on the map, and the trail has both changes
    store.review(evs["Barda"].event_id, "machine", reviewer="Omar")
    assert store.count() == 2 and len(store.review_log()[evs["Barda"].event_id]) == 2


def test_a_correction_through_review_records_the_fields_before_and_after(store):
    evs = _stored(store)
    new = store.review(evs["Tartar"].event_id, changes={"event_type": "missile"}, reviewer="Lina")
    assert new.event_type == "missile" and new.corrected
    (entry,) = store.review_log()[evs["Tartar"].event_id]
    assert entry["before"] == {"event_type": "shelling"} and entry["after"] == {"event_type": "missile"}
    assert entry["status_after"] == "corrected" and store.review_statuses()[evs["Tartar"].event_id] == "corrected"


def test_bad_reviews_are_refused_with_the_allowed_values(store):
    evs = _stored(store)
    with pytest.raises(GeoInputError, match="one of"):
        store.review(evs["Tartar"].event_id, "deleted")
    with pytest.raises(GeoInputError, match="needs a status or changes"):
        store.review(evs["Tartar"].event_id)
    with pytest.raises(GeoInputError, match="cannot correct field"):
        store.review(evs["Tartar"].event_id, changes={"event_id": "x"})
    with pytest.raises(StoreError, match="no event"):
        store.review("nope", "confirmed")
    assert store.review_log() == {}


def test_merged_sources_are_listed_with_their_articles(store):
    for name, url in (("a1", "https://www.aa.com.tr/x"), ("a2", "https://example.org/y")):
        art = Article(name, f"نص {name}", dt.date(2020, 10, 14), url, None, None, "karabakh")
        store.add_article(art, [event(article=name)])
    (merged,) = store.frame().index.tolist()
    got = store.cluster_sources()[merged]
    assert [g["url"] for g in got] == ["https://www.aa.com.tr/x", "https://example.org/y"]
    from geo.service import outlet_of

    assert [outlet_of(g["source"], g["url"], g["article"]) for g in got] == ["aa.com.tr", "example.org"]


def test_the_column_of_confidences_equals_the_function_row_by_row():
    from geo.model import events_frame
    from geo.review import confidence_column

    evs = [event(), event(claimant="Other", attacker=None), event(event_type="other", precision="region", radius_km=9.0),
           event(precision="country", lat=None, lon=None), event(sources=("a", "b", "c", "d", "e")),
           event(claimant="Other", corrected=True), event(claimant="Syria", profile="syria", attacker="")]
    frame = events_frame(evs)
    got = confidence_column(frame, {"karabakh": "Other", "syria": "Other"})
    assert list(got) == [confidence(e, fallback_party="Other")[0] for e in evs]
