"""Speakers: who said each quote, found from cue verbs and resolved to a full name.

Rules, tried in this order for each quote (``method`` in the output names the one that
fired):

=========================  ==========================================================
``according-to``           According to X, “…” / “…,” Y said, according to X. /
                           …, reported X.  (the source the writer cites comes first)
``cue-speaker-after``      “…,” said Majhur. / “…,” says a spokesman.
``speaker-cue-after``      “…,” Ostrowski said. / “…,” the semi-official agency said.
``dash-after``             “…” — Commissioner Jane Roe / “…” ― Steve Quinlan
``speaker-cue-before``     She said: “…” / Hugh Hill, a doctor at the clinic, said “…”
``colon-intro``            And from Chairwoman Y:  (then the quote, next paragraph)
``name-colon``             Carly Fiorina: ‘…’ / … surprise pollster Daron Shaw: “…”
``possessive``             her remark that “…” / Comey’s conclusion that … were “…”
``cue-in-sentence``        X said the plan would ‘…’ / crowds chanting ‘…’ / Beck, who
                           described Trump as “…” (mention "who", name "Beck") /
                           The paradox, says Carl Anthony, is that “…”
``sentence-subject``       Rubio bemoaned a climate in which people “…” (no cue: the
                           subject must name someone, else the speaker is null)
``same-paragraph``         “A,” he said. “B.”  (B takes A's speaker)
``continues-previous``     a quote paragraph with no cue after an attributed one
``headline-subject``       DNC issues ‘deep and sincere apology’  (in the headline)
``post-signature``         an embedded post: its words, then "— Jane Roe (@janeroe)
                           June 9, 2016" (`quotes`: a direct quote with no marks)
=========================  ==========================================================

``mention`` is the words at the cue ("he", "Majhur", "the semi-official Anatolia news
agency"); ``name`` is the fullest form of that speaker in the article: a surname
resolves to the full name introduced anywhere before ("Majhur" -> "Capt. Ibrahim
Munir Majhur", title "Capt."), a pronoun to the most recent compatible person, an
organisation stays an organisation. When nothing fits, the speaker is null.

JSON fragment::

    "speaker": {"mention": "Majhur", "start": 2061, "end": 2067,
                "name": "Capt. Ibrahim Munir Majhur", "title": "Capt.",
                "method": "cue-speaker-after"}
"""

# No postponed annotations: named tuples read theirs (see syriadefect.model).
import bisect
import itertools
import re
from typing import NamedTuple

from syriadefect import patterns
from syriadefect.model import (
    Offset,
    Span,
    Speaker,
    char_before,
    in_regions,
    rstripped,
    span_of,
)
from syriadefect.parse import lexicon

# ----------------------------------------------------------------------------- patterns

