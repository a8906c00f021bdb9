"""The vetting stage: a small learned model weighs each event the reader found and drops the unlikely.

The rules of the other stages decide, word by word, whether a place is where an attack happened; on
new reporting they keep places that are not (the hospital that took the wounded, a town in a list of
earlier strikes, the capital a speaker spoke from). What such false events share is spread over
many weak cues: how far the place is from the attack word, whether anybody was named as saying it,
how the article's other events lie, the words just before and after the name. A logistic model over
those cues, fitted on the development corpus (``bench/train_vet.py``), gives each event the
probability that an analyst would keep it; events below ``min_event_score`` (an extractor setting)
are dropped. The model is data (``data/lang/vet.json``: an intercept and one weight per feature);
this module only computes features and sums weights, in pure Python.

Features are strings ("prec=district", "before1=قرب", "gap<=4") with value 1; ``features`` is the one
place that makes them, for training and for reading alike.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from pathlib import Path
from typing import Mapping, Sequence

from gazetteer import normalize
from gazetteer.gazetteer import _km
from gazetteer.normalize import clitic_splits, strip_article

from ..errors import GeoInputError
from . import shape
from .mentions import Row, Stance

__all__ = ["VetModel", "VetModelError", "DEFAULT_MODEL_PATH", "MIN_WORDS", "features", "vet"]

DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "lang" / "vet.json"

#: The shortest text the model weighs, in words: it was fitted on whole articles (150 words and more), so a
#: ticker item or a lone sentence, whose events have no article around them, is left to the rules.
MIN_WORDS = 120
_WORD = re.compile(f"[{shape.LETTERS}0-9A-Za-z]+")
#: Bucket edges (upper bounds, inclusive) of the numeric features: a bucket is the index of the first edge >= x.
_EDGES = {
    "age": (-1, 0, 1, 3, 7),  # days from the event to the publication
    "dist": (10, 50, 200, 1000),  # km from the median of the article's events
    "occ": (1, 2, 4),  # times the name's last word is printed in the article
    "gap": (-3, -1, 1, 2, 4, 8, 15),  # tokens from the attack word to the place
    "nth": (0, 1, 3),  # the place's rank among the attack's places
    "of": (1, 2, 4),  # the attack's places
}


#: The lexicon's groups whose words, in the event's sentence ("sent:funeral") or among the three words before
#: its place ("near:movement"), are features: what the rules know of a word, weighed by the model.
_GROUPS = ("funeral", "movement", "sirens", "hypo", "recently", "since", "was", "may", "aggregate", "analysts",
           "outage", "origin", "fire_sources", "arrest_nouns", "unexploded", "earlier_adj", "total_words", "heard",
           "condemn", "aims", "negation", "passive", "again", "mutual")


class VetModelError(GeoInputError):
    """A vetting model file that cannot be read or has not the expected shape."""


@dataclass(frozen=True)
class VetModel:
    """An intercept and one weight per feature; a feature the model does not know weighs nothing."""

    intercept: float
    weights: Mapping[str, float]

    def score(self, feats: Sequence[str]) -> float:
        """The probability that an event with these features is one an analyst keeps."""
        z = self.intercept + sum(map(self.weights.get, feats, repeat(0.0)))  # (in C)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    @classmethod
    def load(cls, path: Path | str | None = None) -> "VetModel":
        """The model in ``path`` (default: the project's ``data/lang/vet.json``), read once per path."""
        return _load(str(Path(path) if path is not None else DEFAULT_MODEL_PATH))

    def to_json(self, **meta) -> str:
        """The model as its data file is written (``meta``: how it was made, kept beside the weights)."""
        return json.dumps({**meta, "intercept": round(self.intercept, 6),
                           "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}},
                          ensure_ascii=False, indent=1) + "\n"


@lru_cache(maxsize=8)
def _load(path: str) -> VetModel:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise VetModelError(f"cannot read the vetting model {path!r}: {err}") from err
    if not isinstance(data, dict) or not isinstance(data.get("intercept"), (int, float)) or not isinstance(
            data.get("weights"), dict) or not all(isinstance(v, (int, float)) for v in data["weights"].values()):
        raise VetModelError(f"the vetting model {path!r} must be an object with a number 'intercept' and "
                            f"'weights' (feature -> number); got keys {sorted(data) if isinstance(data, dict) else type(data).__name__}")
    return VetModel(float(data["intercept"]), {str(k): float(v) for k, v in data["weights"].items()})


#: Each bucket's feature, by name: those of the edges in order, then the one past the last edge.
_LABELS = {name: (*(f"{name}<={e}" for e in edges), f"{name}>{edges[-1]}") for name, edges in _EDGES.items()}


def _bucket(name: str, x: float) -> str:
    # (the first edge >= x found by bisection; a NaN is past every edge, as "x <= e" would have it)
    return _LABELS[name][bisect_left(_EDGES[name], x) if x == x else -1]


#: A stance's printed value, without the call of the enum (``Stance(s).value``).
_STANCE_VALUE = {s: s.value for s in Stance}


@lru_cache(maxsize=1 << 14)
def _bare(word: str) -> str:
    """A normalised word without its clitics and article ("وبالقرب" -> "قرب"), for word features."""
    w = normalize(word)
    for _, stem in clitic_splits(w):
        if not stem.startswith(shape.ARTICLE) and len(stem) >= 3:
            return stem
    return strip_article(w)


class _Article:
    """What the features of every row of one article share (computed once)."""

    def __init__(self, rows: Sequence[Row], text: str):
        self.rows = rows
        self.text = text
        self.median = (statistics.median(r.place.lat for r in rows), statistics.median(r.place.lon for r in rows)) \
            if len(rows) > 1 else None


def _word_groups(lx, word: str) -> frozenset[str]:
    """The groups of ``_GROUPS`` a word belongs to, as printed or bare: once per word form and lexicon."""
    key = ("vet: groups", word)
    got = lx.cache.get(key)
    if got is None:
        forms = (normalize(word), _bare(word))
        got = lx.cache[key] = frozenset(g for g in _GROUPS if not getattr(lx, g).isdisjoint(forms))
    return got


def _groups(lx, words: list[str], tag: str) -> list[str]:
    found = frozenset().union(*(_word_groups(lx, w) for w in words))
    return [f"{tag}:{g}" for g in _GROUPS if g in found]


def features(r: Row, art: _Article, published, *, fallback: str, own_voice: bool, lexicon=None) -> list[str]:
    """The features of one row, in the context of its article's rows (see module docstring)."""
    t = r.trace
    f = [f"prec={r.precision}", f"kind={r.place.kind}", f"pk={r.precision}{r.place.kind}", f"type={r.type}",
         f"stance={_STANCE_VALUE.get(r.stance) or Stance(r.stance).value}", f"dprec={r.dprec}",
         _bucket("gap", t.gap), _bucket("nth", t.nth), _bucket("of", t.of)]
    flags = {"typed": r.typed, "own_date": r.own_date, "headline": r.headline, "fallback": r.claimant == fallback,
             "own_voice": own_voice, "no_attacker": r.attacker is None, "toll": r.toll,
             "killed": r.killed is not None, "injured": r.injured is not None, "summary": r.summary,
             "side": r.side is not None, "again": r.again, "set_against": r.set_against,
             "curated": r.place.curated, "spoken": t.spoken, "carried": t.carried, "near": t.near,
             "unattributed": t.unattributed, "no_trigger": not t.trigger}
    f.extend(compress(flags, flags.values()))  # the names of the flags that are on (in C)
    if r.date is None:
        f.append("age=none")
    elif published is None:
        f.append("age=nopub")
    else:
        f.append(_bucket("age", (published - r.date).days))
    if art.median is not None:
        f.append(_bucket("dist", _km(r.place.lat, r.place.lon, *art.median)))
    printed = _WORD.findall(r.printed)
    f.append(_bucket("occ", art.text.count(printed[-1]) if printed else 0))
    before = _WORD.findall(art.text[r.ev_start:r.p_start]) if r.ev_start <= r.p_start else []
    after = _WORD.findall(art.text[r.p_end:r.ev_end]) if 0 <= r.p_end <= r.ev_end else []
    span = _WORD.findall(art.text[r.p_start:r.p_end]) if 0 <= r.p_start <= r.p_end else printed
    if len(span) > 1:
        f.append("typeword=" + _bare(span[0]))  # (or the first word of a longer name)
    f.extend(f"before{k}={_bare(w)}" for k, w in enumerate(reversed(before[-3:])))
    f.extend(f"after{k}={_bare(w)}" for k, w in enumerate(after[:2]))
    if t.trigger:
        f.append("trigger=" + _bare(t.trigger))
    if lexicon is not None:
        f.extend(_groups(lexicon, before + printed + after, "sent"))
        f.extend(_groups(lexicon, before[-3:], "near"))
    return f


def scored(rows: Sequence[Row], text: str, published, model: VetModel, *, fallback: str,
           own_voice: bool, lexicon=None) -> list[tuple[Row, float, list[str]]]:
    """Each row with its score and its features."""
    if not rows:
        return []
    art = _Article(rows, text)
    out = []
    for r in rows:
        feats = features(r, art, published, fallback=fallback, own_voice=own_voice, lexicon=lexicon)
        out.append((r, model.score(feats), feats))
    return out


def vet(rows: Sequence[Row], text: str, published, model: VetModel, min_score: float, *, fallback: str,
        own_voice: bool, lexicon=None) -> list[Row]:
    """The rows whose score reaches ``min_score`` (all of them when it is 0, and in a text shorter than
    ``MIN_WORDS``). A country is not weighed: the rules keep one only when the text names its territory
    ("داخل الأراضي الأرمينية"), too seldom for the model to learn."""
    # (the words counted up to MIN_WORDS + 1 at most: the rest of a long text stays one piece)
    if min_score <= 0 or not rows or len(text.split(None, MIN_WORDS)) < MIN_WORDS:
        return list(rows)
    return [r for r, s, _ in scored(rows, text, published, model, fallback=fallback, own_voice=own_voice,
                                    lexicon=lexicon) if s >= min_score or r.place.kind == "country"]
