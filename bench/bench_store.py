"""Speed of the event store: ingest into SQLite, GeoJSON export, a filtered query over PostGIS.

    python bench/bench_store.py            # 10,000 articles, 100,000 events, 1,000,000 events on PostGIS
    python bench/bench_store.py --quick    # a tenth of each (the targets are scaled the same way)

Articles are variants of the seed article with distinct text and pre-extracted events, so the ingest
figure measures the store, not the extractor; extraction + ingest is reported apart. PostGIS runs
in a private cluster in a temporary folder (``tests/pg.py``), stopped at the end. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from geo.articles import Article, read_articles  # noqa: E402
from geo.model import EVENT_TYPES, PRECISIONS, Event  # noqa: E402

SEED = ROOT / "seeds" / "000_4b532d8d9de71b80.txt"
PUBLISHED = dt.date(2020, 10, 14)
rows: list[tuple[str, str, str, str]] = []


def report(what: str, figure: str, target: str, ok: bool | None) -> None:
    rows.append((what, figure, target, "—" if ok is None else ("pass" if ok else "FAIL")))
    print(f"  {what}: {figure} (target {target})", file=sys.stderr, flush=True)


def seed_article() -> Article:
    (a,) = read_articles(SEED)
    return replace(a, published=a.published or PUBLISHED)


def seed_events(gazetteer) -> list[Event]:
    from geo.pipeline import extract_article

    return extract_article(seed_article(), gazetteer).events


def variants(seed: Article, events: list[Event], n: int, *, start: int = 0):
    """``n`` articles: the seed text with a distinct last line, its events re-dated and moved a little."""
    rnd = random.Random(42)
    for i in range(start, start + n):
        name = f"variant-{i:06d}"
        art = replace(seed, name=name, text=f"{seed.text}\n\nنسخة رقم {i}\n")
        day = dt.date(2020, 9, 27) + dt.timedelta(days=i % 45)
        evs = []
        for e in events:
            lat = None if e.lat is None else min(90.0, max(-90.0, e.lat + rnd.uniform(-0.03, 0.03)))
            lon = None if e.lon is None else e.lon + rnd.uniform(-0.03, 0.03)
            rec = {**e.to_record(), "article": name, "date": day.isoformat(), "lat": lat, "lon": lon,
                   "event_id": "", "sources": [name]}
            evs.append(Event.from_record(rec))
        yield art, evs


TOWNS = [(39.0 + 0.09 * k % 3.0, 45.0 + 0.17 * k % 4.0) for k in range(60)]
CLAIMANTS = ("Azerbaijan", "Armenia", "Russia", "Turkey")


def synthetic(n_events: int, *, per_article: int = 5, seed: int = 1):
    """Many small articles with random events: 70 % near 60 towns, the rest over a 10° x 10° box."""
    rnd = random.Random(seed)
    day0 = dt.date(2020, 1, 1)
    for a in range(n_events // per_article):
        name = f"syn-{a:07d}"
        evs = []
        for j in range(per_article):
            if rnd.random() < 0.7:
                lat, lon = rnd.choice(TOWNS)
                lat, lon = lat + rnd.uniform(-0.02, 0.02), lon + rnd.uniform(-0.02, 0.02)
            else:
                lat, lon = rnd.uniform(35, 45), rnd.uniform(40, 50)
            evs.append(Event(date=day0 + dt.timedelta(days=rnd.randrange(1400)), claimant=rnd.choice(CLAIMANTS),
                             attacker=rnd.choice(CLAIMANTS), event_type=rnd.choice(EVENT_TYPES),
                             place_ar="ترتر", place_en=f"Town {j}", lat=lat, lon=lon,
                             precision=rnd.choice(PRECISIONS), place_id=f"syn:{a}:{j}", country="AZ",
                             evidence="قصف على المدينة", article=name, profile="karabakh"))
        yield Article(name, f"synthetic article {a}", published=day0), evs


def bench_ingest(tmp: Path, n: int, target_s: float, gazetteer, events: list[Event]) -> None:
    from geo.store import EventStore

    seed = seed_article()
    items = list(variants(seed, events, n))
    with EventStore(tmp / "ingest.sqlite") as store:
        t = time.perf_counter()
        added = sum(store.add_article(a, evs).added for a, evs in items)
        took = time.perf_counter() - t
        st = store.stats()
    assert added == n
    report(f"ingest {n:,} seed-sized articles ({st.readings:,} readings -> {st.events:,} events), SQLite, "
           "one transaction each", f"{took:.1f} s ({n / took:,.0f} articles/s)", f"< {target_s:g} s",
           took < target_s)


def bench_extract_ingest(tmp: Path, n: int, gazetteer) -> None:
    from geo.pipeline import extract_article
    from geo.store import EventStore

    seed = seed_article()
    with EventStore(tmp / "extract.sqlite") as store:
        t = time.perf_counter()
        for i in range(n):
            art = replace(seed, name=f"x-{i}", text=f"{seed.text}\n\nنسخة رقم {i}\n")
            store.add_article(art, extract_article(art, gazetteer).events)
        took = time.perf_counter() - t
    report(f"extraction + ingest of {n:,} seed articles, SQLite", f"{n / took:,.1f} articles/s", "(info)", None)


def bench_export(tmp: Path, n_events: int, target_s: float) -> None:
    from geo.export import write
    from geo.store import EventStore

    with EventStore(tmp / "export.sqlite") as store:
        t = time.perf_counter()
        store.bulk_add(synthetic(n_events))
        load = time.perf_counter() - t
        t = time.perf_counter()
        events = store.events(merged=False)
        query = time.perf_counter() - t
    t = time.perf_counter()
    path = write(tmp / "export.geojson", events, "geojson")
    took = time.perf_counter() - t
    report(f"bulk load of {n_events:,} events into SQLite (one transaction a batch, then clustering)",
           f"{load:.1f} s", "(info)", None)
    report(f"read {len(events):,} events back from SQLite (store.events)", f"{query:.2f} s", "(info)", None)
    report(f"export {len(events):,} events to GeoJSON with geo.export.write ({path.stat().st_size / 1e6:.0f} MB)",
           f"{took:.2f} s", f"< {target_s:g} s", took < target_s)


def bench_postgis(n_events: int, target_s: float) -> None:
    import pg
    from geo.store import EventFilter, EventStore

    with pg.postgis_cluster(dbname="conflictmap_bench") as cluster:
        with EventStore(cluster.url) as store:
            t = time.perf_counter()
            store.bulk_add(synthetic(n_events), batch_size=20_000)
            load = time.perf_counter() - t
            st = store.stats()
            report(f"bulk load of {st.readings:,} events into PostGIS (COPY, then clustering -> "
                   f"{st.events:,} events)", f"{load:.1f} s", "(info)", None)
            flt = EventFilter(date_from="2021-03-01", date_to="2021-03-31", claimants=("Armenia",),
                              bbox=(39.0, 45.0, 40.5, 47.5), event_types=("shelling", "missile", "drone"))
            store.events(flt)  # warm the cache once, as an app would be
            times = []
            for _ in range(5):
                t = time.perf_counter()
                found = store.events(flt)
                times.append(time.perf_counter() - t)
            took = sorted(times)[len(times) // 2]
            report(f"filtered query over {st.readings:,} PostGIS events (a month, one claimant, three types, "
                   f"a bbox; {len(found):,} events returned, median of 5)", f"{took * 1000:.0f} ms",
                   f"< {target_s:g} s", took < target_s)
            t = time.perf_counter()
            n = store.count(EventFilter(bbox=(39.0, 45.0, 40.5, 47.5)))
            took = time.perf_counter() - t
            report(f"count of every event in the bbox ({n:,})", f"{took * 1000:.0f} ms", "(info)", None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the volumes (and of the time targets)")
    parser.add_argument("--no-postgis", action="store_true", help="skip the PostGIS query benchmark")
    args = parser.parse_args(argv)
    scale = 10 if args.quick else 1
    from gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    events = seed_events(gazetteer)
    with tempfile.TemporaryDirectory(prefix="conflictmap-bench-") as d:
        tmp = Path(d)
        bench_ingest(tmp, 10_000 // scale, 60 / scale, gazetteer, events)
        bench_extract_ingest(tmp, 200 // scale, gazetteer)
        bench_export(tmp, 100_000 // scale, 5 / scale)
        if not args.no_postgis:
            bench_postgis(1_000_000 // scale, 1.0)
    print(f"\nStore benchmark{' (--quick)' if args.quick else ''}, {len(events)} events per seed article\n")
    print("| what | figure | target | result |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return 0 if all(r[3] != "FAIL" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
