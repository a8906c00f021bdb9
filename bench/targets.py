"""Issue 12's targets in one table: each measured by the command that measures it, with the target and
whether it is met.

    python bench/targets.py [--realdev ../shared/realdev/score.py] [--quick]

Runs, one after the other (a few minutes; ``--quick`` leaves out the speed benchmark):

- the real-reporting scorer (``--realdev``; it lives outside the repository and is skipped, with a
  note, when it is not there): claimant+place F1, ACLED sub-event accuracy, negatives mapped,
  articles refused;
- ``bench/eval_extract.py``: F1 on the whole dev corpus for every profile (the target), and for
  information on the articles 001-117 the rules were developed on and on each held-out set
  (``HELD_OUT``: each written and annotated before the extractor ever ran on it; the rules were then
  fixed on what all but the last showed, so the last is the measure of unseen text);
- ``bench/eval_gazetteer.py``: the dev set of spellings within 10 km, answers farther than 500 km,
  and the share of everyday words answered, per theatre;
- ``bench/bench_cli_extract.py``: seed-sized articles per CPU second through the command line.

Each command's own output has the detail; this table only gathers the figures the issue names.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_RANGE = "1-117"
#: The held-out sets in the order they were written: (article numbers, what they are now).
HELD_OUT = (("118-146", "held-out 118-146"), ("147-170", "held-out 147-170"), ("171-190", "held-out 171-190"),
            ("191-210", "held-out 191-210"), ("211-230", "held-out 211-230"), ("231-250", "held-out 231-250"),
            ("251-280", "held-out 251-280"), ("281-300", "held-out 281-300"),
            ("301-320", "held-out 301-320"), ("321-340", "held-out 321-340"), ("341-360", "held-out 341-360"),
            ("361-380", "held-out 361-380"), ("381-400", "held-out 381-400"),
            ("401-420", "held-out 401-420"), ("421-440", "held-out 421-440"),
            ("441-460", "held-out 441-460"), ("461-480", "held-out 461-480"),
            ("481-500", "held-out 481-500"), ("501-520", "held-out 501-520"),
            ("521-540", "held-out 521-540"), ("541-560", "held-out 541-560"), ("561-580", "held-out 561-580"),
            ("581-600", "held-out 581-600"), ("601-620", "held-out 601-620"),
            ("621-660", "held-out 621-660"), ("661-680", "held-out 661-680"),
            ("681-700", "held-out 681-700"), ("701-720", "held-out 701-720"),
            ("721-740", "held-out 721-740"), ("741-760", "held-out 741-760 (never tuned on)"),
            ("761-780", "held-out 761-780 (never tuned on)"))


def _run(*args: str) -> str:
    got = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)
    return got.stdout + got.stderr


def _rows(table: str) -> list[list[str]]:
    """The cells of a Markdown table's body rows."""
    return [[c.strip() for c in line.strip().strip("|").split("|")] for line in table.splitlines()
            if line.startswith("|") and not line.startswith("|---")]


def _pct(cell: str) -> float:
    return float(cell.rstrip(" %"))


def realdev(scorer: Path) -> list[tuple[str, str, str, bool | None]]:
    if not scorer.is_file():
        return [("real reporting (realdev)", f"skipped: no scorer at {scorer}", "", None)]
    out = _run(str(scorer))
    last = re.search(r"F1 ([\d.]+) P ([\d.]+) R ([\d.]+) ACLED ([\d.]+) REFUSED (\d+)", out)
    neg = re.search(r"negatives mapped as events: (\d+) of (\d+)", out)
    if not last or not neg:
        return [("real reporting (realdev)", "the scorer printed no figures", "", False)]
    f1, p, r, acled, refused = last.groups()
    return [
        ("realdev claimant+place F1", f"{f1} (P {p}, R {r})", ">= 0.90", float(f1) >= 0.90),
        ("realdev type accuracy, ACLED sub-event level", acled, ">= 0.90", float(acled) >= 0.90),
        ("realdev annotated negatives mapped", f"{neg.group(1)} of {neg.group(2)}", "0", neg.group(1) == "0"),
        ("realdev articles refused", refused, "0", refused == "0"),
    ]


