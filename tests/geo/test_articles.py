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
    with pytest.raises(ArticleError, match="not UTF-8"):
        read_articles(p)


def test_windows_arabic_encoding_is_read(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("قصف مدينة ترتر".encode("cp1256"))
    assert read_articles(p)[0].text == "قصف مدينة ترتر"


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="cannot read file"):
        read_articles(tmp_path / "nope.txt")
