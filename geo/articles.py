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
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ArticleError
from .model import parse_date

__all__ = ["Article", "FileRead", "read_articles", "read_file", "parse_text_article", "parse_html_article", "FORMATS",
           "HEADER_KEYS", "LIMITS", "check_profile_name", "decode", "is_annotation_file", "parse_published", "printable",
           "MIN_YEAR", "MAX_YEAR"]

FORMATS = (".txt", ".html", ".htm", ".jsonl")
#: Largest inputs accepted (README "Limits"); past them the error names the file and the limit.
MAX_FILE_BYTES = 64 * 1024 * 1024  # one file (a JSON Lines file may hold many articles)
MAX_ARTICLE_CHARS = 1_000_000  # one article's text
MAX_HEADER_CHARS = 2_000  # one header value (url, title, source, published, profile)
LIMITS = {"file_bytes": MAX_FILE_BYTES, "article_chars": MAX_ARTICLE_CHARS, "header_chars": MAX_HEADER_CHARS}
#: Annotation files of the evaluation sets (``NAME.expected.jsonl``) are not articles.
ANNOTATION_SUFFIX = ".expected.jsonl"


def is_annotation_file(path: str | Path) -> bool:
    return str(path).lower().endswith(ANNOTATION_SUFFIX)
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
    encoding: str = field(default="utf-8", compare=False)  # how the file's bytes were decoded

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.strip().encode("utf-8")).hexdigest()


#: Publication dates outside these years are refused (relative dates near the ends overflow).
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_published(value, what: str) -> dt.date:
    """A publication date (``YYYY-MM-DD`` or a date, years MIN_YEAR..MAX_YEAR); a bad one is an
    ``ArticleError`` naming ``what`` and the value."""
    if not isinstance(value, (str, dt.date)):
        raise ArticleError(f"{what} must be a date as YYYY-MM-DD, got {value!r}")
    if isinstance(value, str) and len(value) > 40:
        raise ArticleError(f"{what} must be a date as YYYY-MM-DD, got {value[:40]!r}... ({len(value)} characters)")
    given = value
    if isinstance(value, str):
        value = _timestamp_day(value.strip()) or value
    try:
        day = parse_date(value, what=what)
    except ValueError as err:
        raise ArticleError(f"{err} (or an ISO 8601 or RFC 2822 timestamp)") from err
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ArticleError(f"{what} must be a date between {MIN_YEAR}-01-01 and {MAX_YEAR}-12-31, got {given!r}")
    return day


_date = parse_published


def _timestamp_day(value: str) -> dt.date | None:
    """The day of a timestamp as scrapers and feeds write it ("2020-10-14T10:30:00Z", "Wed, 14 Oct 2020
    10:00:00 GMT"), in the time zone it is written in; None for anything else."""
    if len(value) > 10 and value[:4].isdigit() and value[4:5] == "-":
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return None
    if "," in value or ":" in value:
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return None

#: Characters that would break "one line" or fool a terminal when a file name is printed: C0 and C1
#: controls (newline, escape) and the bidirectional overrides and isolates.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` (an error line naming a file) with control and direction characters shown as escapes."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))


