"""Alerts: saved from the command line, an Atom feed per alert on ``geo serve``, webhooks with retries."""

from __future__ import annotations

import argparse
import datetime as dt
import json

import feedparser
import pytest
import requests

from tests.localweb import LocalWeb
from tests.service import clear_service_tables, fill, serving
from geo import alerts as al
from geo.articles import Article
from geo.cli_service import add_service_commands
from geo.errors import GeoInputError
from geo.pipeline import extract_article


@pytest.fixture(autouse=True)
def _empty_service_tables(request):
    """Each test starts without alerts, seen URLs or feed state (see ``service.clear_service_tables``)."""
    if "store" in request.fixturenames:
        clear_service_tables(request.getfixturevalue("store"))


def cli(argv, capsys):
    parser = argparse.ArgumentParser(prog="python -m geo")
    add_service_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_alerts_saved_listed_and_served_as_atom(store, gazetteer, tmp_path, capsys):
    fill(store, gazetteer)
    db = store._url.render_as_string(hide_password=False)
    code, out, err = cli(["alerts", "add", "Azerbaijani claims near Tartar", "--bbox", "40.0,46.5,40.6,47.3",
                          "--claimant", "Azerbaijan", "--db", db], capsys)
    assert code == 0, err
    aid = out.split()[2].rstrip(":")
    area = tmp_path / "area.geojson"
    area.write_text(json.dumps({"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [
        [[46.6, 39.7], [46.9, 39.7], [46.9, 39.9], [46.6, 39.9], [46.6, 39.7]]]}}), encoding="utf-8")
    code, out, err = cli(["alerts", "add", "drawn around Stepanakert", "--area", str(area), "--theatre", "karabakh",
                          "--type", "drone", "--db", db], capsys)
    assert code == 0, err
    aid2 = out.split()[2].rstrip(":")
    code, out, _ = cli(["alerts", "list", "--db", db], capsys)
    assert f"{aid}  Azerbaijani claims near Tartar  (bbox 40,46.5,40.6,47.3; claimants Azerbaijan)" in out
    assert f"{aid2}  drawn around Stepanakert  (drawn area; types drone; theatre karabakh)" in out
    with serving(db) as base:
        r = requests.get(f"{base}/alerts/{aid}.atom", timeout=10)
        assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/atom+xml")
        feed = feedparser.parse(r.content)
        assert not feed.bozo and feed.feed.title == "conflictmap alert: Azerbaijani claims near Tartar"
        titles = sorted(e.title for e in feed.entries)
        assert titles == ["Azerbaijan: shelling by Armenia at Barda on 2020-10-02",
                          "Azerbaijan: shelling by Armenia at Tartar on 2020-10-01"]
        link = [x.href for x in feed.entries[0].links if x.type == "application/geo+json"][0]
        assert requests.get(link, timeout=10).json()["type"] == "Feature"
        feed2 = feedparser.parse(requests.get(f"{base}/alerts/{aid2}.atom", timeout=10).content)
        assert [e.title for e in feed2.entries] == [
            "Armenia: drone by Azerbaijan at Khankendi (Stepanakert) on 2020-10-04"]
        listing = requests.get(f"{base}/alerts", timeout=10).json()
        assert {a["id"] for a in listing["alerts"]} == {aid, aid2}
    code, out, _ = cli(["alerts", "delete", aid, "--db", db], capsys)
    assert code == 0 and [a.id for a in al.list_alerts(store)] == [aid2]


def test_an_undated_event_is_an_entry_of_the_atom_feed_and_a_webhook_post(store, gazetteer):
    """A page with no date (geo watch reads those) makes undated events: an alert lists them, marked undated."""
    with LocalWeb() as web:
        hook = web.route("/hook", status=204)
        alert = al.save_alert(store, al.Alert("Azerbaijani claims", claimants=("Azerbaijan",), webhook=hook))
        art = Article("undated", "قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر بالمدفعية الثقيلة.",
                      None, profile="karabakh")
        store.add_article(art, extract_article(art, gazetteer).events)
        feed = feedparser.parse(al.atom_feed(store, alert))
        assert not feed.bozo and [e.title for e in feed.entries] == ["Azerbaijan: shelling by Armenia at Tartar undated"]
        assert "published" not in feed.entries[0] and feed.entries[0].updated
        assert al.deliver(store, backoff_s=0.01).sent == 1
        (_, body), = web.posts
        assert json.loads(body)["properties"]["date"] is None


