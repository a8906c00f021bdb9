"""The outlets each party owns, theatre by theatre (data/profiles/parties.json `outlets`), and the
aligned outlets that only relay claims (data/profiles/common.json `conduits`). Our own sentences: an
unattributed report read with a `source:` line is told in the voice of the party that owns the
outlet the line names, in any of the spellings a source line prints; an aligned outlet is nobody's
voice."""

import datetime as dt

import pytest

from geo import extract_events
from tests.common import gazetteer, profile

PUB = dt.date(2024, 5, 14)


def read_with(text, prof, **meta):
    return extract_events(text, gazetteer(), profile(prof), PUB, article="t", **meta)


def claimants(text, prof, source=None):
    return [e.claimant for e in read_with(text, prof, source=source)]


ARTY_AZ = "قصفت القوات الأذربيجانية مدينة ستيباناكيرت بالمدفعية صباح اليوم."
ARTY_AM = "قصفت القوات الأرمينية مدينة ترتر بالمدفعية صباح اليوم."
ARTY_UA = "قصفت القوات الأوكرانية مدينة دونيتسك بالمدفعية صباح اليوم."
ARTY_RU = "قصفت القوات الروسية مدينة خيرسون بالمدفعية صباح اليوم."
RAID_LB = "شن الطيران الإسرائيلي غارة على بلدة الخيام صباح اليوم."
RAID_GZ = "شن الطيران الإسرائيلي غارة على مخيم النصيرات صباح اليوم."
RAID_WB = "شن الطيران الإسرائيلي غارة على مخيم جنين صباح اليوم."
ARTY_MARIB = "قصفت الميليشيا الحوثية مدينة الضالع بالمدفعية صباح اليوم."
RAID_HODEIDAH = "شن طيران العدوان الأمريكي غارة على مدينة الحديدة صباح اليوم."
ARTY_FASHER = "قصفت الميليشيا المتمردة مدينة الفاشر بالمدفعية صباح اليوم."
RAID_NYALA = "قصف الطيران الحربي مدينة نيالا صباح اليوم."
RAID_AMADIYA = "قصفت طائرات تركية قرية في قضاء العمادية صباح اليوم."
ARTY_SIRTE = "قصفت الميليشيات مدينة سرت بالمدفعية صباح اليوم."


# ----------------------------------------------------------------- an outlet a party owns
@pytest.mark.parametrize("prof, source, text, claimant", [
    # Karabakh: the state agencies in their Latin names, and Artsakh's own agency
    ("karabakh", "AZERTAC - النسخة العربية", ARTY_AM, "Azerbaijan"),
    ("karabakh", "ARMENPRESS", "قصفت القوات الأذربيجانية مدينة غوريس بالمدفعية صباح اليوم.", "Armenia"),
    ("karabakh", "أرتساخ برس", ARTY_AZ, "Artsakh"),
    ("karabakh", "وكالة أرتساخبريس", ARTY_AZ, "Artsakh"),
    # Russia–Ukraine: Russia's state wires and channel by their Latin names, Ukraine's agency and broadcaster
    ("ukraine", "RT عربي", ARTY_UA, "Russia"),
    ("ukraine", "وكالة TASS", "قصفت القوات الأوكرانية مدينة غورلوفكا بالمدفعية صباح اليوم.", "Russia"),
    ("ukraine", "Ukrinform", ARTY_RU, "Ukraine"),
    ("ukraine", "سوسبيلني - خاركيف", "قصفت القوات الروسية مدينة خاركيف بالمدفعية صباح اليوم.", "Ukraine"),
    # Syria: SANA by its Latin name; HTS's own agency
    ("syria", "SANA", "قصفت طائرات مسيرة بلدة سراقب صباح اليوم.", "Syria"),
    ("syria", "وكالة إباء الإخبارية", "قصفت قوات النظام بلدة سراقب بالمدفعية صباح اليوم.", "HTS"),
    # Lebanon: Hezbollah's site and its war media, the state's agency by its acronym
    ("israel_lebanon", "موقع العهد الإخباري", "شن الطيران الإسرائيلي غارة على بلدة عيتا الشعب صباح اليوم.", "Hezbollah"),
    ("israel_lebanon", "الإعلام الحربي - قناة تلغرام", RAID_LB, "Hezbollah"),
    ("israel_lebanon", "NNA - مكتب صور", RAID_LB, "Lebanon"),
    # Gaza and the West Bank: the Gaza government's agency, WAFA, PIJ's war media (the longer name wins)
    ("gaza", "وكالة الرأي الحكومية", RAID_GZ, "Hamas"),
    ("gaza", "WAFA", RAID_WB, "PA"),
    ("gaza", "الإعلام الحربي لسرايا القدس على تلغرام", "قصف المقاتلون موقع ناحال عوز بقذائف الهاون صباح اليوم.", "PIJ"),
    # Yemen: the Houthis' war media; the southern forces' channel (with the government)
    ("yemen", "الإعلام الحربي (صنعاء)", RAID_HODEIDAH, "Houthis"),
    ("yemen", "قناة عدن المستقلة", ARTY_MARIB, "Yemen"),
    # Sudan: SUNA by its Latin name; the RSF's own platform
    ("sudan", "SUNA", ARTY_FASHER, "Sudan"),
    ("sudan", "منصة الدعم السريع على تلغرام", RAID_NYALA, "RSF"),
    # Iraq: INA; the PMF's media directorate; the PKK's agency by its Latin acronym
    ("iraq", "INA", RAID_AMADIYA, "Iraq"),
    ("iraq", "إعلام الحشد الشعبي", "قصف مسلحو داعش قرية في قضاء الطارمية بقذائف الهاون صباح اليوم.", "PMF"),
    ("iraq", "وكالة ANF", "قصفت طائرات تركية جبل قنديل صباح اليوم.", "PKK"),
    # Libya: the LNA's war-media division; the Tripoli government's platform
    ("libya", "شعبة الإعلام الحربي", ARTY_SIRTE, "LNA"),
    ("libya", "منصة حكومتنا", "قصفت طائرة مسيرة مدينة غريان صباح اليوم.", "GNA"),
])
def test_an_outlet_a_party_owns_is_its_voice(prof, source, text, claimant):
    assert claimants(text, prof, source) == [claimant]


