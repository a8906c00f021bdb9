"""Command line: ``python -m geo extract FILE... [--published YYYY-MM-DD] [--profile NAME]``."""

from __future__ import annotations

import argparse
import json
import sys

from .cli_service import add_service_commands
from .errors import GeoError


def _extract(args: argparse.Namespace) -> int:
    from gazetteer import Gazetteer, GazetteerError

    from .articles import read_articles
    from .export import to_feature_collection
    from .model import parse_date
    from .pipeline import extract_article
    from .profile import load_profile

    try:
        published = parse_date(args.published, what="--published") if args.published else None
        profile = load_profile(args.profile) if args.profile else None
    except GeoError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        gz = Gazetteer.load()
    except GazetteerError as err:
        print(f"error: gazetteer: {err}", file=sys.stderr)
        return 2
    events = []
    status = 0
    for path in args.files:
        try:
            for article in read_articles(path):
                events.extend(extract_article(article, gz, profile=profile, published=published).events)
        except GeoError as err:
            print(f"error: {err}", file=sys.stderr)
            status = 2
    json.dump(to_feature_collection(events), sys.stdout, ensure_ascii=False, indent=1 if args.pretty else None)
    sys.stdout.write("\n")
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description="Claimed strikes from Arabic news, on a map.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the events of article files as a GeoJSON FeatureCollection")
    p.add_argument("files", nargs="+", help=".txt (optional 'key: value' header), .html or .jsonl files")
    p.add_argument("--published", help="publication date YYYY-MM-DD (else each file's 'published:' header)")
    p.add_argument("--profile", help="conflict profile (default: the file's 'profile:' header, else karabakh)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(func=_extract)
    from .cli_store import add_commands

    add_commands(sub)
    add_service_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