# Words between a speaker and the cue verb: "crowds are heard chanting", "he has also said".
_AUX = (
    r"(?:(?:"
    + "|".join(sorted([*lexicon.AUXILIARIES, *(h.replace(" ", r"\s+") for h in lexicon.HABITS)]))
    + r"|[a-z]+ly)\s+){0,3}"
)
# after an inverted cue "it" is an object ("accusing it of"), never the speaker
_PRONOUN = r"(?:he|she|they|we|I|He|She|They|We)"
_PARTICLES = r"(?:al|el|bin|ibn|van|von|de|da|del|der|di|du|la|le)"
# (a particle joined to the name by a hyphen is one word with it: "al-Julani")
# (an apostrophe inside a name, "O’Brien", "Trump’s"; not one after it, which is a
# plural's possessive, "Sanders’ California", or closes a quote, "Crooked Hillary''")
_CAPITALISED_WORD = r"[A-Z][\w.-]*(?:['’][\w.-]+)*"
_NAME_WORD = rf"(?:{_CAPITALISED_WORD}|{_PARTICLES}(?:-{_CAPITALISED_WORD}|(?=[-\s]|$)))"
_JOINED_PARTICLE = patterns.compile(rf"{_PARTICLES}-[A-Z]")
# A noun phrase after an inverted cue ("said Capt. Jane Roe", "said a spokesman for X"):
# runs to punctuation or a word that starts a new constituent.
_NP_STOP = (
    r"(?:who|which|that|in|on|at|during|after|before|when|as|while|adding|noting|referring|"
    r"according|because|since|to|and\s+(?:added|said|noted)|last|this|yesterday|today|"
    r"tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# initials and abbreviated titles keep their period inside a name: "Gregory W. Slayton"
_ABBREVIATION = r"(?:[A-Z]|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|St|Jr|Sr|Prof|Rev)\."
# a party-and-state tag after a name: "Sen. Chuck Schumer (D-N.Y.) said"
_TAG = r"\([^()\n]{1,30}\)"
# The cue verbs themselves are checked against `lexicon.SPEECH_VERBS` in Python: these
# patterns match at one known place, where a set lookup is all that is needed (the text
# is scanned for cue words by `_SPEECH_VERB`, a pattern shaped as a tree of letters).
_AFTER_CUE_SPEAKER = patterns.compile(
    rf"[\s,'’]*(?P<cue>[a-z]+)\s+(?P<sp>{_PRONOUN}\b|"
    # (an apostrophe inside a word is no closing mark: "said Donald Trump’s campaign manager")
    rf"(?:(?!{_NP_STOP})(?:{_ABBREVIATION}|{_TAG}|(?:[^\s,.;:!?“”\"‘’]|’(?=[a-z]))+)\s*){{1,9}})",
)
# the phrase between a quote and its cue verb: “…,” the semi-official agency said
_AFTER_SPEAKER = patterns.compile(
    rf"[\s,'’]*(?P<sp>(?:(?!{_NP_STOP})(?:{_ABBREVIATION}|{_TAG}|[^\s,.;:!?“”\"‘’—]+)\s+){{1,8}}?)"
    rf"{_AUX}",
)
_DASH = r"\s*(?:—|–|―|--|-)\s*"
# “…” ― Pamela Padilla: a name alone after a dash, to the end of the sentence
_AFTER_DASH = patterns.compile(rf"{_DASH}(?P<sp>(?:{_NAME_WORD}\s*){{1,6}})[.,]?\s*$")
# "“…” ¶ - Hillary Clinton." / "-President Obama, tweeting after …": a signature line
_SIGNATURE = patterns.compile(rf"{_DASH}(?P<sp>(?:{_NAME_WORD}\s*){{1,6}}?)\s*(?:[.,]|$)")
_AFTER_ACCORDING = patterns.compile(
    rf"[\s,]*(?P<cue>according to)\s+(?P<sp>(?:{_ABBREVIATION}|[^,.;:!?“”\"]){{2,80}})"
)
_BEFORE_ACCORDING = patterns.compile(
    rf"(?P<cue>[Aa]ccording to)\s+(?P<sp>(?:{_ABBREVIATION}|[^,.;:!?“”\"]){{2,80}})[,:]\s*$"
)
# According to ProPublica, Clinton praised her “wonderful donors” … / For Trump, according
# to X, the speech represents “a test”
_SENTENCE_ACCORDING = patterns.compile(
    rf"(?P<cue>[Aa]ccording to)\s+(?P<sp>(?:{_ABBREVIATION}|[^,.;:!?“”\"]){{2,80}})(?=[,.;!?]|$)"
)
# … is “central” to the party’s platform, reported the Washington Examiner.
_REPORTED_BY = patterns.compile(
    r",\s+(?P<cue>reported|reports)\s+(?P<sp>(?:the\s+)?[A-Z][^,.;:!?“”\"]{1,60})[.!?]?\s*$"
)
_BEFORE_COLON_FROM = patterns.compile(
    rf"\b(?:[Ff]rom|by)\s+(?P<sp>(?:{_NAME_WORD}\s*){{1,6}}|(?:the|a|an)\s+(?:[\w’'-]+\s*){{1,4}}):\s*$"
)
# "X said:", "X told reporters", "X, a doctor at the clinic, said": the speaker is found
# by walking back from the cue.
# what may stand between such a cue and the quote: "told reporters that", "said:"
_CUE_TAIL = patterns.compile(
    rf"(?:\s+{lexicon.TOLD_OBJECTS})?(?:\s+(?:that|this|it|of|in\s+a\s+\w+))?\s*[:,]?\s*"
)
_AFTER_RULES = (
    (_AFTER_ACCORDING, "according-to"),
    (_AFTER_DASH, "dash-after"),  # only for a quote that opens its sentence
)
# A headline or lead such as "Carly Fiorina: 'Bill Clinton's fair game.'"
_NAME_COLON = patterns.compile(
    # (a role may come first: "Former secretary of state Hillary Rodham Clinton:“We …”")
    rf"\s*(?P<sp>(?:[A-Z][a-z]+\s+(?:[a-z]+\s+){{1,4}})?(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}"
    rf"(?:\s*{_TAG})?):(?:\s|$|(?=[“\"]))"
)
# "Doe’s response: “Not a chance.”", "Doe’s reply was: “…”": a noun of saying, owned by
# the speaker
_OWNER = rf"(?P<sp>(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})['’]s\s+"  # "Hillary Clinton’s "
_OWNER_COLON = patterns.compile(
    rf"(?<![\w.]){_OWNER}(?:[a-z]+\s+)?"
    r"(?P<cue>response|reply|answer|message|statement|verdict|retort|advice|explanation"
    r"|comment|reaction|assessment|warning|view|take|words)(?:\s+(?:was|is))?\s*:\s*$"
)
# "her remark that “…”", "Comey's conclusion that her actions were “…”", "his call for
# “…”": a noun of saying, owned by the speaker, and what it says
_OWNED_NOUNS = (
    "remarks?|comments?|statements?|claims?|assertions?|suggestions?|warnings?|calls?"
    "|promises?|pledges?|vows?|words|descriptions?|characterizations?|dictum|rejection"
    "|arguments?|assumptions?|admissions?|declarations?|insistence|contention"
    "|accusations?|charges?|conclusions?|slogans?|mantra|catchphrase|refrain|quip|boast"
    "|predictions?|denials?"
)
# (not "as": "called his remarks … as “…”"; nor, before a "that", a verb to be: "her
# comments to the FBI were “…”")
_PLAIN_WORD = r"(?!as\b)[^\s,.;:“”\"()]+"
_NOT_BE = r"(?!(?:is|are|was|were|been)\b)"
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# (the noun is looked for first, then its owner before it and its words after it: a
# search for the whole phrase would try every character of the window)
_OWNED_NOUN = patterns.compile(rf"\b(?:{_OWNED_NOUNS})\b")
_OWNED_BY = patterns.compile(
    rf"(?:(?<![\w.]){_OWNER}|\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)\s+)(?:[a-z-]+\s+)?$"
)
_OWNED_WORDS = patterns.compile(
    rf"(?:(?:\s+{_PLAIN_WORD}){{0,6}}?\s+that(?:\s+{_PLAIN_WORD}){{0,8}}?"
    rf"|\s+(?:for|of|to)(?:\s+{_NOT_BE}{_PLAIN_WORD}){{0,3}}?)\s+"
)
# … doesn't surprise Republican pollster Daron Shaw: “Historically, …”
_NAME_BEFORE_COLON = patterns.compile(
    rf"(?<![\w.])(?P<sp>(?:{_NAME_WORD}\s+){{1,4}}{_NAME_WORD}(?:\s*{_TAG})?):\s*$"
)
# each with the character that must end the text before the quote (a cheap test that
# spares the search), or None
_BEFORE_RULES = (
    (_BEFORE_ACCORDING, "according-to", ","),
    (_BEFORE_ACCORDING, "according-to", ":"),  # According to HuffPo: “…”
    (_BEFORE_COLON_FROM, "colon-intro", ":"),
    (_OWNER_COLON, "speaker-cue-before", ":"),
    (_NAME_COLON, "name-colon", None),
)
_INTRO = patterns.compile(
    # a dateline ("PORTLAND, Ore. - "), a participial opener ("Flying home one night, ",
    # "Horrified at the prospect, ")
    r"(?:[A-Z][A-Z .'-]+,[^-—–\n]{0,40}?\s(?:-|—|–)\s+|"
    r"(?!According|Based)[A-Z][a-z]+(?:ing|ed)\b[^,.;:“\"]{0,160},\s+|"
    r"(?:In|On|At|During|After|Before|However|Still|Yet|But|And|Now|Meanwhile|Asked|When|"
    r"While|Although|As|Since|Earlier|Later|Last|Speaking|Instead|Also|Then|Separately|"
    r"Indeed|Similarly|Moreover|Thus|Today|Yesterday|Tuesday|Monday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Amid|Despite|Like|Unlike|With|Without|Under|Among|Through|"
    r"Throughout|Within|Beyond|Against|Following|For|From|By|Over|Days|Weeks|Hours|"
    r"Back|Outside|Inside|Near|Across|Around|Along|Alongside|Behind|Ahead|Once|Until|"
    r"Unless|Given|If|Though|Because|Whether|Whereas|Upon|"
    rf"Minutes|Months|Years)\b(?:{_ABBREVIATION}|[^,.;:“\"]){{0,160}},\s+|"
    r"(?:But|And|So|Yet|Still|Now|Also)\s+|"
    # "Eight years ago, ", "Two days later, ", "A week earlier, "
    r"(?:[A-Z][a-z]+|\d+)(?:\s+[a-z]+)?\s+(?:years?|months?|weeks?|days?|hours?|decades?)"
    r"\s+(?:ago|earlier|later|before|after),\s+|"
    # "Immediately after the attacks, ", "First, ", "Ultimately, "
    r"[A-Z][a-z]+ly\s+(?:after|before|following|since|when|as|upon|on|in|at)\b[^,.;:“\"]{0,160},\s+|"
    r"(?:First|Second|Third|Finally|Next|Again|Afterward|Afterwards|Overall|Ultimately"
    r"|Eventually|Initially|Recently|Previously|Currently|Notably|Importantly|Apparently"
    r"|Additionally|Unfortunately|Fortunately|Interestingly|Specifically|Generally"
    r"|Typically|Originally|Historically|Privately|Publicly),\s+)"
)
# an opener after another, in lower case: "(On Thursday,) after remaining neutral, "
_LOWER_INTRO = patterns.compile(
    r"(?:after|before|in|on|at|during|following|despite|with|without|when|while|since|amid"
    r"|under|among|like|unlike)\b[^,.;:“\"]{0,160},\s+"
)
_MAX_INTROS = 3
_WORD = patterns.compile(r"[^\s“”\"‘]+")
# a sentence that opens with a participle: "Acknowledging that …", "In declaring …"
_PARTICIPIAL_OPENER = patterns.compile(
    r"(?:(?:In|After|Before|While|By|Since|When|Upon|Despite|Without)\s+)?[A-Za-z][a-z]+ing\s"
)
_COMMON_VERBS = frozenset(
    """is was are were has have had will would can could should may might must does did
    do says said thinks believes wants wanted made makes took takes gave gives got gets
    went goes came comes became becomes kept keeps held holds left leaves ran runs saw sees
    knew knows felt feels found finds put puts brought brings began begins seemed seems
    called calls hopes hoped plans planned tried tries used uses spoke speaks wrote writes
    told tells chose chooses sent sends led leads won wins lost loses paid pays met meets
    sought seeks stood stands fell falls grew grows drew draws rose rises shot struck
    sat sits built builds spent spends shook shakes broke breaks threw throws wore wears
    drove drives flew flies fought fights thought caught catches taught teaches bought buys
    fled flees hung stuck swore withdrew understood sang""".split()
)
_AFTER_VERB = frozenset(
    """that the a an his her him it its their them this these those to for on in of as with
    about at by from what how why whether no not more""".split()
)
_ANTECEDENT_WINDOW = 800
_TITLE_REACH = 40  # characters looked back for a title before a name
_DESCRIPTION_REACH = 3000  # characters looked back for the person "the senator" is
_DEPUTIES = frozenset(["vice", "deputy", "assistant", "lt"])
_RELATIONAL = frozenset(["his", "her", "their", "the"])  # "her daughter", "the lawyer"
# short titles and the word a description uses for them
_TITLE_WORDS = {
    **dict.fromkeys(["sen", "senator"], "senator"),
    **dict.fromkeys(["gov", "governor"], "governor"),
    **dict.fromkeys(["rep", "representative", "congressman", "congresswoman"], "representative"),
    **dict.fromkeys(["capt", "captain"], "captain"),
    **dict.fromkeys(["gen", "general"], "general"),
    **dict.fromkeys(["col", "colonel"], "colonel"),
    **dict.fromkeys(["lt", "lieutenant"], "lieutenant"),
    **dict.fromkeys(["sgt", "sergeant"], "sergeant"),
    **dict.fromkeys(["adm", "admiral"], "admiral"),
    **dict.fromkeys(["prof", "professor"], "professor"),
}
# "Keir Starmer, the prime minister,", "Jane Roe, a spokeswoman for the agency"
_APPOSITIVE_TITLE = patterns.compile(
    r",\s+(?:the|an?)\s+(?P<title>[a-z]+(?:\s+[a-z]+){0,3}?)"
    r"(?P<of>\s+of\s+(?!the\b)[a-z]+)?(?=\s*[,.;)]|\s+(?:of|for|at|with|to)\s)"
)
_TITLE_JOINS = frozenset(["of", "the"])  # inside a title: "secretary of state"
_MAX_NAMESAKES = 50
_CONJUNCTION = patterns.compile(r"\b(?:but|and|while|although|though|because|whereas)\b")
# (an age is one too: "Marley Anderson, 21, a junior from Las Vegas, said")
_APPOSITIVE_START = patterns.compile(r"\s*(?:[a-z]+ing|who|which|whose|a|an|the|of|from|\d{1,3})\b")
# a speech verb as a whole word: not part of a longer run of letters ("unsaid")
_SPEECH_VERB = patterns.compile(
    rf"(?<![A-Za-z])(?P<cue>{patterns.alternation(lexicon.SPEECH_VERBS)})(?![A-Za-z])"
)
_BEFORE_WINDOW = 160  # how far before a quote its "X said:" is looked for
# "…, Clinton said." ending a sentence
_TAIL_CUE = patterns.compile(r",\s+(?P<sp>[^,;:“”\"‘’]{1,60}?)\s+(?P<cue>[a-z]+)[.!?]?[\s”\"’)]*$")
_NEW_SENTENCE = patterns.compile(r"\s+[A-Z]")
_CUE_ENDS = patterns.compile(r"[.!?]|[^\S\n]*(?:\n|$)")  # "Trump said." ends there
_SENTENCE_REACH = 600  # no sentence is taken to be longer than this
_MAX_TITLE_AT = 4  # words before a title that are part of it: "Retired U.S. Air Force Gen."
_MAX_SENTENCE = 1_000  # where `sentence_bounds` cuts a run with no sentence end
_QUOTE_START = patterns.compile(r"[“\"‘«]|''|``")
_BREAK_WINDOW = 160  # characters before a cue where its clause break is looked for first
_LONGEST_BREAK = 10  # characters: no clause break is longer ("because ")
_BREAK_WORDS = (
    "and but that while as because when which who whom what after before since until"
    " although though unless whether"
).split()
_CLAUSE_BREAK = patterns.compile(
    # (the first characters up front, so that the search scans for them)
    rf"(?=[,;:()—–“”\"‘’'\s{''.join(sorted({w[0] for w in _BREAK_WORDS}))}])"
    # (a ’ between letters is an apostrophe: "can’t", "Clinton’s")
    r"(?:(?<!\d),|,(?!\d)|[;:()—–]|\s-\s|[“”\"‘]|(?<!\w)’|’(?!\w)|''"
    rf"|\b(?:{'|'.join(_BREAK_WORDS)})\s)",
    re.I,
)
# A coordinated subject ("Officials in Ohio and Michigan", "Sen. Johnny Isakson of Georgia
# and Sen. John Boozman of Arkansas"): the words inside a conjunct's name, the words that
# open no conjunct, and a place after a name
_NP_FUNCTION_WORDS = frozenset("of the in for from at de la van von al bin".split())
_PREPOSITIONS_FIRST = frozenset("in on at after before for with from by during".split())
_OF_PLACE = patterns.compile(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?$")
# A sentence ends at . ! or ? before a space and a capital or an opening mark, except
# after an abbreviated title or an initial; an abbreviation of initials ("U.S.", "D.C.")
# ends one before a word that opens sentences ("… in the U.S. He says …"). (The
# lookbehinds come after the punctuation so that they are tried only where a sentence
# may end.)
_SENTENCE_END = patterns.compile(
    r"[.!?](?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bSen\.)(?<!\bRep\.)"
    r"(?<!\bGov\.)(?<!\bGen\.)(?<!\bCapt\.)(?<!\bLt\.)(?<!\bCol\.)(?<!\bRev\.)"
    r"(?<!\bSgt\.)(?<!\bMaj\.)(?<!\bProf\.)"
    r"(?:(?<!\b[A-Z]\.)|(?<=[A-Z]\.[A-Z]\.)(?=\s+(?:He|She|They|We|It|I|But|The|This|That|And)\s))"
    r"[”\"’')]?\s+(?=[“\"‘'(A-Z])"
)
_DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your one some many several".split()
)
# "The man, identifying himself as Capt. Ibrahim Munir Majhur, said": the name he gave
_SELF_NAMED = patterns.compile(
    r",?\s+(?:who\s+)?(?:identif(?:ying|ied|ies)|introduc(?:ing|ed|es)|giv(?:ing|es)|gave)\s+"
    r"(?:(?:him|her)self|(?:his|her)\s+(?:first\s+|full\s+)?name)\s+(?:only\s+)?as\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
_DASHED_BEFORE = patterns.compile(r"\s+(?:—|–|--|-)\s+[^—–\n]{3,120}?\s+(?:—|–|--|-)\s*$")
# "John Kerry said the talks (would continue “…”)": a cue inside a reported clause has
# the reporter's subject (not after a relative pronoun: "who said")
_RELATIVE_PRONOUNS = frozenset("who which that".split())
_SAID_INSIDE = patterns.compile(
    "".join(rf"(?<!\b{word})" for word in sorted(_RELATIVE_PRONOUNS))
    + r"\s+(?:said|says|told|tells)\s"
)
_PAST_WORD = patterns.compile(r"[a-z]ed\s")  # (a cheap test before _verb_after_name)
_OBJECT_OPENERS = frozenset("a an the his her their its out up".split())
# a participle, as after what a subject issued ("issued a statement Tuesday saying …",
# whose speaker is the subject of "issued") or after a verb of aspect ("kept asking")
_ING_WORD = patterns.compile(r"[a-z]+ing\b")
# "Sanders made the following comment:", "to make a controversial comment that": the
# subject of "made"
_NOUN_CUE = patterns.compile(r"(?:comment|remark)s?\b")
_MADE_BEFORE = patterns.compile(
    r"\b(?:made|make|makes|making)\s+(?:a|an|the|this|that|these|those|his|her|their)\s+"
    r"(?:[a-z]+\s+){0,2}$"
)
_ISSUED_BEFORE = patterns.compile(
    r"\b[a-z]+\s+(?:out\s+)?(?:a|an|the)\s+(?:brief\s+|joint\s+|short\s+|new\s+)?"
    r"(?:statement|letter|email|e-mail|memo|tweet|post|message|note|release|video|ad)s?"
    r"(?:\s+[A-Z][a-z]+(?:\s+night)?)?\s+$"
)
# "Politifact seized on Trump’s claim that …": a cue noun owned by a name, and what
# follows it, after "that" or "of", is the claim, not what another says of it
# ("Hollande denounced Trump’s remarks as “hurtful”"; after "for" the gold goes either way)
_OWNER_BEFORE = patterns.compile(rf"(?<![\w.'’]){_OWNER}$")
_OWNED_CONTENT = patterns.compile(r"[a-z]+\s+(?:that|of)\b")
# a verb and "to" before a cue: "goes on to say", "wanted to add", "declined to say"
_TO_VERB = patterns.compile(
    r"\s+(?:(?:is|are|was|were|been|be)\s+(?:still\s+)?[a-z]+ing\s+"
    r"|(?:(?!and\b|or\b|but\b|[a-z]+ing\b)[a-z]+\s+){1,2}"
    # "Trump took to Twitter early Wednesday to …", "went on Fox News to …"
    r"|(?:took|takes|take|went|goes|go)\s+(?:to|on)\s+(?:[^\s,.;:“”\"]+\s+){1,5}?)to\s+$"
)
# a cue right before a subject: "She said (that) she recalls …"
_CUE_BEFORE_SUBJECT = patterns.compile(r"\b(?P<cue>[a-z]+)\s+(?:that\s+)?$")
# the cues that may put their speaker after them, in the middle of a sentence too:
# "“…,” said X", "…, says Y, a historian, is that …"
INVERTIBLE = frozenset(
    "said says wrote writes added adds asked asks explained explains argued argues noted notes "
    "recalled recalls".split()
)
# words that end a headline's subject besides verbs: "Trump Just Announced", "Obama to …"
_HEADLINE_VERB_WORDS = frozenset("just now to not will would can could may might".split())
_CONTRACTION = patterns.compile(
    r"(it|that|there|he|she|what|who|they|we|i|you)['’](?:s|re|ll|d|ve|m)$"
)
_MORE = frozenset("more less fewer".split())
_APPROXIMATE = frozenset("half a one two three four five six seven eight nine ten".split())
_TELL = frozenset("tell tells told".split())  # its object follows it, not its subject
_SUBJECT_PRONOUNS = frozenset("he she they we I".split())
_QUANTIFIERS = frozenset("several many some others both most few all".split())
# an adverb ending a phrase before its verb, after other words: "Gizmodo very recently"
# words in "-ly" that are no adverbs
_LY_NOUNS = frozenset(
    "tally family ally rally assembly supply anomaly monopoly bully reply belly jelly".split()
)
_TRAILING_ADVERB = patterns.compile(
    rf"(?<=\S)\s+(?:(?i:very|more|most)\s+)?(?!(?:{'|'.join(sorted(_LY_NOUNS))})\b)"
    r"(?:very|[a-z]{2,}ly)\s*$"
)
_ADVERB_PHRASE = patterns.compile(r"(?:(?i:very|more|most)\s+)?[a-z]{2,}ly")  # "More recently"
# a time after an organisation's name: "ABC News over the weekend", "a Des Moines Register
# poll last month", "Wall Street Journal released last week"
_TIME_TAIL = patterns.compile(
    r"(?<=\S)\s+(?:(?:released|published|taken|conducted|filed|issued|out)\s+)?"
    r"(?:over\s+the\s+weekend|at\s+the\s+time"
    r"|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year|weekend)"
    r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?![’'])"
    # (and no name after it: "a poll released on Friday by Latino Decisions" keeps it)
    r"(?=[^A-Z]*$)"
)
# an honorific and the surname after it: "Mrs. Clinton", "Mr Obama"
# (the "M" first: the search then scans for it)
_HONORIFIC = patterns.compile(r"(M(?<=\bM)(?:rs?|s|iss))\.?\s+([A-Z][\w’'-]*)")
# a verb of aspect before a participle cue: "kept asking", "began saying"
_ASPECT_BEFORE = patterns.compile(
    r"\b(?:kept|keeps|began|begins|started|starts|continued|continues)\s+$"
)
# texts that say what they quote, which may stand for a speaker: "The ad", "his letter"
_DOCUMENTS = frozenset(
    """letter report memo memorandum statement email ad study poll survey complaint
    lawsuit filing document tweet post release transcript editorial column petition
    indictment ruling""".split()
)
# plurals that end like people's and name things: "letters", "newspapers", "numbers"
_THING_PLURALS = tuple(
    """letters papers numbers orders centers centres matters quarters waters computers
    borders powers offers layers towers filters chapters factors sectors errors doors
    floors colors colours motors mirrors""".split()
)
_ORG_JOINS = frozenset(["of", "on", "for"])  # "Commission on …", "Institute for …"
# pronouns for someone unnamed: "anybody who …", "those who spoke"
_INDEFINITES = frozenset(
    "anybody anyone everybody everyone somebody someone nobody whoever those".split()
)
_MAX_INDEFINITE_WORDS = 4  # "those", "many of those", "27 percent of those"
_INDEFINITE_END = patterns.compile(rf"\b(?:{'|'.join(sorted(_INDEFINITES))})\s*$", re.IGNORECASE)
_FIRST_WORD = patterns.compile(r"(\S+?),?\s+")
# "… columnist David Brooks", "… bureau chief Juliet Eilperin": a role, then a name
_ROLE_THEN_NAME = patterns.compile(
    r"(?<![\w’'-])(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+"
    r"(?P<name>(?P<given>[A-Z][a-z]+)(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2})"
)
# someone who speaks for another: "a spokesman for", "an aide to", "a lawyer for"
_AGENT_OF = patterns.compile(
    r"(?i:an?|the|one|two|three|several|some)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)"
    r"\s+(?:for|to|of|with)\s"
)
# an opener with no comma before the subject: "In an interview Trump (said)", "Last week
# the senator (said)", "On Monday Sen. Ted Cruz (said)"; a place after a preposition is
# its object, not a subject ("In nearby Decatur, the plant …"), so a phrase needs its
# determiner
_DAYS = "|".join(lexicon.WEEKDAYS)
_BARE_OPENER = patterns.compile(
    r"(?:(?:In|At|On|During|After|Before|Since)\s+(?:an?|the|his|her|their|its|this|that)\s+"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[a-z][\w’'-]*"
    r"(?:\s+(?!(?:of|for|with|to|in|on|at|by|from)\s)[a-z][\w’'-]*)?"  # "a radio interview"
    rf"|(?:On\s+)?(?:{_DAYS})(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:Last|This|Earlier|Later)\s+(?:week|month|year|night|weekend|{_DAYS})"
    r"|Yesterday|Today|Tonight)\s+(?=[A-Z]|(?:he|she|they|we|I|the|an?|his|her|their)\s)"
)
_MAX_SPEAKER_WORDS = 14
_MAX_SOURCE_WORDS = 24  # after "according to": "early results of exit polls conducted …"
# Words that never occur in a speaker phrase: verbs, relative pronouns, dummy subjects.
_NOT_SPEAKER = frozenset(
    """is was are were be been being seems seem seemed there which whom whose would will
    can could should shall must not do does did has have had if then than because so what
    where why how""".split()
)
_LEADING_NOISE = frozenset(
    """and but so yet still also then now meanwhile however instead later earlier although
    though when while as if because since after before once until where even only just""".split()
)
# A speaker phrase neither starts nor ends with one of these.
_SHARE = patterns.compile(r"\d{1,3}(?:\.\d+)?\s?%")  # a share of those polled, as a speaker
_SHARE_OF = patterns.compile(
    r"(?:\d{1,3}(?:\.\d+)?\s?(?:%|percent|per\s+cent)|(?i:half|a\s+third|two-thirds|a\s+quarter"
    r"|a\s+majority|a\s+plurality|\w+\s+in\s+\w+))\s+of\s"
)
_EDGE_WORDS = frozenset(
    "to of for with by from at in on into about than or nor despite without against among"
    " between via per through during until".split()
)

# ----------------------------------------------------------------------------- names


_TITLE_OF_BEFORE = patterns.compile(
    r"(?:\b[A-Z][a-z]+\s+)?\b(?P<title>[A-Z][a-z]+)\s+of\s+(?:the\s+)?$"
)


class Person(NamedTuple):
    """A name written in the article, with the title standing before it."""

    name: Span  # title included: "Capt. Ibrahim Munir Majhur"
    core: tuple[str, ...]  # the name words: ("Ibrahim", "Munir", "Majhur")
    title: str | None
    organization: bool
    same_as: "Person | None" = None  # for a bare surname: the full name it stands for

    @property
    def full(self) -> "Person":
        return self.same_as or self


_NON_SPACE = patterns.compile(r"\S+")
_CAPITAL = patterns.compile(r"\b[A-Z]")
_POSSESSIVE = patterns.compile(r"[’']s$")
_WORD_PERIOD = patterns.compile(r"\b[A-Za-z]{2,}\.\s+")
# what may follow a name at the end of a speaker's words: a party tag, a place, a time
_NAME_TAIL = patterns.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}"
    r"|\s+(?:on|last|this)\s+[A-Za-z]+(?:\s+(?:night|morning|afternoon|evening))?)?\s*"
)
_RELATION_BEFORE = patterns.compile(r"\b(?:of|for|to|with|by|against|about|and)\s+$")
_STATE = frozenset(["state", "states"])
_STATED = patterns.compile(
    r"\s*[,:;.“\"]|\s+(?:that|in|on|their|the|a|an|its|his|her|clearly|simply|plainly)\b"
)
_STATE_NOUN_BEFORE = patterns.compile(
    r"(?:\b(?:from|the|a|an|her|his|their|its|our|my|your|home|each|every|per|of|in|by"
    r"|under|across|all|other)|\bstate\s+to)\s+$"
)
_CAPITALISED = patterns.compile(r"(?<![\w-])[A-Z][\w'’-]*\b")  # not "anti-Assad"
_NAME_WORD_RE = patterns.compile(rf"{_NAME_WORD}|[A-Z]\.")
_TOLD = ("told ", "tells ")
_POSSESSIVE_ENDS = ("’s", "'s")
_CONTRACTED = frozenset("it that there here he she what who where how let".split())
_I_QUOTE = (" I ", " we ")
# verbs a headline capitalises and no name holds ("Will" and "May" are given names)
_HEADLINE_VERBS = frozenset("is are was were has have had says said does did can could".split())
_FIRST_PERSONS = frozenset({"i", "we", "you"})
_NAME_RUN = patterns.compile(  # (the capital first: the search then scans for capitals)
    r"(?=[A-Z])\b(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]+)\s+){0,3}"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}|\s+[A-Z]\.){{1,6}}"
)
_PARTIES = frozenset("republican democrat democratic gop libertarian independent".split())
_NOT_NAME_START = frozenset(
    """the a an in on at of for and but or if as by to from with this that these those it he
    she they we i his her their our its there here when while after before since during
    although though despite under over about into than then so yet not no nor also
    what who whom whose which where why how whether because once even now every each some
    many most all both any last next like unlike until upon via against among between
    whatever maybe perhaps introducing meet
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_PARTISANS = frozenset("republican democrat independent conservative liberal".split())
# Words that count people before capitals that describe them, and name no one: "One
# California delegate", "another New Hampshire Republican", "Several Democrats"
_COUNTING = frozenset("one two three four five six seven eight nine ten another several".split())
# Verbs that open a question ("Is Sanders ready?", "Should Mr. Clarke …") are no part of
# a name after them; inside a headline's capitals they cut nothing ("Things Trump Has Said")
_QUESTION_START = frozenset(
    "is are was were does did has have had could would should must might shall".split()
)
# Months that are names too ("Theresa May"): they may end a name, not cut it
_NAME_MONTHS = frozenset(["april", "may", "june", "august"])
_DIGIT_AFTER = patterns.compile(r"[ \t]*\d")
_INITIALS = patterns.compile(r"(?:[A-Z]\.)+")
# a sentence that opens with someone the article does not name ("A spokeswoman for Acme
# said", "The official added"); titles that go with a name ("The president") are not here
_UNNAMED_SUBJECT = patterns.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))(?:A|An|The|One|Another)\s+(?:[A-Za-z][\w-]*\s+){0,2}?"
    r"(?P<noun>spokes(?:wo)?man|spokesperson|official|aide|adviser|advisor|woman|man"
    r"|analyst|expert|witness|resident|worker|student|lawyer|attorney|prosecutor"
    r"|investigator|voter|supporter|critic|doctor|delegate|donor|protester)\b",
    re.M,
)


class People:
    """The names written in an article, read lazily.

    Runs of capitalised words are found once; a run becomes `Person` records only when
    a speaker needs it: resolving a surname ("Majhur" -> "Capt. Ibrahim Munir
    Majhur") or a pronoun (the person named most recently before it). A lone
    capitalised word that is the last name of someone named earlier is a mention of
    that person too.
    """

    def __init__(
        self,
        text: str,
        units: list[tuple[Offset, Offset]],
        quoted: list[tuple[Offset, Offset]] | None = None,
        body: Offset = 0,
        writer: Span | None = None,
    ) -> None:
        self.text = text
        self.quoted = quoted or []  # sorted quote contents: their words are no cues
        self.body = body  # where the body starts, after the headline and dek
        # the byline's one author, whom "I" at a cue stands for
        self.writer = (
            Person(writer, tuple(writer.text.split()), None, False) if writer is not None else None
        )
        self.runs: list[tuple[Offset, Offset]] = [
            m.span() for start, end in units for m in _NAME_RUN.finditer(text, start, end)
        ]
        self.starts = [start for start, _ in self.runs]
        self.by_word: dict[str, list[int]] = {}
        for i, (start, end) in enumerate(self.runs):
            for word in text[start:end].split():
                key = _POSSESSIVE.sub("", word).strip(".,’'").lower()
                if "’" in key:
                    key = key.replace("’", "'")
                self.by_word.setdefault(key, []).append(i)
        self._built: dict[int, list[Person]] = {}
        self._named: dict[str, list[Person]] = {}
        self._like: dict[tuple[str, str], bool] = {}
        self._honorific_sex: dict[str, str | None] | None = None
        self._cues: list[re.Match[str]] | None = None
        self._cue_starts: list[Offset] = []

    def cues(self, start: Offset, end: Offset) -> list[re.Match[str]]:
        """The speech verbs between `start` and `end`, as matches with a "cue" group.

        The text is scanned once, on the first call.
        """
        if self._cues is None:
            self._cues = [
                m
                for m in _SPEECH_VERB.finditer(self.text)
                if self.text[m.start() - 1 : m.start()] != "-"  # "a six-pointed star"
                and not in_regions(m.start(), self.quoted)
                # "Trump said, and I quote, “…”": the writer's aside, not the cue
                and not (m.group("cue") == "quote" and self.text.endswith(_I_QUOTE, 0, m.start()))
                # "state" is mostly a noun ("her home state", "from state to state"): a cue
                # only before what it states ("the document states, …", "states that")
                and not (m.group("cue") in _STATE and not self._states(m.start(), m.end()))
            ]
            self._cue_starts = [m.start() for m in self._cues]
        first = bisect.bisect_left(self._cue_starts, start)
        last = bisect.bisect_left(self._cue_starts, end, first)
        # (the matches do not overlap: only the last can run past `end`)
        if last > first and self._cues[last - 1].end() > end:
            last -= 1
        return self._cues[first:last]

    def in_run(self, i: int) -> list[Person]:
        """The people of run `i` (a run may hold two names split by a sentence end)."""
        if i not in self._built:
            start, end = self.runs[i]
            found = _people_in(self.text, start, end)
            if found and _named_thing(self.text, found[0].name.start, found[-1].name.end):
                # "news channel Al Jazeera", "the Dair Alzour province": not a person
                found = [Person(p.name, p.core, p.title, True) for p in found]
            found = [Person(p.name, p.core, p.title, True) if _a_thing(p) else p for p in found]
            self._built[i] = found
        return self._built[i]

    def _states(self, start: Offset, end: Offset) -> bool:
        """Whether "state(s)" between `start` and `end` is a verb: before what it states,
        after no determiner or preposition."""
        return _STATED.match(self.text, end) is not None and not _STATE_NOUN_BEFORE.search(
            self.text, max(0, start - 20), start
        )

    def within(self, start: Offset, end: Offset) -> list[Person]:
        """The people named in full (a given name first) between `start` and `end`."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        return [
            person
            for i in range(first, last)
            for person in self.in_run(i)
            if not person.organization
            and person.name.end <= end
            and len(person.core) >= 2
            and person.core[0].lower() in lexicon.GIVEN_NAMES
        ]

    def named(self, last: str) -> list[Person]:
        """Everyone whose name ends with the word `last` (lower case).

        Only the first `_MAX_NAMESAKES` runs holding the word count: the fullest form of
        a name comes early, and the bound keeps a text that repeats a name linear.
        """
        last = last.replace("’", "'")  # "O’Neill" is "O'Neill"
        if last not in self._named:
            self._named[last] = [
                person
                for i in self.by_word.get(last, ())[:_MAX_NAMESAKES]
                for person in self.in_run(i)
                if person.core[-1].lower() == last
            ]
        return self._named[last]

    def named_first(self, first: str) -> list[Person]:
        """Everyone of two or three names whose name starts with the word `first` (lower
        case), among the first `_MAX_NAMESAKES` runs holding it."""
        return [
            person
            for i in self.by_word.get(first, ())[:_MAX_NAMESAKES]
            for person in self.in_run(i)
            if 2 <= len(person.core) <= 3
            and person.core[0].lower() == first
            and not person.organization
        ]

    def full_name(self, surname: str, before: Offset) -> Person | None:
        """The first person of two or more names ending in `surname`, named before `before`;
        the first named in the body, if any (a headline's capitals cut names badly:
        "Understated Perez", "Debating Clinton")."""
        first = None
        for person in self.named(surname.lower()):
            if person.organization or len(person.core) < 2 or person.name.start >= before:
                continue
            if person.name.start >= self.body:
                return person
            first = first or person
        return first

    def starting_at(self, position: Offset) -> Person | None:
        """The person whose name starts at `position`, in the fullest form of the name."""
        i = bisect.bisect_left(self.starts, position)
        if i < len(self.starts) and self.starts[i] == position:
            found = self.in_run(i)
            if found and not found[0].organization and found[0].name.start == position:
                return found[0].full
        return None

    def first(self, position: Offset) -> Person | None:
        """The first person named before `position` (an interview's subject is named
        first: "Q&A with Vice President Joe Biden", "Superintendent Carla Diaz took over
        …"), in the fullest form of the name."""
        for i in range(bisect.bisect_left(self.starts, position)):
            for person in self.in_run(i):
                if (
                    not person.organization
                    and person.name.end <= position
                    and (len(person.core) >= 2 or person.title)
                ):
                    return person.full
        return None

    def recent(self, position: Offset, pronoun: str = "") -> Person | None:
        """The person named most recently before `position`, within the window.

        A title or a given name that tells the person's sex ("Mrs. Clinton", "Hillary
        Clinton") rules them out for a pronoun of the other one; "it" and "they" stand
        for no one person. The answer is the fullest form of the name.
        """
        floor = max(0, position - _ANTECEDENT_WINDOW)
        unlike = lexicon.PRONOUNS.get(pronoun.lower(), "")
        if unlike == "first":
            # "I" at a cue, out of quotes, is the writer, whom the byline may name and no
            # name before it tells; "we" is more than the writer
            return self.writer if pronoun.lower() == "i" else None
        if unlike in ("neuter", "plural"):
            # "it" stands for a thing or an organisation, never a person; "they" for a
            # group ("Six Gannett newspapers … They called him …"), which no one name is
            return None
        first = bisect.bisect_left(self.starts, floor)
        last = bisect.bisect_left(self.starts, position)
        best: Person | None = None
        i = last
        while best is None and i > first:  # the latest run with a fitting name
            i -= 1
            for person in self.in_run(i):
                if person.organization or person.name.end > position:
                    continue
                if in_regions(person.name.start, self.quoted):
                    continue  # a name in quoted words: “Crooked Hillary,” he called her
                if self._told(person.name.start):
                    continue  # "Cook told Benioff …" ¶ "“…,” he said": the teller speaks on
                if len(person.core) < 2 and not person.title:
                    continue
                if not person.title and not self._person_like(person):
                    continue  # "the National Mall", "Easter Island", "the Cold War"
                if unlike in ("male", "female") and (
                    self._sex(person, position) not in (None, unlike)
                    or person.core[-1].lower() in lexicon.GROUP_PLURALS
                ):
                    continue
                if best is None or person.name.start > best.name.start:
                    best = person
        # a bare surname later than every full name: "Brandt said …, she said"
        covered = self.runs[i:last] if best else self.runs[first:last]
        after = best.name.end if best else floor
        for m in _CAPITALISED.finditer(self.text, after, position):
            if in_regions(m.start(), covered) or self._told(m.start()):
                continue
            full = self.full_name(m.group(0), m.start())
            if full is not None and (
                unlike not in ("male", "female") or self._sex(full, position) in (None, unlike)
            ):
                best = Person(
                    span_of(self.text, m.start(), m.end()), full.core, full.title, False, full
                )
        if best is None or self._unnamed_since(best.name.end, position, unlike):
            return None
        best = best.full
        if len(best.core) < 2:  # "Mrs. Clinton": the full name written elsewhere
            best = self.full_name(best.core[-1], position) or best
        return best

    def _told(self, start: Offset) -> bool:
        """Whether the name at `start` is whom someone else told something ("Cook told
        Benioff"; but after "I told Sanders …" it is Sanders who answers)."""
        if not self.text.endswith(_TOLD, max(0, start - 6), start):
            return False
        teller = self.text[max(0, start - 16) : start].split()[-2:-1]
        return not teller or teller[0].lower() not in _FIRST_PERSONS

    def titled(self, description: list[str], position: Offset) -> Person | None:
        """The person a description after "the" stands for ("senator", "Vermont
        senator"): the one named most recently before `position`, within reach, whose
        title has the description's last word ("Sen. Bernie Sanders"), as a deputy's
        only if the description says so ("Vice President Joe Biden" is "the vice
        president", no "president"), and whose title or surroundings hold its
        capitalised words ("Vermont"); in the fullest form."""
        head = description[-1].lower().strip(".,")
        wanted = _TITLE_WORDS.get(head, head)
        if wanted not in lexicon.TITLES or wanted in lexicon.TITLE_MODIFIERS:
            return None
        proper = [w for w in description[:-1] if w[:1].isupper()]
        deputy = len(description) > 1 and description[-2].lower() in _DEPUTIES
        for i in self._described_runs(position):
            for person in reversed(self.in_run(i)):
                title = title_of(self.text, person)
                if person.organization or person.name.end > position or not title:
                    continue
                words = [_TITLE_WORDS.get(w, w) for w in title.lower().replace(".", " ").split()]
                at = words.index(wanted) if wanted in words else -1
                if at < 0 or (at > 0 and words[at - 1] in _DEPUTIES) != deputy:
                    continue
                around = self.text[
                    max(0, person.name.start - 25) : min(person.name.end + 25, position)
                ]
                if all(word in around for word in proper):
                    return person.full
        return None

    def previous_subject(self, position: Offset) -> Person | None:
        """The person whose full name, with no title, opens the sentence before the one at
        `position`: "Marco Rubio says … The Florida senator is predicting …"."""
        text = self.text
        here = max(_sentence_start(text, 0, position), text.rfind("\n", 0, position) + 1)
        end = rstripped(text, here) - 1
        before = max(_sentence_start(text, 0, end), text.rfind("\n", 0, end) + 1)
        i = bisect.bisect_left(self.starts, before)
        if i == len(self.starts) or self.starts[i] - before > 2 or self.starts[i] >= here:
            # "Rubio offered … The Florida senator sought …": a surname alone, whose full
            # name the article wrote before
            word = _CAPITALISED.match(text, before)
            full = word and self.full_name(word.group(0), before)
            if full and full.core[0].lower() in lexicon.GIVEN_NAMES:
                return full.full
            return None
        found = self.in_run(i)
        if (
            not found
            or found[0].organization
            or found[0].title
            or len(found[0].core) < 2
            or found[0].core[0].lower() not in lexicon.GIVEN_NAMES  # a person's given name
        ):
            return None
        return found[0].full

    def described(self, phrase: str, position: Offset) -> Person | None:
        """The person named most recently before `position`, within reach, right after
        the words `phrase` (lower case): "her daughter, Grace Okonkwo-Reyes", "his
        lawyer Thomas Reyes"."""
        for i in self._described_runs(position):
            start = self.starts[i]
            before = self.text[max(0, start - len(phrase) - 4) : start].lower()
            if not before.rstrip(" ,").endswith(phrase):
                continue
            found = [p for p in self.in_run(i) if not p.organization]
            if found and found[0].name.end <= position:
                return found[0].full
        return None

    def _described_runs(self, position: Offset) -> range:
        """The runs a description at `position` may stand for, the latest first: those
        that start within `_DESCRIPTION_REACH` before it."""
        first = bisect.bisect_left(self.starts, position - _DESCRIPTION_REACH)
        return range(bisect.bisect_left(self.starts, position) - 1, first - 1, -1)

    def _unnamed_since(self, start: Offset, position: Offset, sex: str) -> bool:
        """Whether a sentence between `start` and `position` opens with a person the
        article does not name, who fits a pronoun of `sex`: "A spokeswoman for Acme said
        … She declined …" stands for the spokeswoman, not the executive named before."""
        if sex not in ("male", "female"):
            return False
        for m in _UNNAMED_SUBJECT.finditer(self.text, start, position):
            if lexicon.NOUN_SEX.get(m.group("noun").lower(), sex) == sex:
                return True
        return False

    def _person_like(self, person: Person) -> bool:
        """Whether a name without a title may be a person's: not when its first or last
        word is also a common word of the article ("the Cold War", "Mexico City", "the
        Great Depression", "Big Machine": "war", "city", "depression" and "big" are
        written in lower case too), unless its first word is a given name or the article
        writes its last word alone too ("Price said"), as it does of people and seldom
        of places and events."""
        if person.core[0].lower() in lexicon.GIVEN_NAMES:
            return True
        first, last = person.core[0], person.core[-1]
        if last.islower():
            return True  # "de", "al-": a particle
        known = self._like.get((first, last))
        if known is None:
            runs = len(self.by_word.get(last.lower(), ()))
            common = _has_word(self.text, last.lower(), 1) or (
                first != last and _has_word(self.text, first.lower(), 1)
            )
            known = self._like[(first, last)] = not common or _has_word(self.text, last, runs + 1)
        return known

    def honorific_sex(self, surname: str) -> str | None:
        """The sex the article's honorifics give a surname, if they all agree: "Obama"
        where the article writes "Mr. Obama" (and never "Mrs. Obama") is a man."""
        if self._honorific_sex is None:  # (the text is read once, for every surname)
            seen: dict[str, set[str | None]] = {}
            for m in _HONORIFIC.finditer(self.text):
                seen.setdefault(m.group(2), set()).add(lexicon.title_sex(m.group(1)))
            self._honorific_sex = {
                name: sexes.pop() if len(sexes) == 1 else None for name, sexes in seen.items()
            }
        return self._honorific_sex.get(surname)

    def _sex(self, person: Person, position: Offset) -> str | None:
        """What a title or a given name tells of a person's sex, if anything; for a
        surname alone ("Clinton"), what the full name written before `position` tells."""
        if lexicon.title_sex(person.title) is None and len(person.core) < 2:
            person = self.full_name(person.core[-1], position) or person
        return _sex_of_name(person)


def _a_thing(person: Person) -> bool:
    """Whether a name is a place's or a thing's, never the antecedent of "he": "South
    Carolina", "Wall Street", "San Diego", "National Review", "Islamic State", "Punjab’s
    Bhatinda" (but "Smith" alone may be a person, and so may "Germany’s Chancellor
    Angela Merkel")."""
    core = person.core
    last = core[-1].lower()
    return " ".join(core).lower() in lexicon.PLACE_NAMES or (
        len(core) > 1
        and (
            last in lexicon.THING_ENDS
            or last in lexicon.PLACE_ENDS
            or core[0].lower() in lexicon.THING_STARTS
            or (
                person.title is None
                and any(_POSSESSIVE.search(w) for w in person.name.text.split()[:-1])
            )
        )
    )


def _has_word(text: str, word: str, times: int) -> bool:
    """Whether `word` stands in `text` as a whole word at least `times` times (not inside
    another word, nor after a hyphen: "anti-war"). Plain searches: cheaper than a pattern
    made for each word."""
    found, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")) and (
            end == len(text) or not (text[end].isalnum() or text[end] == "_")
        ):
            found += 1
            if found >= times:
                return True
        at = text.find(word, end)
    return False


