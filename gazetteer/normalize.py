"""Arabic (and Latin) place-name normalisation: pure functions, no I/O.

``normalize`` folds the orthographic variation that Arabic news print for the same name (hamza
carriers, final ya/ta marbuta, diacritics, tatweel, Persian and Urdu letters, Arabic-Indic digits,
quotes and punctuation) into one key. ``skeleton`` goes further and folds the *spelling* drift of
transliterated foreign names (hard g as ج/غ/ك/گ, ت/ط, long vowels written or not), for variant
matching. ``clitic_splits`` lists the ways a token may carry the particles و ف ب ل ك and the article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import compress, repeat
from operator import is_, itemgetter

__all__ = [
    "normalize",
    "normalize_latin",
    "skeleton",
    "tokenize",
    "clitic_splits",
    "strip_article",
    "is_arabic",
    "has_mixed_script",
]

# Harakat, Quranic marks, superscript alef, tatweel, zero-width and direction marks (and the
# direction embeddings, overrides and isolates pasted text carries): deleted.
_DELETE = dict.fromkeys(
    [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640,
     0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD, *range(0x202A, 0x202F), *range(0x2066, 0x206A)],
    None,
)

# Letter folding: hamza carriers and alef forms, final forms, Persian/Urdu/Kurdish letters.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ے": "ي", "ۍ": "ي", "ې": "ي",
    "ؤ": "و", "ۆ": "و", "ۇ": "و", "ۈ": "و", "ۋ": "و", "ۏ": "و",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ە": "ه", "ۂ": "ه", "ۃ": "ه",  # ە: at a word's end (see below)
    "ک": "ك", "ڪ": "ك", "گ": "ك", "ڭ": "ك", "ګ": "ك",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق", "ٹ": "ت", "ڈ": "د", "ڑ": "ر",
    "ں": "ن", "ڵ": "ل", "ڕ": "ر", "ٺ": "ت",
    # Persian and Arabic-Indic digits to ASCII.
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
}

# Quotes, brackets and punctuation (Arabic and Latin) become spaces.
_PUNCT = "«»‹›“”„‟\"'‘’‚`´()[]{}<>،؛؟,;:!?.…·•|/\\*_=+~^%#@&$–—-"
_PUNCT_MAP = {ord(c): " " for c in _PUNCT}

# Kurdish ە (U+06D5) is the vowel e/a, which Arabic spellings of the same name leave unwritten inside
# a word (گەنجە = گنجه Ganja, عەفرین = عفرين Afrin, خوجاوەند = خوجاوند) and write as ة/ه at its end
# (ڕانیە = رانية Ranya, هەڵەبجە = حلبجة): deleted before a letter, folded to ه otherwise (``_FOLD``).
_KURDISH_AE_INSIDE = re.compile("\u06d5(?=[\u0640\u064b-\u065f\u0670]*[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff])")

_TABLE = str.maketrans({**{k: v for k, v in _FOLD.items()}, **_DELETE, **{chr(k): v for k, v in _PUNCT_MAP.items()}})
_SPACES = re.compile(r"\s+")
#: Each piece of a long text between spaces, translated with ``_TABLE`` (see ``_translated``).
_PIECES: dict[str, str] = {}
_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")

# Latin letters whose NFKD decomposition does not strip to ASCII.
_LATIN_EXTRA = str.maketrans({"ə": "e", "Ə": "e", "ı": "i", "ø": "o", "ł": "l", "đ": "d", "ß": "ss",
                              "ʻ": "", "ʼ": "", "’": "", "‘": "", "'": "", "`": ""})


def is_arabic(text: str) -> bool:
    """True when ``text`` contains at least one Arabic-script letter."""
    return bool(_ARABIC_LETTER.search(text))


def has_mixed_script(text: str) -> bool:
    """True for names that mix Arabic-script and Latin letters (GeoNames junk such as ``trٹr``)."""
    return bool(_ARABIC_LETTER.search(text)) and bool(_LATIN_LETTER.search(text))


def normalize_latin(text: str) -> str:
    """Lower-case ASCII fold of a Latin-script name: ``Ağdərə`` -> ``agdere``."""
    text = text.lower().translate(_LATIN_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_LATIN_EXTRA)
    text = text.lower().translate(_PUNCT_MAP)
    return _SPACES.sub(" ", text).strip()


# Text made only of these letters and digits, in words parted by single spaces, is already a key:
# folding, NFKC and the Latin fold leave it as it is (``normalize`` returns it at once).
_KEY_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي0-9a-z"
_ALREADY_KEY = re.compile(f"[{_KEY_LETTERS}]+(?: [{_KEY_LETTERS}]+)*")


def _translated(text: str) -> str:
    """``text.translate(_TABLE)``; a long text piece by piece between spaces, each distinct piece (a word
    with its punctuation) translated once for the run. (``str.translate`` looks each character of a
    non-ASCII text up in the table and raises and clears a KeyError for each one not there, most of
    them: two thirds of the time of normalising an article; the translation of a character does not
    depend on its neighbours, so the pieces joined back are the text translated.)"""
    if len(text) < 64:
        return text.translate(_TABLE)
    pieces = text.split(" ")
    got = list(map(_PIECES.get, pieces))  # (in C, and so is finding the new pieces)
    for k in list(compress(range(len(got)), map(is_, got, repeat(None)))):
        if len(_PIECES) > 100_000:
            _PIECES.clear()
        got[k] = _PIECES[pieces[k]] = pieces[k].translate(_TABLE)
    return " ".join(got)


def normalize(text: str) -> str:
    """Fold a place name (Arabic or Latin) to its matching key.

    Idempotent, never raises on a ``str``, and never empties a name that has a letter in it.
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, got {type(text).__name__}: {text!r}")
    if _ALREADY_KEY.fullmatch(text):
        return text
    text = unicodedata.normalize("NFKC", text)
    if "\u06d5" in text:
        text = _KURDISH_AE_INSIDE.sub("", text)
    text = _translated(text)
    if _LATIN_LETTER.search(text):
        text = normalize_latin(text)
    # A lone hamza between letters is dropped (جبرائيل/جبرايل/جبراءيل agree after folding).
    if "ء" in text:
        bare = text.replace("ء", "")
        if bare.strip():
            text = bare
    return " ".join(text.split())


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Split raw text into (token, start, end) on white space and punctuation.

    Offsets point into ``text`` so callers can show the span a place was found in.
    """
    out = []
    for m in re.finditer(r"[^\s«»‹›“”„\"'‘’()\[\]{}<>،؛؟,;:!?.…|/\\*–—-]+", text):
        out.append((m.group(0), m.start(), m.end()))
    return out


# Skeleton: consonant classes for transliterated names.
_SKEL = str.maketrans({
    "ج": "ك", "غ": "ك", "ق": "ك",
    "ط": "ت", "ث": "س", "ص": "س",
    "ذ": "ز", "ظ": "ز", "ض": "د",
    "ح": "ه", "ع": "", "ا": "", "و": "", "ي": "", "ء": "",
})
_DOUBLE = re.compile(r"(\D)\1+")  # a doubled letter is one sound; 22 is not 2
_FIRST_GROUP = itemgetter(1)  # a run of one letter -> the letter (faster than the template r"\1")


def skeleton(key: str) -> str:
    """Consonant skeleton of a normalised Arabic key, for spelling-variant matching.

    Drops the article and a final ه (ة), keeps the first letter, drops the other vowel letters and
    ع, folds letters that transliterate one foreign sound (ج/غ/ك/ق for g, ت/ط, س/ص/ث, ز/ذ/ظ, ه/ح)
    and squeezes doubled letters. Word breaks go: ``خان كندي`` and ``خانكندي`` agree.
    """
    body = ""
    for w in key.split():
        if len(w) > 3 and w.startswith("ال"):  # strip_article, inlined: this runs per lookup
            w = w[2:]
        if len(w) > 2 and w.endswith("ه"):
            w = w[:-1]
        body += w
    if not body:
        return ""
    first = body[0]
    head = "ا" if first in "اويع" else first.translate(_SKEL)
    return _DOUBLE.sub(_FIRST_GROUP, head + body[1:].translate(_SKEL))


def strip_article(word: str) -> str:
    """Remove the definite article ``ال`` from a normalised word if what remains is a word."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word


