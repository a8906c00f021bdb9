"""Spelling classes other outlets print that the gazetteer missed (brief gz12, issue 12 Must 3): each
class is tested with spellings of our own, none of them in ``data/eval/gazetteer_spellings.tsv`` (the
list the classes were found on)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gazetteer import Theatre
from gazetteer.normalize import normalize
from tests.common import gazetteer

IRAQ = Theatre(frozenset({"IQ"}), (29.0, 38.7, 37.4, 48.7))


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _near(name, theatre, lat, lon, km=10.0):
    place = gazetteer().lookup(name, theatre=theatre)
    assert place is not None, name
    assert _km(place.lat, place.lon, lat, lon) <= km, (name, place)


# -- 1. Kurdish ە: unwritten inside a word in Arabic spellings, ة/ه at its end ---------------------
@pytest.mark.parametrize("kurdish, arabic", [
    ("کەلار", "كلار"),            # Kalar
    ("سەید سادق", "سيد سادق"),
    ("دەربەندیخان", "دربنديخان"),  # Darbandikhan
    ("کۆیە", "كوية"),             # Koya: final ە is the ta marbuta
    ("هەڵەبجە", "هلبجة"),
    ("ئاکرێ", "ئاكري"),
])
def test_kurdish_ae_is_dropped_inside_a_word_and_a_ta_marbuta_at_its_end(kurdish, arabic):
    assert normalize(kurdish) == normalize(arabic)


@pytest.mark.parametrize("name, theatre, lat, lon", [
    ("کەلار", IRAQ, 34.63, 45.32),          # Kalar
    ("دەربەندیخان", IRAQ, 35.11, 45.70),   # Darbandikhan
])
def test_kurdish_spellings_resolve(name, theatre, lat, lon):
    _near(name, theatre, lat, lon)


_KURDISH = "ەێۆڕڵکگیپچژڤ" + "ابتجحدرزسشعفقلمنهوي" + "\u064e\u0650\u0651\u0640 "


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_KURDISH, min_size=1, max_size=20))
def test_normalize_stays_idempotent_with_kurdish_letters(text):
    once = normalize(text)
    assert normalize(once) == once
    assert "ە" not in once
