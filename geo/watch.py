"""``geo watch``: follow news feeds, fetch each new item's page, extract its events and store both.

One ``Watcher`` polls a list of ``Feed``s over one ``EventStore``. What it has seen lives in the
store (tables ``feed_state`` and ``seen_urls``), so a restart re-reads nothing, and several watchers
(on one PostgreSQL database) share the work: an item URL is *claimed* by one atomic insert before
it is fetched, and an article is stored once per content hash (the same story at two URLs too).

A feed or page that fails is logged with the reason and retried after a backoff that doubles per
failure (``retry_base_s`` .. ``retry_max_s``); a page is given up after ``max_attempts``. One
failing feed never stops the others.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Sequence

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .errors import ExtractionError, GeoError, GeoInputError, StoreError
from .feeds import Feed, FeedItem, Fetcher, FetchError, page_article, parse_feed, settings_from

__all__ = ["Watcher", "FeedReport", "PassReport", "DONE_STATES", "MAX_CHILD_SITEMAPS"]

log = logging.getLogger("geo.watch")

#: Item states after which a URL is never fetched again.
DONE_STATES = ("done", "duplicate", "undated", "rejected", "gave_up")
_STALE_CLAIM_S = 600.0  # a claim older than this belonged to a watcher that died mid-item
#: Sitemaps of a sitemap index read per poll, the newest first by their ``lastmod``.
MAX_CHILD_SITEMAPS = 20
_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _aware(t: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands timestamps back without a zone: they were written in UTC."""
    if t is None:
        return None
    if isinstance(t, str):
        t = dt.datetime.fromisoformat(t)
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


@dataclass
class FeedReport:
    """What one poll of one feed did."""

    feed: str
    polled: bool = True
    not_modified: bool = False
    items: int = 0
    new_articles: int = 0
    events: int = 0
    duplicates: int = 0
    skipped: int = 0  # undated, not Arabic, no text...
    failures: int = 0
    error: str | None = None  # the feed itself failed
    messages: list[str] = field(default_factory=list)

    def line(self) -> str:
        if not self.polled:
            return f"{self.feed}: waiting ({self.error or 'not due'})"
        if self.error:
            return f"{self.feed}: FAILED: {self.error}"
        if self.not_modified:
            return f"{self.feed}: not modified"
        return (f"{self.feed}: {self.items} items, {self.new_articles} new articles, {self.events} events, "
                f"{self.duplicates} duplicates, {self.skipped} skipped, {self.failures} failures")


@dataclass
class PassReport:
    number: int
    started: dt.datetime
    feeds: list[FeedReport]
    seconds: float

    @property
    def new_articles(self) -> int:
        return sum(f.new_articles for f in self.feeds)

    @property
    def events(self) -> int:
        return sum(f.events for f in self.feeds)

    @property
    def failures(self) -> int:
        return sum(f.failures + (1 if f.error and f.polled else 0) for f in self.feeds)

    def line(self) -> str:
        polled = sum(1 for f in self.feeds if f.polled)
        return (f"pass {self.number} at {self.started:%Y-%m-%d %H:%M:%S}Z: {polled}/{len(self.feeds)} feeds polled, "
                f"{self.new_articles} new articles, {self.events} events, {self.failures} failures "
                f"in {self.seconds:.1f} s")


