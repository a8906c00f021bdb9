"""A private, throw-away PostgreSQL 15 + PostGIS cluster for tests and benchmarks.

``with postgis_cluster() as pg: pg.url`` starts ``initdb``/``pg_ctl`` in a temporary folder on a
free loopback port (as user ``postgres`` when run as root), creates a database with PostGIS and
stops and removes everything at the end. Missing binaries raise ``PostgisUnavailable`` with the
package to install: callers must fail, never skip.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["PgCluster", "PostgisUnavailable", "postgis_cluster", "find_bin_dir"]

PG_VERSION = "15"
INSTALL_HINT = "apt-get install -y --no-install-recommends postgresql-15-postgis-3 postgresql-15-postgis-3-scripts"


class PostgisUnavailable(RuntimeError):
    """PostgreSQL or PostGIS is not installed, or the private cluster would not start."""


def find_bin_dir() -> Path:
    """The folder of ``initdb``/``pg_ctl`` for PostgreSQL 15."""
    override = os.environ.get("PG_BIN_DIR")
    candidates = [Path(override)] if override else []
    candidates.append(Path(f"/usr/lib/postgresql/{PG_VERSION}/bin"))
    for d in candidates:
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    raise PostgisUnavailable(f"PostgreSQL {PG_VERSION} binaries not found in {[str(c) for c in candidates]}; "
                             f"install them: {INSTALL_HINT}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgCluster:
    """A running private cluster: its folder, port, and a database with PostGIS."""

    root: Path
    port: int
    bin_dir: Path
    dbname: str
    _counter: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the main database (PostGIS enabled)."""
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres"):
        """A psycopg connection (autocommit) to ``dbname`` as user postgres."""
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname, autocommit=True)

    def create_database(self, dbname: str, *, template: str | None = None, postgis: bool = True) -> str:
        """Create a database (copied from ``template`` if given) and return its URL."""
        with self.connect() as conn:
            if template:
                conn.execute(f'CREATE DATABASE "{dbname}" TEMPLATE "{template}" STRATEGY FILE_COPY')
            else:
                conn.execute(f'CREATE DATABASE "{dbname}"')
        if postgis and not template:
            import psycopg

            with self.connect(dbname) as conn:
                try:
                    conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                except psycopg.Error as err:
                    raise PostgisUnavailable(f"CREATE EXTENSION postgis failed ({err}); install it: "
                                             f"{INSTALL_HINT}") from err
        return self.url_for(dbname)

    def fresh_database(self) -> str:
        """A new empty database with PostGIS (a fast copy of a PostGIS template)."""
        with self.connect() as conn:
            has = conn.execute("SELECT 1 FROM pg_database WHERE datname = 'conflictmap_template'").fetchone()
        if not has:
            self.create_database("conflictmap_template")
        return self.create_database(f"t_{os.getpid()}_{next(self._counter)}", template="conflictmap_template")


def _as_postgres(cmd: list[str]) -> list[str]:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


def _run(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise PostgisUnavailable(f"{what} failed (exit {proc.returncode}): {' | '.join(detail)}")


@contextlib.contextmanager
def postgis_cluster(*, dbname: str = "conflictmap_test", fast: bool = True):
    """Start a private cluster with a PostGIS database; stop and delete it on exit."""
    bin_dir = find_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="conflictmap-pg-"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        shutil.chown(root, user="postgres")
    data = root / "data"
    port = _free_port()
    started = False
    try:
        _run(_as_postgres([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                           "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]), "initdb")
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={root}"
        if fast:  # a throw-away cluster: durability buys nothing
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        _run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(root / "server.log"),
                           "-w", "-t", "60", "start"]), "pg_ctl start")
        started = True
        cluster = PgCluster(root, port, bin_dir, dbname)
        cluster.create_database(dbname)
        yield cluster
    finally:
        if started:
            subprocess.run(_as_postgres([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                                         "stop"]), capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)
