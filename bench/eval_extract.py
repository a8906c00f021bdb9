"""Precision, recall and F1 of (claimant, place) pairs on the development corpus, plus date and
type accuracy of the matched pairs.

    python bench/eval_extract.py [--profile ID] [--errors] [--range 48-53]

Prints one row for the whole corpus and one for every profile its articles name (``profile:``
header; karabakh when absent). A predicted pair matches an expected one when the claimant and
stance agree and the places are within the radius of the expected place's precision (settlement
10 km, district 25 km, region 50 km: the convention of the real-reporting scorer) of each other (or
are the same country for country-level places). An article whose profile this checkout does not have is left out and
counted under "no profile"; an article the extractor refuses (e.g. no date it can use) counts all
its expected events as missed and is counted under "refused"; an undated event (``"date": null``)
is dated right only when the extractor also leaves it undated.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geopy.distance import geodesic  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from geo.articles import read_articles  # noqa: E402
from geo.errors import GeoError  # noqa: E402
from geo.pipeline import extract_article  # noqa: E402
from geo.profile import DEFAULT_PROFILE, available_profiles  # noqa: E402

CORPUS = ROOT / "data" / "eval" / "articles"
#: How far a predicted place may lie from the expected one, by the expected place's precision (km).
RADIUS_KM = {"settlement": 10.0, "district": 25.0, "region": 50.0}


def _same_place(pred, exp) -> bool:
    if pred.lat is None or exp.get("lat") is None:
        return False
    if exp.get("precision") == "country" or pred.precision == "country":
        return pred.precision == exp.get("precision") == "country" and \
            geodesic((pred.lat, pred.lon), (exp["lat"], exp["lon"])).km < 400
    return geodesic((pred.lat, pred.lon), (exp["lat"], exp["lon"])).km <= RADIUS_KM.get(exp.get("precision"), 10.0)


def _number(path: Path) -> int:
    head = path.name.split("_", 1)[0]
    return int(head) if head.isdigit() else -1


def _iso(day) -> str | None:
    return day.isoformat() if day is not None else None


def corpus_profiles(corpus: Path = CORPUS) -> list[str]:
    """Every profile id the corpus's articles name, sorted (karabakh for an article without one)."""
    return sorted({read_articles(p)[0].profile or "karabakh" for p in corpus.glob("*.txt")})


def evaluate(gz: Gazetteer, corpus: Path = CORPUS, profile: str | None = None, numbers: range | None = None):
    """Counts and errors on the corpus; ``numbers`` keeps only the articles so numbered (048_... is 48)."""
    stats = Counter()
    errors = []
    for path in sorted(corpus.glob("*.txt")):
        if numbers is not None and _number(path) not in numbers:
            continue
        article = read_articles(path)[0]
        if profile and (article.profile or DEFAULT_PROFILE) != profile:
            continue
        if (article.profile or DEFAULT_PROFILE) not in available_profiles():
            stats["no_profile"] += 1
            continue
        exp_path = path.with_name(path.name[: -len(".txt")] + ".expected.jsonl")
        expected = [json.loads(x) for x in exp_path.read_text(encoding="utf-8").splitlines() if x.strip()]
        stats["articles"] += 1
        try:
            pred = extract_article(article, gz).events
        except (GeoError, ValueError) as err:
            stats["refused"] += 1
            stats["fn"] += len(expected)
            errors.append((path.name, "refused", str(err)))
            continue
        unmatched = list(expected)
        for p in pred:
            hit = next((x for x in unmatched if x["claimant"] == p.claimant and x.get("stance", "claim") == p.stance
                        and _same_place(p, x)), None)
            if hit is None:
                stats["fp"] += 1
                errors.append((path.name, "extra", f"{p.claimant}/{p.stance} {p.place_ar} ({p.place_en}) {p.event_type} {p.date}"))
                continue
            unmatched.remove(hit)
            stats["tp"] += 1
            stats["date_ok"] += _iso(p.date) == hit["date"]
            stats["type_ok"] += p.event_type == hit["event_type"]
            stats["attacker_ok"] += p.attacker == hit.get("attacker")
            stats["killed_ok"] += p.killed == hit.get("killed")
            if _iso(p.date) != hit["date"]:
                errors.append((path.name, "date", f"{p.place_ar}: got {p.date}, expected {hit['date']}"))
            if p.event_type != hit["event_type"]:
                errors.append((path.name, "type", f"{p.place_ar}: got {p.event_type}, expected {hit['event_type']}"))
        for x in unmatched:
            stats["fn"] += 1
            errors.append((path.name, "missed", f"{x['claimant']}/{x.get('stance', 'claim')} {x['place_ar']} ({x['place_en']}) {x['event_type']}"))
    return stats, errors


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profile", help="only articles of this profile")
    ap.add_argument("--errors", action="store_true", help="list every error")
    ap.add_argument("--range", help="only the articles numbered in this range, e.g. 48-53 (inclusive)")
    args = ap.parse_args(argv)
    numbers = None
    if args.range:
        lo, _, hi = args.range.partition("-")
        numbers = range(int(lo), int(hi or lo) + 1)
    gz = Gazetteer.load()
    rows = []
    for prof in ([args.profile] if args.profile else [None, *corpus_profiles()]):
        s, errors = evaluate(gz, profile=prof, numbers=numbers)
        tp, fp, fn = s["tp"], s["fp"], s["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = lambda k: (100 * s[k] / tp) if tp else 0.0  # noqa: E731
        rows.append((prof or "all", s["articles"], s["no_profile"], s["refused"], tp, fp, fn, p, r, f1, acc("date_ok"),
                     acc("type_ok"), acc("attacker_ok"), acc("killed_ok")))
        if args.errors and prof in (None, args.profile):
            for name, kind, msg in errors:
                print(f"{name}\t{kind}\t{msg}")
            print()
    print("| corpus | articles | no profile | refused | tp | fp | fn | precision | recall | F1 | date acc | "
          "type acc | attacker acc | killed acc |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(f"| {row[0]} | {row[1]} | {row[2]} | {row[3]} | {row[4]} | {row[5]} | {row[6]} | {row[7]:.3f} | "
              f"{row[8]:.3f} | {row[9]:.3f} | {row[10]:.1f} % | {row[11]:.1f} % | {row[12]:.1f} % | {row[13]:.1f} % |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
