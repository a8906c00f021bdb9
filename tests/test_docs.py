"""Docs stay true: every exported property, setting and command is in the README."""

import subprocess
import sys

import pytest

from geo.export import ACLED_COLUMNS, PROPERTIES
from geo.extract import SETTINGS
from tests.common import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DATA_README = (ROOT / "data" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(PROPERTIES))
def test_every_exported_property_is_documented(name):
    assert f"`{name}`" in README


@pytest.mark.parametrize("name", list(ACLED_COLUMNS))
def test_every_acled_column_is_documented(name):
    assert f"`{name}`" in README


@pytest.mark.parametrize("name", [s[0] for s in SETTINGS])
def test_every_setting_is_documented(name):
    assert f"`{name}`" in README


def test_every_data_file_has_provenance():
    tracked = subprocess.run(["git", "ls-files", "data"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    files = [f for f in tracked if not f.endswith("README.md")] or [
        str(p.relative_to(ROOT)) for p in (ROOT / "data").rglob("*") if p.is_file() and p.name != "README.md"]
    for f in files:
        name = f.split("/")[-1]
        if f.startswith("data/eval/articles/"):
            name = "articles/"
        assert name in DATA_README, f


@pytest.mark.parametrize("module, command", [
    ("geo", "extract"), ("geo", "ingest"), ("geo", "export"), ("geo", "stats"), ("geo", "reextract"),
    ("gazetteer", "resolve"), ("gazetteer", "candidates"),
])
def test_every_command_has_help_and_is_in_the_readme(module, command):
    r = subprocess.run([sys.executable, "-m", module, command, "--help"], cwd=ROOT, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0 and "usage" in r.stdout
    assert f"python -m {module} {command}" in README


def test_the_suite_uses_only_its_own_folders():
    """Issue 13 item 11: the cache and data folders of a test session are its own temporary folders."""
    import os
    import tempfile

    from gazetteer.gazetteer import _default_cache_dir
    from geo.store import default_sqlite_path

    tmp = os.path.realpath(tempfile.gettempdir())
    for folder in (_default_cache_dir(), default_sqlite_path().parent):
        assert os.path.realpath(folder).startswith(os.path.join(tmp, "conflictmap-tests-")), folder
    assert "DATABASE_URL" not in os.environ
