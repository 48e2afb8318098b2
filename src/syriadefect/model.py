"""The data model: immutable records whose offsets point into the decoded input text.

Every record that holds text from the article has ``start`` and ``end``: half-open
code-point offsets into ``Article.text`` (the input exactly as decoded). The
invariant, tested for every sample and by hypothesis::

    article.text[x.start:x.end]          # the raw text of the field
    collapse(article.text[x.start:x.end]) == x.text

so a hard-wrapped line or a CRLF never changes what a field says, and nothing in
the input is rewritten before parsing.

The records are named tuples: immutable, hashable, compared by value and picklable,
as frozen dataclasses would be, but made in a twentieth of the time. Python 3.11
writes and compiles the source of every method of every dataclass when the class is
created, some 10 ms for the 26 record classes of a run: a seventh of a one-file
`syriadefect quotes --json`. Change one with ``record._replace(field=value)``.

(No ``from __future__ import annotations`` here: a named tuple reads its field types
when the class is made, and a postponed annotation costs a compile of its string.)
"""

import bisect
import sys
from typing import NamedTuple, Protocol

from syriadefect import patterns

Offset = int
"""A code-point index into the decoded input text."""

SAID = ("direct", "partial")  # the quote kinds that count as quotes in counts and stats

# Characters that are not whitespace to Python but behave like it in text: zero-width
# space, word joiner and a stray byte-order mark. They vanish from collapsed text.
ZERO_WIDTH = "\u200b\u2060\ufeff"
_ZERO_WIDTH_RE = patterns.compile(f"[{ZERO_WIDTH}]")
# Every character for which str.isspace() is true (tests check the list), and the
# zero-width ones: what `span_of` trims.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_TRIM = WHITESPACE + ZERO_WIDTH


def collapse(raw: str) -> str:
    """Collapse runs of whitespace to one space and drop zero-width characters.

    >>> collapse("the\\n  peaceful\\u00a0Syrian\\u200b revolution ")
    'the peaceful Syrian revolution'
    """
    if raw.isascii():  # the common case, and ASCII has no zero-width characters
        return " ".join(raw.split())
    return " ".join(_ZERO_WIDTH_RE.sub("", raw).split())


def is_space(ch: str) -> bool:
    """True for whitespace and zero-width characters (what `collapse` removes)."""
    return ch.isspace() or ch in ZERO_WIDTH


class Located(Protocol):
    """Anything with text and offsets: spans, paragraphs, quotes."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> Offset: ...
    @property
    def end(self) -> Offset: ...


class Span(NamedTuple):
    """A piece of the input: ``text`` is the collapsed form of ``input[start:end]``."""

    text: str
    start: Offset
    end: Offset


def span_of(source: str, start: Offset, end: Offset) -> Span:
    """Make a `Span` for ``source[start:end]``, trimmed of surrounding whitespace."""
    # (`trimmed` and `collapse` written out: the stages make some 150 spans an article)
    raw = source[start:end]
    stripped = raw.strip(_TRIM)
    if len(stripped) != len(raw):
        start += len(raw) - len(raw.lstrip(_TRIM))
        end = start + len(stripped)
    if stripped.isascii():
        return Span(" ".join(stripped.split()), start, end)
    return Span(" ".join(_ZERO_WIDTH_RE.sub("", stripped).split()), start, end)


def rstripped(source: str, end: Offset) -> Offset:
    """`end` moved back over whitespace: ``len(source[:end].rstrip())`` without the copy."""
    while end > 0 and source[end - 1].isspace():
        end -= 1
    return end


def char_before(source: str, pos: Offset, floor: Offset = 0) -> str:
    """The last character before `pos` that is not a space, at or after `floor`; "" if
    there is none. ``source[floor:pos].rstrip()[-1:]`` without the copy."""
    end = rstripped(source, pos)
    return source[end - 1] if end > floor else ""


def trimmed(source: str, start: Offset, end: Offset) -> tuple[Offset, Offset]:
    """``(start, end)`` moved inwards past whitespace and zero-width characters."""
    raw = source[start:end]
    stripped = raw.strip(_TRIM)
    if len(stripped) != len(raw):
        start += len(raw) - len(raw.lstrip(_TRIM))
        end = start + len(stripped)
    return start, end


class Paragraph(NamedTuple):
    text: str
    start: Offset
    end: Offset
    index: int  # type: ignore[assignment]  # hides tuple.index, which is never wanted


class Headline(NamedTuple):
    text: str
    start: Offset
    end: Offset
    kicker: Span | None = None
    dek: Span | None = None


class Byline(NamedTuple):
    text: str
    start: Offset
    end: Offset
    position: str  # "top" or "bottom"
    authors: tuple[Span, ...] = ()
    agency: Span | None = None
    location: Span | None = None
    role: Span | None = None


class Dateline(NamedTuple):
    text: str
    start: Offset
    end: Offset
    place: Span | None = None
    agency: Span | None = None
    date: str | None = None  # ISO date, only when year, month and day are all in the text


class DateMention(NamedTuple):
    """A date or day word: "June 9, 2011", "Thursday", "yesterday"."""

    text: str
    start: Offset
    end: Offset
    kind: str  # "date", "weekday" or "relative"
    date: str | None  # ISO date: given in full, or resolved against the reference date


class Caption(NamedTuple):
    text: str
    start: Offset
    end: Offset
    kind: str | None = None  # "Video", "Photo", ...
    credit: Span | None = None


class Removed(NamedTuple):
    """A block that is not part of the article, kept with the reason it went."""

    text: str
    start: Offset
    end: Offset
    reason: str


class Speaker(NamedTuple):
    """Who said a quote.

    ``mention`` is the words at the cue ("he", "Majhur"); ``name`` the fullest form of
    that speaker in the article ("Ibrahim Munir Majhur"), or None when unresolved;
    ``method`` names the rule that fired, so users can see how sure we are.
    """

    mention: Span
    name: Span | None
    title: str | None
    kind: str  # "person", "organization", "group", "unknown"
    method: str


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` cover the content without the marks.

    A quote running over several paragraphs (news style) is one span from just after
    the first opening mark to just before the last closing mark.
    """

    text: str
    start: Offset
    end: Offset
    kind: str  # "direct", "partial", "indirect", "term"
    paragraph: int | None  # body paragraph index; None in the headline or dek
    cue: Span | None = None
    speaker: Speaker | None = None
    open_mark: str = ""
    close_mark: str = ""


