"""Administrative units of Yemen and Sudan (brief gz15, issue 12, Must 3): the districts (مديرية) of
Yemen's governorates and the localities (محلية) of Sudan's states, as reports print them (type word,
clitic, ة/ه and hamza variants of our own), resolve in their theatre within the row's error of the
point; a district's bare name that is an everyday word stays no place; a namesake in another theatre
or governorate keeps its own name."""

from __future__ import annotations

import pytest

from tests.common import assert_no_place_of_an_everyday_word, assert_resolves_within, gazetteer, profile

UNITS = [
    # (theatre, name as a report may print it, lat, lon, km: the row's error estimate)
    # Yemen: districts that were unknown or went to a namesake
    ("yemen", "بمديرية ملحان", 15.42, 43.40, 15),  # went to Habban, 413 km
    ("yemen", "ومديرية مسور", 15.75, 43.70, 15),  # went to al-Bayda's Maswarah, 268 km
    ("yemen", "بمديرية الديس", 14.908, 49.948, 10),  # went to Marib's al-Wadi, 485 km
    ("yemen", "لمديرية الحداء", 14.65, 44.65, 20),  # went to al-Dhale's al-Husha, 97 km
    ("yemen", "مديرية رخيه", 15.70, 47.70, 20),  # went to Raydah, 392 km
    ("yemen", "بمديرية يهر", 13.75, 45.25, 20),  # went to Ahwar, 160 km
    ("yemen", "ومديرية الملاجم", 14.25, 45.35, 20),  # went to Lahij's al-Milah, 107 km
    ("yemen", "ومديرية الروضة", 14.47, 47.27, 8),
    ("yemen", "مديرية الحيمه الداخلية", 15.22, 43.80, 15),
    ("yemen", "بوصاب السافل", 14.28, 43.62, 15),
    ("yemen", "غيل بن يمين", 15.00, 49.55, 20),
    ("yemen", "مديرية المشنه", 13.97, 44.18, 5),
    ("yemen", "بمديرية بني سعد", 15.20, 43.60, 15),
    ("yemen", "جبل عيال يزيد", 15.70, 43.85, 15),
    # Sudan: localities that were unknown or went to a namesake, and a state's other spelling
    ("sudan", "بمحلية برام", 10.85, 25.17, 5),  # went to South Kordofan's al-Buram, 545 km
    ("sudan", "محلية الفاو", 14.108, 34.092, 5),
    ("sudan", "ومحلية أبو حجار", 12.60, 34.00, 15),
    ("sudan", "محلية ام رمته", 13.65, 32.32, 20),
    ("sudan", "بمحلية ود الحليو", 14.60, 35.88, 20),
    ("sudan", "محلية المفازه", 13.62, 34.50, 15),
    ("sudan", "لمحلية قلع النحل", 13.03, 35.18, 20),
    ("sudan", "ودلقو", 20.12, 30.60, 10),
    ("sudan", "وحلايب", 22.223, 36.647, 8),
    ("sudan", "محلية عقيق", 18.23, 38.18, 10),
    ("sudan", "محلية فور برنقا", 12.07, 22.90, 15),
    ("sudan", "بمحلية كرينك", 13.40, 23.10, 20),
    ("sudan", "محلية الردوم", 9.85, 24.87, 20),
    ("sudan", "ولاية الشمالية", 19.5, 30.0, 5),
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", UNITS)
def test_an_administrative_unit_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_within(theatre, name, lat, lon, km)


@pytest.mark.parametrize("theatre, word", [
    # bare names of districts that are everyday words: listed with their type word only
    ("yemen", "الشعر"),  # hair, poetry (Ash Sha'ir, Ibb)
    ("yemen", "المفتاح"),  # the key (Al-Miftah, Hajjah)
    ("yemen", "الطويلة"),  # long (At-Tawilah, Al-Mahwit)
    ("yemen", "الروضة"),  # the garden (Ar-Rawdah, Shabwah)
    ("yemen", "السود"),  # the black ones (As-Sawd, Amran)
    ("sudan", "المفازة"),  # the desert (Al-Mafaza, Gedaref)
    ("sudan", "عقيق"),  # agate (Agig, Red Sea)
])
def test_an_everyday_word_is_no_district(theatre, word):
    assert_no_place_of_an_everyday_word(theatre, word)


@pytest.mark.parametrize("theatre, name, place_id", [
    # a namesake keeps its own name: the new rows do not take it
    ("iraq", "ناحية بني سعد", "iq:nahiya-bani-saad"),  # Diyala's subdistrict, not al-Mahwit's Bani Sa'd
    ("yemen", "مديرية مسورة", "gn:408970"),  # al-Bayda's Maswarah, not Amran's Maswar
    ("sudan", "محلية البرام", "sd:buram-sk"),  # South Kordofan's al-Buram, not South Darfur's Buram
])
def test_a_namesake_keeps_its_name(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=profile(theatre).theatre)
    assert place is not None and place.id == place_id, (name, place)
