"""Command line for the event store: ``ingest``, ``export``, ``stats``, ``reextract``.

``add_commands(subparsers)`` adds them to ``python -m geo``; each handler takes the parsed
arguments and returns the exit status: 0 fine, 1 the store failed, 2 a bad path, file or option
(the good files of a batch are still stored).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .articles import FORMATS as ARTICLE_SUFFIXES
from .articles import is_annotation_file, printable
from .errors import ExtractionError, GeoError, GeoInputError, StoreError

__all__ = ["add_commands", "expand_paths", "main", "run_guarded", "report_file", "EXIT_OK", "EXIT_STORE",
           "EXIT_INPUT", "MAX_BATCH_FILES"]

EXIT_OK, EXIT_STORE, EXIT_INPUT = 0, 1, 2
#: Most files one command reads (README "Limits"): past it, nothing is read and the error says so.
MAX_BATCH_FILES = 100_000
_DB_HELP = "database URL or SQLite file (default: $DATABASE_URL, else the embedded SQLite file)"


def _load_gazetteer():
    """The default gazetteer (a seam for tests); its errors become StoreError-like exit 1."""
    from gazetteer import Gazetteer, GazetteerError

    try:
        return Gazetteer.load()
    except GazetteerError as err:
        raise _GazetteerUnavailable(f"gazetteer: {err}") from err


class _GazetteerUnavailable(GeoError):
    """The gazetteer could not be loaded."""


def _err(message: str) -> None:
    from tqdm import tqdm

    tqdm.write(printable(f"error: {message}"), file=sys.stderr)  # a file name never breaks the line


def _open_store(args: argparse.Namespace, *, must_exist: bool = False):
    """The store of ``--db``; ``must_exist``: a command that only reads (export, stats, reextract) refuses an
    SQLite file that is not there rather than creating an empty store (a mistyped --db exported 0 events)."""
    from .store import EventStore, _resolve_url

    if must_exist and args.db:
        url = _resolve_url(args.db)
        if url.get_backend_name() == "sqlite" and not Path(url.database).exists():
            raise StoreError(f"no event store at {url.database} (ingest articles into it first, or check --db)")
    return EventStore(args.db)


def expand_paths(specs: list[str]) -> tuple[list[Path], list[str]]:
    """Files named by ``specs`` (files, folders searched recursively, globs) and one error line per bad spec."""
    files: list[Path] = []
    errors: list[str] = []

    def folder(p: Path) -> list[Path]:
        try:  # a folder can vanish or be unreadable while it is searched
            return sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in ARTICLE_SUFFIXES
                          and not is_annotation_file(q))
        except OSError as err:
            errors.append(f"{p}: cannot search the folder ({err.strerror or err})")
            return []

    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            found = folder(p)
            if not found:
                errors.append(f"{spec}: folder has no article files ({', '.join(ARTICLE_SUFFIXES)})")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        elif p.exists() and not glob.has_magic(spec):
            files.append(p)  # a device or pipe: read_file says what it is, not "no such file"
        elif p.is_symlink():
            errors.append(f"{spec}: a symbolic link to nothing ({os.readlink(p)})")
        elif glob.has_magic(spec):
            found = []
            for m in sorted(glob.glob(spec, recursive=True)):
                mp = Path(m)
                if mp.is_dir():
                    found.extend(folder(mp))
                elif mp.suffix.lower() in ARTICLE_SUFFIXES and not is_annotation_file(mp):
                    found.append(mp)
            if not found:
                errors.append(f"{spec}: no article file matches this pattern")
            files.extend(found)
        else:
            errors.append(f"{spec}: no such file or folder")
    unique = list(dict.fromkeys(files))
    if len(unique) > MAX_BATCH_FILES:
        errors.append(f"{len(unique):,} files given; at most {MAX_BATCH_FILES:,} are read in one batch "
                      "(split the batch); none was read")
        return [], errors
    return unique, errors


def report_file(got, say) -> bool:
    """Tell (through ``say``) the bad records of a file read and the encoding assumed; True if any record was bad."""
    if got.encoding != "utf-8":
        say(printable(f"note: {got.path}: read as {got.encoding} (not UTF-8)"))
    for problem in got.problems:
        say(printable(f"error: {problem}"))
    return bool(got.problems)


def run_guarded(func, args) -> int:
    """Run a command handler: a closed output pipe (``| head``) or Ctrl-C ends it quietly, and an
    unexpected exception is one line on stderr (exit 1), never a traceback."""
    import os

    try:
        return func(args)
    except BrokenPipeError:
        try:  # the reader went away: say nothing more, and let Python not complain at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_STORE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except GeoError as err:
        print(printable(f"error: {err}"), file=sys.stderr)
        return EXIT_INPUT if isinstance(err, GeoInputError) else EXIT_STORE
    except Exception as err:  # noqa: BLE001 - the last guard: one line, not a traceback
        print(f"error: unexpected {type(err).__name__}: {str(err)[:300]} (please report it)", file=sys.stderr)
        return EXIT_STORE


# --------------------------------------------------------------------------------------- ingest


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read article files, extract their events and store both."""
    from tqdm import tqdm

    from .articles import check_profile_name, parse_published, read_file
    from .pipeline import extract_article
    from .profile import load_profile, load_profiles

    try:
        published = parse_published(args.published, "--published") if args.published else None
        profile = load_profile(check_profile_name(args.profile, "--profile")) if args.profile else None
    except GeoError as err:
        _err(str(err))
        return EXIT_INPUT
    files, bad = expand_paths(args.paths)
    for line in bad:
        _err(line)
    try:
        store = _open_store(args)
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    added = present = failed = readings = merged = contested = 0
    unresolved: Counter[str] = Counter()
    status = EXIT_INPUT if bad else EXIT_OK
    gz = None
    profiles = None  # every profile, read once for the run (theatre detection weighs them all)
    with store, tqdm(total=len(files), unit="file", file=sys.stderr, disable=True if args.no_progress else None,
                     desc="ingest") as bar:
        for path in files:
            bar.update(1)
            try:
                got = read_file(path)
            except GeoError as err:
                _err(str(err))
                failed += 1
                status = EXIT_INPUT
                continue
            if report_file(got, lambda m: tqdm.write(m, file=sys.stderr)):
                failed += len(got.problems)
                status = EXIT_INPUT
            for art in got.articles:
                if published is not None:
                    art = replace(art, published=published)
                if args.profile:
                    art = replace(art, profile=args.profile)
                try:
                    if store.has_article(art.content_hash):
                        present += 1
                        continue
                    if gz is None:
                        gz = _load_gazetteer()
                    if profiles is None and profile is None and not art.profile:
                        profiles = load_profiles()
                    extraction = extract_article(art, gz, profile=profile, profiles=profiles)
                    result = store.add_article(art, extraction.events)
                except _GazetteerUnavailable as err:
                    _err(str(err))
                    return EXIT_STORE
                except (GeoInputError, ExtractionError) as err:
                    msg = str(err)
                    _err(msg if str(path) in msg else f"{path}: {msg}")
                    failed += 1
                    status = EXIT_INPUT
                    continue
                except StoreError as err:
                    _err(f"{path}: {err}")
                    failed += 1
                    status = max(status, EXIT_STORE)
                    continue
                if art.published is None:
                    tqdm.write(printable(f"warning: {path}: {art.name}: no publication date; stored with its events "
                                         "undated unless the text dates them (give --published YYYY-MM-DD)"),
                               file=sys.stderr)
                if result.added:
                    added += 1
                    readings += result.events
                    merged += result.merged
                    contested += result.contested
                    unresolved.update(extraction.unresolved)
                else:
                    present += 1
        url = store.url
    print(f"articles: {added} added, {present} already present, {failed} failed")
    print(f"events: {readings} new readings, {merged} merged with other sources, {contested} flagged contested")
    if unresolved:
        names = ", ".join(f"{n} ×{c}" if c > 1 else n for n, c in unresolved.most_common())
        print(f"unresolved names ({len(unresolved)}): {names}")
    else:
        print("unresolved names: none")
    print(f"store: {url}")
    return status


