"""``geo watch``: feeds and pages from a local web server (127.0.0.1) into a real store."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.localweb import LocalWeb, article_page, report_text, rss, sitemap
from tests.service import clear_service_tables
from geo.errors import GeoInputError
from geo.feeds import Feed, Fetcher, FetchError, load_feed_list, parse_feed
from geo.store import EventStore
from geo.watch import Watcher

ROOT = Path(__file__).resolve().parents[2]
FAST = dict(host_delay_s=0.0, timeout_s=2.0, retry_base_s=0.3, retry_max_s=1.0)


@pytest.fixture(autouse=True)
def _empty_service_tables(request):
    """Each test starts without alerts, seen URLs or feed state (see ``service.clear_service_tables``)."""
    if "store" in request.fixturenames:
        clear_service_tables(request.getfixturevalue("store"))


@pytest.fixture
def web():
    with LocalWeb() as w:
        yield w


def publish(web: LocalWeb, feed_path: str, n: int, *, start: int = 0, dated: bool = True) -> str:
    items = []
    for i in range(start, start + n):
        path = f"/news/{i}.html"
        web.route(path, article_page(f"قصف مدينة رقم {i}", report_text(i)))
        items.append((web.url(path), f"قصف رقم {i}", "2020-10-14" if dated else None))
    return web.route(feed_path, rss(items), content_type="application/rss+xml")


def watcher(store, feeds, gazetteer, clock=None, **settings):
    extra = {"clock": clock} if clock is not None else {}
    return Watcher(store, feeds, settings={**FAST, **settings}, gazetteer=gazetteer, **extra)


class Clock:
    """A clock the test moves: a backoff is tested by its own arithmetic, never by how busy the machine is."""

    def __init__(self):
        self.now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)

    def __call__(self):
        return self.now

    def advance(self, seconds: float):
        self.now += dt.timedelta(seconds=seconds)


def test_one_pass_stores_new_articles_and_a_restart_rereads_nothing(web, store, gazetteer):
    feed = publish(web, "/feed.xml", 4)
    w = watcher(store, [Feed(feed)], gazetteer)
    rep = w.run_pass(force=True)
    (fr,) = rep.feeds
    assert (fr.items, fr.new_articles, fr.failures, fr.error) == (4, 4, 0, None)
    assert fr.events == 4 and store.stats().articles == 4
    arts = {a.url: a for a in store.articles()}
    a0 = arts[web.url("/news/0.html")]
    assert a0.published == dt.date(2020, 10, 14) and "ترتر" in a0.text and a0.title == "قصف مدينة رقم 0"
    ev = [e for e in store.events() if e.url == web.url("/news/0.html")]
    assert [(e.claimant, e.attacker, e.event_type, e.place_en) for e in ev] == [("Azerbaijan", "Armenia", "shelling", "Tartar")]
    # the User-Agent is honest and the server saw each page once
    assert web.headers["/news/0.html"]["User-Agent"].startswith("conflictmap-watch/")
    assert all(web.hits[f"/news/{i}.html"] == 1 for i in range(4))
    w.close()
    # a new watcher on the same store (a restart) fetches no page again
    w2 = watcher(store, [Feed(feed)], gazetteer)
    rep2 = w2.run_pass(force=True)
    assert rep2.new_articles == 0 and rep2.failures == 0
    assert all(web.hits[f"/news/{i}.html"] == 1 for i in range(4))
    w2.close()


def test_conditional_get_sends_the_etag_and_a_304_reads_nothing(web, store, gazetteer):
    publish(web, "/feed.xml", 2)
    web.routes["/feed.xml"].etag = '"v1"'
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer)
    assert w.run_pass(force=True).new_articles == 2
    rep = w.run_pass(force=True)
    assert rep.feeds[0].not_modified
    assert web.headers["/feed.xml"].get("If-None-Match") == '"v1"'
    w.close()


def test_conditional_get_sends_last_modified_when_there_is_no_etag(web, store, gazetteer):
    publish(web, "/feed.xml", 1)
    web.routes["/feed.xml"].last_modified = "Wed, 14 Oct 2020 09:00:00 GMT"
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer)
    assert w.run_pass(force=True).new_articles == 1
    assert "If-Modified-Since" not in web.headers["/feed.xml"]
    rep = w.run_pass(force=True)
    assert rep.feeds[0].not_modified and rep.new_articles == 0
    assert web.headers["/feed.xml"]["If-Modified-Since"] == "Wed, 14 Oct 2020 09:00:00 GMT"
    w.close()


def test_a_failed_page_is_retried_though_its_feed_answers_304(web, store, gazetteer):
    """A 304 hides the feed's items: while one of them waits for a retry, the feed is read whole."""
    web.route("/later.html", b"oops", status=500)
    web.route("/ok.html", article_page("قصف", report_text(1)))
    web.route("/feed.xml", rss([(web.url("/later.html"), "later", "2020-10-14"),
                                (web.url("/ok.html"), "ok", "2020-10-14")]),
              content_type="application/rss+xml", etag='"v1"')
    clock = Clock()
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer, clock=clock)
    fr = w.run_pass(force=True).feeds[0]
    assert (fr.new_articles, fr.failures) == (1, 1)
    clock.advance(0.1)  # within the page's backoff: the feed's own 304 is welcome
    assert w.run_pass(force=True).feeds[0].not_modified
    assert web.headers["/feed.xml"].get("If-None-Match") == '"v1"'
    clock.advance(0.4)  # the backoff is over: the feed is read whole, and the page again
    web.route("/later.html", article_page("قصف", report_text(2)))
    fr = w.run_pass(force=True).feeds[0]
    assert "If-None-Match" not in web.headers["/feed.xml"]
    assert (fr.not_modified, fr.new_articles, fr.failures) == (False, 1, 0) and store.stats().articles == 2
    assert w.run_pass(force=True).feeds[0].not_modified  # nothing is due any more
    w.close()


