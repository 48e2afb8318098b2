from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadefect.parse import lexicon
from syriadefect.parse.blocks import split_blocks
from syriadefect.parse.boilerplate import _pattern_reason, boilerplate_reason, find_boilerplate


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("- Advertisement -", "advertisement"),
        ("Share", "share bar"),
        ("Share this article", "share bar"),
        (
            "This article was originally on a blog post platform and may be missing photos, "
            "graphics or links. See About archive blog posts.",
            "archive notice",
        ),
        ("Read the rest here.", "read more link"),
        ("Click here to see the full gallery", "click here prompt"),
        ("Sign up for our daily newsletter", "newsletter prompt"),
        ("Follow us on Twitter and Facebook", "social prompt"),
        ("© 2011 The Valley Courier. All rights reserved.", "copyright"),
        ("Copyright 2016 The Associated Press", "copyright"),
        ("Privacy Policy", "footer"),
        ("(Reporting by Jonas Berg; Editing by Mark Heinrich)", "credit line"),
        ("Contact Maria Gonzalez at mgonzalez@example.com or 555-0142.", "contact line"),
        ("Related Stories", "related stories"),
        ("Comments", "comments"),
        ("858 shares", "share bar"),
        ("[ 167 comments ]", "comments"),
        ("2 days ago at 07:52 am", "relative time"),
        ("* Show more sharing options", "share bar"),
        ("Share All sharing options", "share bar"),
        ("Copy Link URL Copied!", "share bar"),
        ("16 hours ago on iOS Blog", "relative time"),
        ("Stay up to date with Ascom. Subscribe to our newsletter.", "newsletter prompt"),
        ("Dallas Robinson is a freelance writer living in Minneapolis", "author bio"),
        ("Jan Kowalski is a senior fellow at the Centre for European Policy.", "author bio"),
        ("Ann Lee is the author of Public Policy and a member of the board.", "author bio"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comments",
        ),
        ("Follow RT on", "social prompt"),
        ("Like this story? Share it with a friend!", "share bar"),
        ("Image 1 of 23", "gallery control"),
        ("Tags:", "related stories"),
        ("More in Minnesota Wild", "related stories"),
        ("blog comments powered by Disqus", "comments"),
        ("Leave a Comment Cancel Reply", "comments"),
        ("Related post: Pickled Brussels Sprouts Recipe", "related stories"),
        ("Facebook Twitter Pinterest Email", "share bar"),
        ("This interview has been edited for length and clarity.", "editor's note"),
        ("This conversation has been lightly edited and condensed.", "editor's note"),
        ("Correction: An earlier version of this story misstated the cut.", "correction"),
        ("CORRECTION:", "correction"),
        ("Editor's Note: An article on Monday about the attack was wrong.", "correction"),
        ("FOR IMMEDIATE RELEASE", "press release label"),
        ("SOURCE Acme Robotics", "press release label"),
        ("-30-", "press release label"),
        ("___", "separator"),
        ("___.", "separator"),
        ("* * *", "separator"),
        ("---", "separator"),
        ("###", "separator"),
        ("Updated 11:42 p.m. ET", "timestamp"),
        ("updated: 3:26 pm IST", "timestamp"),
        ("Updated at 1:23 p.m.", "timestamp"),
        ("Last updated 9:05 AM EDT", "timestamp"),
        ("Published 22 hours ago", "timestamp"),
        ("Posted an hour ago", "timestamp"),
        ("19 hours ago", "timestamp"),  # in a list of links
        ("Already a subscriber? Log in", "navigation"),
        ("Listen to this article", "audio player"),
        ("Listen · 4:32 min", "audio player"),
        ("4 min read", "reading time"),
        ("Gift this article", "share bar"),
        ("Trending Now", "related stories"),
        ("Comments are closed.", "comments"),
        ("Related: Council passes the budget", "related link"),
        ("[Related: Council passes the budget ]", "related link"),
        ("Watch: Mayor speaks (2:31)", "related link"),
        ("Get the latest news delivered to your inbox", "newsletter prompt"),
        ("Want more stories like this?", "newsletter prompt"),
        ("Get breaking news alerts and special reports.", "newsletter prompt"),
        ("Breaking News Emails", "newsletter prompt"),
        ("Daily Newsletter", "newsletter prompt"),
        ("You are signed in as", "navigation"),
        ("* Share this on Facebook", "share bar"),  # a list item's bullet hides no pattern
        ("New, 15 comments", "comment count"),
        ("Share All sharing options for: Storm cuts power to thousands", "share bar"),
        ("Want more deals? Join the IGN Deals Newsletter.", "newsletter prompt"),
        ("Learn More", "navigation"),
        ("Enter City and State or Zip Code", "form field"),
        ("Enter your email address", "form field"),
        (
            "Let our news meet your inbox. The news that matters, weekday mornings.",
            "newsletter prompt",
        ),
        ("Open this photo in gallery:", "gallery control"),
        ("GET THE COURIER APP ON THE GO BY CLICKING HERE", "click here prompt"),
        (
            "You can get this update by email! Just click here, enter your address.",
            "click here prompt",
        ),
        ("Want more gardening? Subscribe to our sister magazine for tips.", "newsletter prompt"),
        ("Please check the opt-in box to confirm your subscription.", "newsletter prompt"),
        (
            "I agree that the Courier may send me its Morning Briefing newsletter.",
            "newsletter prompt",
        ),
        ("Keep an eye on your inbox for the morning briefing.", "newsletter prompt"),
        ("Follow Jane Doe on Twitter @janedoe.", "social prompt"),
        (
            "Follow The Courier Opinion section on Facebook and Twitter (@CourierOp).",
            "social prompt",
        ),
        ("Her new book is out now. Follow her on Twitter @janedoe.", "author bio"),
        ("Join our Astronomy Forums to keep talking about the sky!", "social prompt"),
        ("Have a tip? Jane Doe may be reached at jdoe@example.com.", "contact line"),
        ("Published 9:02 AM EST Nov 19, 2019 Terms of Service Privacy Notice", "legal links"),
        ("This site is protected by recaptcha Privacy Policy | Terms of Service", "legal links"),
        ('&lt;span data-mce-type="bookmark" style="display: inline-block;"&gt;', "markup"),
        ("&lt;/div&gt;", "markup"),
        ('[button link="https://example.com/review"] Send us your review[/button]', "markup"),
    ],
)
def test_boilerplate_lines(line, reason):
    assert boilerplate_reason(line) == reason


