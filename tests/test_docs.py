"""Docs stay true: every exported property, setting and command is in the README."""

import json
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


# --------------------------------------------------------------------------- README examples (issue 13 item 12)
def _console_examples():
    """(block number, command, expected output lines) of every ```console block, in order."""
    import re

    for n, block in enumerate(re.findall(r"```console\n(.*?)```", README, re.S)):
        cmd, out = None, []
        for line in block.splitlines():
            if line.startswith("$ "):
                if cmd:
                    yield n, cmd, out
                cmd, out = line[2:], []
            else:
                out.append(line)
        if cmd:
            yield n, cmd, out


def _lines_match(expected: list[str], actual: list[str]) -> bool:
    """``...`` alone on a line stands for any lines; inside a line, for any text."""
    import re

    pattern = "".join("(?:.*\n)*?" if e.strip() == "..." else re.escape(e.rstrip()).replace(r"\.\.\.", ".*") + "\n"
                        for e in expected)
    return re.fullmatch(pattern, "".join(a.rstrip() + "\n" for a in actual)) is not None


def _check_extract_example(expected: list[str], stdout: str) -> None:
    import re

    text = "\n".join(expected)
    real = json.loads(stdout)["features"]
    total = re.search(r"\.\.\. (\d+) features in all", text)
    assert total and len(real) == int(total.group(1))
    shown = re.findall(r'"coordinates": \[([^\]]*)\]\},\s*"properties": \{(.*?), \.\.\.\}', text, re.S)
    assert shown
    for coords, props in shown:
        lon, lat = (float(x) for x in coords.split(","))
        want = json.loads("{" + props + "}")
        assert any(f["geometry"]["coordinates"] == [lon, lat] and all(f["properties"][k] == v for k, v in want.items())
                   for f in real), (coords, want)


def test_every_readme_example_prints_what_the_readme_shows(tmp_path):
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DATABASE_URL", None)
    examples = list(_console_examples())
    assert len(examples) >= 7
    for n, cmd, expected in examples:
        cwd = tmp_path / f"block{n}"
        if not cwd.exists():
            cwd.mkdir()
            (cwd / "seeds").symlink_to(ROOT / "seeds")
        shell = cmd.replace("python -m", f"{sys.executable} -m")
        r = subprocess.run(shell, shell=True, executable="/bin/bash", cwd=cwd, env=env, capture_output=True,
                           text=True, timeout=300)
        if "geo extract" in cmd:
            assert r.returncode == 0, r.stderr
            _check_extract_example(expected, r.stdout)
            continue
        actual = (r.stdout + r.stderr).splitlines()
        assert _lines_match(expected, actual), (cmd, expected, actual)


def test_the_limits_in_the_readme_are_the_enforced_ones():
    """Each row of the README's Limits table names the constant that enforces it, with that constant's value."""
    import importlib
    import re

    from geo.articles import MAX_YEAR, MIN_YEAR, _PROFILE_NAME

    section = README.split("## Limits", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| input")]
    named = 0
    for row in rows:
        cell = row.split("|")[2].strip()
        m = re.search(r"\(`([\w.]+)`[);]", cell)
        if m is None:
            continue
        named += 1
        dotted = m.group(1) if "." in m.group(1) else f"geo.articles.{m.group(1)}"
        module, name = dotted.rsplit(".", 1)
        value = getattr(importlib.import_module(module), name)
        shown = cell[:m.start()].strip()
        if shown.endswith("MiB"):
            assert value == int(shown.split()[0]) * 1024 * 1024, row
        else:
            assert int(shown.split()[0].replace(",", "")) == value, row
    assert named == len(rows) - 2, rows  # every row but the profile name and the years names its constant
    assert f"years {MIN_YEAR} to {MAX_YEAR}" in section
    assert "| a profile name | 64 letters" in section and "{0,63}" in _PROFILE_NAME.pattern
