"""Accuracy of the gazetteer on the development set of Arabic spellings, within 10 km, by theatre and kind.

    python bench/eval_gazetteer.py [--misses] [--file data/eval/gazetteer_dev.tsv]

After the dev set's table it prints the set of spellings other outlets print
(``data/eval/gazetteer_spellings.tsv``, written before the gazetteer was run on it) as its own
row ``spellings: all``, with the answers that are wrong (answered but not within 10 km).

It then resolves the everyday words of news Arabic in ``data/eval/everyday_words.txt`` as
``python -m gazetteer resolve`` does (no theatre, then each theatre's) and prints the share that gets
an answer (target: at most 10 %), listing the answers with ``--misses``.

Each spelling is resolved with the theatre prior of its conflict: the theatre of the conflict
profile in ``data/profiles/`` when there is one, else the fallback table below (the theatre's
countries and bounding box), so the figures do not depend on which profiles a branch has. Rows of
theatre ``other`` are resolved with no prior. A country-level answer counts as right when it is the
expected country. ``> 500 km`` counts the answers farther than 500 km from the truth: a far-away
namesake or look-alike chosen over the place the theatre means (the target is none).
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

from gazetteer import Gazetteer, Theatre  # noqa: E402
from geo.profile import available_profiles, load_profile  # noqa: E402

DEV = ROOT / "data" / "eval" / "gazetteer_dev.tsv"
EVERYDAY = ROOT / "data" / "eval" / "everyday_words.txt"
SPELLINGS = ROOT / "data" / "eval" / "gazetteer_spellings.tsv"

#: Theatres of the conflicts with no profile on this branch: countries and [south, west, north, east].
FALLBACK_THEATRES = {
    "karabakh": {"countries": ["AZ", "AM"], "bbox": [38.8, 44.7, 41.0, 47.5]},
    "syria": {"countries": ["SY"], "bbox": [32.3, 35.6, 37.4, 42.4]},
    "israel_lebanon": {"countries": ["LB", "IL"], "bbox": [29.4, 34.2, 34.7, 36.7]},
    "gaza": {"countries": ["PS", "IL"], "bbox": [29.4, 34.2, 33.4, 35.6]},
    "yemen": {"countries": ["YE"], "bbox": [11.5, 41.5, 19.0, 53.2]},
    "sudan": {"countries": ["SD"], "bbox": [8.6, 21.8, 22.3, 38.7]},
    "iraq": {"countries": ["IQ"], "bbox": [29.0, 38.7, 37.4, 48.7]},
    "libya": {"countries": ["LY"], "bbox": [19.5, 9.3, 33.2, 25.2]},
    "ukraine": {"countries": ["UA", "RU"], "bbox": [44.3, 22.1, 52.5, 42.0]},
}

FAR_KM = 500.0


def theatres() -> dict[str, Theatre]:
    """Theatre of each conflict id: its profile's when the branch has one, else the fallback."""
    out = {name: Theatre.from_dict(spec) for name, spec in FALLBACK_THEATRES.items()}
    for name in available_profiles():
        try:
            out[name] = load_profile(name).theatre
        except Exception:  # noqa: BLE001 - a profile being written elsewhere must not stop the bench
            continue
    return out


def evaluate(gz: Gazetteer, rows: list[dict], *, km: float = 10.0):
    by_id = theatres()
    results = []
    for r in rows:
        place = gz.lookup(r["spelling"], theatre=by_id.get(r["theatre"]))
        ok = False
        dist = None
        if place is not None:
            dist = geodesic((float(r["lat"]), float(r["lon"])), (place.lat, place.lon)).km
            ok = dist <= km or (place.kind == "country" and place.country == r["country"])
        results.append((r, place, dist, ok))
    return results


def read_rows(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def print_misses(results) -> None:
    for r, place, d, ok in results:
        if not ok:
            got = f"{place.name_en} [{place.country}] {d:.0f} km" if place else "unresolved"
            print(f"  {r['theatre']}\t{r['spelling']}\t({r['kind']}, {r['name_en']}) -> {got}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the spellings resolved wrongly or not at all")
    ap.add_argument("--file", default=str(DEV))
    args = ap.parse_args(argv)
    rows = read_rows(args.file)
    gz = Gazetteer.load()
    results = evaluate(gz, rows)
    total, good, far, none = Counter(), Counter(), Counter(), Counter()
    for r, place, d, ok in results:
        for key in (("kind", r["kind"]), ("theatre", r["theatre"]), ("all", "all")):
            total[key] += 1
            good[key] += ok
            none[key] += place is None
            far[key] += bool(not ok and d is not None and d > FAR_KM and r["theatre"] != "other")
    print("| group | n | within 10 km | accuracy | unresolved | > 500 km |")
    print("|---|---:|---:|---:|---:|---:|")
    for key in sorted(total, key=lambda k: (k[0] != "theatre", k[0] == "all", k)):
        print(f"| {key[0]}: {key[1]} | {total[key]} | {good[key]} | {100 * good[key] / total[key]:.1f} % "
              f"| {none[key]} | {far[key]} |")
    if args.misses:
        print("\nmisses:")
        print_misses(results)
    if Path(args.file).resolve() == DEV.resolve() and SPELLINGS.exists():
        sp = evaluate(gz, read_rows(SPELLINGS))
        n = len(sp)
        good_n = sum(ok for *_, ok in sp)
        none_n = sum(place is None for _, place, _, _ in sp)
        far_n = sum(bool(not ok and d is not None and d > FAR_KM) for r, _, d, ok in sp if r["theatre"] != "other")
        wrong_n = sum(place is not None and not ok for _, place, _, ok in sp)
        print(f"\n| other outlets' spellings ({SPELLINGS.name}) | n | within 10 km | accuracy | unresolved "
              f"| > 500 km | answered but wrong |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        print(f"| spellings: all | {n} | {good_n} | {100 * good_n / max(n, 1):.1f} % | {none_n} | {far_n} | {wrong_n} |")
        if args.misses:
            print("\nspellings misses:")
            print_misses(sp)
    words = [w.strip() for w in EVERYDAY.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    print(f"\n| everyday words ({len(words)}), resolved with theatre | answered | share | target |")
    print("|---|---:|---:|---|")
    answered_lists = []
    for name, theatre in [("none", None), *sorted(theatres().items())]:
        answered = [(w, p) for w in words if (p := gz.lookup(w, theatre=theatre)) is not None]
        share = len(answered) / len(words)
        print(f"| {name} | {len(answered)} | {100 * share:.1f} % | {'ok' if share <= 0.10 else 'NO'} (<= 10 %) |")
        answered_lists.append((name, answered))
    if args.misses:
        for name, answered in answered_lists:
            print(f"  {name}: " + ", ".join(f"{w} -> {p.name_en} [{p.country}]" for w, p in answered))
    return 0


if __name__ == "__main__":
    sys.exit(main())
