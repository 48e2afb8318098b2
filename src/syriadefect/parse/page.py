"""Page: find the article inside a whole-page dump, from the text alone.

A page copied with select-all, or dumped by an HTML-to-text converter, holds the
article among menus, share bars, "Most read" lists, comments and footers. Such a page
shows itself by its many short lines that are not sentences; clean article text has
almost none, and is left alone.

On a page, each block gets a score: a sentence-like block scores its word count (half
of it once a block that closes an article, such as "Comments", has been passed), a
short line or known boilerplate scores below zero, and the article is the run of
consecutive blocks with the highest total (the maximum-sum run, found in one pass).
When the dump opens with the page's title ("Storm cuts power | The Coast News") and
writes it again further down, that is the article's headline: the run starts within
`_TITLE_REACH` blocks after it, and a longer run of teasers or disclaimers far below
does not take its place.
Blocks before and after it are page furniture; inside it, menu-like short lines go
too. Each removed block says why::

    {"text": "Most Popular", "start": 5120, "end": 5132, "reason": "after the article"}

    >>> from syriadefect.parse.blocks import split_blocks
    >>> menu = "\\n".join(f"Section {i}" for i in range(10))
    >>> page = split_blocks(menu + "\\n\\n" + "A sentence of the article body. " * 5)
    >>> sorted(set(find_article(page, {}).items()))[:2], len(find_article(page, {}))
    ([(0, 'before the article'), (1, 'before the article')], 7)
"""

from __future__ import annotations

import itertools

from syriadefect import patterns
from syriadefect.model import Headline, Span, span_of
from syriadefect.parse import lexicon
from syriadefect.parse.blocks import Block
from syriadefect.parse.captions import caption_under_credit, parse_caption
from syriadefect.parse.headline import HeaderLayout, title_case

# A text is a page dump when this share of its blocks are short non-sentences.
_PAGE_SHORT_SHARE = 0.3
_PAGE_MIN_BLOCKS = 10
_SHORT_WORDS = 4
_HEADER_BLOCKS = 6
_BY_LINE = r"(?i:by\s)"  # "By Randy Maniloff"
_BY = patterns.compile(_BY_LINE)
_HEADER_LINE = patterns.compile(_BY_LINE + r"|.*\d")  # a byline or a date near the top
_SENTENCE_WORDS = 8  # a sentence-like block this long counts fully
_SENTENCE_END = patterns.compile(r"[.!?…:][\"”’)]?$")
# Boilerplate that closes an article: once here, the article is over.
_CLOSING = frozenset(
    {
        "related stories",
        "comments",
        "footer",
        "copyright",
        "newsletter prompt",
        "social prompt",
        "author bio",
    }
)
_AFTER_CLOSING = 0.5  # the weight of a sentence after a closing block
_SHORT_SCORE = -4.0
_BOILERPLATE_SCORE = -5.0
_CLOSING_SCORE = -20.0
# "2 days ago at 07:52 am", "16 hours ago on iOS Blog": a relative time dates a reader's
# comment or a teaser, never a paragraph of the article, so no article runs across it
_WALL = float("-inf")
_LOOKBACK = 3  # blocks of content before the article kept for headline, byline and date
_LEAD_WORDS = 15  # a block this long is a lead paragraph even with no full stop
_TITLE_REACH = 40  # blocks from the title written again to the article's start
_TITLE_WORDS = 3  # a page title shorter than this is no headline
# the site's name after the last separator: "Title | Site", "Title - Section - Site"
_TITLE_SUFFIX = patterns.compile(r"\s+(?:[|–—-]|::)\s+(?:(?!\s(?:[|–—-]|::)\s).)*$")
_SECTION_SUFFIX = patterns.compile(r"\s+\|\s+\S+(?:\s\S+){0,2}$")  # "… | Opinion"
_SECTION_PREFIX = patterns.compile(r"^\S+(?:\s\S+){0,2}\s+\|\s+")  # "Opinion | …"
_WORD_RE = patterns.compile(r"\w+")
_TITLE_OVERLAP = 0.5  # of the page title's words, in a headline that is the page's
BEFORE_ARTICLE = "before the article"  # the reason of what a page has before its article
_TITLE_LINE_WORDS = 4  # a first line with no site's name this long is the page's title
_HEADLINE_REACH = 15  # blocks above the article looked through for its headline
_HEADLINE_MAX_WORDS = 25
_DEK_REACH = 2  # blocks between a page's headline and its dek, boilerplate included
_DEK_WORDS = (6, 45)  # the length of a page's dek, in words
_CONTENT_WORD = patterns.compile(r"[^\W\d_]{4,}")  # letters only, four or more
_LEDE_CHARS = 1500  # of the article's first paragraphs, compared with a headline
_LEDE_SHARED = 2  # words a farther headline shares with them to win over the closest
_BULLETS = "*+•-–—»«|"
# a publication's name alone, a masthead or the outlet after an author's name ("By Sarah
# E. Needleman ¶ The Wall Street Journal"): no headline
_PUBLICATION = patterns.compile(
    r"(?:The )?(?:[A-Z][\w.&'’-]*\s+){0,3}(?:Journal|Times|Post|News|Herald|Tribune|Gazette"
    r"|Chronicle|Observer|Guardian|Telegraph|Independent|Express|Examiner|Inquirer|Register"
    r"|Magazine|Daily|Weekly|Dispatch|Globe|Courier|Bulletin|Reporter)"
)
_DATED = patterns.compile(
    rf"\b{lexicon.MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}:\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
)
_LABEL = patterns.compile(r"[A-Z][a-z]+")  # a section's label between headline and dek
_LIST_ITEM = patterns.compile(r"(\d{1,2})(?:[.)]\s+|\s+)\S")  # "1) …", "2. …", "3 Kyle Busch …"
_LIST_SCORE = 1.0  # an item of a numbered list, an embedded post: part of the text around it
_LIST_GAP = 3  # blocks between two items of one list (a link line, a picture)


