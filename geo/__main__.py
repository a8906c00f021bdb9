"""Command line: ``python -m geo extract FILE... [--published YYYY-MM-DD] [--profile NAME]``."""

from __future__ import annotations

import argparse
import json
import sys

from .cli_service import add_service_commands
from .errors import GeoError


def _extract(args: argparse.Namespace) -> int:
    from gazetteer import Gazetteer, GazetteerError

    from .articles import check_profile_name, parse_published, printable, read_file
    from .cli_store import expand_paths, report_file
    from .export import to_feature_collection
    from .pipeline import extract_article
    from .profile import load_profile, load_profiles

    try:
        published = parse_published(args.published, "--published") if args.published else None
        profile = load_profile(check_profile_name(args.profile, "--profile")) if args.profile else None
    except GeoError as err:
        print(printable(f"error: {err}"), file=sys.stderr)
        return 2
    files, bad = expand_paths(args.files)
    for line in bad:
        print(printable(f"error: {line}"), file=sys.stderr)
    status = 2 if bad else 0
    gz = None
    profiles = None  # every profile, read once for the run (theatre detection weighs them all)
    events = []
    for path in files:
        try:
            got = read_file(path)
        except GeoError as err:
            print(printable(f"error: {err}"), file=sys.stderr)
            status = 2
            continue
        if report_file(got, lambda m: print(m, file=sys.stderr)):
            status = 2
        for article in got.articles:
            try:
                if gz is None:
                    gz = _load_gazetteer(Gazetteer)
                if profiles is None and profile is None and not article.profile:
                    profiles = load_profiles()
                ex = extract_article(article, gz, profile=profile, published=published, profiles=profiles)
            except GazetteerError as err:
                print(printable(f"error: gazetteer: {err}"), file=sys.stderr)
                return 2
            except GeoError as err:
                msg = str(err)
                print(printable(f"error: {msg if str(path) in msg else f'{path}: {msg}'}"), file=sys.stderr)
                status = 2
                continue
            if published is None and article.published is None:
                print(printable(f"warning: {path}: {article.name}: no publication date; its events are undated "
                                "unless the text dates them (give --published YYYY-MM-DD)"), file=sys.stderr)
            events.extend(ex.events)
    # one string written at once: json.dump would stream it in thousands of small pieces
    # (features are new dicts and lists, never shared: no check for circular references)
    sys.stdout.write(json.dumps(to_feature_collection(events), ensure_ascii=False, indent=1 if args.pretty else None,
                                check_circular=False))
    sys.stdout.write("\n")
    return status


def _load_gazetteer(cls):
    """The gazetteer, loaded with the cyclic garbage collector paused: the load makes hundreds of
    thousands of objects and no garbage cycles, and the collector would walk them all several times
    over (about a tenth of the command's start-up); then frozen, so later collections skip them."""
    import gc

    was = gc.isenabled()
    gc.disable()
    try:
        return cls.load()
    finally:
        if was:
            gc.enable()
            gc.freeze()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m geo", description="Claimed strikes from Arabic news, on a map.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the events of article files as a GeoJSON FeatureCollection")
    p.add_argument("files", nargs="+", help=".txt (optional 'key: value' header), .html or .jsonl files, "
                                            "folders (searched recursively) or globs")
    p.add_argument("--published", help="publication date YYYY-MM-DD (else each file's 'published:' header)")
    p.add_argument("--profile", help="conflict profile (default: the file's 'profile:' header, else detected from the text)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.set_defaults(func=_extract)
    from .cli_store import add_commands

    add_commands(sub)
    add_service_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    import warnings

    warnings.formatwarning = lambda message, *a, **k: f"warning: {message}\n"  # one line, no source line
    from .cli_store import run_guarded

    args = build_parser().parse_args(argv)
    return run_guarded(args.func, args)


if __name__ == "__main__":
    sys.exit(main())
