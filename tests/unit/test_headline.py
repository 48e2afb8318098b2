from __future__ import annotations

import pytest

from syriadefect import parse
from syriadefect.parse.blocks import split_blocks
from syriadefect.parse.headline import find_headline


@pytest.mark.parametrize(
    ("source", "kicker", "headline", "dek"),
    [
        (
            "SYRIA: Army, police officers defect, cross into Turkey\n\nBody text here.",
            "SYRIA",
            "Army, police officers defect, cross into Turkey",
            None,
        ),
        (
            "U.S.: Senate passes the budget bill\n\nBody.",
            "U.S.",
            "Senate passes the budget bill",
            None,
        ),
        (
            "CITY HALL: Council approves harbor plan\n\nBody.",
            "CITY HALL",
            "Council approves harbor plan",
            None,
        ),
        # a news series' label is a kicker in any case
        (
            "The Latest: Sanders wins Minnesota Democratic caucuses\n\nBody.",
            "The Latest",
            "Sanders wins Minnesota Democratic caucuses",
            None,
        ),
        (
            "AP Interview: Cruz to give away engraved shotgun\n\nBody.",
            "AP Interview",
            "Cruz to give away engraved shotgun",
            None,
        ),
        (
            "Transcript: Mayor and challenger clash over housing\n\nWU: What went wrong?",
            "Transcript",
            "Mayor and challenger clash over housing",
            None,
        ),
        (
            "Stealth Over Health: Clinton Diverted to Avoid Bad Optics.\n\nBody.",
            None,
            "Stealth Over Health: Clinton Diverted to Avoid Bad Optics.",
            None,
        ),
        # a dek sits between the headline and the byline
        (
            "Council approves harbor plan\n\n"
            "Opponents vow to take the project to the ballot box.\n\n"
            "By Daniel Okafor\n\nBody.",
            None,
            "Council approves harbor plan",
            "Opponents vow to take the project to the ballot box.",
        ),
        # without a byline after it, a second short block is body, not a dek
        (
            "Council approves harbor plan\n\nOpponents vow to take the project to the ballot box.",
            None,
            "Council approves harbor plan",
            None,
        ),
        # a dek with no full stop, in sentence case under a title-case headline
        (
            "Transit Board Delays Fare Increase After Riders Protest\n\n"
            "Vote pushed to March as officials weigh a smaller rise\n\nBy Priya Natarajan"
            "\n\nBody.",
            None,
            "Transit Board Delays Fare Increase After Riders Protest",
            "Vote pushed to March as officials weigh a smaller rise",
        ),
        # a series label before a bar
        (
            "Opinion | Why the Library Levy Deserves Your Vote\n\nBy Sam Whitaker\n\nBody.",
            "Opinion",
            "Why the Library Levy Deserves Your Vote",
            None,
        ),
        # a short line between the headline and the dateline paragraph is the dek
        (
            "CITY COUNCIL OKS NEW BIKE LANES\n\nResidents split over parking loss\n\n"
            "MILLBROOK — The City Council voted 5-2 on Monday to add bike lanes.",
            None,
            "CITY COUNCIL OKS NEW BIKE LANES",
            "Residents split over parking loss",
        ),
        # a dek as short as its headline, above the byline
        (
            "Acme Robotics to cut 1,200 jobs as orders slump\n\n"
            "Shares fall 8% after warning on full-year profit\n\nBy Daniel Okafor\n\nBody.",
            None,
            "Acme Robotics to cut 1,200 jobs as orders slump",
            "Shares fall 8% after warning on full-year profit",
        ),
        # a kicker on its own line, and a dek with no full stop before the first paragraph
        (
            "COURTS\n\nFormer treasurer sentenced to four years for fraud\n\n"
            'Judge calls the theft "a betrayal of every family that stood in line"\n\n'
            "A former treasurer of the food bank was sentenced on Friday to four years in "
            "prison for stealing from the charity.",
            "COURTS",
            "Former treasurer sentenced to four years for fraud",
            'Judge calls the theft "a betrayal of every family that stood in line"',
        ),
        (
            "Analysis\n\nWhy the Library Levy Failed\n\nBy Sam Whitaker\n\nBody.",
            "Analysis",
            "Why the Library Levy Failed",
            None,
        ),
        # page furniture above the headline goes
        (
            "The Valley Courier\n\nRiver cleanup volunteers pull trash from creek\n\n"
            "By Rosa Delgado\n\nBody.",
            None,
            "River cleanup volunteers pull trash from creek",
            None,
        ),
    ],
)
def test_headline(source, kicker, headline, dek):
    article = parse(source)
    assert article.headline is not None
    assert (article.headline.kicker.text if article.headline.kicker else None) == kicker
    assert article.headline.text == headline
    assert (article.headline.dek.text if article.headline.dek else None) == dek


@pytest.mark.parametrize(
    "source",
    [
        "A long opening paragraph that reads like the body of an article and not like a headline "
        "at all, because it goes on and on well past the number of words a headline would have.",
        "Advertisement\n\nShare",
        "Headline:\n\nBody.",
    ],
)
def test_no_headline(source):
    assert parse(source).headline is None


