"""Accuracy of the gazetteer on the development set of Arabic spellings, within 10 km, by kind.

    python bench/eval_gazetteer.py [--misses]

Each spelling is resolved with the theatre prior of its conflict when the project has a profile
for it (karabakh, syria), else with none. A country-level answer counts as right when it is the
expected country.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geopy.distance import geodesic  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from geo.profile import available_profiles, load_profile  # noqa: E402

DEV = ROOT / "data" / "eval" / "gazetteer_dev.tsv"


def evaluate(gz: Gazetteer, rows: list[dict], *, km: float = 10.0):
    theatres = {name: load_profile(name).theatre for name in available_profiles()}
    results = []
    for r in rows:
        place = gz.lookup(r["spelling"], theatre=theatres.get(r["theatre"]))
        ok = False
        dist = None
        if place is not None:
            dist = geodesic((float(r["lat"]), float(r["lon"])), (place.lat, place.lon)).km
            ok = dist <= km or (place.kind == "country" and place.country == r["country"])
        results.append((r, place, dist, ok))
    return results


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the spellings resolved wrongly or not at all")
    ap.add_argument("--file", default=str(DEV))
    args = ap.parse_args(argv)
    with open(args.file, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    gz = Gazetteer.load()
    results = evaluate(gz, rows)
    total, good = Counter(), Counter()
    for r, _place, _d, ok in results:
        for key in (("kind", r["kind"]), ("theatre", r["theatre"]), ("all", "all")):
            total[key] += 1
            good[key] += ok
    print("| group | n | correct within 10 km | accuracy |")
    print("|---|---:|---:|---:|")
    for key in sorted(total, key=lambda k: (k[0] != "kind", k[0] == "all", k)):
        print(f"| {key[0]}: {key[1]} | {total[key]} | {good[key]} | {100 * good[key] / total[key]:.1f} % |")
    if args.misses:
        print("\nmisses:")
        for r, place, d, ok in results:
            if not ok:
                got = f"{place.name_en} [{place.country}] {d:.0f} km" if place else "unresolved"
                print(f"  {r['spelling']}\t({r['kind']}, {r['name_en']}) -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
