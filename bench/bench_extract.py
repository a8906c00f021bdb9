"""Extraction speed: seed-sized articles per second on one core, and linearity in article size.

    python bench/bench_extract.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from geo import extract_events, load_profile  # noqa: E402
from geo.articles import read_articles  # noqa: E402


def rate(text: str, gz, profile, n: int) -> float:
    t = time.perf_counter()
    for i in range(n):
        gz._memo.clear()  # no help from earlier runs: every article is read cold
        extract_events(text + f"\n\n{i}", gz, profile, "2020-10-14")
    return n / (time.perf_counter() - t)


def main() -> int:
    gz = Gazetteer.load()
    profile = load_profile("karabakh")
    seed = read_articles(ROOT / "seeds" / "000_4b532d8d9de71b80.txt")[0].text
    per_s = rate(seed, gz, profile, 200)
    rows = [("seed article, gazetteer memo cleared before each (worst case)", f"{per_s:,.0f}/s", ">= 500", per_s >= 500)]
    corpus = [a for p in sorted((ROOT / "data" / "eval" / "articles").glob("*.txt")) for a in read_articles(p)]
    profiles = {a.profile or "karabakh" for a in corpus}
    profs = {}
    for name in profiles:
        try:
            profs[name] = load_profile(name)
        except Exception:  # a profile not written yet: its articles are read with karabakh's
            profs[name] = profile
    gz._memo.clear()
    t = time.perf_counter()
    for a in corpus:
        extract_events(a.text, gz, profs[a.profile or "karabakh"], a.published)
    cold = len(corpus) / (time.perf_counter() - t)
    rows.append((f"{len(corpus)} distinct dev articles, first pass (cold caches)", f"{cold:,.0f}/s", ">= 500", cold >= 500))
    t = time.perf_counter()
    for _ in range(10):
        for a in corpus:
            extract_events(a.text, gz, profs[a.profile or "karabakh"], a.published)
    warm = 10 * len(corpus) / (time.perf_counter() - t)
    rows.append(("same articles, steady state (as in a long ingest)", f"{warm:,.0f}/s", ">= 500", warm >= 500))
    kb = len(seed.encode()) / 1024
    base = None
    for mult in (1, 10, 100):
        big = "\n\n".join([seed] * mult)
        t = time.perf_counter()
        extract_events(big, gz, profile, "2020-10-14")
        dt = time.perf_counter() - t
        per_kb = dt / (kb * mult) * 1000
        base = base or per_kb
        rows.append((f"article of {kb * mult:,.0f} KB", f"{dt * 1000:,.0f} ms ({per_kb:.2f} ms/KB)",
                     "linear", per_kb < 3 * base))
    # One huge sentence with no full stop (the seed's sentences joined by spaces): the time per MB
    # must not grow with the sentence (it did: 0.1 MB 0.8 s, 1.6 MB 59 s before the stages split).
    # The second: one claim after another, each naming places (the rows' evidence and offsets were
    # computed per row over the whole sentence: 0.13 MB 2.3 s, 0.52 MB 88 s).
    claims = "وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر وقرى بردعة وأغدام، "
    for label, one, sep, mults in (("the seed's sentences", seed.replace(".", " ").replace("\n", " "), " ", (25, 400)),
                                   ("claims naming places", claims, "", (800, 12800))):
        base = None
        for mult in mults:
            big = sep.join([one] * mult)
            mb = len(big.encode()) / 1e6
            t = time.perf_counter()
            extract_events(big, gz, profile, "2020-10-14")
            dt = time.perf_counter() - t
            base = base or dt / mb
            rows.append((f"one sentence of {mb:.1f} MB, no full stop ({label})", f"{dt:,.2f} s ({dt / mb:.2f} s/MB)",
                         "linear", dt / mb < 3 * base))
    print("| measure | figure | target | ok |")
    print("|---|---:|---:|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {'yes' if r[3] else 'NO'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
