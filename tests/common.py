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
