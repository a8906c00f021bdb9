"""Whose voice is it: the claimant of an event, class by class (our own sentences, never an outlet's).

Local authorities speak for the party that governs their territory; a state's own ministries for that
state; a relayed claim is the claim of whoever claims the strike; a professional body speaks for itself."""

import datetime as dt

import pytest

from geo import extract_events
from tests.common import gazetteer, profile

PUB = dt.date(2024, 5, 14)


def read(text, prof):
    return extract_events(text, gazetteer(), profile(prof), PUB, article="t")


def read_with(text, prof, published=PUB, **meta):
    """``read`` with the page's own lines (``source``, ``title``) and publication date."""
    return extract_events(text, gazetteer(), profile(prof), published, article="t", **meta)


def claimants(text, prof):
    return [e.claimant for e in read(text, prof)]


# ----------------------------------------------------------------- local authorities
@pytest.mark.parametrize("text, prof, claimant", [
    # Yemen: a governorate office in a Houthi-held province, and one in a government-held one
    ("أفاد مكتب الصحة في محافظة حجة بأن قصفا سعوديا استهدف مديرية حرض.", "yemen", "Houthis"),
    ("قال مدير مكتب الصحة بمحافظة مأرب إن قصفا حوثيا استهدف مديرية صرواح.", "yemen", "Yemen"),
    ("قال مدير مكتب الصحة بمحافظة تعز إن قذيفة حوثية سقطت على حي سكني في مدينة تعز.", "yemen", "Yemen"),
    # an office with its domain between it and its place: the security director of a government-held
    # district, the health director of a Houthi-held governorate
    ("وقال مدير أمن المخا إن مسيرة حوثية ضربت قارب صيد قبالة المخا.", "yemen", "Yemen"),
    ("وقال مدير عام صحة صعدة إن قصفا سعوديا استهدف مديرية شدا.", "yemen", "Houthis"),
    # a governorate's deputy governor (وكيل), and a Sudanese locality's commissioner (معتمد)
    ("قال وكيل محافظة مأرب إن صاروخا حوثيا سقط على حي سكني في مدينة مأرب.", "yemen", "Yemen"),
    ("قال معتمد محلية أبو جبيهة إن الميليشيا قصفت سوق أبو جبيهة بالمدفعية.", "sudan", "Sudan"),
    # Ukraine: the regional military administration, and the digest it published named again
    ("نشرت الإدارة العسكرية لمقاطعة خيرسون ملخصها اليومي على تلغرام. وبحسب الملخص، تعرضت بلدة بيريسلاف "
     "لقصف مدفعي.", "ukraine", "Ukraine"),
    # ... and the mayor of a town Russia has held since 2014
    ("قال رئيس بلدية غورلوفكا إن قذائف سقطت على حي سكني في المدينة.", "ukraine", "Russia"),
    # Gaza profile: the Strip's municipalities are the Gaza government's (Hamas), the West Bank's the PA's
    ("قال رئيس بلدية خان يونس إن غارة إسرائيلية دمرت بئر مياه في بلدة بني سهيلا.", "gaza", "Hamas"),
    # Syria: the north-east run by the SDF, the strip held by the Turkish-backed opposition
    ("قال مدير ناحية عامودا إن مسيرة تركية قصفت قرية قرب الدرباسية.", "syria", "SDF"),
    ("أعلن مجلس مدينة أعزاز أن قذائف سقطت على سوق المدينة.", "syria", "Opposition"),
    # Sudan: the government's state authorities, and the RSF's civil administration in Darfur (an
    # office word that alone would be generic, named with its place)
    ("أفادت السلطات المحلية في ولاية نهر النيل بأن طائرات مسيرة استهدفت محطة كهرباء في مدينة عطبرة.", "sudan",
     "Sudan"),
    ("قالت الإدارة المدنية في نيالا إن طيران الجيش قصف حي الوادي.", "sudan", "RSF"),
    # an office named after "وفق"/"بحسب" at the end of the report
    ("قصفت طائرات إسرائيلية مدينة نوى، بحسب محافظ درعا.", "syria", "Syria"),
])
def test_a_local_office_speaks_for_the_party_that_governs_its_territory(text, prof, claimant):
    assert set(claimants(text, prof)) == {claimant}


@pytest.mark.parametrize("text, prof", [
    ("قال مدير مستشفى ناصر في خان يونس إن غارة إسرائيلية استهدفت خياما في المواصي.", "gaza"),
    # a native administration is a traditional body, not the state's office
    ("أصدرت الإدارة الأهلية بمحلية الدندر بيانا قالت فيه إن الميليشيا قصفت مدينة السوكي.", "sudan"),
    # a relief agency's unnamed partners: the outlet's (here the agency's) own report
    ("أفاد شركاء في المجال الإنساني بأن هجوما شنته قوات الدعم السريع على قرى في محلية أم روابة أسفر عن مقتل "
     "11 مدنيا.", "sudan"),
])
def test_a_body_of_its_own_speaks_for_itself_not_for_who_governs_the_town(text, prof):
    assert set(claimants(text, prof)) == {"Other"}


class _Place:
    def __init__(self, lat, lon, country, radius_km=None):
        self.lat, self.lon, self.country, self.radius_km = lat, lon, country, radius_km


@pytest.mark.parametrize("prof, place, party", [
    # a province split by the front line keeps the state's own administration
    ("ukraine", _Place(46.7, 33.4, "UA", 95.0), "Ukraine"),  # Kherson oblast
    ("ukraine", _Place(48.0, 37.8, "UA", 92.0), "Ukraine"),  # Donetsk oblast
    # an area whose listed towns are all one party's is that party's
    ("ukraine", _Place(45.3, 34.4, "UA", 91.0), "Russia"),  # Crimea
    ("ukraine", _Place(48.30, 38.05, "UA"), "Russia"),  # Horlivka
    ("ukraine", _Place(49.99, 36.23, "UA"), "Ukraine"),  # Kharkiv: no listed town near, the country's
    # towns count only in their own country: Sderot is Israel's, next to the Strip
    ("gaza", _Place(31.525, 34.597, "IL"), "Israel"),
    ("gaza", _Place(31.34, 34.31, "PS"), "Hamas"),  # Khan Younis
    ("gaza", _Place(32.46, 35.30, "PS"), "PA"),  # Jenin
    ("yemen", _Place(16.97, 43.17, "YE", 15.0), "Houthis"),  # Munabbih district (Saada)
    ("yemen", _Place(12.80, 45.03, "YE"), "Yemen"),  # Aden
    ("yemen", _Place(16.89, 42.55, "SA"), "Saudi Arabia"),  # Jazan
    ("syria", _Place(37.05, 41.22, "SY"), "SDF"),  # Qamishli
    ("syria", _Place(36.20, 37.16, "SY"), "Syria"),  # Aleppo
    ("iraq", _Place(36.9, 43.3, "IQ", 60.0), "Kurdistan"),  # Duhok governorate
])
def test_the_governor_of_a_place_by_the_profiles_towns(prof, place, party):
    assert profile(prof).governor(place) == party