def dev_corpus() -> list[tuple[str, str, str, bool | None]]:
    out = []
    for rng, what, target in ((None, "dev corpus, all articles", 0.90),
                              (DEV_RANGE, "dev corpus 001-117 (the rules' own)", None),
                              *((r, w, None) for r, w in HELD_OUT)):
        rows = {r[0]: r for r in _rows(_run("bench/eval_extract.py", *(("--range", rng) if rng else ())))}
        header = rows.pop("corpus", None)
        if header is None:
            return [(what, "eval_extract printed no table", "", False)]
        col = header.index("F1")
        for name, r in rows.items():
            if int(r[header.index("articles")]) == 0:
                continue
            f1 = float(r[col])
            out.append((f"{what} F1, {name}", f"{f1:.3f}", f">= {target:.2f}" if target else "(information)",
                        f1 >= target if target else None))
    return out


def gazetteer() -> list[tuple[str, str, str, bool | None]]:
    text = _run("bench/eval_gazetteer.py")
    rows = _rows(text)
    out = []
    for r in rows:
        if r[0] == "all: all":
            out.append(("gazetteer dev set within 10 km", f"{r[3]} of {r[1]}", ">= 97 %", _pct(r[3]) >= 97.0))
        if r[0] == "spellings: all" and len(r) >= 7:
            # other outlets' spellings nobody had shown the gazetteer (data/eval/gazetteer_spellings.tsv)
            out.append(("gazetteer, other outlets' spellings within 10 km (none > 500 km)",
                        f"{r[3]} of {r[1]}, {r[5]} > 500 km", ">= 97 %, 0", _pct(r[3]) >= 97.0 and r[5] == "0"))
        if r[0].startswith("theatre: ") and len(r) >= 6:
            far = int(r[5])
            if far:
                out.append((f"gazetteer answers > 500 km, {r[0][9:]}", str(far), "0", False))
    if out and not any(name.startswith("gazetteer answers") for name, *_ in out):
        out.append(("gazetteer answers > 500 km from the truth", "0 in every theatre", "0", True))
    shares = [(r[0], _pct(r[2])) for r in rows if len(r) == 4 and r[3].startswith(("ok", "NO"))]
    if shares:
        worst = max(shares, key=lambda x: x[1])
        out.append(("everyday words answered (worst of no theatre and each theatre)", f"{worst[1]:.1f} % ({worst[0]})",
                    "<= 10 %", worst[1] <= 10.0))
    return out or [("gazetteer", "eval_gazetteer printed no table", "", False)]


def speed() -> list[tuple[str, str, str, bool | None]]:
    out = _run("bench/bench_cli_extract.py", "--repeat", "3")
    m = re.search(r"marginal articles per CPU second[^|]*\| ([\d,]+)/s", out)
    if not m:
        return [("seed articles per CPU second (CLI)", "the benchmark printed no figure", "", False)]
    rate = int(m.group(1).replace(",", ""))
    return [("seed-sized articles per CPU second through the CLI", f"{rate:,}", ">= 1,000", rate >= 1000)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realdev", type=Path, default=ROOT.parent / "shared" / "realdev" / "score.py",
                    help="the real-reporting scorer (outside the repository)")
    ap.add_argument("--quick", action="store_true", help="leave out the speed benchmark")
    args = ap.parse_args(argv)
    rows = [*realdev(args.realdev), *dev_corpus(), *gazetteer(), *([] if args.quick else speed())]
    print("| target | figure | wanted | met |")
    print("|---|---:|---:|---|")
    for name, fig, want, ok in rows:
        print(f"| {name} | {fig} | {want} | {'' if ok is None else 'yes' if ok else 'NO'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
