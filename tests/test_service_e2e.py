"""The whole service on PostGIS: a local news site -> ``geo watch --once`` -> ``geo serve`` (OGC API
Features, read by OWSLib) -> an alert's Atom feed and webhook -> the app; then two watchers at once."""

from __future__ import annotations

import json
import subprocess
import sys

import feedparser
import pytest
import requests
from owslib.ogcapi.features import Features
from streamlit.testing.v1 import AppTest

from tests.localweb import LocalWeb, article_page, report_text, rss
from tests.service import ROOT, env, serving
from geo.store import EventStore


def geo(*argv, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *argv], cwd=ROOT, env=env(), capture_output=True, text=True,
                          timeout=timeout)


def site(web: LocalWeb, feed: str, numbers: list[int], *, extra: list[tuple[str, str, str | None]] = ()) -> str:
    items = []
    for i in numbers:
        path = f"/news/{i}.html"
        web.route(path, article_page(f"قصف رقم {i}", report_text(i)))
        items.append((web.url(path), f"قصف رقم {i}", "2020-10-14"))
    return web.route(feed, rss(items + list(extra)), content_type="application/rss+xml")


@pytest.fixture
def pg_db(postgis_server) -> str:
    return postgis_server.fresh_database()


def test_feed_to_api_to_alert_to_app(pg_db, tmp_path, monkeypatch):
    with LocalWeb() as web:
        hook = web.route("/hook", status=204)
        web.route("/bad/404.html", b"gone", status=404)
        web.route("/bad/500.html", b"oops", status=500)
        web.route("/bad/slow.html", b"<html></html>", delay_s=3)
        web.route("/bad/pdf.html", b"%PDF-1.4", content_type="application/pdf")
        web.route("/bad/huge.html", b"<html><body>" + b"x" * 400_000 + b"</body></html>")
        bad = [(web.url(f"/bad/{n}.html"), n, "2020-10-14") for n in ("404", "500", "slow", "pdf", "huge")]
        feed = site(web, "/feed.xml", list(range(6)), extra=bad)
        web.route("/broken.xml", b"<rss><channel><item><title>cut", content_type="application/rss+xml")
        feeds = tmp_path / "feeds.toml"
        feeds.write_text(f'[settings]\nhost_delay_s = 0\ntimeout_s = 1.5\nmax_bytes = 200000\n\n'
                         f'[[feed]]\nurl = "{feed}"\nname = "Local News"\n\n'
                         f'[[feed]]\nurl = "{web.url("/broken.xml")}"\n', encoding="utf-8")
        # an alert saved before the news arrives: Azerbaijani claims of shelling, with a webhook
        p = geo("alerts", "add", "shelling claimed by Azerbaijan", "--claimant", "Azerbaijan", "--type", "shelling",
                "--webhook", hook, "--db", pg_db)
        assert p.returncode == 0, p.stderr
        alert_id = p.stdout.split()[2].rstrip(":")

        p = geo("watch", "--feeds", str(feeds), "--once", "--db", pg_db)
        assert p.returncode == 0, p.stderr
        assert "6 new articles, 6 events, 6 failures" in p.stdout.splitlines()[0]
        for reason in ("HTTP 404", "HTTP 500", "timeout after 1.5 s", "not HTML (Content-Type application/pdf)",
                       "too large", "malformed feed"):
            assert reason in p.stdout and reason in p.stderr, reason
        assert "Traceback" not in p.stderr
        # a second pass (a restart, from cron) fetches no stored page again
        hits = {i: web.hits[f"/news/{i}.html"] for i in range(6)}
        p = geo("watch", "--feeds", str(feeds), "--once", "--db", pg_db)
        assert p.returncode == 0 and "0 new articles" in p.stdout.splitlines()[0]
        assert hits == {i: web.hits[f"/news/{i}.html"] for i in range(6)} == {i: 1 for i in range(6)}

        with EventStore(pg_db) as store:
            events = store.events()
            assert store.stats().articles == 6 and len(events) == 6
        places = sorted(e.place_en for e in events)

        with serving(pg_db) as base:
            api = Features(base)
            items = api.collection_items("events", limit=100)
            assert items["numberMatched"] == 6 and sorted(f["properties"]["place_en"] for f in items["features"]) == places
            assert all(f["properties"]["source"] == "Local News" for f in items["features"])
            atom = feedparser.parse(requests.get(f"{base}/alerts/{alert_id}.atom", timeout=10).content)
            assert len(atom.entries) == 6 and all(e.title.startswith("Azerbaijan: shelling") for e in atom.entries)

        p = geo("alerts", "deliver", "--db", pg_db)
        assert p.returncode == 0 and "6 events sent, 0 failed" in p.stdout, p.stderr
        assert sorted(json.loads(b)["properties"]["place_en"] for _, b in web.posts) == places

    # the app, on the same database, shows them
    monkeypatch.setenv("DATABASE_URL", pg_db)
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path / "appdata"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    assert not at.exception, at.exception
    assert int(at.metric[0].value) == 6


def test_two_watchers_on_overlapping_feeds_store_nothing_twice(pg_db, tmp_path):
    with LocalWeb() as web:
        a = site(web, "/a.xml", list(range(0, 12)))
        b = site(web, "/b.xml", list(range(6, 18)))
        # the same story at another URL, in a third feed both watchers read
        web.route("/mirror/7.html", article_page("قصف رقم 7", report_text(7)))
        c = web.route("/c.xml", rss([(web.url("/mirror/7.html"), "mirror", "2020-10-14")]),
                      content_type="application/rss+xml")
        lists = []
        for name, urls in (("one", [a, c]), ("two", [b, c])):
            f = tmp_path / f"{name}.toml"
            f.write_text("[settings]\nhost_delay_s = 0\n\n" + "".join(f'[[feed]]\nurl = "{u}"\n\n' for u in urls),
                         encoding="utf-8")
            lists.append(f)
        EventStore(pg_db).close()  # the schema exists before the race (as after any first start)
        procs = [subprocess.Popen([sys.executable, "-m", "geo", "watch", "--feeds", str(f), "--once", "--db", pg_db],
                                  cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for f in lists]
        outs = [p.communicate(timeout=300) for p in procs]
        for p, (out, err) in zip(procs, outs):
            assert p.returncode == 0, err
            assert "Traceback" not in err
        # every page fetched once, by one watcher
        assert all(web.hits[f"/news/{i}.html"] == 1 for i in range(18)), dict(web.hits)
    with EventStore(pg_db) as store:
        st = store.stats()
        assert st.articles == 18 and st.readings == 18
        texts = [a.text for a in store.articles()]
        assert len(texts) == len(set(texts))
        ids = [e.event_id for e in store.events(merged=False)]
        assert len(ids) == len(set(ids))
        assert sorted({e.place_en for e in store.events()}) == sorted({e.place_en for e in store.events(merged=False)})
    # two serve processes on the one database answer the same
    with serving(pg_db) as s1, serving(pg_db) as s2:
        r1 = requests.get(f"{s1}/collections/events/items?limit=100&f=json", timeout=10).json()
        r2 = requests.get(f"{s2}/collections/events/items?limit=100&f=json", timeout=10).json()
        assert r1["numberMatched"] == r2["numberMatched"] == store_events(pg_db)
        assert [f["id"] for f in r1["features"]] == [f["id"] for f in r2["features"]]


def store_events(url: str) -> int:
    with EventStore(url) as s:
        return s.stats().events
