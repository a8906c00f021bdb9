"""Acceptance: the seed article gives exactly its 8 annotated events, and nothing else."""

import datetime as dt

import pytest
from geopy.distance import geodesic

from geo import extract_events
from geo.articles import read_articles
from tests.common import SEED, SEED_PUBLISHED, gazetteer, profile, seed_expected


@pytest.fixture(scope="module")
def events():
    article = read_articles(SEED)[0]
    return extract_events(article.text, gazetteer(), profile(), SEED_PUBLISHED, article=article.name)


def _match(event, expected):
    return (event.claimant == expected["claimant"] and event.attacker == expected["attacker"]
            and geodesic((event.lat, event.lon), (expected["lat"], expected["lon"])).km < 10)


def test_exactly_the_annotated_events(events):
    expected = seed_expected()
    assert len(events) == len(expected) == 8
    unmatched = list(events)
    for exp in expected:
        hits = [e for e in unmatched if _match(e, exp)]
        assert hits, f"missing {exp['place_en']} claimed by {exp['claimant']}"
        e = hits[0]
        unmatched.remove(e)
        assert e.date == dt.date.fromisoformat(exp["date"])
        assert e.event_type == exp["event_type"], exp["place_en"]
        assert e.precision == exp["precision"], exp["place_en"]
        assert e.killed == exp["killed"], exp["place_en"]
        assert e.place_ar == exp["place_ar"]
    assert not unmatched


def test_no_diplomacy_or_threatened_places(events):
    names = {e.place_en for e in events}
    for wrong in ("Moscow", "Turkey", "Russia", "France", "United States"):
        assert not any(wrong in n for n in names)
    assert sum(1 for e in events if e.country == "AZ" and e.precision == "country") == 0


def test_cumulative_toll_is_not_the_events_deaths(events):
    tartar = [e for e in events if e.place_ar == "ترتر"]
    assert len(tartar) == 1 and tartar[0].killed == 1


def test_the_strike_told_twice_is_one_event_at_the_more_precise_place(events):
    armenian = [e for e in events if e.claimant == "Armenia"]
    assert len(armenian) == 1
    assert armenian[0].place_ar == "كرفاتشار"


def test_evidence_is_the_source_sentence_with_offsets(events):
    text = read_articles(SEED)[0].text
    for e in events:
        assert text[e.evidence_start:e.evidence_end] == e.evidence
        assert e.place_ar in e.evidence or e.place_ar in text[e.place_start:e.place_end]
        assert e.evidence_start <= e.place_start < e.place_end <= e.evidence_end or e.precision == "country"


def test_conduit_is_the_source_not_the_claimant(events):
    tartar = next(e for e in events if e.place_ar == "ترتر")
    assert tartar.claimant == "Azerbaijan"
    assert tartar.source == "الأناضول"
