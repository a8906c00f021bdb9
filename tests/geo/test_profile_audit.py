"""The party knowledge of the profiles, theatre by theatre (issue 12, Must 2): who speaks for a side
in 2023-2026 reporting and how the other side names it. Our own sentences, one or more per class of
addition per theatre: an alliance's full name, a new spokesman or official, a ministry's office or a
commander's title, an allied armed group, an outlet's labelled edition, the other side's name for a party.
Each of them was read as `Other` (or without an attacker) before the audit."""

import datetime as dt

import pytest

from gazetteer import normalize
from geo import extract_events
from tests.common import gazetteer, profile

PUB = dt.date(2025, 5, 14)


def read(text, prof):
    return extract_events(text, gazetteer(), profile(prof), PUB, article="t")


# (sentence, profile, claimant, attacker or None when the sentence is about the claimant only)
CASES = [
    ("قال الناطق الرسمي باسم تحالف السودان التأسيسي (تأسيس) إن طيران الجيش قصف سوقا في مدينة نيالا.",
     "sudan", "RSF", None),
    ("أعلن علاء الدين نقد أن مسيرات الجيش استهدفت مستشفى في مدينة الضعين.", "sudan", "RSF", None),
    ("اتهم الباشا طبيق جيش الفلول بقصف سوق مدينة الكومة بالطيران.", "sudan", "RSF", None),
    ("أعلنت حركة العدل والمساواة أن مسيرة للميليشيا استهدفت مدينة الطينة.", "sudan", "Sudan", None),
    ("قال مالك عقار إن قوات التمرد قصفت مدينة الدمازين بالمسيرات.", "sudan", "Sudan", None),
    ("قالت قوات تأسيس إن حكومة بورتسودان قصفت مدينة الجنينة بالمسيرات.", "sudan", "RSF", None),
    ("قالت قوات الدعم السريع في بيان إن كتائب البرهان قصفت قرية أم صميمة بالمدفعية.", "sudan", "RSF", "Sudan"),
    ("قال الناطق الرسمي باسم القوة المشتركة العقيد أحمد حسين مصطفى إن الدعامة قصفوا مخيم أبو شوك.",
     "sudan", "Sudan", "RSF"),
    ("قال أنيس الأصبحي إن غارات العدوان الأمريكي استهدفت ميناء رأس عيسى.", "yemen", "Houthis", None),
    ("أعلنت حكومة التغيير والبناء أن غارات أمريكية استهدفت مدينة الحديدة.", "yemen", "Houthis", None),
    ("قال العميد يحيى ساريع إن القوة الصاروخية استهدفت مطار بن غوريون بصاروخ فرط صوتي.", "yemen", "Houthis", None),
    ("قال صادق دويد إن ميليشيا الحوثي قصفت منازل المواطنين في مديرية حيس.", "yemen", "Yemen", None),
    ("أعلنت قوات النخبة الحضرمية أنها صدت هجوما للحوثيين في مديرية العبر.", "yemen", "Yemen", None),
    ("قال قائد محور حرض إن الميليشيا الحوثية قصفت قرى في مديرية حرض.", "yemen", "Yemen", None),
    ("قالت وكالة عمليات التجارة البحرية البريطانية إن سفينة تعرضت لهجوم قرب ميناء المخا.", "yemen", "Other", None),
    ("قال مصدر عسكري في صنعاء إن مرتزقة العدوان قصفوا قرى في مديرية مقبنة.", "yemen", "Houthis", "Yemen"),
    ("قال محور تعز العسكري إن ميليشيا إيران قصفت حي ثعبات في مدينة تعز.", "yemen", "Yemen", "Houthis"),
    ("قالت إيلا واوية إن قوات الجيش الإسرائيلي دمرت نفقا في بيت حانون.", "gaza", "Israel", None),
    ("قال باسم نعيم إن غارات الاحتلال استهدفت خياما للنازحين في المواصي.", "gaza", "Hamas", None),
    ("أعلنت وزارة الداخلية والأمن الوطني في غزة أن غارة إسرائيلية استهدفت مركزا للشرطة في دير البلح.",
     "gaza", "Hamas", None),
    # a name written with "عبد" joined to the next word, as many outlets print it
    ("قال عبداللطيف القانوع إن غارات الاحتلال استهدفت خياما للنازحين في المواصي.", "gaza", "Hamas", None),
    ("قال إياد البزم إن طائرة إسرائيلية قصفت مقرا للشرطة في خان يونس.", "gaza", "Hamas", None),
    ("أعلنت كتيبة نور شمس أن مقاتليها فجروا عبوة ناسفة بآلية عسكرية في مخيم نور شمس.", "gaza", "PIJ", None),
    ("أعلن مؤيد شعبان أن المستوطنين أحرقوا منازل في قرية المغير.", "gaza", "PA", None),
    ("قال عبد الله كميل إن طائرة مسيرة إسرائيلية قصفت منزلا في مخيم نور شمس.", "gaza", "PA", None),
    ("أعلن المجلس الوطني للبحوث العلمية أن الطيران الإسرائيلي شن غارات على بلدة الخيام.",
     "israel_lebanon", "Lebanon", None),
    ("قالت المديرية العامة لقوى الأمن الداخلي إن مسيرة إسرائيلية استهدفت سيارة في بلدة برج الملوك.",
     "israel_lebanon", "Lebanon", None),
    ("قال النائب علي فياض إن العدو الإسرائيلي قصف بلدة عيتا الشعب.", "israel_lebanon", "Hezbollah", None),
    ("قال الرئيس أحمد الشرع إن الطيران الإسرائيلي قصف مواقع في ريف دمشق.", "syria", "Syria", None),
    ("قالت قيادة الأمن الداخلي في محافظة درعا إن عبوة ناسفة انفجرت في مدينة نوى.", "syria", "Syria", None),
    ("أعلنت فرقة الحمزات أن وحدات الحماية قصفت مدينة مارع.", "syria", "Opposition", None),
    ("قالت غرفة عمليات ردع العدوان إن مقاتليها سيطروا على مدينة سراقب.", "syria", "HTS", None),
    ("قال قائد الفرقة 25 إن مسلحي المعارضة قصفوا مدينة حماة.", "syria", "Syria", None),
    ("قال بدران جيا كرد إن مسيرة تركية قصفت مدينة القامشلي.", "syria", "SDF", None),
    ("قالت وزارة الداخلية السورية إن فلول النظام البائد هاجمت حاجزا للأمن العام في مدينة جبلة.",
     "syria", "Syria", "Other"),
    ("قالت قوات سوريا الديمقراطية إن الفصائل الحكومية قصفت بلدة دير حافر بالمدفعية.", "syria", "SDF", "Syria"),
    ("قال مقداد ميري إن عبوة ناسفة انفجرت بدورية للشرطة في قضاء الطارمية.", "iraq", "Iraq", None),
    ("قال قائد عمليات كركوك إن عناصر داعش هاجموا نقطة للجيش في قضاء الحويجة.", "iraq", "Iraq", None),
    ("أعلنت حركة أنصار الله الأوفياء أنها استهدفت قاعدة عين الأسد بطائرة مسيرة.", "iraq", "PMF", None),
    ("أعلنت وكالة الاستخبارات والتحقيقات الاتحادية أن عبوة ناسفة انفجرت بدورية للجيش في قضاء الطارمية.",
     "iraq", "Iraq", None),
    ("أعلنت وحدات المرأة الحرة أن مسيرة تركية قصفت منطقة متينا.", "iraq", "PKK", None),
    ("قال قاسم ششو إن الطيران التركي قصف قرية قرب سنجار.", "iraq", "Kurdistan", None),
    ("قال عماد الطرابلسي إن مجموعة مسلحة هاجمت مقرا أمنيا في منطقة جنزور.", "libya", "GNA", None),
    ("قال الفريق محمد الحداد إن طيرانا مسيرا مجهولا قصف مدينة الزاوية.", "libya", "GNA", None),
    ("قالت الحكومة المكلفة من مجلس النواب إن مسيرة قصفت منطقة الشويرف.", "libya", "LNA", None),
    ("قالت القيادة العامة إن مليشيات الدبيبة قصفت مواقع قرب مدينة غريان.", "libya", "LNA", "GNA"),
    ("قالت وزارة الدفاع إن مسيراتها قصفت أوكار التهريب في الحرشة.", "libya", "GNA", "GNA"),
    ("قالت ناتاليا هومينيوك إن القوات الروسية قصفت مدينة خيرسون بالمدفعية.", "ukraine", "Ukraine", None),
    ("قالت مديرية الاستخبارات الرئيسية إن مسيرات أوكرانية قصفت مصفاة نفط في مدينة ريازان.", "ukraine", "Ukraine", None),
    ("أعلن فولوديمير أرتيوخ أن الروس قصفوا مدينة سومي بقنابل موجهة.", "ukraine", "Ukraine", None),
    ("أعلنت مجموعة قوات الشمال أن وحداتها حررت بلدة في منطقة خاركيف قرب فوفتشانسك.", "ukraine", "Russia", None),
    ("قال أندريه ديمتشينكو إن الروس قصفوا قرى في منطقة سومي.", "ukraine", "Ukraine", None),
    ("قال ألكسندر غوسيف إن مسيرات أوكرانية استهدفت مدينة ليسكي.", "ukraine", "Russia", None),
    ("قال آيخان حاجي زاده إن القوات الأرمينية قصفت قرية في منطقة كلبجار.", "karabakh", "Azerbaijan", None),
    ("قالت وزارة الدفاع الأذربيجانية إن التشكيلات المسلحة غير الشرعية قصفت مواقع قرب مدينة شوشا.",
     "karabakh", "Azerbaijan", "Artsakh"),
]


