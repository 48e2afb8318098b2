"""Dates: timestamp lines, the dateline, and date and day words in the body.

* A **timestamp line** is a short block that holds a date and little else:
  "June 9, 2011 | 9:31 am", "Updated 3:45 p.m. ET, Thu June 9, 2011",
  "Published 2011-06-09T09:31:00Z". It gives the publication date.
* The **dateline** opens the first body paragraph: "BEIRUT (AP) —", "WASHINGTON —",
  "CAIRO, June 9 (Reuters) -".
* **Date mentions** in the body: full dates ("June 9, 2011"), weekdays ("on Thursday")
  and day words ("yesterday"). Weekdays and day words resolve against a reference date
  (``--date``, else the publication date) to the most recent such day on or before it,
  or the first on or after it when the sentence puts it ahead ("will be held Saturday",
  "next Tuesday").

A date is never invented: python-dateutil fills missing parts from a default, so
`strict_date` parses twice with two different defaults and keeps only a date whose
year, month and day came out the same, that is, from the text. A weekday alone is not
a date. JSON fragment for one mention::

    {"text": "Thursday", "start": 312, "end": 320, "kind": "weekday", "date": "2011-06-09"}

    >>> strict_date("Thu June 9, 2011")
    datetime.date(2011, 6, 9)
    >>> strict_date("Thursday") is None
    True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from syriadefect import patterns
from syriadefect.model import (
    Dateline,
    DateMention,
    Located,
    Offset,
    Span,
    in_regions,
    span_of,
)
from syriadefect.parse import lexicon
from syriadefect.parse.blocks import Block

_M = rf"(?:{lexicon.MONTHS}|{lexicon.MONTHS.upper()})"  # "18 NOV 2019" too
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
# Full dates only: year, month and day all present.
DATE_RE = patterns.compile(
    # the lookahead lets the engine skip, cheaply, every word that cannot start a date
    rf"\b(?=[0-9JFMASOND])(?:{_YEAR}-[01]\d-[0-3]\d"
    r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    rf"|{_M}\s+{_DAY},?\s+{_YEAR}"
    rf"|{_DAY}\s+{_M},?\s+{_YEAR}"
    rf"|[01]?\d/[0-3]?\d/(?:{_YEAR}|\d\d))(?![\w/-])"  # "11/19/2019", "11/19/19"
)
_TIME_RE = patterns.compile(
    r"\b[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I
)
_FILLER = patterns.compile(
    r"\b(?:updated|update|published|posted|last|modified|first|on|at|date|time|"
    r"et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b\.?"
    r"|\b\d{1,3}[ -]min(?:ute)?s?\.?\s+read\b"  # a reading time: "• 2 min read"
    # an update's age: "November 19, 2019 / 12:21 AM / Updated 14 hours ago"
    r"|\b(?:an?|\d{1,3})\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b",
    re.I,
)
# ("Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM CST on Nov 18, 2019")
_TIMESTAMP_MAX_WORDS = 20
# the outlet after a timestamp, set off: "Updated on: November 19, 2019 / 10:07 AM / CBS News"
_SOURCE_AFTER = patterns.compile(
    r"\s[|/•·]\s+(?![Bb]y\s)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}$"  # (not "| By Jo")
)
_DIGIT = patterns.compile(r"\d")
_WEEKDAY_RE = patterns.compile(r"\b(" + "|".join(lexicon.WEEKDAYS) + r")\b")
_RELATIVE_RE = patterns.compile(r"\b(" + "|".join(lexicon.RELATIVE_DAYS) + r")\b", re.I)
# words before a weekday, in its sentence, that put the day ahead of the article
_FUTURE = patterns.compile(
    r"\b(?:will|won['’]t|shall|(?:is|are) (?:scheduled|set|due|expected) to|plans? to"
    r"|next|upcoming|coming)\b",
    re.I,
)
_FUTURE_REACH = 120
# words before a weekday that make it no one day
_NO_ONE_DAY = patterns.compile(
    r"\b(?:first|second|third|fourth|fifth|every|each|a|any|one)\s+$", re.I
)
# a word that opens a clause of its own between the future and the day
_NEW_CLAUSE = patterns.compile(
    r"\b(?:after|before|since|when|because|that|which|who|but|and|although|while)\b", re.I
)
# a sentence's end, but not the period of "2 p.m.", "Mr." or an initial
_SENTENCE_BREAK = patterns.compile(
    r"(?<![ap]\.m)(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?;][\"”’)]?\s"
)

_DATELINE_RE = patterns.compile(
    # (two places for a story filed from both: "LONDON/SINGAPORE, Jan 8 (Reuters) -")
    r"(?P<place>[A-Z][A-Z.'’-]+(?:[ /-][A-Z][A-Z.'’-]+){0,4}"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    rf"(?:,\s*(?P<date>{_M}\s+{_DAY}(?:,\s*{_YEAR})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&/-]{0,40})\)"
    # (a press release's wire between slashes: "SAN JOSE, Calif., Feb. 12, 2024 /PRNewswire/ --")
    r"|/(?P<wire>[A-Za-z][A-Za-z .&-]{0,40})/)?"
    # (HuffPost's horizontal bar too: "HEMPSTEAD, N.Y. ―"; a long dash may touch the
    # sentence: "BOSTON —Standing in front of …")
    r"\s*(?:(?:—|–|―|--|-)\s+|[—―](?=[A-Z]))"
)

_DEFAULT_A = dt.datetime(1904, 1, 1)
_DEFAULT_B = dt.datetime(1908, 2, 2)


def strict_date(text: str) -> dt.date | None:
    """Parse a date only if year, month and day all come from `text`."""
    from dateutil import parser

    try:
        a = parser.parse(text, default=_DEFAULT_A, fuzzy=True)
        b = parser.parse(text, default=_DEFAULT_B, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    if a.date() != b.date():
        return None
    return a.date()


def find_timestamp(text: str, block: Block) -> DateMention | None:
    """The date of a timestamp line, or None if the block is not one."""
    if block.words > _TIMESTAMP_MAX_WORDS:
        return None
    match = DATE_RE.search(block.text)
    if match is None:
        return None
    rest = DATE_RE.sub(" ", _SOURCE_AFTER.sub("", block.text))
    rest = _TIME_RE.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    if sum(ch.isalnum() for ch in rest) > 3:
        return None
    date = strict_date(match.group(0))
    if date is None:
        return None
    return DateMention(block.text, block.start, block.end, "timestamp", date.isoformat())


def find_date_in(text: str, start: Offset, end: Offset) -> DateMention | None:
    """The first full date in a byline's line ("By Sam Ortega | March 3, 2023"), as the
    kind "byline", or None."""
    for match in DATE_RE.finditer(text, start, end):
        date = strict_date(match.group(0))
        if date is not None:
            span = span_of(text, match.start(), match.end())
            return DateMention(span.text, span.start, span.end, "byline", date.isoformat())
    return None


def find_dateline(text: str, paragraph: Located) -> Dateline | None:
    """The dateline at the start of a paragraph ("BEIRUT (AP) —"), or None."""
    match = _DATELINE_RE.match(text, paragraph.start, paragraph.end)
    if match is None:
        return None
    place_word = match.group("place").split(",")[0]
    if sum(ch.isalpha() for ch in place_word) < 3 or place_word in ("I", "A"):
        return None
    agency = _group_span(text, match, "agency") or _group_span(text, match, "wire")
    date = None
    if match.group("date"):
        parsed = strict_date(match.group("date"))
        date = parsed.isoformat() if parsed else None
    whole = span_of(text, match.start(), match.end())
    return Dateline(
        whole.text,
        whole.start,
        whole.end,
        place=_group_span(text, match, "place"),
        agency=agency,
        date=date,
    )


def find_dates(
    text: str, paragraphs: Iterable[Located], reference: dt.date | None
) -> tuple[DateMention, ...]:
    """Full dates, weekdays and day words in the paragraphs, in order of position."""
    found: list[DateMention] = []
    for paragraph in paragraphs:
        start, end = paragraph.start, paragraph.end
        taken: list[tuple[int, int]] = []
        has_digit = _DIGIT.search(text, start, end) is not None
        for m in DATE_RE.finditer(text, start, end) if has_digit else ():
            date = strict_date(m.group(0))
            found.append(_mention(text, m, "date", date.isoformat() if date else None))
            taken.append(m.span())
        if "day" not in paragraph.text and "morrow" not in paragraph.text:
            continue  # every weekday and day word ends in "day", but "tomorrow"
        for m in _WEEKDAY_RE.finditer(text, start, end):
            if in_regions(m.start(), taken):
                continue  # "Thu" inside "Thu June 9, 2011"
            day = lexicon.WEEKDAYS.index(m.group(1))
            if reference is None or _NO_ONE_DAY.search(text, max(start, m.start() - 12), m.start()):
                # nothing to resolve against; or "every Friday": no one day
                found.append(_mention(text, m, "weekday", None))
                continue
            clause = _clause_start(text, start, m.start())
            ahead = _FUTURE.search(text, clause, m.start())
            if ahead is not None and _NEW_CLAUSE.search(text, ahead.end(), m.start()):
                ahead = None  # "Talks will resume after they ended Friday"
            found.append(
                _mention(text, m, "weekday", _resolve_weekday(day, reference, ahead is not None))
            )
        for m in _RELATIVE_RE.finditer(text, start, end):
            offset = lexicon.RELATIVE_DAYS[m.group(1).lower()]
            resolved = (reference + dt.timedelta(days=offset)).isoformat() if reference else None
            found.append(_mention(text, m, "relative", resolved))
    found.sort(key=lambda d: d.start)
    return tuple(found)


def _resolve_weekday(weekday: int, reference: dt.date, ahead: bool) -> str:
    """The day of that name on or before the reference date, or on or after it for a
    day still `ahead` ("will be held Saturday")."""
    if ahead:
        return (reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)).isoformat()
    back = (reference.weekday() - weekday) % 7
    return (reference - dt.timedelta(days=back)).isoformat()


def _clause_start(text: str, floor: Offset, pos: Offset) -> Offset:
    """Where the sentence holding `pos` starts, looking back `_FUTURE_REACH` at most."""
    start = max(floor, pos - _FUTURE_REACH)
    for m in _SENTENCE_BREAK.finditer(text, start, pos):
        start = m.end()
    return start


def _mention(text: str, match: re.Match[str], kind: str, date: str | None) -> DateMention:
    span = span_of(text, match.start(), match.end())
    return DateMention(span.text, span.start, span.end, kind, date)


def _group_span(text: str, match: re.Match[str], group: str) -> Span | None:
    if match.group(group) is None:
        return None
    return span_of(text, match.start(group), match.end(group))
