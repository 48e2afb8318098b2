from __future__ import annotations

import pytest

from syriadefect import parse
from syriadefect.parse.blocks import split_blocks
from syriadefect.parse.boilerplate import find_boilerplate
from syriadefect.parse.page import (
    BEFORE_ARTICLE,
    _headline_above,
    _headline_over,
    _lede,
    find_article,
    is_page,
    title_line,
)

MENU = "\n".join(["Home", "World", "Politics", "Business", "Tech", "Sport", "Opinion", "Video"])
ARTICLE = (
    "Storm cuts power to thousands along the coast\n\n"
    "By Jonas Berg\n\n"
    "A powerful autumn storm brought down power lines across the western coast on Sunday, "
    "leaving more than 60,000 homes without electricity, the grid operator said.\n\n"
    "Crews were out in every district, but many roads were blocked by fallen trees, and "
    "ferry services were suspended until the wind dropped.\n\n"
    "Meteorologists said the storm would weaken on Monday as it moved east across the "
    "mountains.\n\n"
)
AFTER = "\n".join(
    [
        "Most Popular",
        "Five things to know about the storm",
        "Ferry strike ends",
        "Comments",
        "Jane: what a night",
        "Privacy Policy",
        "Terms of Use",
    ]
)
PAGE = MENU + "\n\n" + ARTICLE + AFTER


def test_a_page_dump_is_recognised_and_clean_text_is_not():
    assert is_page(split_blocks(PAGE))
    assert not is_page(split_blocks(ARTICLE * 3))


def test_the_article_is_found_inside_the_page():
    article = parse(PAGE)
    assert article.headline.text == "Storm cuts power to thousands along the coast"
    assert [a.text for a in article.byline.authors] == ["Jonas Berg"]
    assert [p.text[:20] for p in article.body] == [
        "A powerful autumn st",
        "Crews were out in ev",
        "Meteorologists said ",
    ]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Five things to know about the storm"] in (
        "after the article",
        "related stories",
    )
    assert reasons["Jane: what a night"] in ("after the article", "comments")
    assert reasons["Privacy Policy"] == "footer"


def test_clean_articles_keep_every_paragraph():
    text = ARTICLE + "Short line.\n\nAnother short one\n\n" + "A last sentence of the story."
    article = parse(text)
    assert [p.text for p in article.body][-3:] == [
        "Short line.",
        "Another short one",
        "A last sentence of the story.",
    ]


def test_every_removed_block_has_a_reason():
    blocks = split_blocks(PAGE)
    removed = find_boilerplate(blocks)
    outside = find_article(blocks, removed)
    assert set(outside.values()) <= {
        "before the article",
        "after the article",
        "short line inside the page",
    }


def test_short_lines_the_header_did_not_take_do_not_open_the_body():
    page = (
        MENU
        + "\n\n"
        + ARTICLE.replace("By Jonas Berg\n\n", "By Jonas Berg\n\nReading time: 1 minute\n\n")
        + AFTER
    )
    article = parse(page)
    assert article.body[0].text.startswith("A powerful autumn storm")
    assert "Reading time: 1 minute" in [r.text for r in article.removed]


def test_long_comments_after_the_article_need_twice_the_evidence():
    comment = (
        "I think we will see similar updates to what the bigger model got, so that makes sense."
    )
    comments = "\n\n".join(["Comments", *(f"{comment}\n\n2 days ago" for _ in range(3))])
    page = MENU + "\n\n" + ARTICLE + comments + "\n\n" + AFTER
    article = parse(page)
    assert [p.text[:20] for p in article.body] == [
        "A powerful autumn st",
        "Crews were out in ev",
        "Meteorologists said ",
    ]


def test_no_article_runs_across_the_relative_time_of_a_comment():
    # comments far longer than the article all told, each dated "N days ago": twice the
    # evidence is not enough, but a relative time never stands inside an article
    comment = "I think we will see similar updates to what the bigger model got. " * 3
    thread = "\n\n".join(f"2 days ago at 07:5{i} am\n\n{comment}" for i in range(8))
    page = MENU + "\n\n" + ARTICLE + "[ 8 comments ]\n\n" + thread + "\n\n" + AFTER
    body = [p.text[:20] for p in parse(page).body]
    assert body == ["A powerful autumn st", "Crews were out in ev", "Meteorologists said "]


