"""Find the claimed strikes and attacks in an Arabic news article: pure, no disk or network.

The reading is rule-based and explainable. Each sentence is tokenised and normalised; then

1. *attribution* finds who speaks (a verb or preposition of reporting followed by a party cue,
   a spokesperson, an institution or a capital used as metonym); outlets after such a word are
   conduits (the event's ``source``), not claimants; a generic "the ministry said" carries over
   the last claimant;
2. *triggers* are the words of attack (قصف، غارة، صواريخ، مسيرة، هجوم، تدمير ...); a trigger under
   a threat, intention or hypothesis marker (تحتفظ بالحق، قد، تستعد لتنفيذ، هدد) is no event, and
   nor is the place it points at;
3. *places* are gazetteer matches in the scope of a real trigger, never datelines, speakers,
   origins of fire ("من أراضي") or containers of a more precise place ("X في إقليم Y");
4. *dates* and *casualties* are read from the sentence; cumulative tolls are ignored.

The result is one ``Event`` per (claim, place), deduplicated within the article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from gazetteer import Gazetteer, Place, normalize
from gazetteer.gazetteer import TYPE_WORDS
from gazetteer.normalize import clitic_splits, strip_article

from .dates import MONTHS, WEEKDAYS, find_date
from .model import Event, parse_date
from .profile import Profile

__all__ = ["extract_events", "extract", "Extraction", "SETTINGS"]

# ---------------------------------------------------------------- configuration
#: (name, default, help): every knob of the extractor, passed as keyword-only arguments.
SETTINGS = (
    ("min_place_score", 0.55, "lowest gazetteer score at which a name counts as a place"),
    ("max_words_per_place", 4, "longest place name tried, in words"),
)
_DEFAULTS = {name: default for name, default, _ in SETTINGS}


# ---------------------------------------------------------------- word lists (normalised)
def _n(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


_ATTR_VERBS = _n("""اعلن اعلنت قال قالت ذكر ذكرت افاد افادت اكد اكدت اوضح اوضحت اشار اشارت اضاف اضافت
اتهم اتهمت زعم زعمت ادعى ادعت كشف كشفت نقل نقلت لفت لفتت تابع تابعت صرح صرحت اعتبر اعتبرت وثق وثقت
تبنى تبنت رصد رصدت
يقول تقول يؤكد تؤكد يضيف تضيف تعلن يعلن تكشف يكشف تفيد تتهم يتهم تزعم يزعم تدعي يدعي افادت تفيد يفيد نشر نشرت اورد اوردت""".split())
# Gerunds (مشيرة إلى، مضيفا، قائلا) continue the claim they follow: no new attribution.
_DENIAL_VERBS = _n("نفى نفت ينفي تنفي كذب كذبت فند فندت نافيا نافيه".split())
_ATTR_PREPS = _n("بحسب حسب وفق وفقا طبقا نقلا لسان بيان".split())
_CONDUIT_HEADS = _n("وكاله موقع قناه صحيفه اذاعه تلفزيون".split())
_GENERIC_SOURCES = _n("""الوزاره البيان المتحدث المتحدثه الرئاسه المصدر المصادر الناطق الناطقه المسؤول
الجيش القياده المكتب الوزير المديريه الاداره المركز""".split())
_FORCES = _n("قوات القوات وحدات الوحدات جيش الجيش طائرات الطائرات مقاتلات المقاتلات".split())
_CAPTURE = _n("تحرير حررت استعاده استعادت السيطره سيطرته سيطرتها".split())
_OWN_FORCES = _n("قواتنا قواتها قواته وحداتها وحداتنا جيشنا جنودنا جنودها طائراتها طائراتنا مقاتلاتها مقاتليها".split())

_TRIGGERS: dict[str, str] = {}
for _type, _words in {
    "shelling": "قصفوا قصف القصف قصفت يقصف تقصف قصفا قذائف قذيفه مدفعي مدفعيه المدفعيه المدفعي بالمدفعيه راجمات هاون الهاون نيران",
    "missile": "صاروخ صواريخ صاروخي صاروخيه الصاروخي الصاروخيه بالصواريخ سكود توشكا باليستي باليستيه بالستي بالستيه اسكندر سميرتش",
    "airstrike": "غاره الغاره غارات الغارات غارتين جويه جوي جويا الطيران طيران مقاتلات حربيه",
    "drone": "مسيره مسيرات المسيره المسيرات درون درونز بيرقدار انتحاريه",
    "ground_attack": "هجوم هجمات هجوما الهجوم الهجمات اشتباكات معارك اقتحام اقتحمت تقدم توغل تسلل هاجم هاجمت يهاجم مهاجمه سيطره سيطرت سيطروا سيطرته سيطرتها السيطره تحرير حررت استعاده استعادت",
    "destruction": "تدمير دمر دمرت اسقاط اسقطت اسقط تحييد حيدت اعطاب",
    "generic": "مستهدفا مستهدفه مستهدفين استهدفوا الضربه الضربات العدوان عدوانا استهدف استهدفت استهداف يستهدف تستهدف ضرب ضربت ضربه ضربات طال طالت تعرض تعرضت تتعرض شن شنت يشن تشن",
}.items():
    for _w in _words.split():
        _TRIGGERS[normalize(_w)] = _type
_SPECIFIC = ("drone", "airstrike", "missile", "shelling", "ground_attack")

_HYPO = _n("""قد سوف لن يمكن بالحق الحق تحتفظ يحتفظ هدد هددت تهدد يهدد بتهديد تهديد حذر حذرت تحذر يحذر محذرا محذره
تستعد يستعد يستعدان تستعدان يستعدون استعداد تعتزم يعتزم تنوي ينوي تخطط يخطط افتراضه افتراض اذا لو حال احتمال
لمنع منع محاوله تحاول يحاول امكانيه امكانيه خطط خطه ستقوم سيقوم ستواصل""".split())
_PASSIVE = _n("تعرض تعرضت تتعرض يتعرض تعرضا".split())
_BE = _n("تكون يكون كانت كان تكن يكن".split())


def _past(word: str) -> bool:
    """A past-tense verb form such as قصفت / استهدفت / شن (for "قد" + past = has done)."""
    return word.endswith("ت") or word in ("قصف", "استهدف", "شن", "ضرب", "دمر", "هاجم", "اطلق")


_PURPOSE = _n("لتنفيذ لشن لاستهداف لقصف لمهاجمه لضرب".split())
_TARGET_PREPS = _n("على علي في ضد باتجاه نحو داخل تجاه الى محيط قرب اطراف ضواحي اتجاه عند مدن مناطق بلدات قرى".split())
_NEAR = _n("محاذيه محاذي المحاذيه قرب بالقرب محيط اطراف ضواحي مشارف مقربه القريبه قريبه المجاوره مجاوره ريف".split())
_UNATTRIBUTED = "\x00unattributed"
_ORIGIN = _n("من انطلاقا".split())
_CONTAINER = _n("في بـ داخل التابعه التابع لمحافظه".split())
_TOTAL_WORDS = _n("حصيله الحصيله ليرتفع لترتفع ارتفع ارتفعت اجمالي الاجمالي المجموع مجموع ليصل ليبلغ".split())
_TOTAL_PAIRS = {("منذ", "بدء"), ("منذ", "اندلاع"), ("حتى", "الان")}
_STOP = _n("""اليوم امس على في من الى عن مع بعد قبل بين حول الذي التي الذين هذا هذه ذلك تلك كان كانت قوات القوات الجيش
وزاره الدفاع الخارجيه الرئيس رئيس مدينه قريه منطقه مناطق المدن مدن العسكريه عسكريه المدنيين مدنيين الحرب الهدنه الاتفاق
جنوب شمال شرق غرب وسط الشمال الجنوب الشرق الغرب اكثر عده عدد ايضا حيث كما بينما اثناء خلال منذ حتى لكن او ام ثم
ان انه انها وان فان لان اي ايه كل بعض غير دون ها هو هي هم نحن انا ادي ادت ليل الليل نهار صباح مساء فجر الخميس الجمعه
السبت الاحد الاثنين الثلاثاء الاربعاء المدينه المدن البلده القريه القري المنطقه المناطق الملاجي ملاجي المباني مباني
مبني المنازل منازل البيوت الاحياء احياء اجزاء جزء انقطاع الاتصالات اكبر اصغر كبير كبري صغير جديد الجديد قديم طويل
بير بيت دار سوق جسر نهر جبل تل وادي عين راس باب برج قلعه المطار مطار الميناء ميناء الحدود حدود الجبهه خط خطوط
المواقع مواقع موقع الموقع المنشات منشاه الاهداف هدف المدنيه المدنيين العاصمه عاصمه الاقليم اقليم الدوله دوله البلاد
الجمهوريه جمهوريه الامن السلام النصر الحريه الوطن الشعب الله محمد علي حسن حسين احمد عمر الشهداء الشهيد الجنود
مدرسه المدرسه مستشفي المستشفي مسجد المسجد كنيسه الكنيسه الكاتدرائيه منزل المنازل سوق السوق مصنع
الاراضي اراضي ارض الارض العالم الدولي الامم المتحده مجلس اتفاق وقف اطلاق النار الهدنه روسيا تركيا فرنسا ايران""".split())

_NUM_WORDS = {normalize(k): v for k, v in {
    "واحد": 1, "واحدا": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4,
    "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "ثمان": 8, "تسعه": 9, "تسع": 9,
    "عشره": 10, "عشر": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "خمسين": 50, "مئه": 100, "مائه": 100,
}.items()}
_KILLED = _n("مقتل قتل قتيل قتيلا قتلى استشهاد استشهد شهيد شهيدا شهداء حتفه حتفهم مصرع مصرعهم سقوط وفاه".split())
_INJURED = _n("اصابه اصابات جرح جريح جريحا جرحى اصيب اصيبوا باصابه".split())
_PERSON = _n("مدني مدنيا مدنيه مدنيين مدنيون شخص اشخاص شخصا جندي جنديا جنود عسكري عسكريين عسكريون طفل اطفال امراه نساء مواطن مواطنين عنصر عناصر مقاتل مقاتلين".split())


# ---------------------------------------------------------------- data structures
@dataclass
class _Tok:
    raw: str
    start: int
    end: int
    norm: str
    stem: str  # with a leading و / ف stripped when that leaves a known word form
    gap: str  # raw text between the previous token and this one


@dataclass
class _Claim:
    claimant: str | None
    stance: str
    source: str | None
    start: int  # token index where the claim's content starts
    end: int
    attr_span: tuple[int, int]


@dataclass
class _Found:
    event_type: str
    trigger: int
    attacker: str | None
    places: list[tuple[Place, int, int, str, bool]] = field(default_factory=list)  # place, i, j, printed, near


@dataclass
class Extraction:
    """What one article gave: its events and the names that did not resolve."""

    events: list[Event]
    unresolved: list[str]


# ---------------------------------------------------------------- public API
def extract_events(text: str, gazetteer: Gazetteer, profile: Profile, published: dt.date | str, *,
                   article: str = "", source: str | None = None, url: str | None = None,
                   title: str | None = None, **settings) -> list[Event]:
    """The events an article reports (see module docstring). Pure: no disk, no network."""
    return extract(text, gazetteer, profile, published, article=article, source=source, url=url,
                   title=title, **settings).events


def extract(text: str, gazetteer: Gazetteer, profile: Profile, published: dt.date | str, *,
            article: str = "", source: str | None = None, url: str | None = None,
            title: str | None = None, **settings) -> Extraction:
    """Like ``extract_events`` but also returns the names that looked like places and did not resolve."""
    unknown = set(settings) - set(_DEFAULTS)
    if unknown:
        raise TypeError(f"unknown extractor settings {sorted(unknown)}; allowed: {sorted(_DEFAULTS)}")
    opts = {**_DEFAULTS, **settings}
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    published = parse_date(published, what="published")
    reader = _Reader(gazetteer, profile, published, opts)
    events = reader.read(text)
    out = [
        Event(date=d, claimant=c, attacker=a, event_type=t, place_ar=pa, place_en=p.name_en, lat=p.lat, lon=p.lon,
              precision=prec, place_id=p.id, country=p.country, radius_km=p.radius_km, killed=k, injured=inj,
              stance=st, date_precision=dp, evidence=ev, evidence_start=es, evidence_end=ee, place_start=ps,
              place_end=pe, article=article, source=src or source, url=url, title=title, profile=profile.id,
              sources=(article,) if article else ())
        for (d, dp, c, a, t, p, pa, prec, k, inj, st, ev, es, ee, ps, pe, src) in events
    ]
    return Extraction(out, sorted(set(reader.unresolved)))


# ---------------------------------------------------------------- the reader
@lru_cache(maxsize=16)
def _profile_tables(profile: Profile) -> tuple:
    """Look-up tables of a profile, built once per profile."""
    cues = profile.cue_table
    conduits = profile.conduit_table
    descriptions = {tuple(normalize(k).split()): v for k, v in profile.descriptions.items()}
    return (cues, conduits, max((len(k) for k in cues), default=1), max((len(k) for k in conduits), default=1),
            frozenset(k[0] for k in cues), frozenset(x for k in conduits for x in (k[0], strip_article(k[0]))),
            descriptions, frozenset(k[0] for k in descriptions if k))


_SENT_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


class _Reader:
    def __init__(self, gz: Gazetteer, profile: Profile, published: dt.date, opts: dict):
        self.gz = gz
        self.profile = profile
        self.published = published
        self.opts = opts
        (self.cues, self.conduits, self.max_cue, self.max_conduit, self.cue_firsts, self.conduit_firsts,
         self.descriptions, self.desc_firsts) = _profile_tables(profile)
        self.default_types = {p.id: p.default_type for p in profile.parties if p.default_type}
        self.unresolved: list[str] = []
        self.claimants_seen: list[str] = []
        self.last_attacker: dict[str, str] = {}
        self.last_claimant: str | None = None

    # -------------------------------------------------------------- driver
    def read(self, text: str) -> list[tuple]:
        rows: list[dict] = []
        pending: dict | None = None  # an event of the previous sentence still without a place
        para_date: tuple[dt.date, str] | None = None  # the last date named, carried to later sentences
        for para_start, para in _paragraphs(text):
            for s_start, sent in _sentences(para):
                abs_start = para_start + s_start
                toks = _tokens(sent)
                if not toks:
                    continue
                got, pending_out, date_used = self._sentence(sent, abs_start, toks, para_date, pending)
                if date_used is not None:
                    para_date = date_used
                rows.extend(got)
                pending = pending_out
        return self._finish(rows)

    # -------------------------------------------------------------- one sentence
    def _sentence(self, sent: str, abs_start: int, toks: list[_Tok], para_date, pending):
        has_event = any(_TRIGGERS.get(t.stem) or _TRIGGERS.get(_strip_b(t.stem)) for t in toks)
        if not has_event and pending is None and not any(t.stem in _ATTR_ANY for t in toks):
            # Nothing happens and nobody speaks: only the date can matter (for later sentences).
            found = find_date(" ".join(t.norm for t in toks), self.published) if _may_date(toks) else None
            return [], None, (found[0], found[1]) if found else None
        roles = self._roles(toks)  # per token: None | ("party", id, kind) | ("conduit", label)
        claims = self._claims(toks, roles)
        # Date of the sentence (conduit names such as "روسيا اليوم" are masked first).
        masked = " ".join("_" if roles[i] and roles[i][0] == "conduit" else t.norm for i, t in enumerate(toks))
        found_date = find_date(masked, self.published) if _may_date(toks) else None
        if found_date is not None:
            date, dprec = found_date[0], found_date[1]
            date_used = (date, dprec)
        elif para_date is not None:
            (date, dprec), date_used = para_date, None
        else:
            date, dprec, date_used = self.published, "day", None
        total_from = _totals_start(toks)
        out = []
        new_pending = None
        for claim in claims:
            finds = self._events_in(toks, roles, claim, total_from)
            claimant = claim.claimant or _UNATTRIBUTED
            killed, injured = _casualties(toks, claim.start, min(claim.end, total_from))
            located = [f for f in finds if f.places]
            unlocated = [f for f in finds if not f.places]
            if not located and unlocated and pending is not None and pending["claimant"] == claimant:
                # A retelling of the previous sentence's event: take its casualties.
                pass
            if not located and unlocated:
                f = unlocated[0]
                new_pending = {"claimant": claimant, "find": f, "claim": claim, "date": (date, dprec),
                               "sent": sent, "abs": abs_start, "killed": killed, "injured": injured}
                continue
            if not located and pending is not None and pending["claimant"] == claimant:
                # The place of the previous sentence's event, given in this one (داخل الأراضي الأرمينية).
                places = self._loose_places(toks, roles, claim)
                if places:
                    f = pending["find"]
                    f.places = places
                    located = [f]
                    d0, p0 = pending["date"]
                    out.extend(self._rows(located, claimant, pending["claim"], d0, p0, pending["sent"],
                                          pending["abs"], toks, abs_start, pending["killed"], pending["injured"],
                                          place_sent=sent))
                    pending = None
                    continue
            for n, f in enumerate(located):
                out.extend(self._rows([f], claimant, claim, date, dprec, sent, abs_start, toks, abs_start,
                                      killed if n == 0 else None, injured if n == 0 else None))
        return out, new_pending, date_used

    def _rows(self, finds, claimant, claim, date, dprec, sent, abs_start, ptoks, p_abs, killed, injured,
              place_sent=None):
        rows = []
        for f in finds:
            attacker = f.attacker
            if attacker == "__self__" or (attacker is None and (f.event_type == "destruction" or claim.stance == "denial")):
                attacker = claimant if claimant not in (self.profile.fallback_party, _UNATTRIBUTED) else None
            if attacker is None and claim.stance == "claim":
                attacker = self.last_attacker.get(claimant)  # "وأضافت الوزارة أن القصف امتد إلى ..."
            elif attacker is not None and claim.stance == "claim":
                self.last_attacker[claimant] = attacker
            for k, (place, i, j, printed, near) in enumerate(f.places):
                prec = place.kind
                if near and prec == "settlement":
                    prec = "district"
                rows.append({
                    "date": date, "dprec": dprec, "claimant": claimant, "attacker": attacker,
                    "type": f.event_type, "place": place, "printed": printed, "precision": prec,
                    "killed": killed if k == 0 else None, "injured": injured if k == 0 else None,
                    "stance": claim.stance, "evidence": sent.strip(), "ev_start": abs_start + (len(sent) - len(sent.lstrip())),
                    "ev_end": abs_start + len(sent.rstrip()),
                    "p_start": p_abs + ptoks[i].start, "p_end": p_abs + ptoks[j - 1].end,
                    "source": claim.source,
                })
        return rows

    # -------------------------------------------------------------- roles: parties and conduits
    def _roles(self, toks: list[_Tok]) -> list[tuple | None]:
        roles: list[tuple | None] = [None] * len(toks)
        i = 0
        n = len(toks)
        while i < n:
            hit = None
            # Conduits need a head word (وكالة ...) or a reporting word just before them.
            prev = toks[i - 1].stem if i else ""
            head = toks[i].stem in _CONDUIT_HEADS
            t0 = toks[i]
            nxt = toks[i + 1].norm if head and i + 1 < n else ""
            maybe_conduit = (t0.norm in self.conduit_firsts or t0.stem in self.conduit_firsts
                             or (nxt and (nxt in self.conduit_firsts or strip_article(nxt) in self.conduit_firsts)))
            for L in (range(min(self.max_conduit + 1, n - i), 0, -1) if maybe_conduit else ()):
                key = tuple(t.norm for t in toks[i:i + L])
                key2 = (toks[i].stem, *key[1:])
                label = self.conduits.get(key) or self.conduits.get(key2)
                if label is None and head and L > 1:
                    label = self.conduits.get(key[1:]) or self.conduits.get(tuple(strip_article(x) for x in key[1:]))
                if label and (head or prev in _ATTR_PREPS or prev in _ATTR_VERBS or prev == "عن" or _quoted(toks, i)):
                    hit = (L, ("conduit", label))
                    break
            maybe_cue = t0.norm in self.cue_firsts or t0.stem in self.cue_firsts or (
                t0.norm[:1] in "وفبلك" and any(stem in self.cue_firsts for _p, stem in clitic_splits(t0.norm)))
            if hit is None and maybe_cue:
                for L in range(min(self.max_cue, n - i), 0, -1):
                    key = tuple(t.norm for t in toks[i:i + L])
                    got = self.cues.get(key)
                    if got is None:
                        got = self.cues.get((toks[i].stem, *key[1:]))
                    if got is None and L == 1:
                        for _p, stem in clitic_splits(toks[i].norm):
                            got = self.cues.get((stem,))
                            if got:
                                break
                    if got is not None:
                        hit = (L, ("party", got[0], got[1]))
                        break
            if hit is None:
                i += 1
                continue
            L, role = hit
            for k in range(i, i + L):
                roles[k] = role
            i += L
        return roles

    # -------------------------------------------------------------- attribution
    def _claims(self, toks: list[_Tok], roles) -> list[_Claim]:
        n = len(toks)
        triggers: list[tuple[int, str]] = []  # (index, kind) kind: verb | denial | prep
        for i, t in enumerate(toks):
            s = t.stem
            if s in _DENIAL_VERBS:
                triggers.append((i, "denial"))
            elif s in _ATTR_VERBS:
                triggers.append((i, "verb"))
            elif s in _ATTR_PREPS or (s == "نقلا") or (s in ("في",) and i + 1 < n and toks[i + 1].stem == "بيان"):
                triggers.append((i, "prep"))
        claims: list[_Claim] = []
        for i, kind in triggers:
            party, source, end = None, None, i + 1
            generic = False
            for k in range(i + 1, min(n, i + 9)):
                r = roles[k]
                if r and r[0] == "conduit":
                    source = r[1]
                    end = k + 1
                    continue
                if r and r[0] == "party":
                    if generic and k > 0 and toks[k - 1].stem in _FORCES:
                        break  # "اتهمت الوزارة القوات الأرمينية": the accused, not the speaker
                    if party is None:
                        party = r[1]
                        end = k + 1
                        # extend over the rest of the party phrase
                        while end < n and roles[end] and roles[end][0] == "party" and roles[end][1] == party:
                            end += 1
                    break
                if toks[k].stem in _GENERIC_SOURCES and k <= i + 2:
                    generic = True
                    end = k + 1
                    continue
                if toks[k].stem == "عن" and source is not None:
                    continue  # "نقلت وكالة X عن Y": the claimant is Y
                if toks[k].stem in ("ان", "انه", "انها", "عن") or (k > i + 1 and toks[k].gap.strip(" ") and "،" in toks[k].gap):
                    break
                if _TRIGGERS.get(toks[k].stem) and _TRIGGERS.get(toks[k].stem) != "generic" and k > i + 2:
                    break  # past the attack word the party is the attacker or the target, not the speaker
            if party is None and kind == "verb" and not generic and i > 0:
                # Source before the verb ("يريفان قالت ..."): a party word just before it.
                for k in range(i - 1, max(-1, i - 4), -1):
                    r = roles[k]
                    if r and r[0] == "party" and r[2] in ("metonym", "speaker", "institution", "cue"):
                        party = r[1]
                        break
            if party is None and source is not None and not generic:
                # A conduit alone ("وفق الأناضول") only names the outlet.
                if claims:
                    claims[-1].source = claims[-1].source or source
                continue
            if party is None:
                if not generic and kind == "prep":
                    continue
                party = self.last_claimant  # carry-over: "وقالت الوزارة", "وتابع"
                if party is None:
                    continue
            self.last_claimant = party
            self.claimants_seen.append(party)
            claims.append(_Claim(party, "denial" if kind == "denial" else "claim", source, end, n, (i, end)))
        if not claims:
            # No reporting word: the last claimant of the article speaks on (or nobody).
            return [_Claim(self.last_claimant, "claim", None, 0, n, (0, 0))]
        claims.sort(key=lambda c: c.attr_span[0])
        # "نفت الوزارة، على لسان المتحدثة ...": a second reporting word of the same speaker with no
        # event between them belongs to the first claim (and keeps its stance).
        merged: list[_Claim] = []
        for c in claims:
            if merged and merged[-1].claimant == c.claimant and not any(
                    _TRIGGERS.get(toks[k].stem) for k in range(merged[-1].attr_span[1], c.attr_span[0])):
                prev = merged[-1]
                prev.attr_span = (prev.attr_span[0], max(prev.attr_span[1], c.attr_span[1]))
                prev.start = max(prev.start, c.start)
                prev.source = prev.source or c.source
                continue
            merged.append(c)
        claims = merged
        # Each claim's content runs to the next claim; content before the first belongs to it.
        for a, b in zip(claims, claims[1:]):
            a.end = b.attr_span[0]
        claims[0].start = 0 if claims[0].attr_span[0] > 0 else claims[0].start
        return claims

    # -------------------------------------------------------------- events of one claim
    def _events_in(self, toks, roles, claim: _Claim, total_from: int) -> list[_Found]:
        lo, hi = claim.start, min(claim.end, total_from)
        attr_lo, attr_hi = claim.attr_span
        trig: list[tuple[int, str, bool]] = []
        for i in range(lo, hi):
            if attr_lo <= i < attr_hi and claim.attr_span != (0, 0):
                continue
            t = toks[i]
            ty = _TRIGGERS.get(t.stem) or _TRIGGERS.get(_strip_b(t.stem))
            if ty is None:
                continue
            trig.append((i, ty, self._hypothetical(toks, i, lo)))
        if not trig:
            return []
        # Group adjacent trigger words into one event mention ("شن هجمات مكثفة بالمدفعية").
        groups: list[list[tuple[int, str, bool]]] = []
        for tr in trig:
            if groups and tr[0] - groups[-1][-1][0] <= 4 and not _boundary(toks, groups[-1][-1][0], tr[0]) \
                    and tr[2] == groups[-1][-1][2]:
                groups[-1].append(tr)
            else:
                groups.append([tr])
        finds: list[_Found] = []
        for gi, g in enumerate(groups):
            first = g[0][0]
            last = g[-1][0]
            scope_end = groups[gi + 1][0][0] if gi + 1 < len(groups) else hi
            if g[0][2]:  # hypothetical / threat / intention: no event, and its target is no place
                continue
            ty = _type_of(g, toks, last, scope_end)
            attacker = self._attacker(toks, roles, lo, first, last, claim, ty)
            if ty == "generic":
                # Fire from a distance; its usual form for this attacker when the profile says
                # (air forces such as Israel's or the coalition's), else shelling.
                ty = self.default_types.get(attacker if attacker != "__self__" else claim.claimant, "shelling")
            f = _Found(ty, first, attacker)
            f.places = self._places(toks, roles, last + 1, scope_end)
            if f.places or not finds:
                finds.append(f)
            elif finds and not finds[-1].places:
                finds[-1] = f
        # An unlocated mention right after a located one is the same event retold ("القصف أدى إلى").
        merged: list[_Found] = []
        for f in finds:
            if not f.places and merged and merged[-1].places:
                continue
            merged.append(f)
        return merged

    def _hypothetical(self, toks, i: int, lo: int) -> bool:
        t = toks[i]
        passive = any(toks[k].stem in _PASSIVE for k in range(max(lo, i - 8), i))
        if not passive and (t.stem in _PURPOSE or (t.stem.startswith("ل") and _TRIGGERS.get(t.stem[1:]))):
            return True
        if t.stem[:2] in ("ست", "سي") and _TRIGGERS.get(t.stem[1:]):
            return True  # future: ستقصف
        for k in range(i - 1, max(lo - 1, i - 5), -1):
            if _boundary(toks, k, k + 1) and k < i - 1:
                break
            if toks[k].stem == "قد" and (k > 0 and toks[k - 1].stem in _BE or _past(toks[k + 1].stem)):
                continue  # "أن تكون قد استهدفت": perfect tense, not "may"
            if toks[k].stem in _HYPO or (toks[k].stem in _PURPOSE and not passive):
                return True
        return False

    def _attacker(self, toks, roles, lo, first, last, claim: _Claim, ty: str) -> str | None:
        attr_lo, attr_hi = claim.attr_span
        if ty != "destruction" and first + 1 < len(toks):
            r = roles[first + 1]
            if r and r[0] == "party" and r[2] == "cue" and toks[first + 1].norm.startswith("ال"):
                return r[1]  # "الغارات الروسية": the adjective right after the attack word
        if toks[first].stem in _CAPTURE:
            return "__self__"  # "أعلن علييف تحرير مدينة زنغيلان": the speaker's side took it
        for k in range(first - 1, lo - 1, -1):
            if attr_lo <= k < attr_hi and claim.attr_span != (0, 0):
                break
            if toks[k].stem in _OWN_FORCES:
                return "__self__"
            r = roles[k]
            if r and r[0] == "party" and not self._is_place_use(toks, k):
                return r[1]
        if ty != "destruction":
            for k in range(first + 1, min(len(toks), last + 3)):
                r = roles[k]
                if r and r[0] == "party" and (r[2] == "institution" or (r[2] == "cue" and toks[k].norm.startswith("ال"))):
                    return r[1]  # "القصف الأذربيجاني", verb first: "قصف الجيش الأرميني"
        return None

    def _is_place_use(self, toks, k) -> bool:
        return k > 0 and toks[k - 1].stem in _TARGET_PREPS

    # -------------------------------------------------------------- places
    def _places(self, toks, roles, lo: int, hi: int) -> list[tuple[Place, int, int, str, bool]]:
        out: list[tuple[Place, int, int, str, bool]] = []
        i = lo
        slot = False  # after a target preposition, type word or list conjunction
        origin = False
        while i < hi:
            t = toks[i]
            if i > lo and _boundary(toks, i - 1, i) and ("،" in t.gap and not t.raw.startswith("و")):
                origin = False
            if t.stem in _ORIGIN and i + 1 < hi:
                origin = True  # "أطلقت من أراضي ...": the origin of fire is no target
                i += 1
                continue
            if t.stem in _TARGET_PREPS or t.stem in _NEAR:
                if t.stem not in ("من",):
                    origin = False
                slot = True
                i += 1
                continue
            r = roles[i]
            if r and r[0] == "conduit":
                i += 1
                continue
            if r and r[0] == "party" and r[2] in ("speaker", "institution"):
                i += 1
                continue
            m = self._match_place(toks, i, hi, slot, r)
            if m is None:
                if t.stem in TYPE_WORDS:
                    slot = True
                elif t.stem not in _STOP and not t.stem.isdigit():
                    slot = False if len(t.stem) > 1 else slot
                i += 1
                continue
            place, j, printed, near = m
            if not origin:
                out.append((place, i, j, printed, near))
            i = j
            slot = True  # lists: "مدن أ وب وج"
        return _drop_containers(toks, out)

    def _loose_places(self, toks, roles, claim: _Claim):
        """Places given for an event of the previous sentence: after داخل / في, outside any threat."""
        lo, hi = claim.start, claim.end
        trig = [i for i in range(lo, hi) if _TRIGGERS.get(toks[i].stem) or _TRIGGERS.get(_strip_b(toks[i].stem))]
        out = []
        for i in range(lo, hi):
            if toks[i].stem not in ("داخل", "في") or i + 1 >= hi:
                continue
            if any(t < i and (i - t) < 8 and not _boundary(toks, t, i) for t in trig):
                continue  # the place of another (here hypothetical) trigger
            m = self._match_place(toks, i + 1, hi, True, roles[i + 1])
            if m:
                place, j, printed, near = m
                out.append((place, i + 1, j, printed, near))
        return _drop_containers(toks, out)

    def _match_place(self, toks, i: int, hi: int, slot: bool, role) -> tuple[Place, int, str, bool] | None:
        near = i > 0 and (toks[i - 1].stem in _NEAR or (i > 1 and toks[i - 2].stem in _NEAR and toks[i - 1].stem in TYPE_WORDS))
        if near is False and i > 0 and toks[i - 1].stem in TYPE_WORDS and i > 1:
            near = toks[i - 2].stem in _NEAR or (i > 2 and toks[i - 3].stem in _NEAR)
        kind_hint = None
        start = i
        if toks[i].stem in TYPE_WORDS and i + 1 < hi:
            kind_hint = TYPE_WORDS[toks[i].stem]
            slot = True
            start = i + 1
        elif i > 0 and toks[i - 1].stem in TYPE_WORDS:
            kind_hint = TYPE_WORDS[toks[i - 1].stem]
        # Descriptions: "ثاني كبرى مدن أذربيجان" -> Ganja.
        for key, name in (self.descriptions.items() if start < hi and toks[start].stem in self.desc_firsts else ()):
            L = len(key)
            if tuple(t.stem for t in toks[start:start + L]) == key:
                place = self.gz.lookup(name, theatre=self.profile.theatre)
                if place:
                    return place, start + L, " ".join(t.raw for t in toks[start:start + L]), near
        max_w = self.opts["max_words_per_place"]
        for L in range(min(max_w, hi - start), 0, -1):
            span = toks[start:start + L]
            key = " ".join(t.norm for t in span)
            if L == 1 and (span[0].stem in _STOP or span[0].norm in _STOP or len(span[0].norm) < 3):
                continue
            if L > 1 and any(t.gap.strip() and any(c in t.gap for c in "،,.:؛") for t in span[1:]):
                continue
            place, printed_stem = self._resolve_exactish(key, span, slot)
            if place is not None and role and role[0] == "party" and role[2] == "metonym" and \
                    start + L < len(toks) and toks[start + L].stem in _ATTR_VERBS:
                return None  # "وباكو تعلن": the capital speaks, it is not hit
            if place is not None:
                if role and role[0] == "party" and role[2] in ("cue", "metonym") and not slot:
                    return None  # a party word used as a party ("أكدت أذربيجان")
                return place, start + L, _printed(span, printed_stem), near
        if slot and start < hi:
            # Inside a place slot, spelling variants, transliteration and typos are allowed.
            t = toks[start]
            if t.stem in _STOP or len(t.norm) < 4 or (role and role[0] == "party" and role[2] != "metonym"):
                return None
            cands = self.gz.candidates(t.norm, 1, theatre=self.profile.theatre, kind=kind_hint, fuzzy=False)
            if cands and cands[0].score >= self.opts["min_place_score"] + 0.25 and \
                    self.profile.theatre.prior(cands[0].place)[1] is not None and _alike(t, cands[0]):
                return cands[0].place, start + 1, _printed([t], None), near
            if kind_hint and not _TRIGGERS.get(t.stem) and t.stem not in _NEAR:
                self.unresolved.append(t.raw.strip("«»\"'“”"))
        return None

    def _resolve_exactish(self, key: str, span: list[_Tok], slot: bool) -> tuple[Place | None, str | None]:
        gz = self.gz
        theatre = self.profile.theatre
        tries = [(key, None)]
        first = span[0].norm
        rest = " ".join(t.norm for t in span[1:])
        for _p, stem in clitic_splits(first):
            tries.append(((stem + (" " + rest if rest else "")), stem))
        for k, stem in tries:
            if gz.knows(k):
                cands = gz.candidates(k, 3, theatre=theatre, fuzzy=False)
                if not cands:
                    continue
                best = cands[0]
                p = best.place
                in_theatre = theatre.prior(p)[1] is not None
                if (" " not in k and k in _STOP) or (len(k) < 4 and not in_theatre):
                    continue
                # Outside a place slot only the theatre's places and countries are read as places;
                # inside one ("على X", "مدينة X", lists) well-known places anywhere are too.
                if not slot and not (in_theatre or p.kind == "country"):
                    continue
                if slot and not (in_theatre or p.kind == "country" or p.curated or p.population >= 50_000):
                    continue
                if best.score < self.opts["min_place_score"]:
                    continue
                return p, stem
        return None, None

    # -------------------------------------------------------------- article level
    def _finish(self, rows: list[dict]) -> list[tuple]:
        # A headline or lead sentence reports before it attributes: its claimant is the first one
        # named after it in the article (else the profile's fallback party).
        attributed = {(r["place"].id, r["stance"]) for r in rows if r["claimant"] != _UNATTRIBUTED}
        # A headline retold in the body with its own date and source is the body's event.
        rows = [r for r in rows if r["claimant"] != _UNATTRIBUTED or (r["place"].id, r["stance"]) not in attributed]
        for n, r in enumerate(rows):
            if r["claimant"] == _UNATTRIBUTED:
                later = next((x["claimant"] for x in rows[n + 1:] if x["claimant"] != _UNATTRIBUTED), None)
                r["claimant"] = later or (self.claimants_seen[:1] or [self.profile.fallback_party])[0]
                if r["attacker"] == r["claimant"] and r["type"] != "destruction":
                    r["attacker"] = None
        # Same claim told twice: one event, at the more precise place (a country or region-level
        # mention is absorbed by a finer one of the same claimant, attacker, type and date).
        rank = {"settlement": 0, "district": 1, "region": 2, "country": 3}
        keep: list[dict] = []
        seen = set()
        for r in rows:
            key = (r["claimant"], r["date"], r["stance"], r["place"].id)
            if key in seen:
                for k in keep:
                    if (k["claimant"], k["date"], k["stance"], k["place"].id) == key:
                        for f in ("killed", "injured", "attacker", "source"):
                            k[f] = k[f] if k[f] is not None else r[f]
                continue
            seen.add(key)
            keep.append(r)
        final = []
        for r in keep:
            if r["precision"] in ("country", "region"):
                finer = [k for k in keep if k is not r and k["claimant"] == r["claimant"] and k["attacker"] == r["attacker"]
                         and k["type"] == r["type"] and k["date"] == r["date"] and k["stance"] == r["stance"]
                         and rank[k["precision"]] < rank[r["precision"]]]
                if finer:
                    continue
            final.append(r)
        return [(r["date"], r["dprec"], r["claimant"], r["attacker"], r["type"], r["place"], r["printed"],
                 r["precision"], r["killed"], r["injured"], r["stance"], r["evidence"], r["ev_start"], r["ev_end"],
                 r["p_start"], r["p_end"], r["source"]) for r in final]


# ---------------------------------------------------------------- helpers
def _paragraphs(text: str):
    pos = 0
    for block in re.split(r"(\n\s*\n)", text):
        if block.strip() and not re.fullmatch(r"\n\s*\n", block):
            yield pos, block
        pos += len(block)


def _sentences(para: str):
    pos = 0
    for piece in _SENT_SPLIT.split(para):
        idx = para.find(piece, pos)
        if piece.strip():
            yield idx, piece
        pos = idx + len(piece)


_TOKEN = re.compile(r"[^\s«»‹›“”„\"'‘’()\[\]{}<>،؛؟,;:!?.…|/\\*–—-]+")


@lru_cache(maxsize=1 << 17)
def _norm_stem(raw: str) -> tuple[str, str]:
    """A token's normalised form and its stem (a leading و / ف, or ل / ب before a type word, off)."""
    norm = normalize(raw)
    stem = norm
    if len(norm) > 3 and norm[0] in "وف" and (norm[1:] in _KNOWN_WORDS or _TRIGGERS.get(norm[1:])):
        stem = norm[1:]
    elif len(norm) > 4 and norm[0] in "لب" and norm[1:] in TYPE_WORDS:
        stem = norm[1:]  # "لمنطقة كرفاتشار", "بمحافظة ترتر"
    return norm, stem


