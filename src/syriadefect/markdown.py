"""Markdown input: recognise it by its marks and read it as plain text.

Scrapers and readers that turn pages into Markdown write "# Headline", "**By Lena
Ortiz**", "[the report](https://…)" and "> quoted" lines. Read as plain text, those
marks end up in the headline, the byline, speakers' names and quotes; so a text that
looks like Markdown is rendered to plain text first with markdown-it-py (which Rich
already depends on), one paragraph per heading, paragraph, list item or quoted
paragraph, with the link text kept and the addresses dropped. As for HTML, the parser
then sees the rendered text: every offset of the article indexes it, and the article's
``origin`` says so. markdown-it-py is imported only for Markdown input.

    >>> page = "# Storm hits coast\\n\\nThe **storm** hit, [officials](https://a.b) said."
    >>> looks_like_markdown(page)
    True
    >>> looks_like_markdown("Storm hits coast\\n\\n- The storm hit, officials said.")
    False
    >>> print(markdown_text(page))
    Storm hits coast
    <BLANKLINE>
    The storm hit, officials said.
"""

from __future__ import annotations

import re

from syriadefect import patterns
from syriadefect.errors import InputError

_SNIFF = 65_536  # characters read to decide
# Marks that plain text hardly ever has: a heading line, a link with its address
_HEADING = patterns.compile(r"^#{1,6}[ \t]+\S", re.M)
_LINK = patterns.compile(r"\[[^\]\n]{1,300}\]\((?:https?://|/|#)[^)\s]*\)")
# and marks it may have now and then: bold text, a quoted line
_BOLD = patterns.compile(r"(\*\*|__)(?=\S)[^\n]{1,300}?(?<=\S)\1")
_QUOTE_LINE = patterns.compile(r"^>[ \t]?\S", re.M)
_MIN_MARKS = 2


def looks_like_markdown(text: str) -> bool:
    """Whether a text is written in Markdown: a heading line or a link, and at least
    two marks in all."""
    sniff = text[:_SNIFF]
    strong = len(_HEADING.findall(sniff)) + len(_LINK.findall(sniff))
    if not strong:
        return False
    return strong + len(_BOLD.findall(sniff)) + len(_QUOTE_LINE.findall(sniff)) >= _MIN_MARKS


def markdown_text(text: str) -> str:
    """The text of a Markdown document, its blocks separated by blank lines.

    Raises:
        InputError: nothing but marks (images, links with no words).
    """
    from markdown_it import MarkdownIt

    blocks: list[str] = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type in ("fence", "code_block"):
            blocks.append(token.content.strip("\n"))
        elif token.type == "inline":
            pieces = []
            for child in token.children or ():
                if child.type in ("text", "code_inline"):
                    pieces.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    pieces.append("\n")
            blocks.append("".join(pieces).strip())
    rendered = "\n\n".join(block for block in blocks if block)
    if not rendered:
        raise InputError("Markdown with no text once its marks are read")
    return rendered
