"""The pattern cache: patterns built from kept engine code equal re.compile's."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import marshal
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import syriadefect.parse.pipeline  # noqa: F401 - compiles every pattern of the parser
from syriadefect import patterns


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """An empty cache in two places, the first not writable (a file where a folder
    should be), as for an install owned by another user."""
    (tmp_path / "blocked").write_text("")
    places = [tmp_path / "blocked" / "patterns.marshal", tmp_path / "user" / "patterns.marshal"]
    monkeypatch.setattr(patterns, "_places", lambda: places)
    _next_run(monkeypatch)
    monkeypatch.setattr(patterns, "_saving", True)  # no atexit hook from the tests
    return places


def test_every_parser_pattern_builds_equal_to_re_compile() -> None:
    used = dict(patterns._used)
    assert len(used) > 100
    for (pattern, flags), entry in used.items():
        assert _sre.compile(pattern, *entry) == re.compile(pattern, flags), pattern


def test_kept_code_is_used_by_the_next_run(
    cache: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = patterns.compile(r"(?P<sp>[A-Z]\w+) said", re.IGNORECASE)
    patterns._save()
    assert cache[1].is_file() and not cache[0].exists()
    monkeypatch.setattr(patterns, "_stored", None)

    def no_compiling(pattern: str, flags: int) -> None:
        raise AssertionError(f"compiled again: {pattern}")

    monkeypatch.setattr(patterns, "_entry", no_compiling)
    again = patterns.compile(r"(?P<sp>[A-Z]\w+) said", re.IGNORECASE)
    assert again == first == re.compile(r"(?P<sp>[A-Z]\w+) said", re.IGNORECASE)
    assert again.search("then BIDEN said").group("sp") == "BIDEN"


def _next_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "_stored_alternations", {})
    monkeypatch.setattr(patterns, "_used_alternations", {})


def _kept() -> set[str]:
    return {pattern for pattern, _ in patterns._load()[0]}


def test_runs_keep_each_others_patterns(cache: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    patterns.compile("one file")
    patterns._save()
    _next_run(monkeypatch)
    patterns.compile("one file")
    patterns.compile("a folder")
    patterns._save()
    _next_run(monkeypatch)
    patterns.compile("one file")
    patterns._save()
    assert _kept() == {"one file", "a folder"}


def test_patterns_no_run_asks_for_are_dropped(
    cache: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    for old in ("old 1", "old 2", "old 3"):
        patterns.compile(old)
    patterns._save()
    _next_run(monkeypatch)
    patterns.compile("edited")
    patterns._save()
    assert _kept() == {"edited"}


def test_a_damaged_file_is_ignored(cache: list[Path]) -> None:
    cache[1].parent.mkdir()
    cache[1].write_bytes(b"\x00not marshal data")
    assert patterns.compile(r"\bsaid\b") == re.compile(r"\bsaid\b")


def test_code_the_engine_refuses_is_compiled_afresh(
    cache: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "_stored", {(r"\bsaid\b", 0): (32, [999], 0, {}, (None,))})
    assert patterns.compile(r"\bsaid\b") == re.compile(r"\bsaid\b")


def test_nothing_is_written_without_a_writable_place(
    cache: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "user").write_text("")  # now neither place can be made
    patterns.compile(r"\btold\b")
    patterns._save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked", "user"]


@given(
    st.sets(st.text(alphabet="abcs", min_size=1, max_size=5), min_size=1, max_size=30),
    st.text(alphabet="abcs", max_size=6),
)
def test_alternation_matches_exactly_its_words(words: set[str], probe: str) -> None:
    pattern = re.compile(f"(?:{patterns.alternation(words)})")
    for word in words:
        assert pattern.fullmatch(word)
    assert bool(pattern.fullmatch(probe)) == (probe in words)


def test_alternation_shares_prefixes() -> None:
    assert patterns.alternation(["says", "said", "say", "told"]) == "(?:sa(?:id|y(?:s)?)|told)"


def test_alternations_are_kept_for_the_next_run(
    cache: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    words = ["said", "says", "told"]
    first = patterns.alternation(words)
    patterns._save()
    _next_run(monkeypatch)
    monkeypatch.setattr(patterns, "_tree", lambda words: pytest.fail("built again"))
    assert patterns.alternation(reversed(words)) == first == "(?:sa(?:id|ys)|told)"
    assert patterns._load()[1] == {"said\nsays\ntold": first}


def test_a_file_of_another_shape_is_ignored(cache: list[Path]) -> None:
    cache[1].parent.mkdir()
    cache[1].write_bytes(marshal.dumps({("said", 0): "an older layout"}))
    assert patterns._load() == ({}, {})
    assert patterns.compile(r"\bsaid\b") == re.compile(r"\bsaid\b")
