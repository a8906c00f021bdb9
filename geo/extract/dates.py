"""Dates in Arabic news text, resolved against the publication date: pure functions."""

from __future__ import annotations

import datetime as dt
import re

from . import shape
from .lexicon import Lexicon

__all__ = ["find_date", "days_ago", "text_year", "text_date", "MONTHS", "WEEKDAYS", "ORDINAL_DAYS"]

#: Month and weekday names come from the lexicon (``data/lang/ar.json``), normalised.
MONTHS = Lexicon.load().months
WEEKDAYS = Lexicon.load().weekdays

_DATES = Lexicon.load().dates  # the date expressions of the lexicon (data/lang/ar.json)
_NUMBERS = Lexicon.load().num_words
_AGO = _DATES.get("ago", {})
_AGO_BEFORE = frozenset(_AGO.get("before", ()))
_AGO_UNITS, _AGO_DUALS = dict(_AGO.get("units", {})), dict(_AGO.get("duals", {}))
_ABOUT = Lexicon.load().approximately  # "قبل نحو ثلاثة أسابيع"، "قبل أكثر من أسبوعين": passed over


def days_ago(words: list[str]) -> tuple[int, int] | None:
    """The first span back from publication a sentence names ("قبل عشرة أيام"، "قبل 3 أسابيع"، "منذ
    أسبوعين"): (days, index of its first word), or None. ``words`` are normalised."""
    for i, w in enumerate(words[:-1]):
        if w not in _AGO_BEFORE:
            continue
        j = i + 1
        while j < min(len(words) - 1, i + 3) and words[j] in _ABOUT:
            j += 1  # "قبل نحو ثلاثة أسابيع"، "قبل أكثر من أسبوعين"، "قبل ما يقارب شهرين"
        nxt = words[j]
        if nxt in _AGO_DUALS:
            return _AGO_DUALS[nxt], i
        n = int(nxt) if nxt.isdigit() else _NUMBERS.get(nxt)
        if n is not None and j + 1 < len(words) and words[j + 1] in _AGO_UNITS:
            return n * _AGO_UNITS[words[j + 1]], i
    return None


def _ordinals() -> dict[str, int]:
    """Day ordinals 1..31 as printed (normalised), masculine and feminine: الثاني / الثانية،
    الحادي عشر، الحادي والعشرين، السابع والعشرين، الثلاثين."""
    units = {int(n): forms for n, forms in _DATES["ordinal_units"].items()}
    tens_words = {int(n): words for n, words in _DATES["ordinal_tens"].items()}
    out = dict(_DATES["ordinal_words"])
    for n, forms in units.items():
        for f in forms:
            if n > 1:
                out[f] = n
            for teen in _DATES["ordinal_teen"]:
                out[f + " " + teen] = 10 + n
            for tens, words in tens_words.items():
                if tens + n <= 31:
                    for w in words:
                        out[f + " " + shape.CONJ + w] = out[f + " " + shape.CONJ + " " + w] = tens + n
    for tens, words in tens_words.items():
        for w in words:
            out[w] = tens
    return out


ORDINAL_DAYS = _ordinals()
_PH = {
    "MW": rf"(?:{'|'.join(sorted(map(re.escape, MONTHS), key=len, reverse=True))})(?!\S)",  # a month as a whole word
    "W": "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True)),
    "O": "|".join(sorted(map(re.escape, ORDINAL_DAYS), key=len, reverse=True)),
}
_PH["NOT_TODAY"] = _DATES["patterns"]["not_today"]
_PAT = {k: re.compile(v.format(**_PH)) for k, v in _DATES["patterns"].items() if k != "not_today"}
_SINCE = _PAT["since"]  # words before a date that make it the start of a span, not the day of an event
# Month names may carry a clitic (بـ / في) and come in pairs (أكتوبر/تشرين الأول); ordinals:
# "في الثاني من تشرين الأول"، "الحادي والعشرين من سبتمبر/أيلول 2020".
_EXPLICIT, _ORDINAL, _MONTH_ONLY, _NUMERIC = _PAT["explicit"], _PAT["ordinal"], _PAT["month_only"], _PAT["numeric"]
#: (words one of which the text must contain, pattern, days from publication, precision): the words
#: are a cheap test before the pattern.
#: (An entry anchored at "month_start" counts its days from the first of the publication's month: "مطلع
#: الشهر الجاري" is that month's first week, whatever day the page came out.)
_RELATIVE = [(tuple(r["words"]), re.compile(r["pattern"].format(**_PH)), int(r["days"]), r["precision"],
              r.get("anchor") == "month_start") for r in _DATES["relative"]]
