"""A name of the article's theatre beats its namesakes elsewhere: a place of the theatre's own
countries beats one of a neighbouring country that merely lies in the theatre's box, and a look-alike
(spelling variant, typo) of a neighbour's place beats no reading of a theatre place as printed."""

from __future__ import annotations

import pytest
from geopy.distance import geodesic

from gazetteer import Gazetteer, Place, Theatre
from tests.common import gazetteer

# A theatre whose box runs over the border into a neighbour ("NB"), as real ones do.
HOME = Theatre(frozenset({"HM"}), (30.0, 30.0, 40.0, 40.0))
NEIGHBOUR = Theatre(frozenset({"NB"}), (30.0, 38.0, 40.0, 48.0))


def _rec(pid, lat, lon, cc, ar, pop=0, curated=True):
    return (Place(pid, pid, lat, lon, cc, "settlement", pop, None, None, ar[0], "test", curated), ar, [pid])


def _small() -> Gazetteer:
    return Gazetteer([
        # one name, a village of the home country and a bigger town over the border, both in HOME's box
        _rec("home-village", 35.0, 33.0, "HM", ["زهرانة"], 0),
        _rec("neighbour-town", 35.0, 39.5, "NB", ["زهرانة"], 40_000),
        # a place of the neighbour, in HOME's box, whose spelling a home name only resembles
        _rec("neighbour-lookalike", 34.0, 39.0, "NB", ["قرطوسان"], 30_000, curated=False),
        _rec("home-exact", 33.0, 31.0, "HM", ["قرطوسانة"], 0),
        # a sea area (no country) in the box keeps the theatre's full bonus
        _rec("sea", 36.0, 34.0, "", ["بحر الحيتان"], 0),
    ])


@pytest.mark.parametrize("name, theatre, expected", [
    ("زهرانة", HOME, "home-village"),  # the home village, though smaller than its namesake over the border
    ("وزهرانة", HOME, "home-village"),
    ("زهرانه", HOME, "home-village"),
    ("زهرانة", NEIGHBOUR, "neighbour-town"),  # ... which is the answer in its own theatre
    ("زهرانة", None, "neighbour-town"),  # and with no theatre, the larger place
    ("قرطوسانة", HOME, "home-exact"),  # an exact home name beats the neighbour's look-alike
    ("قرطوسانه", HOME, "home-exact"),
])
def test_a_theatre_country_place_beats_its_namesake_in_a_neighbour(name, theatre, expected):
    assert _small().lookup(name, theatre=theatre).id == expected


def test_a_neighbours_place_in_the_box_still_counts_as_the_theatres_area():
    gz = _small()
    best = gz.candidates("زهرانة", 2, theatre=NEIGHBOUR)
    assert [c.place.id for c in best] == ["neighbour-town", "home-village"]
    assert HOME.prior(gz.get("neighbour-town"))[1] is not None  # still "in the theatre" to the extractor
    assert HOME.prior(gz.get("neighbour-town"))[0] < HOME.prior(gz.get("home-village"))[0]
    assert HOME.prior(gz.get("sea"))[0] == HOME.prior(gz.get("home-village"))[0]


def test_a_look_alike_of_a_neighbours_place_is_a_weak_guess():
    gz = _small()
    guess = gz.candidates("قرطاسان", 3, theatre=HOME)
    assert [c.place.id for c in guess] == ["home-exact", "neighbour-lookalike"]  # both variants: the home one first
    guess = guess[1]
    assert guess.reasons[0].startswith("variant")
    plain = next(c for c in gz.candidates("قرطاسان", 3) if c.place.id == "neighbour-lookalike")
    assert guess.score < plain.score  # less than with no theatre at all: a weak guess


# On the real data: the namesakes curators reported (each name printed bare, as reports print it).
REAL = [
    # (theatre, name, lat, lon of the place meant)
    ("syria", "ربيعة", 35.787, 36.038),  # Rabia of the Latakia countryside, not Rabia on the Iraqi border
    ("syria", "وربيعة", 35.787, 36.038),
    ("iraq", "ربيعة", 36.800, 42.100),
    ("sudan", "الطويشة", 12.93, 26.53),  # North Darfur, not Tripoli's Al-Tuwaisha
    ("sudan", "بالطويشة", 12.93, 26.53),
    ("libya", "الطويشة", 32.745, 13.170),  # ... which keeps its name in Libya's theatre
    ("sudan", "الدبيبات", 12.58, 30.00),  # South Kordofan, not Dabat in Ethiopia
    ("sudan", "بلدة الدبيبات", 12.58, 30.00),
]
THEATRES = {
    "syria": Theatre(frozenset({"SY"}), (32.3, 35.6, 37.4, 42.4)),
    "sudan": Theatre(frozenset({"SD"}), (8.6, 21.8, 22.3, 38.7)),
    "iraq": Theatre(frozenset({"IQ"}), (29.0, 38.7, 37.4, 48.7)),
    "libya": Theatre(frozenset({"LY"}), (19.5, 9.3, 33.2, 25.2)),
}


