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
from collections.abc import Callable

from syriadefect import patterns
from syriadefect.parse import lexicon
from syriadefect.parse.blocks import Block, without_mark

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
    # (a list item's bullet does not hide it: "* Share this on Facebook")
    return _pattern_reason(without_mark(text))


def _pattern_reason(text: str) -> str | None:
    """The reason of the first pattern of `lexicon.BOILERPLATE_PATTERNS` that matches."""
    lowered = text.lower()
    for find, reasons, hint in _PATTERN_STEPS:
        if hint and hint not in lowered:
            continue
        m = find(text)
        if m is not None:
            # (in a merged step, the group "b<i>" is the i-th pattern's)
            return reasons[int(m.lastgroup[1:])] if m.lastgroup else reasons[0]
    return None


_Find = Callable[[str], "re.Match[str] | None"]


def _pattern_steps(
    table: tuple[tuple[re.Pattern[str], str, str], ...],
) -> list[tuple[_Find, tuple[str, ...], str]]:
    """`lexicon.BOILERPLATE_PATTERNS` as steps to try in order: each run of patterns
    anchored at the start of the text becomes one pattern, an alternation in the table's
    order (one match in C instead of a loop in Python; a pattern's quick hint, a word
    any match holds, is not needed at the start of the text)."""
    steps: list[tuple[_Find, tuple[str, ...], str]] = []
    run: list[tuple[re.Pattern[str], str]] = []

    def flush() -> None:
        # (an alternation of anchored patterns is matched at the start: searched, it
        # would be tried at every position)
        joined = "|".join(f"(?P<b{i}>{p.pattern})" for i, (p, _) in enumerate(run))
        if run:
            steps.append((patterns.compile(joined, re.I).match, tuple(r for _, r in run), ""))
        run.clear()

    for pattern, reason, hint in table:
        if not _anchored(pattern) or pattern.groupindex:  # (named groups would clash)
            flush()
            steps.append((pattern.search, (reason,), hint))
        else:
            run.append((pattern, reason))
    flush()
    return steps


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every top-level branch of a pattern starts with "^", so that it can only
    match at the start of the text."""
    source = pattern.pattern
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2  # an escaped character is no syntax
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            branches.append(source[start:i])
            start = i + 1
        i += 1
    branches.append(source[start:])
    return all(branch.startswith("^") for branch in branches)


_PATTERN_STEPS = _pattern_steps(lexicon.BOILERPLATE_PATTERNS)


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
        elif reason == "navigation":
            section = None  # a menu ends the list: "More" was the menu's own item
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
