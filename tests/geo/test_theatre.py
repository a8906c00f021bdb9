"""Theatre detection: which war a report is about, per article and per run of paragraphs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from geo.articles import Article
from geo.pipeline import ArticleExtraction, extract_article
from geo.profile import load_profile, load_profiles
from geo.theatre import DEFAULT_PROFILE, Detection, detect, detect_runs
from tests.common import gazetteer

# Short reports written for these tests, one per theatre, in the register of news agencies.
REPORTS = {
    "karabakh": "أعلنت وزارة الدفاع الأذربيجانية أن القوات الأرمينية قصفت بالمدفعية مواقع قرب مدينة ترتر "
                "ليل الأحد، فيما نفت يريفان ذلك واتهمت باكو بخرق الهدنة.",
    "syria": "قال المرصد السوري لحقوق الإنسان إن طائرات حربية روسية شنت غارات على أطراف مدينة معرة النعمان "
             "بريف إدلب الجنوبي، فيما قصفت قوات النظام بلدات في جبل الزاوية.",
    "israel_lebanon": "أعلن حزب الله في بيان أن مقاتليه استهدفوا بالصواريخ موقعا للجيش الإسرائيلي قرب كريات شمونة، "
                      "فيما أغارت مسيرة إسرائيلية على بلدة عيتا الشعب في جنوب لبنان.",
    "gaza": "أفادت وزارة الصحة في غزة بسقوط قتلى في قصف إسرائيلي استهدف منزلا في مخيم جباليا شمالي القطاع، "
            "فيما أعلنت كتائب القسام استهداف دبابة إسرائيلية شرق مدينة خان يونس.",
    "yemen": "قال المتحدث العسكري باسم الحوثيين يحيى سريع إن قواتهم استهدفت سفينة تجارية في خليج عدن بصاروخ "
             "باليستي، فيما شنت طائرات أمريكية وبريطانية غارات على محافظة الحديدة.",
    "sudan": "اتهمت قوات الدعم السريع الجيش السوداني بقصف أحياء سكنية في مدينة نيالا بالطيران الحربي، "
             "فيما قال الناطق باسم الجيش إن مسيرات أطلقتها قوات الدعم السريع استهدفت مدينة الفاشر.",
    "iraq": "أعلنت خلية الإعلام الأمني أن طائرة مسيرة استهدفت محيط مطار أربيل، فيما قالت وزارة البيشمركة "
            "إن القصف التركي طال قرى في قضاء زاخو بمحافظة دهوك.",
    "libya": "قال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن طائرات حربية نفذت غارات على مواقع لقوات "
             "حكومة الوفاق جنوب طرابلس، فيما أعلنت عملية بركان الغضب إسقاط طائرة مسيرة قرب غريان.",
    "ukraine": "قالت القوات الجوية الأوكرانية إن روسيا أطلقت خلال الليل عشرات المسيرات على كييف وخاركيف، فيما "
               "أعلن حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف إصابة مدنيين بقصف أوكراني.",
}
NOTHING = "ارتفعت أسعار الخضار في الأسواق هذا الأسبوع بسبب موجة الحر، بحسب تجار في سوق الجملة."


@pytest.fixture(scope="module")
def profiles():
    return load_profiles()


@pytest.mark.parametrize("theatre", sorted(REPORTS))
def test_each_theatre_is_detected(theatre, profiles):
    det = detect(REPORTS[theatre], gazetteer(), profiles)
    assert isinstance(det, Detection)
    assert det.profile == theatre, det.reasons
    assert 0.3 <= det.confidence <= 1.0
    assert det.reasons and det.scores[0][0] == theatre
    assert det.as_dict()["profile"] == theatre


@pytest.mark.parametrize("theatre", sorted(REPORTS))
def test_a_title_given_apart_counts(theatre, profiles):
    # the same report under a bland body: the title alone decides, with less confidence
    det = detect(NOTHING, gazetteer(), profiles, title=REPORTS[theatre])
    assert det.profile == theatre


def test_no_evidence_falls_back_to_the_default_with_zero_confidence(profiles):
    det = detect(NOTHING, gazetteer(), profiles)
    assert det.profile == DEFAULT_PROFILE and det.confidence == 0.0
    assert "no evidence" in det.reasons[0]
    assert detect("", gazetteer(), profiles).confidence == 0.0
    assert detect(NOTHING, gazetteer(), profiles, default="gaza").profile == "gaza"


def test_a_lone_place_gives_low_confidence(profiles):
    det = detect("وصل وفد إغاثي إلى مدينة نيالا صباح اليوم.", gazetteer(), profiles)
    assert det.profile == "sudan"
    assert 0.0 < det.confidence < 0.5
    assert any("نيالا" in r for r in det.reasons)


def test_a_phrase_of_one_theatre_beats_a_lone_place(profiles):
    text = ("تقرير\n\nتحدثت مصادر محلية عن انفجار قرب مدينة نيالا.\n\n"
            "وأعلنت سرايا القدس في بيان مقتضب أنها استهدفت آلية عسكرية بعبوة ناسفة.")
    det = detect(text, gazetteer(), profiles)
    assert det.profile == "gaza", det.reasons


def test_the_title_counts_more_than_the_body(profiles):
    sudan = "وأعلنت قوات الدعم السريع أنها سيطرت على مواقع جديدة."
    libya = "وأعلن الجيش الوطني الليبي أنه صد هجوما."
    assert detect(f"{sudan}\n\nتفاصيل\n\nأخبار\n\n{libya}", gazetteer(), profiles).profile == "sudan"
    assert detect(f"{libya}\n\nتفاصيل\n\nأخبار\n\n{sudan}", gazetteer(), profiles).profile == "libya"


def test_a_tie_has_zero_confidence_and_says_so(profiles):
    # the Russian defence ministry alone: named in the same way by four theatres
    det = detect("قالت وزارة الدفاع الروسية إنها تتابع الوضع.", gazetteer(), profiles)
    assert det.confidence == 0.0
    assert "tie" in det.reasons[0]
    assert det.profile in {"karabakh", "libya", "syria", "ukraine"}


def test_common_words_far_away_namesakes_and_generic_phrases_are_no_evidence(profiles):
    # "the army", "the coalition", "the resistance", "the night", "the region": every theatre says them
    det = detect("قال الجيش إن التحالف والمقاومة تبادلا القصف في المنطقة طوال الليل.", gazetteer(), profiles)
    assert det.confidence == 0.0


def test_a_roundup_is_split_into_runs_by_theatre(profiles):
    text = "\n\n".join(["حصاد اليوم", REPORTS["gaza"], REPORTS["gaza"].replace("جباليا", "الشاطئ"),
                        REPORTS["ukraine"], "وفي تطور آخر قالت وزارة الدفاع الأوكرانية إن الهجمات مستمرة."])
    det, runs = detect_runs(text, gazetteer(), profiles)
    assert [r.profile for r in runs] == ["gaza", "ukraine"]
    assert runs[0].start == 0 and runs[-1].end == len(text) and runs[0].end == runs[1].start
    assert "كتائب القسام" in text[runs[0].start:runs[0].end]
    assert "غلادكوف" in text[runs[1].start:runs[1].end] and "القسام" not in text[runs[1].start:runs[1].end]
    assert det.profile in {"gaza", "ukraine"}
    assert all(r.detection.profile == r.profile for r in runs)


def test_a_one_theatre_article_with_an_aside_stays_whole(profiles):
    text = "\n\n".join([REPORTS["syria"], "وكانت روسيا قد أعلنت في وقت سابق أنها لا تستهدف المدنيين.",
                        REPORTS["syria"].replace("معرة النعمان", "سراقب")])
    det, runs = detect_runs(text, gazetteer(), profiles)
    assert det.profile == "syria" and len(runs) == 1 and (runs[0].start, runs[0].end) == (0, len(text))


def _article(text: str, profile: str | None = None) -> Article:
    return Article("t.txt", text, dt.date(2024, 5, 1), None, None, None, profile)


def test_pipeline_detects_when_no_profile_is_given():
    ex = extract_article(_article(REPORTS["gaza"]), gazetteer())
    assert isinstance(ex, ArticleExtraction) and ex.profile_from == "detected"
    assert ex.detection.profile == "gaza" and ex.detection.confidence > 0.3
    assert ex.events and {e.profile for e in ex.events} == {"gaza"}


def test_pipeline_precedence_argument_then_header_then_detection():
    by_header = extract_article(_article(REPORTS["gaza"], profile="ukraine"), gazetteer())
    assert by_header.profile_from == "header" and by_header.detection is None
    assert {e.profile for e in by_header.events} <= {"ukraine"}
    by_arg = extract_article(_article(REPORTS["gaza"], profile="ukraine"), gazetteer(), profile=load_profile("sudan"))
    assert by_arg.profile_from == "argument"
    assert {e.profile for e in by_arg.events} <= {"sudan"}


def test_pipeline_reads_a_roundup_run_by_run_with_offsets_into_the_whole_text():
    text = "\n\n".join(["حصاد اليوم", REPORTS["sudan"], REPORTS["sudan"].replace("نيالا", "الجنينة"),
                        REPORTS["israel_lebanon"], REPORTS["israel_lebanon"].replace("عيتا الشعب", "الخيام")])
    ex = extract_article(_article(text), gazetteer())
    assert [r.profile for r in ex.runs] == ["sudan", "israel_lebanon"]
    assert {e.profile for e in ex.events} == {"sudan", "israel_lebanon"}
    cut = ex.runs[1].start
    for ev in ex.events:
        assert text[ev.evidence_start:ev.evidence_end] == ev.evidence
        assert text[ev.place_start:ev.place_end] in ev.evidence or ev.place_start < 0
        assert (ev.evidence_start >= cut) == (ev.profile == "israel_lebanon")
    assert {e.claimant for e in ex.events if e.profile == "sudan"} <= {"RSF", "Sudan", "Other"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list("قصف غزة كييف حزب الله \n\n،.«»وبال0123456789")), max_size=300))
def test_detection_never_crashes_and_runs_cover_the_text(text):
    det, runs = detect_runs(text, gazetteer(), load_profiles())
    assert 0.0 <= det.confidence <= 1.0
    assert runs[0].start == 0 and runs[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(runs, runs[1:]))