@pytest.mark.parametrize("text, prof, claimant, attacker", CASES)
def test_the_speaker_and_the_accused_are_known_to_the_profile(text, prof, claimant, attacker):
    events = read(text, prof)
    assert events, text
    assert {e.claimant for e in events} == {claimant}
    if attacker is not None:
        assert {e.attacker for e in events} == {attacker}


@pytest.mark.parametrize("prof, phrase, party", [
    # full names and acronyms of alliances, and the armed groups the corpus counts to a party
    ("sudan", "تحالف السودان التأسيسي", "RSF"),
    ("sudan", "الحركة الشعبية جناح الحلو", "RSF"),
    ("sudan", "حركة العدل والمساواة", "Sudan"),
    ("yemen", "قوات النخبة الشبوانية", "Yemen"),
    ("yemen", "ألوية العمالقة الجنوبية", "Yemen"),
    ("iraq", "ألوية الوعد الحق", "PMF"),
    ("syria", "فرقة السلطان مراد", "Opposition"),
    # a leader who changed roles speaks for the side he leads now, his old name for the old one
    ("syria", "أحمد الشرع", "Syria"),
    ("syria", "الجولاني", "HTS"),
    # names one side's media use for the other
    ("sudan", "الكيزان", "Sudan"),
    ("sudan", "الفلول", "Sudan"),
    ("sudan", "قوات التمرد", "RSF"),
    ("yemen", "حكومة المرتزقة", "Yemen"),
    ("yemen", "الميليشيات الكهنوتية", "Houthis"),
    ("libya", "الحكومة منتهية الولاية", "GNA"),
    ("libya", "مليشيات الكرامة", "LNA"),
    ("ukraine", "القوميين الأوكرانيين", "Ukraine"),
    ("ukraine", "الغزاة الروس", "Russia"),
])
def test_a_name_of_a_party_is_its_cue_in_its_theatre(prof, phrase, party):
    assert profile(prof).cue_table[tuple(normalize(phrase).split())][0] == party


