"""Command line of the gazetteer.

``python -m gazetteer resolve`` reads names on stdin, one a line, and prints one TSV line each:
input, lat, lon, English name, ISO country code, place id (empty fields when unresolved).
``python -m gazetteer candidates NAME [--profile karabakh] [-k 5]`` prints ranked candidates
with their scores and reasons.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys

from .errors import GazetteerError, GazetteerInputError
from .gazetteer import DATA_DIR, Gazetteer, Theatre


#: Longest name ``resolve`` and ``candidates`` look up (README "Limits"); a longer line is reported, not searched.
MAX_NAME_CHARS = 200
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def _theatre(name: str | None) -> Theatre | None:
    if not name:
        return None
    known = sorted(p.stem for p in (DATA_DIR / "profiles").glob("*.json") if p.stem != "common")
    if not _PROFILE_NAME.match(name) or name not in known:
        raise GazetteerInputError(f"--profile must be the name of a conflict profile, got {name[:80]!r}; "
                                  f"available: {known}")
    path = DATA_DIR / "profiles" / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Theatre.from_dict(data.get("theatre", {}))
    except (OSError, ValueError, TypeError, AttributeError) as err:
        raise GazetteerError(f"profile {name!r} is not readable ({err}); available: {known}") from err


def _load(args) -> Gazetteer:
    gz = Gazetteer.load()
    if getattr(args, "online", False):
        from .gazetteer import _default_cache_dir
        from .online import NominatimFallback

        gz.online = NominatimFallback(cache_path=_default_cache_dir() / "nominatim.json")
    return gz


def _decode_line(raw: bytes) -> str | None:
    """One line of stdin as text: UTF-8, else Windows Arabic (cp1256) when it reads as Arabic; None if neither."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1256")
    except UnicodeDecodeError:
        return None
    return text if re.search(r"[\u0621-\u064A]", text) and not re.search(r"[\x00-\x08\x0e-\x1f]", text) else None


#: Bytes of one stdin line read at most: the rest of a longer line is skipped unread into memory.
_MAX_LINE_BYTES = 4 * MAX_NAME_CHARS + 2


def _stdin_lines(stream):
    """(bytes of a line, at most ``_MAX_LINE_BYTES``; its full length in bytes) for each line of ``stream``.

    A UTF-16 or UTF-32 stream (with its byte order mark) is read as text and given back as UTF-8 lines;
    a line of any length costs bounded memory (a 2 GB line is skipped, not read whole).
    """
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    wide = next((codec for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                                          (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")) if head.startswith(bom)),
                None)
    if wide:
        import io

        text = io.TextIOWrapper(stream, encoding=wide, errors="replace", newline=None)

        def read(limit):
            return text.readline(limit).encode("utf-8")
    else:
        read = stream.readline
    while True:
        line = read(_MAX_LINE_BYTES)
        if not line:
            return
        size, part = len(line), line
        while not part.endswith(b"\n"):  # the rest of a long line: counted, not kept
            part = read(1 << 16)
            if not part:
                break
            size += len(part)
        yield line, size


def _resolve(args) -> int:
    gz = _load(args)
    theatre = _theatre(args.profile)
    out = sys.stdout
    status = 0
    for n, (raw, size) in enumerate(_stdin_lines(sys.stdin.buffer), start=1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if size > _MAX_LINE_BYTES:
            print(f"error: stdin line {n}: {size:,} bytes; a name has at most {MAX_NAME_CHARS} characters; skipped",
                  file=sys.stderr)
            out.write("\t\t\t\t\t\n")
            status = 2
            continue
        text = _decode_line(raw.rstrip(b"\r\n"))
        if text is None:
            print(f"error: stdin line {n}: not UTF-8 or Windows Arabic (cp1256) text; skipped", file=sys.stderr)
            out.write("\t\t\t\t\t\n")
            status = 2
            continue
        name = text.replace("\x00", "").replace("\t", " ")
        if len(name) > MAX_NAME_CHARS:
            print(f"error: stdin line {n}: a name of {len(name):,} characters; at most {MAX_NAME_CHARS} are looked up",
                  file=sys.stderr)
            out.write(f"{name[:MAX_NAME_CHARS]}…\t\t\t\t\t\n")
            status = 2
            continue
        place = gz.lookup(name, theatre=theatre) if name.strip() else None
        if place is None:
            out.write(f"{name}\t\t\t\t\t\n")
        else:
            out.write(f"{name}\t{place.lat:.5f}\t{place.lon:.5f}\t{place.name_en}\t{place.country}\t{place.id}\n")
    return status


def _candidates(args) -> int:
    if len(args.name) > MAX_NAME_CHARS:
        raise GazetteerInputError(f"a name of {len(args.name):,} characters; at most {MAX_NAME_CHARS} are looked up")
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
    import warnings

    warnings.formatwarning = lambda message, *a, **k: f"warning: {message}\n"  # one line, no source line
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
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    sys.exit(main())
