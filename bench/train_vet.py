"""Fit the vetting stage's model (``data/lang/vet.json``) on the development corpus.

    python bench/train_vet.py [--range 1-740] [--C 0.1] [--out data/lang/vet.json] [--dry-run]

Reads every article of the range with the rules only (no vetting), labels each event the rules find
as the evaluation does (``bench/eval_extract.py``: right when an expected event has its claimant and
stance and lies within the radius of its precision), fits a logistic regression (scikit-learn, L2,
``--C``) on the features of ``geo/extract/vet.py``, and prints what each threshold of the score
would do to the events, both cross-validated on the range (five folds by article: no article is
scored by a model fitted on it) and on the held-out rounds of ``bench/targets.py`` that are not in
the range (read, never fitted on). The default range stops before the last held-out rounds, so that
they stay a measure of text the model never saw. Writes the model (atomically) unless ``--dry-run``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_extract import CORPUS, _number, _same_place  # noqa: E402
from targets import HELD_OUT  # noqa: E402

from gazetteer import Gazetteer  # noqa: E402
from geo.articles import read_articles  # noqa: E402
from geo.extract.reader import read_rows, to_events  # noqa: E402
from geo.extract.vet import DEFAULT_MODEL_PATH, MIN_WORDS, VetModel, scored  # noqa: E402
from geo.profile import load_profile, load_profiles  # noqa: E402
from geo.theatre import detect_runs  # noqa: E402

_UNWEIGHED = "kind=country"  # the mark of an event vet() keeps whatever its score
THRESHOLDS = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5)


def _span(text: str) -> range:
    lo, _, hi = text.partition("-")
    return range(int(lo), int(hi or lo) + 1)


def examples(gz: Gazetteer, numbers: range, corpus: Path = CORPUS) -> tuple[list[tuple[str, list[str], bool]], int]:
    """(article, features, right) for every event the rules find on the articles so numbered, and the
    number of events expected there."""
    out, expected_n = [], 0
    zero = VetModel(0.0, {})
    profiles = None
    for path in sorted(corpus.glob("*.txt")):
        if _number(path) not in numbers:
            continue
        article = read_articles(path)[0]
        expected = [json.loads(x) for x in path.with_name(path.name[:-4] + ".expected.jsonl").read_text(
            encoding="utf-8").splitlines() if x.strip()]
        expected_n += len(expected)
        if article.profile:
            runs = [(article.text, load_profile(article.profile))]
        else:
            profiles = profiles or load_profiles()
            by_id = {p.id: p for p in profiles}
            _, found = detect_runs(article.text, gz, profiles, title=article.title)
            runs = [(article.text[r.start:r.end], by_id.get(r.profile) or load_profile(r.profile)) for r in found]
        unmatched = list(expected)
        for text, profile in runs:
            rows, reader = read_rows(text, gz, profile, article.published, source=article.source, title=article.title)
            feats = scored(rows, text, reader.published, zero, fallback=profile.fallback_party,
                           own_voice=reader.voice != profile.fallback_party, lexicon=reader.lx)
            for (_, _, f), ev in zip(feats, to_events(rows, profile)):
                hit = next((x for x in unmatched if x["claimant"] == ev.claimant
                            and x.get("stance", "claim") == ev.stance and _same_place(ev, x)), None)
                if hit is not None:
                    unmatched.remove(hit)
                # (what vet() leaves alone, a country or an event of a short text, is marked so: kept)
                out.append((path.name, f if len(text.split()) >= MIN_WORDS else [*f, _UNWEIGHED], hit is not None))
    return out, expected_n


def _table(title: str, probs, labels, expected_n: int) -> str:
    # (what vet() does: a country is kept whatever its score)
    lines = [f"\n{title}", "| min score | right | false | missed | precision | recall | F1 |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for t in THRESHOLDS:
        tp = sum(1 for p, y in zip(probs, labels) if p >= t and y)
        fp = sum(1 for p, y in zip(probs, labels) if p >= t and not y)
        fn = expected_n - tp
        lines.append(f"| {t:.2f} | {tp} | {fp} | {fn} | {tp / max(1, tp + fp):.3f} | {tp / max(1, tp + fn):.3f} | "
                     f"{2 * tp / max(1, 2 * tp + fp + fn):.3f} |")
    return "\n".join(lines)


def fit(train: list[tuple[str, list[str], bool]], C: float) -> VetModel:
    """A logistic regression over the examples' features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([dict.fromkeys(f, 1) for _, f, _ in train])
    m = LogisticRegression(C=C, max_iter=5000).fit(X, [y for _, _, y in train])
    weights = {name: float(w) for name, w in zip(vec.feature_names_, m.coef_[0]) if abs(w) >= 1e-4}
    return VetModel(float(m.intercept_[0]), weights)


def cross_validated(train, C: float, folds: int = 5) -> list[float]:
    """Each example scored by a model fitted on the other articles' folds."""
    arts = sorted({a for a, _, _ in train})
    fold_of = {a: n % folds for n, a in enumerate(arts)}
    probs = [0.0] * len(train)
    for k in range(folds):
        model = fit([x for x in train if fold_of[x[0]] != k], C)
        for n, x in enumerate(train):
            if fold_of[x[0]] == k:
                probs[n] = model.score(x[1])
    return probs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--range", default="1-740", help="articles to fit on (default 1-740: the rounds after it stay held out)")
    ap.add_argument("--C", type=float, default=0.1, help="inverse strength of the L2 penalty (default 0.1)")
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL_PATH, help="where to write the model")
    ap.add_argument("--drop", default="", help="comma-separated feature prefixes to leave out (e.g. nrows=,pos=)")
    ap.add_argument("--no-held-out", action="store_true", help="skip the held-out rounds' tables")
    ap.add_argument("--dry-run", action="store_true", help="print the tables, write nothing")
    args = ap.parse_args(argv)
    numbers = _span(args.range)
    gz = Gazetteer.load()
    train, expected_n = examples(gz, numbers)
    drop = tuple(x for x in args.drop.split(",") if x)
    if drop:
        train = [(a, [x for x in f if not x.startswith(drop)], y) for a, f, y in train]
    if not train:
        print(f"no events found on articles {args.range}", file=sys.stderr)
        return 1
    probs = [1.0 if _UNWEIGHED in f else p for (_, f, _), p in zip(train, cross_validated(train, args.C))]
    print(_table(f"cross-validated on {args.range} ({len(train)} events found, {expected_n} expected)",
                 probs, [y for _, _, y in train], expected_n))
    model = fit(train, args.C)
    held = [] if args.no_held_out else [r for r, _ in HELD_OUT if _span(r).start > numbers.stop - 1]
    for r in held:
        test, n = examples(gz, _span(r))
        print(_table(f"held out {r} (never fitted on)", [1.0 if _UNWEIGHED in f else model.score(f) for _, f, _ in test],
                     [y for _, _, y in test], n))
    if args.dry_run:
        return 0
    meta = {"about": "the vetting stage's logistic model (geo/extract/vet.py); made by bench/train_vet.py",
            "trained_on": f"data/eval/articles {args.range}", "events": len(train), "C": args.C}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=args.out.parent, prefix=args.out.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(model.to_json(**meta))
    os.chmod(tmp, 0o644)
    os.replace(tmp, args.out)
    print(f"\nwrote {args.out} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
