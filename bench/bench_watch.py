"""Speed of ``geo watch``: 1,000 new items of a local feed fetched, read and stored, on one core.

    python bench/bench_watch.py              # 1,000 items into SQLite (target < 60 s)
    python bench/bench_watch.py --postgis    # into a private PostGIS cluster instead
    python bench/bench_watch.py --quick      # 200 items

A web server on 127.0.0.1 (``tests/localweb.py``, in this process) serves an RSS feed of N items
and their article pages (distinct Arabic reports); one ``Watcher`` pass fetches every page,
extracts its main text with trafilatura and its events, and stores both. The process is pinned
to one CPU (server included). The gazetteer is loaded before the clock starts. Prints a table.
The feed names no profile, so each article's theatre is detected, as for a real outlet's feed.
``host_delay_s`` is 0 here: the per-host politeness delay (1 s by default) is for other people's
servers, and would by design make 1,000 items from one host take 1,000 s whatever the watcher's speed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 items instead of 1,000 (target scaled)")
    parser.add_argument("--postgis", action="store_true", help="store into PostGIS instead of SQLite")
    args = parser.parse_args(argv)
    n = 200 if args.quick else 1000
    target = 60.0 * n / 1000
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from gazetteer import Gazetteer
    from geo.feeds import Feed
    from geo.store import EventStore
    from geo.watch import Watcher
    from localweb import TOWNS, LocalWeb, article_page, report_text, rss

    gz = Gazetteer.load()
    with tempfile.TemporaryDirectory(prefix="conflictmap-bench-watch-") as d, LocalWeb() as web:
        items = []
        for i in range(n):
            path = f"/news/{i}.html"
            web.route(path, article_page(f"قصف رقم {i}", report_text(i, TOWNS[i % len(TOWNS)])))
            items.append((web.url(path), f"قصف رقم {i}", "2020-10-14"))
        feed = web.route("/feed.xml", rss(items), content_type="application/rss+xml")
        if args.postgis:
            import pg

            ctx = pg.postgis_cluster(dbname="conflictmap_bench_watch")
            url = ctx.__enter__().url
        else:
            ctx, url = None, f"sqlite:///{Path(d) / 'watch.sqlite'}"
        try:
            with EventStore(url) as store:
                w = Watcher(store, [Feed(feed)], settings={"host_delay_s": 0.0}, gazetteer=gz)
                load0 = os.getloadavg()[0]
                t, c = time.perf_counter(), time.process_time()
                rep = w.run_pass(force=True)
                took, cpu = time.perf_counter() - t, time.process_time() - c
                w.close()
                st = store.stats()
        finally:
            if ctx is not None:
                ctx.__exit__(None, None, None)
    fr = rep.feeds[0]
    ok = took < target and fr.new_articles == n and fr.failures == 0
    backend = "PostGIS" if args.postgis else "SQLite"
    print(f"\ngeo watch benchmark{' (--quick)' if args.quick else ''}, one core, {backend}\n")
    print("| what | figure | target | result |")
    print("|---|---|---|---|")
    print(f"| one pass over a local feed of {n:,} new items: {fr.new_articles:,} articles, {st.readings:,} readings "
          f"stored, {fr.failures} failures | {took:.1f} s ({n / took:,.0f} items/s) | < {target:g} s | "
          f"{'pass' if ok else 'FAIL'} |")
    print(f"| CPU time of that pass (this process: watcher and web server), load average {load0:.1f} on "
          f"{os.cpu_count()} cores at the start | {cpu:.1f} s ({cpu / n * 1000:.0f} ms an item) | (info) | — |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
