"""The pipeline behind `syriadefect.parse.parse`: the stages, run in order.

Stages:
    1. `blocks.split_blocks`            paragraphs with spans (hard wraps rejoined)
    2. `boilerplate.find_boilerplate`   "Advertisement", "Share", archive notices, menus
       `page.find_article`               on a whole-page dump: the article among the rest
    3. `byline` / `dates`               top bylines and timestamp lines (header anchors)
    4. `headline.find_headline`         kicker, headline, dek
    5. `captions.parse_caption`         captions and credits
    6. `byline.find_signoff`            "-- Alexandra Sandels in Beirut"
    7. `dates.find_dateline`, `dates.find_dates`   dateline, publication date, day words
       (a short line between the headline and the dateline paragraph is the dek)
    8. `quotes.find_quotes`             quotations, attributed by `speakers.attribute`
"""

from __future__ import annotations

import datetime as dt

from syriadefect.model import (
    Article,
    Byline,
    Caption,
    Dateline,
    DateMention,
    Headline,
    Paragraph,
    ParseWarning,
    Quote,
    Removed,
    span_of,
)
from syriadefect.parse.blocks import Block, split_blocks, unbulleted
from syriadefect.parse.boilerplate import find_boilerplate
from syriadefect.parse.byline import (
    find_signoff,
    is_byline,
    parse_dated_byline,
    parse_top_byline,
    role_line,
)
from syriadefect.parse.captions import caption_under_credit, parse_caption
from syriadefect.parse.dates import find_date_in, find_dateline, find_dates, find_timestamp
from syriadefect.parse.headline import find_headline, is_short_line
from syriadefect.parse.page import (
    BEFORE_ARTICLE,
    find_article,
    is_page,
    leading_furniture,
    page_headline,
    page_title,
)
from syriadefect.parse.quotes import Unit, find_quotes

_HEADER_ZONE = 12
_STAMP_ABOVE = 3  # blocks above a page's headline where its date line may stand


def _header_line(
    text: str,
    block: Block,
    bylines: dict[int, Byline],
    stamps: dict[int, DateMention],
    dated: dict[int, DateMention],
) -> bool:
    """Note a timestamp line or a top byline (with the date it gives); whether the block
    is one."""
    stamp = find_timestamp(text, block)
    if stamp is not None:
        stamps[block.index] = stamp
        return True
    top = parse_top_byline(text, block) if is_byline(block) else None
    top = top or parse_dated_byline(text, block)
    if top is None:
        return False
    bylines[block.index] = top
    if (date := find_date_in(text, block.start, block.end)) is not None:
        dated[block.index] = date
    return True


