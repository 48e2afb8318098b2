"""Captions and credits: text that describes a picture or video, set apart from the body.

Recognised shapes::

    Video: A soldier purportedly opens fire ... on Thursday. Credit: YouTube
    Photo: Jane Doe/Reuters
    Protesters march in Homs on Friday. (AP Photo/Hussein Malla)

JSON fragment::

    {"text": "Video: A soldier ... Credit: YouTube", "start": 2036, "end": 2220,
     "kind": "Video", "credit": {"text": "YouTube", "start": 2213, "end": 2220}}
"""

from __future__ import annotations

import re

from syriadefect import patterns
from syriadefect.model import Caption, Span, span_of
from syriadefect.parse import lexicon
from syriadefect.parse.blocks import Block

_MAX_CAPTION_WORDS = 80
# words of a caption that describes a picture: "pictured at …", "(left)", "from left"
_DESCRIBES_PICTURE = patterns.compile(
    r"\b(?:pictured|photographed|shown here|seen here|from left|in this (?:photo|image|file"
    r" photo))\b|\((?:left|right|center|centre|top|bottom)\)",
    re.I,
)
_PREFIX_RE = patterns.compile(
    r"(?P<kind>" + "|".join(lexicon.CAPTION_KINDS) + r")\s*(?:\([^()]{0,40}\))?\s*:\s+"
    # "Image caption Scooter Braun has managed …", "Image copyright Getty Images"
    r"|(?P<labelled>image|media)\s+(?P<part>caption|copyright)\s+",
    re.I,
)
_CREDIT_RE = patterns.compile(
    r"(?:^|(?<=[\s.]))(?:credit|photo credit|image credit|video credit|courtesy(?: of)?)"
    r"\s*(?::|\.\.\.|…)\s*(?P<credit>[^:]{1,80}?)\s*\.?$",  # "Credit...Doug Mills/…"
    re.I,
)
# what every match of _CREDIT_RE holds: a quick test that spares most paragraphs its
# slower search (three quarters of the time of finding captions)
_CREDIT_WORD = patterns.compile(r"credit|courtesy", re.I)
# a credit line alone: "Photo by Kirk Irwin/Getty Images"
_PHOTO_BY_RE = patterns.compile(
    r"(?i:photo(?:graph)?|image|picture)s?\s+(?i:by)\s+(?P<credit>[A-Z][^.,:;]{1,80}?)\.?$"
)
_PAREN_CREDIT_RE = patterns.compile(
    r"\((?P<credit>(?:[A-Z][\w.&-]*\s+)?(?:Photo|Photograph|Image|Video|Pool)s?"
    r"(?:\s*/\s*[^()]{1,80})?)\)\s*$"
)
# "Protesters wore masks (Image: GETTY )", "… (Photo: Jane Doe)"
_LABELLED_CREDIT_RE = patterns.compile(
    r"\((?:image|photo|picture|credit)s?\s*:\s*(?P<credit>[^()]{1,60}?)\s*\)\s*$", re.I
)
# "… in Clayton Valley. (John Locher / AP)": a photographer and an agency
_NAME_AGENCY_CREDIT_RE = patterns.compile(
    r"\((?P<credit>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}"
    r"(?:\s*/\s*[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}){1,3})\)\s*$"
)
# Al Jazeera's shape, in square brackets: "… invaded the country in 2001 [File: Reuters]",
# "… back to the Moon [SpaceX via Nasa]", "… in Kabul [Omar Sobhani/Reuters]": a label,
# "via" or a photographer's name and an agency (not a source cited at the end of a news
# item, "[Reuters]", "[HuffPost, NBC/WSJ/Marist, ARG]", nor "[WATCH]")
_BRACKET_CREDIT_RE = patterns.compile(
    r"\[(?:(?i:file|photo|image|picture)s?\s*:\s*(?P<credit>[A-Z][^\[\]]{0,60}?)"
    r"|(?P<via>[A-Z][^\[\],]{0,40}\svia\s[A-Z][^\[\],]{0,40}?)"
    r"|(?P<signed>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+\s*/\s*[A-Z][^\[\],/]{0,40}?))\s*\]\s*$"
)
# "Photo: The newsroom in 1987. (Courier archives)": after a caption's label, a closing
# parenthesis of a few words, the first capitalised, credits the picture
_TRAILING_CREDIT_RE = patterns.compile(r"\((?P<credit>[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,4})\)\s*$")
# "… speaks at the Capitol on July 25, 2019. J. Scott Applewhite / AP", "Natalie Naccache |
# Bloomberg | Getty Images": a photographer and an agency, set off by slashes or bars, make
# a line of their own or follow the caption's last sentence, with no parentheses
_PHOTO_AGENCIES = (
    "AP", "AFP", "Reuters", "Getty Images", "Getty", "EPA", "Shutterstock", "Bloomberg",
    "Pool", "Xinhua", "Alamy", "NurPhoto", "Sipa", "iStock", "Associated Press",
)  # fmt: skip
_CREDIT_ENDINGS = (*_PHOTO_AGENCIES, "file", "File", "photo", "Photo")  # a quick first test
_AGENCY_CREDIT = (
    r"(?P<credit>(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*"
    r"(?:\s*[/|]\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}){1,3})"
    r"(?:\s+(?i:file|photo))?\s*$"  # "… / AP file"
)
# after the caption's last sentence, a credit the page set with a mark or a label, or
# Reuters' own shape: "… November 19, 2019. © Reuters / David Mercado", "… jackets.
# Photo: Getty Images", "… November 18, 2019. REUTERS/Brendan McDermid"
_SIGNED_CREDIT_RE = patterns.compile(
    r"[.!?]\s+(?:(?:©\s*|(?i:photo|image|picture)s?\s*:\s*)(?P<credit>[A-Z][^.:;©]{0,60}?)"
    r"|(?P<agency>(?:REUTERS|AFP|AP)/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))\s*$"
)
_SIGNED_CREDIT_REACH = 100  # characters: "© " or "Photo: " and a credit of 60 at most
_SENTENCE_CLOSERS = frozenset(".!?\"”’'")
_AGENCY_LINE_RE = patterns.compile(_AGENCY_CREDIT)
_AGENCY_AFTER_SENTENCE_RE = patterns.compile(r"(?<=[.!?])\s+" + _AGENCY_CREDIT)
_LABELLED_KINDS = {"image": "Image", "media": "Video"}  # "Media caption" labels a video
_BARE_CREDIT_MAX_WORDS = 8


