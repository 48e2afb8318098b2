"""Article -> dict (the schema) -> JSON or JSON Lines. The only place that knows key names.

Schema ``syriadefect.article/1`` (JSON Schema in ``syriadefect/schema/article.schema.json``):
every key is always present, absent values are null, lists are lists, offsets are
integers into the decoded input text. One quote record (also the shape of each line
of ``syriadefect quotes --json``)::

    {"source": "samples/syria-defect.txt", "index": 6, "text": "I therefore announce ...",
     "start": 1929, "end": 2053, "kind": "direct", "cue": "said",
     "speaker": {"mention": "Majhur", "start": 2060, "end": 2066,
                 "name": "Capt. Ibrahim Munir Majhur", "title": "Capt.",
                 "method": "cue-speaker-after"},
     "paragraph": 5}
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from syriadefect.model import Article, ParseWarning, Quote, Span, line_col

if TYPE_CHECKING:  # only `sources` and `stats` need them: the --json paths stay light
    from syriadefect.aggregate import SourceRecord, Stats

ARTICLE_SCHEMA = "syriadefect.article/1"
WORDS_PER_MINUTE = 230

JSON = dict[str, Any]


def article_to_dict(article: Article) -> JSON:
    """The JSON object for one article."""
    headline = article.headline
    byline = article.byline
    dateline = article.dateline
    published = article.published
    return {
        "schema": ARTICLE_SCHEMA,
        "source": article.source,
        "encoding": article.encoding,
        "notes": list(article.notes),
        "origin": None
        if article.origin is None
        else {
            "format": article.origin.format,
            "title": article.origin.title,
            "author": article.origin.author,
            "date": article.origin.date,
        },
        "headline": None
        if headline is None
        else {
            **_span(headline),
            "kicker": _opt(headline.kicker),
            "dek": _opt(headline.dek),
        },
        "byline": None
        if byline is None
        else {
            **_span(byline),
            "raw": article.text[byline.start : byline.end],
            "position": byline.position,
            "authors": [a.text for a in byline.authors],
            "agency": byline.agency.text if byline.agency else None,
            "location": byline.location.text if byline.location else None,
            "role": byline.role.text if byline.role else None,
            "spans": {
                "authors": [_span(a) for a in byline.authors],
                "agency": _opt(byline.agency),
                "location": _opt(byline.location),
                "role": _opt(byline.role),
            },
        },
        "dateline": None
        if dateline is None
        else {
            **_span(dateline),
            "place": _opt(dateline.place),
            "agency": _opt(dateline.agency),
            "date": dateline.date,
        },
        "published": published.date if published else None,
        "published_from": None
        if published is None
        else {**_span(published), "kind": published.kind},
        "reference_date": article.reference_date,
        "dates": [{**_span(d), "kind": d.kind, "date": d.date} for d in article.dates],
        "body": [{"index": p.index, **_span(p)} for p in article.body],
        "captions": [
            {**_span(c), "kind": c.kind, "credit": _opt(c.credit)} for c in article.captions
        ],
        "removed": [{**_span(r), "reason": r.reason} for r in article.removed],
        "quotes": [quote_to_dict(q, i, None) for i, q in enumerate(article.quotes, 1)],
        "stats": stats(article),
        "warnings": [_warning(article, w) for w in article.warnings],
    }


def _warning(article: Article, warning: ParseWarning) -> JSON:
    line, column = line_col(article.text, warning.start)
    return {
        "code": warning.code,
        "message": warning.message,
        "start": warning.start,
        "end": warning.end,
        "line": line,
        "column": column,
    }


def quote_to_dict(quote: Quote, index: int, source: str | None) -> JSON:
    """One quote record; with a `source` it is a line of ``quotes --json``."""
    speaker = quote.speaker
    record: JSON = {"source": source} if source is not None else {}
    record.update(
        {
            "index": index,
            "text": quote.text,
            "start": quote.start,
            "end": quote.end,
            "kind": quote.kind,
            "cue": quote.cue.text if quote.cue else None,
            "speaker": None
            if speaker is None
            else {
                "mention": speaker.mention.text,
                "start": speaker.mention.start,
                "end": speaker.mention.end,
                "name": speaker.name.text if speaker.name else None,
                "title": speaker.title,
                "method": speaker.method,
            },
            "paragraph": quote.paragraph,
        }
    )
    return record


def stats(article: Article) -> JSON:
    words = article.words
    return {
        "words": words,
        "paragraphs": len(article.body),
        "quotes": article.said,
        "reading_minutes": math.ceil(words / WORDS_PER_MINUTE) if words else 0,
    }


def article_line(article: Article) -> str:
    """One line of ``show --json`` for several articles."""
    return dumps(article_to_dict(article)) + "\n"


def quote_lines(article: Article, kinds: frozenset[str], speaker: str | None = None) -> str:
    """The lines of ``quotes --json`` for one article: the quotes `numbered_quotes` keeps."""
    source = article.source or "-"
    return "".join(
        dumps(quote_to_dict(quote, index, source)) + "\n"
        for index, quote in article.numbered_quotes(kinds, speaker)
    )


def dumps(record: JSON, *, indent: int | None = None) -> str:
    """Serialise a record: UTF-8 friendly, compact for JSON Lines, indented on request."""
    if indent is None:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(record, ensure_ascii=False, indent=indent)


def _span(span: Any) -> JSON:
    return {"text": span.text, "start": span.start, "end": span.end}


def _opt(span: Span | None) -> JSON | None:
    return None if span is None else _span(span)


def source_to_dict(record: SourceRecord) -> JSON:
    """One line of ``sources --json``."""
    return {
        "name": record.display,
        "title": record.title,
        "kind": record.kind,
        "quotes": record.quotes,
        "indirect": record.indirect,
        "articles": record.articles,
        "first": record.first,
        "last": record.last,
    }


def stats_to_dict(stats: Stats, boilerplate: int = 10) -> JSON:
    """The object of ``stats --json``."""
    return {
        "articles": stats.articles,
        "words": stats.words,
        "paragraphs": stats.paragraphs,
        "quotes": stats.quotes,
        "quotes_per_article": round(stats.quotes / stats.articles, 2) if stats.articles else 0,
        "share_with_byline": round(stats.share(stats.with_byline), 4),
        "share_with_dateline": round(stats.share(stats.with_dateline), 4),
        "share_with_published": round(stats.share(stats.with_published), 4),
        "share_with_quote": round(stats.share(stats.with_quote), 4),
        "articles_per_month": dict(sorted(stats.months.items())),
        "boilerplate": [
            {"text": text, "count": count}
            for text, count in stats.boilerplate.most_common(boilerplate)
        ],
    }
