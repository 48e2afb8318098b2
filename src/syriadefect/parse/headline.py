"""Headline: the title of the article, with an optional kicker and dek.

The headline is the first short one-line block of the article. When a byline or
timestamp line follows within the first blocks, the headline is the block just before
it (or the one before that, when a dek sits between them), and anything earlier is
page furniture. With no such line, a dek is a short line with no full stop between the
headline and the first paragraph. A kicker is an all-capitals label before a colon (or
a bar), or the label of a news series ("The Latest:", "Analysis:", "Opinion |"):

    SYRIA: Army, police officers defect, cross into Turkey
    -> kicker "SYRIA", headline "Army, police officers defect, cross into Turkey"

or such a label on its own line above the headline ("COURTS", "Analysis").

JSON fragment::

    "headline": {"text": "Army, police officers defect, cross into Turkey", "start": 24,
                 "end": 71, "kicker": {"text": "SYRIA", "start": 17, "end": 22}, "dek": null}
"""

# No postponed annotations: named tuples read theirs (see syriadefect.model).
from typing import NamedTuple

from syriadefect import patterns
from syriadefect.model import Headline, Span, collapse, span_of
from syriadefect.parse.blocks import Block

# (or a news series' label in any case: "The Latest: Sanders wins Minnesota caucuses")
_SERIES = (
    "the latest|ap interview|ap explains|analysis|news analysis|opinion|commentary|column"
    "|editorial|review|explainer|fact check|exclusive|breaking|breaking news|update|watch"
    "|video|photos|live|q&a|first take|perspective|obituary|transcript|full text|interview"
)
_KICKER_RE = patterns.compile(
    r"(?P<kicker>[A-Z0-9][A-Z0-9&'’.-]*(?:[ /][A-Z0-9&'’.-]+){0,3}"
    rf"|(?i:{_SERIES}))\s*(?::|\s\|)\s+(?=\S)"
)
# a kicker on a line of its own above the headline: a section in capitals ("COURTS",
# "LOCAL NEWS") or a series label ("Analysis")
_KICKER_LINE_RE = patterns.compile(rf"[A-Z][A-Z&'’.-]*(?:[ /][A-Z0-9&'’.-]+){{0,2}}|(?i:{_SERIES})")
_HEADER_ZONE = 12  # blocks searched for the headline
_MAX_HEADLINE_WORDS = 30
_MAX_HEADLINE_CHARS = 250
_MAX_HEADER_BLOCK_WORDS = 60  # a longer block before the byline means it is not a header
# nor do two or more paragraphs of prose: "Story by …" after a short article's paragraphs
# is a sign-off, not the end of a header
_PROSE_WORDS = 15
_MIN_TITLE_CASE_HEADLINE = 5  # words
_MIN_DEK_WORDS = 6
_MIN_DEK_HEADLINE_WORDS = 3
_MIN_DEK_LOWER_WORDS = 3
_LOWER_WORD = patterns.compile(r"(?<!\S)[a-z]+\b")
_SENTENCE_END = patterns.compile(r"[.!?][\"”’)]?$")
_FULL_STOP = patterns.compile(r"\.[\"”’)]?$")  # a headline may ask: "Is Football Violence a Crime?"


class HeaderLayout(NamedTuple):
    """Where the headline is, as block indices, and what came before it."""

    headline: Headline | None = None
    used: tuple[int, ...] = ()  # blocks that form headline and dek
    before: tuple[int, ...] = ()  # blocks above the headline: page furniture


def find_headline(
    text: str,
    blocks: list[Block],
    taken: set[int],
    anchors: set[int],
    title: str | None = None,
    page: bool = False,
) -> HeaderLayout:
    """Find the headline among blocks not `taken`, using byline/timestamp `anchors`.

    A `title` known from elsewhere (a dump's metadata) picks the block that reads the
    same, if there is one. In a whole-`page` dump, what is left above the article
    (menu items, share buttons, "Get short URL") looks like kicker lines and deks, so
    there a kicker must be in the headline's line and a dek needs an anchor below it.
    """
    zone = [b for b in blocks if b.index not in taken][:_HEADER_ZONE]
    if title:
        wanted = collapse(title)
        for i, block in enumerate(zone):
            if block.text == wanted:
                before = [b for b in zone[:i] if b.index not in anchors]
                return _layout(text, block, _dek_over_anchor(zone[i:], anchors), None, before)
    anchor_at = next((i for i, b in enumerate(zone) if b.index in anchors), None)
    if anchor_at is not None:
        header = [b for b in zone[:anchor_at] if b.index not in anchors]
        if (
            header
            and all(b.words <= _MAX_HEADER_BLOCK_WORDS for b in header)
            and sum(1 for b in header if _sentence_like(b)) <= 1  # a dek at most
        ):
            return _from_header(text, header, page)
    kicker = (
        zone[0]
        if not page and len(zone) > 1 and zone[0].index not in anchors and _kicker_line(zone[0])
        else None
    )
    rest = zone[1:] if kicker else zone
    if rest and rest[0].index not in anchors and _headline_like(rest[0]):
        head, dek = rest[0], None
        if head.text.endswith(";") and len(rest) > 1 and len(rest[1].lines) == 1:
            # an archive's "Title; ¶ Subtitle." (blocks.py keeps the two lines apart)
            dek = rest[1]
        elif (
            not page
            and len(rest) > 2
            # (a headline of two words is a section's name: "U.S. news")
            and _plain_dek(rest[1], head, _MIN_DEK_HEADLINE_WORDS)
            and _sentence_like(rest[2])
        ):
            # a line with no full stop between the headline and the first paragraph
            dek = rest[1]
        return _layout(text, head, dek, kicker, [])
    return HeaderLayout()


