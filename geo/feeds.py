"""The network edge of ``geo watch``: the feed list, a polite HTTP client, feeds and pages.

* ``load_feed_list(path)`` reads the documented TOML feed list (``data/feeds.example.toml``).
* ``Fetcher`` is the one HTTP client: timeouts, redirects capped, conditional GET (ETag /
  Last-Modified), a per-host rate limit, a size cap and an honest User-Agent. Every failure is a
  ``FetchError`` whose message names the URL and the reason (timeout, HTTP 404, too large...).
* ``parse_feed`` reads RSS/Atom (feedparser) and XML sitemaps into ``FeedItem``s;
  ``page_article`` turns a fetched page into an ``Article`` (trafilatura, through geo.articles).
"""

from __future__ import annotations

import calendar
import datetime as dt
import threading
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .errors import GeoInputError

__all__ = ["Feed", "FeedItem", "FeedList", "Fetcher", "FetchError", "Response", "load_feed_list", "parse_feed",
           "page_article", "FEED_KINDS", "SETTINGS", "USER_AGENT"]

FEED_KINDS = ("feed", "sitemap")
USER_AGENT = ("conflictmap-watch/1.0 (reads public Arabic news feeds for a conflict-event map; "
              "polls politely: conditional GET, one request a host at a time)")

#: The watcher's settings: (name, default, help). A feed list's [settings] table overrides them.
SETTINGS = (
    ("interval_s", 900.0, "seconds between two polls of a feed (a feed may set its own 'interval')"),
    ("timeout_s", 20.0, "seconds to wait for a server to connect or answer (a whole response: 3 times that)"),
    ("max_redirects", 5, "redirects followed before giving up"),
    ("max_bytes", 5_000_000, "largest feed or page read, in bytes"),
    ("host_delay_s", 1.0, "least seconds between two requests to the same host"),
    ("retry_base_s", 60.0, "first wait before retrying a failed feed or page; doubles each failure"),
    ("retry_max_s", 6 * 3600.0, "longest wait between retries"),
    ("max_attempts", 6, "a page that failed this many times is given up"),
    ("user_agent", USER_AGENT, "User-Agent sent with every request"),
)
_DEFAULTS = {name: default for name, default, _ in SETTINGS}


# --------------------------------------------------------------------------------------- feed list


@dataclass(frozen=True)
class Feed:
    """One feed to follow: an RSS/Atom feed or an XML sitemap."""

    url: str
    kind: str = "feed"
    profile: str | None = None
    language: str = "ar"
    interval_s: float | None = None
    name: str | None = None

    def __post_init__(self) -> None:
        _check_url(self.url, "feed url")
        if self.kind not in FEED_KINDS:
            raise GeoInputError(f"feed {self.url}: kind must be one of {FEED_KINDS}, got {self.kind!r}")
        if self.interval_s is not None and not (isinstance(self.interval_s, (int, float)) and self.interval_s > 0):
            raise GeoInputError(f"feed {self.url}: interval must be a positive number of seconds, "
                                f"got {self.interval_s!r}")


@dataclass(frozen=True)
class FeedList:
    feeds: tuple[Feed, ...]
    settings: dict = field(default_factory=dict)


def _check_url(url, what: str) -> None:
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise GeoInputError(f"{what} must be an http:// or https:// URL, got {url!r}")


def settings_from(overrides: dict | None = None, *, where: str = "settings") -> dict:
    """The settings table with ``overrides`` applied; unknown names and bad values are errors."""
    out = dict(_DEFAULTS)
    for k, v in (overrides or {}).items():
        if k not in out:
            raise GeoInputError(f"{where}: unknown setting {k!r}; known: {sorted(out)}")
        want = type(out[k])
        if want is float and isinstance(v, int) and not isinstance(v, bool):
            v = float(v)
        if not isinstance(v, want) or isinstance(v, bool) or (want is not str and v < 0):
            raise GeoInputError(f"{where}: {k} must be a non-negative {want.__name__}, got {v!r}")
        out[k] = v
    return out