def _named_thing(text: str, start: Offset, end: Offset) -> bool:
    """Whether the words around a name say it names an organisation or a place."""
    before = text[max(0, start - 25) : start].split()
    after = text[end : end + 25].split()
    word_before = before[-1].lower().strip(",") if before else ""
    word_after = after[0].lower().strip(",.") if after else ""
    if word_before in _ORG_JOINS and len(before) > 1 and before[-2][:1].isupper():
        # "Commission on Presidential Debates", "Council on Foreign Relations": the end of
        # an organisation's name
        word_before = before[-2].lower()
    return word_before in lexicon.ORG_WORDS or word_after in lexicon.ORG_WORDS | lexicon.PLACE_WORDS


def _people_in(text: str, start: Offset, end: Offset) -> list[Person]:
    """Split a capitalised run at sentence ends ("DFA. Another") and read each part."""
    out = []
    pos = start
    chunk = text[start:end]
    if "." not in chunk:
        person = _person(text, start, end)
        return [person] if person is not None else []
    for m in _WORD_PERIOD.finditer(chunk):
        word = m.group(0).split(".")[0].lower()
        if word + "." in lexicon.TITLES:
            continue  # an abbreviated title ("Sen."), not a sentence's end ("… State.")
        person = _person(text, pos, start + m.start() + len(m.group(0).rstrip()) - 1)
        if person is not None:
            out.append(person)
        pos = start + m.end()
    person = _person(text, pos, end)
    if person is not None:
        out.append(person)
    return out


