"""Paragraphs, sentences and tokens: the word forms the stages read, each made once (``_tok_info``), with
the flags of the gap before it (comma, quote, dash ...) and its clitics."""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate

from gazetteer import normalize
from gazetteer.gazetteer import TYPE_WORDS

from . import shape
from .lexicon import Lexicon



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


_HOT = operator.attrgetter("hot")


_HOT_INFO = operator.itemgetter(9)


_DATEW_INFO = operator.itemgetter(5)


_DATEW = operator.attrgetter("datew")


_STEM, _NORM = operator.attrgetter("stem"), operator.attrgetter("norm")


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


# A sentence ends at a full stop and a space, at a line end, or at a full stop run into the next
# word with no space ("طرابلس.وقال": scraped pages often lose it; two letters before it, so that
# initials such as "أ.ف.ب" stay one word), but not after an ellipsis after a space ("علي ... قائد": a name left
# out). (The full stop is looked for first: the regex tries
# every position of the text, and most are no full stop; half the time of the three-letter look-behind.)
_SENT_SPLIT = re.compile(rf"(?<=[{re.escape(shape.SENTENCE_END)}])"
                         rf"(?:(?<! \.\.\.)\s+|(?<=[{shape.LETTERS}]{{2}}[{re.escape(shape.SENTENCE_END)}])(?=[{shape.LETTERS}]))"
                         rf"|\n+")


_PARA_SPLIT = re.compile(r"(\n\s*\n)")


_PARA_BREAK = re.compile(r"\n\s*\n")


def _paragraphs(text: str):
    pos = 0
    for block in _PARA_SPLIT.split(text):
        if block.strip() and not _PARA_BREAK.fullmatch(block):
            yield pos, block
        pos += len(block)


def _sentences(para: str):
    """(offset, text) of each non-blank sentence of a paragraph: the pieces ``_SENT_SPLIT.split``
    gives, found from the paragraph's full stops and line ends alone (a scan for one of a few
    characters, where the split's look-behind is tried at every character: two thirds of its time)."""
    pos = scan = 0  # start of the current piece; where the split's scan goes on
    n = len(para)
    for m in _SENT_MARK.finditer(para):
        c = m.start()
        if para[c] == "\n":
            if c < scan:
                continue
            a, b = c, _NEWLINES.match(para, c).end()  # a line end: "\n+"
        else:
            a = c + 1  # after a full stop: spaces, or a letter run into it after two letters
            if a < scan or a >= n or (c >= 3 and para[c - 3:c + 1] == " ..."):
                continue  # (not after an ellipsis after a space: "على المدعو علي ... قائد ميداني" omits a name)
            ws = _SPACES.match(para, a)
            if ws is not None:
                b = ws.end()
            elif c >= 2 and _is_letter(para[c - 2]) and _is_letter(para[c - 1]) and _is_letter(para[a]):
                b = a
            else:
                continue
        piece = para[pos:a]
        if piece.strip():
            yield pos, piece
        pos = scan = b
    piece = para[pos:]
    if piece.strip():
        yield pos, piece


_SENT_MARK = re.compile(rf"[{re.escape(shape.SENTENCE_END)}\n]")
_NEWLINES = re.compile(r"\n+")
_SPACES = re.compile(r"\s+")
_LETTER_LO, _LETTER_HI = shape.LETTERS.split("-")  # (a regex range: its two ends)


def _is_letter(ch: str) -> bool:
    return _LETTER_LO <= ch <= _LETTER_HI


_TOKEN = re.compile(rf"[^{shape.SPACES}{shape.TOKEN_BREAKS}]+")  # (``[^\s...]+``)


_WORD_SPLIT = re.compile(f"({_TOKEN.pattern})")


#: The last text split into words (``text_words``): (the text, its parts, where its words start and end).
_SPLIT_MEMO: list = [None]


def text_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """``_WORD_SPLIT.split(text)`` (gap, word, gap, ..., word, gap) and where each word starts and ends,
    made once per text object (the last one): theatre detection, then the reader (``sentence_parts``),
    read the same text of one article, and split it once."""
    memo = _SPLIT_MEMO[0]
    if memo is not None and memo[0] is text:
        return memo[1], memo[2], memo[3]
    parts = _WORD_SPLIT.split(text)
    ends = list(accumulate(map(len, parts)))  # (in C) where each part ends: a word starts where its gap ends
    starts, stops = ends[0:-1:2], ends[1::2]
    _SPLIT_MEMO[0] = (text, parts, starts, stops)
    return parts, starts, stops


