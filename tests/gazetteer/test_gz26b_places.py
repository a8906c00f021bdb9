"""What 2023-2026 Arabic reporting of Russia-Ukraine, Iraq, Syria, Karabakh and Israel-Lebanon names and the
gazetteer did not know (brief gz26b, issue 12, Must 3): the Baltic oil port of Primorsk, the Kirovske air base in
Crimea and the Shaykovka air base that Ukrainian drones hit; Bashir south of Kirkuk, Sarchinar of Sulaymaniyah and
the "collective town" of Snune (مجمع سنوني); the hill of Tal Kudna in southern Quneitra; Hamoul by Naqoura and Jabal
Safi of Iqlim al-Tuffah. Each name, printed as a report prints it (with a clitic where natural), answers within 10 km
of its row's point in its theatre (25 km for areas); the namesakes keep their bare names; the given name بشير, left
off the Kirkuk village as a bare name, answers nothing above MIN_SCORE outside its theatre."""

from __future__ import annotations

import pytest

from tests.common import gazetteer
from tests.gazetteer.test_theatres import KARABAKH, THEATRES, assert_answers_nothing_outside, assert_resolves_near

THEATRES_GZ26B = {**THEATRES, "karabakh": KARABAKH}

PLACES = [
    # (theatre, name as printed, lat, lon, km)  # row id
    ("ukraine", "ميناء بريمورسك", 60.350, 28.630, 10),  # ru:primorsk-oil-port (was Prymorsk of Zaporizhzhia, 1,596 km)
    ("ukraine", "بميناء بريمورسك النفطي", 60.350, 28.630, 10),  # ru:primorsk-oil-port
    ("ukraine", "ومحطة بريمورسك النفطية", 60.350, 28.630, 10),  # ru:primorsk-oil-port
    ("ukraine", "ميناء بريمورسك في لينينغراد", 60.350, 28.630, 10),  # ru:primorsk-oil-port
    ("ukraine", "مطار كيروفسكي", 45.170, 35.190, 10),  # ua:kirovske-air-base (was Kirovsk of Murmansk, 2,498 km)
    ("ukraine", "بمطار كيروفسكي في القرم", 45.170, 35.190, 10),  # ua:kirovske-air-base
    ("ukraine", "قاعدة كيروفسكي الجوية", 45.170, 35.190, 10),  # ua:kirovske-air-base
    ("ukraine", "مطار كيروفسكوي", 45.170, 35.190, 10),  # ua:kirovske-air-base
    ("ukraine", "قاعدة شايكوفكا الجوية", 54.225, 34.370, 10),  # ru:shaykovka-air-base (was Marinovka, 900 km)
    ("ukraine", "بمطار شايكوفكا", 54.225, 34.370, 10),  # ru:shaykovka-air-base
    ("ukraine", "شايكوفكا", 54.225, 34.370, 10),  # ru:shaykovka-air-base
    ("ukraine", "مطار بالتيمور العسكري", 51.615, 39.135, 10),  # ru:baltimor (spelling)
    ("ukraine", "مطار بالتيمور في فورونيج", 51.615, 39.135, 10),  # ru:baltimor (spelling)
    ("iraq", "قرية بشير", 35.340, 44.300, 10),  # iq:bashir (was Scheer in Germany, 3,199 km)
    ("iraq", "بقرية بشير", 35.340, 44.300, 10),  # iq:bashir
    ("iraq", "وبلدة بشير", 35.340, 44.300, 10),  # iq:bashir
    ("iraq", "منطقة بشير", 35.340, 44.300, 10),  # iq:bashir
    ("iraq", "سرجنار", 35.580, 45.375, 10),  # iq:sarchinar (was unknown)
    ("iraq", "بمنطقة سرجنار", 35.580, 45.375, 10),  # iq:sarchinar
    ("iraq", "مصيف سرجنار", 35.580, 45.375, 10),  # iq:sarchinar
    ("iraq", "مجمع سنوني", 36.470, 41.720, 10),  # iq:snune (spelling; was unknown)
    ("iraq", "بمجمع سنوني", 36.470, 41.720, 10),  # iq:snune
    ("syria", "منطقة تل كودنة", 32.975, 35.865, 10),  # sy:tal-kudna (was unknown)
    ("syria", "تل كودنة", 32.975, 35.865, 10),  # sy:tal-kudna
    ("syria", "بتل كودنا", 32.975, 35.865, 10),  # sy:tal-kudna
    ("syria", "موقع تل كودنة", 32.975, 35.865, 10),  # sy:tal-kudna
    ("israel_lebanon", "حامول", 33.115, 35.170, 10),  # lb:hamoul (was al-Hamul in Egypt, 431 km)
    ("israel_lebanon", "بلدة حامول", 33.115, 35.170, 10),  # lb:hamoul
    ("israel_lebanon", "وبلدة حامول", 33.115, 35.170, 10),  # lb:hamoul
    ("israel_lebanon", "خراج حامول", 33.115, 35.170, 10),  # lb:hamoul
    ("israel_lebanon", "جبل صافي", 33.475, 35.560, 25),  # lb:jabal-safi (was Safi in Malta, 1,944 km)
    ("israel_lebanon", "بجبل صافي", 33.475, 35.560, 25),  # lb:jabal-safi
    ("israel_lebanon", "مرتفعات جبل صافي", 33.475, 35.560, 25),  # lb:jabal-safi
    ("israel_lebanon", "تلال جبل صافي", 33.475, 35.560, 25),  # lb:jabal-safi
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz26b_place_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_near(theatre, name, lat, lon, km, THEATRES_GZ26B)


@pytest.mark.parametrize("theatre, name, place_id", [
    ("ukraine", "بريمورسك", "gn:696292"),  # bare, Prymorsk of Zaporizhzhia keeps it
    ("ukraine", "حي كيروفسكي", "gn:13561146"),  # Donetsk's district keeps its name beside the Crimean air base
    ("syria", "كودنة", "sy:kodana"),  # the village keeps its name beside its hill
    ("syria", "قرية كودنة", "sy:kodana"),
    ("israel_lebanon", "جبل الريحان", "lb:jabal-rihan"),  # the neighbouring mountain keeps its own
])
def test_a_new_row_takes_no_name_from_its_neighbours(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=THEATRES_GZ26B[theatre])
    assert place is not None, (theatre, name)
    assert place.id == place_id, (theatre, name, place)


# The given name بشير, left off the Kirkuk village as a bare name, answers nothing above MIN_SCORE outside its theatre.
EVERYDAY = [("iraq", "بشير")]


@pytest.mark.parametrize("home, word", EVERYDAY)
def test_an_everyday_word_answers_nothing_outside_its_theatre(home, word):
    assert_answers_nothing_outside(home, word, THEATRES_GZ26B)
