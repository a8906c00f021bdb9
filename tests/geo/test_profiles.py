"""Every conflict profile loads, and a party keeps one id and one colour in every theatre."""

from __future__ import annotations

import json
from itertools import combinations

import pytest

from gazetteer import normalize
from geo.errors import ProfileError
from geo.profile import PROFILE_DIR, available_profiles, load_profile, load_profiles, shared_parties

THEATRES = ["gaza", "iraq", "israel_lebanon", "karabakh", "libya", "sudan", "syria", "ukraine", "yemen"]
#: The party ids of the evaluation annotations.
EVAL_IDS = {"Azerbaijan", "Armenia", "Artsakh", "Russia", "Turkey", "Syria", "SOHR", "Opposition", "SDF", "Israel",
            "Hezbollah", "Lebanon", "Hamas", "PIJ", "PA", "Houthis", "Yemen", "United States", "United Kingdom",
            "Saudi Arabia", "Sudan", "RSF", "Iraq", "PMF", "Kurdistan", "PKK", "Iran", "GNA", "LNA", "Ukraine", "Other"}


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _distance(a: str, b: str) -> float:
    """Colour distance ("redmean" weighting of RGB, 0..~765)."""
    (r1, g1, b1), (r2, g2, b2) = _rgb(a), _rgb(b)
    rm = (r1 + r2) / 2
    return ((2 + rm / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - rm) / 256) * (b1 - b2) ** 2) ** 0.5


def test_every_theatre_has_a_profile_and_all_load():
    assert available_profiles() == THEATRES
    assert [p.id for p in load_profiles()] == THEATRES


@pytest.mark.parametrize("name", THEATRES)
def test_profile_shape(name):
    prof = load_profile(name)
    assert prof.fallback_party == "Other" and "Other" in prof.party_ids
    assert prof.name_en and prof.name_ar
    assert prof.theatre.countries and prof.theatre.bbox is not None
    s, w, n, e = prof.theatre.bbox
    assert -90 <= s < n <= 90 and -180 <= w < e <= 180
    for party in prof.parties:
        assert party.label_en and party.label_ar, party.id
        if party.id != "Other":
            assert party.cues or party.institutions or party.speakers, f"{name}: {party.id} has no cues"
    # every party but the fallback is named by at least one cue in the profile's table
    named = {pid for pid, _role in prof.cue_table.values()}
    assert set(prof.party_ids) - {"Other"} <= named


@pytest.mark.parametrize("name", THEATRES)
def test_party_ids_are_the_evaluation_ids(name):
    # HTS and ISIS are Syrian parties the older annotations name; every other id is an evaluation id
    assert set(load_profile(name).party_ids) <= EVAL_IDS | {"HTS", "ISIS"}


@pytest.mark.parametrize("name", THEATRES)
def test_colours_distinct_within_a_profile(name):
    colors = load_profile(name).colors
    assert len(set(colors.values())) == len(colors)
    for (a, ca), (b, cb) in combinations(colors.items(), 2):
        assert _distance(ca, cb) >= 80, f"{name}: {a} {ca} and {b} {cb} look alike"


def test_a_party_has_one_colour_in_every_profile():
    seen: dict[str, tuple[str, str]] = {}
    for prof in load_profiles():
        for party in prof.parties:
            if party.id in seen:
                assert party.color == seen[party.id][0], f"{party.id}: {party.color} in {prof.id}, {seen[party.id]}"
                assert party.label_en == seen[party.id][1] or party.id in ("Syria", "United States")
            seen[party.id] = (party.color, party.label_en)
    # on a map of several theatres no two parties share a colour
    table = shared_parties()
    assert len({v["color"] for v in table.values()}) == len(table)
    assert set(seen) <= set(table)


@pytest.mark.parametrize("name", THEATRES)
def test_no_phrase_names_two_parties_in_one_profile(name):
    owner: dict[tuple[str, ...], str] = {}
    for party in load_profile(name).parties:
        for phrase in (*party.cues, *party.metonyms, *party.speakers, *party.institutions):
            key = tuple(normalize(phrase).split())
            assert owner.setdefault(key, party.id) == party.id, f"{name}: '{phrase}' for {owner[key]} and {party.id}"


@pytest.mark.parametrize("name, lat, lon", [
    ("yemen", 12.6, 43.3),    # Bab el-Mandeb
    ("yemen", 12.5, 47.5),    # Gulf of Aden
    ("yemen", 15.0, 41.8),    # Red Sea off Hodeidah
    ("yemen", 15.35, 44.2),   # Sanaa
    ("israel_lebanon", 33.27, 35.2),  # Tyre
    ("israel_lebanon", 33.0, 35.5),   # Kiryat Shmona
    ("gaza", 31.5, 34.47),    # Gaza City
    ("gaza", 32.46, 35.3),    # Jenin
    ("sudan", 13.63, 25.35),  # El Fasher
    ("iraq", 36.34, 43.13),   # Mosul
    ("libya", 32.89, 13.19),  # Tripoli
    ("ukraine", 48.0, 37.8),  # Donetsk
    ("ukraine", 50.6, 36.6),  # Belgorod
])
def test_theatre_boxes_hold_their_places(name, lat, lon):
    s, w, n, e = load_profile(name).theatre.bbox
    assert s <= lat <= n and w <= lon <= e


