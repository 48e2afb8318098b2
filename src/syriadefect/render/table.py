"""Article -> Rich renderables for the terminal. Returned, never printed.

Input text only ever enters Rich as `rich.text.Text` built from `inert` strings, so
markup such as "[bold red]" in an article prints literally and control characters
show as escapes.
"""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

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
