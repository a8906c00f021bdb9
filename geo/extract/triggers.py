"""Triggers: the attack words of a claim grouped into mentions, their type, their attacker (an
adjective, an agent, the subject before them, the speaker's own side) and the markers of threat,
intention or hypothesis that make them no event."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from gazetteer.normalize import strip_article



from . import shape
from .lexicon import Lexicon
from .tokens import _boundary, passive as passive_verb
from .mentions import DENIAL, PARTY, SELF, _Claim, _Found
from .places import _count_of_ten, ten_or_more


#: Farthest a subject is looked for before its attack word, in words (issue 13: linear time).
SUBJECT_REACH = 40
_SPECIFIC = ("drone", "airstrike", "missile", "shelling", "ground_attack", "other")
RANGED = frozenset({"drone", "airstrike", "missile", "shelling"})  # the means of fire from afar
_TY0 = attrgetter("ty0")


def _past(lx, word: str) -> bool:
    """A past-tense verb form such as قصفت / استهدفت / شن (for "قد" + past = has done)."""
    return word.endswith(shape.TA) or word in lx.past_verbs


def _feminine_past(word: str) -> bool:
    """A past verb agreeing with a feminine or plural subject (قصفت، استهدفت), not a plural noun (غارات)."""
    return word.endswith(shape.TA) and not word.endswith(shape.PLURAL_AT)


def _passive_kind(lx: Lexicon, toks, prev: "_Found", f: "_Found") -> None:
    """"تعرضت مدينة X لقصف صاروخي من جانب القوات ...": the unlocated mention after a located
    passive "تعرض" gives it its kind and its agent."""
    if not prev.typed and f.typed and passive_verb(lx, toks[prev.trigger]):
        prev.event_type, prev.typed = f.event_type, True
        prev.attacker = prev.attacker or f.attacker


def _adjective(tok, noun=None) -> bool:
    """A party word in the form of an adjective ("الروسية"، "أذربيجاني"), not a country's name ("أرمينيا")."""
    return shape.is_adjective_form(tok.norm, noun.norm if noun is not None else None)


def _attack_type(lx: Lexicon, tok) -> str | None:
    """The attack type of a word, also after the ل of "تعرضت لقصف"، "لهجوم"."""
    return tok.ty or (lx.triggers.get(tok.stem[1:]) if tok.stem.startswith(shape.PREP_LI) else None)


def _intercepted_it(lx: Lexicon, toks, seen, lo: int, hi: int) -> list[int]:
    """Where the sentence tells that the attack before was intercepted, with the attack as the object
    ("تم اعتراضها"، "اعترضت جميعها"، "حيث تم اعتراض معظمها"), not as a failed attempt ("بعد فشل
    محاولات اعتراضه"): the indices of those words of interception."""
    if lx.intercepted_it.isdisjoint(seen):
        return []
    out = []
    for k in range(lo, hi):
        s = toks[k].stem
        if s in lx.intercepted_it and (s.endswith(shape.OBJECT_SUFFIXES) or any(
                toks[j].stem in lx.all_of_it for j in range(k + 1, min(hi, k + 4)))) and not any(
                toks[j].stem in lx.unsuccessful for j in range(max(lo, k - 3), k)):
            out.append(k)  # (not "بعد فشل محاولات اعتراضه": it got through)
    return out


def _arrests(lx: Lexicon, toks, i: int) -> bool:
    """A generic attack verb told of arrests and searches ("شنت قوات الاحتلال حملة اعتقالات في بلدة بيت
    أمر طالت سبعة مواطنين"): no attack."""
    return toks[i].ty0 == "generic" and any(
        toks[k].stem in lx.arrests for k in range(max(0, i - 7), min(len(toks), i + 5)))


def _affiliation_between(lx: Lexicon, toks, roles, a: int, b: int) -> bool:
    """Only whose the weapon is, or its model, lies between two attack words ("مسيّرة تابعة للقوات
    المسلحة الأوكرانية هاجمت"، "مسيرة روسية من طراز "إف بي في" استهدفت"): one attack, of the weapon's kind."""
    if b - a > 9:
        return False
    if toks[a + 1].stem in lx.affiliated:
        return all(not toks[k].brk and roles[k] is not None and roles[k][0] == PARTY for k in range(a + 2, b))
    # (its party's adjective may come first: "مسيرة روسية من طراز")
    m = a + 1 + (1 if roles[a + 1] is not None and roles[a + 1][0] == PARTY else 0)
    return m + 1 < b and toks[m].stem in lx.prep_from and toks[m + 1].stem in lx.model_words and b - m <= 7


def _fire_verb(lx: Lexicon, toks, i: int, lo: int) -> int | None:
    """The verb of firing before "النار" at ``i`` ("أطلقت (القوات) النار"), within five words and the
    same clause (the firer may stand between), or None."""
    return next((k for k in range(i - 1, max(lo - 1, i - 6), -1) if toks[k].stem in lx.fire_verbs
                 and not any(toks[q].brk for q in range(k + 1, i + 1))), None)


def _died_in(lx: Lexicon, toks, i: int, lo: int) -> bool:
    """The attack word at ``i`` tells how someone mourned at a funeral died: a funeral word, then (a
    relative pronoun and) a verb of dying, before it ("شيعت المرج جثمان أحد أبنائها الذي قضى في معارك ...")."""
    died = False
    for k in range(i - 1, max(lo - 1, i - 14), -1):
        st = toks[k].stem
        if st in lx.died:
            # (the relative pronoun may be left out after an indefinite noun: "شيعت كركوك جثمان ضابط قتل بانفجار
            # عبوة"; not a new clause, "شيع الآلاف جثامين الضحايا، وقتل ثلاثة آخرون في قصف جديد")
            died = not (toks[k].brk or toks[k].raw.startswith(shape.CONJ))
        elif died and st in lx.funeral:
            return True
        elif toks[k].brk:
            died = False
    return False


def _eliminating(lx: Lexicon, toks, i: int) -> bool:
    """A verb of eliminating at ``i`` with its "على", right after it or past its subject ("قضت قوات لواء
    الناحال الليلة الماضية على مخربين")."""
    for k in range(i + 1, min(len(toks), i + 8)):
        if toks[k].brk:
            return False
        if toks[k].stem in lx.on_prep:
            return True
    return False


def _not_an_attack(lx: Lexicon, toks, i: int, seen: frozenset[str] | None = None) -> bool:
    """An attack word that names no attack where it stands: control held ("تحت سيطرة المعارضة"،
    "الخاضعة لسيطرة"), or a weapon as part of a target ("منصات صواريخ"، "مستودعات الطائرات المسيرة"،
    "كتيبة المدفعية"). ``seen``: the sentence's words (``sentence_words``) when the caller has them,
    to skip the scans for words it lacks."""
    t, prev = toks[i], toks[i - 1]
    if (seen is None or not lx.unexploded.isdisjoint(seen)) and any(
            toks[k].stem in lx.unexploded for k in range(max(0, i - 3), min(len(toks), i + 6))):
        return True  # "تفجير ذخائر غير منفجرة من مخلفات العدوان": ordnance cleared, no attack
    if i + 1 < len(toks) and toks[i + 1].stem in lx.earlier_adj and not toks[i + 1].brk and \
            t.stem not in lx.attack_verbs:
        return True  # "ويُظهر ضربة سابقة على مبنى سكني في مدينة دنيبرو": an earlier attack, background
    if t.stem in lx.eliminate and not _eliminating(lx, toks, i):
        return True  # "قضى ليلته في ..."، "القضاء العسكري": no "على", no killing
    if t.stem in lx.aircraft and ((prev.stem in lx.airline_heads and not t.brk) or (
            i + 1 < len(toks) and toks[i + 1].stem in lx.civil_adj and not toks[i + 1].brk)):
        return True  # "علقت بعض شركات الطيران رحلاتها إلى أربيل"، "الطيران المدني": civil aviation
    if t.brk:
        return False
    if t.ty0 == "other" and any(shape.in_group(toks[k].stem, lx.seized) for k in range(max(0, i - 4), i)):
        return True  # "تمكنت من ضبط عبوة ناسفة زرعها عملاء العدوان": found or defused, it did not go off
    if t.stem in lx.air_adjs and prev.stem in lx.air_nonattack:
        return True  # "يعود إلى عرض جوي في يريفان"، "جسرا جويا"، "منظومة دفاع جوي": no air strike
    if t.ty0 == "generic" and i + 1 < len(toks) and toks[i + 1].stem in lx.aim_objects and (
            not toks[i + 1].brk or toks[i + 1].quote):
        return True  # "في خطوة تستهدف إحكام الطوق على مدينة الفاشر": aims at, no attack
    if prev.stem in lx.outlet_heads:
        return True  # an outlet's name: "قناة المسيرة"
    if t.stem in lx.march_words and prev.stem not in lx.aircraft and any(x.stem in lx.rally for x in toks):
        return True  # "وشيع جثمانا الشهيدين، وجابت المسيرة شوارع المدينة"، "انطلقت مسيرة حاشدة": a march
    if i > 1 and prev.stem in lx.operations and shape.in_group(toks[i - 2].stem, lx.operation_bodies):
        return True  # "غرفة عمليات تحرير سرت والجفرة": a body named after its operation
    base = t.stem[1:] if t.stem.startswith(shape.PREP_LI) else t.stem  # "لسيطرة"
    if base in lx.capture or shape.ARTICLE + base in lx.capture:
        # (and control still held: "أن قواتها لا تزال تسيطر على بوروفا")
        return prev.stem in lx.under or prev.stem in lx.subject_to or shape.in_group(prev.stem, lx.held_areas) or \
            (prev.stem in lx.still and not t.brk) or (
            prev.stem in lx.prep_from and t.stem[:1] in shape.PRESENT_PREFIXES and not t.brk  # "من يسيطر عليها"
            and shape.PRESENT_PREFIXES[0] + t.stem[1:] in lx.capture) or (
            prev.stem in lx.command and t.raw.startswith(shape.CONJ)) or (
            prev.stem in lx.relatives and shape.PRESENT_PREFIXES[0] + t.stem[1:] in lx.capture and t.stem[:1] in shape.PRESENT_PREFIXES)
    if i > 1 and t.stem in lx.fire and prev.stem in lx.fire_verbs and shape.in_group(toks[i - 2].stem, lx.held_areas):
        return True  # "بحجة وقوعها في ما يسمى منطقة إطلاق النار 918": a firing zone, a name of an area
    if t.stem in lx.vague_means and (shape.in_group(prev.stem, lx.fire_points) or (  # (also "ونقاط إطلاق النار")
            i > 1 and prev.stem in lx.fire_verbs and shape.in_group(toks[i - 2].stem, lx.fire_points))):
        return True  # "تستهدف بالمدفعية ... نقاط إطلاق النار"، "ترد على مصادر النيران": the fire is the target
    if t.stem in lx.weapons_b and prev.stem in lx.against:
        return True  # "ضربات على صاروخين مضادين للسفن": the missiles are the target
    if t.stem in lx.weapons_b:
        # (after a و too: "مقرات الإرهابيين ومستودعات الطائرات المسيرة")
        return shape.in_group(prev.stem, lx.weapon_holders) or (
            i > 1 and (prev.stem in lx.weapons or prev.stem in lx.aircraft or prev.stem in lx.fire_verbs)
            and shape.in_group(toks[i - 2].stem, lx.weapon_holders))  # "مستودعات الطائرات المسيرة"، "ومنصات إطلاق صواريخ"
    return False