class Watcher:
    """Polls feeds into a store. ``run_pass()`` once (cron), ``run(stop)`` until ``stop`` is set."""

    def __init__(self, store, feeds: Sequence[Feed], *, settings: dict | None = None, gazetteer=None,
                 fetcher: Fetcher | None = None, clock: Callable[[], dt.datetime] = _now):
        self.store = store
        self.feeds = list(feeds)
        self.settings = settings_from(settings)
        s = self.settings
        self.fetcher = fetcher or Fetcher(timeout_s=s["timeout_s"], max_redirects=s["max_redirects"],
                                          max_bytes=s["max_bytes"], host_delay_s=s["host_delay_s"],
                                          user_agent=s["user_agent"])
        self._gazetteer = gazetteer
        self._profiles: dict = {}
        self._clock = clock
        self._passes = 0
        md = store._t.metadata
        self._feed_state, self._seen = md.tables["feed_state"], md.tables["seen_urls"]
        for f in self.feeds:
            if f.profile:
                self._profile(f.profile)  # a misspelt profile is an error now, not at the first item

    # ---- helpers

    def _profile(self, name: str | None):
        """The feed's profile; None when the feed names none (each article's theatre is then detected
        from its text, as ``extract_article`` does for an article without a profile)."""
        from .profile import load_profile

        if not name:
            return None
        if name not in self._profiles:
            self._profiles[name] = load_profile(name)
        return self._profiles[name]

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from gazetteer import Gazetteer

            self._gazetteer = Gazetteer.load()
        return self._gazetteer

    def _backoff(self, failures: int) -> float:
        s = self.settings
        return min(s["retry_base_s"] * (2 ** max(failures - 1, 0)), s["retry_max_s"])

    def _tx(self, fn):
        """A short transaction on the service tables (no store revision bump, no writer lock)."""
        try:
            with self.store._engine.begin() as conn:
                return fn(conn)
        except SQLAlchemyError as err:
            raise StoreError(f"watch state in {self.store.url}: {str(getattr(err, 'orig', err)).splitlines()[0]}") from err

    # ---- feed state

    def _feed_row(self, url: str):
        fs = self._feed_state
        return self._tx(lambda c: c.execute(sa.select(fs).where(fs.c.feed_url == url)).first())

    def _save_feed(self, url: str, **values) -> None:
        fs = self._feed_state

        def run(conn):
            if conn.execute(sa.update(fs).where(fs.c.feed_url == url).values(**values)).rowcount == 0:
                try:
                    with conn.begin_nested():
                        conn.execute(sa.insert(fs).values(feed_url=url, **{"failures": 0, **values}))
                except IntegrityError:  # another watcher inserted it meanwhile
                    conn.execute(sa.update(fs).where(fs.c.feed_url == url).values(**values))

        self._tx(run)

    # ---- item claims

    def _claim(self, item: FeedItem, feed: Feed) -> bool:
        """True when this watcher takes the item: new, or failed and due again, or left by a dead watcher."""
        seen, now = self._seen, self._clock()

        def run(conn) -> bool:
            try:
                with conn.begin_nested():
                    conn.execute(sa.insert(seen).values(url=item.url, feed_url=feed.url, status="claimed",
                                                        attempts=0, updated_at=now))
                return True
            except IntegrityError:
                pass
            row = conn.execute(sa.select(seen.c.status, seen.c.attempts, seen.c.next_try, seen.c.updated_at)
                               .where(seen.c.url == item.url)).first()
            if row is None or row.status in DONE_STATES:
                return False
            if row.status == "failed":
                if _aware(row.next_try) and _aware(row.next_try) > now:
                    return False
            elif row.status == "claimed":
                if (now - _aware(row.updated_at)).total_seconds() < _STALE_CLAIM_S:
                    return False
            # compare-and-set: only one watcher wins the retry
            res = conn.execute(sa.update(seen).where(seen.c.url == item.url, seen.c.status == row.status,
                                                     seen.c.attempts == row.attempts)
                               .values(status="claimed", updated_at=now))
            return res.rowcount == 1

        return self._tx(run)

    def _finish(self, url: str, status: str, *, reason: str | None = None, content_hash: str | None = None,
                failed: bool = False) -> None:
        seen, now = self._seen, self._clock()

        def run(conn):
            attempts = conn.execute(sa.select(seen.c.attempts).where(seen.c.url == url)).scalar() or 0
            values = dict(status=status, reason=reason, updated_at=now, next_try=None)
            if content_hash:
                values["content_hash"] = content_hash
            if failed:
                attempts += 1
                values["attempts"] = attempts
                if attempts >= self.settings["max_attempts"]:
                    values["status"] = "gave_up"
                else:
                    values["next_try"] = now + dt.timedelta(seconds=self._backoff(attempts))
            conn.execute(sa.update(seen).where(seen.c.url == url).values(**values))

        self._tx(run)

    def _known_hash(self, content_hash: str) -> bool:
        return self.store.has_article(content_hash)

    # ---- one feed, one item

    def poll_feed(self, feed: Feed, *, force: bool = False) -> FeedReport:
        rep = FeedReport(feed.url)
        now = self._clock()
        state = self._feed_row(feed.url)
        if state is not None and not force and state.failures and _aware(state.next_poll) \
                and _aware(state.next_poll) > now:
            rep.polled = False
            rep.error = f"backing off after {state.failures} failures until {_aware(state.next_poll):%H:%M:%S}Z: " \
                        f"{state.last_error}"
            return rep
        if feed.language != "ar":
            rep.error = f"language {feed.language!r} is not read (the extractor reads Arabic: language = \"ar\")"
            log.warning("%s: %s", feed.url, rep.error)
            self._save_feed(feed.url, polled_at=now, last_error=rep.error)
            return rep
        interval = feed.interval_s or self.settings["interval_s"]
        # items that failed (or a dead watcher left) and are due again are only in the feed's body:
        # then it is read whole, since a 304 would hide them until the feed changes
        conditional = state is not None and not self._retries_due(feed)
        try:
            resp = self.fetcher.get(feed.url, etag=state.etag if conditional else None,
                                    last_modified=state.last_modified if conditional else None,
                                    accept=_FEED_ACCEPT)
            if resp.not_modified:
                rep.not_modified = True
                self._save_feed(feed.url, failures=0, last_error=None, polled_at=now,
                                next_poll=now + dt.timedelta(seconds=interval))
                return rep
            items = parse_feed(resp.body, kind=feed.kind, url=feed.url)
        except FetchError as err:
            now = self._clock()  # the backoff runs from the failure (a timeout takes a while)
            failures = (state.failures if state else 0) + 1
            rep.error = err.reason
            log.warning("feed %s failed (%s); retry in %.0f s", feed.url, err.reason, self._backoff(failures))
            self._save_feed(feed.url, failures=failures, last_error=err.reason, polled_at=now,
                            next_poll=now + dt.timedelta(seconds=self._backoff(failures)))
            return rep
        self._save_feed(feed.url, etag=resp.etag, last_modified=resp.last_modified, failures=0, last_error=None,
                        polled_at=now, next_poll=now + dt.timedelta(seconds=interval))
        if any(i.sitemap for i in items):
            items = self._sitemap_pages(feed, items, rep, conditional=conditional)
        rep.items = len(items)
        for item in dict((i.url, i) for i in items).values():
            try:
                self._item(feed, item, rep)
            except StoreError as err:  # the database hiccuped: this item stays claimed and is retried later
                rep.failures += 1
                rep.messages.append(f"{item.url}: {err}")
                log.error("%s: %s", item.url, err)
        return rep

    def _retries_due(self, feed: Feed) -> bool:
        """Whether an item of ``feed`` failed and its backoff is over, or was claimed by a watcher that died."""
        seen, now = self._seen, self._clock()
        stale = now - dt.timedelta(seconds=_STALE_CLAIM_S)
        q = (sa.select(seen.c.url).where(seen.c.feed_url == feed.url,
                                         sa.or_(sa.and_(seen.c.status == "failed", seen.c.next_try <= now),
                                                sa.and_(seen.c.status == "claimed", seen.c.updated_at < stale)))
             .limit(1))
        return self._tx(lambda c: c.execute(q).first()) is not None

    def _sitemap_pages(self, feed: Feed, items: list[FeedItem], rep: FeedReport, *,
                       conditional: bool) -> list[FeedItem]:
        """The pages of a sitemap index: its newest ``MAX_CHILD_SITEMAPS`` sitemaps (by ``lastmod``) read in
        turn, each with its own conditional GET (validators kept in ``feed_state`` under its URL). A child
        that fails is a failure of this feed's pass, retried at its next poll; an index inside an index is
        not followed (one level, as sitemaps.org allows)."""
        pages = [i for i in items if not i.sitemap]
        children = sorted((i for i in items if i.sitemap), key=lambda i: i.published or dt.date.min,
                          reverse=True)[:MAX_CHILD_SITEMAPS]
        for child in children:
            state = self._feed_row(child.url) if conditional else None
            try:
                resp = self.fetcher.get(child.url, etag=state.etag if state else None,
                                        last_modified=state.last_modified if state else None, accept=_FEED_ACCEPT)
                if resp.not_modified:
                    continue
                sub = parse_feed(resp.body, kind="sitemap", url=child.url)
            except FetchError as err:
                rep.failures += 1
                rep.messages.append(f"{child.url}: {err.reason}")
                log.warning("sitemap %s of %s failed (%s)", child.url, feed.url, err.reason)
                continue
            self._save_feed(child.url, etag=resp.etag, last_modified=resp.last_modified, failures=0,
                            last_error=None, polled_at=self._clock())
            nested = [i for i in sub if i.sitemap]
            if nested:
                rep.messages.append(f"{child.url}: an index inside a sitemap index: its {len(nested)} sitemaps "
                                    "are not followed")
            pages += [i for i in sub if not i.sitemap]
        return pages

    def _item(self, feed: Feed, item: FeedItem, rep: FeedReport) -> None:
        from .pipeline import extract_article

        if not self._claim(item, feed):
            return
        try:
            resp = self.fetcher.get(item.url, accept="text/html, application/xhtml+xml;q=0.9, */*;q=0.1")
            art = page_article(resp, item, profile=feed.profile, source=feed.name)
        except FetchError as err:
            rep.failures += 1
            rep.messages.append(f"{item.url}: {err.reason}")
            log.warning("page %s failed (%s)", item.url, err.reason)
            self._finish(item.url, "failed", reason=err.reason, failed=True)
            return
        h = art.content_hash
        if art.published is None:  # read all the same: its events are undated unless the text dates them
            rep.messages.append(f"{item.url}: undated: no publication date in the feed entry or the page")
            log.info("undated %s: no publication date in the feed entry or the page", item.url)
        if self._known_hash(h):
            rep.duplicates += 1
            self._finish(item.url, "duplicate", reason="same text as a stored article", content_hash=h)
            return
        try:
            extraction = extract_article(art, self.gazetteer, profile=self._profile(feed.profile))
        except GeoInputError as err:
            rep.skipped += 1
            rep.messages.append(f"{item.url}: rejected: {err}")
            log.warning("rejected %s: %s", item.url, err)
            self._finish(item.url, "rejected", reason=str(err)[:500], content_hash=h)
            return
        except ExtractionError as err:  # the extractor met a bug on this text: the feed's other items go on
            rep.failures += 1
            rep.messages.append(f"{item.url}: {err}")
            log.error("page %s: %s", item.url, err)
            self._finish(item.url, "failed", reason=str(err)[:500], content_hash=h, failed=True)
            return
        result = self.store.add_article(art, extraction.events)
        if result.added:
            rep.new_articles += 1
            rep.events += result.events
            self._finish(item.url, "done", content_hash=h)
        else:  # another watcher stored the same text a moment ago
            rep.duplicates += 1
            self._finish(item.url, "duplicate", reason="same text as a stored article", content_hash=h)

    # ---- passes

    def run_pass(self, *, force: bool = False) -> PassReport:
        """Poll every feed that is due (all of them with ``force``, backoff aside); never raises for a feed."""
        self._passes += 1
        started, t0 = self._clock(), time.perf_counter()
        reports = []
        for feed in self.feeds:
            if not force:
                state = self._feed_row(feed.url)
                if state is not None and not state.failures and _aware(state.next_poll) \
                        and _aware(state.next_poll) > self._clock():
                    reports.append(FeedReport(feed.url, polled=False, error="not due"))
                    continue
            try:
                reports.append(self.poll_feed(feed))
            except StoreError:  # the database itself failed: the caller decides (exit, or wait and retry)
                raise
            except GeoError as err:  # nothing about one feed stops the others
                log.error("feed %s: %s", feed.url, err)
                reports.append(FeedReport(feed.url, error=str(err)))
            except Exception as err:  # noqa: BLE001 - a bug met by one feed: logged whole, the others go on
                log.exception("feed %s: unexpected %s", feed.url, type(err).__name__)
                reports.append(FeedReport(feed.url, error=f"unexpected {type(err).__name__}: {str(err)[:200]}"))
        return PassReport(self._passes, started, reports, time.perf_counter() - t0)

    def run(self, stop: threading.Event, *, on_pass: Callable[[PassReport], None] | None = None,
            tick_s: float = 5.0) -> None:
        """Pass after pass until ``stop`` is set; a feed is polled when its interval (or backoff) is up."""
        while not stop.is_set():
            try:
                rep = self.run_pass()
            except StoreError as err:
                log.error("pass %d: %s; trying again in %.0f s", self._passes, err, self.settings["retry_base_s"])
                stop.wait(self.settings["retry_base_s"])
                continue
            if on_pass and any(f.polled for f in rep.feeds):  # a line per pass that polled something
                on_pass(rep)
            stop.wait(tick_s)

    def close(self) -> None:
        self.fetcher.close()
