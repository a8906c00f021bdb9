"""The timeline: events per day stacked by claimant, as one inline SVG in the profile's colours.

Drawn here rather than by a chart library so that its colours are the map's colours and the page
loads no chart engine (at 50,000 events the chart library's start-up competed with the map for the
browser's one main thread). Every text is escaped; a bar's tooltip is its SVG ``<title>``.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Iterable, Mapping

from .profile import Profile

__all__ = ["timeline_svg", "bin_unit", "bin_start"]

WIDTH, HEIGHT = 900, 230
LEFT, RIGHT, TOP, BOTTOM = 44, 10, 28, 34
UNKNOWN_COLOR = "#7f7f7f"


def _esc(v) -> str:
    return html.escape(str(v), quote=True)


def _nice_max(v: int) -> int:
    """A round axis maximum at or above ``v`` (1, 2, 5 times a power of ten)."""
    if v <= 5:
        return max(v, 1)
    step = 10 ** (len(str(v)) - 1)
    for m in (1, 2, 5, 10):
        if m * step >= v:
            return m * step
    return 10 * step


#: The longest range drawn by day, and by week; longer ranges are drawn by month.
DAY_BINS_UP_TO, WEEK_BINS_UP_TO = 90, 630


def bin_unit(first: dt.date, last: dt.date) -> str:
    """"day", "week" or "month": the bin that draws ``first``..``last`` in at most about 90 bars."""
    span = (last - first).days + 1
    return "day" if span <= DAY_BINS_UP_TO else ("week" if span <= WEEK_BINS_UP_TO else "month")


def bin_start(d: dt.date, unit: str) -> dt.date:
    """The first day of the bin of ``d``: itself, its week's Monday, or its month's first day."""
    if unit == "week":
        return d - dt.timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d


def _next(d: dt.date, unit: str) -> dt.date:
    if unit == "week":
        return d + dt.timedelta(days=7)
    if unit == "month":
        return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return d + dt.timedelta(days=1)


def timeline_svg(rows: Iterable[Mapping], profile: Profile | None = None, *, lang: str = "en",
                 title: str = "") -> str:
    """An SVG of ``rows`` (dicts of ``date`` ISO text, ``claimant``, ``events``): one bar per day,
    week or month (``bin_unit`` of the range) from the first to the last date, stacked by claimant
    in the profile's order (``profile``: a Profile or a sequence of parties); "" for no rows."""
    counts: dict[dt.date, dict[str, int]] = {}
    for r in rows:
        d = dt.date.fromisoformat(str(r["date"]))
        counts.setdefault(d, {})
        counts[d][r["claimant"]] = counts[d].get(r["claimant"], 0) + int(r["events"])
    if not counts:
        return ""
    first, last = min(counts), max(counts)
    unit = bin_unit(first, last)
    binned: dict[dt.date, dict[str, int]] = {}
    for d, per in counts.items():
        b = bin_start(d, unit)
        for c, n in per.items():
            binned.setdefault(b, {})[c] = binned.setdefault(b, {}).get(c, 0) + n
    counts = binned
    days = []
    b = bin_start(first, unit)
    while b <= last:
        days.append(b)
        b = _next(b, unit)
    present = {c for per in counts.values() for c in per}
    every = (profile.parties if hasattr(profile, "parties") else tuple(profile)) if profile else ()
    parties = [p for p in every if p.id in present]
    order = [p.id for p in parties] + sorted(present - {p.id for p in parties})
    colour = {p.id: p.color for p in parties}
    label = {p.id: ((p.label_ar if lang == "ar" else p.label_en) or p.label_en or p.id) for p in parties}
    top = _nice_max(max(sum(per.values()) for per in counts.values()))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(days)
    bar = max(slot * 0.8, min(slot, 1.0))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
           f'role="img" aria-label="{_esc(title)}" style="font:11px sans-serif;direction:ltr">']
    # Legend (claimant colours) along the top.
    x = LEFT
    for c in order:
        name = label.get(c, c)
        out.append(f'<rect x="{x}" y="6" width="10" height="10" fill="{_esc(colour.get(c, UNKNOWN_COLOR))}"/>'
                   f'<text x="{x + 14}" y="15">{_esc(name)}</text>')
        x += 24 + 7 * len(name)
    # Axis and grid: 0, half, top.
    for v in (0, top // 2, top) if top > 1 else (0, top):
        y = TOP + plot_h - v / top * plot_h
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{v}</text>')
    # Bars.
    for i, d in enumerate(days):
        per = counts.get(d, {})
        y = TOP + plot_h
        x = LEFT + i * slot + (slot - bar) / 2
        for c in order:
            n = per.get(c, 0)
            if not n:
                continue
            h = n / top * plot_h
            y -= h
            out.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{bar:.2f}" height="{h:.2f}" '
                       f'fill="{_esc(colour.get(c, UNKNOWN_COLOR))}"><title>{_esc(d.isoformat())} · '
                       f'{_esc(label.get(c, c))}: {n}</title></rect>')
    # Date labels: about eight along the axis.
    step = max(1, round(len(days) / 8))
    for i in range(0, len(days), step):
        x = LEFT + (i + 0.5) * slot
        out.append(f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">{_esc(days[i].isoformat())}</text>')
    out.append("</svg>")
    return "".join(out)