#: Types a modifier can give an attack ("صاروخية"، "مسيرة"، "جوية"، "مدفعية").
_SPECIFIC_MODS = ("drone", "airstrike", "missile", "shelling")
#: The most words between a verb of repelling and the attack it governs (its subject and a time: "وحدات الكتيبة
#: 128 مشاة مساء أمس").
_REPEL_SUBJECT = 7


def _target_noun(lx: Lexicon, tok) -> bool:
    """A military object ("مرابض"، "جنود"، "لجنود"), not the forces that act ("قوات"): a party after it owns the target."""
    stem = tok.stem[1:] if tok.stem[:1] == shape.PREP_LI else tok.stem
    return stem in lx.military_targets and stem not in lx.forces


def _aircraft(lx: Lexicon, tok) -> bool:
    return tok.stem in lx.aircraft or tok.norm in lx.aircraft


def _aircraft_by(lx: Lexicon, tok) -> bool:
    """Aircraft as the instrument ("بالطيران"، "بطائرات")."""
    return tok.stem[:1] == shape.PREP_BI and tok.stem[1:] in lx.aircraft


def _unmanned(lx: Lexicon, toks, lo: int, hi: int) -> str | None:
    """"drone" when an unmanned word follows the aircraft word closely ("طائرة من دون طيار")."""
    for j in range(lo, min(hi, lo + 3)):
        if toks[j].stem in lx.unmanned or toks[j].norm in lx.unmanned:
            return "drone"
        if toks[j].brk:
            break
    return None


def _instrument(lx: Lexicon, toks, k: int, scope_end: int) -> str | None:
    """The type of an instrument phrase at token k ("بطائرة مسيرة"، "بضربات صاروخية"، "بالمدفعية"), or None."""
    stem = toks[k].stem
    if stem in lx.means_preps and k + 1 < len(toks) and not toks[k + 1].brk:
        k, stem = k + 1, shape.PREP_BI + toks[k + 1].stem  # "عبر ضربات جوية"، "باستخدام طائرات مسيرة"
    if not stem.startswith(shape.PREP_BI) or len(stem) < 4:
        return None
    base = stem[1:]
    if (base in lx.num_words or base.isdigit()) and k + 1 < len(toks) and not toks[k].brk:
        k, base = k + 1, toks[k + 1].stem  # "بأربع طائرات مسيرة"، "ب 3 صواريخ"
    elif stem == shape.PREP_BI and k + 1 < len(toks) and toks[k + 1].stem.isdigit() and k + 2 < len(toks):
        k, base = k + 2, toks[k + 2].stem
    elif base in lx.partitive and k + 2 < len(toks) and toks[k + 1].stem in lx.prep_from and not toks[k + 1].brk:
        k, base = k + 2, toks[k + 2].stem  # "بعدد من الصواريخ الباليستية"، "بوابل من القذائف"
        if (base in lx.num_words or base.isdigit()) and k + 1 < len(toks) and not toks[k].brk:
            k, base = k + 1, toks[k + 1].stem  # "بأكثر من عشرين قذيفة"، "بأكثر من 30 صاروخا"
    aircraft = base in lx.aircraft
    if base in lx.rocket_launchers:
        return "shelling"  # "براجمات الصواريخ": multiple rocket launchers, whatever rockets they fire
    head = "airstrike" if aircraft else lx.triggers.get(base)
    for j in range(k + 1, min(len(toks), k + 4)):  # (its modifiers may be the next attack word's scope)
        t = toks[j]
        if t.brk or (shape.starts_with_conj(t.raw) and len(t.norm) > 3):
            break  # (and a second instrument: "بعدد من الصواريخ الباليستية والطائرات المسيرة")
        if aircraft and (t.stem in lx.unmanned or t.norm in lx.unmanned):
            return "drone"
        if t.ty in _SPECIFIC_MODS and shape.is_adjective_form(t.norm):
            return t.ty  # "بضربات صاروخية"، "بهجوم صاروخي"، "بقصف مدفعي"، "بقنابل جوية"، "بطائرة مسيرة"
        if head is None:
            break  # another noun: only its adjective right after could type it
    return head if head in _SPECIFIC_MODS else None


def span_ended_at(lx: Lexicon, toks, k: int) -> bool:
    """A span of a week or more that ended opens at token ``k`` ("خلال الشهر الماضي"، "طوال الأسبوع المنصرم")."""
    return k + 2 < len(toks) and toks[k].stem in lx.during and toks[k + 1].stem in lx.span_nouns \
        and toks[k + 2].stem in lx.span_past


def _over_a_span(lx: Lexicon, toks, i: int, lo: int) -> bool:
    """The clause of the attack word at ``i`` counts over a span of a week or more that ended."""
    return any(span_ended_at(lx, toks, k) and not _boundary(toks, min(k, i), max(k, i))
               for k in range(max(lo, i - 8), min(len(toks) - 2, i + 10)))


def _instrument_between(lx: Lexicon, toks, a: int, b: int) -> bool:
    """An instrument phrase opens just before the attack word at ``b``, no more than ten words after the
    one at ``a`` ("هاجمت أوكرانيا الليلة الماضية بـ 120 طائرة مسيرة"): the weapon of that attack, not
    another attack."""
    if b - a > 10:
        return False
    for k in range(max(a + 1, b - 3), b):
        stem = toks[k].stem
        if stem == shape.PREP_BI or (stem.startswith(shape.PREP_BI) and (
                stem[1:].isdigit() or stem[1:] in lx.num_words or stem[1:] in lx.aircraft)):
            return all(toks[j].stem.isdigit() or toks[j].stem in lx.aircraft or toks[j].stem in lx.num_words
                       for j in range(k + 1, b))
    return False


