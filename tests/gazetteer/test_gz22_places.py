"""Places the development corpus (articles 1-480) names and the gazetteer missed or sent to a namesake (brief gz22,
issue 12, Must 3): Aleppo's Salah al-Din and the 46th Regiment base, Hasakah's Tal al-Ward, Qusayr's Zita, Mukayras'
Tabbat al-Safra, the Nihm front of al-Khaniq, the markets of Hamrat al-Sheikh, al-Mazroub and Karnoi, North Kordofan's
al-Mazroub, al-Markha and Umm Sayala, El Fasher's Tadamon, Judaim and Jazirat al-Fahm of Zawiya, the Pokrovskyi district
of Kryvyi Rih, the Jarmaq hills, and spellings added to existing rows. Each name, printed as a report prints it (with a
clitic where natural), answers within 10 km of the curator's point in its theatre (25 km for districts and areas); the
everyday words among the names answer nothing above MIN_SCORE outside their theatre."""

from __future__ import annotations

import pytest

from tests.gazetteer.test_theatres import THEATRES, assert_answers_nothing_outside, assert_resolves_near
from tests.common import gazetteer


PLACES = [
    # (theatre, name as printed, lat, lon, km)  # row id
    ("iraq", "منطقة گارا", 37.020, 43.350, 25),  # iq:gara-mountain (Persian gaf: was Kara in Togo)
    ("syria", "وحي صلاح الدين", 36.183, 37.128, 10),  # sy:aleppo-salah-al-din
    ("syria", "صلاح الدين", 36.183, 37.128, 10),  # sy:aleppo-salah-al-din (Iraq's governorate elsewhere)
    ("syria", "بالفوج 46", 36.160, 36.875, 10),  # sy:fawj-46
    ("syria", "قاعدة الفوج 46", 36.160, 36.875, 10),  # sy:fawj-46
    ("syria", "وقرية تل الورد", 36.840, 40.430, 10),  # sy:tal-ward-hasakah
    ("syria", "لبلدة زيتا", 34.470, 36.460, 10),  # sy:zita-qusayr
    ("syria", "وقرية الحميدية", 33.105, 35.850, 10),  # sy:hamidiyah-quneitra
    ("syria", "قرية عريقة", 32.890, 36.483, 10),  # gn:5174
    ("syria", "المنصورة", 35.830, 38.760, 10),  # sy:mansoura-raqqa
    ("syria", "بحي كرم الميسر", 36.200, 37.188, 10),  # sy:karm-myassar
    ("syria", "مخيم الهول للنازحين", 36.374, 41.153, 10),  # w:sy-al-hol
    ("yemen", "بتبة الصفراء", 13.970, 45.670, 10),  # ye:tabbat-safra
    ("yemen", "ولد ربيع", 14.530, 44.950, 25),  # ye:d-wald-rabi
    ("yemen", "بمنطقة الخانق", 15.550, 44.600, 25),  # ye:khaniq-nihm
    ("yemen", "وجبهة الخانق", 15.550, 44.600, 25),  # ye:khaniq-nihm
    ("yemen", "جبهة المصلوب", 16.183, 44.626, 25),  # adm:ye-dist-al-maslub
    ("yemen", "بجبهة حريب", 14.930, 45.500, 25),  # adm:ye-dist-harib
    ("yemen", "بحي الروضة", 13.582, 44.030, 10),  # ye:taiz-rawda-q
    ("yemen", "ساحل الخوخة", 13.807, 43.249, 10),  # gn:79131
    ("sudan", "بسوق حمرة الشيخ", 14.583, 27.967, 10),  # sd:hamrat-sheikh-market
    ("sudan", "المزموم", 12.950, 33.550, 25),  # sd:dali-mazmum
    ("sudan", "وبلدة المزروب", 13.980, 29.780, 10),  # sd:mazroub
    ("sudan", "سوق المزروب", 13.980, 29.780, 10),  # sd:mazroub-market
    ("sudan", "والمرخة", 13.850, 30.550, 10),  # sd:markha-bara
    ("sudan", "وأم سيالة", 14.050, 30.750, 10),  # sd:umm-sayala
    ("sudan", "بمستشفى كرنوي", 15.250, 23.300, 10),  # sd:karnoi-hospital
    ("sudan", "سوق كرنوي", 15.250, 23.300, 10),  # sd:karnoi-market
    ("sudan", "بحي التضامن", 13.630, 25.340, 10),  # sd:fasher-tadamon
    ("sudan", "والمستشفى السعودي", 13.628, 25.347, 10),  # sd:fasher-saudi-hospital
    ("sudan", "لبلدة أبو قمرة", 15.450, 23.600, 10),  # sd:abu-gamra
    ("sudan", "والمستشفى الجنوبي بالفاشر", 13.615, 25.350, 10),  # sd:fasher-south-hospital
    ("iraq", "ببساتين الوقف", 34.050, 44.850, 25),  # iq:waqf-basin
    ("iraq", "بساتين الطارمية", 33.670, 44.400, 10),  # iq:tarmiyah
    ("iraq", "بمنطقة الصينية", 34.880, 43.330, 25),  # iq:nahiya-siniyah
    ("libya", "بمدينة الزهراء", 32.679, 12.873, 10),  # gn:2218983
    ("libya", "بمنطقة جودائم", 32.770, 12.800, 10),  # ly:judaim
    ("libya", "وجزيرة الفحم", 32.757, 12.725, 10),  # ly:zawiya-jazirat-fahm
    ("ukraine", "بحي كييفسكي", 50.020, 36.270, 10),  # ua:kh-kyivskyi
    ("ukraine", "كاميانسكه", 48.517, 34.606, 10),  # ua:kamianske-dnipro
    ("ukraine", "بمدينة كاميانسكه", 48.517, 34.606, 10),  # ua:kamianske-dnipro
    ("ukraine", "بحي بوكروفسكي", 47.960, 33.430, 10),  # ua:kr-pokrovskyi
    ("israel_lebanon", "بمنطقة الجرمق", 33.430, 35.580, 25),  # lb:jarmaq
    ("israel_lebanon", "تلال الجرمق", 33.430, 35.580, 25),  # lb:jarmaq
    ("gaza", "الجنينة", 31.285, 34.260, 10),  # ps:rafah-junaina
    ("gaza", "بحي الجنينة", 31.285, 34.260, 10),  # ps:rafah-junaina
    ("gaza", "بحي التفاح", 31.510, 34.475, 10),  # ps:tuffah
]


