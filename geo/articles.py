"""Reading articles from disk: the one I/O edge for article input.

Three formats: plain text (``.txt``) with optional ``key: value`` header lines ended by a blank
line; HTML pages (``.html``/``.htm``: main text, title and date through trafilatura); JSON Lines
(``.jsonl``: one article an object with text, published, url, title, source).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError
from .model import parse_date

__all__ = ["Article", "read_articles", "parse_text_article", "parse_html_article", "FORMATS", "HEADER_KEYS"]

FORMATS = (".txt", ".html", ".htm", ".jsonl")
HEADER_KEYS = ("url", "published", "title", "source", "profile")
_HEADER_LINE = re.compile(r"^(url|published|title|source|profile|date)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """One article's text and what is known about it."""

    name: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    profile: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.strip().encode("utf-8")).hexdigest()


def _date(value, what: str) -> dt.date:
    """A publication date; a bad one is an ``ArticleError`` naming the file and the value."""
    try:
        return parse_date(value, what=what)
    except ValueError as err:
        raise ArticleError(str(err)) from err


def _decode(data: bytes, where: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        for enc in ("cp1256",):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if re.search(r"[\u0621-\u064A]", text):
                return text
        raise ArticleError(f"{where}: not UTF-8 text (undecodable byte at position {err.start}); "
                           "save the article as UTF-8") from err


def parse_text_article(raw: str, name: str, *, where: str | None = None) -> Article:
    """A plain-text article with optional ``key: value`` header lines ended by a blank line."""
    where = where or name
    lines = raw.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    body_from = 0
    for n, line in enumerate(lines):
        if not line.strip():
            if meta:
                body_from = n + 1
            break
        m = _HEADER_LINE.match(line.strip())
        if not m:
            meta = {}
            break
        meta[m.group(1).lower()] = m.group(2).strip()
    text = "\n".join(lines[body_from:]) if meta else raw
    if not text.strip():
        raise ArticleError(f"{where}: the article has no text")
    pub = meta.get("published") or meta.get("date")
    published = _date(pub, f"{where}: published") if pub else None
    return Article(name, text, published, meta.get("url") or None, meta.get("title") or None,
                   meta.get("source") or None, meta.get("profile") or None)


def parse_html_article(raw: str, name: str, *, where: str | None = None) -> Article:
    """Main text, title and date of an HTML page, through trafilatura."""
    import trafilatura

    where = where or name
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, favor_recall=True)
    if doc is None:
        raise ArticleError(f"{where}: no article text found in the HTML page")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    if not text.strip():
        raise ArticleError(f"{where}: no article text found in the HTML page")
    published = None
    if get("date"):
        try:
            published = parse_date(str(get("date"))[:10], what=f"{where}: date")
        except ValueError:
            published = None
    title = get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Article(name, text, published, get("url"), title, get("sitename"), None)


def parse_jsonl(raw: str, name: str, *, where: str | None = None) -> list[Article]:
    where = where or name
    out = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise ArticleError(f"{where}:{n}: not a JSON object: {err.msg}") from err
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            raise ArticleError(f"{where}:{n}: expected an object with a non-empty \"text\"; "
                               "optional keys: published, url, title, source, profile")
        pub = obj.get("published")
        art_name = obj.get("id") or f"{name}-{n}"
        out.append(Article(str(art_name), obj["text"],
                           _date(pub, f"{where}:{n}: published") if pub else None,
                           obj.get("url"), obj.get("title"), obj.get("source"), obj.get("profile")))
    if not out:
        raise ArticleError(f"{where}: no articles in the JSON Lines file")
    return out


def read_articles(path: str | Path) -> list[Article]:
    """Read one file into its articles (a ``.jsonl`` may hold many); errors name the file."""
    path = Path(path)
    where = str(path)
    if path.suffix.lower() not in FORMATS:
        raise ArticleError(f"{where}: unsupported file type {path.suffix!r}; expected one of {list(FORMATS)}")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{where}: cannot read file ({err.strerror or err})") from err
    raw = _decode(data, where)
    name = path.stem
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return parse_jsonl(raw, name, where=where)
    if suffix in (".html", ".htm"):
        return [parse_html_article(raw, name, where=where)]
    return [parse_text_article(raw, name, where=where)]
