"""Normalisation: tables of (input, expected) and properties that must always hold."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import clitic_splits, normalize, skeleton
from gazetteer.normalize import has_mixed_script, normalize_latin, tokenize

NORMALIZE_TABLE = [
    ("أغدام", "اغدام"),
    ("إدلب", "ادلب"),
    ("آرتساخ", "ارتساخ"),
    ("ٱلقدس", "القدس"),
    ("بنغازى", "بنغازي"),
    ("كنجة", "كنجه"),
    ("كَنْجَة", "كنجه"),  # diacritics
    ("كنـــجة", "كنجه"),  # tatweel
    ("گنجه", "كنجه"),  # Persian gaf
    ("کنجه", "كنجه"),  # Persian kaf
    ("تارتار", "تارتار"),
    ("ٹرٹر", "ترتر"),  # Urdu tteh
    ("شیراز", "شيراز"),  # Persian yeh
    ("مسؤول", "مسوول"),
    ("جبرائيل", "جبراييل"),
    ("«ستيباناكيرت»،", "ستيباناكيرت"),
    ("\"هادروت\"", "هادروت"),
    ("(قره باغ)", "قره باغ"),
    ("١٤ أكتوبر", "14 اكتوبر"),
    ("۲۷ سبتمبر", "27 سبتمبر"),
    ("  خان   كندي ", "خان كندي"),
    ("Ağdərə", "agdere"),
    ("Şuşa", "susa"),
    ("Xankəndi", "xankendi"),
    ("ﻛﻨﺠﺔ", "كنجه"),  # presentation forms (NFKC)
]


@pytest.mark.parametrize("raw, expected", NORMALIZE_TABLE)
def test_normalize_table(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("وأغدام", ("و", "اغدام")),
    ("بالفاشر", ("بال", "الفاشر")),
    ("للحديدة", ("لل", "الحديده")),
    ("وبترتر", ("وب", "ترتر")),
    ("فالفاشر", ("فال", "الفاشر")),
    ("كإدلب", ("ك", "ادلب")),
])
def test_clitic_splits_offer_the_reading(raw, expected):
    assert expected in clitic_splits(normalize(raw))


def test_clitic_splits_keep_a_two_letter_stem_at_least():
    assert all(len(stem) >= 2 for _, stem in clitic_splits("وبل"))


@pytest.mark.parametrize("a, b", [
    ("كنجه", "غنجه"), ("كنجه", "جنجه"), ("هادروت", "هدروت"), ("ستيباناكيرت", "ستيباناكرت"),
    ("خانكندي", "خان كندي"), ("ترتر", "طرطر"),
])
def test_skeleton_folds_spelling_variants(a, b):
    assert skeleton(normalize(a)) == skeleton(normalize(b))


@pytest.mark.parametrize("a, b", [("اغدام", "اغدامس"), ("ترتر", "تبريز"), ("كنجه", "كنش")])
def test_skeleton_keeps_different_names_apart(a, b):
    assert skeleton(a) != skeleton(b)


def test_mixed_script_is_detected():
    assert has_mixed_script("trٹr")
    assert not has_mixed_script("ترتر")
    assert not has_mixed_script("Tartar")


def test_tokenize_gives_offsets_into_the_text():
    text = 'على مدن "أغدره وأغدام"، و«هادروت»'
    for tok, a, b in tokenize(text):
        assert text[a:b] == tok
    assert [t for t, _, _ in tokenize(text)] == ["على", "مدن", "أغدره", "وأغدام", "و", "هادروت"]


def test_normalize_rejects_non_strings_clearly():
    with pytest.raises(TypeError, match="expects str"):
        normalize(None)


arabic_text = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), min_size=1, max_size=30)
any_text = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_normalize_never_raises_and_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_normalize_never_empties_an_arabic_name_with_letters(text):
    letters = [c for c in text if "\u0621" <= c <= "\u064A" and c not in "\u0640"]
    if letters:
        assert normalize(text) != ""


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_skeleton_and_clitics_never_raise(text):
    key = normalize(text)
    skeleton(key)
    for _prefix, stem in clitic_splits(key):
        assert stem


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x24F), max_size=30))
def test_latin_normalisation_is_idempotent(text):
    once = normalize_latin(text)
    assert normalize_latin(once) == once
