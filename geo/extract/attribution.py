"""Attribution: who speaks. Parties and conduits in a sentence (the profile's cues), the claims a
reporting or denial word opens, a speaker before a colon, carry-over of the last claimant, relative
denials ("وهو ما نفته باكو") and attacks told before that a speaker now claims, denies or retells."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, is_not

from gazetteer.normalize import clitic_splits, normalize, strip_article

from . import shape
from .lexicon import Lexicon
from .tokens import _NO_FLAGS, _TOKEN, _WORD_SPLIT, _Tok, _paragraphs, _quoted, _sentences, _tok_info, sentence_words
from .mentions import CLAIM, CONDUIT, DENIAL, PARTY, SELF, Role, _Claim, _Found
from ..profile import OUTLET_SIDE, Profile

_PF, _ATTR, _NORM = attrgetter("pf"), attrgetter("attr"), attrgetter("norm")
_DASH, _COMMA = attrgetter("dash"), attrgetter("comma")

#: The kinds of a party's name (``Role.kind``) that can name a speaker.
_SPEAKING = ("metonym", "speaker", "institution", "cue")


def _dateline_end(toks, roles) -> int:
    """Index of the first token after a dateline such as "الباب (سوريا) (أ ف ب) -", else 0."""
    dashes = list(map(_DASH, toks[1:9]))  # (the first dash found in C: most sentences have none)
    if True not in dashes:
        return 0
    k = dashes.index(True) + 1
    if any(roles[a] and roles[a][0] == CONDUIT for a in range(k)) or any(toks[a].paren for a in range(k)):
        return k
    return 0


def _recap(lx: Lexicon, toks) -> bool:
    """A pluperfect recap of background ("وكانت القوات قد سيطرت"): كان / كانت with قد soon after (its subject
    may stand between: "وكانت غارة على سوق في مدينة الضعين قد أودت")."""
    return _recap_words(lx, list(map(_NORM, toks)))  # (the norms listed in C)


def _recap_words(lx: Lexicon, norms: list[str]) -> bool:
    if lx.was.isdisjoint(norms):
        return False
    for i, w in enumerate(norms):
        if w in lx.was and not lx.may.isdisjoint(norms[i + 1:i + 10]):
            return True
    return False



def _aside(lx: Lexicon, toks) -> bool:
    """The sentence opens the outlet's own background: "يذكر أن"، "ويشار إلى أن"، "وتجدر الإشارة إلى أن" (not
    "ويذكّر هذا القصف بسلسلة إغلاقات": a verb of reminding, no aside)."""
    for k in range(min(2, len(toks))):
        if toks[k].stem in lx.asides:
            return any(t.stem in lx.claim_openers or t.stem in lx.to for t in toks[k + 1:k + 4])
    return False


def _conjoined_speaker(toks, roles, i: int, party: str | None) -> bool:
    """Whether the speaker of the reporting word ``toks[i]`` is the party named just before it as the
    head of a new conjoined clause ("... وأنقرة تتحدث عن"، "... والميليشيا تتحدث عن")."""
    k = i - 1
    if k < 0 or not roles[k] or roles[k][0] != PARTY or roles[k][1] != party or toks[i].brk:
        return False
    while k > 0 and roles[k - 1] is roles[k] and not toks[k].brk:
        k -= 1
    return shape.starts_with_conj(toks[k].raw)


def _unknown_subject(lx: Lexicon, toks, roles, i: int) -> bool:
    """The reporting verb at ``i`` follows its subject, a noun phrase that names no party and no speaker
    told before ("المجلس البلدي العجيلات قال في بيان"، "لكن الكتيبة قالت"; not "الوزارة قالت": a generic
    word stands for the speaker before, nor "وقد قال")."""
    if i == 0 or toks[i].brk or shape.starts_with_conj(toks[i].raw):
        return False
    k = i - 1
    while k >= 0 and i - k <= 6:
        t = toks[k]
        if roles[k] or t.ty0 or t.datew or t.stem.isdigit() or t.stem in lx.generic_sources or \
                t.stem in lx.relatives or t.stem in lx.may or t.stem in lx.claim_openers or t.stem in lx.attr_any:
            return False
        if t.stem in lx.clause_openers:
            k += 1
            break
        if t.brk or k == 0:
            break
        k -= 1
    else:
        return False
    return k < i and toks[k].norm.startswith(shape.ARTICLE) and toks[k].stem not in lx.stop


def _relayed_topic(lx: Lexicon, toks, who: int) -> int | None:
    """Where what a party relayed opens, after the party named at ``who`` ("ما ادعته منصات داعش من
    'استهداف ...'"، "ما بثته وكالة أعماق من مزاعم حول 'مهاجمة ثكنة'": after "حول", the word of talk
    before it is the denier's, not the claim's)."""
    n = len(toks)
    at = next((q for q in range(who + 1, min(n, who + 8)) if toks[q].stem in lx.relayed_topics), None)
    if at is not None and at + 2 < n and toks[at].stem in lx.prep_from and toks[at + 1].stem in lx.talk_nouns:
        at = next((q for q in range(at + 2, min(n, at + 4)) if toks[q].stem in lx.relayed_topics), at)
    return at


def _relays(lx: Lexicon, toks, roles):
    """Each claim a party relayed ("ما بثته وكالة أعماق من مزاعم حول ..."، "ما قالته وزارة الدفاع التركية عن
    أنها ..."): (the verb of relaying, the party named after it, where what it said opens)."""
    n = len(toks)
    for k in range(1, n - 2):
        if toks[k].stem not in lx.relayed_what or toks[k - 1].stem not in lx.relayed_heads:
            continue
        who = next((q for q in range(k + 1, min(n, k + 6)) if roles[q] and roles[q][0] == PARTY), None)
        if who is not None and (at := _relayed_topic(lx, toks, who)) is not None:
            yield k, who, at


def _replied_that(lx: Lexicon, toks, roles, i: int) -> bool:
    """A verb of replying at ``i`` is a reporting verb: a party follows it, then a complementiser ("وردت
    باكو بأن 'جيشنا لم يطلق النار'"; not "ردت القوات بقصف مواقع": the forces answered with fire)."""
    k = i + 1
    while k < min(len(toks) - 1, i + 4) and not roles[k] and not toks[k].ty and not toks[k + 1].brk:
        k += 1  # (a body named by its head, then the party's adjective: "وردت وزارة الدفاع الأرمينية بأن")
    if not roles[k] or roles[k][0] != PARTY or toks[k].brk:
        return False
    while k + 1 < len(toks) and roles[k + 1] and roles[k + 1][0] == PARTY and roles[k + 1][1] == roles[k][1] \
            and not toks[k + 1].brk:
        k += 1  # (the whole name: "وردت وزارة الدفاع الأرمينية بأن")
    return k + 1 < len(toks) and toks[k + 1].stem in lx.claim_openers and toks[k + 1].stem not in lx.about


def _issued_before(lx: Lexicon, toks, k: int) -> bool:
    """Whether a word of issuing ends just before ``k``, across the date words that may follow it
    ("بيان صادر عن"، "بيان صدر اليوم السبت عن")."""
    j = k - 1
    while j > 0 and k - j <= 4 and (toks[j].datew or toks[j].stem in lx.date_words):
        j -= 1
    return j >= 0 and toks[j].stem in lx.issued

def _named_after(lx: Lexicon, toks, roles, j: int) -> bool:
    """A speaker is named at ``j`` or the word after it, before any opener of the claim ("الذي قالت فيه
    الوزارة"; not "قال فيه إن القوات البحرية استهدفت": the forces are in the claim)."""
    for k in range(j, min(len(toks), j + 2)):
        if toks[k].stem in lx.claim_openers:
            return False
        if (roles[k] and roles[k][0] == PARTY) or toks[k].stem in lx.generic_sources:
            return True
    return False


def _issuer_unknown(lx: Lexicon, toks, roles, i: int) -> bool:
    """A statement issued by a body no profile lists: a statement noun as the object of the verb at
    ``i`` within fourteen words (a date may stand between), after a subject that holds no party's word and does not open with a
    word standing for the speaker before ("أصدر مجلس أعيان ووجهاء ناحية آمرلي بيانا"; not "أصدرت
    الوزارة بيانا")."""
    n = len(toks)
    if i + 2 >= n or toks[i + 1].stem in lx.generic_sources or toks[i + 1].datew:
        return False
    for k in range(i + 1, min(n, i + 15)):
        if roles[k] or toks[k].ty0 or toks[k].stem in lx.claim_openers:
            return False
        if k > i + 1 and toks[k].stem in lx.statement_objects:
            return True
        if k > i + 1 and k + 1 < n and strip_article(toks[k].stem) in lx.statement and toks[k + 1].stem in lx.following:
            return True  # "نشرت تنسيقية لجان مقاومة الفاشر على صفحتها البيان التالي:"
    return False


def _verb_like(lx: Lexicon, toks, roles, k: int) -> bool:
    """Token ``k`` may be the verb before a subject: no role, no attack word, no article, no preposition
    (and it may open its clause: "وفي صلاح الدين أيضا، نعت هيئة الحشد الشعبي ..."; the subject may not)."""
    return not roles[k] and toks[k].ty0 is None and \
        not toks[k].norm.startswith(shape.ARTICLE) and toks[k].stem not in lx.prep_in


def _subject_before(lx: Lexicon, toks, roles, lo: int, i: int) -> str | None:
    """The party named as the subject of a verb before a coordinated reporting verb at ``i``, in the
    same sentence after ``lo``: the first party's word right after a word with no article that is no
    preposition (a verb: "بثت قوات الدعم السريع"; the first, not one in an apposition after it:
    "وتبنت المقاومة الإسلامية في العراق، وهي تحالف فصائل موالية لطهران، الهجوم، وقالت")."""
    for k in range(max(lo, 1, i - 30), i):  # (bounded: linear in a long sentence of many verbs)
        r = roles[k]
        if r and r[0] == PARTY and r[2] in ("speaker", "institution") and not any(toks[q].ty for q in range(lo, k)):
            return r[1]  # "لكن المتحدثة باسم الوزارة الأرمينية شوشان ستيبانيان عادت وكررت الاتهام ...، وقالت:"
        if r and r[0] == PARTY and r[2] in _SPEAKING and ((not toks[k].brk and _verb_like(lx, toks, roles, k - 1)) or (
                k > 1 and toks[k - 1].stem in lx.generic_sources and not toks[k - 1].brk and not toks[k].brk
                and _verb_like(lx, toks, roles, k - 2))):
            return r[1]  # (also a body named by its head and the party's adjective: "ذهبت الوزارة الأرمينية أبعد")
    return None


def _aside_end(toks, roles, i: int) -> int | None:
    """Where the speaker's phrase starts after an aside set off by commas between a reporting verb
    at ``i`` and its speaker, or None: the aside opens within three words of the verb, closes within
    seven more, holds no party, place or attack word, and a party's word follows within two words."""
    n = len(toks)
    commas = list(map(_COMMA, toks[i + 1:i + 5]))  # (found in C)
    if True not in commas:
        return None
    a = i + 1 + commas.index(True)
    if any(roles[k] or toks[k].ty0 for k in range(i + 1, a)):
        return None  # "أعلنت وزارة الدفاع، اليوم السبت، أن": the speaker came before the comma
    for b in range(a + 1, min(n, a + 8)):
        if roles[b - 1] or toks[b - 1].ty0:
            return None
        if toks[b].comma:
            for k in range(b, min(n, b + 3)):
                r = roles[k]
                if r and r[0] == PARTY and r[2] in _SPEAKING:
                    return b
            return None
    return None


@lru_cache(maxsize=256)
def outlet_city_side(profile: Profile, source: str | None, lx: Lexicon) -> str | None:
    """The party whose capital the ``source`` line places the outlet in ("موقع إخباري يمني في عدن"،
    "قناة محلية - صنعاء"), or None."""
    if not source:
        return None
    cues = profile.cue_table
    words = _TOKEN.findall(normalize(source))
    for i in range(1, len(words)):
        got = cues.get((words[i],))
        if got and got[1] == "metonym" and (words[i - 1] in lx.prep_in or i == len(words) - 1):
            return got[0]
    return None


def outlet_owner(profile: Profile, source: str | None, lx: Lexicon) -> str | None:
    """The party that owns the outlet of the article's ``source`` line, whose voice its unattributed
    sentences are: the source as a whole is one of the party's institutions, speakers or cues ("وفا");
    or it names, anywhere, an outlet the party owns or one of its institutions ("الوكالة العربية
    السورية للأنباء (سانا)"، "وكالة تاس (الخدمة العربية)"); an outlet two rival governments run is
    the one whose capital the line names ("وكالة سبأ (صنعاء)"، "وال - بنغازي"); or it describes an
    outlet by a party's nationality, when the party's media are all the state's ("وكالة أنباء روسية")
    or the line says the outlet is official ("وكالة أنباء عراقية رسمية")."""
    if not source:
        return None
    cues = profile.cue_table
    norm = normalize(source)
    got = cues.get(tuple(norm.split()))
    if got and got[1] in ("institution", "speaker", "cue") and got[0] != OUTLET_SIDE:
        return got[0]
    words = _TOKEN.findall(norm)
    outlets = profile.outlet_table
    longest = max(map(len, outlets), default=1)
    owners: tuple[str, ...] = ()
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(words[i:i + n])
            if key not in cues and key not in outlets and words[i][:1] in shape.CLITIC_LETTERS:
                key = (words[i][1:],) + key[1:]  # "لألوية العمالقة"، "بوكالة سبأ": the name after its preposition
            hit = cues.get(key)
            # (an institution or spokesperson; or a party's name of two words or more, as a party's own
            # channel names it, "قناة المركز الإعلامي لألوية العمالقة": never one adjective, "موقع إخباري سوري")
            owners = outlets.get(key) or ((hit[0],) if hit and (hit[1] in ("institution", "speaker") or (
                hit[1] == "cue" and n > 1)) else ())
            if owners:
                break
        if owners:
            break
    if len(owners) == 1:
        return owners[0]
    if owners:  # the outlet of two governments: the one whose capital the line names
        return next((cues[(w,)][0] for w in words if (w,) in cues and cues[(w,)][1] == "metonym"
                     and cues[(w,)][0] in owners), None)
    official = any(w in lx.official for w in words)
    state = {p.id for p in profile.parties if p.state_media}
    for i, w in enumerate(words):
        if w in lx.conduit_heads or (w[:1] in shape.CLITIC_LETTERS and w[1:] in lx.conduit_heads):
            for k in range(i + 1, min(len(words), i + 5)):
                hit = cues.get((words[k],))
                if hit and hit[1] == "cue" and (official or hit[0] in state):
                    return hit[0]
    return None


def _stamp_end(lx: Lexicon, toks, hi: int) -> int:
    """The first token before ``hi`` past a live page's time stamp and rubric ("عاجل | 01:12 -"), else ``hi``."""
    return next((k for k in range(hi) if not (toks[k].stem.isdigit() or toks[k].stem in lx.news_rubrics)), hi)


def _speaker_before(roles, i: int, stop: int) -> str | None:
    """The party named last before token ``i`` (back to, not including, ``stop``)."""
    return next((roles[k][1] for k in range(i - 1, stop, -1)
                 if roles[k] and roles[k][0] == PARTY and roles[k][2] in _SPEAKING), None)


def _named_here(lx: Lexicon, toks, roles, i: int) -> str | None:
    """The party a generic speaker after the verb at ``i`` stands for by its full name earlier in the same
    sentence ("قُتل جنديان من القوات الحكومية اليمنية بهجوم قالت القوات إن الحوثيين شنوه": the
    government forces, not whoever spoke last)."""
    words = {toks[k].stem for k in range(i + 1, min(len(toks), i + 3)) if toks[k].stem in lx.generic_sources}
    if not words:
        return None
    return next((roles[k][1] for k in range(i - 1, -1, -1)
                 if roles[k] and roles[k][0] == PARTY and toks[k].stem in words), None)


class AttributionStage:
    """The attribution stage of the reader (a mixin of ``Reader``)."""

    _norms_of = None  # the token list of the sentence being read, whose norms the reader listed (``_norms``)

    def _outlet_party(self, toks, roles, k: int) -> str | None:
        """The party that alone owns the outlet named from ``toks[k]`` (its conduit role's words, with or
        without the head word "وكالة"), or None."""
        r = roles[k]
        e = k
        while e < len(toks) and roles[e] is r:
            e += 1
        table = self.profile.outlet_table
        words = tuple(t.norm for t in toks[k:e])
        for key in (words, words[1:], tuple(strip_article(w) for w in words[1:])):
            owners = table.get(key)
            if owners:
                return owners[0] if len(owners) == 1 else None
        return None

    def _own_issuer(self, toks, roles, i: int) -> bool:
        """The statement "قال فيه" at ``i`` refers to was issued by a body that speaks for itself, named
        before it with no party ("أبرزت صحيفة الوسط بيانا للمجلس البلدي الأصابعة قال فيه"، "بيان لأعيان
        ومشايخ ورشفانة"): a council, notables or a municipality (where the profile says they speak for
        themselves), or a hospital or union."""
        lx = self.lx
        for k in range(i - 1, max(-1, i - 9), -1):
            if roles[k] or toks[k].ty0 or (toks[k].brk and k < i - 1):
                return False
            stem = shape.strip_li(toks[k].stem)
            if shape.in_group(stem, lx.civic_bodies) or shape.in_group(stem, lx.own_bodies) or (
                    stem in lx.municipal_heads and self.profile.municipal_own):
                return True
            if strip_article(stem) in lx.statement:
                return False
        return False

    def _shared(self, kind: str, length: int = 1):
        """The role of an institution both rival governments have ("وزارة الصحة العامة والسكان"): the side of
        the outlet that quotes it (its owner, or the capital its source line names), else none."""
        side = self.voice if self.voice != self.profile.fallback_party else self.outlet_side
        return None if side is None else (length, Role(PARTY, side, kind))

    def _relative_denial(self, toks, roles) -> str | None:
        """The party of a denial in a relative clause: "وهو ما نفته باكو"، "الأمر الذي نفته الوزارة
        الأذربيجانية"، "وهي الاتهامات التي نفتها يريفان"."""
        lx = self.lx
        if lx.denied_it.isdisjoint(self._seen):
            return None
        for k, t in enumerate(toks):
            if t.norm not in lx.denied_it or not any(toks[a].stem in lx.relatives for a in range(max(0, k - 3), k)):
                continue
            for a in range(k + 1, min(len(toks), k + 6)):
                r = roles[a]
                if r and r[0] == PARTY:
                    return r[1]
                if toks[a].brk:
                    break
        return None

    def _told(self, toks, claim: _Claim, f: _Found) -> list[dict] | None:
        """The attack an unlocated mention refers back to ("الهجوم"، "التفجير"، "القصف"): the last one
        told in the article, when the speaker claims it, denies it, accuses someone of it or retells
        their own report (never another party's attack retold as new)."""
        lx = self.lx
        word = toks[f.trigger].stem
        if word not in lx.retell and shape.strip_b(word) not in lx.retell and word[1:] not in lx.retell:
            if claim.stance == CLAIM and claim.claimant and claim.attr_span != (0, 0) and f.attacker not in (None, SELF) \
                    and word in lx.attack_verbs and f.trigger + 1 < len(toks) \
                    and toks[f.trigger + 1].norm.startswith(shape.ARTICLE) and not toks[f.trigger + 1].brk:
                # "وزعمت أن الجيش قصف المحطة بنفسه": another attacker named for the attack told before, its
                # object named back by a definite noun that report used ("محطة التحويل ... في سنجة")
                noun = strip_article(toks[f.trigger + 1].norm)
                rows = [r for r in self.state.all_rows if r.stance == CLAIM and r.claimant != claim.claimant
                        and r.attacker != f.attacker and len(noun) >= 4 and noun in normalize(r.evidence).split()]
                if rows:
                    told = rows[-1]
                    return [r for r in rows if r.ev_start == told.ev_start and r.claimant == told.claimant]
            if claim.stance != DENIAL or not claim.claimant:
                return None
            # "نفت الوزارة أن تكون استهدفت أي مركبة مدنية": a denial with no place of its own denies
            # the last attack another party accused the denier of
            accused = [r for r in self.state.all_rows if r.stance == CLAIM and r.attacker == claim.claimant
                       and r.claimant != claim.claimant]
            rows = [r for r in accused if not f.typed or r.type == f.event_type]
            # (the one whose report names what the denial names: "نفى ... استهداف مخيم الجفينة")
            words = {t.norm for t in toks[f.trigger + 1:] if len(t.norm) >= 4 and not t.noname}
            named = [r for r in rows if words and not words.isdisjoint(normalize(r.evidence).split())]
            definite = {strip_article(w) for w in words if w.startswith(shape.ARTICLE)}
            if not rows and definite:
                # told with another weapon's word: "قناصين استهدفوا دورية للأمن العام" denied as "أن تكون
                # عناصرها قد أطلقت النار على الدورية", the target named back by a definite noun
                rows = named = [r for r in accused
                                if not definite.isdisjoint(map(strip_article, normalize(r.evidence).split()))]
            if not rows:
                return None
            told = (named or rows)[-1]
            return [r for r in rows if r.ev_start == told.ev_start and r.claimant == told.claimant
                    and r.type == told.type]
        rows = [r for r in self.state.all_rows if r.stance == CLAIM]
        if not rows:
            return None
        last = rows[-1]
        same = next((r for r in reversed(rows) if r.type == f.event_type), None) if f.typed else None
        told = same or last
        if told.claimant != claim.claimant and not (
                claim.responsibility or claim.accuses or claim.stance == DENIAL or any(
                    toks[k].stem in lx.accusations for k in range(claim.attr_span[1], min(f.trigger, claim.attr_span[1] + 8)))):
            # (and a relayed accusation: "نقلت عن المتحدث اتهامه المليشيا بالوقوف وراء الهجوم")
            return None
        # every place of that telling ("قصف مدينتي X وY")
        return [r for r in rows if r.ev_start == told.ev_start and r.claimant == told.claimant
                and r.type == told.type]

    # -------------------------------------------------------------- roles: parties and conduits
    def _roles(self, toks: list[_Tok]) -> list[tuple | None]:
        lx = self.lx
        n = len(toks)
        roles: list[tuple | None] = [None] * n
        # Per word form (once per profile): may it start a conduit, follow a conduit head, start a cue?
        free = 0
        norms = self._norms if self._norms_of is toks else None  # (listed by the reader for the sentence it reads)
        parties = 0  # party names found: the rules below weigh two of them
        starts = []  # the first token of each name found (two names meet only there)
        # (the tokens with profile flags, found in C: most have none)
        for i in list(compress(range(n), map(is_not, map(_PF, toks), repeat(_NO_FLAGS)))):
            f = toks[i].pf
            if i < free or not (f[0] or f[2] or (f[3] and i + 1 < n and toks[i + 1].pf[1])):
                continue
            hit = None
            # Conduits need a head word (وكالة ...) or a reporting word just before them.
            prev = toks[i - 1].stem if i else ""
            head = f[3]
            maybe_conduit = f[0] or (head and i + 1 < n and toks[i + 1].pf[1])
            if norms is None:
                norms = list(map(_NORM, toks))
            for L in (range(min(self.max_conduit + 1, n - i), 0, -1) if maybe_conduit else ()):
                key = tuple(norms[i:i + L])
                key2 = (toks[i].stem, *key[1:])
                label = self.conduits.get(key) or self.conduits.get(key2)
                if label is None and head and L > 1:
                    label = self.conduits.get(key[1:]) or self.conduits.get(tuple(strip_article(x) for x in key[1:]))
                if label and (head or prev in lx.attr_preps or prev in lx.attr_verbs or prev in lx.about or _quoted(toks, i)):
                    hit = (L, Role(CONDUIT, label))
                    break
            if hit is None and f[2]:
                for L in f[2]:  # the lengths of the cues that start with this word, longest first
                    if L > n - i:
                        continue
                    if L == 1:
                        if f[4] is not None:
                            hit = (1, f[4]) if f[4][1] != OUTLET_SIDE else self._shared(f[4][2])  # a one-word cue
                            break
                        continue
                    key = tuple(norms[i:i + L])
                    got = self.cues.get(key)
                    if got is None:
                        got = self.cues.get((toks[i].stem, *key[1:]))
                    if got is None and key[0][:1] in shape.CLITIC_LETTERS:
                        got = next((g for _p, st in clitic_splits(key[0])
                                    if (g := self.cues.get((st, *key[1:]))) is not None), None)
                    if got is not None:
                        # (an institution both governments have: the outlet's side's, else no one's)
                        hit = (L, Role(PARTY, got[0], got[1])) if got[0] != OUTLET_SIDE else self._shared(got[1], L)
                        if hit is not None:
                            break
            if hit is None:
                continue
            L, role = hit
            parties += role[0] == PARTY
            starts.append(i)
            for k in range(i, i + L):
                roles[k] = role
            free = i + L
        if parties and not lx.the_latter.isdisjoint(self._seen):
            # "اتهمت وزارة الدفاع قسد بقصف قرى، وهو ما نفته الأخيرة": the party named last, as the subject of
            # a verb of saying or denying
            for k in range(1, n):
                if toks[k].stem in lx.the_latter and roles[k] is None and not toks[k].brk and (
                        toks[k - 1].stem in lx.attr_verbs or toks[k - 1].stem in lx.denial_verbs
                        or toks[k - 1].norm in lx.denied_it):
                    last = next((roles[q] for q in range(k - 2, -1, -1) if roles[q] and roles[q][0] == PARTY), None)
                    if last is not None:
                        roles[k] = last
        if parties and not lx.made_words.isdisjoint(self._seen if self._norms_of is toks else sentence_words(toks)):
            # "مسيّرة تركية الصنع": where the weapon was made, no party (the word after each party's cue)
            for k in [s for s in starts if roles[s] is not None and roles[s][2] == "cue"]:
                r = roles[k]
                q = k
                while q < n and roles[q] is r:
                    q += 1
                if q < n and toks[q].stem in lx.made_words and not toks[q].brk:
                    for x in range(k, q):
                        roles[x] = None
                    parties -= 1
                    starts = [s for s in starts if roles[s] is not None]
        # A leader named after a noun of forces or aircraft ("طيران حفتر"، "قوات حفتر"): the forces
        # of that party, as its cue (the name alone is a speaker).
        for k in starts:
            r = roles[k]
            if k > 0 and r[0] == PARTY and r[2] == "speaker" and roles[k - 1] is None and \
                    (toks[k - 1].stem in lx.forces or toks[k - 1].stem in lx.aircraft):
                role = Role(PARTY, r[1], "cue")
                q = k
                while q < n and roles[q] is r:
                    roles[q] = role
                    q += 1
        if parties < 2:
            return roles
        # Forces belonging to another party ("الجيش الليبي التابع لحكومة الوفاق"): that party's.
        for k in (range(n - 2) if not lx.affiliated.isdisjoint(self._seen) else ()):
            a, b = roles[k], roles[k + 2]
            if a and b and a[0] == PARTY and b[0] == PARTY and a[1] != b[1] and roles[k + 1] is None \
                    and toks[k + 1].stem in lx.affiliated and toks[k + 2].norm[:1] == shape.LI:
                q = k
                while q >= 0 and roles[q] is a:
                    roles[q] = b
                    q -= 1
        # A party noun with another party's nationality after it is that party's ("طيران العدوان
        # الأمريكي" in a Houthi statement): the adjective decides. (Two names meet where the second
        # starts right after the first: elsewhere a token and the next have one role, or none; and not
        # across a colon or a comma: "الناطق باسم محور تعز: الحوثي يقصف" is two names, the second spoken of.)
        for k in [s - 1 for s in starts if s > 0 and roles[s - 1] is not None]:
            a, b = roles[k], roles[k + 1]
            if a and b and a is not b and a[0] == PARTY and b[0] == PARTY and a[1] != b[1] and b[2] == "cue" \
                    and a[2] in ("cue", "metonym") and toks[k + 1].norm.startswith(shape.ARTICLE) \
                    and not (toks[k + 1].brk or toks[k + 1].sep) \
                    and not (k + 2 < n and roles[k + 2] is b) and shape.is_nisba(toks[k + 1].norm, toks[k].norm) \
                    and not shape.is_nisba(toks[k].norm):  # ("الأمريكي البريطاني": two adjectives, the first leads)
                q = k
                while q >= 0 and roles[q] is a:
                    roles[q] = b
                    q -= 1
        return roles

    # -------------------------------------------------------------- attribution
    def _claims(self, toks: list[_Tok], roles) -> list[_Claim]:
        lx = self.lx
        prior = self.state.last_claimant  # (the voice before this sentence)
        n = len(toks)
        triggers: list[tuple[int, str]] = []  # (index, kind) kind: verb | denial | prep
        spoken = list(compress(range(n), map(_ATTR, toks)))  # reporting words (and "بيان")
        if not lx.replies.isdisjoint(self._seen):
            spoken = sorted(spoken + [i for i in range(n - 2) if toks[i].stem in lx.replies and _replied_that(lx, toks, roles, i)])
        for i in spoken:
            s = toks[i].stem
            if i > 0 and s in lx.announcement_nouns and toks[i - 1].stem in lx.denial_verbs and not toks[i].brk:
                continue  # "تنفي إعلان موسكو، وتقول إن ...": the denied announcement, no speaker of what follows
            if s in lx.statement and i > 0 and toks[i - 1].stem in lx.prep_in:
                triggers.append((i - 1, "prep"))  # "في بيان"
            if s in lx.denial_verbs:
                k = i - 1
                while k > max(-1, i - 5) and (toks[k].stem in lx.claim_openers or toks[k].stem in lx.or_words
                                              or toks[k].stem in lx.attr_verbs):
                    k -= 1
                if k >= 0 and k < i - 1 and toks[k].stem in lx.not_before:
                    continue  # "من دون أن تؤكد أو تنفي إعلان موسكو السيطرة على البلدة": nothing denied
                triggers.append((i, "denial"))
            elif s in lx.attr_verbs or s in lx.accusing_participles or s in lx.replies:
                if i > 0 and toks[i - 1].stem in lx.negation and s not in lx.accusing_participles:
                    continue  # "ولم يصدر عن حزب الله أي تعليق": nobody spoke
                if s in lx.affiliated and i + 1 < n and toks[i + 1].raw.startswith(shape.PREP_LI):
                    continue  # "موقع تابع لحزب الله": belonging, not "he went on to say"
                if i > 0 and toks[i - 1].stem in lx.construct_heads and not toks[i].brk:
                    continue  # "أصابت حافلة نقل عام": a bus of public transport, nobody relayed
                if i > 1 and toks[i - 1].stem in lx.relatives and toks[i - 2].ty and triggers and not toks[i - 1].brk:
                    continue  # "يقول الجيش إن الهجوم الذي أعلنت عنه الدعم السريع على أم صميمة تم صده": the attack
                    # the other side told of, named in the speaker's own claim
                triggers.append((i, "verb"))
            elif s in lx.attr_preps or s in lx.quoting:
                if i + 1 < n and toks[i + 1].stem in lx.naming:
                    continue  # "صوغوفوشان (ماتاغيس بحسب التسمية الأرمنية)": a name's other form, no speaker
                if s in lx.quoting and not (i + 1 < n and toks[i + 1].stem in lx.about):
                    continue  # "ونُقلا إلى مستشفى الجمهوري": they were taken there, nobody quoted (not "نقلا عن")
                triggers.append((i, "prep"))
        claims: list[_Claim] = []
        for i, kind in triggers:
            if kind == "prep" and claims and claims[-1].attr_span[1] >= i - 2 and (
                    toks[i].stem in lx.statement or (i + 1 < n and toks[i + 1].stem in lx.statement)):
                continue  # "أفاد حزب الله ضمن بيان بأن ..."، "وقال الجيش في بيان إن": the speaker's own statement
            party, source, end = None, None, i + 1
            issued = False  # "بيان صادر عن X" passed: X, whoever it is, speaks
            generic = False
            if toks[i].stem in lx.accusing_participles and (claims or self.state.last_claimant):
                # "نفت الوزارة ...، متهمة القوات الأرمينية بقصف مدينة ترتر": the sentence's speaker accuses
                party = claims[-1].claimant if claims else self.state.last_claimant
            elif kind == "denial" and toks[i].stem in lx.we_deny:
                # "قالت الحركة: ننفي بشكل قاطع ادعاءات الاحتلال بأن ...": we deny; the party after is the accuser;
                # the speaker is named before ("حماس، في بيان: ننفي"), else spoke before
                party = _speaker_before(roles, i, -1) or (claims[-1].claimant if claims else self.state.last_claimant)
            elif kind == "verb" and shape.we_present(toks[i].stem, lx.attr_verbs):
                # "ونحن نتحدث الآن، المليشيا قصفت ..."، "نؤكد أن العدو استهدف ...": we speak, the speaker of
                # the turn or statement (named before, else the voice before); a party after is spoken of
                party = _speaker_before(roles, i, -1) or (claims[-1].claimant if claims else (
                    self.state.turn_voice or self.state.last_claimant))
            if kind != "prep" and party is None and i + 1 < n and toks[i + 1].stem in lx.in_it and (
                    claims or self.state.last_claimant) and not _named_after(lx, toks, roles, i + 2):
                # (not "البيان الذي قالت فيه الوزارة من أنقرة": the speaker follows)
                # "أصدرت المقاومة سلسلة بيانات أعلنت فيها تنفيذ عمليات ضد مواقع إسرائيلية": the issuer speaks,
                # the party named before the verb in the sentence ("ظهر المتحدث باسم جماعة الحوثي في بيان
                # متلفز قال فيه"), else the voice before
                # (after the issuer's own claim in this sentence, only a party named since: not the dateline's
                # "رام الله - أصدرت نقابة الصحفيين ... بيانا قالت فيه")
                party = _speaker_before(roles, i, claims[-1].attr_span[0] if claims else -1) or (
                    self.profile.fallback_party if self._own_issuer(toks, roles, i) else None) or (
                    claims[-1].claimant if claims else self.state.last_claimant)
                end = i + 2
            if party is None and kind != "prep" and i > 1 and toks[i - 1].stem in lx.may and not toks[i - 1].brk:
                # "وكانت وزارة الدفاع التركية قد أعلنت أمس تحييد خمسة من عناصر حزب العمال": the subject of the
                # pluperfect is named before "قد"; the party after the verb is what the claim is about
                for k in range(i - 2, max(-1, i - 7), -1):
                    r = roles[k]
                    if toks[k + 1].brk:
                        break
                    if r and r[0] == PARTY and r[2] in _SPEAKING:
                        party = r[1]
                        break
            if toks[i].stem in lx.accuse:
                # "وكانت باكو قد اتهمت يريفان بقصف ...": the party named before the verb accuses, the
                # one after it is accused.
                for k in range(i - 1, max(-1, i - 4), -1):
                    r = roles[k]
                    if r and r[0] == PARTY and r[2] in _SPEAKING:
                        party = r[1]
                        break
            # (an aside between the verb and its speaker is passed over: "أعلن، مساء الثلاثاء، الجيش"،
            # "ننقل في ما يلي، كما وردت دون تعديل، منشورات المتحدث")
            start = (_aside_end(toks, roles, i) if kind != "prep" else None) or i + 1
            media_at = None  # where the press was named as the one that relays ("نقلت وسائل إعلام ...")
            conduit_at = None  # where an outlet was named after the verb ("وذكرت وكالة تاس")
            for k in range(start, min(n, start + 8) if party is None else start):
                if media_at is None and toks[k].stem in lx.media and k <= start + 1:
                    media_at = k
                if ":" in self._parts[2 * self._kidx[k]]:
                    break  # "وقالت: قصف مجاهدونا ... العدو": what follows a colon is what was said
                if kind == "denial" and k == start and party is None and not toks[i].brk and (
                        toks[k].stem in lx.announcement_nouns or toks[k].stem in lx.talk_nouns) and \
                        (before := _speaker_before(roles, i, max(-1, i - 6))) is not None:
                    party, end = before, i + 1  # "هيئة الأركان الأوكرانية تنفي إعلان موسكو": the subject named
                    break  # before the verb denies; the party after the noun is the one that announced
                if kind != "prep" and k > start and toks[k].stem in lx.relayed_what and toks[k - 1].stem in lx.relayed_heads:
                    break  # "ونفى مصدر عسكري ما روجته منصات المليشيا": the party after is the one that relayed
                if toks[k].quote and party is None and k > start and i > 0 and not toks[i].brk and \
                        _speaker_before(roles, i, i - 2):
                    break  # "وزارة الدفاع التركية أعلنت اليوم "تحييد ... من بي كا كا"": the subject named
                    # before the verb speaks; a party in the quote after it is what was said
                r = roles[k]
                if not r and toks[k].stem in lx.own_reporters and k <= i + 2:
                    if party is None:
                        party, end = self.voice, k + 1  # (the outlet's own voice, whoever it names after)
                    break  # "وثق مراسلنا إلقاء مروحيات النظام براميل": our correspondent, not the regime, speaks
                if r and r[0] == CONDUIT:
                    source = r[1]
                    if conduit_at is None:
                        conduit_at = k
                    end = k + 1
                    continue
                if r and r[0] == PARTY and toks[k].stem in lx.generic_sources and self.state.last_claimant and \
                        self.state.last_claimant != r[1] and not (k + 1 < n and roles[k + 1] is r) and \
                        not (k > 0 and roles[k - 1] is r):
                    # "وقال المتحدث باسم الجيش" after the army of one side spoke: that army again, not the
                    # side its bare name stands for elsewhere in the theatre
                    generic = True
                    end = k + 1
                    continue
                if r and r[0] == PARTY and party is None and not generic and r[2] in ("cue", "metonym") and any(
                        shape.in_group(toks[q].stem, lx.own_bodies) for q in range(max(start, k - 4), k)):
                    # "أصدرت نقابة الصحفيين الفلسطينيين بيانا"، "قال مدير مستشفى الثورة في صنعاء": a body that
                    # speaks for itself, named with a party's adjective or capital, is no party's voice
                    party, end = self.profile.fallback_party, k + 1
                    while end < n and roles[end] is r:
                        end += 1
                    break
                if r and r[0] == PARTY:
                    if generic and k > 0 and (toks[k - 1].stem in lx.forces or (
                            toks[i].stem in lx.accuse and roles[k - 1] is not r
                            and not (toks[k - 1].stem in lx.generic_sources and shape.is_nisba(toks[k].norm)))):
                        break  # "اتهمت الوزارة القوات الأرمينية"، "واتهم المركز فصائل تابعة لوزارة الدفاع":
                        # the accused, not the speaker (but "اتهمت الوزارة الأذربيجانية": its own adjective)
                    if generic and party is None and k > 0 and toks[k - 1].stem in lx.media:
                        break  # "نفى المتحدث ما تداولته وسائل إعلام الميليشيا": the spokesman (named
                        # before) denies what the other side's press said
                    if party is None and k > 0 and toks[k - 1].stem in lx.media and (
                            shape.is_nisba(toks[k].norm) or claims):
                        # "وسائل الإعلام الأرمينية": the press, not the state; after a speaker ("أعلن الحرس
                        # الثوري، في بيان نقلته وسائل إعلام إيرانية، ...") only the conduit of that claim
                        # (but an armed side's own media, named by the side and not by a nation's adjective,
                        # "زعمت وسائل إعلام المرتزقة"، "إعلام الميليشيا", speak for it)
                        party = claims[-1].claimant if claims else self.profile.fallback_party
                        end = k + 1
                        while end < n and roles[end] and roles[end][0] == PARTY and roles[end][1] == r[1]:
                            end += 1
                        if end < n and toks[end].stem in lx.about:
                            party = None  # "نقلت وسائل إعلام إسرائيلية عن الجيش": the army it quotes speaks
                            continue
                    if party is None and k > start and not roles[k - 1] and toks[k - 1].norm.startswith(shape.PREP_LI) \
                            and shape.is_nisba(toks[k].norm) and toks[k - 1].stem in lx.addressees:
                        continue  # "تؤكد قواتنا للشعب السوداني الآتي": whom the statement addresses, not who speaks
                    if party is None:
                        party = r[1]
                        end = k + 1
                        # extend over the rest of the party phrase
                        while end < n and roles[end] and roles[end][0] == PARTY and roles[end][1] == party:
                            end += 1
                    break
                if toks[k].stem in lx.generic_sources and k <= i + 2:
                    generic = True
                    end = k + 1
                    continue
                if toks[k].stem in lx.about and (source is not None or media_at is not None or (
                        k == start and toks[i].stem in lx.relaying) or any(
                        strip_article(toks[q].stem) in lx.conduit_heads and not roles[q]
                        for q in range(max(0, i - 3) if k == start else i + 1, k))):
                    party = None  # (not the press of the party it named: "وسائل إعلام إسرائيلية عن ...")
                    continue  # "نقلت وكالة X عن Y": the claimant is Y (also an outlet no profile lists:
                    # "نقلت القناة 12 العبرية عن الجيش الإسرائيلي"، "نقلت وسائل إعلام العدو عن المتحدث"; and an
                    # outlet named before the verb: "صحيفة الصباح نقلت عن مصدر في وزارة الداخلية")
                if toks[k].stem in lx.claim_openers and k > 0 and _issued_before(lx, toks, k):
                    issued = True
                    continue  # "بيان صادر عن خلية الإعلام الأمني"، "لبيان صدر اليوم السبت عن الوزارة": by whom, not what
                if toks[k].comma and party is None and toks[k].norm in lx.apposition and k <= i + 3:
                    continue  # "وقال المصدر، وهو ضابط في محور الضالع، إن": who the speaker is, said between commas
                if toks[k].stem in lx.claim_openers or (k > max(i + 1, start) and toks[k].comma):
                    break
                if k > i and not r and toks[k].cas and toks[k].norm.startswith(shape.PREP_BI):
                    break  # "وأفادت الوزارة بإصابة شاب برصاص قوات الاحتلال": with ب, a casualty word opens what was
                    # reported; the party after it is the attacker, not the speaker
                if toks[k].ty0 and not r and generic and k > i + 1:
                    break  # "أعلنت الوزارة استهداف قوات حفتر": the speaker was named, the rest is the claim
                if toks[k].ty0 and toks[k].ty0 != "generic" and (k > i + 2 or (k == i + 1 and not r)):
                    break  # past the attack word the party is the attacker or the target, not the speaker
                    # ("قد أعلنت السيطرة على مطار طرابلس": the capture announced, not Tripoli speaking)
            if party is None and kind in ("verb", "denial") and not generic and i > 0 and not toks[i].raw.startswith(shape.CONJ):
                # Source before the verb ("يريفان قالت ..."): a party word just before it (never
                # across a clause: "موالية لطهران، الهجوم، وقالت"; nor a dateline's place: "رام الله -
                # أصدرت نقابة الصحفيين").
                for k in range(i - 1, max(-1, i - 4), -1):
                    if toks[k].brk or toks[k + 1].dash:
                        break
                    r = roles[k]
                    if r and r[0] == PARTY and r[2] in _SPEAKING:
                        party = r[1]
                        break
            if party is None and kind in ("verb", "denial") and i > 1 and toks[i].brk and \
                    not lx.appointed.isdisjoint(self._seen):
                # "فلاديمير سالدو، الذي عينته موسكو حاكما على الجزء المحتل من المقاطعة، قال إن": the party that
                # appointed the speaker, in the clause between the name and its verb
                for k in range(i - 1, max(0, i - 16), -1):
                    if toks[k].stem in lx.appointed and not toks[k].brk:
                        r = next((roles[q] for q in range(k + 1, min(i, k + 4))
                                  if roles[q] and roles[q][0] == PARTY and roles[q][2] in ("cue", "metonym")), None)
                        if r is not None:
                            party = r[1]
                        break
                    if toks[k].ty or roles[k] and roles[k][0] == PARTY and roles[k][2] == "speaker":
                        break
            if party is None and kind in ("verb", "prep") and self.profile.has_offices and (
                    not generic or any(shape.in_group(toks[k].stem, lx.jurisdiction_heads) for k in range(i + 1, min(n, i + 3)))):
                # (also an office word that alone would be generic, named with its place: "قالت الإدارة المدنية
                # في نيالا"، "قال مدير الإدارة المحلية بمحافظة صعدة"; and after "وفق"/"بحسب": "وفق ما أكدته
                # مديرية الصحة في درعا")
                # "وقال حاكم مقاطعة ساراتوف إن ..."، "نقلت عن مدير ناحية سيدكان": an office of a place speaks
                # for the party that governs that place
                # (not a body that speaks for itself: "مدير مستشفى شهداء الأقصى في دير البلح")
                # (the speaker's phrase only, up to what opens the claim: a long office's name, "مدير مكتب
                # الصحة العامة والسكان في محافظة صعدة", but never the place the claim names after "إن")
                hi = next((k for k in range(i + 1, min(n, i + 12)) if toks[k].stem in lx.claim_openers
                           and toks[k].stem not in lx.about), min(n, i + 12))  # (not "نقلت عن مدير ناحية سيدكان")
                span = self._jurisdiction(toks, roles, i + 1, hi, clitic=True)
                if span and not any(shape.in_group(toks[k].stem, lx.own_bodies) for k in range(i + 1, span[0].end)) \
                        and (governor := self._office_party(toks, i + 1, span[0])):
                    party, end, generic = governor, span[0].end, False
            if party is None and source is not None and not generic and kind == "verb" and conduit_at is not None \
                    and not claims and not (i > 0 and toks[i - 1].stem in lx.relayed_heads) \
                    and not any(toks[q].stem in lx.about for q in range(conduit_at, min(n, conduit_at + 8))) \
                    and (owner := self._outlet_party(toks, roles, conduit_at)) is not None:
                # "وذكرت وكالة تاس أن ..."، "وأفادت الوكالة الوطنية بأن ...": a party's own outlet telling, quoting
                # nobody ("نقلت عنب بلدي عن مصادر محلية": the sources, the outlet's report), is that party's voice (as its source line would make it; not the outlet that relays a
                # speaker named before it: "قالت وزارة الدفاع، بحسب ما نقلت وكالة أرمنبريس، إن")
                party = owner
            if party is None and source is not None and not generic and kind == "verb" and conduit_at is not None \
                    and any(toks[q].stem in lx.unnamed_sources for q in range(i + 1, conduit_at)):
                # "أفاد مراسل قدس برس بأن ..."، "قالت مصادر محلية لـ"عدن الغد" إن ...": the outlet's correspondent or
                # its sources, the outlet's own report (not the voice before it, nor the next one named)
                party = self.voice
            if party is None and source is not None and not generic:
                # A conduit alone ("وفق الأناضول") only names the outlet.
                if claims:
                    claims[-1].source = claims[-1].source or source
                continue
            if party is None and not generic and ((not lx.unnamed_sources.isdisjoint(self._seen) and any(
                    toks[k].stem in lx.unnamed_sources and not (roles[k] and roles[k][0] == PARTY)
                    and not (k + 1 < n and (toks[k + 1].stem in lx.vague_means or toks[k + 1].stem in lx.fire_verbs))
                    for k in range(max(0, i - 3), min(n, i + 6)) if k != i)) or (
                    kind in ("verb", "denial") and i + 1 < n and toks[i + 1].stem in lx.conduit_heads
                    and not roles[i + 1])):
                # "قالت مصادر محلية"، "وفق ما أفادت به مصادر طبية": nobody named, the outlet's own report
                # (not "مصادر النيران"، "مصادر إطلاق": sources of fire, a target)
                # (and "وذكرت وكالة الأنباء الرسمية": an outlet no profile knows, not the voice before)
                party = self.voice
            if party is None and not generic and kind in ("verb", "denial") and not lx.turn.isdisjoint(self._seen) and any(
                    toks[k].stem in lx.turn for k in range(max(0, i - 3), i)) and \
                    not any(roles[k] and roles[k][0] == PARTY for k in range(i + 1, min(n, end + 6))):
                # "من جهته، قال مدير ناحية ديرلوك ...": another voice, one no profile knows (and "في المقابل،
                # نفت قوة حماية درنة أن تكون قد خسرت الفتائح": its denial is its own, not the last voice's)
                party = self.profile.fallback_party
            if party is None:
                if not generic and kind == "prep":
                    nxt = toks[i + 1] if i + 1 < n else None
                    if nxt is None or not (nxt.norm.startswith(shape.ARTICLE) and nxt.stem not in lx.generic_sources
                                           and nxt.stem not in lx.statement and nxt.stem not in lx.report_nouns
                                           and not nxt.ty0 and not roles[i + 1]):
                        continue
                    # "وفق الهلال الأحمر"، "بحسب الأمم المتحدة": a body no profile lists as a party speaks,
                    # not the party that spoke before it
                    party = self.profile.fallback_party
                elif kind == "verb" and not generic and i > 1 and toks[i - 1].stem in lx.may and not claims and (
                        subject := _speaker_before(roles, i - 1, max(-1, i - 30))):
                    # "لم يصدر تعليق من قوات الدعم السريع، وكانت قد أعلنت أمس أن قواتها سيطرت": the pluperfect's
                    # subject is the party named last before it
                    party = subject
                elif kind in ("verb", "denial") and not generic and any(
                        shape.in_group(toks[k].stem, lx.civic_bodies) and not roles[k]
                        for k in [*range(i + 1, min(n, i + 4)), *range(max(0, i - 5), i)]):
                    # "المجلس الاجتماعي لقبائل التبو في مرزق قال إن ...": a council that speaks for itself, not
                    # the voice before it (nor an interview's interviewee)
                    party = self.profile.fallback_party
                elif (issued and not generic) or (kind == "verb" and not generic and _issuer_unknown(lx, toks, roles, i)):
                    # "نص البيان الصادر عن مجلس قروي المغير"، "أصدر مجلس أعيان ناحية آمرلي بيانا": a body no
                    # profile lists speaks for itself
                    party = self.profile.fallback_party
                elif kind == "verb" and (shape.starts_with_conj(toks[i].raw) or (i > 1 and toks[i - 1].stem in lx.subordinators)) \
                        and i + 1 < n and (
                        toks[i + 1].stem in lx.claim_openers or toks[i + 1].stem in lx.prep_in
                        or ":" in self._parts[2 * self._kidx[i + 1]]) and (
                        not claims and (subject := _subject_before(lx, toks, roles, 0, i))):
                    # "بثت قوات الدعم السريع مقاطع مصورة ...، وقالت في بيان إن": the subject of the verb
                    # before, in the same sentence, goes on to speak
                    party = subject
                elif kind in ("verb", "denial") and (
                        (not generic and _unknown_subject(lx, toks, roles, i)) or ((generic or (
                            i + 1 < n and toks[i + 1].stem in lx.source_heads)) and any(
                            shape.in_group(toks[k].stem, lx.own_bodies) for k in range(i + 1, min(n, i + 7))
                            if not any(toks[q].stem in lx.claim_openers for q in range(i + 1, k + 1))))):
                    # "المجلس البلدي العجيلات قال في بيان إن ..."، "لكن الكتيبة قالت": a body no profile lists,
                    # named before its verb, speaks for itself; and so does the speaker of one ("وقال الناطق باسم
                    # مركز طب الطوارئ إن ..."), whoever spoke before
                    party = self.profile.fallback_party
                else:
                    party = self.state.last_claimant  # carry-over: "وقالت الوزارة", "وتابع"
                    if not generic and kind in ("verb", "denial"):
                        # "لكن الوزارة عادت ونفت": a generic word before the verb, in its clause, names the
                        # one whose name it was told with
                        party = self._generic_before(toks, roles, i) or party
                    if generic or (kind == "verb" and shape.in_group(toks[i].stem, lx.relaying) and any(
                            toks[k].stem in lx.generic_sources and toks[k - 1].stem in lx.about
                            for k in range(i + 2, min(n, i + 8)))):
                        # "ونفى الناطق باسم وزارة الدفاع": the party whose speaker was named with these words
                        # ("وزارة الدفاع بحكومة الوحدة الوطنية"), not whoever spoke last (also further on, past
                        # the outlet that relays: "ونقلت "فبراير" في عددها نفسه عن المصدر العسكري")
                        party = self._named_before(toks, roles, i) or _named_here(lx, toks, roles, i) or party
                    if party is None:
                        continue
            self.state.last_claimant = party
            self.state.alleged_by = party if toks[i].stem in lx.alleging else None
            if not generic and any(roles[k] and roles[k][0] == PARTY and roles[k][1] == party for k in range(i + 1, end)):
                for k in range(i + 1, end):  # the words of this speaker's name, for a later "الناطق باسم وزارة الدفاع"
                    if len(toks[k].stem) > 2 and toks[k].stem not in lx.generic_sources and \
                            not toks[k].datew and toks[k].stem not in lx.target_preps:
                        self.state.named_by[toks[k].stem] = party
            elif not generic and i > 0 and not toks[i].brk and roles[i - 1] and roles[i - 1][0] == PARTY and \
                    roles[i - 1][1] == party:
                # (and a speaker named before its verb: "وزارة الدفاع بحكومة الوحدة الوطنية أصدرت بيانا")
                k = i - 1
                while k >= 0 and i - k <= 8 and roles[k] and roles[k][0] == PARTY and roles[k][1] == party:
                    if len(toks[k].stem) > 2 and toks[k].stem not in lx.generic_sources and not toks[k].datew:
                        self.state.named_by[toks[k].stem] = party
                    if toks[k].brk:
                        break
                    k -= 1
            if not self.state.headline:
                self.state.claimants_seen.append(party)  # the article's voices, not its headline's
                self.state.voices_at.append((self._abs, party))
            takes = toks[i].stem in lx.responsibility or (not lx.responsibility_nouns.isdisjoint(self._seen) and any(
                toks[k].stem in lx.responsibility_nouns for k in range(i + 1, min(n, i + 6))))
            if kind == "denial" and i + 2 < n and shape.starts_with_conj(toks[i + 1].raw) and \
                    toks[i + 1].stem in lx.attr_verbs and not roles[i + 1]:
                # "والمسماري ينفي ويتحدث عن ضرب الكلية الجوية": a denial with no object denies what the
                # other side said; what the speaker goes on to speak of is its own claim
                claims.append(_Claim(party, DENIAL, source, i + 1, i + 1, (i, i + 1)))
                claims.append(_Claim(party, CLAIM, source, i + 2, n, (i + 1, i + 2)))
                continue
            claims.append(_Claim(party, DENIAL if kind == "denial" else CLAIM, source, end, n, (i, end),
                                 takes and kind == "verb", toks[i].stem in lx.accuse))
        # (a headline's "باكو: ..." is left to the article's first voice, as its other reports are;
        # after another voice's clause, "القسام تعلن ... وسرايا القدس: ضربة على عسقلان", it is not that
        # voice's either: it waits for the body to say whose it is)
        if n > 1 and ":" in self._parts[2 * self._kidx[1]] and (
                toks[0].stem in lx.answer_marks or toks[0].stem in lx.question_marks) and not (
                toks[0].stem in lx.question_marks and any(c.claimant is not None for c in claims)):
            # (a question that relays a party's words is that party's claim: "س: الجيش يتهمكم بأن مسيّراتكم
            # استهدفت مستشفى الدلنج")
            # an interview's answer ("ج: ...") is its interviewee's; a question ("س: ...") the outlet's
            party = self.state.interviewee if toks[0].stem in lx.answer_marks else self.voice
            party = party or self.voice
            self.state.last_claimant = party
            if toks[0].stem in lx.answer_marks and not lx.relayed_what.isdisjoint(self._seen):
                # "ج: سمعنا ما قالته وزارة الدفاع التركية عن أنها حيدت أربعة إرهابيين في منطقة متينا": what
                # the interviewee relays is the claim of the party that said it
                for k, who, at in _relays(lx, toks, roles):
                    if roles[who][1] != party:
                        return [_Claim(party, CLAIM, None, 1, k, (0, 1)),
                                _Claim(roles[who][1], CLAIM, None, at + 1, n, (k, at + 1))]
            return [_Claim(party, CLAIM, None, 1, n, (0, 1))]
        colon = self._colon_speaker(toks, roles)
        if self.state.headline and toks[0].stem in lx.interview:
            self.state.interview = True
            self.state.interviewee = colon[0] if colon is not None else self._interviewee(toks, roles)
        if colon is not None and self.state.headline:
            if all(c.attr_span[1] <= colon[1] for c in claims):
                claims.append(_Claim(None, CLAIM, None, colon[2], n, (colon[1], colon[2])))
            colon = None
        if colon is not None and not any(c.attr_span[0] <= colon[1] < c.attr_span[1] for c in claims):
            # "أرمينيا: القوات الأذربيجانية قصفت غوريس"، "... وسلطات الإقليم: قصف على ستيباناكيرت"
            party, p, j = colon
            if all(c.attr_span[0] < p for c in claims):
                self.state.last_claimant = party
            self.state.claimants_seen.append(party)
            self.state.voices_at.append((self._abs, party))
            claims.append(_Claim(party, CLAIM, None, j, n, (p, j)))
        if claims and self.state.turn_voice is not None and not self.state.headline and \
                min(c.attr_span[0] for c in claims) > 0:
            # "ج: قبل ثلاثة أيام استهدفت مسيرة تركية سيارة ...، وقتل فيها شخصان قيل إنهما ...": what the
            # turn tells before the first voice it quotes is the turn's own
            claims.append(_Claim(self.state.turn_voice, CLAIM, None, 0, n, (0, 0)))
        if claims:
            self.state.turn_voice = None  # a party spoke in this turn of a transcript: it carries on
        elif self.state.turn_voice is not None and not self.state.headline:
            return [_Claim(self.state.turn_voice, CLAIM, None, 0, n, (0, 0))]  # "المراسل: يوم السبت الماضي تعرض ..."
        if not claims and not self.state.headline and not lx.statement_objects.isdisjoint(self._seen):
            # "استدعت وزارة الخارجية العراقية القائم بالأعمال التركي، وسلمته مذكرة احتجاج": the party that
            # hands over or issues a document is the voice of what the document says next ("وجاء في نص
            # المذكرة أن ..."، "وأضافت المذكرة"), though no reporting word names it
            at = next(k for k, t in enumerate(toks) if t.stem in lx.statement_objects)
            subject = _subject_before(lx, toks, roles, 0, at)
            if subject is not None:
                self.state.last_claimant = subject
                self.state.claimants_seen.append(subject)
                self.state.voices_at.append((self._abs, subject))
        denied_relays: list[tuple[_Claim, _Claim]] = []
        if not lx.relayed_what.isdisjoint(self._seen):
            for k, who, at in _relays(lx, toks, roles):
                # "أن ما بثته ما تسمى وكالة أعماق من مزاعم حول مهاجمة ثكنة للحشد ... عار عن الصحة": what the
                # party named after the verb said is its claim, whoever calls it false
                if not any(c.attr_span[0] <= k < c.attr_span[1] for c in claims):
                    relayed = _Claim(roles[who][1], CLAIM, None, at + 1, n, (k, at + 1))
                    # (a nation's press, "ما أوردته وسائل إعلام أرمنية", is no party's voice: only what was denied)
                    press = toks[who - 1].stem in lx.media and shape.is_nisba(toks[who].norm)
                    if not press:
                        claims.append(relayed)
                    # the object of a denial ("ونفى المتحدث ما تداولته وسائل إعلام الميليشيا عن استهداف سوق"):
                    # the other side's claim, and the denial of what it told
                    denier = next((c for c in claims if c.stance == DENIAL and k - 3 <= c.attr_span[1] <= k), None)
                    if denier is not None and denier.claimant != relayed.claimant:
                        denied_relays.append((denier, relayed))
        if not claims:
            # No reporting word: the last claimant of the article speaks on (or nobody); a recap of
            # background ("وكانت مدينة الباب قد شهدت ...") is the article's own voice, not theirs,
            # and so is the other side's action told "in contrast" ("في المقابل، شنت الطائرات ...")
            # and a live page's entry with no speaker ("10:05 — غارة إسرائيلية على منزل في بلدة شقرا").
            stamp = len(toks) > 2 and ((toks[0].stem.isdigit() and toks[1].stem.isdigit() and
                                        ":" in self._parts[2 * self._kidx[1]]) or self._ticker_source(toks, roles))
            if stamp or any(t.stem in lx.contrast for t in toks[:2]) or _aside(lx, toks):
                self.state.last_claimant = self.voice
                return [_Claim(self.voice, CLAIM, None, 0, n, (0, 0))]
            last = self.state.last_claimant
            if last is not None and not self.state.headline and any(
                    r and r[0] == PARTY and r[2] in ("cue", "institution") and r[1] != last for r in roles) and \
                    not any(r and r[0] == PARTY and r[1] == last for r in roles) and \
                    (toks[0].stem in lx.date_words or (toks[0].stem[:1] in shape.CONJUNCTIONS
                                                         and toks[0].stem[1:] in lx.date_words)):
                # "وصباح الثلاثاء، شن الطيران الحربي الإسرائيلي غارات ..." after Hamas spoke: the
                # outlet tells the other side's action, dated anew, in its own voice
                self.state.last_claimant = self.voice
                return [_Claim(self.voice, CLAIM, None, 0, n, (0, 0))]
            if self.state.headline and last != self.state.headline_voice:
                # a headline's later item ("... والجيش الإسرائيلي ينفي.. وشهيد بمسيّرة على سيارة في برعشيت")
                # is no item of the voice of the one before: the body says whose it is
                last = None
            return [_Claim(None if _recap_words(lx, self._norms if self._norms_of is toks else list(map(_NORM, toks)))
                           else last, CLAIM, None, 0, n, (0, 0))]
        if not lx.denied_it.isdisjoint(self._seen):
            # "قال الجيش اللبناني إن مسيرة استهدفت مركزا للجيش في بنت جبيل، وهو ما نفاه الجيش الإسرائيلي، مؤكدا
            # أن الضربة طالت عنصرين من حزب الله قرب البلدة": after a relative denial, what the denier goes on
            # to say with an attack word in it is the denier's own claim
            for k, t in enumerate(toks):
                if t.norm not in lx.denied_it or not any(toks[a].stem in lx.relatives for a in range(max(0, k - 3), k)):
                    continue
                for a in range(k + 1, min(n, k + 6)):
                    r = roles[a]
                    if r and r[0] == PARTY:
                        e = a
                        while e < n and roles[e] and roles[e][0] == PARTY and roles[e][1] == r[1]:
                            e += 1
                        if e < n and toks[e].brk and any(toks[q].ty0 for q in range(e, n)) and \
                                any(c.claimant not in (None, r[1]) and c.attr_span[0] < k for c in claims):
                            claims.append(_Claim(r[1], CLAIM, None, e, n, (k, e)))
                        break
                    if toks[a].brk:
                        break
                break
        if not lx.denied_it.isdisjoint(self._seen) and self.voice != self.profile.fallback_party:
            # "زعمت وسائل إعلام المرتزقة أن ...، وهو ما نفاه مصدر عسكري" on Saba in Sanaa: the source that denies
            # what a side claimed in the same sentence is not that side; a source no profile names is the
            # outlet's own side
            for c in claims:
                k = c.attr_span[0]
                if c.stance == DENIAL and c.attr_span != (0, 0) and toks[k].norm in lx.denied_it and any(
                        toks[a].stem in lx.relatives for a in range(max(0, k - 3), k)) and any(
                        d.stance == CLAIM and d.claimant == c.claimant and d.attr_span[1] <= k and d.attr_span != (0, 0)
                        for d in claims) and c.claimant != self.voice and \
                        not any(roles[q] and roles[q][0] == PARTY for q in range(k + 1, c.attr_span[1])):
                    c.claimant = self.voice
                    self.state.last_claimant = self.voice
        claims.sort(key=lambda c: c.attr_span[0])
        # "نفت الوزارة، على لسان المتحدثة ...": a second reporting word of the same speaker with no
        # event between them belongs to the first claim (and keeps its stance).
        merged: list[_Claim] = []
        for c in claims:
            if merged and merged[-1].claimant == c.claimant and not any(
                    toks[k].ty0 for k in range(merged[-1].attr_span[1], c.attr_span[0])) and not (
                    merged[-1].stance == DENIAL and merged[-1].start == merged[-1].attr_span[1] == c.attr_span[0]
                    and c.stance == CLAIM) and not (
                    merged[-1].stance != c.stance and shape.starts_with_conj(toks[c.attr_span[0]].raw)
                    and ((c.attr_span[0] - merged[-1].attr_span[1] > 1 and toks[c.attr_span[0]].comma) or (
                        c.attr_span[0] > merged[-1].attr_span[1] and all(
                            toks[k].stem in lx.talk_nouns for k in range(merged[-1].attr_span[1], c.attr_span[0]))))
                    and not any(toks[k].stem in lx.negation for k in range(c.start, min(len(toks), c.start + 4)))):
                # (not a new statement of another stance after what the first one said: "نفت هيئة الأركان
                # سقوط القرية، وقالت إن قواتها صدت ثلاث هجمات"، "نفى مصدر عسكري الاتهام وقال إن مسيّرات الدعم
                # السريع استهدفت كادقلي": the denial, then a claim; but "نفى أن يكون
                # المستشفى هدفا، وقال: لم نستهدف المستشفى" goes on denying)
                prev = merged[-1]
                prev.attr_span = (prev.attr_span[0], max(prev.attr_span[1], c.attr_span[1]))
                prev.start = max(prev.start, c.start)
                prev.source = prev.source or c.source
                if c.stance == DENIAL:
                    prev.stance = DENIAL  # "قالت الحركة: ننفي ..."، "قال إنه ينفي ...": what it said is a denial
                continue
            merged.append(c)
        claims = merged
        if not (lx.speech_participles.isdisjoint(self._seen) and lx.asserting_participles.isdisjoint(self._seen)) and \
                any(c.stance == DENIAL for c in claims):
            claims = self._assertion_after_denial(toks, claims)
        # Each claim's content runs to the next claim; content before the first belongs to it.
        for a, b in zip(claims, claims[1:]):
            a.end = b.attr_span[0]
        for denier, relayed in denied_relays:
            if denier in claims:  # (a denial that denies what the other side or a press relayed: its content too)
                denier.start, denier.end = relayed.start, relayed.end
        first = claims[0].attr_span[0]
        if first > 0 and any(toks[a].stem in lx.relatives for a in range(max(0, first - 2), first)):
            # "يذكر أن ستة جنود قتلوا بانفجار ألغام قرب شوشا، وهو ما قالت باكو إنه سبب العملية": a speaker in
            # a relative clause says only what follows; what came before is the outlet's background, or
            # the last speaker's
            claims.insert(0, _Claim(self.voice if _aside(lx, toks) else None if self.state.headline else prior, CLAIM,
                                    None, 0, first, (0, 0)))
        elif first > 0 and self.state.headline and claims[0].stance == CLAIM and claims[0].start < n and \
                _conjoined_speaker(toks, roles, first, claims[0].claimant) and any(toks[k].ty0 for k in range(first)):
            # "مسيّرة تركية تقتل اثنين قرب خانصور وأنقرة تتحدث عن تحييد إرهابيين": a headline's next item,
            # a party that speaks of something else, says only what follows it; the attack before waits
            # for the body to say whose it is
            claims.insert(0, _Claim(None, CLAIM, None, 0, first, (0, 0)))
        elif first > 0 and claims[0].stance == CLAIM and claims[0].claimant and any(
                toks[q].stem in lx.while_ for q in range(first - 1, first + 1)) and any(toks[k].ty0 for k in range(first)):
            # "قتل ثلاثة مدنيين بهجوم بمسيرات على حي القبة، بينما أعلنت قوات الدعم السريع سيطرتها على الحمادي": a
            # party set against what came before ("فيما"، "بينما") says only what follows it
            claims.insert(0, _Claim(None, CLAIM, None, 0, first, (0, 0), set_against=not self.state.headline))
        claims[0].start = 0 if claims[0].attr_span[0] > 0 else claims[0].start
        if len(claims) == 1 and claims[0].attr_span[0] > 0 and claims[0].attr_span[1] >= n:
            # "قصفت طائرات إسرائيلية مدينة نوى، بحسب محافظ درعا": a speaker named last says what came before
            # it; the place of its office is no target
            claims[0].end = claims[0].attr_span[0]
        return claims

    def _assertion_after_denial(self, toks, claims: list[_Claim]) -> list[_Claim]:
        """A denial that goes on with a participle of saying and "that" ("ونفى الجيش الاتهام، مؤكدا أن
        مسيرات الدعم السريع استهدفت كادقلي"): what follows is the denier's own claim, unless it is negated
        too ("نافيا ...، مؤكدا أن قواته لم تقصف")."""
        lx, n = self.lx, len(toks)
        out = list(claims)
        for c, nxt in zip(claims, [*claims[1:], None]):
            if c.stance != DENIAL:
                continue
            stop = nxt.attr_span[0] if nxt is not None else n
            for k in range(max(c.start, c.attr_span[1]), stop - 2):
                if not (toks[k].comma and (toks[k].stem in lx.speech_participles or toks[k].stem in lx.asserting_participles)):
                    continue
                j = k + 1
                if toks[j].stem in lx.to:
                    j += 1  # "مشيرا إلى أن"
                if j >= stop or toks[j].stem not in lx.that:
                    continue
                if any(toks[q].stem in lx.negation for q in range(j + 1, min(stop, j + 5))):
                    continue
                out.append(_Claim(c.claimant, CLAIM, c.source, j + 1, n, (k, j + 1)))
                break
        out.sort(key=lambda c: c.attr_span[0])
        return out

    def _interviewee(self, toks, roles) -> str | None:
        """Whose answers an interview is, from its headline ("حوار | مسؤول محلي في جنوب أرمينيا: ..."):
        the last party named before the colon, else the party that governs the place of the office
        named there ("حوار | محافظ حمص: ...")."""
        colon = next((j for j in range(1, min(len(toks), 12)) if ":" in self._parts[2 * self._kidx[j]]), None)
        return None if colon is None else self._side_named(toks, roles, 1, colon)

    def _side_named(self, toks, roles, lo: int, hi: int) -> str | None:
        """The side of whoever ``toks[lo:hi]`` names (an interview's rubric before its colon): the last
        party named, else the party whose office of a place it is ("مدير ناحية چوارتا"), a municipality
        as the profile says."""
        party = next((roles[k][1] for k in range(hi - 1, lo - 1, -1) if roles[k] and roles[k][0] == PARTY), None)
        if party is None and self.profile.has_offices:
            span = self._jurisdiction(toks, roles, lo, hi)
            if span:
                party = self._office_party(toks, lo, span[0])
        return party

    def _office_party(self, toks, lo: int, span) -> str | None:
        """The party an office named from ``toks[lo]`` on speaks for, by the place it governs (``span``):
        that place's governor, or nobody's own voice for a municipality where the profile says so
        ("رئيس بلدية قبريخا")."""
        party = self.profile.office_party(span.place, municipal=any(
            toks[k].stem in self.lx.municipal_heads for k in range(lo, span.start)))
        side = self.voice if self.voice != self.profile.fallback_party else self.outlet_side
        if self.profile.parallel_offices and party is not None and side is not None and party != side \
                and party != self.profile.fallback_party and side in self.profile.governs_near:
            # "وكيل محافظة البيضاء" on an Aden site, "محافظ مأرب" on Saba in Sanaa: where both sides name
            # officials of a province, the outlet of one side quotes its own side's
            return side
        return party

    def _generic_before(self, toks, roles, i: int) -> str | None:
        """The party the subject of the clause of the reporting verb at ``i`` names or stands for: a party
        ("لكن وزارة الدفاع عادت ونفت"), or a generic word by the words of its name told before ("لكن الوزارة
        عادت ونفت" after "وزارة الدفاع بحكومة الوحدة الوطنية" spoke)."""
        lx = self.lx
        if toks[i].brk:
            return None  # (a verb after a comma: its subject is not in the clause before)
        for k in range(i - 1, max(-1, i - 5), -1):
            r = roles[k]
            stem = toks[k].stem
            if not r and stem in lx.owned_reports:
                # "وزارة الدفاع الروسية لم تذكر المستشفى، لكن بيانها الصباحي قال إن ...": its statement speaks
                # for the party named before it
                return next((roles[q][1] for q in range(k - 1, max(-1, k - 25), -1)
                             if roles[q] and roles[q][0] == PARTY and roles[q][2] in _SPEAKING), None)
            if r and r[0] == PARTY and r[2] in _SPEAKING:
                # "لكن وزارة الدفاع عادت ونفت": the party named as the subject of the clause (its first word
                # opens the clause)
                while k > 0 and roles[k - 1] is r and not toks[k].brk:
                    k -= 1
                opens = k == 0 or toks[k].brk or toks[k - 1].stem in lx.clause_openers
                return r[1] if opens else None
            if r or toks[k].ty0:
                return None
            if stem in lx.generic_sources:
                return self.state.named_by.get(strip_article(stem))
            if stem in self.state.named_by:
                return self.state.named_by[stem]  # "لكن وزارة الدفاع عادت ونفت": a word of the name told before
            if toks[k].brk:
                return None
        return None

    def _named_before(self, toks, roles, i: int) -> str | None:
        """The party a generic speaker after the verb at ``i`` stands for, by the words of its name
        named earlier in the article ("الناطق باسم وزارة الدفاع" after "وزارة الدفاع بحكومة الوحدة
        الوطنية"): the party of the last of its words that names one."""
        lx, got = self.lx, None
        relays = shape.in_group(toks[i].stem, lx.relaying)
        for k in range(i + 1, min(len(toks), i + 9)):
            if relays and toks[k].stem in lx.about:
                continue  # "نقلت ... عن المصدر العسكري": whom the outlet quotes follows
            if toks[k].stem in lx.claim_openers or (toks[k].brk and k > i + 1 and not (
                    k <= i + 3 and toks[k].quote and not toks[k].comma)) or roles[k] or toks[k].ty0:
                break  # (the speaker's phrase only: not "واتهمت الوزارة القوات الأرمينية", the accused; past an
                # outlet's name in quotes: "ونقلت "فبراير" في عددها نفسه عن المصدر العسكري")
            stem = toks[k].stem
            got = self.state.named_by.get(stem) or (
                # "نفت الوزارة" after "وزارة الدفاع بحكومة الوحدة الوطنية" spoke: the word of its name, with the article
                self.state.named_by.get(strip_article(stem)) if stem in lx.generic_sources else None) or got
        return got

    def _named_party(self, words: list[str], lo: int = 0, hi: int | None = None) -> str | None:
        """The first party named among ``words[lo:hi]`` of a paragraph read whole, by a cue, an
        institution or a speaker (a capital there is mostly a place: the office's, or where the
        interviewee spoke from)."""
        toks = [self.words.get(w) or self._word(w) for w in words]
        self._seen = sentence_words(toks)  # (the words the role rules look for; reset by each sentence read)
        return next((r[1] for r in self._roles(toks)[lo:hi] if r and r[0] == PARTY and r[2] != "metonym"), None)

    def _interview_rubric(self, para: str) -> None:
        """An interview's headline read whole ("حوار | مدير ناحية چوارتا: ..."; read per paragraph: with no
        attack word it is not read): its last party named before the colon, else the party that governs
        the place of the office named there, answers."""
        head = para[:para.find(":")] if ":" in para[:120] else ""
        words = _WORD_SPLIT.split(head)[1::2][1:13]
        if not words:
            return
        toks = [self.words.get(w) or self._word(w) for w in words]
        self._seen = sentence_words(toks)
        party = self._side_named(toks, self._roles(toks), 0, len(toks))
        if party is not None:
            self.state.interviewee = party

    def _introduced(self, para: str) -> None:
        """An interview whose headline names no side: the paragraph that introduces the interviewee
        ("أجرينا الحوار عبر الهاتف مع رئيس إدارة المنطقة في جمهورية ...") names it, the first party after
        the interview word (a party named later, "(عسكران في التسمية الأذربيجانية)", is a gloss). (Read
        per paragraph: that sentence holds no attack or reporting word and may not be read.)"""
        words = _WORD_SPLIT.split(para[:400])[1::2]
        interview = self.lx.interview | self.lx.interview_intro
        at = next((k for k, w in enumerate(words) if strip_article(normalize(w)) in interview), None)
        if at is not None and (party := self._named_party(words, at + 1, at + 25)) is not None:
            self.state.interviewee = party

    def _conference(self, para: str) -> None:
        """A press conference's headline ("نص المؤتمر الصحفي لناطق الجيش الوطني في مأرب: ..."): the party it
        names first answers the questions, as an interviewee does."""
        words = _WORD_SPLIT.split(para[:300])[1::2]
        lx = self.lx
        norms = [_tok_info(lx, w)[0] for w in words]  # (``normalize`` of each word, remembered per word)
        if any(w in lx.press_conference and k + 1 < len(norms) and norms[k + 1] in lx.press_word
               for k, w in enumerate(norms)) and (party := self._named_party(words)) is not None:
            self.state.interview = True
            self.state.interviewee = party

    def _announced(self, para: str) -> None:
        """A paragraph that ends with a colon and names a party announces the statement after it ("وبعد
        ساعة ردّ المركز الإعلامي لقوات سوريا الديمقراطية ببيان جاء فيه:"): that party spoke last, so the
        quoted paragraph's "ننفي ..." or "وأضاف البيان" is its. (Read per paragraph: that sentence holds
        no attack or reporting word and may not be read.)"""
        words = _WORD_SPLIT.split(para)[1::2]
        if len(words) > 25:
            # a long paragraph whose last clause issues the statement ("... فيما أصدرت هيئة مقاومة الجدار
            # والاستيطان مساء اليوم بيانا حول ما وثقته طواقمها، جاء فيه:"): that clause, from its verb of issuing
            tail = [self.words.get(w) or self._word(w) for w in words[-25:]]
            at = next((k for k in range(len(tail) - 1, -1, -1) if tail[k].stem in self.lx.issue_verbs), None)
            if at is None:
                return  # (an intro line, not a statement's own paragraph that ends on a list: "العمليات التالية:")
            if at > 0 and (strip_article(tail[at - 1].stem) in self.lx.statement
                           or strip_article(shape.strip_b(tail[at - 1].stem)) in self.lx.statement) and \
                    self._named_party(words[len(words) - 25 + at:]) is None and \
                    (party := self._named_party(words, 0, 8)) is not None:
                # "اتهمت المقاومة الوطنية جماعة الحوثي بالتصعيد ...، في بيان نشره مكتبها الإعلامي ...، وجاء فيه
                # ما نصه:": the statement the subject published, not the party it accuses
                self.state.last_claimant = party
                return
            words = words[len(words) - 25 + at:]
        toks = [self.words.get(w) or self._word(w) for w in words]
        if any(t.norm in self.lx.we_state or t.stem in self.lx.we_state for t in toks):
            return  # "في إطار عمليات ملاحقة بقايا عصابات داعش ...، نبين للرأي العام ما يلي:": the issuer named before
        if any(t.stem in self.lx.attr_verbs and u.norm.endswith(shape.OUR) and len(u.norm) > 4
               for t, u in zip(toks, toks[1:])):
            # the issuer's own people report ("وقد رصدت طواقمنا الميدانية ما يلي:"): the list is the
            # outlet's voice, whoever the paragraph accuses before
            self.state.last_claimant = self.voice
            return
        # the party named among its first words, the subject (not "... التي يرتكبها العدو الإسرائيلي:")
        if (party := self._named_party(words, 0, 8)) is not None:
            self.state.last_claimant = party
        elif any(t.stem in self.lx.attr_verbs for t in toks[:3]) and (any(
                strip_article(t.stem) in self.lx.statement and u.stem in self.lx.following for t, u in zip(toks, toks[1:]))
                or any(t.stem in self.lx.statement_objects for t in toks)):
            # a body no profile lists publishes it ("نشرت تنسيقية لجان مقاومة الفاشر على صفحتها البيان التالي:"):
            # the statement is its own, not the party it accuses nor the next one named; an office of a place
            # ("أصدر مكتب الصحة بمحافظة صعدة بيانا ...:") speaks for the party that governs it
            if self.state.last_claimant is not None and any(
                    t.stem in self.lx.generic_sources for t in toks[1:3] if t.stem not in self.lx.statement):
                return  # "ونشرت الوزارة على موقعها الرسمي البيان التالي:": the ministry named before publishes it
            hi = min(len(toks), 12)
            office = None
            if self.profile.has_offices and not any(shape.in_group(t.stem, self.lx.own_bodies) for t in toks[:hi]):
                span = self._jurisdiction(toks, self._roles(toks), 0, hi, clitic=True)
                if span:
                    office = self._office_party(toks, 0, span[0])
            self.state.last_claimant = office or self.profile.fallback_party

    def _turn(self, para: str) -> None:
        """A broadcast transcript's turns: a paragraph opened by the outlet's anchor or correspondent
        ("المذيعة: ..."، "المراسل: ...") is the outlet's voice where nobody is named, until a party
        speaks in it; once such a turn was seen, one opened by a label of one to three words that names
        no party ("مدير المستشفى: ...") is a guest's that no profile lists. (Read per paragraph: the
        label's sentence may hold no attack or reporting word and not be read at all.) The speaker
        carried over is kept for "الوزارة تقول"."""
        head = para.lstrip()[:60]
        colon = head.find(":")
        if colon < 1:
            return
        label = head[:colon]
        if "(" in label:
            label = label[:label.find("(")]  # "الناطق (في كلمته الافتتاحية):"، "سؤال (مراسل قناة محلية):"
        words = _WORD_SPLIT.split(label)[1::2]
        if not 1 <= len(words) <= 3:
            return
        toks = [self.words.get(w) or self._word(w) for w in words]
        if self.state.interviewee and toks[0].stem in self.lx.speaker_words and not any(self._roles(toks)):
            # a press conference's "الناطق: ..." or "الوزير: ...": the speaker the headline named
            self.state.turn_voice = self.state.interviewee
        elif len(toks) == 1 and toks[0].stem in self.lx.answer_marks and self.state.interviewee:
            # "ج: هي الأخطر. قبل ثلاثة أيام استهدفت مسيرة تركية ...": the whole answer is the interviewee's
            self.state.turn_voice = self.state.interviewee
        elif len(toks) == 1 and toks[0].stem in self.lx.question_marks:
            self.state.turn_voice = self.voice
        elif len(toks) == 1 and toks[0].stem in self.lx.outlet_turns:
            self.state.turn_voice = self.voice
            self.state.transcript = True
        elif self.state.transcript and not any(t.ty or t.datew or t.stem.isdigit() for t in toks) and \
                not any(self._roles(toks)):
            # a guest labelled by name ("العقيد مختار الحالمي: ...") speaks for the party the anchor
            # introduced the name with ("وينضم إلينا العقيد مختار الحالمي، الناطق باسم محور الضالع")
            self.state.turn_voice = self._guest_party(toks) or self.profile.fallback_party

    def _guest_party(self, label) -> str | None:
        """The party of a guest a transcript's turn names (``label``: its one to three words): the one
        named nearest to the guest's last name in the sentence that first named the guest, before the
        current paragraph (an introduction: "ومن صنعاء ينضم إلينا عضو المكتب السياسي لأنصار الله الأستاذ
        ياسر الحوري"), or None."""
        name = label[-1].norm
        guest = strip_article(name) in self.lx.guest_words
        if len(name) < 3 or (name in self.lx.speaker_words and not guest):
            return None
        key = (name, len(label))
        party = self.state.guests.get(key)
        if party is None:  # (a guest found once is not looked for again in the text before each of its turns)
            party = self._introduced_party(name, guest, len(label))
            if party is not None:
                self.state.guests[key] = party
        return party

    def _introduced_party(self, name: str, guest: bool, label_len: int) -> str | None:
        """The party named nearest to ``name`` in the first sentence before the current paragraph that names
        it (see ``_guest_party``)."""
        for _start, para in _paragraphs(self._text[:self._para_at]):
            for _s, sent in _sentences(para):
                words = _WORD_SPLIT.split(sent)[1::2]
                norms = [normalize(w) for w in words]
                # (a turn labelled "الضيف:" is the guest the anchor introduced as "ضيفنا")
                at = next((k for k, w in enumerate(norms) if w == name or (
                    guest and strip_article(w) in self.lx.guest_words)), None)
                if at is None:
                    continue
                toks = [self.words.get(w) or self._word(w) for w in words]
                self._seen = sentence_words(toks)
                roles = self._roles(toks)
                near = [(abs(k - at), r[1]) for k, r in enumerate(roles)
                        if r and r[0] == PARTY and r[2] != "metonym" and not at - label_len < k <= at]
                return min(near)[1] if near else None
        return None

    def _asked(self, para: str) -> None:
        """An interview set as paragraphs, with no "س:"/"ج:": a paragraph that ends with a question mark
        or opens with a bullet ("■ هل أصيب أحد؟") is the outlet's question, and the paragraphs after it
        ("- لا، البيوت كانت فارغة ...") are the interviewee's answer (a question that names a party
        still relays that party's claim)."""
        text = para.strip()
        if not text:
            return
        if text.endswith(shape.QUESTION_ENDS) or text[0] in shape.TURN_BULLETS:
            self.state.asked = True
            self.state.turn_voice = self.voice
        elif self.state.asked and self.state.interviewee is not None:
            self.state.turn_voice = self.state.interviewee

    def _ticker_source(self, toks, roles) -> bool:
        """A ticker's item in the body names a source no profile knows before its colon ("عاجل | منظمة فرق
        صناع السلام المجتمعية: قصف مدفعي تركي طال ..."): its own source speaks, not the speaker of the item
        before (not an outlet, "عاجل | 05:30 - سبأ:", whose side the item before told)."""
        if self.state.headline or toks[0].stem not in self.lx.news_rubrics or "|" not in self._parts[2 * self._kidx[1]]:
            return False
        colon = next((j for j in range(2, min(len(toks), 10)) if ":" in self._parts[2 * self._kidx[j]]), None)
        return colon is not None and not any(roles[k] for k in range(1, colon)) and \
            not any(toks[k].stem.isdigit() for k in range(1, colon))

    def _colon_speaker(self, toks, roles) -> tuple[str, int, int] | None:
        """A party named before a colon speaks what follows, as headlines and live pages write it
        ("باكو: ..."، "وزارة الدفاع الأرمينية: ..."، "10:15 - الجيش الإسرائيلي في بيان: ..."،
        "مراسلنا: ..." the outlet's own): (party, first token of its name, first token after the
        colon), when the name starts the sentence, a clause ("و...") or follows a time stamp. Not a
        place before a colon ("حرب المسيرات في قره باغ: باكو تنشر": a place slot, and an attack word
        before it)."""
        lx = self.lx
        m = min(len(toks), 16)
        if m < 2 or ":" not in "".join(self._parts[2:2 * self._kidx[m - 1] + 1:2]):
            return None  # (no colon before the sixteenth word: the loop below finds none; a title, a name
            # and a medium take that many: "٠٩:١٠ — المتحدث العسكري باسم جماعة الحوثي يحيى سريع في كلمة متلفزة:")
        for j in range(1, m):
            if ":" not in self._parts[2 * self._kidx[j]] or (toks[j - 1].stem.isdigit() and toks[j].stem.isdigit()):
                continue  # (nor the colon of a time, "09:05")
            e = j
            generic_colon = None
            if e >= 4 and shape.is_nisba(toks[e - 1].norm) and toks[e - 2].stem in lx.statement_media and \
                    toks[e - 3].stem in lx.media_preps:
                e -= 3  # "يحيى سريع في كلمة متلفزة:"
            elif e >= 3 and toks[e - 1].stem in lx.statement_media and toks[e - 2].stem in lx.media_preps:
                e -= 2  # "الجيش الإسرائيلي في بيان:"
            if e > 2 and ")" in self._parts[2 * self._kidx[e]]:
                # a gloss after the name: "قوات الدفاع الشعبي (الجناح العسكري لحزب العمال) في بيان:": the
                # body named before the parenthesis speaks
                k = next((k for k in range(e - 1, 0, -1) if toks[k].paren), None)
                if k is not None and roles[k - 1]:
                    e = k
            r = roles[e - 1]
            if r is None:
                # the speaker's name before its place or channel: "الإدارة العسكرية لمقاطعة سومي:"،
                # "حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف على تلغرام:"
                for q in range(e - 2, max(-1, e - 7), -1):
                    if toks[q].ty or toks[q + 1].brk:
                        break
                    rq = roles[q]
                    if rq and rq[0] == PARTY and rq[2] in ("speaker", "institution", "cue"):
                        r, e = rq, q + 1
                        break
                    if rq is None and toks[q].stem in lx.unnamed_sources:
                        e = q + 1  # "مراسلنا في الجنوب:": the outlet's own
                        break
                    if rq is None and toks[q].stem in lx.generic_sources and self.state.last_claimant:
                        generic_colon = q  # "06:45 - الوزارة نفسها:": the speaker named before
                        break
            if generic_colon is not None:
                party, p = self.state.last_claimant, generic_colon
            elif r is None and toks[e - 1].stem in lx.unnamed_sources:
                party, p = self.voice, e - 1  # "مراسلنا:"، "مصادر طبية:"
            elif r is None and e <= 10 and not any(roles[q] for q in range(e)) and any(
                    shape.in_group(shape.strip_li(toks[q].stem), lx.civic_bodies) for q in range(e)):
                party, p = self.profile.fallback_party, 0  # "بيان لأعيان ومشايخ ورشفانة، قرئ في مقطع مصور:"
            elif r is None and e <= 10 and self.profile.has_offices and not self.state.headline and \
                    (lo := _stamp_end(lx, toks, e)) < e \
                    and (span := self._jurisdiction(toks, roles, lo, e, clitic=True)) and \
                    (office := self._office_party(toks, lo, span[0])) is not None:
                party, p = office, lo  # "عاجل | مدير ناحية شيلادزي لـ964:": the office of a place, its governor's
            elif r and r[0] == PARTY and r[2] in ("speaker", "institution", "metonym", "cue"):
                party, p = r[1], e - 1
                while p > 0 and (roles[p - 1] is r or (roles[p - 1] and roles[p - 1][0] == PARTY and roles[p - 1][1] == r[1])
                                 or toks[p - 1].stem in lx.speaker_words or (
                                     p > 1 and toks[p - 2].stem in lx.speaker_words and not roles[p - 1]
                                     and shape.is_nisba(toks[p - 1].norm) and not toks[p - 1].brk)):
                    p -= 1  # the whole name: "وزارة الدفاع الأذربيجانية"، "المتحدثة باسم الخارجية الأرمينية"،
                    # "المتحدث العسكري باسم جماعة الحوثي" (a title's adjective)
                if p > 0 and not roles[p - 1] and toks[p - 1].norm.startswith(shape.ARTICLE) and \
                        shape.is_nisba(toks[p].norm) and not toks[p].brk and not toks[p - 1].ty:
                    p -= 1  # a body named by its head and the party's adjective: "الشرطة الإسرائيلية:"
                if p > 0 and r[2] == "speaker" and (lo := _stamp_end(lx, toks, p)) < p \
                        and (span := self._jurisdiction(toks, roles, lo, p, clitic=True)) and span[0].end == p:
                    p = lo  # the speaker's office before the name: "حاكم مقاطعة خاركيف أوليغ سينيغوبوف:"
                if p > 1 and toks[p - 1].stem in lx.affiliated and toks[p].norm[:1] == shape.LI:
                    q = p - 1  # an office of the party's body: "مركز عمليات الطوارئ التابع لوزارة الصحة:"
                    while q > 0 and p - q < 8 and (roles[q - 1] is None or roles[q - 1][1] == r[1]) \
                            and not toks[q - 1].ty and not toks[q].brk:
                        q -= 1
                    p = q
            else:
                return None
            if p > 1 and toks[p - 1].stem in lx.target_preps and toks[p - 2].stem in lx.replies:
                # "الناطق باسم محور تعز يرد على المسيرة:": who replies speaks, not the outlet replied to
                who = next((k for k in range(p - 3, max(-1, p - 9), -1)
                            if roles[k] and roles[k][0] == PARTY and roles[k][2] in _SPEAKING), None)
                if who is None:
                    return None
                party, p = roles[who][1], who
                while p > 0 and ((roles[p - 1] and roles[p - 1][0] == PARTY and roles[p - 1][1] == party)
                                 or toks[p - 1].stem in lx.speaker_words):
                    p -= 1
            if p > 1 and r is not None and r[2] == "metonym" and any(toks[x].paren for x in range(p, j)):
                # an outlet's edition named by its city: "وكالة سبأ (صنعاء):" speaks for whoever holds the city
                q = next((q for q in range(p - 1, max(-1, p - 5), -1)
                          if strip_article(toks[q].stem) in lx.conduit_heads), None)
                if q is not None and not any(roles[x] and roles[x][0] == PARTY for x in range(q, p)):
                    p = q
            q = p - 1
            if q > 0 and toks[q].stem in lx.prep_in:
                q -= 1
                while q > 0 and (toks[q].stem in lx.place_adj or (shape.is_nisba(toks[q].norm) and not roles[q])):
                    q -= 1  # (and the source's own adjective: "مصادر طبية في مستشفى شهداء الأقصى:")
                if toks[q].stem in lx.source_heads:
                    p = q  # "١٠:٣٠ | مصدر عسكري في الجيش السوداني لموقعنا:": a source of the party speaks for it
                elif roles[q] and roles[q][0] == PARTY and roles[q][1] == party and not toks[q + 1].brk:
                    # "وزارة الثروات الطبيعية في حكومة إقليم كوردستان:": a body of the party, named with its government
                    while q > 0 and roles[q - 1] and roles[q - 1][0] == PARTY and roles[q - 1][1] == party \
                            and not toks[q].brk:
                        q -= 1
                    p = q
            # "09:05 - مراسلنا:"، "عاجل | 01:12 - قناة المسيرة:"
            stamp = p > 0 and _stamp_end(lx, toks, p) == p
            if any(toks[k].ty for k in range(0, p)) and not toks[p].raw.startswith(shape.CONJ):
                return None
            if p > 0 and toks[p - 1].stem in lx.target_preps:
                return None
            if p == 0 or stamp or toks[p].raw.startswith(shape.CONJ) or toks[p].brk:
                return party, p, j
            return None
        return None
