"""Shared fixtures: the gazetteer, a private PostGIS server, and a store over both back ends.

The suite touches only its own folders: at import (before any test or subprocess starts) the
gazetteer's cache folder and the data folder point at a fresh temporary folder of this session,
removed at its end, and no ``DATABASE_URL`` reaches a test, so the user's store and caches are
never read, written or pruned.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests import pg

SESSION_DIR = Path(tempfile.mkdtemp(prefix="conflictmap-tests-"))
os.environ["CONFLICTMAP_CACHE_DIR"] = str(SESSION_DIR / "cache")
os.environ["CONFLICTMAP_DATA_DIR"] = str(SESSION_DIR / "data")
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(SESSION_DIR / "hypothesis"))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(SESSION_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def gazetteer():
    """The default gazetteer (index cached on disk)."""
    from gazetteer import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def postgis_server():
    """A private PostgreSQL 15 + PostGIS cluster for the session; fails (never skips) if it cannot start."""
    try:
        with pg.postgis_cluster() as cluster:
            yield cluster
    except pg.PostgisUnavailable as err:
        pytest.fail(f"PostGIS test server unavailable: {err}", pytrace=False)


@pytest.fixture(scope="session")
def postgis_url(postgis_server):
    """SQLAlchemy URL of the session's PostGIS database ``conflictmap_test``."""
    return postgis_server.url


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """An empty CONFLICTMAP_DATA_DIR and no DATABASE_URL, so nothing touches the user's store."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(folder))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return folder


STORE_TABLES = ("review_log", "reviews", "corrections", "events", "articles", "store_meta")


@pytest.fixture(params=["sqlite", "postgis"])
def store_url(request, tmp_path):
    """URL of an empty database of each back end (PostGIS: the session database, store tables dropped)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'events.sqlite'}"
    server = request.getfixturevalue("postgis_server")
    with server.connect(server.dbname) as conn:
        conn.execute("SET lock_timeout = '10s'")  # a connection a test left open fails loudly, never hangs
        conn.execute(f"DROP TABLE IF EXISTS {', '.join(STORE_TABLES)} CASCADE")
    return server.url


@pytest.fixture
def store(store_url, data_dir):
    """An empty EventStore, once on SQLite and once on PostGIS."""
    from geo.store import EventStore

    s = EventStore(store_url)
    yield s
    s.close()