def _dek_over_anchor(zone: list[Block], anchors: set[int]) -> Block | None:
    """The dek between the headline (`zone[0]`) and a byline or date line right under
    it: "Is Football Violence a Crime?" ¶ "NFL assaults have led to lawsuits before. …"
    ¶ "By …"; None if there is none."""
    if len(zone) < 3 or zone[1].index in anchors or zone[2].index not in anchors:
        return None
    return zone[1] if _dek_like(zone[1], zone[0]) else None


def is_short_line(block: Block) -> bool:
    """A line that could be a dek with no full stop: between a headline and the paragraph
    that opens with the dateline it is one ("CITY COUNCIL OKS NEW BIKE LANES" ¶ "Residents
    split over parking loss" ¶ "MILLBROOK — The City …")."""
    return _headline_like(block) and _SENTENCE_END.search(block.text) is None


def _sentence_like(block: Block) -> bool:
    return block.words >= _PROSE_WORDS and block.text[-1] in ".!?”\"’'"


def _from_header(text: str, header: list[Block], page: bool) -> HeaderLayout:
    last = header[-1]
    if (
        len(header) >= 2
        and _headline_like(header[-2])
        and (
            _dek_like(last, header[-2])
            or (not page and _plain_dek(last, header[-2], _MIN_TITLE_CASE_HEADLINE))
        )
    ):
        head, dek, above = header[-2], last, header[:-2]
    elif _headline_like(last):
        head, dek, above = last, None, header[:-1]
    else:
        return HeaderLayout()
    kicker = above[-1] if above and not page and _kicker_line(above[-1]) else None
    return _layout(text, head, dek, kicker, above[:-1] if kicker else above)


def _layout(
    text: str, head: Block, dek: Block | None, kicker: Block | None, above: list[Block]
) -> HeaderLayout:
    """The layout of a headline with its dek and a kicker line, below page furniture.

    A kicker line yields to a kicker in the headline itself ("SYRIA: Army …"), and is
    then furniture too.
    """
    headline = _headline(text, head, dek)
    if kicker is not None and headline.kicker is None:
        headline = headline._replace(kicker=span_of(text, kicker.start, kicker.end))
    elif kicker is not None:
        above, kicker = [*above, kicker], None
    used = tuple(b.index for b in (kicker, head, dek) if b is not None)
    return HeaderLayout(headline, used, tuple(b.index for b in above))


def _plain_dek(block: Block, headline: Block, min_headline_words: int) -> bool:
    """A dek with no full stop under a headline of at least `min_headline_words` with
    none either: a short line that reads as a sentence, not a byline ("Catherine Shu
    @catherineshu / 2 days"). Above a byline it may be as short as its headline, when
    the headline has five or more words and so is no site's name ("Acme Robotics to cut
    1,200 jobs as orders slump" ¶ "Shares fall 8% after warning on full-year profit")."""
    return (
        headline.words >= min_headline_words
        and _SENTENCE_END.search(headline.text) is None
        and is_short_line(block)
        and block.words >= _MIN_DEK_WORDS
        and len(_LOWER_WORD.findall(block.text)) >= _MIN_DEK_LOWER_WORDS
    )


def _kicker_line(block: Block) -> bool:
    return len(block.lines) == 1 and _KICKER_LINE_RE.fullmatch(block.text) is not None


def _headline_like(block: Block) -> bool:
    return (
        len(block.lines) == 1
        and 2 <= block.words <= _MAX_HEADLINE_WORDS
        and len(block.text) <= _MAX_HEADLINE_CHARS
        and not block.text.endswith(":")
    )


def _dek_like(block: Block, headline: Block) -> bool:
    """A dek is longer than its headline and reads as a sentence: it ends like one, or it
    is in sentence case under a headline in title case ("Transit Board Delays Fare
    Increase" ¶ "Vote pushed to March as officials weigh a smaller rise")."""
    return (
        block.words >= 6
        and block.words >= headline.words
        and _FULL_STOP.search(headline.text) is None
        and (
            _SENTENCE_END.search(block.text) is not None
            # (a site's name above a headline is shorter: "The Valley Courier")
            or (
                headline.words >= _MIN_TITLE_CASE_HEADLINE
                and title_case(headline.text)
                and not title_case(block.text)
            )
        )
    )


def title_case(line: str) -> bool:
    """Whether most of the line's longer words are capitalised."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _headline(text: str, block: Block, dek: Block | None) -> Headline:
    kicker: Span | None = None
    start = block.start
    match = _KICKER_RE.match(text, block.start, block.end)
    if match is not None and any(ch.isalpha() for ch in match.group("kicker")):
        kicker = span_of(text, match.start("kicker"), match.end("kicker"))
        start = match.end()
    title = span_of(text, start, block.end - 1 if block.text.endswith(";") else block.end)
    dek_span = span_of(text, dek.start, dek.end) if dek else None
    return Headline(title.text, title.start, title.end, kicker, dek_span)