def test_every_governing_town_names_a_party_and_a_country_of_the_profile():
    from geo.profile import load_profiles
    for prof in load_profiles():
        for party, towns in prof.governs_near.items():
            assert party in prof.party_ids
            for lat, lon, cc in towns:
                assert cc is None or cc in prof.theatre.countries or cc in prof.governs, (prof.id, party, cc)
                assert -90 <= lat <= 90 and -180 <= lon <= 180


# ----------------------------------------------------------------- a state's own ministries
@pytest.mark.parametrize("text, prof, claimant, attacker", [
    ("وقالت الخارجية العراقية إن المدفعية التركية قصفت قرية في ناحية ديرلوك.", "iraq", "Iraq", "Turkey"),
    ("وقالت الخارجية اليمنية إن الحوثيين قصفوا أحياء في مدينة تعز.", "yemen", "Yemen", "Houthis"),
    ("وقالت وزارة الخارجية السورية إن طائرات إسرائيلية قصفت مواقع في ريف دمشق.", "syria", "Syria", "Israel"),
    ("وقالت وزارة الخارجية التركية إن عناصر حزب العمال هاجموا قاعدة في منطقة متينا.", "iraq", "Turkey", "PKK"),
    # the ministry's own name, without the state's adjective, in the theatres that use it
    ("وقالت وزارة الخارجية والمغتربين إن طائرات إسرائيلية قصفت مدينة نوى.", "syria", "Syria", "Israel"),
    ("وقالت وزارة الخارجية والمغتربين إن غارة إسرائيلية استهدفت بلدة كفركلا.", "israel_lebanon", "Lebanon", "Israel"),
])
def test_a_ministry_speaks_for_its_state_even_when_it_accuses_another(text, prof, claimant, attacker):
    assert [(e.claimant, e.attacker) for e in read(text, prof)] == [(claimant, attacker)]


def test_the_party_that_hands_over_a_note_speaks_what_the_note_says():
    text = ("الخارجية العراقية تستدعي القائم بالأعمال التركي\n\n"
            "استدعت وزارة الخارجية العراقية، اليوم الأحد، القائم بالأعمال التركي ببغداد، وسلمته مذكرة احتجاج.\n\n"
            "وجاء في نص المذكرة، الذي وزعته الوزارة على وسائل الإعلام، أن طائرة مسيرة تركية استهدفت مساء السبت "
            "سيارة مدنية قرب مخيم مخمور.\n\n"
            "وأضافت المذكرة أن المدفعية التركية قصفت أطراف ناحية ديرلوك.")
    evs = read(text, "iraq")
    assert {(e.claimant, e.attacker) for e in evs} == {("Iraq", "Turkey")}
    assert len(evs) == 2


# ----------------------------------------------------------------- relayed claims
@pytest.mark.parametrize("text, prof, claimant", [
    # an outlet no profile lists, with its number or adjective, quoting a party: the party claims
    ("نقلت القناة 12 العبرية عن الجيش الإسرائيلي أن طائراته أغارت على بلدة عيتا الشعب.", "israel_lebanon", "Israel"),
    ("نقلت قناة المنار عن المقاومة الإسلامية أنها استهدفت ثكنة زرعيت.", "israel_lebanon", "Hezbollah"),
    # one side's paper relaying the other side's claim: who claims the strike
    ("ذكرت صحيفة يديعوت أحرونوت أن الحوثيين أعلنوا استهداف مطار بن غوريون بصاروخ باليستي.", "yemen", "Houthis"),
    # the outlet's own report, or its unnamed sources: the outlet's
    ("نقلت القناة 12 عن مصادر عسكرية أن طائرات إسرائيلية أغارت على بلدة عيتا الشعب.", "israel_lebanon", "Other"),
])
def test_a_relayed_claim_is_the_claim_of_whoever_claims_the_strike(text, prof, claimant):
    assert set(claimants(text, prof)) == {claimant}


def test_a_papers_own_analyst_in_a_press_review_is_the_outlets_voice_not_the_party_before():
    text = ("قال الجيش الإسرائيلي إن طائراته أغارت على ميناء رأس عيسى.\n\n"
            "أما صحيفة معاريف فكتب محللها العسكري أن طائرات إسرائيلية قصفت ميناء الحديدة في وقت سابق من هذا الأسبوع.")
    got = {(e.claimant, e.place_en) for e in read(text, "yemen")}
    assert ("Israel", "Ras Isa port") in got and ("Other", "Port of Hodeidah") in got


# ----------------------------------------------------------------- professional bodies
@pytest.mark.parametrize("text, prof", [
    # a syndicate, a university, a hospital named with a party's adjective or capital: their own voice
    ("قالت نقابة الصحفيين الفلسطينيين إن طائرات الاحتلال قصفت خيمة للصحفيين في المواصي.", "gaza"),
    ("أصدرت نقابة الصحفيين الفلسطينيين بيانا قالت فيه إن طائرات الاحتلال قصفت خيمة للصحفيين في المواصي.", "gaza"),
    ("نعت جامعة النجاح الوطنية طالبها الذي استشهد بقصف مسيرة في مخيم بلاطة.", "gaza"),
    ("وقال مدير مستشفى الثورة في صنعاء إن غارة أمريكية استهدفت حي الجراف.", "yemen"),
    # a dateline's city is where the statement was issued, not who issued it
    ("رام الله - أصدرت نقابة الصحفيين الفلسطينيين، ظهر اليوم الخميس، بيانا قالت فيه إن طائرات الاحتلال قصفت "
     "خيمة في منطقة المواصي غرب رفح.", "gaza"),
])
def test_a_professional_body_speaks_for_itself_not_for_a_government(text, prof):
    assert set(claimants(text, prof)) == {"Other"}


@pytest.mark.parametrize("text, prof, claimant", [
    # the state's own bodies named with the same adjective still speak for it
    ("قالت وزارة الصحة الفلسطينية إن طائرات الاحتلال قصفت خيمة في المواصي.", "gaza", "PA"),
    ("رام الله - قالت وزارة الصحة الفلسطينية إن قوات الاحتلال اقتحمت مخيم جنين.", "gaza", "PA"),
])
def test_a_states_own_body_named_with_its_adjective_still_speaks_for_it(text, prof, claimant):
    assert set(claimants(text, prof)) == {claimant}