@pytest.mark.parametrize("prof, phrase", [
    # a title every army uses (Libya's brigades too) names the party only once the theatre is known
    ("iraq", "آمر اللواء"),
    ("iraq", "قائد الفرقة"),
    ("yemen", "قائد محور"),
    ("ukraine", "هيئة الأركان العامة"),
    ("ukraine", "المحتلين"),
    ("sudan", "الفلول"),
])
def test_a_title_or_word_shared_with_other_wars_is_no_theatre_evidence(prof, phrase):
    assert tuple(normalize(phrase).split()) in profile(prof).local_keys


@pytest.mark.parametrize("prof, phrase", [
    # a governorate is a place phrase ("وفي محافظة طوباس، قالت مصادر محلية"); its governor is the office
    ("gaza", "محافظة طوباس"),
    # the Russian-installed "republic" is where a village lies ("حررت بلدة ... في جمهورية دونيتسك الشعبية")
    ("ukraine", "جمهورية دونيتسك الشعبية"),
])
def test_words_that_are_also_places_or_other_parties_media_are_no_cues(prof, phrase):
    assert tuple(normalize(phrase).split()) not in profile(prof).cue_table


@pytest.mark.parametrize("text, prof, claimant, attacker", [
    ("وفي محافظة طوباس، قالت مصادر محلية إن قناصة الاحتلال أطلقوا النار على شاب في مخيم الفارعة.", "gaza", "Other",
     "Israel"),
])
def test_those_words_leave_the_speaker_as_it_was(text, prof, claimant, attacker):
    events = read(text, prof)
    assert {(e.claimant, e.attacker) for e in events} == {(claimant, attacker)}


def test_the_mercenaries_media_relay_the_governments_claim_and_the_houthis_deny_it():
    # "the mercenaries" alone is the government's side in Sanaa's reporting (a cue since session 16): what
    # its media said is the government's claim, and the denial stays the Houthis' (the convention of a
    # denied relayed claim: both)
    text = "نفى مصدر عسكري في صنعاء ما زعمته وسائل إعلام المرتزقة من أن قوات الجيش قصفت أحياء سكنية في مدينة الخوخة."
    assert {(e.claimant, e.stance) for e in read(text, "yemen")} == {("Houthis", "denial"), ("Yemen", "claim")}
