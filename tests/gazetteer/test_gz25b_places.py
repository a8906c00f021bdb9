"""What 2023-2026 Arabic reporting of Russia-Ukraine, Israel-Lebanon, Gaza and Karabakh names and the gazetteer did
not know (brief gz25b, issue 12, Must 3): the city districts of Donetsk, Horlivka and Makiivka under the Russian-derived
names reports print (Nikitovsky, Kievsky, Kirovsky, Petrovsky, Kuibyshevsky, Kalininsky, Budyonnovsky, Voroshilovsky,
Leninsky, Proletarsky ...), the Volgograd refinery, the Marinovka and Kanatove air bases, Kharkiv's Piatykhatky and
Kherson's Dniprovskyi and Korabelnyi districts; al-Burghuliyeh of Tyre and the Janta barrens; the Deir al-Balah beach
and Ma'an of Khan Younis; Areni and Jil of Armenia. Each name, printed as a report prints it (with a clitic where
natural), answers within 10 km of its row's point in its theatre (25 km for districts and areas); the everyday words
left off the rows answer nothing above MIN_SCORE outside their theatre."""

from __future__ import annotations

import pytest

from tests.gazetteer.test_theatres import KARABAKH, THEATRES, assert_answers_nothing_outside, assert_resolves_near
from tests.common import gazetteer

THEATRES_GZ25B = {**THEATRES, "karabakh": KARABAKH}