def test_a_feed_without_a_profile_reads_each_article_in_its_own_theatre(web, store, gazetteer):
    """Outlets cover every war: the theatre of an article is detected from its text unless the feed names one."""
    syria = ("قال المرصد السوري لحقوق الإنسان إن طائرات حربية روسية شنت غارات جوية على مدينة إدلب صباح اليوم. "
             "وأضاف المرصد أن الغارات استهدفت أحياء سكنية في المدينة وأدت إلى مقتل ثلاثة مدنيين.")
    web.route("/sy.html", article_page("غارات على إدلب", syria, published="2023-10-06"))
    web.route("/ka.html", article_page("قصف ترتر", report_text(0)))
    web.route("/feed.xml", rss([(web.url("/sy.html"), "sy", "2023-10-06"),
                                (web.url("/ka.html"), "ka", "2020-10-14")]), content_type="application/rss+xml")
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer)
    assert w.run_pass(force=True).new_articles == 2
    got = {e.url.rsplit("/", 1)[-1]: (e.profile, e.attacker, e.place_en) for e in store.events()}
    assert got == {"sy.html": ("syria", "Russia", "Idlib"), "ka.html": ("karabakh", "Armenia", "Tartar")}
    w.close()


def test_same_story_at_two_urls_is_stored_once(web, store, gazetteer):
    text = report_text(7)
    web.route("/a.html", article_page("قصف", text))
    web.route("/b.html", article_page("قصف", text))
    web.route("/feed.xml", rss([(web.url("/a.html"), "a", "2020-10-14"), (web.url("/b.html"), "b", "2020-10-14")]),
              content_type="application/rss+xml")
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer)
    fr = w.run_pass(force=True).feeds[0]
    assert (fr.new_articles, fr.duplicates) == (1, 1)
    assert store.stats().articles == 1
    w.close()


def test_undated_items_are_read_undated_with_a_note(web, store, gazetteer):
    web.route("/u.html", article_page("قصف", report_text(3), published=None))
    web.route("/feed.xml", rss([(web.url("/u.html"), "u", None)]), content_type="application/rss+xml")
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer)
    fr = w.run_pass(force=True).feeds[0]
    assert (fr.new_articles, fr.skipped) == (1, 0)
    assert "no publication date" in fr.messages[0]
    assert store.stats().articles == 1
    assert all(e.date is None or e.date_precision != "unknown" for e in store.events())
    w.close()


def test_sitemaps_are_read_too(web, store, gazetteer):
    web.route("/s1.html", article_page("قصف", report_text(1)))
    web.route("/s2.html", article_page("قصف", report_text(2), published=None))
    web.route("/sitemap.xml", sitemap([(web.url("/s1.html"), None), (web.url("/s2.html"), "2020-10-15")]),
              content_type="application/xml")
    w = watcher(store, [Feed(web.url("/sitemap.xml"), kind="sitemap")], gazetteer)
    fr = w.run_pass(force=True).feeds[0]
    assert fr.new_articles == 2 and fr.failures == 0
    assert sorted(a.published.isoformat() for a in store.articles()) == ["2020-10-14", "2020-10-15"]
    w.close()


