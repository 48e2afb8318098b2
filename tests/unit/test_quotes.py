"""Quotes and speakers, table-driven: one short case per real pattern.

Each case is a body text, and the quotes expected in it as (content, kind, speaker
mention) triples; kinds "direct" and "partial" are both written "quote" where either
reading is fair. Indirect speech is left out of these cases (see test_indirect below).
"""

from __future__ import annotations

import itertools

import pytest

from helpers import assert_invariants
from syriadefect import parse
from syriadefect.model import Quote
from syriadefect.parse import indirect, lexicon, speakers
from syriadefect.parse.quotes import _SINGLE_RE
from syriadefect.parse.speakers import _people_in, sentence_bounds

Q = "quote"  # direct or partial

CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    # --- mark styles ---------------------------------------------------------------------
    ("curly-double", "“We will rebuild,” said Jane Doe.", [("We will rebuild,", Q, "Jane Doe")]),
    ("straight-double", '"We will rebuild," said Jane Doe.', [("We will rebuild,", Q, "Jane Doe")]),
    ("curly-single", "‘We will rebuild,’ said Jane Doe.", [("We will rebuild,", Q, "Jane Doe")]),
    ("straight-single", "'We will rebuild,' said Jane Doe.", [("We will rebuild,", Q, "Jane Doe")]),
    ("guillemets", "«We will rebuild», said Jane Doe.", [("We will rebuild", Q, "Jane Doe")]),
    (
        "german-low-high",
        "„Wir bauen wieder auf“, said Jane Doe.",
        [("Wir bauen wieder auf", Q, "Jane Doe")],
    ),
    ("backticks", "``We will rebuild,'' said Jane Doe.", [("We will rebuild,", Q, "Jane Doe")]),
    (
        "nyt-apostrophes",
        "''We will rebuild,'' said Jane Doe.",
        [("We will rebuild,", Q, "Jane Doe")],
    ),
    (
        "nyt-inner-single",
        "''I would use the word 'old-school,''' said Gregory W. Slayton.",
        [("I would use the word 'old-school,'", Q, "Gregory W. Slayton")],
    ),
    ("mixed-pair", '“We will rebuild," said Jane Doe.', [("We will rebuild,", Q, "Jane Doe")]),
    (
        "british-nesting",
        "'He told me \"no\" twice,' she said.",
        [('He told me "no" twice,', Q, "she")],
    ),
    (
        "british-nesting-partial",
        "Smith said the 'so-called \"modernisation\" plans' still needed scrutiny.",
        [('so-called "modernisation" plans', Q, "Smith")],
    ),
    (
        "single-across-double-edge",
        "The 'new \"deal' is here\", he said.",
        [("deal' is here", Q, "he")],
    ),
    (
        "participle-after-single-quote",
        "'Commuters have had a miserable year,' said Anthony Smith of Transport Focus, "
        "adding that the 'so-called modernisation plans' still needed scrutiny.",
        [
            ("Commuters have had a miserable year,", Q, "Anthony Smith of Transport Focus"),
            ("so-called modernisation plans", Q, "Anthony Smith of Transport Focus"),
        ],
    ),
    (
        "habit-used-to",
        "“We have a plan for everything,” my commander used to say.",
        [("We have a plan for everything,", Q, "my commander")],
    ),
    (
        "habit-likes-to",
        "“Trust the teams,” she likes to say. “They deliver.”",
        [("Trust the teams,", Q, "she"), ("They deliver.", Q, "she")],
    ),
    (
        "typo-open-as-close",
        "“We will rebuild,“ said Jane Doe.",
        [("We will rebuild,", Q, "Jane Doe")],
    ),
    ("swedish-style", "”We will rebuild,” said Jane Doe.", [("We will rebuild,", Q, "Jane Doe")]),
    # --- apostrophes are not quote marks ------------------------------------------------
    ("possessive", "Assad’s forces entered the country’s north.", []),
    ("plural-possessive", "The soldiers’ truck moved along the road.", []),
    ("decade", "In the ’90s the town was quiet.", []),
    ("rock-n-roll", "They played rock ’n’ roll all night.", []),
    ("contractions", "Don't worry, it's fine, O'Brien said he'd come.", []),
    (
        "apostrophes-inside-single",
        "‘The forces’ involvement must end,’ said Majhur.",
        [("The forces’ involvement must end,", Q, "Majhur")],
    ),
    (
        "apostrophe-inside-single-quote",
        "‘We don’t retreat,’ said Majhur.",
        [("We don’t retreat,", Q, "Majhur")],
    ),
    (
        "elision-at-start",
        "‘’Tis the season,’ said Mr. Holly.",
        [("’Tis the season,", Q, "Mr. Holly")],
    ),
    # --- nesting ------------------------------------------------------------------------
    (
        "nested-single-in-double",
        "“He told me ‘no’ twice,” said Jane Doe.",
        [("He told me ‘no’ twice,", Q, "Jane Doe")],
    ),
    (
        "nested-double-in-double",
        "“He told me “no” twice,” said Jane Doe.",
        [("He told me “no” twice,", Q, "Jane Doe")],
    ),
    (
        "nested-straight-in-curly",
        '“He told me "no" twice,” said Jane Doe.',
        [('He told me "no" twice,', Q, "Jane Doe")],
    ),
    # --- speaker patterns ---------------------------------------------------------------
    ("quote-comma-name-said", "“It is over,” Ostrowski said.", [("It is over,", Q, "Ostrowski")]),
    ("quote-said-name", "“It is over,” said Ostrowski.", [("It is over,", Q, "Ostrowski")]),
    ("quote-says-name", "“It is over,” says Ostrowski.", [("It is over,", Q, "Ostrowski")]),
    (
        "quote-pronoun-said",
        "Ray Ostrowski spoke first. “It is over,” he said.",
        [("It is over,", Q, "he")],
    ),
    ("quote-she-told", "“It is over,” she told reporters.", [("It is over,", Q, "she")]),
    ("name-said-colon", "Brandt said: “Let them vote.”", [("Let them vote.", Q, "Brandt")]),
    ("name-said-comma", "Brandt said, “Let them vote.”", [("Let them vote.", Q, "Brandt")]),
    ("name-said-no-comma", "Brandt said “Let them vote.”", [("Let them vote.", Q, "Brandt")]),
    (
        "name-told-reporters",
        "Brandt told reporters: “Let them vote.”",
        [("Let them vote.", Q, "Brandt")],
    ),
    (
        "according-to-before",
        "According to Brandt, “the vote was fair.”",
        [("the vote was fair.", Q, "Brandt")],
    ),
    (
        "according-to-after",
        "“The vote was fair,” according to Brandt.",
        [("The vote was fair,", Q, "Brandt")],
    ),
    (
        "appositive-before",
        "Hugh Hill, a doctor at the clinic, said: “We ran out of beds.”",
        [("We ran out of beds.", Q, "Hugh Hill")],
    ),
    (
        "appositive-after",
        "“We ran out of beds,” said Hugh Hill, a doctor at the clinic.",
        [("We ran out of beds,", Q, "Hugh Hill")],
    ),
    (
        "appositive-relative",
        "Hugh Hill, who runs the clinic, said “We ran out of beds.”",
        [("We ran out of beds.", Q, "Hugh Hill")],
    ),
    (
        "title-after-cue",
        "“It is over,” said Mayor Linda Brandt.",
        [("It is over,", Q, "Mayor Linda Brandt")],
    ),
    (
        "role-before-name",
        "“Crews are out,” Statnett spokeswoman Kari Holm said.",
        [("Crews are out,", Q, "Statnett spokeswoman Kari Holm")],
    ),
    (
        "adding",
        "“It is over,” Brandt said, adding, “We won.”",
        [("It is over,", Q, "Brandt"), ("We won.", Q, "Brandt")],
    ),
    (
        "dash-attribution",
        "“The rules apply to everyone.” — Commissioner Jane Roe",
        [("The rules apply to everyone.", Q, "Commissioner Jane Roe")],
    ),
    ("sighed", "“I am tired,” sighed Meg.", [("I am tired,", Q, "Meg")]),
    (
        "grumbled",
        "“Christmas won't be Christmas without any presents,” grumbled Jo.",
        [("Christmas won't be Christmas without any presents,", Q, "Jo")],
    ),
    ("asked", "“Who pays?” asked Ostrowski.", [("Who pays?", Q, "Ostrowski")]),
    ("commented", "A friend commented: “Vote no.”", [("Vote no.", Q, "A friend")]),
    (
        "shook-and-said",
        "Mrs. Ostrowski shook her head and said, “I have no plans.”",
        [("I have no plans.", Q, "Mrs. Ostrowski")],
    ),
    (
        "made-a-comment",
        "On July 6, 2015, Sanders made the following comment: “Jobs are hard to find.”",
        [("Jobs are hard to find.", Q, "Sanders")],
    ),
    ("tweeted", "Ostrowski tweeted: “Vote no.”", [("Vote no.", Q, "Ostrowski")]),
    ("wrote", "“Vote no,” Ostrowski wrote on Facebook.", [("Vote no,", Q, "Ostrowski")]),
    (
        "in-a-statement",
        "“We ask people to be patient,” Kari Holm said in a statement.",
        [("We ask people to be patient,", Q, "Kari Holm")],
    ),
    (
        "organisation",
        "“Talks have stalled,” the foreign ministry said.",
        [("Talks have stalled,", Q, "the foreign ministry")],
    ),
    ("group", "“We want jobs,” protesters shouted.", [("We want jobs,", Q, "protesters")]),
    (
        "indefinite",
        "“The door is open,” a Sudanese negotiator said.",
        [("The door is open,", Q, "a Sudanese negotiator")],
    ),
    (
        "headline-colon",
        "Carly Fiorina: ‘Bill Clinton is fair game.’",
        [("Bill Clinton is fair game.", Q, "Carly Fiorina")],
    ),
    (
        "colon-from",
        "And from Chairwoman Jane Roe:\n\n“We are proud of this vote.”",
        [("We are proud of this vote.", Q, "Chairwoman Jane Roe")],
    ),
    (
        "colon-intro-paragraph",
        "Brandt told the crowd:\n\n“Let them vote.”",
        [("Let them vote.", Q, "Brandt")],
    ),
    (
        "same-paragraph",
        "“It is over,” Brandt said. “We won.”",
        [("It is over,", Q, "Brandt"), ("We won.", Q, "Brandt")],
    ),
    (
        "continues-previous",
        "“It is over,” Brandt said.\n\n“We won, and we will build.”",
        [("It is over,", Q, "Brandt"), ("We won, and we will build.", Q, "Brandt")],
    ),
    ("previous-sentence", "Brandt said in a statement. “We won.”", [("We won.", Q, "Brandt")]),
    (
        "but-new-clause",
        "His wife wanted him to act “presidential,” but Trump said no.",
        [("presidential,", Q, "His wife")],
    ),
    (
        "nearest-sibling",
        "“One,” Conant said. “Two,” Rubio said. “Three.”",
        [("One,", Q, "Conant"), ("Two,", Q, "Rubio"), ("Three.", Q, "Rubio")],
    ),
    # --- partial quotes and chants ------------------------------------------------------
    (
        "partial-said",
        "The agency said the troops fled ‘after violence in Syria.’",
        [("after violence in Syria.", Q, "The agency")],
    ),
    (
        "partial-called",
        "Mayor Linda Brandt called the vote “a promise kept.”",
        [("a promise kept.", Q, "Mayor Linda Brandt")],
    ),
    (
        "chant",
        "In the clip, crowds are heard chanting ‘the people and the army -- one hand’ "
        "as a truck moves along.",
        [("the people and the army -- one hand", Q, "crowds")],
    ),
    (
        "participle-main-subject",
        "Sanders attacked again, stating that the plan was “clearly lacking.”",
        [("clearly lacking.", Q, "Sanders")],
    ),
    (
        "sentence-subject",
        "Rubio also bemoaned a climate in which people “literally hate each other.”",
        [("literally hate each other.", Q, "Rubio")],
    ),
    (
        "intro-phrase-subject",
        "In July, Sammy Aaron told Forbes that Trump is “very involved.”",
        [("very involved.", Q, "Sammy Aaron")],
    ),
    # --- terms and titles ---------------------------------------------------------------
    (
        "known-as",
        "The project, known at City Hall as “Harbor Forward,” includes a park.",
        [("Harbor Forward,", "term", None)],
    ),
    ("named", "Forecasters named the storm “Ingrid.”", [("Ingrid.", "term", None)]),
    (
        "titled",
        "She wrote a memoir titled “Hard Choices” in 2014.",
        [("Hard Choices", "term", None)],
    ),
    (
        "tv-show",
        "Sanders said during an interview on CNN’s “State of the Union” on Sunday.",
        [("State of the Union", "term", None)],
    ),
    (
        "programme-on",
        "“I have always said that I expect to be vetted,” he said on “Meet the Press.”",
        [
            ("I have always said that I expect to be vetted,", Q, "he"),
            ("Meet the Press.", "term", None),
        ],
    ),
    (
        "podcast",
        "Zach Carter is a co-host of the HuffPost Politics podcast “So, That Happened.”",
        [("So, That Happened.", "term", None)],
    ),
    (
        "titles-in-a-list",
        "The service offers classics such as “Star Wars,” “Mary Poppins” and “Bambi.”",
        [
            ("Star Wars,", "term", None),
            ("Mary Poppins", "term", None),
            ("Bambi.", "term", None),
        ],
    ),
    (
        "titles-after-including",
        "The service is stocked with classic Disney fare, including “Mary Poppins” and “Bambi.”",
        [("Mary Poppins", "term", None), ("Bambi.", "term", None)],
    ),
    (
        "no-list-of-words",
        "He called them “rapists” and “criminals” at the rally.",
        [("rapists", Q, "He"), ("criminals", Q, "He")],
    ),
    (
        "on-a-sentence",
        "He insisted on “We will win this.” as the motto.",
        [("We will win this.", Q, "He")],
    ),
    (
        "film",
        "He starred in the film “Frozen Rivers” last year.",
        [("Frozen Rivers", "term", None)],
    ),
    ("dubbed", "Aides dubbed it “Operation Dawn” in private.", [("Operation Dawn", "term", None)]),
    (
        "long-title-with-subtitle",
        "Ms. Hale, whose memoir “Low Water: A Life on the Lower Thames,” sold well, said so.",
        [("Low Water: A Life on the Lower Thames,", "term", None)],
    ),
    (
        "title-opening-with-a-number",
        "The senator appeared on “60 Minutes Sports Extra” last week and said little.",
        [("60 Minutes Sports Extra", "term", None)],
    ),
    (
        "long-quote-with-a-colon",
        "“We Have One Rule: Never Leave Anyone Behind,” the captain said.",
        [("We Have One Rule: Never Leave Anyone Behind,", Q, "the captain")],
    ),
    (
        "latin-for",
        "He signed with “Si vis pacem,” Latin for “if you want peace.”",
        [("Si vis pacem,", Q, "He"), ("if you want peace.", "term", None)],
    ),
    (
        "scare-quote-attributed",
        "What he called the “fog of war” was no excuse, Clinton said.",
        [("fog of war", Q, "he")],
    ),
    # --- no speaker: say so -------------------------------------------------------------
    ("no-speaker", "“Nobody knows.”", [("Nobody knows.", Q, None)]),
    ("no-speaker-after-narration", "The sun set.\n\n“Nobody knows.”", [("Nobody knows.", Q, None)]),
    # --- multi-paragraph and unbalanced marks -------------------------------------------
    (
        "multi-paragraph",
        "“We ran out of beds.\n\n“Then we ran out of doctors,” said Hugh Hill.",
        [("We ran out of beds. “Then we ran out of doctors,", Q, "Hugh Hill")],
    ),
    ("three-paragraphs", "“One.\n\n“Two.\n\n“Three,” said Jo.", [("One. “Two. “Three,", Q, "Jo")]),
    (
        "unclosed-at-end",
        "“We ran out of beds, said Hugh Hill.\n\nThe clinic closed.",
        [("We ran out of beds, said Hugh Hill.", Q, None)],
    ),
    ("stray-closer", "The tally was 5” and “We won,” said Jo.", [("We won,", Q, "Jo")]),
    (
        "stray-does-not-shift",
        "He said “yes. Later she said “no,” said Jo.\n\n“Fine,” said Meg.",
        [("yes. Later she said “no,", Q, "Jo"), ("Fine,", Q, "Meg")],
    ),
    ("unclosed-single-is-apostrophe", "The troops’ \n\n‘We won,’ said Jo.", [("We won,", Q, "Jo")]),
    (
        "tweet-markup",
        '<tweet author="jane" id="1">“Vote,” wrote Jane Doe.</tweet>',
        [("Vote,", Q, "Jane Doe")],
    ),
    ("empty-marks", "He said “” and left.", []),
    # --- name resolution ----------------------------------------------------------------
    (
        "surname-to-full-name",
        "Capt. Ibrahim Munir Majhur spoke. ‘I defect,’ said Majhur.",
        [("I defect,", Q, "Majhur")],
    ),
    (
        "party-tag-after-name",
        "“They should be held accountable,” Sen. Chuck Schumer (D-N.Y.) said Tuesday.",
        [("They should be held accountable,", Q, "Sen. Chuck Schumer")],
    ),
    (
        "it-as-speaker",
        '"Congress has failed to act," it read.',
        [("Congress has failed to act,", Q, "it")],
    ),
    (
        "less-common-verb",
        "“If they were serious,” Toomey fumed.",
        [("If they were serious,", Q, "Toomey")],
    ),
    (
        "name-colon-without-space",
        'Hillary Rodham Clinton:"We learned that from the State Department."',
        [("We learned that from the State Department.", Q, "Hillary Rodham Clinton")],
    ),
    (
        "relative-who-speaker",
        "It began with Donald Trump, who proclaimed that refugees “cannot come into this country.”",
        [("cannot come into this country.", Q, "who")],
    ),
    (
        "relative-who-with-auxiliary",
        "Beck, who has in the past described Trump as “a narcissist,” clearly meant it.",
        [("a narcissist,", Q, "who")],
    ),
    (
        "inverted-cue-later-in-sentence",
        "It has used “velvet gloves” in Central Asia, said Nargis Kassenova, an expert.",
        [("velvet gloves", Q, "Nargis Kassenova")],
    ),
    (
        "dateline-is-not-a-subject",
        'PORTLAND, Ore. - Peter Santilli, a self-styled "new-media" journalist, was named.',
        [("new-media", Q, "Peter Santilli")],
    ),
    (
        "participial-opener-is-not-a-subject",
        'Flying home one night, she told her husband it would be "incredibly ugly."',
        [("incredibly ugly.", Q, "she")],
    ),
    (
        "apostrophe-is-not-a-clause-break",
        "He notes that free speech ends where you can’t yell “fire” in a theater.",
        [("fire", Q, "He")],
    ),
    (
        "it-after-inverted-cue-is-an-object",
        "He has called China ''expansionist,'' accusing it of ''militarizing'' the waters.",
        [("expansionist,", Q, "He"), ("militarizing", Q, "He")],
    ),
    (
        "adverb-after-cue-is-not-a-speaker",
        "''I would not discount it,'' Mr. Kaplan, a screenwriter, said dryly.",
        [("I would not discount it,", Q, "Mr. Kaplan")],
    ),
    (
        "prepositional-opener-is-not-a-subject",
        "Like Corker, Menendez rejected the notion, arguing there is “flexibility” in it.",
        [("flexibility", Q, "Menendez")],
    ),
    (
        "quote-ending-its-sentence-keeps-its-own-speaker",
        'Gov. Doug Ducey called the lines "unacceptable." Greg Stanton wrote a letter.',
        [("unacceptable.", Q, "Gov. Doug Ducey")],
    ),
    (
        "name-before-colon-mid-sentence",
        "The surge doesn’t surprise pollster Daron Shaw: “Lesser-known candidates gain.”",
        [("Lesser-known candidates gain.", Q, "Daron Shaw")],
    ),
    (
        "name-colon-with-party-tag",
        "Rep. Trey Gowdy (R-S.C.): “Who told you that?”",
        [("Who told you that?", Q, "Rep. Trey Gowdy")],
    ),
    (
        "quote-over-two-paragraphs-then-same-paragraph",
        "Forbes tracks more ''family fortunes.\n\n''Quality comes down to resources,'' "
        "Mr. Friedman said. ''More people, better numbers.''",
        [
            ("family fortunes. ''Quality comes down to resources,", Q, "Mr. Friedman"),
            ("More people, better numbers.", Q, "Mr. Friedman"),
        ],
    ),
    (
        "capitalised-verb-form-in-a-role",
        '"We take our obligations seriously," State spokesman Mark Toner said Friday.',
        [("We take our obligations seriously,", Q, "State spokesman Mark Toner")],
    ),
    (
        "according-to-opening-the-sentence",
        "According to ProPublica, Clinton praised her “wonderful donors” in the audience.",
        [("wonderful donors", Q, "ProPublica")],
    ),
    (
        "conjunction-inside-an-appositive",
        "''Earnings rose 2.5 percent,'' Douglas Holtz-Eakin, an adviser to Republicans and "
        "former director of the budget office, wrote on Friday.",
        [("Earnings rose 2.5 percent,", Q, "Douglas Holtz-Eakin")],
    ),
    (
        "negated-verb-ends-the-subject",
        "Weaver didn’t seem impressed Tuesday, telling reporters, “A lot of people said it.”",
        [("A lot of people said it.", Q, "Weaver")],
    ),
    (
        "according-to-mid-sentence",
        "For Trump, according to former secretary William J. Bennett, the speech is “a test.”",
        [("a test.", Q, "former secretary William J. Bennett")],
    ),
    (
        "number-with-comma-is-one-word",
        "The department has said 2,093 of the emails were “confidential.”",
        [("confidential.", Q, "The department")],
    ),
    (
        "participle-is-not-a-speaker",
        "On Tuesday, Sanders went further, endorsing eight candidates “who embody our values.”",
        [("who embody our values.", Q, "Sanders")],
    ),
    (
        "capitalised-will-is-a-name",
        '"It is an expensive model," said Will Doyle, a professor at Vanderbilt.',
        [("It is an expensive model,", Q, "Will Doyle")],
    ),
    (
        "adverb-between-speaker-and-cue",
        "''Their ideas do not work,'' he often says.",
        [("Their ideas do not work,", Q, "he")],
    ),
    (
        "pronoun-after-an-opener-is-the-subject",
        "Since 2008 she has told friends that “I only lost one debate.”",
        [("I only lost one debate.", Q, "she")],
    ),
    (
        "outer-speaker-reports-the-inner-one",
        'Lynch worked at a law firm. She said she recalls the colleague being "confused."',
        [("confused.", Q, "She")],
    ),
    (
        "relative-who-after-an-inverted-cue",
        '"It was weak," said one Democrat at the meeting, who added that aides were "rattled."',
        [("It was weak,", Q, "one Democrat"), ("rattled.", Q, "who")],
    ),
    (
        "inverted-cue-mid-sentence",
        "The paradox of Nancy, says Carl Anthony, a historian, is that she was “powerful.”",
        [("powerful.", Q, "Carl Anthony")],
    ),
    (
        "participle-after-a-quote-is-not-inverted",
        "Trump hailed the vote as “fantastic,” telling reporters that it is “a great thing.”",
        [("fantastic,", Q, "Trump"), ("a great thing.", Q, "Trump")],
    ),
    (
        "cue-words-inside-a-quote-are-not-cues",
        'He vowed to "continue the fight in the primary," and to "take our fight to Philadelphia."',
        [
            ("continue the fight in the primary,", Q, "He"),
            ("take our fight to Philadelphia.", Q, "He"),
        ],
    ),
    (
        "quotation-dash-attribution",
        "“Maybe we can build a wall around him.” ― Steve Quinlan.",
        [("Maybe we can build a wall around him.", Q, "Steve Quinlan")],
    ),
    (
        "dash-after-a-partial-quote-is-a-sign-off",
        'Rajoy said he will "try to form a stable government."--Kim Hjelmgaard.',
        [("try to form a stable government.", Q, "Rajoy")],
    ),
    (
        "quote-inside-a-participial-opener",
        'In declaring his statements "not Christian," the pope showed his knack for politics.',
        [("not Christian,", Q, "the pope")],
    ),
    (
        "noun-email-is-not-a-cue",
        "Gorka said it was “absolutely clear” that her insecure email server faced a "
        "“slam-dunk” indictment.",
        [("absolutely clear", Q, "Gorka"), ("slam-dunk", Q, "Gorka")],
    ),
    (
        "short-quotes-with-no-cue-are-scare-quotes",
        "The list of “banned words” grew longer each year.",
        [("banned words", "term", None)],
    ),
    (
        "short-quote-with-a-cue-stays-a-quote",
        "Humphrey calls Trump a “sociopath” at every stop.",
        [("sociopath", Q, "Humphrey")],
    ),
    (
        "according-to-after-a-cue",
        "“I ask you not to protest on the floor,” Sanders said, according to CNN.",
        [("I ask you not to protest on the floor,", Q, "CNN")],
    ),
    (
        "according-to-ending-the-sentence",
        "The Graysons became “agitated” once the cameras were off, according to a source.",
        [("agitated", Q, "a source")],
    ),
    (
        "later-cue-in-the-sentence-when-the-first-has-no-subject",
        "The “Fight for $15” movement plans to protest the debate, the Daily Caller reports.",
        [("Fight for $15", Q, "the Daily Caller")],
    ),
    (
        "a-guessed-subject-must-be-someone",
        "The music matched the mood as the rock classic “All Right Now” blared again.",
        [("All Right Now", Q, None)],
    ),
    (
        "a-guessed-subject-opening-with-a-capital-must-be-someone-too",
        "Another cloud of smoke rose over the “old harbor district” of the town.",
        [("old harbor district", Q, None)],
    ),
    (
        "a-guessed-subject-may-be-people-by-their-plural",
        "American negotiators wanted a “verifiable and complete settlement” of the claims.",
        [("verifiable and complete settlement", Q, "American negotiators")],
    ),
    (
        "a-guessed-subject-may-be-kin-by-their-plural",
        "Grieving mothers wanted a “verifiable and complete settlement” of the claims.",
        [("verifiable and complete settlement", Q, "Grieving mothers")],
    ),
    (
        "a-quote-ending-its-sentence-is-not-the-next-sentences",
        "“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “We"
        " ran from them.”",
        [
            ("We are refugees,", Q, "Ms. Alawee"),
            ("We are not terrorists.", Q, "Ms. Alawee"),
            ("We ran from them.", Q, "Mr. Zahed"),
        ],
    ),
    (
        "a-quote-ending-its-sentence-before-a-new-subject",
        "“I disagree,” she said. “We feel good about the areas we visit.” She noted a rally"
        " planned on Saturday.",
        [("I disagree,", Q, "she"), ("We feel good about the areas we visit.", Q, "she")],
    ),
    (
        "a-full-stop-before-the-mark-may-be-a-slip-for-the-comma",
        "Clinton deleted them. “Russia, I hope you find the emails.” Trump said.",
        [("Russia, I hope you find the emails.", Q, "Trump")],
    ),
    (
        "a-noun-of-saying-speaks-for-its-owner",
        "Albright drew fire over her remark that “there’s a special place in hell for women.”",
        [("there’s a special place in hell for women.", Q, "her")],
    ),
    (
        "a-noun-of-saying-with-a-named-owner-and-a-clause",
        "Voters were swayed by Mr. Obama's suggestion at a debate that she was “likable enough.”",
        [("likable enough.", Q, "Mr. Obama")],
    ),
    (
        "a-noun-of-saying-with-for",
        "His standing rose after his call for “a total and complete ban” on entry.",
        [("a total and complete ban", Q, "his")],
    ),
    (
        "a-noun-of-saying-is-not-the-speaker-of-what-it-is-called",
        "The town released a statement saying Trump’s comments “are based on opinion, not facts.”",
        [("are based on opinion, not facts.", Q, "The town")],
    ),
    (
        "a-noun-of-saying-is-not-the-speaker-of-what-it-was",
        "Comey testified that her comments to the FBI were “truthful” and complete.",
        [("truthful", Q, "Comey")],
    ),
    (
        "took-to-a-medium-to-cue",
        "Trump took to Twitter overnight to accuse the campaign of being “duped” by a con.",
        [("duped", Q, "Trump")],
    ),
    (
        "a-long-according-to-source-without-the-cue",
        "According to a 52-count civil complaint filed by the Securities and Exchange Commission"
        " and a 15-count complaint by Vermont, the developers ran a “massive fraudulent scheme.”",
        [("massive fraudulent scheme.", Q, "a 52-count civil complaint")],
    ),
    (
        "an-owner-after-an-inverted-cue-is-not-the-speaker",
        "“We lost,” said Donald Trump’s campaign manager.",
        [("We lost,", Q, "Donald Trump’s campaign manager")],
    ),
    (
        "state-is-a-noun-after-a-preposition",
        "Programs for autistic adults vary from state to state, by whether they are “high” or"
        " “low” functioning.",
        [("high", "term", None), ("low", "term", None)],
    ),
    (
        "states-is-a-cue-before-what-it-states",
        "“Family leave,” the document states, becomes available “after 1 year of employment.”",
        [("Family leave,", Q, "the document"), ("after 1 year of employment.", Q, "the document")],
    ),
    (
        "a-guessed-subject-may-be-a-document",
        "The ad ends with a “promise to working families.”",
        [("promise to working families.", Q, "The ad")],
    ),
    (
        "pronoun-contraction-before-a-cue",
        "Ever since he announced his bid, he's said the same thing: \"It's about us.\"",
        [("It's about us.", Q, "he")],
    ),
    (
        "relative-which-speaker",
        "His release linked to the AP report, which notes, “More than half gave money.”",
        [("More than half gave money.", Q, "which")],
    ),
    (
        "party-tag-before-a-cue",
        "Speaker Paul Ryan (R-WI) said “anti-Semitic images have no place” in a six-pointed ad.",
        [("anti-Semitic images have no place", Q, "Speaker Paul Ryan")],
    ),
    (
        "reported-by-ending-the-sentence",
        "Cecile Richards noted that abortion is “central” to the platform, reported the Examiner.",
        [("central", Q, "the Examiner")],
    ),
    (
        "participle-with-colon-is-the-main-subject",
        "Speaking in his real voice again, he recited a verse, saying: “This know also.”",
        [("This know also.", Q, "he")],
    ),
    (
        "time-opener-then-participle",
        "Back in 1999, Mr. Trump praised Mr. Clinton, telling CNBC: ''I wish I could be him.''",
        [("I wish I could be him.", Q, "Mr. Trump")],
    ),
    (
        "two-quotes-joined-by-and-then-the-cue",
        "Guns are “the ultimate crisis” and “stunt growth,” Howard Dean, a former governor, "
        "proclaimed to the crowd.",
        [("the ultimate crisis", Q, "Howard Dean"), ("stunt growth,", Q, "Howard Dean")],
    ),
    (
        "adverbial-opener-before-the-subject",
        "Immediately after the attacks, Trump issued a statement, “Our nation was attacked.”",
        [("Our nation was attacked.", Q, "Trump")],
    ),
    (
        "participle-after-an-issued-statement",
        "Mr. Trump issued a statement Tuesday saying, “I do not feel that heritage matters.”",
        [("I do not feel that heritage matters.", Q, "Mr. Trump")],
    ),
    (
        "a-clause-before-a-partial-names-its-subject",
        "Trump posted a message on Twitter calling the deal a “disgrace.”",
        [("disgrace.", Q, "Trump")],
    ),
    (
        "a-cue-noun-owned-by-a-name-and-its-claim",
        "Politifact seized on Trump’s claim that there have been “thousands of shootings.”",
        [("thousands of shootings.", Q, "Trump")],
    ),
    (
        "a-cue-noun-owned-by-a-name-judged-by-another",
        "Hollande denounced Trump’s remarks as “hurtful and humiliating.”",
        [("hurtful and humiliating.", Q, "Hollande")],
    ),
    (
        "partial-after-a-second-verb-in-a-reported-clause",
        "John Kerry said the talks would continue “as long as needed.”",
        [("as long as needed.", Q, "John Kerry")],
    ),
    (
        "two-openers-before-the-subject",
        "On Thursday, after remaining neutral for months, Warren endorsed Clinton, saying, "
        "“I think having a fighter in the lead is good.”",
        [("I think having a fighter in the lead is good.", Q, "Warren")],
    ),
    (
        "sentence-adverb-before-the-subject",
        "First, Donald Trump attacked Mitt Romney for being a “failed candidate.”",
        [("failed candidate.", Q, "Donald Trump")],
    ),
    (
        "verb-and-to-before-the-cue",
        "The email goes on to say: “Trump wants to write racism into our law books.”",
        [("Trump wants to write racism into our law books.", Q, "The email")],
    ),
    (
        "a-name-ending-in-a-preposition-word",
        '"We won a smaller share." said Al From, who helped found the group.',
        [("We won a smaller share.", Q, "Al From")],
    ),
    (
        "quote-paragraph-after-reported-speech",
        "Trump was quick to add that the deal does not include nixing the wall.\n\n"
        "“Building it? Not negotiable.”",
        [("Building it? Not negotiable.", Q, "Trump")],
    ),
    (
        "past-participle-opener",
        "Horrified at the prospect of a Trump presidency, Ramos believes in journalism that "
        "“takes sides.”",
        [("takes sides.", Q, "Ramos")],
    ),
    (
        "according-to-and-a-colon",
        "According to HuffPo: “Senator Tim Kaine has had a mixed record.”",
        [("Senator Tim Kaine has had a mixed record.", Q, "HuffPo")],
    ),
    (
        "from-the-report-and-a-colon",
        "From the report: “In general, samples differ.”",
        [("In general, samples differ.", Q, "the report")],
    ),
    (
        "signature-paragraph-after-a-quote",
        '"The idea that I would dismantle health care is wrong."\n\n- Sanders.\n\n'
        "Sanders exaggerates when he says so.",
        [("The idea that I would dismantle health care is wrong.", Q, "Sanders")],
    ),
    (
        "role-name-colon-and-no-space",
        'Former secretary of state Hillary Rodham Clinton:"We learned that from the State '
        'Department."',
        [
            (
                "We learned that from the State Department.",
                Q,
                "Former secretary of state Hillary Rodham Clinton",
            )
        ],
    ),
    (
        "two-quotes-two-speakers",
        "“Yes,” said Jo. “No,” said Meg.",
        [("Yes,", Q, "Jo"), ("No,", Q, "Meg")],
    ),
    (
        "owner-of-a-noun-of-saying-colon",
        "Jane Doe spoke last. Doe’s response: “Not a chance.”",
        [("Not a chance.", Q, "Doe")],
    ),
    (
        "a-quote-opening-a-sentence-its-cue-at-the-end",
        "“He voted with the NRA” and against the Brady law, Clinton said.",
        [("He voted with the NRA", Q, "Clinton")],
    ),
    (
        "owner-of-a-noun-of-saying-was-colon",
        "Jane Doe got the email. Doe’s reply was: “Is he safe?”",
        [("Is he safe?", Q, "Doe")],
    ),
    # --- embedded posts: the words above "— Name (@handle) Date" --------------------------
    (
        "post-with-its-signature",
        "Sanders is a disgrace. He should drop out!\n"
        "— Donald J. Trump (@realDonaldTrump) June 9, 2016",
        [("Sanders is a disgrace. He should drop out!", Q, "Donald J. Trump")],
    ),
    (
        "post-signature-under-it",
        "Crazy Bernie should quit!\n\n-- Donald J. Trump (@realDonaldTrump) June 10, 2016",
        [("Crazy Bernie should quit!", Q, "Donald J. Trump")],
    ),
    (
        "post-holds-its-own-quotes",
        "“Very good reporter,” he said of me. Sad!\n— Jane Roe (@janeroe) May 2, 2016",
        [("“Very good reporter,” he said of me. Sad!", Q, "Jane Roe")],
    ),
    (
        "a-handle-in-the-text-is-no-signature",
        "Trump wrote to Sanders (@BernieSanders) on Monday. “Quit,” he said.",
        [("Quit,", Q, "he")],
    ),
]


