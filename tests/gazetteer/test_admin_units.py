"""A name printed after an administrative type word (ناحية، محلية، مديرية، قضاء، منطقة، بلدية، مركز،
مقاطعة، أوبلاست، محافظة، شعبية، ولاية) is a unit of the article's theatre when one is so called: a
neighbour's namesake inside the theatre's box ranks below it, and a namesake far from the box is no
answer (ناحية القيروان in an Iraqi report is no district of Tunisia), except after منطقة, which also
names an area of any kind (منطقة يافا in a Houthi statement is Jaffa)."""

from __future__ import annotations

import pytest
from geopy.distance import geodesic

from gazetteer import Gazetteer, Place, Theatre

HOME = Theatre(frozenset({"HM"}), (30.0, 30.0, 40.0, 40.0))


def _rec(pid, lat, lon, cc, ar, pop=0, curated=True, kind="settlement"):
    return (Place(pid, pid, lat, lon, cc, kind, pop, None, None, ar[0], "test", curated), ar, [pid])


def _small() -> Gazetteer:
    return Gazetteer([
        # a far city and no unit of the name in the theatre
        _rec("far-city", 10.0, 80.0, "FR", ["قيروانة"], 150_000, curated=False),
        # a far town and a village of the theatre's country of the same name
        _rec("far-town", 5.0, 100.0, "FR", ["منصورانة"], 200_000, curated=False),
        _rec("home-village", 35.0, 35.0, "HM", ["منصورانة"], 0, curated=False),
        # a neighbour's town in the box and a home village of the same name
        _rec("neighbour-town", 35.0, 39.0, "NB", ["داليانة"], 50_000, curated=False),
        _rec("home-dali", 32.0, 32.0, "HM", ["داليانة"], 0, curated=False),
        # a neighbour's place in the box with no home namesake
        _rec("neighbour-only", 36.0, 39.5, "NB", ["كسلاوانة"], 20_000, curated=False),
        # a neighbour's province just outside the box (about 190 km west of it)
        _rec("near-province", 31.0, 28.0, "XX", ["مطروحانة"], 400_000, curated=False, kind="district"),
        # a far city a statement of the theatre names as its target area
        _rec("far-target", 10.0, 80.5, "FR", ["يافانة"], 90_000, curated=False),
        # a neighbour's unit curated under the whole phrase, and a home place of the bare name
        _rec("neighbour-unit", 36.5, 39.0, "NB", ["ربيعانة", "ناحية ربيعانة"], 10_000),
        _rec("home-rabia", 35.8, 36.0, "HM", ["ربيعانة"], 0, curated=False),
    ])


@pytest.mark.parametrize("name, expected", [
    ("ناحية قيروانة", None),  # the far city is no unit of the theatre
    ("وناحية قيروانة", None),  # also under a clitic
    ("محلية قيروانة", None),
    ("مديرية قيروانة", None),
    ("قضاء قيروانة", None),
    ("محافظة قيروانة", None),
    ("بلدية قيروانة", None),
    ("أوبلاست قيروانة", None),
    ("مقاطعة قيروانة", None),
    ("قيروانة", "far-city"),  # printed bare, the rule does not apply
    ("مدينة قيروانة", "far-city"),  # nor after a type word that is no administrative unit
    ("ناحية منصورانة", "home-village"),  # the theatre's unit beats a bigger far town
    ("بمديرية منصورانة", "home-village"),
    ("محلية داليانة", "home-dali"),  # and a bigger neighbour's town in the box
    ("محلية كسلاوانة", "neighbour-only"),  # a neighbour's unit in the box is still answered
    ("محافظة مطروحانة", "near-province"),  # and so is a neighbour's province near the box
    ("منطقة يافانة", "far-target"),  # منطقة also names an area of any kind
    ("ناحية ربيعانة", "home-rabia"),  # the theatre's own place beats a neighbour's curated phrase
])
def test_an_administrative_unit_resolves_in_the_theatre(name, expected):
    place = _small().lookup(name, theatre=HOME)
    assert (place.id if place else None) == expected


@pytest.mark.parametrize("name, expected", [
    ("ناحية قيروانة", "far-city"),  # with no theatre, the namesake is the only reading
    ("ناحية منصورانة", "far-town"),
    ("ناحية ربيعانة", "neighbour-unit"),
])
def test_with_no_theatre_the_rule_does_not_apply(name, expected):
    assert _small().lookup(name).id == expected


def test_a_neighbours_unit_ranks_below_its_bare_name_and_below_the_theatres():
    gz = _small()
    typed = gz.candidates("محلية كسلاوانة", 1, theatre=HOME)[0]
    bare = gz.candidates("كسلاوانة", 1, theatre=HOME)[0]
    assert typed.score < bare.score
    ranked = [c.place.id for c in gz.candidates("محلية داليانة", 3, theatre=HOME)]
    assert ranked[:2] == ["home-dali", "neighbour-town"]


# The real gazetteer: each theatre with its own profile's prior. Units the theatre has a row for
# resolve to it; a unit it lacks is no answer rather than a namesake abroad.
@pytest.mark.parametrize("theatre, name, expected", [
    ("iraq", "ناحية القيروان", "iq:nahiya-qairawan"),  # not Kairouan, Tunisia
    ("iraq", "وناحية القيروان", "iq:nahiya-qairawan"),
    ("iraq", "ناحية المنصورية", "iq:nahiya-mansuriya"),  # not Al-Mansuriyah of Hodeidah
    ("iraq", "ناحية يايجي", "iq:nahiya-yayachi"),  # not Yaycı, Azerbaijan
    ("sudan", "محلية كرنوي", "sd:kornoi"),  # not Keren, Eritrea
    ("syria", "ناحية ربيعة", "gn:167880"),  # the Latakia subdistrict, not Iraq's Rabia (a curated phrase)
    ("sudan", "محلية الدالي", "sd:dali-mazmum"),  # Sennar's locality, not Syria's Ad Daliyah
    ("iraq", "محلية الدالي", None),  # no such unit in Iraq: Sudan's locality is too far to answer
    ("yemen", "مديرية القيروان", None),
    ("libya", "بلدية المنصورية", None),
])
def test_an_administrative_unit_in_the_real_gazetteer(gazetteer, theatre, name, expected):
    from geo.profile import load_profile

    place = gazetteer.lookup(name, theatre=load_profile(theatre).theatre)
    assert (place.id if place else None) == expected, (name, place)


def test_a_far_namesake_after_mantiqa_is_still_answered(gazetteer):
    from geo.profile import load_profile

    place = gazetteer.lookup("منطقة يافا", theatre=load_profile("yemen").theatre)
    assert place is not None and geodesic((place.lat, place.lon), (32.05, 34.75)).km < 10
