"""Theatre detection accuracy: every article of the development corpus read WITHOUT its `profile:`
header, the detected profile compared with the header; per theatre, with confidence and time.

    python bench/eval_theatre.py [--errors] [--realdev DIR]

Also, when it exists (never in tests), the paraphrased real reports of ``../shared/realdev``: their
theatre is taken from the table of that folder's README (one row per article).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gazetteer import Gazetteer  # noqa: E402
from geo.articles import read_articles  # noqa: E402
from geo.profile import load_profiles  # noqa: E402
from geo.theatre import detect_runs  # noqa: E402

CORPUS = ROOT / "data" / "eval" / "articles"
REALDEV = ROOT.parent / "shared" / "realdev"
#: Words of the realdev README's theatre column -> profile id (first match wins).
THEATRE_WORDS = [("karabakh", "karabakh"), ("armenia", "karabakh"), ("syria", "syria"), ("lebanon", "israel_lebanon"),
                 ("gaza", "gaza"), ("west bank", "gaza"), ("yemen", "yemen"), ("red sea", "yemen"),
                 ("sudan", "sudan"), ("iraq", "iraq"), ("libya", "libya"), ("ukraine", "ukraine")]


def realdev_truth(folder: Path) -> dict[str, str]:
    truth = {}
    readme = folder / "README.md"
    if not readme.exists():
        return truth
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*(p\d+)\s*\|\s*([^|]+)\|", line)
        if m:
            what = m.group(2).lower()
            truth[m.group(1)] = next((pid for word, pid in THEATRE_WORDS if word in what), "?")
    return truth


def evaluate(label: str, items: list[tuple[str, str, object]], gz, profiles, errors: bool) -> list[tuple]:
    """items: (name, true profile, article). Returns table rows."""
    per = defaultdict(lambda: [0, 0, 0.0, 0])  # theatre -> [n, right, confidence sum, split]
    elapsed = 0.0
    for name, truth, art in items:
        t0 = time.perf_counter()
        det, runs = detect_runs(art.text, gz, profiles, title=art.title)
        elapsed += time.perf_counter() - t0
        row = per[truth]
        row[0] += 1
        row[1] += det.profile == truth
        row[2] += det.confidence
        row[3] += len(runs) > 1
        if errors and (det.profile != truth or len(runs) > 1):
            print(f"{label}\t{name}\t{truth} -> {det.profile} ({det.confidence:.2f})"
                  f"{' runs ' + ' '.join(r.profile for r in runs) if len(runs) > 1 else ''}\t{det.reasons[:3]}")
    rows = []
    for theatre in sorted(per):
        n, right, conf, split = per[theatre]
        rows.append((label, theatre, n, right, right / n, conf / n, split))
    n = sum(r[2] for r in rows)
    right = sum(r[3] for r in rows)
    conf = sum(r[5] * r[2] for r in rows)
    rows.append((label, "all", n, right, right / n if n else 0.0, conf / n if n else 0.0, sum(r[6] for r in rows)))
    rows[-1] = (*rows[-1], f"{1000 * elapsed / max(1, n):.2f}")
    return rows


def roundups(label: str, items: list[tuple[str, str, object]], gz, profiles, errors: bool) -> tuple:
    """Each article followed by the next one of another theatre, as one text (a roundup): are the runs
    the two theatres, in order, split exactly where the second article starts?"""
    pairs = []
    for k, (name, truth, art) in enumerate(items):
        other = next((it for it in items[k + 1:] + items[:k] if it[1] != truth), None)
        if other is not None:
            pairs.append((name, truth, art, other))
    right = exact = 0
    for name, truth, art, (name2, truth2, art2) in pairs:
        first = f"{art.title}\n\n{art.text}" if art.title and not art.text.startswith(art.title) else art.text
        second = f"{art2.title}\n\n{art2.text}" if art2.title and not art2.text.startswith(art2.title) else art2.text
        text = first.rstrip() + "\n\n" + second
        _det, runs = detect_runs(text, gz, profiles)
        got = [r.profile for r in runs]
        ok = got == [truth, truth2]
        right += ok
        exact += ok and runs[1].start == len(first.rstrip()) + 2
        if errors and not (ok and runs[1].start == len(first.rstrip()) + 2):
            print(f"{label} roundup\t{name}+{name2}\t{truth}+{truth2} -> {'+'.join(got)} "
                  f"{[(r.start, r.end) for r in runs]} join at {len(first.rstrip()) + 2}")
    return label, len(pairs), right, exact


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="print every wrong detection and every split")
    ap.add_argument("--realdev", type=Path, default=REALDEV, help="folder of the paraphrased real reports")
    args = ap.parse_args(argv)
    gz = Gazetteer.load()
    profiles = load_profiles()
    dev = []
    for path in sorted(CORPUS.glob("*.txt")):
        art = read_articles(path)[0]
        dev.append((path.name, art.profile or "karabakh", art))
    detect_runs(dev[0][2].text, gz, profiles)  # warm up: the phrase index is built once per profile set
    rows = evaluate("dev corpus", dev, gz, profiles, args.errors)
    mixed = [roundups("dev corpus", dev, gz, profiles, args.errors)]
    truth = realdev_truth(args.realdev)
    if truth:
        real = [(p.stem, truth.get(p.stem, "?"), read_articles(p)[0]) for p in sorted((args.realdev / "articles").glob("p*.txt"))]
        rows += evaluate("realdev", real, gz, profiles, args.errors)
        mixed.append(roundups("realdev", real, gz, profiles, args.errors))
    print("| corpus | theatre | articles | right | accuracy | mean confidence | split into runs | ms/article |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        ms = r[7] if len(r) > 7 else ""
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {100 * r[4]:.1f} % | {r[5]:.2f} | {r[6]} | {ms} |")
    print()
    print("| roundups (article + next article of another theatre) | pairs | runs right | split exactly at the join |")
    print("|---|---:|---:|---:|")
    for label, n, right, exact in mixed:
        print(f"| {label} | {n} | {right} ({100 * right / max(1, n):.0f} %) | {exact} ({100 * exact / max(1, n):.0f} %) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
