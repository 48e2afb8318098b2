"""Markdown input: recognised by its marks, read without them."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from helpers import assert_invariants, validate_article
from syriadefect.cli import app
from syriadefect.errors import InputError
from syriadefect.markdown import looks_like_markdown, markdown_text
from syriadefect.reader import load_article
from syriadefect.render.json import article_to_dict

ARTICLE = """\
# City to test four-day week for 200 workers

**By Lena Ortiz** | *Published June 3, 2024*

The city of Millbrook will let 200 employees work four 10-hour days, Mayor Ann Lee
announced Monday.

## Why now

"We are losing good people," Lee said. "If it works, we will offer it to everyone."

Union president **Carl Novak** said members had asked for the
[change](https://example.com/change) for years.

> "A fifth day off is worth more to them than a raise," Novak said.

- The pilot starts July 1.
- Results go to the council in January.

*Read more: [Millbrook budget passes](https://example.com/budget)*
"""


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        (ARTICLE, True),
        ("Storm hits coast\n\nThe [report](https://example.com/r) was **late**, Jo said.", True),
        ("## Storm hits coast\n\n## Power is out\n\nCrews are out, Jo said.", True),
        # one mark alone, or only the marks plain text has too, is not enough
        ("# Storm hits coast\n\nCrews are out, Jo said.", False),
        ("Storm hits coast\n\n- Crews are out.\n- Power is back.\n\n> Jo said so.", False),
        ("Storm hits coast\n\nThe **worst** in **years**, Jo said.", False),
        ("Storm hits coast\n\n#1 seed loses, and #MeToo trends [ 167 comments ]", False),
    ],
)
def test_markdown_is_sniffed_from_its_marks(text, markdown):
    assert looks_like_markdown(text) is markdown


def test_markdown_text_keeps_the_words_and_drops_the_marks():
    text = markdown_text(ARTICLE)
    assert text.split("\n\n")[:2] == [
        "City to test four-day week for 200 workers",
        "By Lena Ortiz | Published June 3, 2024",
    ]
    assert "Union president Carl Novak said members had asked for the\nchange for years." in text
    assert "https://" not in text and "**" not in text and "#" not in text
    assert "\n\nThe pilot starts July 1.\n\nResults go to the council in January." in text


def test_a_markdown_file_parses_as_an_article(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(ARTICLE, encoding="utf-8")
    article = load_article(str(path))
    assert_invariants(article)
    assert article.origin is not None and article.origin.format == "markdown"
    assert "read as Markdown" in " ".join(article.notes)
    assert article.headline.text == "City to test four-day week for 200 workers"
    assert [a.text for a in article.byline.authors] == ["Lena Ortiz"]
    assert article.published is not None and article.published.date == "2024-06-03"
    speakers = [q.speaker.name.text for q in article.quotes if q.kind == "direct"]
    assert speakers == ["Mayor Ann Lee", "Mayor Ann Lee", "Carl Novak"]
    assert [r.reason for r in article.removed] == ["read more link"]
    record = article_to_dict(article)
    validate_article(record)
    assert json.loads(json.dumps(record))["origin"]["format"] == "markdown"


def test_markdown_of_marks_alone_is_a_clear_error(tmp_path):
    path = tmp_path / "images.md"
    path.write_text("# ![x](http://a.b/c.png)\n\n![y](http://a.b/d.png)\n", encoding="utf-8")
    with pytest.raises(InputError, match="Markdown with no text"):
        load_article(str(path))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("# *_>-[]()!`\\\nab.:/h"), max_size=200))
def test_any_marks_read_without_error(text):
    with contextlib.suppress(InputError):  # nothing but marks
        assert markdown_text(text).strip()
    looks_like_markdown(text)


def _headline(*args: str) -> str:
    result = CliRunner().invoke(app, ["show", *args, "--json", "-q"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["headline"]["text"]


def test_format_reads_markdown_as_text_or_text_as_markdown(tmp_path):
    markdown = tmp_path / "story.md"
    markdown.write_text(ARTICLE, encoding="utf-8")
    assert _headline(str(markdown)) == "City to test four-day week for 200 workers"
    assert _headline(str(markdown), "--format", "text").startswith("# City")
    plain = tmp_path / "plain.txt"  # one mark: not taken for Markdown unless asked
    plain.write_text("# Storm hits the coast\n\nCrews are out, Jo said.\n", encoding="utf-8")
    assert _headline(str(plain)) == "# Storm hits the coast"
    assert _headline(str(plain), "--format", "markdown") == "Storm hits the coast"
