from __future__ import annotations

import datetime as dt

import pytest

from syriadefect import parse
from syriadefect.model import Span
from syriadefect.parse.blocks import split_blocks
from syriadefect.parse.dates import find_dateline, find_dates, find_timestamp, strict_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("June 9, 2011", dt.date(2011, 6, 9)),
        ("Thu June 9, 2011", dt.date(2011, 6, 9)),
        ("9 June 2011", dt.date(2011, 6, 9)),
        ("2011-06-09T09:31:00Z", dt.date(2011, 6, 9)),
        ("Thursday", None),  # a weekday is not a date
        ("June 9", None),  # no year: never filled in from today
        ("June 2011", None),  # no day
        ("2011", None),
        ("yesterday", None),
        ("not a date at all", None),
    ],
)
def test_strict_date(text, date):
    assert strict_date(text) == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("June 9, 2011 | 9:31 am", "2011-06-09"),
        ("Updated 3:45 p.m. ET, Thu June 9, 2011", "2011-06-09"),
        ("Published 2011-06-09T09:31:00Z", "2011-06-09"),
        ("Posted on 9 June 2011 at 14:02 GMT", "2011-06-09"),
        ("Nov. 19, 2019, 8:41 AM UTC", "2019-11-19"),
        ("11/18/19 11:04 PM", "2019-11-18"),  # a two-digit year, month first
        ("Nov 18, 2019 at 9:24 pm ET • 2 min read", "2019-11-18"),  # and a reading time
        ("18 NOV 2019", "2019-11-18"),  # a month in capitals
        ("Updated on: November 19, 2019 / 10:07 AM / CBS News", "2019-11-19"),  # an outlet
        # an update's age, and a long line of two stamps
        ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "2019-11-19"),
        ("Published Wed, Nov 20 2019 4:29 AM EST Updated an hour ago", "2019-11-20"),
        (
            "Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019",
            "2019-11-18",
        ),
        ("June 9, 2011: three hours ago the storm hit the coast", None),
        ("June 9, 2011 | Jane Doe reports", None),  # not an outlet: a sentence
        ("June 9, 2011 | By Jane Doe", None),  # a dated byline
        ("Posted 11/18/19/20", None),  # no date: a run of numbers
        ("The vote was held on June 9, 2011 in the capital.", None),
        ("Updated Thursday", None),
    ],
)
def test_timestamp_lines(line, date):
    stamp = find_timestamp(line, split_blocks(line)[0])
    assert (stamp.date if stamp else None) == date


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "date"),
    [
        ("BEIRUT (AP) — Syrian troops swept the province.", "BEIRUT", "AP", None),
        ("WASHINGTON — The Senate voted on Thursday.", "WASHINGTON", None, None),
        ("CAIRO, June 9 (Reuters) - Egypt's minister warned.", "CAIRO", "Reuters", None),
        ("ALEPPO, Syria (AP) — A convoy arrived.", "ALEPPO, Syria", "AP", None),
        ("NEW YORK, June 9, 2011 (Reuters) - Stocks fell.", "NEW YORK", "Reuters", "2011-06-09"),
        ("LONDON/SINGAPORE, Jan 8 (Reuters) - Oil rose.", "LONDON/SINGAPORE", "Reuters", None),
        (
            "SAN JOSE, Calif., Feb. 12, 2024 /PRNewswire/ -- Acme named a new chief.",
            "SAN JOSE, Calif.",
            "PRNewswire",
            "2024-02-12",
        ),
        ("NEW YORK/LONDON (Reuters) - Oil rose.", "NEW YORK/LONDON", "Reuters", None),
        ("HEMPSTEAD, N.Y. ― If it worked once, it might again.", "HEMPSTEAD, N.Y.", None, None),
        ("BOSTON —Standing before a crowd, she spoke.", "BOSTON", None, None),
        ("A — B is not a dateline.", None, None, None),
        ("The minister - who spoke late - said no.", None, None, None),
    ],
)
def test_dateline(paragraph, place, agency, date):
    dateline = find_dateline(paragraph, Span(paragraph, 0, len(paragraph)))
    if place is None:
        assert dateline is None
        return
    assert dateline.place.text == place
    assert (dateline.agency.text if dateline.agency else None) == agency
    assert dateline.date == date


def test_day_words_resolve_to_most_recent_day_on_or_before_reference():
    text = "Troops crossed on Thursday, a day after Wednesday's raid; yesterday it rained."
    found = find_dates(text, [Span(text, 0, len(text))], dt.date(2011, 6, 10))  # a Friday
    assert [(d.text, d.kind, d.date) for d in found] == [
        ("Thursday", "weekday", "2011-06-09"),
        ("Wednesday", "weekday", "2011-06-08"),
        ("yesterday", "relative", "2011-06-09"),
    ]


def test_same_weekday_as_reference_is_the_reference_day():
    text = "On Friday the talks ended."
    found = find_dates(text, [Span(text, 0, len(text))], dt.date(2011, 6, 10))
    assert found[0].date == "2011-06-10"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("He spoke on Friday.", "2025-02-28"),
        ("He spoke last Friday.", "2025-02-28"),
        # a day the sentence puts ahead is the first on or after the reference
        ("He will speak Friday.", "2025-03-07"),
        ("A memorial service will be held at 2 p.m. Saturday.", "2025-03-08"),
        ("The vote is scheduled for next Tuesday.", "2025-03-11"),
        # unless a clause of its own stands between
        ("Talks will resume after they ended Friday, officials said.", "2025-02-28"),
        ("She said she will go. They met Friday.", "2025-02-28"),
        # no one day
        ("The cleanup is the second Saturday in June.", None),
        ("They meet every Friday.", None),
    ],
)
def test_weekdays_resolve_by_tense(sentence, date):
    found = find_dates(sentence, [Span(sentence, 0, len(sentence))], dt.date(2025, 3, 5))
    assert [d.date for d in found] == [date]


def test_full_date_in_body_is_listed():
    text = "The vote was held on June 9, 2011 in the capital."
    found = find_dates(text, [Span(text, 0, len(text))], None)
    assert [(d.text, d.kind, d.date) for d in found] == [("June 9, 2011", "date", "2011-06-09")]


def test_published_date_becomes_the_reference():
    article = parse(
        "Council votes\n\nBy Jane Doe\n\nJune 9, 2011 | 9:31 am\n\nThe council met on Monday."
    )
    assert article.published.date == "2011-06-09"
    assert article.reference_date == "2011-06-09"
    assert article.dates[0].date == "2011-06-06"


def test_published_prefers_published_over_updated():
    article = parse(
        "Council votes\n\nUpdated June 10, 2011\n\nPublished June 9, 2011\n\nThe council met."
    )
    assert article.published.date == "2011-06-09"


def test_dateline_with_year_gives_publication_date():
    article = parse("Stocks fall\n\nNEW YORK, June 9, 2011 (Reuters) - Stocks fell on Thursday.")
    assert article.published.date == "2011-06-09"
    assert article.published.kind == "dateline"