def is_page(blocks: list[Block]) -> bool:
    """Whether the text looks like a whole page rather than an article."""
    if len(blocks) < _PAGE_MIN_BLOCKS:
        return False
    # (a date or a byline near the top is a short line of the article's own header, not
    # a menu)
    short = sum(
        1
        for i, b in enumerate(blocks)
        if _short_line(b) and not (i < _HEADER_BLOCKS and _HEADER_LINE.match(b.text))
    )
    return short >= _PAGE_SHORT_SHARE * len(blocks)


def find_article(blocks: list[Block], removed: dict[int, str]) -> dict[int, str]:
    """The blocks of a page that are not the article, each with its reason.

    Up to `_LOOKBACK` blocks before the article are left for the headline stage, which
    removes what it does not use.
    """
    reasons = [removed.get(b.index) for b in blocks]
    scores = [_score(b, reason) for b, reason in zip(blocks, reasons, strict=True)]
    # past a block that closes an article ("Comments", "Related stories", a footer), text
    # needs twice the evidence to count as the article: readers' comments and teasers are
    # sentences too
    closed = False
    for i, reason in enumerate(reasons):
        if reason in _CLOSING:
            closed = True
        elif closed and scores[i] > 0:
            scores[i] *= _AFTER_CLOSING
    for i in _teasers(blocks):
        if scores[i] > 0:
            scores[i] = -scores[i]
    posts = _embedded_posts(blocks)
    for i in _list_items(blocks) + [signature for _, signature in posts]:
        if reasons[i] is None:
            scores[i] = max(scores[i], _LIST_SCORE)
    for i, _ in posts:
        if i >= 0 and reasons[i] is None:  # a post's words are the article's, as a quote's
            scores[i] = max(scores[i], float(blocks[i].words))
    anchor = _title_again(blocks)
    if anchor:
        start, end = _best_run(scores, anchor, anchor + _TITLE_REACH)
    else:
        start, end = _best_run(scores, 0, len(scores))
    # keep the last few blocks of content before the article (boilerplate not counted)
    keep_from, kept = start, 0
    while keep_from > 0 and kept < _LOOKBACK:
        keep_from -= 1
        kept += blocks[keep_from].index not in removed
    out: dict[int, str] = {}
    for block in blocks[:keep_from]:
        out[block.index] = BEFORE_ARTICLE
    for block in blocks[end:]:
        out[block.index] = "after the article"
    for block in blocks[start:end]:
        # (a byline is the header's: "By Randy Maniloff" under the headline and dek)
        if block.words < _SHORT_WORDS and _short_line(block) and not _BY.match(block.text):
            out[block.index] = "short line inside the page"
    # a block already known as boilerplate keeps its more precise reason
    return {i: reason for i, reason in out.items() if i not in removed}


