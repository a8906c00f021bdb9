"""The development corpus (data/eval/articles) is well-formed: every article has its annotation, every
annotation line has the keys and values the evaluation reads, and its evidence and place stand in its article.

Articles from 070 on are checked strictly (evidence and place verbatim); the older ones were written with
"..." for skipped words and without the article's quotation marks, so their evidence is checked piece by
piece, in order, with quotation marks ignored.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from geo.articles import read_articles

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "data" / "eval" / "articles"
DATA_README = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
ARTICLES = sorted(CORPUS.glob("*.txt"))
STRICT_FROM = 70

KEYS = ("date", "date_precision", "claimant", "attacker", "stance", "event_type", "place_ar", "place_en",
        "lat", "lon", "precision", "killed", "injured", "source", "evidence")
EVENT_TYPES = {"shelling", "missile", "airstrike", "drone", "ground_attack", "destruction", "other"}
PRECISIONS = {"settlement", "district", "region", "country"}
DATE_PRECISIONS = {"day", "month", "unknown"}
STANCES = {"claim", "denial"}
THEATRES = {"karabakh", "syria", "israel_lebanon", "gaza", "yemen", "sudan", "iraq", "libya", "ukraine"}
# The party ids of the shared party table, the only ones a profile can give: an annotation naming another
# (the retired "Coalition" or "Iran-backed") could never be matched.
PARTIES = set(json.loads((ROOT / "data" / "profiles" / "parties.json").read_text(encoding="utf-8"))["parties"])
QUOTES = re.compile(r"[\"«»“”]")


def _number(path: Path) -> int:
    return int(path.name.split("_", 1)[0])


def _annotations(path: Path) -> list[dict]:
    exp = path.with_name(path.name[: -len(".txt")] + ".expected.jsonl")
    assert exp.exists(), f"{path.name} has no annotation file {exp.name}"
    return [json.loads(line) for line in exp.read_text(encoding="utf-8").splitlines() if line.strip()]


def _in_order(pieces: list[str], text: str) -> bool:
    at = 0
    for piece in pieces:
        at = text.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


def test_corpus_has_every_theatre_and_numbers_are_unique():
    numbers = [_number(p) for p in ARTICLES]
    assert len(numbers) == len(set(numbers)) and len(ARTICLES) >= 93
    profiles = {read_articles(p)[0].profile for p in ARTICLES}
    assert THEATRES <= profiles, THEATRES - profiles
    for path in ARTICLES:
        assert path.with_name(path.name[: -len(".txt")] + ".expected.jsonl").exists(), path.name


def test_at_least_four_new_articles_are_undated():
    undated = [p.name for p in ARTICLES if _number(p) >= STRICT_FROM and read_articles(p)[0].published is None]
    assert len(undated) >= 4, undated


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name[:3])
def test_article_header_and_index_row(path):
    article = read_articles(path)[0]
    assert article.profile in THEATRES, f"{path.name}: profile {article.profile!r}, expected one of {sorted(THEATRES)}"
    assert article.url and article.title and article.source, path.name
    published = article.published.isoformat() if article.published else "—"
    row = f"| `{path.name}` | `{path.name[:-4]}.expected.jsonl` | {article.profile} | {published} |"
    assert row in DATA_README, f"data/README.md has no index row starting {row!r}"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name[:3])
def test_annotations_are_valid_and_stand_in_the_article(path):
    text = path.read_text(encoding="utf-8")
    article = read_articles(path)[0]
    events = _annotations(path)
    strict = _number(path) >= STRICT_FROM
    assert events or not strict, f"{path.name}: no annotated event"  # some older articles are negatives only
    for n, e in enumerate(events, 1):
        where = f"{path.name[:-4]}.expected.jsonl:{n}"
        assert tuple(e) == KEYS, f"{where}: keys {tuple(e)}, expected {KEYS}"
        assert e["event_type"] in EVENT_TYPES, f"{where}: event_type {e['event_type']!r}"
        assert e["precision"] in PRECISIONS, f"{where}: precision {e['precision']!r}"
        assert e["stance"] in STANCES, f"{where}: stance {e['stance']!r}"
        assert e["date_precision"] in DATE_PRECISIONS, f"{where}: date_precision {e['date_precision']!r}"
        assert e["claimant"] in PARTIES, f"{where}: claimant {e['claimant']!r}"
        assert e["attacker"] is None or e["attacker"] in PARTIES, f"{where}: attacker {e['attacker']!r}"
        if e["stance"] == "denial":
            assert e["attacker"] == e["claimant"], f"{where}: a denial is the denier's own action"
        assert -90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180, f"{where}: lat/lon {e['lat']}, {e['lon']}"
        for key in ("killed", "injured"):
            assert e[key] is None or (isinstance(e[key], int) and e[key] >= 0), f"{where}: {key} {e[key]!r}"
        assert e["source"] is None or isinstance(e["source"], str) and e["source"], f"{where}: source"
        if e["date"] is None:
            assert e["date_precision"] == "unknown", f"{where}: a null date has date_precision 'unknown'"
        else:
            assert e["date_precision"] != "unknown", f"{where}: dated event with date_precision 'unknown'"
            day = dt.date.fromisoformat(e["date"])  # ValueError names the bad date
            if article.published:
                assert day <= article.published, f"{where}: event dated {day} after publication"
        assert e["place_ar"] and e["place_ar"] in text, f"{where}: place_ar {e['place_ar']!r} not in the article"
        if strict:
            assert e["evidence"] in text, f"{where}: evidence not verbatim in the article: {e['evidence']!r}"
        else:
            pieces = [p.strip() for p in QUOTES.sub("", e["evidence"]).split("...") if p.strip()]
            assert _in_order(pieces, QUOTES.sub("", text)), f"{where}: evidence not in the article: {e['evidence']!r}"


@pytest.mark.parametrize("path", [p for p in ARTICLES if _number(p) >= STRICT_FROM], ids=lambda p: p.name[:3])
def test_undated_articles_date_events_only_from_explicit_dates(path):
    """An article without ``published:`` dates an event only from an absolute date written in the text."""
    article = read_articles(path)[0]
    if article.published is not None:
        return
    text = path.read_text(encoding="utf-8")
    for e in _annotations(path):
        if e["date"] is not None:
            year = e["date"][:4]
            assert year in text, f"{path.name}: {e['place_ar']} dated {e['date']}, but the text names no year {year}"