def _type_of(lx: Lexicon, group, toks, last: int, scope_end: int, seen: frozenset[str] | None = None) -> str:
    """The type of the attack a group of trigger words tells. ``seen``: the sentence's words, when the
    caller has them (the scans for an aircraft are skipped in a sentence that names none)."""
    types = [ty for _, ty, _ in group]
    air = seen is None or not lx.aircraft.isdisjoint(seen)  # (``_aircraft`` reads the stem and the norm: both in ``seen``)
    if types[0] == "other" and toks[group[0][0]].stem in lx.blasts and any(
            toks[k].stem in lx.buildings and not _boundary(toks, group[0][0], k)
            for k in range(group[0][0] + 1, min(len(toks), group[0][0] + 5))):
        return "destruction"  # "أقدم العدو على تفجير عدد من المنازل"، "فجّرت أربعة منازل": houses blown up
    if types[0] == "shelling" and group[0][0] + 1 < len(toks) and toks[group[0][0] + 1].stem in lx.air_modifiers:
        return _unmanned(lx, toks, group[0][0] + 2, len(toks)) or "airstrike"  # "القصف الجوي": bombing from the air
    if any(ty == "airstrike" and (_aircraft(lx, toks[k]) or _aircraft_by(lx, toks[k])) and
           _unmanned(lx, toks, k + 1, min(len(toks), k + 2)) for k, ty, _h in group):
        return "drone"  # "الطيران المسير ضرب تجمعا"، "استهدفت بالطيران المسير": unmanned aviation, a drone strike
    if types[0] == "destruction":
        # destroyed from the air: "دمرت مقاتلاتنا 14 هدفا"، "طائرات مسيرة دمرت منظومة": the strike
        first, n = group[0][0], len(toks)
        for k in [*range(first + 1, min(n, first + 3)), *range(first - 1, max(-1, first - 5), -1)]:
            # (the aircraft's model and nationality may stand between: "طائرات F-16 العراقية دمرت")
            if k > first and toks[k].stem not in lx.own_forces:
                continue  # after the verb an aircraft is what was destroyed ("دمرت طائرة مسيرة"), unless ours
            if _aircraft(lx, toks[k]) and not toks[k].stem.startswith((shape.PREP_BI, shape.PREP_LI)) and (
                    not _boundary(toks, min(k, first), max(k, first)) or (
                        k == first - 1 and toks[first].quote)) and not _not_an_attack(lx, toks, k, seen):
                # (the verb may open the quoted words: 'أن مقاتلاتها "حيدت ثلاثة إرهابيين"')
                return _unmanned(lx, toks, k + 1, n) or ("drone" if toks[k].ty == "drone" else "airstrike")
        # the means named at the end of the clause: 'أعلنت "تحييد خمسة إرهابيين في منطقة متينا" بضربات جوية'
        for k in range(group[-1][0] + 1, min(n, group[-1][0] + 16)):
            if toks[k].brk and not toks[k].quote:  # (past the quote's end)
                break
            ty = _instrument(lx, toks, k, n)
            if ty is not None and ty not in ("generic", "destruction"):
                return ty
        return "destruction"
    first = group[0][0]
    if toks[first].stem in lx.fire_nouns and first + 1 < len(toks):
        ty = _attack_type(lx, toks[first + 1])
        if ty and ty not in ("generic", "destruction"):
            return ty  # "بنيران قناص": a sniper's fire, close combat; "بنيران المدفعية": shelling
    if len(group) > 1 and types[-1] == "ground_attack" and types[0] != "ground_attack" and \
            _feminine_past(toks[group[-1][0]].stem) and not _feminine_past(toks[group[0][0]].stem) and \
            toks[group[0][0]].stem not in lx.attack_verbs:
        # an attack noun, the subject of a verb of assault: "الضربات الجوية كبدت القوات خسائر"، "المسيرات
        # هاجمت": the attack the noun names
        return _type_of(lx, group[:-1], toks, group[-2][0], group[-1][0], seen)
    if any(toks[k].stem in lx.landing for k, _ty, _h in group):
        return "ground_attack"  # "عملية إنزال جوي": troops landed
    window = set(types)
    if "generic" in window and any(ty == "generic" and k + 1 < len(toks) and toks[k + 1].stem in lx.air_modifiers
                                   for k, ty, _h in group):
        window.add("airstrike")  # "الضربات الجوية"
    # Instruments just after the trigger group: "هجمات بالمدفعية", "استهدفت بطائرة مسيرة"; the kind
    # of attack undergone: "تعرضت لهجوم"، "تعرضت لقصف مدفعي".
    for k in range(last + 1, min(scope_end, last + 4)):
        ty = _attack_type(lx, toks[k])
        if ty and ty not in ("generic", "destruction") and not _not_an_attack(lx, toks, k, seen):
            window.add(ty)
    # A drone or missile named as the subject just before: "المسيرة ... شنت غارة" (not the
    # instrument of another clause: "لقصف بالصواريخ، فيما استهدفت المدفعية ...").
    for k in range(max(0, first - 3), first):
        ty = toks[k].ty
        if ty in ("drone", "missile") and not toks[k].stem.startswith(shape.PREP_BI) and not _boundary(toks, k, first) \
                and not (k > 0 and _not_an_attack(lx, toks, k, seen)):
            window.add(ty)
    # Aircraft as the agent: "مقاتلات سلاح الجو قصفت"، "طائرة تابعة لسلاح الجو هاجمت"، "طائرة من دون
    # طيار تركية استهدفت": whatever the verb, an air strike (a drone strike when unmanned).
    for k in (range(max(0, first - 12), first) if air else ()):
        if _aircraft(lx, toks[k]) and not toks[k].stem.startswith(shape.PREP_BI) and (
                (k >= first - 8 and not _boundary(toks, k, first - 1) and (not toks[first].brk or toks[first].quote))
                or (k > 0 and toks[k - 1].stem in lx.that and toks[k + 1].stem in lx.proceed)):
            # (and the clause's subject across an adverbial: "أن الطيران عمد، ظهر أمس، إلى قصف"; and before
            # the quoted words of its statement: 'إن مقاتلاته "ضربت بنى تحتية"')
            window.add(_unmanned(lx, toks, k + 1, first) or "airstrike")
            break
    else:
        # the verb first, the aircraft its subject: "استهدفت طائرة من دون طيار تركية سيارة"
        for k in (range(last + 1, min(len(toks), last + 3)) if air else ()):
            if _aircraft(lx, toks[k]) and not toks[k].stem.startswith((shape.PREP_BI, shape.PREP_LI)) \
                    and not _boundary(toks, last, k) and toks[k].stem not in lx.weapons:
                window.add(_unmanned(lx, toks, k + 1, len(toks)) or "airstrike")
                break
    # A passive verb far from what it underwent: "تعرضت الأحياء ... في مدينة حلب، مساء الأربعاء، لقصف
    # مكثف من الطيران الحربي": the kind is the noun after its ل.
    if passive_verb(lx, toks[first]) and len(window) == 1:
        for k in range(last + 1, min(len(toks), last + 16)):
            ty = _attack_type(lx, toks[k]) if toks[k].stem.startswith(shape.PREP_LI) else None
            if ty:
                if any(toks[j].ty for j in range(k + 1, min(len(toks), k + 3))):
                    break  # a typed mention follows in the claim: it gives the passive its kind and agent
                window.add(ty)
                last, scope_end = k, max(scope_end, min(len(toks), k + 8))
                break
    # Armour as the object, no aircraft about: "استهداف دبابة ميركافا بقذيفة الياسين"، "استهدفوا آليتين
    # للعدو": close combat, whatever the shell.
    if types[0] == "generic" and not window & {"airstrike", "drone"} and first + 1 < len(toks) and \
            toks[first + 1].stem in lx.armour and not any(
                _aircraft(lx, toks[k]) or toks[k].ty in ("airstrike", "drone") for k in range(first + 1, min(scope_end, last + 12))):
        return "ground_attack"
    # A bare attack word, then means of fire from afar of two kinds or more ("تعرضت لهجمات بالمدفعية
    # والصواريخ والضربات الجوية"): an attack by the first means named (a modifier is no means of its own:
    # "بقذائف صاروخية")
    if types[0] == "generic":
        named = []
        for k, ty, _h in group[1:]:
            if ty == "generic" and k + 1 < len(toks) and toks[k + 1].stem in lx.air_modifiers:
                ty = "airstrike"
            if ty in RANGED and toks[k].raw.startswith((shape.CONJ, shape.PREP_BI)):
                named.append(ty)
        if len(set(named)) >= 2:
            return named[0]
    # The instrument after the attack word decides: "استهدف ... بطائرة مسيرة مفخخة"، "بضربات صاروخية"،
    # "بصاروخ باليستي"، "بقنابل جوية" (the head noun of the instrument says little; its modifier says
    # what struck: the modifier decides).
    for k in range(last + 1, min(scope_end, last + 16)):
        if toks[k].ty and not toks[k].stem.startswith(shape.PREP_BI) and toks[k].ty0 not in _SPECIFIC_MODS:
            break  # another attack word: its own instruments
        # (an instrument phrase starts with ب or a word of means: ``_instrument`` finds none elsewhere)
        ty = _instrument(lx, toks, k, scope_end) if toks[k].stem.startswith(shape.PREP_BI) or \
            toks[k].stem in lx.means_preps else None
        if ty is None and air and toks[k - 1].stem in lx.prep_from and _aircraft(lx, toks[k]):
            ty = _unmanned(lx, toks, k + 1, len(toks)) or "airstrike"  # "تعرضت لقصف من الطيران الحربي"
        if ty == "airstrike" and any(t == "drone" and not toks[q].stem.startswith(shape.PREP_BI) for q, t, _h in group):
            return "drone"  # a drone as the subject strikes by air: "اغتالت مسيرة إسرائيلية قياديا بغارة على سيارته"
        if ty is not None:
            return ty
    # An attack word with instruments of two kinds ("قصفا مكثفا بالمدفعية والطائرات المسيرة"،
    # "قصفت بالقذائف الصاروخية"): the attack word says what it was.
    head = next((ty for k, ty, _h in group if ty not in ("generic", "destruction")
                 and toks[k].stem not in lx.weapons_b), None)
    if head is not None:
        kinds = {ty for k, ty, _h in group if toks[k].stem in lx.weapons_b
                 and not (head == "airstrike" and ty == "airstrike")}
        if len(kinds) >= 2:
            if head == "ground_attack" and kinds <= RANGED:
                # "هجوما روسيا بالصواريخ والمسيرات": an attack by fire from afar, of the first means named
                return next(ty for k, ty, _h in group if ty in kinds)
            return head
    if "ground_attack" in types and (seen is None or not lx.armour_b.isdisjoint(seen)) and any(
            shape.strip_b(toks[k].stem) in lx.armour for k in range(first, min(scope_end, last + 6))):
        return "ground_attack"  # "شنت هجوما واسعا باستخدام الدبابات والمدفعية": an assault, with its guns
    if "shelling" in window and (seen is None or not lx.rocket_launchers.isdisjoint(seen)) and any(
            toks[k].stem in lx.rocket_launchers for k in range(max(0, last - 3), min(len(toks), last + 3))):
        return "shelling"
    for ty in _SPECIFIC:
        if ty in window:
            return ty
    return "generic"  # a bare "استهدف / ضرب": the caller picks the attacker's usual weapon


