"""Places of the classes fresh reporting named in vain (brief gz10, issue 12): Saada's border districts and
areas, Daraa's Yarmouk basin and Quneitra's buffer-zone villages, the Manbij and Ain Issa front, Derna's
quarters and the Tripoli southern front, Darfur and Kordofan localities, Iraqi camps and subdistricts.
Each resolves in its theatre within 10 km of its point; everyday words among their names do not."""

from __future__ import annotations

import pytest
from geopy.distance import geodesic

from geo.profile import load_profile
from tests.common import gazetteer

PLACES = [
    # (theatre, name as a report may print it, lat, lon)
    # Yemen: Saada's districts and the border areas shelled from Saudi Arabia, Hajjah and Hodeidah
    ("yemen", "ومديرية غمر", 17.000, 43.330),
    ("yemen", "لمديرية الظاهر", 16.730, 43.280),
    ("yemen", "بمديرية الصفراء", 16.900, 44.050),
    ("yemen", "منطقة الرقو الحدودية", 17.030, 43.190),
    ("yemen", "بمنطقة آل ثابت", 17.130, 43.370),
    ("yemen", "منطقة الملاحيظ", 16.720, 43.320),
    ("yemen", "منفذ علب الحدودي", 17.500, 43.520),
    ("yemen", "ضحيان", 17.050, 43.620),
    ("yemen", "مديرية بكيل المير الحدودية", 16.400, 43.270),
    ("yemen", "منطقة الجاح", 14.430, 43.180),
    # Syria: the Yarmouk basin, western Daraa, Quneitra and the SDF-Turkish-backed front
    ("syria", "قرية معرية", 32.765, 35.835),
    ("syria", "وبلدة كويا", 32.717, 35.858),
    ("syria", "بيت آرة", 32.730, 35.870),
    ("syria", "الشيخ سعد", 32.840, 36.030),
    ("syria", "قرية بريقة", 33.045, 35.870),
    ("syria", "الدادات", 36.600, 37.930),
    ("syria", "عون الدادات", 36.600, 37.930),
    ("syria", "قرية أم جلود", 36.590, 37.840),
    ("syria", "والهوشان", 36.380, 38.950),
    ("syria", "زركان", 36.830, 40.350),
    ("syria", "القحطانية", 37.029, 41.546),  # bare, Hasakah's town (Tirbespiye), not Sinjar's in Iraq
    # Libya: Derna's and Benghazi's quarters, the Tripoli southern front
    ("libya", "حي باب طبرق", 32.757, 22.660),
    ("libya", "حي المغار", 32.765, 22.625),
    ("libya", "حي الساحل الشرقي", 32.770, 22.665),
    ("libya", "منطقة الليثي", 32.095, 20.080),
    ("libya", "وأبو غيلان", 32.330, 13.030),
    ("libya", "منطقة الهيرة", 32.370, 13.050),
    ("libya", "قنفوذة", 32.060, 19.990),
    # Sudan: Darfur and Kordofan
    ("sudan", "مدينة الكومة", 13.720, 26.070),
    ("sudan", "محلية كرنوي", 15.350, 23.700),
    ("sudan", "محلية دار السلام", 13.200, 25.550),
    ("sudan", "بلدة منواشي", 12.670, 24.970),
    ("sudan", "منطقة أم صميمة", 13.180, 30.030),
    ("sudan", "مخيمات طويلة", 13.500, 24.820),
    # Iraq: camps by their official names, subdistricts
    ("iraq", "مخيم الشهيد رستم جودي", 35.776, 43.580),
    ("iraq", "ومخيم رستم جودي", 35.776, 43.580),
    ("iraq", "ناحية القيروان", 36.150, 41.950),
    ("iraq", "ناحية المنصورية", 34.270, 45.020),
    ("iraq", "ناحية يايجي", 35.470, 44.300),
    ("iraq", "ليلان", 35.370, 44.530),
    ("iraq", "مخيم دوميز", 36.780, 42.900),
    ("iraq", "معسكر أشرف", 33.850, 44.700),
]


@pytest.mark.parametrize("theatre, name, lat, lon", PLACES)
def test_front_places_resolve_in_their_theatre(theatre, name, lat, lon):
    place = gazetteer().lookup(name, theatre=load_profile(theatre).theatre)
    assert place is not None, name
    assert geodesic((place.lat, place.lon), (lat, lon)).km < 10, (name, place)


@pytest.mark.parametrize("theatre, word", [
    # everyday words (or a word with its hamza and ta marbuta read off) that are bare names of these places
    ("iraq", "وإنه"),  # and indeed it: read as وانه, Wana's bare name, if it had one
    ("iraq", "العظيم"),
    ("iraq", "كنعان"),
    ("yemen", "الظاهر"),
    ("yemen", "الصفراء"),
    ("yemen", "غمر"),
    ("yemen", "علب"),
    ("syria", "جملة"),
    ("syria", "نافعة"),
    ("libya", "الليثي"),
    ("sudan", "طويلة"),
])
def test_an_everyday_word_is_no_such_place(theatre, word):
    found = gazetteer().candidates(word, 1, theatre=load_profile(theatre).theatre)
    assert not found or found[0].score < 0.55 or not found[0].place.curated or found[0].common_word, (word, found)


@pytest.mark.parametrize("theatre, name, elsewhere", [
    # the theatre's own place of a name beats a namesake elsewhere
    ("syria", "الشيخ سعد", "PS"),
    ("syria", "كويا", "AR"),
    ("iraq", "ليلان", "IR"),
    ("sudan", "كرنوي", "ER"),
])
def test_the_theatre_place_beats_the_namesake(theatre, name, elsewhere):
    place = gazetteer().lookup(name, theatre=load_profile(theatre).theatre)
    assert place is not None and place.country != elsewhere, (name, place)