def run(
    text: str,
    *,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    notes: tuple[str, ...] = (),
    quotes: bool = True,
    title: str | None = None,
) -> Article:
    """Run every stage; see `syriadefect.parse.parse` for the arguments."""
    blocks = split_blocks(text)
    removed: dict[int, str] = find_boilerplate(blocks)
    page = is_page(blocks)
    if page:
        # a whole-page dump: menus, lists and footers around the article go first
        removed.update(find_article(blocks, removed))
        # its "Title | Site" line, written again above the article, marks the headline
        title = title or page_title(blocks)
    warnings: list[ParseWarning] = []

    # Bylines and timestamps near the top anchor the headline.
    zone = [b for b in blocks if b.index not in removed][:_HEADER_ZONE]
    bylines: dict[int, Byline] = {}
    stamps: dict[int, DateMention] = {}
    dated: dict[int, DateMention] = {}  # dates in byline lines: "By Sam Ortega | May 3, 2023"
    for block in zone:
        _header_line(text, unbulleted(text, block) if page else block, bylines, stamps, dated)
    layout = find_headline(text, blocks, set(removed), set(bylines) | set(stamps), title, page)
    if page:
        # the page's title line, or a line above the article, may tell the headline better
        layout = page_headline(text, blocks, removed, layout)
        for index in layout.used:
            removed.pop(index, None)
        if layout.used:
            # its byline and date line may stand between it and what the page kept
            for block in blocks[max(layout.used) + 1 : max(layout.used) + _HEADER_ZONE]:
                if block.index not in removed:
                    break
                if removed[block.index] == BEFORE_ARTICLE and _header_line(
                    text, unbulleted(text, block), bylines, stamps, dated
                ):
                    del removed[block.index]
    taken = set(removed) | set(layout.used) | set(layout.before)
    removed.update(dict.fromkeys(layout.before, "before headline"))
    if layout.headline is not None:
        # A "By ..." line counts only in the header, after the headline.
        first = min(layout.used)
        bylines = {i: b for i, b in bylines.items() if i > first}
        # (on a page, a dated line right above the headline is the article's: "October 9,
        # 2018 at 4:02 pm" ¶ "Tweet" ¶ headline)
        reach = _STAMP_ABOVE if page else 0
        stamps = {i: s for i, s in stamps.items() if i > first - reach or not layout.used}
    taken |= set(bylines) | set(stamps)
    removed.update(dict.fromkeys(stamps, "timestamp"))

    captions: list[Caption] = []
    for block in blocks:
        if block.index in taken:
            continue
        caption = parse_caption(text, block)
        if caption is None and captions and captions[-1].end == blocks[block.index - 1].end:
            # the block right under a credit line
            caption = caption_under_credit(text, captions[-1], block)
        if caption is not None:
            captions.append(caption)
            taken.add(block.index)

    byline = bylines[min(bylines)] if bylines else None
    # (a wire credit line, "Reporting by …; Editing by …", was put aside as boilerplate)
    credits = {i for i, reason in removed.items() if reason == "credit line"}
    signoff = find_signoff(text, blocks, taken - credits)
    if signoff is not None:
        taken.add(signoff[0])
        if byline is None or not byline.authors:
            byline = signoff[1]
            removed.pop(signoff[0], None)
        else:
            removed.setdefault(signoff[0], "sign-off")
    for index, extra in bylines.items():
        if extra is not byline:
            removed[index] = "byline"
    if byline is not None and byline.position == "top" and byline.role is None:
        # "By MARIA GONZALEZ" ¶ "Staff Writer": the role on its own line under the byline
        under = min(bylines) + 1  # (a block's index is its place in `blocks`)
        if under < len(blocks) and under not in taken and (role := role_line(text, blocks[under])):
            byline = byline._replace(role=role)
            taken.add(under)
    if byline is not None and not byline.authors:
        warnings.append(
            ParseWarning(
                "byline-no-authors",
                "byline found, but no part of it is surely a person's name",
                byline.start,
                byline.end,
            )
        )

    body_blocks = [b for b in blocks if b.index not in taken]
    if page:
        furniture = leading_furniture(body_blocks)
        removed.update(dict.fromkeys(furniture, BEFORE_ARTICLE))
        body_blocks = body_blocks[len(furniture) :]
    headline = layout.headline
    dateline = find_dateline(text, body_blocks[0]) if body_blocks else None
    if (
        dateline is None
        and headline is not None
        and headline.dek is None
        and len(body_blocks) > 1
        and body_blocks[0].index == max(layout.used) + 1
        and is_short_line(body_blocks[0])
        and (dateline := find_dateline(text, body_blocks[1])) is not None
    ):
        # the short line between the headline and the dateline is the dek
        dek = body_blocks.pop(0)
        headline = headline._replace(dek=span_of(text, dek.start, dek.end))
    body = tuple(Paragraph(b.text, b.start, b.end, i) for i, b in enumerate(body_blocks))
    published = _published(stamps, dateline, [dated[i] for i in sorted(dated) if i in bylines])
    reference = reference_date or (
        dt.date.fromisoformat(published.date) if published and published.date else None
    )
    dates = find_dates(text, body, reference)
    found: tuple[Quote, ...] = ()
    if quotes:
        # (a person's byline of one author names the "I" of a first-person piece)
        writer = byline.authors[0] if byline is not None and len(byline.authors) == 1 else None
        found, quote_warnings = find_quotes(text, _quote_units(headline, body, dateline), writer)
        warnings.extend(quote_warnings)

    return Article(
        text=text,
        source=source,
        encoding=encoding,
        headline=headline,
        byline=byline,
        dateline=dateline,
        published=published,
        reference_date=reference.isoformat() if reference else None,
        dates=dates,
        body=body,
        captions=tuple(captions),
        removed=tuple(_removed(blocks, removed)),
        quotes=found,
        warnings=tuple(sorted(warnings, key=lambda w: w.start)),
        notes=notes,
    )


def _published(
    stamps: dict[int, DateMention], dateline: Dateline | None, in_bylines: list[DateMention]
) -> DateMention | None:
    """The publication date: a "Published" stamp first, then any stamp, then a date in
    the byline's line, then the dateline."""
    ordered = sorted(stamps.items())
    for _, stamp in ordered:
        if stamp.text.lower().startswith(("published", "posted")):
            return stamp
    for _, stamp in ordered:
        if not stamp.text.lower().startswith(("updated", "last updated", "modified")):
            return stamp
    if ordered:
        return ordered[0][1]
    if in_bylines:
        return in_bylines[0]
    if dateline is not None and dateline.date:
        return DateMention(dateline.text, dateline.start, dateline.end, "dateline", dateline.date)
    return None


def _quote_units(
    headline: Headline | None, body: tuple[Paragraph, ...], dateline: Dateline | None
) -> list[Unit]:
    """The paragraphs quotes are looked for in: headline, dek and body, the paragraph
    with the dateline from after it ("OSLO (Reuters) - " is no part of what was said)."""
    units = []
    if headline is not None:
        units.append(Unit(headline.start, headline.end, None))
        if headline.dek is not None:
            units.append(Unit(headline.dek.start, headline.dek.end, None))
    for p in body:
        start = p.start
        if dateline is not None and p.start <= dateline.start < p.end:
            start = max(start, dateline.end)
        units.append(Unit(start, p.end, p.index))
    return units


def _removed(blocks: list[Block], reasons: dict[int, str]) -> list[Removed]:
    return [Removed(b.text, b.start, b.end, reasons[b.index]) for b in blocks if b.index in reasons]