@pytest.mark.parametrize("theatre, name, lat, lon", REAL)
def test_reported_namesakes_resolve_in_the_articles_theatre(theatre, name, lat, lon):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None and geodesic((place.lat, place.lon), (lat, lon)).km <= 10, place


@pytest.mark.parametrize("printed", ["ميناء إزميل", "مطار إزميل", "مدينة إزميل", "بميناء إزميل"])
def test_a_spelling_variant_after_a_type_word_is_measured_without_the_word(printed):
    # the town's row names no port (its port has a row of its own, or none): the variant of the name
    # after the type word must still reach the town, however short the name beside the type word
    gz = Gazetteer([_rec("town", 45.35, 28.84, "HM", ["إزمائيل"], 70_000)])
    assert gz.lookup(printed).id == "town"
    assert gz.lookup(printed, theatre=HOME).id == "town"


@pytest.mark.parametrize("name, lat, lon", [
    # places of Iraq and Kurdistan reporting the gazetteer lacked (own spellings, as printed)
    ("في منطقة الزاب", 37.27, 43.63), ("بالزاب", 37.27, 43.63),
    ("حقل خور مور للغاز", 35.15, 44.88), ("حقل كورمور الغازي", 35.15, 44.88),
    ("لحقل خورمالة", 36.06, 43.77), ("حقل خورمالة النفطي", 36.06, 43.77),
    ("محطة خورمالة الغازية", 36.06, 43.77),  # a gas-fired station is named after the field: the facility of it
])
def test_iraqi_fields_and_areas_of_the_reporting_resolve(name, lat, lon):
    place = gazetteer().lookup(name.removeprefix("في "), theatre=THEATRES["iraq"])
    assert place is not None and geodesic((place.lat, place.lon), (lat, lon)).km <= 10, place



_GAZA = Theatre(frozenset({"PS", "IL"}), (31.2, 34.2, 32.6, 35.6))


@pytest.mark.parametrize("bare, camp", [("الفارعة", "Far'a camp"), ("الجلزون", "Jalazone camp"),
                                        ("عقبة جبر", "Aqabat Jabr camp"), ("الأمعري", "Al-Amari camp")])
def test_a_camp_answers_to_its_bare_name_when_nothing_else_is_so_called(bare, camp):
    best = gazetteer().candidates(bare, 1, theatre=_GAZA)
    assert best and best[0].place.name_en == camp


@pytest.mark.parametrize("word", ["الشاطئ", "عسكر"])
def test_a_camp_named_by_an_everyday_word_needs_its_type_word(word):
    assert not any("camp" in c.place.name_en for c in gazetteer().candidates(word, 3, theatre=_GAZA))


def test_a_town_held_with_its_type_word_is_known_after_an_area_word():
    # "القليلة" (few) is held back bare; the town is "بلدة القليلة" and, in reporting, "منطقة القليلة"
    from gazetteer import normalize
    gz = gazetteer()
    assert gz.knows_typed(normalize("منطقة القليلة")) and not gz.knows(normalize("منطقة القليلة"))
    assert not gz.knows_typed(normalize("القليلة"))
    assert not gz.knows_typed(normalize("الساعات القليلة"))


@pytest.mark.parametrize("name", ["سوق طويلة", "مستشفى طويلة", "بسوق طويلة"])
def test_a_towns_market_or_hospital_is_in_the_town_held_by_its_everyday_name(name):
    # "طويلة" (long) is held back bare; its market and its hospital are named after the town
    best = gazetteer().candidates(name, 1, theatre=THEATRES["sudan"])
    assert best and best[0].place.name_en == "Tawila"


def test_an_everyday_word_after_market_is_still_no_place():
    assert gazetteer().candidates("سوق طويل", 1, theatre=THEATRES["sudan"]) == []
