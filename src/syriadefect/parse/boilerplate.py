"""Boilerplate: page furniture inside article text, flagged with a reason, never deleted.

Finds lines such as "Advertisement", "Share", archive notices ("This article was
originally on a blog post platform ... See About archive blog posts."), "Read the rest
here.", "Click here ...", newsletter and social prompts, copyright and footer lines,
and runs of short menu lines. Each becomes a ``removed`` record::

    {"text": "Advertisement", "start": 0, "end": 13, "reason": "advertisement"}

The tables of lines and patterns live in `lexicon`.

    >>> from syriadefect.parse.blocks import split_blocks
    >>> find_boilerplate(split_blocks("Advertisement\\n\\nBody text here.\\n\\nShare"))
    {0: 'advertisement', 2: 'share bar'}
"""

from __future__ import annotations

import re

from syriadefect import patterns
from syriadefect.parse import lexicon
from syriadefect.parse.blocks import Block

_DECORATION = patterns.compile(r"^[\W_]+|[\W_]+$")
# a line that only separates: the wire's "___", "* * *", "---", "###" (a lone "*" or "•"
# is more often an empty list item, which the page stage weighs)
_SEPARATOR = patterns.compile(r"(?:[-_—–=*#~•·.…]\s*){2,}")
# Blocks with more spaces than the longest line of the table (plus decoration) skip it.
_MAX_LINE_SPACES = max(key.count(" ") for key in lexicon.BOILERPLATE_LINES) + 4
_TERMINAL = patterns.compile(r"[.!?:;\"”’)]$")

# A cookie notice is boilerplate however long it runs.
_COOKIE_NOTICE = patterns.compile(
    r"^(?:this|our) (?:web ?)?site uses cookies\b|^(?:necessary|functional|analytics) cookies\b"
    r"|^any cookies that\b",
    re.I,
)
# Menus: at least this many consecutive short lines.
_MENU_RUN = 4
_MENU_MAX_WORDS = 3


def find_boilerplate(blocks: list[Block]) -> dict[int, str]:
    """Map the index of every boilerplate block to the reason it is boilerplate."""
    reasons: dict[int, str] = {}
    for block in blocks:
        reason = boilerplate_reason(block.text)
        if reason:
            reasons[block.index] = reason
    reasons.update(_menu_runs(blocks, reasons))
    reasons.update(_link_lists(blocks, reasons))
    return reasons


def boilerplate_reason(text: str) -> str | None:
    """The reason a single block is boilerplate, or None."""
    if _SEPARATOR.fullmatch(text):
        return "separator"
    spaces = text.count(" ")
    if spaces >= lexicon.BOILERPLATE_MAX_WORDS:
        # a cookie notice runs long: "This website uses cookies to improve your …"
        return "cookie notice" if _COOKIE_NOTICE.search(text) else None
    if spaces <= _MAX_LINE_SPACES:
        key = _DECORATION.sub("", text).lower()
        if key in lexicon.BOILERPLATE_LINES:
            return lexicon.BOILERPLATE_LINES[key]
    lowered = text.lower()
    for pattern, reason, hint in lexicon.BOILERPLATE_PATTERNS:
        if (not hint or hint in lowered) and pattern.search(text):
            return reason
    return None


def _is_menu_item(block: Block) -> bool:
    return (
        len(block.lines) == 1
        and block.words <= _MENU_MAX_WORDS
        and not _TERMINAL.search(block.text)
        and not any(ch.isdigit() for ch in block.text)
        and not block.text.lower().startswith("by ")
    )


def _link_lists(blocks: list[Block], known: dict[int, str]) -> dict[int, str]:
    """The headline-like lines after "Related stories" or "Comments" belong to that list."""
    found: dict[int, str] = {}
    section: str | None = None
    for block in blocks:
        reason = known.get(block.index)
        if reason in lexicon.SECTION_MARKERS:
            section = reason
        elif reason is not None:
            continue
        elif section and _is_link(block):
            found[block.index] = section
        else:
            section = None
    return found


def _is_link(block: Block) -> bool:
    return (
        len(block.lines) == 1
        and block.words <= lexicon.LINK_MAX_WORDS
        and not _TERMINAL.search(block.text)
    )


def _menu_runs(blocks: list[Block], known: dict[int, str]) -> dict[int, str]:
    """Runs of short one-line blocks (menus, tag lists), already-flagged lines included."""
    found: dict[int, str] = {}
    run: list[int] = []
    for block in [*blocks, None]:
        if block is not None and (block.index in known or _is_menu_item(block)):
            run.append(block.index)
            continue
        fresh = [i for i in run if i not in known]
        if len(run) >= _MENU_RUN and fresh:
            found.update(dict.fromkeys(fresh, "navigation"))
        run = []
    return found