def found(text: str) -> list[tuple[str, str, str | None]]:
    article = parse("Headline for the story\n\n" + text)
    assert_invariants(article)
    out = []
    for q in article.quotes:
        if q.kind == "indirect":
            continue
        kind = "term" if q.kind == "term" else Q
        out.append((q.text, kind, q.speaker.mention.text if q.speaker else None))
    return out


def indirect_in(text: str) -> list[Quote]:
    """The reported speech found in an article made of a headline and `text`."""
    article = parse("Headline for the story\n\n" + text)
    assert_invariants(article)
    return [q for q in article.quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quotes(text, expected):
    assert found(text) == expected


def test_enough_cases():
    assert len(CASES) >= 80


def speaker_of(text: str, index: int = 0):
    quotes = [q for q in parse("Headline for the story\n\n" + text).quotes if q.kind != "indirect"]
    return quotes[index].speaker


def name_and_title(text: str) -> tuple[str | None, str | None]:
    """The resolved name and the title of the first quote's speaker."""
    speaker = speaker_of(text)
    return (speaker.name.text if speaker.name else None), speaker.title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a person with a role at an organisation, named after it
        (
            "“We will win,” said New York Times columnist David Brooks.",
            "David Brooks",
            "columnist",
        ),
        ("Fox News host Sean Hannity said: “We will win.”", "Sean Hannity", "host"),
        # a campaign's manager is a person, with a title
        (
            "Sanders campaign manager Jeff Weaver said: “We will win.”",
            "Jeff Weaver",
            "manager",
        ),
        # an organisation's name inside a person's title
        (
            "“We will not,” said Senate Minority Leader Harry M. Reid.",
            "Senate Minority Leader Harry M. Reid",
            "Senate Minority Leader",
        ),
        ("“We will not,” said White House spokesman Josh Earnest.", "Josh Earnest", "spokesman"),
        # a party is no title
        ("“We will win,” said Republican Donald Trump.", "Donald Trump", None),
        ("“We will win,” said Democrat Zephyr Teachout.", "Zephyr Teachout", None),
        ("“We will win,” said GOP Sen. Ted Cruz.", "GOP Sen. Ted Cruz", "GOP Sen."),
        (
            "Capt. Ibrahim Munir Majhur spoke. ‘I defect,’ said Majhur.",
            "Capt. Ibrahim Munir Majhur",
            "Capt.",
        ),
        (
            "Defense Secretary Ash Carter spoke. “We will stay,” Carter said.",
            "Defense Secretary Ash Carter",
            "Defense Secretary",
        ),
        (
            "Mayor Linda Brandt spoke. Brandt left. “Let them vote,” she said.",
            "Mayor Linda Brandt",
            "Mayor",
        ),
        ("“The door is open,” a Sudanese negotiator said.", None, None),
        ("“We will stay,” said Jane Doe.", "Jane Doe", None),
        # a place or a body before the title is part of it
        (
            "Texas Sen. Ted Cruz spoke. “We will stay,” Cruz said.",
            "Texas Sen. Ted Cruz",
            "Texas Sen.",
        ),
        # a description after a sentence whose subject is a surname written in full before
        (
            "Marco Rubio spoke over boos. Rubio offered the crowd a farewell. The Florida"
            " senator said the heckler would “not get beat up” at his rally.",
            "Marco Rubio",
            None,
        ),
        # a full name inside the words, before a place or a time, but not after "of"
        (
            "“I am still undecided,” said undecided voter Stephanie Hooton of Derry.",
            "Stephanie Hooton",
            None,
        ),
        ("“We lost,” said strategist Joel Benenson on Monday.", "Joel Benenson", None),
        ("“We lost,” said one of the prosecutors for David Petraeus.", None, None),
        # an organisation's name is no antecedent for "he"
        (
            "That worries Henry Crespo, president of the Florida Democratic Black Caucus."
            " “No one is writing songs for her,” he said.",
            "Henry Crespo",
            None,
        ),
        # a long run of title words before the name ("Retired U.S. Air Force Gen.")
        (
            "Retired U.S. Air Force Gen. Norman Ham spoke. “It was demoralizing,” Ham said.",
            "Retired U.S. Air Force Gen. Norman Ham",
            "Retired U.S. Air Force Gen.",
        ),
        # (but a title word in the name is its own: "Pete King", "Gen Nakatani")
        (
            "New York Congressman Pete King spoke. “We will stay,” King said.",
            "New York Congressman Pete King",
            "New York Congressman",
        ),
        (
            "Japanese Defence Minister Gen Nakatani spoke. “We will stay,” Nakatani said.",
            "Japanese Defence Minister Gen Nakatani",
            "Japanese Defence Minister",
        ),
        (
            "“We will stay,” said FBI Director James Comey.",
            "FBI Director James Comey",
            "FBI Director",
        ),
        # "press" before a title names no organisation
        (
            "“It is under review,” said press secretary Tom Reyes.",
            "Tom Reyes",
            "press secretary",
        ),
        # a question word opening the sentence is no part of the name
        (
            "What Mr. Obama has seen are the charts. “They are terrifying,” he said.",
            "Mr. Obama",
            "Mr.",
        ),
        # but a name that holds a title word is no title and a name
        ("“We shall overcome,” said Martin Luther King Jr.", "Martin Luther King Jr.", None),
        # particles, alone or joined by a hyphen, are part of the name
        (
            "Mayor Bill de Blasio spoke first. “We are ready,” de Blasio said.",
            "Mayor Bill de Blasio",
            "Mayor",
        ),
        ("“We are ready,” said Abu Mohammed al-Julani.", "Abu Mohammed al-Julani", None),
        (
            "“It is necessary,” Chief Executive Laura Chen said.",
            "Chief Executive Laura Chen",
            "Chief Executive",
        ),
        # a name written family name first, or a given name alone, resolves from its start
        (
            "Chinese President Xi Jinping met leaders. “We seek peace,” Xi said.",
            "Chinese President Xi Jinping",
            "Chinese President",
        ),
        ("Hillary Clinton spoke first. “We are ready,” Hillary said.", "Hillary Clinton", None),
        # but not for a company: no title, no given name
        ("Pew Research found a shift. “It is real,” Pew said.", None, None),
        # a title in lower case before the full name is the surname's too
        ("Wildcats coach Dan Rivers spoke. “No,” Rivers said.", "Dan Rivers", "coach"),
        (
            "The former secretary of state Hillary Clinton spoke. “No,” Clinton said.",
            "Hillary Clinton",
            "former secretary of state",
        ),
        # but a word that only qualifies a title is none
        ("She met former Ted Cruz aides. “No,” Cruz said.", "Ted Cruz", None),
        ("“We won,” said former strategist David Axelrod.", "David Axelrod", None),
        # a month that is a name ends it; one before a day cuts it
        ("“We will leave,” said Theresa May.", "Theresa May", None),
        ("Theresa May spoke first. “We will leave,” May said.", "Theresa May", None),
        # a verb that opens a question, or a capitalised word before a given name, is no
        # part of the name
        ("Bernie Sanders spoke. Is Sanders ready? “Yes,” Sanders said.", "Bernie Sanders", None),
        ("“It was a joke,” said Comedian Sarah Silverman.", "Sarah Silverman", None),
        ("“It was fine,” said A.E. Dick Howard.", "A.E. Dick Howard", None),
        (
            "Abu Mohammed al-Julani spoke first. “We are ready,” al-Julani said.",
            "Abu Mohammed al-Julani",
            None,
        ),
        # a title reaches back over "of" ("King" of "Peter T. King of New York" is a name)
        (
            "Secretary of State John F. Kerry spoke. “We will talk,” Kerry said.",
            "Secretary of State John F. Kerry",
            "Secretary of State",
        ),
        (
            "“Voters were removed,” said Ohio Secretary of State Jon Husted.",
            "Ohio Secretary of State Jon Husted",
            "Ohio Secretary of State",
        ),
        (
            "“No,” said Representative Peter T. King of New York.",
            "Representative Peter T. King",
            "Representative",
        ),
        # a title word alone may be the surname of someone named before
        ("Pete King spoke first. “That is not my recollection,” King said.", "Pete King", None),
        # an abbreviated title ends no sentence; nor does it end a phrase after "according to"
        ("“We might have something,” said Rev. Kyev Tatum, the pastor.", "Rev. Kyev Tatum", "Rev."),
        (
            "Ben Rhodes spoke first. It was ‘the high-water mark,’ according to Mr. Rhodes.",
            "Ben Rhodes",
            "Mr.",
        ),
        (
            "“We will vote,” said Congressman Chris Collins.",
            "Congressman Chris Collins",
            "Congressman",
        ),
        # a given name of either sex ("Chris", "Dana") starts a name after a role
        ("“It is over,” said Fox's Chris Wallace.", "Chris Wallace", None),
        # the person after an owner, whatever the given name
        ("“It is over,” said Variety's Gordon Cox.", "Gordon Cox", None),
        # a sentence that ends with a title word ends there
        (
            "Ryan Leenders is a machinist in Washington State. Mr. Leenders said, “We like him.”",
            "Ryan Leenders",
            "Mr.",
        ),
        # a quoting mark before a paragraph is no part of its speaker
        ("Bernie Sanders spoke.\n\n>Sanders said, “It is over.”", "Bernie Sanders", None),
        # an adverb or a heading's verb before capitals is no part of the name
        ("Introducing Junior Gaspard. Gaspard said, “We are ready.”", "Junior Gaspard", None),
        ("Perhaps James Comey knew. Comey said, “I did not.”", "James Comey", None),
    ],
)
def test_names_resolve_to_the_fullest_form(text, name, title):
    assert name_and_title(text) == (name, title)


