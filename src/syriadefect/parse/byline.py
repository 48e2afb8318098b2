"""Bylines: "By ..." lines at the top and sign-offs at the bottom.

Recognised shapes::

    By Jane Doe and John Roe, Reuters          top: authors, agency
    By JANE DOE Associated Press               top: names kept as written
    By Jane Doe in Beirut | June 9, 2011       top: location (the date is for dates.py)
    -- Alexandra Sandels in Beirut             sign-off: author, location
    Jane Doe reported from Cairo.              sign-off
    Staff writer John Roe contributed to this report.

Only people go into ``authors``: site names, "Email the author", "Updated" and
timestamps never do. A part that is neither a person, an agency nor a role leaves
``authors`` empty rather than wrong. JSON fragment::

    "byline": {"text": "-- Alexandra Sandels in Beirut", "start": 2004, "end": 2034,
               "position": "bottom", "authors": ["Alexandra Sandels"], "agency": null,
               "location": "Beirut", "role": null, ...}

    >>> parse_byline_text("By Jane Doe and John Roe, Reuters")
    (('Jane Doe', 'John Roe'), 'Reuters')
"""

from __future__ import annotations

import re

from syriadefect import patterns
from syriadefect.model import Byline, Offset, Span, span_of
from syriadefect.parse import lexicon
from syriadefect.parse.blocks import Block
from syriadefect.parse.dates import find_date_in

_BYLINE_MAX_WORDS = 24
_MAX_ROLE_WORDS = 5  # "Chief Middle East correspondent"
_NON_SPACE = patterns.compile(r"\S+")
_GIVEN_MONTHS = frozenset({"april", "may", "june"})  # given names too: "By June Carter"
_TOP_RE = patterns.compile(r"(?:by|written by|words by|story by)[:\s]\s*", re.I)
_SIGNOFF_RES = (
    patterns.compile(
        r"(?:--|—|–|-)\s*(?P<names>.+?)(?:\s+in\s+(?P<place>[^,;]+?)|,\s*(?P<place2>[^,;]+?))?\.?$"
    ),
    # a closing bio after a dash: "— Erin Matthews covers courts for The Ledger. Reach …"
    patterns.compile(
        r"(?:--|—|–|-)\s*(?P<names>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
        rf"\s+{lexicon.SIGNOFF_BIO}.*$"
    ),
    patterns.compile(r"(?P<names>.+?)\s+reported\s+(?:from|in)\s+(?P<place>.+?)\.?$"),
    # a wire credit line: "Reporting by Alex Lawler in London; Editing by Susan Fenton"
    patterns.compile(
        r"\(?(?:reporting|writing)\s+by\s+(?P<names>[^;()]+?)(?:\s+in\s+(?P<place>[^;()]+?))?"
        r"(?:;[^()]*)?\)?\.?$",
        re.I,
    ),
    patterns.compile(
        r"(?:(?:--|—|–|-)\s*)?"
        r"(?:(?P<role>[\w ]{0,40}?(?:writers?|correspondents?|reporters?|editors?))\s+)?"
        r"(?P<names>.+?)\s+contributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))?"
        r"(?:\s+from\s+(?P<place>.+?))?\.?$",
        re.I,
    ),
)
# after "By", a digit, a weekday or a lowercase word starts a sentence ("By Wednesday
# afternoon, …"); "the" only before a name ("By the Associated Press")
_SENTENCE_AFTER_BY = patterns.compile(
    r"\d|the\s+[a-z]|(?!the\b|staff\b|admin\b)[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
# Where the names part of a top byline stops: a separator before a date, "Updated", a
# date after "on" ("By Sam Ortega on March 3, 2023"), etc.
_CUT_RE = patterns.compile(
    r"\s+(?:\||•|·|/|—|–|-{1,2})\s+|\s+(?:updated|published|posted)\b"
    rf"|\s+on\s+(?=\d|(?:{lexicon.MONTHS}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)"
    # a handle, a date or a weekday right after the name: "By Chaim Gartenberg
    # @cgartenberg Nov 19, 2019", "By Sam Ortega March 3, 2023", "By Mike Wall
    # 2019-11-18T20:51:19Z", "By Sherif Saed, Wednesday, 20 November 2019"
    rf"|\s+@\w|\s+(?=(?:{lexicon.MONTHS})\.?\s+\d)|\s+(?=\d)"
    r"|,?\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.I,
)
# a site's name for its outlet: "By Troy L. Smith, Cleveland.com"
_DOMAIN = patterns.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co\.uk|news)", re.I)
# a blog's post line: the date first, then the author ("Posted on March 3, 2023 by Sam
# Ortega", "Published 2023-03-03 | By Sam Ortega")
_DATED_RE = patterns.compile(
    r"(?:(?:posted|published|updated)(?:\s+on)?\s+)?(?P<date>[\w ,:./-]{6,60}?)"
    r"\s*(?:[|•·—–-]\s*)?\b[Bb]y\s+(?P<names>[^|•·]+?)\s*$",
    re.I,
)
# the name first: "Chris Davies - Nov 19, 2019, 10:31 pm CST 0" (a comment count last)
_NAME_DATED_RE = patterns.compile(
    r"(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*[|•·—–-]\s*"
    r"(?P<date>[\w ,:./-]{6,60}?)(?:\s+\d{1,4})?\s*$"
)
_LOCATION_RE = patterns.compile(r"\s+in\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$")
_SPLIT_RE = patterns.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*;\s*")
_NAME_TOKEN = patterns.compile(r"(?:[a-z]{1,3}[-'’])?[A-Z][\w'’.-]*|[A-Z]\.")
_AGENCIES = sorted(lexicon.AGENCIES, key=len, reverse=True)
_AGENCY_SUFFIX = patterns.compile(
    r"(?:,\s*|\s+)(?P<agency>" + "|".join(re.escape(a) for a in _AGENCIES) + r")$", re.I
)
_AGENCY_NAMES = frozenset(a.lower() for a in lexicon.AGENCIES)
# an agency and the date: "Reuters November 18, 2019 11:03 PM", "Associated Press
# November 19, 2019, 9:02 AM"
_AGENCY_DATED_RE = patterns.compile(
    r"(?P<names>" + "|".join(re.escape(a) for a in _AGENCIES) + r")\s*(?:[|•·—–-]\s*)?"
    r"(?P<date>[\w ,:./-]{6,60}?)\s*$"
)
_SIGNOFF_ZONE = 6  # sign-offs are looked for among the last blocks only


