"""Across a corpus: who gets quoted (`Sources`) and what the corpus holds (`Stats`).

Both are fed one `Article` at a time, in input order, and keep only counts, so they
run in bounded memory however large the corpus.

    >>> from syriadefect import parse
    >>> sources = Sources()
    >>> sources.add(parse("Headline here\\n\\n“We won,” said Jane Doe.", source="a"))
    >>> [(s.name, s.quotes, s.articles) for s in sources.top()]
    [('Jane Doe', 1, 1)]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from syriadefect import patterns
from syriadefect.model import SAID, Article, Speaker
from syriadefect.parse import lexicon

_TITLE_AT_START = patterns.compile(r"^(?:[A-Z][a-z]{0,4}\.\s+)+")
_MIDDLE_INITIAL = patterns.compile(r"(?<=\S)\s+(?:[A-Z]\.\s+)+(?=\S)")


@dataclass
class SourceRecord:
    """One speaker across the corpus."""

    name: str
    kind: str
    quotes: int = 0
    indirect: int = 0
    articles: int = 0
    first: str | None = None
    last: str | None = None
    titles: Counter[str] = field(default_factory=Counter)
    forms: Counter[str] = field(default_factory=Counter)

    @property
    def title(self) -> str | None:
        return self.titles.most_common(1)[0][0] if self.titles else None

    @property
    def display(self) -> str:
        """The fullest way the corpus writes this speaker's name."""
        return max(self.forms, key=lambda form: (len(form.split()), self.forms[form]))


class Sources:
    """Speakers merged by name: within an article by the name the parser resolved, across
    articles by that full name without its title and middle initials ("Capt. Ibrahim
    Munir Majhur" and "Ibrahim Munir Majhur" are one speaker, as are "Texas Sen. Ted
    Cruz" and "Ted Cruz", "Donald J. Trump" and "Donald Trump"). Pronouns the parser
    could not resolve are counted apart, as ``unresolved``."""

    def __init__(self) -> None:
        self.records: dict[str, SourceRecord] = {}
        self.unresolved = 0

    def add(self, article: Article) -> None:
        seen: set[str] = set()
        for quote in article.quotes:
            if quote.kind not in (*SAID, "indirect") or quote.speaker is None:
                continue
            key, form = _identity(quote.speaker)
            if key is None:
                self.unresolved += quote.kind in SAID
                continue
            record = self.records.get(key)
            if record is None:
                record = self.records[key] = SourceRecord(form, quote.speaker.kind)
            record.forms[form] += 1
            if quote.speaker.title:
                record.titles[quote.speaker.title] += 1
            if quote.kind == "indirect":
                record.indirect += 1
            else:
                record.quotes += 1
            if key not in seen:
                seen.add(key)
                record.articles += 1
                record.first = record.first or article.source
                record.last = article.source

    def top(self, n: int | None = None) -> list[SourceRecord]:
        """Speakers by number of quotes, then indirect quotes, then name."""
        ranked = sorted(
            self.records.values(), key=lambda r: (-r.quotes, -r.indirect, r.display.casefold())
        )
        ranked = [r for r in ranked if r.quotes or r.indirect]
        return ranked[:n] if n else ranked


def _identity(speaker: Speaker) -> tuple[str | None, str]:
    """The merge key and the written form of a speaker; no key for a bare pronoun or an
    interview's "Q"."""
    if speaker.name is not None:
        form = speaker.name.text
    elif speaker.kind == "pronoun" or speaker.mention.text in lexicon.INTERVIEW_LABELS:
        return None, speaker.mention.text
    else:
        form = speaker.mention.text
    if speaker.title and form.startswith(speaker.title + " "):
        form = form[len(speaker.title) + 1 :]
    form = _TITLE_AT_START.sub("", form)
    # "Donald J. Trump" and "Donald Trump" are one speaker: middle initials are no key
    return _MIDDLE_INITIAL.sub(" ", form).casefold(), form


@dataclass
class Stats:
    """What a corpus holds: sizes, what was found, when, and which boilerplate went."""

    articles: int = 0
    words: int = 0
    paragraphs: int = 0
    quotes: int = 0
    with_byline: int = 0
    with_dateline: int = 0
    with_published: int = 0
    with_quote: int = 0
    months: Counter[str] = field(default_factory=Counter)
    boilerplate: Counter[str] = field(default_factory=Counter)

    def add(self, article: Article) -> None:
        said = article.said
        self.articles += 1
        self.words += article.words
        self.paragraphs += len(article.body)
        self.quotes += said
        self.with_byline += article.byline is not None and bool(article.byline.authors)
        self.with_dateline += article.dateline is not None
        self.with_published += article.published is not None
        self.with_quote += said > 0
        if article.published and article.published.date:
            self.months[article.published.date[:7]] += 1
        for block in article.removed:
            self.boilerplate[block.text[:80]] += 1

    def share(self, count: int) -> float:
        return count / self.articles if self.articles else 0.0