def _person(text: str, start: Offset, end: Offset) -> Person | None:
    words = [(m.group(0), m.start(), m.end()) for m in _NON_SPACE.finditer(text[start:end])]
    while words and (
        words[0][0].lower().strip(".,") in _NOT_NAME_START or words[0][0].lower() in _QUESTION_START
    ):
        words.pop(0)
    if words and words[0][0].lower() in _COUNTING:
        return None
    for i, (word, _, word_end) in enumerate(words):
        bare = word.lower().strip(".,")
        if i and bare in _NOT_NAME_START:
            if (
                bare in _NAME_MONTHS
                and i == len(words) - 1
                and not _DIGIT_AFTER.match(text, start + word_end)
            ):
                break  # "Theresa May", but "Clinton May 3"
            words = words[:i]  # "Turkey Thursday": a name stops at a day or month
            break
    title_words = []
    while len(words) > 1 and words[0][0].lower() in lexicon.TITLES:
        title_words.append(words.pop(0))
    # "Texas Sen. Ted Cruz", "FBI Director James Comey": a place or body before the title
    # is part of it, when a first and last name follow
    # (a title word in the name itself is none: "Pete King", "Patty Judge")
    at = max(
        (
            i
            for i, (w, _, _) in enumerate(words[: min(_MAX_TITLE_AT + 1, len(words) - 2)])
            if w.lower() in lexicon.TITLES
        ),
        default=-1,
    )
    if at >= 0:
        title_words, words = title_words + words[: at + 1], words[at + 1 :]
    if not words or not all(_NAME_WORD_RE.fullmatch(w) for w, _, _ in words):
        return None
    # a name written twice, its first and last words again: "Kristi Noem Kristi Lynn Noem"
    # (not "Blue Cross Blue Shield")
    again = 0
    if len(words) > 3:  # (two words each time at least)
        again = next((i for i in range(2, len(words)) if words[i][0] == words[0][0]), 0)
    if again and any(w == words[again - 1][0] for w, _, _ in words[again + 1 :]):
        words = words[:again]
    given = next((i for i, (w, _, _) in enumerate(words) if w.lower() in lexicon.GIVEN_NAMES), 0)
    if (
        given
        and not title_words
        and len(words) - given >= 2
        # (nor are initials and particles: "A.E. Dick Howard", "Abu Mohammed al-Julani")
        and not any(
            _INITIALS.fullmatch(w) or w.lower() in lexicon.NAME_PARTICLES
            for w, _, _ in words[:given]
        )
    ):
        # a headline's capitals before a given name are no part of the name: "The Most
        # Offensive Things Donald Trump Has Said"
        words = words[given:]
    owner = next((i for i, (w, _, _) in enumerate(words[:-2]) if _POSSESSIVE.search(w)), None)
    if owner is not None and not title_words:
        # the person is the one after an owner: "HuffPost Live’s Alyona Minkovski", "New
        # Republic’s Jeet Heer"
        words = words[owner + 1 :]
    if len(words) > 2 and words[0][0].lower() in lexicon.GIVEN_NAMES:
        # a headline's verb after a person's name: "Glenn Beck Blasts Drudge", "Mitt
        # Romney Says …"
        verb = next(
            (
                i
                for i in range(2, len(words))
                if words[i][0].endswith("s") and words[i][0].lower() in lexicon.SPEECH_VERBS
            ),
            0,
        )
        words = words[:verb] if verb else words
    if any(w.lower() in _HEADLINE_VERBS for w, _, _ in words):
        # a headline's capitals ("Republicans Are Following Trump"), an inverted cue that
        # opens a sentence ("Said Comey"; but "Said Dorothy Poynter" is cut at her name)
        return None
    # (one apostrophe for both: "O’Neill" and "O'Neill" are one name)
    core = tuple(_POSSESSIVE.sub("", w).strip(".,’'").replace("’", "'") for w, _, _ in words)
    if not all(core) or (len(core) == 1 and not title_words):
        return None
    if (
        not title_words
        and words[-1][0].lower() in lexicon.TITLES
        and text.startswith(" of ", start + words[-1][2])
    ):
        return None  # "Ohio Secretary (of State Jon Husted)": the start of a title
    first = (title_words or words)[0][1]
    last_end = words[-1][2]
    if (
        words[-1][0].endswith(".")
        and len(words[-1][0]) > 3
        and words[-1][0][:-1].lower() not in (lexicon.NAME_SUFFIXES)
    ):
        last_end -= 1  # "said Jane Doe." ends a sentence; "Jr." and "W." keep their period
    elif _POSSESSIVE.search(words[-1][0]):
        last_end -= 2  # "Hillary Clinton’s claim": the name without its "’s"
    title_start = start + first
    if (
        title_words
        and (of := _TITLE_OF_BEFORE.search(text, max(0, title_start - 40), title_start))
        and of.group("title").lower() in lexicon.TITLES
    ):
        # "Secretary of State John F. Kerry", "Ohio Secretary of State Jon Husted": the
        # title reaches back over "of"
        title_start = of.start()
    title = None
    org = any(w.lower() in lexicon.ORG_WORDS for w in core)
    if (
        title_start == start + first
        and all(w.lower() in _PARTIES for w, _, _ in title_words)
        and len(core) >= 2
        and not org
        and core[-1].lower() not in lexicon.THING_ENDS
    ):
        # "Republican Donald Trump", "Democrat Hillary Clinton": a party is no title (but
        # "Democratic People’s Republic", "Democratic National Convention" keep theirs)
        title_start = start + words[0][1]
    elif title_words:
        title = span_of(text, title_start, start + title_words[-1][2]).text
    name = span_of(text, title_start, start + last_end)
    return Person(name, core, title, org)


