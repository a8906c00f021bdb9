"""Administrative units of Iraq, Syria and Libya (brief gz15, issue 12, Must 3): reports name places through
their district, subdistrict or municipality ("قضاء بشدر"، "ناحية زمار"، "منطقة المخرم"، "بلدية هراوة"). Every
unit of the three countries was checked with its type word; these are units that did not resolve or went to a
namesake far away before, and units that already did, printed as a report may print them (clitics, ة/ه, hamza,
Persian letters of Kurdish names). Each resolves in its theatre within its row's error; the bare forms that are
everyday words stay no place; the namesakes the new rows could have taken keep their own answer."""

from __future__ import annotations

import pytest
from tests.common import assert_no_place_of_an_everyday_word, assert_resolves_within, gazetteer, profile

UNITS = [
    # (theatre, name as a report may print it, lat, lon, km: the row's error estimate, at least 10)
    # Iraq: districts (أقضية) and subdistricts (نواحي)
    ("iraq", "لقضاء بشدر", 36.183, 45.130, 10),  # Pshdar, seat Qaladiza
    ("iraq", "قضاء پشدر", 36.183, 45.130, 10),
    ("iraq", "بقضاء شاربازير", 35.721, 45.571, 10),  # seat Chwarta
    ("iraq", "وقضاء خورمال", 35.305, 46.055, 10),  # went to the Khurmala oil field by Erbil, 220 km
    ("iraq", "بقضاء الخضر", 31.198, 45.550, 10),
    ("iraq", "قضاء شط العرب", 30.530, 47.870, 10),  # the district, not the waterway's centre
    ("iraq", "قضاء بلد روز", 33.696, 45.078, 10),
    ("iraq", "لقضاء الصدر", 33.390, 44.460, 10),
    ("iraq", "وناحية دارشكران", 36.280, 43.800, 10),
    ("iraq", "بناحية الرشاد", 35.100, 44.050, 12),
    ("iraq", "لناحية يثرب", 33.990, 44.220, 10),
    ("iraq", "ناحية المعتصم", 34.060, 43.930, 12),
    ("iraq", "وناحية عزيز بلد", 34.080, 44.080, 12),
    ("iraq", "قرية هبهب", 33.800, 44.550, 10),
    ("iraq", "ناحية العبارة", 33.830, 44.700, 10),
    ("iraq", "ناحية العامرية", 33.170, 43.870, 10),  # Amiriyat al-Fallujah: Baghdad's Amiriyah is no subdistrict
    ("iraq", "بناحية بيارة", 35.230, 46.120, 10),  # went to Baharka, 224 km
    ("iraq", "وسنگسر", 36.050, 45.200, 10),  # went to Iran's Mahdishahr, 737 km
    ("iraq", "ناحيه بازيان", 35.600, 45.130, 10),
    ("iraq", "بلدة اتروش", 36.830, 43.340, 10),
    ("iraq", "ناحية النصر والسلام", 33.280, 43.900, 10),
    ("iraq", "بقضاء سنجار", 36.320, 41.870, 10),  # units that already resolved stay right
    ("iraq", "قضاء طوزخورماتو", 34.890, 44.630, 10),
    # Syria: districts (مناطق) and subdistricts (نواحي)
    ("syria", "ومنطقة المخرم", 34.815, 37.087, 10),
    ("syria", "المخرم", 34.815, 37.087, 10),
    ("syria", "بناحية زمار", 35.990, 37.250, 12),  # went to Iraq's Zummar, 480 km
    ("syria", "منطقة جبل سمعان", 36.200, 37.100, 10),
    ("syria", "ناحيه شين", 34.780, 36.440, 12),
    ("syria", "وناحية الخوابي", 34.880, 36.010, 10),
    ("syria", "ناحية تعنيتا", 35.080, 36.010, 15),
    ("syria", "بمعضمية القلمون", 33.750, 36.660, 10),
    ("syria", "ناحية المزرعه", 32.780, 36.480, 10),
    ("syria", "وناحية الكفر", 32.630, 36.650, 10),
    ("syria", "ناحية ملح", 32.570, 36.790, 10),
    ("syria", "وبلدة الصورة الكبيرة", 33.000, 36.550, 10),
    ("syria", "بناحية عريقة", 32.890, 36.460, 10),
    ("syria", "والمليحة الغربية", 32.730, 36.270, 10),  # went to the Mulayhah of Eastern Ghouta, 84 km
    ("syria", "ناحية الشيخ حديد", 36.501, 36.599, 10),
    ("syria", "بناحية الناصرة", 34.770, 36.260, 10),  # went to Nazareth
    ("syria", "ناحية مهين", 34.245, 37.060, 10),
    ("syria", "وناحية سنجار", 35.650, 37.000, 12),  # Idlib's: went to Iraq's Sinjar, 446 km
    ("syria", "ناحيه ابين سمعان", 36.280, 36.930, 15),
    ("syria", "منطقة القرداحة", 35.454, 36.058, 10),  # units that already resolved stay right
    ("syria", "ناحية تل تمر", 36.650, 40.370, 10),
    # Libya: municipalities (بلديات)
    ("libya", "ببلدية سوسة", 32.897, 21.966, 10),  # went to Sousse in Tunisia, 1,090 km
    ("libya", "هراوة", 31.130, 17.120, 12),
    ("libya", "وبلدية هراوه", 31.130, 17.120, 12),
    ("libya", "بلدية الإسبيعة", 32.570, 13.280, 10),  # went to Jabal al-Gharbi's al-Asabia, 71 km
    ("libya", "والاسبيعة", 32.570, 13.280, 10),
    ("libya", "بلدية السبيعة", 32.570, 13.280, 10),
    ("libya", "سواني بن آدم", 32.710, 13.060, 10),
    ("libya", "وبلدية جرمه", 26.545, 13.070, 10),  # went to Jurm in Afghanistan
    ("libya", "بربيانة", 24.230, 22.030, 12),  # went to Ripon in England
    ("libya", "عين مارة", 32.650, 22.400, 12),  # went to Elon Moreh in the West Bank
    ("libya", "ببلدية القلعة", 32.080, 12.630, 12),
    ("libya", "بلدية قصر الاخيار", 32.697, 13.846, 10),  # units that already resolved stay right
    ("libya", "ببلدية كاباو", 31.847, 11.331, 10),
    ("libya", "بلدية جردس العبيد", 32.303, 20.986, 10),
    ("libya", "وبلدية أوجلة", 29.110, 21.290, 10),
    ("libya", "بلدية القطرون", 24.930, 14.640, 10),
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", UNITS)
def test_an_administrative_unit_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_within(theatre, name, lat, lon, km)


@pytest.mark.parametrize("theatre, word", [
    # bare names of units that are everyday words: the rows list them with their type word only
    ("iraq", "الرشاد"),  # guidance
    ("iraq", "العبارة"),  # the phrase, the ferry
    ("iraq", "الخضر"),  # the green ones; a given name
    ("iraq", "طويلة"),  # long
    ("iraq", "الوفاء"),  # loyalty
    ("libya", "القلعة"),  # the castle
    ("libya", "جرمة"),  # also the name of Libyan companies: Germa only with its type word
    ("syria", "الصورة الكبيرة"),  # the big picture
    ("iraq", "النصر والسلام"),  # victory and peace
    ("syria", "ملح"),  # salt
    ("syria", "الكفر"),  # unbelief
    ("syria", "المزرعة"),  # the farm
    ("syria", "عريقة"),  # ancient
    ("syria", "شين"),  # disgrace; a letter
])
def test_an_everyday_word_is_no_unit(theatre, word):
    assert_no_place_of_an_everyday_word(theatre, word)


@pytest.mark.parametrize("theatre, name, place_id", [
    # a namesake keeps its own answer: the new rows and spellings do not take it
    ("iraq", "زمار", "iq:zummar"),  # Iraq's Zummar, not Aleppo's Zammar
    ("iraq", "ناحية سنجار", "gn:448149"),  # Iraq's Sinjar, not Idlib's subdistrict
    ("iraq", "العامرية", "iq:amiriyah-baghdad"),  # bare, Baghdad's quarter; Anbar's only as a subdistrict
    ("iraq", "حقل خورمالة", "iq:khurmala-field"),  # the oil field, not Khurmal
    ("iraq", "شط العرب", "iq:shatt-al-arab"),  # bare, the waterway; the district only with its type word
    ("syria", "المليحة", "gn:173434"),  # Eastern Ghouta's Mulayhah, not Daraa's al-Mulayhah al-Gharbiyah
    ("gaza", "الناصرة", "gn:294098"),  # Nazareth, not the subdistrict of Wadi al-Nasara
    ("libya", "الأصابعة", "gn:2220153"),  # al-Asabia, not al-Sbeaa
])
def test_a_namesake_keeps_its_answer(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=profile(theatre).theatre)
    assert place is not None and place.id == place_id, (name, place)
