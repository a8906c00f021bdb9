"""Arabic <-> Latin matching of transliterated names: pure functions.

Both scripts are reduced to one consonant-class code (vowels dropped, letters that stand for
one foreign sound merged), so that an Arabic spelling with no Arabic entry anywhere (هادروت) can
be matched against the Latin names of places (Hadrut).
"""

from __future__ import annotations

import re
from operator import itemgetter

from .normalize import normalize, normalize_latin, skeleton

__all__ = ["arabic_code", "key_code", "latin_code", "romanize", "skeleton_code"]

# Arabic letter -> class code. Vowel letters and ع drop out.
_AR = {
    "ب": "B", "ت": "T", "ث": "S", "ج": "G", "ح": "H", "خ": "H", "د": "D", "ذ": "Z", "ر": "R",
    "ز": "Z", "س": "S", "ش": "C", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "غ": "G", "ف": "F",
    "ق": "G", "ك": "G", "ل": "L", "م": "M", "ن": "N", "ه": "H",
}
# Latin digraphs first, then single letters.
_LAT_DIGRAPHS = [("tsh", "TC"), ("tch", "TC"), ("sh", "C"), ("ch", "TC"), ("kh", "H"), ("gh", "G"),
                 ("zh", "Z"), ("ts", "S"), ("dz", "Z"), ("ph", "F"), ("th", "T")]
_LAT = {
    "b": "B", "p": "B", "t": "T", "d": "D", "g": "G", "j": "G", "k": "G", "q": "G", "c": "G",
    "x": "H", "h": "H", "s": "S", "z": "Z", "r": "R", "l": "L", "m": "M", "n": "N",
    "f": "F", "v": "F", "w": "F",
}
_SQUEEZE = re.compile(r"(.)\1+")
_FIRST_GROUP = itemgetter(1)
_ROMAN = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "u",
    "ي": "i",
}


def arabic_code(name: str) -> str:
    """Consonant-class code of an Arabic name (``هادروت`` -> ``HDRT``)."""
    return key_code(normalize(name))


# The code of a skeleton letter (``normalize.skeleton`` has already folded ج/غ/ق into ك, ط into ت,
# ث/ص into س, ذ/ظ into ز, ض into د, ح into ه, and dropped the vowel letters and ع).
_SKELETON_LETTERS = "بتسكهخدزرشفلمن"
_SKELETON_CODE = str.maketrans({ch: _AR[ch] for ch in _SKELETON_LETTERS})
_UNCODED = re.compile(f"[^{_SKELETON_LETTERS}]+")


def key_code(key: str) -> str:
    """``arabic_code`` of an already normalised key (what the gazetteer's lookups hold)."""
    return skeleton_code(skeleton(key))


def skeleton_code(skel: str) -> str:
    """``arabic_code`` from the ``skeleton`` of a normalised key: the code is a coarser skeleton.

    Both drop the article, a final ه and the vowel letters; the code merges the skeleton's letters
    further (خ with ه) and writes each class as one Latin capital (تش reads T + C, as ch).
    """
    return _SQUEEZE.sub(_FIRST_GROUP, _UNCODED.sub("", skel).translate(_SKELETON_CODE))


def latin_code(name: str) -> str:
    """Consonant-class code of a Latin name (``Hadrut`` -> ``HDRT``, ``Ağdərə`` -> ``GDR``)."""
    key = name.lower().replace("ç", "ch").replace("ş", "sh")
    key = normalize_latin(key).replace(" ", "")
    out = []
    i = 0
    while i < len(key):
        for digraph, code in _LAT_DIGRAPHS:
            if key.startswith(digraph, i):
                out.append(code)
                i += len(digraph)
                break
        else:
            out.append(_LAT.get(key[i], ""))
            i += 1
    return _SQUEEZE.sub(_FIRST_GROUP, "".join(out))


def romanize(name: str) -> str:
    """A rough reading of an Arabic name in Latin letters, for display and for the Nominatim query."""
    key = normalize(name)
    return "".join(_ROMAN.get(ch, ch) for ch in key).strip()
