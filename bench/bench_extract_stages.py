"""Where the time of one seed-sized article goes, stage by stage, in the CLI's order of work.

    python bench/bench_extract_stages.py [--n 400] [--repeat 5]

``bench/bench_cli_extract.py`` gives the rate; this table says what it is made of. Each stage of
``python -m geo extract`` runs alone on N distinct copies of the seed (as that bench makes them),
``--repeat`` times; its CPU time per article is the median of the rounds: reading the .jsonl file,
theatre detection, extraction, and writing the GeoJSON. The extraction is then split by module
(attribution, triggers, places, dates ...) from one cProfile run: each function's own time counts
for its module, a built-in's (dict.get, any, regex split ...) for the module that called it; the
profiler slows call-heavy code most, so the shares are scaled to the unprofiled extraction time and
are estimates, not measurements. On a shared machine the CPU times swing with the load (the
same code measured 3.2 and 5.0 ms a few minutes apart); the last column counts the Python lines
executed per article (``sys.settrace``, 20 articles), which does not: compare those between two
versions of the code when the machine is busy, but only between code of the same kind: a list
comprehension turned into ``map``/``compress`` over an ``attrgetter`` executes fewer traced lines and
runs twice as long on Python 3.11 (measured: 1.2 against 2.8 us for a sentence's attack words). To
compare two versions' CPU time on a busy machine, run them in one process in alternate rounds.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from geo.articles import read_articles, read_file  # noqa: E402
from geo.export import to_feature_collection  # noqa: E402
from geo.extract import extract  # noqa: E402
from geo.profile import load_profiles  # noqa: E402
from geo.theatre import detect_runs  # noqa: E402

PUBLISHED = dt.date(2020, 10, 14)
#: Module (path relative to the repository) -> the stage it is counted in.
_STAGES = {
    "geo/extract/reader.py": "extraction: driver (sentence loop, rows, merging the article's rows)",
    "geo/extract/tokens.py": "extraction: paragraphs, sentences, tokens",
    "geo/extract/attribution.py": "extraction: attribution (who speaks)",
    "geo/extract/triggers.py": "extraction: triggers (attack words, type, attacker)",
    "geo/extract/places.py": "extraction: places (slots, containers)",
    "geo/extract/dates.py": "extraction: dates",
    "geo/extract/casualties.py": "extraction: casualties",
    "geo/model.py": "extraction: making the Events (model.py)",
    "gazetteer/": "extraction: gazetteer look-ups",
}


def _stage(filename: str) -> str | None:
    rel = filename.replace(str(ROOT) + "/", "")
    for prefix, stage in _STAGES.items():
        if rel.startswith(prefix):
            return stage
    return None


def _split(stats: pstats.Stats) -> dict[str, float]:
    """Own time per stage; a function outside the stages (a built-in, the standard library) counts
    for the stage of its callers, in proportion to the time it spent for each."""
    raw = stats.stats  # func -> (cc, nc, tt, ct, callers{func: (cc, nc, tt, ct)})
    memo: dict = {}

    def owner(func, depth=0) -> dict[str, float]:
        """Shares of the stages on whose behalf ``func`` ran."""
        if func in memo:
            return memo[func]
        stage = _stage(func[0])
        if stage is not None:
            memo[func] = {stage: 1.0}
            return memo[func]
        memo[func] = {"extraction: other": 1.0}  # (a cycle, or nothing of ours above)
        callers = raw[func][4] if func in raw else {}
        total = sum(v[2] for v in callers.values()) or sum(v[3] for v in callers.values())
        if depth > 20 or not callers or total <= 0:
            return memo[func]
        out: dict[str, float] = {}
        for caller, v in callers.items():
            w = (v[2] if sum(x[2] for x in callers.values()) > 0 else v[3]) / total
            for st, share in owner(caller, depth + 1).items():
                out[st] = out.get(st, 0.0) + w * share
        memo[func] = out
        return out

    shares: dict[str, float] = {}
    for func, (_cc, _nc, tt, _ct, _callers) in raw.items():
        for st, share in owner(func).items():
            shares[st] = shares.get(st, 0.0) + tt * share
    return shares


def _lines(fn, texts: list[str]) -> float:
    """Python lines executed per call of ``fn`` on each text (a measure of work the load does not move)."""
    count = [0]

    def trace(_frame, event, _arg):
        if event == "line":
            count[0] += 1
        return trace

    sys.settrace(lambda *_a: trace)
    try:
        for t in texts:
            fn(t)
    finally:
        sys.settrace(None)
    return count[0] / len(texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    n, rounds = args.n, args.repeat
    seed = read_articles(ROOT / "seeds" / "000_4b532d8d9de71b80.txt")[0].text
    gz = Gazetteer.load()
    profiles = tuple(load_profiles())
    karabakh = next(p for p in profiles if p.id == "karabakh")
    texts = [f"{seed}\n\n{i}" for i in range(n * (rounds + 1))]
    for t in texts[-50:]:  # the run's memo of names, as after the CLI's first articles
        detect_runs(t, gz, profiles)
        extract(t, gz, karabakh, PUBLISHED)
    times: dict[str, list[float]] = {k: [] for k in ("read", "detect", "extract", "output")}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            batch = texts[n * r:n * (r + 1)]
            path = Path(tmp) / f"round{r}.jsonl"
            path.write_text("".join(json.dumps({"name": f"seed{i}", "text": t, "published": "2020-10-14"},
                                               ensure_ascii=False) + "\n" for i, t in enumerate(batch)), encoding="utf-8")
            c = time.process_time()
            read_file(path)
            times["read"].append(time.process_time() - c)
            c = time.process_time()
            for t in batch:
                detect_runs(t, gz, profiles)
            times["detect"].append(time.process_time() - c)
            events = []
            c = time.process_time()
            for i, t in enumerate(batch):
                events.extend(extract(t, gz, karabakh, PUBLISHED, article=f"seed{i}").events)
            times["extract"].append(time.process_time() - c)
            c = time.process_time()
            json.dumps(to_feature_collection(events), ensure_ascii=False, check_circular=False)
            times["output"].append(time.process_time() - c)
    ms = {k: statistics.median(v) / n * 1000 for k, v in times.items()}
    prof = cProfile.Profile()
    prof.enable()
    for t in texts[n * rounds:n * (rounds + 1)]:
        extract(t, gz, karabakh, PUBLISHED)
    prof.disable()
    shares = _split(pstats.Stats(prof))
    probe = texts[n * rounds:n * rounds + 20]
    lines = {"detect": _lines(lambda t: detect_runs(t, gz, profiles), probe),
             "extract": _lines(lambda t: extract(t, gz, karabakh, PUBLISHED), probe)}
    total = sum(shares.values())
    rows = [("reading the .jsonl file (geo.articles)", ms["read"], ""),
            ("theatre detection (geo.theatre)", ms["detect"], f"{lines['detect']:,.0f}")]
    rows += [(f"{st}", ms["extract"] * s / total, "") for st, s in sorted(shares.items(), key=lambda kv: -kv[1])]
    rows += [("extraction, all of it (geo.extract)", ms["extract"], f"{lines['extract']:,.0f}"),
             ("GeoJSON features and json.dumps (geo.feature)", ms["output"], "")]
    whole = ms["read"] + ms["detect"] + ms["extract"] + ms["output"]
    print(f"| stage (seed article, {n} copies, median of {rounds} rounds, CPU) | ms per article | share "
          f"| Python lines per article |")
    print("|---|---:|---:|---:|")
    for name, v, work in rows:
        print(f"| {name} | {v:.3f} | {v / whole:.0%} | {work} |")
    print(f"| **all stages** (the CLI's marginal cost, start-up aside) | **{whole:.3f}** | "
          f"{1000 / whole:,.0f} articles/s | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
