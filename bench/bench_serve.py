"""Speed of ``geo serve``: bbox queries through the OGC API - Features on PostGIS.

    python bench/bench_serve.py            # 1,000,000 stored events (target: p95 < 200 ms)
    python bench/bench_serve.py --quick    # 100,000 events, for development

Loads synthetic events (``bench_store.synthetic``: 70 % near 60 towns, the rest spread over a
10° x 10° box) into a private PostGIS cluster (``tests/pg.py``), starts ``python -m geo serve`` on
it as its own process, then times 100 HTTP requests ``/collections/events/items?bbox=...&limit=1000``,
each a different box in the spread-out part that holds at least 1,000 events, so each response
carries 1,000 GeoJSON features (and numberMatched). A query's time runs from sending the request to
having received the whole response (not the client's JSON parsing). Prints a markdown table.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

rows: list[tuple[str, str, str, str]] = []


def report(what: str, figure: str, target: str, ok: bool | None) -> None:
    rows.append((what, figure, target, "—" if ok is None else ("pass" if ok else "FAIL")))
    print(f"  {what}: {figure} (target {target})", file=sys.stderr, flush=True)


def boxes(n: int, side: float, seed: int = 7):
    """Boxes (minx, miny, maxx, maxy) inside the spread-out part south of the towns (35..38.5 N, 40..50 E)."""
    rnd = random.Random(seed)
    for _ in range(n):
        lat, lon = rnd.uniform(35.0, 38.5 - side), rnd.uniform(40.0, 50.0 - side)
        yield (round(lon, 4), round(lat, 4), round(lon + side, 4), round(lat + side, 4))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 events instead of 1,000,000")
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args(argv)
    n_events = 100_000 if args.quick else 1_000_000
    import requests

    import pg
    from bench_store import synthetic
    from geo.store import EventStore
    from service import serving

    with pg.postgis_cluster(dbname="conflictmap_bench_serve") as cluster:
        with EventStore(cluster.url) as store:
            t = time.perf_counter()
            store.bulk_add(synthetic(n_events), batch_size=20_000)
            load = time.perf_counter() - t
            st = store.stats()
        report(f"bulk load of {st.readings:,} events into PostGIS ({st.events:,} after merging)", f"{load:.0f} s",
               "(info)", None)
        # 30 % of the events are spread over 100 square degrees: a box of side s holds ~ 0.3 n s^2 / 100
        side = round((1400 * 100 / (0.3 * st.readings)) ** 0.5, 3)
        with serving(cluster.url, timeout_s=120) as base:
            sess = requests.Session()
            url = f"{base}/collections/events/items"
            sess.get(url, params={"bbox": "40,35,40.5,35.5", "limit": 1000, "f": "json"}, timeout=60)  # warm up
            times, returned, matched = [], [], []
            load0 = os.getloadavg()[0]
            for b in boxes(args.queries, side):
                t = time.perf_counter()
                r = sess.get(url, params={"bbox": ",".join(map(str, b)), "limit": 1000, "f": "json"}, timeout=60)
                times.append(time.perf_counter() - t)  # the whole response received; parsing it is the client's
                body = r.json()
                assert r.status_code == 200, r.text[:300]
                returned.append(body["numberReturned"])
                matched.append(body["numberMatched"])
        times.sort()
        p95 = times[int(round(0.95 * len(times))) - 1]
        p50 = statistics.median(times)
        report(f"{len(times)} bbox queries over HTTP, {st.events:,} events stored, {side}° boxes: features returned "
               f"min {min(returned):,} / max {max(returned):,} (matched {min(matched):,}..{max(matched):,})",
               f"p95 {p95 * 1000:.0f} ms, median {p50 * 1000:.0f} ms", "p95 < 200 ms", p95 < 0.200)
        report(f"load average of the machine when the queries started ({os.cpu_count()} cores, shared)", f"{load0:.1f}",
               "(info)", None)
        if min(returned) < 1000:
            report("every query returned 1,000 features", f"min {min(returned)}", "1,000", False)
    print(f"\ngeo serve benchmark{' (--quick)' if args.quick else ''}\n")
    print("| what | figure | target | result |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return 0 if all(r[3] != "FAIL" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