@pytest.mark.parametrize("theatre, name, lat, lon, km", PLACES)
def test_gz22_place_resolves_in_its_theatre(theatre, name, lat, lon, km):
    assert_resolves_near(theatre, name, lat, lon, km)


# Everyday words among the names (الصينية "Chinese, tray", التضامن "solidarity", الزهراء, التفاح "apples",
# زيتا "oil" in the accusative, الخانق "stifling", الفاخر "luxurious", كرش "belly", ثعلة, عريقة "ancient"): their
# rows carry them with a type word only, so bare they answer nothing above MIN_SCORE outside their theatre.
EVERYDAY = [
    ("iraq", "الصينية"), ("sudan", "التضامن"), ("libya", "الزهراء"), ("gaza", "التفاح"), ("syria", "زيتا"),
    ("yemen", "الخانق"), ("yemen", "الفاخر"), ("yemen", "كرش"), ("syria", "ثعلة"), ("syria", "عريقة"),
]


@pytest.mark.parametrize("home, word", EVERYDAY)
def test_an_everyday_word_answers_nothing_outside_its_theatre(home, word):
    assert_answers_nothing_outside(home, word)


@pytest.mark.parametrize("theatre, name, place_id", [
    # namesakes: each theatre reads its own
    ("syria", "صلاح الدين", "sy:aleppo-salah-al-din"),
    ("iraq", "صلاح الدين", "w:iq-d-salahaddin"),
    ("libya", "صلاح الدين", "ly:salah-eddin-tripoli"),
    ("gaza", "الجنينة", "ps:rafah-junaina"),
    ("sudan", "الجنينة", "gn:379303"),  # El Geneina keeps its name in the Sudan theatre
    ("syria", "حي التضامن", "sy:damascus-tadamon"),
    ("sudan", "حي التضامن", "sd:fasher-tadamon"),
    ("ukraine", "كاميانسكي", "ua:kamianske-zp"),  # the Zaporizhzhia village keeps this spelling
    ("ukraine", "حي بوكروفسكي", "ua:kr-pokrovskyi"),  # a city's district, not Pokrovsk
    ("ukraine", "بوكروفسك", "gn:704422"),
    ("israel_lebanon", "جبل الجرمق", "il:mount-meron"),  # Hezbollah statements' Mount Meron
    ("sudan", "مرخة", "sd:markha-bara"),
    ("yemen", "مديرية مرخة", "ye:markha"),
])
def test_a_namesake_resolves_in_its_theatre(theatre, name, place_id):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None and place.id == place_id, (theatre, name, place)
