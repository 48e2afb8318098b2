"""Hypothesis: for any text, parsing never raises and every span slices the input."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import assert_invariants, validate_article
from syriadefect import parse
from syriadefect.render.json import article_to_dict, dumps

# Pieces that exercise the stages: marks, dashes, bylines, dates, line ends, odd spaces.
PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " ",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "\t",
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "''",
        "``",
        "«",
        "»",
        "„",
        "—",
        "--",
        " -- ",
        ":",
        ",",
        ".",
        "By ",
        " and ",
        "said",
        " said ",
        "Majhur",
        "Jane Doe",
        "SYRIA: ",
        "BEIRUT (AP) — ",
        "Thursday",
        "June 9, 2011",
        "Updated ",
        "Advertisement",
        "Share",
        "Video: ",
        "Credit: ",
        "(AP Photo/X)",
        "\x1b[31m",
        "\u202e",
        "[bold]",
        "ٱلْعَرَبِيَّة",
        "👍🏽",
        "i",
        "I",
        # the speaker and indirect-speech rules: relatives, inverted and inside cues,
        # cited sources, party tags, the quotation dash, questions, intentions
        " who ",
        " which ",
        ", says ",
        " according to ",
        ", reported ",
        "Asked whether ",
        " vows to ",
        "(D-N.Y.)",
        "Sen. ",
        "he's",
        " it ",
        "―",
        ";",
        "Tags",
        "Comments",
        "This website uses cookies",
    ]
)
# Real words from the project's samples, so that sentences, names and cues come up
WORDS = st.sampled_from(
    sorted(
        {
            word
            for path in (Path(__file__).resolve().parent.parent / "samples").glob("*.txt")
            for word in path.read_text(encoding="utf-8", errors="replace").split()
        }
    )
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join),
    st.lists(st.one_of(WORDS, WORDS, PIECES), max_size=120).map(" ".join),
)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_parse_never_raises_and_spans_slice_the_input(text):
    article = parse(text)
    assert_invariants(article)


@SETTINGS
@given(TEXT)
def test_json_validates_and_round_trips(text):
    record = article_to_dict(parse(text))
    validate_article(record)
    assert json.loads(dumps(record)) == record