_MONTH_WORDS = frozenset(m.split()[0] for m in MONTHS)
_MONTH_TOKENS = _MONTH_WORDS | {c + m for m in _MONTH_WORDS for c in _DATES["month_clitics"]}  # "بأيلول"
_ORDINAL_FIRSTS = frozenset(k.split()[0] for k in ORDINAL_DAYS)
_WEEKDAY_TOKENS = frozenset(WEEKDAYS) | {shape.CONJ + w for w in WEEKDAYS}
_DIGIT = re.compile(r"\d")
_WEEKDAY, _LAST, _AFTER_RELATIVE = _PAT["weekday"], _PAT["last"], _PAT["after_relative"]
_LAST_YEAR = _PAT["last_year"]


#: Years a date printed in the text may have (those of a publication date, geo.articles): "تشرين
#: الأول 1000" is a number beside a month, not an event a thousand years ago (found by the fuzz test).
_YEARS = range(1900, 2101)


def _printed_year(printed: str | None) -> int | None:
    return int(printed) if printed and int(printed) in _YEARS else None


def _year_for(day: int, month: int, published: dt.date) -> int:
    year = published.year
    try:
        if dt.date(year, month, day) > published + dt.timedelta(days=1):
            year -= 1
    except ValueError:
        pass
    return year


def _year_of(printed: str | None, day: int, month: int, published: dt.date | None, year: int | None) -> int | None:
    """The year of a day and month: printed, else the last such day up to publication, else the
    year known from the text, else None."""
    if printed:
        return _printed_year(printed)
    if published is not None:
        return _year_for(day, month, published)
    return year


def text_year(text_norm: str) -> int | None:
    """The year of the first absolute date with a year in a normalised text ("12 أكتوبر 2020"), or None."""
    got = text_date(text_norm)
    return got.year if got else None


def text_date(text_norm: str) -> dt.date | None:
    """The first absolute date with a year in a normalised text ("12 أكتوبر 2020"), or None."""
    got = []
    for rx, days in ((_EXPLICIT, None), (_ORDINAL, ORDINAL_DAYS)):
        for m in rx.finditer(text_norm):
            if _printed_year(m.group(3)):
                try:
                    day = int(m.group(1)) if days is None else days[m.group(1)]
                    got.append((m.start(), dt.date(int(m.group(3)), MONTHS[m.group(2)], day)))
                except (ValueError, KeyError):
                    continue
    for m in _NUMERIC.finditer(text_norm):
        got.extend(_numeric(m))
    return min(got)[1] if got else None


def _numeric(m: re.Match) -> list[tuple[int, dt.date]]:
    """The date of a figures-only match ("8-1-2025": day, month, year), if it is one."""
    year = _printed_year(m.group(3))
    try:
        return [(m.start(), dt.date(year, int(m.group(2)), int(m.group(1))))] if year else []
    except ValueError:
        return []