def test_webhook_gets_each_new_event_once_with_retries(store, gazetteer):
    with LocalWeb() as web:
        hook = web.route("/hook", status=204, fail_first=1)
        fill(store, gazetteer)  # events stored before the alert was saved are not pushed
        alert = al.save_alert(store, al.Alert("all Azerbaijani claims", claimants=("Azerbaijan",), webhook=hook))
        assert al.deliver(store, backoff_s=0.01).sent == 0
        art = Article("later", "قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة أغدام صباح اليوم.",
                      dt.date(2020, 10, 6), profile="karabakh")
        store.add_article(art, extract_article(art, gazetteer).events)
        rep = al.deliver(store, backoff_s=0.01)
        assert (rep.sent, rep.failed) == (1, 0) and web.hits["/hook"] == 2  # one 503, then delivered
        (path, body), = web.posts
        feat = json.loads(body)
        assert feat["type"] == "Feature" and feat["properties"]["place_en"] == "Aghdam"
        assert al.deliver(store, backoff_s=0.01).sent == 0  # never twice
        # an endpoint that keeps failing: reported, and tried again next time
        web.route("/hook", status=500)
        art2 = Article("later2", "قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة فضولي صباح اليوم.",
                       dt.date(2020, 10, 7), profile="karabakh")
        store.add_article(art2, extract_article(art2, gazetteer).events)
        rep = al.deliver(store, retries=3, backoff_s=0.01)
        assert rep.failed == 1 and "HTTP 500 after 3 tries" in rep.messages[0] and alert.id in rep.messages[0]
        web.route("/hook", status=200)
        assert al.deliver(store, backoff_s=0.01).sent == 1


@pytest.mark.parametrize("kw,message", [
    (dict(name=""), "an alert needs a name"),
    (dict(name="x", event_types=("bombing",)), "alert event type 'bombing' is not one of"),
    (dict(name="x", bbox=(50, 0, 40, 10)), "south <= north"),
    (dict(name="x", area={"type": "Point", "coordinates": [1, 2]}), "Polygon or MultiPolygon, got a Point"),
    (dict(name="x", webhook="file:///etc/passwd"), "webhook must be an http:// or https:// URL"),
    (dict(name="x", theatre="atlantis"), "atlantis"),
])
def test_bad_alerts_are_refused_with_the_reason(kw, message):
    with pytest.raises(GeoInputError) as info:
        al.Alert(**kw)
    assert message in str(info.value)


def test_an_alert_is_saved_and_listed_from_the_app(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from tests.service import ROOT
    from geo.store import EventStore

    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.run()
    at.multiselect(key="claimants").set_value(["Armenia"]).run()
    at.text_input(key="alert_name").set_value("Armenian claims")
    at.text_input(key="alert_webhook").set_value("http://127.0.0.1:9/hook")
    at.button[[b.label for b in at.button].index("Save alert")].click().run()
    assert not at.exception, at.exception
    assert any("Saved alert" in s.value for s in at.success)
    with EventStore(tmp_path / "data" / "events.sqlite") as store:
        (a,) = al.list_alerts(store)
    # the page shows every theatre at first, so the alert is for all of them
    assert (a.name, a.claimants, a.theatre, a.webhook) == ("Armenian claims", ("Armenia",), None,
                                                           "http://127.0.0.1:9/hook")
    assert any(a.id in m.value and "Armenian claims" in m.value for m in at.markdown)
    # a bad webhook is refused with the reason, nothing saved
    at.text_input(key="alert_name").set_value("bad")
    at.text_input(key="alert_webhook").set_value("ftp://x")
    at.button[[b.label for b in at.button].index("Save alert")].click().run()
    assert any("webhook must be an http:// or https:// URL" in e.value for e in at.error)