class ParseWarning(NamedTuple):
    """A soft problem: the article still parses, but this part may be wrong."""

    code: str
    message: str
    start: Offset
    end: Offset


class Origin(NamedTuple):
    """Where the text came from when it is not the input itself: an HTML page, whose
    article was extracted, or Markdown, read without its marks."""

    format: str  # "html" or "markdown"
    title: str | None = None
    author: str | None = None
    date: str | None = None


class Article(NamedTuple):
    text: str
    source: str | None = None
    encoding: str | None = None
    headline: Headline | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    published: DateMention | None = None
    reference_date: str | None = None
    dates: tuple[DateMention, ...] = ()
    body: tuple[Paragraph, ...] = ()
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removed, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    notes: tuple[str, ...] = ()  # decoding notes: detected encoding, repairs
    origin: Origin | None = None  # set when `text` was extracted from HTML

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.body)

    @property
    def said(self) -> int:
        """Quotes someone said: direct and partial (not indirect speech, not terms)."""
        return sum(1 for q in self.quotes if q.kind in SAID)

    def numbered_quotes(
        self, kinds: frozenset[str], speaker: str | None = None
    ) -> list[tuple[int, Quote]]:
        """The quotes of these kinds with their number in the article (1-based, counting
        every quote), only those whose speaker mention or name holds `speaker`
        (case-insensitive) when it is given."""
        wanted = speaker.casefold() if speaker else None
        out = []
        for index, quote in enumerate(self.quotes, 1):
            if quote.kind not in kinds:
                continue
            if wanted is not None:
                s = quote.speaker
                names = (s.mention.text, s.name.text if s.name else "") if s else ()
                if not any(wanted in name.casefold() for name in names):
                    continue
            out.append((index, quote))
        return out


Region = tuple[Offset, Offset]


def in_regions(pos: Offset, regions: list[Region]) -> bool:
    """Whether `pos` lies in one of the sorted, disjoint half-open `regions`."""
    i = bisect.bisect_right(regions, (pos, sys.maxsize)) - 1
    return i >= 0 and regions[i][0] <= pos < regions[i][1]


def within_regions(start: Offset, end: Offset, regions: list[Region]) -> bool:
    """Whether all of (start, end) lies inside one of the sorted, disjoint `regions`."""
    i = bisect.bisect_right(regions, (start, sys.maxsize)) - 1
    return i >= 0 and regions[i][0] <= start and end <= regions[i][1]


def overlaps_regions(start: Offset, end: Offset, regions: list[Region]) -> bool:
    """Whether (start, end) overlaps one of the sorted, disjoint `regions`."""
    i = bisect.bisect_left(regions, (end, 0)) - 1
    return i >= 0 and regions[i][1] > start


def line_col(text: str, offset: Offset) -> tuple[int, int]:
    """1-based line and column of an offset (lines end at \\n, \\r\\n or \\r)."""
    before = text[:offset]
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    last = max(before.rfind("\n"), before.rfind("\r"))
    return line, offset - last