def _list_items(blocks: list[Block]) -> list[int]:
    """The positions of blocks that are items of a numbered list ("1) Lego Star Wars …",
    "2. Polistil …") or rows of a ranked table ("1 Kyle Busch 5040 5 1 17 27"): numbered
    one after the other, a few blocks apart at most."""
    numbered = [
        (i, int(item.group(1))) for i, b in enumerate(blocks) if (item := _LIST_ITEM.match(b.text))
    ]
    items: set[int] = set()
    for (i, n), (j, m) in itertools.pairwise(numbered):
        if m == n + 1 and j - i <= _LIST_GAP:
            items.update((i, j))
    return sorted(items)


def _teasers(blocks: list[Block]) -> list[int]:
    """The positions of teasers: two or more blocks in a row cut off with an ellipsis
    ("… may soon be deemed stateless WASHINGTON: Expressing concern over the …")."""
    cut = [b.text.rstrip().endswith(("...", "…")) for b in blocks]
    return [
        i
        for i, is_cut in enumerate(cut)
        if is_cut and ((i and cut[i - 1]) or (i + 1 < len(cut) and cut[i + 1]))
    ]


def _embedded_posts(blocks: list[Block]) -> list[tuple[int, int]]:
    """The embedded posts: the positions of the words of each post (-1 if there are
    none) and of the signature line below them ("— The Nigerian Senate (@NGRSenate)
    October 9, 2018")."""
    return [
        (i - 1, i)
        for i, block in enumerate(blocks)
        if "(@" in block.text and lexicon.POST_SIGNATURE.match(block.text)
    ]


def title_line(text: str, blocks: list[Block], removed: dict[int, str]) -> Span | None:
    """The page's title as a dump's first line gives it, without " | Site" ("Storm cuts
    power | The Coast News"), or a first line of its own that reads like a headline (a
    converter writes the page's <title> first); None if there is no such line."""
    first = blocks[0]
    start, end = first.lines[0]
    suffix = _TITLE_SUFFIX.search(text, start, end)
    if suffix is not None:
        end = suffix.start()
        while (section := _SECTION_SUFFIX.search(text, start, end)) is not None:
            end = section.start()  # "… | World | News": the site's sections too
        title = span_of(text, start, end)
        return title if len(title.text.split()) >= _TITLE_WORDS else None
    # a line of its own, not indented as a converter indents its menus, not boilerplate
    # (the page's own "before the article" does not count)
    alone = (
        len(first.lines) == 1
        and text.rfind("\n", 0, start) + 1 == start
        and removed.get(first.index, BEFORE_ARTICLE) == BEFORE_ARTICLE
    )
    return span_of(text, start, end) if alone and first.words >= _TITLE_LINE_WORDS else None


