"""Issue 13: no input crashes a batch, no export destroys a file (each found case, reproduced first)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

import geo.cli_store as cli
from geo.articles import Article
from geo.export import ExportError, csv_safe, to_bytes, write, write_bytes
from geo.model import Event
from geo.store import EventFilter, EventStore
from tests.common import ROOT, SEED
from tests.geo.test_cli_store import run

ARABIC = "قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف مدينة ترتر أمس."
GOOD = f"published: 2020-10-14\n\n{ARABIC} وأضافت أن القصف مستمر.\n"


@pytest.fixture(autouse=True)
def shared_gazetteer(monkeypatch, gazetteer, data_dir):
    monkeypatch.setattr(cli, "_load_gazetteer", lambda: gazetteer)


def proc(*args, stdin=None, env=None, shell=None):
    e = {**os.environ, **(env or {})}
    e.pop("DATABASE_URL", None)
    if shell:
        return subprocess.run(shell, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=300, env=e)
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, input=stdin, capture_output=True, timeout=300,
                          env=e, text=not isinstance(stdin, bytes))


# ------------------------------------------------------------------ 1, 2, 4: one bad article, one error line
BAD_FILES = {
    "a_profile7.jsonl": json.dumps({"text": ARABIC, "profile": 7}, ensure_ascii=False),
    "b_year1.txt": f"published: 0001-01-01\n\n{ARABIC}",
    "c_year9999.jsonl": json.dumps({"text": ARABIC + " في تشرين الأول", "published": "9999-12-31"}, ensure_ascii=False),
    "d_longprofile.txt": f"profile: {'x' * 300}\n\n{ARABIC}",
    "e_nulprofile.txt": f"profile: kara\x00bakh\x01\n\n{ARABIC}",
    "f_pathprofile.txt": f"profile: ../../../tmp/h13-x\n\n{ARABIC}",
}


def test_bad_articles_get_one_line_each_and_the_good_files_after_them_are_stored(tmp_path, capsys):
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, content in BAD_FILES.items():
        (folder / name).write_text(content, encoding="utf-8")
    (folder / "z_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "z_good.expected.jsonl").write_text('{"not": "an article"}\n', encoding="utf-8")  # annotations
    db = tmp_path / "s.sqlite"
    code, out, err = run(["ingest", str(folder), "--db", str(db), "--no-progress"], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == len(BAD_FILES), err
    for name in BAD_FILES:
        assert sum(name in line for line in lines) == 1, (name, err)
    assert "articles: 1 added, 0 already present, 6 failed" in out
    with EventStore(db) as s:
        assert [a.name for a in s.articles()] == ["z_good"]


def test_a_profile_is_a_name_never_a_path(tmp_path):
    os.mkfifo(tmp_path / "evil.json")  # loading it would hang the process
    (tmp_path / "a.txt").write_text(f"profile: {tmp_path / 'evil'}\n\n{ARABIC}", encoding="utf-8")
    r = proc("geo", "extract", str(tmp_path / "a.txt"), "--published", "2020-10-14")
    assert r.returncode == 2 and "profile name" in r.stderr and "Traceback" not in r.stderr
    r = proc("geo", "extract", str(SEED), "--published", "2020-10-14", "--profile", str(tmp_path / "evil.json"))
    assert r.returncode == 2 and "profile name" in r.stderr


def test_extract_prints_the_good_files_events_when_others_fail(tmp_path):
    for name, content in BAD_FILES.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    r = proc("geo", "extract", str(tmp_path))  # a folder is searched, not "unsupported file type ''"
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == len(BAD_FILES)
    feats = json.loads(r.stdout)["features"]
    assert feats and {f["properties"]["article"] for f in feats} == {"good"}


def test_an_undated_article_is_read_by_extract_with_a_warning(tmp_path):
    (tmp_path / "nodate.txt").write_text(ARABIC.replace("أمس", "") + "\n", encoding="utf-8")
    r = proc("geo", "extract", str(tmp_path / "nodate.txt"))
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith("warning: ") and "nodate.txt" in r.stderr
    feats = json.loads(r.stdout)["features"]
    assert feats and all(f["properties"]["date"] is None and f["properties"]["date_precision"] == "unknown"
                         for f in feats)


# ------------------------------------------------------------------ 5: CSV
def event(**kw) -> Event:
    base = dict(date=dt.date(2020, 10, 14), claimant="Azerbaijan", attacker="Armenia", event_type="shelling",
                place_ar="ترتر", place_en="Tartar", lat=40.34, lon=-46.93, precision="settlement", article="a")
    return Event(**{**base, **kw})


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                                   "\t=1", "\r=1", " =1", "＝1"])
def test_csv_cells_that_start_like_a_formula_are_escaped(value):
    assert csv_safe(value) == "'" + value
    assert csv_safe("قصف =1") == "قصف =1" and csv_safe(-46.9) == -46.9 and csv_safe(None) is None


def test_csv_export_has_a_bom_escapes_text_and_keeps_unknown_empty(tmp_path):
    evil = event(evidence="=cmd|'/C calc'!A0", source="@agency", url="-http://x", place_en="+Tartar", killed=None,
                 injured=None)
    undated = event(article="b", date=None, killed=3)
    data = to_bytes([evil, undated], "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    (tmp_path / "e.csv").write_bytes(data)
    df = pd.read_csv(tmp_path / "e.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    row, row2 = df.iloc[0], df.iloc[1]
    assert row["notes"].startswith("'=") and row["source"] == "'@agency" and row["url"] == "'-http://x"
    assert row["location"] == "'+Tartar" and row["longitude"] == "-46.93"  # numbers are not escaped
    assert row["fatalities"] == "" and row["injured"] == ""
    assert row2["event_date"] == "" and row2["time_precision"] == "" and row2["fatalities"] == "3"
    assert row2["date_precision"] == "unknown"
    fc = json.loads(to_bytes([evil, undated], "geojson"))
    props = [f["properties"] for f in fc["features"]]
    assert props[0]["evidence"] == "=cmd|'/C calc'!A0" and props[0]["killed"] is None  # GeoJSON stays exact
    assert props[1]["date"] is None and props[1]["date_precision"] == "unknown"
    import geopandas as gpd

    back = gpd.read_file(write(tmp_path / "e.gpkg", [evil, undated]), layer="events", engine="pyogrio")
    assert back["date"].isna().tolist() == [False, True] and back["evidence"][0] == evil.evidence


# ------------------------------------------------------------------ 6: safe outputs
def test_export_is_atomic_on_a_full_disk(tmp_path, monkeypatch):
    target = tmp_path / "e.geojson"
    target.write_text("previous export", encoding="utf-8")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="No space left") as err:
        write(target, [event()])
    assert "previous file is unchanged" in str(err.value)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert os.listdir(tmp_path) == ["e.geojson"]  # no temporary file left behind


def test_export_refuses_special_files_links_and_read_only_files(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        write(fifo, [event()])
    with pytest.raises(ExportError, match="not a regular file"):
        write_bytes("/dev/null", b"x")
    real = tmp_path / "real.csv"
    real.write_text("keep", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with pytest.raises(ExportError, match="symbolic link"):
        write(link, [event()])
    ro = tmp_path / "ro.csv"
    ro.write_text("keep", encoding="utf-8")
    ro.chmod(0o444)
    with pytest.raises(ExportError, match="read-only"):
        write(ro, [event()])
    assert real.read_text() == ro.read_text() == "keep" and link.is_symlink()
    with pytest.raises(ExportError, match="is a folder"):
        write(tmp_path, [event()], "csv")
    with pytest.raises(ExportError, match="does not exist"):
        write(tmp_path / "no" / "e.csv", [event()])


def test_export_replaces_the_old_file_keeping_its_mode(tmp_path):
    target = tmp_path / "e.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write(target, [event()])
    assert target.read_bytes().startswith(b"\xef\xbb\xbf") and oct(target.stat().st_mode & 0o777) == "0o640"


def test_cli_export_to_stdout_and_its_refusals(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    with EventStore(db) as s:
        s.add_article(Article("a", "نص", dt.date(2020, 10, 14)), [event(evidence="=1+1")])
        s.add_article(Article("b", "نص ثان"), [event(article="b", date=None)])
    r = proc("geo", "export", "-o", "-", "--format", "csv", "--db", str(db))
    assert r.returncode == 0 and r.stdout.startswith("\ufeff") and "'=1+1" in r.stdout
    assert "wrote 2 events to stdout" in r.stderr and "1 undated" in r.stderr
    r = proc("geo", "export", "-o", "-", "--format", "geojson", "--db", str(db), "--undated", "exclude")
    assert [f["properties"]["date"] for f in json.loads(r.stdout)["features"]] == ["2020-10-14"]
    r = proc("geo", "export", "-o", "-", "--format", "geojson", "--db", str(db), "--undated", "only")
    assert [f["properties"]["date"] for f in json.loads(r.stdout)["features"]] == [None]
    code, out, err = run(["export", "-o", str(tmp_path / "e.geojson"), "--db", str(db), "--claimant", "Narnia"], capsys)
    assert code == 2 and "'Narnia' is not a known party" in err and "Azerbaijan" in err
    assert not (tmp_path / "e.geojson").exists()
    code, out, err = run(["export", "-o", str(tmp_path / "e.geojson"), "--db", str(db), "--place", "?!،.."], capsys)
    assert code == 2 and "letters or digits" in err
    code, out, err = run(["export", "-o", "/dev/null", "--format", "csv", "--db", str(db)], capsys)
    assert code == 2 and "not a regular file" in err


# ------------------------------------------------------------------ 8: other tracebacks
def test_closed_pipes_and_bad_database_urls_give_no_traceback(tmp_path):
    r = proc(shell=f"{sys.executable} -m geo extract {SEED} --published 2020-10-14 --pretty | head -c 10")
    assert "Traceback" not in r.stderr and "Error" not in r.stderr
    db = tmp_path / "s.sqlite"
    with EventStore(db) as s:
        s.add_article(Article("a", "نص", dt.date(2020, 10, 14)), [event()])
    r = proc(shell=f"{sys.executable} -m geo stats --db {db} | head -n 1")
    assert r.stdout.startswith("store:") and "Traceback" not in r.stderr
    for url in ("postgresql://u@localhost:notaport/db", "postgresql://u@[::1/db"):
        r = proc("geo", "stats", "--db", url)
        assert r.returncode == 1 and "not a database URL" in r.stderr and "Traceback" not in r.stderr
    r = subprocess.run([sys.executable, "-m", "geo", "stats"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                       env={**os.environ, "DATABASE_URL": "postgresql://u:pw@localhost:notaport/db"})
    assert r.returncode == 1 and "not a database URL" in r.stderr and "pw@" not in r.stderr


def test_an_html_page_with_no_text_says_so(tmp_path):
    (tmp_path / "p.html").write_text("<html><head><title></title></head><body><script>x</script></body></html>")
    r = proc("geo", "ingest", str(tmp_path / "p.html"), "--db", str(tmp_path / "s.sqlite"), "--no-progress")
    assert r.returncode == 2 and "no article text" in r.stderr and "publication date" not in r.stderr


def test_filters_refuse_what_would_match_everything_silently():
    with pytest.raises(ValueError, match="letters or digits"):
        EventFilter(place="...")
    assert EventFilter(place="  ").place is None


def test_a_folder_that_cannot_be_written_is_an_export_error():
    with pytest.raises(ExportError, match="/proc/e.csv"):
        write("/proc/e.csv", [event()])  # not writable even by root: no pyogrio or OS traceback


def test_the_batch_and_file_limits_are_enforced(tmp_path, monkeypatch, capsys):
    import geo.articles as articles

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.setattr(cli, "MAX_BATCH_FILES", 2)
    code, out, err = run(["ingest", str(tmp_path), "--db", str(tmp_path / "s.sqlite"), "--no-progress"], capsys)
    assert code == 2 and "3 files given; at most 2 are read in one batch" in err and "0 added" in out
    monkeypatch.setattr(articles, "MAX_FILE_BYTES", 100)
    with pytest.raises(articles.ArticleError, match="at most 100 are accepted per file"):
        articles.read_file(tmp_path / "0.txt")


# ------------------------------------------------------------------ 7: one long sentence is linear
@pytest.mark.parametrize("unit", ["غارة على حلب و", "قصف الجيش الأرميني مدينة ترتر و "])
def test_one_long_sentence_of_many_attacks_costs_linear_work(unit, gazetteer, monkeypatch):
    """Counted, not timed: the words looked at per attack word do not grow with the sentence (the walk
    back to a subject and the search for a later claimant were quadratic: 0.1 MB took 75 s)."""
    from geo.extract.triggers import TriggersStage
    from geo.pipeline import extract_article

    looked = []
    own_arm = TriggersStage._own_arm
    monkeypatch.setattr(TriggersStage, "_own_arm", lambda self, *a: looked.append(1) or own_arm(self, *a))
    work = []
    for n in (400, 1600):
        looked.clear()
        ex = extract_article(Article("long", unit * n, dt.date(2020, 10, 14)), gazetteer)
        assert len(ex.events) == 1
        work.append(len(looked))
    assert work[1] <= 5 * work[0], work  # 4x the sentence: about 4x the work (was 16x)


# ------------------------------------------------------------------ new hostile variants of each class (audit)
def test_hostile_files_of_a_batch_get_one_line_each_and_the_good_file_is_stored(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": ARABIC, "published": "2020-10-14"},
                                                                     ensure_ascii=False).encode())
    (folder / "b_utf32.txt").write_bytes(GOOD.replace("ترتر", "أغدام").encode("utf-32"))
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_dir.txt").mkdir()  # a folder named like a file: searched, not read as an article
    with open(folder / "e_sparse.txt", "wb") as fh:
        fh.truncate(2 * 1024 ** 3)  # 2 GB, refused by its size before a byte is read
    (folder / "f_vanishes.txt").write_text(GOOD, encoding="utf-8")
    (folder / "g_bad\nerror: fake\x1b[31m.txt").write_bytes(open("/bin/ls", "rb").read(4000))
    (folder / "h_latin.txt").write_bytes(("published: 2020-10-14\n\n" + "déjà vu " * 30).encode("latin-1"))
    (folder / "z_good.txt").write_text(GOOD, encoding="utf-8")
    import geo.articles

    cli_read = geo.articles.read_file

    def vanishing(path):  # the file is deleted between the folder search and its reading
        if path.name == "f_vanishes.txt":
            path.unlink()
        return cli_read(path)

    monkeypatch.setattr("geo.articles.read_file", vanishing)
    code, out, err = run(["ingest", str(folder), "--db", str(tmp_path / "s.sqlite"), "--no-progress"], capsys)
    assert code == 2 and "Traceback" not in err
    lines = err.strip().splitlines()
    for needle in ("c_empty.txt: the article has no text", "e_sparse.txt: 2,147,483,648 bytes; at most",
                   "f_vanishes.txt: cannot read file (No such file", "g_bad\\u000aerror: fake\\u001b[31m.txt: not text",
                   "h_latin.txt: not text", "note: " + str(folder / "b_utf32.txt") + ": read as utf-32"):
        assert sum(needle in line for line in lines) == 1, (needle, err)
    assert all(line.startswith(("error: ", "note: ")) for line in lines), err  # one line each, never split
    assert "\x1b" not in err
    assert "articles: 3 added, 0 already present, 5 failed" in out, out
    with EventStore(tmp_path / "s.sqlite") as s:
        assert sorted(a.name for a in s.articles()) == ["a_bom-1", "b_utf32", "z_good"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_a_publication_date_past_the_limits_is_refused_on_every_way_in(tmp_path, capsys, day, gazetteer):
    from geo import service
    from geo.errors import ArticleError

    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    for cmd in (["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.sqlite"), "--no-progress"],):
        code, out, err = run([*cmd, "--published", day], capsys)
        assert code == 2 and "between 1900-01-01 and 2100-12-31" in err and "Overflow" not in err
    r = proc("geo", "extract", str(tmp_path / "a.txt"), "--published", day)
    assert r.returncode == 2 and "between 1900-01-01 and 2100-12-31" in r.stderr and "Overflow" not in r.stderr
    with pytest.raises(ArticleError, match="between 1900"):
        service.articles_from_upload("a.txt", ARABIC.encode(), published=day)
    with pytest.raises(ArticleError, match="between 1900"):
        service.article_from_text(ARABIC, name="paste", published=day)
    from geo.errors import GeoError
    from geo.pipeline import extract_article

    try:  # through the API (no check there): events, or our error type naming the article, never an OverflowError
        extract_article(Article("api", ARABIC, dt.date.fromisoformat(day)), gazetteer)
    except GeoError as err:
        assert "api" in str(err)


def test_export_to_stdout_needs_no_format_and_a_read_only_folder_keeps_its_file(tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    with EventStore(db) as s:
        s.add_article(Article("a", "نص", dt.date(2020, 10, 14)), [event()])
    r = proc("geo", "export", "-o", "-", "--db", str(db))
    assert r.returncode == 0 and json.loads(r.stdout)["features"], r.stderr
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "e.csv").write_text("previous export", encoding="utf-8")
    folder.chmod(0o555)  # as root, access() says yes: the mode bits decide
    try:
        code, out, err = run(["export", "--db", str(db), "-o", str(folder / "e.csv")], capsys)
        assert code == 2 and "is read-only" in err and str(folder) in err
        assert (folder / "e.csv").read_text(encoding="utf-8") == "previous export"
        assert os.listdir(folder) == ["e.csv"]
    finally:
        folder.chmod(0o755)
    code, out, err = run(["export", "--db", str(db), "-o", str(tmp_path / "missing" / "e.csv")], capsys)
    assert code == 2 and "does not exist" in err and not (tmp_path / "missing").exists()


def test_a_db_that_is_not_a_database_is_one_line_and_left_as_it_was(tmp_path):
    notdb = tmp_path / "notes.sqlite"
    notdb.write_bytes(b"my notes, not a database\n" * 10)
    for args in (("stats",), ("export", "-o", str(tmp_path / "e.csv")), ("ingest", str(SEED), "--no-progress")):
        r = proc("geo", *args, "--db", str(notdb))
        assert r.returncode == 1 and "file is not a database" in r.stderr and "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert notdb.read_bytes() == b"my notes, not a database\n" * 10


def test_adding_a_user_place_never_touches_a_file_that_is_not_a_csv(tmp_path):
    from geo import service
    from geo.errors import GeoInputError

    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x7fELF\x00\x01" * 100)
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)  # reading it would hang the page
    for path, needle in ((binary, "not a readable CSV"), (fifo, "not a regular file"), (tmp_path, "not a regular")):
        with pytest.raises(GeoInputError, match=needle):
            service.add_user_place(path, name_ar="تلة الاختبار", lat=40.1, lon=46.2)
    assert binary.read_bytes() == b"\x7fELF\x00\x01" * 100


def test_reading_commands_refuse_a_db_file_that_is_not_there(tmp_path, capsys):
    missing = tmp_path / "typo" / "evnets.sqlite"
    for argv in (["stats"], ["export", "-o", str(tmp_path / "e.csv")], ["reextract", "--no-progress"]):
        code, out, err = run([*argv, "--db", str(missing)], capsys)
        assert code == 1 and f"no event store at {missing}" in err, (argv, err)
    assert not missing.parent.exists() and not (tmp_path / "e.csv").exists()  # nothing created
    code, out, err = run(["ingest", str(SEED), "--published", "2020-10-14", "--db", str(tmp_path / "new.sqlite"),
                          "--no-progress"], capsys)
    assert code == 0 and (tmp_path / "new.sqlite").exists()  # ingest creates its store


def test_a_device_pipe_or_broken_link_given_by_name_is_said_to_be_one(tmp_path, capsys):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # would be read forever
    os.mkfifo(tmp_path / "pipe.txt")  # would block
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nothing-here")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run(["ingest", *(str(tmp_path / n) for n in ("zero.txt", "pipe.txt", "gone.txt", "good.txt")),
                          "--db", str(tmp_path / "s.sqlite"), "--no-progress"], capsys)
    assert code == 2 and "articles: 1 added" in out
    assert "zero.txt: not a regular file" in err and "pipe.txt: not a regular file" in err
    assert "gone.txt: a symbolic link to nothing" in err and "no such file" not in err


@pytest.mark.parametrize("text", ["قصف ترتر في تشرين الأول 1000", "قصف الجيش مدينة ترتر في 3 أكتوبر 0999",
                                  "قصف ترتر في الثالث من تشرين الأول 3020"])
def test_a_number_beside_a_month_is_no_year_out_of_range(text, gazetteer):
    """Found by bench/fuzz.py: an undated article's "تشرين الأول 1000" dated its event in the year 1000."""
    from geo.pipeline import extract_article

    for published in (None, dt.date(2020, 10, 14)):
        for e in extract_article(Article("a", text, published), gazetteer).events:
            assert e.date is None or 1900 <= e.date.year <= 2100, (text, published, e.date)
