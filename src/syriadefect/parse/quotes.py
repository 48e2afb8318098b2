"""Quotes: quotation-mark pairing, multi-paragraph quotes, and ’ as apostrophe vs closer.

Finds every span between quotation marks in the article's headline, dek and body:
“…”, "…", ‘…’, '…', «…», „…“, ``…'' and the NYT archive style ''…''. Marks are
paired by family (double, single) within a paragraph:

* a mark's role (opening, closing, ambiguous) comes from its glyph and the characters
  around it: a mark after a space and before a letter opens, one after a letter and
  before a space or punctuation closes;
* single marks count only outside double quotes; an apostrophe inside a word
  ("Assad’s"), an elision ("’90s", "rock ’n’ roll") or a plural possessive before
  another closer ("the soldiers’ truck") is never a quote mark;
* a quote of another glyph inside an open quote is nested and stays inside it;
* a quote still open at the end of a paragraph continues when the next paragraph
  opens with a mark of the same family (news style), and is then **one span**, from
  just after the first opening mark to just before the last closing mark; otherwise it
  ends with its paragraph and an ``unclosed-quote`` warning points at its opening mark;
* quote characters inside markup such as ``<tweet author="x">`` are not quote marks.

Speakers and kinds come from `speakers.attribute`. JSON fragment (one quote)::

    {"index": 3, "text": "I therefore announce ... revolution,", "start": 1764, "end": 1893,
     "kind": "direct", "cue": "said", "speaker": {"mention": "Majhur", ...}, "paragraph": 5}

    >>> [(s.text, s.open_mark) for s in find_segments("He said “no” and ‘maybe.’", [(0, 25)])[0]]
    [('no', '“'), ('maybe.', '‘')]
"""

# No postponed annotations: named tuples read theirs (see syriadefect.model).
import bisect
import re
from typing import NamedTuple

from syriadefect import patterns
from syriadefect.model import (
    Offset,
    ParseWarning,
    Quote,
    Span,
    Speaker,
    char_before,
    in_regions,
    is_space,
    overlaps_regions,
    span_of,
    within_regions,
)
from syriadefect.parse import lexicon
from syriadefect.parse.indirect import find_indirect
from syriadefect.parse.speakers import (
    Attribution,
    People,
    attribute,
    could_speak,
    headline_subject,
    previous_sentence_speaker,
    signature,
    speaker_from,
)

# Glyphs. ``''`` and ``\`\``` are two-character marks.
_DOUBLE_OPENERS = "“„«‟"
_DOUBLE_CLOSERS = "”»"
_SINGLE_OPENERS = "‘‹"
_SINGLE_CLOSERS = "’›"
_DOUBLE_RE = patterns.compile(r"``|''+|[\"“”„«»‟]")
# (a ’ or ' between two letters, "Assad’s", "don't", can neither open nor close: the
# pattern leaves it out rather than weigh it; the lookarounds come after the mark, so
# that the search still scans for the mark's characters)
_SINGLE_RE = patterns.compile(r"['‘’‹›](?<!'.)(?<!\w['’](?=\w))(?!')")
_TAG_RE = patterns.compile(r"<[A-Za-z/!?][^<>]{0,1000}>")
# Characters that may stand before an opening mark or after a closing one.
_OPEN_PREV = "([{—–-/:;“‘\"'«‹„…"
_CLOSE_NEXT = ".,;:!?)]}—–-/…”’\"'»›*"
# Elisions that start with an apostrophe: ’90s, ’em, rock ’n’ roll, ’til, ’tis.
_ELISION_RE = patterns.compile(
    r"(?:\d\d(?:s|\b)|em\b|n\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|s\b|re\b|ll\b|ve\b|d\b)",
    re.I,
)


# what stands between the titles of a list: ", ", " and ", ", or " (a comma inside the
# marks: “Star Wars,” “Mary Poppins”)
_LIST_JOIN = patterns.compile(r"[ \t]*,?[ \t]*(?:(?:and|or|&)[ \t]+)?")


class Segment(NamedTuple):
    """The content of one outer quotation: marks excluded, whitespace trimmed."""

    text: str
    start: Offset
    end: Offset
    open_mark: str
    close_mark: str  # "" when the quote ran to the end of its paragraph unclosed
    unit: int  # index of the paragraph unit the quote opens in
    open_at: Offset  # offset of the opening mark
    close_at: Offset  # offset just after the closing mark (the paragraph end if unclosed)


