from __future__ import annotations

import pytest

from syriadefect.parse.blocks import split_blocks, without_mark


def texts(source: str) -> list[str]:
    return [b.text for b in split_blocks(source)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("One.\r\n\r\nTwo.", ["One.", "Two."]),
        ("One.\r\rTwo.", ["One.", "Two."]),
        ("One.\n \u00a0\u200b\nTwo.", ["One.", "Two."]),  # a line of NBSP/ZWSP is blank
        ("  padded  \n\n", ["padded"]),
        (
            "‘I therefore announce that I have defected from the Army and the Armed Forces and have"
            " joined the\npeaceful Syrian revolution,’ said Majhur.",
            [
                "‘I therefore announce that I have defected from the Army and the Armed Forces and"
                " have joined the peaceful Syrian revolution,’ said Majhur."
            ],
        ),
        # hard-wrapped at a column: one paragraph
        (
            "Egypt's foreign minister warned on Thursday\nthat talks over a giant dam upstream\n"
            "on the Nile could collapse.",
            [
                "Egypt's foreign minister warned on Thursday that talks over a giant dam "
                "upstream on the Nile could collapse."
            ],
        ),
        # a menu: one block per line
        ("Home\nNews\nPolitics", ["Home", "News", "Politics"]),
        # bullets never join
        (
            "Three things to know about the plan:\n* It costs $2 billion\n* It starts in 2012",
            [
                "Three things to know about the plan:",
                "* It costs $2 billion",
                "* It starts in 2012",
            ],
        ),
        # headline followed by a byline without a blank line
        ("Army officers defect\nBy Jane Doe", ["Army officers defect", "By Jane Doe"]),
        # a byline split over two lines, the name under "By": one line
        (
            "By\nRandy Maniloff\nNov. 18, 2019 7:04 pm ET",
            ["By Randy Maniloff", "Nov. 18, 2019 7:04 pm ET"],
        ),
        ("Stand by\nThe ferry leaves at noon", ["Stand by", "The ferry leaves at noon"]),
        # one long paragraph per line, no blank lines between
        (
            "A" * 200 + " first paragraph ends here.\n" + "B" * 300 + " second one.",
            ["A" * 200 + " first paragraph ends here.", "B" * 300 + " second one."],
        ),
    ],
)
def test_split(source, expected):
    assert texts(source) == expected


def test_spans_point_into_the_input():
    source = "\ufeffHeadline\r\n\r\nFirst line of a paragraph that goes on\r\nand on.\r\n"
    for block in split_blocks(source):
        raw = source[block.start : block.end]
        assert " ".join(raw.split()) == block.text.replace("\ufeff", "")
    assert [b.index for b in split_blocks(source)] == [0, 1]


def test_empty():
    assert split_blocks("") == []
    assert split_blocks("\n\n  \n") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Share this on Facebook", "Share this on Facebook"),
        ("• Tweet", "Tweet"),
        ("-30-", "-30-"),  # no bullet: a mark needs a space after it
        ("*", "*"),
        ("Share", "Share"),
    ],
)
def test_without_mark(line, expected):
    assert without_mark(line) == expected