def load_feed_list(path: str | Path) -> FeedList:
    """Read a TOML feed list: ``[settings]`` (optional) and ``[[feed]]`` tables with ``url`` and
    optional ``kind`` (feed | sitemap), ``profile``, ``language``, ``interval`` (seconds), ``name``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise GeoInputError(f"{path}: cannot read the feed list ({err.strerror or err})") from err
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise GeoInputError(f"{path}: not a TOML feed list: {err}") from err
    unknown = set(doc) - {"settings", "feed"}
    if unknown:
        raise GeoInputError(f"{path}: unknown table {sorted(unknown)[0]!r}; expected [settings] and [[feed]]")
    entries = doc.get("feed", [])
    if not isinstance(entries, list):
        raise GeoInputError(f"{path}: 'feed' must be an array of tables ([[feed]]), got {type(entries).__name__}")
    feeds = []
    for n, e in enumerate(entries, start=1):
        where = f"{path}: feed #{n}"
        if not isinstance(e, dict) or "url" not in e:
            raise GeoInputError(f"{where}: needs a url = \"https://...\"")
        bad = set(e) - {"url", "kind", "profile", "language", "interval", "name"}
        if bad:
            raise GeoInputError(f"{where}: unknown key {sorted(bad)[0]!r}; allowed: url, kind, profile, "
                                "language, interval, name")
        try:
            feeds.append(Feed(e["url"], e.get("kind", "feed"), e.get("profile"), e.get("language", "ar"),
                              e.get("interval"), e.get("name")))
        except GeoInputError as err:
            raise GeoInputError(f"{where}: {err}") from err
    settings = doc.get("settings", {})
    if not isinstance(settings, dict):
        raise GeoInputError(f"{path}: [settings] must be a table")
    settings_from(settings, where=f"{path}: [settings]")
    return FeedList(tuple(feeds), settings)


# --------------------------------------------------------------------------------------- HTTP


class FetchError(Exception):
    """A feed or page could not be fetched; ``reason`` is short (timeout, HTTP 404, too large...)."""

    def __init__(self, url: str, reason: str, *, permanent: bool = False):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.permanent = url, reason, permanent


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    body: bytes
    content_type: str
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    """requests.Session with the watcher's manners; thread-safe per-host pacing."""

    def __init__(self, *, timeout_s: float = _DEFAULTS["timeout_s"], max_redirects: int = _DEFAULTS["max_redirects"],
                 max_bytes: int = _DEFAULTS["max_bytes"], host_delay_s: float = _DEFAULTS["host_delay_s"],
                 user_agent: str = USER_AGENT):
        import requests

        self.timeout_s, self.max_bytes, self.host_delay_s = timeout_s, max_bytes, host_delay_s
        self._session = requests.Session()
        self._session.max_redirects = max_redirects
        self._session.headers["User-Agent"] = user_agent
        self._session.headers["Accept-Encoding"] = "gzip, deflate"
        self._session.trust_env = False  # no proxies or .netrc picked up from the environment
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._session.close()

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            wait = self._last.get(host, -1e9) + self.host_delay_s - now
            self._last[host] = now + max(wait, 0.0)
        if wait > 0:
            time.sleep(wait)

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str = "*/*") -> Response:
        import requests
        import urllib3

        self._pace(url)
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        started = time.monotonic()
        try:
            with self._session.get(url, headers=headers, timeout=self.timeout_s, stream=True,
                                   allow_redirects=True) as r:
                if r.status_code == 304:
                    return Response(r.url, 304, b"", "", etag, last_modified)
                if r.status_code >= 400:
                    raise FetchError(url, f"HTTP {r.status_code}", permanent=r.status_code in (404, 410))
                declared = r.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, f"too large ({int(declared)} bytes > {self.max_bytes})", permanent=True)
                chunks, size = [], 0
                deadline = started + 3 * self.timeout_s  # a server dripping bytes never holds a watcher
                # read1: whatever one read brings (iter_content would wait for 64 KiB, however slow they come)
                reads = iter(lambda: r.raw.read1(65536, decode_content=True), b"") if hasattr(r.raw, "read1") \
                    else r.iter_content(65536)
                for chunk in reads:
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, f"too large (more than {self.max_bytes} bytes)", permanent=True)
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"timeout: the whole response took more than {3 * self.timeout_s:g} s")
                    chunks.append(chunk)
                return Response(r.url, r.status_code, b"".join(chunks),
                                r.headers.get("Content-Type", "").split(";")[0].strip().lower(),
                                r.headers.get("ETag"), r.headers.get("Last-Modified"))
        except FetchError:
            raise
        except requests.TooManyRedirects:
            raise FetchError(url, f"more than {self._session.max_redirects} redirects") from None
        except requests.Timeout:
            raise FetchError(url, f"timeout after {self.timeout_s:g} s") from None
        except requests.ConnectionError as err:
            raise FetchError(url, f"cannot connect ({_short(err)})") from None
        except requests.RequestException as err:
            raise FetchError(url, f"request failed ({_short(err)})") from None
        except urllib3.exceptions.ReadTimeoutError:  # raised by read1, below requests
            raise FetchError(url, f"timeout after {self.timeout_s:g} s") from None
        except urllib3.exceptions.HTTPError as err:  # a body cut short, or not the gzip it said
            raise FetchError(url, f"request failed ({_short(err)})") from None