def test_a_sitemap_index_is_followed_to_its_sitemaps(web, store, gazetteer):
    web.route("/p1.html", article_page("قصف", report_text(1)))
    web.route("/p2.html", article_page("قصف", report_text(2)))
    web.route("/sm-1.xml", sitemap([(web.url("/p1.html"), "2020-10-14")]), content_type="application/xml", etag='"a"')
    web.route("/sm-2.xml", sitemap([(web.url("/p2.html"), "2020-10-15")]), content_type="application/xml", etag='"b"')
    web.route("/sm-gone.xml", b"gone", status=404)
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>{web.url(p)}</loc><lastmod>{d}</lastmod></sitemap>"
                       for p, d in (("/sm-1.xml", "2020-10-14"), ("/sm-2.xml", "2020-10-15"),
                                    ("/sm-gone.xml", "2020-10-01"))))
    web.route("/index.xml", (index + "</sitemapindex>").encode("utf-8"), content_type="application/xml")
    w = watcher(store, [Feed(web.url("/index.xml"), kind="sitemap")], gazetteer)
    fr = w.run_pass(force=True).feeds[0]
    assert (fr.items, fr.new_articles, fr.failures) == (2, 2, 1)
    assert any(m.startswith(web.url("/sm-gone.xml")) and "HTTP 404" in m for m in fr.messages)
    assert sorted(a.published.isoformat() for a in store.articles()) == ["2020-10-14", "2020-10-15"]
    # the next poll asks each sitemap with its own validator: nothing is read again
    fr = w.run_pass(force=True).feeds[0]
    assert web.headers["/sm-1.xml"].get("If-None-Match") == '"a"' and fr.new_articles == 0
    assert web.hits["/p1.html"] == web.hits["/p2.html"] == 1
    w.close()


def test_a_sitemap_index_reads_its_newest_sitemaps_only(web, store, gazetteer):
    from geo.watch import MAX_CHILD_SITEMAPS

    n = MAX_CHILD_SITEMAPS + 3
    for i in range(n):
        web.route(f"/sm-{i}.xml", sitemap([]), content_type="application/xml")
    index = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             + "".join(f"<sitemap><loc>{web.url(f'/sm-{i}.xml')}</loc><lastmod>2020-{1 + i // 28:02d}-{1 + i % 28:02d}"
                       "</lastmod></sitemap>" for i in range(n)) + "</sitemapindex>")
    web.route("/index.xml", index.encode("utf-8"), content_type="application/xml")
    w = watcher(store, [Feed(web.url("/index.xml"), kind="sitemap")], gazetteer)
    assert w.run_pass(force=True).feeds[0].failures == 0
    assert sorted(i for i in range(n) if web.hits[f"/sm-{i}.xml"]) == list(range(3, n))  # the oldest three wait
    w.close()


# ---- failures: each is logged with its reason, retried with backoff, and never stops the other feeds

PAGE_FAILURES = [
    ("timeout", dict(body=b"<html></html>", delay_s=2.5), "timeout after 2 s"),
    ("404", dict(body=b"gone", status=404), "HTTP 404"),
    ("500", dict(body=b"oops", status=500), "HTTP 500"),
    ("not-html", dict(body=b"%PDF-1.4 ...", content_type="application/pdf"), "not HTML (Content-Type application/pdf)"),
    ("too-large", dict(body=b"<html><body>" + b"x" * 300_000 + b"</body></html>"), "too large"),
    ("redirect-loop", dict(status=302, location="/bad/redirect-loop.html"), "more than 5 redirects"),
]


