"""Helpers of the service tests: a store filled with known events, and ``geo serve`` as a real process."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent

#: (text, date): claimant, attacker, type and place are what the extractor reads from each text.
REPORTS = [
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر صباح اليوم بالمدفعية الثقيلة.", "2020-10-01"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة بردعة صباح اليوم بالمدفعية الثقيلة.", "2020-10-02"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية أطلقت صاروخا على مدينة كنجة صباح اليوم.", "2020-10-03"),
    ("قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مدينة ستيباناكرت صباح اليوم بالطائرات المسيرة.", "2020-10-04"),
    ("قالت وزارة الدفاع الأرمينية إن الطيران الأذربيجاني شن غارة جوية على مدينة مارتوني صباح اليوم.", "2020-10-05"),
]
EXPECTED = [  # (claimant, event_type, place_en) of each report (the instrument "بالطائرات المسيرة" makes a drone strike)
    ("Azerbaijan", "shelling", "Tartar"), ("Azerbaijan", "shelling", "Barda"), ("Azerbaijan", "missile", "Ganja"),
    ("Armenia", "drone", "Khankendi (Stepanakert)"), ("Armenia", "airstrike", "Khojavend (Martuni, Karabakh)"),
]


def fill(store, gazetteer) -> None:
    from geo.articles import Article
    from geo.pipeline import extract_article

    for i, (text, date) in enumerate(REPORTS):
        art = Article(f"report-{i}", text, dt.date.fromisoformat(date), f"http://127.0.0.1/report-{i}.html",
                      f"report {i}", "test", "karabakh")
        store.add_article(art, extract_article(art, gazetteer).events)
    got = sorted((e.claimant, e.event_type, e.place_en) for e in store.events())
    assert got == sorted(EXPECTED), got


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def env() -> dict:
    e = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    e["PYTHONPATH"] = str(ROOT)
    return e


@contextlib.contextmanager
def serving(db_url: str, *, port: int | None = None, timeout_s: float = 60.0):
    """``python -m geo serve --db URL`` on a free loopback port; yields its base URL; stopped at the end."""
    port = port or free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "geo", "serve", "--db", db_url, "--port", str(port)], cwd=ROOT,
                            env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"geo serve exited {proc.returncode}: {proc.stderr.read()}")
            try:
                if requests.get(f"{base}/conformance?f=json", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("geo serve did not answer in time")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for f in (proc.stdout, proc.stderr):
            f.close()


def clear_service_tables(store) -> None:
    """Empty the live service's tables: the shared PostGIS test database keeps them between tests
    (the ``store`` fixture drops only the event tables)."""
    import sqlalchemy as sa

    with store._engine.begin() as conn:
        for name in ("alert_deliveries", "alerts", "seen_urls", "feed_state"):
            conn.execute(sa.delete(store._t.metadata.tables[name]))