def page_headline(
    text: str, blocks: list[Block], removed: dict[int, str], layout: HeaderLayout
) -> HeaderLayout:
    """The headline of a page, where the headline stage's own may be furniture: the
    page's title line when no headline found in the page reads like it ("Show more
    sharing options", a photo credit) or the one found is that line with its " | Site";
    with no title line, the line that reads like a headline closest above the article
    in place of a list item, a date line or two words of a menu, or of a line that
    shares no words with the article's lede where one above it does (the site's name), or
    none; and the line over the one found, when that one is its dek ("Star Trek 4 eyes
    Fargo …" ¶ "New, 15 comments" ¶ "The fourth in the 2009 reboot series …" over the
    byline). What the headline stage took, and what the page kept above the headline,
    becomes furniture above the headline."""
    if layout.headline is not None and _caption(text, blocks, blocks[layout.used[0]]):
        layout = HeaderLayout(None, (), layout.before)  # left to the captions
    found, head = layout.headline, None
    if found is not None:
        head = next(blocks[i] for i in layout.used if blocks[i].end >= found.end)
    lede, words = _lede(blocks, removed)
    over = None  # the headline over the line found, when that line reads as its dek
    if found is not None and head is not None and _reads_as_dek(found):
        over = _headline_over(text, blocks, removed, head, words)
    line = title_line(text, blocks, removed)
    if line is not None:
        if over is not None and head is not None and _reads_like(over.text, line.text):
            return _page_layout(text, blocks, removed, layout, over, head)  # the title again
        if (
            found is None
            or head is None
            or found.start < line.end
            or not _reads_like(found.text, line.text)
        ):
            again = _written_again(blocks, removed, line.text, lede)
            if again is not None:
                # the page's own headline, over its dek and byline
                return _page_layout(text, blocks, removed, layout, again)
            return HeaderLayout(
                Headline(line.text, line.start, line.end),
                (blocks[0].index,),
                layout.before + layout.used,
            )
        dek = None if found.dek else _dek_under(text, blocks, removed, head)
        return layout if dek is None else _page_layout(text, blocks, removed, layout, head, dek)
    if found is not None and head is not None and not _weak_headline(found.text):
        # unless a line nearer the article shares more of its words ("The Wall Street
        # Journal", a photo credit, "Breaking News Emails" taken for the headline)
        above = _headline_above(text, blocks, removed, lede, words, found.text)
        if above is not None and above.start != found.start:
            # (the line found is its dek when it is the headline over that line)
            dek = head if over is not None and over.index == above.index else None
            return _page_layout(text, blocks, removed, layout, above, dek)
        return layout if over is None else _page_layout(text, blocks, removed, layout, over, head)
    above = _headline_above(text, blocks, removed, lede, words, None)
    if above is None:
        return HeaderLayout(None, (), layout.before + layout.used)
    return _page_layout(text, blocks, removed, layout, above)


def _written_again(
    blocks: list[Block], removed: dict[int, str], title: str, lede: int
) -> Block | None:
    """The line above the article's first paragraph (at `lede`) that the page left before
    the article and that writes the page's `title` again, the closest one; None if there
    is none."""
    titles = {title, _SECTION_PREFIX.sub("", title)}  # ("Opinion | Republicans Are …")
    return next(
        (
            block
            for block in reversed(blocks[1:lede])
            if block.text in titles and removed.get(block.index) == BEFORE_ARTICLE
        ),
        None,
    )


def _reads_as_dek(found: Headline) -> bool:
    """Whether a line the headline stage took for a headline could be a dek: it has none
    of its own, is no weak headline and has a dek's length."""
    return (
        not found.dek
        and not _weak_headline(found.text)
        and len(found.text.split()) >= _DEK_WORDS[0]
    )


def _page_layout(
    text: str,
    blocks: list[Block],
    removed: dict[int, str],
    layout: HeaderLayout,
    head: Block,
    dek: Block | None = None,
) -> HeaderLayout:
    """The layout of a page's headline (with the dek under it that the page left before
    the article, if no `dek` is given); what the headline stage took, and what the page
    kept above the headline ("+ Got a news tip?"), is furniture."""
    dek = dek or _dek_under(text, blocks, removed, head)
    used = (head.index, dek.index) if dek else (head.index,)
    furniture = {b.index for b in blocks[: head.index] if b.index not in removed}
    return HeaderLayout(
        Headline(
            head.text,
            head.start,
            head.end,
            None,
            span_of(text, dek.start, dek.end) if dek else None,
        ),
        used,
        tuple(sorted(furniture.union(layout.before, layout.used).difference(used))),
    )


def _lede(blocks: list[Block], removed: dict[int, str]) -> tuple[int, set[str]]:
    """Where the article's first paragraph is, and the content words of its first
    paragraphs."""
    kept = [i for i, b in enumerate(blocks) if b.index not in removed]
    # the article starts at its first paragraph: a menu item kept before it ("+ Got a
    # news tip?"), its byline and its captions may stand above, and a long headline
    lede = next(
        (i for i in kept if blocks[i].words >= _LEAD_WORDS and not _headline_like(blocks[i])),
        kept[0] if kept else 0,
    )
    paragraphs = [
        b.text for b in blocks[lede:] if b.index not in removed and b.words >= _LEAD_WORDS
    ]
    return lede, _content_words(" ".join(paragraphs)[:_LEDE_CHARS])


