"""Article -> Rich renderables for the terminal. Returned, never printed.

Input text only ever enters Rich as `rich.text.Text` built from `inert` strings, so
markup such as "[bold red]" in an article prints literally and control characters
show as escapes.
"""

from __future__ import annotations

from collections.abc import Callable

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from syriadefect.aggregate import SourceRecord, Stats
from syriadefect.model import Article, Paragraph, Quote, is_space
from syriadefect.render.safe import inert
from syriadefect.render.text import meta_lines, speaker_label, stats_line

# One colour per speaker, in order of first appearance.
PALETTE = (
    "bright_cyan",
    "bright_magenta",
    "bright_green",
    "bright_yellow",
    "bright_blue",
    "orange1",
    "bright_red",
    "spring_green1",
    "medium_purple1",
    "gold1",
)


def _t(text: str, style: str = "") -> Text:
    return Text(inert(text), style=style)


def render_article(article: Article, *, removed: bool = False) -> RenderableType:
    """The Rich view of `show`: header panel, facts, body, captions, removed blocks."""
    parts: list[RenderableType] = [_header(article)]
    facts = Text()
    for line in meta_lines(article):
        label, _, value = line.partition(": ")
        if facts:
            facts.append("  ·  ", style="dim")
        facts.append(f"{label}: ", style="dim")
        facts.append(inert(value), style="cyan")
    if facts:
        parts.append(facts)
    parts.append(Text(stats_line(article), style="dim"))
    parts.append(Text())
    colours = speaker_colours(article.quotes)
    for paragraph in article.body:
        parts.append(Padding(highlighted(article, paragraph, colours), (0, 0, 1, 0)))
    for caption in article.captions:
        title = caption.kind or "Caption"
        if caption.credit:
            title += f" · credit: {inert(caption.credit.text)}"
        parts.append(
            Panel(
                _t(caption.text, "italic"),
                title=Text(title),
                title_align="left",
                box=box.ROUNDED,
                border_style="dim",
            )
        )
    if article.dates:
        dates = Text("Dates: ", style="dim")
        for i, mention in enumerate(article.dates):
            if i:
                dates.append(", ", style="dim")
            dates.append(inert(mention.text))
            dates.append(f" → {mention.date or '?'}", style="green" if mention.date else "dim")
        parts.append(dates)
    for warning in article.warnings:
        parts.append(Text(f"warning: {inert(warning.message)} [{warning.code}]", style="yellow"))
    if removed and article.removed:
        parts.append(_removed_table(article))
    return Group(*parts)


def _header(article: Article) -> Panel:
    headline = article.headline
    text = Text()
    if headline is None:
        text.append("(no headline found)", style="dim italic")
    else:
        if headline.kicker:
            text.append(f" {inert(headline.kicker.text)} ", style="bold white on red")
            text.append(" ")
        text.append(inert(headline.text), style="bold")
        if headline.dek:
            text.append("\n")
            text.append(inert(headline.dek.text), style="italic")
    title = Text(inert(article.source), style="dim") if article.source else None
    return Panel(text, title=title, title_align="left", box=box.HEAVY, padding=(0, 1))


def _removed_table(article: Article) -> Table:
    table = Table(title="Removed", box=box.SIMPLE, style="dim", title_justify="left")
    table.add_column("reason", style="dim", no_wrap=True)
    table.add_column("text", style="dim", overflow="fold")
    for block in article.removed:
        table.add_row(inert(block.reason), _t(block.text))
    return table


def speaker_colours(quotes: tuple[Quote, ...]) -> dict[str, str]:
    """A colour for each speaker label, in order of first appearance."""
    colours: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker is not None:
            label = speaker_label(quote)
            colours.setdefault(label, PALETTE[len(colours) % len(PALETTE)])
    return colours


def highlighted(article: Article, paragraph: Paragraph, colours: dict[str, str]) -> Text:
    """A body paragraph with its quotes coloured by speaker, the speaker's name after each."""
    inside = [
        q
        for q in article.quotes
        if q.kind != "term" and q.start < paragraph.end and paragraph.start < q.end
    ]
    text = Text()
    pos = paragraph.start
    for quote in inside:
        start, end = max(quote.start, paragraph.start), min(quote.end, paragraph.end)
        _append(text, article.text[pos:start], "")
        label = speaker_label(quote) if quote.speaker else None
        style = colours.get(label, "bold") if label else "bold"
        _append(
            text, article.text[start:end], style if quote.kind != "indirect" else f"italic {style}"
        )
        pos = end
        if label and end == quote.end:
            # after the closing mark, if any
            close = pos
            while close < paragraph.end and article.text[close] in "”’\"'»›":
                close += 1
            _append(text, article.text[pos:close], style)
            pos = close
            text.append(f" ‹{inert(label)}›", style=f"dim {style}")
    _append(text, article.text[pos : paragraph.end], "")
    return text


def _append(text: Text, raw: str, style: str) -> None:
    """Append raw input text with whitespace collapsed, as the paragraph's text is."""
    if not raw:
        return
    collapsed = " ".join(raw.split())
    lead = " " if is_space(raw[0]) and text.plain and not text.plain.endswith(" ") else ""
    trail = " " if is_space(raw[-1]) and collapsed else ""
    text.append(lead + inert(collapsed) + trail, style=style)


