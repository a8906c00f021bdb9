"""Reading articles: plain text with a header, HTML pages, JSON Lines; clear errors for bad input."""

import datetime as dt
import json

import pytest

from geo import ArticleError, extract_events
from geo.articles import read_articles
from tests.common import SEED, gazetteer, profile

BODY = SEED.read_text(encoding="utf-8")


def test_text_with_header(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("url: https://example.org/a\npublished: 2020-10-14\ntitle: عنوان\nsource: الأناضول\n\n" + BODY,
                 encoding="utf-8")
    (a,) = read_articles(p)
    assert a.published == dt.date(2020, 10, 14) and a.url == "https://example.org/a" and a.source == "الأناضول"
    assert a.text.startswith("تصعيد")


def test_text_without_header_keeps_everything(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text(BODY, encoding="utf-8")
    (a,) = read_articles(p)
    assert a.published is None and a.text == BODY


def test_html_page_main_text_title_and_date(tmp_path):
    paras = "".join(f"<p>{x}</p>" for x in BODY.split("\n\n")[1:12] if x.strip())
    page = (f'<html><head><title>تصعيد خطير في قره باغ</title>'
            f'<meta property="article:published_time" content="2020-10-14T10:00:00Z"></head>'
            f'<body><nav>الرئيسية | أخبار | رياضة</nav><article><h1>تصعيد خطير في قره باغ</h1>{paras}</article>'
            f'<footer>جميع الحقوق محفوظة</footer><script>alert(1)</script></body></html>')
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    (a,) = read_articles(p)
    assert a.published == dt.date(2020, 10, 14)
    assert "قره باغ" in (a.title or "")
    assert "alert(1)" not in a.text and "جميع الحقوق" not in a.text
    events = extract_events(a.text, gazetteer(), profile(), a.published, article=a.name)
    assert {e.place_ar for e in events} >= {"ترتر", "أغدام", "هادروت"}


def test_jsonl_many_articles(tmp_path):
    p = tmp_path / "batch.jsonl"
    rows = [{"text": BODY, "published": "2020-10-14", "url": "https://example.org/1", "title": "t", "source": "s"},
            {"text": "قالت وزارة الدفاع الأذربيجانية إن الجيش الأرميني قصف مدينة ترتر اليوم.", "published": "2020-10-15"}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    arts = read_articles(p)
    assert [a.published for a in arts] == [dt.date(2020, 10, 14), dt.date(2020, 10, 15)]
    assert arts[0].name != arts[1].name


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", "published: 2020-10-14\n\n   \n", "no text"),
    ("baddate.txt", "published: 14 Oct\n\nنص", "14 Oct"),
    ("bad.jsonl", '{"text": "نص"}\nnot json\n', "bad.jsonl:2"),
    ("notext.jsonl", '{"published": "2020-10-14"}\n', "non-empty"),
    ("baddate.jsonl", '{"text": "نص", "published": "yesterday"}\n', "yesterday"),
    ("empty.jsonl", "\n\n", "no articles"),
    ("page.html", "<html><body></body></html>", "no article text"),
    ("notes.docx", "x", "unsupported file type"),
])
def test_bad_input_is_named_in_a_clear_error(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleError, match=message) as err:
        read_articles(p)
    assert name in str(err.value)
    assert isinstance(err.value, ValueError)


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(b"\x81\x8d\x90\xff" * 10)
    with pytest.raises(ArticleError, match="not text"):
        read_articles(p)


def test_windows_arabic_encoding_is_read(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("قصف مدينة ترتر".encode("cp1256"))
    assert read_articles(p)[0].text == "قصف مدينة ترتر"


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot read file"):
        read_articles(tmp_path / "nope.txt")


# --------------------------------------------------------------------------- issue 13: hostile input
from geo.articles import LIMITS, read_file  # noqa: E402

ARABIC = "قالت وزارة الدفاع إن الجيش قصف مدينة ترتر اليوم."


def test_a_binary_file_saved_as_txt_is_refused(tmp_path):
    p = tmp_path / "ls.txt"
    p.write_bytes(open("/bin/ls", "rb").read())
    with pytest.raises(ArticleError, match="not text") as err:
        read_articles(p)
    assert "ls.txt" in str(err.value)


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf")])
def test_byte_order_marks_keep_the_header(tmp_path, codec, bom):
    p = tmp_path / "u.txt"
    p.write_bytes(bom + f"published: 2020-10-14\nsource: الأناضول\n\n{ARABIC}\n".encode(codec))
    (a,) = read_articles(p)
    assert a.published == dt.date(2020, 10, 14) and a.source == "الأناضول" and a.text.strip() == ARABIC
    assert a.encoding == codec


def test_utf16_without_bom_and_cp1256_say_which_encoding_was_assumed(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes((ARABIC * 3).encode("utf-16-le"))
    assert read_file(p).encoding == "utf-16-le"
    q = tmp_path / "win.txt"
    q.write_bytes(ARABIC.encode("cp1256"))
    got = read_file(q)
    assert got.encoding == "cp1256" and got.articles[0].text == ARABIC


@pytest.mark.parametrize("header, message", [
    ("profile: ../../../tmp/x", "profile name"),
    ("profile: /etc/passwd", "profile name"),
    ("profile: " + "k" * 300, "profile name"),
    ("profile: kara\x00bakh\x01", "profile name"),
    ("published: 0001-01-01", "between 1900"),
    ("published: 9999-12-31", "between 1900"),
    ("title: " + "t" * 3000, "at most 2000"),
])
def test_hostile_headers_are_refused_with_the_file_named(tmp_path, header, message):
    p = tmp_path / "h.txt"
    p.write_text(f"{header}\n\n{ARABIC}\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=message) as err:
        read_articles(p)
    assert "h.txt" in str(err.value)


def test_nul_characters_are_stripped_on_reading(tmp_path):
    p = tmp_path / "nul.txt"
    p.write_text("source: و\x00كالة\n\nقصف\x00 مدينة ترتر\n", encoding="utf-8")
    (a,) = read_articles(p)
    assert "\x00" not in a.text and a.source == "وكالة"


def test_one_bad_jsonl_record_keeps_the_good_ones_and_names_its_line(tmp_path):
    p = tmp_path / "b.jsonl"
    rows = [json.dumps({"text": ARABIC, "published": "2020-10-14"}, ensure_ascii=False),
            json.dumps({"text": ARABIC, "profile": 7}),
            "{not json",
            json.dumps({"text": ARABIC, "published": "0001-01-01"}),
            json.dumps({"text": ARABIC, "url": ["x"]}),
            json.dumps({"text": ARABIC + " ثانيا", "id": "two"}, ensure_ascii=False)]
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    got = read_file(p)
    assert [a.name for a in got.articles] == ["b-1", "two"]
    assert [str(e).split(":")[1] for e in got.problems] == ["2", "3", "4", "5"]
    assert all(str(p) in str(e) for e in got.problems)
    with pytest.raises(ArticleError, match="b.jsonl:2"):
        read_articles(p)  # the strict reader still refuses the file


def test_largest_article_is_enforced(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("قصف " * (LIMITS["article_chars"] // 4 + 10), encoding="utf-8")
    with pytest.raises(ArticleError, match="at most 1,000,000"):
        read_articles(p)


def test_a_folder_or_a_fifo_is_named_not_read(tmp_path):
    import os

    with pytest.raises(ArticleError, match="is a folder"):
        read_articles(tmp_path)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_articles(fifo)  # would hang if it were opened


@pytest.mark.parametrize("given, day", [("2020-10-14T23:30:00-05:00", "2020-10-14"), ("2020-10-14T10:30:00Z", "2020-10-14"),
                                        ("Wed, 14 Oct 2020 10:00:00 GMT", "2020-10-14"), (" 2020-10-14 ", "2020-10-14")])
def test_a_feed_or_scraper_timestamp_is_its_day(tmp_path, given, day):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"text": "قصف مدينة ترتر", "published": given}, ensure_ascii=False), encoding="utf-8")
    assert read_articles(p)[0].published.isoformat() == day


@pytest.mark.parametrize("given", ["14/10/2020", "2020-10-14T", "Wed, 14 Oct 9999 10:00:00 GMT", "1:2"])
def test_a_date_that_is_no_date_is_named(tmp_path, given):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"text": "قصف مدينة ترتر", "published": given}, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ArticleError, match=r"a\.jsonl:1: published must be a date") as err:
        read_articles(p)
    assert repr(given) in str(err.value)


def test_old_mac_line_ends_still_end_the_header(tmp_path):
    p = tmp_path / "cr.txt"
    p.write_bytes("published: 2020-10-14\rsource: وكالة\r\rقصف الجيش مدينة ترتر.\r".encode())
    art = read_articles(p)[0]
    assert art.published == dt.date(2020, 10, 14) and art.source == "وكالة" and art.text.startswith("قصف")


def test_json_lines_files_joined_with_their_byte_order_marks_are_read(tmp_path):
    one = json.dumps({"text": "قصف مدينة ترتر", "published": "2020-10-14"}, ensure_ascii=False).encode()
    p = tmp_path / "joined.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + one + b"\n" + b"\xef\xbb\xbf" + one.replace(b"14", b"15") + b"\n")
    assert [a.published.day for a in read_articles(p)] == [14, 15]