def _headline_above(
    text: str,
    blocks: list[Block],
    removed: dict[int, str],
    lede: int,
    words: set[str],
    rival: str | None,
) -> Block | None:
    """The line that reads like a headline closest above the article's first paragraph
    (at `lede`; a dump that gives no title line: "New York State Attorney General
    investigating WeWork and former CEO" over "Reuters November 18, 2019 11:03 PM"), or
    a farther one that shares more of the paragraphs' `words` (a teaser or a section's
    name may stand between); None if there is none within `_HEADLINE_REACH` blocks, or,
    when the page left none of those before the article, as many more above the first
    block it kept (a long share bar or a table's rows stand between). Given a `rival` (the
    headline the headline stage found), the line only if it shares enough words with
    the article and the rival does not."""
    near = max(0, lede - _HEADLINE_REACH)
    first = next((i for i, b in enumerate(blocks[:lede]) if b.index not in removed), lede)
    candidates = [
        block
        for block in reversed(blocks[max(0, min(near, first) - _HEADLINE_REACH) : lede])
        if removed.get(block.index, BEFORE_ARTICLE) == BEFORE_ARTICLE
        and _headline_like(block)
        and not _caption(text, blocks, block)
    ]
    # a line the page left before the article near it over one it kept (a video's
    # title); with none, the lines it kept near the article and those it left farther
    # up, which the lede's words then choose between
    candidates = [b for b in candidates if b.index >= near and b.index in removed] or [
        b for b in candidates if b.index >= near or b.index in removed
    ]
    if not candidates:
        return None
    shared = [len(_content_words(block.text) & words) for block in candidates]
    best = max(range(len(candidates)), key=shared.__getitem__)  # (the closest of equals)
    if rival is not None:
        # (a rival that shares words with the article is its headline, a video's title
        # under it or not, unless it is a sentence: a caption)
        settled = len(_content_words(rival) & words) >= _LEDE_SHARED and rival[-1:] != "."
        return candidates[best] if shared[best] >= _LEDE_SHARED and not settled else None
    if shared[best] >= _LEDE_SHARED:
        return candidates[best]
    return candidates[0] if candidates[0].index >= near else None  # (far up: a menu's)


def _headline_over(
    text: str, blocks: list[Block], removed: dict[int, str], found: Block, words: set[str]
) -> Block | None:
    """The headline over the line the headline stage `found` when that line is its dek:
    the closest line above it, past boilerplate ("New, 15 comments") and a label
    ("Editorial"), when it reads like a headline, shares the lede's `words` (one will
    do for a line in title case: "Republicans Are Following Trump to Nowhere") and does
    not hold the line found (a breadcrumb: "Home News Business News Ascom announces …")
    nor stand in it; None if there is none."""
    above = blocks[max(0, found.index - _DEK_REACH) : found.index][::-1]
    block = _past_boilerplate([b for b in above if not _LABEL.fullmatch(b.text)], removed)
    if (
        block is not None
        and _headline_like(block)
        and not _caption(text, blocks, block)
        and len(_content_words(block.text) & words)
        >= (1 if title_case(block.text) else _LEDE_SHARED)
        and found.text not in block.text
        # (nor a section named in the line found: "Dancing With the Stars" over "James
        # Van Der Beek eliminated from 'Dancing with the Stars' after …")
        and block.text.lower() not in found.text.lower()
    ):
        return block
    return None


def _dek_under(
    text: str, blocks: list[Block], removed: dict[int, str], head: Block
) -> Block | None:
    """The dek under a page's headline: the next line past boilerplate, a sentence of its
    own that the page left before the article ("The county will pay for two more
    crossings a day in winter, after islanders packed a hearing to ask for them.")."""
    block = _past_boilerplate(blocks[head.index + 1 : head.index + 1 + _DEK_REACH], removed)
    if (
        block is not None
        and removed.get(block.index) == BEFORE_ARTICLE
        and len(block.lines) == 1
        and _DEK_WORDS[0] <= block.words <= _DEK_WORDS[1]
        and _SENTENCE_END.search(block.text)
        and not _caption(text, blocks, block)
    ):
        return block
    return None


def _past_boilerplate(blocks: list[Block], removed: dict[int, str]) -> Block | None:
    """The first of `blocks` that is no boilerplate ("New, 15 comments"): one the page
    kept or left before the article; None if all are."""
    return next((b for b in blocks if removed.get(b.index, BEFORE_ARTICLE) == BEFORE_ARTICLE), None)


