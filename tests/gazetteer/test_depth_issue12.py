"""Depth of the theatre files where fresh reporting fell through (issue 12, Must 3): villages,
quarters, landmarks and posts of each region resolve in their theatre, in spellings other than the
rows' own (clitics, ة/ه, type words the rows do not list), and a namesake in another country or
theatre does not take them."""

from __future__ import annotations

import pytest

from tests.common import gazetteer
from tests.gazetteer.test_theatres import THEATRES, km

# (theatre, as printed, lat, lon of the place)
PRINTED = [
    # West Bekaa, Baalbek-Hermel and Jezzine villages struck in 2024
    ("israel_lebanon", "وبلدة كامد اللوز", 33.620, 35.820),
    ("israel_lebanon", "بصغبين", 33.553, 35.700),
    ("israel_lebanon", "خربة قنفار", 33.597, 35.733),
    ("israel_lebanon", "لبدنايل", 33.910, 36.025),
    ("israel_lebanon", "بلدة تمنين التحتى", 33.878, 36.005),
    ("israel_lebanon", "مقنه", 34.083, 36.210),
    ("israel_lebanon", "بلدة العيشيه", 33.420, 35.560),
    ("israel_lebanon", "وبلدة سجد", 33.458, 35.575),
    ("israel_lebanon", "جديدة الفاكهة", 34.238, 36.400),
    ("israel_lebanon", "ودير كيفا", 33.268, 35.405),
    ("israel_lebanon", "وبلدة طليا", 33.960, 36.120),
    ("israel_lebanon", "بلدة حوش الرافقه", 34.020, 36.150),
    # Dahiyeh quarters and Beirut landmarks
    ("israel_lebanon", "منطقة المشرفيه", 33.860, 35.510),
    ("israel_lebanon", "حي ماضي", 33.857, 35.504),
    ("israel_lebanon", "عين التينه", 33.889, 35.486),
    # the posts of Hezbollah statements
    ("israel_lebanon", "موقع المنارة", 33.197, 35.540),
    ("israel_lebanon", "تلة العويضة", 33.258, 35.553),
    # beyond the south: Sidon, Iqlim al-Kharroub, Aley, Keserwan, Zgharta and Zahle
    ("israel_lebanon", "وعين الدلب", 33.553, 35.393),
    ("israel_lebanon", "مدينة صيدا القديمه", 33.563, 35.371),
    ("israel_lebanon", "بلدة البيساريه", 33.452, 35.323),
    ("israel_lebanon", "بلدة المعيصره", 34.050, 35.740),
    ("israel_lebanon", "لبلدة عيتو", 34.335, 35.930),
    ("israel_lebanon", "بلدة قب إلياس", 33.795, 35.825),
    # Gaza's quarters, junctions and landmarks of the 2023-2025 war
    ("gaza", "منطقه الشاكوش", 31.305, 34.228),
    ("gaza", "وحي مصبح", 31.300, 34.258),
    ("gaza", "بحي السلاطين", 31.565, 34.485),
    ("gaza", "ابراج الشيخ زايد", 31.552, 34.482),
    ("gaza", "مفترق نتساريم", 31.466, 34.425),
    ("gaza", "تلة علي المنطار", 31.495, 34.478),
    ("gaza", "مستشفى محمد الدرة", 31.507, 34.476),
    ("gaza", "مستشفى الشهيد محمد يوسف النجار", 31.287, 34.255),
    ("gaza", "وحي النمساوي", 31.352, 34.283),
    ("gaza", "حي جورة اللوت", 31.325, 34.295),
    ("gaza", "بمنطقة السوارحة", 31.445, 34.362),
    ("gaza", "بير النعجة", 31.545, 34.470),
    # West Bank: Jenin's quarters, Jordan Valley hamlets, Qalqilya and Nablus villages
    ("gaza", "بحي الجابريات", 32.463, 35.288),
    ("gaza", "قرية كردله", 32.360, 35.535),
    ("gaza", "خربة حمصه", 32.270, 35.520),
    ("gaza", "وقرية جيت", 32.205, 35.145),
    ("gaza", "حي الياسمينة", 32.221, 35.262),
    ("gaza", "بوادي الحصين", 31.527, 35.115),
    # Sudan: al-Jazira's northern gate, a Bahri quarter, Wad Madani's university
    ("sudan", "بالباقير", 15.380, 32.770),
    ("sudan", "وحي الصبابي", 15.640, 32.525),
    ("sudan", "بجامعة الجزيرة", 14.370, 33.520),
    # Ukraine and the Russian border
    ("ukraine", "بلدة فريمييفكا", 47.790, 36.810),
    ("ukraine", "لكينبورن", 46.555, 31.540),
    ("ukraine", "بلدة شيروكيه", 47.6855, 33.2615),
    ("ukraine", "وقرية لاستوتشكيني", 48.175, 37.655),
    ("ukraine", "قرية نيسكوتشني", 47.760, 36.795),
]