_DATE_WORDS = frozenset({"اليوم", "امس", "الامس", "البارحه", "الليله", "ليله", "ليل", "فجر", "صباح", "مساء", "ظهر",
                         "الماضي", "الماضيه", "يومين", "الاسبوع", "الشهر", "يوم"}) | frozenset(WEEKDAYS) | \
    frozenset(m.split()[0] for m in MONTHS)


def _may_date(toks) -> bool:
    """Cheap test before the date regexes: a digit or a date word (with a clitic) is present."""
    for t in toks:
        w = t.stem
        if w in _DATE_WORDS or w[1:] in _DATE_WORDS or w[:1].isdigit() or (w[:1] in "وفبل" and w[1:2].isdigit()):
            return True
    return False


def _tokens(sent: str) -> list[_Tok]:
    out = []
    prev_end = 0
    for m in _TOKEN.finditer(sent):
        raw = m.group(0)
        norm, stem = _norm_stem(raw)
        if not norm:
            prev_end = m.end()
            continue
        out.append(_Tok(raw, m.start(), m.end(), norm, stem, sent[prev_end:m.start()]))
        prev_end = m.end()
    return out


_ATTR_ANY = _ATTR_VERBS | _DENIAL_VERBS | _ATTR_PREPS | _CONDUIT_HEADS | frozenset({"بيان"})
_KNOWN_WORDS = (_ATTR_VERBS | _DENIAL_VERBS | _ATTR_PREPS | _GENERIC_SOURCES | _HYPO | _TARGET_PREPS | _NEAR
                | frozenset(TYPE_WORDS) | _KILLED | _INJURED | _OWN_FORCES | _CONDUIT_HEADS)