def test_a_body_no_profile_lists_denies_in_its_own_voice_after_a_turn_word():
    text = ("وقال الناطق باسم القيادة العامة اللواء أحمد المسماري إن وحدات الجيش سيطرت على منطقة الفتائح.\n\n"
            "في المقابل، نفت قوة حماية درنة في بيان أن تكون قد خسرت الفتائح، متهمة ميليشيات حفتر بقصف حي باب طبرق "
            "بالمدفعية.")
    got = {(e.claimant, e.stance) for e in read(text, "libya")}
    assert ("LNA", "claim") in got
    assert ("LNA", "denial") not in got and ("Other", "denial") in got


def test_what_the_denier_goes_on_to_say_after_a_relative_denial_is_its_own():
    text = ("قال الجيش اللبناني في بيان إن مسيرة إسرائيلية استهدفت مركزا للجيش في بلدة بنت جبيل، وهو ما نفاه الجيش "
            "الإسرائيلي، مؤكدا أنه لم يستهدف أي موقع للجيش اللبناني في بنت جبيل.")
    got = {(e.claimant, e.stance) for e in read(text, "israel_lebanon")}
    assert got == {("Lebanon", "claim"), ("Israel", "denial")}  # (never the Lebanese army denying its own report)


def test_an_office_named_last_is_the_speaker_and_its_place_no_target():
    evs = read("استهدفت طائرة مسيرة إسرائيلية سيارة قرب مدينة نوى، ما أسفر عن مقتل شخصين، وفق ما أكدته مديرية الصحة "
               "في درعا.", "syria")
    assert [(e.claimant, e.place_en) for e in evs] == [("Syria", "Nawa")]


@pytest.mark.parametrize("tail, claimant", [
    # the outlet's background, with a speaker quoted only in a relative clause after it
    ("يذكر أن ستة جنود قتلوا في وقت سابق من اليوم بانفجار لغم قرب شوشا، وهو ما قالت باكو إنه سبب إطلاق العملية.",
     "Other"),
    ("ويشار إلى أن ستة جنود قتلوا أمس بانفجار لغم قرب شوشا.", "Other"),
    # a verb of reminding is no aside: the report goes on in the last speaker's voice
    ("ويذكّر هذا القصف بقصف مماثل على شوشا، قالت الوزارة إن قواتها ردت عليه.", "Azerbaijan"),
])
def test_the_outlets_own_background_is_its_own_voice(tail, claimant):
    text = "قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر.\n\n" + tail
    evs = [e for e in read(text, "karabakh") if "Shusha" in e.place_en]
    assert evs and {e.claimant for e in evs} == {claimant}


def test_a_speaker_in_a_relative_clause_does_not_take_what_the_sentence_told_before_it():
    text = ("قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت بلدة مارتوني.\n\n"
            "وقتل جنديان بانفجار لغم قرب شوشا، وهو ما قالت باكو إنه سبب إطلاق العملية.")
    evs = [e for e in read(text, "karabakh") if "Shusha" in e.place_en]
    assert evs and {e.claimant for e in evs} == {"Armenia"}  # the voice before, not Baku's


# ----------------------------------------------------------------- the outlet's owner
@pytest.mark.parametrize("source, prof, owner", [
    # an outlet the party owns, named anywhere in the source line, with its desk or edition
    ("وكالة الأنباء السورية (سانا) - مكتب حمص", "syria", "Syria"),
    ("نشرة الأخبار المسائية - الوكالة الوطنية للإعلام", "israel_lebanon", "Lebanon"),
    ("وكالة تاس - القسم العربي", "ukraine", "Russia"),
    ("موقع قناة المسيرة", "yemen", "Houthis"),
    # a party's own channel, named by the party's name of two words after a preposition
    ("قناة المركز الإعلامي لألوية العمالقة على تلغرام", "yemen", "Yemen"),
    # an agency two rival governments run: the one whose capital the line names
    ("وكالة سبأ - النسخة الصادرة في عدن", "yemen", "Yemen"),
    ("وكالة سبأ - النسخة الصادرة في صنعاء", "yemen", "Houthis"),
    ("الوكالة الليبية للأنباء - طرابلس", "libya", "GNA"),
    # an outlet described by a nationality whose media are the state's, or said to be official
    ("موقع وكالة أنباء روسية باللغة العربية", "ukraine", "Russia"),
    ("وكالة أنباء سودانية رسمية", "sudan", "Sudan"),
])
def test_the_outlet_a_party_owns_is_found_in_the_source_line(source, prof, owner):
    from geo.extract import Lexicon
    from geo.extract.attribution import outlet_owner

    assert outlet_owner(profile(prof), source, Lexicon.load()) == owner


@pytest.mark.parametrize("source, prof", [
    ("موقع إخباري سوري معارض", "syria"),  # a nationality alone makes no state outlet
    ("قناة تلفزيونية لبنانية خاصة", "israel_lebanon"),
    ("وكالة سبأ", "yemen"),  # which of the two Sabas: not said
    ("تي آر تي عربي", "ukraine"),  # an outlet's letters that spell another's name inside it
    ("وكالة الأناضول", "iraq"),
    (None, "syria"),
])
def test_an_outlet_no_party_owns_has_no_owner(source, prof):
    from geo.extract import Lexicon
    from geo.extract.attribution import outlet_owner

    assert outlet_owner(profile(prof), source, Lexicon.load()) is None


def test_a_state_outlets_unattributed_report_is_the_states_claim():
    text = "استهدفت مسيرة أوكرانية حافلة ركاب في مدينة غورلوفكا صباح اليوم، ما أسفر عن مقتل شخصين."
    got = extract_events(text, gazetteer(), profile("ukraine"), PUB, article="t", source="وكالة أنباء روسية")
    assert [(e.claimant, e.attacker) for e in got] == [("Russia", "Ukraine")]
    # the same sentence on an outlet nobody owns is the outlet's own report
    got = extract_events(text, gazetteer(), profile("ukraine"), PUB, article="t", source="موقع إخباري عربي")
    assert [e.claimant for e in got] == ["Other"]


# ----------------------------------------------------------------- interviews
def test_an_answer_on_the_line_after_its_question_is_the_interviewees_to_its_end():
    text = ("حوار | محافظ خيرسون: \"القصف لا يتوقف\"\n\n"
            "س: وماذا عن الأحياء الشرقية؟\n"
            "ج: حي كورابيل يتعرض لقصف مدفعي منذ الفجر. وفي المساء أصابت قنبلة جوية موجهة مبنى سكنيا في بلدة "
            "بيلوزيركا.")
    got = read(text, "ukraine")
    assert {e.place_ar for e in got} >= {"كورابيل", "بيلوزيركا"}
    assert {e.claimant for e in got} == {"Ukraine"}