# ----------------------------------------------------------------------------- speaker phrases


def _verb_after_name(words: list[str], lowered: list[str]) -> int | None:
    """Where a past-tense verb stands before its object ("Trump posted a message",
    "Priebus called Clinton's …", "The candidate blasted Trump's …"), if it does; a
    participle that describes a noun is no such verb ("a poll released Thursday", "the
    letter reviewed by The Post")."""
    for i in range(1, len(words) - 1):
        if (
            words[i].islower()
            and lowered[i].endswith("ed")
            and lowered[i - 1] not in _RELATIVE_PRONOUNS  # "Republicans who critiqued the …"
            and (
                lowered[i + 1] in _OBJECT_OPENERS
                or (words[i + 1][:1].isupper() and words[i + 1].endswith(_POSSESSIVE_ENDS))
            )
        ):
            while i > 1 and _is_auxiliary(lowered[i - 1]) and words[i - 1].islower():
                i -= 1  # "Her campaign quickly (blasted out …)", not "Mrs. Schlafly"
            return i
    return None


def speaker_from(
    text: str,
    start: Offset,
    end: Offset,
    people: People,
    method: str,
    *,
    clause_start: bool = True,
    noun_phrase: bool = False,
) -> Speaker | None:
    """Make a `Speaker` of the phrase ``text[start:end]``; None if it is no speaker.

    With ``clause_start=False`` (a phrase right after a quote) a leading conjunction
    means a new clause ("… ,” but Trump said), not a speaker. With ``noun_phrase`` the
    phrase stands where only a noun phrase can ("according to reports emerging …"), so
    a first word that could be a verb is none.
    """
    span = span_of(text, start, end)
    start, end = span.start, span.end
    while end > start and text[end - 1] in ",.;:—–-":
        end -= 1
    while start < end and text[start] in "-–—•*·>~":  # a bullet: "- The plan", "> Sanders"
        start += 1
    if text.startswith("(", start) and text.find(")", start, end) < 0:
        start += 1  # a paragraph in parentheses: "(John Schlafly defended his mother …"
    while (m := _FIRST_WORD.match(text, start, end)) is not None:
        if m.group(1).lower() not in _LEADING_NOISE:
            break
        if not clause_start:
            return None
        start = m.end()
    if (opener := _BARE_OPENER.match(text, start, end)) is not None:
        start = opener.end()  # "In an interview Trump": the subject after the opener
    if end > start and text[end - 1] == ")" and (tag := text.rfind("(", start, end)) > start:
        end = tag  # "Sen. Chuck Schumer (D-N.Y.)": the name without its party tag
    if text.endswith(("ly", "very"), start, end):  # (a cheap test first)
        if _ADVERB_PHRASE.fullmatch(text, start, end):
            return None
        while (adverb := _TRAILING_ADVERB.search(text, start, end)) is not None:
            end = adverb.start()  # "as Gizmodo very recently (explained)": Gizmodo
            while end > start and text[end - 1] in " ,;:—–-":
                end -= 1
    mention = span_of(text, start, end)
    if mention.start >= mention.end:
        return None
    words = mention.text.split()
    lowered = [w.lower().strip(".,’'") for w in words]
    if (
        len(words) > 1
        and words[-1] in _SUBJECT_PRONOUNS
        and not any(w in lexicon.SPEECH_VERBS for w in lowered)
    ):
        # "since 2008 she (has told)", "so fired up about the deal he (said)": the subject
        # is the pronoun (but in "Tester said he (voted)" it is Tester)
        mention = span_of(text, mention.end - len(words[-1]), mention.end)
        words, lowered = [words[-1]], [lowered[-1]]
    if _PAST_WORD.search(mention.text) and (verb := _verb_after_name(words, lowered)) is not None:
        # "Trump posted a message on Twitter": the subject before a clause's own verb
        cut = [m.start() for m in _NON_SPACE.finditer(mention.text)][verb]
        mention = span_of(text, mention.start, mention.start + cut)
        words, lowered = words[:verb], lowered[:verb]
    if (
        len(words) == 1
        and words[0].endswith(_POSSESSIVE_ENDS)
        and lowered[0][:-2] not in _CONTRACTED  # "it's", "let's": no owner
        and len(words[0]) > 2
    ):
        # an owner alone: "Clinton’s (call to “…”)", "Trump's (claim that …)"
        mention = span_of(text, mention.start, mention.end - 2)
        words = [mention.text]
        lowered = [words[0].lower().strip(".,’'")]
    # (a capitalised "Will" is a name: "said Will Doyle"; "more than 4 in 10" a number)
    verbs = _NOT_SPEAKER.intersection(
        low
        for i, (low, word) in enumerate(zip(lowered, words, strict=True))
        if word[:4] != "Will" and not (low == "than" and i and lowered[i - 1] in _MORE)
    )
    if not words or len(words) > (_MAX_SOURCE_WORDS if noun_phrase else _MAX_SPEAKER_WORDS):
        return None
    if verbs:
        return None
    if len(words) == 1 and (m := _CONTRACTION.match(lowered[0])) and m.group(1) != "it":
        # "he's said", "they've argued": the subject is the pronoun
        mention = span_of(text, mention.start, mention.start + len(m.group(1)))
        words, lowered = [mention.text], [mention.text.lower()]
    if "<" in mention.text or any(
        w.endswith(("n't", "n’t")) or _CONTRACTION.match(w) for w in lowered
    ):
        return None  # "you can't", "it’s safe to say he’s": a verb phrase; markup
    if (
        len(words) == 1
        and words[0].islower()
        and (lowered[0].endswith(("ly", "ed")) or lowered[0] in _COMMON_VERBS)
    ):
        # "said dryly": an adverb; "who helped (found)", "those who spoke (said)": a verb;
        # no speakers
        return None
    if len(words) == 1 and lowered[0] in _QUANTIFIERS:
        return Speaker(mention, None, None, "group", method)  # "Several said …"
    if words[0] in lexicon.SPEECH_VERBS and words[0] not in lexicon.TITLES and not noun_phrase:
        return None  # a verb ("state" the title of "state Sen. Jason Holsman" is not one)
    if lowered[-1] in _DETERMINERS | _LEADING_NOISE:
        return None
    if (lowered[0] in _EDGE_WORDS and not _about_a_number(lowered)) or (
        lowered[-1] in _EDGE_WORDS and not words[-1][0].isupper()  # "said Al From"
    ):
        return None
    if words[0].endswith("ing") and words[0].islower():
        return None  # "endorsing eight candidates": a participle, not a speaker
    if _SHARE.fullmatch(mention.text) or (
        _SHARE_OF.match(mention.text) and lowered[-1] not in _RELATIVE_PRONOUNS
    ):
        # "26% say …", "58 percent of Florida Latino voters overall said": a share of a
        # group, which no name is
        return Speaker(mention, None, None, "group", method)
    if not any(ch.isalpha() for ch in mention.text):
        return None
    if len(words) == 1 and lowered[0] in lexicon.PRONOUNS:
        return pronoun_speaker(mention, mention.text, people, method)
    if lowered[0] in lexicon.PRONOUNS:
        return None
    if "and" in lowered[1:-1] and _several_people(mention.text, people):
        # "Paul Ryan and Donald Trump", "Mr. Grassley and Mr. Leahy": more than one
        # speaker, none of whom said it alone
        return Speaker(mention, None, None, "group", method)
    if (
        lowered[0] in ("a", "an")
        and (lowered[-1] in lexicon.PERSON_NOUNS or lowered[-1] in _PARTISANS)
        and not _SELF_NAMED.match(text, mention.end)  # ("A woman, who gave her name as …")
    ):
        # "a New Hampshire Republican", "a prominent Republican National Committee
        # member": someone the article does not name
        return Speaker(mention, None, None, "person", method)
    # ("press" names an organisation, but not in "press secretary Tom Reyes")
    if any(w in lexicon.ORG_WORDS and not _before_title(lowered, i) for i, w in enumerate(lowered)):
        if (staff := _named_after_role(text, mention)) is not None:
            # "New York Times columnist David Brooks": a person of the organisation
            name, role = staff
            return Speaker(mention, name, role, "person", method)
        return Speaker(mention, _org_name(text, mention), None, "organization", method)
    person = _resolve(text, mention, people)
    if person is not None:
        return Speaker(mention, person.name, title_of(text, person, words), "person", method)
    if lowered[0] == "the" and len(words) > 1 and (titled := people.titled(words[1:], start)):
        # "the senator", "the Vermont senator": the person named before with that title
        return Speaker(mention, titled.name, title_of(text, titled), "person", method)
    if (
        lowered[0] == "the"
        and len(words) > 1
        and _TITLE_WORDS.get(lowered[-1], lowered[-1]) in lexicon.TITLES
        and lowered[1:] != ["state"]  # "The state reported …": no one
        and not any(_POSSESSIVE.search(w) for w in words)  # "the president’s spokeswoman"
        and (subject := people.previous_subject(start)) is not None
    ):
        # "Marco Rubio says … The Florida senator is predicting": named with no title, as
        # the subject of the sentence before
        return Speaker(mention, subject.name, title_of(text, subject), "person", method)
    if (
        len(words) == 2
        and lowered[0] in _RELATIONAL
        and words[1].islower()
        and (words[1] in lexicon.PERSON_NOUNS or words[1] in lexicon.RELATIVES)
        and (described := people.described(lowered[0] + " " + words[1], start))
    ):
        # "her daughter said", after "Her daughter, Grace Okonkwo-Reyes, said …"
        return Speaker(mention, described.name, title_of(text, described), "person", method)
    if lowered[0] in _DETERMINERS and (m := _SELF_NAMED.match(text, mention.end)):
        # "The man, identifying himself as Capt. Ibrahim Munir Majhur, (said)"
        if (named := people.starting_at(m.end())) is not None:
            return Speaker(mention, named.name, title_of(text, named), "person", method)
        if (word := _CAPITALISED.match(text, m.end())) is not None:  # "only as Omar"
            return Speaker(mention, span_of(text, *word.span()), None, "person", method)
    if lowered[0] in _DETERMINERS or not any(w[0].isupper() for w in words):
        # (the head noun: "a spokesman for Bernie Sanders" is one person)
        head = _agent(mention.text) or lowered[-1]
        kind = "group" if head.endswith("s") else "person"
        return Speaker(mention, None, None, kind, method)
    return Speaker(mention, None, _title_in(words), "person", method)


def _named_after_role(text: str, mention: Span) -> tuple[Span, str] | None:
    """The name and the role of a person named after a role at an organisation ("New York
    Times columnist David Brooks", "Post White House bureau chief Juliet Eilperin"): a
    given name and a surname after the last lower-case words."""
    m = _ROLE_THEN_NAME.search(text, mention.start, mention.end)
    if m is None or m.end() != mention.end or m.group("given").lower() not in lexicon.GIVEN_NAMES:
        return None
    return span_of(text, m.start("name"), m.end("name")), " ".join(m.group("role").split())


def _agent(mention: str) -> str | None:
    """The noun of someone who speaks for another ("a spokesman for Paul Ryan", "an aide
    to Donald Trump"), if the mention is one; not "a lot of Republicans"."""
    m = _AGENT_OF.match(mention)
    noun = m.group("noun") if m else None
    return noun if noun in lexicon.PERSON_NOUNS or noun in lexicon.TITLES else None


def _several_people(mention: str, people: People) -> bool:
    """Whether both sides of the last "and" of a mention name someone: a person of the
    article, named somewhere with a title or a given name ("Bolton and Gorka", "Sen.
    Johnny Isakson of Georgia and …"), or an organisation ("The Congressional Black
    Caucus and Sen. Chuck Schumer"); not "United States Citizenship and Immigration
    Services"."""
    left, _, right = mention.rpartition(" and ")
    return all(_conjunct_names_someone(_OF_PLACE.sub("", side), people) for side in (left, right))


