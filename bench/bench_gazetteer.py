"""Gazetteer speed: index build (cold), warm load, resolutions per second. Prints a table.

    python bench/bench_gazetteer.py
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer, normalize  # noqa: E402
from geo.profile import load_profile  # noqa: E402


def main() -> int:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        Gazetteer.load(cache_dir=tmp)
        rows.append(("cold build (GeoNames + curated, cached to disk)", f"{time.perf_counter() - t:.2f} s", "once"))
        t = time.perf_counter()
        gz = Gazetteer.load(cache_dir=tmp)
        warm = time.perf_counter() - t
        rows.append(("warm load from the disk cache", f"{warm:.3f} s", "< 1 s", warm < 1))
    with open(ROOT / "data" / "eval" / "gazetteer_dev.tsv", encoding="utf-8", newline="") as fh:
        names = [r["spelling"] for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    keys = [normalize(n) for n in names] * 400
    t = time.perf_counter()
    for k in keys:
        gz.lookup_key(k)
    rate = len(keys) / (time.perf_counter() - t)
    rows.append(("resolutions/s, already-normalised names (lookup_key)", f"{rate:,.0f}", ">= 200,000", rate >= 200_000))
    theatre = load_profile("karabakh").theatre
    raw = [p + n for n in names for p in ("", "و", "ب", "وب", "ل")]
    gz.lookup("كلمةلاتعرفها")  # builds the typo buckets once, like any index
    for label, target in (("first pass, every cache cold", None), ("again, result memo cleared", 20_000)):
        gz._memo.clear()
        t = time.perf_counter()
        for n in raw:
            gz.lookup(n, theatre=theatre)
        rate = len(raw) / (time.perf_counter() - t)
        rows.append((f"resolutions/s, {len(raw):,} raw strings with clitics and variants: {label}", f"{rate:,.0f}",
                     ">= 20,000" if target else "(info)", rate >= target if target else None))
    print("| measure | figure | target | ok |")
    print("|---|---:|---:|---|")
    for r in rows:
        ok = "" if len(r) < 4 or r[3] is None else ("yes" if r[3] else "NO")
        print(f"| {r[0]} | {r[1]} | {r[2]} | {ok} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
