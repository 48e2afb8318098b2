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
from dataclasses import dataclass, field, replace

from syriadefect import patterns
from syriadefect.model import SAID, Article, Speaker
from syriadefect.parse import lexicon

_TITLE_AT_START = patterns.compile(r"^(?:[A-Z][a-z]{0,4}\.\s+)+")
_MIDDLE_INITIAL = patterns.compile(r"(?<=\S)\s+(?:[A-Z]\.\s+)+(?=\S)")
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_PEOPLE = frozenset(["person", "pronoun"])
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx"])  # titles that tell no role


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
    first_at: int = 0  # the number of the first and last article, to merge records
    last_at: int = 0

    def absorb(self, other: SourceRecord, shared: int) -> None:
        """Add the counts of `other`, the same speaker under a shorter name; `shared`
        articles hold both."""
        self.quotes += other.quotes
        self.indirect += other.indirect
        self.articles += other.articles - shared
        self.titles.update(other.titles)
        self.forms.update(other.forms)
        if other.first_at < self.first_at:
            self.first, self.first_at = other.first, other.first_at
        if other.last_at > self.last_at:
            self.last, self.last_at = other.last, other.last_at

    @property
    def usual_title(self) -> str | None:
        """The title written most often with this speaker's name ("Mr." for Mr. Obama)."""
        return self.titles.most_common(1)[0][0] if self.titles else None

    @property
    def title(self) -> str | None:
        """The title to show: the role written most often ("President"), or the usual
        honorific when no role is written ("Mr.")."""
        roles = [
            t for t, _ in self.titles.most_common() if t.lower().rstrip(".") not in _HONORIFICS
        ]
        return roles[0] if roles else self.usual_title

    @property
    def display(self) -> str:
        """The fullest way the corpus writes this speaker's name."""
        return max(self.forms, key=lambda form: (len(form.split()), self.forms[form]))


class Sources:
    """Speakers merged by name: within an article by the name the parser resolved, across
    articles by that full name without its title, middle names and initials ("Capt.
    Ibrahim Munir Majhur" and "Ibrahim Majhur" are one speaker, as are "Texas Sen. Ted
    Cruz" and "Ted Cruz", "Hillary Rodham Clinton" and "Hillary Clinton"). A surname
    alone, in articles that never write the full name ("President Obama"), joins the one
    full name of the corpus that ends with it, or the one of several that shares its
    title, and stays apart otherwise ("Clinton": Hillary or Bill). Pronouns the parser
    could not resolve are counted apart, as ``unresolved``."""

    def __init__(self) -> None:
        self.records: dict[str, SourceRecord] = {}
        self.unresolved = 0
        self.articles = 0
        # articles that name a person both by surname alone and in full, by the two keys
        self.together: Counter[tuple[str, str]] = Counter()

    def add(self, article: Article) -> None:
        self.articles += 1
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
                # (a pronoun here has a name: the speaker is that person)
                kind = "person" if quote.speaker.kind == "pronoun" else quote.speaker.kind
                record = self.records[key] = SourceRecord(form, kind)
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
                if record.first is None:
                    record.first, record.first_at = article.source, self.articles
                record.last, record.last_at = article.source, self.articles
        surnames = {key for key in seen if " " not in key}
        for key in seen:
            last = key.rsplit(" ", 1)[-1]
            if " " in key and last in surnames:
                self.together[last, key] += 1

    def top(self, n: int | None = None) -> list[SourceRecord]:
        """Speakers by number of quotes, then indirect quotes, then name."""
        ranked = sorted(
            self._merged(), key=lambda r: (-r.quotes, -r.indirect, r.display.casefold())
        )
        ranked = [r for r in ranked if r.quotes or r.indirect]
        return ranked[:n] if n else ranked

    def _merged(self) -> list[SourceRecord]:
        """The records, each surname alone joined to the one full name that ends with it."""
        full: dict[str, list[str]] = {}
        for key, record in self.records.items():
            if " " in key and record.kind in _PEOPLE:
                full.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
        out = {  # copies: a merge changes no record, so `top` may be asked again
            key: replace(record, titles=Counter(record.titles), forms=Counter(record.forms))
            for key, record in self.records.items()
        }
        for key, record in self.records.items():
            names = full.get(key, []) if record.kind in _PEOPLE else []
            if len(names) > 1 and (title := record.usual_title):
                # "President Obama": the one of the Obamas who is also called President;
                # "Mr. Obama", when none is called Mr.: the one who is no woman
                titled = [name for name in names if title in self.records[name].titles]
                names = titled or _same_sex(title, names)
            if len(names) == 1:
                out[names[0]].absorb(record, self.together[key, names[0]])
                del out[key]
        return list(out.values())


def _same_sex(title: str, names: list[str]) -> list[str]:
    """The full names (merge keys) whose given name does not tell the other sex than the
    title does ("Mr." rules out "michelle obama"); none if the title tells nothing."""
    sex = lexicon.title_sex(title)
    if sex is None:
        return []
    return [name for name in names if lexicon.NAME_SEX.get(name.split()[0], sex) == sex]


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
    # "Donald J. Trump" and "Donald Trump" are one speaker: middle initials are no key,
    # and for a person nor are middle names ("Hillary Rodham Clinton")
    words = _MIDDLE_INITIAL.sub(" ", form).casefold().split()
    suffix = words.pop() if len(words) > 2 and words[-1] in _SUFFIXES else None
    if speaker.name is not None and speaker.kind in _PEOPLE and len(words) > 2:
        words = [words[0], words[-1]]
    return " ".join(words + ([suffix] if suffix else [])), form


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