def test_an_article_header_of_short_lines_is_no_page():
    text = (
        "The mayor's gamble: Can a four-day week save City Hall money?\n\nJan. 12, 2025\n\n"
        "By MARIA GONZALEZ\n\nStaff Writer\n\n"
        + "\n\n".join(
            f"Paragraph {i} of the story, long enough to read as prose." for i in range(6)
        )
    )
    assert not is_page(split_blocks(text))


def test_the_pages_title_written_again_marks_where_the_article_starts():
    # a long run of sentences far below (a list of teasers, a disclaimer) is no part of
    # the article when the page's title is written again as a headline above it
    teasers = "\n\n".join(
        f"Teaser number {i} tells of a different story, with a long sentence that goes on "
        "and on about it for a while so that it scores well."
        for i in range(20)
    )
    page = (
        "Storm cuts power to thousands along the coast | The Coast News\n\n"
        + MENU
        + "\n\n"
        + ARTICLE
        + AFTER
        + "\n\n"
        + "\n".join(["Latest", "Local", "Weather"] * 16)
        + "\n\n"
        + teasers
    )
    article = parse(page)
    assert article.headline.text == "Storm cuts power to thousands along the coast"
    assert [p.text[:20] for p in article.body] == [
        "A powerful autumn st",
        "Crews were out in ev",
        "Meteorologists said ",
    ]


def test_the_pages_title_written_again_is_the_headline_with_its_date_line_above():
    page = (
        "Lawan moves motion for adjournment over deaths - The Paradigm\n"
        + MENU
        + "\nOctober 9, 2018 at 4:02 pm\nTweet\n"
        + "Lawan moves motion for adjournment over deaths\n\n"
        + ARTICLE.split("\n\n", 2)[2]
        + AFTER
    )
    article = parse(page)
    assert article.headline.text == "Lawan moves motion for adjournment over deaths"
    assert article.published is not None and article.published.date == "2018-10-09"
    reasons = {r.text[:20]: r.reason for r in article.removed}
    assert reasons["Lawan moves motion f"] == "before headline"


@pytest.mark.parametrize(
    "first_line",
    [
        "Storm cuts power to thousands along the coast | The Coast News",
        "Storm cuts power to thousands along the coast",
    ],
)
def test_the_pages_title_line_is_the_headline_when_none_in_the_page_reads_like_it(
    first_line,
):
    # the converter writes the page's <title> first; above the article only a share bar
    page = (
        first_line
        + "\n\n"
        + MENU
        + "\n\nShow more sharing options\n\n"
        + ARTICLE.split("\n\n", 2)[2]
        + AFTER
    )
    article = parse(page)
    assert article.headline.text == "Storm cuts power to thousands along the coast"
    assert article.body[0].text.startswith("A powerful autumn storm")
    # an indented first line is a converter's menu, no title
    blocks = split_blocks("   " + page)
    assert (title_line("   " + page, blocks, {}) is None) == ("|" not in first_line)


def test_with_no_title_line_the_headline_is_the_line_closest_above_the_article():
    # a converter that indents its menus and gives no title line; above the article a
    # headline, a section's name, a role, a date, a time and a share bar
    menu = "\n".join(f"  * {item}" for item in MENU.split("\n"))
    page = (
        menu
        + "\n\n‘We had some issues,’ exec says on Disney+ glitches\n\n"
        + "Company Town\n\nStaff Writer\n\nNov. 19, 2019\n\n5:50 PM\n\n"
        + "  * Facebook\n  * Twitter\n  * Show more sharing options\n\n"
        + ARTICLE.split("\n\n", 2)[2]
        + AFTER
    )
    article = parse(page)
    headline = "‘We had some issues,’ exec says on Disney+ glitches"
    assert article.headline is not None and article.headline.text == headline
    assert article.body[0].text.startswith("A powerful autumn storm")


def test_with_no_title_line_a_headline_that_shares_the_ledes_words_wins_over_a_label():
    menu = "\n".join(f"  * {item}" for item in MENU.split("\n"))
    lede = (
        "A man in Spain developed feather duvet lung, a rare allergy, weeks after buying "
        "new bedding, doctors reported on Monday in a medical journal.\n\n"
    )
    page = (
        menu
        + "\n\nA Man Developed Feather Duvet Lung After Getting New Bedding\n\n"
        + "Filed to: Weird medicine\n\n"
        + "Ed Cara\n\nGizmodo\n\n11/19/19 4:30PM\n\n"
        + "  * Facebook\n  * Twitter\n\n"
        + lede
        + ARTICLE.split("\n\n", 2)[2]
        + AFTER
    )
    headline = parse(page).headline
    assert headline is not None and headline.text.startswith("A Man Developed Feather")