def test_an_interviewee_whose_side_only_the_introduction_names():
    # (a headline with no attack word, which is not read; a gloss naming the other side after the party)
    text = ("حوار | رئيس بلدية المدينة: \"الحياة صعبة\"\n\n"
            "أجرينا هذا الحوار عبر الهاتف مع رئيس بلدية مارتوني في جمهورية آرتساخ غير المعترف بها (خوجاوند "
            "في التسمية الأذربيجانية).\n\n"
            "س: ما الذي جرى أمس؟\n"
            "ج: قصفت القوات الأذربيجانية مارتوني بصواريخ غراد عند منتصف الليل وأصيب ثلاثة مدنيين.")
    got = read(text, "karabakh")
    assert [e.claimant for e in got] == ["Artsakh"]


# ----------------------------------------------------------------- the press that relays a speaker
@pytest.mark.parametrize("text, prof, claimant", [
    # the press relays whom it quotes after "عن": that speaker claims
    ("ونقلت وسائل إعلام إسرائيلية عن الجيش الإسرائيلي أن طائراته قصفت مستودعا في ميناء الحديدة.", "yemen",
     "Israel"),
    ("ونقلت وسائل إعلام العدو عن المتحدث باسم جيش الاحتلال زعمه أن طائراته أغارت على محطة حزيز.", "yemen",
     "Israel"),
    # the press that tells it in its own words is the outlets' account, not the state's
    ("وذكرت وسائل إعلام إسرائيلية أن طائرات حربية قصفت مستودعا في ميناء الحديدة.", "yemen", "Other"),
])
def test_the_press_relays_the_speaker_it_quotes(text, prof, claimant):
    assert set(claimants(text, prof)) == {claimant}


# ----------------------------------------------------------------- a denial with no object
def test_a_bare_denial_then_what_the_speaker_speaks_of():
    """"X ينفي ويتحدث عن ...": X denies what the other side said (no event of its own) and claims what it
    goes on to speak of; the other side's announcement before it stays that side's claim."""
    got = read("الوفاق تعلن السيطرة على بلدة الأصابعة والمسماري ينفي ويتحدث عن قصف قاعدة الوطية.", "libya")
    assert sorted((e.claimant, e.stance) for e in got) == [("GNA", "claim"), ("LNA", "claim")]


def test_a_headline_told_again_in_the_body_is_one_event_whatever_the_body_dates_it():
    text = ("ما نعرفه | الجيش يعلن السيطرة على بلدة أم صميمة غرب الأبيض\n\n"
            "أعلن الجيش السوداني أن قواته سيطرت أمس على بلدة أم صميمة بعد معارك مع قوات الدعم السريع.")
    got = read(text, "sudan")
    assert [(e.claimant, e.date) for e in got] == [("Sudan", PUB - dt.timedelta(days=1))]


@pytest.mark.parametrize("text, prof, claimant", [
    # an outlet named before its verb relays whom it quotes after "عن"
    ("صحيفة \"الأيام\" نقلت عن مصدر في وزارة الداخلية بإقليم كردستان قوله إن مسيرة استهدفت حقل خورمور.",
     "iraq", "Kurdistan"),
    # the Kurdish spelling of Kurdistan names the Region as the Arabic one does
    ("وقالت حكومة إقليم كوردستان إن طائرة مسيرة قصفت حقل خورمور فجر اليوم.", "iraq", "Kurdistan"),
])
def test_an_outlet_before_its_verb_relays_whom_it_quotes(text, prof, claimant):
    assert set(claimants(text, prof)) == {claimant}


def test_a_press_reviews_list_of_topics_is_no_event():
    text = ("تناولت الصحف العراقية الصادرة اليوم عددا من الملفات، أبرزها الهجوم على حقل خورمور وتصاعد العمليات "
            "التركية في دهوك.")
    assert read(text, "iraq") == []


def test_the_press_of_a_party_is_not_the_attacker():
    got = read("وذكرت الصحف العراقية أن هجوما بطائرة مسيرة استهدف حقل خورمور فجر اليوم.", "iraq")
    assert [e.attacker for e in got] == [None]


# ----------------------------------------------------------------- "we deny"
@pytest.mark.parametrize("text, prof, speaker", [
    # the speaker named before the colon denies; the accuser named after the verb does not speak
    ("وقالت حركة الجهاد في تصريح: \"ننفي بشكل قاطع مزاعم الاحتلال حول إطلاق قذائف على قواته في خان يونس\".",
     "gaza", "PIJ"),
    ("حماس، في بيان: نفينا مرارا ادعاءات الاحتلال بأن عناصرنا أطلقوا النار على جنوده في رفح.", "gaza", "Hamas"),
])
def test_we_deny_is_the_speakers_denial_of_its_own_action(text, prof, speaker):
    got = read(text, prof)
    assert [(e.claimant, e.attacker, e.stance) for e in got] == [(speaker, speaker, "denial")]


def test_a_statement_announced_by_the_paragraph_before_is_its_announcers():
    text = ("أعلنت وزارة الدفاع السورية أن مسيرات قسد استهدفت نقاطا للجيش في محيط بلدة مسكنة.\n\n"
            "وبعد ساعة ردّ المركز الإعلامي لقوات سوريا الديمقراطية ببيان جاء فيه:\n\n"
            "\"ننفي بشكل قاطع استهداف قواتنا لنقاط الجيش في مسكنة\".")
    got = read(text, "syria")
    assert sorted((e.claimant, e.stance) for e in got) == [("SDF", "denial"), ("Syria", "claim")]


def test_a_generic_speaker_named_in_full_earlier_in_its_sentence():
    text = ("قُتل جندي من القوات الحكومية اليمنية بهجوم بطائرة مسيرة قالت القوات إن الحوثيين شنوه على موقع "
            "عسكري في مديرية حريب.")
    assert claimants(text, "yemen") == ["Yemen"]


@pytest.mark.parametrize("text", [
    "وقال قائد ميداني في الدعم السريع: \"نحن ما ضربنا أي مستشفى في الدلنج\".",
    "وقال قائد ميداني في الدعم السريع: \"ما قصفنا سوق الدلنج، الجيش هو من قصفه\".",
])
def test_ma_before_what_we_did_is_a_denial(text):
    got = read(text, "sudan")
    assert [(e.claimant, e.stance) for e in got][:1] == [("RSF", "denial")]


def test_ma_elsewhere_is_no_denial():
    got = read("قالت قوات الدعم السريع إن مسيرة للجيش قصفت سوق الدلنج، ما أدى إلى مقتل خمسة مدنيين.", "sudan")
    assert [(e.claimant, e.stance) for e in got] == [("RSF", "claim")]


def test_a_question_that_relays_a_party_is_that_partys_claim():
    text = ("حوار | عميد بلدية تاجوراء: \"الطيران المسير قتل عاملين\"\n\n"
            "س: المتحدث باسم قوات حفتر قال إن طائراتهم دمرت مخازن ذخيرة في تاجوراء. ما ردكم؟\n"
            "ج: لا توجد أي مخازن، المكان ورشة مدنية.")
    got = read(text, "libya")
    assert ("LNA", "claim") in [(e.claimant, e.stance) for e in got]


