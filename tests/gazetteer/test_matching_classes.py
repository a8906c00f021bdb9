"""Classes of matching bugs the curators found on the theatres' rows (issue 12): each is tested on
a small gazetteer of invented records (the class) and on the real index (what the curators saw)."""

from __future__ import annotations

import pytest

from gazetteer import Gazetteer, Place, Theatre
from tests.common import gazetteer

SUDAN = Theatre(frozenset({"SD"}), (8.6, 21.8, 22.3, 38.7))
UKRAINE = Theatre(frozenset({"UA", "RU"}), (44.3, 22.1, 52.5, 42.0))
IRAQ = Theatre(frozenset({"IQ"}), (29.0, 38.7, 37.4, 48.7))
LEBANON = Theatre(frozenset({"LB", "IL"}), (29.4, 34.2, 34.7, 36.7))
GAZA = Theatre(frozenset({"PS", "IL"}), (29.4, 34.2, 33.4, 35.6))
SYRIA = Theatre(frozenset({"SY"}), (32.3, 35.6, 37.4, 42.4))


def _gz(*rows) -> Gazetteer:
    """A gazetteer of (id, name_en, lat, lon, country, arabic names, latin names[, kind, curated, population])."""
    records = []
    for pid, en, lat, lon, cc, ar, lat_names, *rest in rows:
        kind = rest[0] if rest else "settlement"
        curated = rest[1] if len(rest) > 1 else True
        population = rest[2] if len(rest) > 2 else 0
        records.append((Place(pid, en, lat, lon, cc, kind, population, None, None, ar[0] if ar else "", "test", curated),
                        ar, lat_names))
    return Gazetteer(records)


# -- 1. a number is never a typo ---------------------------------------------------------------
DIVISIONS = _gz(
    ("d20", "20th Division", 11.46, 26.13, "SD", ["الفرقة 20 مشاة"], []),
    ("d16", "16th Division", 12.05, 24.88, "SD", ["الفرقة 16 مشاة"], []),
    ("d2", "2nd Division", 15.6, 32.5, "SD", ["الفرقة 2 مشاة"], []),
    ("k3", "Khartoum 3 district", 15.58, 32.54, "SD", ["الخرطوم 3"], []),
)


@pytest.mark.parametrize("name, expected", [
    ("الفرقة 22 مشاة", None),  # neither the 20th (a one-letter edit) nor the 16th
    ("الفرقه 26 مشاه", None),
    ("الفرقة 22 مشاه", None),  # not the 2nd either: 22 is not a doubled 2
    ("الخرطوم 33", None),
    ("الفرقه 20 مشاه", "d20"),  # the same number, a spelling variant of the rest: found
    ("الفرقة 20 مشاة", "d20"),
])
def test_a_digit_run_must_equal_the_candidates_digits(name, expected):
    got = [c for c in DIVISIONS.candidates(name, 5, theatre=SUDAN) if c.score >= 0.55]
    if expected is None:
        assert got == [], [(c.place.id, c.reasons) for c in got]
    else:
        assert got and got[0].place.id == expected, got


@pytest.mark.parametrize("name", ["الفرقة 22 مشاة", "الفرقة 17 مشاة", "الفرقة 23 مشاة"])
def test_an_unlisted_division_is_not_read_as_a_listed_one(name):
    for c in gazetteer().candidates(name, 5, theatre=SUDAN):
        assert "الفرق" not in c.matched or any(d in c.matched for d in name.split() if d.isdigit()), c


# -- 5. a curated phrase with its type word beats the type-word reading ---------------------------
PROVINCES = _gz(
    ("city", "Velikograd", 50.6, 36.6, "RU", ["فيليكوغراد"], ["Velikograd"], "settlement", True, 345_000),
    ("obl", "Velikograd Oblast", 50.7, 37.4, "RU", ["إقليم فيليكوغراد", "مقاطعة فيليكوغراد"], [], "district", True),
    ("town", "Malyn", 50.77, 29.24, "UA", ["مالين"], ["Malyn"], "settlement", True),
)


@pytest.mark.parametrize("name, expected", [
    ("إقليم فيليكوغراد", "obl"), ("مقاطعة فيليكوغراد", "obl"),
    ("مدينة فيليكوغراد", "city"),  # no curated phrase: the type word reading
    ("إقليم مالين", "town"),
])
def test_an_exact_curated_name_beats_a_type_word_reading(name, expected):
    PROVINCES._memo.clear()
    got = PROVINCES.candidates(name, 3, theatre=UKRAINE)
    assert got and got[0].place.id == expected, [(c.place.id, c.score, c.reasons) for c in got]


@pytest.mark.parametrize("name, lat, lon", [("إقليم بيلغورود", 50.7, 37.4), ("إقليم كورسك", 51.6, 36.1)])
def test_oblast_spellings_listed_on_the_oblast_rows_resolve_to_the_oblast(name, lat, lon):
    place = gazetteer().lookup(name, theatre=UKRAINE)
    assert place is not None and place.kind == "district" and abs(place.lat - lat) < 0.2 and abs(place.lon - lon) < 0.2
