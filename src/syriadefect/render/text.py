"""Article -> plain text for pipes: no ANSI codes, no box drawing, stable enough to diff.

Every piece of input text goes through `inert`, so control characters show as escapes.
"""

from __future__ import annotations

from syriadefect.aggregate import SourceRecord, Stats
from syriadefect.model import Article, Byline, Quote
from syriadefect.render.json import stats
from syriadefect.render.safe import inert


def byline_line(byline: Byline | None) -> str | None:
    """ "By A and B, Agency, in Place" from a parsed byline."""
    if byline is None:
        return None
    names = [a.text for a in byline.authors]
    parts = [
        " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]
    ]
    if byline.agency:
        parts.append(byline.agency.text)
    line = "By " + ", ".join(p for p in parts if p) if names or byline.agency else byline.text
    if byline.location:
        line += f" in {byline.location.text}"
    return line


def meta_lines(article: Article) -> list[str]:
    """Byline, dateline and date facts, one "Label: value" string each."""
    lines = []
    byline = byline_line(article.byline)
    if byline:
        lines.append(f"Byline: {byline}")
    if article.dateline:
        lines.append(f"Dateline: {article.dateline.text}")
    if article.published:
        lines.append(f"Published: {article.published.date}")
    elif article.reference_date:
        lines.append(f"Reference date: {article.reference_date}")
    return lines


def count(n: int, noun: str) -> str:
    """ "1 quote", "2 quotes", "1,024 words"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def stats_line(article: Article) -> str:
    s = stats(article)
    return (
        f"{count(s['words'], 'word')} · {count(s['paragraphs'], 'paragraph')}"
        f" · {count(s['quotes'], 'quote')} · {s['reading_minutes']} min read"
    )


def render_article(article: Article, *, removed: bool = False) -> str:
    """The plain-text view of `show`."""
    out: list[str] = []
    if article.source:
        out.append(f"== {article.source}")
    headline = article.headline
    if headline is not None:
        if headline.kicker:
            out.append(f"[{headline.kicker.text}]")
        out.append(headline.text)
        if headline.dek:
            out.append(headline.dek.text)
    else:
        out.append("(no headline found)")
    out.append("")
    out.extend(meta_lines(article))
    out.append(stats_line(article))
    out.append("")
    for paragraph in article.body:
        out.append(paragraph.text)
        out.append("")
    for caption in article.captions:
        out.append(f"[{caption.kind or 'Caption'}] {caption.text}")
        out.append("")
    said = [(i, q) for i, q in enumerate(article.quotes, 1) if q.kind != "term"]
    if said:
        out.append("Quotes:")
        out.extend(f"  [{i}] {quote_line(q)}" for i, q in said)
        out.append("")
    if article.dates:
        out.append("Dates:")
        out.extend(f"  {d.text} -> {d.date or '?'} ({d.kind})" for d in article.dates)
        out.append("")
    for warning in article.warnings:
        out.append(f"warning: {warning.message} [{warning.code}]")
    if removed and article.removed:
        out.append("Removed:")
        out.extend(f"  [{r.reason}] {r.text}" for r in article.removed)
        out.append("")
    return inert("\n".join(out).rstrip("\n") + "\n")


def speaker_label(quote: Quote) -> str:
    """ "Capt. Ibrahim Munir Majhur" or "he (Capt. Ibrahim Munir Majhur)" or "?": the
    longer of mention and name when one holds the other ("Majhur", "the United Nations"),
    else both."""
    speaker = quote.speaker
    if speaker is None:
        return "?"
    mention, name = speaker.mention.text, speaker.name.text if speaker.name else None
    if name is None or name.lower() in mention.lower():
        return mention
    if mention.lower() in name.lower():
        return name
    return f"{mention} ({name})"


def quote_line(quote: Quote) -> str:
    """One line: who, the cue, and the quote in its marks."""
    opening, closing = ("“", "”") if quote.kind != "indirect" else ("", "")
    cue = f" {quote.cue.text}" if quote.cue else ""
    return f"{speaker_label(quote)}{cue}: {opening}{quote.text}{closing} ({quote.kind})"


def render_quotes(article: Article, numbered: list[tuple[int, Quote]]) -> str:
    """The plain view of `quotes`: one block per quote, stable enough to diff."""
    out = []
    for index, quote in numbered:
        where = f"paragraph {quote.paragraph}" if quote.paragraph is not None else "headline"
        out.append(f"{article.source or '-'} #{index} {quote.kind}, {where}")
        cue = f" ({quote.cue.text})" if quote.cue else ""
        out.append(f"{speaker_label(quote)}{cue}")
        out.append(f"  {quote.text}")
        out.append("")
    return inert("\n".join(out))


QUOTE_CSV_HEADER = (
    "source",
    "index",
    "kind",
    "speaker",
    "mention",
    "title",
    "method",
    "cue",
    "paragraph",
    "start",
    "end",
    "text",
)


def quote_rows(article: Article, numbered: list[tuple[int, Quote]]) -> list[tuple[object, ...]]:
    """Rows for `quotes --csv`, in the order of `QUOTE_CSV_HEADER`."""
    rows: list[tuple[object, ...]] = []
    for index, q in numbered:
        s = q.speaker
        rows.append(
            (
                article.source,
                index,
                q.kind,
                s.name.text if s and s.name else "",
                s.mention.text if s else "",
                s.title or "" if s else "",
                s.method if s else "",
                q.cue.text if q.cue else "",
                "" if q.paragraph is None else q.paragraph,
                q.start,
                q.end,
                q.text,
            )
        )
    return rows


SOURCE_CSV_HEADER = ("name", "title", "kind", "quotes", "indirect", "articles", "first", "last")


def source_rows(records: list[SourceRecord]) -> list[tuple[object, ...]]:
    """Rows for `sources --csv`, in the order of `SOURCE_CSV_HEADER`."""
    return [
        (r.display, r.title or "", r.kind, r.quotes, r.indirect, r.articles, r.first, r.last)
        for r in records
    ]


def render_sources(records: list[SourceRecord], unresolved: int) -> str:
    """The plain view of `sources`: one line per speaker, widest numbers first."""
    out = [f"{'quotes':>6} {'indirect':>8} {'articles':>8}  speaker"]
    for r in records:
        title = f" ({r.title})" if r.title and r.title not in r.display else ""
        out.append(f"{r.quotes:6} {r.indirect:8} {r.articles:8}  {r.display}{title}")
    if unresolved:
        out.append(f"{unresolved} quotes by a pronoun that could not be resolved to a name")
    return inert("\n".join(out) + "\n")


def render_stats(stats: Stats) -> str:
    """The plain view of `stats`."""
    share = stats.share
    per_article = stats.quotes / stats.articles if stats.articles else 0
    out = [
        f"articles: {stats.articles:,}",
        f"words: {stats.words:,}",
        f"paragraphs: {stats.paragraphs:,}",
        f"quotes: {stats.quotes:,} ({per_article:.1f} per article)",
        f"with a byline: {share(stats.with_byline):.0%}",
        f"with a dateline: {share(stats.with_dateline):.0%}",
        f"with a publication date: {share(stats.with_published):.0%}",
        f"with at least one quote: {share(stats.with_quote):.0%}",
    ]
    if stats.months:
        out.append("articles per month:")
        out.extend(f"  {month}  {count:,}" for month, count in sorted(stats.months.items()))
    if stats.boilerplate:
        out.append("most frequent removed lines:")
        out.extend(f"  {count:6,}  {text}" for text, count in stats.boilerplate.most_common(10))
    return inert("\n".join(out) + "\n")