def find_date(text_norm: str, published: dt.date | None, words: list[str] | None = None, *,
              year: int | None = None, ref: dt.date | None = None) -> tuple[dt.date, str, int] | None:
    """The first date expression in a normalised sentence: (date, precision, position) or None.

    ``text_norm`` must come from ``gazetteer.normalize`` (so أمس is امس and digits are ASCII);
    ``words`` are its words when the caller has them already. Explicit dates win over relative ones
    when both occur. With no publication date (``published`` None) only absolute dates count: one
    with its year, or a day and month in ``year`` (a year known from the text, ``text_year``); a
    relative date ("أمس"، "الأحد") cannot be resolved and is no date, and a month "last" ("كانون الأول
    الماضي") is the last such month before ``ref`` (the text's first full date) when it is given.
    """
    found: list[tuple[int, dt.date, str]] = []
    ws = set(text_norm.split() if words is None else words)
    has_month = not ws.isdisjoint(_MONTH_TOKENS)
    for m in (_EXPLICIT.finditer(text_norm) if has_month and _DIGIT.search(text_norm) else ()):
        if _SINCE.search(text_norm, max(0, m.start() - 30), m.start()):
            continue  # "منذ 4 أبريل": when something began, not when it happened
        day, month = int(m.group(1)), MONTHS[m.group(2)]
        y = _year_of(m.group(3), day, month, published, year)
        if y is None:
            continue
        try:
            found.append((m.start(), dt.date(y, month, day), "day"))
        except ValueError:
            continue
    for m in (_NUMERIC.finditer(text_norm) if _DIGIT.search(text_norm) else ()):
        found.extend((pos, d, "day") for pos, d in _numeric(m))  # a dateline: "طوباس 8-1-2025 -"
    for m in (_ORDINAL.finditer(text_norm) if has_month and not ws.isdisjoint(_ORDINAL_FIRSTS) else ()):
        if _SINCE.search(text_norm, max(0, m.start(1) - 30), m.start(1)):
            continue
        day, month = ORDINAL_DAYS[m.group(1)], MONTHS[m.group(2)]
        y = _year_of(m.group(3), day, month, published, year)
        if y is None:
            continue
        try:
            found.append((m.start(1), dt.date(y, month, day), "day"))
        except ValueError:
            continue
    if found:
        pos, d, prec = min(found, key=lambda x: x[0])
        return d, prec, pos
    for m in (_MONTH_ONLY.finditer(text_norm) if has_month else ()):
        if _SINCE.search(text_norm, max(0, m.start() - 30), m.start()):
            continue
        month = MONTHS[m.group(1)]
        if m.group(2):
            y = _printed_year(m.group(2))
            if y is None:
                continue
        elif published is not None:
            y = published.year if month <= published.month else published.year - 1
            if _LAST_YEAR.match(text_norm, m.end()):
                y = published.year - 1  # "في نيسان من العام الماضي"
        elif year is not None:
            y = year
            if ref is not None and month > ref.month and _LAST.match(text_norm, m.end()):
                y = ref.year - 1  # "في كانون الأول الماضي" in a text of January 2024: December 2023
            elif _LAST_YEAR.match(text_norm, m.end()):
                y = year - 1  # "في نيسان من العام الماضي"
        else:
            continue
        found.append((m.start(), dt.date(y, month, 1), "month"))
    if published is None:  # relative dates need the day of publication
        if not found:
            return None
        pos, d, prec = min(found, key=lambda x: x[0])
        return d, prec, pos
    for words, rx, delta, prec, month_start in _RELATIVE:
        for w in words:
            if w in text_norm:
                break
        else:  # none of the group's words (a loop: no generator made for every group of every sentence)
            continue
        for m in rx.finditer(text_norm):
            if month_start and _SINCE.search(text_norm, max(0, m.start() - 30), m.start() + 1):
                continue  # "منذ مطلع الشهر الجاري": when a span began, not when something happened
            found.append((m.start(), (published.replace(day=1) if month_start else published) + dt.timedelta(days=delta), prec))
    if not ws.isdisjoint(_WEEKDAY_TOKENS):
        relative_weekday = {m.end() for m in _AFTER_RELATIVE.finditer(text_norm)}
        for m in _WEEKDAY.finditer(text_norm):
            if m.end(1) in relative_weekday or (m.end(1) + 1) in relative_weekday:
                continue  # "اليوم الأربعاء": the weekday repeats the day already given
            if _SINCE.search(text_norm, max(0, m.start(1) - 30), m.start(1)):
                continue  # "منذ صباح الاثنين": when a span began, not when something happened
            wd = WEEKDAYS[m.group(1)]
            back = (published.weekday() - wd) % 7
            if back == 0 and _LAST.match(text_norm, m.end(m.lastindex)):
                back = 7  # "الأربعاء الماضي" in Wednesday's paper: a week ago
            found.append((m.start(), published - dt.timedelta(days=back), "day"))
    if not found:
        return None
    pos, d, prec = min(found, key=lambda x: x[0])
    return d, prec, pos
