"""``python -m geo extract`` and ``python -m gazetteer resolve`` as a user runs them."""

import json
import subprocess
import sys

from tests.common import ROOT, SEED, seed_expected


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, input=stdin, capture_output=True, text=True,
                          timeout=300)


def test_extract_prints_the_seed_events_as_rfc7946_geojson():
    r = run("geo", "extract", str(SEED.relative_to(ROOT)), "--published", "2020-10-14")
    assert r.returncode == 0, r.stderr
    fc = json.loads(r.stdout)
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == len(seed_expected()) == 8
    required = {"date", "claimant", "attacker", "event_type", "place_ar", "place_en", "precision", "killed",
                "evidence", "article"}
    for f in fc["features"]:
        assert required <= set(f["properties"])
        assert f["properties"]["article"] == "000_4b532d8d9de71b80"
        lon, lat = f["geometry"]["coordinates"]
        assert 38 < lat < 42 and 43 < lon < 48  # [lon, lat], WGS 84


def test_published_header_is_used_and_several_files_at_once(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("published: 2020-10-14\ntitle: x\n\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("published: 2020-10-15\n\nقالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف مدينة ترتر اليوم.",
                 encoding="utf-8")
    r = run("geo", "extract", str(a), str(b))
    assert r.returncode == 0, r.stderr
    feats = json.loads(r.stdout)["features"]
    assert len(feats) == 9
    assert {f["properties"]["article"] for f in feats} == {"a", "b"}
    assert [f["properties"]["date"] for f in feats if f["properties"]["article"] == "b"] == ["2020-10-15"]


def test_unreadable_file_and_bad_date_get_one_line_errors_and_status_2(tmp_path):
    r = run("geo", "extract", str(tmp_path / "missing.txt"), "--published", "2020-10-14")
    assert r.returncode == 2
    assert "missing.txt" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run("geo", "extract", str(SEED), "--published", "14/10/2020")
    assert r.returncode == 2
    assert "14/10/2020" in r.stderr and "YYYY-MM-DD" in r.stderr
    bad = tmp_path / "bad.txt"
    bad.write_text("published: yesterday\n\nنص", encoding="utf-8")
    r = run("geo", "extract", str(bad))
    assert r.returncode == 2 and "yesterday" in r.stderr
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81\x8d\x90")
    r = run("geo", "extract", str(binary), "--published", "2020-10-14")
    assert r.returncode == 2 and "bin.txt" in r.stderr


def test_good_files_still_print_when_one_fails(tmp_path):
    r = run("geo", "extract", str(SEED), str(tmp_path / "nope.txt"), "--published", "2020-10-14")
    assert r.returncode == 2
    assert len(json.loads(r.stdout)["features"]) == 8


def test_gazetteer_resolve_reads_stdin_and_prints_tsv_in_order():
    r = run("gazetteer", "resolve", stdin="ترتر\n\nوأغدام\nكلمةلامعنىلها\nحلب\n")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.split("\n")[:-1]
    assert len(lines) == 5
    cols = [line.split("\t") for line in lines]
    assert all(len(c) == 6 for c in cols)
    assert cols[0][0] == "ترتر" and cols[0][3].startswith("Tartar") and cols[0][4] == "AZ"
    assert abs(float(cols[0][1]) - 40.342) < 0.05 and abs(float(cols[0][2]) - 46.932) < 0.05
    assert cols[1] == [""] * 6
    assert cols[2][4] == "AZ" and cols[2][5].startswith("gn:")
    assert cols[3][0] == "كلمةلامعنىلها" and cols[3][1:] == [""] * 5
    assert cols[4][4] == "SY"


def test_gazetteer_candidates_explain_themselves():
    r = run("gazetteer", "candidates", "مارتوني", "--profile", "karabakh")
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert "theatre area" in first and "score=" in first
    r = run("gazetteer", "candidates", "حلب", "--profile", "nosuch")
    assert r.returncode == 2 and "nosuch" in r.stderr and "karabakh" in r.stderr