# Proclitic sequences, longest first. Each entry is (prefix, restore_article): ``لل`` is ل + ال.
_PROCLITICS = [
    ("وبال", True), ("وكال", True), ("فبال", True), ("وفال", True), ("ولل", True), ("فلل", True),
    ("وال", True), ("فال", True), ("بال", True), ("كال", True), ("لل", True),
    ("وب", False), ("ول", False), ("وك", False), ("وف", False), ("فب", False), ("فل", False), ("فك", False),
    ("و", False), ("ف", False), ("ب", False), ("ل", False), ("ك", False),
]


@lru_cache(maxsize=1 << 16)
def clitic_splits(token: str) -> tuple[tuple[str, str], ...]:
    """Possible (prefix, stem) readings of a normalised token, most stripping first.

    The caller keeps a reading only when the stem is a known name: ``فضولي`` is a town, not
    ف + ضولي. Readings with the article give the stem both with and without ``ال``.
    """
    out: list[tuple[str, str]] = []
    for prefix, article in _PROCLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            stem = token[len(prefix):]
            if article:
                # ``بالفاشر`` -> الفاشر and فاشر; ``للحديدة`` -> الحديده and حديده.
                out.append((prefix, "ال" + stem))
            out.append((prefix, stem))
    return tuple(out)