class TriggersStage:
    """The trigger stage of the reader (a mixin of ``Reader``)."""

    # -------------------------------------------------------------- events of one claim
    def _events_in(self, toks, roles, claim: _Claim, total_from: int, trig_at: list[int]) -> list[_Found]:
        lx = self.lx
        lo, hi = claim.start, min(claim.end, total_from)
        attr_lo, attr_hi = claim.attr_span
        if not lx.negation.isdisjoint(self._seen):
            # "... قرب بيتا، ولم يصدر عن الجيش أي تعليق على ما جرى في المغير": a clause where nobody speaks
            # ends the claim; the places after it are not its
            hi = next((k for k in range(lo + 1, hi - 1) if toks[k].stem in lx.negation and toks[k + 1].stem in lx.attr_verbs
                       and (toks[k].brk or toks[k].raw.startswith(shape.CONJ))
                       and bisect_left(trig_at, lo) < bisect_left(trig_at, k)), hi)  # (after an attack word)
        trig: list[tuple[int, str, bool]] = []
        rubric = self._rubric(toks, roles) if self.state.headline else 0
        for i in trig_at[bisect_left(trig_at, lo):bisect_left(trig_at, hi)]:  # the attack words of the claim
            if i < lo or i >= hi or (attr_lo <= i < attr_hi and claim.attr_span != (0, 0)) or i < rubric:
                continue
            if roles[i] and roles[i][0] == PARTY and i > 0 and roles[i - 1] is roles[i]:
                continue  # "هيئة تحرير الشام": a word inside a party's name (not its head: "طيران التحالف")
            if (i > 0 and _not_an_attack(lx, toks, i, self._seen)) or (not lx.arrests.isdisjoint(self._seen) and _arrests(lx, toks, i)):
                continue
            if i == 0 and toks[0].stem in lx.eliminate and _not_an_attack(lx, toks, 0):
                continue  # (also first in its sentence: "القضاء العسكري يصدر ...")
            trig.append((i, toks[i].ty, self._hypothetical(toks, i, lo, claim.stance == DENIAL)))
        if not trig:
            return []
        # Group adjacent trigger words into one event mention ("شن هجمات مكثفة بالمدفعية").
        groups: list[list[tuple[int, str, bool]]] = []
        for tr in trig:
            prev_at = groups[-1][-1][0] if groups else -1
            if groups and (((tr[0] - prev_at <= 4 or _instrument_between(lx, toks, prev_at, tr[0]))
                            and not _boundary(toks, prev_at, tr[0]))
                           or _affiliation_between(lx, toks, roles, prev_at, tr[0])) \
                    and tr[2] == groups[-1][-1][2] and not (
                        toks[tr[0]].raw.startswith(shape.CONJ) and not toks[tr[0]].stem.startswith(shape.PREP_BI)
                        and any(toks[k].stem in lx.target_preps for k in range(prev_at + 1, tr[0]))):
                # (not across a target and a و: "بسط السيطرة على أبو سليم وقذائف تسقط على حي الأندلس")
                groups[-1].append(tr)
            else:
                groups.append([tr])
        finds: list[_Found] = []
        told_on = None  # the attacker of an attack whose targets a relative clause lists
        # "منذ منتصف تشرين الأول"، "منذ بدء الحرب"، "منذ 2019": a count of attacks since then is a war's
        # (the whole sentence's: read once per sentence, not once per claim, which was quadratic in a
        # long sentence of many claims)
        running = self._running
        if running is None:
            running = self._running = not lx.since.isdisjoint(self._seen) and any(
                t.stem in lx.since and k + 1 < len(toks) and (
                    toks[k + 1].stem in lx.war_spans or toks[k + 1].stem in lx.month_words or toks[k + 1].stem.isdigit())
                for k, t in enumerate(toks))
        icpt = _intercepted_it(lx, toks, self._seen, lo, hi)
        # "دون أن تحدد مواقع": where the speaker says it names no place (read once per claim)
        unlocated_at = None if lx.unlocated.isdisjoint(self._seen) else next(
            (k for k in range(lo, len(toks) - 1) if toks[k].stem in lx.unlocated and toks[k + 1].stem in lx.locations), None)
        for gi, g in enumerate(groups):
            first = g[0][0]
            last = g[-1][0]
            scope_end = groups[gi + 1][0][0] if gi + 1 < len(groups) else hi
            if g[0][2]:  # hypothetical / threat / intention: no event, and its target is no place
                continue
            if first > lo and toks[first].stem in lx.retell and toks[first - 1].stem in lx.amid:
                continue  # "وعلى وقع القصف، نزحت العائلات ...": the attack told before, as the circumstance
            if gi > 0 and not groups[gi - 1][0][2] and first > lo and toks[first].stem in lx.mutual \
                    and toks[first - 1].stem in lx.after_words:
                continue  # "صدت قواتنا هجوما على مواقعها في جبهة ثرة، بعد اشتباكات استمرت ساعتين": the fighting of
                # the attack just told, not another event
            if not lx.exchanged_accusations.isdisjoint(self._seen) and any(
                    toks[k].stem in lx.exchanged_accusations and any(shape.in_group(toks[q].stem, lx.exchanged) for q in range(max(lo, k - 12), k))
                    for k in range(max(lo, first - 4), first)):
                continue  # "تبادلت قسد ووزارة الدفاع الاتهامات بقصف مواقع الطرف الآخر": a summary of the claims told after
            if first >= 2 and toks[first - 1].stem in lx.on_prep and toks[first - 2].stem in lx.response_words \
                    and not toks[first - 1].brk:
                continue  # "توعد بالرد على قصف زالنجي": the attack to be answered, told before
            if icpt and any(first < k < scope_end for k in icpt):
                continue  # "أطلقت 40 قذيفة صاروخية نحو خليج حيفا حيث تم اعتراض معظمها": intercepted, no event
            if running and any(toks[k].stem in lx.ongoing or toks[k].stem in lx.daily
                               for k in range(first + 1, min(hi, first + 5))):
                continue  # "تتهم باكو بقصف ستيباناكيرت بشكل متواصل منذ اندلاع المواجهات"، "تتبادل القصف بشكل شبه
                # يومي منذ الثامن من أكتوبر": a campaign since a day long past, no event
            if running and any(toks[k].stem in lx.present_attack and not any(toks[j].comma for j in range(k + 1, first + 1))
                               for k in range(max(lo, first - 6), first + 1)):
                continue  # "ويشن الحوثيون منذ تشرين الثاني هجمات على سفن": a campaign that runs on, no event
            if running and any(toks[k].stem in lx.since for k in range(first + 1, min(hi, first + 6))):
                continue  # "استهدفت المليشيا منذ مطلع العام أكثر من 40 منشأة": what it did since then, a tally
            if running and any(_count_of_ten(lx, toks, k) for k in [*range(max(lo, first - 3), first), *(
                    range(first + 1, min(hi, first + 14)) if passive_verb(lx, toks[first]) else ())]):
                # "تعرضت القوات الأمريكية لأكثر من 140 هجوما منذ منتصف تشرين الأول": a running count
                continue
            if running and any(toks[k].cas == 1 for k in range(max(lo, first - 10), first)) and any(
                    ten_or_more(lx, toks[k].stem) for k in range(max(lo, first - 11), first)):
                continue  # "أكثر من 350 طفلا قتلوا بنيران القنص والقصف في تعز منذ بداية الحرب": a war's toll
                # (with who they were between: "قتل أكثر من 20 عنصرا من القوات الأمنية بهجمات للتنظيم ... منذ مطلع العام")
            if running and any(toks[k].stem in lx.since for k in range(max(lo, first - 20), first)) and any(
                    toks[k].cas == 1 for k in range(max(lo, first - 20), first)):
                continue  # "قتلت المليشيا منذ مطلع العام الجاري 46 مدنيا بالقنص والقصف": the dead since a day
                # long past, by these means, a running toll
            if running and any(toks[k].tot == 1 for k in range(max(lo, first - 6), first)):
                continue  # "يرتفع عدد ضحايا قصف الميليشيا على تعز منذ مطلع العام": a running toll
            if running and any(toks[k].cas or toks[k].tot or toks[k].stem in lx.victims
                               for k in range(max(lo, first - 2), first)) and any(
                    toks[k].stem in lx.since for k in range(first + 1, min(hi, first + 12))):
                continue  # "ضحايا القصف الحوثي في مديريتي مقبنة وموزع منذ مطلع العام بلغ 47": the victims of a
                # campaign since a day long past, a running toll
            inst_end = scope_end
            if gi + 1 < len(groups) and toks[groups[gi + 1][0][0]].stem.startswith(shape.PREP_BI) and \
                    not passive_verb(lx, toks[first]):
                # "استهدف تجمعا للجنود في بلدة X بصاروخين موجهين": the instrument after the target is this attack's
                inst_end = groups[gi + 2][0][0] if gi + 2 < len(groups) else hi
            ty = _type_of(lx, g, toks, last, inst_end, self._seen)
            relative = first > 1 and toks[first - 1].stem in lx.relatives and \
                strip_article(toks[first - 2].stem) in lx.target_nouns
            if relative and finds and finds[-1].typed:
                # "نفذتا 6 غارات على العاصمة صنعاء ... المواقع التي استهدفت هي X": the targets of the
                # attack told before, named now (and the list goes on: "وY (غارتان)")
                ty = finds[-1].event_type if ty == "generic" else ty
                attacker = told_on = finds[-1].attacker
            else:
                attacker = self._attacker(toks, roles, lo, first, last, claim, ty)
                if told_on is not None and attacker in (None, SELF, claim.claimant):
                    attacker = told_on
            if attacker is None and gi > 0 and groups[gi - 1][-1][1] == "generic" and \
                    toks[groups[gi - 1][-1][0]].stem in lx.light_verbs and first - groups[gi - 1][-1][0] <= 9:
                # "أنه شن ليل الاثنين الثلاثاء أكثر من 350 غارة": the object of the verb before
                prev = self._attacker(toks, roles, lo, groups[gi - 1][0][0], groups[gi - 1][-1][0], claim, "generic")
                attacker = prev
            if self._repelled(toks, lo, first, 3) \
                    and attacker in (SELF, claim.claimant, None):
                # (also past the subject and a time: "تصدت قواتنا فجر اليوم لهجوم واسع")
                # "قواتنا صدت هجمات في اتجاه X": the attack repelled is the other side's, the one
                # this speaker named last ("قصف الجيش الأذربيجاني ...، وإن وحداتنا تصد الهجمات")
                prev = finds[-1].attacker if finds else self.state.last_attacker.get(claim.claimant)
                attacker = prev if prev not in (SELF, claim.claimant) else None
            typed = True
            # the attack a generic word goes on with: the one told just before, past weapons shot down
            # ("هاجمت روسيا بـ 120 مسيرة، وتم إسقاط 85 منها، فيما أصابت البقية منشآت في أوديسا")
            told = finds[-1] if finds else None
            if told is not None and told.event_type == "destruction" and not told.places:
                told = next((x for x in reversed([*finds[:-1], *told.earlier]) if x.event_type != "destruction" and x.typed),
                            told)
            if finds and not finds[-1].places and finds[-1].event_type == "destruction" and \
                    all(toks[i].stem in lx.weapons for i, _t, _h in g) and \
                    not any(toks[q].stem in lx.impact for q in range(finds[-1].trigger + 1, first)):
                # (not the subject of a verb of impact: "إسقاط 85 مسيرة، فيما أصابت مسيرات أخرى منشآت في أوديسا")
                # "دمرت، يوم أمس، منظومات مدفعية"، "أسقطت طائرة مسيرة": the weapon is what was destroyed
                ty, attacker = "destruction", finds[-1].attacker if attacker is None else attacker
            elif ty == "generic" and finds and not finds[-1].places and told.typed and \
                    toks[first].stem not in lx.retell:
                # "أطلقت عملية جوية ... استهدفت مواقع في X": the attack named just before, now placed
                ty, attacker = told.event_type, attacker or told.attacker
            if ty == "generic" and toks[first].stem in lx.participles and finds:
                # "شنت غارات جوية ...، مستهدفة X": the participle goes on with the action before it.
                ty, attacker = finds[-1].event_type, finds[-1].attacker
            elif ty == "generic" and (toks[first].stem in lx.retell or toks[first].stem in lx.reach) and finds \
                    and finds[-1].typed:
                # "استهدفت غارات جوية ... مدنا وقرى في قضاءي صور وبنت جبيل، طالت بلدات من بينها X":
                # the attack of this sentence, told on
                ty, attacker = finds[-1].event_type, attacker or finds[-1].attacker
            elif ty == "generic" and toks[first].stem in lx.retell and attacker is None and \
                    self.state.last_found.get(claim.claimant):
                # "أدى العدوان إلى ...": the attack this speaker told just before.
                ty, attacker = self.state.last_found[claim.claimant]
            if ty == "generic":
                # Fire from a distance; its usual form for this attacker when the profile says
                # (air forces such as Israel's or the coalition's), else shelling.
                ty = self.default_types.get(attacker if attacker != SELF else claim.claimant, "shelling")
                typed = False
            elif claim.claimant:
                self.state.last_found[claim.claimant] = (ty, attacker)
            f = _Found(ty, first, attacker, typed=typed, negated=self._negated(toks, first, lo),
                       named=frozenset(toks[k].ty for k in range(first, min(inst_end, last + 10)) if toks[k].ty in RANGED
                                       and toks[k].stem not in lx.attack_verbs and toks[k].stem not in lx.vague_means)
                       if typed else frozenset())
            agent = claim.claimant if attacker == SELF else attacker
            # "بقصف مدينة بردعة بصواريخ"; after a passive verb its subject: "تعرضت ستيباناكيرت لقصف"
            # ("تم قصف X": the object of a passive periphrasis)
            f.places = self._places(toks, roles, first + 1, scope_end, agent,
                                    slot=passive_verb(lx, toks[first]) or (first > 0 and toks[first - 1].stem in lx.passive_aux),
                                    own=claim.claimant)
            if len(f.places) > 1 and not lx.roads.isdisjoint(self._seen):
                # "وقطعوا الطريق الدولي حلب - دمشق": a road named by the towns it joins
                pair = {n for n in range(1, len(f.places)) if toks[f.places[n].start].dash
                        and f.places[n - 1].end == f.places[n].start and any(
                            toks[q].stem in lx.roads for q in range(max(lo, f.places[n - 1].start - 3), f.places[n - 1].start))}
                f.places = [p for n, p in enumerate(f.places) if n not in pair and n + 1 not in pair]
            if f.places and not lx.short_of.isdisjoint(self._seen):
                # "اعترضت صاروخا أطلق من اليمن قبل عبوره إلى الأراضي الإسرائيلية": not reached, not hit
                f.places = [p for p in f.places if not any(
                    toks[q].stem in lx.short_of and toks[q - 1].stem in lx.before
                    for q in range(max(1, p.start - 3), p.start))]
            if f.places and unlocated_at is not None and unlocated_at > first and \
                    all(p.place.kind == "country" for p in f.places):
                continue  # "حيدت 25 إرهابيا في شمال سوريا والعراق، دون أن تحدد مواقع الضربات": placed nowhere
            if not f.places:
                f.places = self._place_before(toks, roles, lo, first, scope_end, claim.stance == DENIAL)
            if not f.places and claim.attr_span != (0, 0) and not any(x.places for x in finds):
                f.places = self._jurisdiction(toks, roles, attr_lo, first)
            elif passive_verb(lx, toks[first]):
                # "أن مطار معيتيقة تعرض لقصف ...، ما أدى إلى تحويل الرحلات إلى مطار مصراتة": the
                # subject of the passive verb is what was hit; places after it are elsewhere
                before = self._place_before(toks, roles, lo, first, scope_end, claim.stance == DENIAL)
                if before and before[-1].end >= first - 1:
                    f.places = before
            if relative and finds and f.places and finds[-1].places:
                # "نفذتا 6 غارات على العاصمة صنعاء ... المواقع التي استهدفت في العاصمة هي النهدين ...":
                # the town the counted strikes hit is told by its targets, no event of its own
                kept = [ps for ps in finds[-1].places if not any(
                    q.place.id != ps.place.id and self.gz.inside(q.place, ps.place) for q in f.places)]
                if kept != finds[-1].places:
                    finds[-1].places = kept
                    if not kept:
                        f.earlier = [*finds[-1].earlier, finds[-1]]
                        finds.pop()
            if finds and finds[-1].places and not finds[-1].typed and passive_verb(lx, toks[finds[-1].trigger]) \
                    and any(toks[k].stem.startswith(shape.PREP_LI) and lx.triggers.get(toks[k].stem[1:])
                            for k in range(max(lo, first - 1), first + 1)):
                # "تعرضت مدينة ستيبانكرت، عاصمة الإقليم، الليلة الماضية، لقصف صاروخي ...": the object of
                # the passive, far from it, is the same attack (its kind and agent), whatever follows it
                _passive_kind(lx, toks, finds[-1], f)
            elif f.places or not finds:
                finds.append(f)
            elif finds and not finds[-1].places:
                f.earlier = [*finds[-1].earlier, finds[-1]]
                finds[-1] = f
            else:
                _passive_kind(lx, toks, finds[-1], f)
        # An unlocated mention right after a located one is the same event retold ("القصف أدى إلى").
        merged: list[_Found] = []
        for f in finds:
            if not f.places and merged and merged[-1].places:
                _passive_kind(lx, toks, merged[-1], f)
                continue
            merged.append(f)
        return merged

    def _negated(self, toks, i: int, lo: int) -> bool:
        """Whether the attack word at ``i`` is said not to have happened: "لم نستهدف"، "لم تطلق أي قذيفة"،
        "لا علاقة للقوات الجوية الروسية بالغارات"."""
        lx = self.lx
        if i - 1 >= lo and toks[i - 1].stem in lx.negation:
            return True
        if (toks[i].stem in lx.aircraft or toks[i].ty0 == "drone") and not lx.negation.isdisjoint(self._seen):
            # "الطيران المسير لم ينفذ أي طلعات فوق السواني"، "الطيران المسير لم يقصف السواني": the aircraft,
            # subject of a negated verb of launching or attack, did not strike
            n = len(toks)
            for k in range(i + 1, min(n - 1, i + 3)):
                if toks[k].brk:
                    break
                if toks[k].stem in lx.negation:
                    v = toks[k + 1].stem
                    if not toks[k + 1].brk and (v in lx.light_verbs or v in lx.attack_verbs or v in lx.present_attack):
                        return True
                    break
        if i - 1 >= lo and toks[i - 1].stem in lx.ma_not and (toks[i].stem.endswith(shape.WE_PAST) or (
                i + 1 < len(toks) and not toks[i + 1].brk and (toks[i + 1].stem in lx.any_ or toks[i + 1].stem in lx.not_))):
            # "نحن ما ضربنا أي مستشفى"، "الجيش ما قصف أي مدرسة"، "قواتنا ما ضربت ولا بيت": "ما" before what was done,
            # by us or with "any"/"not even" after it, negates it (not "ما أدى إلى"، "ما قصفته الطائرات")
            return True
        if i - 2 >= lo and toks[i - 2].stem in lx.negation and toks[i].stem in lx.own_forces and \
                not toks[i].brk and not toks[i - 1].brk:
            return True  # "لم تنفذ مسيّراتنا أي ضربة": our weapon, the subject of the verb negated
        if i - 3 >= lo and toks[i - 3].stem in lx.negation and toks[i - 1].stem in lx.any_ and \
                toks[i - 2].stem in lx.fire_verbs:
            return True
        if toks[i].stem in lx.fire:
            # "لم تطلق وحدات الجيش النار على قرية تيغ": the verb of firing negated, its subject between
            k = _fire_verb(lx, toks, i, lo)
            if k is not None and k - 1 >= lo and toks[k - 1].stem in lx.negation:
                return True
        if i - 4 >= lo and toks[i - 1].stem in lx.any_:
            # "لم تطلق قواتنا أي قذيفة"، "لم تنفذ مسيّراتنا أي ضربة": the verb and its subject between (not
            # "لم تنفذ أي غارة على طيردبا حتى الساعة": no subject, nothing happened yet)
            for k in range(i - 4, max(lo - 1, i - 6), -1):
                if any(toks[q].brk for q in range(k + 1, i + 1)):
                    break
                if toks[k].stem in lx.negation:
                    return True
        if not lx.no_link.isdisjoint(self._seen) and any(
                toks[k].stem in lx.no_link and k > 0 and toks[k - 1].stem in lx.not_
                and not any(toks[j].brk for j in range(k, i)) for k in range(max(lo, i - 6), i)):
            return True
        if not lx.truth_nouns.isdisjoint(self._seen) and any(
                shape.strip_li(toks[k].stem) in lx.talk_nouns and toks[k - 1].stem in lx.truth_nouns
                and toks[k - 2].stem in lx.not_ and not any(toks[q].brk for q in range(k + 1, i + 1))
                for k in range(max(lo + 2, i - 6), i)):
            return True  # "لا صحة لاتهام قواتنا باستهداف أي مدني"، "لا صحة للأنباء عن قصف": the talk called false first
        if not (lx.baseless.isdisjoint(self._seen) and lx.truth_nouns.isdisjoint(self._seen)) and any(
                toks[k].stem in lx.talk_about and any(toks[t].stem in lx.talk_nouns and not any(
                    toks[q].brk for q in range(t + 1, k + 1)) for t in range(max(lo, k - 8), k))
                for k in range(max(lo + 1, i - 5), i)):
            # "المعلومات عن ضرب سيارة مدنية في آغديره عارية عن الصحة"، "الحديث عن استهداف الأحياء أكاذيب"، "الأنباء
            # عن قصف X لا أساس لها من الصحة"، "المعلومات التي نشرتها الوزارة عن إطلاق النار ... لا تتوافق مع
            # الحقيقة": the talk of the attack (a relative clause may stand between) is called false
            n = len(toks)
            for k in range(i + 1, min(n, i + 16)):
                s = toks[k].stem
                if s in lx.baseless or (s in lx.truth_nouns and k > 2 and (
                        toks[k - 1].stem in lx.not_ or toks[k - 2].stem in lx.not_ or toks[k - 3].stem in lx.not_)):
                    return True
        return False

    def _rubric(self, toks, roles) -> int:
        """The end of a headline's rubric: the few words before a colon that name the coverage, not
        an event ("العدوان على غزة: غارات على مخيم الشابورة"، "حرب المسيرات في قره باغ: ..."); 0 when
        there is none (a speaker before the colon is no rubric: "باكو: ...")."""
        for j in range(1, min(len(toks), 6)):
            if ":" in self._parts[2 * self._kidx[j]] and not (toks[j - 1].stem.isdigit() and toks[j].stem.isdigit()):
                if any(roles[k] and roles[k][0] == PARTY and roles[k][2] in ("speaker", "institution")
                       for k in range(j)):
                    return 0
                return j
        return 0

    def _repelled(self, toks, lo: int, i: int, near: int = 0) -> bool:
        """Whether the attack word at ``i`` ("لهجوم") is the object of a verb of repelling before it, with
        at most its subject between ("تصدت قواتنا لهجوم"، "تصدت وحدات الكتيبة 128 مشاة لهجوم"); with
        ``near``, also when one of the ``near`` words before it is a verb of repelling, whatever lies between."""
        if self.lx.repel.isdisjoint(self._seen):
            return False  # (a sentence with no verb of repelling: most)
        if near and any(toks[k].stem in self.lx.repel for k in range(max(lo, i - near), i)):
            return True
        for k in range(i - 1, max(lo - 1, i - _REPEL_SUBJECT - 2), -1):
            if toks[k].stem in self.lx.repel:
                return True
            if toks[k + 1].brk or toks[k].ty or toks[k].attr:
                return False
        return False

    def _shoots_down(self, toks) -> bool:
        """Whether the sentence tells of something shot down or destroyed (once per sentence: a long
        sentence of many drones stays linear)."""
        got = self._destruction
        if got is None:
            got = self._destruction = "destruction" in map(_TY0, toks)  # (in C)
        return got

    _hypo_memo = (None, ())  # (the sentence's words, ``_hypo_words`` of them)

    def _hypo_words(self) -> tuple[bool, ...]:
        """Which of the word groups ``_hypothetical``'s rules look for the sentence holds, found once per
        sentence (``_hypothetical`` is asked about every attack word of every claim)."""
        seen = self._seen
        memo = self._hypo_memo
        if memo[0] is not seen:
            lx = self.lx
            memo = self._hypo_memo = (seen, (
                not lx.press_topics.isdisjoint(seen) and not lx.media.isdisjoint(seen),
                not lx.condemn.isdisjoint(seen),
                not (lx.repel.isdisjoint(seen) and lx.intercept.isdisjoint(seen)),
                not lx.overflight.isdisjoint(seen) and lx.attack_verbs.isdisjoint(seen),
                not lx.passive.isdisjoint(seen),
                not lx.topic_nouns.isdisjoint(seen),
                not lx.start_of.isdisjoint(seen),
                not lx.funeral.isdisjoint(seen),
                not lx.threat_verbs.isdisjoint(seen),
                not (lx.foil.isdisjoint(seen) and lx.foil_nouns.isdisjoint(seen)),
                not lx.negation.isdisjoint(seen),
                not (lx.hypo.isdisjoint(seen) and lx.purpose.isdisjoint(seen))))
        return memo[1]

    def _hypothetical(self, toks, i: int, lo: int, denial: bool = False) -> bool:
        lx = self.lx
        (w_press, w_condemn, w_repel, w_overflight, w_passive, w_topics, w_start, w_funeral, w_threat, w_foil, w_negation,
         w_hypo) = self._hypo_words()
        if denial and i > lo and toks[i - 1].stem in lx.loss_words and not toks[i].brk:
            return True  # "وتنفي فقدان السيطرة على البلدة": the other side's capture denied, no event
        t = toks[i]
        if t.stem in lx.fire:
            # fire is an attack only as "أطلقت (القوات) النار على X"، "إطلاق النار على"; never in a
            # ceasefire ("وقف إطلاق النار"، "خرق الهدنة") or a figure of speech
            # (the firer may stand between: "أطلقت طائرة كواد كابتر إسرائيلية النار")
            k = _fire_verb(lx, toks, i, lo)
            if k is None or (k > lo and toks[k - 1].stem in lx.cease):
                return True
        if i > lo and toks[i - 1].stem in lx.halt:
            return True  # "أعلن وقف قصف مدينة كنجا": a halt, no attack
        if w_press and any(
                toks[k].stem in lx.press_topics and any(toks[q].stem in lx.media for q in range(k + 1, min(i, k + 4)))
                for k in range(lo, i)):
            return True  # "تناولت الصحف الصادرة اليوم عددا من الملفات، أبرزها الهجوم على ...": a topic of the review
        if ((i > lo + 1 and toks[i - 1].stem in lx.target_preps and toks[i - 2].stem in lx.response) or (
                i > lo and toks[i].stem[:1] == shape.PREP_LI and toks[i - 1].stem in lx.response)) and \
                any(toks[k].stem in lx.ongoing for k in range(i + 1, min(len(toks), i + 4))):
            return True  # "جاء ردا على العدوان الإسرائيلي المتواصل على القطاع": the reason, a campaign, no event
        if w_condemn and any(toks[k].stem in lx.condemn for k in range(max(lo, i - 5), i)) \
                and any(toks[k].stem in lx.ongoing for k in range(i + 1, min(len(toks), i + 3))):
            return True  # "دان رئيس الحكومة الاعتداءات المتواصلة على الجنوب": a campaign condemned, no event
        if (t.ty0 == "destruction" or (t.ty0 in ("drone", "missile") and self._shoots_down(toks) and any(
                toks[k].ty0 == "destruction" for k in range(max(lo, i - 4), i)))) and any(
                toks[k].stem in lx.attacking_munitions or (toks[k].stem in lx.short_of and toks[k - 1].stem in lx.before)
                or (toks[k].ty0 == "missile" and k < i + 4 and any(
                    toks[q].stem in lx.downing for q in range(max(lo, i - 4), i + 1)))
                for k in range(i, min(len(toks), i + 12))):
            return True  # "أسقطت المضادات مسيرتين انتحاريتين"، "أسقطت مسيرتان قبل بلوغهما هدفيهما": intercepted
        if t.ty0 in ("drone", "missile") and w_repel:
            for k in range(i - 1, max(lo - 1, i - 14), -1):
                if (toks[k].stem in lx.repel and toks[k].stem not in lx.detect) or toks[k].stem in lx.intercept:
                    # "تصدت المضادات الأرضية فجر اليوم لموجة من المسيرات": drones or missiles intercepted (unless
                    # one got through: "وسقطت إحداها على مستودع للوقود بميناء سواكن")
                    # (debris falling is no weapon getting through: "وأن حطام إحداها سقط على سطح مستودع")
                    return not any(shape.in_group(toks[q].stem, lx.impact) and not any(
                        toks[d].stem in lx.debris for d in range(max(i, q - 3), q)) for q in range(i + 1, len(toks)))
                if toks[k + 1].brk or (toks[k].ty0 and toks[k].ty0 != "destruction"):
                    break  # (across "ودمرت": "اعترضت ودمرت 52 طائرة مسيرة")
        if (t.stem in lx.aircraft or (t.ty0 == "drone" and not self._shoots_down(toks))) and \
                w_overflight:
            return True  # "لم يغادر الطيران المعادي أجواء المنطقة، وسط تحليق لطائرات الاستطلاع"، "عادت المسيرات إلى
            # سماء النبطية": flying over, no strike
        passive = w_passive and \
            not lx.passive.isdisjoint([toks[k].stem for k in range(max(lo, i - 12), i)])
        if not passive and (t.stem in lx.purpose or (t.stem.startswith(shape.PREP_LI) and lx.triggers.get(t.stem[1:]))) \
                and not self._repelled(toks, lo, i):
            return True  # (not "تصدت قواتنا لهجوم"، "تصدت وحدات الكتيبة 128 مشاة لهجوم": the attack repelled)
        if t.stem[:2] in shape.FUTURE and lx.triggers.get(t.stem[1:]):
            return True  # future: ستقصف
        if w_topics and any(
                toks[k].stem in lx.topic_nouns and any(":" in self._parts[2 * self._kidx[q]] for q in range(k + 1, i + 1))
                for k in range(min(3, i))):
            return True  # "ملفاتنا الليلة ثلاثة: هجوم دام شمال بغداد، وضربات في صحراء الأنبار": topics told later
        if w_start and any(
                shape.in_group(toks[k].stem, lx.since) and k + 1 < len(toks) and toks[k + 1].stem in lx.start_of
                for k in range(min(2, len(toks)))):
            return True  # "ومنذ مطلع العام، قتل أكثر من 70 مدنيا بالقصف الروسي": a running total, no event
        if not lx.during.isdisjoint(self._seen) and _over_a_span(lx, toks, i, lo):
            return True  # "نفذ المستوطنون أكثر من 400 اعتداء خلال الشهر الماضي": a tally over a span, no event
        if i > lo and toks[i - 1].stem in lx.until and not toks[i].brk and t.stem not in lx.attack_verbs:
            return True  # "ستتواصل العمليات حتى تطهير المنطقة": a goal, no event
        if i > lo and toks[i - 1].stem in lx.negation and not denial and passive_verb(lx, t):
            return True  # "المحطة لم تتعرض لأي هجوم": nothing happened (an active verb negated is a denial)
        if i > lo + 2 and not denial and toks[i - 1].stem in lx.any_ and passive_verb(lx, toks[i - 2]) and \
                toks[i - 3].stem in lx.negation:
            return True  # "الميناء لم يتعرض لأي استهداف": the noun after the negated passive verb and "any"
        if w_funeral and _died_in(lx, toks, i, lo):
            return True  # "شيعت مدينة المرج جثمان أحد أبنائها الذي قضى في معارك محور قنفودة": how a mourned man died
        if t.norm[:1] == shape.PREP_BI and t.stem not in lx.attack_verbs and w_threat \
                and any(toks[k].stem in lx.threat_verbs and not _boundary(toks, k, i) for k in range(max(lo, i - 9), i)):
            return True  # "وهدد قائد ميداني في الدعم السريع باقتحام مدينة الدلنج": the object of a threat or a vow
        if w_foil and \
                t.stem not in lx.attack_verbs and any(
                    (toks[k].stem in lx.foil_nouns or (shape.in_group(toks[k].stem, lx.foil) and not (
                        all(toks[q].datew for q in range(k + 1, i)) and not t.norm.endswith(shape.ACC_ENDING))))
                    and not _boundary(toks, k, i) for k in range(max(lo, i - 6), i)):
            # "أحبطت قواتنا في اليوم التالي هجوما مماثلا قرب البوكمال"، "إحباط هجوم": foiled, it did not happen
            # (not the subject right after the verb: "وقد أحبط هجوم حفتر على طرابلس مساعي الأمم المتحدة")
            return True
        if w_negation and any(
                toks[k].stem in lx.announce and k > lo and toks[k - 1].stem in lx.negation and not _boundary(toks, k, i)
                and not any(toks[q].stem in lx.responsibility_nouns for q in range(k + 1, i))
                for k in range(max(lo + 1, i - 6), i)):
            return True  # "ولم يعلن أي من الطرفين تغييرا في السيطرة على بابنوسة": nothing announced (not "لم تعلن
            # أي جهة مسؤوليتها عن الهجوم": the attack happened, only its author is unknown)
        if not w_hypo:
            return False  # (the loop below returns True only on a word of intent or purpose: none in the sentence)
        # (a relative clause between reaches further: "التهديدات التي أطلقها إعلام النظام باقتحام جبل الزاوية")
        reach = 8 if any(toks[k].stem in lx.relatives for k in range(max(lo, i - 5), i)) else 5
        for k in range(i - 1, max(lo - 1, i - reach), -1):
            if toks[k + 1].brk and k < i - 1:
                break  # a clause boundary between
            if toks[k].stem in lx.may and (k > 0 and toks[k - 1].stem in lx.be or _past(lx, toks[k + 1].stem)):
                continue  # "أن تكون قد استهدفت": perfect tense, not "may"
            if toks[k].stem in lx.any_ and (denial or self._negated(toks, i, lo)):
                continue  # "نفت قيامها بأي قصف"، "لم تطلق قواتنا أي قذيفة": the denied attack, no threat
            if toks[k].stem in lx.repel and t.ty == "ground_attack":
                continue  # "تصدت قواتنا لهجوم واسع للميليشيا على مدينة بارا": repelled, the other side's attack
            if toks[k].stem in lx.hypo and k > lo and toks[k - 1].stem in lx.posed:
                continue  # "اقتربوا من القوات بشكل شكّل تهديدا فوريا، فتمت تصفيتهم": the reason given, no threat
            if toks[k].stem in lx.hypo and k > lo and toks[k - 1].stem in lx.repel and t.ty == "ground_attack" and \
                    toks[k - 1].stem not in lx.detect and not shape.in_group(toks[k - 1].stem, lx.foil):
                continue  # "صدت محاولة تقدم للمليشيا في جبهة عسيلان": the attempt repelled, a clash (as "تصدت لمحاولة")
            if toks[k].stem in lx.hypo and k + 1 < i and toks[k + 1].stem in lx.affiliation:
                continue  # "مسلحين يرجح انتماؤهم لتنظيم داعش هاجموا": the hedge is on who they are
            if toks[k].stem in lx.hypo or (toks[k].stem in lx.purpose and not passive):
                return True
        return False

    def _attacker(self, toks, roles, lo, first, last, claim: _Claim, ty: str) -> str | None:
        lx = self.lx
        attr_lo, attr_hi = claim.attr_span
        passive = passive_verb(lx, toks[first])
        if passive:
            # "تعرضت X لقصف أذربيجاني"، "لهجوم بطائرة مسيرة أرمينية": the attack undergone names its
            # attacker by an adjective (its subject is the victim, never the attacker)
            for k in range(first + 1, min(len(toks) - 1, first + 16)):
                if k >= first + 5 and not (toks[k].stem.startswith(shape.PREP_LI) and _attack_type(lx, toks[k])):
                    continue  # (far from the verb only the ل of what it underwent: "تعرض مبنى ...، ليلا، لغارة إسرائيلية")
                if _attack_type(lx, toks[k]):
                    for a in range(k + 1, min(len(toks), k + 4)):
                        r = roles[a]
                        if r and r[0] == PARTY and r[2] == "cue" and _adjective(toks[a], toks[a - 1]):
                            return r[1]
                        if toks[a].brk or toks[a].stem in lx.target_preps:
                            break
                    for a in range(k + 1, min(len(toks) - 1, k + 5)):
                        if a > k + 1 and toks[a].brk:
                            break
                        if toks[a].stem in lx.prep_from:  # "لقصف مكثف من القوات الأذربيجانية": the agent
                            for b in range(a + 1, min(len(toks), a + 4)):
                                r = roles[b]
                                if r and r[0] == PARTY and r[2] in ("cue", "institution"):
                                    return r[1]
                                if b > a + 1 and toks[b].brk:
                                    break
                            break
                    break
        if ty != "destruction" and first + 1 < len(toks):
            r = roles[first + 1]
            if r and r[0] == PARTY and r[2] == "cue" and _adjective(toks[first + 1], toks[first]) and (
                    shape.is_definite(toks[first].norm) or not toks[first + 1].norm.startswith(shape.ARTICLE)):
                # "الغارات الروسية"، "قصف أذربيجاني"، "هجمات أرمينية": the adjective of the attack word (a
                # definite one only after a definite word: "هاجمت الميليشيا" is the verb and its object)
                return r[1]
        for k in range(first + 1, min(len(toks) - 2, last + 8)):
            if k > last and toks[k].brk:
                break
            if toks[k].stem in lx.prep_from and toks[k + 1].stem in lx.agent_nouns:
                # "لقصف صاروخي من جانب القوات الأذربيجانية"، "من الجانب الأرميني": the passive's agent
                for a in range(k + 1, min(len(toks), k + 5)):
                    r = roles[a]
                    if r and r[0] == PARTY and r[2] != "speaker":
                        return r[1]
                break
            if k <= last + 1 and toks[k].stem in lx.prep_from and not passive:
                # "جراء هجوم صاروخي من أرمينيا على كنجا": the attack's origin, a party, right after it
                r = roles[k + 1]
                if r and r[0] == PARTY and r[2] in ("cue", "institution") and r[1] != claim.claimant:
                    return r[1]
        if toks[first].stem in lx.capture:
            if toks[first].stem in lx.capture_verbs:
                # "أن القوات الأرمينية سيطرت على ...": a subject named before the verb took it
                got = self._subject_before(toks, roles, lo, first, claim)
                if got is not None:
                    return got
            return SELF  # "أعلن علييف تحرير مدينة زنغيلان": the speaker's side took it
        # The agent named in a relative clause: "هجوم شنه مسلحون من تنظيم الدولة", "غارات شنها
        # الطيران الروسي" (not the victims named before: "قتل 23 من قوات النظام في هجوم ...").
        for k in range(first + 1, min(len(toks), last + 4)):
            if toks[k].stem in lx.agent_verbs:
                for a in range(k + 1, min(len(toks), k + 6)):
                    r = roles[a]
                    if r and r[0] == PARTY:
                        return r[1]
                    if toks[a].brk or toks[a].stem in lx.target_preps:
                        break  # "شنه مسلحون مجهولون على مواقع للحشد": the party after "على" is the target
                break
        w = toks[first].stem
        if (w.endswith(shape.WE_PAST) and lx.triggers.get(w[:-len(shape.WE_PAST)])) or (
                w.startswith(shape.WE_PRESENT) and lx.triggers.get(shape.PRESENT_PREFIXES[0] + w[1:])):
            return SELF  # "قصفنا مواقع النظام"، "نستهدف": the speaker's side
        if claim.attr_span != (0, 0) and toks[attr_lo].stem in lx.announce and attr_hi <= first and \
                claim.stance != DENIAL and first + 1 < len(toks) and toks[first + 1].stem in lx.military_targets and all(
                    toks[k].stem in lx.date_words or toks[k].stem.isdigit() or toks[k].stem in lx.ranks
                    or (roles[k] and roles[k][0] == PARTY) for k in range(attr_hi, first)):
            return SELF  # "القسام تعلن استهداف دبابة"، "أعلن الجيش، اليوم، قصف مواقع": its own attack
        th = first - 1
        while th > attr_hi and (toks[th].stem in lx.partitive or toks[th].stem in lx.prep_from or toks[th].stem.isdigit()):
            th -= 1  # "أنها أطلقت عددا من الصواريخ"، "أنه شن 20 غارة"
        if th > 0 and toks[th].stem in lx.light_verbs:
            th -= 1
        if th >= 0 and toks[th].stem in lx.that and toks[th].stem not in lx.that_plain and \
                attr_hi <= th <= attr_hi + 4 and claim.attr_span != (0, 0):
            return SELF  # "أعلن الجيش الإسرائيلي أنه شن غارات"، "أعلنت أنها وجهت ضربة": the speaker did it
        for k in range(first + 1, last + 1):
            own = self._own_arm(toks, roles, k)
            if own is not None:
                return own  # "مقاتلات سلاح الجو أغارت": the speaker's air force
            r = roles[k]
            if r and r[0] == PARTY and r[2] == "cue" and k < last and (shape.is_nisba(toks[k].norm) or (
                    toks[k - 1].ty and not _feminine_past(toks[k - 1].stem) and toks[k - 1].stem not in lx.attack_verbs)):
                # inside the attack words: "طائرات مسيرة أذربيجانية قصفت"، "طيران حفتر استهدف" (not the
                # object between a verb and its instrument: "هاجمت أوكرانيا بـ 120 طائرة مسيرة")
                return r[1]
        if ty != "destruction" and last + 1 < len(toks) and (last > first or toks[last].stem in lx.weapons):
            # (also a weapon named alone, not as an instrument: "مسيّرة هجومية روسية أصابت حافلة"; "قصفت
            # بالهاون مواقع أرمينية" names the target's side)
            r = roles[last + 1]
            if r and r[0] == PARTY and r[2] == "cue" and (toks[last + 1].norm.startswith(shape.ARTICLE)
                                                          or shape.is_nisba(toks[last + 1].norm, toks[last].norm)):
                return r[1]  # "قصفت المدفعية التركية"، "طائرة مسيرة مفخخة إسرائيلية": the instrument's adjective
            if last + 2 < len(toks) and not toks[last + 1].brk and toks[last + 1].stem not in lx.target_preps \
                    and not toks[last + 1].raw.startswith((shape.PREP_BI, shape.PREP_LI, shape.CONJ)) \
                    and not _target_noun(lx, toks[last + 1]):  # (not "قصفت بالهاون مواقع أرمينية": whose the target is)
                r = roles[last + 2]
                if r and r[0] == PARTY and r[2] == "cue" and shape.is_nisba(toks[last + 2].norm, toks[last + 1].norm):
                    return r[1]  # "استهدفت طائرة مسيرة مفخخة إسرائيلية": past the instrument's own adjective
        if not passive and (toks[first].stem in lx.own_forces or (
                first + 1 < len(toks) and toks[first + 1].stem in lx.own_forces)):
            # the verb, then its subject: "هاجم مجاهدونا" (whoever a clause before it named); or the attack
            # word is our weapon itself: "دكت مدفعيتنا"، "طيرانهم المسير استهدف"
            return SELF
        got = None if passive else self._subject_before(toks, roles, lo, first, claim)
        if got is not None:
            return got
        if not passive and first + 1 < len(toks):
            # the verb first, its subject after it: "استهدف مجاهدونا"، "قصفت طائرات سلاح الجو"
            if toks[first + 1].stem in lx.own_forces:
                return SELF
            for k in range(first + 1, min(len(toks), first + 4)):
                own = self._own_arm(toks, roles, k)
                if own is not None:
                    return own
            for k in range(max(first, last) + 1, min(len(toks), max(first, last) + 3)):
                if _aircraft(lx, toks[k]) and not toks[k].stem.startswith((shape.PREP_BI, shape.PREP_LI)):
                    # "استهداف طائرة من دون طيار تركية سيارة": the aircraft's nationality
                    for j in range(k + 1, min(len(toks), k + 6)):
                        if toks[j].brk and j > k + 1:
                            break
                        r = roles[j]
                        if r and r[0] == PARTY and r[2] == "cue" and shape.is_nisba(toks[j].norm):
                            return r[1]
                        if r and r[0] == PARTY and toks[j - 1].stem in lx.affiliated and toks[j].norm[:1] == shape.LI:
                            return r[1]  # "استهدفت مسيرة تابعة للدعم السريع محطة كهرباء": whose the aircraft is
                    break
        if ty == "destruction" and first + 1 < len(toks) and (
                toks[first].stem in lx.verb_subject_after or _feminine_past(toks[first].stem)):
            r = roles[first + 1]
            if r and r[0] == PARTY and r[2] == "cue":
                return r[1]  # "أحرق مستوطنون مركبات"، "أضرم مستعمرون النار": the verb's subject
            for k in range(first + 2, min(len(toks), first + 4)):
                # whose machines or authorities: "هدمت جرافات الاحتلال"، "هدمت السلطات الإسرائيلية"، "جرفت جرافات
                # عسكرية إسرائيلية" (a nationality's adjective, or the party after the machines)
                r = roles[k]
                if toks[k].brk or (r and r[0] == PARTY and r[2] != "cue"):
                    break
                if r and r[0] == PARTY and (shape.is_nisba(toks[k].norm) or shape.in_group(toks[k - 1].stem, lx.armour)):
                    return r[1]
        if ty != "destruction":
            for k in range(first + 1, min(len(toks), last + 3)):
                r = roles[k]
                if r and r[0] == PARTY and k > first + 1 and _target_noun(lx, toks[k - 1]) and roles[k - 1] is not r:
                    break  # "قصف بالمدفعية مرابض العدو"، "عاود استهداف جنود الاحتلال": whose the target is
                if r and r[0] == PARTY and (r[2] == "institution" or (r[2] == "cue" and toks[k].norm.startswith(shape.ARTICLE))):
                    return r[1]  # "القصف الأذربيجاني", verb first: "قصف الجيش الأرميني"
                if r and r[0] == PARTY and k > last and toks[k - 1].stem in lx.affiliated and toks[k].norm[:1] == shape.LI:
                    return r[1]  # "استهدفت مسيرة تابعة للدعم السريع": whose the weapon is
                if k == first + 1 and r and r[0] == PARTY and r[2] == "cue" and (
                        _feminine_past(toks[first].stem) or toks[first].stem in lx.verb_subject_after):
                    return r[1]  # "قصفت قوات حفتر"، "هاجم عناصر داعش": a verb's subject in a construct (a
                    # verbal noun's is its object: "قصف عناصر داعش")
        return None

    def _subject_before(self, toks, roles, lo: int, first: int, claim: _Claim) -> str | None:
        """The party named before the attack word, back to the speaker: "قواتها" is the speaker's
        side; a spokesperson's name ("أعلن أمين المظالم، غيغام ستيبانيان، أن ...") attacks nobody."""
        lx = self.lx
        attr_lo, attr_hi = claim.attr_span
        # at most SUBJECT_REACH words back: a subject is near its verb, and an unbounded walk made
        # a long sentence of many attack words quadratic (issue 13)
        lo = max(lo, first - SUBJECT_REACH)
        for k in range(first - 1, lo - 1, -1):
            if attr_lo <= k < attr_hi and claim.attr_span != (0, 0):
                break
            if toks[k].stem in lx.own_forces:
                return SELF
            own = self._own_arm(toks, roles, k)
            if own is not None:
                return own
            r = roles[k]
            while r and r[0] == PARTY and k - 1 >= lo and roles[k - 1] and roles[k - 1][0] == PARTY and \
                    roles[k - 1] is not r and roles[k - 1][2] == "cue" and shape.is_nisba(toks[k].norm):
                k -= 1  # "عدوان أمريكي بريطاني": of two nationalities in a row, the first leads
                r = roles[k]
            if r and r[0] == PARTY and toks[k].raw.startswith(shape.CONJ) and k - 1 >= lo and \
                    roles[k - 1] and roles[k - 1][0] == PARTY and roles[k - 1][1] != r[1]:
                k -= 1  # "الولايات المتحدة وبريطانيا نفذتا": the first named leads
                r = roles[k]
                while k - 1 >= lo and roles[k - 1] is r:
                    k -= 1
            if r and r[0] == PARTY and r[2] != "speaker" and not self._is_place_use(toks, k):
                if k > lo and (toks[k - 1].stem in lx.report_nouns or toks[k - 1].stem in lx.media):
                    continue  # "التقارير الأذربيجانية عن قصف"، "تناولت الصحف العراقية ... الهجوم": whose report, not whose attack
                h = k
                while h > lo and roles[h - 1] is r:
                    h -= 1  # (the start of the party's name: "مواقع الجيش الأذربيجاني")
                if h > lo and _target_noun(lx, toks[h - 1]) and roles[h - 1] is not r:
                    continue  # "استهدف تجمعا لجنود الاحتلال ...، وقصف"، "أخضعت مواقع الجيش الأذربيجاني لإطلاق نار":
                    # whose the target was, not who attacks
                if k > lo and toks[k - 1].stem in lx.person and any(toks[a].cas for a in range(k + 1, min(first + 1, k + 4))):
                    continue  # "جنديا أذربيجانيا أصيب بنيران ...": the victims' side, not the attacker
                if toks[first].raw.startswith(shape.PREP_BI):
                    h = k
                    while h > lo and roles[h - 1] and roles[h - 1][0] == PARTY and roles[h - 1][1] == r[1]:
                        h -= 1
                    if h > lo + 1 and toks[h - 1].stem in lx.prep_from and toks[h - 2].stem not in lx.agent_nouns:
                        continue  # "تحييد ثلاثة إرهابيين من بي كا كا بغارة جوية": whose men were struck, not who struck
                if not self._armed(toks, k, lo):
                    # "طائرات مسيرة تركية انتهكت الأجواء العراقية، ثم استهدفت": an armed subject further
                    # back beats the nationality of an object in between
                    armed = next((roles[a][1] for a in range(k - 1, lo - 1, -1)
                                  if roles[a] and roles[a][0] == PARTY and roles[a][2] != "speaker"
                                  and roles[a][1] != r[1] and self._armed(toks, a, lo)
                                  and not (attr_lo <= a < attr_hi and claim.attr_span != (0, 0))), None)
                    if armed is not None:
                        return armed
                return r[1]
            if toks[k].stem in lx.while_:
                break  # "... من مقاتلي قسد، فيما قصفت ...": the parties before are another clause's
        return None

    def _own_arm(self, toks, roles, k: int):
        """An arm of forces whose name ends at ``k`` ("سلاح الجو"، "لسلاح الجو"): the party of the
        nationality after it ("سلاح الجو الروسي"), else the speaker's own (``SELF``); None when no
        such name ends there."""
        if k < 1:
            return None
        own = self.lx.own_arm
        a, b = toks[k - 1], toks[k]
        if self.lx.own_arm_firsts.isdisjoint((a.stem, a.norm)):
            return None  # (no name of an arm starts with the word before: most words)
        if f"{a.stem} {b.stem}" not in own and f"{a.norm} {b.norm}" not in own:
            return None
        r = roles[k + 1] if k + 1 < len(toks) else None
        if r and r[0] == PARTY and r[2] == "cue":
            return r[1]
        return SELF

    def _armed(self, toks, k: int, lo: int) -> bool:
        """Whether the party word at ``k`` names armed men or arms: a force, an aircraft or a weapon
        just before it ("طائرات مسيرة تركية"، "القوات الروسية")."""
        lx = self.lx
        return any(toks[a].stem in lx.forces or toks[a].stem in lx.weapons or toks[a].stem in lx.aircraft
                   or toks[a].ty0 for a in range(max(lo, k - 2), k))

    def _is_place_use(self, toks, k) -> bool:
        lx = self.lx
        return k > 0 and toks[k - 1].stem in lx.target_preps
