from __future__ import annotations

import pytest

from syriadefect import parse
from syriadefect.parse.byline import is_person_name, parse_byline_text


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Jane Doe and John Roe, Reuters", ("Jane Doe", "John Roe"), "Reuters"),
        ("By JANE DOE Associated Press", ("JANE DOE",), "Associated Press"),
        ("By ABBY GOODNOUGH", ("ABBY GOODNOUGH",), None),
        ("By Jane Doe, John Roe and Omar Selim", ("Jane Doe", "John Roe", "Omar Selim"), None),
        ("BY Jane Doe & John Roe", ("Jane Doe", "John Roe"), None),
        ("By Ludwig van Beethoven", ("Ludwig van Beethoven",), None),
        ("By Seán O’Brien-Smith", ("Seán O’Brien-Smith",), None),
        ("By The Associated Press", (), "The Associated Press"),
        ("By Email the author", (), None),
        ("By Jane Doe, The Valley Courier", (), None),  # not sure it is a person: nothing
        ("By Updated Staff", (), None),
        # a site's name for its outlet
        ("By Troy L. Smith, Cleveland.com", ("Troy L. Smith",), "Cleveland.com"),
    ],
)
def test_byline_text(line, authors, agency):
    assert parse_byline_text(line) == (authors, agency)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Alexandra Sandels", True),
        ("J. R. Smith", True),
        ("Sarah El Deeb", True),
        ("Abu Bakr al-Baghdadi", True),
        ("June Carter", True),  # a month that is a given name
        ("Posted June", False),
        ("Alexandra", False),
        ("Posted June 9", False),
        ("Email the author", False),
        ("Washington Post Staff", False),
    ],
)
def test_person_name(name, ok):
    assert is_person_name(name) is ok


def byline(source: str):
    return parse(source).byline


def test_top_byline_with_location_role_and_date():
    b = byline("Headline goes here\n\nBy Jane Doe in Beirut | June 9, 2011\n\nBody text.")
    assert [a.text for a in b.authors] == ["Jane Doe"]
    assert b.location.text == "Beirut"
    assert b.position == "top"
    b = byline("Headline goes here\n\nBy Daniel Okafor, Staff Writer\n\nBody text.")
    assert ([a.text for a in b.authors], b.role.text) == (["Daniel Okafor"], "Staff Writer")


@pytest.mark.parametrize(
    ("signoff", "authors", "location"),
    [
        ("-- Alexandra Sandels in Beirut", ["Alexandra Sandels"], "Beirut"),
        ("— Jane Doe, Cairo", ["Jane Doe"], "Cairo"),
        ("Jane Doe reported from Cairo.", ["Jane Doe"], "Cairo"),
        ("Staff writer John Roe contributed to this report.", ["John Roe"], None),
        (
            "Jane Doe and John Roe contributed reporting from Amman.",
            ["Jane Doe", "John Roe"],
            "Amman",
        ),
        ("— Associated Press writer Tim Cole contributed.", ["Tim Cole"], None),
        # a wire credit line: who reported, not who edited
        (
            "Reporting by Alex Lawler in London; Editing by Susan Fenton",
            ["Alex Lawler"],
            "London",
        ),
        (
            "(Reporting by Jonas Berg and Aisha Rahman; Editing by Mark Heinrich)",
            ["Jonas Berg", "Aisha Rahman"],
            None,
        ),
        # a closing bio after a dash
        (
            "— Erin Matthews covers courts for The Springfield Ledger. Reach her at "
            "ematthews@springfieldledger.com.",
            ["Erin Matthews"],
            None,
        ),
        ("-- Sam Ortega is a staff writer at The Valley Courier.", ["Sam Ortega"], None),
    ],
)
def test_signoff(signoff, authors, location):
    b = byline(f"Headline goes here\n\nThe body of the article.\n\n{signoff}")
    assert b is not None and b.position == "bottom"
    assert [a.text for a in b.authors] == authors
    assert (b.location.text if b.location else None) == location


@pytest.mark.parametrize(
    ("signoff", "role"),
    [
        ("-- Jane Doe, Staff Writer", "Staff Writer"),
        ("— Jane Doe, Cairo bureau chief", "Cairo bureau chief"),
    ],
)
def test_a_role_after_a_signoff_is_no_place(signoff, role):
    b = byline(f"Headline goes here\n\nThe body of the article.\n\n{signoff}")
    assert [a.text for a in b.authors] == ["Jane Doe"]
    assert (b.role.text if b.role else None, b.location) == (role, None)