def test_a_body_name_wins_over_a_headlines_capitals():
    article = parse(
        "Gold Star Mom Corners Obama\n\nPresident Barack Obama spoke on Monday. “No,” Obama said."
    )
    [quote] = [q for q in article.quotes if q.kind == "direct"]
    assert quote.speaker.name.text == "President Barack Obama"


def test_a_headline_speaker_takes_the_fullest_name_of_the_body():
    article = parse(
        "Ted Cruz: ‘We Will Win’\n\nTexas Sen. Ted Cruz spoke on Monday in Iowa to a crowd."
    )
    [quote] = [q for q in article.quotes if q.paragraph is None]
    assert quote.speaker.name.text == "Texas Sen. Ted Cruz"


def test_a_headlines_verb_ends_the_name_before_it():
    article = parse("Glenn Beck Blasts Drudge Over ‘Lies’\n\nHe said the site was “a disgrace.”")
    names = {q.text: q.speaker.name.text for q in article.quotes if q.speaker and q.speaker.name}
    assert names["a disgrace."] == "Glenn Beck"


def test_organisation_keeps_its_name():
    speaker = speaker_of(
        "The semi-official Anatolia news agency said troops fled ‘after violence.’"
    )
    assert speaker.kind == "organization"
    assert speaker.name.text == "Anatolia news agency"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The White House on Monday said the talks were “going well.”", "White House"),
        ("The New York Times at the time reported that “nothing was found.”", "New York Times"),
    ],
)
def test_a_time_after_an_organisations_name_is_no_part_of_it(text, name):
    assert speaker_of(text).name.text == name