class _Open(NamedTuple):
    """An outer quote still open: its mark, where its content starts, and the nested
    marks seen inside it so far."""

    glyph: str
    family: str
    content: Offset
    unit: int
    mark_at: Offset
    nested: list[tuple[Offset, str]]


def find_segments(
    text: str, units: list[tuple[Offset, Offset]]
) -> tuple[list[Segment], list[ParseWarning]]:
    """Pair quotation marks in `units` (paragraph spans, in order) into outer quotes."""
    segments: list[Segment] = []
    warnings: list[ParseWarning] = []
    masked: list[tuple[Offset, Offset]] = []  # double-quoted regions, for the single pass
    # single-quoted regions that hold double quotes, from just after the opening mark
    outers: list[tuple[Offset, Offset]] = []
    for family in ("double", "single"):
        current: _Open | None = None
        skip: Offset | None = None
        for u, (ustart, uend) in enumerate(units):
            tags = _tag_spans(text, ustart, uend)
            marks = _marks(text, ustart, uend, family, tags)
            last_close = max((p for p, _, role in marks if role == "close"), default=-1)
            # a same-glyph quote nested in the open one (“ … “no” …): if the outer quote
            # is still open at the end of the paragraph, that inner “ was a stray mark
            suspect: tuple[Offset, Offset, str, int] | None = None
            i = 0
            while True:
                if i == len(marks):
                    if current is None or suspect is None or current.unit != u:
                        break
                    stray, close, glyph, i = suspect
                    suspect = None
                    segments.append(_segment(text, current, close, glyph, close + len(glyph)))
                    masked.append((current.mark_at, close + len(glyph)))
                    warnings.append(
                        ParseWarning("stray-quote-mark", "stray quotation mark", stray, stray + 1)
                    )
                    current = None
                    continue
                pos, glyph, role = marks[i]
                i += 1
                if pos == skip or (family == "single" and in_regions(pos, masked)):
                    continue
                if current is None:
                    if _opens(text, pos, glyph, role, family, uend):
                        current = _Open(glyph, family, pos + len(glyph), u, pos, [])
                    continue
                if family == "double":
                    if _nests(current, glyph, role):
                        current.nested.append((pos, glyph))
                        continue
                    if current.nested:
                        inner_at, inner = current.nested.pop()
                        if inner == current.glyph and not current.nested:
                            suspect = (inner_at, pos, glyph, i)
                        continue
                elif role == "open":
                    # a new clear opener: the earlier single mark was an apostrophe
                    if _opens(text, pos, glyph, role, family, uend):
                        current = _Open(glyph, family, pos + len(glyph), u, pos, [])
                    continue
                elif role != "close" or _possessive(text, pos, uend, last_close):
                    continue
                elif overlaps_regions(current.mark_at, pos, masked):
                    if not _wraps(current.mark_at, pos, masked):
                        current = None  # single marks across a double quote's edge
                        continue
                    # British style, 'outer "inner" outer': the double quotes are nested
                    outers.append((current.mark_at + 1, pos))
                segments.append(_segment(text, current, pos, glyph, pos + len(glyph)))
                if family == "double":
                    masked.append((current.mark_at, pos + len(glyph)))
                current = None
                suspect = None
            if current is None:
                continue
            nxt = units[u + 1] if u + 1 < len(units) else None
            opener = _continuation(text, nxt, family) if nxt else None
            if opener is not None:
                skip = opener
                current.nested.clear()
                continue
            if family == "double":
                segments.append(_segment(text, current, uend, "", uend))
                masked.append((current.mark_at, uend))
                warnings.append(
                    ParseWarning(
                        "unclosed-quote",
                        f"quotation opened with {current.glyph} is not closed in its paragraph",
                        current.mark_at,
                        current.mark_at + len(current.glyph),
                    )
                )
            # An unclosed single mark was most likely an apostrophe: drop it.
            current = None
    kept = [
        s
        for s in segments
        if any(ch.isalnum() for ch in s.text) and not within_regions(s.open_at, s.close_at, outers)
    ]
    kept.sort(key=lambda s: s.start)
    return kept, warnings