@pytest.mark.parametrize("text, prof, claimant", [
    # "الناطق بلسان" is part of a spokesman's title before a colon, after a live blog's time stamp
    ("١٢:١٠ - الناطق بلسان الجيش الإسرائيلي: \"طائرة لسلاح الجو استهدفت مسلحين في حي الشجاعية شرقي مدينة غزة\".",
     "gaza", "Israel"),
    # a title's adjective ("المتحدث العسكري"), the spokesman's name and what he spoke in ("في كلمة
    # متلفزة") between the party and the colon, after a time stamp in Eastern digits
    ("٠٩:١٠ — المتحدث العسكري باسم جماعة الحوثي يحيى سريع في كلمة متلفزة: \"نفذت القوات البحرية عملية "
     "استهدفت سفينة تجارية قبالة ميناء المخا بصاروخ مجنح\".", "yemen", "Houthis"),
    ("الناطق الرسمي باسم الجيش السوداني عبر تسجيل مصور: \"مسيرات المليشيا استهدفت محطة كهرباء أم دباكر في "
     "مدينة كوستي\".", "sudan", "Sudan"),
])
def test_a_spokesman_by_lisan_before_a_colon(text, prof, claimant):
    assert claimants(text, prof) == [claimant]


def test_opening_fire_is_an_attack():
    got = read("قال الجيش الإسرائيلي إن مسلحين فتحوا النار على قواته في حي الشجاعية.", "gaza")
    assert [e.claimant for e in got] == ["Israel"]
    assert read("فتحت البلدية الطريق إلى مخيم جنين.", "gaza") == []


def test_a_paper_no_profile_knows_relays_whom_it_quotes_after_an():
    got = read("أما \"الأخبار\" فنقلت عن الناطق باسم الجيش الإسرائيلي قوله إن قواته \"لم تستهدف الجيش اللبناني في "
               "سردا\".", "israel_lebanon")
    assert [(e.claimant, e.stance) for e in got] == [("Israel", "denial")]


def test_a_press_conferences_spokesman_speaks_for_the_party_its_headline_names():
    text = ("نص المؤتمر الصحفي لناطق الجيش الوطني في مأرب: تصعيد حوثي\n\n"
            "مأرب - عقد الناطق الرسمي مؤتمرا صحفيا مساء الثلاثاء، ننشر أبرز ما جاء فيه:\n\n"
            "الناطق (في كلمته الافتتاحية): فجر الاثنين هاجمت الميليشيا بطائرة مسيرة مفخخة موقعا لقواتنا في جبهة "
            "رغوان.\n\n"
            "سؤال (مراسل قناة محلية): ما حقيقة ما يقال عن سقوط صاروخ في المدينة؟")
    assert claimants(text, "yemen") == ["Yemen"]


# ----------------------------------------------------------------- municipalities and offices of a body
@pytest.mark.parametrize("text, prof, claimant", [
    # a Lebanese village's mayor or council speaks for itself, not for the state (the profile's
    # municipal_own), while a governor, or an Israeli mayor, speaks for the state
    ("قال رئيس بلدية كفركلا إن مسيرة إسرائيلية استهدفت جرافة عند أطراف البلدة.", "israel_lebanon", "Other"),
    ("أعلن المجلس البلدي في بلدة الخيام أن قذيفة سقطت على حي سكني.", "israel_lebanon", "Other"),
    ("قال محافظ النبطية إن غارة إسرائيلية استهدفت منزلا في بلدة كفررمان.", "israel_lebanon", "Lebanon"),
    # where the profile keeps municipalities the governing party's voice (Ukraine's mayors)
    ("قال رئيس بلدية خاركيف إن صاروخا روسيا أصاب مبنى سكنيا في المدينة.", "ukraine", "Ukraine"),
])
def test_a_municipality_speaks_as_its_profile_says(text, prof, claimant):
    assert claimants(text, prof) == [claimant]


@pytest.mark.parametrize("text", [
    "مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة اللبنانية: \"أدت غارة إسرائيلية بمسيرة على سيارة عند "
    "مدخل بلدة عيترون إلى سقوط قتيل\".",
    "١٠:٢٠\nالمكتب الإعلامي التابع لوزارة الصحة اللبنانية: \"أدت غارة إسرائيلية بمسيرة على سيارة عند مدخل بلدة "
    "عيترون إلى سقوط قتيل\".",
])
def test_an_office_of_a_partys_body_speaks_for_the_party_before_a_colon(text):
    assert claimants(text, "israel_lebanon") == ["Lebanon"]


def test_an_interview_set_as_question_and_answer_paragraphs():
    # no "س:"/"ج:": a bulleted question, then the answer after a dash, is the interviewee's; a
    # question that names a party relays that party
    text = ("حوار | محافظ خيرسون: \"القصف لا يتوقف\"\n\n"
            "■ ماذا جرى أمس؟\n\n"
            "- في المساء أصابت قنبلة جوية موجهة مبنى سكنيا في بلدة بيلوزيركا.\n\n"
            "■ الجيش الروسي قال إنه قصف مستودع ذخيرة في بلدة تشورنوبايفكا...\n\n"
            "- هذا كذب، المبنى مدرسة.")
    got = [(e.claimant, e.place_ar) for e in read(text, "ukraine")]
    assert ("Ukraine", "بيلوزيركا") in got
    assert ("Russia", "تشورنوبايفكا") in got


def test_a_list_announced_by_the_issuers_own_crews_is_the_issuers():
    # a paragraph ending in a colon that accuses a party, then says "our crews recorded the following:"
    text = ("بيان صادر عن المكتب الإعلامي الحكومي\n\n"
            "يواصل الاحتلال الإسرائيلي خروقاته لاتفاق وقف إطلاق النار، وقد رصدت طواقمنا الميدانية ما يلي:\n\n"
            "أولا: استشهد مواطن برصاص آليات الاحتلال شرق مخيم البريج.")
    got = read_with(text, "gaza", source="المكتب الإعلامي الحكومي في غزة - قناة تلغرام")
    assert [(e.claimant, e.attacker) for e in got] == [("Hamas", "Israel")]


def test_the_autonomous_administrations_agency_is_the_sdfs_voice():
    got = read_with("استشهد مدنيان إثر استهداف طائرة مسيرة تابعة لجيش الاحتلال التركي سيارة قرب بلدة عامودا.", "syria",
                    source="وكالة أنباء هاوار (ANHA) - قامشلو")
    assert [(e.claimant, e.attacker) for e in got] == [("SDF", "Turkey")]


def test_an_interviews_headline_names_the_office_whose_place_tells_its_side():
    # the headline, with no attack word, is not read as a sentence; its office is read all the same
    text = ("حوار | مدير ناحية چوارتا: \"الضحايا مدنيون\"\n\n"
            "س: ما الذي حدث؟\n"
            "ج: مسيرة تركية قصفت سيارة قرب بلدة ماوت.")
    assert [(e.claimant, e.attacker) for e in read(text, "iraq")] == [("Kurdistan", "Turkey")]


