"""A small web site on 127.0.0.1 for the service tests: feeds, article pages and failures.

``with LocalWeb() as web: web.route("/feed.xml", body, content_type=...)`` serves what a test wrote;
a route may answer with a status, a delay (for timeouts), an ETag (answering 304 to a matching
If-None-Match), a redirect, or a body larger than the watcher's cap. ``web.hits[path]`` counts
requests and ``web.headers[path]`` keeps the last request's headers. Nothing here leaves 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import threading
import time
from collections import Counter
from dataclasses import dataclass
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOWNS = ["ترتر", "بردعة", "كنجة", "أغدام", "فضولي", "ستيباناكرت", "شوشا", "مارتوني", "هادروت", "جبرائيل"]


def report_text(n: int, town: str | None = None) -> str:
    """An Arabic report written for the tests: the Azerbaijani ministry says Armenian forces shelled a town."""
    town = town or TOWNS[n % len(TOWNS)]
    return (f"قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة {town} صباح اليوم بالمدفعية الثقيلة. "
            f"وأضافت الوزارة في بيانها رقم {n} أن القصف ألحق أضرارا بعدد من المنازل والمباني المدنية في المدينة، "
            "وأن وحداتها ردت على مصادر النيران وفق ما يقتضيه الموقف الميداني على خط التماس.")


def article_page(title: str, text: str, *, published: str | None = "2020-10-14") -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split(". "))
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'{meta}</head><body><nav><a href="/">الرئيسية</a></nav><article><h1>{html.escape(title)}</h1>{paras}'
            '</article><footer>جميع الحقوق محفوظة</footer></body></html>').encode("utf-8")


def rss(items: list[tuple[str, str, str | None]], *, title: str = "أخبار الاختبار") -> bytes:
    """An RSS 2.0 feed of (link, title, ISO date or None) items."""
    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(title)}</title>'
           '<link>http://127.0.0.1/</link><description>feed written for the tests</description>']
    for link, t, date in items:
        pub = ""
        if date:
            pub = f"<pubDate>{format_datetime(dt.datetime.fromisoformat(date).replace(hour=9, tzinfo=dt.timezone.utc))}</pubDate>"
        out.append(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>{pub}</item>")
    out.append("</channel></rss>")
    return "".join(out).encode("utf-8")


def sitemap(urls: list[tuple[str, str | None]]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for loc, lastmod in urls:
        out.append(f"<url><loc>{html.escape(loc)}</loc>{f'<lastmod>{lastmod}</lastmod>' if lastmod else ''}</url>")
    out.append("</urlset>")
    return "".join(out).encode("utf-8")


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay_s: float = 0.0
    etag: str | None = None
    last_modified: str | None = None  # an HTTP date; a request with the same If-Modified-Since gets a 304
    location: str | None = None
    gzip: bool = False  # GET: send the body gzip-compressed (Content-Encoding: gzip), as most news sites do
    trickle_s: float = 0.0  # GET: send the body 10 bytes at a time, this long apart
    fail_first: int = 0  # POST: answer 503 to the first N requests


class LocalWeb:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.headers: dict[str, dict] = {}
        self.posts: list[tuple[str, bytes]] = []
        self._lock = threading.Lock()
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body go out in two writes: without TCP_NODELAY, Nagle and the client's
            # delayed ACK stall every keep-alive response by ~40 ms (real web servers do not)
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):
                path = self.path.split("?")[0]
                with web._lock:
                    web.hits[path] += 1
                    web.headers[path] = dict(self.headers)
                    r = web.routes.get(path)
                if r is None:
                    return self._send(404, b"not found", "text/plain")
                if r.delay_s:
                    time.sleep(r.delay_s)
                if r.location:
                    self.send_response(r.status)
                    self.send_header("Location", r.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if (r.etag and self.headers.get("If-None-Match") == r.etag) or \
                        (r.last_modified and self.headers.get("If-Modified-Since") == r.last_modified):
                    self.send_response(304)
                    if r.etag:
                        self.send_header("ETag", r.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self._send(r.status, r.body, r.content_type, r.etag, r.last_modified, r.trickle_s, r.gzip)

            def do_POST(self):
                path = self.path.split("?")[0]
                n = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(n)
                with web._lock:
                    web.hits[path] += 1
                    r = web.routes.get(path)
                    status = r.status if r else 404
                    if r and web.hits[path] <= r.fail_first:
                        status = 503
                    if status < 300:
                        web.posts.append((path, data))
                self._send(status, b"", "text/plain")

            def _send(self, status, body, ctype, etag=None, last_modified=None, trickle_s=0.0, gzipped=False):
                self.send_response(status)
                if gzipped:
                    body = gzip.compress(body)
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                if etag:
                    self.send_header("ETag", etag)
                if last_modified:
                    self.send_header("Last-Modified", last_modified)
                self.end_headers()
                try:
                    if not trickle_s:
                        self.wfile.write(body)
                    for i in range(0, len(body) if trickle_s else 0, 10):
                        self.wfile.write(body[i:i + 10])
                        self.wfile.flush()
                        time.sleep(trickle_s)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def route(self, path: str, body: bytes = b"", **kw) -> str:
        self.routes[path] = Route(body, **kw)
        return self.base + path

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> "LocalWeb":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
