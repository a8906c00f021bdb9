"""Which war an article reports: theatre detection from its places, party cues and capitals.

Pure: the text, a gazetteer and the profiles in, a ``Detection`` out; no disk, no network.

Evidence, each item with a weight:

- **Party phrases** of every profile (cues, institutions, spokespeople, capitals used as metonyms),
  matched longest first over all profiles at once. A phrase that several profiles list (the Israeli
  army is named in the Syria, Lebanon, Gaza and Yemen profiles) spreads its weight over them; a
  phrase only one theatre uses (كتائب القسام، قوات الدعم السريع) gives that theatre all of it.
  Institutions and spokespeople weigh most, then party cues, then capitals.
- **Places** named in the text, resolved with no theatre prior (exact names only, never
  transliterations or fuzzy look-alikes), count for the theatres whose box holds them (in full) or
  whose countries hold them (half), shared out like phrases. A lone place weighs less than a cue.
- Phrases a profile marks as local (``local_cues``: الجيش، المقاومة، التحالف) are read but are no
  evidence, and neither are their words read as places.
- The **title and lede** count more than the body; one item repeated counts at most three times.

``confidence`` grows with the margin of the winner over the runner-up and with the amount of
evidence: a single place gives a low one, no evidence at all gives the default profile with 0.

``detect_runs`` also splits a report that moves between wars (a roundup: Gaza, then Ukraine) into
runs of paragraphs, each with its own theatre; ``geo.pipeline`` extracts each run with its profile.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import is_, itemgetter
from typing import NamedTuple, Sequence

from gazetteer import Gazetteer, normalize
from gazetteer.normalize import clitic_splits

from .extract.shape import SPACES, TOKEN_BREAKS
from .extract.tokens import text_words
from .profile import DEFAULT_PROFILE, OUTLET_SIDE, Profile

__all__ = ["Detection", "Run", "detect", "detect_runs", "DEFAULT_PROFILE", "WEIGHTS"]

#: Weight of one item of evidence, by kind.
WEIGHTS = {"institution": 3.0, "speaker": 3.0, "cue": 2.0, "metonym": 1.5, "place": 1.0, "description": 2.0}
#: How much more the title (first paragraph) and the lede (second) count than the body.
_POSITION = (2.0, 1.5)
#: One item counts at most this many times.
_MAX_REPEAT = 3
#: Evidence that makes a confident detection (the confidence saturates around it).
_SURE = 6.0
#: A paragraph leaves the current theatre for another when that one scores at least this much in it
#: and at least ``_SWITCH_RATIO`` times the current one.
_SWITCH_MIN = 3.0
_SWITCH_RATIO = 2.0
#: ... and only a theatre with at least this share of the winner's score over the whole text may take one.
_RUN_SHARE = 0.2
#: How places are matched for evidence (``Candidate.reasons[0]``): exact names only.
_EXACT = frozenset({"exact", "normalised", "article", "clitic stripped", "type word"})
_MAX_NGRAM = 3
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")
_WORD = re.compile(rf"[^{SPACES}«»\"'“”()\[\]،,.:;؛!?؟…|/\\-]+")  # (``[^\s...]+``)
_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end
#: The characters the reader's words break at and ``_WORD`` does not ("*", "<", the long dashes ...): in
#: a text with none of them, ``_WORD``'s words are the reader's (``_words``).
_SPLITS_APART = re.compile(f"[{re.escape(''.join(sorted(c for c in set(TOKEN_BREAKS) if _WORD.fullmatch(c))))}]")
_UNSEEN = object()
_new_item = tuple.__new__  # (``_Item`` made without the Python call of its named-tuple constructor)
_NORM = itemgetter(0)  # (of a word's tuple in _Scanner.words: its normalised form ...)
_LOOKED_AT = itemgetter(5)  # (... and whether the scan looks at it)


@dataclass(frozen=True)
class Detection:
    """The theatre of a text: its profile id, a confidence in 0..1 and the evidence that counted."""

    profile: str
    confidence: float
    reasons: tuple[str, ...]
    scores: tuple[tuple[str, float], ...] = ()  # every profile with evidence, best first

    def as_dict(self) -> dict:
        return {"profile": self.profile, "confidence": self.confidence, "reasons": list(self.reasons),
                "scores": {k: v for k, v in self.scores}}


@dataclass(frozen=True)
class Run:
    """Consecutive paragraphs of one theatre: ``text[start:end]``."""

    profile: str
    start: int
    end: int
    detection: Detection


class _Item(NamedTuple):
    """One piece of evidence found in the text."""

    key: str         # what counts as the same item (normalised phrase or place name)
    what: str        # human-readable, as printed: "'وكتائب القسام' (Hamas)", "place 'بخان يونس' (Khan Younis, PS)"
    kind: str        # a key of WEIGHTS
    shares: tuple[tuple[str, float], ...]  # (profile id, share of the weight)
    pos: int         # character offset
    para: int        # paragraph index


# ------------------------------------------------------------------ phrase index
@lru_cache(maxsize=8)
def _phrase_index(profiles: tuple[Profile, ...]) -> tuple[dict, int]:
    """normalised token tuple -> (kind, parties named, shares) over all profiles, and the longest phrase."""
    owners: dict[tuple[str, ...], dict[str, tuple[str, str]]] = {}
    for prof in profiles:
        local = prof.local_keys
        for toks, (party, role) in prof.cue_table.items():
            if toks in local or party == OUTLET_SIDE:
                # matched (so its words are not read as a place) but not evidence of the theatre
                owners.setdefault(toks, {})
                continue
            owners.setdefault(toks, {}).setdefault(prof.id, (party, role))
        for desc in prof.descriptions:
            toks = tuple(normalize(desc).split())
            if toks:
                owners.setdefault(toks, {}).setdefault(prof.id, ("", "description"))
    index = {}
    for toks, by_prof in owners.items():
        if not by_prof:
            index[toks] = ("local", "", ())
            continue
        n = len(by_prof)
        roles = {role for _party, role in by_prof.values()}
        kind = max(roles, key=lambda r: WEIGHTS[r])
        parties = sorted({party for party, _role in by_prof.values() if party})
        named = ", ".join(parties) if parties else "description"
        index[toks] = (kind, named, tuple(sorted((pid, 1.0 / n) for pid in by_prof)))
    return index, max((len(k) for k in index), default=1)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph (blank-line or line separated)."""
    out, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[start:m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _place_shares(gz: Gazetteer, key: str, profiles: tuple[Profile, ...]) -> tuple[str, tuple] | None:
    """The theatres a printed name places the text in, from its exact gazetteer matches."""
    # (as spelt: the guesses tried when nothing matches as printed would all be dropped here)
    cands = [c for c in gz.candidates(key, 10, fuzzy=False, as_spelt=True) if c.reasons and c.reasons[0] in _EXACT]
    if not cands:
        return None
    best: dict[str, float] = {}
    named = None
    for c in cands:
        p = c.place
        for prof in profiles:
            w = 0.0
            box = prof.theatre.bbox
            if box is not None and box[0] <= p.lat <= box[2] and box[1] <= p.lon <= box[3]:
                w = 1.0
            elif p.country in prof.theatre.countries and p.kind != "country":
                w = 0.5  # a country counts only for the theatre that holds its centre (Russia: not Ukraine's)
            if w > best.get(prof.id, 0.0):
                best[prof.id] = w
                named = named or p
    if not best:
        return None
    total = sum(best.values())
    return f"{named.name_en}, {named.country}", tuple(sorted((k, v / total) for k, v in best.items()))


class _Scanner:
    """What detection needs of a gazetteer and a set of profiles, built once and memoised per word."""

    def __init__(self, gz: Gazetteer, profiles: tuple[Profile, ...]):
        self.gz, self.profiles = gz, profiles
        self.index, _longest = _phrase_index(profiles)
        self.lens: dict[str, tuple[int, ...]] = {}  # first word of a phrase -> its lengths, longest first
        for k in self.index:
            self.lens[k[0]] = tuple(sorted({*self.lens.get(k[0], ()), len(k)}, reverse=True))
        self.pairs = frozenset(k[:2] for k in self.index if len(k) > 1)  # the first two words of the longer phrases
        self.multi = frozenset(k[0] for k in self.pairs)  # ... their first words
        self.seconds = frozenset(k[1] for k in self.pairs)  # ... and their second words
        self.ones = {k[0]: v for k, v in self.index.items() if len(k) == 1}  # the one-word phrases
        names = getattr(gz, "_ar", None)  # the gazetteer's Arabic name index, as the extractor reads it
        self.heads = {k.partition(" ")[0] for k in names} if names is not None else None
        # raw word -> what it is to detection, found once per form for the run (a plain tuple: read
        # by unpacking, the fastest): its normalised form; its forms (itself, then without clitics)
        # that start a phrase; whether one of its forms starts a gazetteer name; the one-word phrase
        # it is (when no longer phrase starts here); whether one of its forms starts a phrase of two
        # words or more; and whether the scan looks at it at all (a phrase or a place may start here)
        self.words: dict[str, tuple] = {}
        self.places: dict[str, tuple | None] = {}
        self.grams: dict[tuple[str, ...], tuple | None] = {}

    def word(self, raw: str) -> tuple:
        hit = self.words.get(raw)
        if hit is None:
            if len(self.words) > 200_000:
                self.words.clear()
            norm = normalize(raw)
            forms = (norm, *(stem for _pre, stem in clitic_splits(norm))) if norm else ()
            firsts = tuple(f for f in forms if f in self.lens)
            if self.heads is not None:
                place = any(f in self.heads for f in forms)
            else:
                place = any(self.gz.lookup_key(f) is not None for f in forms)
            one = next((h for f in firsts if (h := self.ones.get(f)) is not None), None)
            hit = self.words[raw] = (norm, firsts, place, one, any(f in self.multi for f in firsts),
                                     bool(firsts) or place)
        return hit

    def gram(self, words: tuple[str, ...]) -> tuple[int, str, tuple] | None:
        """The longest place name that starts a run of (up to ``_MAX_NGRAM``) normalised words: (its
        length in words, its key, ``place(key)``), or None; memoised per run of words."""
        got = None
        for size in range(len(words), 0, -1):
            key = " ".join(words[:size])
            if len(key) < 3:
                continue
            hit = self.places.get(key, _UNSEEN)
            if hit is _UNSEEN:
                hit = self.place(key)
            if hit is not None:
                got = (size, key, hit)
                break
        if len(self.grams) > 200_000:
            self.grams.clear()
        self.grams[words] = got
        return got

    def place(self, key: str) -> tuple | None:
        if key not in self.places:
            if len(self.places) > 200_000:
                self.places.clear()
            self.places[key] = _place_shares(self.gz, key, self.profiles)
        return self.places[key]


@lru_cache(maxsize=4)
def _scanner(gz: Gazetteer, profiles: tuple[Profile, ...]) -> _Scanner:
    return _Scanner(gz, profiles)


def _words(text: str, shared: bool) -> tuple[list[str], list[int], list[int]]:
    """The words of ``_WORD`` in the text, where each starts and where it ends. ``shared``: the text is
    the one the reader reads next: its split into words (``text_words``, made once for both) gives
    the same words when no character the reader breaks at and ``_WORD`` does not is in it."""
    if shared and _SPLITS_APART.search(text) is None:
        parts, starts, ends = text_words(text)
        return parts[1::2], starts, ends
    matches = list(_WORD.finditer(text))
    return list(map(_GROUP, matches)), list(map(_START, matches)), list(map(_END, matches))


def _evidence(text: str, gz: Gazetteer, profiles: tuple[Profile, ...],
              paragraphs: list[tuple[int, int]], shared: bool = False) -> list[_Item]:
    sc = _scanner(gz, profiles)
    index, lens, pairs, seconds = sc.index, sc.lens, sc.pairs, sc.seconds
    words, wstart, wend = _words(text, shared)
    known, word = sc.words.get, sc.word
    info = list(map(known, words))  # (in C: the words seen before, most of a text)
    # the new words, one by one (found with "is": "None in info" compares every tuple with None)
    for k in list(compress(range(len(info)), map(is_, info, repeat(None)))):
        info[k] = word(words[k])
    norms = tuple(map(_NORM, info))  # (a tuple: its slices are the keys of the memo of names)
    starts = [a for a, _b in paragraphs] + [len(text) + 1]
    items: list[_Item] = []
    n = len(words)
    # Only a word that may start a phrase or a place name can be evidence (about half the words of
    # a report): the others are passed over without a look. The candidates come in text order, so
    # their paragraph is found by walking the paragraph starts once (no search per word), and with
    # it the first word of the next paragraph, where a place name must stop.
    para, nxt_start, para_end = 0, starts[1], n
    if len(starts) > 2:
        para_end = bisect_left(wstart, starts[1])
    nxt = 0  # the first word not yet taken by a phrase or a name
    grams, gram = sc.grams.get, sc.gram
    for i in list(compress(range(n), map(_LOOKED_AT, info))):
        if i < nxt:
            continue
        norm, firsts, may_place, one, multi, _seen = info[i]
        if multi and i + 1 < n and norms[i + 1] in seconds:  # a phrase of two words or more may start here
            found = None
            for first in firsts:  # the word itself, then its readings without clitics ("وكتائب" -> "كتائب")
                if (first, norms[i + 1]) in pairs:
                    for size in lens[first]:
                        if i + size <= n:
                            hit = index.get((first, *norms[i + 1:i + size]))
                            if hit is not None and (found is None or size > found[0]):
                                found = (size, hit)
                                break
                else:  # only the one-word phrase
                    hit = sc.ones.get(first)
                    if hit is not None and found is None:
                        found = (1, hit)
        else:  # only one-word phrases: the first of its forms that is one, found once per word form
            found = (1, one) if one is not None else None
        if found is None and not may_place:
            continue
        pos = wstart[i]
        if pos >= nxt_start:  # the paragraph of word i (as bisect_right(starts, pos) - 1 gives it)
            para = bisect_right(starts, pos, para + 1) - 1
            nxt_start = starts[para + 1]
            para_end = bisect_left(wstart, nxt_start, i) if para + 2 < len(starts) else n
        if found is not None:
            size, (kind, named, shares) = found
            if shares:  # a phrase every theatre uses in its own sense (الجيش، التحالف) is no evidence
                printed = text[pos:wend[i + size - 1]]
                items.append(_new_item(_Item, (" ".join(norms[i:i + size]), f"'{printed}' ({named})", kind, shares,
                                               pos, para)))
            nxt = i + size
            continue
        # (a name does not run over a paragraph break)
        words = norms[i:min(i + _MAX_NGRAM, para_end)]
        got = grams(words, _UNSEEN)
        if got is _UNSEEN:
            got = gram(words)
        if got is not None:
            size, key, hit = got
            printed = text[pos:wend[i + size - 1]]
            items.append(_new_item(_Item, (key, f"place '{printed}' ({hit[0]})", "place", hit[1], pos, para)))
            nxt = i + size
    return items


def _score(items: Sequence[_Item], *, positional: bool = True) -> tuple[dict[str, float], list[tuple[_Item, float]]]:
    """Score of each profile, and the items that count (a key's first ``_MAX_REPEAT``) with their
    weight before the profile's share: ``_decide`` reads the contributions of the winner alone from them."""
    scores: dict[str, float] = {}
    counted: list[tuple[_Item, float]] = []
    counts: dict[str, int] = {}
    get = scores.get
    npos = len(_POSITION) if positional else 0  # (paragraphs weighed by their position: the first ones)
    for it in items:
        key, _what, kind, shares, _pos, para = it  # (unpacked: a named field is a slow attribute read)
        counts[key] = seen = counts.get(key, 0) + 1
        if seen > _MAX_REPEAT:
            continue
        base = WEIGHTS[kind] * (_POSITION[para] if para < npos else 1.0)
        counted.append((it, base))
        for pid, share in shares:
            scores[pid] = get(pid, 0.0) + base * share
    return scores, counted


def _contrib(counted: list[tuple[_Item, float]], pid: str) -> list[tuple[str, float, int, int]]:
    """The contributions to profile ``pid`` by item key: (as first printed, weight, count, first position)."""
    per: dict[str, list] = {}
    for it, base in counted:
        key, what, _kind, shares, pos, _para = it
        for p, share in shares:
            if p == pid:
                entry = per.get(key)
                if entry is None:
                    entry = per[key] = [what, 0.0, 0, pos]
                entry[1] += base * share
                entry[2] += 1
                break
    return [tuple(v) for v in per.values()]


def _decide(scores: dict[str, float], counted: list[tuple[_Item, float]], default: str) -> Detection:
    if not scores or max(scores.values()) <= 0:
        return Detection(default, 0.0, (f"no evidence of any theatre (no party cue, capital or place of a "
                                        f"profile): default profile '{default}'",))
    if len(set(scores.values())) < len(scores):
        # equal scores: the theatre whose evidence comes first ranks first
        first: dict[str, int] = {}
        for it, _base in counted:
            for pid, _share in it.shares:
                if pid not in first or it.pos < first[pid]:
                    first[pid] = it.pos
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], first.get(kv[0], 0), kv[0]))
    else:
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, s1) = ranked[0]
    s2 = ranked[1][1] if len(ranked) > 1 else 0.0
    conf = round((s1 - s2) / s1 * min(1.0, s1 / _SURE), 3)
    reasons = []
    if len(ranked) > 1 and abs(s1 - s2) < 1e-9:
        reasons.append(f"tie between '{best}' and '{ranked[1][0]}' ({s1:.1f}): took '{best}' (its evidence comes first, else by name)")
    top = sorted(_contrib(counted, best), key=lambda e: (-e[1], e[3]))[:8]
    reasons.extend(f"{what}{f' ×{n}' if n > 1 else ''}: +{w:.1f}" for what, w, n, _pos in top)
    reasons.append("score " + ", ".join(f"{pid} {s:.1f}" for pid, s in ranked[:4]))
    return Detection(best, conf, tuple(reasons), tuple((pid, round(s, 2)) for pid, s in ranked))