# --------------------------------------------------------------------------------------- export


def _filter_from_args(args: argparse.Namespace):
    from .store import EventFilter, parse_bbox

    return EventFilter(date_from=args.date_from, date_to=args.date_to, claimants=tuple(args.claimant or ()),
                       attackers=tuple(args.attacker or ()), event_types=tuple(args.type or ()),
                       precisions=tuple(args.precision or ()),
                       bbox=parse_bbox(args.bbox) if args.bbox else None, place=args.place, stance=args.stance,
                       undated=args.undated or "include")


def known_parties(store) -> list[str]:
    """Party ids a claimant or attacker filter may name: those of every profile and those stored."""
    from .profile import available_profiles, load_profile

    ids = set(store.stats().by_claimant)
    for name in available_profiles():
        try:
            ids.update(load_profile(name).party_ids)
        except GeoError:
            continue
    return sorted(ids)


def cmd_export(args: argparse.Namespace) -> int:
    """Write the stored events that match the filters to a GeoJSON, CSV or GeoPackage file (or stdout)."""
    from .export import FORMATS, ExportError, _check_target, to_bytes, write_bytes

    to_stdout = args.output == "-"
    out = Path(args.output)
    fmt = (args.format or ("geojson" if to_stdout else out.suffix.lstrip("."))).lower()
    fmt = "geojson" if fmt == "json" else fmt
    if fmt not in FORMATS:
        _err(f"export format must be one of {FORMATS} (--format or the file suffix), got {fmt or out.name!r}")
        return EXIT_INPUT
    try:
        flt = _filter_from_args(args)
        if not to_stdout:
            _check_target(out)  # before the query: a bad target is said at once
    except GeoInputError as err:
        _err(str(err))
        return EXIT_INPUT
    except ExportError as err:
        _err(str(err))
        return EXIT_INPUT
    try:
        with _open_store(args, must_exist=True) as store:
            parties = known_parties(store) if (flt.claimants or flt.attackers) else []
            for what, given in (("--claimant", flt.claimants), ("--attacker", flt.attackers)):
                unknown = [g for g in given if g not in parties]
                if unknown:
                    _err(f"{what} {', '.join(map(repr, unknown))} is not a known party; choose from {parties}")
                    return EXIT_INPUT
            events = store.events(flt, merged=not args.readings)
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    data = to_bytes(events, fmt)
    what = "readings" if args.readings else "events"
    undated = sum(1 for e in events if e.date is None)
    note = f"; {undated} undated (--undated exclude leaves them out)" if undated else ""
    if to_stdout:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        print(f"wrote {len(events)} {what} to stdout ({fmt}){note}", file=sys.stderr)
        return EXIT_OK
    try:
        write_bytes(out, data)
    except (ExportError, OSError) as err:
        _err(str(err))
        return EXIT_STORE
    print(printable(f"wrote {len(events)} {what} to {out} ({fmt}){note}"))
    return EXIT_OK