def _strip_b(stem: str) -> str:
    """``بقصف`` -> ``قصف``, ``بالمدفعية`` -> ``المدفعيه``: the instrument preposition."""
    if stem.startswith("ب") and len(stem) > 3:
        return stem[1:]
    return stem


def _quoted(toks, i) -> bool:
    return any(q in toks[i].gap for q in "\"«“")


def _boundary(toks, a: int, b: int) -> bool:
    """True when a clause boundary (comma, colon, quote) separates token a from token b."""
    return any(any(c in toks[k].gap for c in "،,:;؛\"«»“”") for k in range(a + 1, b + 1))


def _type_of(group, toks, last: int, scope_end: int) -> str:
    types = [ty for _, ty, _ in group]
    if types[0] == "destruction":
        return "destruction"
    window = set(types)
    # Instruments just after the trigger group: "هجمات بالمدفعية", "استهدفت بطائرة مسيرة".
    for k in range(last + 1, min(scope_end, last + 4)):
        ty = _TRIGGERS.get(toks[k].stem) or _TRIGGERS.get(_strip_b(toks[k].stem))
        if ty and ty not in ("generic", "destruction"):
            window.add(ty)
    # A drone or missile named as the subject just before: "المسيرة ... شنت غارة".
    first = group[0][0]
    for k in range(max(0, first - 3), first):
        ty = _TRIGGERS.get(toks[k].stem) or _TRIGGERS.get(_strip_b(toks[k].stem))
        if ty in ("drone", "missile"):
            window.add(ty)
    if "shelling" in window and any(toks[k].stem in ("راجمات",) for k in range(max(0, last - 3), min(len(toks), last + 3))):
        return "shelling"
    for ty in _SPECIFIC:
        if ty in window:
            return ty
    return "generic"  # a bare "استهدف / ضرب": the caller picks the attacker's usual weapon