@pytest.mark.parametrize(
    "text",
    [
        "“We will not,” the Department of Education said.",
        # (a title word after "on" or "of" is the organisation's, not a person's title)
        "“No,” the Commission on Presidential Debates said.",
    ],
)
def test_an_organisation_named_with_a_title_word_stays_one(text):
    speaker = speaker_of(text)
    assert speaker.kind == "organization"
    assert speaker.name is not None and speaker.name.text.split()[0] in ("Department", "Commission")


def test_pronoun_with_no_name_nearby_stays_unresolved():
    speaker = speaker_of("“It is over,” he said.")
    assert speaker.mention.text == "he"
    assert speaker.name is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name tells the sex: "he" skips the woman named last
        (
            "Her lawyer, Thomas Reyes, asked for leniency for Margaret Donnelly. "
            "“She has paid it back,” he said.",
            "Thomas Reyes",
        ),
        (
            "Donald Trump met Hillary Clinton on the stage. “It went well,” she said.",
            "Hillary Clinton",
        ),
        # and so does the full name of a surname written alone
        (
            "Hillary Clinton spoke first, then Tim Kaine. Both thanked the crowd, and "
            "Clinton left. “We are ready,” he said.",
            "Tim Kaine",
        ),
        # a name given to both tells nothing: the latest person stands
        ("Ann Rook met Jordan Ellis on Monday. “Yes,” she said.", "Jordan Ellis"),
        # given names from the census lists, beyond the hand-made ones
        ("Alan Grayson divorced Lolita Grayson in 2014. “It is over,” he said.", "Alan Grayson"),
        ("Betty Shelby shot Terence Crutcher on Friday. “I feared it,” she said.", "Betty Shelby"),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_sex(text, name):
    assert name_and_title(text)[0] == name


def test_the_census_given_names_leave_out_words_surnames_and_places():
    assert lexicon.NAME_SEX["brigid"] == "female" and lexicon.NAME_SEX["tad"] == "male"
    # the hand-made lists win: "alex" is given to both
    assert "alex" in lexicon.GIVEN_NAMES and "alex" not in lexicon.NAME_SEX
    for word in ("rose", "clinton", "jackson", "carolina", "america"):
        assert word not in lexicon.GIVEN_NAMES, word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sentence that opens with someone unnamed: the pronoun is theirs
        (
            "Laura Chen runs Acme. A spokeswoman for Acme said cuts would come. "
            "“We regret it,” she said.",
            None,
        ),
        # capitals may describe the one unnamed
        (
            "Mitt Romney lost in 2012. One California delegate said he gave away passes. "
            "“Not even one,” he said.",
            None,
        ),
        # unless the unnamed one is of the other sex
        (
            "Laura Chen runs Acme. A spokesman for Acme said cuts would come. "
            "“We regret it,” she said.",
            "Laura Chen",
        ),
        # or no person at all
        (
            "Laura Chen spoke. The source of the cuts is unclear. “We regret it,” she said.",
            "Laura Chen",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_subject_stays_unnamed(text, name):
    assert name_and_title(text)[0] == name


@pytest.mark.parametrize(
    "text",
    [
        # "they" stands for a group, which no one person's name is
        "Six Gannett newspapers said Chris Christie should resign. “He is unfit,” they said.",
        # capitals after a word that counts people describe them and name no one
        "“Not even one,” said One Washington-based trade expert.",
        "“It will pass,” Another Connecticut former lawmaker said.",
        "“We will see,” Several Democrats said.",
        # someone described with an indefinite article, in capitals too
        "“We will win,” said a New Hampshire Republican.",
        "“We will win,” said a prominent Republican National Committee member.",
        # a share of a group, named in capitals
        "58 percent of Florida Latino voters overall said “we will win.”",
    ],
)
def test_a_group_or_a_counted_description_names_no_one(text):
    assert name_and_title(text)[0] is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Those who spoke said “we need more buses.”", "Those who spoke"),
        ("Those who attended said “we need more buses.”", "Those who attended"),
        ("Many of those who spoke said “we need more buses.”", "Many of those who spoke"),
        # someone who is no one in particular: the mention is "who", no name
        ("Anyone who says “this is easy” has never tried it, she said.", "who"),
    ],
)
def test_those_who_and_anyone_who_name_no_one(text, mention):
    speaker = speaker_of(text)
    assert (speaker.mention.text, speaker.name) == (mention, None)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("HP, as Gizmodo very recently explained, is a rare condition of the lungs.", "Gizmodo"),
        ("Cruz repeatedly said the plan would fail in the Senate.", "Cruz"),
        # (a noun ending in "ly" stays)
        ("A CNN tally showed that the senator had won most of the delegates.", "A CNN tally"),
    ],
)
def test_an_adverb_after_the_speaker_is_no_part_of_it(text, mention):
    assert [q.speaker.mention.text for q in indirect_in(text)] == [mention]


def test_a_verb_of_aspect_before_a_participle_cue_is_no_speaker():
    text = "Sen. Ron Johnson kept asking her why it had been called “spontaneous” at all."
    assert speaker_of(text).mention.text == "Sen. Ron Johnson"


@pytest.mark.parametrize(
    "text",
    [
        "NYPD Commissioner James O’Neill spoke first. “It is early,” O'Neill said.",
        "NYPD Commissioner James O'Neill spoke first. “It is early,” O’Neill said.",
    ],
)
def test_a_surname_resolves_whichever_apostrophe_it_is_written_with(text):
    assert name_and_title(text)[0] in (
        "NYPD Commissioner James O’Neill",
        "NYPD Commissioner James O'Neill",
    )


def test_a_bare_surname_takes_the_sex_the_articles_honorifics_give_it():
    # "Mr. Obama" and never "Mrs. Obama": "Obama" is not Michelle Obama
    text = "Michelle Obama waved. Mr. Obama spoke. “It is personal,” Obama said."
    assert name_and_title(text)[0] == "Mr. Obama"


def test_a_name_that_ends_an_organisations_name_is_no_antecedent():
    text = (
        "Donald Trump is raising questions about his microphone.\n\n"
        "He notes that the Commission on Presidential Debates found an issue.\n\n"
        "He says, “Working that microphone was hard.”"
    )
    assert name_and_title(text) == ("Donald Trump", None)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a description after "the" stands for the person named with that title
        (
            "Sen. Bernie Sanders spoke in Iowa. Hillary Clinton was in Ohio. "
            "“We will win,” the senator said.",
            "Sen. Bernie Sanders",
            "Sen.",
        ),
        (
            "Mayor Ann Lee spoke. Later, the mayor said: “We will rebuild.”",
            "Mayor Ann Lee",
            "Mayor",
        ),
        ("Wildcats coach Dan Rivers spoke. “We won,” the coach said.", "Dan Rivers", "coach"),
        # with its place, when the name is written with it
        (
            "Sen. Bernie Sanders of Vermont spoke. “We will win,” the Vermont senator said.",
            "Sen. Bernie Sanders",
            "Sen.",
        ),
        ("Sen. Joni Ernst, R-Iowa, spoke. “We will win,” the Florida senator said.", None, None),
        # a deputy is no "president", and the other way round
        ("Vice President Joe Biden spoke. “We will win,” the president said.", None, None),
        (
            "Vice President Joe Biden spoke. “We will win,” the vice president said.",
            "Vice President Joe Biden",
            "Vice President",
        ),
        # no one named with the title: no name
        ("“We will win,” the senator said.", None, None),
        # or the person named with no title as the subject of the sentence before
        (
            "Marco Rubio says the race has three candidates.\n\n"
            "The Florida senator said: “I will win.”",
            "Marco Rubio",
            None,
        ),
        ("Marco Rubio spoke. The senator’s spokeswoman said: “He will win.”", None, None),
        ("Charlotte Observer editors met. The senator said: “He will win.”", None, None),
    ],
)
def test_a_title_after_the_stands_for_the_person_with_it(text, name, title):
    assert name_and_title(text) == (name, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's relation, named with it before
        (
            "Her daughter, Grace Okonkwo-Reyes, spoke first. “She loved books,” her daughter said.",
            "Grace Okonkwo-Reyes",
        ),
        (
            "Her lawyer, Thomas Reyes, asked for leniency. “She is sorry,” her lawyer said.",
            "Thomas Reyes",
        ),
        # not a thing, and not a relation never named
        ("The book Mitchell Zuckoff wrote sold well. “It sold,” the book said.", None),
        ("“She is sorry,” her lawyer said.", None),
    ],
)
def test_a_relation_stands_for_the_person_named_with_it(text, name):
    assert name_and_title(text)[0] == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an opener with no comma before the subject
        ("In a Bloomberg interview Trump declared “I think NATO may be obsolete.”", "Trump"),
        ("In an interview Trump said “I think NATO may be obsolete.”", "Trump"),
        ("In a radio interview Dunn said: “We gambled and it almost paid off.”", "Dunn"),
        ("Last week Trump said “I think NATO may be obsolete.”", "Trump"),
        ("On Monday Sen. Ted Cruz said: “We will not back down.”", "Sen. Ted Cruz"),
        ("At the rally the senator said: “We will not back down.”", "the senator"),
        # a floating quantifier between the subject and its verb
        ("Trump and Sanders have both said: “Trade kills jobs.”", "Trump and Sanders"),
        ("The three governors each said: “We will not back down.”", "The three governors"),
        # a time ago before the subject
        (
            "Eight years ago, he backed Obama over Clinton and said, “She has done nothing.”",
            "he",
        ),
        # a subordinate clause before the subject is no subject
        (
            "Given Sanders' success, his endorsements will carry “a great deal of weight.”",
            "his endorsements",
        ),
        ("Unless further rivals quit the race, “it is very difficult to stop him.”", None),
        # a place after a preposition is the opener's object, not the subject
        ("In nearby Decatur the mayor said: “We will not back down.”", None),
    ],
)
def test_an_opener_with_no_comma_is_no_part_of_the_speaker(text, mention):
    speaker = speaker_of(text)
    assert (speaker.mention.text if speaker else None) == mention


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title in an appositive after the name
        ("“We will not back down,” said Keir Starmer, the prime minister.", "prime minister"),
        ("Jane Roe, a spokeswoman for the agency, said: “No.”", "spokeswoman"),
        ("Bob Lee, the former deputy mayor of Boston, said: “No.”", "former deputy mayor"),
        ("John D. Podesta, a chief of staff to Bill Clinton, said: “No.”", "chief of staff"),
        ("“No,” said Ann Lee, a professor of history at Yale.", "professor of history"),
        ("Ann Lee, the director of the FBI, said: “No.”", "director"),
        ("“No,” said Lena Park, the series director.", "series director"),
        (
            "Carl Tobias, a law professor at the University of Richmond, said: “No.”",
            "law professor",
        ),
        # and before a name set off by commas
        ("“We will not back down,” the prime minister, Keir Starmer, told MPs.", "prime minister"),
        ("The former secretary of state, John Kerry, said: “No.”", "former secretary of state"),
        ("Clinton’s spokesman, Brian Fallon, said: “No.”", "spokesman"),
        ("Asked about the governor, Bob Smith said: “No.”", None),
        # a description is no title, nor is a relation
        ("“It was bad,” said Hugh Hill, a nurse at the clinic.", None),
        ("Khizr Khan, the father of a fallen soldier, said: “No.”", None),
        ("Bob Lee, the man who ran, said: “No.”", None),
    ],
)
def test_a_title_in_an_appositive_or_set_off_before_the_name(text, title):
    assert name_and_title(text)[1] == title


@pytest.mark.parametrize(
    ("text", "mention", "name", "title"),
    [
        # the name a person gives for himself in a phrase after the noun
        (
            "The man, identifying himself as the Capt. Ibrahim Munir Majhur of the 556th "
            "Regiment, said: “I have defected.”",
            "The man",
            "Capt. Ibrahim Munir Majhur",
            "Capt.",
        ),
        (
            "A woman, who gave her name only as Fatima, said: “We had no water.”",
            "A woman",
            "Fatima",
            None,
        ),
        (
            "One protester, giving his full name as Omar Khaled, said: “The army fled.”",
            "One protester",
            "Omar Khaled",
            None,
        ),
        # a name given for something else is not the speaker's
        (
            "The man, who gave the order to Capt. Ibrahim Majhur, said: “I have defected.”",
            "The man",
            None,
            None,
        ),
        (
            "The man, identifying with the protesters, said: “I have defected.”",
            "The man",
            None,
            None,
        ),
    ],
)
def test_a_person_unnamed_at_the_cue_is_named_by_the_name_he_gives(text, mention, name, title):
    speaker = speaker_of(text)
    assert speaker.mention.text == mention
    assert name_and_title(text) == (name, title)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an honorific rules out a namesake of the other sex
        (
            "Bill Clinton campaigned in Ohio. Hillary Clinton spoke in Iowa. "
            "“We will win,” Mrs. Clinton said.",
            "Hillary Clinton",
        ),
        (
            "Hillary Clinton spoke in Iowa. Bill Clinton campaigned in Ohio. "
            "“We will win,” Mr. Clinton said.",
            "Bill Clinton",
        ),
        # people named after someone are not that someone
        ("Hillary Clinton spoke in Iowa. “We will win,” Clinton aides said.", None),
        ("Donald Trump spoke in Iowa. “He will win,” a Trump supporter said.", None),
        ("Hillary Clinton spoke in Iowa. “She will win,” Clinton defenders said.", None),
        ("Ted Cruz spoke in Iowa. “He will win,” some Cruz backers said.", None),
        # nor is one who speaks for another
        ("“We will win,” a spokesman for House Speaker Paul Ryan said.", None),
        ("An aide to Donald Trump said: “We will win.”", None),
        # a given name that tells nothing leaves the namesake in
        ("Jordan Clinton spoke in Iowa. “We will win,” Mrs. Clinton said.", "Jordan Clinton"),
    ],
)
def test_an_honorific_resolves_to_a_namesake_of_its_sex(text, name):
    assert name_and_title(text)[0] == name


def test_a_name_in_quoted_words_is_never_the_antecedent_of_a_pronoun_and_names_end_well():
    text = (
        "Former Rep. Chris Shays spoke on Wednesday. "
        "“Donald Trump lost me a long time ago,” he said."
    )
    assert name_and_title(text) == ("Former Rep. Chris Shays", "Former Rep.")
    # a plural's possessive ends a name
    plural = "Bernie Sanders’ California rally drew thousands. “We will win,” he said."
    assert name_and_title(plural)[0] == "Bernie Sanders"
    # nor is a name with the closing marks of the old New York Times style
    nyt = "Sen. Ted Cruz spoke. He called her ''Crooked Hillary.'' ''She lies,'' he said."
    speaker = speaker_of(nyt, 1)
    assert speaker.name is not None and speaker.name.text == "Sen. Ted Cruz"


def test_a_place_is_never_the_antecedent_of_a_pronoun():
    speaker = speaker_of("The race moves to South Carolina. “We will win there,” he said.")
    assert speaker.mention.text == "he"
    assert speaker.name is None