# ----------------------------------------------------------------- aligned, not owned: a conduit
@pytest.mark.parametrize("prof, source, text", [
    ("israel_lebanon", "قناة الميادين", RAID_LB),
    ("yemen", "قناة العالم", RAID_HODEIDAH),  # Iran is no party of Yemen's profile
    ("libya", "قناة ليبيا الأحرار", ARTY_SIRTE),
    ("iraq", "روداو", RAID_AMADIYA),
    ("iraq", "كوردستان 24", RAID_AMADIYA),
    ("syria", "تلفزيون سوريا", "قصفت طائرات حربية روسية مدينة إدلب صباح اليوم."),
    ("karabakh", "وكالة الأناضول - القسم العربي", ARTY_AM),
    ("gaza", "الجزيرة نت - تغطية مباشرة", RAID_GZ),
])
def test_an_aligned_outlet_is_nobodys_voice(prof, source, text):
    assert claimants(text, prof, source) == ["Other"]


@pytest.mark.parametrize("text, prof", [
    # the Israeli public broadcaster relays; the Israeli adjective in its name names no claimant
    ("وذكرت هيئة البث الإسرائيلية أن الطيران الحربي شن غارة على بلدة الخيام.", "israel_lebanon"),
    ("وذكرت صحيفة يديعوت أحرونوت أن الجيش الإسرائيلي شن غارة على بلدة الخيام.", "israel_lebanon"),
    ("وذكرت القناة 12 الإسرائيلية أن صاروخا سقط في كريات شمونة.", "israel_lebanon"),
    # private channels and sites whose names hold a nationality or a capital are no state's voice
    ("وذكرت قناة الجديد اللبنانية أن غارة استهدفت بلدة الخيام.", "israel_lebanon"),
    ("وذكرت قناة إل بي سي اللبنانية أن غارة استهدفت بلدة الخيام.", "israel_lebanon"),
    ("وذكر تلفزيون سوريا أن طائرات حربية قصفت مدينة إدلب.", "syria"),
    ("وذكر موقع عدن الغد أن قذائف سقطت على مدينة الضالع.", "yemen"),
    ("وذكرت صحيفة إزفستيا الروسية أن مسيرة سقطت على مدينة بيلغورود.", "ukraine"),
    ("وذكرت وكالة يونيان الأوكرانية أن صاروخا سقط على مدينة خاركيف.", "ukraine"),
])
def test_a_conduit_in_a_sentence_claims_nothing(text, prof):
    assert claimants(text, prof) == ["Other"]


def test_saba_without_its_city_names_neither_government():
    """Saba has two editions: a line that names no capital is left to the sentences."""
    assert claimants(ARTY_MARIB, "yemen", "سبأ") == ["Other"]
