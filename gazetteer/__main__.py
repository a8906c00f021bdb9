"""Command line of the gazetteer.

``python -m gazetteer resolve`` reads names on stdin, one a line, and prints one TSV line each:
input, lat, lon, English name, ISO country code, place id (empty fields when unresolved).
``python -m gazetteer candidates NAME [--profile karabakh] [-k 5]`` prints ranked candidates
with their scores and reasons.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .errors import GazetteerError
from .gazetteer import DATA_DIR, Gazetteer, Theatre


def _theatre(name: str | None) -> Theatre | None:
    if not name:
        return None
    path = Path(name) if name.endswith(".json") else DATA_DIR / "profiles" / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        known = sorted(p.stem for p in (DATA_DIR / "profiles").glob("*.json") if p.stem != "common")
        raise GazetteerError(f"no readable profile {name!r} ({err}); available: {known}") from err
    return Theatre.from_dict(data.get("theatre", {}))


def _load(args) -> Gazetteer:
    gz = Gazetteer.load()
    if getattr(args, "online", False):
        from .gazetteer import _default_cache_dir
        from .online import NominatimFallback

        gz.online = NominatimFallback(cache_path=_default_cache_dir() / "nominatim.json")
    return gz


def _resolve(args) -> int:
    gz = _load(args)
    theatre = _theatre(args.profile)
    out = sys.stdout
    for line in sys.stdin:
        name = line.rstrip("\r\n")
        place = gz.lookup(name, theatre=theatre) if name.strip() else None
        if place is None:
            out.write(f"{name}\t\t\t\t\t\n")
        else:
            out.write(f"{name}\t{place.lat:.5f}\t{place.lon:.5f}\t{place.name_en}\t{place.country}\t{place.id}\n")
    return 0


def _candidates(args) -> int:
    gz = _load(args)
    theatre = _theatre(args.profile)
    cands = gz.candidates(args.name, args.k, theatre=theatre)
    if args.json:
        json.dump([c.as_dict() for c in cands], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0 if cands else 1
    if not cands:
        print(f"no candidates for {args.name!r}")
        return 1
    for rank, c in enumerate(cands, 1):
        p = c.place
        print(f"{rank}. {p.name_en} [{p.country}, {p.kind}] {p.lat:.4f},{p.lon:.4f}  id={p.id}  "
              f"score={c.score:.3f}  via '{c.matched}': {', '.join(c.reasons)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gazetteer", description="Arabic place-name gazetteer")
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("resolve", help="resolve names read from stdin, one a line, to TSV")
    r.add_argument("--profile", help="conflict profile whose theatre is the ranking prior (e.g. karabakh)")
    r.add_argument("--online", action="store_true",
                   help="ask OpenStreetMap Nominatim (1 request/s, cached) for names not found locally")
    r.set_defaults(func=_resolve)
    c = sub.add_parser("candidates", help="ranked candidates of one name, with reasons")
    c.add_argument("name")
    c.add_argument("--profile", help="conflict profile whose theatre is the ranking prior (e.g. karabakh)")
    c.add_argument("-k", type=int, default=5, help="how many candidates (default 5)")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.add_argument("--online", action="store_true",
                   help="ask OpenStreetMap Nominatim (1 request/s, cached) when nothing is found locally")
    c.set_defaults(func=_candidates)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except GazetteerError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    sys.exit(main())