def _indented(menu: str) -> str:
    return "\n".join(f"  * {item}" for item in menu.split("\n"))


HEADLINE = "Storm cuts power to thousands along the coast"


def _page(*above: str, title: str = "") -> str:
    """A page as a converter that indents its menus writes it: the page's title line if
    given, the menu, the blocks `above` the article, the article and what follows it."""
    top = [title, _indented(MENU)] if title else [_indented(MENU)]
    return "\n\n".join([*top, *above, ARTICLE.split("\n\n", 2)[2]]) + AFTER


def _share_bar(*sites: str) -> str:
    return "\n\n".join(f"  * Share this on {site}" for site in sites)


def test_a_menu_item_kept_before_the_article_does_not_hide_its_headline():
    # the page keeps a line of its menu before the article; the headline stands under
    # the menu, over the byline and a caption
    page = _page(
        "  + Got a news tip?",
        _indented(MENU.lower()),
        HEADLINE,
        "Reuters November 18, 2019 11:03 PM",
    )
    article = parse(page)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert article.body[0].text.startswith("A powerful autumn storm")


@pytest.mark.parametrize(
    "furniture",
    [
        "40 Casey Mears 1 0 0 0 0",  # a table's row
        "Final standings after 36 races of the season:",  # a line that opens a list
    ],
)
def test_a_tables_row_or_a_line_that_opens_a_list_is_no_headline(furniture):
    article = parse(_page(furniture))
    assert article.headline is None or article.headline.text != furniture


@pytest.mark.parametrize(
    "found", ["The Coast Daily Journal", "Crews clear fallen trees on the coast road."]
)
def test_a_line_near_the_article_sharing_its_words_wins_over_a_found_label(found):
    # the headline stage takes the site's name or a photo's caption; the line over the
    # article shares the lede's words, the site's name none, and a caption is a sentence
    wanted = "Powerful storm cuts electricity to western coast homes"
    headline = parse(_page(found, _indented(MENU.lower()), wanted)).headline
    assert headline is not None and headline.text == wanted


@pytest.mark.parametrize("above", [("By Jonas Berg close", "video"), ("video",)])
def test_a_line_the_page_left_before_the_article_wins_over_a_kept_one(above):
    # a video's title, kept with the article, under the headline the page left before
    # it: it shares more of the lede's words, but the headline shares enough
    page = _page(
        HEADLINE,
        "  * Facebook\n  * Twitter\n  * Email",
        *above,
        "Watch crews clear fallen trees on the coast road",
    )
    headline = parse(page).headline
    assert headline is not None and headline.text == HEADLINE


def test_a_long_headline_over_its_authors_name_is_no_lede():
    wanted = (
        "The First Reviews Of The Storm Warning Service Are In And They Say It Was Far Too Late"
    )
    # (over a date line the headline stage takes the name for the headline)
    stamp = "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM"
    found = parse(_page(wanted, "Jonas Berg", stamp)).headline
    assert found is not None and found.text == wanted


@pytest.mark.parametrize(
    "above",
    [
        ("Storm cuts power to thousands along the coast road in Bergen. Jo Smith / Reuters file",),
        ("Jo Smith | Getty Images", "A lineman, pictured on the coast road in Bergen"),
    ],
)
def test_a_photos_caption_or_credit_is_no_headline(above):
    article = parse(_page(*above))
    assert article.headline is None
    assert [c.text for c in article.captions] == list(above)


def test_a_byline_the_page_left_before_the_article_is_the_articles():
    # headline, dek, byline and a share bar, all before what the page keeps of the article
    page = _page(
        HEADLINE,
        "A policy to bury the lines was never funded, and the storm found them.",
        "By Umair Irfan Updated Nov 13, 2019, 10:28am EST",
        _share_bar("Facebook", "Twitter", "Reddit"),
    )
    article = parse(page)
    assert article.headline is not None and article.headline.text == HEADLINE
    assert article.byline is not None
    assert [a.text for a in article.byline.authors] == ["Umair Irfan"]
    assert article.published is not None and article.published.date == "2019-11-13"


