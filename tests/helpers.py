"""Shared test helpers: paths, schema validation and the span invariants."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from syriadefect.model import Article, collapse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
SHARED = ROOT.parent / "shared"


@cache
def validator(name: str) -> Draft202012Validator:
    schema = json.loads(resources.files("syriadefect").joinpath("schema", name).read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate_article(record: dict[str, Any]) -> None:
    validator("article.schema.json").validate(record)


def validate_quote(record: dict[str, Any]) -> None:
    validator("quote.schema.json").validate(record)


def spans(article: Article) -> list[Any]:
    """Every record in the article that carries text and offsets."""
    out: list[Any] = []
    if article.headline:
        out += [article.headline, article.headline.kicker, article.headline.dek]
    if article.byline:
        b = article.byline
        out += [b, *b.authors, b.agency, b.location, b.role]
    if article.dateline:
        d = article.dateline
        out += [d, d.place, d.agency]
    out += [article.published, *article.dates, *article.body, *article.removed]
    for caption in article.captions:
        out += [caption, caption.credit]
    for quote in article.quotes:
        out += [quote, quote.cue]
        if quote.speaker:
            out += [quote.speaker.mention, quote.speaker.name]
    return [x for x in out if x is not None]


def assert_invariants(article: Article) -> None:
    """Spans slice the input and collapse to their text; paragraphs and quotes are ordered."""
    text = article.text
    for item in spans(article):
        assert 0 <= item.start <= item.end <= len(text), item
        assert collapse(text[item.start : item.end]) == item.text, item
    for before, after in pairwise(article.body):
        assert before.end <= after.start, (before, after)
    quotes = sorted(article.quotes, key=lambda q: q.start)
    for before, after in pairwise(quotes):
        assert before.end <= after.start, ("quotes overlap", before, after)
    for quote in article.quotes:
        if quote.speaker:
            m = quote.speaker.mention
            assert not (quote.start <= m.start and m.end <= quote.end), ("speaker inside", quote)
    for warning in article.warnings:
        assert 0 <= warning.start <= warning.end <= len(text)
