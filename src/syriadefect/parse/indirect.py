"""Indirect (reported) speech: what someone said, without quotation marks.

Shapes, each within one sentence of the headline, the dek or a body paragraph, outside
direct quotes:

* ``X said (that) CLAUSE`` / ``X told a crowd in Baltimore that CLAUSE`` / ``X said on
  Thursday that CLAUSE``: the content runs from after the cue (and its object, a time,
  "that") to the end of the sentence, or to a trailing modifier (", echoing a memo",
  ", who …"); several such clauses may follow one another in a sentence;
* ``X accused Y of …`` / ``X praised Y`` / ``X called for …``: a stance taken in public
  (criticized, praised, urged, …); the object and what follows it are what was held;
* ``X endorsed Y last week`` / ``X is backing Y``: backing for a candidate or a measure,
  the object alone (it ends before a time, a circumstance or a second verb);
* ``Democrats see Y as …``, ``we know that …``: a view or knowledge held;
* ``Y appears to …`` / ``Y is expected to …``: how things seem or are expected to go,
  held by no one named: the whole clause, its subject and verb included;
* ``X did this, saying CLAUSE`` / ``… while saying CLAUSE``: the main clause's subject;
  ``…, with 30 percent of voters saying CLAUSE``: the phrase after "with";
* ``X vows to VERB …``: an intention, reported with its infinitive;
* ``X's claim that CLAUSE`` / ``the allegation that CLAUSE``: a noun of saying, for its
  owner (none named after a determiner); ``X's decision to …`` / ``her support for Y``:
  an intention or a stance as a noun, only for a named owner;
* ``CLAUSE, X said.`` / ``CLAUSE, said X, a director of …`` / ``CLAUSE-part, X says,
  CLAUSE-part``: the content runs from the start of the sentence to the comma (the
  longer part, when the cue stands inside);
* ``According to X, CLAUSE``, ``CLAUSE, according to X.``, ``As X reported, CLAUSE``,
  ``In a CNN poll, CLAUSE``, ``CLAUSE in a CNN poll.`` and ``Name: CLAUSE`` (an interview
  turn: the rest of the paragraph);
* ``Asked whether CLAUSE, …``: the question, by whoever asked it (often no one named).

The content stops before any quotation mark, so indirect speech never overlaps a
direct quote, and never holds its own speaker. Each finding is a quote of kind
``indirect``, with its speaker::

    {"text": "he has defected and has joined the pro-democracy demonstrators",
     "kind": "indirect", "cue": "announces", "speaker": {"mention": "he", ...}}
"""

from __future__ import annotations

import bisect
import re

from syriadefect import patterns
from syriadefect.model import (
    Offset,
    Quote,
    Span,
    Speaker,
    char_before,
    overlaps_regions,
    rstripped,
    span_of,
    within_regions,
)
from syriadefect.parse import lexicon
from syriadefect.parse.speakers import (
    INVERTIBLE,
    Attribution,
    People,
    Person,
    headline_subject,
    inverted,
    owner_speaker,
    sentence_bounds,
    sentence_subject,
    speaker_from,
    subject_before,
    title_of,
)