def is_byline(block: Block) -> bool:
    """Whether a block starts like a top byline ("By ..."), not like a sentence ("By
    58%-33%, those surveyed said …", "By the time polls closed, …")."""
    match = _TOP_RE.match(block.text)
    return (
        block.words <= _BYLINE_MAX_WORDS
        and match is not None
        and _SENTENCE_AFTER_BY.match(block.text, match.end()) is None
    )


def parse_dated_byline(text: str, block: Block) -> Byline | None:
    """A post line that gives the date, then the author: "Posted on March 3, 2023 by Sam
    Ortega", or the author, then the date: "Chris Davies - Nov 19, 2019, 10:31 pm CST",
    or a news agency, then the date: "Reuters November 18, 2019 11:03 PM". None unless
    the date part holds a full date and the rest names someone."""
    lines = block.lines
    if len(lines) == 2 and text[lines[1][0] : lines[1][1]].isdigit():
        lines = lines[:1]  # a comment count on a line of its own: "… 10:31 pm CST ¶ 0"
    if block.words > _BYLINE_MAX_WORDS or len(lines) != 1:
        return None
    match = _DATED_RE.fullmatch(text, block.start, block.end)
    named_first = match is None
    if named_first:
        match = _NAME_DATED_RE.fullmatch(text, block.start, block.end)
    if match is None and (wire := _AGENCY_DATED_RE.fullmatch(text, block.start, block.end)):
        if find_date_in(text, *wire.span("date")) is None:
            return None
        names = span_of(text, *wire.span("names"))
        return Byline(block.text, block.start, block.end, "top", (), names, None, None)
    if match is None or find_date_in(text, *match.span("date")) is None:
        return None
    authors, agency, location, role = _parse_names(text, *match.span("names"))
    if not authors or (
        # with no "by", only a given name tells a person ("Trump Tower - Nov 19, 2019")
        named_first and any(a.text.split()[0].lower() not in lexicon.GIVEN_NAMES for a in authors)
    ):
        return None
    return Byline(block.text, block.start, block.end, "top", authors, agency, location, role)


def parse_top_byline(text: str, block: Block) -> Byline | None:
    """Parse a "By ..." block; ``authors`` stays empty when no part is surely a person."""
    match = _TOP_RE.match(text, block.start, block.end)
    if match is None or block.words > _BYLINE_MAX_WORDS:
        return None
    end = block.end
    cut = _CUT_RE.search(text, match.end(), block.end)
    if cut is not None:
        end = cut.start()
    authors, agency, location, role = _parse_names(text, match.end(), end)
    return Byline(block.text, block.start, block.end, "top", authors, agency, location, role)


def role_line(text: str, block: Block) -> Span | None:
    """A line of role words under a top byline ("Staff Writer", "Senior political
    correspondent"), or None."""
    if len(block.lines) != 1 or not _is_role(block.text, beat=True):
        return None
    return span_of(text, block.start, block.end)