@pytest.mark.parametrize("name,route,reason", PAGE_FAILURES, ids=[p[0] for p in PAGE_FAILURES])
def test_a_failing_page_is_logged_and_retried_later(web, store, gazetteer, name, route, reason):
    web.route(f"/bad/{name}.html", **route)
    web.route("/ok.html", article_page("قصف", report_text(5)))
    web.route("/feed.xml", rss([(web.url(f"/bad/{name}.html"), "bad", "2020-10-14"),
                                (web.url("/ok.html"), "ok", "2020-10-14")]), content_type="application/rss+xml")
    clock = Clock()
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer, clock=clock, max_bytes=200_000, timeout_s=2.0)
    fr = w.run_pass(force=True).feeds[0]
    assert (fr.new_articles, fr.failures) == (1, 1)
    assert reason in fr.messages[0] and fr.messages[0].startswith(web.url(f"/bad/{name}.html"))
    hits = web.hits[f"/bad/{name}.html"]
    # within the backoff the page is not asked again; after it, it is
    clock.advance(0.1)
    w.run_pass(force=True)
    assert web.hits[f"/bad/{name}.html"] == hits
    clock.advance(0.4)
    web.route(f"/bad/{name}.html", article_page("قصف", report_text(6)))  # the site recovered
    fr3 = w.run_pass(force=True).feeds[0]
    assert fr3.new_articles == 1 and store.stats().articles == 2
    w.close()


def test_backoff_doubles_and_a_page_is_given_up_after_max_attempts(web, store, gazetteer):
    web.route("/bad.html", b"oops", status=500)
    web.route("/feed.xml", rss([(web.url("/bad.html"), "bad", "2020-10-14")]), content_type="application/rss+xml")
    clock = Clock()
    w = watcher(store, [Feed(web.url("/feed.xml"))], gazetteer, clock=clock, max_attempts=3, retry_base_s=10.0,
                retry_max_s=1000.0)
    waits = []
    for _ in range(3):
        w.run_pass(force=True)
        hits = web.hits["/bad.html"]
        for wait in (1, 2, 4, 8, 16, 32):  # find when it is asked again
            clock.advance(wait)
            w.run_pass(force=True)
            if web.hits["/bad.html"] > hits:
                waits.append(wait)
                break
        else:
            waits.append(None)
    # 10 s, then 20 s of backoff (asked again once 1+2+4+8 = 15 s >= 10 s, then 15+16 = 31 s >= 20 s have
    # passed); the third failure is the last (max_attempts = 3): never asked again
    assert waits == [8, 16, None] and web.hits["/bad.html"] == 3
    with store._engine.connect() as c:
        import sqlalchemy as sa

        seen = store._t.metadata.tables["seen_urls"]
        row = c.execute(sa.select(seen.c.status, seen.c.attempts, seen.c.reason)).one()
    assert (row.status, row.attempts, row.reason) == ("gave_up", 3, "HTTP 500")
    w.close()


FEED_FAILURES = [
    ("malformed", dict(body=b"<rss><channel><item><title>broken", content_type="application/rss+xml"), "malformed feed"),
    ("html", dict(body=b"<html><body><p>hello</p></body></html>"), "not an RSS or Atom feed"),
    ("500", dict(body=b"", status=500), "HTTP 500"),
    ("timeout", dict(body=b"", delay_s=2.5), "timeout"),
]


@pytest.mark.parametrize("name,route,reason", FEED_FAILURES, ids=[f[0] for f in FEED_FAILURES])
def test_a_failing_feed_backs_off_and_never_stops_the_others(web, store, gazetteer, name, route, reason):
    web.route(f"/{name}.xml", **route)
    good = publish(web, "/good.xml", 2)
    clock = Clock()
    w = watcher(store, [Feed(web.url(f"/{name}.xml")), Feed(good)], gazetteer, clock=clock)
    rep = w.run_pass(force=True)
    bad, ok = rep.feeds
    assert reason in bad.error and ok.new_articles == 2 and rep.failures == 1
    clock.advance(0.1)  # within the backoff (0.3 s)
    rep2 = w.run_pass(force=True)
    assert not rep2.feeds[0].polled and "backing off after 1 failures" in rep2.feeds[0].error
    clock.advance(0.35)
    publish(web, f"/{name}.xml", 1, start=10)  # fixed
    rep3 = w.run_pass(force=True)
    assert rep3.feeds[0].new_articles == 1 and rep3.feeds[0].error is None
    w.close()