def _caption(text: str, blocks: list[Block], block: Block) -> bool:
    """Whether a block is a photo's caption or credit line ("Photograph: Tim
    Robberts/Getty Images", "Alex Wong | Getty Images"), or the caption under a credit
    line ("Kristi Noem, governor of South Dakota, pictured at …")."""
    if parse_caption(text, block) is not None:
        return True
    credit = parse_caption(text, blocks[block.index - 1]) if block.index else None
    return credit is not None and caption_under_credit(text, credit, block) is not None


def _content_words(text: str) -> set[str]:
    return set(_CONTENT_WORD.findall(text.lower()))


def _weak_headline(line: str) -> bool:
    """Whether a headline found in a page is likelier furniture: a list item ("*
    Sarah.Needleman@wsj.com"), a few words ("Black Friday"), a date line, a table's row
    ("40 Casey Mears 1 0 0 0 0"), a line that opens a list ("Final standings:"), a
    publication's name ("The Wall Street Journal")."""
    words = line.split()
    return (
        line[:1] in _BULLETS
        or len(words) < _TITLE_LINE_WORDS
        or line.endswith(":")
        or sum(word.isdigit() for word in words) * 2 >= len(words)
        or bool(_DATED.search(line))
        or bool(_PUBLICATION.fullmatch(line))
    )


def _headline_like(block: Block) -> bool:
    """A line of its own, no longer than a headline, with no full stop, and no weak
    headline."""
    return (
        len(block.lines) == 1
        and block.words <= _HEADLINE_MAX_WORDS
        and not block.text.endswith(".")
        and not _weak_headline(block.text)
    )


def _reads_like(headline: str, title: str) -> bool:
    """Whether a headline found in the page holds at least half the words of the page's
    title (a share bar or a photo credit taken for the headline holds none)."""
    wanted = set(_WORD_RE.findall(title.lower()))
    return len(wanted & set(_WORD_RE.findall(headline.lower()))) >= _TITLE_OVERLAP * len(wanted)


def page_title(blocks: list[Block]) -> str | None:
    """The page's title (its first line, without " | Site") when the page writes it
    again, as the article's headline; None if it does not."""
    at = _title_again(blocks)
    return blocks[at].text.split("\n", 1)[0].strip() if at else None


def _title_again(blocks: list[Block]) -> int:
    """Where the page's title (its first line, without " | Site") is written again as the
    article's headline; 0 if it is not."""
    first = blocks[0].text.split("\n", 1)[0]
    title = _TITLE_SUFFIX.sub("", first).strip()
    if title == first.strip() or len(title.split()) < _TITLE_WORDS:
        return 0  # no "Title | Site" line: the dump does not start with the page's title
    for i, block in enumerate(blocks[1:], 1):
        if block.text.split("\n", 1)[0].strip() == title:
            return i
    return 0


def leading_furniture(blocks: list[Block]) -> list[int]:
    """On a page, the article's first blocks that are no sentences: what the header did
    not take of the blocks kept before the article ("Tempo de leitura: 1 minuto")."""
    out = []
    for block in blocks:
        if _score(block, None) > 0 or block.words >= _LEAD_WORDS:
            break
        out.append(block.index)
    return out


def _short_line(block: Block) -> bool:
    return block.words <= _SHORT_WORDS and not _SENTENCE_END.search(block.text)


def _score(block: Block, reason: str | None) -> float:
    if reason == "relative time":
        return _WALL
    if reason in _CLOSING:
        return _CLOSING_SCORE
    if reason is not None:
        return _BOILERPLATE_SCORE
    words = block.words
    sentence = _SENTENCE_END.search(block.text) is not None
    if sentence and words >= _SENTENCE_WORDS:
        return float(words)
    if words <= _SHORT_WORDS:
        return _SHORT_SCORE
    if sentence:
        return words * 0.5
    return -words * 0.6 - 1


def _best_run(scores: list[float], first: int, last_start: int) -> tuple[int, int]:
    """The [start, end) run of scores with the highest sum that starts between `first`
    and `last_start` (Kadane's algorithm, with no new start past `last_start`)."""
    best = total = 0.0
    start = best_start = best_end = first
    for i in range(first, len(scores)):
        value = scores[i]
        if total <= 0 and i <= last_start and value > 0:
            total, start = 0.0, i
        total += value
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end