def test_a_pages_byline_and_date_line_may_be_list_items():
    # a converter that writes each <li> with a bullet: "* by …", "* Nov 18, 2019 …"
    page = _page(
        HEADLINE,
        "  * by Bryan DeArdo",
        "  * @BryanDeArdo",
        "  * Nov 18, 2019 at 9:24 pm ET • 2 min read",
    )
    article = parse(page)
    assert article.byline is not None
    assert [a.text for a in article.byline.authors] == ["Bryan DeArdo"]
    assert article.published is not None and article.published.date == "2019-11-18"
    # a clean article's list item is no byline
    clean = "Headline goes here\n\n* by the numbers\n\nThe body of the article, which goes on."
    assert parse(clean).byline is None


def test_a_pages_headline_takes_the_dek_under_it():
    # the dek the page left before the article, under the headline the page stage chose
    dek = "A policy to bury the lines was never funded, and the storm found them."
    page = _page(
        "  + Got a news tip?",
        _indented(MENU.lower()),
        HEADLINE,
        dek,
        "By Umair Irfan Updated Nov 13, 2019, 10:28am EST",
        _share_bar("Facebook", "Twitter", "Email"),
    )
    headline = parse(page).headline
    assert headline is not None and headline.text == HEADLINE
    assert headline.dek is not None and headline.dek.text == dek


def test_a_publications_name_under_the_byline_is_no_headline():
    # "By ¶ name ¶ name ¶ The Wall Street Journal": the author's box, under headline and dek
    dek = "A policy to bury the lines was never funded, and the storm found them."
    page = _page(
        "Why the Coast Went Dark",
        dek,
        "By\nJonas Berg",
        "Jonas Berg\nThe Coast Daily Journal",
        "  * Biography",
        "  * jonas.berg@example.com",
    )
    article = parse(page)
    assert article.headline is not None and article.headline.text == "Why the Coast Went Dark"
    assert article.headline.dek is not None and article.headline.dek.text == dek
    assert article.byline is not None
    assert [a.text for a in article.byline.authors] == ["Jonas Berg"]


@pytest.mark.parametrize("title", ["", f"{HEADLINE} | The Coast News"])
def test_the_line_found_over_the_byline_may_be_the_dek_of_a_headline_above(title):
    # headline, a link to the comments, the dek, the byline; under the page's title line
    # or not
    dek = "The fourth storm of the autumn to reach the western coast"
    page = _page(
        HEADLINE,
        "New, 15 comments",
        dek,
        "By Jonas Berg",
        _share_bar("Facebook", "Twitter", "Reddit"),
        "Crews at work on the coast road. (Jo Smith/AP)",
        title=title,
    )
    headline = parse(page).headline
    assert headline is not None and headline.text == HEADLINE
    assert headline.start > len(title)  # the page's own, over the article
    assert headline.dek is not None and headline.dek.text == dek


@pytest.mark.parametrize(
    ("above", "expected"),
    [
        # a headline in title case that shares one word with the article's lede
        (["Why Nobody Buried the Lines"], "Why Nobody Buried the Lines"),
        # a headline in sentence case shares two; a section's label may stand between
        (["A storm, a dark coast, no power", "Editorial"], "A storm, a dark coast, no power"),
        (["A storm and no answers", "Analysis"], None),
        # a section the line found names is no headline over it
        (["The Autumn Storm Season"], None),
    ],
)
def test_the_headline_over_a_dek_that_the_page_kept(above, expected):
    # what a page left before its article, over the line the headline stage found
    dek = "Crews battle the autumn storm season along the western coast, again."
    text = "\n\n".join([*above, dek])
    blocks = split_blocks(text)
    removed = dict.fromkeys(range(len(above)), BEFORE_ARTICLE)
    lede = {"storm", "power", "lines", "coast", "western", "autumn"}
    over = _headline_over(text, blocks, removed, blocks[-1], lede)
    assert (over.text if over else None) == expected


def test_the_dek_the_page_kept_under_a_headline_it_left_is_the_dek():
    # headline (left before the article), a section's label, the dek (kept), the byline
    dek = "There is a lesson in the failure to bury the lines that the storm found on Sunday."
    page = _page(
        "A storm, a dark coast, no power",
        "Editorial",
        dek,
        "By Jonas Berg",
        _share_bar("Facebook", "Twitter", "Reddit"),
    )
    headline = parse(page).headline
    assert headline is not None and headline.text == "A storm, a dark coast, no power"
    assert headline.dek is not None and headline.dek.text == dek