# --------------------------------------------------------------------------------------- stats


def cmd_stats(args: argparse.Namespace) -> int:
    """Print what the store holds."""
    try:
        with _open_store(args, must_exist=True) as store:
            st = store.stats()
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    if args.json:
        d = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in vars(st).items()}
        print(json.dumps(d, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"store: {st.url} ({st.backend})")
    print(f"articles: {st.articles}")
    print(f"events: {st.events} (from {st.readings} readings; {st.contested} contested)")
    print(f"corrections: {st.corrections}")
    dates = f"{st.date_from} .. {st.date_to}" if st.date_from else "none"
    print(f"dates: {dates}" + (f" (and {st.undated} undated events)" if st.undated else ""))
    for title, counts in (("by claimant", st.by_claimant), ("by type", st.by_type)):
        print(f"{title}:")
        width = max((len(k) for k in counts), default=0)
        for k, v in counts.items():
            print(f"  {k:<{width}}  {v}")
    return EXIT_OK


# --------------------------------------------------------------------------------------- reextract


def cmd_reextract(args: argparse.Namespace) -> int:
    """Read every stored article again with the current extractor; corrections survive."""
    from tqdm import tqdm

    from .service import reextract

    try:
        store = _open_store(args, must_exist=True)
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    with store:
        try:
            n = store.stats().articles
            gz = _load_gazetteer()
            with tqdm(total=n, unit="article", file=sys.stderr, desc="reextract",
                      disable=True if args.no_progress else None) as bar:
                res = reextract(store, gz, progress=bar.update)
        except (StoreError, _GazetteerUnavailable) as err:
            _err(str(err))
            return EXIT_STORE
    for line in res.failed:
        _err(f"{line} (its previous readings are kept)")
    print(f"articles: {res.articles} read again, {len(res.failed)} failed")
    print(f"readings: {res.readings_before} before, {res.readings_after} after")
    print(f"corrections: {res.corrections_applied} re-applied, {res.corrections_kept} kept without a machine reading")
    return EXIT_INPUT if res.failed else EXIT_OK


# --------------------------------------------------------------------------------------- parser


def add_commands(subparsers) -> None:
    """Add ``ingest``, ``export``, ``stats`` and ``reextract`` to an argparse subparsers object."""
    from .export import FORMATS
    from .model import EVENT_TYPES, PRECISIONS, STANCES

    p = subparsers.add_parser("ingest", help="extract events from article files and store them",
                              description="Read articles (.txt, .html, .jsonl; folders are searched recursively, "
                                          "globs are expanded), extract their events and store both. An article "
                                          "already stored (same text) is skipped.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article file, folder or glob")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for every article (overrides headers)")
    p.add_argument("--profile", help="conflict profile for every article (default: header, else karabakh)")
    p.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=cmd_ingest)

    p = subparsers.add_parser("export", help="write stored events to GeoJSON, CSV or GeoPackage",
                              description="Write the stored events that match every filter given.")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="file to write (atomically: a temporary file renamed into place); '-' for stdout "
                        "(GeoJSON unless --format)")
    p.add_argument("--format", choices=FORMATS, help="file format (default: from the file suffix)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day")
    p.add_argument("--claimant", action="append", metavar="PARTY", help="claimant party id (repeatable)")
    p.add_argument("--attacker", action="append", metavar="PARTY", help="attacker party id (repeatable)")
    p.add_argument("--type", action="append", metavar="TYPE", help=f"event type (repeatable): {', '.join(EVENT_TYPES)}")
    p.add_argument("--precision", action="append", metavar="P",
                   help=f"location precision (repeatable): {', '.join(PRECISIONS)}")
    p.add_argument("--stance", metavar="S", help=f"one of {', '.join(STANCES)}")
    p.add_argument("--bbox", metavar="S,W,N,E", help="bounding box in degrees: south,west,north,east")
    p.add_argument("--place", metavar="TEXT", help="part of the place name (Arabic or English)")
    p.add_argument("--undated", choices=("include", "only", "exclude"),
                   help="events of articles with no date: include them (default), only them, or exclude them")
    p.add_argument("--readings", action="store_true", help="every article's own reading instead of merged events")
    p.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("stats", help="counts of stored articles and events",
                              description="Counts by claimant and type, the date range, articles and corrections.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.set_defaults(func=cmd_stats)

    p = subparsers.add_parser("reextract", help="read every stored article again; corrections survive",
                              description="Re-run extraction over every stored article, replacing the machine's "
                                          "readings; a person's corrections are re-applied or kept.")
    p.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=cmd_reextract)


def main(argv: list[str] | None = None) -> int:
    """Run one store command (``python -m geo.cli_store``); ``python -m geo`` has the same commands."""
    parser = argparse.ArgumentParser(prog="python -m geo")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return run_guarded(args.func, args)


if __name__ == "__main__":
    sys.exit(main())