@pytest.mark.parametrize(
    "thing",
    [
        "the Islamic State",
        "National Review",
        "Good Morning America",
        "the Affordable Care Act",
        "the Quicken Loans Arena",
        # a party's member or a place, by its first or last word; a name with an owner
        "the Orlando Republican",
        "San Diego",
        "the Second Amendment",
        "Team Trump",
        "Punjab’s Bhatinda",
        "Trump Tower",
        "POLITICO Florida",
    ],
)
def test_a_thing_named_like_a_person_is_never_the_antecedent_of_a_pronoun(thing):
    speaker = speaker_of(f"Sen. Ann Rook spoke of {thing}. “We will win,” she said.")
    assert speaker.name is not None and speaker.name.text == "Sen. Ann Rook"


def test_a_name_that_opens_with_a_common_word_of_the_article_is_no_persons():
    # "big" is written in lower case too: "Big Machine" is a thing, unless "Machine"
    # stood alone somewhere as a person's surname does
    text = "Taylor Swift left Big Machine, a big label in Nashville. “I am free,” she said."
    assert name_and_title(text)[0] == "Taylor Swift"


def test_a_titled_name_after_an_owner_is_a_person():
    speaker = speaker_of("Germany’s Chancellor Angela Merkel arrived. “We will win,” she said.")
    assert speaker.name is not None and speaker.name.text.endswith("Angela Merkel")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "war" and "city" are common words of the article: events and places
        (
            "Sen. Ann Rook spoke. A war is near, as in the Cold War. “We will win,” she said.",
            "Sen. Ann Rook",
        ),
        (
            "Ola Brandt flew to Mexico City, a big city. “We will win,” she said.",
            "Ola Brandt",
        ),
        # a name written alone too is a person's, however common its last word
        ("Price said the price was fair. Brendan Price left. “No,” he said.", "Brendan Price"),
        # as is a name with a given name
        ("Steven Law runs the fund, by law. “We will win,” he said.", "Steven Law"),
        # a preposition is no part of a name
        ("Like President Obama, he spoke. “We will win,” he said.", "President Obama"),
    ],
)
def test_a_pronouns_antecedent_reads_as_a_persons_name(text, name):
    assert name_and_title(text)[0] == name


def test_a_surname_that_is_a_common_word_stays_a_person():
    speaker = speaker_of("Steven Law runs the fund. “We will win,” he said.")
    assert speaker.name is not None and speaker.name.text == "Steven Law"


def test_method_is_reported():
    assert speaker_of("“It is over,” said Ostrowski.").method == "cue-speaker-after"
    assert speaker_of("“It is over,” Ostrowski said.").method == "speaker-cue-after"


def test_unclosed_quote_is_a_warning_with_its_span():
    text = "Headline for the story\n\n“We ran out of beds, said Hugh Hill.\n\nThe clinic closed."
    article = parse(text)
    assert [(w.code, w.start, w.end) for w in article.warnings] == [("unclosed-quote", 24, 25)]
    assert text[24] == "“"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Brandt said that the plan would cost $2 billion.",
            "the plan would cost $2 billion",
            "Brandt",
        ),
        (
            "The plan would cost $2 billion, Brandt said.",
            "The plan would cost $2 billion",
            "Brandt",
        ),
        (
            "According to the ministry, the talks have stalled.",
            "the talks have stalled",
            "the ministry",
        ),
        (
            "The talks have stalled, according to the ministry.",
            "The talks have stalled",
            "the ministry",
        ),
        # the comma of a number is no end of the source
        (
            "Teenagers who sleep less face higher blood pressure, according to a study of "
            "nearly 4,000 young people published Wednesday.",
            "Teenagers who sleep less face higher blood pressure",
            "a study of nearly 4,000 young people published Wednesday",
        ),
        (
            "According to a poll of 1,004 voters, the mayor leads by six points.",
            "the mayor leads by six points",
            "a poll of 1,004 voters",
        ),
        (
            "Brandt told reporters the plan would cost $2 billion.",
            "the plan would cost $2 billion",
            "Brandt",
        ),
        # a list item's bullet is no part of the speaker
        (
            "- Brandt told reporters the plan would cost $2 billion.",
            "the plan would cost $2 billion",
            "Brandt",
        ),
        (
            "Mr. Coleman said Mr. Kasich should leave the race, echoing a memo from Mr. Rubio.",
            "Mr. Kasich should leave the race",
            "Mr. Coleman",
        ),
        (
            "He said the deal-breaker was his proposal to ban Muslims, a plan he has modified.",
            "the deal-breaker was his proposal to ban Muslims",
            "He",
        ),
        (  # a list goes on past its ", a"
            "Prosecutors said she spent it on vacations, a lake house and a wedding.",
            "she spent it on vacations, a lake house and a wedding",
            "Prosecutors",
        ),
        (
            "In Ohio, the turnout was the second highest in years, election officials said.",
            "In Ohio, the turnout was the second highest in years",
            "election officials",
        ),
        (
            "Trump read Khan’s statement and said he would make an exception for him.",
            "he would make an exception for him",
            "Trump",
        ),
        (
            "The main problem they face, Palmieri says, is how to parry a presidential Trump.",
            "is how to parry a presidential Trump",
            "Palmieri",
        ),
        (
            "About half of voters say they prefer a candidate who is an outsider.",
            "they prefer a candidate who is an outsider",
            "About half of voters",
        ),
        (
            "More than 4 in 10 said Mr. Trump would do better on the economy.",
            "Mr. Trump would do better on the economy",
            "More than 4 in 10",
        ),
        (
            "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
            "she led Mr. Sanders 56 percent to 32 percent",
            "an early-October CBS News poll",
        ),
        (
            "Mr. Sanders stood firm on Thursday while saying that he does respect her.",
            "he does respect her",
            "Mr. Sanders",
        ),
        (
            "She stood by her father, saying he has been a pioneer and thanking him for it.",
            "he has been a pioneer",
            "She",
        ),
        (
            "Clinton vows to be even tougher than the president on trade.",
            "to be even tougher than the president on trade",
            "Clinton",
        ),
        (
            "Clinton has support from all major Democrats in the state, said Mindy Romero, "
            "director of the California Civic Engagement Project.",
            "Clinton has support from all major Democrats in the state",
            "Mindy Romero",
        ),
        (
            "Marley Anderson, 21, a junior from Las Vegas, said she turned out to support him.",
            "she turned out to support him",
            "Marley Anderson",
        ),
        (
            "Sen. Johnny Isakson (R-Ga.), one of the co-authors, said he remembers the night.",
            "he remembers the night",
            "Sen. Johnny Isakson",
        ),
        (
            "At the heart of the trouble, according to Dennis Ross, was a decision by Obama to "
            "keep his distance.",
            "was a decision by Obama to keep his distance",
            "Dennis Ross",
        ),
        (
            "But according to hacked party documents, the Democrats reach out to donors.",
            "the Democrats reach out to donors",
            "hacked party documents",
        ),
        (
            "One person was killed by a gun last year in Japan, according to the police, "
            "and there were eight incidents.",
            "One person was killed by a gun last year in Japan",
            "the police",
        ),
        (
            "In the long run, many economists say, this effect could ripple through the system.",
            "this effect could ripple through the system",
            "many economists",
        ),
        (
            "Though executives say they assume he shares his views, they see no sign of it.",
            "they assume he shares his views",
            "executives",
        ),
        (
            "He accused Clinton of being too cozy with Wall Street.",
            "Clinton of being too cozy with Wall Street",
            "He",
        ),
        (
            "Jeb Bush criticized Marco Rubio for opposing abortion in cases of rape, leaving "
            "early.",
            "Marco Rubio for opposing abortion in cases of rape",
            "Jeb Bush",
        ),
        (
            "Earlier in the week, Trump called for a special prosecutor to investigate Clinton.",
            "a special prosecutor to investigate Clinton",
            "Trump",
        ),
        (
            "Clinton spoke at length, talking about the need for paid leave in every state.",
            "the need for paid leave in every state",
            "Clinton",
        ),
        (
            "The senator voted no, citing concerns about the cost of the program.",
            "concerns about the cost of the program",
            "The senator",
        ),
        (
            "Ben Carson told a crowded banquet hall at a hotel in Baltimore that he is staying.",
            "he is staying",
            "Ben Carson",
        ),
        (
            "Trump has improved his standing, with 30 percent of voters saying they like him.",
            "they like him",
            "30 percent of voters",
        ),
        (
            "As The Washington Post reported, even a split would leave Sanders far behind.",
            "even a split would leave Sanders far behind",
            "The Washington Post",
        ),
        (
            "As reported by Western Journalism, Seattle was the first city to mandate it.",
            "Seattle was the first city to mandate it",
            "Western Journalism",
        ),
        (
            "Leading Democrats say that this time is different and more difficult.",
            "this time is different and more difficult",
            "Leading Democrats",
        ),
        (
            "53% call themselves liberal on social issues; 26% say they are conservative.",
            "they are conservative",
            "26%",
        ),
        (
            "She paid it down in five years, but said she could not afford to teach.",
            "she could not afford to teach",
            "She",
        ),
        (
            "The budget office said about half of the rise reflected the tax cuts.",
            "about half of the rise reflected the tax cuts",
            "The budget office",
        ),
        ("Many trial lawyers opposed the bill.", "the bill", "Many trial lawyers"),
        (
            "Trump made it clear that he would not back down on the wall.",
            "he would not back down on the wall",
            "Trump",
        ),
        (
            "Sanders lashed out at the billionaire class and its grip on politics.",
            "the billionaire class and its grip on politics",
            "Sanders",
        ),
        (
            "Obama ordered the Pentagon to draw up a plan for closing the prison.",
            "the Pentagon to draw up a plan for closing the prison",
            "Obama",
        ),
        (
            "Senator Graham proposed sending 20,000 troops to Syria and Iraq.",
            "sending 20,000 troops to Syria and Iraq",
            "Senator Graham",
        ),
        (
            "A spokesman for Mr. Clinton declined to comment.",
            "to comment",
            "A spokesman for Mr. Clinton",
        ),
        (
            "Juanita Broaddrick, who said Clinton raped her in 1978, recounted it on the radio.",
            "Clinton raped her in 1978",
            "who",
        ),
        (
            "26 percent of Democrats say they have not been paying attention, compared with 11 "
            "percent of Republicans.",
            "they have not been paying attention",
            "26 percent of Democrats",
        ),
        (
            "She pointed out that the plan had failed twice.",
            "the plan had failed twice",
            "She",
        ),
        (
            "He was so fired up about the deal he said she should call Compaq right away.",
            "she should call Compaq right away",
            "he",
        ),
        (
            "The union will likely sit out the election, Phil Smith told POLITICO.",
            "The union will likely sit out the election",
            "Phil Smith",
        ),
        (
            "Michigan was only doing what 40 states do, he told the court in his filing.",
            "Michigan was only doing what 40 states do",
            "he",
        ),
        # after a cue set off inside the sentence, a participle is no reported clause
        ("Sales were great, he said, wiping sweat off his face.", "Sales were great", "he"),
        # but a gerund that is the subject of a clause opens what was said
        (
            "Though that transition was seamless, he said, replacing Clinton would be "
            "much more acrimonious.",
            "replacing Clinton would be much more acrimonious",
            "he",
        ),
        # a second "that" clause and an "including" phrase belong to the report
        (
            "He said the progress was real, and that it would last.",
            "the progress was real, and that it would last",
            "He",
        ),
        (
            "She said the plan had many parts, including a new tax on banks.",
            "the plan had many parts, including a new tax on banks",
            "She",
        ),
        # "this" and a number open a clause unless a time word follows them
        ("Others say this is just a rough patch.", "this is just a rough patch", "Others"),
        (
            "Walker said four of his kids will also speak at the convention.",
            "four of his kids will also speak at the convention",
            "Walker",
        ),
        # a speaker described by a relative clause: the phrase it describes
        (
            "Supporters who have heard directly from the Rubio campaign say their priority "
            "is Iowa.",
            "their priority is Iowa",
            "Supporters",
        ),
        (  # a sentence adverb between the subject and the cue
            "Carter however said he would welcome China's participation.",
            "he would welcome China's participation",
            "Carter",
        ),
        (  # even when the relative clause could pass for a noun phrase
            "Former officials who spoke with The Huffington Post said the group is a shell.",
            "the group is a shell",
            "Former officials",
        ),
        (  # but a relative clause with a subject of its own reports for that subject
            "The case involves Guccifer, a hacker who U.S. officials say is tied to Russia.",
            "is tied to Russia",
            "U.S. officials",
        ),
        # the speaker of "according to" without the relative clause that describes it
        (
            "The group is combing through archives, according to an official who wasn't "
            "authorized to speak publicly.",
            "The group is combing through archives",
            "an official",
        ),
        # verbs of knowing and concluding report too, and so do a few more stances
        (
            "In it, they conclude that four of the justices favor business.",
            "four of the justices favor business",
            "they",
        ),
        (
            "Trump knows we must rethink our immigration policies.",
            "we must rethink our immigration policies",
            "Trump",
        ),
        (
            "Officials speculated that the fire was set on purpose.",
            "the fire was set on purpose",
            "Officials",
        ),
        (
            "The mayor chided the council for the long delay.",
            "the council for the long delay",
            "The mayor",
        ),
        # an intention reported with a clause
        ("He pledged that he would cut the rate.", "he would cut the rate", "He"),
        ("Clinton laid out her plan to cut taxes.", "her plan to cut taxes", "Clinton"),
        # "according to" with no comma before it, and a source that starts like a verb
        (
            "Clinton leads Sanders by 271 delegates according to a count by The Associated"
            " Press, but Sanders has not given up.",
            "Clinton leads Sanders by 271 delegates",
            "a count by The Associated Press",
        ),
        (
            "But according to reports in the news media, he could not convince the family.",
            "he could not convince the family",
            "reports in the news media",
        ),
        # "but added" ends the clause before the quote that follows
        (
            "Suu Kyi said it was too early to congratulate winners but added, “I think you"
            " all have an idea of the results.”",
            "it was too early to congratulate winners",
            "Suu Kyi",
        ),
        # a source of many words
        (
            "According to early results of exit polls conducted for the Associated Press and"
            " television networks by Edison Research, most voters in all five states feel"
            " betrayed.",
            "most voters in all five states feel betrayed",
            "early results of exit polls conducted for the Associated Press and television"
            " networks by Edison Research",
        ),
        # any past tense before "that" and a clause
        (
            "The Rhodium Group has calculated that Mr. Obama's plans may reduce emissions.",
            "Mr. Obama's plans may reduce emissions",
            "The Rhodium Group",
        ),
        (
            "Donald Trump sounded calm, remarking that the U.S. should be tougher.",
            "the U.S. should be tougher",
            "Donald Trump",
        ),
        (
            "Adam Ozimek, an economist, calculates that 600,000 jobs pay $15 an hour or less.",
            "600,000 jobs pay $15 an hour or less",
            "Adam Ozimek",
        ),
        # "that," before a clause that opens with an aside
        (
            "Clinton reiterated to ABC News that, in retrospect, her email set-up was a mistake.",
            "in retrospect, her email set-up was a mistake",
            "Clinton",
        ),
        # a progressive before "that" is a finite verb, not a participle
        (
            "Attorney General Loretta Lynch is reaffirming that the probe is free of influence.",
            "the probe is free of influence",
            "Attorney General Loretta Lynch",
        ),
        # a subordinate clause's subject, not the main clause before it
        (
            "Oil prices fell on Tuesday after sources said OPEC+ was likely to raise output.",
            "OPEC+ was likely to raise output",
            "sources",
        ),
        # a quantity opens a clause though its first word is a preposition
        ("The ministry said at least 41 people died.", "at least 41 people died", "The ministry"),
        # why a source is not named is no part of what it said
        (
            "The company has held talks with buyers, the people said, speaking on condition of"
            " anonymity because the matter is confidential.",
            "The company has held talks with buyers",
            "the people",
        ),
        # a belief held: an adjective before "that"
        ("Aides were optimistic that the bill would pass.", "the bill would pass", "Aides"),
        (
            "He voted no, implying that the deal was a fraud.",
            "the deal was a fraud",
            "He",
        ),
        # backing for a candidate: the object, before a time or a second verb
        ("Ryan endorsed Trump in early June.", "Trump", "Ryan"),
        ("The union, which endorsed Hillary Clinton last week, met.", "Hillary Clinton", "which"),
        ("Sanders endorsed Mrs. Clinton and has campaigned for her.", "Mrs. Clinton", "Sanders"),
        ("Three unions endorse the mayor a week before the primary.", "the mayor", "Three unions"),
        (
            "Minnesota Gov. Mark Dayton is backing Hillary Clinton.",
            "Hillary Clinton",
            "Minnesota Gov. Mark Dayton",
        ),
        # a view held of someone, knowledge held, a stance echoed
        (
            "Democrats see Sanders as an agent in Clinton's decline.",
            "Sanders as an agent in Clinton's decline",
            "Democrats",
        ),
        ("Yes, we know that Sanders grew up in Brooklyn.", "Sanders grew up in Brooklyn", "we"),
        ("Warren echoed the president's call for calm.", "the president's call for calm", "Warren"),
        # "call" with an object and what it is called
        ("Sanders called him a danger to the country.", "him a danger to the country", "Sanders"),
        (
            "Still, he called Clinton's public squabble with the agencies unusual.",
            "Clinton's public squabble with the agencies unusual",
            "he",
        ),
        (
            "He's telling allies that he hopes the vote forces Republicans to reconsider.",
            "he hopes the vote forces Republicans to reconsider",
            "He",
        ),
        # adverbs and negated auxiliaries between the subject and the cue
        (
            "She has since said that she attended the wedding for fun.",
            "she attended the wedding for fun",
            "She",
        ),
        (
            "Sanders hasn’t said whether he has a strategy for the primaries.",
            "whether he has a strategy for the primaries",
            "Sanders",
        ),
        # auxiliaries before a verb and "to" before the cue
        (
            "Democratic voters are slightly more likely to say Clinton represents them.",
            "Clinton represents them",
            "Democratic voters",
        ),
        # a phrase set off by dashes after the subject
        (
            "The senator — a longtime critic of the deal — said that it would fail.",
            "it would fail",
            "The senator",
        ),
        (
            "Sanders - who digested the news - has vowed that he will fight on.",
            "he will fight on",
            "Sanders",
        ),
        # a belief held, after "are" or a linking verb (no passive)
        (
            "Some Clinton backers are concerned that momentum could carry him.",
            "momentum could carry him",
            "Some Clinton backers",
        ),
        (
            "Before the attacks, Rubio seemed hopeful that the country could accept more refugees.",
            "the country could accept more refugees",
            "Rubio",
        ),
        # a participle after an auxiliary is a finite verb, with a subject
        (
            "Clinton is calling for the United States to take a stronger role in Syria.",
            "the United States to take a stronger role in Syria",
            "Clinton",
        ),
        (
            "Puerto Rico has been warning that it is running out of cash.",
            "it is running out of cash",
            "Puerto Rico",
        ),
        # a verb and "to" before the cue, after an auxiliary too: the subject of that verb
        (
            "Hillary Clinton is continuing to insist she will release the transcripts.",
            "she will release the transcripts",
            "Hillary Clinton",
        ),
        # what a stance holds ends before what describes it: an appositive, a dash
        (
            "Clinton praised the Trans-Pacific Partnership, the 12-country trade deal, at first.",
            "the Trans-Pacific Partnership",
            "Clinton",
        ),
        (
            "Clinton opposed Obama’s trade pact — a big goal of his — and it was a victory.",
            "Obama’s trade pact",
            "Clinton",
        ),
        # a cue set off inside the sentence: a setting after it is no clause
        (
            "He found no taker, he said, on condition of anonymity to speak freely about it.",
            "He found no taker",
            "he",
        ),
        # a phrasal stance: what is ruled out
        (
            "The Afghan government has ruled out Taliban involvement in the crash.",
            "Taliban involvement in the crash",
            "The Afghan government",
        ),
        # an age and a hometown set off before the cue
        (
            "Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.",
            "her biggest concern is global warming",
            "Brianne Stone",
        ),
        # a poll reports the clause before it
        (
            "Hillary Clinton held a 24-point lead among black voters in a CNN national poll.",
            "Hillary Clinton held a 24-point lead among black voters",
            "a CNN national poll",
        ),
        # by a poll with a long name, and with a modifier after it
        (
            "Clinton led Sanders more than 2-1 in an NBC News/Wall Street Journal/Marist poll.",
            "Clinton led Sanders more than 2-1",
            "an NBC News/Wall Street Journal/Marist poll",
        ),
        (
            "Kasich was at 25 percent support in the most recent Fox poll, up eight points.",
            "Kasich was at 25 percent support",
            "the most recent Fox poll",
        ),
        # "and" before a participle goes on with the clause
        (
            "A spokesman said the focus of her campaign was raising wages and creating jobs.",
            "the focus of her campaign was raising wages and creating jobs",
            "A spokesman",
        ),
        # a second cue of the same speaker ends the clause
        (
            "His aides say it's too early to discuss a Senate run but noted that he won.",
            "it's too early to discuss a Senate run",
            "His aides",
        ),
        # a circumstance between the cue and the clause's pronoun
        (
            "Trump said after the convention he would not accept the endorsement.",
            "he would not accept the endorsement",
            "Trump",
        ),
        # the cue after the clause, with a time and a closing clause about the speakers
        (
            "The obsession is an insult to all Americans, top black lawmakers said Friday"
            " afternoon, as they bristled at the questions.",
            "The obsession is an insult to all Americans",
            "top black lawmakers",
        ),
        # "and" with a new subject and its verb ends the clause; "and" inside a subject not
        (
            "Republicans said they are convinced the agency mishandled the case and Democrats"
            " fumed about the delay.",
            "they are convinced the agency mishandled the case",
            "Republicans",
        ),
        (
            "Aides said the deficit grew because Congress and President Obama agreed to new cuts.",
            "the deficit grew because Congress and President Obama agreed to new cuts",
            "Aides",
        ),
        # a poll named in capitals opens the sentence
        (
            "In an ABC News/Washington Post Poll released Sunday, three of four Americans "
            "disapproved of the way he had handled it.",
            "three of four Americans disapproved of the way he had handled it",
            "an ABC News/Washington Post Poll released Sunday",
        ),
    ],
)
def test_indirect(text, content, mention):
    indirect = indirect_in(text)
    assert [(q.text, q.speaker.mention.text) for q in indirect] == [(content, mention)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It did not reveal the crash location.", "did not reveal"),
        ("She hasn’t said whether she will run.", "hasn’t said"),
        ("He never said he would resign.", "never said"),
        ("Officials would not say whether the talks would resume.", "would not say"),
        # a negation that belongs to the clause before the cue stays there
        ("The talks will not resume, officials said.", "said"),
    ],
)
def test_a_negation_before_the_cue_is_part_of_it(text, cue):
    assert [q.cue.text for q in indirect_in(text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "When ordinary troops are ruled out, special forces fill the gap in the field.",
        "The case was referred to the FBI in July after the review of the emails.",
    ],
)
def test_a_phrasal_stance_in_the_passive_reports_nothing(text):
    assert indirect_in(text) == []


