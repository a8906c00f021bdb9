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
   origins of fire ("من أراضي"، "انطلاقا من مواقعها قرب X"، "من منطقة X في Y") or containers of a
   more precise place ("X في إقليم Y"); with none after the trigger, a place named before it
   ("وفي ريف إدلب، قصفت"، "شهدت مدينة الباب تفجيرا") or the antecedent of an anaphor ("في قاعدة
   حميميم ... الدفاعات الجوية للقاعدة أسقطت") is the place;
4. *dates* and *casualties* are read from the sentence (a date after the attack word dates the
   event, one before it the statement; ordinal days such as "الحادي والعشرين من أيلول" too); an
   undated sentence takes its paragraph's date, a new paragraph the article's base date (its first
   date, or that of a later statement), a retold attack ("القصف") its own; cumulative tolls are
   ignored;
5. an unlocated attack noun that refers back ("وتبنى التنظيم الهجوم"، "نفى أي صلة له بالتفجير"،
   "اتهمت أنقرة الوحدات بالوقوف وراء التفجير") is the claim, denial or accusation of the attack
   told last.

The result is one ``Event`` per (claim, place), deduplicated within the article. Speed: every word
form is read once (``_tok_info`` and ``_Reader._word``); sentences with no attack or reporting word
are only scanned for dates; a gazetteer name is looked up only from a word that can start one.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from gazetteer import Gazetteer, Place, normalize
from gazetteer.gazetteer import TYPE_WORDS
from gazetteer.normalize import clitic_splits, strip_article

from .dates import find_date
from . import shape
from .lexicon import Lexicon
from ..model import Event, parse_date
from ..profile import Profile

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



_SPECIFIC = ("drone", "airstrike", "missile", "shelling", "ground_attack", "other")



def _past(lx, word: str) -> bool:
    """A past-tense verb form such as قصفت / استهدفت / شن (for "قد" + past = has done)."""
    return word.endswith(shape.TA) or word in lx.past_verbs


_UNATTRIBUTED = "\x00unattributed"



# ---------------------------------------------------------------- data structures
class _Tok:
    """A word form as the reader sees it, shared by all its occurrences (never modified once made).

    ``raw`` as printed; ``norm`` normalised; ``stem`` with a leading و / ف stripped when that leaves
    a known word form; ``ty`` its attack type (also after an instrument ب) and ``ty0`` that of the
    bare stem; ``attr`` a reporting word; ``datew`` a date word; ``noname`` a word of the reader's own
    vocabularies (no one-word place name); ``cas`` 1 for a killed word, 2 for an injured word; ``tot``
    1 for a toll word, 2 for the first of a toll pair ("منذ بدء"); ``pf`` the profile's flags of the
    word (``_Reader._word``). What precedes the occurrence holds: ``brk`` a clause boundary (comma,
    colon, quote), ``sep`` a separator that ends a name, ``quote`` an opening quote, ``comma`` an Arabic
    comma, ``dash`` a dash, ``paren`` an opening parenthesis (occurrences after other gaps than a
    space are variants, ``_Reader._after``).
    """

    __slots__ = ("raw", "norm", "stem", "ty", "ty0", "attr", "datew", "noname", "cas", "tot", "pf", "hot",
                 "brk", "sep", "quote", "comma", "dash", "paren")


@dataclass
class _Claim:
    claimant: str | None
    stance: str
    source: str | None
    start: int  # token index where the claim's content starts
    end: int
    attr_span: tuple[int, int]
    responsibility: bool = False  # "تبنى التنظيم الهجوم": the speaker claims an attack told before
    accuses: bool = False  # "اتهمت أنقرة الوحدات الكردية بالوقوف وراء التفجير"


@dataclass
class _Found:
    event_type: str
    trigger: int
    attacker: str | None
    places: list[tuple[Place, int, int, str, bool]] = field(default_factory=list)  # place, i, j, printed, near
    typed: bool = True  # False when the type is only the attacker's usual one ("استهدف" alone)
    earlier: list = field(default_factory=list)  # unlocated mentions this one replaced


@dataclass
class Extraction:
    """What one article gave: its events and the names that did not resolve."""

    events: list[Event]
    unresolved: list[str]


# ---------------------------------------------------------------- public API
def extract_events(text: str, gazetteer: Gazetteer, profile: Profile, published: dt.date | str, *,
                   article: str = "", source: str | None = None, url: str | None = None,
                   title: str | None = None, lexicon: Lexicon | None = None, **settings) -> list[Event]:
    """The events an article reports (see module docstring). Pure: no disk, no network. ``lexicon``:
    the word knowledge (default: ``Lexicon.load()``, the project's ``data/lang/ar.json``)."""
    return extract(text, gazetteer, profile, published, article=article, source=source, url=url,
                   title=title, lexicon=lexicon, **settings).events


def extract(text: str, gazetteer: Gazetteer, profile: Profile, published: dt.date | str, *,
            article: str = "", source: str | None = None, url: str | None = None,
            title: str | None = None, lexicon: Lexicon | None = None, **settings) -> Extraction:
    """Like ``extract_events`` but also returns the names that looked like places and did not resolve."""
    unknown = set(settings) - set(_DEFAULTS)
    if unknown:
        raise TypeError(f"unknown extractor settings {sorted(unknown)}; allowed: {sorted(_DEFAULTS)}")
    opts = {**_DEFAULTS, **settings}
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    published = parse_date(published, what="published")
    reader = _Reader(gazetteer, profile, published, opts, lexicon or Lexicon.load())
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
def _profile_tables(profile: Profile, lx: Lexicon) -> tuple:
    """Look-up tables of a profile, built once per profile."""
    cues = profile.cue_table
    conduits = profile.conduit_table
    descriptions = {tuple(normalize(k).split()): v for k, v in profile.descriptions.items()}
    cue_lens: dict[str, frozenset[int]] = {}  # first word of a cue -> the lengths of the cues it starts
    for k in cues:
        cue_lens[k[0]] = cue_lens.get(k[0], _NO_LENS) | {len(k)}
    return (cues, conduits, max((len(k) for k in cues), default=1), max((len(k) for k in conduits), default=1),
            frozenset(k[0] for k in cues), frozenset(x for k in conduits for x in (k[0], strip_article(k[0]))),
            descriptions, frozenset(k[0] for k in descriptions if k), cue_lens, {}, {})


_NAMES: dict[int, tuple] = {}
_HOT = operator.attrgetter("hot")
_HOT_INFO = operator.itemgetter(9)
_DATEW_INFO = operator.itemgetter(5)
_DATEW = operator.attrgetter("datew")
_NO_LENS: frozenset[int] = frozenset()


def _after_clitic(word: str, names) -> bool:
    """Cheap test before ``clitic_splits``: may the word be clitics (up to four letters of و ف ب ل ك
    and the article, such as وبال) on one of ``names``, with or without its article? Every stem
    ``clitic_splits`` gives is one of these."""
    for i in range(1, min(5, len(word) - 1)):
        if word[i - 1] not in _CLITIC_LETTERS:
            return False
        rest = word[i:]
        if rest in names or shape.ARTICLE + rest in names:
            return True
    return False


_CLITIC_LETTERS = shape.CLITIC_OR_ALIF
_NO_FLAGS = (False, False, (), False, None)


class _Names:
    """What the extractor derives from a gazetteer's index of Arabic names, once per gazetteer: may a
    name (or a name after a clitic) start with this word? Most words of a sentence cannot, and are
    then not looked up at all; and the names tried that the index does not know (``nameless``: name
    -> its first word), which need no second look."""

    def __init__(self, index: dict | None):
        self.index = index
        self.size = len(index) if index is not None else -1
        # first words of the multi-word names
        self.heads = {k.partition(" ")[0] for k in index if " " in k} if index is not None else set()
        self.memo: dict[str, bool] = {}
        self.nameless: dict[str, str] = {}

    def startable(self, word: str) -> bool:
        if self.index is None:
            return True  # an index we cannot read: look every word up
        ok = self.memo.get(word)
        if ok is None:
            if len(self.memo) > 200_000:
                self.memo.clear()
            w = word.partition(" ")[0]
            heads, index = self.heads, self.index
            ok = self.memo[word] = w in heads or w in index or (
                w[:1] in shape.CLITIC_LETTERS and (_after_clitic(w, heads) or _after_clitic(w, index)))
        return ok


def _names(gz: Gazetteer) -> _Names:
    index = getattr(gz, "_ar", None)
    if not isinstance(index, dict):
        index = None
    got = _NAMES.get(id(gz))
    if got is not None and got[0] is gz and got[1].size == (len(index) if index is not None else -1):
        return got[1]  # (a gazetteer that grew, gz.add(), gets new tables)
    names = _Names(index)
    if len(_NAMES) > 4:
        _NAMES.clear()
    _NAMES[id(gz)] = (gz, names)
    return names


_SENT_SPLIT = re.compile(r"(?<=[.!?؟])\s+|\n+")


class _Reader:
    def __init__(self, gz: Gazetteer, profile: Profile, published: dt.date, opts: dict, lexicon: Lexicon):
        self.lx = lexicon
        self.gz = gz
        self.profile = profile
        self.published = published
        self.opts = opts
        (self.cues, self.conduits, self.max_cue, self.max_conduit, self.cue_firsts, self.conduit_firsts,
         self.descriptions, self.desc_firsts, self.cue_lens, self.words, self.variants) = _profile_tables(profile, lexicon)
        self.default_types = {p.id: p.default_type for p in profile.parties if p.default_type}
        self.unresolved: list[str] = []
        self.claimants_seen: list[str] = []
        self._headline = False
        self.last_attacker: dict[str, str] = {}
        self.last_claimant: str | None = None
        self._resolved: dict[tuple[str, str, bool], tuple[Place | None, str | None]] = {}  # within the article
        names = _names(gz)
        self.startable = names.startable
        self.nameless = names.nameless
        self.containers: dict[str, set[str]] = {}  # place id -> ids of the places named as containing it
        self.last_found: dict[str, tuple[str, str | None]] = {}  # claimant -> (type, attacker) told last

    # -------------------------------------------------------------- driver
    def read(self, text: str) -> list[tuple]:
        rows: list[dict] = []
        self._all_rows = rows
        pending: dict | None = None  # an event of the previous sentence still without a place
        # Dates: one named in a sentence carries to the later sentences of its paragraph. A new
        # paragraph starts again from the article's base date: the first date it names, or the
        # latest date of a statement ("وأضاف المتحدث، اليوم الخميس، أن ..."); not from the date of
        # an event told in between ("دمرت الليلة الماضية"), unless it retells that event ("القصف").
        dates = {"base": None, "event": None}
        word = self.words.get
        lx = self.lx
        for n_para, (para_start, para) in enumerate(_paragraphs(text)):
            para_date = None
            # A first paragraph with no full stop at its end is the headline.
            self._headline = n_para == 0 and not para.rstrip().endswith((".", "!", "؟", "?"))
            for s_start, sent in _sentences(para):
                parts = _WORD_SPLIT.split(sent)  # gap, word, gap, word, ..., gap
                words = parts[1::2]
                forms = list(map(word, words))
                if None in forms:  # new word forms: see first whether the sentence needs tokens at all
                    if pending is None:
                        infos = [_tok_info(lx, w) for w in words]
                        if not any(map(_HOT_INFO, infos)):
                            if any(map(_DATEW_INFO, infos)):
                                para_date = self._date_only([x[0] for x in infos if x[0]], para_date, dates)
                            continue
                    forms = [f if f is not None else self._word(w) for f, w in zip(forms, words)]
                if pending is None and not any(map(_HOT, forms)):
                    if any(map(_DATEW, forms)):
                        para_date = self._date_only([x.norm for x in forms if x.norm], para_date, dates)
                    continue
                # The sentence's tokens: words that normalise to nothing are skipped; a word after a
                # gap other than a space is its variant with that gap's flags.
                after = self._after
                kidx = [k for k, x in enumerate(forms) if x.norm]
                toks = [forms[k] if parts[2 * k] == " " else after(forms[k], parts[2 * k]) for k in kidx]
                if not toks:
                    continue
                self._parts, self._kidx = parts, kidx
                got, pending_out, date_used = self._sentence(sent, para_start + s_start, toks, para_date, dates,
                                                             pending)
                if date_used is not None:
                    para_date = date_used
                rows.extend(got)
                pending = pending_out
        return self._finish(rows)

    def _date_only(self, norms: list[str], para_date, dates: dict):
        """A sentence where nothing happens and nobody speaks: only its date matters, for the later
        sentences (and as the article's base date when it is the first one)."""
        lx = self.lx
        found = find_date(" ".join(norms), self.published, norms)
        if not found:
            return para_date
        if dates["base"] is None and not _recap_words(lx, norms):
            dates["base"] = (found[0], found[1])
        return found[0], found[1]

    # -------------------------------------------------------------- one sentence
    def _sentence(self, sent: str, abs_start: int, toks: list[_Tok], para_date, dates: dict, pending):
        lx = self.lx
        roles = self._roles(toks)  # per token: None | ("party", id, kind) | ("conduit", label)
        for k in range(_dateline_end(toks, roles)):
            if roles[k] and roles[k][0] == "party":
                roles[k] = None  # "الباب (سوريا) (أ ف ب) -": a dateline names no party
        claims = self._claims(toks, roles)
        trig_at = [i for i, t in enumerate(toks) if t.ty]
        first = trig_at[0] if trig_at else len(toks)
        # Date of the sentence (conduit names such as "روسيا اليوم" are masked first). A date before
        # the first attack word dates the statement; one after it, the event ("أعلن الجيش، اليوم
        # الثلاثاء، أنه شن ليل الاثنين الثلاثاء غارات": the raids are Monday night's).
        found_date = stmt = None
        if _may_date(toks):
            words = ["_" if roles[i] and roles[i][0] == "conduit" else t.norm for i, t in enumerate(toks)]
            dated = [k for k, t in enumerate(toks) if t.datew]
            if 0 < first < len(toks) and dated[0] < first <= dated[-1]:
                stmt = find_date(" ".join(words[:first]), self.published, words[:first])
                found_date = find_date(" ".join(words[first:]), self.published, words[first:]) or stmt
            elif 0 < first < len(toks):
                found_date = find_date(" ".join(words), self.published, words)
                stmt = found_date if dated[-1] < first else None
            else:
                found_date = find_date(" ".join(words), self.published, words)
                stmt = found_date if not trig_at else None
            if found_date is not None and not _recap(lx, toks):  # "وكانت القوات قد أعلنت في 4 أكتوبر": background
                if dates["base"] is None:
                    dates["base"] = (found_date[0], found_date[1])
                elif stmt is not None and any(c.attr_span != (0, 0) for c in claims):
                    dates["base"] = (stmt[0], stmt[1])
        own = found_date is not None  # the date is named in the sentence itself
        if own:
            date, dprec = found_date[0], found_date[1]
            date_used = (date, dprec)
        elif para_date is not None:
            (date, dprec), date_used = para_date, None
        elif trig_at and dates["event"] is not None and toks[first].stem in lx.retell:
            (date, dprec), date_used = dates["event"], None  # "وأضاف أن القصف ...": the event told before
        elif dates["base"] is not None:
            (date, dprec), date_used = dates["base"], None
        else:
            date, dprec, date_used = self.published, "day", None
        if trig_at:
            dates["event"] = (date, dprec)
        total_from = _totals_start(lx, toks)
        toll = _specific_toll(lx, toks) if total_from < len(toks) else None
        out = []
        new_pending = None
        for claim in claims:
            finds = self._events_in(toks, roles, claim, total_from, trig_at)
            claimant = claim.claimant or _UNATTRIBUTED
            killed, injured = _casualties(lx, toks, claim.start, min(claim.end, total_from))
            located = [f for f in finds if f.places]
            unlocated = [f for f in finds if not f.places]
            # "وتبنى التنظيم الهجوم"، "نفى أي صلة له بالتفجير"، "اتهمت أنقرة الوحدات بالوقوف وراء
            # التفجير"، "وأدى القصف إلى ...": the attack told last, now claimed, denied or retold.
            retold = []
            for f in (g for u in unlocated for g in (*u.earlier, u)) if claim.claimant else ():
                told = self._told(toks, claim, f)
                if not told:
                    continue
                for t in told:
                    if claim.responsibility or claim.stance == "denial" or f.attacker == "__self__":
                        attacker = claim.claimant
                    elif claim.claimant == t["claimant"]:
                        attacker = t["attacker"] or f.attacker
                    else:
                        attacker = f.attacker
                    retold.append({**t, "claimant": claim.claimant, "attacker": attacker, "stance": claim.stance,
                                   "killed": None if located else killed, "injured": None if located else injured,
                                   "source": claim.source, "evidence": sent.strip(),
                                   "ev_start": abs_start + (len(sent) - len(sent.lstrip())),
                                   "ev_end": abs_start + len(sent.rstrip())})
                break
            out.extend(retold)
            if retold and not located:
                continue
            if not located and unlocated:
                f = unlocated[0]
                new_pending = {"claimant": claimant, "find": f, "claim": claim, "date": (date, dprec), "own": own,
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
                    out.extend(self._rows(located, claimant, pending["claim"], d0, p0, pending["own"], pending["sent"],
                                          pending["abs"], toks, abs_start, pending["killed"], pending["injured"],
                                          place_sent=sent))
                    pending = None
                    continue
            for n, f in enumerate(located):
                got = self._rows([f], claimant, claim, date, dprec, own, sent, abs_start, toks, abs_start,
                                 killed if n == 0 else None, injured if n == 0 else None)
                out.extend(got)
        if toll is not None:
            # "قتل مدني في قصف على X، قبل أن تعلن أن حصيلة القتلى ارتفعت إلى اثنين": the toll of
            # the attack this speaker told in the sentence, risen since
            speaker = next((c.claimant for c in claims if c.start <= total_from < c.end), claims[-1].claimant)
            row = next((r for r in out if r["claimant"] == (speaker or _UNATTRIBUTED) and r["stance"] == "claim"), None)
            if row is not None:
                row["killed"], row["toll"] = toll, True
        denier = self._relative_denial(toks, roles)
        if denier is not None:
            # "قالت X إن بلدة مارتوني تعرضت لقصف، وهو ما نفته الوزارة الأذربيجانية": the claims of
            # the sentence, denied by that party (who denies having attacked)
            out.extend([{**r, "claimant": denier, "stance": "denial", "attacker": denier, "killed": None,
                         "injured": None, "source": None}
                        for r in list(out) if r["stance"] == "claim" and r["claimant"] not in (denier, _UNATTRIBUTED)])
        return out, new_pending, date_used

    def _relative_denial(self, toks, roles) -> str | None:
        """The party of a denial in a relative clause: "وهو ما نفته باكو"، "الأمر الذي نفته الوزارة
        الأذربيجانية"، "وهي الاتهامات التي نفتها يريفان"."""
        lx = self.lx
        for k, t in enumerate(toks):
            if t.norm not in lx.denied_it or not any(toks[a].stem in lx.relatives for a in range(max(0, k - 3), k)):
                continue
            for a in range(k + 1, min(len(toks), k + 6)):
                r = roles[a]
                if r and r[0] == "party":
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
            if claim.stance != "denial" or not claim.claimant:
                return None
            # "نفت الوزارة أن تكون استهدفت أي مركبة مدنية": a denial with no place of its own denies
            # the last attack another party accused the denier of
            rows = [r for r in self._all_rows if r["stance"] == "claim" and r["attacker"] == claim.claimant
                    and r["claimant"] != claim.claimant and (not f.typed or r["type"] == f.event_type)]
            if not rows:
                return None
            told = rows[-1]
            return [r for r in rows if r["ev_start"] == told["ev_start"] and r["claimant"] == told["claimant"]
                    and r["type"] == told["type"]]
        rows = [r for r in self._all_rows if r["stance"] == "claim"]
        if not rows:
            return None
        last = rows[-1]
        same = next((r for r in reversed(rows) if r["type"] == f.event_type), None) if f.typed else None
        told = same or last
        if told["claimant"] != claim.claimant and not (
                claim.responsibility or claim.accuses or claim.stance == "denial"):
            return None
        # every place of that telling ("قصف مدينتي X وY")
        return [r for r in rows if r["ev_start"] == told["ev_start"] and r["claimant"] == told["claimant"]
                and r["type"] == told["type"]]

    def _rows(self, finds, claimant, claim, date, dprec, own, sent, abs_start, ptoks, p_abs, killed, injured,
              place_sent=None):
        lx = self.lx
        rows = []
        for f in finds:
            attacker = f.attacker
            if attacker == "__self__" or (attacker is None and (f.event_type == "destruction" or claim.stance == "denial")):
                attacker = claimant if claimant not in (self.profile.fallback_party, _UNATTRIBUTED) else None
            if attacker is None and claim.stance == "claim" and ptoks is not None and \
                    shape.strip_b(ptoks[f.trigger].stem) in lx.mutual and place_sent is None:
                pass  # "معارك عنيفة في محيط X"، "اشتباكات على الحدود": fighting has two sides, no attacker
            elif attacker is None and claim.stance == "claim":
                attacker = self.last_attacker.get(claimant)  # "وأضافت الوزارة أن القصف امتد إلى ..."
            elif attacker is not None and claim.stance == "claim":
                self.last_attacker[claimant] = attacker
            for k, (place, i, j, printed, near) in enumerate(f.places):
                prec = place.kind
                if near and prec == "settlement":
                    prec = "district"
                rows.append({
                    "date": date, "dprec": dprec, "own_date": own, "claimant": claimant, "attacker": attacker,
                    "type": f.event_type, "typed": f.typed, "place": place, "printed": printed, "precision": prec,
                    "killed": killed if k == 0 else None, "injured": injured if k == 0 else None,
                    "stance": claim.stance, "evidence": sent.strip(), "ev_start": abs_start + (len(sent) - len(sent.lstrip())),
                    "ev_end": abs_start + len(sent.rstrip()),
                    "p_start": p_abs + self._start_of(i),
                    "p_end": p_abs + self._start_of(j - 1) + len(ptoks[j - 1].raw),
                    "source": claim.source,
                })
        return rows

    def _start_of(self, i: int) -> int:
        """Offset in the current sentence of its token i."""
        return sum(map(len, self._parts[:2 * self._kidx[i] + 1]))

    # -------------------------------------------------------------- roles: parties and conduits
    def _roles(self, toks: list[_Tok]) -> list[tuple | None]:
        lx = self.lx
        n = len(toks)
        roles: list[tuple | None] = [None] * n
        # Per word form (once per profile): may it start a conduit, follow a conduit head, start a cue?
        free = 0
        norms = None
        for i in [i for i, t in enumerate(toks) if t.pf is not _NO_FLAGS]:
            f = toks[i].pf
            if i < free or not (f[0] or f[2] or (f[3] and i + 1 < n and toks[i + 1].pf[1])):
                continue
            hit = None
            # Conduits need a head word (وكالة ...) or a reporting word just before them.
            prev = toks[i - 1].stem if i else ""
            head = f[3]
            maybe_conduit = f[0] or (head and i + 1 < n and toks[i + 1].pf[1])
            if norms is None:
                norms = [t.norm for t in toks]
            for L in (range(min(self.max_conduit + 1, n - i), 0, -1) if maybe_conduit else ()):
                key = tuple(norms[i:i + L])
                key2 = (toks[i].stem, *key[1:])
                label = self.conduits.get(key) or self.conduits.get(key2)
                if label is None and head and L > 1:
                    label = self.conduits.get(key[1:]) or self.conduits.get(tuple(strip_article(x) for x in key[1:]))
                if label and (head or prev in lx.attr_preps or prev in lx.attr_verbs or prev in lx.about or _quoted(toks, i)):
                    hit = (L, ("conduit", label))
                    break
            if hit is None and f[2]:
                for L in f[2]:  # the lengths of the cues that start with this word, longest first
                    if L > n - i:
                        continue
                    if L == 1:
                        if f[4] is not None:
                            hit = (1, f[4])  # a one-word cue, read once per word form
                            break
                        continue
                    key = tuple(norms[i:i + L])
                    got = self.cues.get(key)
                    if got is None:
                        got = self.cues.get((toks[i].stem, *key[1:]))
                    if got is not None:
                        hit = (L, ("party", got[0], got[1]))
                        break
            if hit is None:
                continue
            L, role = hit
            for k in range(i, i + L):
                roles[k] = role
            free = i + L
        return roles

    def _word(self, raw: str) -> _Tok:
        """The token of a word form (after a space), made once per profile. Its profile flags ``pf``
        are (may start a conduit, may follow a conduit head, lengths of the cues it may start, longest
        first, is a conduit head, its role as a one-word cue or None); ``_NO_FLAGS`` for most words."""
        lx = self.lx
        info = _tok_info(lx, raw)
        norm, stem = info[0], info[1]
        cf, cue_lens = self.conduit_firsts, self.cue_lens
        a, b = cue_lens.get(norm), cue_lens.get(stem)
        lens = (a or _NO_LENS) | (b or _NO_LENS) if (a or b) else _NO_LENS
        if norm[:1] in shape.CLITIC_LETTERS and _after_clitic(norm, cue_lens) and \
                any((st,) in self.cues for _p, st in clitic_splits(norm)):
            lens = lens | {1}
        starts = norm in cf or stem in cf
        follows = norm in cf or (norm[:2] == shape.ARTICLE and len(norm) > 3 and norm[2:] in cf)  # strip_article
        head = stem in lx.conduit_heads
        one = None  # the role of the word as a one-word cue (also after a clitic: "وأذربيجان")
        if 1 in lens:
            got = self.cues.get((norm,)) or self.cues.get((stem,))
            for _p, st in (clitic_splits(norm) if got is None else ()):
                got = self.cues.get((st,))
                if got:
                    break
            one = ("party", got[0], got[1]) if got else None
        f = (starts, follows, tuple(sorted(lens, reverse=True)), head, one) if (starts or follows or lens or head) \
            else _NO_FLAGS
        t = object.__new__(_Tok)
        t.raw = raw
        # hot: an attack or a reporting word, the sentence needs a full reading
        t.norm, t.stem, t.ty, t.ty0, t.attr, t.datew, t.noname, t.cas, t.tot, t.hot = info
        t.pf = f
        t.brk = t.sep = t.quote = t.comma = t.dash = t.paren = False
        if len(self.words) > 200_000:
            self.words.clear()
            self.variants.clear()
        self.words[raw] = t
        return t

    def _after(self, t: _Tok, gap: str) -> _Tok:
        """The variant of token t after this gap (a comma, a quote, a full stop ...)."""
        lx = self.lx
        flags = _gap_flags(gap)
        if flags == _SPACE_FLAGS:
            return t
        v = self.variants.get((t.raw, flags))
        if v is None:
            v = object.__new__(_Tok)
            v.raw, v.pf = t.raw, t.pf
            v.norm, v.stem, v.ty, v.ty0, v.attr, v.datew, v.noname, v.cas, v.tot, v.hot = _tok_info(lx, t.raw)
            v.brk, v.sep, v.quote, v.comma, v.dash, v.paren = flags
            self.variants[(t.raw, flags)] = v
        return v

    # -------------------------------------------------------------- attribution
    def _claims(self, toks: list[_Tok], roles) -> list[_Claim]:
        lx = self.lx
        n = len(toks)
        triggers: list[tuple[int, str]] = []  # (index, kind) kind: verb | denial | prep
        for i in [i for i, t in enumerate(toks) if t.attr]:  # reporting words (and "بيان")
            s = toks[i].stem
            if s in lx.statement and i > 0 and toks[i - 1].stem in lx.prep_in:
                triggers.append((i - 1, "prep"))  # "في بيان"
            if s in lx.denial_verbs:
                triggers.append((i, "denial"))
            elif s in lx.attr_verbs:
                triggers.append((i, "verb"))
            elif s in lx.attr_preps or s in lx.quoting:
                triggers.append((i, "prep"))
        claims: list[_Claim] = []
        for i, kind in triggers:
            party, source, end = None, None, i + 1
            generic = False
            if toks[i].stem in lx.accuse:
                # "وكانت باكو قد اتهمت يريفان بقصف ...": the party named before the verb accuses, the
                # one after it is accused.
                for k in range(i - 1, max(-1, i - 4), -1):
                    r = roles[k]
                    if r and r[0] == "party" and r[2] in ("metonym", "speaker", "institution", "cue"):
                        party = r[1]
                        break
            for k in range(i + 1, min(n, i + 9) if party is None else i + 1):
                r = roles[k]
                if r and r[0] == "conduit":
                    source = r[1]
                    end = k + 1
                    continue
                if r and r[0] == "party":
                    if generic and k > 0 and toks[k - 1].stem in lx.forces:
                        break  # "اتهمت الوزارة القوات الأرمينية": the accused, not the speaker
                    if party is None:
                        party = r[1]
                        end = k + 1
                        # extend over the rest of the party phrase
                        while end < n and roles[end] and roles[end][0] == "party" and roles[end][1] == party:
                            end += 1
                    break
                if toks[k].stem in lx.generic_sources and k <= i + 2:
                    generic = True
                    end = k + 1
                    continue
                if toks[k].stem in lx.about and source is not None:
                    continue  # "نقلت وكالة X عن Y": the claimant is Y
                if toks[k].stem in lx.claim_openers or (k > i + 1 and toks[k].comma):
                    break
                if toks[k].ty0 and toks[k].ty0 != "generic" and k > i + 2:
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
            if not self._headline:
                self.claimants_seen.append(party)  # the article's voices, not its headline's
            takes = toks[i].stem in lx.responsibility or any(toks[k].stem in lx.responsibility_nouns
                                                            for k in range(i + 1, min(n, i + 6)))
            claims.append(_Claim(party, "denial" if kind == "denial" else "claim", source, end, n, (i, end),
                                 takes and kind == "verb", toks[i].stem in lx.accuse))
        # (a headline's "باكو: ..." is left to the article's first voice, as its other reports are)
        colon = None if self._headline else self._colon_speaker(toks, roles)
        if colon is not None and not any(c.attr_span[0] <= colon[1] < c.attr_span[1] for c in claims):
            # "أرمينيا: القوات الأذربيجانية قصفت غوريس"، "... وسلطات الإقليم: قصف على ستيباناكيرت"
            party, p, j = colon
            if all(c.attr_span[0] < p for c in claims):
                self.last_claimant = party
            self.claimants_seen.append(party)
            claims.append(_Claim(party, "claim", None, j, n, (p, j)))
        if not claims:
            # No reporting word: the last claimant of the article speaks on (or nobody); a recap of
            # background ("وكانت مدينة الباب قد شهدت ...") is the article's own voice, not theirs.
            return [_Claim(None if _recap(lx, toks) else self.last_claimant, "claim", None, 0, n, (0, 0))]
        claims.sort(key=lambda c: c.attr_span[0])
        # "نفت الوزارة، على لسان المتحدثة ...": a second reporting word of the same speaker with no
        # event between them belongs to the first claim (and keeps its stance).
        merged: list[_Claim] = []
        for c in claims:
            if merged and merged[-1].claimant == c.claimant and not any(
                    toks[k].ty0 for k in range(merged[-1].attr_span[1], c.attr_span[0])):
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

    def _colon_speaker(self, toks, roles) -> tuple[str, int, int] | None:
        """A party named before a colon speaks what follows, as headlines write it ("باكو: ..."،
        "وزارة الدفاع الأرمينية: ..."): (party, first token of its name, first token after the
        colon), when the name starts the sentence or a clause ("و..."). Not a place before a colon
        ("حرب المسيرات في قره باغ: باكو تنشر": a place slot, and an attack word before it)."""
        lx = self.lx
        for j in range(1, min(len(toks), 12)):
            if ":" not in self._parts[2 * self._kidx[j]]:
                continue
            r = roles[j - 1]
            if not (r and r[0] == "party" and r[2] in ("speaker", "institution", "metonym", "cue")):
                return None
            p = j - 1
            while p > 0 and (roles[p - 1] is r or (roles[p - 1] and roles[p - 1][0] == "party" and roles[p - 1][1] == r[1])
                             or toks[p - 1].stem in lx.speaker_words):
                p -= 1  # the whole name: "وزارة الدفاع الأذربيجانية"، "المتحدثة باسم الخارجية الأرمينية"
            if any(toks[k].ty for k in range(0, p)) and not toks[p].raw.startswith(shape.CONJ):
                return None
            if p > 0 and toks[p - 1].stem in lx.target_preps:
                return None
            if p == 0 or toks[p].raw.startswith(shape.CONJ) or toks[p].brk:
                return r[1], p, j
            return None
        return None

    # -------------------------------------------------------------- events of one claim
    def _events_in(self, toks, roles, claim: _Claim, total_from: int, trig_at: list[int]) -> list[_Found]:
        lx = self.lx
        lo, hi = claim.start, min(claim.end, total_from)
        attr_lo, attr_hi = claim.attr_span
        trig: list[tuple[int, str, bool]] = []
        for i in trig_at:  # the tokens that are attack words
            if i < lo or i >= hi or (attr_lo <= i < attr_hi and claim.attr_span != (0, 0)):
                continue
            if roles[i] and roles[i][0] == "party" and i > 0 and roles[i - 1] is roles[i]:
                continue  # "هيئة تحرير الشام": a word inside a party's name (not its head: "طيران التحالف")
            trig.append((i, toks[i].ty, self._hypothetical(toks, i, lo, claim.stance == "denial")))
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
            ty = _type_of(lx, g, toks, last, scope_end)
            attacker = self._attacker(toks, roles, lo, first, last, claim, ty)
            if attacker is None and gi > 0 and groups[gi - 1][-1][1] == "generic" and \
                    toks[groups[gi - 1][-1][0]].stem in lx.light_verbs and first - groups[gi - 1][-1][0] <= 9:
                # "أنه شن ليل الاثنين الثلاثاء أكثر من 350 غارة": the object of the verb before
                prev = self._attacker(toks, roles, lo, groups[gi - 1][0][0], groups[gi - 1][-1][0], claim, "generic")
                attacker = prev
            if any(toks[k].stem in lx.repel for k in range(max(lo, first - 3), first)) and \
                    attacker in ("__self__", claim.claimant, None):
                # "قواتنا صدت هجمات في اتجاه X": the attack repelled is the other side's, the one
                # this speaker named last ("قصف الجيش الأذربيجاني ...، وإن وحداتنا تصد الهجمات")
                prev = finds[-1].attacker if finds else self.last_attacker.get(claim.claimant)
                attacker = prev if prev not in ("__self__", claim.claimant) else None
            typed = True
            if finds and not finds[-1].places and finds[-1].event_type == "destruction" and \
                    all(toks[i].stem in lx.weapons for i, _t, _h in g):
                # "دمرت، يوم أمس، منظومات مدفعية"، "أسقطت طائرة مسيرة": the weapon is what was destroyed
                ty, attacker = "destruction", finds[-1].attacker if attacker is None else attacker
            elif ty == "generic" and finds and not finds[-1].places and finds[-1].typed and \
                    toks[first].stem not in lx.retell:
                # "أطلقت عملية جوية ... استهدفت مواقع في X": the attack named just before, now placed
                ty, attacker = finds[-1].event_type, attacker or finds[-1].attacker
            if ty == "generic" and toks[first].stem in lx.participles and finds:
                # "شنت غارات جوية ...، مستهدفة X": the participle goes on with the action before it.
                ty, attacker = finds[-1].event_type, finds[-1].attacker
            elif ty == "generic" and toks[first].stem in lx.retell and attacker is None and \
                    self.last_found.get(claim.claimant):
                # "أدى العدوان إلى ...": the attack this speaker told just before.
                ty, attacker = self.last_found[claim.claimant]
            if ty == "generic":
                # Fire from a distance; its usual form for this attacker when the profile says
                # (air forces such as Israel's or the coalition's), else shelling.
                ty = self.default_types.get(attacker if attacker != "__self__" else claim.claimant, "shelling")
                typed = False
            elif claim.claimant:
                self.last_found[claim.claimant] = (ty, attacker)
            f = _Found(ty, first, attacker, typed=typed)
            agent = claim.claimant if attacker == "__self__" else attacker
            # "بقصف مدينة بردعة بصواريخ"; after a passive verb its subject: "تعرضت ستيباناكيرت لقصف"
            # ("تم قصف X": the object of a passive periphrasis)
            f.places = self._places(toks, roles, first + 1, scope_end, agent,
                                    slot=toks[first].stem in lx.passive or (first > 0 and toks[first - 1].stem in lx.passive_aux),
                                    own=claim.claimant)
            if not f.places:
                f.places = self._place_before(toks, roles, lo, first, scope_end)
            if f.places or not finds:
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

    def _hypothetical(self, toks, i: int, lo: int, denial: bool = False) -> bool:
        lx = self.lx
        t = toks[i]
        if t.stem in lx.fire:
            # fire is an attack only as "أطلقت (القوات) النار على X"، "إطلاق النار على"; never in a
            # ceasefire ("وقف إطلاق النار"، "خرق الهدنة") or a figure of speech
            k = next((k for k in range(i - 1, max(lo - 1, i - 4), -1) if toks[k].stem in lx.fire_verbs), None)
            if k is None or (k > lo and toks[k - 1].stem in lx.cease):
                return True
        passive = not lx.passive.isdisjoint([toks[k].stem for k in range(max(lo, i - 12), i)])
        if not passive and (t.stem in lx.purpose or (t.stem.startswith(shape.PREP_LI) and lx.triggers.get(t.stem[1:]))):
            return True
        if t.stem[:2] in shape.FUTURE and lx.triggers.get(t.stem[1:]):
            return True  # future: ستقصف
        for k in range(i - 1, max(lo - 1, i - 5), -1):
            if toks[k + 1].brk and k < i - 1:
                break  # a clause boundary between
            if toks[k].stem in lx.may and (k > 0 and toks[k - 1].stem in lx.be or _past(lx, toks[k + 1].stem)):
                continue  # "أن تكون قد استهدفت": perfect tense, not "may"
            if toks[k].stem in lx.any_ and denial:
                continue  # "نفت قيامها بأي قصف": the denied attack, no threat
            if toks[k].stem in lx.hypo or (toks[k].stem in lx.purpose and not passive):
                return True
        return False

    def _attacker(self, toks, roles, lo, first, last, claim: _Claim, ty: str) -> str | None:
        lx = self.lx
        attr_lo, attr_hi = claim.attr_span
        passive = toks[first].stem in lx.passive
        if passive:
            # "تعرضت X لقصف أذربيجاني"، "لهجوم بطائرة مسيرة أرمينية": the attack undergone names its
            # attacker by an adjective (its subject is the victim, never the attacker)
            for k in range(first + 1, min(len(toks) - 1, first + 5)):
                if _attack_type(lx, toks[k]):
                    for a in range(k + 1, min(len(toks), k + 4)):
                        r = roles[a]
                        if r and r[0] == "party" and r[2] == "cue" and _adjective(toks[a], toks[a - 1]):
                            return r[1]
                        if toks[a].brk or toks[a].stem in lx.target_preps:
                            break
                    for a in range(k + 1, min(len(toks) - 1, k + 5)):
                        if a > k + 1 and toks[a].brk:
                            break
                        if toks[a].stem in lx.prep_from:  # "لقصف مكثف من القوات الأذربيجانية": the agent
                            for b in range(a + 1, min(len(toks), a + 4)):
                                r = roles[b]
                                if r and r[0] == "party" and r[2] in ("cue", "institution"):
                                    return r[1]
                                if b > a + 1 and toks[b].brk:
                                    break
                            break
                    break
        if ty != "destruction" and first + 1 < len(toks):
            r = roles[first + 1]
            if r and r[0] == "party" and r[2] == "cue" and _adjective(toks[first + 1], toks[first]):
                return r[1]  # "الغارات الروسية"، "قصف أذربيجاني"، "هجمات أرمينية": the adjective of the attack word
        for k in range(first + 1, min(len(toks) - 2, last + 8)):
            if k > last and toks[k].brk:
                break
            if toks[k].stem in lx.prep_from and toks[k + 1].stem in lx.agent_nouns:
                # "لقصف صاروخي من جانب القوات الأذربيجانية"، "من الجانب الأرميني": the passive's agent
                for a in range(k + 1, min(len(toks), k + 5)):
                    r = roles[a]
                    if r and r[0] == "party" and r[2] != "speaker":
                        return r[1]
                break
        if toks[first].stem in lx.capture:
            if toks[first].stem in lx.capture_verbs:
                # "أن القوات الأرمينية سيطرت على ...": a subject named before the verb took it
                got = self._subject_before(toks, roles, lo, first, claim)
                if got is not None:
                    return got
            return "__self__"  # "أعلن علييف تحرير مدينة زنغيلان": the speaker's side took it
        # The agent named in a relative clause: "هجوم شنه مسلحون من تنظيم الدولة", "غارات شنها
        # الطيران الروسي" (not the victims named before: "قتل 23 من قوات النظام في هجوم ...").
        for k in range(last + 1, min(len(toks), last + 4)):
            if toks[k].stem in lx.agent_verbs:
                for a in range(k + 1, min(len(toks), k + 6)):
                    r = roles[a]
                    if r and r[0] == "party":
                        return r[1]
                break
        if first > 0 and toks[first - 1].stem in lx.that and toks[first - 1].stem not in lx.that_plain and \
                attr_hi <= first - 1 <= attr_hi + 4 and claim.attr_span != (0, 0):
            return "__self__"  # "أعلن الجيش الإسرائيلي أنه شن غارات": the speaker did it
        for k in range(first + 1, last):
            r = roles[k]
            if r and r[0] == "party" and r[2] == "cue":
                return r[1]  # inside the attack words: "طائرات مسيرة أذربيجانية قصفت"
        if ty != "destruction" and last > first and last + 1 < len(toks):
            r = roles[last + 1]
            if r and r[0] == "party" and r[2] == "cue" and toks[last + 1].norm.startswith(shape.ARTICLE):
                return r[1]  # "قصفت المدفعية التركية": the adjective of the instrument
        got = None if passive else self._subject_before(toks, roles, lo, first, claim)
        if got is not None:
            return got
        if ty != "destruction":
            for k in range(first + 1, min(len(toks), last + 3)):
                r = roles[k]
                if r and r[0] == "party" and (r[2] == "institution" or (r[2] == "cue" and toks[k].norm.startswith(shape.ARTICLE))):
                    return r[1]  # "القصف الأذربيجاني", verb first: "قصف الجيش الأرميني"
        return None

    def _subject_before(self, toks, roles, lo: int, first: int, claim: _Claim) -> str | None:
        """The party named before the attack word, back to the speaker: "قواتها" is the speaker's
        side; a spokesperson's name ("أعلن أمين المظالم، غيغام ستيبانيان، أن ...") attacks nobody."""
        lx = self.lx
        attr_lo, attr_hi = claim.attr_span
        for k in range(first - 1, lo - 1, -1):
            if attr_lo <= k < attr_hi and claim.attr_span != (0, 0):
                break
            if toks[k].stem in lx.own_forces:
                return "__self__"
            r = roles[k]
            if r and r[0] == "party" and r[2] != "speaker" and not self._is_place_use(toks, k):
                if k > lo and toks[k - 1].stem in lx.report_nouns:
                    continue  # "التقارير الأذربيجانية عن قصف": whose report, not whose attack
                if k > lo and toks[k - 1].stem in lx.person and any(toks[a].cas for a in range(k + 1, min(first + 1, k + 4))):
                    continue  # "جنديا أذربيجانيا أصيب بنيران ...": the victims' side, not the attacker
                return r[1]
            if toks[k].stem in lx.while_:
                break  # "... من مقاتلي قسد، فيما قصفت ...": the parties before are another clause's
        return None

    def _is_place_use(self, toks, k) -> bool:
        lx = self.lx
        return k > 0 and toks[k - 1].stem in lx.target_preps

    # -------------------------------------------------------------- places
    def _places(self, toks, roles, lo: int, hi: int, agent: str | None = None,
                slot: bool = False, own: str | None = None) -> list[tuple[Place, int, int, str, bool]]:
        """The places named after an attack word, up to ``hi``. ``agent``: the party that attacks,
        when known; a capital that stands for another party ("ستيباناكيرت"، "باكو") is then the
        target when it is the attack's object: "إن القوات الأذربيجانية قصفت ستيباناكيرت". ``slot``:
        the first word is where a place goes (the subject of a passive verb). ``own``: the claimant;
        its own capital after an attack word with no named attacker is hit, not attacking ("قالت
        سلطات الإقليم إن القصف طال ستيباناكيرت")."""
        lx = self.lx
        out: list[tuple[Place, int, int, str, bool]] = []
        i = lo
        # slot: after a target preposition, type word or list conjunction
        origin = False
        while i < hi:
            t = toks[i]
            if i > lo and t.comma and not t.raw.startswith(shape.CONJ):
                origin = False
            if i > lo and t.brk and not t.comma:
                slot = False  # a colon, semicolon or quote ends a list ("في قره باغ: باكو تنشر")
            if t.stem in lx.origin and i + 1 < hi:
                nxt = toks[i + 1].stem
                if t.stem in lx.prep_from and nxt in lx.month_words:
                    i += 1  # "في الثاني من تشرين الأول": a date, no origin
                    continue
                if t.stem in lx.prep_from and (i > lo and (toks[i - 1].stem in lx.near or toks[i - 1].stem in lx.partitive)
                                       or nxt.startswith(tuple(lx.between))
                                       or any(toks[k].stem in lx.parts for k in range(max(lo, i - 3), i))):
                    slot = True  # "بالقرب من X", "عددا من القرى", "من بينها X", "أحياء من مدينة X": no origin
                elif t.stem in lx.launching or nxt in lx.origin_nouns or (i > lo and toks[i - 1].stem[:4] in lx.launch_prefixes):
                    # "انطلاقا من مواقعها قرب X", "من منطقة X في Y", "أطلقها مسلحون من ...": the origin
                    # of fire, up to a comma or a word of direction (على، باتجاه، نحو).
                    origin = 2
                elif origin != 2:
                    origin = 1  # "أطلقت من أراضي ...": up to the next preposition
                i += 1
                continue
            if t.stem in lx.target_preps or t.stem in lx.near:
                if origin == 1 or (origin and t.stem in lx.toward
                                   and not (t.stem in lx.direction and toks[i - 1].stem in lx.prep_from)):
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
            if t.ty:  # an attack word ("بقصف مدينة بردعة بصواريخ ..."): no place, and it ends a slot
                slot = False
                i += 1
                continue
            if r and r[0] == "party" and r[2] == "metonym" and (agent or own) and \
                    all((roles[k] and roles[k][0] == "party") or toks[k].ty for k in range(lo, i)) and \
                    ((agent and agent != r[1]) or (not agent and own == r[1] and _ends_name(toks, i, hi))):
                # the other side's capital as the attack's object: "بقصف ستيباناكيرت"، "قصفت القوات
                # الأذربيجانية ستيباناكيرت" (elsewhere it is a party: "داعيا واشنطن إلى")
                m = self._match_place(toks, i, hi, True, r)
            elif slot or t.stem in TYPE_WORDS or t.stem in self.desc_firsts or self.startable(t.norm):
                m = self._match_place(toks, i, hi, slot, r)
            else:
                m = None  # no name starts with this word (see _match_place)
            if m is None:
                if t.stem in TYPE_WORDS or t.stem in lx.dual_types:
                    slot = True  # "مدينة X", "مدينتي X وY"
                elif t.stem not in lx.stop and not t.stem.isdigit():
                    slot = False if len(t.stem) > 1 else slot
                i += 1
                continue
            place, j, printed, near = m
            if not origin:
                out.append((place, i, j, printed, near))
            i = j
            slot = True  # lists: "مدن أ وب وج"
        return _drop_containers(lx, toks, self._within(toks, out), self.containers)

    def _within(self, toks, places):
        """Places read with their containers (the gazetteer's ``resolve_in``): "بلدة X في منطقة Y"
        takes the X that lies in Y when several places are called X; "قرية X التابعة لمدينة Y" with
        X unknown is an event somewhere around Y (district precision), not in Y itself."""
        lx = self.lx
        out = list(places)
        for n, (p, i, j, printed, near) in enumerate(places):
            nxt = places[n + 1] if n + 1 < len(places) else None
            if nxt is not None and _contains(lx, toks, (p, i, j), nxt):
                c = self.gz.resolve_in(printed, _printed(toks[nxt[1]:nxt[2]], None), theatre=self.profile.theatre)
                if c is not None and c.place.id not in (p.id, nxt[0].id) and c.precision == c.place.kind:
                    out[n] = (c.place, i, j, printed, near)
                continue
            prev = places[n - 1] if n else None
            if prev is not None and prev[2] >= i - 3:
                continue  # listed after another place, or its container: already read
            # "قرية زغلولستان التابعة لمدينة ترتر": a village word, a name no one knows, a container word
            back = [toks[k] for k in range(max(0, i - 5), i + 1)]  # Y's own first word may be "بمدينة"
            if back[-1].norm not in lx.container_types:
                back.pop()
            cont = [k for k, t in enumerate(back) if t.stem in lx.container or t.norm in lx.container_types]
            vill = [k for k, t in enumerate(back) if t.stem in lx.village_words or t.norm in lx.village_words]
            if cont and vill and vill[-1] + 1 < cont[0]:
                base = max(0, i - 5)
                xa, xb = base + vill[-1] + 1, base + cont[0]  # X's words, after its village word
                ya = base + cont[-1] + (0 if back[cont[-1]].norm in lx.container_types else 1)  # "لمدينة Y" or "Y"
                c = self.gz.resolve_in(" ".join(t.raw for t in toks[xa - 1:xb]), _printed(toks[ya:j], None),
                                       theatre=self.profile.theatre)
                if c is not None and c.place.id != p.id and c.precision == c.place.kind:
                    # X is known with its village word ("بلدة سوس" in Lachin district, not Sos in Martuni)
                    out[n] = (c.place, xa, xb, _printed(toks[xa:xb], None), near)
                elif p.kind == "settlement":
                    out[n] = (p, i, j, printed, True)
        return out

    def _place_before(self, toks, roles, lo: int, first: int, hi: int):
        """The place of an event named before its attack word, when none follows it: a fronted
        locative ("وفي ريف إدلب، قصفت ..."، "أن في X ...") or the antecedent of an anaphor such as
        "للقاعدة" ("مركز المصالحة في قاعدة حميميم أن الدفاعات الجوية للقاعدة أسقطت ...")."""
        lx = self.lx
        for k in range(lo, hi):
            base = lx.anaphors.get(toks[k].norm)
            if base is None:
                continue
            for a in range(k - 1, -1, -1):
                if toks[a].norm == base or any(st == base for _p, st in clitic_splits(toks[a].norm)):
                    for start in (a, a + 1):  # "قاعدة حميميم" as one name, else the name after the noun
                        m = self._match_place(toks, start, len(toks), True, roles[start]) if start < len(toks) else None
                        if m is not None:
                            place, j, printed, _near = m
                            return [(place, start, j, printed, False)]
                    break
        if toks[first].stem in lx.passive:
            # "أن مدينة ترتر تعرضت لقصف"، "ستيباناكيرت تتعرض لقصف": the place that underwent the
            # attack is the passive verb's subject, named right before it
            for a in range(first - 1, max(lo - 1, first - 5), -1):
                if _boundary(toks, a, first):
                    break
                m = self._match_place(toks, a, first, True, roles[a])
                if m is not None and m[1] == first:
                    place, j, printed, near = m
                    return [(place, a, j, printed, near)]
        for k in range(max(lo, first - 10), first):
            if toks[k].stem in lx.witness and not _boundary(toks, k, first):
                # "شهدت مدينة الباب تفجيرا"، "وكانت مدينة الباب قد شهدت تفجيرا": the place that saw it
                # (the attack word is the verb's object, in the same clause)
                for a in [*range(k + 1, min(first, k + 3)), *range(k - 1, max(lo - 1, k - 5), -1)]:
                    m = self._match_place(toks, a, first, True, roles[a])
                    if m is not None:
                        place, j, printed, near = m
                        return [(place, a, j, printed, near)]
        for k in range(lo, first):
            if toks[k].stem not in lx.locatives or not (k == 0 or k == lo or toks[k - 1].stem in lx.that):
                continue
            m = self._match_place(toks, k + 1, first, True, roles[k + 1]) if k + 1 < first else None
            if m is not None and (m[1] == first or toks[m[1]].brk):  # the locative ends its phrase
                place, j, printed, near = m
                return [(place, k + 1, j, printed, near)]
        return []

    def _loose_places(self, toks, roles, claim: _Claim):
        """Places given for an event of the previous sentence: after داخل / في, outside any threat."""
        lx = self.lx
        lo, hi = claim.start, claim.end
        trig = [i for i in range(lo, hi) if toks[i].ty]
        out = []
        for i in range(lo, hi):
            if toks[i].stem not in lx.locatives or i + 1 >= hi:
                continue
            if any(t < i and (i - t) < 8 and not _boundary(toks, t, i) for t in trig):
                continue  # the place of another (here hypothetical) trigger
            m = self._match_place(toks, i + 1, hi, True, roles[i + 1])
            if m and self.profile.theatre.prior(m[0])[1] is not None:  # not "a meeting in Washington"
                place, j, printed, near = m
                out.append((place, i + 1, j, printed, near))
        return _drop_containers(lx, toks, out)

    def _match_place(self, toks, i: int, hi: int, slot: bool, role) -> tuple[Place, int, str, bool] | None:
        lx = self.lx
        stem_i = toks[i].stem
        if not slot and stem_i not in TYPE_WORDS and stem_i not in self.desc_firsts and \
                not self.startable(toks[i].norm):
            return None  # no name starts with this word, and outside a slot nothing else is tried
        kind_hint = None
        start = i
        if stem_i in TYPE_WORDS and i + 1 < hi:
            kind_hint = TYPE_WORDS[stem_i]
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
                    return place, start + L, " ".join(t.raw for t in toks[start:start + L]), _near(lx, toks, i)
        # Longest name first; a separator (comma, full stop, colon) inside the span ends a name.
        top = min(self.opts["max_words_per_place"], hi - start)
        for k in range(start + 1, start + top):
            if toks[k].sep:
                top = k - start
                break
        t0 = toks[start] if start < hi else None
        first = t0.norm if t0 is not None else ""
        if top > 0 and self.startable(first):
            keys = [first]
            for k in range(start + 1, start + top):
                keys.append(keys[-1] + " " + toks[k].norm)
            memo = self._resolved
            nameless = self.nameless
            for L in range(top, 0, -1):
                if L == 1 and (t0.noname or len(first) < 3):
                    continue
                key = keys[L - 1]
                if key in nameless and first == nameless[key]:
                    continue  # neither the name nor its clitic readings is a gazetteer name
                got = memo.get((key, first, slot))
                if got is None:
                    got = memo[(key, first, slot)] = self._resolve_exactish(key, first, slot)
                place, printed_stem = got
                if place is None:
                    continue
                if role and role[0] == "party" and role[2] == "metonym" and \
                        start + L < len(toks) and toks[start + L].stem in lx.attr_verbs:
                    return None  # "وباكو تعلن": the capital speaks, it is not hit
                if role and role[0] == "party" and role[2] in ("cue", "metonym") and not slot:
                    return None  # a party word used as a party ("أكدت أذربيجان")
                return place, start + L, _printed(toks[start:start + L], printed_stem), _near(lx, toks, i)
        if slot and start < hi:
            # Inside a place slot, spelling variants, transliteration and typos are allowed.
            t = toks[start]
            if t.noname or len(t.norm) < 4 or (role and role[0] == "party" and role[2] != "metonym"):
                return None
            cands = self.gz.candidates(t.norm, 1, theatre=self.profile.theatre, kind=kind_hint, fuzzy=False)
            if cands and cands[0].score >= self.opts["min_place_score"] + 0.25 and \
                    self.profile.theatre.prior(cands[0].place)[1] is not None and _alike(t, cands[0]):
                return cands[0].place, start + 1, _printed([t], None), _near(lx, toks, i)
            if kind_hint and not t.ty0 and t.stem not in lx.near and t.stem not in lx.place_adj:
                self.unresolved.append(t.raw.strip("«»\"'“”"))
        return None

    def _resolve_exactish(self, key: str, first: str, slot: bool) -> tuple[Place | None, str | None]:
        """The place a name (or the name without a clitic on its first word) exactly denotes."""
        lx = self.lx
        gz = self.gz
        theatre = self.profile.theatre
        rest = key[len(first):]  # "" or " " + the other words
        known = False
        for k, stem in ((key, None), *((stem + rest, stem) for _p, stem in clitic_splits(first))):
            if gz.knows(k):
                known = True
                cands = gz.candidates(k, 1, theatre=theatre, fuzzy=False)
                if not cands:
                    continue
                best = cands[0]
                p = best.place
                in_theatre = theatre.prior(p)[1] is not None
                if (" " not in k and k in lx.stop) or (len(k) < 4 and not in_theatre):
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
        if not known:
            if len(self.nameless) > 200_000:
                self.nameless.clear()
            self.nameless[key] = first
        return None, None

    # -------------------------------------------------------------- article level
    def _finish(self, rows: list[dict]) -> list[tuple]:
        # A headline or lead sentence reports before it attributes: its claimant is the first one
        # named after it in the article (else the profile's fallback party).
        attributed = {(r["place"].id, r["stance"]): r for r in rows if r["claimant"] != _UNATTRIBUTED}
        # A headline retold in the body with its own date and source is the body's event (and an
        # unattributed report of an attack someone then claims is that claim's): its figures go there.
        # (A recap with a date of its own, "وكانت الباب قد شهدت في 21 شباط تفجيرا", is another event.)
        told = set()
        for r in rows:
            a = attributed.get((r["place"].id, r["stance"]))
            if r["claimant"] == _UNATTRIBUTED and a is not None and (a["date"] == r["date"] or not r["own_date"]):
                for f in ("killed", "injured"):
                    a[f] = a[f] if a[f] is not None else r[f]
                told.add(id(r))
        rows = [r for r in rows if id(r) not in told]
        # A headline naming the province ("غارة قرب رتل تركي في إدلب") of a place the body names
        # ("قرب مدينة معرة النعمان بريف إدلب") tells the body's event.
        inside = {(c, a["stance"]) for a in attributed.values() for c in self.containers.get(a["place"].id, ())}
        rows = [r for r in rows if r["claimant"] != _UNATTRIBUTED or not (
            (r["place"].id, r["stance"]) in inside or (normalize(r["printed"]), r["stance"]) in inside)]
        for n, r in enumerate(rows):
            if r["claimant"] == _UNATTRIBUTED:
                later = next((x["claimant"] for x in rows[n + 1:] if x["claimant"] != _UNATTRIBUTED), None)
                r["claimant"] = later or (self.claimants_seen[:1] or [self.profile.fallback_party])[0]
                if r["attacker"] == r["claimant"] and r["type"] != "destruction":
                    r["attacker"] = None
        # A denial denies the claim told at that place: undated, it has that claim's date; read from
        # a bare "استهدفت" ("نفت أن تكون قد استهدفت X"), it has that claim's type.
        for r in rows:
            if r["stance"] == "denial" and not (r["own_date"] and r["typed"]):
                told = next((x for x in rows if x["stance"] == "claim" and x["place"].id == r["place"].id
                             and x["claimant"] != r["claimant"]), None)
                if told is not None and not r["own_date"]:
                    r["date"], r["dprec"] = told["date"], told["dprec"]
                if told is not None and not r["typed"]:
                    r["type"] = told["type"]
        # An undated telling of a claim that is told with its date elsewhere in the article is
        # that claim ("يعلن السيطرة على تل رفعت" in the headline, "أعلن، أمس الأحد، سيطرته ...").
        dated = {(r["claimant"], r["stance"], r["place"].id): r for r in rows if r["own_date"]}
        dupes = set()
        for r in rows:
            d = dated.get((r["claimant"], r["stance"], r["place"].id))
            if not r["own_date"] and d is not None and d["date"] != r["date"]:
                _absorb(d, r)
                dupes.add(id(r))
        rows = [r for r in rows if id(r) not in dupes]
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
                        _absorb(k, r)
                continue
            seen.add(key)
            keep.append(r)
        final = []
        for r in keep:
            if r["precision"] in ("country", "region"):
                finer = [k for k in keep if k is not r and k["claimant"] == r["claimant"] and k["attacker"] == r["attacker"]
                         and k["type"] == r["type"] and (k["date"] == r["date"] or not r["own_date"])
                         and k["stance"] == r["stance"]
                         and rank[k["precision"]] < rank[r["precision"]]]
                if finer:
                    continue
            final.append(r)
        return [(r["date"], r["dprec"], r["claimant"], r["attacker"], r["type"], r["place"], r["printed"],
                 r["precision"], r["killed"], r["injured"], r["stance"], r["evidence"], r["ev_start"], r["ev_end"],
                 r["p_start"], r["p_end"], r["source"]) for r in final]


# ---------------------------------------------------------------- helpers
def _absorb(keep: dict, dup: dict) -> None:
    """A second telling of the same event fills what the first lacked; a toll that rose since
    ("ارتفع عدد قتلى القصف على X إلى خمسة") replaces the first figure."""
    for f in ("killed", "injured", "attacker", "source"):
        keep[f] = keep[f] if keep[f] is not None else dup[f]
    if dup.get("toll") and dup["killed"] is not None and (keep["killed"] is None or dup["killed"] > keep["killed"]):
        keep["killed"] = dup["killed"]
        keep["toll"] = True




def _specific_toll(lx: Lexicon, toks) -> int | None:
    """The new figure of a toll that rose for one attack ("عدد قتلى القصف على مارتاكيرت ارتفع إلى
    خمسة"، "حصيلة القتلى ارتفعت إلى اثنين"); None for running totals of a war ("منذ بدء"، "منذ 27
    أيلول"، "حتى الآن"، "إجمالي")."""
    norms = [t.norm for t in toks]
    if not lx.since.isdisjoint(norms) or not lx.aggregate.isdisjoint(norms) or \
            not any(root in w for w in norms for root in lx.kill_root):
        return None
    for i, t in enumerate(toks):
        if t.stem not in lx.rise:
            continue
        for k in range(i + 1, min(len(toks) - 1, i + 6)):
            if toks[k].stem in lx.to:
                w = toks[k + 1].stem
                if w.isdigit():
                    return int(w)
                return lx.num_words.get(w)
        return None
    return None



_PARA_SPLIT = re.compile(r"(\n\s*\n)")
_PARA_BREAK = re.compile(r"\n\s*\n")


def _paragraphs(text: str):
    pos = 0
    for block in _PARA_SPLIT.split(text):
        if block.strip() and not _PARA_BREAK.fullmatch(block):
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
_WORD_SPLIT = re.compile(f"({_TOKEN.pattern})")


def _norm_stem(lx: Lexicon, raw: str) -> tuple[str, str]:
    """A token's normalised form and its stem (a leading و / ف, or ل / ب before a type word, off)."""
    norm = normalize(raw)
    stem = norm
    if len(norm) > 3 and norm[0] in shape.CONJUNCTIONS and (norm[1:] in lx.known_words or lx.triggers.get(norm[1:])):
        stem = norm[1:]
    elif len(norm) > 4 and norm[0] in shape.STEM_PREFIXES and norm[1:] in TYPE_WORDS:
        stem = norm[1:]  # "لمنطقة كرفاتشار", "بمحافظة ترتر"
    return norm, stem




@lru_cache(maxsize=1 << 17)
def _tok_info(lx: Lexicon, raw: str) -> tuple:
    """What a word form is, computed once per form (the fields of ``_Tok`` in this order): norm,
    stem, attack type, attack type of the bare stem, reporting word, date word, no one-word name,
    casualty word, toll word, and whether it is an attack or a reporting word."""
    norm, stem = _norm_stem(lx, raw)
    if stem not in lx.vocab and norm not in lx.vocab and stem[:1] != shape.PREP_BI:
        # Most words: no role of their own (the general case below gives the same).
        datew = stem[1:] in lx.date_words or stem[:1].isdigit() or (stem[:1] in shape.DATE_PREFIXES and stem[1:2].isdigit())
        return norm, stem, None, None, False, datew, False, 0, 0, False
    ty0 = lx.triggers.get(stem)
    ty = ty0 or lx.triggers.get(shape.strip_b(stem))
    w = stem
    datew = w in lx.date_words or w[1:] in lx.date_words or w[:1].isdigit() or (w[:1] in shape.DATE_PREFIXES_BI and w[1:2].isdigit())
    s = stem[1:] if stem.startswith(shape.PREP_BI) and (stem[1:] in lx.injured or stem[1:] in lx.killed) else stem  # بمقتل
    cas = 1 if s in lx.killed else 2 if s in lx.injured else 0
    tot = 1 if stem in lx.total_words else 2 if stem in lx.toll_firsts else 0
    attr = stem in lx.attr_any
    return norm, stem, ty, ty0, attr, datew, stem in lx.not_a_name or norm in lx.not_a_name, cas, tot, bool(ty or attr)


@lru_cache(maxsize=1 << 12)
def _gap_flags(gap: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """(clause boundary, separator inside a name, opening quote, comma, dash, parenthesis) for the
    text between tokens."""
    return (any(c in gap for c in "،,:;؛\"«»“”"), any(c in gap for c in "،,.:؛"), any(q in gap for q in "\"«“"),
            "،" in gap, any(c in gap for c in "-–—"), "(" in gap)


_SPACE_FLAGS = _gap_flags(" ")


def _may_date(toks) -> bool:
    """Cheap test before the date regexes: a digit or a date word (with a clitic) is present."""
    for t in toks:
        if t.datew:
            return True
    return False




def _passive_kind(lx: Lexicon, toks, prev: "_Found", f: "_Found") -> None:
    """"تعرضت مدينة X لقصف صاروخي من جانب القوات ...": the unlocated mention after a located
    passive "تعرض" gives it its kind and its agent."""
    if not prev.typed and f.typed and toks[prev.trigger].stem in lx.passive:
        prev.event_type, prev.typed = f.event_type, True
        prev.attacker = prev.attacker or f.attacker


def _adjective(tok, noun=None) -> bool:
    """A party word in the form of an adjective ("الروسية"، "أذربيجاني"), not a country's name ("أرمينيا")."""
    return shape.is_adjective_form(tok.norm, noun.norm if noun is not None else None)


def _quoted(toks, i) -> bool:
    return toks[i].quote


def _ends_name(toks, i: int, hi: int) -> bool:
    """Token i is a one-word name that ends its phrase: last of the span, before a clause boundary
    or a listed name ("ستيباناكيرت ومارتوني"); not the subject of a verb ("باكو تنشر مقاطع")."""
    return i + 1 >= hi or toks[i + 1].brk or toks[i + 1].norm.startswith(shape.CONJ)


def _boundary(toks, a: int, b: int) -> bool:
    """True when a clause boundary (comma, colon, quote) separates token a from token b."""
    for k in range(a + 1, b + 1):
        if toks[k].brk:
            return True
    return False


def _attack_type(lx: Lexicon, tok) -> str | None:
    """The attack type of a word, also after the ل of "تعرضت لقصف"، "لهجوم"."""
    return tok.ty or (lx.triggers.get(tok.stem[1:]) if tok.stem.startswith(shape.PREP_LI) else None)


def _type_of(lx: Lexicon, group, toks, last: int, scope_end: int) -> str:
    types = [ty for _, ty, _ in group]
    if types[0] == "destruction":
        return "destruction"
    window = set(types)
    # Instruments just after the trigger group: "هجمات بالمدفعية", "استهدفت بطائرة مسيرة"; the kind
    # of attack undergone: "تعرضت لهجوم"، "تعرضت لقصف مدفعي".
    for k in range(last + 1, min(scope_end, last + 4)):
        ty = _attack_type(lx, toks[k])
        if ty and ty not in ("generic", "destruction"):
            window.add(ty)
    # A drone or missile named as the subject just before: "المسيرة ... شنت غارة" (not the
    # instrument of another clause: "لقصف بالصواريخ، فيما استهدفت المدفعية ...").
    first = group[0][0]
    for k in range(max(0, first - 3), first):
        ty = toks[k].ty
        if ty in ("drone", "missile") and not toks[k].stem.startswith(shape.PREP_BI) and not _boundary(toks, k, first):
            window.add(ty)
    # An attack word with instruments of two kinds ("قصفا مكثفا بالمدفعية والطائرات المسيرة"،
    # "قصفت بالقذائف الصاروخية"): the attack word says what it was.
    head = next((ty for k, ty, _h in group if ty not in ("generic", "destruction")
                 and shape.strip_b(toks[k].stem) not in lx.weapons and toks[k].stem not in lx.weapons), None)
    if head is not None:
        kinds = {ty for k, ty, _h in group if (shape.strip_b(toks[k].stem) in lx.weapons or toks[k].stem in lx.weapons)
                 and not (head == "airstrike" and ty == "airstrike")}
        if len(kinds) >= 2:
            return head
    if "ground_attack" in types and any(shape.strip_b(toks[k].stem) in lx.armour for k in range(first, min(scope_end, last + 6))):
        return "ground_attack"  # "شنت هجوما واسعا باستخدام الدبابات والمدفعية": an assault, with its guns
    if "shelling" in window and any(toks[k].stem in lx.rocket_launchers for k in range(max(0, last - 3), min(len(toks), last + 3))):
        return "shelling"
    for ty in _SPECIFIC:
        if ty in window:
            return ty
    return "generic"  # a bare "استهدف / ضرب": the caller picks the attacker's usual weapon




def _dateline_end(toks, roles) -> int:
    """Index of the first token after a dateline such as "الباب (سوريا) (أ ف ب) -", else 0."""
    for k in range(1, min(len(toks), 9)):
        if toks[k].dash:
            if any(roles[a] and roles[a][0] == "conduit" for a in range(k)) or any(toks[a].paren for a in range(k)):
                return k
            return 0
    return 0


def _recap(lx: Lexicon, toks) -> bool:
    """A pluperfect recap of background ("وكانت القوات قد سيطرت"): كان / كانت with قد soon after."""
    return _recap_words(lx, [t.norm for t in toks])


def _recap_words(lx: Lexicon, norms: list[str]) -> bool:
    for i, w in enumerate(norms):
        if w in lx.was and not lx.may.isdisjoint(norms[i + 1:i + 7]):
            return True
    return False


def _totals_start(lx: Lexicon, toks) -> int:
    """Index of the first token of a cumulative-toll phrase ("ما رفع حصيلة القتلى إلى 43")."""
    for i, t in enumerate(toks):
        if t.tot and (t.tot == 1 or (i + 1 < len(toks) and (t.stem, toks[i + 1].norm) in lx.toll_pairs)):
            # back up over "ما" / "مما"
            return i - 1 if i > 0 and toks[i - 1].norm in lx.what else i
    return len(toks)


def _number_near(lx: Lexicon, toks, i: int, lo: int, hi: int) -> int | None:
    """A casualty figure next to token i: digits or number words, before or after."""
    other = next((k for k in (i + 1, i + 2, i + 3) if k < hi and toks[k].cas and toks[k].cas != toks[i].cas), None)
    for k in (i + 1, i + 2, i + 3, -1, i - 1, i - 2):
        if k == -1:
            # "جنديا أذربيجانيا أصيب"، "مدنيا قتل": one victim, a singular noun with no number
            for a in (i - 1, i - 2, i - 3, i - 4):
                # (the words between may describe it: "طفلا في الثانية عشرة قتل", an age)
                if lo <= a and toks[a].stem in lx.one_person and not (a > lo and _number_at(lx, toks, a - 1, hi)) and \
                        not any(_number_at(lx, toks, b, hi) is not None and not _age(lx, toks, b, hi) for b in range(a + 1, i)) \
                        and not any(toks[b].brk or toks[b].cas for b in range(a + 1, i)) and not toks[i].brk:
                    return 1
            # "خمسة أفراد من عائلة واحدة لقوا حتفهم": a number and its noun a few words before
            for a in range(i - 3, max(lo - 1, i - 7), -1):
                if toks[a + 1].brk or toks[a + 1].cas:
                    break
                if toks[a + 1].stem in lx.person and _number_at(lx, toks, a, hi) is not None:
                    return _number_at(lx, toks, a, hi)
            continue
        if not (lo <= k < hi) or (other is not None and other <= k):
            continue  # "مدنيا واحدا قتل وأصيب ثلاثة": the figure after the next casualty word is its own
        if _age(lx, toks, k, hi):
            continue  # "طفل في الثانية عشرة من عمره": an age, not a count
        w = toks[k].stem
        if w.isdigit():
            return int(w)
        if w in lx.num_words:
            if lx.num_words[w] < 10 and k + 1 < hi and toks[k + 1].stem in lx.ten:
                return lx.num_words[w] + 10  # "أربعة عشر"
            if w in lx.ten and k > lo and toks[k - 1].stem in lx.num_words and lx.num_words[toks[k - 1].stem] < 10:
                return lx.num_words[toks[k - 1].stem] + 10  # "أربعة عشر قتيلا", read from the noun
            return lx.num_words[w]
        if k == i + 1 and w in lx.duals:
            return 2
        if k == i + 1 and w in lx.one_more:
            return 1
        if k == i + 1 and w in lx.person:
            base = w
            # dual: مدنيان / مدنيين after a number word is plural; a bare dual is two
            if base.endswith(shape.DUAL_ENDING) and base[:-2] + shape.NISBA in lx.person:
                return 2
            nxt = toks[k + 1].stem if k + 1 < hi else ""
            if nxt in lx.num_words:
                return lx.num_words[nxt]
            if base in lx.singular_persons:
                return 1
            if base.endswith(shape.DUAL_ENDING):
                return 2
    return None


def _age(lx: Lexicon, toks, k: int, hi: int) -> bool:
    """The number at k is someone's age: "في الثانية عشرة"، "يبلغ من العمر 12 عاما"، "12 عاما من عمره"."""
    before = {toks[a].stem for a in range(max(0, k - 2), k)}
    after = [toks[a].stem for a in range(k + 1, min(hi, k + 4))]
    return not lx.age_before.isdisjoint(before) or any(w.startswith(tuple(lx.age_prefixes)) or w in lx.age_after for w in after) \
        or any(toks[a].stem in lx.age_nouns for a in range(max(0, k - 2), k))


def _number_at(lx: Lexicon, toks, k: int, hi: int) -> int | None:
    w = toks[k].stem
    if w.isdigit():
        return int(w)
    return lx.num_words.get(w)


def _more_victims(lx: Lexicon, toks, i: int, hi: int) -> int:
    """"مقتل أربعة عسكريين ومدنيين اثنين"، "أربعة من عناصر الشرطة ومدنيين اثنين": a second group of
    victims joined to the first by و, counted with it."""
    for k in range(i + 2, min(hi - 1, i + 7)):
        t = toks[k]
        if t.cas or t.brk:
            return 0
        if t.norm.startswith(shape.CONJ) and t.norm[1:] in lx.person:
            n = _number_at(lx, toks, k + 1, hi)
            return n or 0
        if t.norm.startswith(shape.CONJ) and k + 1 < hi and toks[k + 1].stem in lx.person:
            n = lx.num_words.get(t.norm[1:]) or (int(t.norm[1:]) if t.norm[1:].isdigit() else None)
            return n or 0
    return 0


def _casualties(lx: Lexicon, toks, lo: int, hi: int) -> tuple[int | None, int | None]:
    killed = injured = None
    for i in range(lo, hi):
        c = toks[i].cas
        if not c:
            continue
        if killed is None and c == 1:
            killed = _number_near(lx, toks, i, lo, hi)
            if killed is not None and i + 1 < hi and _number_at(lx, toks, i + 1, hi) == killed:
                killed += _more_victims(lx, toks, i + 1, hi)
        elif injured is None and c == 2:
            injured = _number_near(lx, toks, i, lo, hi)
    return killed, injured


def _near(lx: Lexicon, toks, i: int) -> bool:
    """The place at token i is named as the surroundings of the target ("قرب X", "محيط مدينة X",
    "بالقرب من مدينة X")."""
    if i > 1 and toks[i - 1].stem in lx.prep_from and toks[i - 2].stem in lx.near:
        return True
    if i > 2 and toks[i - 2].stem in lx.prep_from and toks[i - 3].stem in lx.near and toks[i - 1].stem in TYPE_WORDS:
        return True
    near = i > 0 and (toks[i - 1].stem in lx.near or (i > 1 and toks[i - 2].stem in lx.near and toks[i - 1].stem in TYPE_WORDS))
    if near is False and i > 0 and toks[i - 1].stem in TYPE_WORDS and i > 1:
        near = toks[i - 2].stem in lx.near or (i > 2 and toks[i - 3].stem in lx.near)
    return near


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
        if normalize(first[j:]) == stem or normalize(shape.ARTICLE + first[j:]) == stem:
            rest = " ".join(t.raw for t in span[1:])
            return (first[j:] + (" " + rest if rest else "")).strip("«»\"'“”")
    return raw


def _contains(lx: Lexicon, toks, inner, outer) -> bool:
    """Whether the place ``outer`` (place, start, end, ...) is printed as the container of ``inner``
    right after it: "X في إقليم Y", "X التابعة لمحافظة Y", "X بمحافظة Y" (not a list "X وY")."""
    rank = {"settlement": 0, "district": 1, "region": 2, "country": 3}
    between = {toks[k].stem for k in range(inner[2], outer[1])}
    listed = any(toks[k].raw.startswith(shape.CONJ) for k in range(inner[2], outer[1] + 1))
    return bool((between & lx.container or toks[outer[1]].norm.startswith(shape.PREP_BI)) and rank[outer[0].kind] >= rank[inner[0].kind]
                and not (between & {shape.CONJ}) and not listed)


def _drop_containers(lx: Lexicon, toks, places, containers: dict | None = None):
    """"X في إقليم Y": Y only contains X; keep the more precise place (and note in ``containers``
    that Y contains X, so that a headline naming only Y is the same event)."""
    if len(places) < 2:
        return places
    rank = {"settlement": 0, "district": 1, "region": 2, "country": 3}
    out = []
    for n, (p, i, j, printed, near) in enumerate(places):
        prev = places[n - 1] if n else None
        if prev is not None:
            between = {toks[k].stem for k in range(prev[2], i)}
            listed = any(toks[k].raw.startswith(shape.CONJ) for k in range(prev[2], i + 1))  # "X وقرى في محافظة Y"
            if (between & lx.container or toks[i].norm.startswith(shape.PREP_BI)) and \
                    rank[p.kind] >= rank[prev[0].kind] and not (between & {shape.CONJ}) and not listed:
                if containers is not None:  # by id and by the words printed ("ريف إدلب الجنوبي")
                    containers.setdefault(prev[0].id, set()).update((p.id, *normalize(printed).split()))
                continue
        out.append((p, i, j, printed, near))
    return out
