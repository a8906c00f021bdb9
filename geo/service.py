"""What the app does, without Streamlit: open and seed the store, filters to and from the URL,
tables and timelines of events. ``app.py`` only draws widgets over these functions.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Mapping, Sequence

from gazetteer import Gazetteer

from .articles import read_articles
from .errors import GeoError, GeoInputError
from .model import EVENT_TYPES, PRECISIONS, Event
from .pipeline import extract_article
from .profile import load_profile

__all__ = ["SEEDS_DIR", "SeedReport", "seed_store", "filter_to_params", "filter_from_params", "table_rows",
           "timeline_rows", "legend_counts"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"


@dataclass(frozen=True)
class SeedReport:
    """What first use put into an empty store, to tell the user where the data came from."""

    added: int
    files: tuple[str, ...]
    origin: str


def seed_articles(folder: Path = SEEDS_DIR):
    """The sample articles shipped in ``seeds/`` with the dates and profiles of ``seeds/index.json``."""
    index_path = folder / "index.json"
    index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    out = []
    for path in sorted(folder.glob("*.txt")):
        meta = index.get(path.name, {})
        for art in read_articles(path):
            changes = {}
            if art.published is None and meta.get("published"):
                changes["published"] = dt.date.fromisoformat(meta["published"])
            if art.profile is None and meta.get("profile"):
                changes["profile"] = meta["profile"]
            out.append(replace(art, **changes))
    return out


def seed_store(store, gazetteer: Gazetteer, folder: Path = SEEDS_DIR) -> SeedReport | None:
    """Fill an empty store from the shipped sample articles; None when it already holds articles."""
    if store.stats().articles:
        return None
    files = []
    added = 0
    for art in seed_articles(folder):
        events = extract_article(art, gazetteer).events
        store.add_article(art, events)
        files.append(art.name)
        added += 1
    return SeedReport(added, tuple(files), f"sample articles shipped in {folder.name}/ ({', '.join(files)})")


# --------------------------------------------------------------------------- filters in the URL
_LIST_KEYS = {"claimant": "claimants", "attacker": "attackers", "type": "event_types", "precision": "precisions"}


def filter_to_params(f) -> dict[str, str]:
    """An ``EventFilter`` as URL query parameters (lists comma-joined), for shareable links."""
    out: dict[str, str] = {}
    if f.date_from:
        out["from"] = f.date_from.isoformat()
    if f.date_to:
        out["to"] = f.date_to.isoformat()
    for key, attr in _LIST_KEYS.items():
        values = getattr(f, attr)
        if values:
            out[key] = ",".join(values)
    if f.place:
        out["place"] = f.place
    if f.bbox:
        out["bbox"] = ",".join(f"{x:.4f}" for x in f.bbox)
    return out


def filter_from_params(params: Mapping[str, str | Sequence[str]]):
    """The ``EventFilter`` a URL describes; bad values raise ``GeoInputError`` naming them."""
    from .store import EventFilter, parse_bbox

    def one(key):
        v = params.get(key)
        if isinstance(v, (list, tuple)):
            v = v[0] if v else None
        return v or None

    kw = {}
    if one("from"):
        kw["date_from"] = one("from")
    if one("to"):
        kw["date_to"] = one("to")
    for key, attr in _LIST_KEYS.items():
        v = one(key)
        if v:
            kw[attr] = tuple(x for x in v.split(",") if x)
    if one("place"):
        kw["place"] = one("place")
    if one("bbox"):
        kw["bbox"] = parse_bbox(one("bbox"))
    return EventFilter(**kw)


# --------------------------------------------------------------------------- tables
TABLE_COLUMNS = ("date", "claimant", "attacker", "event_type", "place_ar", "place_en", "precision", "killed",
                 "injured", "stance", "n_sources", "contested", "source", "article", "evidence", "event_id")


def table_rows(events: Sequence[Event]) -> list[dict]:
    """One plain row per event for the table view."""
    return [{c: (getattr(e, c).isoformat() if c == "date" else getattr(e, c)) for c in TABLE_COLUMNS} for e in events]


def timeline_rows(events: Sequence[Event]) -> list[dict]:
    """Events per day and claimant: rows of (date, claimant, events)."""
    counts = Counter((e.date, e.claimant) for e in events)
    return [{"date": d.isoformat(), "claimant": c, "events": n} for (d, c), n in sorted(counts.items())]


def legend_counts(events: Sequence[Event]) -> dict[str, int]:
    return dict(Counter(e.claimant for e in events))