def _wraps(start: Offset, end: Offset, regions: list[tuple[Offset, Offset]]) -> bool:
    """Whether every one of the sorted `regions` that overlaps (start, end) lies inside it."""
    first = bisect.bisect_left(regions, (start, 0))  # the first region that starts inside
    last = bisect.bisect_left(regions, (end, 0), first)  # and the first one after those
    return (
        last > first
        and not (first and regions[first - 1][1] > start)  # none from before reaches in
        and regions[last - 1][1] <= end
    )


def _segment(text: str, current: _Open, close_at: Offset, glyph: str, after: Offset) -> Segment:
    span = span_of(text, current.content, close_at)
    return Segment(
        span.text, span.start, span.end, current.glyph, glyph, current.unit, current.mark_at, after
    )


def _tag_spans(text: str, start: Offset, end: Offset) -> list[tuple[Offset, Offset]]:
    if "<" not in text[start:end]:
        return []
    return [m.span() for m in _TAG_RE.finditer(text, start, end)]


def _marks(
    text: str,
    start: Offset,
    end: Offset,
    family: str,
    tags: list[tuple[Offset, Offset]],
) -> list[tuple[Offset, str, str]]:
    """(position, glyph, role) of the marks of one family in one paragraph."""
    out: list[tuple[Offset, str, str]] = []
    pattern = _DOUBLE_RE if family == "double" else _SINGLE_RE
    for m in pattern.finditer(text, start, end):
        if tags and in_regions(m.start(), tags):
            continue
        token = m.group(0)
        if token.startswith("''") and len(token) > 2:
            # ''' is a double mark and a single one: an opening run opens with the
            # double mark, a closing run closes with it (... the word 'old-school,''');
            # longer runs are pairs of double marks
            if len(token) == 3:
                opening = _role(text, m.start(), token, start, end) == "open"
                glyphs = [(m.start() if opening else m.start() + 1, "''")]
            else:
                glyphs = [(p, "''") for p in range(m.start(), m.end() - 1, 2)]
        else:
            glyphs = [(m.start(), token)]
        for pos, glyph in glyphs:
            out.append((pos, glyph, _role(text, pos, glyph, start, end)))
    return out


def _role(text: str, pos: Offset, glyph: str, start: Offset, end: Offset) -> str:
    can_open, can_close = _flanks(text, pos, len(glyph), start, end)
    strictly = (
        "open" if can_open and not can_close else "close" if can_close and not can_open else ""
    )
    if glyph in _DOUBLE_OPENERS or glyph in _SINGLE_OPENERS or glyph == "``":
        return "close" if strictly == "close" else "open"
    if glyph in _DOUBLE_CLOSERS:
        return "open" if strictly == "open" else "close"
    if glyph in _SINGLE_CLOSERS:
        # ’ between two letters ("Don’t") is an apostrophe, never a closing mark
        return strictly or "amb"
    return strictly or "amb"


def _flanks(text: str, pos: Offset, n: int, start: Offset, end: Offset) -> tuple[bool, bool]:
    prev = text[pos - 1] if pos > start else None
    nxt = text[pos + n] if pos + n < end else None
    can_open = (
        nxt is not None
        and not is_space(nxt)
        and (prev is None or is_space(prev) or prev in _OPEN_PREV)
    )
    can_close = (
        prev is not None
        and not is_space(prev)
        and (nxt is None or is_space(nxt) or nxt in _CLOSE_NEXT)
    )
    return can_open, can_close


def _nests(current: _Open, glyph: str, role: str) -> bool:
    """Whether an opening mark inside an open double quote starts a nested quote."""
    if role != "open":
        return False
    straight = glyph in ('"', "''")
    return not straight or current.glyph not in ('"', "''")


def _opens(text: str, pos: Offset, glyph: str, role: str, family: str, end: Offset) -> bool:
    if family == "double":
        return role in ("open", "amb")
    return role == "open" and _single_can_open(text, pos, glyph, end)


def _single_can_open(text: str, pos: Offset, glyph: str, end: Offset) -> bool:
    nxt = text[pos + 1] if pos + 1 < end else ""
    if nxt in "’'" and _ELISION_RE.match(text, pos + 2):
        return True  # ‘’Tis the season’
    if not (nxt.isalnum() or nxt in '“"$.(…'):
        return False
    if glyph in "’›" and pos > 0 and text[pos - 1].isalnum():
        return False
    return _ELISION_RE.match(text, pos + 1) is None