def test_a_bug_met_on_one_page_or_one_feed_never_stops_the_others(web, store, gazetteer, monkeypatch):
    import geo.pipeline
    import geo.watch
    from geo.errors import ExtractionError

    real_extract, real_parse = geo.pipeline.extract_article, geo.watch.parse_feed

    def extract(art, *a, **kw):
        if art.url.endswith("/news/1.html"):
            raise ExtractionError(f"{art.name}: the extractor failed on this article (IndexError: boom)")
        return real_extract(art, *a, **kw)

    def parse(body, *, kind, url):
        if url.endswith("/buggy.xml"):
            raise RuntimeError("a bug")
        return real_parse(body, kind=kind, url=url)

    monkeypatch.setattr(geo.pipeline, "extract_article", extract)
    monkeypatch.setattr(geo.watch, "parse_feed", parse)
    web.route("/buggy.xml", rss([]), content_type="application/rss+xml")
    good = publish(web, "/feed.xml", 3)
    clock = Clock()
    w = watcher(store, [Feed(web.url("/buggy.xml")), Feed(good)], gazetteer, clock=clock)
    buggy, fr = w.run_pass(force=True).feeds
    assert buggy.error == "unexpected RuntimeError: a bug"
    assert (fr.new_articles, fr.failures) == (2, 1) and "IndexError: boom" in fr.messages[0]
    monkeypatch.setattr(geo.pipeline, "extract_article", real_extract)  # the extractor fixed: read at the retry
    clock.advance(0.5)
    assert w.run_pass(force=True).feeds[1].new_articles == 1 and store.stats().articles == 3
    w.close()


def test_fetcher_caps_size_by_header_and_by_stream(web):
    web.route("/big", b"x" * 5000, content_type="text/plain")
    f = Fetcher(max_bytes=1000, host_delay_s=0)
    with pytest.raises(FetchError, match=r"too large \(5000 bytes > 1000\)"):
        f.get(web.url("/big"))
    f.close()


def test_gzip_pages_are_read_and_capped_by_their_unpacked_size(web):
    page = article_page("قصف", report_text(1))
    web.route("/z.html", page, gzip=True)
    web.route("/bomb.html", b"<html>" + b" " * 3_000_000 + b"</html>", gzip=True)  # some KB packed
    f = Fetcher(max_bytes=1_000_000, host_delay_s=0)
    r = f.get(web.url("/z.html"))
    assert r.body == page and r.content_type == "text/html"
    with pytest.raises(FetchError, match=r"too large \(more than 1000000 bytes\)"):
        f.get(web.url("/bomb.html"))
    f.close()


def test_a_server_dripping_its_answer_is_a_timeout(web):
    web.route("/drip", b"x" * 200, content_type="text/plain", trickle_s=0.3)  # 6 s in all, 0.3 s a chunk
    f = Fetcher(timeout_s=0.5, host_delay_s=0)
    t0 = time.perf_counter()
    with pytest.raises(FetchError, match=r"timeout: the whole response took more than 1.5 s"):
        f.get(web.url("/drip"))
    assert time.perf_counter() - t0 < 4
    f.close()


def test_per_host_rate_limit_spaces_requests(web):
    web.route("/p", b"ok", content_type="text/plain")
    f = Fetcher(host_delay_s=0.2)
    t0 = time.perf_counter()
    for _ in range(4):
        f.get(web.url("/p"))
    assert time.perf_counter() - t0 >= 0.6
    f.close()


# ---- the feed list

def test_example_feed_list_loads_and_lists_real_outlets_commented_out():
    fl = load_feed_list(ROOT / "data" / "feeds.example.toml")
    assert all(f.url.startswith("http://127.0.0.1") for f in fl.feeds)
    text = (ROOT / "data" / "feeds.example.toml").read_text(encoding="utf-8")
    assert text.count("# [[feed]]") >= 3


@pytest.mark.parametrize("toml,message", [
    ("[[feed]]\nkind = 'feed'\n", "needs a url"),
    ("[[feed]]\nurl = 'ftp://x/y'\n", "must be an http:// or https:// URL, got 'ftp://x/y'"),
    ("[[feed]]\nurl = 'http://x/y'\nkind = 'podcast'\n", "kind must be one of ('feed', 'sitemap'), got 'podcast'"),
    ("[[feed]]\nurl = 'http://x/y'\ncolour = 'red'\n", "unknown key 'colour'"),
    ("[settings]\ntimeout_s = 'soon'\n", "timeout_s must be a non-negative float, got 'soon'"),
    ("[settings]\nspeed = 3\n", "unknown setting 'speed'"),
    ("[[feed]\nurl=", "not a TOML feed list"),
])
def test_bad_feed_lists_name_the_problem(tmp_path, toml, message):
    p = tmp_path / "feeds.toml"
    p.write_text(toml, encoding="utf-8")
    with pytest.raises(GeoInputError, match=None) as info:
        load_feed_list(p)
    assert message in str(info.value) and str(p) in str(info.value)


