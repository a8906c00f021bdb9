"""What 2023-2026 Arabic reporting of Sudan, Libya, Syria, Yemen and Iraq names and the gazetteer did not know (brief
gz25a, issue 12, Must 3): Tawila of North Darfur with the article and a type word (مدينة الطويلة), the Umm Dabakir power
station by Kosti, the Deir ez-Zor east-bank villages al-Salihiyah, Jdid Ekeidat, al-Hawayij, Darnaj, Suwaydan Jazira and
al-Jurdhi, three Deir ez-Zor city quarters, and Sulav by Amadiya. Each name, printed as a report prints it (with a clitic
where natural), answers within 10 km of the curator's point in its theatre (25 km for districts); the everyday words
among the names, and the bare forms left off the rows, answer nothing above MIN_SCORE outside their theatre."""

from __future__ import annotations

import pytest

from tests.gazetteer.test_theatres import THEATRES, assert_answers_nothing_outside, assert_resolves_near
from tests.common import gazetteer


PLACES = [
    # (theatre, name as printed, lat, lon, km)  # row id
    ("sudan", "مدينة الطويلة", 13.500, 24.820, 10),  # sd:tawila (the row had طويلة without the article only)
    ("sudan", "بمدينة الطويلة", 13.500, 24.820, 10),  # sd:tawila
    ("sudan", "ومخيمات الطويلة", 13.500, 24.820, 10),  # sd:tawila
    ("sudan", "محلية الطويلة", 13.500, 24.820, 10),  # sd:tawila
    ("sudan", "بلدة الطويلة", 13.500, 24.820, 10),  # sd:tawila
    ("sudan", "محطة أم دباكر", 13.060, 32.630, 10),  # sd:umm-dabakir-power (was unknown)
    ("sudan", "بمحطة أم دباكر الحرارية", 13.060, 32.630, 10),  # sd:umm-dabakir-power
    ("sudan", "ومحطة ام دباكر", 13.060, 32.630, 10),  # sd:umm-dabakir-power
    ("syria", "الصالحية", 35.365, 40.150, 10),  # sy:salihiyah-deir (bare, was unknown)
    ("syria", "وبلدة الصالحية", 35.365, 40.150, 10),  # sy:salihiyah-deir (was al-Salihiyah of Abu Kamal, 83 km)
    ("syria", "بالصالحية", 35.365, 40.150, 10),  # sy:salihiyah-deir
    ("syria", "جديد عكيدات", 35.130, 40.455, 10),  # sy:jdid-ekeidat (was unknown)
    ("syria", "وبلدة جديد عكيدات", 35.130, 40.455, 10),  # sy:jdid-ekeidat
    ("syria", "الحوايج", 35.005, 40.535, 10),  # sy:hawayij (was unknown)
    ("syria", "بالحوايج", 35.005, 40.535, 10),  # sy:hawayij
    ("syria", "حوايج ذياب", 35.005, 40.535, 10),  # sy:hawayij
    ("syria", "درنج", 34.965, 40.565, 10),  # sy:darnaj (was unknown)
    ("syria", "ودرنج", 34.965, 40.565, 10),  # sy:darnaj
    ("syria", "سويدان جزيرة", 34.945, 40.585, 10),  # sy:suwaydan-jazira (was unknown)
    ("syria", "وبلدة سويدان", 34.945, 40.585, 10),  # sy:suwaydan-jazira
    ("syria", "الجرذي", 34.920, 40.610, 10),  # sy:jurdhi (was unknown)
    ("syria", "والجرذي الشرقي", 34.920, 40.610, 10),  # sy:jurdhi
    ("syria", "حي الرشدية", 35.333, 40.143, 10),  # sy:deir-rashdiya (was Ruwaished in Jordan, 362 km)
    ("syria", "بحي الرشدية", 35.333, 40.143, 10),  # sy:deir-rashdiya
    ("syria", "حي الشيخ ياسين", 35.338, 40.128, 10),  # sy:deir-sheikh-yassin
    ("syria", "حي الحميدية بدير الزور", 35.342, 40.150, 10),  # sy:deir-hamidiyah
    ("iraq", "سولاف", 37.083, 43.470, 10),  # iq:sulav (was unknown)
    ("iraq", "بمنتجع سولاف", 37.083, 43.470, 10),  # iq:sulav
    ("iraq", "ناحية نيروة", 37.180, 43.800, 25),  # iq:nahiya-nerwa-rekan (a spelling)
    ("iraq", "منطقة برواري", 37.250, 43.450, 25),  # iq:barwari-bala (a spelling)
    # names the round found known: the neighbours the same reports print
    ("sudan", "كتم", 14.200, 24.660, 10),
    ("sudan", "مليط", 14.130, 25.550, 10),
    ("sudan", "بابنوسة", 11.330, 27.820, 10),
    ("syria", "ذيبان", 35.020, 40.550, 10),
    ("syria", "والبصيرة", 35.155, 40.427, 10),
    ("yemen", "الأقروض", 13.470, 44.100, 10),
    ("yemen", "ميناء رأس عيسى", 15.120, 42.600, 10),
    ("iraq", "شيلادزي", 37.130, 43.770, 10),
    ("iraq", "باطيفا", 37.170, 43.020, 10),
    ("libya", "رقدالين", 32.887, 11.987, 10),
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz25a_place_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_near(theatre, name, lat, lon, km)


@pytest.mark.parametrize("theatre, name, place_id", [
    ("syria", "الصالحية بريف البوكمال", "sy:salihiyah-bukamal"),  # Abu Kamal's keeps its qualified forms
    ("syria", "حي الصالحية", "sy:damascus-salihiyah"),  # and Damascus's quarter its type word
    ("syria", "الحميدية", "sy:hamidiyah-quneitra"),  # the Deir ez-Zor quarter takes only its qualified forms
    ("syria", "الطيانة", "sy:tayyana"),  # the new villages take no name from their neighbours
    ("syria", "البصيرة", "sy:busayrah"),
    ("sudan", "كوستي", "gn:371760"),  # the power station is no alias of Kosti
])
def test_a_new_row_takes_no_name_from_its_neighbours(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None and place.id == place_id, (theatre, name, place)


# Everyday words among the names: الطويلة ("the long one", Tawila's name with the article, which its row lists only
# with a type word), المجلد ("the volume"), الضباب ("the fog"), المخدرة, القبة ("the dome"): bare, they answer nothing
# above MIN_SCORE outside their theatre.
EVERYDAY = [
    ("sudan", "الطويلة"), ("sudan", "المجلد"), ("yemen", "الضباب"), ("yemen", "المخدرة"), ("sudan", "القبة"),
]


@pytest.mark.parametrize("home, word", EVERYDAY)
def test_an_everyday_word_answers_nothing_outside_its_theatre(home, word):
    assert_answers_nothing_outside(home, word)
