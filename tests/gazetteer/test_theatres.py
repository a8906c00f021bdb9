"""Every theatre's places resolve, namesakes lose to the theatre's own places, and the everyday
words of news Arabic are not taken for places (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from geopy.distance import geodesic

from gazetteer import Gazetteer, Place, Theatre
from gazetteer.gazetteer import COMMON_WORD_SCORE, MIN_SCORE, QUALIFIERS, TYPE_WORDS
from gazetteer.normalize import normalize
from tests.common import ROOT, gazetteer

# The theatres as the profiles describe them (countries, [south, west, north, east]); written out here
# so that these tests are about the gazetteer, not about the profiles being written elsewhere.
THEATRES = {
    "syria": Theatre(frozenset({"SY"}), (32.3, 35.6, 37.4, 42.4)),
    "israel_lebanon": Theatre(frozenset({"LB", "IL"}), (29.4, 34.2, 34.7, 36.7)),
    "gaza": Theatre(frozenset({"PS", "IL"}), (29.4, 34.2, 33.4, 35.6)),
    "yemen": Theatre(frozenset({"YE"}), (11.5, 41.5, 19.0, 53.2)),
    "sudan": Theatre(frozenset({"SD"}), (8.6, 21.8, 22.3, 38.7)),
    "iraq": Theatre(frozenset({"IQ"}), (29.0, 38.7, 37.4, 48.7)),
    "libya": Theatre(frozenset({"LY"}), (19.5, 9.3, 33.2, 25.2)),
    "ukraine": Theatre(frozenset({"UA", "RU"}), (44.3, 22.1, 52.5, 42.0)),
}


def km(place, lat, lon):
    return geodesic((place.lat, place.lon), (lat, lon)).km


def assert_resolves_near(theatre, name, lat, lon, km_max, theatres=None):
    """The top candidate of ``name`` in its theatre scores at least MIN_SCORE and lies within ``km_max``
    of the curator's point (the check of every gazetteer round's table of names)."""
    found = gazetteer().candidates(name, 1, theatre=(theatres or THEATRES)[theatre])
    assert found and found[0].score >= MIN_SCORE, (name, found)
    place = found[0].place
    assert km(place, lat, lon) <= km_max, (name, place)


def assert_answers_nothing_outside(home, word, theatres=None):
    """An everyday word answers nothing above MIN_SCORE (or only flagged as a common word) with no theatre
    and in every theatre but its ``home``."""
    for name, theatre in [(None, None), *(theatres or THEATRES).items()]:
        if name == home:
            continue
        found = gazetteer().candidates(word, 1, theatre=theatre)
        assert not found or found[0].score < MIN_SCORE or found[0].common_word, (name, word, found)


THEATRE_NAMES = [
    # (theatre, name as an Arabic outlet prints it, lat, lon)
    ("syria", "بلدة كنصفرة", 35.672, 36.505), ("syria", "وإحسم", 35.722, 36.540),
    ("syria", "مطار أبو الظهور العسكري", 35.732, 37.104), ("syria", "مرفأ طرطوس", 34.895, 35.873),
    ("syria", "حي برزة", 33.553, 36.322), ("syria", "مصياف", 35.065, 36.342),
    ("israel_lebanon", "بلدة علما الشعب", 33.103, 35.186), ("israel_lebanon", "ومركبا", 33.205, 35.548),
    ("israel_lebanon", "مستوطنة شلومي", 33.077, 35.145), ("israel_lebanon", "قاعدة رامات ديفيد الجوية", 32.665, 35.180),
    ("israel_lebanon", "مخيم الرشيدية", 33.234, 35.219), ("israel_lebanon", "كيبوتس مسغاف عام", 33.245, 35.548),
    ("gaza", "مخيم جباليا", 31.533, 34.495), ("gaza", "بحي الشجاعية", 31.500, 34.482),
    ("gaza", "معبر رفح", 31.247, 34.259), ("gaza", "مخيم جباليا للاجئين", 31.533, 34.495),
    ("gaza", "مستوطنة كريات أربع", 31.530, 35.120), ("gaza", "مخيم نور شمس", 32.315, 35.060),
    ("yemen", "مطار صنعاء الدولي", 15.476, 44.220), ("yemen", "ميناء الحديدة", 14.830, 42.930),
    ("yemen", "قاعدة العند الجوية", 13.176, 44.765), ("yemen", "مديرية المعلا", 12.790, 44.990),
    ("yemen", "جبل عطان", 15.320, 44.170), ("yemen", "مديرية حيس", 13.930, 43.480),
    ("sudan", "قاعدة وادي سيدنا الجوية", 15.815, 32.517), ("sudan", "مخيم أبو شوك", 13.660, 25.330),
    ("sudan", "مدينة كتم", 14.200, 24.660), ("sudan", "الحصاحيصا", 14.750, 33.300),
    ("sudan", "مطار بورتسودان الدولي", 19.433, 37.234), ("sudan", "أم روابة", 12.900, 31.220),
    ("iraq", "قاعدة عين الأسد الجوية", 33.800, 42.440), ("iraq", "قضاء زاخو", 37.140, 42.680),
    ("iraq", "قاعدة بلد الجوية", 33.940, 44.360), ("iraq", "ناحية جلولاء", 34.270, 45.160),
    ("iraq", "مدينة الصدر", 33.390, 44.460), ("iraq", "ميناء أم قصر", 30.030, 47.950),
    ("libya", "قاعدة الجفرة الجوية", 29.198, 16.001), ("libya", "معبر رأس اجدير", 33.150, 11.560),
    ("libya", "تاجوراء", 32.880, 13.350), ("libya", "حقل الشرارة النفطي", 26.560, 12.230),
    ("ukraine", "كراسنوهوريفكا", 48.000, 37.510), ("ukraine", "ميناء أوديسا", 46.500, 30.750),
    ("ukraine", "قاعدة ستاروكوستيانتينيف الجوية", 49.740, 27.260), ("ukraine", "ميناء فيودوسيا", 45.030, 35.380),
    ("ukraine", "شيبيكينو", 50.410, 36.900), ("ukraine", "مطار هوستوميل", 50.600, 30.190),
    # Second pass (villages, neighbourhoods, facilities real reports list), printed as in a list.
    ("israel_lebanon", "وياطر", 33.148, 35.331), ("israel_lebanon", "بلدة مجدل سلم", 33.225, 35.485),
    ("israel_lebanon", "وادي الكفور", 33.372, 35.462), ("israel_lebanon", "لبلدة حانين", 33.090, 35.332),
    ("israel_lebanon", "بلدة القليلة", 33.222, 35.225), ("israel_lebanon", "ثكنة برانيت", 33.070, 35.370),
    ("israel_lebanon", "مستوطنة زرعيت", 33.095, 35.280), ("israel_lebanon", "كيبوتس يفتاح", 33.125, 35.548),
    ("israel_lebanon", "وكفرتبنيت", 33.330, 35.520), ("israel_lebanon", "بلدة الكفير", 33.435, 35.712),
    ("syria", "كفر داعل", 36.230, 36.990), ("syria", "وحي الفردوس", 36.188, 37.150),
    ("syria", "بلدة الرويحة", 35.700, 36.575), ("syria", "حي بابا عمرو", 34.715, 36.695),
    ("syria", "بلدة دمر", 33.535, 36.230), ("syria", "ومعرشورين", 35.630, 36.690),
    ("gaza", "شارع النفق", 31.527, 34.465), ("gaza", "المخيم الجديد", 31.455, 34.385),
    ("gaza", "مستوطنة صوفا", 31.230, 34.345), ("gaza", "كيبوتس مفلسيم", 31.505, 34.565),
    ("gaza", "بلدة بيت فوريك", 32.180, 35.335), ("gaza", "حاجز زعترة", 32.120, 35.265),
    ("sudan", "ضاحية الثورة", 15.690, 32.470), ("sudan", "سلاح المهندسين", 15.610, 32.485),
    ("sudan", "مخيم عطاش", 12.070, 24.900), ("sudan", "مدينة طويلة", 13.500, 24.820),
    ("iraq", "قرية بارة", 36.440, 41.800), ("iraq", "ناحية سنوني", 36.470, 41.720),
    ("libya", "منطقة قرقارش", 32.865, 13.115), ("yemen", "مديرية آزال", 15.375, 44.200),
    ("yemen", "حي سعوان", 15.360, 44.250), ("ukraine", "بلدة فيربوفي", 47.470, 35.980),
    ("ukraine", "قرية سينكيفكا", 49.750, 37.650), ("ukraine", "وأوليشكي", 46.620, 32.720),
]

KARABAKH = Theatre(frozenset({"AZ", "AM"}), (38.8, 44.7, 41.0, 47.5))


@pytest.mark.parametrize("name, lat, lon", [
    ("قرية نوراباك", 40.100, 45.800), ("يلقان", 39.7756, 47.6186), ("كويغول", 40.5858, 46.3189),
    ("نيركين شورزا", 40.470, 45.440),
])
def test_armenian_border_villages_and_azerbaijani_spellings_resolve(name, lat, lon):
    place = gazetteer().lookup(name, theatre=KARABAKH)
    assert place is not None and km(place, lat, lon) < 10, (name, place)


@pytest.mark.parametrize("theatre, name, lat, lon", [
    ("syria", "محافظة حلب", 36.2, 37.6), ("syria", "منطقة إدلب", 35.75, 36.6),
    ("sudan", "ولاية الخرطوم", 15.6, 32.6), ("ukraine", "إقليم زابوريجيا", 47.3, 35.8),
    ("iraq", "محافظة دهوك", 36.9, 43.3),
])
def test_a_type_word_of_province_before_a_city_name_reads_the_province(theatre, name, lat, lon):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None and place.kind == "district" and km(place, lat, lon) < 10, (name, place)


@pytest.mark.parametrize("theatre, name, lat, lon", THEATRE_NAMES)
def test_theatre_names_resolve_within_10_km(theatre, name, lat, lon):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None, name
    assert km(place, lat, lon) < 10, (name, place)


NAMESAKES = [
    # (theatre, name, lat, lon of the theatre's place): another place elsewhere shares the name.
    ("libya", "طرابلس", 32.887, 13.180), ("israel_lebanon", "طرابلس", 34.437, 35.850),
    ("libya", "العاصمة طرابلس", 32.887, 13.180),
    ("sudan", "حي الرياض", 15.585, 32.575), ("israel_lebanon", "العباسية", 33.290, 35.245),
    ("sudan", "العباسية تقلي", 12.160, 31.300), ("iraq", "الحمدانية", 36.270, 43.380),
    ("syria", "حي الحمدانية", 36.182, 37.112), ("yemen", "مديرية المنصورة", 12.860, 44.970),
    ("iraq", "حي المنصور", 33.310, 44.350), ("ukraine", "ميناء إسماعيل", 45.350, 28.840),
    ("ukraine", "زولوتشيف", 50.280, 35.980),  # Kharkiv front line, not Zolochiv of Lviv (GeoNames, more populous)
    ("israel_lebanon", "حداثا", 33.178, 35.380),  # south Lebanon, not Hadath in Beirut (variant match)
    ("israel_lebanon", "الخضيرة", 32.434, 34.919), ("gaza", "الخضيرة", 32.434, 34.919),  # Hadera, not Rahat
    ("israel_lebanon", "دبعال", 33.225, 35.300),  # Tyre district, not Debel (fuzzy) nor Dipayal
    ("israel_lebanon", "برعشيت", 33.185, 35.440),  # not Bürstadt
]


@pytest.mark.parametrize("theatre, name, lat, lon", NAMESAKES)
def test_a_namesake_elsewhere_loses_to_the_theatre_place(theatre, name, lat, lon):
    place = gazetteer().lookup(name, theatre=THEATRES[theatre])
    assert place is not None, name
    assert km(place, lat, lon) < 10, (name, place)


@pytest.mark.parametrize("theatre", sorted(THEATRES))
@pytest.mark.parametrize("name", ["المدينة", "الجزيرة", "الوادي", "الجديدة"])
def test_a_frequent_word_with_a_far_namesake_is_no_answer_in_a_theatre(theatre, name):
    """'المدينة' is the city in an article from Iraq, not Medina: a far-off namesake of a frequent
    word is listed with a low score, and a place it names in the theatre keeps its flag."""
    t = THEATRES[theatre]
    for c in gazetteer().candidates(name, 5, theatre=t):
        assert c.common_word, c
        if not t.prior(c.place)[0]:
            assert c.score <= COMMON_WORD_SCORE, c


EVERYDAY = ["الليل", "المنطقة", "العاصمة", "الثكنة", "الطيران", "القوات", "الرتل", "اللغم", "الزورق", "المدرعة",
            "الحصيلة", "الجبهة", "الأهالي", "المسيرات", "الدفاعات الجوية", "وزارة الدفاع", "بالمنطقة", "والليل",
            "للقوات", "الهدنة", "القذائف", "الهاون", "المستودع", "القافلة", "الناقلة", "الساحل", "الحدودية"]


@pytest.mark.parametrize("word", EVERYDAY)
@pytest.mark.parametrize("theatre", [None, "syria", "sudan", "ukraine"])
def test_everyday_words_are_not_places(word, theatre):
    gz = gazetteer()
    t = THEATRES.get(theatre) if theatre else None
    assert gz.lookup(word, theatre=t) is None, (word, gz.candidates(word, 3, theatre=t))
    for c in gz.candidates(word, 5, theatre=t):  # exact namesakes only, each low and flagged
        assert c.score < MIN_SCORE and c.common_word, c
        assert not any(r.startswith(("variant", "transliterated", "fuzzy")) for r in c.reasons), c


def test_at_most_one_everyday_word_in_ten_gets_an_answer():
    words = [w.strip() for w in (ROOT / "data" / "eval" / "everyday_words.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    assert len(words) >= 200
    answered = [w for w in words if gazetteer().lookup(w) is not None]
    assert len(answered) <= len(words) / 10, answered


@pytest.mark.parametrize("name, theatre", [("الباب", "syria"), ("الخيام", "israel_lebanon"), ("صور", "israel_lebanon")])
def test_a_place_whose_name_is_also_an_everyday_word_resolves_in_its_theatre_flagged(name, theatre):
    best = gazetteer().candidates(name, 1, theatre=THEATRES[theatre])[0]
    assert best.score >= MIN_SCORE and best.common_word
    assert "theatre area" in best.reasons or "theatre country" in best.reasons
    assert best.as_dict()["common_word"] is True


@pytest.mark.parametrize("name, country", [("حلب", "SY"), ("غزة", "PS"), ("القاهرة", "EG"), ("الرقة", "SY"), ("موسكو", "RU")])
@pytest.mark.parametrize("theatre", ["syria", "sudan", "ukraine"])
def test_a_name_frequent_only_as_a_name_is_no_common_word_and_resolves_anywhere(name, country, theatre):
    """The theatre is a prior, not a filter: Cairo in a Syrian article is Cairo."""
    best = gazetteer().candidates(name, 1, theatre=THEATRES[theatre])[0]
    assert best.place.country == country and best.score >= MIN_SCORE and not best.common_word, best


@pytest.mark.parametrize("name", ["الخيام", "الباب"])
def test_a_curated_namesake_of_a_frequent_word_is_no_answer_in_another_theatre(name):
    assert gazetteer().lookup(name, theatre=THEATRES["sudan"]) is None


# ----------------------------------------------------------------- the rules on a small gazetteer


def _small() -> Gazetteer:
    def rec(pid, name_en, lat, lon, cc, ar, pop=0, curated=True, kind="settlement"):
        return (Place(pid, name_en, lat, lon, cc, kind, pop, None, None, ar[0], "test", curated), ar, [name_en])
    return Gazetteer([
        rec("town", "Qalaat Town", 35.0, 36.0, "SY", ["القلعة"], 20_000, curated=False),
        rec("town2", "Dar Town", 35.2, 36.2, "SY", ["دار"], 50_000),
        rec("airport", "Dar Airport", 35.3, 36.3, "SY", ["مطار دار"]),
        rec("far", "Darville", 10.0, 10.0, "XX", ["داري"], 900_000, curated=False),
    ], common_words={"القلعه": 4.0, "الدار": 3.5})


def test_a_facility_row_beats_the_town_it_is_named_after():
    gz = _small()
    assert gz.lookup("مطار دار الدولي").id == "airport"
    assert gz.lookup("مطار دار").id == "airport"


def test_a_facility_with_no_row_reads_as_its_town_with_a_lower_score():
    gz = _small()
    c = gz.candidates("قاعدة دار الجوية", 1)[0]
    assert c.place.id == "town2" and "facility of" in c.reasons
    assert c.score < gz.candidates("مدينة دار", 1)[0].score


def test_a_frequent_word_is_a_low_scored_namesake_unless_printed_with_a_type_word():
    gz = _small()
    bare = gz.candidates("القلعة", 3)
    assert bare and all(c.common_word and c.score == COMMON_WORD_SCORE for c in bare)
    assert gz.lookup("القلعة") is None
    assert gz.lookup("بلدة القلعة").id == "town"  # the type word is the place evidence


def test_taking_the_article_off_a_frequent_word_finds_no_place():
    gz = _small()
    assert gz.lookup("الدار") is None  # "the house", not Dar Town
    assert gz.lookup("دار").id == "town2"


def test_type_words_and_qualifiers_are_stored_normalised():
    for word in list(TYPE_WORDS) + list(QUALIFIERS):
        assert normalize(word) == word
    for printed in ("قضاء", "ميناء", "مرفأ", "قاعدة", "مطار", "معبر", "مستوطنة", "كيبوتس", "مخيم", "حي"):
        assert normalize(printed) in TYPE_WORDS, printed


def test_curated_files_of_every_theatre_are_listed_in_the_data_readme():
    headings = [line for line in (ROOT / "data" / "README.md").read_text(encoding="utf-8").splitlines()
                if line.startswith("### ")]
    for path in sorted(Path(ROOT / "data" / "gazetteer").glob("*.csv")):
        assert any(path.name in h for h in headings), path.name


@pytest.mark.parametrize("name, theatre, lat, lon", [
    ("شمال اللاذقية", "syria", 35.531, 35.791), ("أطراف الفاشر", "sudan", 13.628, 25.349),
    ("جنوب خان يونس", "gaza", 31.346, 34.306), ("غرب حماة", "syria", 35.132, 36.758),
])
def test_a_direction_word_reads_the_place_it_points_from_at_district_precision(name, theatre, lat, lon):
    best = gazetteer().candidates(name, 1, theatre=THEATRES[theatre])[0]
    assert km(best.place, lat, lon) < 10 and "direction of" in best.reasons, best
    assert best.precision == "district" and best.as_dict()["precision"] == "district"
    assert gazetteer().lookup("الجنوب") is None  # a direction alone is no place


def test_the_facility_of_a_small_place_in_another_theatre_is_no_answer():
    # "حقل سرسنك" in an Iraqi report is the Sarsink field in Duhok, not a facility of Karabakh's Sarsang reservoir
    hits = gazetteer().candidates("حقل سرسنك", theatre=THEATRES["iraq"])
    assert not hits or hits[0].place.country == "IQ"
    assert all(h.score < MIN_SCORE for h in hits if h.place.country == "AZ")


@pytest.mark.parametrize("name, geonameid", [("عقيربات", 162803), ("موح حسن", 162284), ("عين حلاقيم", 2960)])
def test_a_village_geonames_knows_by_an_arabic_name_resolves_whatever_its_population(name, geonameid):
    # (GeoNames gives population 0 for "unknown": the village is kept by its Arabic names)
    place = gazetteer().lookup(name, theatre=THEATRES["syria"])
    assert place is not None and place.id == f"gn:{geonameid}"


def test_a_tiny_places_name_that_is_an_everyday_word_is_not_kept():
    assert gazetteer().lookup("السوق", theatre=THEATRES["yemen"]) is None


@pytest.mark.parametrize("theatre, name, town", [
    ("sudan", "مستشفى الفاشر", "الفاشر"), ("sudan", "سوق الفاشر", "الفاشر"), ("libya", "بلدية عين زارة", "عين زارة"),
])
def test_a_hospital_market_or_municipality_with_no_row_of_its_own_is_placed_at_its_town(theatre, name, town):
    place, at = gazetteer().lookup(name, theatre=THEATRES[theatre]), gazetteer().lookup(town, theatre=THEATRES[theatre])
    assert place is not None and at is not None and km(place, at.lat, at.lon) < 10


def test_a_facility_named_after_a_country_is_not_placed_in_that_country():
    hits = gazetteer().candidates("مستشفى الكويت", theatre=THEATRES["yemen"])
    assert not hits or hits[0].place.kind != "country"


@pytest.mark.parametrize("theatre, lat, lon", [("yemen", 15.0, 41.8), ("sudan", 22.0, 38.0), ("gaza", 22.0, 38.0)])
def test_the_red_sea_of_a_theatre_is_its_own_waters(theatre, lat, lon):
    # a Houthi report's "Red Sea" is the shipping lane off Yemen, not the sea's centre off Sudan
    top = gazetteer().candidates("بالبحر الأحمر", theatre=THEATRES[theatre])[0]
    assert km(top.place, lat, lon) < 10