def _totals_start(toks) -> int:
    """Index of the first token of a cumulative-toll phrase ("ما رفع حصيلة القتلى إلى 43")."""
    for i, t in enumerate(toks):
        if t.stem in _TOTAL_WORDS or (i + 1 < len(toks) and (t.stem, toks[i + 1].norm) in _TOTAL_PAIRS):
            # back up over "ما" / "مما"
            return i - 1 if i > 0 and toks[i - 1].norm in ("ما", "مما") else i
    return len(toks)


def _number_near(toks, i: int, lo: int, hi: int) -> int | None:
    """A casualty figure next to token i: digits or number words, before or after."""
    for k in (i + 1, i + 2, i + 3, i - 1, i - 2):
        if not (lo <= k < hi):
            continue
        w = toks[k].stem
        if w.isdigit():
            return int(w)
        if w in _NUM_WORDS:
            return _NUM_WORDS[w]
        if k == i + 1 and w in _PERSON:
            base = w
            # dual: مدنيان / مدنيين after a number word is plural; a bare dual is two
            if base.endswith("ان") and base[:-2] + "ي" in _PERSON or base in ("مدنيين",) and False:
                return 2
            nxt = toks[k + 1].stem if k + 1 < hi else ""
            if nxt in _NUM_WORDS:
                return _NUM_WORDS[nxt]
            if base in ("مدني", "شخص", "جندي", "طفل", "مواطن", "عسكري", "مقاتل", "عنصر"):
                return 1
            if base.endswith("ان"):
                return 2
    return None


