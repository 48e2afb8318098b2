"""Blocks: the input split into paragraphs, each with its span and its lines.

A paragraph ends at a blank line (whitespace, non-breaking and zero-width spaces
count as blank). Inside a run of non-blank lines, a line break is a *soft* wrap, and
the lines join into one paragraph, when the text was hard-wrapped (the lines fill a
column) or when the next line plainly continues the sentence (it starts in lower
case). Otherwise each line is a paragraph of its own: menus, lists and page dumps
put one block per line.

CRLF, CR and LF all end lines; nothing is rewritten, so every offset is an offset
into the decoded input.

Example::

    >>> [b.text for b in split_blocks("Headline\\n\\n‘I therefore announce ... joined the\\n"
    ...                                "peaceful Syrian revolution,’ said Majhur.")]
    ['Headline', '‘I therefore announce ... joined the peaceful Syrian revolution,’ said Majhur.']
"""

# No postponed annotations: named tuples read theirs (see syriadefect.model).
from itertools import pairwise
from typing import NamedTuple

from syriadefect import patterns
from syriadefect.model import Offset, collapse, span_of, trimmed

_LINE_BREAK = patterns.compile(r"\r\n|\r|\n")
_BULLET = patterns.compile(r"[*•·‣▪◦o+-]\s|\d{1,3}[.)]\s")
_MARK = patterns.compile(r"[*•·‣▪◦+-]\s+(?=\S)")  # a list item's mark alone

# A hard-wrapped block has lines filling a column no wider than this.
_MAX_WRAP_WIDTH = 160
_MIN_WRAP_WIDTH = 30
# In a wrapped block, a line shorter than this share of the column ends a paragraph.
_FULL_LINE = 0.6
# A line must be this long before a lower-case next line counts as its continuation.
_MIN_CONTINUED = 25
_BY_ALONE = frozenset({"By", "by", "BY", "By:", "BY:"})  # a byline split: "By ¶ Randy Maniloff"
_MAX_TITLE = 120  # characters: a first line ending in ";" over a subtitle is a title


class Block(NamedTuple):
    """A paragraph candidate: its span, its collapsed text and its line spans."""

    text: str
    start: Offset
    end: Offset
    lines: tuple[tuple[Offset, Offset], ...]
    index: int  # type: ignore[assignment]  # hides tuple.index, which is never wanted
    words: int  # counted once: the stages ask for it some five times a block


def split_blocks(text: str) -> list[Block]:
    """Split text into blocks at blank lines and at line breaks that are not soft wraps."""
    blocks: list[Block] = []
    group: list[tuple[Offset, Offset]] = []
    for start, end in _lines(text):
        s, e = trimmed(text, start, end)
        if s == e:
            _flush(text, group, blocks)
            group = []
        else:
            group.append((s, e))
            if len(group) == 2 and not blocks and _title_and_subtitle(text, group):
                _flush(text, group[:1], blocks)
                group = group[1:]
    _flush(text, group, blocks)
    return blocks


def without_mark(line: str) -> str:
    """A line without the list bullet before it ("* Share this on Facebook")."""
    m = _MARK.match(line)
    return line[m.end() :] if m else line


def unbulleted(text: str, block: Block) -> Block:
    """A one-line block without the list bullet a converter put before it ("* by Bryan
    DeArdo", "* Nov 18, 2019 at 9:24 pm ET"); the block itself if it has none."""
    if len(block.lines) != 1 or (m := _MARK.match(text, block.start, block.end)) is None:
        return block
    start = m.end()
    return Block(
        collapse(text[start : block.end]),
        start,
        block.end,
        ((start, block.end),),
        block.index,
        block.words - 1,
    )


def _title_and_subtitle(text: str, group: list[tuple[Offset, Offset]]) -> bool:
    """Whether the text opens with an archive's "Title; " line over its subtitle line.

    "Jobs report gives Democrats a lift; ¶ Solid upturn … could blunt Republican claims."
    """
    (start, end), (next_start, _) = group
    return text[end - 1] == ";" and not text[next_start].islower() and end - start <= _MAX_TITLE


def _lines(text: str) -> list[tuple[Offset, Offset]]:
    out = []
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _flush(text: str, group: list[tuple[Offset, Offset]], blocks: list[Block]) -> None:
    if not group:
        return
    current = [group[0]]
    width = _wrap_width(group)
    for prev, line in pairwise(group):
        if _soft_break(text, prev, line, width):
            current.append(line)
        else:
            _emit(text, current, blocks)
            current = [line]
    _emit(text, current, blocks)


def _emit(text: str, lines: list[tuple[Offset, Offset]], blocks: list[Block]) -> None:
    span = span_of(text, lines[0][0], lines[-1][1])
    words = span.text.count(" ") + 1 if span.text else 0  # (collapsed: one space between)
    blocks.append(Block(span.text, span.start, span.end, tuple(lines), len(blocks), words))


def _wrap_width(group: list[tuple[Offset, Offset]]) -> int:
    """The column a hard-wrapped group fills, or 0 when the group is not hard-wrapped."""
    if len(group) < 2:
        return 0
    lengths = [e - s for s, e in group[:-1]]
    width = max(lengths)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return 0
    full = sum(1 for n in lengths if n >= _FULL_LINE * width)
    return width if full >= 0.8 * len(lengths) else 0


def _soft_break(
    text: str, prev: tuple[Offset, Offset], line: tuple[Offset, Offset], width: int
) -> bool:
    """Whether the break between two non-blank lines only wraps one paragraph."""
    if _BULLET.match(text, line[0], line[1]):
        return False
    length = prev[1] - prev[0]
    if width and length >= _FULL_LINE * width:
        return True
    first = text[line[0]]
    last = text[prev[1] - 1]
    if last in "yY:" and text[prev[0] : prev[1]].strip() in _BY_ALONE:
        return True  # the author's name follows on a line of its own
    return length >= _MIN_CONTINUED and (first.islower() or last in ",;-–(")
