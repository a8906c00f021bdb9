"""Dates in Arabic news text, resolved against the publication date: pure functions."""

from __future__ import annotations

import datetime as dt
import re

from gazetteer import normalize

__all__ = ["find_date", "MONTHS", "WEEKDAYS"]

_MONTH_NAMES = {
    1: ["يناير", "كانون الثاني", "جانفي"], 2: ["فبراير", "شباط", "فيفري"], 3: ["مارس", "آذار"],
    4: ["أبريل", "نيسان", "أفريل", "ابريل"], 5: ["مايو", "أيار", "ماي"], 6: ["يونيو", "يونيه", "حزيران", "جوان"],
    7: ["يوليو", "يوليه", "تموز", "جويلية"], 8: ["أغسطس", "آب", "أوت", "اغسطس"], 9: ["سبتمبر", "أيلول"],
    10: ["أكتوبر", "تشرين الأول"], 11: ["نوفمبر", "تشرين الثاني"], 12: ["ديسمبر", "كانون الأول"],
}
MONTHS = {normalize(n): m for m, names in _MONTH_NAMES.items() for n in names}
WEEKDAYS = {normalize(n): d for n, d in [
    ("الاثنين", 0), ("الإثنين", 0), ("الثلاثاء", 1), ("الأربعاء", 2), ("الخميس", 3), ("الجمعة", 4),
    ("السبت", 5), ("الأحد", 6)]}

_M = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_W = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
# Month names may carry a clitic (بـ / في) and come in pairs (أكتوبر/تشرين الأول).
_EXPLICIT = re.compile(rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?[بل]?({_M})(?:\s+(?:{_M}))?(?:\s+(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(\d{{4}}))?")
_MONTH_ONLY = re.compile(rf"(?:في|خلال|منذ|مطلع|اواخر|اوائل|منتصف)\s+(?:شهر\s+)?({_M})(?:\s+(?:{_M}))?(?:\s+(?:عام\s+)?(\d{{4}}))?")
_RELATIVE = [
    (re.compile(r"(?:^|\s)اول\s+(?:من\s+)?امس(?:\s|$)"), -2, "day"),
    (re.compile(r"(?:^|\s)منذ\s+يومين(?:\s|$)"), -2, "day"),
    (re.compile(r"(?:^|\s)(?:الليله|ليله)\s+الماضيه(?:\s|$)"), -1, "day"),
    (re.compile(r"(?:^|\s)(?:[وفب]?امس|بالامس|البارحه)(?:\s|$)"), -1, "day"),
    (re.compile(r"(?:^|\s)الاسبوع\s+الماضي(?:\s|$)"), -7, "week"),
    (re.compile(r"(?:^|\s)(?:الشهر\s+الماضي)(?:\s|$)"), -30, "month"),
    (re.compile(r"(?:^|\s)(?:[وفل]?اليوم|الليله|هذا\s+الصباح|صباح\s+اليوم|فجر\s+اليوم|مساء\s+اليوم)(?:\s|$)"), 0, "day"),
]
_WEEKDAY = re.compile(rf"(?:^|\s)(?:(?:ليل|ليله|فجر|صباح|مساء|ظهر|يوم)\s+)?[و]?({_W})(?:\s+({_W}))?(?:\s|$)")
_AFTER_RELATIVE = re.compile(rf"(?:اليوم|امس)\s+(?:{_W})")


def _year_for(day: int, month: int, published: dt.date) -> int:
    year = published.year
    try:
        if dt.date(year, month, day) > published + dt.timedelta(days=1):
            year -= 1
    except ValueError:
        pass
    return year


def find_date(text_norm: str, published: dt.date) -> tuple[dt.date, str, int] | None:
    """The first date expression in a normalised sentence: (date, precision, position) or None.

    ``text_norm`` must come from ``gazetteer.normalize`` (so أمس is امس and digits are ASCII).
    Explicit dates win over relative ones when both occur.
    """
    found: list[tuple[int, dt.date, str]] = []
    for m in _EXPLICIT.finditer(text_norm):
        day, month = int(m.group(1)), MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else _year_for(day, month, published)
        try:
            found.append((m.start(), dt.date(year, month, day), "day"))
        except ValueError:
            continue
    if found:
        pos, d, prec = min(found, key=lambda x: x[0])
        return d, prec, pos
    for m in _MONTH_ONLY.finditer(text_norm):
        month = MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (published.year if month <= published.month else published.year - 1)
        found.append((m.start(), dt.date(year, month, 1), "month"))
    for rx, delta, prec in _RELATIVE:
        for m in rx.finditer(text_norm):
            found.append((m.start(), published + dt.timedelta(days=delta), prec))
    relative_weekday = {m.end() for m in _AFTER_RELATIVE.finditer(text_norm)}
    for m in _WEEKDAY.finditer(text_norm):
        if m.end(1) in relative_weekday or (m.end(1) + 1) in relative_weekday:
            continue  # "اليوم الأربعاء": the weekday repeats the day already given
        wd = WEEKDAYS[m.group(1)]
        back = (published.weekday() - wd) % 7
        found.append((m.start(), published - dt.timedelta(days=back), "day"))
    if not found:
        return None
    pos, d, prec = min(found, key=lambda x: x[0])
    return d, prec, pos
