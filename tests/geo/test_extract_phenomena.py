"""The phenomena of Arabic conflict reporting, one sentence at a time, and a floor on the dev corpus."""

import datetime as dt
import sys

import pytest

from geo import extract_events
from tests.common import ROOT, gazetteer, profile

PUB = dt.date(2020, 10, 14)  # a Wednesday


def read(text, prof="karabakh", published=PUB):
    return extract_events(text, gazetteer(), profile(prof), published, article="t")


def test_denial_is_recorded_as_a_denial_not_as_a_strike_by_the_denier():
    evs = read("واتهمت يريفان باكو بقصف مدينة غوريس اليوم. "
               "ونفت وزارة الدفاع الأذربيجانية أن تكون قد قصفت مدينة غوريس.")
    claims = [(e.claimant, e.stance, e.attacker) for e in evs]
    assert ("Armenia", "claim", "Azerbaijan") in claims
    assert ("Azerbaijan", "denial", "Azerbaijan") in claims
    assert ("Azerbaijan", "claim", "Azerbaijan") not in claims


@pytest.mark.parametrize("text", [
    "هددت وزارة الدفاع الأذربيجانية بقصف مدينة ستيباناكيرت.",
    "قالت وزارة الدفاع الأرمينية إن القوات الأرمينية تحتفظ بالحق في استهداف مدينة كنجة.",
    "حذر الجيش الأذربيجاني من أنه قد يقصف مدينة هادروت.",
    "أعلنت وزارة الدفاع الأذربيجانية أن وحدات أرمينية كانت تستعد لتنفيذ هجمات على مدينة ترتر.",
])
def test_threats_intentions_and_hypotheticals_are_not_events(text):
    assert read(text) == []


def test_conduit_is_the_source_and_the_quoted_party_the_claimant():
    (e,) = read("قصف الجيش الأرميني مدينة بردع اليوم، بحسب وزارة الدفاع الأذربيجانية، وفق وكالة الأناضول.")
    assert e.claimant == "Azerbaijan" and e.attacker == "Armenia" and e.source == "الأناضول"
    assert e.place_en.startswith("Barda")


def test_capital_as_speaker_is_no_place():
    evs = read("وقالت باكو إن القوات الأرمينية قصفت مدينة ترتر.")
    assert [(e.claimant, e.place_en.split()[0]) for e in evs] == [("Azerbaijan", "Tartar")]


def test_carry_over_to_the_ministry_named_before():
    evs = read("أعلنت وزارة الدفاع الأرمينية أن الطيران الأذربيجاني استهدف مدينة مارتاكيرت.\n\n"
               "وأضافت الوزارة أن القوات الأذربيجانية قصفت أيضا بلدة مارتوني.")
    assert {e.claimant for e in evs} == {"Armenia"}
    assert len(evs) == 2


@pytest.mark.parametrize("phrase, expected", [
    ("اليوم", dt.date(2020, 10, 14)), ("أمس", dt.date(2020, 10, 13)), ("أول أمس", dt.date(2020, 10, 12)),
    ("الليلة الماضية", dt.date(2020, 10, 13)), ("ليل الاثنين الثلاثاء", dt.date(2020, 10, 12)),
    ("يوم السبت", dt.date(2020, 10, 10)), ("في 27 سبتمبر/أيلول", dt.date(2020, 9, 27)),
    ("في ١١ تشرين الأول", dt.date(2020, 10, 11)),
])
def test_dates_relative_to_publication(phrase, expected):
    (e,) = read(f"قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف {phrase} مدينة ترتر.")
    assert e.date == expected


@pytest.mark.parametrize("phrase, killed, injured", [
    ("ما أدى إلى مقتل مدني واحد", 1, None),
    ("ما أسفر عن مقتل ثلاثة مدنيين وإصابة 12 آخرين", 3, 12),
    ("وأسفر القصف عن مقتل 5 أشخاص، ما رفع حصيلة القتلى إلى 43", 5, None),
    ("ما أدى إلى إصابة نحو 40 شخصا", None, 40),
])
def test_casualties_of_the_event_not_the_toll(phrase, killed, injured):
    (e,) = read(f"قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف اليوم مدينة ترتر، {phrase}.")
    assert (e.killed, e.injured) == (killed, injured)


def test_lists_with_clitics_and_quotes():
    evs = read('وأكدت أذربيجان أن القوات الأرمينية قصفت مدن «ترتر» وبردع، وأغدام.')
    assert {e.place_en.split()[0] for e in evs} == {"Tartar", "Barda", "Aghdam"}


def test_origin_of_fire_is_no_target():
    evs = read("قالت وزارة الدفاع الأذربيجانية إن صواريخ أطلقت من أراضي أرمينيا على مدينة كنجة.")
    assert [e.place_en.split()[0] for e in evs] == ["Ganja"]
    assert evs[0].event_type == "missile"


def test_types():
    assert read("أعلنت وزارة الدفاع الأرمينية أن طائرة مسيرة أذربيجانية قصفت مدينة ستيباناكيرت.")[0].event_type == "drone"
    assert read("قالت وزارة الدفاع الأذربيجانية إنها دمرت منظومة صواريخ أرمينية في بلدة أغدره.")[0].event_type == "destruction"


def test_second_profile_reads_syria_with_no_karabakh_code():
    evs = read("قالت وكالة سانا إن الطيران الإسرائيلي شن غارات على مطار حماة اليوم.", prof="syria")
    assert evs and evs[0].claimant == "Syria" and evs[0].attacker == "Israel" and evs[0].event_type == "airstrike"


def test_dev_corpus_floor():
    """A regression floor on the 47 dev articles (the figures are printed by bench/eval_extract.py)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_extract import evaluate

    stats, _errors = evaluate(gazetteer())
    tp, fp, fn = stats["tp"], stats["fp"], stats["fn"]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert stats["articles"] == 47
    assert precision >= 0.8 and recall >= 0.75, (precision, recall)