def _opening(para_scores: list[dict[str, float]]) -> str | None:
    """The theatre the text opens with: the first to gather ``_SWITCH_MIN`` of evidence over the first
    paragraphs, when it has twice any other's by then; None when no theatre leads so clearly."""
    total: dict[str, float] = {}
    for scores in para_scores:
        for pid, sc in scores.items():
            total[pid] = total.get(pid, 0.0) + sc
        if total and max(total.values()) >= _SWITCH_MIN:
            ranked = sorted(total.values(), reverse=True)
            if len(ranked) == 1 or ranked[0] >= _SWITCH_RATIO * ranked[1]:
                return max(total, key=total.get)
            return None
    return None


def _leans(scores: dict[str, float], new: str, old: str) -> bool:
    """Does a paragraph lean to theatre ``new`` rather than ``old``: a place or more of evidence, twice the other's."""
    return scores.get(new, 0.0) >= WEIGHTS["place"] and scores.get(new, 0.0) > _SWITCH_RATIO * scores.get(old, 0.0)


def detect(text: str, gazetteer: Gazetteer, profiles: Sequence[Profile], *, title: str | None = None,
           default: str = DEFAULT_PROFILE) -> Detection:
    """The theatre of a whole text (see the module docstring)."""
    return detect_runs(text, gazetteer, profiles, title=title, default=default)[0]


