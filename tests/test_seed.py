"""The seed sample, exactly as the core-parser issue asks."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import SAMPLES, SHARED, assert_invariants
from syriadefect import parse
from syriadefect.reader import load_article

SEED = SAMPLES / "syria-defect.txt"


@pytest.fixture(scope="module")
def seed():
    return load_article(str(SEED))


def test_seed_is_the_shared_seed_unchanged():
    shared = SHARED / "seed" / "syria-defect.txt"
    if not shared.exists():
        pytest.skip("../shared/seed is not present (only in the development workspace)")
    assert SEED.read_bytes() == shared.read_bytes()


def test_headline_and_kicker(seed):
    assert seed.headline.kicker.text == "SYRIA"
    assert seed.headline.text == "Army, police officers defect, cross into Turkey"
    assert seed.headline.dek is None


def test_byline(seed):
    assert [a.text for a in seed.byline.authors] == ["Alexandra Sandels"]
    assert seed.byline.location.text == "Beirut"
    assert seed.byline.position == "bottom"
    assert seed.byline.agency is None


def test_body(seed):
    body = seed.body
    assert len(body) == 6
    assert body[0].text.startswith("As Syrian troops sweep")
    assert body[-1].text == (
        "‘I therefore announce that I have defected from the Army and the Armed Forces and "
        "have joined the peaceful Syrian revolution,’ said Majhur."
    )
    assert "\n" in seed.text[body[-1].start : body[-1].end]  # the hard wrap, rejoined
    assert not any("Advertisement" in p.text for p in body)


def test_caption(seed):
    assert len(seed.captions) == 1
    caption = seed.captions[0]
    assert caption.kind == "Video"
    assert caption.credit.text == "YouTube"


def test_removed(seed):
    reasons = [(r.text, r.reason) for r in seed.removed]
    assert [t for t, _ in reasons].count("Advertisement") == 3
    assert ("Share", "share bar") in reasons
    assert any(
        t.startswith("This article was originally on a blog post platform")
        and t.endswith("See About archive blog posts.")
        for t, _ in reasons
    )


def test_weekdays(seed):
    assert [(d.text, d.kind, d.date) for d in seed.dates] == [
        ("Thursday", "weekday", None),
        ("Monday", "weekday", None),
        ("Thursday", "weekday", None),
    ]
    assert seed.published is None


def test_weekdays_resolve_against_reference_date():
    article = parse(SEED.read_text(encoding="utf-8"), reference_date=dt.date(2011, 6, 10))
    assert [(d.text, d.date) for d in article.dates] == [
        ("Thursday", "2011-06-09"),
        ("Monday", "2011-06-06"),
        ("Thursday", "2011-06-09"),
    ]
    assert article.reference_date == "2011-06-10"


def test_invariants(seed):
    assert_invariants(seed)
