"""Before/after check of the extractor: every event of the dev corpus and the seeds, event by event.

    python bench/compare_extract.py dump OUT.jsonl      # every event as one canonical JSON line
    python bench/compare_extract.py compare A.jsonl B.jsonl

Run ``dump`` on the code before a change and after it, then ``compare``: it prints every
difference and exits 1 when there is one. The same articles are read as ``bench/eval_extract.py``
reads them (each file's own date and profile; the seeds with their header dates).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from geo.articles import read_articles  # noqa: E402
from geo.pipeline import extract_article  # noqa: E402
from geo.profile import available_profiles  # noqa: E402

#: The seeds carry no date header: they are read as of this day (as in the README).
SEED_DATE = "2020-10-14"
FILES = [*sorted((ROOT / "data" / "eval" / "articles").glob("*.txt")), *sorted((ROOT / "seeds").glob("*.txt"))]


def _canon(value):
    if isinstance(value, (list, tuple)):
        return [_canon(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def dump(out: Path) -> int:
    gz = Gazetteer.load()
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for path in FILES:
            for k, article in enumerate(read_articles(path)):
                if (article.profile or "karabakh") not in available_profiles():
                    continue
                got = extract_article(article, gz, published=None if article.published else SEED_DATE)
                for i, ev in enumerate(got.events):
                    row = {f.name: _canon(getattr(ev, f.name)) for f in dataclasses.fields(ev)}
                    fh.write(json.dumps({"file": path.name, "article": k, "n": i, "event": row},
                                        ensure_ascii=False, sort_keys=True) + "\n")
                    n += 1
                fh.write(json.dumps({"file": path.name, "article": k, "unresolved": got.unresolved},
                                    ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{n} events of {len(FILES)} files -> {out}")
    return 0


def compare(a: Path, b: Path) -> int:
    la = a.read_text(encoding="utf-8").splitlines()
    lb = b.read_text(encoding="utf-8").splitlines()
    ka = {(r["file"], r["article"], r.get("n", -1)): r for r in map(json.loads, la)}
    kb = {(r["file"], r["article"], r.get("n", -1)): r for r in map(json.loads, lb)}
    diffs = 0
    for key in sorted(set(ka) | set(kb)):
        x, y = ka.get(key), kb.get(key)
        if x == y:
            continue
        diffs += 1
        if x is None or y is None:
            print(f"{key}: only in {'B' if x is None else 'A'}: {json.dumps(x or y, ensure_ascii=False)[:300]}")
            continue
        fields = sorted(k for k in set(x.get("event", x)) | set(y.get("event", y))
                        if x.get("event", x).get(k) != y.get("event", y).get(k))
        for f in fields:
            print(f"{key} {f}: {x.get('event', x).get(f)!r} != {y.get('event', y).get(f)!r}")
    print(f"{len(ka)} vs {len(kb)} lines, {diffs} differing: {'IDENTICAL' if not diffs else 'DIFFERENT'}")
    return 1 if diffs else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    return dump(args.out) if args.cmd == "dump" else compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