def test_a_long_cookie_notice_is_boilerplate():
    notice = (
        "This website uses cookies to improve your experience while you navigate through the "
        "website. Out of these cookies, the cookies that are categorized as necessary are stored "
        "on your browser as they are essential for the working of basic functionalities of the "
        "website, and we also use third-party cookies that help us analyze how you use it."
    )
    assert boilerplate_reason(notice) == "cookie notice"
    assert boilerplate_reason("The website uses cookies, the regulator said. " * 8) is None


@pytest.mark.parametrize(
    "line",
    [
        "The ad campaign was paid for by a super PAC.",
        "She said she would share the findings with Congress next week.",
        "Copyright law was at the heart of the case, the judge said.",
        "Click",
        "More on the plan below.",
        "Smith, a former reporter, now runs a bakery in the town where she grew up.",
        "Advertisers pulled out of the show after the remarks, according to the network and "
        "several people familiar with the decision, who spoke on condition of anonymity.",
        "UPDATE: The website has since removed the listing.",  # news, not a note
        "Source close to the talks said it would take weeks.",  # not the wire's credit
        "*",  # an empty list item: the page stage weighs these
        "•",
        "— Jane Doe",
        "Updated: The senator later said she would vote no.",  # an update note
        # a quoted follow-up, tags in text and legal words alone are news
        "The senator urged supporters to follow him on the campaign trail.",
        "<The Palace: A Tale of Two Kings> opens on Friday.",
        "The privacy policy changed last week, the company said.",
        "[Editor's note] The piece was updated.",
        "Updated 11:42 p.m. ET, Thu June 9, 2011",  # dated: a timestamp line (dates)
        "Published 2011 budget figures show a deficit.",
        "Posted 3 times",
        "9:05 p.m. Trump took the stage.",
        "9:05 p.m.",  # over a live blog's entry: the article's
        "60 Minutes",  # a programme, not a reading time
        "WATCH: Mayor speaks on the flood",  # a series label over a headline
        "Watch the mayor speak",
        "More than 200 people came.",
        "Medicare covers most of the cost of the drug, officials said.",  # no bio
    ],
)
def test_article_text_is_not_boilerplate(line):
    assert boilerplate_reason(line) is None


def test_menu_runs_and_link_lists():
    source = (
        "Home\nNews\nPolitics\nSports\n\nHeadline of the story here\n\n"
        "Body paragraph one is a full sentence.\n\nRelated Stories\n"
        "City council delays vote on trail\nVolunteers plant 500 trees\n\nFinal line."
    )
    blocks = split_blocks(source)
    reasons = find_boilerplate(blocks)
    assert {blocks[i].text: r for i, r in reasons.items()} == {
        "Home": "navigation",
        "News": "navigation",
        "Politics": "navigation",
        "Sports": "navigation",
        "Related Stories": "related stories",
        "City council delays vote on trail": "related stories",
        "Volunteers plant 500 trees": "related stories",
    }


def test_a_menu_ends_a_list_of_links():
    # "More" opens a menu at the top of a page, not a list of related stories: the
    # headline after the menu is no link
    source = (
        "More\n\nSign In\n\nSubscribe\n\nSearch\n\n* Business\n\n* Culture\n\n"
        "* Ideas\n\nThe Future of Banking Is Already Here\n\n"
        "Body paragraph one is a full sentence."
    )
    blocks = split_blocks(source)
    reasons = {blocks[i].text: r for i, r in find_boilerplate(blocks).items()}
    assert reasons["More"] == "related stories"
    assert reasons["* Ideas"] == "navigation"
    assert "The Future of Banking Is Already Here" not in reasons


def _reason_by_the_table(text: str) -> str | None:
    """The first pattern of the table that matches, read one by one in the table's order
    (`_pattern_reason` merges patterns for speed)."""
    lowered = text.lower()
    for pattern, reason, hint in lexicon.BOILERPLATE_PATTERNS:
        if (not hint or hint in lowered) and pattern.search(text):
            return reason
    return None


_FRAGMENTS = [
    "sign up for", "newsletter", "subscribe to", "comments", "Related:", "Read more here",
    "click here", "Advertisement", "© 2024", "all rights reserved", "Reporting by Jo",
    "4 min read", "Share this", "Privacy Policy", "Updated 9:05 p.m.", "2 hours ago",
    "Contact Jo at jo@x.com", "we use cookies", "Follow us on Twitter", "SOURCE Acme",
    "Correction:", "the mayor said", "Watch: Mayor (2:31)", "meet your inbox",
    "Get breaking news alerts",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=4))
def test_the_merged_patterns_answer_as_the_table_does(parts):
    text = " ".join(parts)
    assert _pattern_reason(text) == _reason_by_the_table(text)
