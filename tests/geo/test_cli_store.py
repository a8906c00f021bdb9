"""``python -m geo ingest|export|stats|reextract``: in-process through ``add_commands``, once as a real process."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

import geo.cli_store as cli
from geo.cli_store import add_commands, expand_paths
from geo.store import EventStore

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_4b532d8d9de71b80.txt"
PUBLISHED = "2020-10-14"


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="python -m geo")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def shared_gazetteer(monkeypatch, gazetteer, data_dir):
    """Commands use the session's gazetteer and an empty data folder."""
    monkeypatch.setattr(cli, "_load_gazetteer", lambda: gazetteer)


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A folder of articles: the seed (with a header) in a sub-folder, a JSON Lines file, and a copy."""
    root = tmp_path / "articles"
    (root / "deep" / "er").mkdir(parents=True)
    text = SEED.read_text(encoding="utf-8")
    (root / "deep" / "er" / "seed.txt").write_text(f"published: {PUBLISHED}\nsource: test\n\n{text}", encoding="utf-8")
    (root / "copy.txt").write_text(f"published: {PUBLISHED}\n\n{text}", encoding="utf-8")  # same text: one article
    lines = [{"id": "j1", "text": "قصف الجيش الأرميني مدينة ترتر اليوم", "published": PUBLISHED},
             {"id": "j2", "text": "لا شيء هنا", "published": PUBLISHED}]
    (root / "more.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    return root


def test_ingest_folder_recursively_then_again(corpus, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    code, out, err = run(["ingest", str(corpus), "--db", str(db), "--no-progress"], capsys)
    assert code == 0, err
    assert "articles: 3 added, 1 already present, 0 failed" in out
    assert "events: " in out and "unresolved names" in out and f"store: sqlite:///{db}" in out
    assert err == ""
    with EventStore(db) as s:
        names = sorted(a.name for a in s.articles())
        assert names == ["copy", "j1", "j2"]  # copy.txt comes first; seed.txt has the same text
        assert s.stats().readings > 0
    code, out, _ = run(["ingest", str(corpus), "--db", str(db), "--no-progress"], capsys)
    assert code == 0 and "articles: 0 added, 4 already present, 0 failed" in out


def test_ingest_globs_and_the_default_store(corpus, data_dir, capsys):
    code, out, _ = run(["ingest", str(corpus / "**" / "*.txt"), "--no-progress"], capsys)
    assert code == 0 and "articles: 1 added, 1 already present" in out
    assert (data_dir / "events.sqlite").is_file()


def test_ingest_uses_database_url(corpus, tmp_path, monkeypatch, capsys):
    db = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{db}")
    code, out, _ = run(["ingest", str(corpus / "more.jsonl"), "--no-progress"], capsys)
    assert code == 0 and db.is_file() and "from-env.sqlite" in out


def test_bad_paths_and_files_get_one_line_each_and_good_files_are_stored(corpus, tmp_path, capsys):
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x01")
    (corpus / "empty.txt").write_text("published: 2020-10-14\n\n   \n", encoding="utf-8")
    (corpus / "bad.jsonl").write_text("{not json", encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF")
    empty_dir = tmp_path / "nothing-here"
    empty_dir.mkdir()
    db = tmp_path / "s.sqlite"
    argv = ["ingest", str(corpus), str(tmp_path / "missing.txt"), str(tmp_path / "nope" / "*.txt"), str(pdf),
            str(empty_dir), "--db", str(db), "--no-progress"]
    code, out, err = run(argv, capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 7, err
    assert all(line.startswith("error: ") for line in lines)
    for needle in ("missing.txt: no such file or folder", "*.txt: no article file matches", "report.pdf: unsupported",
                   "nothing-here: folder has no article files", "broken.txt: not text", "empty.txt: the article has no",
                   "bad.jsonl:1: not a JSON object"):
        assert sum(needle in line for line in lines) == 1, (needle, err)
    assert "articles: 3 added, 1 already present, 4 failed" in out
    with EventStore(db) as s:
        assert s.stats().articles == 3


def test_article_without_a_date_is_read_with_a_warning(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    code, out, err = run(["ingest", str(SEED), "--db", str(db), "--no-progress"], capsys)
    assert code == 0 and err.startswith("warning: ") and "--published" in err and len(err.strip().splitlines()) == 1
    assert str(SEED) in err and "1 added, 0 already present, 0 failed" in out
    with EventStore(db) as s:
        events = s.events()
        assert events and s.stats().undated >= 1
        assert all(e.date_precision == "unknown" for e in events if e.date is None)
    code, out, err = run(["stats", "--db", str(db)], capsys)
    assert code == 0 and "undated events" in out


@pytest.mark.parametrize("argv, message", [
    (["ingest", "x", "--published", "yesterday"], "--published must be a date as YYYY-MM-DD, got 'yesterday'"),
    (["ingest", "x", "--profile", "narnia"], "no conflict profile 'narnia'"),
    (["export", "-o", "out.geojson", "--bbox", "1,2,3"], "bbox must be four numbers"),
    (["export", "-o", "out.geojson", "--type", "bombing"], "'bombing' is not one of"),
    (["export", "-o", "out.geojson", "--from", "14.10.2020"], "date_from must be a date"),
    (["export", "-o", "out.shp"], "export format must be one of"),
    (["export", "-o", "no/such/folder/out.csv"], "does not exist"),
    (["stats", "--db", "mysql://x@y/z"], "unsupported database 'mysql'"),
])
def test_bad_options_are_one_clear_line(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(argv, capsys)
    assert code in (1, 2) and err.count("\n") == 1 and message in err, err


@pytest.fixture
def ingested(corpus, store_url, capsys):
    code, _, err = run(["ingest", str(corpus), "--db", store_url, "--no-progress"], capsys)
    assert code == 0, err
    return store_url


@pytest.mark.parametrize("fmt", ["geojson", "csv", "gpkg"])
def test_export_with_filters(ingested, tmp_path, capsys, fmt):
    with EventStore(ingested) as s:
        everything = s.events()
    claimant = everything[0].claimant
    wanted = [e for e in everything if e.claimant == claimant]
    out_file = tmp_path / f"out.{fmt}"
    code, out, err = run(["export", "--format", fmt, "-o", str(out_file), "--claimant", claimant,
                          "--from", PUBLISHED, "--to", PUBLISHED, "--db", ingested], capsys)
    assert code == 0, err
    assert out.strip() == f"wrote {len(wanted)} events to {out_file} ({fmt})"
    back = gpd.read_file(out_file) if fmt != "csv" else __import__("pandas").read_csv(out_file)
    assert len(back) == len(wanted)
    if fmt != "csv":
        assert set(back["claimant"]) == {claimant}
        assert sorted(back.geometry.x) == pytest.approx(sorted(e.lon for e in wanted))


def test_export_bbox_place_and_readings(ingested, tmp_path, capsys):
    out_file = tmp_path / "tartar.geojson"
    code, out, _ = run(["export", "-o", str(out_file), "--bbox", "40,46.5,40.6,47.2", "--place", "ترتر",
                        "--db", ingested], capsys)
    assert code == 0
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert doc["features"], out
    for f in doc["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert 40 <= lat <= 40.6 and 46.5 <= lon <= 47.2
    code, out, _ = run(["export", "-o", str(tmp_path / "r.csv"), "--readings", "--db", ingested], capsys)
    assert code == 0 and "readings to" in out


def test_stats(ingested, capsys):
    code, out, _ = run(["stats", "--db", ingested], capsys)
    assert code == 0
    assert "articles: 3" in out and "by claimant:" in out and "by type:" in out
    assert f"dates: {PUBLISHED} .. " in out
    code, out, _ = run(["stats", "--json", "--db", ingested], capsys)
    d = json.loads(out)
    assert d["articles"] == 3 and d["events"] == sum(d["by_claimant"].values())


def test_reextract_keeps_a_correction(ingested, capsys):
    with EventStore(ingested) as s:
        target = s.events()[0]
        s.correct(target.event_id, killed=77)
    code, out, err = run(["reextract", "--db", ingested, "--no-progress"], capsys)
    assert code == 0, err
    assert "articles: 3 read again, 0 failed" in out and "corrections: 1 re-applied" in out
    with EventStore(ingested) as s:
        got = s.get(target.event_id)
        assert got.corrected and got.killed == 77


def test_expand_paths_dedupes_and_sorts(corpus):
    files, errors = expand_paths([str(corpus), str(corpus / "copy.txt"), str(corpus / "*.jsonl")])
    assert errors == []
    assert [f.name for f in files] == ["copy.txt", "seed.txt", "more.jsonl"]


def test_help_of_every_command(capsys):
    for command in ("ingest", "export", "stats", "reextract"):
        with pytest.raises(SystemExit) as exit_info:
            run([command, "--help"], capsys)
        assert exit_info.value.code == 0
        out = capsys.readouterr().out
        assert "--db" in out


def test_python_dash_m_geo_ingest(corpus, tmp_path):
    """The real entry point: exit status, summary on stdout, errors on stderr (no bar when not a terminal)."""
    db = tmp_path / "s.sqlite"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["CONFLICTMAP_DATA_DIR"] = str(tmp_path / "data")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    (tmp_path / "undated.txt").write_text(SEED.read_text(encoding="utf-8") + "\nسطر آخر\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "geo", "ingest", str(corpus), str(tmp_path / "undated.txt"),
                           "--db", str(db)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr  # an undated article is read, with a warning naming it
    assert "articles: 4 added, 1 already present, 0 failed" in proc.stdout
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("warning: ") and "undated.txt" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "geo", "stats", "--db", str(db)], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == 0 and "articles: 4" in proc.stdout
