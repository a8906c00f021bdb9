"""Fuzz (issue 13): random bytes, text, headers, JSON Lines records, file names and filters through
``read_articles``, ``extract``, ``ingest``, ``export`` and ``gazetteer resolve``.

The property: no exception other than the packages' own error types, and every good file of a
batch is still processed. ``CONFLICTMAP_FUZZ_CASES`` sets the number of random cases in all
(default 200, the same cases every run; ``python bench/fuzz.py`` runs 10,000 new ones).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import string
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazetteer import GazetteerError
from geo.articles import FORMATS, read_file, read_articles
from geo.errors import GeoError
from geo.export import to_bytes
from geo.model import EVENT_TYPES, PRECISIONS, Event
from geo.pipeline import extract_article
from geo.store import EventFilter, EventStore
from tests.common import gazetteer

#: Random cases in all (``python bench/fuzz.py`` sets 10,000) and each property's share of them.
CASES = int(os.environ.get("CONFLICTMAP_FUZZ_CASES", "200"))
SHARES = {"reading": 0.30, "extracting": 0.25, "batch": 0.05, "exporting": 0.15, "filter": 0.10, "resolve": 0.15}
FUZZ = settings(deadline=None, database=None, derandomize="CONFLICTMAP_FUZZ_CASES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


def cases(prop: str) -> settings:
    """The settings of one property: its share of ``CASES``."""
    return settings(FUZZ, max_examples=max(5, round(CASES * SHARES[prop])))

ARABIC_WORDS = ["قصف", "الجيش", "الأرميني", "مدينة", "ترتر", "أمس", "اليوم", "وزارة", "الدفاع", "الأذربيجانية",
                "قالت", "إن", "مقتل", "مدنيين", "في", "تشرين الأول", "أكتوبر", "غارة", "مسيرة", "حلب", "غزة", "."]
arabic_text = st.lists(st.sampled_from(ARABIC_WORDS), min_size=1, max_size=40).map(" ".join)
any_text = st.one_of(st.text(max_size=300), arabic_text, st.text(alphabet="\x00\t\r\n=+-@.:/\\\u202e\ufeff", max_size=50))
header_value = st.one_of(any_text, st.sampled_from(["2020-10-14", "0001-01-01", "9999-12-31", "14 Oct", "karabakh",
                                                    "syria", "../../etc/x", "x" * 3000, "nosuch", ""]))
header_key = st.sampled_from(["url", "published", "title", "source", "profile", "date", "PUBLISHED", "other"])
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | any_text | header_value,
                          lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                          max_leaves=8)


@st.composite
def text_article(draw) -> bytes:
    headers = draw(st.lists(st.tuples(header_key, header_value), max_size=5))
    body = draw(st.one_of(arabic_text, any_text))
    sep = draw(st.sampled_from(["\n", "\r\n"]))
    raw = sep.join(f"{k}: {v}" for k, v in headers) + (sep * 2 if headers else "") + body
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256"]))
    return raw.encode(enc, errors="replace") if enc != "cp1256" else raw.encode(enc, errors="replace")


@st.composite
def jsonl_file(draw) -> bytes:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            lines.append(draw(any_text).replace("\n", " "))
        else:
            rec = draw(st.dictionaries(st.sampled_from(["text", "published", "url", "title", "source", "profile", "id"]),
                                       json_value, max_size=7))
            if kind >= 2:
                rec["text"] = draw(arabic_text)
            lines.append(json.dumps(rec, ensure_ascii=draw(st.booleans())))
    return "\n".join(lines).encode("utf-8")


html_page = st.builds(lambda t, b: f"<html><head><title>{t}</title></head><body><p>{b}</p></body></html>".encode(),
                      any_text, st.one_of(arabic_text, any_text))
file_bytes = st.one_of(st.binary(max_size=2000), text_article(), jsonl_file(), html_page)
# names with a newline, an escape or direction controls too: an error line naming them stays one line
file_name = st.tuples(st.text(alphabet=string.ascii_letters + string.digits + "-_ .ءب\n\x1b\u202e\u2066",
                              min_size=1, max_size=20),
                      st.sampled_from([*FORMATS, ".TXT", ".md", "", ".expected.jsonl"])).map(
    lambda t: (t[0].strip(" .") or "f") + t[1])

GOOD = "published: 2020-10-14\n\nقالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف مدينة ترتر بالمدفعية."


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@cases("reading")
@given(data=file_bytes, name=file_name)
def test_reading_any_file_gives_articles_or_our_error(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = _write(Path(tmp), name, data)
        try:
            got = read_file(path)
        except GeoError:
            return
        assert all(isinstance(a.text, str) and a.text.strip() and "\x00" not in a.text for a in got.articles)
        try:
            read_articles(path)
        except GeoError:
            pass


@cases("extracting")
@given(data=st.one_of(text_article(), jsonl_file(), html_page), name=file_name)
def test_extracting_any_article_gives_events_or_our_error(data, name):
    gz = gazetteer()
    with tempfile.TemporaryDirectory() as tmp:
        path = _write(Path(tmp), name, data)
        try:
            arts = read_file(path).articles
        except GeoError:
            return
        for art in arts:
            try:
                ex = extract_article(art, gz)
            except GeoError:
                continue
            for e in ex.events:
                assert e.date is None or 1800 <= e.date.year <= 2200
                json.dumps(e.to_record(), ensure_ascii=False)


@cases("batch")
@given(files=st.lists(st.tuples(file_name, file_bytes), min_size=1, max_size=4))
def test_a_batch_with_random_files_still_stores_its_good_file(files):
    from geo import cli_store

    gz = gazetteer()
    cli_store._load_gazetteer = lambda: gz
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "batch"
        folder.mkdir()
        for i, (name, data) in enumerate(files):
            _write(folder, f"{i}_{name}", data)
        _write(folder, "zz_good.txt", GOOD.encode())
        db = Path(tmp) / "s.sqlite"
        args = argparse.Namespace(paths=[str(folder)], published=None, profile=None, db=str(db), no_progress=True)
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            code = cli_store.cmd_ingest(args)
        finally:
            sys.stdout, sys.stderr = old
        assert code in (0, 2), err.getvalue()
        assert "Traceback" not in err.getvalue()
        assert all(line.startswith(("error: ", "note: ", "warning: ")) for line in err.getvalue().splitlines()), \
            err.getvalue()  # one line per problem, whatever the file is called
        with EventStore(db) as s:
            assert any(a.name == "zz_good" for a in s.articles()), (out.getvalue(), err.getvalue())


event_strategy = st.builds(
    Event, date=st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
    claimant=any_text, attacker=st.one_of(st.none(), any_text), event_type=st.sampled_from(EVENT_TYPES),
    place_ar=any_text, place_en=any_text, lat=st.just(40.0), lon=st.floats(-180, 180),
    precision=st.sampled_from(PRECISIONS), killed=st.one_of(st.none(), st.integers(0, 10**6)),
    # an undated event's precision becomes "unknown" by itself
    date_precision=st.sampled_from(("day", "week", "month")), evidence=any_text, source=st.one_of(st.none(), any_text),
    url=st.one_of(st.none(), any_text), article=any_text)


@cases("exporting")
@given(events=st.lists(event_strategy, max_size=4), fmt=st.sampled_from(["csv", "geojson", "gpkg", "xlsx", ""]))
def test_exporting_any_events_gives_bytes_or_our_error(events, fmt):
    try:
        data = to_bytes(events, fmt)
    except GeoError:
        return
    if fmt == "csv":
        import csv

        for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")):
            for cell in row:
                if cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")):
                    float(cell)  # only a number may start like a formula


filter_value = st.one_of(st.none(), any_text, st.sampled_from(["2020-10-14", "2021-13-01", "Armenia", "drone",
                                                              "claim", "include", "only", "1,2,3,4", "...", "ترتر"]))


@cases("filter")
@given(kw=st.fixed_dictionaries({}, optional={
    "date_from": filter_value, "date_to": filter_value, "claimants": st.lists(any_text, max_size=2),
    "event_types": st.lists(filter_value, max_size=2), "precisions": st.lists(filter_value, max_size=2),
    "place": filter_value, "stance": filter_value, "undated": filter_value,
    "bbox": st.one_of(st.none(), st.tuples(*[st.floats(allow_nan=True, allow_infinity=True)] * 4))}))
def test_any_filter_is_a_query_or_our_error(kw):
    try:
        f = EventFilter(**kw)
    except GeoError:
        return
    with tempfile.TemporaryDirectory() as tmp:
        with EventStore(Path(tmp) / "s.sqlite") as s:
            assert s.events(f) == [] and s.count(f) == 0


@cases("resolve")
@given(lines=st.lists(st.one_of(st.binary(max_size=60), any_text.map(lambda t: t.encode("utf-8")),
                                arabic_text.map(lambda t: t.encode("cp1256", errors="replace"))), max_size=6))
def test_gazetteer_resolve_answers_one_line_per_line(lines):
    from gazetteer import __main__ as cli

    raw = [line.replace(b"\n", b" ").replace(b"\r", b" ") for line in lines]
    stdin = io.TextIOWrapper(io.BytesIO(b"\n".join(raw) + (b"\n" if raw else b"")), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, out, err
    cli._load = lambda args: gazetteer()
    try:
        code = cli._resolve(argparse.Namespace(profile=None, online=False))
    except GazetteerError:
        code = 2
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    assert code in (0, 2)
    if not (raw and raw[0].startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))):
        assert out.getvalue().count("\n") == len(raw)  # (input that starts with a UTF-16/32 mark is read as such)
