"""What 2023-2026 Arabic reporting of Syria, Russia-Ukraine, Sudan, Libya and Iraq names and the gazetteer did not
know (brief gz24, issue 12, Must 3): the Quneitra village of al-Hamidiyah printed bare, the Raqqad and Yarmouk valleys
and the Jazira barracks of the Yarmouk basin, Jabal al-Mani' south of al-Kiswah, Homs' Wadi al-Dhahab, Jableh's
al-Rumaila, Beit Saber under Mount Hermon; Raiske, Kleban-Byk, Lysivka, Novodanylivka and the Serebrianskyi forest;
Dilling's al-Radif quarter; al-Zahra of Warshefana with its place. Each name, printed as a report prints it (with a
clitic where natural), answers within 10 km of the curator's point in its theatre (25 km for valleys and forests);
the everyday words among the names, and the bare forms left off the new rows, answer nothing above MIN_SCORE outside
their theatre."""

from __future__ import annotations

import pytest

from tests.gazetteer.test_theatres import THEATRES, assert_answers_nothing_outside, assert_resolves_near
from tests.common import gazetteer


PLACES = [
    # (theatre, name as printed, lat, lon, km)  # row id
    ("syria", "الحميدية", 33.105, 35.850, 10),  # sy:hamidiyah-quneitra (was al-Hamidiyah of Tartus, 179 km)
    ("syria", "وبلدة الحميدية", 33.105, 35.850, 10),  # sy:hamidiyah-quneitra
    ("syria", "بالحميدية", 33.105, 35.850, 10),  # sy:hamidiyah-quneitra
    ("syria", "وادي الرقاد", 32.850, 35.870, 25),  # sy:wadi-raqqad
    ("syria", "بوادي الرقاد", 32.850, 35.870, 25),  # sy:wadi-raqqad
    ("syria", "منطقة وادي الرقاد", 32.850, 35.870, 25),  # sy:wadi-raqqad
    ("syria", "وادي اليرموك", 32.700, 35.850, 25),  # sy:wadi-yarmouk
    ("syria", "بوادي اليرموك", 32.700, 35.850, 25),  # sy:wadi-yarmouk
    ("syria", "ثكنة الجزيرة", 32.765, 35.840, 10),  # sy:yarmouk-jazira-barracks (was Algiers)
    ("syria", "بثكنة الجزيرة العسكرية", 32.765, 35.840, 10),  # sy:yarmouk-jazira-barracks
    ("syria", "جبل المانع", 33.380, 36.250, 10),  # sy:jabal-mani
    ("syria", "بجبل المانع", 33.380, 36.250, 10),  # sy:jabal-mani
    ("syria", "حي وادي الذهب", 34.718, 36.712, 10),  # sy:homs-wadi-dhahab
    ("syria", "بحي وادي الذهب", 34.718, 36.712, 10),  # sy:homs-wadi-dhahab
    ("syria", "وادي الذهب في حمص", 34.718, 36.712, 10),  # sy:homs-wadi-dhahab
    ("syria", "حي الرميلة في جبلة", 35.360, 35.925, 10),  # sy:jableh-rumaila
    ("syria", "بحي الرميلة", 35.360, 35.925, 10),  # sy:jableh-rumaila
    ("syria", "بيت سابر", 33.355, 35.965, 10),  # sy:beit-saber
    ("syria", "وبلدة بيت سابر", 33.355, 35.965, 10),  # sy:beit-saber
    ("ukraine", "رايسكه", 48.570, 37.625, 10),  # ua:raiske (was unknown; a place in Iran came first)
    ("ukraine", "ورايسكي", 48.570, 37.625, 10),  # ua:raiske
    ("ukraine", "رايسكويه", 48.570, 37.625, 10),  # ua:raiske
    ("ukraine", "بلدة رايسكي", 48.570, 37.625, 10),  # ua:raiske
    ("ukraine", "كليبان بيك", 48.440, 37.730, 10),  # ua:kleban-byk
    ("ukraine", "وكليبان-بيك", 48.440, 37.730, 10),  # ua:kleban-byk
    ("ukraine", "ليسيفكا", 48.225, 37.280, 10),  # ua:lysivka-pokrovsk (was a Lysivka 605 km off)
    ("ukraine", "وليسوفكا", 48.225, 37.280, 10),  # ua:lysivka-pokrovsk
    ("ukraine", "نوفودانيليفكا", 47.490, 35.800, 10),  # ua:novodanylivka (was its namesake 111 km off)
    ("ukraine", "ونوفودانيلوفكا", 47.490, 35.800, 10),  # ua:novodanylivka
    ("ukraine", "غابة سيريبريانسكي", 48.970, 38.170, 25),  # ua:serebrianskyi-forest
    ("ukraine", "بغابات سيريبريانسكي", 48.970, 38.170, 25),  # ua:serebrianskyi-forest
    ("ukraine", "سيريبريانكا", 48.920, 38.135, 10),  # gn:694494, the village keeps its name
    ("sudan", "حي الرديف", 12.050, 29.650, 10),  # sd:dilling-radif (was Redeyef in Tunisia)
    ("sudan", "بحي الرديف بالدلنج", 12.050, 29.650, 10),  # sd:dilling-radif
    ("sudan", "الرديف في الدلنج", 12.050, 29.650, 10),  # sd:dilling-radif
    ("libya", "الزهراء في ورشفانة", 32.679, 12.873, 10),  # gn:2218983
    ("libya", "ببلدية الزهراء", 32.679, 12.873, 10),  # gn:2218983
    ("libya", "منطقة الزهراء بورشفانة", 32.679, 12.873, 10),  # gn:2218983
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz24_place_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_near(theatre, name, lat, lon, km)


@pytest.mark.parametrize("theatre, name, place_id", [
    ("syria", "الحميدية", "sy:hamidiyah-quneitra"),
    ("syria", "ناحية الحميدية", "sy:nahiya-hamidiyah-tartus"),  # the Tartus subdistrict keeps its type word
    ("syria", "سوق الحميدية", "sy:hamidiyah-souq"),  # and Damascus's souq its own
    ("syria", "مزرعة بيت جن", "gn:166946"),  # the farm keeps its own point beside Beit Jinn
    ("ukraine", "أوليكسييفو دروجكيفكا", "gn:713544"),  # Raiske's neighbour is no alias of it
])
def test_a_new_row_takes_no_name_from_its_neighbours(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None and place.id == place_id, (theatre, name, place)


# Everyday words among the names (المانع "the obstacle", الذهب "gold", الزهراء, الشجرة "the tree", جملة "sentence",
# عابدين "worshippers", نافعة "useful"), and Tunisia's الرديف that Dilling's quarter answers only with its type word or
# town: bare, they answer nothing above MIN_SCORE outside their theatre.
EVERYDAY = [
    ("syria", "المانع"), ("syria", "الذهب"), ("libya", "الزهراء"), ("syria", "الشجرة"), ("syria", "جملة"),
    ("syria", "عابدين"), ("syria", "نافعة"), ("sudan", "الرديف"),
]


@pytest.mark.parametrize("home, word", EVERYDAY)
def test_an_everyday_word_answers_nothing_outside_its_theatre(home, word):
    assert_answers_nothing_outside(home, word)