def _possessive(text: str, pos: Offset, end: Offset, last_close: Offset) -> bool:
    """A plural possessive ("the soldiers’ truck") before another closing mark."""
    if text[pos - 1] not in "sS" or pos + 2 >= end or not text[pos + 1].isspace():
        return False
    return text[pos + 2].islower() and last_close > pos


def _continuation(text: str, unit: tuple[Offset, Offset], family: str) -> Offset | None:
    """The position of the mark that reopens a quote at the start of the next paragraph."""
    start, end = unit
    while start < end and is_space(text[start]):
        start += 1
    pattern = _DOUBLE_RE if family == "double" else _SINGLE_RE
    m = pattern.match(text, start, end)
    if m is None:
        return None
    glyph = m.group(0)[:2] if m.group(0).startswith("''") else m.group(0)
    role = _role(text, start, glyph, start, end)
    return start if _opens(text, start, glyph, role, family, end) else None


# ----------------------------------------------------------------------------- quotes


class Unit(NamedTuple):
    """A paragraph that may hold quotes: the headline, the dek or a body paragraph."""

    start: Offset
    end: Offset
    paragraph: int | None  # index in the body, None for headline and dek


_TERM_MAX_WORDS = 5
# English's commonest small words, and how the body is tested for them (`_reads_as_english`)
_ENGLISH_WORDS = frozenset(
    """the and of to that for it was with he she said by at from his her are be has have
    this is""".split()
)
_LANGUAGE_SAMPLE = 2000  # characters of the body
_LANGUAGE_MIN_WORDS = 40
_ENGLISH_SHARE = 0.04
# what the `not-english` warning says, and the corpus note on stderr with it
NOT_ENGLISH = "does not read as English: its quotes are given no speakers"
_MAX_POST_CHARS = 600  # a post, with its links written out
_SCARE_MAX_WORDS = 2
# a title's subtitle after a colon: "Backfire: Carly Fiorina's High-Stakes Battle …"
_SUBTITLE = patterns.compile(r"\w: [A-Z0-9]")
_SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to vs with".split())


def find_quotes(
    text: str, units: list[Unit], writer: Span | None = None
) -> tuple[tuple[Quote, ...], list[ParseWarning]]:
    """Every quotation in the units, with kind, cue and speaker; "I" at a cue stands for
    the `writer`, the byline's one author, if given."""
    spans = [(u.start, u.end) for u in units]
    segments, warnings = find_segments(text, spans)
    body = next((u.start for u in units if u.paragraph is not None), len(text))
    quoted = [(seg.start, seg.end) for seg in segments]
    people = People(text, spans, quoted, body, writer)
    found: list[tuple[Segment, int, Attribution]] = []
    english = _reads_as_english(text, units)
    if english:
        for seg in segments:
            last = _unit_of(spans, seg.close_at - 1, seg.unit)
            attribution = attribute(text, spans[last], seg.open_at, seg.close_at, people)
            if attribution.speaker is None and seg.unit == last:
                attribution = attribute(text, spans[seg.unit], seg.open_at, seg.close_at, people)
            found.append((seg, last, attribution))
        found = _fill_gaps(text, spans, found, people)
    else:
        # speakers are found by English words (cue verbs, pronouns, the shape of a
        # sentence): in another language they would be guesses, so the quotes stand
        # alone, and no reported speech is looked for
        found = [(seg, seg.unit, Attribution(None, None)) for seg in segments]
        message = f"the text {NOT_ENGLISH}"
        warnings.append(ParseWarning("not-english", message, body, len(text)))
    quotes: list[Quote] = []
    listed = None  # (paragraph unit, end) of the last title taken for a term: a list's
    for seg, _, attribution in found:
        unit = units[seg.unit]
        if attribution.speaker is not None and _cuts_into(attribution.speaker, seg, quoted):
            # a speaker borrowed from inside the quote, or words cut off inside another
            # one that name no one ("Disney's service offers classics such as “Star Wars")
            attribution = Attribution(None, None)
        if (
            english
            and unit.paragraph is None
            and (attribution.speaker is None or attribution.speaker.method == "sentence-subject")
        ):
            # the headline and the dek quote their subject: "DNC issues ‘deep and sincere
            # apology’"; a dek whose subject names no one, the headline's ("Spurns offer,
            # blasts ‘…’", "Talk compared to ‘working the referees’")
            subject = headline_subject(text, unit.start, seg.open_at, people)
            if seg.unit > 0 and not _names_someone(subject):
                subject = headline_subject(text, units[0].start, units[0].end, people)
            attribution = Attribution(subject, None)
        kind = _kind(text, seg, unit, attribution)
        if (
            listed is not None
            and listed[0] == seg.unit
            and _LIST_JOIN.fullmatch(text, listed[1], seg.open_at)
            and _title(seg.text)
        ):
            kind = "term"  # the next title of a list: “Star Wars,” “Mary Poppins” and “Bambi.”
        listed = (seg.unit, seg.close_at) if kind == "term" and _title(seg.text) else None
        speaker = attribution.speaker if kind != "term" else None
        if (
            speaker is not None
            and speaker.method == "sentence-subject"
            and not could_speak(speaker)
        ):
            speaker = None  # a guessed subject that is no one: "The music", "An argument"
        cue = attribution.cue if kind != "term" else None
        quotes.append(
            Quote(
                seg.text,
                seg.start,
                seg.end,
                kind,
                unit.paragraph,
                cue,
                speaker,
                seg.open_mark,
                seg.close_mark,
            )
        )
    if not english:
        return tuple(quotes), warnings
    posts = _posts(text, units, quotes, people)
    if posts:  # a quote inside a post is the post's own: nested, so no finding
        regions = [(post.start, post.end) for post in posts]
        quotes = [q for q in quotes if not within_regions(q.start, q.end, regions)] + posts
    paragraphs = [(u.start, u.end, u.paragraph) for u in units]
    quotes.extend(find_indirect(text, paragraphs, tuple(quotes), people))
    quotes.sort(key=lambda q: q.start)
    return tuple(quotes), warnings