def test_the_subject_before_the_verb_speaks_and_a_party_in_the_quote_after_it_is_what_was_said():
    got = read("وزارة الدفاع التركية أعلنت اليوم \"تحييد ثلاثة إرهابيين من بي كا كا بغارة جوية في منطقة ماوت\".",
               "iraq")
    # (the party the struck men belong to, after "من", is not who struck)
    assert [(e.claimant, e.attacker) for e in got] == [("Turkey", None)]


def test_an_interview_whose_rubric_is_only_in_the_pages_title():
    text = ("أجرت شبكتنا حوارا هاتفيا مع قائممقام قضاء العمادية في محافظة دهوك.\n\n"
            "س: ماذا جرى أمس؟\n"
            "ج: بعد الظهر ضربت مسيرة تركية سيارة فلاحين قرب ناحية ديرلوك.")
    got = read_with(text, "iraq", title="حوار | قائممقام العمادية: \"المسيرة التركية ضربت سيارة فلاحين\"")
    assert [(e.claimant, e.attacker) for e in got] == [("Kurdistan", "Turkey")]


def test_an_interviews_introduction_by_we_spoke_to_names_the_side():
    text = ("تحدثنا هاتفيا إلى رئيس إدارة إقليم مارتوني في سلطات آرتساخ.\n\n"
            "س: ماذا حدث اليوم؟\n"
            "ج: صباح اليوم ضربت مسيرة أذربيجانية سيارة إسعاف قرب قرية ماتشكالاشن.")
    got = read_with(text, "karabakh", dt.date(2020, 10, 18), title="حوار | رئيس إدارة إقليم مارتوني: \"المسيرات تصطاد السيارات\"")
    assert [(e.claimant, e.place_en) for e in got] == [("Artsakh", "Machkalashen (Martuni)")]


def test_a_denial_by_relative_clause_and_a_yemeni_axis_spokesman():
    # "وهو ما نفاه الناطق باسم محور الضالع": the government's axis denies what the other side's media said
    text = ("وزعمت وسائل إعلام تابعة للمليشيا الحوثية أن \"قوات المرتزقة قصفت بالمدفعية قرى في مديرية الحشاء\"، وهو ما "
            "نفاه الناطق باسم محور الضالع العسكري، مؤكدا أن \"قواتنا لم تطلق قذيفة واحدة باتجاه الحشاء\".")
    got = {(e.claimant, e.stance) for e in read(text, "yemen")}
    assert got == {("Houthis", "claim"), ("Yemen", "denial")}


def test_a_partys_wire_returns_to_its_own_voice_after_relaying_an_allegation():
    text = ("وزعم جيش الاحتلال في بيان أن قواته ردت بالنار على مسلح في بلدة قباطية.\n\n"
            "وأضرم مستعمرون النار في أربع مركبات في بلدة ترمسعيا شمال شرق رام الله.")
    got = read_with(text, "gaza", source="وكالة الأنباء الفلسطينية (وفا)")
    assert [(e.claimant, e.attacker, e.event_type, e.place_ar) for e in got] == [
        ("Israel", "Israel", "other", "قباطية"), ("PA", "Israel", "destruction", "ترمسعيا")]


@pytest.mark.parametrize("text, prof, claimant, place", [
    # "did not fire any shell": the verb and its subject between the negation and "any"
    ("١٣:٣٠ - الناطق باسم محور تعز يرد على المسيرة: \"لم تطلق قواتنا أي قذيفة باتجاه الوازعية اليوم\".", "yemen",
     "Yemen", "الوازعية"),
    ("قال المتحدث باسم الجيش الليبي التابع لحكومة الوحدة: \"لم تنفذ مسيّراتنا أي ضربة في الأصابعة\".", "libya",
     "GNA", "الأصابعة"),
])
def test_we_did_not_fire_any_is_a_denial(text, prof, claimant, place):
    assert [(e.claimant, e.stance, e.place_ar) for e in read(text, prof)] == [(claimant, "denial", place)]


def test_nothing_done_yet_is_no_denial():
    assert read("لم تنفذ أي غارة على طيردبا حتى الساعة، والأهالي أخلوا المبنى.", "israel_lebanon") == []


def test_a_monitors_own_team_documents_in_the_monitors_voice():
    got = read("وثّق فريق الشبكة توغل قوة من الجيش الإسرائيلي في بلدة بئر عجم بريف القنيطرة.", "syria")
    assert [(e.claimant, e.place_ar) for e in got] == [("Other", "بئر عجم")]


def test_what_a_party_broadcast_about_an_attack_is_its_claim_whoever_calls_it_false():
    got = read("وتؤكد المديرية أن ما بثته ما تسمى وكالة \"أعماق\" الإرهابية من مزاعم حول مهاجمة ثكنة للحشد في مصفى بيجي "
               "عار عن الصحة.", "iraq")
    assert [(e.claimant, e.place_en) for e in got] == [("ISIS", "Baiji refinery")]
    # ... and what a spokesman denies, relayed so, is that claim and his denial
    got = read("ونفى المتحدث باسم التحالف ما تداولته وسائل إعلام الميليشيا عن استهداف سوق شعبي في مديرية شدا.", "yemen")
    assert sorted((e.claimant, e.stance) for e in got) == [("Houthis", "claim"), ("Saudi Arabia", "denial")]
    # (a nation's press relays no party's claim: only the denial)
    got = read("ونفى حاجييف ما أوردته وسائل إعلام أرمنية عن قصف أحياء سكنية في خانكندي.", "karabakh")
    assert [e.stance for e in got] == ["denial"]


def test_an_armed_sides_own_media_speak_for_it_a_nations_press_does_not():
    got = read("وزعمت وسائل إعلام الميليشيا أن \"طيران الجيش قصف سوقا في مدينة الضعين\".", "sudan")
    assert [e.claimant for e in got] == ["RSF"]
    got = read("وذكرت وسائل الإعلام الأرمينية أن القوات الأذربيجانية قصفت مدينة غوريس.", "karabakh")
    assert [e.claimant for e in got] == ["Other"]


def test_a_relayed_accusation_of_the_attack_told_before_is_the_accusers_claim_there():
    text = ("وأوردت صحيفة محلية عن شهود عيان في مدينة سنجة أن ثلاث مسيرات استهدفت فجر الجمعة محطة الكهرباء في المدينة.\n\n"
            "وفي الصحيفة نفسها، نقلت عن المتحدث باسم حكومة ولاية سنار اتهامه مليشيا الدعم السريع بالوقوف وراء الهجوم.")
    got = {(e.claimant, e.attacker, e.place_ar) for e in read(text, "sudan")}
    assert ("Sudan", "RSF", "سنجة") in got