def render_quotes(article: Article, numbered: list[tuple[int, Quote]]) -> Table:
    """The Rich table of `quotes`: number, speaker, quote, cue, paragraph."""
    colours = speaker_colours(article.quotes)
    table = Table(
        title=Text(inert(article.source or "-"), style="bold"),
        title_justify="left",
        box=box.SIMPLE_HEAD,
        expand=True,
    )
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("speaker", ratio=1, overflow="fold")
    table.add_column("quote", ratio=3, overflow="fold")
    table.add_column("cue", style="dim", no_wrap=True)
    table.add_column("¶", justify="right", style="dim", no_wrap=True)
    for index, quote in numbered:
        label = speaker_label(quote) if quote.speaker else None
        who = Text(inert(label), style=colours.get(label, "")) if label else Text("—", style="dim")
        if quote.speaker and quote.speaker.title and quote.speaker.title not in (label or ""):
            who.append(f"\n{inert(quote.speaker.title)}", style="dim")
        body = Text(inert(quote.text), style="italic" if quote.kind == "indirect" else "")
        if quote.kind != "direct":
            body.append(f"  [{quote.kind}]", style="dim")
        table.add_row(
            str(index),
            who,
            body,
            inert(quote.cue.text) if quote.cue else "",
            "" if quote.paragraph is None else str(quote.paragraph),
        )
    return table


def _bar(value: int, largest: int, width: int = 30) -> Text:
    cells = round(width * value / largest) if largest else 0
    return Text("█" * cells or ("▏" if value else ""), style="cyan")


def render_sources(records: list[SourceRecord], unresolved: int) -> RenderableType:
    """The Rich view of `sources`: a table, then a bar chart of who is quoted most."""
    table = _AtWidth(lambda width: _sources_table(records, width))
    chart = Table(box=None, show_header=False, padding=(0, 1))
    chart.add_column("speaker", justify="right", overflow="ellipsis", max_width=30)
    chart.add_column("bar")
    chart.add_column("n", justify="right", style="dim")
    largest = max((r.quotes for r in records), default=0)
    for r in records[:15]:
        chart.add_row(_t(r.display), _bar(r.quotes, largest), str(r.quotes))
    parts: list[RenderableType] = [table, Text("Quotes per speaker", style="bold"), chart]
    if unresolved:
        parts.append(Text(f"{unresolved} quotes by an unresolved pronoun", style="dim"))
    return Group(*parts)


# Widths under which a column of `sources` gives way: who is quoted, and how often,
# stay in view on any terminal; the title and the first and last articles go first.
_TITLE_FROM = 64
_ARTICLES_FROM = 110


def _sources_table(records: list[SourceRecord], width: int) -> Table:
    table = Table(title="Who gets quoted", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("speaker", overflow="fold", min_width=12)
    if width >= _TITLE_FROM:
        table.add_column("title", style="dim", overflow="fold", max_width=24)
    table.add_column("quotes", justify="right", no_wrap=True)
    table.add_column("indirect", justify="right", style="dim", no_wrap=True)
    table.add_column("articles", justify="right", no_wrap=True)
    if width >= _ARTICLES_FROM:
        table.add_column("first", style="dim", overflow="ellipsis", no_wrap=True, max_width=30)
        table.add_column("last", style="dim", overflow="ellipsis", no_wrap=True, max_width=30)
    for r in records:
        cells: list[RenderableType] = [_t(r.display, "bold")]
        if width >= _TITLE_FROM:
            cells.append(_t(r.title or ""))
        cells += [str(r.quotes), str(r.indirect), str(r.articles)]
        if width >= _ARTICLES_FROM:
            cells += [_t(r.first or ""), _t(r.last or "")]
        table.add_row(*cells)
    return table


class _AtWidth:
    """A renderable built for the width it is drawn at (a table that drops columns
    rather than squeeze the ones that matter to nothing)."""

    def __init__(self, build: Callable[[int], RenderableType]) -> None:
        self.build = build

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.build(options.max_width)


def render_stats(stats: Stats) -> RenderableType:
    """The Rich view of `stats`: the figures, articles per month, frequent boilerplate."""
    share = stats.share
    figures = Table(title="Corpus", title_justify="left", box=box.SIMPLE, show_header=False)
    figures.add_column("what", style="dim")
    figures.add_column("value", justify="right")
    per_article = stats.quotes / stats.articles if stats.articles else 0
    for what, value in [
        ("articles", f"{stats.articles:,}"),
        ("words", f"{stats.words:,}"),
        ("paragraphs", f"{stats.paragraphs:,}"),
        ("quotes", f"{stats.quotes:,}"),
        ("quotes per article", f"{per_article:.1f}"),
        ("with a byline", f"{share(stats.with_byline):.0%}"),
        ("with a dateline", f"{share(stats.with_dateline):.0%}"),
        ("with a publication date", f"{share(stats.with_published):.0%}"),
        ("with at least one quote", f"{share(stats.with_quote):.0%}"),
    ]:
        figures.add_row(what, value)
    parts: list[RenderableType] = [figures]
    if stats.months:
        months = Table(
            title="Articles per month",
            title_justify="left",
            box=None,
            show_header=False,
            padding=(0, 1),
        )
        months.add_column("month", style="dim")
        months.add_column("bar")
        months.add_column("n", justify="right", style="dim")
        largest = max(stats.months.values())
        for month, count in sorted(stats.months.items()):
            months.add_row(month, _bar(count, largest), str(count))
        parts.append(months)
    if stats.boilerplate:
        lines = Table(
            title="Most frequent removed lines",
            title_justify="left",
            box=box.SIMPLE,
            show_header=False,
        )
        lines.add_column("count", justify="right", style="dim")
        lines.add_column("text", overflow="fold")
        for text, count in stats.boilerplate.most_common(10):
            lines.add_row(str(count), _t(text))
        parts.append(lines)
    return Group(*parts)