_TIMES = "|".join(
    [
        *lexicon.WEEKDAYS,
        *("week", "month", "year", "night", "morning", "afternoon", "evening", "weekend"),
        *("today", "tonight", "yesterday"),
        lexicon.MONTHS,
    ]
)
# "Trump called for a ban on …", "She pointed out that …", "… talking about …" (each
# is also spelled out in _CUE_THEN_CONTENT, compactly: a test keeps the two in step)
_PHRASAL_STANCES = frozenset(
    f"{verb} {particle}"
    for verbs, particle in [
        ("call calls called calling", "for"),
        ("calls called calling", "on"),
        ("points pointed pointing", "out"),
        ("points pointed pointing", "to"),
        ("talk talks talked talking speaks spoke speaking", "about"),
        ("refers referred referring", "to"),
        ("railed rails railing", "against"),
        ("lashed lashes lashing", "out at"),
        ("weighed weighs weighing", "in on"),
        ("commented comments commenting", "on"),
        ("apologized apologizes apologizing apologised apologises apologising", "for"),
        ("made makes making", "clear"),
        ("made makes making", "it clear"),
        ("vote voted votes voting", "against"),
        ("pushed pushes pushing", "for"),
        ("asked asks asking", "for"),
        ("spoke speaks speaking", "of"),
        ("laid lays laying", "out"),
        ("rule ruled rules ruling", "out"),
        ("agree agreed agrees", "with"),
        ("touched touches touching", "on"),
        ("distanced distances distancing", "himself from"),
        ("distanced distances distancing", "herself from"),
        ("distanced distances distancing", "themselves from"),
    ]
    for verb in verbs.split()
)
# The cue words are checked against `lexicon.REPORTING_VERBS` after matching: cheaper
# than alternating over every verb form inside the regex.
_CUE_THEN_CONTENT = patterns.compile(
    rf"(?:(?P<told>told|tells|telling|warned|warns|assured|assures|reminded|reminds)\s+"
    rf"{lexicon.TOLD_OBJECTS}|(?P<cue>(?:call(?:ed|s|ing)?\s+(?:for|on)|point(?:ed|s|ing)\s+(?:to|out)"
    r"|(?:talk(?:ed|s|ing)?|spoke|speak(?:s|ing)?)\s+(?:about|of)|refer(?:red|s|ring)\s+to"
    r"|rail(?:ed|s|ing)\s+against|lash(?:ed|es|ing)\s+out\s+at|weigh(?:ed|s|ing)\s+in\s+on"
    r"|comment(?:ed|s|ing)\s+on|apologi[sz](?:ed|es|ing)\s+for|ma(?:de|kes|king)\s+(?:it\s+)?clear"
    r"|vot(?:e|ed|es|ing)\s+against|push(?:ed|es|ing)\s+for|ask(?:ed|s|ing)\s+for"
    r"|la(?:id|ys|ying)\s+out|rul(?:e|ed|es|ing)\s+out|agree(?:d|s)?\s+with|touch(?:ed|es|ing)\s+on"
    r"|distanc(?:ed|es|ing)\s+(?:himself|herself|themselves)\s+from)\b"
    r"|[a-z]+\b)),?\s+"
    # "said on Thursday (that) …", "said after a lunch on Tuesday that …", "announced
    # Monday on Twitter that …": a time or a place between the cue and the clause
    rf"(?:(?:in|at|after|before|during|on|over|from|to|with|last|this|late|earlier|later|{_TIMES})\s+"
    r"(?:[\w’'.-]+\s+){0,8}?that,?\s+|"
    rf"(?:(?:on|last|this|late|early|earlier|over\s+the)\s+)?(?:{_TIMES})(?:\s+(?:{_TIMES}))?,?\s+|"
    # "said after the convention he would …": a circumstance, then the clause's pronoun
    r"(?:after|before|during|at|in)\s+(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?=(?:he|she|they|it|we|I)\s)|"
    r"that,?\s+)?(?=\S)"
)
# what may follow a cue that ends the sentence after its clause: whom it was told ("…, a
# spokesman told The Wall Street Journal"), when, and a closing clause about the
# speakers ("…, lawmakers said Friday, as they …"; the pattern with it is tried only
# where the sentence has one: it costs a scan to the end at every try)
_CUE_CLOSING = (
    rf"(?:(?:(?<=told)|(?<=tells))\s+{lexicon.TOLD_OBJECTS})?"
    rf"(?:\s+(?:on|in|at|last|this|during|after|before|earlier|later)\b[^,.;:“”\"]{{0,60}}"
    rf"|\s+(?:{_TIMES})(?:\s+(?:{_TIMES}))?)?"
)
_CLOSING_CLAUSE = r",\s+(?:as|while|after|before|when|because)\s+(?:he|she|they|it|we)\b"
_CLOSING_TAIL = rf"(?:{_CLOSING_CLAUSE}[^;:“”\"]*)?"
_SENTENCE_CLOSE = r"[.!?]?\s*$"
_SPEAKER_THEN_CUE = r",\s+(?P<sp>[^,;:“”\"]{1,80}?)\s+(?:\w+ly\s+)?(?P<cue>[a-z]+)"
_HAS_CLOSING_CLAUSE = patterns.compile(_CLOSING_CLAUSE)
_CUE_CLOSES = patterns.compile(_CUE_CLOSING + _CLOSING_TAIL + _SENTENCE_CLOSE)
_CONTENT_THEN_CUE = patterns.compile(_SPEAKER_THEN_CUE + _CUE_CLOSING + _SENTENCE_CLOSE)
_CONTENT_THEN_CUE_CLAUSE = patterns.compile(
    _SPEAKER_THEN_CUE + _CUE_CLOSING + _CLOSING_TAIL + _SENTENCE_CLOSE
)
# "Mark Cuban: I'd consider a future White House bid." / "Q: There's lots of talk …"
_NAME_COLON_REACH = 60  # how far into a paragraph such a colon may stand
_ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})
_NAME_COLON_FIRST = patterns.compile(
    rf"(?!(?i:{lexicon.NOTE_LABELS}):)(?P<sp>(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’.-]*):\s+(?=\S)"
)
# "In the three years since, Barden says, far too many lives have been lost": the cue
# set off in the middle of what was said
_CUE_INSIDE = patterns.compile(r",\s+(?P<sp>[^,;:“”\"]{1,60}?)\s+(?P<cue>[a-z]+),\s+(?=\S)")
# "Asked if Trump's comments had rattled them, Ryan said …": the question is reported,
# by whoever asked it (often no one named, or after "by": "asked by host John Dickerson
# whether …"); "asked him to condemn violence no matter who …" is a request
_ASKED = patterns.compile(
    r"\b[Aa]sk(?:ed|s)\s+(?:by\s+(?P<sp>[^,;:“”\"]{1,60}?)\s+|(?:(?!to\b)[\w’'.-]+\s+){0,6}?)"
    r"(?=(?:if|whether|what|why|how|when|where|who|whom|about)\b)"
)
# A character of a source named before or after a clause: no clause punctuation, but
# the comma of a number ("a poll of 1,004 voters", "a study of nearly 4,000 young people")
_SOURCE_CHAR = r"(?:[^,;:“”\"]|(?<=\d),(?=\d{3}\b))"
# "In a CNN/ORC poll the same month, 38 percent of voters said …": the poll reports
_SOURCE_FIRST = patterns.compile(
    rf"In\s+(?P<sp>(?:an?|the|[A-Z][\w’'.-]*)\s+{_SOURCE_CHAR}{{0,80}}?\b(?P<cue>(?i:poll)|survey|"
    rf"study|report|analysis|interview|statement|memo|letter|filing)\b{_SOURCE_CHAR}{{0,40}}),"
    r"\s+(?=\S)"
)
# "As reported by Western Journalism, CLAUSE" / "As The Washington Post reported, CLAUSE"
_AS_REPORTED = (
    patterns.compile(r"As\s+(?P<cue>reported|noted)\s+by\s+(?P<sp>[^,;:“”\"]{2,60}),\s+(?=\S)"),
    patterns.compile(
        r"As\s+(?P<sp>[^,;:“”\"]{2,60}?)\s+(?:has\s+|have\s+|first\s+)?"
        r"(?P<cue>reported|noted|wrote|explained|said|put it|pointed out),\s+(?=\S)"
    ),
)
_ACCORDING_FIRST = patterns.compile(
    r"(?:(?:But|And|Yet|So|Still|Now)\s+)?(?P<cue>[Aa]ccording to)"
    rf"\s+(?P<sp>{_SOURCE_CHAR}{{2,140}}),\s+(?=\S)"
)
# "At the heart of the trouble, according to Dennis Ross, was a decision …"
_ACCORDING_INSIDE = patterns.compile(
    rf",?\s+(?P<cue>according to)\s+(?P<sp>{_SOURCE_CHAR}{{2,140}}),\s+(?=\S)"
)
# what may follow the speaker of "CLAUSE, said X" to the sentence end: an appositive
_SENTENCE_REST = patterns.compile(r"\s*(?:,[^;:“”\"]{0,200})?[.!?]?\s*$")
_TITLE_JOINS = frozenset("and of the for".split())  # "lobbyist and strategist", "head of"
# (the comma before it is often left out: "… 271 pledged delegates according to a count")
_ACCORDING_LAST = patterns.compile(
    rf",?\s+(?P<cue>according to)\s+(?P<sp>{_SOURCE_CHAR}{{2,140}}?)[.!?]?\s*$"
)
_LOWER_WORD = patterns.compile(r"\b[a-z]+\b")
_RELATIVE = patterns.compile(r"\s(?:who|whom|whose|which|that|where)\b")
# "Clinton attacked Trump, saying he would appoint …": the main clause's subject reports
_PARTICIPLES = frozenset(
    """saying adding arguing noting warning claiming insisting suggesting stating explaining
    telling declaring asserting calling accusing urging praising criticizing blaming citing
    describing questioning defending dismissing rejecting announcing acknowledging
    denouncing recalling promising seeking hoping asking comparing slamming mentioning
    emphasizing
    implying alleging admitting predicting joking conceding contending maintaining
    complaining lamenting boasting signaling hinting vowing pledging
    speculating cautioning reiterating stressing""".split()
)
# "Ryan and Trump agreed to meet again", "she vows to be tougher": an intention, reported
_INTENTIONS = frozenset(
    """want wants wanted agree agrees agreed vow vows vowed promise promises promised pledge
    pledges pledged plan plans planned hope hopes hoped expect expects intend intends intended
    refuse refuses refused decline declines declined threaten threatens threatened seek seeks
    sought decided decide decides considering considered encouraged""".split()
)
# "Sanders accused Clinton of being too cozy with Wall Street": a stance taken in public;
# its object and what follows are what was held. Each verb is here because at least
# four in ten of its findings on PolNeAR train were gold ("embraced", "favored",
# "preferred" and "requested" fell short and are left out); backing a candidate, whose
# object ends sooner, is `_BACKING`
_STANCES = frozenset(
    """criticized criticizes accused accuses praised praises defended defends urged urges
    cited cites rejected rejects questioned expressed expresses described describes
    dismissed dismisses condemned condemns slammed slams welcomed welcomes applauded
    hailed touted touts lambasted blasted mocked mentioned mentions supported opposed
    opposes oppose favor favors prefer prefers denounced decried thanked ordered
    demanded proposed proposes offered recommended discussed compared portrayed
    highlighted lamented joked boasted assailed downplayed implied
    blamed blames challenged endorses backs rebuked lauded derided commended castigated
    chided berated scolded ridiculed faulted attacked echoed echoes invoked invokes quoted
    attacking blasting targeted disputed contradicted""".split()
)
# "Sanders endorsed Clinton last week": backing for a candidate or a measure, whose
# object ends before a time, a circumstance or a second verb
_BACKING = frozenset(
    """endorsed endorse endorses endorsing backed backing support supports supporting""".split()
)
_OBJECT_PRONOUNS = frozenset("him her them".split())
_PARTICLE = patterns.compile(r"(?:away|down|off|out|up)\b")
# "Clinton held a 24-point lead among black voters in a CNN national poll": the poll
# reports the clause before it
_POLLS = frozenset("poll polls survey surveys".split())
_IN_POLL = patterns.compile(
    r"\s+(?P<cue>in)\s+(?P<sp>(?:(?!(?:in|that|which|who)\b)[\w’'./-]+\s+){0,8}?"
    r"(?i:poll|survey)\b"
    r"(?:\s+(?:released|conducted|published|taken|of|by|from|for|on|last|this)\b"
    r"[^,.;:“”\"]{0,50}?)?)"
    # (then the sentence ends, or a modifier that is no clause: ", up eight points")
    r"(?:,\s+(?![a-z]+\s+(?:said|says|say)\b)[^“”\"]{0,80}?)?[.!?]?\s*$"
)
# "Democrats see Sanders as an agent in Clinton's decline": a view held of someone
_SEEING = frozenset("see sees saw view views viewed regard regards regarded".split())
_OBJECT_AS = patterns.compile(r"(?:[^\s,.;:“”\"]+\s+){1,6}?as\s+(?=\S)")
# "Sanders called him divisive", "he called Clinton's squabble unusual" (but "a website
# called Real News", "called an emergency session", "called with an offer", "called her
# to get together")
_CALLING = frozenset("call calls called calling".split())
_CALLED_OBJECT = patterns.compile(
    r"(?!(?:him|her|them|it)\s+(?:to|on|back|up|out|in|at|over)\b)"
    r"(?:him|her|them|it|the|his|their|its|this|that|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s)"
    r"\s+(?=\S)"
)
# "the foundation appeared to push aides …", "Obama is expected to join Clinton"
_APPEARANCES = frozenset("appear appears appeared seem seems seemed".split())
# what makes such a word a noun or an adjective: "Welch's support", "32% support",
# "the Rubio-backing group", "evangelical support, then …" (the comma after it)
_BACKING_NOUN_BEFORE = patterns.compile(
    r"(?:[’']s\s+|%\s+|-|\b(?i:his|her|their|its|our|the|a|of|with|in)\s+)$"
)
# words that report only with "that": "Clinton has long maintained that …", "Clinton adds
# that …" (but "maintained a lead", "adds another magic number")
_ONLY_WITH_THAT = frozenset("maintain maintains maintained adds".split())
# a market's or a company's figures, which these verbs give, not words: "the index added
# 20.72 points", "reported third-quarter earnings that topped estimates"
_AMOUNT_CUES = frozenset("add adds added adding".split())
_AMOUNT = patterns.compile(
    r"\s*(?:about\s+|nearly\s+|almost\s+|another\s+)?[$€£]?\d[\d.,]*\s*"
    r"(?:%|percent|per\s+cent|points?|cents?|basis\s+points|million|billion|jobs)\b"
)
# a verb in the past tense right before a cue word ending in "s" makes that word a noun,
# its object: "topped estimates", "beat forecasts"
_OBJECT_OF_VERB = patterns.compile(r"\b[a-z]+ed\s+$")
_RESULT_CUES = frozenset("report reports reported reporting".split())
_RESULTS = patterns.compile(
    r"\s*(?:(?:its|their|the|a|an|strong|weak|better|worse|higher|lower|record|quarterly"
    r"|annual|full-year|[a-z]+-quarter|first|second|third|fourth)\s+)*"
    r"(?:earnings|revenues?|profits?|loss(?:es)?|sales|results|net\s+income)\b",
    re.IGNORECASE,
)
# after these a backing word is a noun: "less support than Johnson", "41 percent support
# against Trump", "His state-level support is six points below …"
_NOUN_AFTER = patterns.compile(
    r"(?:than|against|among|from|is|are|was|were|remains|remained|has|had)\b"
)
# "We know that Sanders grew up in Brooklyn": knowledge held, reported with its clause
_KNOWING = frozenset("know knew knows understand understood understands".split())
# "Sanders is confident that …": a belief held, reported with its clause
_BELIEF_ADJECTIVES = frozenset(
    """confident convinced hopeful aware concerned adamant optimistic skeptical unaware""".split()
)
# "Trump's claim that …", "the allegation that …": a noun of saying, with its owner
_CLAIMS = frozenset(
    """claim claims assertion assertions allegation allegations accusation accusations
    suggestion suggestions argument arguments insistence warning warnings statement
    statements promise promises charge charges contention admission report reports
    concern concerns complaint complaints belief beliefs notion assumption assurance
    assurances fear fears view views idea hope hopes conviction prediction predictions
    speculation rumor rumors rumours demand demands""".split()
)
# "Bernie Sanders Says He’s Already Started Writing …", "Pence Endorses Paul Ryan",
# "Republicans blast Obama …": a headline reports with the verb after its subject
_HEADLINE_CUES = frozenset(
    """says said tells told claims warns urges admits insists argues predicts vows pledges
    promises announces endorses praises slams blasts defends accuses wants explains
    demands proposes suggests thinks believes denies confirms say tell claim warn urge
    blast slam praise defend accuse want demand""".split()
)
_HEADLINE_VERB = patterns.compile(r"\s*(?P<cue>[A-Za-z][a-z]+)\s+(?:[Tt]hat\s+)?(?=\S)")
# where a headline's report ends: before "As …", "After …" or a dash
_HEADLINE_TRAILER = patterns.compile(
    r"\s+(?:As|After|While|Amid|Despite|Before|Because|Since|Following)\s|\s[–—-]\s"
)
# "told NAME/OBJECT … that": the object, up to ten words, before the clause
_TOLD = frozenset("told tells telling".split())
_OBJECT_THEN_THAT = patterns.compile(r"\s+(?:[^\s,.;:“”\"]+\s+){1,10}?that\s+(?=\S)")
_CLAIM_THAT = patterns.compile(r"(?P<cue>[a-z]+)\s+that\s+(?=\S)")
# (one adjective may stand between: "his repeated claim that")
_OWNER = patterns.compile(
    r"(?:\b(?P<pronoun>(?i:his|her|their|its))|(?P<name>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*)"
    r"[’']s|\b(?i:the|a|an|this|that|these|those))\s+(?:[a-z]+\s+)?$"
)
# "Clinton's decision to …", "his support for the bill", "Trump's attacks on Khan": an
# intention or a stance as a noun, for its owner
# (each word here found gold four times in ten or more on PolNeAR train; "effort",
# "attempt", "endorsement" and "praise" did not)
_HELD_TO = "decision plan plans refusal promise pledge vow push threat".split()
_HELD_ON = "support opposition criticism attacks questions doubts".split()
_HELD = (
    patterns.compile(rf"(?P<cue>{'|'.join(_HELD_TO)})\s+(?=to\s)"),
    patterns.compile(rf"(?P<cue>{'|'.join(_HELD_ON)})\s+(?:for|to|of|on|about)\s+(?=\S)"),
)
_PREDICATE = patterns.compile(
    r"\s+(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must|should|did|does"
    r"|[a-z]{3,}ed)\b"
)
_OWNER_REACH = 60  # characters before the noun: "Sen. Elizabeth Warren’s repeated claim"
# a reporting verb that is nearly always a noun before its clause: "battleground states
# where …", "the states that Sanders is counting on"
_MOSTLY_NOUNS = frozenset({"states"})
_CUE_WORDS = (
    lexicon.REPORTING_VERBS - _MOSTLY_NOUNS
    | _PARTICIPLES
    | _INTENTIONS
    | _STANCES
    | _BACKING
    | _APPEARANCES
    | _SEEING
    | _POLLS
    | _CLAIMS
    | frozenset(_HELD_TO)
    | frozenset(_HELD_ON)
    | _BELIEF_ADJECTIVES
    | _KNOWING
    | {phrase.split()[0] for phrase in _PHRASAL_STANCES}
    | {
        "told",
        "tells",
        "assured",
        "reminded",
        "according",
    }
)
_PAST_CUES = frozenset(w for w in _CUE_WORDS if w.endswith("ed"))
_CUE_WORD = patterns.compile(rf"\b(?:{patterns.alternation(_CUE_WORDS)})\b")
# a trailing modifier is not part of the clause reported after a cue: "X said CLAUSE,
# echoing a memo", "…, a plan he has since modified" (but a list goes on: "on vacations,
# a lake house and …"; before a cue it is: "CLAUSE, fleeing the crackdown, reports say")
_TRAILER = patterns.compile(
    r",\s+(?:(?!including\b)[a-z]+ing|who|which|while|despite|according|and(?!\s+that\b)|but"
    r"|however(?!,)|compared|said|says|told|an?\b(?![^,;]*\s(?:and|or)\s))\b|;"
    # (one branch for all that follow a space: the search tries each space once)
    # (not "and" before a participle: "was increasing wages and creating good jobs" is
    # one clause more often than not)
    r"|\s+(?:(?:and|but)\s+(?:said|says|added|adds|told|tells|noted|argued|insisted|warned"
    r"|acknowledged|conceded|stressed|cautioned)\b|but\s+[a-z]+ing\b"
    r"|and\s+(?:he|she|they)\s+(?:also\s+)?[a-z]+ed\b"
    # "Republicans said X and Democrats accused …": a new subject's own clause (see
    # `_trailer`: not in one subject, "Congress and President Obama agreed")
    r"|(?P<subject>and)\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?:[a-z]+ed|said|says|told)\b"
    # where it was said, which it is no part of: "claimed victory in a tweet", "praised
    # Boyle at a press conference in Hanahan"
    r"|(?:in\s+(?:a|an)\s+(?:\w+\s+)?(?:tweet|statement|interview|speech|letter|post"
    r"|email|op-ed|(?:news|press)\s+release)|in\s+(?:his|her|their|its)\s+(?:\w+\s+)?"
    r"(?:statement|interview|speech|remarks)|at\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:(?:press|news)\s+conference|rally|town\s+hall|campaign\s+event|fundraiser)"
    r"|during\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:debate|interview|speech|call|rally))"
    r"(?![\w-]))"
)
# a clause's last word before "and" and a new subject: in lower case, and no pronoun
_CLAUSE_ENDS_BEFORE = patterns.compile(r"(?<![\w’'-])(?!(?:he|she|they|we|it|i|you)\b)[a-z]+$")
# a relative clause or participle set off by commas inside the reported clause, whose
# verb follows it: "that an early pledge from China, which was afflicted with smog, would
# help …", "a stamp of approval from Warren, who is popular with the base, will help …"
_EMBEDDED = patterns.compile(
    r",\s+(?:who|which|[a-z]+ing)\b[^,;:“”\"]*,\s+(?:would|will|could|can|should|may|might"
    r"|must|is|are|was|were|has|have|had|did|does|do)\b"
)
# after a cue in the past tense, a second one ends the first clause: "She urged X and
# proposed Y" (but "He says he spoke to Trump and asked him to …" is all reported)
_IRREGULAR_PASTS = frozenset(
    "said told wrote spoke thought knew sought saw swore made laid found understood".split()
)
_AND_PARTICIPLE = patterns.compile(r"\s+and\s+[a-z]+ing\b")
_SECOND_CUE = patterns.compile(
    rf"\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:{patterns.alternation(_PAST_CUES)})\b"
)
# where the object of a stance ends: before a time, a circumstance or a second verb
# ("endorsed Cruz last week", "backing Clinton during a call", "endorsed him and has …")
_OBJECT_END = patterns.compile(
    rf"\s+(?:(?:on|last|this|next|early|late|earlier|in)\s+(?:(?:early|late|mid)[-\s]+)?"
    rf"(?:{_TIMES}|\d{{4}}\b)"
    r"|(?:during|at|before|after|when|while|because|since|despite|among|but)\b"
    r"|(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:day|week|month|year)s?\s+"
    r"(?:before|after|ago|earlier|later)\b"
    r"|and\s+(?:has|have|had|is|was|then|later|also)\b)"
    r"|,(?!\d)"
)
_SEEMING = patterns.compile(
    r"(?P<cue>appears?|appeared|seems?|seemed|expected)\s+(?:to|likely|unlikely)\s+(?=\S)"
)
# how someone or something looks: "Cruz seemed lost", "This seems like a fair idea", "the
# field appeared poised to narrow" (but "appeared on Fox News", "appeared with Trump")
_ADVERBS_OF_DEGREE = (
    r"(?:(?:equally|more|less|increasingly|somewhat|very|quite|rather|so|too|almost|clearly"
    r"|genuinely|visibly|oddly)\s+)?"
)
_SEEMING_STATE = patterns.compile(
    rf"(?P<cue>seems?|seemed)\s+{_ADVERBS_OF_DEGREE}"
    r"(?!(?:on|in|at|before|with|for|from|as|to|that|the|a|an)\b)(?=[a-z]{3,}\b)"
    rf"|(?P<looks>appears?|appeared)\s+{_ADVERBS_OF_DEGREE}"
    r"(?=[a-z]+ed\b|(?:ready|poised|set|certain|sure|unable|able|eager|reluctant|closer"
    r"|willing|unwilling|confident|determined|headed|intent|content)\b)"
)
# where the clause of such a verb starts: after a comma, "that", "and", "but", or at a
# relative pronoun (which stays in the content: "which appeared likely to …")
_SUBORDINATE_OPENERS = frozenset(
    "because while when if after before as since although though".split()
)
_CLAUSE_OPENER = patterns.compile(
    rf",\s+|(?<!\S)(?i:that|and|but|so|yet|{'|'.join(sorted(_SUBORDINATE_OPENERS))})\s+"
    r"|(?<=\s)(?=(?:who|which)\s)"
)
_MAX_SUBJECT = 100
_WHAT_BEFORE = patterns.compile(r"\b(?i:what|whatever)\s+$")
_SEEMING_END = patterns.compile(r"\s+[—–]\s+|\s+--\s+|;")
# "praised the Trans-Pacific Partnership, the 12-country trade deal …", "opposed Obama’s
# trade pact — one of the biggest goals of his administration — …": the object ends
# before what describes it
_APPOSITIVE = patterns.compile(r",\s+(?:a|an|the)\s|\s+[—–-]+\s")
# "X, who (has) said CLAUSE, recounted …": the relative clause ends at its comma
_RELATIVE_BEFORE = patterns.compile(r",\s+(?:who|which)\s+(?:[a-z]+\s+)?$")
# a sentence that opens with a subordinate clause: its first comma ends that clause
_SUBORDINATE = patterns.compile(r"(?:While|Though|Although|Even though|Because|If|As|When|Since)\s")
_CLAUSE_END = frozenset(",”\"'")
# after these a reporting word is a noun, an adjective or an infinitive, not a verb whose
# subject went unfound: "an alleged captain", "the idea", "claiming to show"
_NO_VERB_AFTER = frozenset("a an the his her their its our my your to".split())
_WITH_SUBJECT = patterns.compile(r"\bwith\s+(?P<sp>[^,;:“”\"]{1,70}?)\s+$")
_PARTICIPLE_LEAD = patterns.compile(r"\b(?:while|by|and|after|before|when)\s+$")
_HAS_LOWER = patterns.compile(r"\b[a-z]{4,}\b")
# a contrast that reports someone else: "said yes, but 55 percent of all voters say …"
_REPORT_AFTER = patterns.compile(
    r",\s+(?:but|however|while|whereas)\s+[^,;:]*?\b(?:say|says|said)\b"
)
_QUOTE_MARK = patterns.compile(r"[“”\"‘«»„]|''|``")
_MIN_WORDS = 3
# an -ing phrase with no finite verb after it: a participle, not a gerund subject
_PARTICIPLE_PHRASE = patterns.compile(
    r"[a-z]+ing\b(?![^.;:]*\b(?:is|are|was|were|will|would|could|can|may|might|should"
    r"|must|has|have|had)\b)"
)
# what follows "found" or "show" that makes it no report
_FIND_SHOW = frozenset("found finds show shows showed".split())
# a form of "be" right before a past participle makes it a passive
_BE_WORD_BEFORE = patterns.compile(r"\b(?:be|been|being|is|are|was|were)\s+$")
# a linking verb before a belief: "Rubio seemed hopeful that …"
_LINKING = _APPEARANCES | frozenset("remain remains remained grew became".split())
_LINKING_BEFORE = patterns.compile(
    rf"\b(?:{'|'.join(sorted(_LINKING))})"
    r"(?:\s+(?:increasingly|more|less|very|quite|so|too|still))?\s+$"
)
_NOT_A_REPORT = patterns.compile(r"(?:himself|herself|themselves|itself|up|hosts?|ways\s+to)\b")
# a word, "that" and where the clause after it starts
_WORD_THAT = patterns.compile(r"(?P<word>[a-z]{5,}) that,?\s+(?=\S)")
# what stands before a present tense (not a plural noun) before "that": "Sanders responds
# that", "it assumes that", "Adam Ozimek, an economist, calculates that"
_VERB_SUBJECT = patterns.compile(
    r"(?:\b(?:he|she|it|who|which)|[a-z][\w.’']*\s+[A-Z][\w.’']*|,)\s+(?:also\s+|now\s+|still\s+)?$"
)
_BE_BEFORE = patterns.compile(
    r"(?:\b(?:is|are|was|were|been|be)|\b(?i:he|she|it|they|we|you|i|who)['’](?:s|re|m))\s+$"
)
# "-ing" words before "that" that report nothing: "…, meaning that", "everything that"
_NOT_PARTICIPLES = frozenset("meaning being".split())
# what a clause after "that" starts with, besides a name or a number ("adopted that
# approach" is no report)
_CLAUSE_OPENERS = frozenset(
    """he she it they we i you there the a an his her their its our this these those some
    many most all no none every each both several few""".split()
)
# "…, the people said, speaking on condition of anonymity because …": why they were not named
_ANONYMOUS = patterns.compile(
    r"(?:speaking|asking|requesting)\b[^.;:]{0,40}\b(?:anonymity|named|identified)\b"
)
# a cue's setting after it, not a clause: "…, he said, on condition of anonymity"
_SETTINGS = frozenset("on in at during after before".split())
_ANONYMITY = patterns.compile(r"not\s+to\s+be\s+(?:named|identified|quoted)\b")
_COMMA = patterns.compile(r",(?!\d)")
_QUESTION_CLOSE = patterns.compile(r"[?!][”\"’]\s*$")  # matched at the sentence break only
# "“…,” when asked about it, he …": a question put to the speaker, not the quote's cue
_ASKED_WHEN = patterns.compile(r"\b(?:when|if|was|were)\s+$")
_QUOTE_CUE_REACH = 60  # characters from a closing mark to its cue: “…,” the senator said
_MAX_CONTENT = 600  # characters: longer is no single reported clause
# after a bare "said", these open an adverbial clause ("described as …" is a report)
_SAY = frozenset("say says said add adds added".split())
_SUBORDINATORS = frozenset("as when while because".split())
# a quantity is a clause's subject, though its first word is a preposition: "said about
# half of the voters …"
_ABOUT_QUANTITY = patterns.compile(
    r"(?i:about|over|under|at\s+least|at\s+most|up\s+to)\s+(?:\d|half|a\s+(?:third|quarter|fifth"
    r"|dozen)|one|two|three|four"
    r"|five|six|seven|eight|nine|ten)"
)
# A reported clause does not start with a preposition, a time word or a relative pronoun
# ("tweeted to his followers", "reported ten days ago", "told Annette, who answered").
_NOT_CLAUSE_START = frozenset(
    """to at in on for with from by of about after before during since until into onto among
    over under who which whose earlier later yesterday today tonight monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
# a negation right before a cue: "did not", "hasn’t", "never"
_NEGATION = patterns.compile(
    r"\b(?:(?:(?:did|does|do|has|have|had|would|will|could|can|should|is|are|was|were)"
    r"\s+)?(?:not|never)|(?:did|does|do|has|have|had|would|could|ca|should|is|are|was|were)"
    r"n[’']t)\s+$"
)
# these open a time only before a time word: "said this week", "said two days ago" (but
# "said this is a rough patch", "said two people were hurt")
_TIME_DETERMINERS = frozenset("last next this ten two three four five six seven eight nine".split())
_TIME_AFTER = patterns.compile(
    rf"\S+\s+(?:{_TIMES}|days?|weeks?|months?|years?|hours?|minutes?|decades?|times?"
    r"|summer|fall|winter|spring|season|term|session|round)\b",
    re.IGNORECASE,
)


def find_indirect(
    text: str,
    paragraphs: list[tuple[Offset, Offset, int | None]],
    quotes: tuple[Quote, ...],
    people: People,
) -> list[Quote]:
    """Reported speech in the paragraphs (start, end, body index or None for the headline
    and dek), outside the direct quotes."""
    quoted = sorted((q.start - 1, q.end + 1) for q in quotes)
    quote_ends = sorted(q.end + 1 for q in quotes if q.kind == "direct")
    found: list[Quote] = []
    interviewee: Person | None = None
    for pstart, pend, index in paragraphs:
        cues = [m.start() for m in _CUE_WORD.finditer(text, pstart, pend)]
        # and a verb outside the tables before "that": "noticed that", "remarking that"
        others = _verbs_before_that(text, pstart, pend)
        according = text.find("ccording to", pstart, pend)
        if according > 0:
            cues.append(according)
        colon = text.find(":", pstart, min(pend, pstart + _NAME_COLON_REACH))
        if colon > 0:  # "Mark Cuban: I'd consider a bid."
            cues.append(colon)
        asked = text.find("Asked ", pstart, pend)
        if asked >= 0:
            cues.append(asked)
        opener = text.find("In ", pstart, pend)  # "In a CNN poll last month, …"
        if opener >= 0:
            cues.append(opener)
        cues += others
        if according > 0 or colon > 0 or asked >= 0 or opener >= 0 or others:
            cues.sort()  # in order of position, as the sentence filter needs
        if index is None and (report := _headline_report(text, pstart, pend, people)):
            if not overlaps_regions(report.start, report.end, quoted):
                found.append(report)
            continue
        if not cues:
            continue
        if colon > 0 and (m := _NAME_COLON_FIRST.match(text, pstart, pend)) is not None:
            # "Q: You open your book in 2001. You were 14. What did you find?": the turn
            if m.group("sp") in _ANSWER_LABELS:
                # "A: Because they needed help": the person the interview is with, the
                # first one named
                interviewee = interviewee or people.first(pstart)
                turn = _answer(text, m, pend, index, interviewee)
            else:
                turn = _make(text, m.end(), pend, index, people, m, "name-colon")
            if turn is not None and not overlaps_regions(turn.start, turn.end, quoted):
                found.append(turn)
                continue
        for sstart, send in sentence_bounds(text, pstart, pend):
            here = cues[bisect.bisect_left(cues, sstart) : bisect.bisect_left(cues, send)]
            if not here or within_regions(sstart, send, quoted):
                continue
            # “…,” Trump said 30 minutes into the debate: a direct quote's own cue, also
            # across a question's end (“… here?” Trump asked, looking …)
            floor, closed = sstart, rstripped(text, sstart)
            if _QUESTION_CLOSE.match(text, max(pstart, closed - 2), sstart):
                floor = closed
            here = [
                cue
                for i, cue in enumerate(here)
                if not _own_cue(text, cue, here[i - 1] if i else floor, quote_ends)
            ]
            # "Three-quarters said A, and more than 4 in 10 said B": one after the other
            start, first = sstart, 0
            while first < len(here):
                quote = _in_sentence(text, start, send, here[first:], index, people, sstart)
                if quote is None:
                    break
                if not overlaps_regions(quote.start, quote.end, quoted):
                    found.append(quote)
                start = quote.end
                first = bisect.bisect_left(here, start, first)
    return [_negated(text, quote) for quote in found]


def _negated(text: str, quote: Quote) -> Quote:
    """The quote with a negation before its cue taken into the cue ("It did not reveal
    the crash location": cue "did not reveal"), which says the opposite of the verb
    alone; the speaker's words stay its own."""
    cue = quote.cue
    if cue is None or (m := _NEGATION.search(text, max(0, cue.start - 16), cue.start)) is None:
        return quote
    if (quote.speaker is not None and m.start() < quote.speaker.mention.end <= cue.start) or (
        m.start() < quote.end <= cue.start
    ):
        return quote
    return quote._replace(cue=span_of(text, m.start(), cue.end))


def _answer(
    text: str, label: re.Match[str], end: Offset, paragraph: int | None, person: Person | None
) -> Quote | None:
    """An interview's answer ("A: …"), by the person interviewed if one is named."""
    content = _content(text, label.end(), end, after_cue=False)
    if content is None:
        return None
    mention = span_of(text, label.start("sp"), label.end("sp"))
    speaker = Speaker(
        mention,
        person.name if person else None,
        title_of(text, person) if person else None,
        "person",
        "name-colon",
    )
    return _quote(content, paragraph, None, speaker)


def _headline_report(text: str, start: Offset, end: Offset, people: People) -> Quote | None:
    """What a headline (or dek) reports its subject as saying: the rest of it after the
    verb ("Says", "Endorses", "blast"), up to a trailing "As …" or dash."""
    subject = headline_subject(text, start, end, people)
    if subject is None:
        return None
    m = _HEADLINE_VERB.match(text, subject.mention.end, end)
    if m is None or m.group("cue").lower() not in _HEADLINE_CUES:
        return None
    trailer = _HEADLINE_TRAILER.search(text, m.end(), end)
    content = _content(
        text, m.end(), trailer.start() if trailer else end, after_cue=False, noun=True
    )
    if content is None:
        return None
    return _quote(content, None, span_of(text, m.start("cue"), m.end("cue")), subject)


def _own_cue(text: str, cue_at: Offset, floor: Offset, quote_ends: list[Offset]) -> bool:
    """Whether the cue word is a direct quote's own: the first cue after a quote that
    closed shortly before it (after `floor`). What follows it is no reported clause; a
    participle after it ("he said, adding that …") is a cue of its own."""
    i = bisect.bisect_right(quote_ends, cue_at)
    return (
        i > 0
        and max(floor, cue_at - _QUOTE_CUE_REACH) <= quote_ends[i - 1]
        and not _ASKED_WHEN.search(text, max(0, cue_at - 6), cue_at)  # “…” when asked about …
    )


def _in_sentence(
    text: str,
    start: Offset,
    end: Offset,
    cues: list[Offset],
    paragraph: int | None,
    people: People,
    sentence_start: Offset,
) -> Quote | None:
    """Reported speech in the sentence from `sentence_start` to `end`, from `start` on,
    given where its cue words are (cheap anchors).

    After an earlier finding (`start` past the sentence start) only the "X said CLAUSE"
    shape is looked for, and its speaker may stand before that finding ("Podesta said
    A and said B").
    """
    whole = start == sentence_start
    # each shape that matches but makes no finding gives way to the next one
    if whole and (m := _NAME_COLON_FIRST.match(text, start, end)) is not None:
        found = _make(text, m.end(), end, paragraph, people, m, "name-colon")
        if found is not None:
            return found
    if (
        whole
        and (m := _SOURCE_FIRST.match(text, start, end)) is not None
        # "In a brief interview, Ms. Conway said that …": the verb's clause, not the rest
        and not any(
            _word_at(text, cue) in lexicon.REPORTING_VERBS for cue in cues if cue >= m.end()
        )
    ):
        found = _make(text, m.end(), end, paragraph, people, m, "according-to")
        if found is not None:
            return found
    if whole and text.startswith("As ", start):
        for pattern in _AS_REPORTED:  # "As The Washington Post reported, CLAUSE"
            m = pattern.match(text, start, end)
            if m is not None and (
                found := _make(text, m.end(), end, paragraph, people, m, "according-to")
            ):
                return found
    if whole and text.find("ccording to", start, end) >= 0:
        m = _ACCORDING_FIRST.match(text, start, end)
        if m is not None and (
            found := _make(text, m.end(), end, paragraph, people, m, "according-to")
        ):
            return found
        m = _ACCORDING_LAST.search(text, start, end)
        if m is not None and (
            found := _make(text, start, m.start(), paragraph, people, m, "according-to")
        ):
            return found
        m = _ACCORDING_INSIDE.search(text, start, end)
        if m is not None and (found := _according_inside(text, start, end, paragraph, people, m)):
            return found
    for cue_at in cues if whole else ():
        comma = text.rfind(",", start, cue_at)
        m = _CUE_INSIDE.match(text, comma, end) if comma >= 0 else None
        if (
            m is not None
            and m.group("cue") in lexicon.REPORTING_VERBS
            and (found := _longer_side(text, start, end, paragraph, people, m))
        ):
            return found
    # "CLAUSE, X said (Friday) (, as they …)." (the last cue may be in that closing clause)
    then_cue = (
        _CONTENT_THEN_CUE_CLAUSE
        if whole and cues and _HAS_CLOSING_CLAUSE.search(text, cues[0], end)
        else _CONTENT_THEN_CUE
    )
    for i, cue_at in enumerate(reversed(cues) if whole else ()):
        # (before the last cue, a cheap test first: what follows the cue word may close
        # the sentence; the last one's comma is tried whatever follows, as the pattern's
        # cue may be a word after it: "…, the report states.")
        if i and (
            (cue_word := _LOWER_WORD.match(text, cue_at)) is None
            or not _CUE_CLOSES.match(text, cue_word.end(), end)
        ):
            continue
        comma = text.rfind(",", start, cue_at)
        m = then_cue.match(text, comma, end) if comma >= 0 else None
        if (
            m is not None
            and m.group("cue") in lexicon.REPORTING_VERBS
            and (found := _make(text, start, m.start(), paragraph, people, m, "speaker-cue-after"))
        ):
            return found
    for cue_at in cues if whole else ():
        # "CLAUSE, said Mindy Romero, director of …": an inverted cue ending the sentence
        comma = rstripped(text, cue_at) - 1
        if comma <= start or (said := _inverted_at_end(text, cue_at, end, people, ",")) is None:
            continue
        content = _content(text, start, comma, after_cue=False)
        if content is not None:
            return _quote(content, paragraph, said.cue, said.speaker)
    if (m := _ASKED.search(text, start, end)) is not None:
        question_end = _COMMA.search(text, m.end(), end)
        content = _content(
            text, m.end(), question_end.start() if question_end else end, after_cue=False
        )
        if content is not None:
            if m.group("sp"):
                asker = speaker_from(text, m.start("sp"), m.end("sp"), people, "speaker-cue-after")
            else:
                asker = subject_before(text, start, m.start(), people, "speaker-cue-before")
            cue = span_of(text, m.start(), m.start() + 5)
            return _quote(content, paragraph, cue, asker)
    for cue_at in cues:
        if (claim := _claim(text, start, end, cue_at, paragraph, people)) is not None:
            return claim
        m = _CUE_THEN_CONTENT.match(text, cue_at, end)
        if m is None or _inverted_last(text, cue_at, end, people):
            continue
        if (after := _LOWER_WORD.match(text, m.end())) and (
            after.group(0) in _PARTICIPLES
            or (
                "," in text[m.start() : m.end()]
                and (
                    _PARTICIPLE_PHRASE.match(text, m.end(), end)
                    or _ANONYMOUS.match(text, m.end(), end)
                )
            )
        ):
            # "X said, adding that …": the participle reports, for X; "he said, wiping
            # sweat off his face" and "the people said, speaking on condition of
            # anonymity because …": it reports nothing
            continue
        group = "told" if m.group("told") else "cue"
        word = " ".join(m.group(group).split())
        if word in _ONLY_WITH_THAT and not m.group(0).rstrip(" \t\n,").endswith("that"):
            continue  # "Sanders maintained his lead", "That adds its own pressure"
        if word.startswith("ask") and _ANONYMITY.match(text, m.end()):
            continue  # "a negotiator, asking not to be named because …": no report
        if word in _FIND_SHOW and _NOT_A_REPORT.match(text, m.end()):
            continue  # "found himself embroiled", "a talk show host", "will show up"
        if (word in _AMOUNT_CUES and _AMOUNT.match(text, m.end())) or (
            word in _RESULT_CUES and _RESULTS.match(text, m.end())
        ):
            continue  # "the Nasdaq added 20.72 points", "Home Depot reported earnings that …"
        if (
            word.endswith("s")
            and "ed" in text[cue_at - 4 : cue_at]  # (a cheap test first)
            and _OBJECT_OF_VERB.search(text, max(start, cue_at - 16), cue_at)
        ):
            continue  # "topped estimates as revenue fell short": the object of a verb
        phrasal = word in _PHRASAL_STANCES
        progressive = phrasal and word.split()[0].endswith("ing")  # "is calling for"
        if (
            phrasal
            and not progressive
            and _BE_WORD_BEFORE.search(text, max(start, cue_at - 12), cue_at)
        ):
            continue  # "When ordinary troops are ruled out, Special Operations …": passive
        participle = word in _PARTICIPLES or progressive
        intention = word in _INTENTIONS and text.startswith("to ", m.end())
        with_that = m.group(0).rstrip(" \t\n,").endswith("that")
        # any past tense or participle before "that" and a clause's subject: "Labor leaders
        # noticed that none of the networks …", "…, remarking that the U.S. should …"
        # (`_verbs_before_that` found such words; the clause check stays for the cue at
        # "ccording to", which is no table word either)
        generic = (
            with_that and word not in _CUE_WORDS and not phrasal and _opens_clause(text, m.end())
        )
        participle = participle or (
            # (but "is declaring that …" is a finite verb)
            generic
            and word.endswith("ing")
            and not _BE_BEFORE.search(text, max(start, cue_at - 12), cue_at)
        )
        if not (
            participle
            or generic
            or intention
            or (word in _INTENTIONS and with_that)  # "He pledged that he would …"
            or ((word in _BELIEF_ADJECTIVES or word in _KNOWING) and with_that)
            or phrasal
            or m.group("told")
            or word in lexicon.REPORTING_VERBS
            or word in _STANCES
            or word in _BACKING
            or (word in _SEEING and _OBJECT_AS.match(text, m.end(), end))
            or (word in _CALLING and _CALLED_OBJECT.match(text, m.end(), end))
        ):
            continue
        begin = m.end()
        if word in _TOLD and (that := _OBJECT_THEN_THAT.match(text, m.end(group), end)):
            begin, with_that = that.end(), True  # "told a banquet hall in Baltimore that …"
        # the content first: it is cheap to check, the speaker is not
        first = word.split()[0]
        stop = _trailer(
            text,
            begin,
            end,
            stance=word in _STANCES,
            past=_past(first),
            participle=first.endswith("ing"),
        )
        if word in _BACKING:
            if (
                "," in m.group(0)
                or _BACKING_NOUN_BEFORE.search(text, max(start, cue_at - 8), cue_at)
                or _PARTICLE.match(text, m.end())  # "backed away from", "backing down"
                or _NOUN_AFTER.match(text, m.end())  # "less support than Johnson"
            ):
                continue
            if object_end := _OBJECT_END.search(text, begin, stop):
                stop = object_end.start()
        elif word in _STANCES and (appositive := _APPOSITIVE.search(text, begin, stop)):
            stop = appositive.start()
        clause_end = _COMMA.search(text, begin, stop)  # (not the one in "2,400")
        if clause_end is not None and (
            # "Though executives say CLAUSE, they also say …"
            (whole and _SUBORDINATE.match(text, start))
            # "Broaddrick, who said Clinton raped her, recounted …"
            or _RELATIVE_BEFORE.search(text, max(start, cue_at - 12), cue_at)
        ):
            stop = clause_end.start()
        # (after "that" a clause may open with anything: "say that this time is …")
        content = _content(
            text,
            begin,
            stop,
            after_cue=not (intention or with_that),
            noun=word in _STANCES or word in _BACKING or word in _SEEING,
        )
        if content is None or (
            # "Sessions said as he launched the process" (but "said that as president …")
            word in _SAY and content.text.split(None, 1)[0] in _SUBORDINATORS and not with_that
        ):
            continue
        passive = (
            word.endswith("ed")
            and word not in _BELIEF_ADJECTIVES  # "Some backers are concerned that …"
            and _BE_WORD_BEFORE.search(text, max(start, cue_at - 12), cue_at) is not None
        )
        if participle and (
            char_before(text, cue_at, start) in _CLAUSE_END
            or _PARTICIPLE_LEAD.search(text, max(start, cue_at - 8), cue_at)
        ):
            # "…, saying", "…,” saying", "while saying", "by saying": the main subject,
            # or the speaker of the cue before ("“…,” Whitlock said, adding that …")
            speaker = sentence_subject(text, sentence_start, cue_at, people)
            if speaker is None and (before := people.cues(sentence_start, cue_at)):
                speaker = _speaker_of_cue(text, sentence_start, before[-1].start(), cue_at, people)
        elif participle and (
            with_np := _WITH_SUBJECT.search(text, max(start, cue_at - 80), cue_at)
        ):
            # "…, with 30 percent of voters saying they …": the phrase after "with"
            speaker = speaker_from(
                text, with_np.start("sp"), with_np.end("sp"), people, "speaker-cue-before"
            )
        elif (
            participle
            and not m.group("told")
            and not _BE_BEFORE.search(text, max(start, cue_at - 12), cue_at)
        ):
            # "…, an item suggesting that …", "After suggesting on Wednesday that …": a
            # clause after "that" is reported, by whoever it may be
            if not with_that:
                continue
            speaker = None
        elif passive:
            speaker = None  # "Officials have been reported as …" is no one's report
        elif word in _BELIEF_ADJECTIVES and (
            linking := _LINKING_BEFORE.search(text, start, cue_at)
        ):
            # "Rubio seemed hopeful that …": the subject of the linking verb
            speaker = subject_before(
                text, sentence_start, linking.start(), people, "speaker-cue-before"
            )
        else:
            speaker = subject_before(
                text, sentence_start, m.start(group), people, "speaker-cue-before"
            )
        if speaker is None and not (
            with_that
            or participle
            # (a passive reports for no one but before "that")
            or (not passive and _verb_without_subject(text, start, cue_at, word))
        ):
            continue
        cue = span_of(text, m.start(group), m.end(group))
        return _quote(content, paragraph, cue, speaker)
    for cue_at in cues if whole else ():
        if (seeming := _seeming(text, start, end, cue_at, paragraph)) is not None:
            return seeming
    if whole and (m := _IN_POLL.search(text, start, end)) is not None:
        return _make(text, start, m.start(), paragraph, people, m, "according-to")
    return None


def _verb_without_subject(text: str, start: Offset, cue_at: Offset, word: str) -> bool:
    """Whether a reporting word whose speaker was not found still reports the clause
    after it, for an unknown speaker ("… going to the polls said they support …"): a
    verb, not the noun or adjective of "an alleged captain", "the idea", and not the
    inverted cue of "…, said Angie Holan, the editor", whose speaker follows it."""
    if word not in lexicon.REPORTING_VERBS or char_before(text, cue_at, start) in _CLAUSE_END:
        return False
    before = text[max(start, cue_at - 8) : cue_at].split()
    if not before:
        return True
    last = before[-1].lower()
    if last == "that" and text.startswith(",", cue_at + len(word)):
        return False  # "That said, a loss to Mr. Sanders …": nevertheless
    return last not in _NO_VERB_AFTER


def _seeming(
    text: str, start: Offset, end: Offset, cue_at: Offset, paragraph: int | None
) -> Quote | None:
    """ "Trump appears to be ignorant of …", "Obama is expected to join Clinton": how
    things look or are expected to go, with no one named who holds it; the content is
    the whole clause, its subject and verb included."""
    m = _SEEMING.match(text, cue_at, end)
    state = m is None and (m := _SEEMING_STATE.match(text, cue_at, end)) is not None
    if m is None or _WHAT_BEFORE.search(text, max(start, cue_at - 10), cue_at):
        return None  # (and "what seems to be a uniform" is a thing, not a view)
    if m.group("cue") == "expected" and not _BE_BEFORE.search(text, max(start, cue_at - 8), cue_at):
        return None  # "voters expected to see a recovery"
    clause_start, subordinate = start, False
    for opener in _CLAUSE_OPENER.finditer(text, start, cue_at):
        clause_start = opener.end()
        # a subordinate clause, or a relative one set off by a comma ("NCLB's
        # replacement, which the Senate is expected to vote on next week, returns …"),
        # ends at its comma
        subordinate = opener.group(0).strip().lower() in _SUBORDINATE_OPENERS or (
            not opener.group(0) and char_before(text, opener.start(), start) == ","
        )
    if _BE_BEFORE.fullmatch(text, clause_start, cue_at):
        # "The dam, which will be the largest …, is expected to …": the subject stands
        # before the clause set off by commas
        clause_start = start
    if cue_at - clause_start > _MAX_SUBJECT or not text[clause_start:cue_at].strip():
        return None
    stop = _SEEMING_END.search(text, m.end(), end)
    stop_at = stop.start() if stop else end
    if (subordinate or state) and (comma := _COMMA.search(text, m.end(), stop_at)):
        stop_at = comma.start()  # "After the FBI appears to have left, the case stalled"
    content = _content(text, clause_start, stop_at, after_cue=False)
    if content is None:
        return None
    cue_end = m.end(m.lastgroup or 0)  # the "cue" group, or "looks" for how things look
    return _quote(content, paragraph, span_of(text, m.start(), cue_end), None)


def _verbs_before_that(text: str, start: Offset, end: Offset) -> list[Offset]:
    """Where the verbs outside the cue tables stand that a "that" clause follows (found
    from each " that", which is rarer than words)."""
    found = []
    at = text.find(" that", start, end)
    while at >= 0:
        word = _WORD_THAT.match(text, max(start, text.rfind(" ", start, at) + 1), end)
        if (
            word is not None
            and word.end("word") == at
            and _opens_clause(text, word.end())
            and _verb(text, word, start)
        ):
            found.append(word.start())
        at = text.find(" that", at + 5, end)
    return found


def _verb(text: str, word: re.Match[str], floor: Offset) -> bool:
    """Whether a word (the match's "word" group) outside the cue tables is a verb: a past
    tense or an -ing word, or a present tense after its subject ("Sanders responds", "it
    assumes"; not "Rust Belt states" or "reliable voters")."""
    w = word.group("word")
    if w in _CUE_WORDS or w.endswith("thing") or w in _NOT_PARTICIPLES:
        return False  # ("…, meaning that", "everything that")
    if w.endswith(("ed", "ing")):
        return True
    return (
        w.endswith("s")
        and w not in _MOSTLY_NOUNS
        and w not in lexicon.PERSON_NOUNS
        and _VERB_SUBJECT.search(text, max(floor, word.start() - 30), word.start()) is not None
    )


def _opens_clause(text: str, at: Offset) -> bool:
    """Whether a clause's subject starts at `at`: a name, a number, a pronoun or a
    determiner."""
    first = text[at : at + 1]
    return first.isupper() or first.isdigit() or _word_at(text, at) in _CLAUSE_OPENERS


def _word_at(text: str, at: Offset) -> str:
    m = _LOWER_WORD.match(text, at)
    return m.group(0) if m else ""


def _claim(
    text: str, start: Offset, end: Offset, cue_at: Offset, paragraph: int | None, people: People
) -> Quote | None:
    """ "Trump's claim that CLAUSE", "the allegation that CLAUSE": what the noun's owner (if
    any is named) holds."""
    m = _CLAIM_THAT.match(text, cue_at, end)
    held = m is None or m.group("cue") not in _CLAIMS
    if held:
        # "Clinton's decision to …", "his support for the bill": only for a named owner
        m = _HELD[0].match(text, cue_at, end) or _HELD[1].match(text, cue_at, end)
    if m is None:
        return None
    owner = _OWNER.search(text, max(start, cue_at - _OWNER_REACH), cue_at)
    if owner is None or (held and not (owner.group("pronoun") or owner.group("name"))):
        return None  # a verb: "Trump claims that …"
    stop = _trailer(text, m.end(), end)
    if held and m.re is _HELD[1] and (object_end := _OBJECT_END.search(text, m.end(), stop)):
        stop = object_end.start()
    if (
        held
        and not text[start : owner.start()].strip()
        and (predicate := _PREDICATE.search(text, m.end() + 3, stop))
    ):
        # "Ortega's decision to campaign on the rent cap surprised …": the noun phrase is
        # the sentence's subject, and what it holds ends before the sentence's verb
        stop = predicate.start()
    content = _content(text, m.end(), stop, after_cue=not held, noun=held)
    if content is None:
        return None
    speaker = owner_speaker(text, owner, "name", people)
    return _quote(content, paragraph, span_of(text, *m.span("cue")), speaker)


def _speaker_of_cue(
    text: str, floor: Offset, cue_at: Offset, ceiling: Offset, people: People
) -> Speaker | None:
    """The speaker of the cue at `cue_at`: after it, before `ceiling` ("said Whitlock"),
    or before it."""
    said = inverted(text, cue_at, ceiling, people, "speaker-cue-after")
    if said is not None:
        return said.speaker
    return subject_before(text, floor, cue_at, people, "speaker-cue-before")


def _longer_side(
    text: str,
    start: Offset,
    end: Offset,
    paragraph: int | None,
    people: People,
    match: re.Match[str],
) -> Quote | None:
    """The reported speech around a cue set off inside the sentence: the longer side (a
    span holding its own speaker is no quote)."""
    before, after = (start, match.start()), (match.end(), end)
    if _QUOTE_MARK.match(text, after[0]):
        return None  # "Of the scrutiny, he said, “It's a little much.”": the quote's cue
    side = before if before[1] - before[0] > after[1] - after[0] else after
    if (
        _PARTICIPLE_PHRASE.match(text, after[0], after[1])
        or _ANONYMOUS.match(text, after[0], after[1])
        or _word_at(text, after[0]) in _SETTINGS
    ):
        # "Sales were great, he said, wiping sweat off his face" (but in "…, he said,
        # replacing Clinton would be acrimonious" the -ing word is the subject)
        side = before
    method = "according-to" if match.group("cue") == "according to" else "speaker-cue-after"
    return _make(text, *side, paragraph, people, match, method)


def _according_inside(
    text: str,
    start: Offset,
    end: Offset,
    paragraph: int | None,
    people: People,
    match: re.Match[str],
) -> Quote | None:
    """The reported speech around an "according to X," inside the sentence."""
    if text[match.start()] == ",":
        return _longer_side(text, start, end, paragraph, people, match)
    if text.endswith(" that", start, match.start()):
        return None  # "X said that according to its analysis, CLAUSE": X's clause
    # with no comma before it, it sources what came before: "CLAUSE according to a count
    # by the AP, but …"
    return _make(text, start, match.start(), paragraph, people, match, "according-to")


def _inverted_at_end(
    text: str, cue_at: Offset, end: Offset, people: People, after: str
) -> Attribution | None:
    """The speaker and cue of a cue inverted after one of the characters `after` ("…,
    said X"), when the speaker (and an appositive) runs to the end of the sentence."""
    verb = _LOWER_WORD.match(text, cue_at)
    if verb is None or verb.group(0) not in INVERTIBLE or char_before(text, cue_at) not in after:
        return None
    said = inverted(text, cue_at, end, people, "speaker-cue-after")
    if said is None or said.speaker is None:
        return None
    if _SENTENCE_REST.match(text, said.speaker.mention.end, end) is None:
        return None
    return said


def _inverted_last(text: str, cue_at: Offset, end: Offset, people: People) -> bool:
    """Whether the cue is inverted at the end of its sentence, after a comma or a closing
    mark, with a named speaker after it ("Clinton “drew well” in the primary, said Ohio
    State professor Paul Beck."): what follows it is no clause."""
    said = _inverted_at_end(text, cue_at, end, people, ',”"')
    return (
        said is not None
        and said.speaker is not None
        and said.speaker.name is not None
        # a name and its title ("Ohio State University professor Paul Beck"), not a clause
        # that holds a name ("numerous telephone calls with Trump")
        and all(
            not word.islower() or word in lexicon.TITLES or word in _TITLE_JOINS
            for word in said.speaker.mention.text.split()
        )
    )


def _past(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PASTS


def _trailer(
    text: str,
    start: Offset,
    end: Offset,
    *,
    stance: bool = False,
    past: bool = False,
    participle: bool = False,
) -> Offset:
    """Where the reported clause after a cue ends: before a trailing modifier, once the
    clause has a lowercase word ("that Gov. Alejandro García Padilla, who …" goes on),
    before a second cue of the same speaker after a `past` one, or before a second
    participle after a `participle` ("saying he has been a pioneer and thanking him").
    The object of a stance may be a bare name ("criticized Trump, saying …")."""
    # (a clause longer than _MAX_CONTENT is refused anyway: the search stops there)
    end = min(end, start + _MAX_CONTENT)
    if past and (second := _SECOND_CUE.search(text, start, end)):
        end = second.start()
    if participle and (second := _AND_PARTICIPLE.search(text, start, end)):
        end = second.start()
    for m in _TRAILER.finditer(text, start, end):
        if _EMBEDDED.match(text, m.start(), end):
            continue  # "that an early pledge from China, which was …, would help …"
        if m.group("subject") and not _CLAUSE_ENDS_BEFORE.search(text, start, m.start()):
            continue  # "Congress and President Obama agreed", "he and Rubio promised"
        if (
            stance
            or _HAS_LOWER.search(text, start, m.start())
            or _REPORT_AFTER.match(text, m.start(), end)
        ):
            return m.start()
    return end


def _make(
    text: str,
    cstart: Offset,
    cend: Offset,
    paragraph: int | None,
    people: People,
    match: re.Match[str],
    method: str,
) -> Quote | None:
    """The reported clause from `cstart` to `cend`, by the speaker of the match's "sp"
    group, with its "cue" group as the cue when it has one."""
    content = _content(text, cstart, cend, after_cue=False)
    if content is None:
        return None
    noun = method == "according-to"
    speaker = speaker_from(text, *match.span("sp"), people, method, noun_phrase=noun)
    if speaker is None and (rel := _RELATIVE.search(text, match.start("sp"), match.end("sp"))):
        # "according to a Crossroads official who wasn't authorized to speak": the
        # speaker is the phrase the relative clause describes
        speaker = speaker_from(
            text, match.start("sp"), rel.start(), people, method, noun_phrase=noun
        )
    if speaker is None:
        return None
    cue: Span | None = None
    if "cue" in match.groupdict() and match.group("cue"):
        cue = span_of(text, match.start("cue"), match.end("cue"))
    return _quote(content, paragraph, cue, speaker)


def _quote(
    content: Span, paragraph: int | None, cue: Span | None, speaker: Speaker | None
) -> Quote:
    return Quote(content.text, content.start, content.end, "indirect", paragraph, cue, speaker)


def _content(
    text: str, start: Offset, end: Offset, *, after_cue: bool, noun: bool = False
) -> Span | None:
    """The reported clause without final punctuation; None if it is not a clause.

    With `noun`, what a stance holds may be a noun phrase of two words ("opposed the
    bill") or a name or pronoun alone ("endorsed Cruz", "backing her"); a clause has
    three or more words.

    After a cue, a clause does not start with a preposition or a time word ("said on
    Monday", "reported ten days ago"); a sentence that opens the content may.

    A clause that holds a quotation is left to the direct quote inside it.
    """
    if end - start > _MAX_CONTENT or _QUOTE_MARK.search(text, start, end):
        return None
    span = span_of(text, start, end)
    first = span.text.split()[0].lower() if span.text else ""
    if after_cue and (
        (first in _NOT_CLAUSE_START and not _ABOUT_QUANTITY.match(span.text))
        or (first in _TIME_DETERMINERS and _TIME_AFTER.match(span.text))
    ):
        return None  # (but "said about half of the voters …" is a clause)
    stop = span.end
    # (and a closing parenthesis the clause did not open: "(She says …, ever.)")
    while stop > span.start and (
        text[stop - 1] in ".,;:!?—–- "
        or (text[stop - 1] == ")" and text.find("(", span.start, stop) < 0)
    ):
        stop -= 1
    span = span_of(text, span.start, stop)
    words = span.text.split()
    if len(words) < _MIN_WORDS and not (
        (len(words) == 2 and (first == "to" or noun))
        or (len(words) == 1 and noun and (words[0][0].isupper() or first in _OBJECT_PRONOUNS))
    ):
        return None  # (an intention may be two words too: "declined to comment")
    return span
