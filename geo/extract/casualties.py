"""Casualties: the killed and injured next to their words (digits, number words, duals, one named
victim), ages that are no counts, and the tolls of a war that are no event's."""

from __future__ import annotations



import operator

from . import shape
from .lexicon import Lexicon



_CAS = operator.attrgetter("cas")


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


def _totals_start(lx: Lexicon, toks, seen: frozenset[str] | None = None) -> int:
    """Index of the first token of a cumulative-toll phrase ("ما رفع حصيلة القتلى إلى 43"). ``seen``:
    the sentence's words (``tokens.sentence_words``), to skip a sentence with no toll word."""
    if seen is not None and lx.total_words.isdisjoint(seen) and lx.toll_firsts.isdisjoint(seen):
        return len(toks)  # (a token's ``tot`` is set by these two groups only)
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
                if toks[a + 1].stem in lx.prep_from and a + 2 < i and toks[a + 2].stem not in lx.month_words \
                        and _number_at(lx, toks, a, hi) is not None and not _age(lx, toks, a, hi):
                    return _number_at(lx, toks, a, hi)  # "إن 16 من عناصره قتلوا": a number of them
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
    if not any(map(_CAS, toks[lo:hi])):
        return None, None  # no casualty word (most claims): no token is read one by one
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