def test_a_paragraph_in_parentheses_opens_no_speaker_with_its_mark():
    text = "Phyllis Schlafly spoke.\n\n(John Schlafly defended his mother and said she was ill.)"
    found = {q.text: q.speaker for q in indirect_in(text)}
    speaker = found["she was ill"]
    assert speaker.mention.text == "John Schlafly"
    assert speaker.name is not None and speaker.name.text == "John Schlafly"


def test_a_surname_ending_in_ly_is_no_adverb_before_the_verb():
    text = "In 2016, Mrs. Schlafly endorsed Mr. Trump, saying he would protect the country."
    found = {q.text: q.speaker.mention.text for q in indirect_in(text)}
    assert found["he would protect the country"] == "Mrs. Schlafly"


@pytest.mark.parametrize(
    "text",
    [
        "Welch's support pushes back on the narrative that she has a monopoly.",
        "Huckabee won the caucuses that year with evangelical support, but he trails far behind.",
        "The Rubio-backing super PAC is doing no similar work this year.",
        "His 32% support gives him a double-digit advantage over his rivals.",
        "His support scrapping superdelegates is new to the race.",
        "His state-level support is six points below Obama's disapproval rating.",
        "In Arkansas the former first lady garners 41 percent support against Trump.",
    ],
)
def test_backing_as_a_noun_reports_nothing(text):
    assert [q for q in indirect_in(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # figures, not words
        "The Nasdaq Composite added 20.72 points, or 0.24%, to 8,570.66.",
        "In the past five years, we have added 1 million private sector jobs.",
        "Home Depot reported third-quarter earnings that topped estimates as sales fell.",
        "The company reported earnings of $8.42 a share, well above the forecast.",
        # a cue word as the object of a verb
        "Mr. Obama scrutinized reports like the 2014 National Climate Assessment.",
        "Russia's annexation of Crimea renewed fears along Europe's eastern flank.",
    ],
)
def test_figures_and_a_verbs_object_report_nothing(text):
    assert indirect_in(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a contrast that reports others ends the clause, however short it is
        (
            "75 percent of Democrats said yes, but 55 percent of all voters say she does not.",
            [("she does not", "55 percent of all voters")],
        ),
        (
            "Then 47 percent said they would vote for Clinton, however this time the number fell.",
            [("they would vote for Clinton", "47 percent")],
        ),
        # where it was said is no part of what was
        (
            "Trump praised Matthew Boyle at a press conference in Hanahan on Monday.",
            [("Matthew Boyle", "Trump")],
        ),
        (
            "Jones said the state would act quickly in an interview with The Post.",
            [("the state would act quickly", "Jones")],
        ),
        # (a topic is: "interest in her private email server")
        (
            "Aides said interest in her private email server has waned since the hearing.",
            [("interest in her private email server has waned since the hearing", "Aides")],
        ),
        # (but "however" set off inside the clause is part of it)
        ("He said the plan, however, would fail.", [("the plan, however, would fail", "He")]),
    ],
)
def test_a_contrast_or_a_setting_ends_the_reported_clause(text, found):
    assert [(q.text, q.speaker.mention.text) for q in indirect_in(text)] == found


def test_added_and_reported_with_a_clause_still_report():
    assert [q.text for q in indirect_in("He added that the plan would cost 20 percent more.")] == [
        "the plan would cost 20 percent more"
    ]
    assert [q.text for q in indirect_in("The agency reported that 40 people were hurt.")] == [
        "40 people were hurt"
    ]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Because of his organization, Indiana appears to be a break from the norm.",
            "Indiana appears to be a break from the norm",
            "appears",
        ),
        (
            "Obama is expected to join Clinton on the campaign trail soon.",
            "Obama is expected to join Clinton on the campaign trail soon",
            "expected",
        ),
        (
            "Turnout rose among African Americans, who are expected to make up half of the vote.",
            "who are expected to make up half of the vote",
            "expected",
        ),
        (
            "The dam, which will be the largest in Africa, is expected to begin filling next year.",
            "The dam, which will be the largest in Africa, is expected to begin filling next year",
            "expected",
        ),
        (
            "NCLB’s replacement, which the Senate is expected to vote on next week, returns power.",
            "which the Senate is expected to vote on next week",
            "expected",
        ),
        (
            "Turnout rose. But Sanders seemed to reap the benefits of the split.",
            "Sanders seemed to reap the benefits of the split",
            "seemed",
        ),
        (
            "After the FBI appears to have left the scene, the case stalled.",
            "the FBI appears to have left the scene",
            "appears",
        ),
        (
            "Carson seems to grasp his credibility problem — at least for now.",
            "Carson seems to grasp his credibility problem",
            "seems",
        ),
        # how someone or something looks, to the first comma
        (
            "Cruz seemed lost, applauding along with the audience.",
            "Cruz seemed lost",
            "seemed",
        ),
        (
            "This seems like a fine and fair idea.",
            "This seems like a fine and fair idea",
            "seems",
        ),
        (
            "The split deepened as the field appeared poised to narrow further.",
            "the field appeared poised to narrow further",
            "appeared",
        ),
    ],
)
def test_how_things_seem_is_reported_with_no_one_named(text, content, cue):
    indirect = indirect_in(text)
    assert [(q.text, q.cue.text if q.cue else None, q.speaker) for q in indirect] == [
        (content, cue, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A man wearing what seems to be a uniform is seen standing in the vehicle.",
        "More voters expected to see a recovery than a downturn this year.",
        # appearing somewhere is no view
        "She appeared on Fox News on Sunday and again in Iowa on Monday.",
        "Mr. Sanders appeared with his wife before cheering supporters in Vermont.",
    ],
)
def test_what_seems_and_a_bare_expected_report_nothing(text):
    assert [q.text for q in indirect_in(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The plan to widen the road was dropped by the city council.",
        "Support for the measure has grown among young voters this year.",
    ],
)
def test_a_noun_of_stance_with_no_one_owning_it_reports_nothing(text):
    assert [q.text for q in indirect_in(text)] == []


@pytest.mark.parametrize(
    ("text", "mention", "name", "kind"),
    [
        (
            "Paul Ryan and Donald Trump met.\n\n"
            "Paul Ryan and Donald Trump said the talks went well.",
            "Paul Ryan and Donald Trump",
            None,
            "group",
        ),
        (
            "Officials in Ohio and Michigan said the plant would close.",
            "Officials in Ohio and Michigan",
            None,
            "person",
        ),
        (
            "The Teachers Federation, the Trades Council and the Nurses Alliance said it was fair.",
            "The Teachers Federation, the Trades Council and the Nurses Alliance",
            None,
            "group",
        ),
        (
            "Anthony Anton, president and CEO of the Restaurant Association, said jobs would go.",
            "Anthony Anton",
            "Anthony Anton",
            "person",
        ),
        (
            "Fox News Vice President and Managing Editor Bill Sammon said the network was fair.",
            "Fox News Vice President and Managing Editor Bill Sammon",
            "Bill Sammon",
            "person",
        ),
        (
            "The Organization for Economic Cooperation and Development said growth would slow.",
            "The Organization for Economic Cooperation and Development",
            "Organization for Economic Cooperation and Development",
            "organization",
        ),
    ],
)
def test_a_coordinated_subject_is_all_of_its_speakers(text, mention, name, kind):
    article = parse("Headline for the story\n\n" + text)
    (quote,) = article.quotes
    speaker = quote.speaker
    assert (speaker.mention.text, speaker.name and speaker.name.text, speaker.kind) == (
        mention,
        name,
        kind,
    )


def test_a_second_reported_clause_keeps_the_first_subject():
    text = "But Podesta said Gates was not working for the party and said Manafort was not there."
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("Gates was not working for the party", "Podesta"),
        ("Manafort was not there", "Podesta"),
    ]


def test_a_shape_that_makes_no_finding_gives_way():
    # ", he said he’s not worried" also reads as "CLAUSE, X worried": too short a clause
    article = parse("Headline for the story\n\nAs for Trump, he said he’s not worried.")
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("he’s not worried", "he")
    ]


