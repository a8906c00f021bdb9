"""The curated gazetteer files agree with themselves: one row per id, a facility on its own row and
not as an alias of its town, and one name in one theatre is one place unless a curator says it is two."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from tests.common import ROOT

CURATED = sorted(Path(ROOT / "data" / "gazetteer").glob("*.csv"))


def _rows():
    for path in CURATED:
        with path.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                yield path.name, n, row


def test_every_curated_file_is_read():
    assert {p.name for p in CURATED} >= {"world.csv", "syria.csv", "sudan.csv", "ukraine.csv", "iraq.csv"}


def test_ids_are_unique_across_all_curated_files():
    seen: dict[str, list[str]] = defaultdict(list)
    for name, n, row in _rows():
        seen[row["id"].strip()].append(f"{name}:{n}")
    twice = {pid: where for pid, where in seen.items() if len(where) > 1}
    # a second row under an id silently replaces the first one's point when the index is built
    assert not twice, twice
