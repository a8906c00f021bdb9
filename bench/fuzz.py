"""The long run of the fuzz test (issue 13): 10,000 random cases through every property of
``tests/test_fuzz.py``, with a table of cases, time and result per property.

    python bench/fuzz.py            # 10,000 cases in all
    python bench/fuzz.py --cases 1000

Random inputs differ at each run (not derandomised); a failure prints the smallest example found.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROPERTIES = {
    "reading": "test_reading_any_file_gives_articles_or_our_error",
    "extracting": "test_extracting_any_article_gives_events_or_our_error",
    "batch": "test_a_batch_with_random_files_still_stores_its_good_file",
    "exporting": "test_exporting_any_events_gives_bytes_or_our_error",
    "filter": "test_any_filter_is_a_query_or_our_error",
    "resolve": "test_gazetteer_resolve_answers_one_line_per_line",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=10_000, help="random cases in all (default 10,000)")
    args = ap.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="conflictmap-fuzz-"))
    os.environ["CONFLICTMAP_CACHE_DIR"] = os.environ.get("CONFLICTMAP_CACHE_DIR") or str(scratch / "cache")
    os.environ["CONFLICTMAP_DATA_DIR"] = str(scratch / "data")
    os.environ.pop("DATABASE_URL", None)
    os.environ["CONFLICTMAP_FUZZ_CASES"] = str(args.cases)
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(scratch / "hypothesis"))
    try:
        return _run(args)
    finally:
        import shutil

        shutil.rmtree(scratch, ignore_errors=True)  # the scratch store, data and examples: nothing is left behind


def _run(args) -> int:
    import tests.test_fuzz as fuzz
    from tests.common import gazetteer

    gazetteer()  # load the index before timing
    start_all = time.perf_counter()
    rows, failed = [], 0
    for prop, name in PROPERTIES.items():
        test = getattr(fuzz, name)
        n = fuzz.cases(prop).max_examples
        start = time.perf_counter()
        try:
            test()
            result = "ok"
        except Exception as err:  # noqa: BLE001 - a failing property is reported, the others still run
            failed += 1
            result = f"FAIL {type(err).__name__}"
            traceback.print_exc(file=sys.stderr)
        rows.append((prop, n, time.perf_counter() - start, result))
    width = max(len(r[0]) for r in rows)
    print(f"{'property':<{width}}  {'cases':>6}  {'seconds':>8}  result")
    for name, n, secs, result in rows:
        print(f"{name:<{width}}  {n:>6}  {secs:>8.1f}  {result}")
    print(f"{'total':<{width}}  {sum(r[1] for r in rows):>6}  {time.perf_counter() - start_all:>8.1f}  "
          f"{'ok' if not failed else f'{failed} failed'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