_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
#: Encodings an article may come in besides UTF-8 (charset-normalizer chooses among them).
ARABIC_ENCODINGS = ("cp1256", "iso8859_6", "utf_16_le", "utf_16_be")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_LETTER = re.compile(r"[\u0621-\u064AA-Za-z]")


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Text of ``data`` and the encoding assumed: a byte order mark, else strict UTF-8, else the Arabic
    encoding charset-normalizer finds. Bytes that are not text are an ``ArticleError`` naming ``where``."""
    text = enc = None
    checked = False  # (the controls of the text counted already: UTF-8 read as it is)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, enc = data[len(bom):].decode(codec), codec
            except UnicodeDecodeError as err:
                raise ArticleError(f"{where}: starts with a {codec} byte order mark but is not {codec} text "
                                   f"(bad byte at position {err.start})") from err
            break
    if text is None:
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        else:
            if _too_many_controls(text):  # UTF-16 without a byte order mark is valid UTF-8 full of controls
                text = None
            else:
                checked = True
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000], cp_isolation=list(ARABIC_ENCODINGS)).best()
        if best is not None:
            try:
                text, enc = data.decode(best.encoding), best.encoding.replace("_", "-")
            except (UnicodeDecodeError, LookupError):
                text = None
        if text is not None and not _ARABIC_LETTER.search(text):
            text = None
    if text is None:
        raise ArticleError(f"{where}: not text (neither UTF-8 nor an Arabic encoding such as "
                           f"{', '.join(ARABIC_ENCODINGS)}); save the article as UTF-8")
    if text.strip() and not _LETTER.search(text):
        raise ArticleError(f"{where}: not text in a known encoding (read as {enc}, it has no Arabic or Latin "
                           "letter); save the article as UTF-8")
    controls = 0 if checked else _too_many_controls(text)
    if controls:
        raise ArticleError(f"{where}: not text ({controls} control characters in {len(text)}; "
                           f"a binary file?); expected an article saved as UTF-8")
    return text.replace("\x00", ""), enc


def _too_many_controls(text: str) -> int:
    """The number of control characters when there are more than text has (else 0)."""
    controls = len(_CONTROL.findall(text))
    return controls if controls > max(2, len(text) // 200) else 0


def _decode(data: bytes, where: str) -> str:
    return decode(data, where)[0]


def _clean(value: str, what: str, limit: int = MAX_HEADER_CHARS) -> str:
    value = value.replace("\x00", "").strip()
    if len(value) > limit:
        raise ArticleError(f"{what} is {len(value)} characters long; at most {limit} are accepted")
    return value


_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def check_profile_name(value, what: str = "profile") -> str:
    """A conflict profile is named (``karabakh``), never given as a path; the error shows the bad value."""
    if not isinstance(value, str) or not _PROFILE_NAME.match(value):
        shown = value[:70] + "..." if isinstance(value, str) and len(value) > 70 else value
        raise ArticleError(f"{what} must be a profile name (letters, digits, '_' or '-', at most 64), "
                           f"got {shown!r}")
    return value


def _check_text(text: str, where: str) -> str:
    if not text.strip():
        raise ArticleError(f"{where}: the article has no text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleError(f"{where}: the article has {len(text):,} characters; at most {MAX_ARTICLE_CHARS:,} "
                           "are accepted (split it)")
    return text


def parse_text_article(raw: str, name: str, *, where: str | None = None) -> Article:
    """A plain-text article with optional ``key: value`` header lines ended by a blank line."""
    where = where or name
    raw = raw.replace("\x00", "").replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line ends
    lines = raw.split("\n")
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
    _check_text(text, where)
    meta = {k: _clean(v, f"{where}: header {k!r}") for k, v in meta.items()}
    pub = meta.get("published") or meta.get("date")
    published = _date(pub, f"{where}: published") if pub else None
    prof = check_profile_name(meta["profile"], f"{where}: profile") if meta.get("profile") else None
    return Article(name, text, published, meta.get("url") or None, meta.get("title") or None,
                   meta.get("source") or None, prof)


def parse_html_article(raw: str, name: str, *, where: str | None = None) -> Article:
    """Main text, title and date of an HTML page, through trafilatura."""
    import trafilatura

    where = where or name
    try:
        doc = trafilatura.bare_extraction(raw.replace("\x00", ""), with_metadata=True, include_comments=False,
                                          favor_recall=True)
    except (ValueError, TypeError, RecursionError, AttributeError) as err:  # lxml on hostile markup
        raise ArticleError(f"{where}: the HTML page cannot be parsed ({type(err).__name__})") from err
    if doc is None:
        raise ArticleError(f"{where}: no article text found in the HTML page")
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    text = get("text") or ""
    if not text.strip():
        raise ArticleError(f"{where}: no article text found in the HTML page")
    published = None
    if get("date"):
        try:
            published = _date(str(get("date"))[:10], f"{where}: date")
        except ArticleError:
            published = None
    title = get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    _check_text(text, where)

    def meta(key):
        v = get(key)
        return _clean(str(v), f"{where}: {key}") or None if v else None

    return Article(name, text, published, meta("url"), meta("title"), meta("sitename"), None)


_JSONL_KEYS = ("text", "published", "url", "title", "source", "profile", "id")


def _jsonl_record(line: str, name: str, n: int, where: str) -> Article:
    try:  # a byte order mark inside the file (JSON Lines files joined with cat) is no error
        obj = json.loads(line.lstrip("\ufeff"))
    except (json.JSONDecodeError, RecursionError) as err:
        msg = err.msg if isinstance(err, json.JSONDecodeError) else "nested too deeply"
        raise ArticleError(f"{where}:{n}: not a JSON object: {msg}") from err
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise ArticleError(f"{where}:{n}: expected an object with a non-empty \"text\"; "
                           "optional keys: published, url, title, source, profile")
    for key in ("published", "url", "title", "source", "profile"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ArticleError(f"{where}:{n}: \"{key}\" must be a string, got {obj[key]!r:.80}")
    if obj.get("id") is not None and (not isinstance(obj["id"], (str, int)) or isinstance(obj["id"], bool)):
        raise ArticleError(f"{where}:{n}: \"id\" must be a string or an integer, got {obj['id']!r:.80}")
    text = _check_text(obj["text"].replace("\x00", ""), f"{where}:{n}")
    at = f"{where}:{n}"
    vals = {k: _clean(obj[k], f"{at}: {k!r}") or None if obj.get(k) else None
            for k in ("published", "url", "title", "source", "profile")}
    art_name = _clean(str(obj["id"]), f"{at}: 'id'", 200) if obj.get("id") not in (None, "") else f"{name}-{n}"
    return Article(art_name or f"{name}-{n}", text,
                   _date(vals["published"], f"{at}: published") if vals["published"] else None,
                   vals["url"], vals["title"], vals["source"],
                   check_profile_name(vals["profile"], f"{at}: profile") if vals["profile"] else None)


def parse_jsonl(raw: str, name: str, *, where: str | None = None,
                problems: list[ArticleError] | None = None) -> list[Article]:
    """The articles of a JSON Lines file. A bad record raises, or is added to ``problems`` when a list is
    given (its line number in the message) while the good records are kept."""
    where = where or name
    out = []
    for n, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            out.append(_jsonl_record(line, name, n, where))
        except ArticleError as err:
            if problems is None:
                raise
            problems.append(err)
    if not out and not (problems):
        raise ArticleError(f"{where}: no articles in the JSON Lines file")
    return out


@dataclass(frozen=True)
class FileRead:
    """What one file gave: its good articles, the records that could not be read, the encoding assumed."""

    path: Path
    articles: tuple[Article, ...]
    problems: tuple[ArticleError, ...]
    encoding: str


def read_file(path: str | Path) -> FileRead:
    """Read one file, keeping the good records of a JSON Lines file whose other records are bad.

    Raises ``ArticleError`` (naming the file) when nothing of the file can be read.
    """
    path = Path(path)
    where = str(path)
    if path.is_dir():
        raise ArticleError(f"{where}: is a folder; give article files ({', '.join(FORMATS)}) "
                           "or use 'ingest', which searches folders")
    if path.suffix.lower() not in FORMATS:
        raise ArticleError(f"{where}: unsupported file type {path.suffix or '(none)'!r}; "
                           f"expected one of {list(FORMATS)}")
    import os
    import stat

    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise ArticleError(f"{where}: not a regular file (a device, pipe or socket); expected an article file")
        if st.st_size > MAX_FILE_BYTES:
            raise ArticleError(f"{where}: {st.st_size:,} bytes; at most {MAX_FILE_BYTES:,} are accepted per file")
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise ArticleError(f"{where}: cannot read file ({err.strerror or err})") from err
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError(f"{where}: more than {MAX_FILE_BYTES:,} bytes; at most that many are accepted per file")
    raw, enc = decode(data, where)
    name = path.stem
    suffix = path.suffix.lower()
    problems: list[ArticleError] = []
    if suffix == ".jsonl":
        arts = parse_jsonl(raw, name, where=where, problems=problems)
    elif suffix in (".html", ".htm"):
        arts = [parse_html_article(raw, name, where=where)]
    else:
        arts = [parse_text_article(raw, name, where=where)]
    if enc != "utf-8":
        arts = [replace(a, encoding=enc) for a in arts]
    return FileRead(path, tuple(arts), tuple(problems), enc)


def read_articles(path: str | Path) -> list[Article]:
    """Read one file into its articles (a ``.jsonl`` may hold many); errors name the file.

    Strict: any bad record raises. ``read_file`` keeps a file's good records beside its bad ones.
    """
    got = read_file(path)
    if got.problems:
        raise got.problems[0]
    return list(got.articles)