def sentence_parts(text: str, at: int, sent: str) -> list[str]:
    """``_WORD_SPLIT.split(sent)`` of the sentence ``sent`` found at offset ``at`` of ``text``, sliced from
    the split of the whole text (``text_words``): a sentence starts and ends between words (after a
    full stop, at a line end), so its words are the text's words there and only its first and last
    gaps are cut."""
    parts, starts, stops = text_words(text)
    end = at + len(sent)
    a = bisect_left(starts, at)
    b = bisect_right(stops, end, a)
    if a >= b:
        return [sent]
    out = parts[2 * a:2 * b + 1]
    out[0] = text[at:starts[a]]
    out[-1] = text[stops[b - 1]:end]
    return out


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
    future = stem[:2] in shape.FUTURE and stem[1:] in lx.present_attack  # "ستستهدف": an attack word, in the future
    if stem not in lx.vocab and norm not in lx.vocab and stem[:1] != shape.PREP_BI and not future:
        # Most words: no role of their own (the general case below gives the same).
        datew = stem[1:] in lx.date_words or stem[:1].isdigit() or (stem[:1] in shape.DATE_PREFIXES and stem[1:2].isdigit())
        return norm, stem, None, None, False, datew, False, 0, 0, False
    ty0 = lx.triggers.get(stem[1:] if future else stem)
    ty = ty0 or lx.triggers.get(shape.strip_b(stem))
    w = stem
    datew = w in lx.date_words or w[1:] in lx.date_words or w[:1].isdigit() or (w[:1] in shape.DATE_PREFIXES_BI and w[1:2].isdigit())
    s = stem[1:] if stem.startswith(shape.PREP_BI) and (stem[1:] in lx.injured or stem[1:] in lx.killed) else stem  # بمقتل
    cas = 1 if s in lx.killed else 2 if s in lx.injured else 0
    tot = 1 if stem in lx.total_words else 2 if stem in lx.toll_firsts else 0
    attr = stem in lx.attr_any
    # (a verb of killing is read too: with the forces as its subject it is an attack, "قتلت قوات الاحتلال شابا")
    return norm, stem, ty, ty0, attr, datew, stem in lx.not_a_name or norm in lx.not_a_name, cas, tot, bool(
        ty or attr or stem in lx.kill_verbs or stem in lx.outbreak or stem in lx.control_present)


@lru_cache(maxsize=1 << 12)
def _gap_flags(gap: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """(clause boundary, separator inside a name, opening quote, comma, dash, parenthesis) for the
    text between tokens."""
    return (any(c in gap for c in shape.CLAUSE_MARKS), any(c in gap for c in shape.NAME_SEPARATORS), any(q in gap for q in "\"«“"),
            shape.ARABIC_COMMA in gap, any(c in gap for c in "-–—"), "(" in gap)


_SPACE_FLAGS = _gap_flags(" ")


def sentence_words(toks) -> frozenset[str]:
    """Every stem and normalised form of a sentence's tokens, made once per sentence (``_Reader._seen``).
    A rule that looks for the words of a lexicon group is not run when the group and this set are
    disjoint: it would scan the sentence, token by token, and find nothing."""
    return frozenset(map(_STEM, toks)).union(map(_NORM, toks))  # (in C)


def _may_date(toks) -> bool:
    """Cheap test before the date regexes: a digit or a date word (with a clitic) is present."""
    return any(map(_DATEW, toks))


def _quoted(toks, i) -> bool:
    return toks[i].quote


def _ends_name(toks, i: int, hi: int) -> bool:
    """Token i is a one-word name that ends its phrase: last of the span, before a clause boundary
    or a listed name ("ستيباناكيرت ومارتوني"); not the subject of a verb ("باكو تنشر مقاطع")."""
    return i + 1 >= hi or toks[i + 1].brk or toks[i + 1].norm.startswith(shape.CONJ)


def passive(lx, tok) -> bool:
    """Whether the word is a passive verb: a word of the lexicon's passive group ("تعرضت"، "طالت")
    or a past attack verb printed with the damma of the passive ("قُصفت"، "استُهدف"، "أُطلقت")."""
    return tok.stem in lx.passive or (shape.DAMMA in tok.raw and tok.stem not in lx.present_attack and (
        tok.stem in lx.attack_verbs or tok.stem in lx.fire_verbs))


def _boundary(toks, a: int, b: int) -> bool:
    """True when a clause boundary (comma, colon, quote) separates token a from token b."""
    for k in range(a + 1, b + 1):
        if toks[k].brk:
            return True
    return False