def test_a_headline_left_farther_up_wins_over_a_tables_rows_kept_near_the_article():
    # the page kept a table's heading and rows over the first paragraph, too many for
    # the headline it left before the article, past a share bar, to be near it
    wanted = "Browns defensive snap counts and notes for the storm week"
    lines = [
        "Home",
        wanted,
        *[f"* Share {i}" for i in range(12)],
        "Defensive Line",
        "Pos Player Plays % Stats",
        *[f"DL Player {i} plays {60 - i}" for i in range(16)],
        "Below, we analyze the defensive snap counts and notes for the Browns in the storm "
        "week, player by player, with every tackle.",
    ]
    text = "\n\n".join(lines)
    blocks = split_blocks(text)
    removed = {0: "navigation", 1: BEFORE_ARTICLE, **dict.fromkeys(range(2, 14), "share bar")}
    lede, words = _lede(blocks, removed)
    found = _headline_above(text, blocks, removed, lede, words, None)
    assert found is not None and found.text == wanted
    # but a line far up that shares nothing with the article is a menu's, no headline
    other = "\n\n".join(
        ["Home", "Jogos de Corridas de Carros", *lines[2:16]]
        + [f"DL Player {i} played {60 - i} snaps." for i in range(16)]
        + lines[-1:]
    )
    blocks = split_blocks(other)
    lede, words = _lede(blocks, removed)
    assert _headline_above(other, blocks, removed, lede, words, None) is None


def test_a_headline_left_far_above_a_long_share_bar_is_found_when_none_is_near():
    wanted = "Mary Steenburgen wrote the best movie song of the storm year"
    lede = (
        "Mary Steenburgen felt strange as the anesthesia wore off, and then the song came "
        "to her whole, she said, the best movie song she had ever written."
    )
    text = "\n\n".join(["Home", wanted, *[f"* Share {i}" for i in range(20)], lede])
    blocks = split_blocks(text)
    removed = {0: "navigation", 1: BEFORE_ARTICLE, **dict.fromkeys(range(2, 22), "share bar")}
    start, words = _lede(blocks, removed)
    found = _headline_above(text, blocks, removed, start, words, None)
    assert found is not None and found.text == wanted


def test_a_numbered_list_after_the_text_is_part_of_the_article():
    items = "\n\n".join(f"{i}) Lego set number {i} http://amzn.to/{i}x" for i in range(1, 13))
    page = MENU + "\n\n" + ARTICLE + items + "\n\n" + AFTER
    body = [p.text for p in parse(page).body]
    assert body[:3] == [p.text for p in parse(ARTICLE).body][:3]
    assert body[3:] == [f"{i}) Lego set number {i} http://amzn.to/{i}x" for i in range(1, 13)]
    # (a number alone makes no list)
    lone = parse(MENU + "\n\n" + ARTICLE + "7) Lego set number seven\n\n" + AFTER)
    assert [p.text for p in lone.body] == body[:3]


def test_the_rows_of_a_ranked_table_are_part_of_the_article():
    # (one row a line, as a converter writes a table: rows of unlike length)
    names = ["Ann Lee", "Bo Marsh Jr.", "Carla Diaz", "Dan Rivers", "Eve Stone-Baker", "Finn Ek"]
    rows = [f"{i} {names[i % 6]} {5000 - i * 40} {i % 3} {i % 2} {20 - i}" for i in range(1, 21)]
    page = (
        MENU + "\n\n" + ARTICLE + "Pos. Driver Points Wins Poles Top 5 Top 10\n" + "\n".join(rows)
    )
    body = [p.text for p in parse(page + "\n\n" + AFTER).body]
    assert body[-len(rows) :] == rows


def test_an_embedded_post_inside_the_article_is_kept():
    post = (
        "Senate resolves to: observe a minute silence in honour of the departed souls "
        "and suspend all legislative activities until the next legislative day "
        "#TodayInSenatePlenary\n\n"
        "— The Nigerian Senate (@NGRSenate) October 9, 2018\n\n"
    )
    page = MENU + "\n\n" + ARTICLE + post + "Senators left the chamber in silence.\n\n" + AFTER
    body = [p.text for p in parse(page).body]
    assert body[3].startswith("Senate resolves to:")
    assert body[4] == "— The Nigerian Senate (@NGRSenate) October 9, 2018"
    assert body[5] == "Senators left the chamber in silence."


