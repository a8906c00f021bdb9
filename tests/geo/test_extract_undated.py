"""Articles with no publication date: absolute dates still date events, relative ones cannot."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.articles import read_articles
from geo.errors import GeoInputError
from geo.extract import extract_events
from geo.model import Event
from tests.common import SEED, SEED_PUBLISHED, gazetteer, profile


def read(text: str, published=None):
    return extract_events(text, gazetteer(), profile(), published)


@pytest.mark.parametrize("text, date, precision", [
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر في 12 أكتوبر 2020.", "2020-10-12", "day"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر في الثاني من تشرين الأول 2020.",
     "2020-10-02", "day"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر أمس.", None, "unknown"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر يوم الأحد.", None, "unknown"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر.", None, "unknown"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر في 12 أكتوبر.", None, "unknown"),
    # a dateline in figures, day first
    ("باكو 14-10-2020 - قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر.", "2020-10-14", "day"),
    ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر يوم 3/10/2020.", "2020-10-03", "day"),
])
def test_an_undated_article_dates_only_by_absolute_dates(text, date, precision):
    (e,) = read(text)
    assert (e.date.isoformat() if e.date else None, e.date_precision) == (date, precision)


def test_a_day_and_month_take_the_year_the_text_names():
    text = ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر في 12 أكتوبر 2020.\n\n"
            "وفي 14 أكتوبر قصفت القوات الأرمينية مدينة أغدام. وأضافت أن القوات الأرمينية قصفت أمس مدينة بردعة.")
    got = {e.place_en: (e.date, e.date_precision) for e in read(text)}
    assert got == {"Tartar": (dt.date(2020, 10, 12), "day"), "Aghdam": (dt.date(2020, 10, 14), "day"),
                   "Barda": (None, "unknown")}


def test_the_undated_seed_gives_its_events_undated_and_the_dated_one_is_unchanged():
    text = read_articles(SEED)[0].text
    undated = read(text)
    dated = read(text, SEED_PUBLISHED)
    assert len(dated) == len(undated) == 8
    assert all(e.date is None and e.date_precision == "unknown" for e in undated)
    assert all(e.date == dt.date(2020, 10, 14) for e in dated)
    assert [(e.claimant, e.place_id) for e in undated] == [(e.claimant, e.place_id) for e in dated]


def test_an_undated_event_has_precision_unknown_and_a_dated_one_never():
    (e,) = read("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر.")
    assert Event.from_record(e.to_record()) == e
    assert e.with_(date_precision="day").date_precision == "unknown"  # no date, so no day
    with pytest.raises(GeoInputError, match="unknown"):
        e.with_(date=dt.date(2020, 1, 1))


def test_in_an_undated_article_a_month_last_is_before_the_texts_date_and_old_news_is_background():
    text = ("قالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر في 15 كانون الثاني 2021.\n\n"
            "وكانت القوات الأرمينية قد قصفت مدينة بردعة في كانون الأول الماضي.")
    evs = read(text)
    assert [(e.place_en, str(e.date)) for e in evs] == [("Tartar", "2021-01-15")]


def test_find_date_reads_a_month_last_against_the_texts_date():
    from gazetteer import normalize
    from geo.extract.dates import find_date

    got = find_date(normalize("في كانون الأول الماضي"), None, year=2021, ref=dt.date(2021, 1, 15))
    assert got is not None and got[0] == dt.date(2020, 12, 1)
    got = find_date(normalize("في كانون الثاني"), None, year=2021, ref=dt.date(2021, 1, 15))
    assert got is not None and got[0] == dt.date(2021, 1, 1)


@pytest.mark.parametrize("published", [None, "2024-10-20"])
def test_a_strike_of_last_month_is_background_in_a_dated_and_an_undated_article(published):
    text = "وكانت غارات أذربيجانية قد استهدفت في الأسبوع الأول من الشهر الماضي أطراف مدينة مارتوني."
    assert read(text, published) == []


def test_a_strike_of_last_week_or_yesterday_in_an_undated_article_is_read():
    for when in ("أمس", "الأسبوع الماضي"):
        assert len(read(f"قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مدينة مارتوني {when}.")) == 1