def _reads_as_english(text: str, units: list[Unit]) -> bool:
    """Whether the body reads as English: its commonest small words ("the", "of", "said")
    make at least a twenty-fifth of its first words, as they make a tenth or more of
    any English news text and next to none of a Portuguese, Indonesian or Russian one. A
    short text is taken to be English."""
    sample = []
    size = 0
    for unit in units:
        if unit.paragraph is not None and size < _LANGUAGE_SAMPLE:
            sample.append(text[unit.start : min(unit.end, unit.start + _LANGUAGE_SAMPLE - size)])
            size += len(sample[-1])
    words = " ".join(sample).lower().split()
    if len(words) < _LANGUAGE_MIN_WORDS:
        return True
    # (a set and a split cost a tenth of a pattern's search)
    return sum(map(_ENGLISH_WORDS.__contains__, words)) >= len(words) * _ENGLISH_SHARE


def _posts(text: str, units: list[Unit], quotes: list[Quote], people: People) -> list[Quote]:
    """Embedded posts, as a copied page shows them: the post's words, then a line "— Name
    (@handle) Month D, YYYY". Each is a direct quote with no marks, by the name; a quote
    that starts outside the post and ends inside it (or the other way) leaves it out."""
    found: list[Quote] = []
    taken = sorted((q.start, q.end) for q in quotes)
    for i, unit in enumerate(units):
        if unit.paragraph is None or text.find("(@", unit.start, unit.end) < 0:
            continue  # (a cheap test that spares the search of every line)
        m = lexicon.POST_SIGNATURE.search(text, unit.start, unit.end)
        if m is None:
            continue
        start, end = unit.start, m.start()  # the post's lines above the signature
        if not text[start:end].strip() and i:
            before = units[i - 1]  # or the paragraph before, unless it is a post too
            if before.paragraph is None or lexicon.POST_SIGNATURE.search(
                text, before.start, before.end
            ):
                continue
            start, end = before.start, before.end
        content = span_of(text, start, end)
        if (
            not content.text
            or len(content.text) > _MAX_POST_CHARS
            or overlaps_regions(content.start, content.start + 1, taken)
            or overlaps_regions(content.end - 1, content.end, taken)
        ):
            continue
        speaker = speaker_from(text, m.start("name"), m.end("name"), people, "post-signature")
        paragraph = unit.paragraph if start == unit.start else units[i - 1].paragraph
        found.append(
            Quote(content.text, content.start, content.end, "direct", paragraph, None, speaker)
        )
    return found