def test_signoff_kept_apart_when_top_byline_exists():
    article = parse(
        "Headline goes here\n\nBy Jane Doe\n\nBody.\n\nJohn Roe contributed to this report."
    )
    assert [a.text for a in article.byline.authors] == ["Jane Doe"]
    assert ("John Roe contributed to this report.", "sign-off") in [
        (r.text, r.reason) for r in article.removed
    ]


def test_a_credit_line_stays_a_credit_line_when_a_top_byline_exists():
    article = parse(
        "Headline goes here\n\nBy Jane Doe\n\nBody.\n\n(Reporting by John Roe; Editing by Al Poe)"
    )
    assert [a.text for a in article.byline.authors] == ["Jane Doe"]
    assert ("(Reporting by John Roe; Editing by Al Poe)", "credit line") in [
        (r.text, r.reason) for r in article.removed
    ]


def test_unsure_byline_gives_no_authors_and_a_warning():
    article = parse("Headline goes here\n\nBy Jane Doe, The Valley Courier\n\nBody.")
    assert article.byline.authors == ()
    assert [w.code for w in article.warnings] == ["byline-no-authors"]


@pytest.mark.parametrize(
    "line",
    [
        "-- and that was that",
        # a digest's list item: a name, then news about it
        "-Pollster Ann Selzer is happy to be Iowa’s “silver standard,” says she warned.",
    ],
)
def test_a_dash_line_that_is_no_sign_off_is_body(line):
    article = parse(f"Headline goes here\n\nBody.\n\n{line}")
    assert article.byline is None
    assert article.body[-1].text == line


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By 58%-33%, those surveyed said the funding should stay.", False),
        ("By the time the polls closed, Trump had won.", False),
        ("By contrast, the senator stayed home.", False),
        ("By Wednesday afternoon, the White House had its own analysis.", False),
        ("By the Associated Press", True),
        ("By staff writer Jane Roe", True),
        ("by Jane Doe", True),
    ],
)
def test_a_sentence_that_opens_with_by_is_no_byline(line, byline):
    text = f"Headline of the story\n\n{line}\n\nThe story goes on here, long enough to be body."
    article = parse(text)
    assert (article.byline is not None) is byline
    assert any(p.text == line for p in article.body) is not byline


def test_a_role_line_under_the_byline_is_its_role():
    article = parse(
        "Headline goes here\n\nBy MARIA GONZALEZ\nStaff Writer\n\nThe body of the article."
    )
    assert article.byline.role is not None and article.byline.role.text == "Staff Writer"
    assert [p.text for p in article.body] == ["The body of the article."]


@pytest.mark.parametrize(
    ("text", "authors", "role"),
    [
        # a beat before a role noun, after the name
        ("By Harriet Cole, Home Affairs Editor", ["Harriet Cole"], "Home Affairs Editor"),
        # or on its own line under the byline
        ("By Jane Doe\n\nMiddle East correspondent", ["Jane Doe"], "Middle East correspondent"),
        ("By Jamelle Bouie\n\nOpinion Columnist", ["Jamelle Bouie"], "Opinion Columnist"),
    ],
)
def test_a_role_may_name_its_beat(text, authors, role):
    article = parse(f"Headline goes here\n\n{text}\n\nThe body of the article, which goes on.")
    assert [a.text for a in article.byline.authors] == authors
    assert article.byline.role is not None and article.byline.role.text == role
    assert not article.warnings