@pytest.mark.parametrize(
    ("text", "content", "mention", "name"),
    [
        (
            "Donald Trump backed away from his suggestion that he might cover legal costs.",
            "he might cover legal costs",
            "his",
            "Donald Trump",
        ),
        (
            "Voters heard Hillary Clinton’s repeated claim that the server was secure.",
            "the server was secure",
            "Hillary Clinton",
            "Hillary Clinton",
        ),
        (
            "Warren Buffett repeated his belief that the economy would grow.",
            "the economy would grow",
            "his",
            "Warren Buffett",
        ),
        # an intention or a stance as a noun
        (
            "Voters cheered Bernie Sanders’s decision to stay in the race.",
            "to stay in the race",
            "Bernie Sanders",
            "Bernie Sanders",
        ),
        (
            "Elena Ortega’s decision to campaign on the rent cap surprised her advisers.",
            "to campaign on the rent cap",
            "Elena Ortega",
            "Elena Ortega",
        ),
        (
            "Senator Jane Roe’s support for the trade deal last year cost her votes.",
            "the trade deal",
            "Senator Jane Roe",
            "Senator Jane Roe",
        ),
    ],
)
def test_a_noun_of_saying_reports_for_its_owner(text, content, mention, name):
    article = parse("Headline for the story\n\n" + text)
    (quote,) = article.quotes
    assert (quote.text, quote.speaker.mention.text, quote.speaker.name.text) == (
        content,
        mention,
        name,
    )


def test_a_noun_of_saying_may_have_no_owner():
    article = parse("Headline for the story\n\nThere was an allegation that the vote was rigged.")
    assert [(q.text, q.speaker) for q in article.quotes] == [("the vote was rigged", None)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "It drew the ire of lawmakers who thought she was too involved in health care.",
            "lawmakers",
        ),
        (
            "The state faced a backlash from business leaders who say the law targets gay people.",
            "business leaders",
        ),
    ],
)
def test_who_after_a_preposition_names_the_phrase_after_it(text, name):
    article = parse("Headline for the story\n\n" + text)
    (quote,) = article.quotes
    assert (quote.speaker.mention.text, quote.speaker.name.text) == ("who", name)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a subject the speaker finder cannot take (too long, a clause of its own)
        (
            "Large majorities of Republican primary voters in six states going to the polls "
            "on Super Tuesday said they support a proposal to ban all non-citizen Muslims.",
            "they support a proposal to ban all non-citizen Muslims",
        ),
        (
            "Several people I've spoken with over the last couple of weeks said Mr. Hannity "
            "had for months peppered Mr. Trump with suggestions.",
            "Mr. Hannity had for months peppered Mr. Trump with suggestions",
        ),
    ],
)
def test_a_reporting_verb_with_no_speaker_found_still_reports(text, content):
    indirect = indirect_in(text)
    assert [(q.text, q.speaker) for q in indirect] == [(content, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a noun or an adjective, not a verb
        "Al Jazeera aired video footage of an alleged captain in the Syrian Army.",
        "Univision caters to the estimated 55 million Latinos who live in the country.",
        # an infinitive, whose subject belongs to another verb
        "Amateur video footage claiming to show army defection has surged on the Internet.",
        # a passive, an idiom, a phrasal verb
        "Some officers have been reported as participants in the events.",
        "That said, a loss to Mr. Sanders in this state would provide a sour note.",
        "It was below the nearly 120,000 who showed up in 2008 for the contest.",
    ],
)
def test_a_cue_that_is_no_verb_of_an_unknown_speaker_reports_nothing(text):
    assert [q.text for q in indirect_in(text)] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The column ran alongside an item suggesting that Mr. Rogan was hypocritical.",
            "Mr. Rogan was hypocritical",
        ),
        (
            "There is anecdotal evidence suggesting that black voters are more likely to vote.",
            "black voters are more likely to vote",
        ),
    ],
)
def test_a_participle_and_that_report_for_an_unknown_speaker(text, content):
    indirect = indirect_in(text)
    assert [(q.text, q.speaker) for q in indirect] == [(content, None)]


def test_a_participle_after_a_comma_reports_whether_or_not_its_subject_is_found():
    text = (
        "The attorney general of the state of New York is suing Trump for $40 million, "
        "claiming Trump University is a fraud."
    )
    indirect = indirect_in(text)
    assert [(q.text, q.cue and q.cue.text) for q in indirect] == [
        ("Trump University is a fraud", "claiming")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "An anti-Trump super PAC called Our Principles is ramping up its operations.",
        "The Security Council on Wednesday called an emergency session.",
        "After the trial, Bill Clinton called her to get together again.",
        "Her counterpart at Compaq called with an enticing offer.",
    ],
)
def test_calling_a_name_or_calling_someone_up_reports_nothing(text):
    assert [q.text for q in indirect_in(text)] == []


def test_a_participle_with_no_that_and_no_speaker_reports_nothing():
    assert indirect_in("Voters weighing the offer saw little change.") == []


def test_an_inverted_cue_is_followed_by_its_speaker_not_its_content():
    text = "The tax cut plans are deeply irresponsible, said Steve Bell, a senior director."
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.speaker and q.speaker.mention.text) for q in article.quotes] == [
        ("The tax cut plans are deeply irresponsible", "Steve Bell")
    ]


def test_a_relative_clause_inside_the_reported_clause_does_not_end_it():
    text = (
        "Obama believed that an early pledge from China, which was afflicted with smog, "
        "would help bring other countries on board."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [q.text for q in article.quotes] == [
        "an early pledge from China, which was afflicted with smog, would help bring other "
        "countries on board"
    ]


def test_a_second_verb_of_the_speaker_ends_the_first_clause():
    text = (
        "Clinton urged the United States to attack the oil that funds the Islamic State "
        "and proposed a safe zone inside Syria for the refugees."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.cue.text, q.speaker.mention.text) for q in article.quotes] == [
        ("the United States to attack the oil that funds the Islamic State", "urged", "Clinton"),
        ("a safe zone inside Syria for the refugees", "proposed", "Clinton"),
    ]


def test_two_reported_clauses_in_one_sentence():
    text = "Most voters said they were worried, and many Republicans said Trump would do best."
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("they were worried", "Most voters"),
        ("Trump would do best", "many Republicans"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Leaders said on Thursday that it is up to Trump.", "it is up to Trump"),
        (
            "Sen. Jack Reed said after a lunch on Tuesday that it is up to Trump.",
            "it is up to Trump",
        ),
        ("It is up to Trump, the leaders said Thursday.", "It is up to Trump"),
        ("Sheldon Adelson said on Friday he met Donald Trump.", "he met Donald Trump"),
        ("Sheldon Adelson said Friday night that he met Trump.", "he met Trump"),
        ("Win Htein said Tuesday morning that the party has won.", "the party has won"),
        ("He said this week the plan failed.", "the plan failed"),
        ("The agency said last July it had received comments.", "it had received comments"),
        ("Netanyahu said late Wednesday that he would go ahead.", "he would go ahead"),
        ("Weber announced earlier this month that he will not run.", "he will not run"),
        ("Chelsea Clinton announced Monday on Twitter that she is pregnant.", "she is pregnant"),
        (
            "Sheldon Adelson said earlier on Friday during a news conference that he may wait.",
            "he may wait",
        ),
        ("She said today the plan would fail.", "the plan would fail"),
        (
            "He says tonight he is a step closer to the nomination.",
            "he is a step closer to the nomination",
        ),
        (
            "Obama said over the weekend that the meeting had an impact.",
            "the meeting had an impact",
        ),
    ],
)
def test_a_time_or_place_around_the_cue(text, content):
    article = parse("Headline for the story\n\n" + text)
    assert [q.text for q in article.quotes] == [content]


def test_a_name_and_a_colon_report_what_follows():
    article = parse("Mark Cuban: I'd consider a future White House bid\n\nThe story goes on here.")
    (quote,) = article.quotes
    assert (quote.kind, quote.text, quote.speaker.mention.text, quote.paragraph) == (
        "indirect",
        "I'd consider a future White House bid",
        "Mark Cuban",
        None,
    )


def test_an_interview_turn_runs_to_the_end_of_its_paragraph():
    text = "Q: You open your book in 2001. You were 14 years old. What did you find?"
    (quote,) = parse("Headline for the story\n\n" + text).quotes
    assert (quote.text, quote.speaker.mention.text) == (text[3:-1], "Q")


def test_a_reported_question_may_have_no_one_asking():
    text = "Asked if the comments had rattled them as well, Ryan said he understood the worry."
    article = parse("Headline for the story\n\n" + text)
    asked = [q for q in article.quotes if q.cue and q.cue.text == "Asked"]
    assert [(q.kind, q.text, q.speaker) for q in asked] == [
        ("indirect", "if the comments had rattled them as well", None)
    ]


@pytest.mark.parametrize(
    ("text", "content", "asker"),
    [
        (
            "Sanders was asked by host John Dickerson whether his aim was like Kennedy's.",
            "whether his aim was like Kennedy's",
            "host John Dickerson",
        ),
        (
            "HuffPost asked the Democratic White House contender if he has been preparing.",
            "if he has been preparing",
            "HuffPost",
        ),
    ],
)
def test_a_reported_question_names_who_asked(text, content, asker):
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [(content, asker)]


def test_a_cue_in_the_middle_stays_out_of_its_clause():
    # found by a random stress run: the whole sentence once held its own speaker
    text = "The main problem they face, Palmieri says, is how to parry a presidential Trump."
    article = parse("Headline for the story\n\n" + text)
    assert_invariants(article)
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert not quote.start <= quote.speaker.mention.start < quote.end


def test_only_a_cue_that_inverts_names_a_speaker_after_it():
    text = "She clinched an outright majority of regular, pledged delegates."
    assert parse("Headline for the story\n\n" + text).quotes == ()


def test_said_then_as_or_when_is_no_report_unless_after_that():
    text = "Jeff Sessions said as he launched the roll call of the states."
    assert parse("Headline for the story\n\n" + text).quotes == ()
    text = "Trump has said that as president he would know in six months."
    (quote,) = parse("Headline for the story\n\n" + text).quotes
    assert quote.text == "as president he would know in six months"


def test_a_lone_lowercase_verb_is_no_speaker():
    text = "“We won,” said Al From, who helped found the DLC, and wrote a book about it."
    article = parse("Headline for the story\n\n" + text)
    assert "helped" not in [q.speaker and q.speaker.mention.text for q in article.quotes]


def test_a_preposition_is_no_speaker():
    text = (
        "House Speaker Paul Ryan, R-Wis., despite admitting that he had concerns about"
        " “trial lawyers trying to get rich,” thinks the victims “do need to have their day"
        " in court.”"
    )
    article = parse("Headline for the story\n\n" + text)
    assert [q.speaker.mention.text for q in article.quotes] == ["House Speaker Paul Ryan"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Polls covered Florida and two other battleground states where voters will decide.",
        "The race moves to Western states that Sanders is counting on winning this week.",
    ],
)
def test_states_before_a_clause_is_a_noun(text):
    assert parse("Headline for the story\n\n" + text).quotes == ()


def test_states_after_a_clause_still_reports():
    article = parse("Headline for the story\n\nVoters will decide this fall, the report states.")
    assert [q.text for q in article.quotes] == ["Voters will decide this fall"]


def test_a_direct_quotes_own_cue_reports_nothing_more():
    text = "“I cannot believe how civil it has been,” Trump said 30 minutes into the debate."
    article = parse("Headline for the story\n\n" + text)
    assert [q.kind for q in article.quotes] == ["direct"]
    text = "“He knew it was important,” Whitlock said, adding that he told Trump to focus."
    article = parse("Headline for the story\n\n" + text)
    assert [(q.kind, q.text) for q in article.quotes] == [
        ("direct", "He knew it was important,"),
        ("indirect", "he told Trump to focus"),
    ]


def test_indirect_never_overlaps_a_quote():
    article = parse("Headline for the story\n\nBrandt said the plan was “a promise kept.”")
    assert [q.kind for q in article.quotes] == ["partial"]


def test_a_speaker_is_never_taken_from_inside_the_quote():
    # found by hypothesis: the second quote's cue "said" lies inside the first quote
    assert_invariants(parse('"A0said""0'))


@pytest.mark.parametrize(
    ("dek", "mention"),
    [
        ("He lashes out at critics over partisan ‘political distraction.’", "He"),
        ("Spurns offer, blasts ‘ignorant view of Islam.’", "London's mayor"),
        ("Talk compared to ‘working the referees’", "London's mayor"),
        ("Liberal politicians fear ‘Europe is disintegrating.’", "Liberal politicians"),
    ],
)
def test_a_dek_quotes_its_subject_or_the_headlines(dek, mention):
    text = f"London's mayor rebuffs Trump on plan; \n{dek}\n\nThe mayor spoke on Tuesday."
    article = parse(text)
    (quote,) = [q for q in article.quotes if q.paragraph is None]
    assert quote.speaker.mention.text == mention


@pytest.mark.parametrize(
    ("headline", "mention"),
    [
        ("Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’", "Francois Hollande"),
        ("DNC issues ‘deep and sincere apology’ to Bernie Sanders.", "DNC"),
        ("Trump Just Announced Who He ‘Would Love’ To See Run", "Trump"),
        ("Obama to frame election as ‘commander-in-chief’ test.", "Obama"),
    ],
)
def test_a_headline_quotes_its_subject(headline, mention):
    article = parse(headline + "\n\nThe story itself begins here, in a paragraph of its own.")
    assert_invariants(article)
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.speaker.method) == (mention, "headline-subject")


@pytest.mark.parametrize(
    ("headline", "content", "mention", "cue"),
    [
        (
            "Bernie Sanders Says He’s Already Started Writing His Inaugural Address.",
            "He’s Already Started Writing His Inaugural Address",
            "Bernie Sanders",
            "Says",
        ),
        (
            "Conservative Icon Morton Blackwell Endorses Ted Cruz.",
            "Ted Cruz",
            "Conservative Icon Morton Blackwell",
            "Endorses",
        ),
        (
            "Hillary Clinton Says No To Fox News As Sanders Turns Up The Heat.",
            "No To Fox News",
            "Hillary Clinton",
            "Says",
        ),
        (
            "Republicans blast Obama after North Korea claims nuclear test",
            "Obama after North Korea claims nuclear test",
            "Republicans",
            "blast",
        ),
    ],
)
def test_a_headline_reports_its_subject(headline, content, mention, cue):
    article = parse(headline + "\n\nThe first paragraph of the story is here.")
    assert [(q.kind, q.text, q.speaker.mention.text, q.cue.text) for q in article.quotes] == [
        ("indirect", content, mention, cue)
    ]


def test_a_headline_without_a_cue_reports_nothing():
    article = parse("Trump Files Largest Financial Statement In FEC History.\n\nThe story.")
    assert article.quotes == ()


def test_a_participle_set_off_by_commas_ends_before_the_main_cue():
    text = (
        "Salceda, citing data from the State Department, said that about 4 million people "
        "live in the United States."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.cue.text, q.speaker.mention.text) for q in article.quotes] == [
        ("data from the State Department", "citing", "Salceda"),
        ("about 4 million people live in the United States", "said", "Salceda"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Correction: An earlier version of this article misstated the date of the vote.",
        "Editor’s Note: This story has been updated with the final results.",
        "Revealed: The secret plan the campaign hid from its donors.",
    ],
)
def test_a_note_label_before_a_colon_is_no_speaker(text):
    article = parse("Headline for the story\n\n" + text)
    assert article.quotes == ()


def test_an_inverted_cue_after_a_partial_reports_no_speaker_as_a_clause():
    text = (
        "Clinton “drew quite well from white, working-class Democrats” in the primary, said Ohio "
        "State University professor Paul Beck."
    )
    assert indirect_in(text) == []
    # (but after an appositive the cue has its clause: "X, a Republican, said CLAUSE")
    text = "Jane Roe, a Republican from Ohio, said the plan would fail."
    assert [q.text for q in indirect_in(text)] == ["the plan would fail"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the Democratic race, Sanders maintained his double-digit lead.", []),
        ("That adds its own pressure on the campaign staff.", []),
        (
            "Clinton has long maintained that she complied with agency rules.",
            ["she complied with agency rules"],
        ),
        (
            "Clinton adds that she has released 30 years of tax returns.",
            ["she has released 30 years of tax returns"],
        ),
    ],
)
def test_maintaining_and_adding_report_only_with_that(text, expected):
    assert [q.text for q in indirect_in(text)] == expected