# (theatre, name, lat, lon): the theatre's place, where a namesake elsewhere used to answer
NAMESAKES = [
    ("israel_lebanon", "كفردان", 34.017, 36.050),  # Baalbek's, not Kafr Dan by Jenin
    ("gaza", "كفردان", 32.475, 35.250),  # and the other way round
    ("israel_lebanon", "عين التينة", 33.889, 35.486),  # Beirut's, not 'Ayn at Tinah in Syria
    ("israel_lebanon", "بلدة القصر", 34.472, 36.430),  # Hermel's, not El Kseur in Algeria
    ("israel_lebanon", "سير الغربية", 33.395, 35.445),  # Nabatieh's, not Sierre in Switzerland
    ("israel_lebanon", "رومين", 33.455, 35.508),  # not Rummanah by Jenin
    ("israel_lebanon", "تعلبايا", 33.818, 35.885),  # not Tel Aviv (variant match)
    ("gaza", "حي الشيخ زايد", 31.552, 34.482),  # Beit Lahia's towers, not Sheikh Zayed City in Egypt
    ("gaza", "شارع الرشيد", 31.460, 34.380),  # Gaza's coastal road, not Baghdad's street
    ("gaza", "حي الجديدة", 31.507, 34.478),  # Shuja'iyya's, not Aleppo's al-Jdeideh
    ("syria", "حي الجديدة", 36.204, 37.155),  # and the other way round
    ("gaza", "حي الحساينة", 31.448, 34.378),  # Nuseirat's, not Husan by Bethlehem
    ("iraq", "شارع الرشيد", 33.335, 44.400),  # and the other way round
    ("ukraine", "كليموفو", 52.378, 32.189),  # Bryansk oblast's, not the Crimean village
    ("ukraine", "فريميفكا", 47.790, 36.810),  # the Donetsk front's, not Veremiivka in Poltava oblast
    ("ukraine", "مدينة ريني", 45.4542, 28.2773),  # the Danube port town, not Rennes
    ("ukraine", "شيروكي", 47.6855, 33.2615),  # not Cherokee (Oklahoma)
    ("ukraine", "فوديانويه", 48.095, 37.690),  # Avdiivka's Vodiane, not Vedeno in Chechnya
    ("ukraine", "نيتايلوفو", 48.070, 37.560),  # not Untolovo by Saint Petersburg
    ("ukraine", "أرخانغيلسكويه", 48.280, 37.570),  # the Donetsk village, not the city of Arkhangelsk
    ("ukraine", "أرخانغيلسك", 64.546, 40.552),  # and the city keeps its own name
    (None, "أرخانغيلسك", 64.546, 40.552),
]


@pytest.mark.parametrize("theatre, name, lat, lon", PRINTED)
def test_a_place_of_the_new_rows_resolves_as_printed(theatre, name, lat, lon):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None, name
    assert km(place, lat, lon) < 10, (name, place)


@pytest.mark.parametrize("theatre, name, lat, lon", NAMESAKES)
def test_the_theatre_place_beats_its_namesake(theatre, name, lat, lon):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre] if theatre else None)
    assert place is not None, name
    assert km(place, lat, lon) < 10, (name, place)
