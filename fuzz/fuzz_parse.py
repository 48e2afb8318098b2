"""Coverage-guided fuzzing of the whole read-decode-parse-render path with atheris.

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=1200 fuzz/corpus fuzz/seeds samples

Each input is tried twice: as bytes through `decode_bytes` (an `InputError` is an
allowed answer, any other exception is a bug), and read as Markdown too when it looks
like it, and as text straight into `parse`. Every
result must keep the invariants: spans slice the text and collapse to their `text`,
paragraphs and quotes do not overlap, and the JSON and plain renderings work.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sys

import atheris

with atheris.instrument_imports():
    import syriadefect.parse.pipeline  # noqa: F401  (the stages load lazily: instrument them)
    from syriadefect.decode import decode_bytes, repair_mojibake
    from syriadefect.errors import InputError
    from syriadefect.markdown import looks_like_markdown, markdown_text
    from syriadefect.model import collapse
    from syriadefect.parse import parse
    from syriadefect.render.json import article_to_dict, dumps
    from syriadefect.render.text import render_article


def check(text: str) -> None:
    article = parse(text)
    items = [*article.body, *article.removed, *article.captions, *article.dates]
    for quote in article.quotes:
        items.append(quote)
        if quote.speaker is not None:
            items.append(quote.speaker.mention)
    if article.headline is not None:
        items.append(article.headline)
    for item in items:
        assert 0 <= item.start <= item.end <= len(text), item
        assert collapse(text[item.start : item.end]) == item.text, item
    for before, after in zip(article.body, article.body[1:], strict=False):
        assert before.end <= after.start
    quotes = sorted(article.quotes, key=lambda q: q.start)
    for before, after in itertools.pairwise(quotes):
        assert before.end <= after.start, (before, after)
    json.loads(dumps(article_to_dict(article)))
    render_article(article, removed=True)


def test_one_input(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except InputError:
        pass
    else:
        text = repair_mojibake(decoded.text)[0]
        check(text)
        if looks_like_markdown(text):
            with contextlib.suppress(InputError):  # nothing but marks
                check(markdown_text(text))
    provider = atheris.FuzzedDataProvider(data)
    check(provider.ConsumeUnicodeNoSurrogates(len(data)))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
