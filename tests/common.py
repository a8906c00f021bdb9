"""Shared, deterministic test objects (loaded once per test session)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4b532d8d9de71b80.txt"
SEED_EXPECTED = ROOT / "tests" / "fixtures" / "000_4b532d8d9de71b80.expected.jsonl"
SEED_PUBLISHED = "2020-10-14"


@lru_cache(maxsize=1)
def gazetteer():
    from gazetteer import Gazetteer

    return Gazetteer.load()


@lru_cache(maxsize=4)
def profile(name: str = "karabakh"):
    from geo import load_profile

    return load_profile(name)


def seed_expected() -> list[dict]:
    return [json.loads(line) for line in SEED_EXPECTED.read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_resolves_within(theatre: str, name: str, lat: float, lon: float, km: float) -> None:
    """``name``, read in ``theatre``, resolves to a place within ``km`` of (lat, lon)."""
    from geopy.distance import geodesic

    place = gazetteer().lookup(name, theatre=profile(theatre).theatre)
    assert place is not None, name
    assert geodesic((place.lat, place.lon), (lat, lon)).km <= km, (name, place)


def assert_no_place_of_an_everyday_word(theatre: str, word: str) -> None:
    """An everyday word gets no curated place of any weight in ``theatre`` (a common word's own answer aside)."""
    found = gazetteer().candidates(word, 1, theatre=profile(theatre).theatre)
    assert not found or found[0].score < 0.55 or not found[0].place.curated or found[0].common_word, (word, found)
