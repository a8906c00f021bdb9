"""Seed-sized articles per second through the command line, as a user runs it.

    python bench/bench_cli_extract.py [--small 500] [--large 1000] [--repeat 3]

Runs ``python -m geo extract FILE.jsonl`` (one CLI call, one core) on a file of N copies of the
seed article (each copy made distinct, so no cache helps across them) and on one of 2N; the
marginal rate is the N extra articles over the extra time (start-up and gazetteer load cancel
out). Output goes to /dev/null; the best of ``--repeat`` runs counts. The time is measured twice:
wall clock, and the CPU time of the CLI process (user + system), which is what one core gives
whatever else the machine runs (on a shared machine the wall clock also counts the waits for a core).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    seed = read_articles(ROOT / "seeds" / "000_4b532d8d9de71b80.txt")[0].text
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        times, cpu = {}, {}
        for n in (args.small, args.large):
            path = _file(Path(tmp), seed, n)
            runs = [_run(path) for _ in range(args.repeat)]
            times[n] = min(t for t, _c, _n in runs)
            cpu[n] = min(c for _t, c, _n in runs)
            rows.append((f"CLI on {n} seed articles ({runs[0][2]} events)", f"{times[n]:.2f} s ({cpu[n]:.2f} s CPU)", "", None))
        marginal = (args.large - args.small) / (times[args.large] - times[args.small])
        rows.append(("marginal articles per second", f"{marginal:,.0f}/s", f">= {TARGET}", marginal >= TARGET))
        marginal = (args.large - args.small) / (cpu[args.large] - cpu[args.small])
        rows.append(("marginal articles per CPU second (one core's work)", f"{marginal:,.0f}/s", f">= {TARGET}",
                     marginal >= TARGET))
    print("| measure | figure | target | ok |")
    print("|---|---:|---:|---|")
    for name, fig, target, ok in rows:
        print(f"| {name} | {fig} | {target} | {'' if ok is None else 'yes' if ok else 'NO'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