def test_feed_links_relative_to_the_feed_are_resolved():
    body = rss([("/news/1.html", "one", "2020-10-14"), ("2.html", "two", None), ("javascript:alert(1)", "x", None),
                ("", "an item without a link is not the feed itself", None)])
    items = parse_feed(body, kind="feed", url="http://127.0.0.1:9/ar/rss.xml")
    assert [i.url for i in items] == ["http://127.0.0.1:9/news/1.html", "http://127.0.0.1:9/ar/2.html"]


def test_parse_feed_rejects_a_non_sitemap():
    with pytest.raises(FetchError, match="not a sitemap"):
        parse_feed(b"<html><body/></html>", kind="sitemap", url="http://127.0.0.1/s.xml")


# ---- the command

def test_watch_once_command_as_a_process(web, tmp_path):
    publish(web, "/feed.xml", 3)
    web.route("/broken.xml", b"", status=500)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[settings]\nhost_delay_s = 0\nretry_base_s = 1\n\n[[feed]]\nurl = "{web.url("/feed.xml")}"\n'
                     f'profile = "karabakh"\nname = "Test News"\n\n[[feed]]\nurl = "{web.url("/broken.xml")}"\n',
                     encoding="utf-8")
    db = tmp_path / "w.sqlite"
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "geo", "watch", "--feeds", str(feeds), "--once", "--db", str(db)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("pass 1 at ") and "3 new articles, 3 events, 1 failures" in lines[0]
    assert f"{web.url('/feed.xml')}: 3 items, 3 new articles, 3 events" in proc.stdout
    assert f"{web.url('/broken.xml')}: FAILED: HTTP 500" in proc.stdout
    assert "HTTP 500" in proc.stderr
    with EventStore(db) as s:
        assert s.stats().articles == 3 and {a.source for a in s.articles()} == {"Test News"}
    bad = tmp_path / "bad.toml"
    bad.write_text("[[feed]]\nurl = 'gopher://x'\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "geo", "watch", "--feeds", str(bad), "--once", "--db", str(db)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "gopher://x" in proc.stderr and "Traceback" not in proc.stderr


# ---- documented

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [s[0] for s in __import__("geo.feeds", fromlist=["SETTINGS"]).SETTINGS])
def test_every_watch_setting_is_in_the_readme(name):
    assert f"`{name}`" in README


@pytest.mark.parametrize("command", ["watch", "serve", "alerts"])
def test_service_commands_have_help_and_are_in_the_readme(command):
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "geo", command, "--help"], cwd=ROOT, env=env, capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0 and "usage" in r.stdout
    assert f"python -m geo {command}" in README
    assert "## Running as a service" in README and "systemd" in README


def test_watch_runs_until_stopped_with_a_line_per_pass(web, tmp_path):
    import signal

    feed = publish(web, "/feed.xml", 2)
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "geo", "watch", feed, "--interval", "0.5", "--tick", "0.2",
                             "--db", str(tmp_path / "run.sqlite")], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    lines = []
    try:
        while len([x for x in lines if x.startswith("pass ")]) < 2:
            line = proc.stdout.readline()
            assert line, proc.stderr.read()
            lines.append(line.rstrip("\n"))
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    passes = [x for x in lines if x.startswith("pass ")]
    assert "2 new articles" in passes[0] and "0 new articles" in passes[1]
    assert proc.returncode == 0 and out.strip().endswith("stopped"), err
    with EventStore(tmp_path / "run.sqlite") as s:
        assert s.stats().articles == 2


# ---- never crashes: any bytes as a feed or a sitemap are items or a FetchError

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_XMLISH = st.one_of(st.binary(max_size=400), st.text(alphabet="<>/?=\"' abcrsitemlnkurlsetchanel&;#x0123\u0627\u0644",
                                                     max_size=300).map(lambda t: t.encode("utf-8")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=_XMLISH, kind=st.sampled_from(["feed", "sitemap"]))
def test_parse_feed_never_crashes(body, kind):
    try:
        items = parse_feed(body, kind=kind, url="http://127.0.0.1/f.xml")
    except FetchError as err:
        assert err.url == "http://127.0.0.1/f.xml" and err.reason
        return
    assert all(i.url.startswith(("http://", "https://")) for i in items)