def test_a_name_that_ends_like_a_role_is_no_role():
    # "By Alice Editor": the first piece after "By" is the name, never a beat's role
    article = parse(
        "Headline goes here\n\nBy Alice Editor\n\nThe body of the article, which goes on."
    )
    assert article.byline.role is None


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        ("Posted on March 3, 2023 by Sam Ortega", ["Sam Ortega"], "2023-03-03"),
        ("Published 2023-03-03 | By Sam Ortega", ["Sam Ortega"], "2023-03-03"),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ["Joe Rossignol"], "2019-11-18"),
        ("By Sam Ortega on March 3, 2023", ["Sam Ortega"], "2023-03-03"),
        ("By Kashmira Gander On 11/13/2019 at 4:00 PM EST", ["Kashmira Gander"], "2019-11-13"),
        ("By Sam Ortega | March 3, 2023", ["Sam Ortega"], "2023-03-03"),
        # a handle, or the date with no separator, after the name
        (
            "By Chaim Gartenberg @cgartenberg Nov 19, 2019, 7:53pm EST",
            ["Chaim Gartenberg"],
            "2019-11-19",
        ),
        ("By Sam Ortega March 3, 2023", ["Sam Ortega"], "2023-03-03"),
        ("By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", ["Mike Wall"], "2019-11-18"),
        ("By Sherif Saed, Wednesday, 20 November 2019 08:05 GMT", ["Sherif Saed"], "2019-11-20"),
        ("By Tess Bonn - 11/19/19 06:56 AM EST", ["Tess Bonn"], "2019-11-19"),
    ],
)
def test_a_byline_line_may_carry_the_date(line, authors, date):
    article = parse(f"Headline goes here\n\n{line}\n\nThe body of the article, which goes on.")
    assert [a.text for a in article.byline.authors] == authors
    assert (article.published.date, article.published.kind) == (date, "byline")
    assert [p.text for p in article.body] == ["The body of the article, which goes on."]


def test_a_timestamp_line_outranks_the_date_in_a_byline():
    article = parse(
        "Headline goes here\n\nBy Sam Ortega | March 3, 2023\n\nPublished March 4, 2023\n\n"
        "The body of the article, which goes on."
    )
    assert (article.published.date, article.published.kind) == ("2023-03-04", "timestamp")


@pytest.mark.parametrize(
    "line",
    [
        "On March 3, 2023, the council was told by Sam Ortega to wait.",  # a sentence
        "March 3, 2023 by the numbers",  # no name after "by"
    ],
)
def test_a_dated_sentence_is_no_byline(line):
    article = parse(f"Headline goes here\n\n{line}\n\nThe body of the article, which goes on.")
    assert article.byline is None


def test_a_name_then_a_date_is_a_dated_byline():
    # (a page's comment count on a line of its own after it)
    text = (
        "The VW concept is a weird EV wagon\n\n"
        "Chris Davies - Nov 19, 2019, 10:31 pm CST\n0\n\n"
        "Volkswagen showed a new electric wagon at the auto show this week, with a range "
        "of 300 miles."
    )
    article = parse(text)
    assert [a.text for a in article.byline.authors] == ["Chris Davies"]
    assert article.published.date == "2019-11-19"
    # a place is no one
    assert byline(text.replace("Chris Davies", "Trump Tower")) is None


@pytest.mark.parametrize(
    ("line", "agency", "date"),
    [
        ("Reuters November 18, 2019 11:03 PM", "Reuters", "2019-11-18"),
        ("Associated Press November 19, 2019, 9:02 AM", "Associated Press", "2019-11-19"),
        ("Bloomberg News 19 November 2019", "Bloomberg News", "2019-11-19"),
    ],
)
def test_an_agency_then_a_date_is_a_dated_byline(line, agency, date):
    text = (
        "New York investigating WeWork and its former CEO\n\n"
        f"{line}\n\n"
        "The New York State Attorney General is investigating WeWork, according to two "
        "people familiar with the matter."
    )
    article = parse(text)
    assert article.byline is not None and article.byline.authors == ()
    assert article.byline.agency is not None and article.byline.agency.text == agency
    assert article.published is not None and article.published.date == date
    # an agency's name in a sentence is none
    assert byline(text.replace(line, "Reuters reported the inquiry on Monday")) is None


@pytest.mark.parametrize(
    ("line", "author", "role"),
    [
        ("By Meg James Staff Writer", "Meg James", "Staff Writer"),  # no comma between
        ("By Eric Song, IGN Staff", "Eric Song", "IGN Staff"),
    ],
)
def test_role_words_after_a_name_are_its_role(line, author, role):
    found = byline(f"Headline goes here\n\n{line}\n\nThe body of the article, which goes on.")
    assert [a.text for a in found.authors] == [author]
    assert found.role is not None and found.role.text == role


def test_a_byline_that_names_no_one_still_dates_the_article():
    found = parse(
        "Headline goes here\n\nBy admin - 2018-09-16\n\nThe body of the article, which goes on."
    )
    assert found.byline is not None and found.byline.authors == ()
    assert found.published is not None and found.published.date == "2018-09-16"