def _short(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return (text[0] if text else type(err).__name__)[:200]


# --------------------------------------------------------------------------------------- feeds


@dataclass(frozen=True)
class FeedItem:
    url: str
    title: str | None = None
    published: dt.date | None = None
    #: True for an entry of a sitemap index (``<sitemapindex>``): a sitemap to read, not a page.
    sitemap: bool = False


def _entry_date(entry) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(t), dt.timezone.utc).date()
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def parse_feed(body: bytes, *, kind: str, url: str) -> list[FeedItem]:
    """Items of an RSS/Atom feed or an XML sitemap; a body that is neither is a ``FetchError``.

    The entries of a sitemap index are items with ``sitemap=True`` (sitemaps to read in turn)."""
    if kind == "sitemap":
        return _parse_sitemap(body, url)
    import feedparser

    d = feedparser.parse(body)
    items = []
    for e in d.entries:
        link = (e.get("link") or "").strip()
        if not link:
            continue
        link = urljoin(url, link)  # a link relative to the feed (some sites write them)
        if not link.startswith(("http://", "https://")):
            continue
        items.append(FeedItem(link, (e.get("title") or "").strip() or None, _entry_date(e)))
    if not d.get("version") and not items:
        raise FetchError(url, "not an RSS or Atom feed")
    if d.get("bozo") and not items:  # a feed cut short or broken: nothing usable could be recovered from it
        raise FetchError(url, f"malformed feed ({_short(d.get('bozo_exception', 'not RSS or Atom'))})")
    return items


def _parse_sitemap(body: bytes, url: str) -> list[FeedItem]:
    from lxml import etree

    try:
        root = etree.fromstring(body, parser=etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except etree.XMLSyntaxError as err:
        raise FetchError(url, f"malformed sitemap XML ({_short(err)})") from None
    if etree.QName(root).localname not in ("urlset", "sitemapindex"):
        raise FetchError(url, f"not a sitemap (root element <{etree.QName(root).localname}>)")
    is_index = etree.QName(root).localname == "sitemapindex"
    items = []
    for node in root:
        if not isinstance(node.tag, str):
            continue
        fields_ = {etree.QName(c).localname: (c.text or "").strip() for c in node.iter() if isinstance(c.tag, str)}
        loc = fields_.get("loc", "")
        if not loc.startswith(("http://", "https://")):
            continue
        date = None
        for key in ("publication_date", "lastmod"):
            if fields_.get(key):
                try:
                    date = dt.date.fromisoformat(fields_[key][:10])
                    break
                except ValueError:
                    pass
        items.append(FeedItem(loc, fields_.get("title") or None, date, sitemap=is_index))
    return items


# --------------------------------------------------------------------------------------- pages

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def page_article(resp: Response, item: FeedItem, *, profile: str | None, source: str | None):
    """The ``Article`` of a fetched page (main text, title and date through trafilatura).

    The date is the feed item's, else the page's own; ``published`` is None when neither has one.
    A body that is not HTML or holds no article text is a permanent ``FetchError``.
    """
    from .articles import Article, _decode, parse_html_article
    from .errors import ArticleError

    if resp.content_type and resp.content_type not in _HTML_TYPES:
        raise FetchError(item.url, f"not HTML (Content-Type {resp.content_type})", permanent=True)
    try:
        raw = _decode(resp.body, item.url)
        art = parse_html_article(raw, _name_of(item.url), where=item.url)
    except ArticleError as err:
        raise FetchError(item.url, str(err).removeprefix(f"{item.url}: "), permanent=True) from None
    return Article(art.name, art.text, item.published or art.published, item.url, art.title or item.title,
                   source or art.source, profile)


def _name_of(url: str) -> str:
    parts = urlsplit(url)
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1] or parts.netloc
    return f"{parts.netloc}/{tail}"[:200]