PLACES = [
    # (theatre, name as printed, lat, lon, km)  # row id
    ("ukraine", "حي نيكيتوفسكي", 48.314, 38.004, 10),  # gn:13607721 (was unknown)
    ("ukraine", "بحي نيكيتوفسكي في غورلوفكا", 48.314, 38.004, 10),  # gn:13607721
    ("ukraine", "حي كالينينسكي في غورلوفكا", 48.303, 38.055, 10),  # gn:13607720
    ("ukraine", "حي كييفسكي في دونيتسك", 48.046, 37.776, 10),  # gn:13561145 (was Kharkiv's, 246 km)
    ("ukraine", "بحي كييفسكي بدونيتسك", 48.046, 37.776, 10),  # gn:13561145
    ("ukraine", "حي كيروفسكي", 47.976, 37.697, 10),  # gn:13561146 (was Kurovskoye, 851 km)
    ("ukraine", "وحي كيروفسكي في دونيتسك", 47.976, 37.697, 10),  # gn:13561146
    ("ukraine", "حي بيتروفسكي", 47.932, 37.630, 10),  # gn:697302 (was Petrovsk, 736 km)
    ("ukraine", "بحي بيتروفسكي في دونيتسك", 47.932, 37.630, 10),  # gn:697302
    ("ukraine", "حي كويبيشيفسكي", 48.014, 37.736, 10),  # gn:13607653
    ("ukraine", "حي كالينينسكي", 48.007, 37.854, 10),  # gn:13561144 (was Kalininsk, 612 km)
    ("ukraine", "حي بوديونوفسكي", 47.967, 37.863, 10),  # gn:13561142 (was Budyonnovsk, 602 km)
    ("ukraine", "حي فوروشيلوفسكي", 48.000, 37.800, 10),  # gn:13561143
    ("ukraine", "بحي فوروشيلوفسكي وسط دونيتسك", 48.000, 37.800, 10),  # gn:13561143
    ("ukraine", "حي لينينسكي في دونيتسك", 47.968, 37.803, 10),  # gn:13561149 (was Leninsk, 554 km)
    ("ukraine", "حي بروليتارسكي", 47.957, 37.942, 10),  # gn:13561150 (was Proletarsk, 326 km)
    ("ukraine", "حي كيروفسكي في ماكييفكا", 48.065, 37.936, 10),  # gn:13607656
    ("ukraine", "حي تشيرفونوغفارديسكي", 48.044, 37.877, 10),  # gn:13607658
    ("ukraine", "حي سوفيتسكي في ماكييفكا", 48.095, 38.042, 10),  # gn:13607655
    ("ukraine", "حي غورنياتسكي", 48.021, 37.969, 10),  # gn:13607657
    ("ukraine", "مصفاة فولغوغراد", 48.510, 44.540, 10),  # ru:volgograd-refinery (was the city centre, 23 km)
    ("ukraine", "بمصفاة فولغوغراد النفطية", 48.510, 44.540, 10),  # ru:volgograd-refinery
    ("ukraine", "مصفاة لوك أويل في فولغوغراد", 48.510, 44.540, 10),  # ru:volgograd-refinery
    ("ukraine", "قاعدة مارينوفكا الجوية", 48.637, 43.789, 10),  # ru:marinovka-air-base (was Myronivka, 940 km)
    ("ukraine", "بمطار مارينوفكا العسكري", 48.637, 43.789, 10),  # ru:marinovka-air-base
    ("ukraine", "مطار كاناتوفو", 48.565, 32.385, 10),  # ua:kanatove-air-base (was unknown)
    ("ukraine", "وقاعدة كاناتوفو الجوية", 48.565, 32.385, 10),  # ua:kanatove-air-base
    ("ukraine", "بياتيخاتكي في خاركيف", 50.075, 36.265, 10),  # ua:kharkiv-piatykhatky (was the town, 262 km)
    ("ukraine", "حي دنيبروفسكي في خيرسون", 46.655, 32.655, 25),  # ua:kherson-dniprovskyi
    ("ukraine", "حي كورابيلني", 46.625, 32.575, 25),  # ua:kherson-korabelnyi (was Korablino, 968 km)
    ("ukraine", "كورابيلني", 46.625, 32.575, 25),  # ua:kherson-korabelnyi
    ("ukraine", "حي بيريسيبسكي", 46.550, 30.700, 25),  # ua:odesa-suvorovskyi (spelling)
    ("ukraine", "خولودنا هورا", 49.995, 36.205, 25),  # ua:kholodnohirskyi (spelling)
    ("ukraine", "يوجماش", 48.440, 35.000, 10),  # ua:pivdenmash (spelling)
    ("israel_lebanon", "البرغلية", 33.295, 35.250, 10),  # lb:burghuliyeh (was the Upper Galilee, 35 km)
    ("israel_lebanon", "وبلدة البرغلية", 33.295, 35.250, 10),  # lb:burghuliyeh
    ("israel_lebanon", "جرود جنتا", 33.845, 36.130, 25),  # lb:jurud-janta (was unknown)
    ("israel_lebanon", "بجرود جنتا", 33.845, 36.130, 25),  # lb:jurud-janta
    ("gaza", "شاطئ دير البلح", 31.425, 34.335, 10),  # ps:deir-al-balah-beach (was unknown)
    ("gaza", "بشاطئ دير البلح", 31.425, 34.335, 10),  # ps:deir-al-balah-beach
    ("gaza", "بلدة معن", 31.330, 34.320, 10),  # ps:maan-khan-younis (spelling)
    ("karabakh", "أريني", 39.722, 45.184, 10),  # gn:174984 (spelling; was Yerevan, 76 km)
    ("karabakh", "وقرية جيل", 40.450, 45.450, 10),  # gn:616734 (was unknown)
    ("karabakh", "أخافنو", 39.645, 46.585, 10),  # kb:zabukh (spelling)
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz25b_place_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_near(theatre, name, lat, lon, km, THEATRES_GZ25B)


@pytest.mark.parametrize("theatre, name, place_id", [
    ("ukraine", "حي كييفسكي", "ua:kh-kyivskyi"),  # bare, Kharkiv's district keeps it
    ("ukraine", "بياتيخاتكي", "gn:695965"),  # bare, the town of Dnipropetrovsk oblast keeps it
    ("ukraine", "حي دنيبروفسكي", "gn:13546518"),  # bare, Kyiv's district keeps it
    ("israel_lebanon", "جنتا", "lb:janta"),  # the village keeps its name beside its barrens
    ("gaza", "دير البلح", None),  # the town is not its beach
])
def test_a_new_row_takes_no_name_from_its_neighbours(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=THEATRES_GZ25B[theatre])
    assert place is not None, (theatre, name)
    if place_id is None:
        assert place.id != "ps:deir-al-balah-beach", (theatre, name, place)
    else:
        assert place.id == place_id, (theatre, name, place)


# Words left off the new rows as bare names: جيل "generation" (Jil answers with its type word) and the given name
# معن (Khan Younis' Ma'an answers with its type word): bare, they answer nothing above MIN_SCORE outside their theatre.
EVERYDAY = [("karabakh", "جيل"), ("gaza", "معن")]


@pytest.mark.parametrize("home, word", EVERYDAY)
def test_an_everyday_word_answers_nothing_outside_its_theatre(home, word):
    assert_answers_nothing_outside(home, word, THEATRES_GZ25B)
