"""Machine instructions per seed-sized article through the command line: a speed figure that the
load of a shared machine does not move.

    python bench/bench_instructions.py [--small 20] [--large 60]

Runs ``python -m geo extract FILE.jsonl`` under valgrind's callgrind (Debian's ``valgrind``) on N and
M distinct copies of the seed article, as ``bench_cli_extract.py`` makes them, and prints the
marginal instructions per article: (instructions of the M run - those of the N run) / (M - N), so
start-up and the gazetteer load cancel out. Each run is deterministic (``PYTHONHASHSEED=0``), to
within a few in a million; the instructions glibc's allocator spends (``malloc.c``: they swing by
millions with the heap's layout from one variant of the code to the next) are counted apart, and
the net figure is the one to compare. On a 2-core machine shared by several people, the CPU-second
figure of ``bench_cli_extract.py`` moved by 2x from one run to the next for the same code; this one
tells a 1% change. It is no rate: an article's instructions take about 0.2 ns each on this machine
when it is quiet (16 M instructions: about 3 ms). Slow (valgrind runs Python some 50 times slower:
two to three minutes in all).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_cli_extract import _file  # noqa: E402
from geo.articles import read_articles  # noqa: E402

_LINE = re.compile(r"^\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(\S.*)$")


def _instructions(path: Path, out: Path) -> tuple[int, int]:
    """(all instructions, those of glibc's malloc) of one CLI run on ``path``."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-m", "geo",
                    "extract", str(path)], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    got = subprocess.run(["callgrind_annotate", "--threshold=100", str(out)], capture_output=True, text=True,
                         check=True).stdout
    total = malloc = 0
    body = got.split("file:function", 1)[-1]
    for line in body.splitlines():
        m = _LINE.match(line)
        if m is None:
            continue
        n = int(m.group(1).replace(",", ""))
        total += n
        if "malloc/malloc.c" in m.group(2):
            malloc += n
    return total, malloc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=20)
    ap.add_argument("--large", type=int, default=60)
    args = ap.parse_args(argv)
    if args.large <= args.small:
        ap.error(f"--large must exceed --small, got {args.large} <= {args.small}")
    for tool in ("valgrind", "callgrind_annotate"):
        if shutil.which(tool) is None:
            print(f"error: {tool} not found: install Debian's valgrind (apt-get install valgrind)", file=sys.stderr)
            return 2
    seed = read_articles(ROOT / "seeds" / "000_4b532d8d9de71b80.txt")[0].text
    with tempfile.TemporaryDirectory() as tmp:
        runs = {n: _instructions(_file(Path(tmp), seed, n), Path(tmp) / f"cg.{n}") for n in (args.small, args.large)}
    extra = args.large - args.small
    (t0, m0), (t1, m1) = runs[args.small], runs[args.large]
    print("| measure | figure |")
    print("|---|---:|")
    for n in (args.small, args.large):
        print(f"| CLI on {n} seed articles: instructions (of them glibc malloc) | "
              f"{runs[n][0] / 1e6:,.1f} M ({runs[n][1] / 1e6:,.1f} M) |")
    print(f"| marginal instructions per article, net of glibc malloc | {((t1 - m1) - (t0 - m0)) / extra / 1e6:,.2f} M |")
    print(f"| marginal instructions per article, all | {(t1 - t0) / extra / 1e6:,.2f} M |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
