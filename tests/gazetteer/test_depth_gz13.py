"""Depth for the weakest theatres (brief gz13, issue 12, Must 3): the Taiz, Lahij, al-Dhale and Marib fronts
and the Saudi border centres of Houthi statements, Iraq's Anbar desert, Kirkuk, Salahuddin, Diyala and the
Kurdistan Region's oil fields, Sudan's Kordofan and Darfur, Libya's western coast and the south. Each name,
as a report may print it (with clitics, type words, spelling variants of our own), resolves in its theatre
within its row's error of the point; the bare forms that are everyday words do not."""

from __future__ import annotations

import pytest
from geo.profile import load_profile
from tests.common import assert_no_place_of_an_everyday_word, assert_resolves_within, gazetteer

PLACES = [
    # (theatre, name as a report may print it, lat, lon, km: the row's error estimate or 10)
    # Yemen: Taiz's districts, quarters and fronts, Lahij and al-Dhale fronts, Marib, the Saudi border
    ("yemen", "بمديرية الوازعية", 13.180, 43.620, 15),
    ("yemen", "الوازعيه", 13.180, 43.620, 15),
    ("yemen", "وحي ثعبات", 13.590, 44.060, 10),
    ("yemen", "بمنطقة ثعبات", 13.590, 44.060, 10),
    ("yemen", "بحي صالة", 13.573, 44.048, 10),
    ("yemen", "حي الدحي", 13.577, 44.008, 10),
    ("yemen", "لمديرية القبيطة", 13.320, 44.450, 15),
    ("yemen", "ومريس", 13.950, 44.720, 10),
    ("yemen", "جبهة مريس", 13.950, 44.720, 10),
    ("yemen", "بجبهة صرواح", 15.449, 45.019, 15),
    ("yemen", "جبهة مقبنة", 13.664, 43.687, 10),
    ("yemen", "منطقة الربوعة", 17.450, 43.350, 20),
    ("yemen", "بالخوبة", 16.950, 43.200, 15),
    ("yemen", "ومديرية المعافر", 13.450, 43.850, 12),  # went to Aden's al-Mualla by fuzzy match
    ("yemen", "مديرية المضاربة والعارة", 12.850, 43.950, 20),
    ("yemen", "بمديرية جبل مراد", 15.050, 45.200, 15),
    ("yemen", "لمديرية حالمين", 13.570, 44.880, 12),
    # Iraq: the western desert and its crossings, Kirkuk's valleys and fields, Salahuddin, Kurdish forms
    ("iraq", "بمنطقة عكاشات", 33.800, 40.600, 15),
    ("iraq", "وصحراء عكاشات", 33.800, 40.600, 15),
    ("iraq", "معبر طربيل", 33.080, 38.830, 12),
    ("iraq", "لمنفذ طريبيل الحدودي", 33.080, 38.830, 12),
    ("iraq", "بوادي الشاي", 35.200, 44.200, 15),
    ("iraq", "جبل قرجوخ", 35.700, 43.650, 12),
    ("iraq", "قەرەچووخ", 35.700, 43.650, 12),
    ("iraq", "حقل تاوكي", 37.030, 42.850, 12),
    ("iraq", "وحقل باي حسن", 35.580, 44.150, 12),
    ("iraq", "بناحية الإسحاقي", 33.980, 44.130, 8),
    ("iraq", "وناحية الكرابلة", 34.370, 41.070, 8),  # went to Karbala by fuzzy match, 336 km
    ("iraq", "لناحية قرة هنجير", 35.520, 44.620, 8),
    ("iraq", "قزانيه", 33.980, 45.680, 10),
    ("iraq", "ناحيه المحلبيه", 36.300, 42.750, 10),
    # Sudan: Kordofan's official names, Blue Nile and Darfur border localities, Sudanese quarter names
    ("sudan", "الرهد ابو دكنه", 12.717, 30.650, 10),
    ("sudan", "بمحلية قيسان", 10.800, 34.600, 20),
    ("sudan", "وجبرة الشيخ", 14.630, 30.930, 20),
    ("sudan", "محلية كلبس", 14.450, 22.480, 15),
    ("sudan", "بحي الدرجة الأولى", 13.620, 25.340, 10),
    ("sudan", "ومحلية بحر العرب", 10.970, 26.280, 20),  # went to the Arabian Sea, 3,679 km
    ("sudan", "ابو مطارق", 10.970, 26.280, 20),
    ("sudan", "بمحلية وادي صالح", 12.370, 23.120, 10),
    # Libya: Zawiya's coastal districts, Tripoli and Tajoura quarters, the Fezzan
    ("libya", "بمنطقة ابو عيسى", 32.770, 12.810, 10),
    ("libya", "وأبوعيسى", 32.770, 12.810, 10),
    ("libya", "منطقة عراده", 32.890, 13.230, 10),
    ("libya", "بئر الاسطى ميلاد", 32.860, 13.460, 10),
    ("libya", "بحي الطيوري", 27.030, 14.450, 10),
    ("libya", "بلدة تمسة", 26.370, 15.800, 10),
    ("libya", "ببلدية الزاوية الغرب", 32.760, 12.620, 10),
    ("libya", "بلدية الزاويه الجنوب", 32.650, 12.720, 12),
    ("libya", "والعسة", 32.800, 11.780, 10),
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz13_places_resolve_in_their_theatre(theatre, name, lat, lon, km):
    assert_resolves_within(theatre, name, lat, lon, km)


@pytest.mark.parametrize("theatre, word", [
    # everyday words that are also bare names of these places: listed with their type word only
    ("yemen", "صالة"),
    ("yemen", "الضباب"),
    ("yemen", "التربة"),
    ("yemen", "المضاربة"),
    ("iraq", "الحضر"),
    ("iraq", "الصينية"),
    ("iraq", "شوان"),
    ("sudan", "الدرجة الأولى"),  # first class: El Fasher's quarter only with حي
])
def test_an_everyday_word_is_no_such_place(theatre, word):
    assert_no_place_of_an_everyday_word(theatre, word)


@pytest.mark.parametrize("theatre, name, elsewhere", [
    # the theatre's own place of a name beats a look-alike elsewhere
    ("yemen", "الربوعة", "YE"),  # the Saudi border centre, not Ar Rubu' in Taiz by fuzzy match
    ("sudan", "محلية بحر العرب", ""),  # the East Darfur locality, not the Arabian Sea (no country)
])
def test_the_theatre_place_beats_the_look_alike(theatre, name, elsewhere):
    place = gazetteer().lookup(name, theatre=load_profile(theatre).theatre)
    assert place is not None and place.country != elsewhere, (name, place)