def parse_caption(text: str, block: Block) -> Caption | None:
    """The caption in a block, or None if the block is not a caption or credit."""
    if block.words > _MAX_CAPTION_WORDS:
        return None
    prefix = _PREFIX_RE.match(text, block.start, block.end)
    credit = _credit(text, block)
    if prefix is None and credit is None:
        return None
    kind = None
    if prefix is not None:
        labelled = (prefix.group("labelled") or "").lower()
        kind = (
            _LABELLED_KINDS[labelled]
            if labelled
            else lexicon.CAPTION_KINDS[prefix.group("kind").lower()]
        )
        rest = span_of(text, prefix.end(), block.end)
        copyright_line = (prefix.group("part") or "").lower() == "copyright"
        if credit is None and (trailing := _TRAILING_CREDIT_RE.search(text, rest.start, rest.end)):
            credit = span_of(text, trailing.start("credit"), trailing.end("credit"))
        if credit is None and (copyright_line or (not labelled and _bare_credit(rest.text))):
            credit = rest
    elif _PAREN_CREDIT_RE.search(text, block.start, block.end):
        kind = "Photo" if "photo" in (credit.text.lower() if credit else "") else None
    return Caption(block.text, block.start, block.end, kind, credit)


def caption_under_credit(text: str, credit: Caption, block: Block) -> Caption | None:
    """The block under a credit line alone ("Alex Wong | Getty Images"), when it
    describes the picture ("Kristi Noem, governor of South Dakota, pictured at …")."""
    if (
        credit.credit is None
        or credit.credit.text != credit.text
        or block.words > _MAX_CAPTION_WORDS
        or not _DESCRIBES_PICTURE.search(text, block.start, block.end)
    ):
        return None
    return Caption(block.text, block.start, block.end, None, None)


def _credit(text: str, block: Block) -> Span | None:
    if (photo := _PHOTO_BY_RE.match(text, block.start, block.end)) is not None:
        return span_of(text, photo.start("credit"), photo.end("credit"))
    if text[block.end - 1] == "]" and (
        bracket := _BRACKET_CREDIT_RE.search(text, block.start, block.end)
    ):
        group = next(g for g in ("credit", "via", "signed") if bracket.group(g) is not None)
        return span_of(text, bracket.start(group), bracket.end(group))
    for pattern in (_CREDIT_RE, _PAREN_CREDIT_RE, _LABELLED_CREDIT_RE, _NAME_AGENCY_CREDIT_RE):
        if pattern is _CREDIT_RE and not _CREDIT_WORD.search(text, block.start, block.end):
            continue
        match = pattern.search(text, block.start, block.end)
        if match is not None:
            return span_of(text, match.start("credit"), match.end("credit"))
    # (the credit closes the block, a name with no full stop: only a block that ends so
    # is searched, and only its last characters)
    tail = max(block.start, block.end - _SIGNED_CREDIT_REACH)
    if text[block.end - 1] not in _SENTENCE_CLOSERS and (
        signed := _SIGNED_CREDIT_RE.search(text, tail, block.end)
    ):
        group = "credit" if signed.group("credit") else "agency"
        return span_of(text, signed.start(group), signed.end(group))
    if text.endswith(_CREDIT_ENDINGS, block.start, block.end) and (
        match := _AGENCY_LINE_RE.match(text, block.start, block.end)
        or _AGENCY_AFTER_SENTENCE_RE.search(text, block.start, block.end)
    ):
        credit = span_of(text, match.start("credit"), match.end("credit"))
        if credit.text.endswith(_PHOTO_AGENCIES):
            return credit
    return None


def _bare_credit(rest: str) -> bool:
    """ "Jane Doe/Reuters" after "Photo:" is a credit, not a description."""
    return len(rest.split()) <= _BARE_CREDIT_MAX_WORDS and ("/" in rest or not rest.endswith("."))