@pytest.mark.parametrize("name, phrase, party", [
    ("gaza", "كتائب القسام", "Hamas"), ("gaza", "سرايا القدس", "PIJ"), ("gaza", "وزارة الصحة في رام الله", "PA"),
    ("israel_lebanon", "المقاومة الإسلامية", "Hezbollah"), ("israel_lebanon", "الجيش اللبناني", "Lebanon"),
    ("israel_lebanon", "تل أبيب", "Israel"), ("yemen", "يحيى سريع", "Houthis"), ("yemen", "صنعاء", "Houthis"),
    ("yemen", "التحالف", "Saudi Arabia"), ("yemen", "لندن", "United Kingdom"), ("sudan", "قوات الدعم السريع", "RSF"),
    ("sudan", "الجيش السوداني", "Sudan"), ("iraq", "الحشد الشعبي", "PMF"), ("iraq", "البيشمركة", "Kurdistan"),
    ("iraq", "حزب العمال الكردستاني", "PKK"), ("iraq", "التحالف الدولي", "United States"), ("iraq", "طهران", "Iran"),
    ("libya", "الجيش الوطني الليبي", "LNA"), ("libya", "قوات حكومة الوفاق", "GNA"), ("libya", "طرابلس", "GNA"),
    ("ukraine", "كييف", "Ukraine"), ("ukraine", "موسكو", "Russia"), ("ukraine", "الأوكرانية", "Ukraine"),
    ("syria", "المرصد السوري لحقوق الإنسان", "SOHR"), ("syria", "واشنطن", "United States"),
    ("karabakh", "باكو", "Azerbaijan"),
])
def test_cues_name_their_party(name, phrase, party):
    assert load_profile(name).cue_table[tuple(normalize(phrase).split())][0] == party


def test_a_profile_may_not_recolour_a_shared_party(tmp_path):
    data = json.loads((PROFILE_DIR / "gaza.json").read_text(encoding="utf-8"))
    data["parties"][0]["color"] = "#123456"
    bad = tmp_path / "recoloured.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProfileError, match="one colour in every theatre"):
        load_profile(bad)


def test_a_party_unknown_to_the_table_needs_its_colour(tmp_path):
    data = json.loads((PROFILE_DIR / "sudan.json").read_text(encoding="utf-8"))
    data["parties"].insert(0, {"id": "Newcomers", "cues": ["الوافدون الجدد"]})
    bad = tmp_path / "newcomers.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProfileError, match="color"):
        load_profile(bad)
    data["parties"][0]["color"] = "#010203"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_profile(bad).color("Newcomers") == "#010203"


@pytest.mark.parametrize("name, phrase, party", [
    ("sudan", "الجيش", "Sudan"), ("libya", "الجيش", "LNA"), ("iraq", "التحالف", "United States"),
    ("yemen", "التحالف", "Saudi Arabia"), ("gaza", "المقاومة", "Hamas"), ("israel_lebanon", "المقاومة", "Hezbollah"),
])
def test_local_cues_are_read_by_the_extractor_but_are_no_theatre_evidence(name, phrase, party):
    prof = load_profile(name)
    key = tuple(normalize(phrase).split())
    assert prof.cue_table[key][0] == party
    assert key in prof.local_keys
    # a phrase listed as a plain cue elsewhere in the profile is not local
    assert not prof.local_keys & {tuple(normalize(c).split()) for p in prof.parties for c in p.institutions}


def test_governs_near_names_the_party_of_the_nearest_town_and_checks_its_parties(tmp_path):
    iraq = load_profile("iraq")
    place = type("P", (), {"lat": 36.80, "lon": 44.67, "country": "IQ"})  # Sidakan
    assert iraq.governor(place) == "Kurdistan"
    place.lat, place.lon = 36.32, 41.88  # Sinjar
    assert iraq.governor(place) == "Iraq"
    place.lat, place.lon = 30.51, 47.78  # Basra: no listed town near, the country's governor
    assert iraq.governor(place) == "Iraq"
    data = json.loads((PROFILE_DIR / "iraq.json").read_text(encoding="utf-8"))
    data["governs_near"]["Nobody"] = [{"name": "X", "lat": 36.0, "lon": 44.0}]
    bad = tmp_path / "iraq_bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProfileError, match="governs_near names 'Nobody'"):
        load_profile(bad)
