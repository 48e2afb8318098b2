from __future__ import annotations

import pytest

from syriadefect import parse
from syriadefect.parse.blocks import split_blocks
from syriadefect.parse.captions import parse_caption


@pytest.mark.parametrize(
    ("line", "kind", "credit"),
    [
        ("Video: A soldier opens fire on protesters in Homs. Credit: YouTube", "Video", "YouTube"),
        (
            "Photo: Trucks line up outside the mine. (John Locher / AP)",
            "Photo",
            "John Locher / AP",
        ),
        ("Photo: Claire Dubois/Valley Courier", "Photo", "Claire Dubois/Valley Courier"),
        ("Photo: A soldier stands guard outside the ministry.", "Photo", None),
        (
            "Photo: The Valley Courier's newsroom in 1987. (Courier archives)",
            "Photo",
            "Courier archives",
        ),
        ("Video: Watch the moment the bridge fell (Reuters)", "Video", "Reuters"),
        (
            "Protesters march in Homs on Friday. (AP Photo/Hussein Malla)",
            "Photo",
            "AP Photo/Hussein Malla",
        ),
        (
            "A view of the harbor at dawn. Credit: Jane Doe for The Courier",
            None,
            "Jane Doe for The Courier",
        ),
        ("IMAGE (file): The dam under construction in 2010.", "Image", None),
        ("Protesters have worn masks to protect their identities (Image: GETTY )", None, "GETTY"),
        ("Image caption Taylor Swift's seventh album is the only one she owns", "Image", None),
        ("Image copyright Getty Images", "Image", "Getty Images"),
        ("Media caption The senator speaks to reporters", "Video", None),
        (
            "Rep. Ilhan Omar speaks at the Capitol on July 25. J. Scott Applewhite / AP file",
            None,
            "J. Scott Applewhite / AP",
        ),
        # a credit after an ellipsis, and a credit line alone
        (
            "Trump asked voters for a big win. He didn’t get it. Credit... Doug Mills/The Times",
            None,
            "Doug Mills/The Times",
        ),
        ("Photo by Kirk Irwin/Getty Images", None, "Kirk Irwin/Getty Images"),
        # a longer name, an agency alone, several slashes
        (
            "Artist's impression of the plumes. (NASA's Goddard Space Flight Center/David Ladd)",
            None,
            "NASA's Goddard Space Flight Center/David Ladd",
        ),
        (
            "Titan in false colour, 2004. (NASA/JPL/Space Science Institute)",
            None,
            "NASA/JPL/Space Science Institute",
        ),
        (
            "Natalie Naccache | Bloomberg | Getty Images",
            None,
            "Natalie Naccache | Bloomberg | Getty Images",
        ),
        (
            "Smog hangs over Delhi. It is part of a larger problem.\n"
            "Sanjeev Verma/Hindustan Times/Getty Images",
            None,
            "Sanjeev Verma/Hindustan Times/Getty Images",
        ),
        # a credit set with a mark or a label after the last sentence, Reuters' own shape,
        # and a file photo
        (
            "A cyclist rides past a closed plant near La Paz, November 19. © Reuters / Jane Doe",
            None,
            "Reuters / Jane Doe",
        ),
        ("Feathers drying after being cleaned.\nPhoto: Getty Images", None, "Getty Images"),
        (
            "FILE PHOTO: Traders work on the floor of the exchange, November 18. REUTERS/Jane Doe",
            "Photo",
            "REUTERS/Jane Doe",
        ),
        # Al Jazeera's credits in square brackets: a label, "via", a photographer's name
        (
            "Roughly 13,000 US troops remain in Afghanistan [File: Reuters]",
            None,
            "Reuters",
        ),
        ("A concept of a lunar lander [SpaceX via Nasa]", None, "SpaceX via Nasa"),
        ("Smoke rises over Kabul [Omar Sobhani/Reuters]", None, "Omar Sobhani/Reuters"),
    ],
)
def test_captions(line, kind, credit):
    caption = parse_caption(line, split_blocks(line)[0])
    assert caption is not None
    assert caption.kind == kind
    assert (caption.credit.text if caption.credit else None) == credit


@pytest.mark.parametrize(
    "line",
    [
        "The photo was taken on Thursday, the agency said.",
        "Watch the video and decide for yourself, she said",
        "He said the credit markets were frozen.",
        "The vote was 52/48 in the Senate, said Jane Doe / Reuters",
        "Sales rose in Austin / Dallas | Houston",
        # sources cited at the end of a news item, and a tag
        "Verizon is the parent company of HuffPost. [Reuters]",
        "Trump leads Cruz in Indiana. [HuffPost, NBC/WSJ/Marist, ARG]",
        "Trump extends his lead. [IBD/TIPP]",
        "Watch the debate live [WATCH]",
    ],
)
def test_not_captions(line):
    assert parse_caption(line, split_blocks(line)[0]) is None


def test_a_credit_line_of_its_own_after_other_text():
    text = "The jets were ordered on Monday.\n\n   Natalie Naccache | Bloomberg | Getty Images"
    block = split_blocks(text)[1]
    caption = parse_caption(text, block)
    assert (
        caption is not None and caption.credit.text == "Natalie Naccache | Bloomberg | Getty Images"
    )


def test_the_description_under_a_credit_line_is_its_caption():
    text = (
        "South Dakota doubles down on its slogan\n\nBy Amy Kuperinsky\n\n"
        "Alex Wong | Getty Images\n\n"
        "Kristi Noem, governor of South Dakota, pictured at the White House in 2018.\n\n"
        "Remember New Jersey's epic quest to find a state slogan? It never ended.\n\n"
        "Enter South Dakota, which has now thrown down the gauntlet with its own."
    )
    article = parse(text)
    assert [c.text[:20] for c in article.captions] == [
        "Alex Wong | Getty Im",
        "Kristi Noem, governo",
    ]
    assert article.body[0].text.startswith("Remember")
    # a paragraph that describes no picture stays in the body
    plain = text.replace(", pictured at the White House in 2018.", ", spoke on Monday.")
    assert parse(plain).body[0].text.startswith("Kristi Noem")
