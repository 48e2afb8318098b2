"""`sources` and `stats`: who gets quoted, and what a corpus holds."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from helpers import SAMPLES
from syriadefect import parse
from syriadefect.aggregate import SourceRecord, Sources, Stats
from syriadefect.cli import app
from syriadefect.reader import load_article


def run(*args: str):
    return CliRunner().invoke(app, list(args))


ONE = (
    "Clinton rallies in Iowa\n\n"
    "Hillary Clinton spoke in Des Moines on Monday.\n\n"
    "“We will win,” Clinton said. “We will,” said Mrs. Clinton.\n\n"
    "“Not so fast,” she said."
)
TWO = "Clinton in Ohio\n\n“Jobs first,” said Hillary Clinton.\n\n“No,” said Jane Roe, a voter."


def test_titles_and_middle_initials_are_no_part_of_the_merge_key():
    sources = Sources()
    sources.add(parse("Cruz in Iowa\n\n“We win,” said Texas Sen. Ted Cruz.", source="a"))
    sources.add(parse("Cruz in Ohio\n\n“We win,” said Ted Cruz.", source="b"))
    sources.add(parse("Trump in Ohio\n\n“Jobs,” said Donald J. Trump.", source="c"))
    sources.add(parse("Trump in Iowa\n\n“Jobs,” said Donald Trump.", source="d"))
    merged = {(r.display, r.quotes, r.articles, r.title) for r in sources.top()}
    assert merged == {("Ted Cruz", 2, 2, "Texas Sen."), ("Donald J. Trump", 2, 2, None)}


def test_an_interviews_labels_are_no_sources():
    sources = Sources()
    sources.add(
        parse(
            "Q&A with Jane Roe\n\nJane Roe spoke with us about the vote.\n\n"
            "Q: What did the vote mean for the town?\n\n"
            "A: It meant the school stays open for another ten years.",
            source="a",
        )
    )
    assert [(r.display, r.indirect) for r in sources.top()] == [("Jane Roe", 1)]


def test_speakers_merge_within_and_across_articles():
    sources = Sources()
    sources.add(parse(ONE, source="one"))
    sources.add(parse(TWO, source="two"))
    top = sources.top()
    clinton = top[0]
    assert (clinton.display, clinton.quotes, clinton.articles) == ("Hillary Clinton", 4, 2)
    assert (clinton.first, clinton.last) == ("one", "two")
    assert [r.display for r in top[1:]] == ["Jane Roe"]
    assert sources.unresolved == 0


def test_middle_names_are_no_part_of_a_persons_key():
    sources = Sources()
    sources.add(parse("Clinton in Iowa\n\n“We win,” said Hillary Rodham Clinton.", source="a"))
    sources.add(parse("Clinton in Ohio\n\n“We win,” said Hillary Clinton.", source="b"))
    assert [(r.display, r.quotes, r.articles) for r in sources.top()] == [
        ("Hillary Rodham Clinton", 2, 2)
    ]


def test_a_surname_alone_joins_the_one_full_name_that_ends_with_it():
    sources = Sources()
    sources.add(parse("Obama in Iowa\n\n“Yes,” said Barack Obama.", source="a"))
    sources.add(parse("Obama in Ohio\n\n“No,” said President Obama.", source="b"))
    # an article that writes both counts once
    sources.add(
        parse(
            "Obama in Utah\n\n“Maybe,” said President Obama. “Later,” Obama said.\n\n"
            "Barack Obama spoke last. “Yes,” said Barack Obama.",
            source="c",
        )
    )
    [obama] = sources.top()
    assert (obama.display, obama.quotes, obama.articles) == ("Barack Obama", 5, 3)
    assert (obama.first, obama.last) == ("a", "c")
    # merging changes no record: asking again gives the same
    counts = (dict(obama.titles), dict(obama.forms))
    assert [(dict(r.titles), dict(r.forms)) for r in sources.top()] == [counts]


@pytest.mark.parametrize(
    ("alone", "merged"),
    [
        # the title tells which of the two it is
        ("Mrs. Clinton", {("Hillary Clinton", 3), ("Bill Clinton", 1)}),
        # nothing does: it stays apart
        ("Clinton", {("Hillary Clinton", 2), ("Bill Clinton", 1), ("Clinton", 1)}),
    ],
)
def test_a_surname_of_two_people_joins_the_one_with_its_title_or_none(alone, merged):
    sources = Sources()
    sources.add(parse("A\n\n“Yes,” said Hillary Clinton. “No,” said Mrs. Clinton.", source="a"))
    sources.add(parse("B\n\n“Jobs,” said Bill Clinton.", source="b"))
    sources.add(parse(f"C\n\n“Maybe,” said {alone}.", source="c"))
    assert {(r.display, r.quotes) for r in sources.top()} == merged


def test_a_surname_with_an_honorific_joins_the_one_of_that_sex():
    sources = Sources()
    sources.add(parse("A\n\n“Yes,” said President Barack Obama.", source="a"))
    sources.add(parse("B\n\n“Hello,” said Michelle Obama.", source="b"))
    sources.add(parse("C\n\n“Maybe,” said Mr. Obama. “Later,” said Mr. Obama.", source="c"))
    assert {(r.display, r.quotes) for r in sources.top()} == {
        ("Barack Obama", 3),
        ("Michelle Obama", 1),
    }


def test_a_surname_with_a_title_that_tells_no_sex_stays_apart():
    sources = Sources()
    sources.add(parse("A\n\n“Yes,” said President Barack Obama.", source="a"))
    sources.add(parse("B\n\n“Hello,” said Michelle Obama.", source="b"))
    sources.add(parse("C\n\n“No,” said Dr. Obama.", source="c"))
    assert len(sources.top()) == 3


def test_unresolved_pronouns_are_counted_apart():
    sources = Sources()
    sources.add(parse("Storm hits coast\n\n“It is over,” he said.", source="x"))
    assert (sources.top(), sources.unresolved) == ([], 1)


def test_pronoun_skips_a_name_of_the_other_sex():
    article = parse("Talks resume\n\nMrs. Clinton met Mr. Kerry Jones. “No,” she said.")
    assert article.quotes[0].speaker.name.text == "Mrs. Clinton"


def test_titles_are_kept_apart_from_names():
    sources = Sources()
    sources.add(parse((SAMPLES / "syria-defect.txt").read_text(encoding="utf-8"), source="s"))
    majhur = next(r for r in sources.top() if "Majhur" in r.display)
    assert (majhur.display, majhur.title) == ("Ibrahim Munir Majhur", "Capt.")


def test_a_speaker_first_quoted_by_a_pronoun_is_a_person():
    sources = Sources()
    text = (
        "Brandt in Ohio\n\nMayor Linda Brandt spoke. “Let them vote,” she said. “No,” Brandt said."
    )
    sources.add(parse(text, source="a"))
    [record] = sources.top()
    assert (record.display, record.kind, record.quotes) == ("Linda Brandt", "person", 2)


def test_top_limits_and_orders():
    sources = Sources()
    sources.add(parse(ONE, source="one"))
    sources.add(parse(TWO, source="two"))
    assert [r.display for r in sources.top(1)] == ["Hillary Clinton"]


def test_sources_json_and_csv():
    result = run("sources", str(SAMPLES), "--json", "-q")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert list(records[0]) == [
        "name",
        "title",
        "kind",
        "quotes",
        "indirect",
        "articles",
        "first",
        "last",
    ]
    assert [r["quotes"] for r in records] == sorted((r["quotes"] for r in records), reverse=True)
    rows = list(csv.DictReader(io.StringIO(run("sources", str(SAMPLES), "--csv", "-q").stdout)))
    assert [row["name"] for row in rows] == [r["name"] for r in records]
    top = run("sources", str(SAMPLES), "--json", "--top", "3", "-q")
    assert len(top.stdout.splitlines()) == 3


@pytest.mark.parametrize("mode", [[], ["--rich"], ["--plain"], ["--json"], ["--csv"]])
def test_sources_with_no_speaker_draw_no_empty_table_and_say_so(tmp_path, mode):
    (tmp_path / "a.txt").write_text("Title\n\nNo quotes here.\n")
    (tmp_path / "b.txt").write_text("Title\n\n“We won,” he said.\n")
    result = run("sources", str(tmp_path), *mode)
    assert result.exit_code == 0
    header = "name,title,kind,quotes,indirect,articles,first,last\n"
    assert result.stdout == (header if mode == ["--csv"] else "")
    note = "syriadefect: note: no speakers found (1 quote by an unresolved pronoun)\n"
    assert result.stderr.endswith(note)


def test_sources_rich_has_a_bar_chart():
    result = run("sources", str(SAMPLES), "--rich", "-q")
    assert "Who gets quoted" in result.stdout and "█" in result.stdout


@pytest.mark.parametrize("width", [50, 80, 100, 160])
def test_sources_rich_keeps_who_and_how_often_in_view_at_any_width(width):
    # (a narrow terminal drops the title, then the first and last articles, and never
    # squeezes the speaker's name or the counts to nothing)
    result = CliRunner().invoke(
        app,
        ["sources", str(SAMPLES), "--rich", "-q"],
        terminal_width=width,
        env={"COLUMNS": str(width)},
    )
    table = result.stdout.split("Quotes per speaker")[0]
    assert "speaker" in table and "quotes" in table and "articles" in table
    assert "Marcus Bell" in table
    assert ("first" in table) == (width >= 110) and ("title" in table) == (width >= 64)


# the samples' publication months, as `stats` counts them
SAMPLE_MONTHS = {"2011-06": 3, "2019-11": 2, "2024-06": 2, "2025-03": 2, "2025-06": 1, "2025-11": 1}


def test_stats():
    stats = Stats()
    for path in sorted(SAMPLES.glob("*.txt")):
        stats.add(load_article(str(path)))  # as the CLI reads them (one is in Markdown)
    assert stats.articles == 20
    assert stats.with_byline == 19  # all but the Portuguese one, which has none
    assert stats.months == SAMPLE_MONTHS
    assert stats.boilerplate["Advertisement"] == 6


def test_stats_json_and_views():
    result = run("stats", str(SAMPLES), "--json", "-q")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["articles"] == 20
    assert record["articles_per_month"] == SAMPLE_MONTHS
    assert record["boilerplate"][0] == {"text": "Advertisement", "count": 6}
    assert 0 <= record["share_with_quote"] <= 1
    assert "articles: 20" in run("stats", str(SAMPLES), "--plain", "-q").stdout
    assert "Articles per month" in run("stats", str(SAMPLES), "--rich", "-q").stdout


def test_a_role_is_shown_before_an_honorific_but_merges_go_by_the_usual_title():
    record = SourceRecord("donald trump", "person", titles=Counter({"Mr.": 5, "nominee": 2}))
    assert (record.title, record.usual_title) == ("nominee", "Mr.")
    only = SourceRecord("ann lee", "person", titles=Counter({"Ms.": 3}))
    assert (only.title, only.usual_title) == ("Ms.", "Ms.")
    assert SourceRecord("x", "person").title is None