def _conjunct_names_someone(side: str, people: People) -> bool:
    words = [_POSSESSIVE.sub("", w.strip(".,’'")) for w in side.split()]
    if not words or not words[-1][:1].isupper() or words[-1].lower() in lexicon.TITLES:
        return False  # ("Fox News Vice President and Managing Editor Bill Sammon": one man)
    if any(w.lower() in lexicon.ORG_WORDS for w in words):
        return True
    return any(
        not person.organization
        and (person.title or person.core[0].lower() in lexicon.GIVEN_NAMES)  # a person's name
        for person in people.named(words[-1].lower())
    )


def _about_a_number(lowered: list[str]) -> bool:
    """ "about half of the voters", "about 40 percent": a share, not a topic ("about the
    deaths of journalists")."""
    return (
        lowered[0] == "about"
        and len(lowered) > 1
        and (lowered[1][:1].isdigit() or lowered[1] in _APPROXIMATE)
    )


def pronoun_speaker(mention: Span, pronoun: str, people: People, method: str) -> Speaker:
    """A pronoun as a speaker ("he", or "his" read as "he"), named after the person it
    most likely stands for, if any."""
    person = people.recent(mention.start, pronoun)
    return Speaker(
        mention,
        person.name if person else None,
        title_of(people.text, person) if person else None,
        "pronoun",
        method,
    )


def title_of(text: str, person: Person, words: list[str] | None = None) -> str | None:
    """A person's title: in the name ("Capt. Ibrahim Munir Majhur"), else in the words of
    the mention, else in lower case right before the name ("Wildcats coach Dan Rivers"),
    which a later "Rivers said" keeps."""
    return (
        person.title
        # (not the name's own words: "King said", of Pete King)
        or (_title_in([w for w in words if w.strip(".,’'") not in person.core]) if words else None)
        or _title_before(text, person.name.start)
        or _title_after(text, person.name.end)
        or _title_set_off(text, person.name)
    )


def _title_before(text: str, start: Offset) -> str | None:
    """The title words in lower case right before `start` ("former secretary of state")."""
    words = text[max(0, start - _TITLE_REACH) : start].split()
    if start > _TITLE_REACH:
        words = words[1:]  # cut by the window
    titles: list[str] = []
    for word in reversed(words):
        if not word.islower() or (word not in lexicon.TITLES and word not in _TITLE_JOINS):
            break
        titles.append(word)
    while titles and titles[-1] in _TITLE_JOINS:  # "the" before the title
        titles.pop()
    while titles and titles[0] in _TITLE_JOINS:
        titles.pop(0)
    if all(word in lexicon.TITLE_MODIFIERS for word in titles):
        return None  # "former Pennsylvania Gov. Ed Rendell": the title is in the name
    return " ".join(reversed(titles))


def _title_after(text: str, end: Offset) -> str | None:
    """The title of an appositive right after a name ("Keir Starmer, the prime minister,",
    "Jane Roe, a spokeswoman for the agency", "a chief of staff to …"): title words only,
    in lower case; not a relation ("Khizr Khan, the father of …": "Father" is a priest's
    title)."""
    m = _APPOSITIVE_TITLE.match(text, end)
    if m is None:
        return None
    words = m.group("title").split()
    if words[-1] not in lexicon.TITLES or words[-1] in lexicon.RELATIVES:
        return None
    return " ".join(words + (m.group("of").split() if m.group("of") else []))


def _title_set_off(text: str, name: Span) -> str | None:
    """The title before a name set off by commas ("the prime minister, Keir Starmer,
    told MPs", "Clinton’s spokesman, Brian Fallon,"); not before a clause ("Asked about
    the governor, Smith said")."""
    if not text.startswith(",", name.end) or not text.endswith(", ", 0, name.start):
        return None
    title = _title_before(text, name.start - 2)
    title_start = name.start - 2 - len(title or "")
    if not title or text[title_start : name.start - 2] != title:
        return None  # (a title written over a line break or with double spaces)
    words = text[max(0, title_start - 20) : title_start].split()
    if not words or not (words[-1].lower() == "the" or words[-1].endswith(_POSSESSIVE_ENDS)):
        return None
    return title


def _before_title(lowered: list[str], i: int) -> bool:
    """Whether a title follows the word at `i` within two words: "press secretary",
    "Senate Minority Leader" (a person's title, not the organisation's name)."""
    after = lowered[i + 1 : i + 3]
    if after and after[0] in ("of", "for", "on", "in", "at", "to", "and", "the"):
        return False  # "Department of Education", "Center for Justice": the organisation's
    return any(w in lexicon.TITLES for w in after)


def _title_in(words: list[str]) -> str | None:
    """The first run of title words in a mention ("the spokesman", "Sen. Ted Cruz"), not
    one inside a name ("Martin Luther King Jr.")."""
    titles: list[str] = []
    capitalised = 0
    for word in words:
        if word.lower() in lexicon.TITLES:
            titles.append(word)
        elif titles:
            break
        else:
            capitalised += word[:1].isupper()
    if all(word.lower() in lexicon.TITLE_MODIFIERS for word in titles):
        return None  # "former strategist David Axelrod": no title alone
    return " ".join(titles) if capitalised < 2 else None


def _org_name(text: str, mention: Span) -> Span | None:
    """ "the semi-official Anatolia news agency" -> "Anatolia news agency"; "an interview
    with ABC News over the weekend" -> "ABC News"."""
    m = _CAPITAL.search(mention.text)
    if m is None:
        return None
    words = mention.text.split()
    if len(words) and words[0].lower() == "the" and m.start() == 0:
        m = _CAPITAL.search(mention.text[4:])
        if m is None:
            return None
        name = _sub_span(text, mention, 4 + m.start())
    else:
        name = _sub_span(text, mention, m.start())
    if (when := _TIME_TAIL.search(text, name.start, name.end)) is not None:
        return span_of(text, name.start, when.start())  # (a time is no part of a name)
    return name


def _sub_span(text: str, mention: Span, offset: int) -> Span:
    """The part of a mention from a position in its collapsed text to its end."""
    raw = text[mention.start : mention.end]
    # walk the raw text, matching collapsed characters one by one
    collapsed_seen = 0
    i = 0
    prev_space = False
    while i < len(raw) and collapsed_seen < offset:
        if raw[i].isspace():
            if not prev_space:
                collapsed_seen += 1
            prev_space = True
        else:
            collapsed_seen += 1
            prev_space = False
        i += 1
    return span_of(text, mention.start + i, mention.end)


def _resolve(text: str, mention: Span, people: People) -> Person | None:
    """The fullest person whose name ends like the mention, written before it if possible."""
    written = mention.text.split()
    if len(written) > 1 and written[-1] in lexicon.PERSON_NOUNS and written[-2][:1].isupper():
        return None  # "Clinton aides", "a Trump supporter": people named after someone
    if _agent(mention.text):
        return None  # "a spokesman for Paul Ryan", "an aide to Donald Trump": not them
    inside = [p for p in _people_in(text, mention.start, mention.end) if not p.organization]
    if not inside and (named := people.within(mention.start, mention.end)):
        # "undecided Republican voter Stephanie Hooton of Derry", "strategist Joel Benenson
        # on Monday": a full name that ends the words, but for a place or a time (not "the
        # ex-wife of Alan Grayson", "Donald Trump’s campaign manager")
        last = named[-1]
        if _NAME_TAIL.fullmatch(text, last.name.end, mention.end) and not _RELATION_BEFORE.search(
            text, mention.start, last.name.start
        ):
            inside = [last]
    if inside:
        words = inside[-1].core
    else:
        words = tuple(
            w.strip(".,’'")
            for w in mention.text.split()
            if (w[0].isupper() or _JOINED_PARTICLE.match(w))  # "al-Julani"
            and w.lower().strip(".,") not in lexicon.TITLES
        )[-1:]
        if not words and len(written) == 1 and written[0][:1].isupper():
            # a title word alone may be a surname: "King said" after "Pete King"
            words = (written[0].strip(".,’'"),)
    if not words or (
        words[-1].lower() in _NOT_NAME_START and words[-1].lower() not in _NAME_MONTHS
    ):
        return None
    wanted = {w.lower().replace("’", "'") for w in words}
    # "Mrs. Clinton" is not Bill Clinton (an honorific leads the mention); nor, where
    # the article writes "Mrs. Clinton" and never "Mr. Clinton", is "Clinton"
    sex = lexicon.title_sex(written[0]) if len(written) > 1 else people.honorific_sex(words[-1])
    best: Person | None = None
    for candidate in people.named(words[-1].lower()):
        if candidate.organization or not wanted <= {w.lower() for w in candidate.core}:
            continue
        if sex is not None and _sex_of_name(candidate) not in (None, sex):
            continue
        if best is None or _better(candidate, best, mention.start, people.body):
            best = candidate
    if best is None and inside and len(inside[-1].core) >= 2:
        return inside[-1]
    if best is None and mention.text == words[0] and not words[0].isupper():
        # a name written family name first, "President Xi Jinping" ... "Xi said" (or a
        # given name alone: "Hillary said"), named before the mention; only a name with
        # a title or a known given name, as "Pew Research" or "HP Way" is no person
        for candidate in people.named_first(words[0].lower()):
            if candidate.name.end <= mention.start and (
                title_of(text, candidate) or words[0].lower() in lexicon.GIVEN_NAMES
            ):
                best = candidate  # the latest one
    return best


def _sex_of_name(person: Person) -> str | None:
    """What a person's title or given name tells of the person's sex, if anything."""
    given = lexicon.NAME_SEX.get(person.core[0].lower()) if len(person.core) > 1 else None
    return lexicon.title_sex(person.title) or given


def _better(candidate: Person, best: Person, position: Offset, body: Offset = 0) -> bool:
    """Prefer names written before the mention (for a mention in the body), then names
    in the body (from `body` on: a headline's capitals cut names badly, "Ted Cruz Hints
    Trump"), then longer ones, then titled ones."""
    before, best_before = candidate.name.start <= position, best.name.start <= position
    if before != best_before and position >= body:
        return before
    in_body, best_in_body = candidate.name.start >= body, best.name.start >= body
    if in_body != best_in_body:
        return in_body
    if len(candidate.core) != len(best.core):
        return len(candidate.core) > len(best.core)
    return bool(candidate.title and not best.title)


# ----------------------------------------------------------------------------- rules


class Attribution(NamedTuple):
    speaker: Speaker | None
    cue: Span | None


def attribute(
    text: str,
    unit: tuple[Offset, Offset],
    open_at: Offset,
    close_at: Offset,
    people: People,
) -> Attribution:
    """Find the speaker of the quote between `open_at` and `close_at` in its paragraph."""
    ustart, uend = unit
    sentence_start = _sentence_start(text, ustart, open_at)
    sentence_end = _sentence_end(text, close_at, uend)
    after_end = _next_quote(text, close_at, sentence_end)

    # According to ProPublica, Clinton praised her “wonderful donors” / “…,” Sanders
    # said, according to CNN: the source the writer cites comes first
    # (within the quote's own sentence: in “… calls ‘white gold.’ More companies …,
    # according to land records.” the records are the next sentence's source)
    own_end = _sentence_end(text, max(open_at, close_at - 3), uend)
    according = _according_to(text, sentence_start, own_end, people)
    if according is not None:
        return according

    # “…,” said X. / “…,” X said. / “…,” according to X. / “…” — X
    after = _after_quote(text, close_at, after_end, people, open_at == sentence_start)
    if after is not None:
        return after
    if open_at == sentence_start and after_end == sentence_end:
        # “…” and against the Brady law, Clinton said.: the cue that ends the sentence
        ending = _TAIL_CUE.search(text, close_at, sentence_end)
        if ending is not None and ending.group("cue") in lexicon.SPEECH_VERBS:
            speaker = speaker_from(
                text, ending.start("sp"), ending.end("sp"), people, "speaker-cue-after"
            )
            if speaker is not None:
                return Attribution(speaker, _cue(text, ending))

    # According to X, “…” / And from Chairwoman Y: “…” / X said: “…” / X: ‘…’
    window = max(sentence_start, open_at - _BEFORE_WINDOW)
    lead = char_before(text, open_at)
    for pattern, method, needs in _BEFORE_RULES:
        if needs is None:
            m = pattern.match(text, sentence_start, open_at)
        elif lead == needs:
            m = pattern.search(text, window, open_at)
        else:
            continue
        if m is None:
            continue
        speaker = speaker_from(text, m.start("sp"), m.end("sp"), people, method)
        if speaker is not None:
            return Attribution(speaker, _cue(text, m))
    before = people.cues(window, open_at)
    for i in range(len(before) - 1, -1, -1):
        m = before[i]
        if _CUE_TAIL.fullmatch(text, m.end(), open_at):
            if _participle(text, m):
                found = _participle_speaker(text, sentence_start, before[:i], m, people)
                found = found and found._replace(method="speaker-cue-before")
            else:
                found = subject_before(
                    text, sentence_start, m.start("cue"), people, "speaker-cue-before"
                )
            if found is not None:
                return Attribution(found, _cue(text, m))
            break
    # … doesn't surprise pollster Daron Shaw: “…” (no cue verb: "X told Fox News:" is above)
    m = _NAME_BEFORE_COLON.search(text, window, open_at) if lead == ":" else None
    if m is not None and not people.cues(sentence_start, m.start()):
        found = speaker_from(text, m.start("sp"), m.end("sp"), people, "name-colon")
        if found is not None:
            return Attribution(found, None)

    # her remark that “…” / his calls to end the “rigged economy”
    owned = _owned_quote(text, window, open_at, people)
    if owned is not None:
        return owned

    # X said the plan would ‘…’ / crowds are heard chanting ‘…’
    cues = people.cues(sentence_start, open_at)
    for i in range(len(cues) - 1, -1, -1):
        m = cues[i]
        if _participle(text, m):
            found = _participle_speaker(text, sentence_start, cues[:i], m, people)
        else:
            found = subject_before(text, sentence_start, m.start("cue"), people, "cue-in-sentence")
            if (
                found is None
                and m.group("cue") in INVERTIBLE
                and char_before(text, m.start()) in (",", "”", '"')
            ):
                # The paradox, says Carl Anthony, a historian, is that she was “…”
                after = inverted(text, m.start(), open_at, people, "cue-in-sentence")
                if after is not None:
                    return after
        if found is not None:
            return Attribution(found, _cue(text, m))
    # “…” the man said, later in the sentence (not past "but": that is a new clause)
    tail = people.cues(close_at, sentence_end)
    if (
        tail
        and _closes_sentence(text, close_at)
        and _NEW_SENTENCE.match(text, close_at)
        and not _CUE_ENDS.match(text, tail[0].end("cue"))
    ):
        # “We are not terrorists.” Mr. Zahed said: “…” / “…” She noted a rally: a quote
        # that ends its sentence, and a new one whose cue introduces something else (but
        # “… are missing.” Trump said. is a slip for the comma)
        tail = []
    # (a conjunction inside an appositive does not count: “…,” Jo Doe, a Republican
    # and former director, wrote)
    appositive = text.find(",", close_at + 2, tail[0].start()) if tail else -1
    if tail and not _new_clause(text, close_at, appositive if appositive >= 0 else tail[0].start()):
        for cue in tail:  # “Fight for $15” plans to protest …, the Daily Caller reports.
            found = subject_before(text, close_at, cue.start("cue"), people, "cue-in-sentence")
            if found is not None:
                return Attribution(found, _cue(text, cue))
    for cue in tail:
        # … “velvet gloves” in its dealings with Central Asia, said Nargis Kassenova.
        if char_before(text, cue.start(), close_at) == ",":
            after = inverted(text, cue.start(), sentence_end, people, "cue-in-sentence")
            if after is not None:
                return after
    # In declaring Trump's statements “not Christian,” the pope again demonstrated …
    if _PARTICIPIAL_OPENER.match(text, sentence_start, open_at):
        # the subject follows the opener's comma, which may stand inside the quote's
        # marks (“not Christian,” the pope) or after a "though,"
        commas = [close_at] if "," in text[max(0, close_at - 3) : close_at] else []
        pos = close_at
        while len(commas) < 2 and (comma := text.find(",", pos, sentence_end)) >= 0:
            commas.append(comma + 1)
            pos = comma + 1
        for start in commas:
            found = sentence_subject(text, start, sentence_end, people)
            if found is not None:
                return Attribution(found, None)
    # Rubio bemoaned a climate in which people “literally hate each other”
    found = sentence_subject(text, sentence_start, open_at, people)
    return Attribution(found, None)