def test_embedded_posts_that_end_the_article_count_as_its_text():
    # (a footer link in the top menu halves what comes after it: the post's words still
    # outweigh the short lines around it)
    posts = "".join(
        f"{text}\n\n— The Nigerian Senate (@NGRSenate) October 9, 2018\n\n"
        for text in (
            "Observe a minute silence in honour of the departed souls.",
            "Senate Leader, Ahmad Lawan raises a motion on the deaths of former Speaker of "
            "the House and moves that all legislative activities be suspended until the "
            "next legislative day #TodayInSenatePlenary",
        )
    )
    menu = "Contact Us\n" + MENU
    page = menu + "\n\n" + ARTICLE + "See tweets:\n\nSenate resolves to:\n\n" + posts + AFTER
    body = [p.text for p in parse(page).body]
    assert body[-1] == "— The Nigerian Senate (@NGRSenate) October 9, 2018"
    assert body[-2].endswith("#TodayInSenatePlenary")


def test_teasers_cut_off_with_an_ellipsis_are_no_part_of_the_article():
    teasers = "\n\n".join(
        f"Story number {i} of the day: officials in the capital said on Monday that the "
        "long-awaited report on the city budget would be published in the coming weeks, "
        "and that the council ..."
        for i in range(4)
    )
    page = MENU + "\n\n" + teasers + "\n\n" + ARTICLE + AFTER
    body = [p.text[:20] for p in parse(page).body]
    assert body == ["A powerful autumn st", "Crews were out in ev", "Meteorologists said "]


def test_a_byline_inside_the_article_the_pages_title_marks_is_the_articles():
    # the title written again opens the article, so headline, dek, byline and date line
    # are all inside it; the byline, a short line, is no furniture
    wanted = "Why the Coast Went Dark"
    dek = (
        "Storms have cut the power before. But a policy to bury the lines was never "
        "funded, and this one found them."
    )
    page = _page(
        "Opinion",
        wanted,
        dek,
        "By\nJonas Berg\nNov. 18, 2019 7:04 pm ET",
        title=f"{wanted} | The Coast News",
    )
    article = parse(page)
    assert article.headline is not None and article.headline.text == wanted
    assert article.headline.dek is not None and article.headline.dek.text == dek
    assert article.byline is not None
    assert [a.text for a in article.byline.authors] == ["Jonas Berg"]
    assert article.body[0].text.startswith("A powerful autumn storm")


# a byline with its date, and the labels of a share bar that a page keeps as the last
# lines before its article
_BYLINE_AND_SHARE_LABELS = (
    "By Jonas Berg November 19, 2019, 07:47 PM EST",
    "AddThis Sharing Buttons",
    "LinkedIn Share to Facebook",
    "Facebook Share to Twitter",
    "Email Share to More",
)


def test_the_title_line_written_again_above_the_article_takes_its_dek_and_byline():
    # a converter writes the page's <title> first, with no site's name; the page writes
    # it again over the dek, the byline and the labels of a share bar, which the page
    # keeps as the last lines before the article
    dek = "A policy to bury the lines was never funded, and the storm found them."
    page = _page(HEADLINE, dek, *_BYLINE_AND_SHARE_LABELS, title=HEADLINE)
    article = parse(page)
    headline = article.headline
    assert headline is not None and headline.text == HEADLINE
    assert headline.start > len(HEADLINE)  # the page's own, over the article
    assert headline.dek is not None and headline.dek.text == dek
    assert article.byline is not None
    assert [a.text for a in article.byline.authors] == ["Jonas Berg"]
    assert article.published is not None and article.published.date == "2019-11-19"


def test_the_title_line_written_again_without_its_section_is_the_headline():
    # "Opinion | Title" first, written whole in the page's menu, and without its section
    # over the dek and the byline
    wanted = "Why the Coast Went Dark"
    dek = "A policy to bury the lines was never funded, and the storm found them."
    page = _page(
        f"Opinion | {wanted}",
        _indented(MENU.lower()),
        wanted,
        dek,
        *_BYLINE_AND_SHARE_LABELS,
        title=f"Opinion | {wanted} - The Coast News",
    )
    headline = parse(page).headline
    assert headline is not None and headline.text == wanted
    assert headline.dek is not None and headline.dek.text == dek