def test_a_counter_claim_naming_another_attacker_for_the_attack_told_before():
    text = ("وأوردت صحيفة محلية عن شهود عيان في مدينة سنجة أن ثلاث مسيرات استهدفت فجر الجمعة محطة الكهرباء في المدينة.\n\n"
            "في المقابل، زعمت منصات تابعة للدعم السريع أن \"الجيش قصف المحطة بنفسه لتبرير فشله\".")
    got = {(e.claimant, e.attacker, e.place_ar) for e in read(text, "sudan")}
    assert ("RSF", "Sudan", "سنجة") in got
    # ... but a congratulation on a capture told before is nobody's new claim there
    text = ("أعلن الرئيس الأذربيجاني تحرير مدينة شوشا.\n\n"
            "وهنأ وزير الخارجية التركي الشعب الأذربيجاني بتحرير المدينة.")
    assert [e.claimant for e in read(text, "karabakh")] == ["Azerbaijan"]


def test_a_neutral_bodys_own_reports_are_its_own_whoever_it_quotes():
    text = ("- مساء 17 أيار، أصابت غارة جوية إسرائيلية مدرسة تابعة للأونروا في حي الدرج بمدينة غزة.\n\n"
            "وقال الجيش الإسرائيلي إنه استهدف إرهابيين من حماس كانوا يعملون داخل مجمع قيادة في مدينة غزة.\n\n"
            "- في 18 أيار، تعرضت بلدة عبسان الكبيرة شرق خان يونس لقصف مدفعي مكثف.")
    got = read_with(text, "gaza", dt.date(2025, 5, 20), source="الأونروا - تقرير الوضع (الترجمة العربية)")
    assert {(e.claimant, e.place_ar) for e in got} >= {("Other", "حي الدرج"), ("Other", "عبسان الكبيرة")}
    assert ("Israel", "Israel") in {(e.claimant, e.attacker) for e in got}


@pytest.mark.parametrize("source", [
    "نشرة إنسانية أممية - النسخة العربية", "برنامج الأغذية العالمي - بيان صحفي", "موقع منظمة أوكسفام بالعربية",
    "المجلس النرويجي للاجئين - تحديث ميداني",
])
def test_a_neutral_bodys_source_line_by_its_name_or_its_kind(source):
    text = ("قال الجيش السوداني إن الدعم السريع قصف مدينة الأبيض.\n\n"
            "وفي مدينة كادقلي، سقطت قذائف على سوق المدينة صباح الأحد.")
    got = read_with(text, "sudan", dt.date(2025, 5, 20), source=source)
    assert ("Other", "كادقلي") in {(e.claimant, e.place_ar) for e in got}


def test_an_explainers_own_narrative_is_its_own_voice():
    text = ("ما نعرفه حتى الآن عن اشتباكات الزاوية\n\n"
            "• ماذا حدث؟\n"
            "اندلعت ليل الثلاثاء اشتباكات بالأسلحة المتوسطة بين مجموعتين مسلحتين في حي الحرشة غربي مدينة الزاوية.\n\n"
            "• ماذا تقول الحكومة؟\n"
            "قالت وزارة الدفاع بحكومة الوحدة الوطنية إن مسيراتها استهدفت أوكار عصابات التهريب في منطقة أبو صرة.")
    got = {(e.claimant, e.place_en) for e in read(text, "libya")}
    assert ("Other", "Al-Harsha (Zawiya)") in got and ("GNA", "Abu Surra (Zawiya)") in got


# ----------------------------------------------------------------- denying any link to "what happened"
@pytest.mark.parametrize("text, prof, denier, place_en, kind", [
    # the attack told first, then a party says it has nothing to do with "what happened" there
    ("قال الناطق باسم الجيش السوداني إن طائرة مسيرة أطلقتها الميليشيا قصفت سوقا في مدينة الدلنج صباح اليوم.\n\n"
     "وقال مستشار قائد الدعم السريع: \"لا علاقة لقواتنا بما جرى في الدلنج، ونحن لا نستهدف الأسواق\".",
     "sudan", "RSF", "Dilling", "drone"),
    ("أعلنت حكومة إقليم كردستان أن صاروخا سقط قرب بلدة شيلادزي فجر اليوم.\n\n"
     "ونفى الحرس الثوري الإيراني في بيان \"أي صلة لوحداته بما حدث في شيلادزي\".",
     "iraq", "Iran", None, "missile"),
])
def test_no_link_to_what_happened_at_a_place_denies_the_attack_told_there(text, prof, denier, place_en, kind):
    evs = read(text, prof)
    denial = [e for e in evs if e.stance == "denial"]
    assert [e.claimant for e in denial] == [denier]
    assert denial[0].event_type == kind  # the kind of the attack told before at that place
    if place_en:
        assert denial[0].place_en == place_en


@pytest.mark.parametrize("text, prof", [
    # "what happened" with no denial of a link is no attack of its own
    ("قال المراسل إن الأهالي يقولون إن القصف يذكّرهم بما جرى في قضاء الدبس قبل شهرين.", "iraq"),
    # nor is a place that "has nothing to do with" some activity
    ("قال أعيان البلدة إن المزرعة لا علاقة لها بأي نشاط، وإن ما جرى في الماية أمس كان حادث سير.", "libya"),
])
def test_what_happened_without_a_denied_link_tells_no_attack(text, prof):
    assert [e for e in read(text, prof) if e.stance == "denial"] == []


@pytest.mark.parametrize("text, prof, place_en", [
    # an incursion told by its verb in any person, not only by the noun "توغل"
    ("أفادت مصادر محلية بأن قوة إسرائيلية مؤلفة من أربع آليات توغلت صباح اليوم في قرية الرفيد بريف القنيطرة.",
     "syria", "Al-Rafid (Quneitra)"),
    ("قال شهود إن دبابات الاحتلال تتوغل منذ الفجر في بلدة جباتا الخشب.", "syria", None),
])
def test_an_incursion_told_by_its_verb_is_a_ground_attack(text, prof, place_en):
    got = read(text, prof)
    assert [(e.attacker, e.event_type) for e in got] == [("Israel", "ground_attack")]
    if place_en:
        assert got[0].place_en == place_en


@pytest.mark.parametrize("text, prof", [
    # a party's government named by its capital is no office of that city: its words place nothing there
    ("وقالت سلطات صنعاء إن القصف \"متعمد\"، ولم يصدر تعليق سعودي.", "yemen"),
])
def test_a_capital_in_a_governments_name_is_no_place_of_the_attack(text, prof):
    assert read(text, prof) == []


