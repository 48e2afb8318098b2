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

from syriadefect.model import Article
from syriadefect.render.safe import inert
from syriadefect.render.text import meta_lines, stats_line


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
    for paragraph in article.body:
        parts.append(Padding(_t(paragraph.text), (0, 0, 1, 0)))
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