def test_page_furniture_before_headline_is_removed():
    article = parse(
        "The Valley Courier\n\nRiver cleanup pulls trash from creek\n\nBy Rosa Delgado\n\nBody."
    )
    assert [(r.text, r.reason) for r in article.removed] == [
        ("The Valley Courier", "before headline")
    ]


def test_a_byline_after_the_paragraphs_does_not_take_the_headline():
    paragraphs = [
        "Sanders Says He Has Started Writing His Inaugural Address",
        "This is a preview of the eighth installment of the series that takes you behind "
        "the scenes for a day on the campaign trail with the candidates.",
        "PORTSMOUTH, N.H. — He may be a big underdog against the front-runner, but the "
        "senator has not let the odds stop him from drafting his first speech as president.",
        "During an interview this week on a busy day of campaign events around the Seacoast "
        "region, he was asked if he had been preparing himself mentally for the possibility.",
        "“Have I started writing my inauguration speech?” Sanders replied. “Look, the answer "
        "is yes. It is a very sobering thing to be thinking about oneself as president.”",
        "Watch the video above for a preview of the latest installment of the series.",
        "Story by Scott Conroy",
    ]
    article = parse("\n\n".join(paragraphs))
    assert article.headline.text == paragraphs[0]
    assert [p.text for p in article.body][:2] == paragraphs[1:3]


def test_an_archive_title_and_subtitle_are_headline_and_dek():
    text = (
        "Jobs report gives Democrats a lift; \n"
        "Solid upturn, with a rise in hourly earnings, could blunt Republican claims.\n\n"
        "ABSTRACT.\n\nA more tangible economic upswing could help Democrats keep the White "
        "House.\n\nFULL TEXT.\n\nThe surprisingly robust jobs report cheered Democrats."
    )
    article = parse(text)
    assert article.headline.text == "Jobs report gives Democrats a lift"
    assert article.headline.dek.text.startswith("Solid upturn")
    assert [r.reason for r in article.removed] == ["archive label", "archive label"]
    assert [p.text[:12] for p in article.body] == ["A more tangi", "The surprisi"]


def test_a_kicker_in_the_headline_wins_over_a_kicker_line():
    article = parse("LOCAL NEWS\n\nCITY HALL: Council approves harbor plan\n\nBody.")
    assert article.headline.kicker.text == "CITY HALL"
    assert [(r.text, r.reason) for r in article.removed] == [("LOCAL NEWS", "before headline")]


@pytest.mark.parametrize(
    "second",
    [
        "Catherine Shu @catherineshu / 2 days",  # a byline, not a dek
        "Opponents vow to take the project to the ballot box.",  # a sentence: the body
    ],
)
def test_a_line_under_the_headline_that_is_no_dek(second):
    first_paragraph = (
        "The council voted on Tuesday to approve the harbor plan after a debate that "
        "ran past midnight."
    )
    article = parse(f"Council approves harbor plan\n\n{second}\n\n{first_paragraph}")
    assert article.headline.dek is None
    assert [p.text for p in article.body][-1] == first_paragraph


def test_a_section_name_takes_no_dek():
    article = parse(
        "U.S. news\n\nNew York man pleads guilty to threatening a congresswoman\n\n"
        "The man, 55, faces up to 10 years in prison when he is sentenced in March."
    )
    assert article.headline.dek is None


def test_in_a_page_dump_a_kicker_line_is_furniture():
    source = "VIDEO\n\nCouncil approves harbor plan\n\nBody text."
    blocks = split_blocks(source)
    plain = find_headline(source, blocks, set(), set())
    assert plain.used == (0, 1) and plain.headline.kicker.text == "VIDEO"
    in_page = find_headline(source, blocks, set(), set(), page=True)
    assert in_page.headline is None  # as before: the first line is no headline


def test_a_headline_that_asks_takes_the_dek_over_the_byline():
    text = (
        "Is Ferry Service a Right?\n\n"
        "Islanders have sued the county before. But a court would have trouble ordering "
        "a boat.\n\n"
        "By\nRandy Moss\nNov. 18, 2019 7:04 pm ET\n\n"
        "It was the crossing heard round the bay. In the last week of the season, the "
        "ferry stopped running at dusk.\n\n"
        "The county said it had no money for a night crew, and would not find it soon.\n"
    )
    article = parse(text)
    assert article.headline is not None and article.headline.text == "Is Ferry Service a Right?"
    assert article.headline.dek is not None
    assert article.headline.dek.text.startswith("Islanders have sued")
    assert article.byline is not None and [a.text for a in article.byline.authors] == ["Randy Moss"]
    assert article.body[0].text.startswith("It was the crossing")


def test_a_known_title_takes_the_dek_between_it_and_the_byline():
    text = (
        "Ferry cuts anger islanders\n\n"
        "The county will end night crossings in January to save money.\n\n"
        "By Jane Doe\n\n"
        "Islanders packed a hearing on Tuesday to protest the cut, which the county says "
        "will save $2 million a year.\n"
    )
    headline = parse(text, title="Ferry cuts anger islanders").headline
    assert headline is not None and headline.text == "Ferry cuts anger islanders"
    assert headline.dek is not None and headline.dek.text.startswith("The county will end")
    # with no byline or date line under it, a known title takes no dek
    alone = text.replace("By Jane Doe\n\n", "")
    assert parse(alone, title="Ferry cuts anger islanders").headline.dek is None