def _owned_quote(text: str, window: Offset, open_at: Offset, people: People) -> Attribution | None:
    """The owner of a noun of saying whose words the quote at `open_at` are: the last such
    noun in the window that leads to the quote ("her remark that “…”"); none if its owner
    is not written right before it ("the remark that “…”") or names no one."""
    nouns = list(_OWNED_NOUN.finditer(text, window, open_at))
    for noun in reversed(nouns):
        if not _OWNED_WORDS.fullmatch(text, noun.end(), open_at):
            continue
        m = _OWNED_BY.search(text, max(window, noun.start() - _BEFORE_WINDOW // 2), noun.start())
        if m is None:
            return None
        found = owner_speaker(text, m, "sp", people)
        return Attribution(found, span_of(text, *noun.span())) if found is not None else None
    return None


def owner_speaker(
    text: str, owner: re.Match[str], name_group: str, people: People
) -> Speaker | None:
    """The speaker an owner before a noun of saying stands for: a possessive pronoun read
    as its subject ("his" as "he"), or the name in `name_group` ("Comey's"); None if the
    match holds neither."""
    if owner.group("pronoun"):
        mention = span_of(text, *owner.span("pronoun"))
        pronoun = _POSSESSIVE_PRONOUNS[owner.group("pronoun").lower()]
        return pronoun_speaker(mention, pronoun, people, "possessive")
    if owner.group(name_group):
        return speaker_from(text, *owner.span(name_group), people, "possessive")
    return None


def _new_clause(text: str, start: Offset, end: Offset) -> bool:
    """Whether a conjunction between `start` and `end` opens a new clause; one that joins
    two quotes does not ("the ultimate crisis” and “stunt growth,” Dean proclaimed)."""
    for m in _CONJUNCTION.finditer(text, start, end):
        if not _QUOTE_START.match(text, m.end() + 1):
            return True
    return False


def _participle(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue is a participle after a comma: "…, adding", "…, telling CNBC"."""
    return cue.group("cue").endswith("ing") and char_before(text, cue.start()) == ","


def _participle_speaker(
    text: str,
    sentence_start: Offset,
    earlier: list[re.Match[str]],
    cue: re.Match[str],
    people: People,
) -> Speaker | None:
    """ "Brandt said, adding ‘…’": the speaker of the cue before; "Sanders issued a new
    attack, stating ‘…’": the main clause's subject."""
    found = None
    if earlier:
        found = subject_before(
            text, sentence_start, earlier[-1].start("cue"), people, "cue-in-sentence"
        )
    if found is None:
        found = sentence_subject(text, sentence_start, cue.start(), people)
        found = found and found._replace(method="cue-in-sentence")
    return found


def _according_to(text: str, start: Offset, end: Offset, people: People) -> Attribution | None:
    """ "according to X" opening a sentence or set off by a comma, outside quotes; or
    ", reported X." ending it."""
    if text.find("report", start, end) >= 0 and (m := _REPORTED_BY.search(text, start, end)):
        found = speaker_from(text, m.start("sp"), m.end("sp"), people, "according-to")
        if found is not None:
            return Attribution(found, _cue(text, m))
    at = text.find("ccording to", start, end)
    if at < 0:
        return None
    for m in _SENTENCE_ACCORDING.finditer(text, at - 1, end):
        if people.quoted and in_regions(m.start(), people.quoted):
            continue
        if m.start() == start or char_before(text, m.start(), start) == ",":
            found = speaker_from(text, m.start("sp"), m.end("sp"), people, "according-to")
            if found is not None:
                return Attribution(found, _cue(text, m))
    return None


def could_speak(speaker: Speaker) -> bool:
    """Whether a subject found with no cue names someone who could have said a quote:
    a name, an organisation, a personal pronoun or a noun for people, not "The music"."""
    if speaker.name is not None or speaker.kind in ("organization", "group"):
        return True
    words = speaker.mention.text.split()
    if speaker.kind == "pronoun":
        return words[0].lower() != "it"
    if any(w[:1].isupper() for w in words[1:]):
        return True  # "Mr. Kaplan", "the Daily Caller"
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in _DETERMINERS:
        return True  # "Humphrey" (but not "Another cloud of smoke", "Embryonic stem cells")
    lowered = [w.lower().strip(".,’'") for w in words]
    # people, or a text that says what it quotes: "Hoff’s letter", "the report"
    return any(_people_noun(w) or w in _DOCUMENTS for w in lowered)


def _people_noun(word: str) -> bool:
    """Whether a word names people: a noun of the lexicon's ("voters", "aide") or a plural
    made like one ("negotiators", "questioners", "economists", "historians"), not a
    thing's ("letters", "newspapers")."""
    return word in lexicon.PERSON_NOUNS or (
        word.endswith(("ers", "ors", "ists", "ians")) and not word.endswith(_THING_PLURALS)
    )


def inverted(
    text: str, start: Offset, end: Offset, people: People, method: str
) -> Attribution | None:
    """The speaker after an inverted cue at `start`: "“…,” said Majhur", "…, said Nargis
    Kassenova"."""
    m = _AFTER_CUE_SPEAKER.match(text, start, end)
    if m is None or not _inverts(m.group("cue")):
        return None
    speaker = speaker_from(text, m.start("sp"), m.end("sp"), people, method, clause_start=False)
    return Attribution(speaker, _cue(text, m)) if speaker is not None else None


def _inverts(cue: str) -> bool:
    """Whether a speaker may follow the cue: "said Majhur", not "telling reporters"."""
    return cue in lexicon.SPEECH_VERBS and not cue.endswith("ing") and cue not in _TELL


def _is_auxiliary(word: str) -> bool:
    return word in lexicon.AUXILIARIES or (
        word.endswith("ly") and word.isalpha() and word.islower() and word not in _LY_NOUNS
    )


def _after_quote(
    text: str, close_at: Offset, end: Offset, people: People, opens_sentence: bool
) -> Attribution | None:
    """The speaker named right after a quote, with its cue."""
    after = inverted(text, close_at, end, people, "cue-speaker-after")  # “…,” said X.
    if after is not None:
        return after
    # “…,” X said: the phrase before the first cue verb that makes a speaker. After a
    # quote that ends its sentence (“… unacceptable.” Stanton wrote a letter …) the
    # next sentence has a subject of its own.
    closed = _closes_sentence(text, close_at)
    for cue in people.cues(close_at, min(end, close_at + _BEFORE_WINDOW)):
        if closed:
            break
        phrase = _AFTER_SPEAKER.fullmatch(text, close_at, cue.start())
        if phrase is None:
            break
        speaker = speaker_from(
            text,
            phrase.start("sp"),
            phrase.end("sp"),
            people,
            "speaker-cue-after",
            clause_start=False,
        )
        if speaker is not None:
            return Attribution(speaker, _cue(text, cue))
    for pattern, method in _AFTER_RULES:  # “…,” according to X. / “…” — X
        if pattern is _AFTER_DASH and not opens_sentence:
            continue
        m = pattern.match(text, close_at, end)
        if m is None:
            continue
        speaker = speaker_from(text, m.start("sp"), m.end("sp"), people, method, clause_start=False)
        if speaker is not None:
            return Attribution(speaker, _cue(text, m))
    return None


def _closes_sentence(text: str, close_at: Offset) -> bool:
    """Whether the quote closing at `close_at` ends with its sentence's full stop."""
    return text[max(0, close_at - 4) : close_at].rstrip("”\"’'» ").endswith(".")


def _cue(text: str, match: re.Match[str]) -> Span | None:
    if "cue" not in match.groupdict() or match.group("cue") is None:
        return None
    return span_of(text, match.start("cue"), match.end("cue"))


def signature(text: str, start: Offset, end: Offset, people: People) -> Speaker | None:
    """The speaker a paragraph signs for, when it is a dash and a name ("- Sanders.")."""
    m = _SIGNATURE.match(text, start, end)
    if m is None:
        return None
    return speaker_from(text, m.start("sp"), m.end("sp"), people, "dash-after")


def previous_sentence_speaker(
    text: str, floor: Offset, open_at: Offset, people: People
) -> Speaker | None:
    """For a quote that opens a sentence: the speaker named in the sentence before it.

    "Katie Packer said in a statement. “More and more, …”" -> Katie Packer.
    """
    start = _sentence_start(text, floor, open_at)
    if start != open_at or start == floor:
        return None
    previous = _sentence_start(text, floor, start - 1)
    if _next_quote(text, previous, start) != start:
        return None  # that sentence has quotes of its own: no intro
    for m in people.cues(previous, start):
        found = subject_before(text, previous, m.start("cue"), people, "previous-sentence")
        if found is not None:
            return found
    return None


def sentence_subject(text: str, start: Offset, end: Offset, people: People) -> Speaker | None:
    """The subject of the sentence starting at `start`, when a verb follows it before `end`.

    "Billionaire Donald Trump praised ..." -> "Billionaire Donald Trump";
    "In July, Sammy Aaron, vice chairman of G-III, told ..." -> "Sammy Aaron".
    """
    # openers one after the other: "WASHINGTON (UPI) — In response to …, ", "On Thursday,
    # after remaining neutral throughout the primary, "
    intro = _INTRO.match(text, start, end)
    for _ in range(_MAX_INTROS):
        if intro is None:
            break
        start = intro.end()
        intro = _INTRO.match(text, start, end) or _LOWER_INTRO.match(text, start, end)
    if _next_quote(text, start, end) == start or in_regions(start + 1, people.quoted):
        # the sentence opens with a quotation (also in straight single marks, which
        # _QUOTE_START leaves to the quote pass): no subject before it
        return None
    if text.startswith("According to ", start):
        # a source the cue-less sentence cites: "According to a 52-count civil complaint
        # filed by …, the developers engaged in a “…”" (too long for the according-to rule)
        start += len("According to ")
    words = list(itertools.islice(_WORD.finditer(text, start, end), _MAX_SPEAKER_WORDS + 2))
    for i, word in enumerate(words[: _MAX_SPEAKER_WORDS + 1]):
        token = word.group(0)
        following = words[i + 1].group(0) if i + 1 < len(words) else ""
        if i and _looks_like_verb(token.rstrip(","), following):
            last = i - 1
            while last > 0 and _is_auxiliary(words[last].group(0)):
                last -= 1  # "Trump later defended": the subject ends before the adverb
            return speaker_from(text, start, words[last].end(), people, "sentence-subject")
        if token.endswith(","):
            # an appositive or relative clause follows the subject: skip to its end
            found = speaker_from(text, start, word.end() - 1, people, "sentence-subject")
            close = text.find(",", word.end(), end)
            if (
                (found is None or found.name is None)
                and close > 0
                and _names_whole(text, word.end(), close)
            ):
                # "Her opponent, state Rep. Mark Hale, was unimpressed": the name beside it
                found = speaker_from(text, word.end(), close, people, "sentence-subject")
            return found
    return None


def _names_whole(text: str, start: Offset, end: Offset) -> bool:
    """Whether a person's name (with its title) ends the phrase ``text[start:end]``, a
    phrase of a few words."""
    names = _people_in(text, start, end)
    return bool(names) and names[-1].name.end == rstripped(text, end) and end - start <= 60


def headline_subject(text: str, start: Offset, end: Offset, people: People) -> Speaker | None:
    """The subject of a headline, written in any case, up to its first verb.

    Headlines quote their subject: "Francois Hollande Says Donald Trump ‘Makes You Want
    To Retch’", "DNC issues ‘deep and sincere apology’".
    """
    words = list(itertools.islice(_WORD.finditer(text, start, end), _MAX_SPEAKER_WORDS + 1))
    for i, word in enumerate(words):
        token = word.group(0).strip(",:")
        if not i or token.endswith(("'s", "’s", "ss")):
            continue  # a possessive or "Congress" is no verb
        lowered = token.lower()
        following = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if (
            lowered in lexicon.SPEECH_VERBS
            or lowered in lexicon.REPORTING_VERBS  # "Liberal politicians fear ‘…’"
            or lowered in _COMMON_VERBS
            or lowered in _HEADLINE_VERB_WORDS
            or (
                lowered.endswith(("s", "ed"))
                and not token.isupper()
                and lowered not in lexicon.PERSON_NOUNS  # "Liberal politicians fear"
                and following not in lexicon.SPEECH_VERBS  # "Bernie Sanders Says"
            )
        ):
            return speaker_from(text, start, words[i - 1].end(), people, "headline-subject")
    return None


def _looks_like_verb(token: str, following: str) -> bool:
    lowered = token.lower()
    if not token[:1].islower():
        return False
    if lowered in _COMMON_VERBS or lowered in lexicon.SPEECH_VERBS or lowered.endswith("ed"):
        return True
    if lowered.endswith(("n't", "n’t")):
        return True  # "Weaver didn’t seem impressed"
    return lowered.endswith("s") and following.lower().strip('“"‘') in _AFTER_VERB


def _before_auxiliaries(text: str, floor: Offset, end: Offset) -> Offset:
    """`end` moved back over the auxiliaries and adverbs before it."""
    while True:
        head = text[floor:end].rstrip()
        cut = max(head.rfind(" "), head.rfind("\n"))
        word = head[cut + 1 :]
        if not word or (cut < 0 and not head) or not _is_auxiliary(word):
            return end
        end = floor + cut + 1


def subject_before(
    text: str, floor: Offset, cue_at: Offset, people: People, method: str
) -> Speaker | None:
    """The speaker phrase right before a cue verb, skipping auxiliaries and appositives."""
    if _OWNED_CONTENT.match(text, cue_at) and (
        owner := _OWNER_BEFORE.search(text, max(floor, cue_at - 60), cue_at)
    ):
        found = speaker_from(text, owner.start("sp"), owner.end("sp"), people, method)
        if found is not None:
            return found
    if _NOUN_CUE.match(text, cue_at) and (
        made := _MADE_BEFORE.search(text, max(floor, cue_at - 40), cue_at)
    ):
        return subject_before(text, floor, made.start(), people, method)
    participle = _ING_WORD.match(text, cue_at) is not None
    if participle and (issued := _ISSUED_BEFORE.search(text, max(floor, cue_at - 60), cue_at)):
        # "Mr. Trump issued a statement Tuesday saying …": the subject of "issued"
        return subject_before(text, floor, issued.start(), people, method)
    # walk back over auxiliaries ("are heard chanting", "has also said") and a verb of
    # aspect before a participle ("Sen. Ron Johnson kept asking her")
    end = _before_auxiliaries(text, floor, cue_at)
    if participle and (aspect := _ASPECT_BEFORE.search(text, max(floor, end - 12), end)):
        end = _before_auxiliaries(text, floor, aspect.start())
    # (a cheap test first: the pattern ends with "to")
    to_before = text.endswith("to", 0, rstripped(text, end))
    infinitive = _TO_VERB.search(text, max(floor, end - 60), end) if to_before else None
    if infinitive is not None:
        # "The email goes on to say": the subject of "goes on"; "Democratic voters are
        # slightly more likely to say": of "are"
        end = _before_auxiliaries(text, floor, infinitive.start())
    end = _without_tag(text, floor, end)
    if (dashes := _DASHED_BEFORE.search(text, floor, end)) is not None:
        # "The senator — a longtime critic of the deal — said", "Sanders - who digested
        # the news - has vowed": the phrase before the dashes
        end = dashes.start()
    if char_before(text, end, floor) == ",":
        # "Chris Herren, chief of the voting section, noted": skip the appositive, unless
        # the appositive is the name ("A spokesman for the governor, Hassan Deeb, told")
        close = rstripped(text, end) - 1
        inner = text.rfind(",", floor, close)
        if inner < floor:
            return None
        names = _people_in(text, inner + 1, close)
        if names and names[0].name.start - inner <= 2 and names[-1].name.end == close:
            return speaker_from(text, inner + 1, close, people, method)
        end = inner
        # "The man, identifying himself as X of the 556th Regiment, 14th Brigade, said"
        while (outer := text.rfind(",", floor, end)) >= floor and _APPOSITIVE_START.match(
            text, outer + 1, end
        ):
            end = outer
        end = _without_tag(text, floor, end)  # "Sen. Johnny Isakson (R-Ga.), one of …,"
    start = floor = max(floor, end - _SENTENCE_REACH)
    relative = ""
    if (last := _last_break(text, floor, end)) is not None:
        start = last.end()
        relative = last.group(0).rstrip().lower()
        if relative in ("who", "which") and _only_adverbial(text[start:end]):
            return _relative_speaker(text, floor, last, people, method)
        if relative in ("and", "but") and _only_adverbial(text[start:end]):
            # "Trump welcomed the news and said …", "… in five years, but said …": the
            # subject of the first verb
            found = sentence_subject(text, floor, last.start(), people)
            return found and found._replace(method=method)
        if relative == "and" and _conjunct(text[start:end]):
            # "Officials in Ohio and Michigan said", "Paul Ryan and Donald Trump said",
            # "The AFT, the SEIU and the NEA said": the speakers are all of them
            start = _coordinated(text, floor, last)
    if (said := _SAID_INSIDE.search(text, start, end)) is not None:
        end = said.start()
    found = None
    if last is not None and relative == "who" and not _clause_subject(text, start, end):
        # "Supporters who have heard from the campaign say …", "an official who spoke
        # anonymously said": the relative clause is no speaker; what it describes is (but
        # "a group who U.S. officials say …" has its own)
        before = _last_break(text, floor, last.start())
        ante_start = before.end() if before else floor
        found = speaker_from(text, ante_start, last.start(), people, method)
        if (
            found is None
            and _INDEFINITE_END.search(text, ante_start, last.start())
            and len(text[ante_start : last.start()].split()) <= _MAX_INDEFINITE_WORDS
        ):
            # "Those who spoke said", "Many of those who attended say": the people the
            # relative clause describes, whom the article does not name
            found = Speaker(span_of(text, ante_start, end), None, None, "group", method)
    if found is None:
        found = speaker_from(text, start, end, people, method)
    if found is not None and found.kind == "pronoun":
        # "She said she recalls …": the outer speaker reports what the inner one says
        m = _CUE_BEFORE_SUBJECT.search(
            text, max(floor, found.mention.start - 20), found.mention.start
        )
        if m is not None and m.group("cue") in lexicon.SPEECH_VERBS:
            reporter = subject_before(text, floor, m.start("cue"), people, method)
            if reporter is not None:
                return reporter
    return found


def _clause_subject(text: str, start: Offset, end: Offset) -> bool:
    """Whether the words from `start` to `end` open with a subject: a name, a pronoun
    or a determiner ("U.S. officials", "it", "some analysts"), not a verb."""
    first = _FIRST_WORD.match(text, start, end)
    word = first.group(1) if first else text[start:end].strip()
    return word[:1].isupper() or word in _DETERMINERS or word in _SUBJECT_PRONOUNS or word == "it"


def _without_tag(text: str, floor: Offset, end: Offset) -> Offset:
    """`end` moved before a party tag: "Rep. Paul Ryan (R-WI) said" (a tag is no clause)."""
    stripped = rstripped(text, end)
    if stripped > floor and text[stripped - 1] == ")":
        tag = text.rfind("(", max(floor, stripped - 32), stripped)
        if tag > floor:
            return tag
    return end


def _last_break(text: str, floor: Offset, end: Offset) -> re.Match[str] | None:
    """The last clause break between `floor` and `end`.

    Looked for near `end` first: a match that starts well inside that window is the
    one a scan from `floor` finds too (breaks are a few characters long), and a long
    sentence is then not scanned once per cue in it.
    """
    window = max(floor, end - _BREAK_WINDOW)
    last = None
    for last in _CLAUSE_BREAK.finditer(text, window, end):  # noqa: B007 (the last one)
        pass
    if last is not None and (window == floor or last.start() >= window + _LONGEST_BREAK):
        return last
    for last in _CLAUSE_BREAK.finditer(text, floor, end):  # noqa: B007
        pass
    return last


def _coordinated(text: str, floor: Offset, conjunction: re.Match[str]) -> Offset:
    """Where a coordination of noun phrases joined by `conjunction` ("and") starts: at
    the first of a list ("A, B and C"), or after the "and" if what stands before it is
    no noun phrase."""
    start, end = conjunction.end(), conjunction.start()
    while True:
        before = _last_break(text, floor, end)
        part_start = before.end() if before is not None else floor
        if not _conjunct(text[part_start:end]):
            return start
        start = part_start
        if before is None or text[before.start()] != ",":
            return start
        end = before.start()


def _conjunct(phrase: str) -> bool:
    """Whether a phrase reads as one noun phrase of a coordination: at most six words,
    each capitalised, a person noun ("officials") or a word inside a name ("of", "the"),
    with a capitalised word or a person noun among them, and no preposition first."""
    words = [_POSSESSIVE.sub("", w.strip(",.")) for w in phrase.split()]
    if not words or len(words) > 6 or words[0].lower() in _PREPOSITIONS_FIRST:
        return False
    named = False
    for word in words:
        lowered = word.lower()
        if lowered in lexicon.TITLES:
            continue  # "president and CEO of …" is one person's titles
        if word[:1].isupper() or lowered in lexicon.PERSON_NOUNS:
            named = True
        elif lowered not in _NP_FUNCTION_WORDS:
            return False
    return named


def _only_adverbial(phrase: str) -> bool:
    """Nothing, or an auxiliary and a few lowercase words: "who has in the past said"."""
    words = phrase.split()
    return not words or (
        len(words) <= 5 and _is_auxiliary(words[0]) and all(w.islower() for w in words)
    )


_GROUP_WORDS = 4
_LAST_PREPOSITION = patterns.compile(
    r".*\b(?:of|from|to|by|with|for|among|between|in|on|at|about)\s+(?=\S)", re.S
)


def _short_group(speaker: Speaker) -> bool:
    """Whether a speaker is a person or organisation, or a group named in a few words
    ("business leaders", "some far-right commentators"; not "The ire came from …")."""
    return speaker.kind != "group" or len(speaker.mention.text.split()) <= _GROUP_WORDS


def _relative_speaker(
    text: str, floor: Offset, who: re.Match[str], people: People, method: str
) -> Speaker | None:
    """ "Donald Trump, who proclaimed …": the mention is "who", the name its antecedent;
    "the AP report, which notes …": "which", the report."""
    who_at, pronoun = who.start(), who.group(0).rstrip()
    ante_end = who_at
    if char_before(text, ante_end, floor) == ",":
        ante_end = rstripped(text, ante_end) - 1  # the antecedent's own comma
    last = _last_break(text, floor, ante_end)
    ante_start = last.end() if last is not None else floor
    words = list(_WORD.finditer(text, ante_start, ante_end))
    if words and words[0].group(0) in lexicon.SPEECH_VERBS:
        words = words[1:]  # "said one Democrat familiar with it, who added …"
        ante_start = words[0].start() if words else ante_end
    # "It began with Donald Trump, who …": the name right before "who", if there is one
    first = len(words)
    while first and words[first - 1].group(0)[0].isupper():
        first -= 1
    if 0 < first < len(words):
        ante_start = words[first].start()
    antecedent = speaker_from(text, ante_start, ante_end, people, method)
    if antecedent is not None and text[antecedent.mention.end : ante_end].strip(" \n,.;:—–-"):
        antecedent = None  # the subject of a clause: "The state faced a backlash from …"
    if (
        pronoun == "who"
        and (antecedent is None or not _short_group(antecedent))
        and (lead := _LAST_PREPOSITION.search(text, ante_start, ante_end))
    ):
        # "It drew the ire of lawmakers who thought …": the phrase after the preposition
        antecedent = speaker_from(text, lead.end(), ante_end, people, method)
    if (
        antecedent is None
        or (antecedent.kind == "group" and (pronoun != "who" or not _short_group(antecedent)))
        or (antecedent.kind == "pronoun" and antecedent.name is None)  # ("Title I, which")
    ):
        return None
    mention = span_of(text, who_at, who_at + len(pronoun))
    if antecedent.mention.text.lower() in _INDEFINITES:
        # "anybody who complains …", "Anyone who says …": someone, no one named
        return Speaker(mention, None, None, antecedent.kind, method)
    return Speaker(
        mention, antecedent.name or antecedent.mention, antecedent.title, antecedent.kind, method
    )


def sentence_bounds(text: str, start: Offset, end: Offset) -> list[tuple[Offset, Offset]]:
    """The sentences of a paragraph, as (start, end) offsets.

    A run longer than `_MAX_SENTENCE` characters with no sentence end is cut at its last
    comma, semicolon or space before that length: news sentences are far shorter (one
    in 30,000 on PolNeAR train is longer), and the cut keeps the work done per sentence
    bounded, so that a text with no sentence ends parses in linear time.
    """
    bounds = []
    pos = start
    for m in itertools.chain(_SENTENCE_END.finditer(text, start, end), (None,)):
        stop = m.end() if m is not None else end
        while stop - pos > _MAX_SENTENCE:
            limit = pos + _MAX_SENTENCE
            if (cut := max(text.rfind(", ", pos, limit), text.rfind("; ", pos, limit))) > pos:
                cut += 2  # after the comma and its space, as a sentence end takes its space
            elif (cut := text.rfind(" ", pos, limit)) > pos:
                cut += 1
            else:
                cut = limit
            bounds.append((pos, cut))
            pos = cut
        if stop > pos:
            bounds.append((pos, stop))
            pos = stop
    return bounds


def _sentence_start(text: str, floor: Offset, pos: Offset) -> Offset:
    """Where the sentence holding `pos` starts, looking back `_SENTENCE_REACH` at most.

    The bound keeps every quote's lookup short, so that a text with no sentence ends
    and many quotes still parses in linear time.
    """
    start = max(floor, pos - _SENTENCE_REACH)
    # the lookahead must see the character at `pos`: the sentence may end right before it
    for m in _SENTENCE_END.finditer(text, start, pos + 1):
        start = min(m.end(), pos)
    return start


def _sentence_end(text: str, pos: Offset, ceiling: Offset) -> Offset:
    ceiling = min(ceiling, pos + _SENTENCE_REACH)
    m = _SENTENCE_END.search(text, pos, ceiling)
    return m.end() if m else ceiling


def _next_quote(text: str, pos: Offset, ceiling: Offset) -> Offset:
    m = _QUOTE_START.search(text, pos, ceiling)
    return m.start() if m else ceiling
