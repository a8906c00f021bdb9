"""The shortcuts that make resolving fast give the answers of the plain definitions.

Each fast path is checked against a plain reference written here: the typo search against a scan
of every name, the normalisation fast path against its fixed points, the transliteration code
(now read off the skeleton) against a letter-by-letter coding.
"""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from gazetteer import Gazetteer, Place, normalize, skeleton
from gazetteer.translit import arabic_code, key_code, skeleton_code

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"

# ------------------------------------------------------------------ typo search


def _typo_reference(names: list[str], key: str) -> set[str]:
    """The names a typo search must find: same first letter, length within 2, ratio >= 86, best 5."""
    if len(key) < 5:
        return set()
    pool = [n for size in range(len(key) - 2, len(key) + 3) for n in names if len(n) == size and n[0] == key[0]]
    return {m for m, _score, _ in process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=86, limit=5)}


def _gazetteer(names: list[str]) -> Gazetteer:
    return Gazetteer((Place(f"t:{j}", f"P{j}", 40.0, 46.0, "AZ"), [n], []) for j, n in enumerate(names))


def _fuzzy_found(gz: Gazetteer, key: str) -> set[str]:
    """What the typo search (the last step of ``candidates``, reached when nothing else matched) finds."""
    return {matched for _i, how, matched, _r in gz._fuzzy(key)}


name_st = st.text(alphabet="ابتسكلمنوي", min_size=3, max_size=9)


@settings(max_examples=150, deadline=None)
@given(st.lists(name_st, min_size=1, max_size=40, unique=True), st.data())
def test_typo_search_finds_what_a_full_scan_finds(names, data):
    names = [n for n in dict.fromkeys(normalize(n) for n in names) if len(n) >= 2]
    gz = _gazetteer(names)
    base = data.draw(st.sampled_from(names))
    edits = data.draw(st.lists(st.tuples(st.integers(0, 10), st.sampled_from("ابتسكلمنوي")), max_size=2))
    key = base
    for pos, ch in edits:  # substitute or insert a letter or two
        pos = min(pos, len(key))
        key = key[:pos] + ch + key[pos + 1:] if pos % 2 else key[:pos] + ch + key[pos:]
    key = normalize(key)
    if not key or gz.knows(key):
        return  # an exact name is never a typo search
    assert _fuzzy_found(gz, key) == _typo_reference(names, key)


def test_typo_search_sees_names_added_later():
    gz = _gazetteer(["تالش", "مدينة"])
    assert not _fuzzy_found(gz, "ماداغييز")
    gz.add(Place("t:new", "Madagiz", 40.1, 46.9, "AZ"), ["مداغيز", "ماداغيز"])
    assert _fuzzy_found(gz, "ماداغييز") == _typo_reference(["تالش", "مدينه", "مداغيز", "ماداغيز"], "ماداغييز") != set()
    assert gz.lookup("ماداغييز").id == "t:new"


# ------------------------------------------------------------------ normalisation fast path


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LETTERS + "0123456789abcxyz  ", max_size=30))
def test_text_already_in_key_form_is_its_own_key(text):
    assert normalize(text) == " ".join(text.split())


@pytest.mark.parametrize("raw, key", [
    ("كنجة", "كنجه"), ("أغدام", "اغدام"), ("  ترتر ", "ترتر"), ("ترتر  بردع", "ترتر بردع"),
])
def test_text_needing_folding_still_folds(raw, key):
    assert normalize(raw) == key


# ------------------------------------------------------------------ transliteration code

_CLASS = {
    "ب": "B", "ت": "T", "ث": "S", "ج": "G", "ح": "H", "خ": "H", "د": "D", "ذ": "Z", "ر": "R",
    "ز": "Z", "س": "S", "ش": "C", "ص": "S", "ض": "D", "ط": "T", "ظ": "Z", "غ": "G", "ف": "F",
    "ق": "G", "ك": "G", "ل": "L", "م": "M", "ن": "N", "ه": "H",
}


def _code_reference(name: str) -> str:
    """Letter by letter: drop the article and a final ه, code each consonant, squeeze repeats."""
    words = []
    for w in normalize(name).split():
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        if w.endswith("ه") and len(w) > 2:
            w = w[:-1]
        words.append(w)
    return re.sub(r"(.)\1+", r"\1", "".join(_CLASS.get(ch, "") for ch in " ".join(words)))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LETTERS + "ءأإآةىئؤ ـ«»،abc09", max_size=20))
def test_code_read_off_the_skeleton_is_the_letter_by_letter_code(name):
    key = normalize(name)
    assert arabic_code(name) == key_code(key) == skeleton_code(skeleton(key)) == _code_reference(name)


@pytest.mark.parametrize("name, code", [("هادروت", "HDRT"), ("تشيلان", "TCLN"), ("الخانكندي", "HNGND")])
def test_code_examples(name, code):
    assert arabic_code(name) == code


# ------------------------------------------------------------------ packed index


def test_a_name_shared_by_places_lists_them_most_populous_first_even_after_add():
    gz = Gazetteer([(Place("t:1", "Small", 40.0, 46.0, "AZ", population=100), ["مارتوني"], []),
                    (Place("t:2", "Big", 40.1, 45.3, "AM", population=10_000), ["مارتوني"], [])])
    assert gz.lookup_key("مارتوني").id == "t:2"
    gz.add(Place("t:3", "Bigger", 41.0, 45.0, "GE", population=50_000), ["مارتوني"])
    assert gz.lookup_key("مارتوني").id == "t:3"
    assert {c.place.id for c in gz.candidates("مارتوني", 5)} == {"t:1", "t:2", "t:3"}
    gz.add(Place("t:1", "Small", 40.0, 46.0, "AZ", population=90_000), ["مارتوني"])  # replaced
    assert gz.lookup_key("مارتوني").id == "t:1"


# ------------------------------------------------------------------ names as spelt (theatre detection)
_GUESSES = ("variant", "transliterated", "fuzzy", "respelt", "final letter")
_SPELT_WORDS = ["ترتر", "ترطر", "غوريص", "غوريس", "مدينة", "بلدة", "قرية", "وبمدينة", "ريف", "شمال", "الدولي",
                "الغربي", "في", "من", "ان", "الي", "بردعة", "وبردعه", "حلب", "القاهره", "قاعدة", "حميميم", "مطار",
                "قره", "باغ", "وقره", "بقره", "معرة", "النعمان", "معره", "عين", "الاسد", "العين", "خان", "يونس", "بخان",
                "دير", "الزور", "والدير", "جنوب", "الشمالي", "الجوية", "الدولي", "منطقة", "لمنطقة", "تل", "رفعت",
                "التل"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SPELT_WORDS), st.text(alphabet=LETTERS, min_size=2, max_size=7)),
                min_size=1, max_size=3))
@example(words=["مدينة", "عين"])
def test_candidates_as_spelt_are_the_candidates_less_the_guesses(gazetteer, words):
    """``as_spelt`` (theatre detection) skips the guesses tried when nothing matches as printed: its
    answer is the full answer's places, or nothing when the full answer is guesses only. (The same
    place may be reached by another reading: "مدينة عين" is a respelling of "مدينة العين" in full, the
    type word and "العين" as spelt.)"""
    name = " ".join(words)
    full = gazetteer.candidates(name, 10, fuzzy=False)  # (names of several words: ``_may_read`` skips most)
    spelt = gazetteer.candidates(name, 10, fuzzy=False, as_spelt=True)
    if [c.place.id for c in spelt] != [c.place.id for c in full]:
        assert spelt == [] and all(c.reasons[0].startswith(_GUESSES) for c in full), (name, full, spelt)