def _names_someone(speaker: Speaker | None) -> bool:
    """A pronoun, a name the article uses, or a noun for people ("Liberal politicians").

    Stricter than `could_speak`, for which a capitalised word will do: at the head of a
    dek a capitalised word is as likely a verb or a noun ("Spurns offer", "Talk").
    """
    return speaker is not None and (
        speaker.kind == "pronoun"
        or speaker.name is not None
        or any(w.lower() in lexicon.PERSON_NOUNS for w in speaker.mention.text.split())
    )


def _cuts_into(speaker: Speaker, seg: Segment, quoted: list[tuple[Offset, Offset]]) -> bool:
    """Whether a speaker's mention overlaps its own quote, or, naming no one, starts or
    ends inside another one (a mention may hold a whole title: "the author of ‘America's
    Unwritten Constitution’")."""
    mention = speaker.mention
    if mention.start < seg.end and seg.start < mention.end:
        return True
    return speaker.name is None and (
        within_regions(mention.start, mention.start + 1, quoted)
        or within_regions(mention.end - 1, mention.end, quoted)
    )


def _unit_of(spans: list[tuple[Offset, Offset]], pos: Offset, first: int) -> int:
    for i in range(first, len(spans)):
        if spans[i][0] <= pos < spans[i][1]:
            return i
    return first


def _fill_gaps(
    text: str,
    spans: list[tuple[Offset, Offset]],
    found: list[tuple[Segment, int, Attribution]],
    people: People,
) -> list[tuple[Segment, int, Attribution]]:
    """Quotes with no cue of their own: same paragraph, colon intro, continued speaker."""
    # the nearest quote after each one, in the same paragraph, that has its own speaker
    next_named: list[Speaker | None] = [None] * len(found)
    ahead: dict[int, Speaker] = {}
    for i in range(len(found) - 1, -1, -1):
        seg, _, attribution = found[i]
        next_named[i] = ahead.get(seg.unit)
        if attribution.speaker is not None:
            ahead[seg.unit] = attribution.speaker
    behind: dict[int, Speaker] = {}  # the latest speaker so far in each paragraph
    last_in: dict[int, Speaker | None] = {}  # the speaker of each paragraph's last quote
    out = list(found)
    for i, (seg, last, attribution) in enumerate(found):
        if attribution.speaker is None:
            filled = _gap(text, spans, seg, behind.get(seg.unit) or next_named[i], last_in, people)
            if filled is not None:
                attribution = filled
                out[i] = (seg, last, filled)
        # a quote run over several paragraphs speaks for the paragraph where it closes
        if attribution.speaker is not None:
            behind[last] = attribution.speaker
        last_in[last] = attribution.speaker
    return out


_CLOSING_PUNCTUATION = "”\"’'.,!? "  # what may follow a quote's closing mark to the end


def _gap(
    text: str,
    spans: list[tuple[Offset, Offset]],
    seg: Segment,
    nearest: Speaker | None,
    last_in: dict[int, Speaker | None],
    people: People,
) -> Attribution | None:
    """The speaker of a quote with no cue of its own, from the quotes around it."""
    if nearest is not None:
        # “A,” he said. “B.”: the nearest attributed quote in the paragraph
        return Attribution(nearest._replace(method="same-paragraph"), None)
    ustart = spans[seg.unit][0]
    if seg.open_at != ustart:
        # Katie Packer said in a statement. “More and more, …”
        named_before = previous_sentence_speaker(text, ustart, seg.open_at, people)
        return Attribution(named_before, None) if named_before is not None else None
    ends_paragraph = not text[seg.close_at : spans[seg.unit][1]].strip(_CLOSING_PUNCTUATION)
    if ends_paragraph and seg.unit + 1 < len(spans):
        # “The idea that I would dismantle health care …” ¶ - Sanders.
        signed = signature(text, *spans[seg.unit + 1], people)
        if signed is not None:
            return Attribution(signed, None)
    if seg.unit == 0:
        return None
    prev_start, prev_end = spans[seg.unit - 1]
    if text[prev_start:prev_end].rstrip().endswith(":"):
        # And from Chairwoman Y: ¶ “…”
        intro = attribute(text, (prev_start, prev_end), prev_end, prev_end, people)
        if intro.speaker is not None:
            return Attribution(intro.speaker._replace(method="colon-intro"), intro.cue)
    previous = last_in.get(seg.unit - 1)
    if previous is not None:
        # a paragraph of quotation after an attributed one continues its speaker
        return Attribution(previous._replace(method="continues-previous"), None)
    if seg.unit - 1 not in last_in:
        # Trump was quick to add that … ¶ “Building it? Not negotiable.”
        reporter = previous_sentence_speaker(text, prev_start, seg.open_at, people)
        if reporter is not None:
            return Attribution(reporter, None)
    return None


