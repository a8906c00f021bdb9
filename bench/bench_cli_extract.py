"""Seed-sized articles per second through the command line, as a user runs it.

    python bench/bench_cli_extract.py [--small 500] [--large 1000] [--repeat 5]

Runs ``python -m geo extract FILE.jsonl`` (one CLI call, one core) on a file of N copies of the
seed article (each copy made distinct, so no cache helps across them) and on one of 2N; the
marginal rate is the N extra articles over the extra time (start-up and gazetteer load cancel
out). Output goes to /dev/null. Each of the ``--repeat`` rounds runs both files one after the other
and gives its own marginal rate; the median round counts (rounds far apart in time, or the best
run of each size taken from different rounds, compare a busy moment with a quiet one: on a shared
machine that alone gave 130/s to 1,600/s for the same code). The time is measured twice: wall
clock, and the CPU time of the CLI process (user + system), which is what one core gives whatever
else the machine runs (the wall clock also counts the waits for a core).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.articles import read_articles  # noqa: E402

TARGET = 1000  # articles per second, marginal


def _file(folder: Path, text: str, n: int) -> Path:
    path = folder / f"seed_x{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"name": f"seed{i}", "text": f"{text}\n\n{i}", "published": "2020-10-14"},
                                ensure_ascii=False) + "\n")
    return path


def _cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _run(path: Path) -> tuple[float, float, int]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    t, c = time.perf_counter(), _cpu()
    got = subprocess.run([sys.executable, "-m", "geo", "extract", str(path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    dt, dc = time.perf_counter() - t, _cpu() - c
    return dt, dc, len(json.loads(got.stdout)["features"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--large", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    seed = read_articles(ROOT / "seeds" / "000_4b532d8d9de71b80.txt")[0].text
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = {n: _file(Path(tmp), seed, n) for n in (args.small, args.large)}
        rounds = [{n: _run(paths[n]) for n in (args.small, args.large)} for _ in range(args.repeat)]
        extra = args.large - args.small
        for n in (args.small, args.large):
            wall = statistics.median(r[n][0] for r in rounds)
            cpu = statistics.median(r[n][1] for r in rounds)
            rows.append((f"CLI on {n} seed articles ({rounds[0][n][2]} events), median",
                         f"{wall:.2f} s ({cpu:.2f} s CPU)", "", None))
        for what, k in (("marginal articles per second", 0), ("marginal articles per CPU second (one core's work)", 1)):
            # (a round whose larger file ran no longer than the smaller one: a busy moment, an infinite rate)
            rates = sorted(extra / d if (d := r[args.large][k] - r[args.small][k]) > 0 else math.inf for r in rounds)
            marginal = statistics.median(rates)
            rows.append((f"{what}, median of {len(rates)} rounds ({rates[0]:,.0f} .. {rates[-1]:,.0f})",
                         f"{marginal:,.0f}/s", f">= {TARGET}", marginal >= TARGET))
    print("| measure | figure | target | ok |")
    print("|---|---:|---:|---|")
    for name, fig, target, ok in rows:
        print(f"| {name} | {fig} | {target} | {'' if ok is None else 'yes' if ok else 'NO'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