def test_the_cue_of_a_quoted_question_reports_nothing_after_it():
    text = "“What kind of people do I have here?” Trump asked, looking far from displeased."
    article = parse("Headline for the story\n\n" + text)
    assert [(q.kind, q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("direct", "What kind of people do I have here?", "Trump")
    ]


def test_a_run_with_no_sentence_end_is_cut_into_bounded_sentences():
    # (otherwise each reported clause found in it makes the next search run to its end:
    # quadratic in a text with no sentence ends)
    text = "it is fine, he said, adding more and " * 200
    bounds = sentence_bounds(text, 0, len(text))
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(bounds))
    assert all(end - start <= 1_000 for start, end in bounds)
    assert text[bounds[0][1] - 2 : bounds[0][1]] == ", "  # cut after a comma and its space


def test_sentences_end_at_their_punctuation():
    text = "He said it. She said no! Then what?"
    assert [text[a:b] for a, b in sentence_bounds(text, 0, len(text))] == [
        "He said it. ",
        "She said no! ",
        "Then what?",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Attacks rose in the U.S. He says so.", ["Attacks rose in the U.S. ", "He says so."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted. ", "It passed."]),
        ("Gen. J. R. Allen spoke.", ["Gen. J. R. Allen spoke."]),
    ],
)
def test_initials_end_a_sentence_only_before_a_word_that_opens_one(text, sentences):
    assert [text[a:b] for a, b in sentence_bounds(text, 0, len(text))] == sentences


def test_a_long_circumstance_between_the_cue_and_that():
    article = parse(
        "Headline for the story\n\nGinsburg said in an interview with The Associated Press "
        "last week that she did not want to think about it."
    )
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("she did not want to think about it", "Ginsburg")
    ]


def test_a_time_after_the_closing_cue_and_its_listener():
    article = parse(
        "Headline for the story\n\nThe union will likely sit out the election, "
        "director Phil Smith told POLITICO earlier this week."
    )
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("The union will likely sit out the election", "director Phil Smith")
    ]


def test_the_dateline_is_no_part_of_what_was_said():
    text = (
        "Storm cuts power in Norway\n\nOSLO (Reuters) - A storm brought down power lines "
        "on Sunday, the grid operator said.\n"
    )
    article = parse(text)
    assert article.dateline is not None
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("A storm brought down power lines on Sunday", "the grid operator")
    ]


def test_asking_not_to_be_named_is_no_report():
    text = (
        "The door is open, said a Sudanese negotiator, asking not to be named because he "
        "was not authorised to speak to the media."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.cue.text) for q in article.quotes] == [("The door is open", "said")]


def test_a_thousands_separator_is_no_clause_break():
    text = (
        "While one company says there are more than 2,400 billionaires in the world, "
        "another says there are about 1,800."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("there are more than 2,400 billionaires in the world", "one company"),
        ("there are about 1,800", "another"),
    ]


def test_a_sentence_in_parentheses_is_a_sentence():
    text = (
        "Trump questioned why she had not spoken on stage. (She says the photo of her son "
        "would have made her break down.) The leaders rebuked Trump."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("why she had not spoken on stage", "Trump"),
        ("the photo of her son would have made her break down", "She"),
        ("Trump", "The leaders"),
    ]


def test_a_stance_and_the_participle_after_it_are_two_reports():
    text = "Clinton attacked Trump, saying he would appoint judges who would overturn Roe."
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.cue.text, q.speaker.mention.text) for q in article.quotes] == [
        ("Trump", "attacked", "Clinton"),
        ("he would appoint judges who would overturn Roe", "saying", "Clinton"),
    ]


def test_a_request_is_no_question_and_a_named_cue_beats_an_opening_interview():
    text = (
        "McConnell says he spoke to Trump and asked him to condemn violence no matter who"
        " is responsible. In a brief interview, Ms. Conway said that Mr. Manafort was not"
        " being diminished."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.cue.text, q.speaker.mention.text) for q in article.quotes] == [
        (
            "he spoke to Trump and asked him to condemn violence no matter who is responsible",
            "says",
            "McConnell",
        ),
        ("Mr. Manafort was not being diminished", "said", "Ms. Conway"),
    ]


@pytest.mark.parametrize("phrase", sorted(indirect._PHRASAL_STANCES))
def test_each_phrasal_stance_is_matched_whole_by_the_cue_pattern(phrase):
    m = indirect._CUE_THEN_CONTENT.match(f"{phrase} the plan to cut taxes")
    assert m is not None and " ".join(m.group("cue").split()) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Obama once again found himself in the awkward position of addressing the attack.",
        "Candidates have sometimes found ways to make money while on the campaign trail.",
        "Lots of angry voters will show up to vote for the governor in November.",
        # a past tense before "that" and no clause after it
        "Obama adopted that approach in the plan released Tuesday.",
        "The Senate stopped the nominee, meaning that the court will stay short-handed.",
        "Voters in the Rust Belt states that have suffered from trade will decide.",
        # the cue of the direct quote that follows
        'Of the scrutiny over the report, he said, "It is a little much."',
    ],
)
def test_finding_oneself_showing_up_and_a_lead_in_to_a_quote_report_nothing(text):
    assert [q.text for q in indirect_in(text)] == []


def test_he_or_she_never_stands_for_a_group_named_in_capitals():
    text = (
        "Imam John Smith spoke after hundreds of Muslim Americans filled the hall.\n\n"
        "“We are here to stay,” he said."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [q.speaker.name.text for q in article.quotes] == ["Imam John Smith"]


def test_a_reported_clause_ends_where_the_subjects_next_deed_begins():
    text = (
        "Clinton said Russian services hacked the computers and she accused Trump of showing"
        " support for Putin."
    )
    article = parse("Headline for the story\n\n" + text)
    assert [(q.text, q.speaker.mention.text) for q in article.quotes] == [
        ("Russian services hacked the computers", "Clinton"),
        ("Trump of showing support for Putin", "she"),
    ]


def test_a_topic_after_about_is_no_speaker_but_a_share_is():
    text = (
        "The issue had come up Friday after Mr. Trump, asked about the deaths of journalists"
        " under Mr. Putin, had said, ''I think our country does plenty of killing also.''"
    )
    article = parse("Headline for the story\n\n" + text)
    assert not [
        q for q in article.quotes if q.speaker and q.speaker.mention.text.startswith("about")
    ]
    article = parse("Headline for the story\n\nAbout half of the voters said they liked him.")
    assert [q.speaker.mention.text for q in article.quotes] == ["About half of the voters"]


def test_a_subject_with_a_name_beside_it_is_named_by_it():
    text = (
        'Her opponent, state Rep. Mark Hale, was unimpressed: "She had a chance to stand up'
        ' and she sat down."'
    )
    article = parse("Headline for the story\n\n" + text)
    assert [q.speaker.mention.text for q in article.quotes] == ["state Rep. Mark Hale"]


def test_an_interviews_answers_are_the_interviewees():
    text = (
        "Q&A: The new schools chief on testing\n\n"
        "Superintendent Carla Diaz took over the district in July. She spoke with us.\n\n"
        "Q: What surprised you most?\n\n"
        "A: How much the buildings matter. Kids can't learn when the heat doesn't work.\n\n"
        "Q: Did Gov. Tom Lee call you?\n\n"
        "A: He did, twice."
    )
    answers = [q for q in parse(text).quotes if q.speaker and q.speaker.mention.text == "A"]
    assert [(q.text, q.speaker.name.text) for q in answers] == [
        (
            "How much the buildings matter. Kids can't learn when the heat doesn't work",
            "Superintendent Carla Diaz",
        ),
        ("He did, twice", "Superintendent Carla Diaz"),
    ]


def test_according_to_in_the_next_sentence_is_not_the_quotes_source():
    text = (
        'Now, the ground holds what one mining executive calls "white gold." More than a dozen'
        " companies have staked claims, according to federal land records."
    )
    quote = parse("Headline for the story\n\n" + text).quotes[0]
    assert (quote.text, quote.speaker.mention.text) == ("white gold.", "one mining executive")


@pytest.mark.parametrize("when", ["today", "yesterday", "now"])
def test_a_time_word_before_the_cue_is_no_speaker(when):
    article = parse(
        "Headline for the story\n\n"
        f"Acme Robotics, a maker of warehouse robots, {when} announced the hiring of a chief."
    )
    (quote,) = article.quotes
    assert quote.kind == "indirect" and quote.speaker.mention.text == "Acme Robotics"


@pytest.mark.parametrize(
    ("phrase", "subject"),
    [
        ("Trump posted a message on Twitter", "Trump"),
        ("Party Chairman Reince Priebus called Clinton's", "Party Chairman Reince Priebus"),
        ("Her campaign quickly blasted out an email to supporters", "Her campaign"),
        ("Congressman Trey Gowdy’s office slammed a lawsuit", "Congressman Trey Gowdy’s office"),
        # a participle that describes a noun, or a verb in a relative clause, stays
        ("a new Fox News poll released Thursday", None),
        ("the letter reviewed by The Post", None),
        ("Republicans who critiqued the speech", None),
    ],
)
def test_a_speaker_phrase_ends_before_a_verb_and_its_object(phrase, subject):
    words = phrase.split()
    verb = speakers._verb_after_name(words, [w.lower() for w in words])
    assert (None if verb is None else " ".join(words[:verb])) == subject


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Assad’s men don't know", []),  # apostrophes between letters are no marks
        ("‘the people and the army’", [0, 24]),
        ("the soldiers’ truck", [12]),  # a plural possessive is weighed later
        ("’90s rock", [0]),
        ("''Meet the Press''", []),  # a doubled straight mark is the double family's
        ("it‘s", [2]),  # a left mark is a mark wherever it stands
    ],
)
def test_single_marks_leave_out_apostrophes_inside_words(text, marks):
    assert [m.start() for m in _SINGLE_RE.finditer(text)] == marks


def test_a_pronoun_takes_the_full_name_the_body_writes_not_the_headlines():
    # a headline's capitals cut names badly: "Understated Perez" is no full name
    text = (
        "Understated Perez raises political profile.\n\n"
        "Labor Secretary Thomas Perez spoke in Ohio on Monday.\n\n"
        "In city after city, Perez lobbies for a higher wage. “We will win,” he said."
    )
    speaker = parse(text).quotes[0].speaker
    assert speaker.name is not None and speaker.name.text == "Labor Secretary Thomas Perez"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # whom someone told something is not who speaks on: the teller is
        (
            "Customers asked for more, Tim Cook told Marc Benioff on stage.\n\n"
            "“We really took that challenge to heart,” he said.",
            "Tim Cook",
        ),
        (
            "“You have been very critical of me,” Donald Trump told Sen. Jeff Flake. "
            "“I will not forget it,” he said.",
            "Donald Trump",
        ),
        # but after "I told …", the one told answers
        (
            "I told Bernie Sanders that his endorsement of me was in the news.\n\n"
            "“I've ruined your good reputation, huh?” he responded.",
            "Bernie Sanders",
        ),
    ],
)
def test_a_pronoun_stands_for_the_teller_not_the_one_told(text, name):
    speaker = speaker_of(text, -1)
    assert speaker is not None and speaker.name is not None and speaker.name.text == name


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # "I" and "we" at a cue are the writer's: no name before them tells who that is
        (
            "Olive Meehan was a nurse. “We were never poor,” I said to my brother.",
            "I",
            None,
        ),
        # the writer's aside is no cue
        (
            "No wonder Donald Trump said, and I quote, “We love the poorly educated.”",
            "Donald Trump",
            "Donald Trump",
        ),
        # an office named after a district is no person
        (
            "Pat Carlineo called the U.S. Attorney’s Office for the Western District of New "
            "York twice. “I will not stop,” he said.",
            "he",
            "Pat Carlineo",
        ),
    ],
)
def test_who_a_pronoun_is_not(text, mention, name):
    speaker = speaker_of(text, -1)
    assert speaker is not None and speaker.mention.text.endswith(mention)
    assert (speaker.name.text if speaker.name else None) == name


@pytest.mark.parametrize(
    ("run", "names"),
    [
        ("Republicans Are Following Trump", []),  # a headline's capitals
        ("Said Comey", []),  # an inverted cue opening a sentence
        ("Said Dorothy Poynter", ["Dorothy Poynter"]),  # cut at her given name
        ("Sen. Jeff Flake", ["Sen. Jeff Flake"]),
        # a name written twice (a page's hover card), and a name that repeats a word
        ("Gov. Kristi Noem Kristi Lynn Noem", ["Gov. Kristi Noem"]),
        ("Blue Cross Blue Shield", ["Blue Cross Blue Shield"]),
    ],
)
def test_the_names_in_a_run_of_capitals(run, names):
    assert [p.name.text for p in _people_in(run, 0, len(run))] == names


def test_a_relative_pronoun_after_i_takes_no_name():
    # "Title I, which supports …": "I" is no person, and no speaker is named "I"
    text = (
        "Headline for the story\n\n"
        "Two programs are Title I, which supports schools that serve low-income students, "
        "and Head Start, which serves young children."
    )
    assert all(
        q.speaker is None or q.speaker.name is None or q.speaker.name.text != "I"
        for q in parse(text).quotes
    )


def test_the_owner_of_a_call_is_named_without_its_possessive():
    text = (
        "Headline for the story\n\nHillary Clinton spoke in Ohio. Clinton’s call earlier in "
        "the night to “make America whole again” drew cheers."
    )
    speaker = parse(text).quotes[0].speaker
    assert speaker is not None and speaker.mention.text == "Clinton"
    assert speaker.name is not None and speaker.name.text == "Hillary Clinton"


def test_i_at_a_cue_is_the_author_the_byline_names():
    text = (
        "My father would have loved the ferry\n\nBy Jane Doe\n\n"
        "My mother, Olive Meehan, was a nurse. “We never had money,” I told my brother, "
        "“but we had the boat.” We agreed on that, we said."
    )
    quotes = parse(text).quotes
    speaker = quotes[0].speaker
    assert speaker is not None and speaker.mention.text == "I"
    assert speaker.name is not None and speaker.name.text == "Jane Doe"
    # with two authors, or none, "I" stays unnamed
    two = text.replace("By Jane Doe", "By Jane Doe and Sam Roe")
    assert parse(two).quotes[0].speaker.name is None


PORTUGUESE = (
    "Professores discutem a leitura\n\n"
    "O encontro reuniu professores de toda a região para falar sobre a fluência de leitura "
    "das crianças. Segundo a coordenadora Maria Souza, o projeto começou há dois anos e já "
    "mudou a rotina das turmas. “Cada criança tem o seu tempo”, disse Maria Souza durante a "
    "palestra, e os professores pediram mais livros para as bibliotecas da cidade vizinha."
)


def test_a_text_that_does_not_read_as_english_gets_quotes_but_no_speakers():
    article = parse(PORTUGUESE)
    assert [(q.text, q.kind, q.speaker) for q in article.quotes] == [
        ("Cada criança tem o seu tempo", "direct", None)
    ]
    assert [w.code for w in article.warnings] == ["not-english"]


@pytest.mark.parametrize(
    "text",
    [
        # English, however list-like
        "Winners\n\n" + " ".join(f"Maria Souza of Lisbon won prize {i}." for i in range(12)),
        # too short to tell: taken as English
        "Título\n\n“Cada criança tem o seu tempo”, disse Maria Souza.",
    ],
)
def test_english_and_short_texts_are_read_for_speakers(text):
    assert "not-english" not in [w.code for w in parse(text).warnings]