def _is_role(phrase: str, *, beat: bool) -> bool:
    """Role words ("Staff Writer"); with `beat`, also a role noun after the beat it
    covers ("Home Affairs Editor", "Middle East correspondent")."""
    words = [w.strip(",.") for w in phrase.lower().split()]
    if not 1 <= len(words) <= _MAX_ROLE_WORDS:
        return False
    return all(w in lexicon.ROLE_WORDS for w in words) or (beat and words[-1] in lexicon.ROLE_NOUNS)


def parse_byline_text(line: str) -> tuple[tuple[str, ...], str | None]:
    """Authors and agency of a byline given as a plain string (for hints and tests)."""
    match = _TOP_RE.match(line)
    begin = match.end() if match else 0
    authors, agency, _, _ = _parse_names(line, begin, len(line))
    return tuple(a.text for a in authors), agency.text if agency else None


def find_signoff(text: str, blocks: list[Block], taken: set[int]) -> tuple[int, Byline] | None:
    """A sign-off byline among the last blocks of the article, with its block index."""
    candidates = [b for b in blocks if b.index not in taken][-_SIGNOFF_ZONE:]
    for block in reversed(candidates):
        if block.words > _BYLINE_MAX_WORDS:
            continue
        for pattern in _SIGNOFF_RES:
            match = pattern.fullmatch(text, block.start, block.end)
            if match is None:
                continue
            authors, agency, _, role = _parse_names(text, match.start("names"), match.end("names"))
            if not authors:
                continue
            location = None
            for group in ("place", "place2"):
                if group in pattern.groupindex and match.group(group):
                    where = span_of(text, match.start(group), match.end(group))
                    if _is_role(where.text, beat=True):  # "-- Jane Doe, Staff Writer"
                        role = role or where
                    else:
                        location = where
            if "role" in pattern.groupindex and match.group("role"):
                role = span_of(text, match.start("role"), match.end("role"))
            byline = Byline(
                block.text, block.start, block.end, "bottom", authors, agency, location, role
            )
            return block.index, byline
    return None


def is_person_name(name: str) -> bool:
    """A plausible personal name as written in a byline: 2 to 5 name words."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    capitals = 0
    for i, word in enumerate(words):
        bare = word.strip(".,").lower()
        if bare in lexicon.NOT_NAME_WORDS and not (i == 0 and bare in _GIVEN_MONTHS):
            return False
        if bare in lexicon.NAME_PARTICLES and not word[0].isupper():
            continue
        if not _NAME_TOKEN.fullmatch(word) or any(ch.isdigit() for ch in word):
            return False
        capitals += 1
    return capitals >= 2


def _is_agency(text: str) -> bool:
    return text.lower() in _AGENCY_NAMES


def _parse_names(
    text: str, start: Offset, end: Offset
) -> tuple[tuple[Span, ...], Span | None, Span | None, Span | None]:
    """Split "A, B and C in Place, Agency" into authors, agency, location and role."""
    agency = location = role = None
    whole = span_of(text, start, end)
    suffix = None if _is_agency(whole.text) else _AGENCY_SUFFIX.search(text, start, end)
    if suffix is not None:
        agency = span_of(text, suffix.start("agency"), suffix.end("agency"))
        end = suffix.start()
    where = _LOCATION_RE.search(text, start, end)
    if where is not None:
        location = span_of(text, where.start("place"), where.end("place"))
        end = where.start()
    authors: list[Span] = []
    pos = start
    for sep in [*_SPLIT_RE.finditer(text, start, end), None]:
        piece_end = sep.start() if sep else end
        piece = span_of(text, pos, piece_end)
        pos = sep.end() if sep else end
        if not piece.text:
            continue
        if _is_agency(piece.text) or _DOMAIN.fullmatch(piece.text):
            agency = agency or piece
        # (a beat's role only after a name: "By Harriet Cole, Home Affairs Editor"; the
        # first piece is a name even when it ends like a role, "By John Writer")
        elif _is_role(piece.text, beat=bool(authors)):
            role = role or piece
        elif is_person_name(piece.text):
            authors.append(piece)
        elif (named := _name_then_role(text, piece)) is not None:
            authors.append(named[0])  # "By Meg James Staff Writer", no comma between
            role = role or named[1]
        else:
            # Something that is not a person: trust none of the names in this byline.
            return (), agency, location, role
    return tuple(authors), agency, location, role


def _name_then_role(text: str, piece: Span) -> tuple[Span, Span] | None:
    """A person's name and role words after it with no comma ("Meg James Staff
    Writer"), or None."""
    words = list(_NON_SPACE.finditer(text, piece.start, piece.end))
    for cut in range(len(words) - 1, max(0, len(words) - _MAX_ROLE_WORDS - 1), -1):
        role = span_of(text, words[cut].start(), piece.end)
        name = span_of(text, piece.start, words[cut - 1].end())
        if _is_role(role.text, beat=True) and is_person_name(name.text):
            return name, role
    return None
