"""Places 2023-2026 Arabic reporting of the Syria, Yemen and Libya theatres names that the gazetteer did not know or
knew under fewer spellings (brief gz23b, issue 12, Must 3): Suwayda's al-Kafr, Daraa's Jillin, al-Hasakah's
Ghuwayran, Hama's Ma'an, Shabwa's Qana oil port, Taiz's al-Kurayfat, and spellings added to
Snobar Jableh, Slinfah, the Hanish islands and al-Jubah. Each name, printed as a report prints it (with a clitic where
natural), answers within 10 km of the curator's point in its theatre (25 km for districts and areas); the everyday
words among the names answer nothing above MIN_SCORE outside their theatre, and a namesake keeps its own theatre."""

from __future__ import annotations

import pytest

from tests.gazetteer.test_theatres import THEATRES, assert_answers_nothing_outside, assert_resolves_near
from tests.common import gazetteer


PLACES = [
    # (theatre, name as printed, lat, lon, km)  # row id
    ("syria", "بلدة الكفر", 32.630, 36.650, 10),  # sy:kafr-suwayda
    ("syria", "وبلدة الكفر", 32.630, 36.650, 10),  # sy:kafr-suwayda
    ("syria", "قرية الكفر", 32.630, 36.650, 10),  # sy:kafr-suwayda
    ("syria", "الكفر بريف السويداء", 32.630, 36.650, 10),  # sy:kafr-suwayda
    ("syria", "بلدة جلين", 32.740, 35.970, 10),  # sy:jillin
    ("syria", "وبلدة جلين", 32.740, 35.970, 10),  # sy:jillin
    ("syria", "قرية جلين", 32.740, 35.970, 10),  # sy:jillin
    ("syria", "غويران", 36.478, 40.745, 10),  # sy:hasakah-ghuwayran
    ("syria", "حي غويران", 36.478, 40.745, 10),  # sy:hasakah-ghuwayran
    ("syria", "بحي غويران", 36.478, 40.745, 10),  # sy:hasakah-ghuwayran
    ("syria", "الغويران", 36.478, 40.745, 10),  # sy:hasakah-ghuwayran
    ("syria", "بلدة معان", 35.320, 36.800, 10),  # sy:maan-hama
    ("syria", "لبلدة معان", 35.320, 36.800, 10),  # sy:maan-hama
    ("syria", "قرية معان", 35.320, 36.800, 10),  # sy:maan-hama
    ("syria", "معان بريف حماة", 35.320, 36.800, 10),  # sy:maan-hama
    ("syria", "قرية الصنوبر", 35.440, 35.950, 10),  # sy:jableh-snobar
    ("syria", "صنوبر جبلة", 35.440, 35.950, 10),  # sy:jableh-snobar
    ("syria", "مصيف صلنفة", 35.590, 36.190, 10),  # sy:slunfeh
    ("yemen", "ميناء قنا", 14.010, 48.330, 10),  # ye:qana-port
    ("yemen", "وميناء قنا", 14.010, 48.330, 10),  # ye:qana-port
    ("yemen", "ميناء قنا النفطي", 14.010, 48.330, 10),  # ye:qana-port
    ("yemen", "الكريفات", 13.590, 44.045, 10),  # ye:taiz-kurayfat
    ("yemen", "حي الكريفات", 13.590, 44.045, 10),  # ye:taiz-kurayfat
    ("yemen", "بحي الكريفات", 13.590, 44.045, 10),  # ye:taiz-kurayfat
    ("yemen", "منطقة الكريفات", 13.590, 44.045, 10),  # ye:taiz-kurayfat
    ("yemen", "حنيش الكبرى", 13.720, 42.730, 10),  # ye:hanish
    ("yemen", "جبهة الجوبة", 15.180, 45.330, 25),  # ye:jubah
    ("yemen", "بجبهة الجوبة", 15.180, 45.330, 25),  # ye:jubah
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz23b_place_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_near(theatre, name, lat, lon, km)


# Everyday words among the names (الكفر "unbelief", جلين "Glenn", الصنوبر "pine"): their rows carry them with a type
# word only, so bare they answer nothing above MIN_SCORE outside their theatre (nor inside it).
EVERYDAY = [("syria", "الكفر"), ("syria", "جلين"), ("syria", "الصنوبر")]


@pytest.mark.parametrize("home, word", EVERYDAY)
def test_an_everyday_word_answers_nothing_outside_its_theatre(home, word):
    assert_answers_nothing_outside(home, word)


@pytest.mark.parametrize("theatre, name, place_id", [
    # namesakes: each theatre reads its own
    ("syria", "حي غويران", "sy:hasakah-ghuwayran"),
])
def test_a_namesake_resolves_in_its_theatre(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None and place.id == place_id, (theatre, name, place)