def _kind(text: str, seg: Segment, unit: Unit, attribution: Attribution) -> str:
    words = seg.text.split()
    opens = _opens_sentence(text, seg, unit)
    if _looks_like_term(text, seg, words, unit, attribution.speaker, opens):
        return "term"
    if opens:
        return "direct"  # the quote opens the paragraph, a sentence or follows "said:"
    if len(words) >= 4 and words[0][0].isupper() and seg.text[-1] in ".,!?…":
        return "direct"
    return "partial"


def _title(quoted: str) -> bool:
    """Whether quoted words read as a title: a few words, every one but the small ones
    capitalised ("Mary Poppins", "Guardians of the Galaxy")."""
    words = quoted.split()
    return 0 < len(words) <= _TERM_MAX_WORDS and _title_case(words)


def _title_case(words: list[str]) -> bool:
    """Whether every word but the small ones starts with a capital or a digit."""
    content = [w.strip(",;:.") for w in words if w.lower().strip(",;:.") not in _SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _opens_sentence(text: str, seg: Segment, unit: Unit) -> bool:
    return char_before(text, seg.open_at, unit.start) in ("", ":", ",", ".", "!", "?")


def _looks_like_term(
    text: str, seg: Segment, words: list[str], unit: Unit, speaker: Speaker | None, opens: bool
) -> bool:
    """A short quoted name or title nobody says: a show, a book, an operation, a nickname.

    Only without a cue: a speaker found by a cue makes it a quote ("what he called the
    ‘fog of war’"); a speaker guessed from the sentence subject does not.
    """
    if seg.text[-1] in "!?":
        return False
    if len(words) > _TERM_MAX_WORDS:
        # a long title is a title by its subtitle: “13 Hours: The Secret Soldiers of
        # Benghazi”, his 2005 book “TrumpNation: The Art of Being the Donald”
        # (but “We Have One Rule: Never Leave Anyone Behind,” the captain said)
        return (
            _SUBTITLE.search(seg.text) is not None
            and not (opens and speaker is not None)
            and _title_case(words)
        )
    raw_before = text[max(unit.start, seg.open_at - 40) : seg.open_at].split()
    before = [w.lower().strip(",:") for w in raw_before]
    if before and (
        any(w in lexicon.TERM_TRIGGERS for w in before[-3:])
        or tuple(before[-2:]) in lexicon.TERM_TRIGGER_PAIRS
        or (before[-1] == "as" and "known" in before[-6:])  # known at City Hall as ‘…’
    ):
        return True
    title_case = _title_case(words)
    # a programme someone is on: he said on “Meet the Press.”, an appearance on "Morning Joe";
    # titles in a list: classic fare, including “Mary Poppins”
    if title_case and raw_before and raw_before[-1] in ("on", "including"):
        return True
    # CNN’s “State of the Union”, ABC's "Good Morning America"
    if (
        title_case
        and raw_before
        and raw_before[-1][:1].isupper()
        and raw_before[-1].endswith(("’s", "'s"))
    ):
        return True
    # a word or two in quotes with no cue of their own, and no sentence: scare quotes
    uncued = speaker is None or (speaker.method == "same-paragraph" and not opens)
    if uncued and len(words) <= _SCARE_MAX_WORDS and not (opens and seg.text[-1] in ".!?"):
        return True
    if speaker is not None and speaker.method != "sentence-subject":
        return False
    if speaker is not None or unit.paragraph is None or seg.text[-1] == ".":
        return False  # a headline is in title case anyway
    return title_case and len(words) >= 2
