"""HTML input: recognise a page by its content and take its article out with trafilatura.

The extracted text, not the HTML, is what the parser sees, so every offset of such an
article indexes the extracted text; the article's ``origin`` says so and carries the
page's own title, author and date. trafilatura is the optional extra
``syriadefect[html]`` and is imported only for HTML input.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Storm hits the coast\\n\\nA <b>bold</b> claim, said Jo.")
    False
"""

# No postponed annotations: named tuples read theirs (see syriadefect.model).
import re
from typing import NamedTuple

from syriadefect import patterns
from syriadefect.errors import InputError

_DOCUMENT_START = patterns.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S
)
_TAG = patterns.compile(
    r"</?(?:html|head|body|div|p|span|a|script|meta|link|title|article|nav)\b", re.I
)
_SNIFF = 4096
_MIN_TAGS = 8


class Extracted(NamedTuple):
    text: str
    title: str | None
    author: str | None
    date: str | None


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page (by its content, whatever the file is called)."""
    if _DOCUMENT_START.match(text, 0, _SNIFF):
        return True
    return len(_TAG.findall(text, 0, _SNIFF)) >= _MIN_TAGS


def extract_html(html: str) -> Extracted:
    """The main text and metadata of an HTML page, paragraphs separated by blank lines.

    Raises:
        InputError: trafilatura is not installed, or finds no article text.
    """
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            "this is HTML; reading it needs the html extra: pip install 'syriadefect[html]'"
        ) from None
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None:
        raise InputError("HTML page with no article text found")
    found = document if isinstance(document, dict) else document.as_dict()
    lines = [line.strip() for line in (found.get("text") or "").split("\n")]
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise InputError("HTML page with no article text found")
    return Extracted(text, found.get("title"), found.get("author"), found.get("date"))
