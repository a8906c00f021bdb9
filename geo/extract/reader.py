"""The driver of the extractor: reads an article paragraph by paragraph and sentence by sentence
through the stages (``tokens``, ``attribution``, ``triggers``, ``places``, ``casualties``, ``dates``;
the stage methods are mixins of ``_Reader``), keeps what carries between sentences in one
``ReadState``, merges the rows of the article and makes them ``Event``s. Pure: no disk or network
(the lexicon is read once, when first loaded).

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
are only scanned for dates; a gazetteer name is looked up only from a word that can start one;
every step is linear in the sentence's length.

With no publication date (``published=None``) only absolute dates date an event: one with its
year, or a day and month in the year of the text's first full date; a relative date ("أمس"،
"الأحد") leaves the event undated (``date=None``, ``date_precision="unknown"``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
import math
import re
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import attrgetter, itemgetter

from pyproj import Geod

from gazetteer import Gazetteer, normalize
from gazetteer.gazetteer import TYPE_WORDS, km_to_box
from gazetteer.normalize import clitic_splits, strip_article

from .dates import days_ago, find_date, text_date
from . import shape
from .lexicon import Lexicon
from .tokens import _DATEW, _DATEW_INFO, _HOT, _HOT_INFO, _NO_FLAGS, _NO_LENS, _SPACE_FLAGS, _Tok, _WORD_SPLIT, _after_clitic, _gap_flags, _may_date, _paragraphs, _sentences, _tok_info, passive, sentence_parts
from .mentions import ReadState, Trace, CLAIM, CONDUIT, DENIAL, Extraction, PARTY, Pending, Role, Row, SELF, Stance, _Found, _UNATTRIBUTED
from .casualties import _casualties, _specific_toll, _totals_start
from .places import _LOCAL_ABROAD_KM, _names
from .attribution import _dateline_end, _recap_words
from .attribution import AttributionStage, outlet_city_side, outlet_owner
from .triggers import TriggersStage, span_ended_at
from .places import PlacesStage
from .vet import VetModel, vet
from ..model import Event, parse_date
from ..profile import Profile

__all__ = ["extract_events", "extract", "read_rows", "to_events", "Extraction", "SETTINGS"]

# ---------------------------------------------------------------- configuration
#: (name, default, help): every knob of the extractor, passed as keyword-only arguments.
SETTINGS = (
    ("min_place_score", 0.55, "lowest gazetteer score at which a name counts as a place"),
    ("max_words_per_place", 4, "longest place name tried, in words"),
    ("max_age_days", 7, "an event dated (or said to have been N days ago) more than this many days before publication is background, not news"),
    ("max_km_from_theatre", 2500, "a place outside the theatre's countries and farther than this from its area "
                                  "is never where an event happened"),
    ("min_event_score", 0.4, "lowest score of the vetting model (data/lang/vet.json) at which an event is kept; "
                             "0 keeps every event the rules found"),
)
_DEFAULTS = {name: default for name, default, _ in SETTINGS}
_FIRST = itemgetter(0)


# ---------------------------------------------------------------- word lists (normalised)


# ---------------------------------------------------------------- data structures


# ---------------------------------------------------------------- public API
def extract_events(text: str, gazetteer: Gazetteer, profile: Profile, published: dt.date | str | None, *,
                   article: str = "", source: str | None = None, url: str | None = None,
                   title: str | None = None, lexicon: Lexicon | None = None, vet_model: VetModel | None = None,
                   **settings) -> list[Event]:
    """The events an article reports (see module docstring). Pure: no disk, no network. ``lexicon``:
    the word knowledge (default: ``Lexicon.load()``, the project's ``data/lang/ar.json``); ``vet_model``:
    the vetting stage's (default: ``VetModel.load()``, ``data/lang/vet.json``)."""
    return extract(text, gazetteer, profile, published, article=article, source=source, url=url,
                   title=title, lexicon=lexicon, vet_model=vet_model, **settings).events


def extract(text: str, gazetteer: Gazetteer, profile: Profile, published: dt.date | str | None, *,
            article: str = "", source: str | None = None, url: str | None = None,
            title: str | None = None, lexicon: Lexicon | None = None, vet_model: VetModel | None = None,
            **settings) -> Extraction:
    """Like ``extract_events`` but also returns the names that looked like places and did not resolve.
    ``vet_model``: the vetting stage's model (default: ``VetModel.load()``, ``data/lang/vet.json``)."""
    rows, reader = read_rows(text, gazetteer, profile, published, source=source, title=title, lexicon=lexicon,
                             **settings)
    if reader.opts["min_event_score"] > 0:
        rows = vet(rows, text, reader.published, vet_model or VetModel.load(), reader.opts["min_event_score"],
                   fallback=profile.fallback_party, own_voice=reader.voice != profile.fallback_party, lexicon=reader.lx)
    return Extraction(to_events(rows, profile, article=article, source=source, url=url, title=title),
                      sorted(set(reader.state.unresolved)))


def read_rows(text: str, gazetteer: Gazetteer, profile: Profile, published: dt.date | str | None, *,
              source: str | None = None, title: str | None = None, lexicon: Lexicon | None = None,
              **settings) -> tuple[list[Row], "_Reader"]:
    """The rows the reader finds, before vetting, and the reader (its state and settings): what
    ``extract`` and the vetting model's training (``bench/train_vet.py``) start from."""
    unknown = set(settings) - set(_DEFAULTS)
    if unknown:
        raise TypeError(f"unknown extractor settings {sorted(unknown)}; allowed: {sorted(_DEFAULTS)}")
    opts = {**_DEFAULTS, **settings}
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    published = parse_date(published, what="published") if published is not None else None
    reader = _Reader(gazetteer, profile, published, opts, lexicon or Lexicon.load(), source=source, title=title)
    return reader.read(text), reader


def to_events(rows: list[Row], profile: Profile, *, article: str = "", source: str | None = None,
              url: str | None = None, title: str | None = None) -> list[Event]:
    """The article's events, one per row."""
    sources = (article,) if article else ()
    return [
        Event(date=r.date, claimant=r.claimant, attacker=r.attacker, event_type=r.type, place_ar=r.printed,
              place_en=r.place.name_en if r.side is None else f"{r.place.name_en} ({_SIDE_NAMES[round(r.side / 45) * 45 % 360]})",
              lat=lat, lon=lon, precision=r.precision, place_id=r.place.id,
              country=r.place.country, radius_km=r.place.radius_km, killed=r.killed, injured=r.injured,
              stance=Stance(r.stance).value, date_precision=r.dprec, evidence=r.evidence, evidence_start=r.ev_start,
              evidence_end=r.ev_end, place_start=r.p_start, place_end=r.p_end, article=article,
              source=r.source or source, url=url, title=title, profile=profile.id, sources=sources)
        for r, (lat, lon) in zip(rows, map(_point, rows))
    ]


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


_GEOD = Geod(ellps="WGS84")
_NORM, _TY, _SPACE = attrgetter("norm"), attrgetter("ty"), " "
_STEM = attrgetter("stem")
_ANY_DAY = dt.date(2000, 1, 1)  # a day to tell whether a sentence holds a relative date
_MID_MONTH = dt.date(2000, 1, 20)  # ... and one to tell how old it is at least, whatever the day


def _past_year(lx: Lexicon, words: list[str], year: int, before: int | None) -> bool:
    """A year before ``year`` named with a word that dates by it ("صيف 2022"، "في عام 2019"), before
    the character offset ``before`` of the sentence's first date when it has one (not "... صيف 2022
    الذي لم يحاسب عليه أحد حتى اليوم" read as today's)."""
    if lx.year_heads.isdisjoint(words):
        return False  # (no word that dates by a year: most sentences)
    at = 0
    for k in range(len(words)):
        w = words[k]
        if before is not None and at > before:
            return False
        if k and len(w) == 4 and w.isdigit() and 1900 < int(w) < year and words[k - 1] in lx.year_heads:
            return True
        at += len(w) + 1
    return False


def _comes_after(lx: Lexicon, toks, seen) -> bool:
    """The sentence sets the news after earlier ones, days or more before ("ويأتي هذا التصعيد بعد أيام من
    سلسلة غارات"، "جاء ذلك بعد أسبوعين من"): a word of coming among its first three, then "بعد" and a
    span of days or more (a number before the unit allowed) within the next seven words."""
    if lx.comes_after.isdisjoint(seen):
        return False
    for i in range(min(3, len(toks))):
        if toks[i].stem in lx.comes_after:
            # (the news it comes after may be named with its place first: "ويأتي الهجوم في وادي الشاي بعد
            # أسابيع من هجوم مماثل")
            for k in range(i + 1, min(len(toks) - 1, i + 8)):
                if toks[k].stem in lx.after_words:
                    # (a number, a number word or "about" may stand before the unit: "بعد نحو ثلاثة أسابيع"،
                    # "بعد أكثر من أربع سنوات"، "بعد أحد عشر يوما")
                    m = k + 1
                    while m < min(len(toks), k + 5) and (toks[m].stem.isdigit() or toks[m].stem in lx.num_words
                                                        or toks[m].stem in lx.approximately):
                        m += 1
                    if m < len(toks) and toks[m].stem in lx.span_units:
                        return True
                    if toks[k + 1].stem in lx.claim_openers and _recap_words(lx, [t.norm for t in toks[k + 1:k + 8]]):
                        return True  # "وتأتي هذه الاعتداءات بعد أن كانت المليشيا قد استهدفت ...": earlier news
    return False


def _day_after(headline: Row, body: Row) -> bool:
    """A headline's "today" tells the body's event of the day before ("ستة أخبار تحتاج معرفتها اليوم:
    مسيرات على حقل سرسنك" over "استهدفت مسيرة صباح أمس حقل سرسنك")."""
    return headline.headline and headline.date is not None and body.date is not None and \
        0 < (headline.date - body.date).days <= 1


_HEADING_WORDS = 10  # at most so many words in a section's heading


def _heading(para: str, line: str, words: list[str], lx: Lexicon) -> bool:
    """The first line of a paragraph is a section's heading ("الأربعاء: عبوة في كركوك"، '"عنب بلدي": توغل
    وتجريف في القنيطرة'): a line of its own with no full stop, no reporting word (not a statement's title, "بيان
    صادر عن ..."), before a body of its section at least three times as long."""
    rest = para[len(line):]
    if not rest.startswith("\n") or line.rstrip().endswith(tuple(shape.SENTENCE_END)) or line.rstrip().endswith(":"):
        return False
    if any(_tok_info(lx, w)[4] for w in words):
        return False
    return len(_WORD_SPLIT.split(rest)) // 2 >= 3 * _HEADING_WORDS


def _rubric_of(text: str) -> str:
    """The first word of a title or headline, normalised: a page's rubric ("حوار | ..."، "تحقق | ...")."""
    words = _WORD_SPLIT.split(text, 2)
    return normalize(words[1]) if len(words) > 1 else ""


class _Reader(AttributionStage, TriggersStage, PlacesStage):
    def __init__(self, gz: Gazetteer, profile: Profile, published: dt.date | None, opts: dict, lexicon: Lexicon,
                 source: str | None = None, title: str | None = None):
        self.lx = lexicon
        self.title = title  # the page's title: an interview's rubric the body may not repeat
        # the outlet's own voice: a party's when the party owns the outlet ("وفا" is the Palestinian
        # Authority's agency, "سانا" the Syrian state's), else nobody's in particular
        self.voice = outlet_owner(profile, source, lexicon) or profile.fallback_party
        # the side of the city an outlet names itself in ("موقع إخباري يمني في عدن"): not its voice, but the side
        # whose officials it quotes where both sides name officials of a province
        self.outlet_side = outlet_city_side(profile, source, lexicon)
        # a UN agency, an NGO or a rights monitor as the outlet: its own reports are its own, whoever it
        # quotes before or after them
        src = normalize(source) if source else ""
        self.neutral = self.voice == profile.fallback_party and (
            any(w in src for w in lexicon.neutral_sources) if src else "" in lexicon.neutral_sources)  # (no source: most)
        self.own_reports = self.neutral  # unattributed reports are the outlet's own (also an explainer's)
        # a fact-check page: its source line says so (or its rubric, read with the title and headline)
        self.fact_check = any(w in lexicon.fact_check for w in src.split())
        self.gz = gz
        self.profile = profile
        self.published = published
        # a number in the outlet's name and the word after it ("26 سبتمبر نت"، "صحيفة 14 أكتوبر"): where the
        # text prints them (its dateline, "لـ«26 سبتمبر نت»"), they name the outlet and date nothing
        self.source_norm = src
        sw = src.split()
        self.source_dates = tuple((sw[k], sw[k + 1]) for k in range(len(sw) - 1) if sw[k].isdigit())
        self.year: int | None = None  # with no publication date: the year of the text's first full date
        self.ref: dt.date | None = None  # ... and that date
        self.opts = opts
        (self.cues, self.conduits, self.max_cue, self.max_conduit, self.cue_firsts, self.conduit_firsts,
         self.descriptions, self.desc_firsts, self.cue_lens, self.words, self.variants) = _profile_tables(profile, lexicon)
        self.default_types = {p.id: p.default_type for p in profile.parties if p.default_type}
        self.state = ReadState()  # all that carries from one sentence to the next
        # what each name tried exactly denotes, for the whole run (names recur from article to article)
        self.resolutions = gz.memo(("extract: exact names", profile.theatre, lexicon, opts["min_place_score"]))
        names = self.names = _names(gz)
        self.startable = names.startable
        self.nameless = names.nameless

    # -------------------------------------------------------------- driver
    def read(self, text: str) -> list[Row]:
        rows: list[Row] = []
        self.state.all_rows = rows
        if self.published is None:
            norm = normalize(text)
            for pair in self.source_dates:
                norm = norm.replace(" ".join(pair), "_")
            self.ref = text_date(norm)
            self.year = self.ref.year if self.ref else None
        pending: Pending | None = None  # an event of the previous sentence still without a place
        # Dates: one named in a sentence carries to the later sentences of its paragraph. A new
        # paragraph starts again from the article's base date: the first date it names, or the
        # latest date of a statement ("وأضاف المتحدث، اليوم الخميس، أن ..."); not from the date of
        # an event told in between ("دمرت الليلة الماضية"), unless it retells that event ("القصف").
        word = self.words.get
        lx = self.lx
        para_before = ""
        if self.title:
            rubric = _rubric_of(self.title)
            self.fact_check = self.fact_check or rubric in lx.fact_check
            if rubric in lx.interview:
                # "حوار | قائممقام العمادية: ..." in the page's title only: the body's answers are the office's
                self.state.interview = True
                self._interview_rubric(self.title)
        self._text = text
        self._para_starts = para_starts = []  # (where each paragraph starts: read by _finish)
        for n_para, (para_start, para) in enumerate(_paragraphs(text)):
            para_starts.append(para_start)
            para_date = None
            self._para_at = para_start
            # A first paragraph with no full stop at its end is the headline.
            self.state.headline = n_para == 0 and not para.rstrip().endswith(tuple(shape.SENTENCE_END))
            if n_para == 0:
                rubric = _rubric_of(para)
                # a fact-check's rubric, also on a first line that ends in a question mark ("تحقق | هل ...؟")
                self.fact_check = self.fact_check or rubric in lx.fact_check
                # an explainer ("ما نعرفه حتى الآن عن ..."): what it tells unattributed is its own
                self.own_reports = self.neutral or (self.voice == self.profile.fallback_party and any(
                    w in normalize(para[:80]) for w in lx.explainer))
            if self.state.headline:
                # an interview's rubric ("حوار | ..."), even on a headline with no attack word (not read)
                self.state.interview = self.state.interview or rubric in lx.interview
                if not self.state.interview:
                    self._conference(para)  # "نص المؤتمر الصحفي لناطق الجيش الوطني: ..."
                else:
                    self._interview_rubric(para)  # "حوار | مدير ناحية چوارتا: ..."
            if (self.state.alleged_by is not None and self.state.alleged_by == self.state.last_claimant and
                    self.voice != self.profile.fallback_party) or self.neutral:
                # a party's own outlet relayed the other side's allegation ("وزعم جيش الاحتلال في بيان أن ..."):
                # its next paragraph is in its own voice again (and a neutral body's report goes on in its
                # own voice after a party it quoted)
                self.state.last_claimant = self.voice
            self.state.alleged_by = None
            self.state.headline_voice = self.state.last_claimant
            if n_para and para_before.rstrip().endswith(":") and not self.state.headline and \
                    not self._outlet_line(para_before):
                self._announced(para_before)  # "ردّ المركز الإعلامي لقوات سوريا الديمقراطية ببيان جاء فيه:"
            para_before = para
            # (the voices of a headline speak only there: "قوات الوفاق تعلن تحرير غريان.. والمسماري:
            # ..." leaves the body to name its own speakers)
            speaker = self.state.last_claimant
            if self.state.interview and self.state.interviewee is None and not self.state.headline:
                self._introduced(para)
            if self.state.interview and not self.state.headline:
                self._asked(para)  # "■ ماذا جرى في البلدة أمس؟" then "- قرابة الثانية فجرا دخلت قوة ..."
            if ":" in para[:60]:
                self._turn(para)
            for s_start, sent in _sentences(para):
                if s_start and ":" in sent[:60] and para[:s_start].rstrip(" \t").endswith("\n"):
                    self._turn(sent)  # a turn opened on a new line of the paragraph ("س: ...\nج: ...")
                if n_para and (s_start == 0 or para[:s_start].rstrip(" \t").endswith("\n")) and self._furniture(sent):
                    continue  # "اقرأ أيضا: ..."، "(الصورة: ...)"، "الوسوم: ...": the page around the story
                parts = sentence_parts(text, para_start + s_start, sent)  # gap, word, gap, word, ..., gap
                words = parts[1::2]
                if s_start == 0 and n_para and len(words) <= _HEADING_WORDS and _heading(para, sent, words, lx):
                    # a section's heading ("الأربعاء: عبوة في كركوك"): its section tells the event; only its
                    # date counts ("1) الحادثة الأولى - 17 أيلول/سبتمبر، 06:40")
                    infos = [_tok_info(lx, w) for w in words]
                    if any(map(_DATEW_INFO, infos)):
                        para_date = self._date_only([x[0] for x in infos if x[0]], para_date)
                    continue
                forms = list(map(word, words))
                if None in forms:  # new word forms: see first whether the sentence needs tokens at all
                    if pending is None:
                        infos = list(map(_tok_info, repeat(lx, len(words)), words))  # (in C)
                        if not any(map(_HOT_INFO, infos)):
                            if any(map(_DATEW_INFO, infos)):
                                para_date = self._date_only([x[0] for x in infos if x[0]], para_date)
                            continue
                    forms = [f if f is not None else (word(w) or self._word(w)) for f, w in zip(forms, words)]
                if pending is None and not any(map(_HOT, forms)):
                    if any(map(_DATEW, forms)):
                        para_date = self._date_only([x.norm for x in forms if x.norm], para_date)
                    continue
                # The sentence's tokens: words that normalise to nothing are skipped; a word after a
                # gap other than a space is its variant with that gap's flags.
                # (in C but for the variants: most words have a form, after a space)
                norms = list(map(_NORM, forms))
                if all(norms):
                    kidx = list(range(len(forms)))
                    toks = forms
                else:
                    kidx = list(compress(range(len(forms)), norms))
                    toks = list(map(forms.__getitem__, kidx))
                    norms = list(compress(norms, norms))
                if not toks:
                    continue
                gaps = parts[0:-1:2]  # the gap before each word
                variants = self.variants
                for n in list(compress(range(len(kidx)), map(_SPACE.__ne__, map(gaps.__getitem__, kidx)))):
                    gap = gaps[kidx[n]]
                    if n and gap == ":" and toks[n].stem.isdigit() and toks[n - 1].stem.isdigit():
                        continue  # the colon of a time ("في الساعة 22:15") ends no clause
                    v = variants.get((toks[n], gap))  # (the variant of this token after this very gap, once made)
                    toks[n] = v if v is not None else self._after(toks[n], gap)
                self._parts, self._kidx, self._offsets = parts, kidx, None
                self._norms, self._norms_of = norms, toks  # (a variant has its word's norm)
                got, pending_out, date_used = self._sentence(sent, para_start + s_start, toks, para_date,
                                                             pending)
                if date_used is not None:
                    para_date = date_used
                rows.extend(got)
                pending = pending_out
            if self.state.headline:
                self.state.last_claimant = speaker
        return self._finish(rows)

    def _recurring(self, toks) -> bool:
        """The sentence tells attacks as recurring: an occasion noun in the plural with an adjective of
        'earlier' ("في أوقات سابقة"، "في مرات سابقة"), or after 'more than' ("في أكثر من مناسبة")."""
        lx = self.lx
        for k, t in enumerate(toks):
            if t.stem not in lx.occasions:
                continue
            if k + 1 < len(toks) and toks[k + 1].stem in lx.earlier_adj and not toks[k + 1].brk:
                return True
            if k >= 2 and toks[k - 1].stem in lx.prep_from and toks[k - 2].stem in lx.more_than and not t.brk:
                return True
        return False

    def _outlet_line(self, para: str) -> bool:
        """A short line that prints the outlet's own name: a dateline ("صعدة - 26 سبتمبر نت:"), no speaker."""
        if not self.source_norm or len(para) > 80:
            return False
        return self.source_norm in normalize(para)

    def _unsourced(self, words: list[str]) -> list[str]:
        """``words`` with the dates of names masked: the outlet's ("صعدة - 26 سبتمبر نت:") and a weekday that
        is part of a place's name ("سوق الجمعة" in Tripoli)."""
        lx = self.lx
        if not lx.weekday_name_heads.isdisjoint(words):
            words = [("_" if k and w in lx.weekdays and words[k - 1] in lx.weekday_name_heads else w)
                     for k, w in enumerate(words)]
        if not self.source_dates:
            return words
        out = list(words)
        for a, b in self.source_dates:
            for k in range(len(words) - 1):
                if words[k] == a and words[k + 1] == b:
                    out[k] = out[k + 1] = "_"
        return out

    def _date_only(self, norms: list[str], para_date):
        """A sentence where nothing happens and nobody speaks: only its date matters, for the later
        sentences (and as the article's base date when it is the first one)."""
        lx, st = self.lx, self.state
        norms = self._unsourced(norms)
        found = find_date(" ".join(norms), self.published, norms, year=self.year, ref=self.ref)
        if not found and self.published is None and self._relative(norms):
            found = (None, "unknown", 0)
        if not found:
            return para_date
        if st.base_date is None and not _recap_words(lx, norms) and (found[1] == "day" or self.published is None):
            # (a week or a month told of something else, "توفي الأسير في سجن النقب الأسبوع الماضي", is no
            # day the later events happened on)
            st.base_date = (found[0], found[1])
        return found[0], found[1]

    def _old_relative(self, words: list[str]) -> bool:
        """A date relative to the day of publication that lies more than ``max_age_days`` before it
        whatever that day ("الشهر الماضي"، "العام الماضي"; not "أمس" or "الأحد")."""
        if any(w in self.lx.month_words for w in words):
            return False  # (a day and month with no year, "في 12 أكتوبر", is no relative date; a count is:
            # "أعلنت الشهر الماضي مقتل 11 إرهابيا")
        got = find_date(" ".join(words), _MID_MONTH, words)
        return got is not None and got[0] is not None and \
            (_MID_MONTH - _last_day(got[0], got[1])).days > self.opts["max_age_days"]

    def _shown(self, toks, claims, first: int) -> bool:
        """Whether a fact-check's sentence tells what a circulated item shows ("انتشر مقطع مع تعليق يقول
        إنه قصف على مخيم المغازي"), not what a party says happened, with the item named only around it
        ("التحقق أظهر أن الصور حديثة: أفادت وزارة الصحة بأن مسيرة قصفت خيمة"، "قالت الوزارة إن جرافات
        هدمت منازل، وهو ما أكدته صور")."""
        media = next(k for k, t in enumerate(toks) if t.stem in self.lx.media_items)
        return not any(c.claimant and c.attr_span != (0, 0) and (media > first or media < c.attr_span[0] < first)
                       for c in claims)

    def _furniture(self, line: str) -> bool:
        """Whether a line is the page's furniture around the story, by its label: a related story's
        headline ("اقرأ أيضا: ..."), a photo's caption ("(الصورة: ...)"، "صورة أرشيفية"), the tags
        ("الوسوم: ...")، a share button ("شارك"): it reports nothing."""
        line = line.strip()
        head = line.lstrip(_FURNITURE_MARKS).lstrip()
        cut = head.find(":")
        label = head[:cut] if 0 < cut <= _FURNITURE_LABEL else head if len(head) <= _FURNITURE_LABEL else ""
        if label and _norm_name(label.strip(_FURNITURE_MARKS + " ")) in self.lx.page_furniture:
            return True
        if line.startswith("(") and line.rstrip(".").endswith(")"):
            # a caption in brackets, with no colon: "(صورة أرشيفية لسيارة مستهدفة على طريق صور الساحلي)"
            words = _norm_name(head[:_FURNITURE_LABEL]).split()
            return any(" ".join(words[:n]) in self.lx.page_furniture for n in (1, 2, 3))
        return False

    @staticmethod
    def _relative(words: list[str]) -> bool:
        """Words that date an event relative to the day of publication ("أمس"، "الأحد")."""
        return find_date(" ".join(words), _ANY_DAY, words) is not None

    # -------------------------------------------------------------- one sentence
    def _sentence(self, sent: str, abs_start: int, toks: list[_Tok], para_date, pending: Pending | None):
        lx, st = self.lx, self.state
        self._abs = abs_start
        # the tokens' normalised forms, listed once for the stages that read them (``_roles``, the dates)
        norms = self._norms if self._norms_of is toks else list(map(_NORM, toks))
        self._norms, self._norms_of = norms, toks
        self._seen = frozenset(map(_STEM, toks)).union(norms)  # (``sentence_words``): a rule whose words the
        # sentence lacks is not run
        if not lx.yes_no.isdisjoint(self._seen) and sent.rstrip().endswith(shape.QUESTION) and \
                any(t.stem in lx.yes_no for t in toks[:6]):
            return [], None, None  # "هل يظهر الفيديو المتداول قصفا على وسط بيلغورود؟": a question tells nothing
        if not lx.disowned.isdisjoint(self._seen) and any(
                t.stem in lx.disowned and k > 0 and toks[k - 1].stem in lx.negation and not any(x.ty for x in toks[:k])
                and not any(x.attr for x in toks[k + 1:]) for k, t in enumerate(toks)):
            # "لم يتبنَّ الحوثيون الهجوم على عتق": nobody's claim, an attack told elsewhere (not "ولم تتبن أي
            # جهة الهجوم، فيما نفت الهيئة أي صلة لها به": another voice speaks of it)
            return [], None, None
        if not lx.analysts.isdisjoint(self._seen) and any(
                t.stem in lx.opinion_verbs and any(toks[q].stem in lx.analysts for q in range(k + 1, min(len(toks), k + 3)))
                for k, t in enumerate(toks[:4])):
            return [], None, None  # "يرى محللون أن استهداف مطار عتق رسالة": a reading of the news, no report
        if not lx.incident_reports.isdisjoint(self._seen):
            # "تلقت بلاغا عن حادث على بعد 54 ميلا بحريا جنوب شرقي عدن": a reported incident at sea is an event
            for k in range(2, len(toks)):
                if toks[k].stem in lx.incident_nouns and toks[k - 1].stem in lx.about and \
                        toks[k - 2].stem in lx.incident_reports and not toks[k].ty:
                    toks[k] = self._as_incident(toks[k])
        if not lx.control_present.isdisjoint(self._seen):
            # "تسيطر قواتنا الآن على مدينة بارا بالكامل" (and a headline's "الجيش يسيطر على بارا"): a capture;
            # "ويسيطر جهاز الردع عمليا على سوق الجمعة": who holds a place, no attack
            for k, t in enumerate(toks):
                if t.stem in lx.control_present and not t.ty and (self.state.headline or any(
                        toks[q].stem in lx.control_change or toks[q].norm in lx.control_change
                        for q in range(max(0, k - 2), min(len(toks), k + 5)))):
                    toks[k] = self._as_incident(t, "ground_attack")
        if not lx.happened.isdisjoint(self._seen) and not lx.no_link.isdisjoint(self._seen):
            # "لا علاقة لنا بما جرى في المطار"، "ننفي أي صلة لقواتنا بما حدث في كادقلي": what happened there,
            # denied, is the attack told before at that place (its kind comes from that telling)
            for k in range(2, len(toks)):
                if toks[k].stem in lx.happened and toks[k - 1].stem in lx.what_ and not toks[k].ty and any(
                        toks[q].stem in lx.no_link and not any(toks[j].brk for j in range(q + 1, k + 1))
                        for q in range(max(0, k - 10), k - 1)):
                    # (the ones denied may stand between: "أي علاقة لكتائب القسام أو لأي من عناصر الحركة بما جرى")
                    toks[k] = self._as_incident(toks[k], "generic")
        self._running = None  # a war's running count in the sentence (triggers), read when first needed
        self._destruction = None  # whether the sentence shoots something down (triggers), read when first needed
        roles = self._roles(toks)  # per token: None | Role(PARTY, id, kind) | Role(CONDUIT, label)
        for k in range(_dateline_end(toks, roles)):
            if roles[k] and roles[k][0] == PARTY:
                roles[k] = None  # "الباب (سوريا) (أ ف ب) -": a dateline names no party
        if not lx.kill_verbs.isdisjoint(self._seen):
            # "فإن قواته قتلت مسلحين في حي الشجاعية"، "قتلت قوات الاحتلال شابا": forces that killed, an attack
            # (not "قتل ثلاثة جنود": who was killed)
            for k in range(len(toks)):
                if toks[k].stem in lx.kill_verbs and not toks[k].ty and (
                        (k > 0 and not toks[k].brk and toks[k - 1].stem in lx.own_forces) or (
                            k + 2 < len(toks) and shape.in_group(toks[k + 1].stem, lx.forces) and not toks[k + 1].brk
                            and any(roles[q] is not None and roles[q][0] == PARTY for q in (k + 1, k + 2)))):
                    toks[k] = self._as_incident(toks[k], "ground_attack")
        if not lx.operation_nouns.isdisjoint(self._seen) and not lx.light_verbs.isdisjoint(self._seen):
            # "قالت إن قواته نفذت نشاطا ليليا في منطقة جباتا الخشب": an operation the forces carried out, a raid
            for k in range(1, len(toks)):
                if toks[k].stem in lx.operation_nouns and not toks[k].ty and not toks[k].brk and \
                        toks[k - 1].stem in lx.light_verbs and (
                            any(toks[q].stem in lx.own_forces or shape.in_group(toks[q].stem, lx.forces)
                                for q in range(max(0, k - 4), k - 1))):
                    toks[k] = self._as_incident(toks[k], "ground_attack")
        if not lx.hit_verbs.isdisjoint(self._seen):
            # "قالت هيئة الأركان إن قواتها أصابت مصفاة النفط في ساراتوف": forces that hit a target, an attack
            for k in range(1, len(toks)):
                if toks[k].stem in lx.hit_verbs and not toks[k].ty and not toks[k].brk and \
                        toks[k - 1].stem in lx.own_forces:
                    toks[k] = self._as_incident(toks[k], "generic")
        if not lx.outbreak.isdisjoint(self._seen):
            # "اندلعت الاشتباكات في مدينة الزاوية": the fighting that broke out (not "محيط الاشتباكات": told before)
            for k in range(1, len(toks)):
                if toks[k].stem in lx.fighting_definite and toks[k - 1].stem in lx.outbreak and not toks[k].brk:
                    toks[k] = self._as_incident(toks[k], "ground_attack")
        claims = self._claims(toks, roles)
        trig_at = list(compress(range(len(toks)), map(_TY, toks)))
        first = trig_at[0] if trig_at else len(toks)
        if self.fact_check and not lx.media_items.isdisjoint(self._seen) and self._shown(toks, claims, first):
            return [], None, None  # "تحقق | ... الفيديو المتداول يظهر قصف X": what a circulated item shows, checked
        # Date of the sentence (conduit names such as "روسيا اليوم" are masked first). A date before
        # the first attack word dates the statement; one after it, the event ("أعلن الجيش، اليوم
        # الثلاثاء، أنه شن ليل الاثنين الثلاثاء غارات": the raids are Monday night's).
        if trig_at and _comes_after(lx, toks, self._seen):
            return [], None, None  # "ويأتي هذا التصعيد بعد أيام من سلسلة غارات تركية": background
        if trig_at and not lx.no_comment.isdisjoint(self._seen) and any(
                toks[k].stem in lx.no_comment and any(toks[q].stem in lx.negation for q in range(max(0, k - 6), k))
                and not any(toks[q].brk for q in range(k + 1, first + 1)) for k in range(first)):
            return [], None, None  # "ولم يعلق الجيش الإسرائيلي على غارة القاسمية": an attack told before, not commented
        if trig_at and not lx.not_first_time.isdisjoint(self._seen) and any(t.stem in lx.not_first_time for t in toks[:3]) \
                and (lx.first_time <= {t.norm for t in toks[:6]} or lx.first_time_bare <= {t.norm for t in toks[:6]}):
            return [], None, None  # "وليست هذه المرة الأولى التي تتعرض فيها الحقول لهجمات، إذ شهد تموز ...": background
        if trig_at and not lx.recently.isdisjoint(self._seen) and any(t.stem in lx.recently for t in toks[:first]):
            return [], None, None  # "وقد تصاعد التوتر مؤخرا إثر مقتل فؤاد شكر بغارة": background
        if trig_at and not lx.previously.isdisjoint(self._seen) and any(
                t.stem in lx.previously and shape.in_group(u.norm, lx.that) for t, u in zip(toks[:first], toks[1:first + 1])):
            return [], None, None  # "حيث سبق أن استهدفت مسيرة سيارة قرب أم الأرانب": an earlier attack recalled
        if trig_at and not lx.count_ordinals.isdisjoint(self._seen) and not lx.since.isdisjoint(self._seen) and any(
                t.ty0 and u.stem in lx.count_ordinals and not u.brk for t, u in zip(toks, toks[1:])):
            return [], None, None  # "هذا هو الهجوم الثالث على مرافق صحية في كردفان منذ بداية الشهر": a count
        if trig_at and not lx.occasions.isdisjoint(self._seen) and self._recurring(toks):
            return [], None, None  # "كما استهدفت المسيرات سد مروي في أوقات سابقة": attacks that recurred, background
        found_date = stmt = None
        if _may_date(toks):
            words = self._unsourced(list(norms))
            for i in list(compress(range(len(roles)), roles)):
                if roles[i][0] == CONDUIT:
                    words[i] = "_"
            if not lx.dated_names.isdisjoint(self._seen):
                # a date that names something ("اتفاق العاشر من آذار"، "ثورة 17 تشرين") dates no event
                for k, t in enumerate(toks):
                    if t.stem in lx.dated_names:
                        for m in range(k + 1, min(len(toks), k + 5)):
                            if toks[m].brk:
                                break
                            words[m] = "_"
            dated = [k for k in compress(range(len(toks)), map(_DATEW, toks)) if words[k] != "_"] or [len(toks)]
            # (two dates before the attack word on either side of "إن": "قالت في إيجازها، اليوم، إن
            # مقاتلاتنا نفذت أمس ضربات": the statement's, then the event's)
            cut = next((k for k in range(dated[0] + 1, first) if toks[k].stem in lx.that), None) \
                if 0 < first < len(toks) and dated[0] < first else None
            if cut is not None and any(cut < k < first for k in dated):
                stmt = find_date(" ".join(words[:cut]), self.published, words[:cut], year=self.year, ref=self.ref)
                found_date = find_date(" ".join(words[cut:]), self.published, words[cut:], year=self.year, ref=self.ref) or stmt
            elif 0 < first < len(toks) and dated[0] < first <= dated[-1]:
                stmt = find_date(" ".join(words[:first]), self.published, words[:first], year=self.year, ref=self.ref)
                found_date = find_date(" ".join(words[first:]), self.published, words[first:], year=self.year, ref=self.ref) or stmt
            elif 0 < first < len(toks):
                found_date = find_date(" ".join(words), self.published, words, year=self.year, ref=self.ref)
                stmt = found_date if dated[-1] < first else None
            else:
                found_date = find_date(" ".join(words), self.published, words, year=self.year, ref=self.ref)
                stmt = found_date if not trig_at else None
            if stmt is not None and found_date is not None and stmt[0] is not None and found_date[0] is not None \
                    and found_date[0] > stmt[0] and stmt[1] == "day":
                # a statement tells what happened by its day, not after it ("نشر، مساء الثلاثاء، حصيلة
                # هجمات خلال اليوم" read on Wednesday: Tuesday's attacks)
                found_date = stmt
            if trig_at and self.published is not None and _past_year(
                    lx, words, self.published.year, found_date[2] if found_date is not None else None):
                return [], None, None  # "بقصف منتجع برخ في زاخو صيف 2022": background of an earlier year
            if trig_at and self.published is None and not (lx.asides.isdisjoint(self._seen) and lx.dating_back.isdisjoint(self._seen)) \
                    and any(t.stem in lx.asides or t.stem in lx.dating_back for t in toks[:min(first, 2)]) and (
                        (found_date is not None and found_date[0] is not None and found_date[1] in _COARSE)
                        or any(_YEAR.fullmatch(t.stem) for t in toks)):
                # "يشار إلى أن بلدة ترمسعيا شهدت في حزيران 2025 هجوما واسعا"، "يذكر أن القوات أطلقت مطلع عام 2019
                # عملية ... انتهت بالسيطرة على سبها" in an undated page: the outlet's background, dated by its
                # month or year, is no report of the day
                return [], None, None
            if trig_at and _recap_words(lx, norms) and (
                    (self.published is not None and found_date is not None and found_date[0] is not None
                     and found_date[1] == "month"
                     and (found_date[0].year, found_date[0].month) < (self.published.year, self.published.month))
                    or ((self.published is None or found_date is None) and not lx.month_words.isdisjoint(self._seen)
                        and any(t.stem in lx.month_words for t in toks))
                    or (not lx.during.isdisjoint(self._seen) and any(span_ended_at(lx, toks, k) for k in range(len(toks))))):
                # A pluperfect recap dated by a month before publication's is background, however few days the
                # month's last one lies before it ("وكان هجوم مماثل قد استهدف الشهر الماضي نقطة للجيش"); so is one
                # named with a month in an undated page, or with a month no date could be read from ("وكانت غارة
                # على سوق الضعين قد أودت في ديسمبر الماضي"، "كان قد نفذ في الأسبوع الأخير من كانون الأول/ديسمبر الماضي"),
                # and one of a span that ended, every clause of it ("وكانت إسرائيل قد نفذت خلال العام الماضي سلسلة
                # من الغارات ...، كما استهدفت مطار صنعاء")
                return [], None, None
            if found_date is None and trig_at:
                ago = days_ago(words)
                if ago is not None and ago[0] > self.opts["max_age_days"]:
                    # "بضربة جوية تركية في قرية سيدكان قبل 10 أيام": background, dated or not
                    return [], None, None
                if ago is not None and self.published is not None:
                    found_date = (self.published - dt.timedelta(days=ago[0]), "day", ago[1])
            if found_date is None and self.published is None and self._relative(words):
                if trig_at and self._old_relative(words):
                    # "الشهر الماضي" in an undated article: whatever the day, more than a week before it
                    return [], None, None
                found_date = (None, "unknown", 0)  # "أمس" in an undated article: a date no one can tell
            # (a date long before publication, "في نيسان 2016 قتلوا طفلا هنا", is the background's own:
            # it dates nothing told after it)
            old = found_date is not None and found_date[0] is not None and self.published is not None and \
                (self.published - _last_day(found_date[0], found_date[1])).days > self.opts["max_age_days"]
            if found_date is not None and not _recap_words(lx, norms) and not old:  # "وكانت القوات قد أعلنت في 4 أكتوبر": background
                if st.base_date is None and not (stmt is not None and any(c.attr_span != (0, 0) for c in claims)) and (
                        trig_at or found_date[1] == "day" or self.published is None):
                    # (not a week or month told only of something else: "أعلنت الهيئة وفاته في سجن النقب الأسبوع
                    # الماضي" dates none of the events after it)
                    st.base_date = (found_date[0], found_date[1])
                elif stmt is not None and any(c.attr_span != (0, 0) for c in claims) and (
                        stmt[1] == "day" or self.published is None):
                    # (the statement's day, not the day of the event it tells: "أعلنت الوزارة، اليوم
                    # الخميس، أن قواتها وجهت خلال الليلة الماضية ضربة" leaves Thursday to what follows)
                    st.base_date = (stmt[0], stmt[1])
        own = found_date is not None  # the date is named in the sentence itself
        if own:
            date, dprec = found_date[0], found_date[1]
            date_used = (date, dprec)
        elif para_date is not None:
            (date, dprec), date_used = para_date, None
        elif trig_at and st.event_date is not None and toks[first].stem in lx.retell and not (
                first + 1 < len(toks) and toks[first + 1].stem in lx.fresh):
            (date, dprec), date_used = st.event_date, None  # "وأضاف أن القصف ...": the event told before
        elif st.base_date is not None:
            (date, dprec), date_used = st.base_date, None
        else:
            date, dprec, date_used = self.published, ("day" if self.published else "unknown"), None
        if trig_at:
            st.event_date = (date, dprec)
        total_from = _totals_start(lx, toks, self._seen)
        toll = _specific_toll(lx, toks) if total_from < len(toks) else None
        out = []
        new_pending = None
        # (once per sentence, not per claim: linear however many claims a sentence holds)
        since_here = not lx.since.isdisjoint(self._seen) and any(t.stem in lx.since for t in toks)
        any_cas = not lx.casualty_forms.isdisjoint(self._seen)  # (a word of killing or injury: else no claim has a toll)
        for claim in claims:
            finds = self._events_in(toks, roles, claim, total_from, trig_at)
            claimant = claim.claimant or _UNATTRIBUTED
            killed, injured = _casualties(lx, toks, claim.start, min(claim.end, total_from)) if any_cas else (None, None)
            located = [f for f in finds if f.places]
            unlocated = [f for f in finds if not f.places]
            # "وتبنى التنظيم الهجوم"، "نفى أي صلة له بالتفجير"، "اتهمت أنقرة الوحدات بالوقوف وراء
            # التفجير"، "وأدى القصف إلى ...": the attack told last, now claimed, denied or retold.
            retold = []
            if not located and claim.attr_span != (0, 0) and toks[claim.attr_span[0]].stem in lx.accusing_participles:
                continue  # a participle's charge placed nowhere ("...، متهما الجيش بتعمد استهداف المدنيين"): no event
            for f in (g for u in unlocated for g in (*u.earlier, u)) if claim.claimant else ():
                told = self._told(toks, claim, f)
                if not told:
                    continue
                for t in told:
                    if claim.responsibility or claim.stance == DENIAL or f.attacker == SELF:
                        attacker = claim.claimant
                    elif claim.claimant == t.claimant:
                        attacker = t.attacker or f.attacker
                    else:
                        attacker = f.attacker
                    retold.append(replace(t, claimant=claim.claimant, attacker=attacker, stance=claim.stance,
                                          killed=None if located else killed, injured=None if located else injured,
                                          source=claim.source, evidence=_evidence(sent)[0],
                                          ev_start=abs_start + _evidence(sent)[1],
                                          ev_end=abs_start + _evidence(sent)[2]))
                break
            out.extend(retold)
            if retold and not located:
                continue
            if not located and unlocated:
                f = unlocated[0]
                if not since_here:
                    # (not a war's running toll or count: "قتل 46 مدنيا منذ مطلع تشرين الأول جراء القصف"،
                    # "فقدت الناحية 14 من أبنائها في هجمات مماثلة منذ مطلع العام الماضي")
                    new_pending = Pending(claimant, f, claim, (date, dprec), own, sent, abs_start, killed, injured)
                continue
            if not finds and killed is not None and claim.claimant and not since_here:
                # "غارة إسرائيلية على مبنى في منطقة النبطية ... ووفقا لبيان لوزارة الصحة، قتل عشرة أشخاص في
                # وادي الكفور بالنبطية": a toll with no attack word, placed near the attack told just before,
                # is that attack's, as this speaker tells it
                prev = next((r for r in reversed(st.all_rows) if r.stance == CLAIM), None)
                places = [p for p in self._loose_places(toks, roles, claim.start, claim.end) if prev is not None and _GEOD.inv(
                    prev.place.lon, prev.place.lat, p.place.lon, p.place.lat)[2] <= _TOLL_KM * 1000] if prev else []
                cas = next((k for k in range(claim.start, claim.end) if toks[k].cas == 1), None)
                if places and cas is not None:
                    f = _Found(prev.type, cas, prev.attacker, places=places, typed=prev.typed)
                    out.extend(self._rows([f], claimant, claim, date, dprec, own, sent, abs_start, toks, abs_start,
                                          killed, injured))
                    continue
            if not located and pending is not None and pending.claimant == claimant and not (
                    own and (date, dprec) != pending.date):
                # (not from a sentence dated otherwise: "ونذكر بأن مجزرة في جسر الشغور في حزيران الماضي")
                # The place of the previous sentence's event, given in this one (داخل الأراضي الأرمينية),
                # not a threat's ("وتوعدت الغرفة بـ«رد أقسى» على مواقع ... في سراقب")
                places = self._loose_places(toks, roles, claim.start, claim.end) if lx.sirens.isdisjoint(self._seen) and \
                    lx.funeral.isdisjoint(self._seen) else []
                # (not where sirens sounded, "ودوت صفارات الإنذار في كريات شمونة", nor where the dead were
                # buried, "وقد شيع الشهيدان في مدينة طوز خورماتو")
                if places and any(toks[k].stem in lx.hypo and not any(toks[j].brk for j in range(k + 1, places[0].start))
                                  for k in range(places[0].start)):
                    places = []
                if places:
                    f = pending.find
                    f.places = places
                    located = [f]
                    d0, p0 = pending.date
                    out.extend(self._rows(located, claimant, pending.claim, d0, p0, pending.own, pending.sent,
                                          pending.abs, toks, abs_start, pending.killed, pending.injured,
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
            row = next((r for r in out if r.claimant == (speaker or _UNATTRIBUTED) and r.stance == CLAIM), None)
            if row is not None:
                row.killed, row.toll = toll, True
        denier = self._relative_denial(toks, roles)
        if denier is not None:
            # "قالت X إن بلدة مارتوني تعرضت لقصف، وهو ما نفته الوزارة الأذربيجانية": the claims of
            # the sentence, denied by that party (who denies having attacked); of the last claim told
            # before it, when the sentence tells several ("شنت طائرات غارات على بريتال ...، وأعلن الجيش أن
            # قوة أطلقت النار على دورية قرب سردا، وهو ما نفته تل أبيب": only Sarda)
            at = next(k for k, t in enumerate(toks) if t.norm in lx.denied_it)
            told = [c for c in claims if c.claimant and c.claimant != denier and 0 < c.attr_span[0] < at]
            lo = abs_start + self._start_of(told[-1].attr_span[0]) if told else -1
            out.extend([replace(r, claimant=denier, stance=DENIAL, attacker=denier, killed=None, injured=None,
                                source=None)
                        for r in list(out) if r.stance == CLAIM and r.claimant not in (denier, _UNATTRIBUTED)
                        and r.attacker in (denier, None)  # (not ISIS's attack told beside: not the denier's)
                        and r.p_start >= lo])
        # A container of unnamed places whose named ones the sentence lists ("استهدفت غارات مدنا وقرى
        # في قضاءي صور وبنت جبيل، طالت بلدات من بينها رامية وبرعشيت"): the named ones are the events.
        if any(r.summary for r in out) and any(
                t.stem.startswith(tuple(lx.between)) and k > 0 and toks[k - 1].stem in lx.prep_from
                for k, t in enumerate(toks)):  # "من بينها"
            named = [r for r in out if not r.summary]
            out = [r for r in out if not r.summary or not any(
                n.claimant == r.claimant and n.stance == r.stance and
                _GEOD.inv(n.place.lon, n.place.lat, r.place.lon, r.place.lat)[2] <= _SUMMARY_KM * 1000 for n in named)]
        return out, new_pending, date_used


    def _rows(self, finds, claimant, claim, date, dprec, own, sent, abs_start, ptoks, p_abs, killed, injured,
              place_sent=None):
        lx = self.lx
        rows = []
        ev, ev_lo, ev_hi = _evidence(sent)
        for f in finds:
            attacker = f.attacker
            if attacker == SELF or claim.stance == DENIAL or f.negated or (attacker is None and (
                    f.event_type == "destruction" or (ptoks is not None and place_sent is None
                                                      and ptoks[f.trigger].ty0 == "destruction"))):
                # (a destruction announced is the speaker's, whatever the means: '"تحييد خمسة" بضربات جوية')
                # (who denies, denies having attacked: "نفى المتحدث ... عن استهداف سوق في شدا")
                attacker = claimant if claimant not in (self.profile.fallback_party, _UNATTRIBUTED) else None
            # (f.trigger indexes the sentence of the attack word: with place_sent, that is not ptoks)
            if attacker is None and claim.stance == CLAIM and ptoks is not None and place_sent is None and \
                    shape.strip_b(ptoks[f.trigger].stem) in lx.mutual:
                pass  # "معارك عنيفة في محيط X"، "اشتباكات على الحدود": fighting has two sides, no attacker
            elif attacker is None and claim.stance == CLAIM and not (
                    ptoks is not None and place_sent is None and (passive(lx, ptoks[f.trigger]) or (
                        f.trigger > 0 and ptoks[f.trigger - 1].stem in lx.under))):
                # "وأضافت الوزارة أن القصف امتد إلى ..." (not "X تعرض لقصف": a passive names nobody)
                attacker = self.state.last_attacker.get(claimant)
            elif attacker is not None and claim.stance == CLAIM:
                self.state.last_attacker[claimant] = attacker
            ty = f.event_type
            if attacker is not None and claim.stance == CLAIM:
                kinds = self.state.kinds.get(attacker)
                if f.typed and f.named:
                    self.state.kinds[attacker] = f.named | kinds if kinds else f.named
                elif not f.typed and kinds and len(kinds) > 1:
                    # "أكد الحزب أنه عاود استهداف تجمع للجنود" after its rockets and its shells: the report
                    # names several means for this attacker and none for this attack, so its means is unknown
                    ty = "other"
            # "أكد الحزب أنه عاود استهداف تجمع للجنود في عيتا الشعب": a second attack there, not the first retold
            again = ptoks is not None and place_sent is None and any(
                ptoks[a].stem in lx.again for a in range(max(0, f.trigger - 2), min(len(ptoks), f.trigger + 6)))
            for k, (place, i, j, printed, near) in enumerate(f.places):
                prec = place.kind
                side = self._side(ptoks, i, j, printed) if place.kind != "country" else None
                if side is not None and place.kind == "region" and i > 0 and ptoks[i - 1].stem in lx.compass:
                    # "شمالي البحر الأحمر": a side of a sea or region the gazetteer knows as a place of its own
                    whole = self.gz.lookup_key(f"{ptoks[i - 1].stem} {_norm_name(printed)}")
                    if whole is not None and whole.kind == "region":
                        place, printed, side, prec = whole, f"{ptoks[i - 1].raw} {printed}", None, whole.kind
                side_km = _offset_km(lx, ptoks, i) if side is not None else None
                if (near or side is not None) and prec == "settlement":
                    prec = "district"
                rows.append(Row(
                    date=date, dprec=dprec, own_date=own, claimant=claimant, attacker=attacker,
                    type=ty, typed=f.typed, place=place, printed=printed, precision=prec,
                    killed=killed if k == 0 else None, injured=injured if k == 0 else None,
                    stance=DENIAL if f.negated else claim.stance, evidence=ev, ev_start=abs_start + ev_lo,
                    ev_end=abs_start + ev_hi,
                    p_start=p_abs + self._start_of(i),
                    p_end=p_abs + self._start_of(j - 1) + len(ptoks[j - 1].raw),
                    source=claim.source, summary=self._summary(ptoks, i), side=side, side_km=side_km, again=again,
                    headline=self.state.headline, set_against=claim.set_against,
                    rural=side is not None and any(strip_article(t.stem) in lx.countryside or t.stem in lx.countryside
                                                   for t in ptoks[max(0, i - 2):j]),
                    trace=Trace(ptoks[f.trigger].stem if ptoks is not None and place_sent is None else "",
                                i - f.trigger if place_sent is None else i, k, len(f.places),
                                claim.attr_span != (0, 0), place_sent is not None, near, claimant == _UNATTRIBUTED,
                                ptoks is not None and place_sent is None and any(t.attr for t in ptoks)),
                ))
        return rows

    def _side(self, toks, i: int, j: int, printed: str) -> float | None:
        """The side of the place at tokens ``i:j`` the event lies on, as a bearing in degrees: a side
        noun before it ("غرب حماة"، "جنوب محافظة إدلب"), an adjective after it ("ريف حلب الشمالي
        الغربي"), or either inside a name the gazetteer read as a side of a place ("شمال اللاذقية");
        not a name whose side is its own ("جنوب لبنان"); and "الريف الشمالي لأم درمان"."""
        lx = self.lx
        found: list[float] = []
        k = i - 1
        if k > 0 and toks[i].norm.startswith(shape.PREP_LI) and not toks[i].brk and not toks[k].brk and \
                toks[k].norm.startswith(shape.ARTICLE) and strip_article(toks[k - 1].stem) in TYPE_WORDS:
            d = _bearing(lx, toks[k])  # "الريف الشمالي لأم درمان"
            if d is not None:
                found.append(d)
        if k > 0 and toks[k].stem in TYPE_WORDS:
            k -= 1
        while k >= 0 and len(found) < 2 and not toks[k].norm.startswith(shape.ARTICLE) and not toks[k].brk:
            d = _bearing(lx, toks[k])
            if d is None:
                break
            found.append(d)
            k -= 1
        if any(_bearing(lx, t) is not None for t in toks[i:j]) and not self._knows(_norm_name(printed)):
            # (only in the printed name: "منطقة الزرق بشمال دارفور" is the village in the state whose name
            # has a side, not the north of that state)
            named = set(_norm_name(printed).split())
            found += [d for t in toks[i:j] if (d := _bearing(lx, t)) is not None and t.norm in named]
        k = j
        while k < min(len(toks), j + 2) and toks[k].norm.startswith(shape.ARTICLE) and not toks[k - 1].brk:
            d = _bearing(lx, toks[k])
            if d is None:
                break
            found.append(d)
            k += 1
        if not found:
            return None
        x = sum(math.sin(math.radians(d)) for d in found[:2])
        y = sum(math.cos(math.radians(d)) for d in found[:2])
        return None if abs(x) < 1e-9 and abs(y) < 1e-9 else math.degrees(math.atan2(x, y)) % 360

    def _knows(self, key: str) -> bool:
        """Whether the gazetteer knows a normalised name as printed (memoised for the run)."""
        known = self.resolutions.get(("known", key))
        if known is None:
            known = self.resolutions[("known", key)] = self.gz.knows(key)
        return known

    def _summary(self, toks, i: int) -> bool:
        """Whether the place at token i contains unnamed places: "مدنا وقرى في قضاءي صور وبنت جبيل"."""
        lx = self.lx
        for k in range(i - 1, max(0, i - 6), -1):
            if toks[k].stem in lx.container and k > 0:
                return any(toks[a].stem in lx.place_plurals or toks[a].stem[1:] in lx.place_plurals
                           for a in range(max(0, k - 2), k))
            if toks[k].brk:
                break
        return False

    def _start_of(self, i: int) -> int:
        """Offset in the current sentence of its token i."""
        if self._offsets is None:  # once per sentence: linear however many places it names
            self._offsets = list(accumulate(map(len, self._parts)))
        return self._offsets[2 * self._kidx[i]]

    # -------------------------------------------------------------- roles: parties and conduits

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
        if norm[:1] in shape.CLITIC_LETTERS and _after_clitic(norm, cue_lens):
            # after a clitic: a one-word cue ("وأذربيجان") or the first word of a longer one
            # ("لغرفة عمليات الكرامة")
            for _p, st in clitic_splits(norm):
                if (st,) in self.cues:
                    lens = lens | {1}
                lens = lens | ((cue_lens.get(st) or _NO_LENS) - {1})
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
            one = Role(PARTY, got[0], got[1]) if got else None
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

    @staticmethod
    def _as_incident(t: _Tok, ty: str = "other") -> _Tok:
        """A copy of token t read as an attack word of no kind ("حادث" in "بلاغا عن حادث"; ``generic``:
        of the kind told before, "بما جرى في المطار")."""
        v = object.__new__(_Tok)
        for name in _Tok.__slots__:
            setattr(v, name, getattr(t, name))
        v.ty = v.ty0 = ty
        v.hot = True
        return v

    def _after(self, t: _Tok, gap: str) -> _Tok:
        """The variant of token t after this gap (a comma, a quote, a full stop ...)."""
        lx = self.lx
        flags = _gap_flags(gap)
        if flags == _SPACE_FLAGS:
            v = t
        else:
            v = self.variants.get((t.raw, flags))
            if v is None:
                v = object.__new__(_Tok)
                v.raw, v.pf = t.raw, t.pf
                v.norm, v.stem, v.ty, v.ty0, v.attr, v.datew, v.noname, v.cas, v.tot, v.hot = _tok_info(lx, t.raw)
                v.brk, v.sep, v.quote, v.comma, v.dash, v.paren = flags
                self.variants[(t.raw, flags)] = v
        self.variants[(t, gap)] = v  # (also by token and gap as printed: read so first)
        return v

    # -------------------------------------------------------------- attribution


    # -------------------------------------------------------------- events of one claim


    # -------------------------------------------------------------- places


    # -------------------------------------------------------------- article level
    def _finish(self, rows: list[Row]) -> list[Row]:
        # A name the article places in a container elsewhere ("قرية ستاريتسا في مقاطعة خاركيف") is
        # that place wherever it is named alone (the headline's "السيطرة على ستاريتسا"), not a namesake.
        if self.state.placed_in:
            for r in rows:
                there = self.state.placed_in.get(_norm_name(r.printed))
                if there is not None and r.place.id != there.id and not self.gz.inside(r.place, there):
                    r.place, r.precision = there, "district" if there.kind == "settlement" else there.kind
        # A headline or lead sentence reports before it attributes: its claimant is the first one
        # named after it in the article (else the profile's fallback party).
        attributed = {(r.place.id, r.stance): r for r in rows if r.claimant != _UNATTRIBUTED}
        # A headline retold in the body with its own date and source is the body's event (and an
        # unattributed report of an attack someone then claims is that claim's): its figures go there.
        # (A recap with a date of its own, "وكانت الباب قد شهدت في 21 شباط تفجيرا", is another event.)
        told = set()
        for r in rows:
            a = attributed.get((r.place.id, r.stance))
            if r.claimant == _UNATTRIBUTED and a is not None and (a.date == r.date or not r.own_date or _day_after(r, a)):
                for f in ("killed", "injured"):
                    if getattr(a, f) is None:
                        setattr(a, f, getattr(r, f))
                told.add(id(r))
        # (and a headline's place the body names by its district, or the other way round: "ومسيرات على
        # الدريهمي" in the headline, "على تجمعات في مديرية الدريهمي" in the body)
        for r in rows:
            if r.claimant != _UNATTRIBUTED or id(r) in told or not r.headline:
                continue
            a = next((a for a in attributed.values() if a.stance == r.stance and a.type == r.type
                      and a.claimant != self.profile.fallback_party and a.place.id != r.place.id and (a.date == r.date or not r.own_date)
                      and (self.gz.inside(a.place, r.place) or self.gz.inside(r.place, a.place))
                      and _GEOD.inv(a.place.lon, a.place.lat, r.place.lon, r.place.lat)[2] <= _SAME_PLACE_KM * 1000), None)
            if a is not None:
                told.add(id(r))
        rows = [r for r in rows if id(r) not in told]
        # A headline naming the province ("غارة قرب رتل تركي في إدلب") of a place the body names
        # ("قرب مدينة معرة النعمان بريف إدلب") tells the body's event.
        inside = {(c, a.stance) for a in attributed.values() for c in self.state.containers.get(a.place.id, ())}
        rows = [r for r in rows if r.claimant != _UNATTRIBUTED or not (
            (r.place.id, r.stance) in inside or (_norm_name(r.printed), r.stance) in inside)]
        # the first claimant named after each row (one backward pass: a long sentence of many
        # unattributed mentions was quadratic here, issue 13)
        # (and the claimant of the first telling after it at the same place: "مسيرات روسية على خاركيف وسومي
        # وأوديسا.. وموسكو تعلن السيطرة على هولياي بولي" over "وأضافت القوات الجوية أن المسيرات أصابت أهدافا
        # في مقاطعات خاركيف وسومي وأوديسا": Sumy's is Kyiv's telling, not Moscow's)
        later_of, later = [None] * len(rows), None
        there_of, there = [None] * len(rows), {}
        for n in range(len(rows) - 1, -1, -1):
            later_of[n] = later
            if rows[n].claimant != _UNATTRIBUTED:
                later = rows[n]
                if rows[n].stance == CLAIM:
                    there[rows[n].place.id] = there[_norm_name(rows[n].printed)] = rows[n].claimant
            elif rows[n].stance == CLAIM:
                there_of[n] = there.get(rows[n].place.id) or there.get(_norm_name(rows[n].printed))
        # (a body sentence the article attributes only later, in another paragraph and at another place,
        # is the outlet's own report: "عاش قضاء صور يوما داميا ..." before "وأفادت الوكالة الوطنية بأن ..." on
        # other villages; a headline, or a lead its own paragraph then attributes, is the later speaker's)
        para_starts = self._para_starts
        voices_at = self.state.voices_at
        for n, r in enumerate(rows):
            if r.claimant == _UNATTRIBUTED:
                if r.headline or r.trace.spoken or r.trace.told:
                    # (a speaker no profile resolves: "وزارة الصحة" of two governments, "وفق ما أعلنه الحاكم العسكري للمقاطعة")
                    told_by = later_of[n].claimant if later_of[n] is not None and not r.set_against else None
                else:  # the first voice after it, if in its paragraph (voices_at is in reading order)
                    k = bisect_right(voices_at, r.ev_start, key=_FIRST)
                    told_by = voices_at[k][1] if k < len(voices_at) and not r.set_against and bisect_right(
                        para_starts, voices_at[k][0]) == bisect_right(para_starts, r.ev_start) else None
                later = there_of[n] or told_by or self.voice
                r.claimant = self.voice if self.voice != self.profile.fallback_party or self.own_reports else \
                    later or (self.state.claimants_seen[:1] or [self.voice])[0]
                if r.attacker == r.claimant and r.type != "destruction":
                    r.attacker = None
        # A denial denies the claim told at that place: undated, it has that claim's date; read from
        # a bare "استهدفت" ("نفت أن تكون قد استهدفت X"), it has that claim's type.
        for r in rows:
            if r.stance == DENIAL and not (r.own_date and r.typed):
                told = next((x for x in rows if x.stance == CLAIM and x.place.id == r.place.id
                             and x.claimant != r.claimant), None)
                if told is not None and not r.own_date:
                    r.date, r.dprec = told.date, told.dprec
                if told is not None and not r.typed:
                    r.type = told.type
        # An undated telling of a claim that is told with its date elsewhere in the article is
        # that claim ("يعلن السيطرة على تل رفعت" in the headline, "أعلن، أمس الأحد، سيطرته ...").
        dated = {(r.claimant, r.stance, r.place.id): r for r in rows if r.own_date}
        body = {(r.claimant, r.stance, r.place.id): r for r in rows if not r.headline}
        dupes = set()
        for r in rows:
            # (a headline's telling is the body's, however the body dates it: "ما نعرفه | الوفاق تعلن
            # السيطرة على رقدالين" over "سيطرت قوات الوفاق أمس على رقدالين")
            d = dated.get((r.claimant, r.stance, r.place.id)) or (body.get((r.claimant, r.stance, r.place.id))
                                                                 if r.headline else None)
            if not r.own_date and d is not None and d.date != r.date and not self._background(d):
                _absorb(d, r)
                dupes.add(id(r))
        rows = [r for r in rows if id(r) not in dupes]
        # Same claim told twice: one event, at the more precise place (a country or region-level
        # mention is absorbed by a finer one of the same claimant, attacker, type and date).
        rank = {"settlement": 0, "district": 1, "region": 2, "country": 3}
        keep: list[Row] = []
        seen = set()
        def same(r: Row) -> tuple:
            # (two villages no gazetteer knows, each placed at the district named after it, are two
            # events: "قرية بهرافا بقضاء سنجار" and "قرية بارة بقضاء سنجار"; also when the district is a unit of
            # its own, no longer the town Sinjar)
            told_as = None
            if r.precision != r.place.kind or r.place.kind in ("district", "region"):
                key = _norm_name(r.printed)
                told_as = None if self._knows(key) else key
            # (and a town's countryside on one side is a place of its own: "الريف الشمالي لأم درمان" beside
            # "شمال وغرب أم درمان")
            side = None if r.side is None or not r.rural else round(r.side / 45) % 8
            return r.claimant, r.date, r.stance, r.place.id, told_as, side, id(r) if id(r) in again else None

        # "again" makes a second event only after the same attack was told in the body, not the headline
        again: set[int] = set()
        body_told: set[tuple] = set()
        for r in rows:
            base = (r.claimant, r.date, r.stance, r.place.id)
            if r.again and base in body_told:
                again.add(id(r))
            if not r.headline:
                body_told.add(base)
        for r in rows:
            key = same(r)
            if key in seen:
                # (two kinds of attack told in one sentence are two: "بقصف مدفعي على مدينة بابنوسة، ...،
                # كما استهدفت بطائرة مسيرة مفخخة مقر الفرقة بالمدينة")
                # (but an attack and what it destroyed are one: "توغلت قوة ... وجرّفت أرضا زراعية"، "هاجم
                # مستوطنون القرية وأحرقوا منزلين"، "شن الطيران غارة على المبنى ودمره بالكامل")
                told = [k for k in keep if same(k) == key and not (
                    k.ev_start == r.ev_start and k.typed and r.typed and k.type != r.type and r.stance != DENIAL
                    and "destruction" not in (k.type, r.type))]
                # (a denial is one, whatever the words: "وهو ما نفته القيادة ... إن قواتها لم تطلق أي قذيفة")
                for k in told:
                    _absorb(k, r)
                if told:
                    continue
            seen.add(key)
            keep.append(r)
        final = []
        # the rows printed as a quarter ("حي دارنيتسكي"، "حارة الدمج"), read once
        quarters = {id(k): k for k in keep if _norm_name(k.printed).split()[:1] and
                    _norm_name(k.printed).split()[0] in self.lx.quarter_words}
        for r in keep:
            # (the outlet's own summary of a province, "ومعارك في مقاطعة زابوريجيا" in an anchor's opening, is
            # what a party then tells inside it)
            own = r.claimant == self.profile.fallback_party and r.stance == CLAIM
            if r.precision in ("country", "region") or r.precision == r.place.kind == "district":
                # (a district printed with its type word, "محافظة الضالع", is an event of its own unless it is
                # a province or the outlet's summary, or the same sentence tells the attack in a place inside
                # it after it: "وفي محافظة الضالع، قال قائد إن قواته صدت هجوما في جبهة الفاخر، بعد اشتباكات"; not
                # a list: "في الكسارة والمشجح")
                broad = r.precision != "district" or not r.typed or own or (r.place.radius_km or 0) >= _PROVINCE_KM
                # (and a province named by an attack word of no kind, "شهدت ولاية النيل الأبيض واحدا من أعنف
                # الهجمات", then the strike in it told: the same event)
                finer = [k for k in keep if k is not r and (k.claimant == r.claimant or own)
                         and (broad or (k.ev_start == r.ev_start and k.type == r.type and r.p_end <= k.p_start
                                        and self._admin_printed(r)))
                         and (k.attacker == r.attacker or k.attacker is None or r.attacker is None or own
                              or (k.ev_start == r.ev_start and k.type == r.type))
                         and (k.type == r.type or not r.typed or r.type == "destruction") and (k.date == r.date or not r.own_date)
                         and k.stance == r.stance
                         and (rank[k.precision] < rank[r.precision] or (  # (a subdistrict in the province)
                             k.precision == r.precision == "district" and k.place.id != r.place.id
                             and 2 * (k.place.radius_km or 0) < (r.place.radius_km or 0)))
                         and _inside(k.place, r.place, r.precision)]
                if finer:
                    continue
            elif r.precision == r.place.kind == "settlement" and any(
                    k is not r and k.place.id == r.place.id and k.precision != k.place.kind and k.claimant == r.claimant
                    and k.stance == r.stance and k.type == r.type and (k.date == r.date or not r.own_date)
                    and (k.attacker == r.attacker or r.attacker is None) for k in keep):
                continue  # the city, after a quarter of it no one knows was told: "قصف حي المصانع" ... "في مدينة نيالا"
            elif r.precision == r.place.kind == "settlement" and (r.place.population or 0) >= _CITY_POPULATION \
                    and id(r) not in quarters and any(
                    k is not r and k.place.id != r.place.id and k.claimant == r.claimant and k.stance == r.stance
                    and (k.type == r.type or not r.typed) and (k.date == r.date or not r.own_date or not k.own_date)
                    and (k.attacker == r.attacker or r.attacker is None or k.attacker is None)
                    and _GEOD.inv(k.place.lon, k.place.lat, r.place.lon, r.place.lat)[2] <= _CITY_QUARTER_KM * 1000
                    for k in quarters.values()):
                continue  # the city, when a quarter of it is told ("قتل ثلاثة في كييف" ... "أصاب مبنى في حي دارنيتسكي")
            final.append(r)
        # A town and the district named after it, told by the same voice as the same event ("هجمات على
        # مواقعنا في كلبجار" in the headline, "في محافظتي كلبجار ولاتشين" in the body): one event, where
        # it was told first.
        by_name: dict[tuple, Row] = {}
        merged = set()
        for r in final:
            key = (r.claimant, r.stance, r.date, _norm_name(r.printed))
            k = by_name.setdefault(key, r)
            if k is not r and k.place.id != r.place.id and {k.place.kind, r.place.kind} == {"settlement", "district"} \
                    and _GEOD.inv(k.place.lon, k.place.lat, r.place.lon, r.place.lat)[2] <= 2 * _SAME_PLACE_KM * 1000:
                _absorb(k, r)
                merged.add(id(r))
        final = [r for r in final if id(r) not in merged]
        return [r for r in final if not self._background(r) and not self._far_away(r.place) and not self._bare_country(r)]

    def _bare_country(self, r: Row) -> bool:
        """The row's place is a country named bare ("وفي العراق المجاور"، "هجوما على أوكرانيا"): no place a map
        can show (not its territory: "داخل الأراضي الأرمينية" places the attack in Armenia)."""
        if r.place.kind != "country" or r.stance == DENIAL:
            return False  # (a denial names what it denies as the claim did: "نفت أن تكون قواتها قصفت أرمينيا")
        return not _printed_with(r, self.lx.territory_words)

    def _admin_printed(self, r: Row) -> bool:
        """The row's place is printed with the word of an administrative unit ("محافظة الضالع"، "وبمديرية لودر")."""
        return _printed_with(r, self.lx.admin_units, self.lx.district_units)

    def _background(self, r: Row) -> bool:
        """An attack dated well before publication is told as background ("وكانت ... قد قصفت في
        أيار الماضي"), not reported: the last day it may stand for is compared with the publication
        (in an undated article, with the text's first full date)."""
        now = self.published or self.ref
        if now is None or r.date is None:
            return False
        return (now - _last_day(r.date, r.dprec)).days > self.opts["max_age_days"]

    def _far_away(self, place) -> bool:
        """A place on another continent from the conflict (a namesake, a misread word) is no target."""
        theatre = self.profile.theatre
        if theatre.bbox is None or place.country in theatre.countries:
            return False
        far = km_to_box(place.lat, place.lon, theatre.bbox)
        if place.kind == "region" and place.country and far > _LOCAL_ABROAD_KM:
            return True  # an area of another war's country ("الساحل الغربي" in a Libya report is no Yemeni coast)
        return far > self.opts["max_km_from_theatre"]


# ---------------------------------------------------------------- helpers
def _last_day(date: dt.date, precision: str) -> dt.date:
    """The last day a date of this precision may stand for: its week's, or its calendar month's
    ("الشهر الماضي" read on 20 October is September, which ended on the 30th)."""
    if precision == "week":
        return date + dt.timedelta(days=6)
    if precision == "month":
        return (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return date


#: How far (km) a place named in a sentence may lie from the container of unnamed places it lists.
_SUMMARY_KM = 40.0
#: A nautical and a statute mile in km, and the farthest offset read from a text ("على بعد 50 ميلا بحريا").
_NAUTICAL_MILE_KM, _MILE_KM, _MAX_OFFSET_KM = 1.852, 1.609, 500.0
#: How far apart (km) a town and the district or facility that contains it may be told as one place.
_SAME_PLACE_KM = 15.0
#: How far (km) the place of a toll told with no attack word may lie from the attack told before it.
_TOLL_KM = 40.0
#: The radius taken for a region the gazetteer gives none (km).
_REGION_KM = 75.0
#: How far from a city's point a quarter of it ("حي دارنيتسكي" in Kyiv) may lie.
_CITY_QUARTER_KM = 15.0
#: ... and how many people a city has at least for its quarters to be named (a town has none).
_CITY_POPULATION = 100_000
#: Marks around a page's furniture line ("(الصورة: ...)"، "• اقرأ أيضا") and the length of its label.
_FURNITURE_MARKS = "()[]«»\"'-–—•*|"
_FURNITURE_LABEL = 30
#: ``normalize`` of a printed place name or a label of at most ``_FURNITURE_LABEL`` characters, remembered per
#: name (the names recur within and across articles; the slow path of ``normalize`` is a microsecond)
_norm_name = lru_cache(maxsize=1 << 14)(normalize)


def _printed_with(r: Row, *groups: frozenset[str]) -> bool:
    """The first word of the row's place as printed (as it stands, or read without its clitics: "وبمديرية")
    is a word of one of ``groups``."""
    first = _norm_name(r.printed).split()[:1]
    return bool(first) and any(w in g for w in (first[0], *(st for _p, st in clitic_splits(first[0]))) for g in groups)


#: Precisions of a date that names no day ("في حزيران 2025"، "عام 2024").
_COARSE = frozenset({"month", "year"})
_YEAR = re.compile(r"(?:19|20)\d\d")
#: How wide a unit is a province ("مقاطعة سومي"), whose typed mention may summarise a town in it (km).
_PROVINCE_KM = 50.0


#: The sides of a place, as the lexicon groups them, and their bearings (degrees from north).
_SIDES = (("bearing_n", 0.0), ("bearing_e", 90.0), ("bearing_s", 180.0), ("bearing_w", 270.0))
_SIDE_NAMES = {0: "north", 45: "north-east", 90: "east", 135: "south-east", 180: "south", 225: "south-west",
               270: "west", 315: "north-west"}
#: How far off a city the event "west of it" or in its western countryside is placed (km); see side_point.
_SIDE_KM = 15.0
_RURAL_KM = 25.0


def _bearing(lx: Lexicon, tok) -> float | None:
    table = lx.cache.get("bearings")
    if table is None:
        table = lx.cache["bearings"] = {w: deg for name, deg in reversed(_SIDES) for w in getattr(lx, name)}
    return table.get(tok.stem)


def _point(r: Row) -> tuple[float, float]:
    """The event's point: its place's, or off it on the side the text names."""
    if r.side is None:
        return r.place.lat, r.place.lon
    return side_point(r.place.lat, r.place.lon, r.place.kind, r.place.radius_km, r.side, r.place.population,
                      rural=r.rural, km=r.side_km)


def _offset_km(lx, toks, i: int) -> float | None:
    """The distance the text gives before the side words of the place at ``i`` ("على بعد 50 ميلا بحريا
    جنوب غرب المخا": 92.6 km), or None."""
    k = i - 1
    while k > 0 and toks[k].stem in lx.compass and not toks[k].brk:
        k -= 1
    factor = 1.0
    if k > 0 and toks[k].stem in lx.nautical:
        factor, k = _NAUTICAL_MILE_KM, k - 1
    if k > 0 and toks[k].stem in lx.mile_units:
        factor = factor if factor != 1.0 else _MILE_KM
    elif not (k > 0 and toks[k].stem in lx.km_units) or factor != 1.0:
        return None
    w = toks[k - 1].stem
    n = float(w) if w.isdigit() else lx.num_words.get(w)
    return n * factor if n and 0 < n * factor <= _MAX_OFFSET_KM else None


def side_point(lat: float, lon: float, kind: str, radius_km: float | None, bearing: float,
               population: int = 0, *, rural: bool = False, km: float | None = None) -> tuple[float, float]:
    """The point off a place on one of its sides: ``km`` off it when the text says how far ("على بعد
    50 ميلا بحريا جنوب غرب المخا"); else 15 km off a city ("غرب حماة"), 25 km into its countryside
    ("ريف إدلب الجنوبي": the villages lie farther out), 8 km off a town, 3 km off a village, a
    neighbourhood or a facility; an area is left by half its radius."""
    if km is not None:
        lon2, lat2, _ = _GEOD.fwd(lon, lat, bearing, km * 1000.0)
        return round(lat2, 4), round(lon2, 4)
    if kind == "settlement":
        km = (_RURAL_KM if rural else _SIDE_KM) if population >= 100_000 else 8.0 if population >= 20_000 else 3.0
    else:
        km = 0.5 * (radius_km or (_REGION_KM if kind == "region" else 2 * _SIDE_KM))
    lon2, lat2, _ = _GEOD.fwd(lon, lat, bearing, km * 1000.0)
    return round(lat2, 4), round(lon2, 4)


@lru_cache(maxsize=4)
def _evidence(sent: str) -> tuple[str, int, int]:
    """The sentence as evidence, stripped, with its start and end in the sentence: computed once
    per sentence, however many events it gives."""
    ev = sent.strip()
    lo = len(sent) - len(sent.lstrip())
    return ev, lo, lo + len(ev)


def _inside(fine, coarse, precision: str) -> bool:
    """Whether ``fine`` may be a part of the country or region ``coarse`` (so that the coarse mention
    summarises it): the same country, and for a region, within its radius (half again, for the
    roughness of a centre and a radius); "منطقتي خيزي وأبشيرون" names two."""
    if precision == "country":
        return not coarse.country or fine.country == coarse.country
    radius = (coarse.radius_km or _REGION_KM) * 1.5
    return _GEOD.inv(fine.lon, fine.lat, coarse.lon, coarse.lat)[2] / 1000.0 <= radius


def _absorb(keep: Row, dup: Row) -> None:
    """A second telling of the same event fills what the first lacked; a toll that rose since
    ("ارتفع عدد قتلى القصف على X إلى خمسة") replaces the first figure."""
    for f in ("killed", "injured", "attacker", "source"):
        if getattr(keep, f) is None:
            setattr(keep, f, getattr(dup, f))
    if dup.toll and dup.killed is not None and (keep.killed is None or dup.killed > keep.killed):
        keep.killed = dup.killed
        keep.toll = True