def detect_runs(text: str, gazetteer: Gazetteer, profiles: Sequence[Profile], *, title: str | None = None,
                default: str = DEFAULT_PROFILE) -> tuple[Detection, tuple[Run, ...]]:
    """The theatre of the whole text, and its runs of paragraphs by theatre (offsets into ``text``).

    A paragraph stays in the current theatre unless another scores at least ``_SWITCH_MIN`` in it and
    ``_SWITCH_RATIO`` times the current one's score there; the paragraphs just before it that lean to
    the new theatre (its title, a dateline) go with it; paragraphs with little or no evidence of their
    own follow the paragraph before them; a run with less than ``_SWITCH_MIN`` of evidence for its own
    theatre joins its neighbour. The runs cover the whole text, in order.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    profs = tuple(profiles)
    if title and title.strip() and not text.lstrip().startswith(title.strip()):
        # A title given apart from the text (a header line) counts as the first paragraph.
        sep = "\n\n"
        full = title.strip() + sep + text
        shift = len(title.strip()) + len(sep)
    else:
        full, shift = text, 0
    paragraphs = _paragraphs(full)
    # (the reader reads ``text`` next: split into words once for both when it is the text read here)
    items = _evidence(full, gazetteer, profs, paragraphs, shared=full is text) if paragraphs else []
    article = _decide(*_score(items), default)
    top = article.scores[0][1] if article.scores else 0.0
    others = [pid for pid, sc in article.scores
              if pid != article.profile and sc >= max(_SWITCH_MIN, _RUN_SHARE * top)]
    if not paragraphs or not others:  # no other theatre has enough evidence to take a paragraph
        return article, (Run(article.profile, 0, len(text), article),)
    # Paragraph by paragraph.
    by_para: list[list[_Item]] = [[] for _ in paragraphs]
    for it in items:
        by_para[it.para].append(it)
    para_scores = [_score(by_para[k], positional=False)[0] for k in range(len(paragraphs))]
    # 1. Each paragraph keeps the current theatre unless another clearly takes it.
    chosen: list[str] = []
    current = _opening(para_scores) or article.profile
    for k in range(len(paragraphs)):
        scores = para_scores[k]
        if scores:
            best = max(scores, key=lambda pid: (scores[pid], pid == current))
            if best != current and scores[best] >= _SWITCH_MIN and scores[best] >= _SWITCH_RATIO * scores.get(current, 0.0):
                # the paragraphs just before that lean to the new theatre (its title, a dateline) go with it
                j = k - 1
                while j >= 0 and chosen[j] == current and _leans(para_scores[j], best, current):
                    chosen[j] = best
                    j -= 1
                current = best
        chosen.append(current)
    # 2. Runs of paragraphs; a run with too little evidence of its own theatre joins its neighbour.
    spans: list[list] = []  # [profile, first paragraph, last paragraph]
    for k, pid in enumerate(chosen):
        if spans and spans[-1][0] == pid:
            spans[-1][2] = k
        else:
            spans.append([pid, k, k])
    def own(span: list) -> float:
        return sum(para_scores[k].get(span[0], 0.0) for k in range(span[1], span[2] + 1))
    while len(spans) > 1:
        weak = min(range(len(spans)), key=lambda i: own(spans[i]))
        if own(spans[weak]) >= _SWITCH_MIN:
            break
        into = weak - 1 if weak > 0 else 1
        lo, hi = min(weak, into), max(weak, into)
        spans[lo:hi + 1] = [[spans[into][0], spans[lo][1], spans[hi][2]]]
        merged = []  # neighbours of one theatre become one run
        for sp in spans:
            if merged and merged[-1][0] == sp[0]:
                merged[-1][2] = sp[2]
            else:
                merged.append(sp)
        spans = merged
    spans = [[pid, paragraphs[f][0], paragraphs[l][1], [it for k in range(f, l + 1) for it in by_para[k]]]
             for pid, f, l in spans]
    if len(spans) == 1:
        return article, (Run(article.profile, 0, len(text), article),)
    runs = []
    for k, (pid, start, end, its) in enumerate(spans):
        # Offsets into ``text``: the runs meet, the first starts at 0 and the last ends at the end.
        s = 0 if k == 0 else max(0, start - shift)
        e = len(text) if k == len(spans) - 1 else max(0, spans[k + 1][1] - shift)
        det = _decide(*_score(its, positional=False), pid)
        if det.profile != pid:  # the switch rule, not the run's own plurality, chose this theatre
            det = Detection(pid, 0.0, (f"follows the paragraphs around it ('{pid}')", *det.reasons), det.scores)
        runs.append(Run(pid, s, e, det))
    runs = [r for r in runs if r.end > r.start]
    return article, tuple(runs)
