"""HTML input: sniffed by content, extracted with trafilatura, offsets into the extracted text."""

from __future__ import annotations

import builtins
import json

import pytest
from typer.testing import CliRunner

from helpers import assert_invariants, validate_article
from syriadefect.cli import app
from syriadefect.html import looks_like_html
from syriadefect.reader import load_article

PAGE = """<!DOCTYPE html>
<html><head><title>Storm cuts power - Daily Planet</title>
<meta name="author" content="Jonas Berg">
<meta property="article:published_time" content="2011-06-13"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Storm cuts power to thousands</h1><p>By Jonas Berg</p>
<p>A powerful storm brought down power lines across the coast on Sunday, leaving 60,000
homes without electricity, the grid operator said.</p>
<p>&ldquo;Crews are out in every district,&rdquo; spokeswoman Kari Holm said.
&ldquo;We ask people to be patient.&rdquo;</p></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Ferry strike ends</a></li></ul></aside>
<footer>&copy; 2011 Daily Planet. <a href="/privacy">Privacy</a></footer></body></html>
"""


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (PAGE, True),
        ("<html><body><p>Short page</p></body></html>", True),
        ("  <!-- saved page -->\n<HTML lang='en'><p>x</p></HTML>", True),
        ("Storm hits the coast\n\nA <b>bold</b> claim, said Jo.", False),
        ("Use <div> and <p> tags, the manual says.", False),
    ],
)
def test_html_is_sniffed_from_content(text, html):
    assert looks_like_html(text) is html


def test_html_page_becomes_an_article(tmp_path):
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    path = tmp_path / "page.txt"  # named .txt: the content says HTML
    path.write_text(PAGE, encoding="utf-8")
    article = load_article(str(path))
    assert_invariants(article)
    assert article.origin is not None
    assert (article.origin.format, article.origin.author, article.origin.date) == (
        "html",
        "Jonas Berg",
        "2011-06-13",
    )
    assert article.headline.text == "Storm cuts power to thousands"
    assert [a.text for a in article.byline.authors] == ["Jonas Berg"]
    assert [p.text[:21] for p in article.body] == ["A powerful storm brou", "“Crews are out in eve"]
    assert not any("Ferry" in p.text or "Privacy" in p.text for p in article.body)
    assert [q.speaker.name.text for q in article.quotes if q.kind == "direct"] == [
        "Kari Holm",
        "Kari Holm",
    ]
    assert article.dates[0].date == "2011-06-12"  # Sunday, before the page's date
    assert article.text.startswith("Storm cuts power to thousands")  # offsets: extracted text


def test_html_json_says_where_the_text_came_from(tmp_path):
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path), "--json"])
    record = json.loads(result.stdout)
    validate_article(record)
    assert record["origin"]["format"] == "html"
    assert "offsets index the extracted text" in record["notes"][0]


def test_without_the_extra_one_line_says_how_to_install(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_trafilatura(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("No module named 'trafilatura'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"syriadefect: error: {path}: this is HTML; reading it needs the html extra: "
        "pip install 'syriadefect[html]'\n"
    )