def _casualties(toks, lo: int, hi: int) -> tuple[int | None, int | None]:
    killed = injured = None
    for i in range(lo, hi):
        s = toks[i].stem
        if s.startswith("ب") and s[1:] in _INJURED:
            s = s[1:]
        if killed is None and s in _KILLED:
            killed = _number_near(toks, i, lo, hi)
        elif injured is None and s in _INJURED:
            injured = _number_near(toks, i, lo, hi)
    return killed, injured


def _alike(tok, cand) -> bool:
    """A spelling variant counts only when it still looks like the place's name (مسافة is no Masyaf)."""
    if not cand.reasons[0].startswith("variant"):
        return True
    from rapidfuzz import fuzz

    names = [normalize(cand.place.name_ar)] if cand.place.name_ar else []
    stems = [tok.norm] + [stem for _p, stem in clitic_splits(tok.norm)]
    return any(fuzz.ratio(a, b) >= 75 for a in stems for b in names)


def _printed(span: list[_Tok], stem: str | None) -> str:
    """The place as printed, with a stripped clitic removed from the raw text."""
    raw = " ".join(t.raw for t in span)
    if stem is None:
        return raw.strip("«»\"'“”")
    first = span[0].raw
    for j in range(len(first)):
        if normalize(first[j:]) == stem or normalize("ال" + first[j:]) == stem:
            rest = " ".join(t.raw for t in span[1:])
            return (first[j:] + (" " + rest if rest else "")).strip("«»\"'“”")
    return raw


def _drop_containers(toks, places):
    """"X في إقليم Y": Y only contains X; keep the more precise place."""
    if len(places) < 2:
        return places
    rank = {"settlement": 0, "district": 1, "region": 2, "country": 3}
    out = []
    for n, (p, i, j, printed, near) in enumerate(places):
        prev = places[n - 1] if n else None
        if prev is not None:
            between = {toks[k].stem for k in range(prev[2], i)}
            if (between & _CONTAINER or any(toks[k].norm.startswith("ب") for k in range(i, i + 1))) and \
                    rank[p.kind] >= rank[prev[0].kind] and not (between & {"و"}) and not toks[i].raw.startswith("و"):
                continue
        out.append((p, i, j, printed, near))
    return out
