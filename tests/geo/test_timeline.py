import pytest
"""The timeline chart: one bar per day stacked by claimant, in the profile's colours, escaped."""

import re

from geo.timeline import timeline_svg
from tests.common import profile

ROWS = [{"date": "2020-10-01", "claimant": "Azerbaijan", "events": 3},
        {"date": "2020-10-01", "claimant": "Armenia", "events": 2},
        {"date": "2020-10-04", "claimant": "Armenia", "events": 1}]


def bars(svg):
    return re.findall(r'<rect x="[^"]+" y="[^"]+" width="[^"]+" height="([^"]+)" fill="([^"]+)"><title>([^<]*)</title>',
                      svg)


def test_one_bar_per_day_and_claimant_in_profile_colours():
    prof = profile()
    svg = timeline_svg(ROWS, prof)
    got = bars(svg)
    assert [t for _, _, t in got] == ["2020-10-01 · Azerbaijan: 3", "2020-10-01 · Armenia: 2", "2020-10-04 · Armenia: 1"]
    assert {c for _, c, _ in got} == {prof.color("Azerbaijan"), prof.color("Armenia")}
    heights = [float(h) for h, _, _ in got]
    assert heights[0] / heights[1] == 1.5 and heights[1] == 2 * heights[2]  # stacked to scale
    assert "2020-10-02" in svg or "2020-10-03" in svg or len(re.findall("<text", svg)) > 3  # empty days keep their place


def test_no_rows_no_chart_and_text_is_escaped():
    assert timeline_svg([], profile()) == ""
    svg = timeline_svg([{"date": "2020-10-01", "claimant": "<script>x</script>", "events": 1}], profile(),
                       title='"><script>')
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_arabic_labels():
    assert profile().party("Azerbaijan").label_ar in timeline_svg(ROWS, profile(), lang="ar")


@pytest.mark.parametrize("days, unit, bars", [(30, "day", 30), (200, "week", 29), (1000, "month", 34)])
def test_the_timeline_bins_by_day_week_or_month_to_fit_the_range(days, unit, bars):
    import datetime as dt

    from geo.timeline import bin_unit

    first = dt.date(2020, 1, 6)  # a Monday
    rows = [{"date": (first + dt.timedelta(days=i)).isoformat(), "claimant": "Azerbaijan", "events": 1}
            for i in range(days)]
    assert bin_unit(first, first + dt.timedelta(days=days - 1)) == unit
    svg = timeline_svg(rows, profile())
    assert svg.count("<rect x=") - 1 == bars  # bars, plus the legend's swatch