def test_local_authorities_still_place_an_attack_in_their_town():
    got = read("قالت السلطات المحلية في صعدة إن قصفا سعوديا استهدف السوق.", "yemen")
    assert [e.place_en for e in got] == ["Saada"]
    # ... and authorities a party installed in a region (a cue of that party) govern the region
    got = read("قالت السلطات المعينة من قبل موسكو في منطقة خيرسون إن ثلاثة أشخاص قتلوا في ضربة أوكرانية.", "ukraine")
    assert [(e.claimant, e.country) for e in got] == [("Russia", "UA")]


def test_a_denial_naming_who_has_no_link_at_length_and_a_quarter_named_again_bare():
    # "أي علاقة لكتائب القسام أو لأي من عناصر الحركة بما جرى في الجنينة": the ones denied stand between;
    # "الجنينة" is the Rafah quarter told before as "حي الجنينة", not El Geneina in Sudan
    text = ("قال الجيش الإسرائيلي إن مسلحين أطلقوا قذيفة مضادة للدروع على قوة هندسية في حي الجنينة شرق رفح.\n\n"
            "وقال المتحدث باسم حماس: \"ننفي أي علاقة لكتائب القسام أو لأي من عناصر الحركة بما جرى في الجنينة\".")
    got = [(e.claimant, e.stance, e.place_en) for e in read(text, "gaza")]
    assert ("Hamas", "denial", "Al-Junaina (Rafah)") in got


def test_a_bare_name_the_gazetteer_places_in_the_theatre_is_not_replaced_by_a_typed_one():
    # "محافظة حمص" (a governorate) does not make a later bare "حمص" the governorate: only a town's own
    # type words are remembered, and only for a bare name that finds nothing in the theatre
    text = "قال المرصد إن غارة استهدفت ريف محافظة حمص. وقال إن قذائف سقطت على حي في حمص."
    assert "Homs" in [e.place_en for e in read(text, "syria")]


@pytest.mark.parametrize("text, prof, interviewee, accused", [
    # the speaker's name ends at the colon: the party named right after it is spoken of, not his adjective
    # (a headline with an attack word is read as a sentence, and its colon speaker is the interviewee)
    ("حوار | الناطق باسم محور الضالع: \"الحوثي يقصف القرى كل ليلة\"\n\n"
     "س: ماذا جرى فجر اليوم؟\nج: المليشيا قصفت مدينة قعطبة بالهاون، وأصيب طفلان.", "yemen", "Yemen", "Houthis"),
    ("حوار | قائد محور مأرب: الحوثي يهاجم مواقعنا كل يوم\n\n"
     "س: وما الذي حدث في صرواح؟\nج: هاجمت المليشيا مواقعنا في صرواح فجر اليوم وصددناها.", "yemen", "Yemen", "Houthis"),
])
def test_a_party_named_after_a_speakers_colon_is_not_the_speakers_adjective(text, prof, interviewee, accused):
    got = read(text, prof)
    assert got and all(e.claimant == interviewee for e in got), [(e.claimant, e.place_en) for e in got]
    assert any(e.attacker == accused for e in got)


@pytest.mark.parametrize("text", [
    # Libya's elected municipalities speak for themselves, not for the government that spoke before them
    # (the profile's municipal_own; a profile with no map of who governs where still has offices)
    "أعلنت وزارة الدفاع بحكومة الوحدة الوطنية أن طائرات قصفت مخازن تهريب غرب مدينة صبراتة. "
    "وقال عميد بلدية العجيلات إن طائرة مسيّرة قصفت منزلا في العجيلات.",
    "قالت وزارة الدفاع بحكومة الوحدة الوطنية إن سلاح الجو المسير دمر آليات في منطقة الشويرف. "
    "وأفاد المجلس البلدي في مزدة بأن قذيفة سقطت على مدرسة في مزدة.",
])
def test_a_libyan_municipality_speaks_for_itself(text):
    got = [(e.claimant, e.place_en) for e in read(text, "libya")]
    assert len(got) == 2 and got[0][0] == "GNA" and got[1][0] == "Other", got


@pytest.mark.parametrize("text, prof, claimant", [
    # an agency with two editions, named by its city before a colon: the edition speaks for whoever holds it
    ("١٠:١٥ - وكالة سبأ (صنعاء): شن طيران العدوان الأمريكي فجر اليوم غارتين على مديرية اللحية.", "yemen", "Houthis"),
    ("وكالة سبأ (عدن): قصفت المليشيا الحوثية منازل المواطنين في مديرية حيس.", "yemen", "Yemen"),
    ("وكالة الأنباء الليبية (بنغازي): استهدف سلاح الجو مواقع للمجموعات المسلحة في منطقة أم الأرانب.", "libya", "LNA"),
])
def test_an_outlets_edition_named_by_its_city_speaks_for_who_holds_the_city(text, prof, claimant):
    assert [e.claimant for e in read(text, prof)] == [claimant]


@pytest.mark.parametrize("text, prof, claimant", [
    # a paragraph ending in a colon in which a body no profile lists publishes a statement: the statement is
    # the body's, not the party it accuses nor the one named after it
    ("نشرت تنسيقية لجان مقاومة الفاشر على صفحتها في فيسبوك البيان التالي:\n\n"
     "\"قصفت ميليشيا الدعم السريع بالمدفعية الثقيلة حي أولاد الريف في الفاشر.\"\n\n"
     "وفي المقابل، زعمت منصات الدعم السريع أن طيران الجيش قصف سوق بلدة كورما.", "sudan", "Other"),
    ("أصدرت نقابة المعلمين في غزة بيانا ظهر اليوم، هذا نصه:\n\n"
     "\"استهدفت طائرات الاحتلال مدرسة تؤوي نازحين في مخيم النصيرات.\"", "gaza", "Other"),
    # ... and an office of a place speaks for the party that governs it
    ("أصدر مكتب الصحة بمحافظة صعدة بيانا مساء اليوم، جاء فيه:\n\n"
     "\"استهدف العدو السعودي بالمدفعية مديرية شدا الحدودية.\"", "yemen", "Houthis"),
])
def test_a_statement_published_by_a_body_after_a_colon_is_the_bodys(text, prof, claimant):
    assert [e.claimant for e in read(text, prof)][:1] == [claimant]


@pytest.mark.parametrize("text, prof, claimant", [
    # a reporting verb after "إذ"/"حيث" goes on from the clause before: its subject speaks, named there by a
    # head noun and the party's adjective
    ("بل ذهبت الوزارة الأرمينية أبعد من ذلك، إذ زعمت أن وحدات أذربيجانية أطلقت النار على منزل في قرية خناتساخ.",
     "karabakh", "Armenia"),
    ("وصعّدت الوزارة الأذربيجانية لهجتها، حيث قالت إن القوات الأرمينية قصفت مواقع في منطقة كلبجار.",
     "karabakh", "Azerbaijan"),
])
def test_a_reporting_verb_after_a_subordinator_has_the_subject_before(text, prof, claimant):
    assert [e.claimant for e in read(text, prof)] == [claimant]
