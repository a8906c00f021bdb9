"""Command line of the live service: ``watch``, ``serve`` and ``alerts``.

``add_service_commands(subparsers)`` adds them to ``python -m geo`` (one line in ``build_parser``).
Exit status: 0 fine, 1 the store or server failed, 2 a bad option or file.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from .errors import GeoError, GeoInputError, StoreError

__all__ = ["add_service_commands"]

EXIT_OK, EXIT_STORE, EXIT_INPUT = 0, 1, 2
_DB_HELP = "database URL or SQLite file (default: $DATABASE_URL, else the embedded SQLite file)"


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


# --------------------------------------------------------------------------------------- watch


def cmd_watch(args: argparse.Namespace) -> int:
    """Poll feeds into the store: one pass with --once, else until stopped (SIGINT/SIGTERM)."""
    from .feeds import Feed, FeedList, load_feed_list, settings_from
    from .store import EventStore
    from .watch import Watcher

    _logging(args.verbose)
    try:
        fl = load_feed_list(args.feeds) if args.feeds else FeedList(())
        extra = tuple(Feed(u, kind="sitemap" if args.sitemap else "feed", profile=args.profile)
                      for u in args.urls)
        feeds = list(fl.feeds) + [f for f in extra if f.url not in {g.url for g in fl.feeds}]
        if not feeds:
            raise GeoInputError("no feeds to watch: give --feeds FILE (TOML) or feed URLs")
        overrides = dict(fl.settings)
        if args.interval is not None:
            overrides["interval_s"] = float(args.interval)
        settings = settings_from(overrides)
    except GeoInputError as err:
        _err(str(err))
        return EXIT_INPUT
    try:
        store = EventStore(args.db)
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    try:
        watcher = Watcher(store, feeds, settings=settings)
    except GeoInputError as err:
        store.close()
        _err(str(err))
        return EXIT_INPUT

    def report(rep) -> None:
        print(rep.line(), flush=True)
        for f in rep.feeds:
            print(f"  {f.line()}", flush=True)
            for m in f.messages:
                print(f"    {m}", flush=True)

    status = EXIT_OK
    try:
        if args.once:
            rep = watcher.run_pass(force=True)
            report(rep)
            status = EXIT_OK if not rep.failures else EXIT_STORE if any(
                f.error and "watch state" in f.error for f in rep.feeds) else EXIT_OK
        else:
            stop = threading.Event()
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: stop.set())
            print(f"watching {len(feeds)} feeds into {store.url} (stop with Ctrl-C)", flush=True)
            watcher.run(stop, on_pass=report, tick_s=args.tick)
            print("stopped", flush=True)
    except StoreError as err:
        _err(str(err))
        status = EXIT_STORE
    finally:
        watcher.close()
        store.close()
    return status


# --------------------------------------------------------------------------------------- parser


def add_service_commands(subparsers) -> None:
    """Add ``watch``, ``serve`` and ``alerts`` to an argparse subparsers object."""
    p = subparsers.add_parser("watch", help="follow news feeds and store the events of new articles",
                              description="Poll RSS/Atom feeds and sitemaps, fetch each new item's page, extract "
                                          "its events and store both. Seen URLs and texts are remembered in the "
                                          "store: a restart re-reads nothing.")
    p.add_argument("urls", nargs="*", metavar="FEED_URL", help="feed URL(s) to watch besides --feeds")
    p.add_argument("--feeds", metavar="FILE", help="TOML feed list (see data/feeds.example.toml)")
    p.add_argument("--once", action="store_true", help="one pass over every feed, then exit (for cron)")
    p.add_argument("--sitemap", action="store_true", help="the FEED_URLs are XML sitemaps, not RSS/Atom")
    p.add_argument("--profile", help="conflict profile for the FEED_URLs (default karabakh)")
    p.add_argument("--interval", type=float, metavar="S", help="seconds between polls of a feed (default 900)")
    p.add_argument("--tick", type=float, default=5.0, metavar="S", help=argparse.SUPPRESS)
    p.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.add_argument("-v", "--verbose", action="store_true", help="log every item on stderr")
    p.set_defaults(func=cmd_watch)
