"""Command line of the live service: ``watch``, ``serve`` and ``alerts``.

``add_service_commands(subparsers)`` adds them to ``python -m geo`` (one line in ``build_parser``).
Exit status: 0 fine, 1 the store or server failed, 2 a bad option or file.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from pathlib import Path

from .errors import GeoInputError, StoreError

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
            report(watcher.run_pass(force=True))  # failing feeds are reported, and retried by the next run
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


# --------------------------------------------------------------------------------------- serve


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the store as OGC API - Features (pygeoapi) with the alert feeds, until stopped."""
    from .ogcapi import open_store
    from .store import default_url

    url = args.db or default_url()
    try:
        store = open_store(url)
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    if not (1 <= args.port <= 65535):
        _err(f"--port must be in 1..65535, got {args.port}")
        return EXIT_INPUT
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {args.host}: reachable from other machines (read-only)", file=sys.stderr)
    from .serve import run

    try:
        run(store._url.render_as_string(hide_password=False), host=args.host, port=args.port,
            threads=args.threads, base_url=args.base_url, shown_url=store.url)
    except OSError as err:
        _err(f"cannot listen on {args.host}:{args.port}: {err.strerror or err}")
        return EXIT_STORE
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    return EXIT_OK


# --------------------------------------------------------------------------------------- alerts


def cmd_alerts(args: argparse.Namespace) -> int:
    """Save, list, show, delete alerts, or deliver their webhooks."""
    from . import alerts as al
    from .store import EventStore, parse_bbox

    try:
        store = EventStore(args.db)
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    try:
        with store:
            if args.action == "add":
                area = None
                if args.area:
                    try:
                        area = json.loads(Path(args.area).read_text(encoding="utf-8"))
                    except (OSError, ValueError) as err:
                        raise GeoInputError(f"--area {args.area}: not a readable GeoJSON file ({err})") from err
                alert = al.save_alert(store, al.Alert(
                    args.name, parse_bbox(args.bbox) if args.bbox else None, area, tuple(args.claimant or ()),
                    tuple(args.type or ()), args.theatre, args.webhook))
                print(f"saved alert {alert.id}: {alert.name} ({alert.describe()})")
                print(f"feed: /alerts/{alert.id}.atom on geo serve")
            elif args.action == "list":
                items = al.list_alerts(store)
                if not items:
                    print("no alerts")
                for a in items:
                    hook = f"; webhook {a.webhook}" if a.webhook else ""
                    print(f"{a.id}  {a.name}  ({a.describe()}{hook})  /alerts/{a.id}.atom")
            elif args.action == "show":
                sys.stdout.buffer.write(al.atom_feed(store, al.get_alert(store, args.id)))
                sys.stdout.write("\n")
            elif args.action == "delete":
                al.delete_alert(store, args.id)
                print(f"deleted alert {args.id}")
            elif args.action == "deliver":
                rep = al.deliver(store, retries=args.retries)
                print(f"webhooks: {rep.sent} events sent, {rep.failed} failed")
                for m in rep.messages:
                    print(f"  {m}", file=sys.stderr)
                return EXIT_STORE if rep.failed else EXIT_OK
    except GeoInputError as err:
        _err(str(err))
        return EXIT_INPUT
    except StoreError as err:
        _err(str(err))
        return EXIT_STORE
    return EXIT_OK


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
    p.add_argument("--profile", help="conflict profile for the FEED_URLs (default: detected from each article)")
    p.add_argument("--interval", type=float, metavar="S", help="seconds between polls of a feed (default 900)")
    p.add_argument("--tick", type=float, default=5.0, metavar="S", help=argparse.SUPPRESS)
    p.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.add_argument("-v", "--verbose", action="store_true", help="log every item on stderr")
    p.set_defaults(func=cmd_watch)

    p = subparsers.add_parser("serve", help="serve the events as OGC API - Features (and the alert feeds)",
                              description="Publish the stored events as OGC API - Features (pygeoapi): landing page, "
                                          "conformance, collections, items with bbox, datetime, limit/offset and "
                                          "property filters, an OpenAPI document and HTML pages; plus "
                                          "/alerts/{id}.atom. Read-only.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    p.add_argument("--base-url", metavar="URL", help="public URL when behind a proxy (default http://HOST:PORT)")
    p.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.set_defaults(func=cmd_serve)

    from .model import EVENT_TYPES

    p = subparsers.add_parser("alerts", help="save, list or deliver alerts (saved filters)",
                              description="An alert is a saved filter; geo serve publishes its new events at "
                                          "/alerts/{id}.atom, and 'deliver' POSTs them to its webhook.")
    sp = p.add_subparsers(dest="action", required=True)
    a = sp.add_parser("add", help="save an alert")
    a.add_argument("name", help="a name for the alert")
    a.add_argument("--bbox", metavar="S,W,N,E", help="area as a box (degrees)")
    a.add_argument("--area", metavar="FILE", help="area as a GeoJSON Polygon file (e.g. drawn on the map)")
    a.add_argument("--claimant", action="append", metavar="PARTY", help="claimant party id (repeatable)")
    a.add_argument("--type", action="append", metavar="TYPE", help=f"event type (repeatable): {', '.join(EVENT_TYPES)}")
    a.add_argument("--theatre", metavar="PROFILE", help="conflict profile (theatre), e.g. karabakh")
    a.add_argument("--webhook", metavar="URL", help="POST each new event here as GeoJSON")
    sp.add_parser("list", help="list saved alerts")
    s_ = sp.add_parser("show", help="print an alert's Atom feed")
    s_.add_argument("id")
    d = sp.add_parser("delete", help="delete an alert")
    d.add_argument("id")
    v = sp.add_parser("deliver", help="POST new matching events to the alerts' webhooks (cron, or after watch)")
    v.add_argument("--retries", type=int, default=3, help="tries per event before giving up until next time")
    for q in (a, s_, d, v, sp.choices["list"]):
        q.add_argument("--db", metavar="URL", help=_DB_HELP)
    p.set_defaults(func=cmd_alerts)
