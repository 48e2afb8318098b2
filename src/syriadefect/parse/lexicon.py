"""Word lists and line patterns, kept apart from the logic that uses them.

Extend these tables to teach the parser a new site template, agency or speech verb;
no code change is needed elsewhere.
"""

from __future__ import annotations

import re

from syriadefect import patterns
from syriadefect.parse import given_names

# ---------------------------------------------------------------------------
# Boilerplate: whole blocks that are page furniture, not article text.
# Matched against the collapsed, lower-cased block text with trailing punctuation
# and decoration removed.
# ---------------------------------------------------------------------------

BOILERPLATE_LINES: dict[str, str] = {
    **dict.fromkeys(
        [
            "advertisement",
            "advertisements",
            "advertising",
            "ad",
            "sponsored",
            "sponsored content",
            "story continues below advertisement",
            "article continues below advertisement",
            "continue reading below",
            "continue reading the main story",
            "scroll to continue",
            "skip advertisement",
            "skip to content",
            "skip to main content",
        ],
        "advertisement",
    ),
    **dict.fromkeys(
        [
            "share",
            "share this",
            "share this article",
            "share this story",
            "share on facebook",
            "share on twitter",
            "share via email",
            "tweet",
            "email",
            "e-mail",
            "print",
            "facebook",
            "twitter",
            "linkedin",
            "whatsapp",
            "reddit",
            "pinterest",
            "save",
            "copy link",
            "link copied",
            "email the author",
            "print this page",
            "facebook twitter email",
            "gift this article",
            "give this article",
        ],
        "share bar",
    ),
    **dict.fromkeys(
        [
            "read more",
            "more",
            "related",
            "related stories",
            "related articles",
            "related content",
            "recommended",
            "most read",
            "most popular",
            "more from",
            "trending",
            "trending now",
            "you may also like",
            "top stories",
            "latest news",
            "tags",
            "topics",
        ],
        "related stories",
    ),
    **dict.fromkeys(
        [
            "comments",
            "comment",
            "leave a comment",
            "show comments",
            "join the conversation",
            "comments are closed",
        ],
        "comments",
    ),
    # the section labels of a news archive's export: "ABSTRACT." then "FULL TEXT."
    **dict.fromkeys(["abstract", "full text", "lead paragraph"], "archive label"),
    # a press release's labels: "FOR IMMEDIATE RELEASE" above it, "###" or "-30-" below
    **dict.fromkeys(
        ["for immediate release", "immediate release", "30", "end", "ends"], "press release label"
    ),
    **dict.fromkeys(
        [
            "menu",
            "search",
            "home",
            "close",
            "sign in",
            "log in",
            "login",
            "subscribe",
            "register",
            "back to top",
            "next",
            "previous",
            "loading",
            "already a subscriber? log in",
            "already a subscriber? sign in",
            "learn more",
        ],
        "navigation",
    ),
    # a page's audio player over the article
    **dict.fromkeys(["listen to this article", "listen to this story"], "audio player"),
}

# Blocks that open a list of links (related stories, comments): the short, unpunctuated
# lines right after them belong to the list.
SECTION_MARKERS: frozenset[str] = frozenset({"related stories", "comments"})
LINK_MAX_WORDS = 15

# Patterns tried on short blocks (at most `BOILERPLATE_MAX_WORDS` words); the first
# match gives the reason. A pattern not anchored at the start has a hint, a word the
# block must hold (lower case) before the pattern is worth a search; an anchored one
# may have one too.
BOILERPLATE_MAX_WORDS = 40
# What follows an author's name in a closing bio: "is a senior fellow at …"; after a
# sign-off's dash also "covers courts for …" (alone, "Medicare covers …" is news)
AUTHOR_BIO = (
    r"is (?:an?|the) (?:[\w-]+ ){0,4}(?:writer|reporter|journalist|editor|correspondent"
    r"|columnist|contributor|fellow|professor|lecturer|author)\b"
)
SIGNOFF_BIO = rf"(?:{AUTHOR_BIO}|covers |writes (?:about|for)\b|reports (?:on|for)\b)"
# an e-mail address within a line's next 80 characters: "Contact … at mgonzalez@…"
_EMAIL_AFTER = r".{0,80}?[\w.+-]+@[\w-]+\.\w"
BOILERPLATE_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (patterns.compile(pattern, re.IGNORECASE), reason, hint)
    for pattern, reason, hint in [
        (
            r"^this (?:article|post|story) was originally (?:on|published)\b.*\barchive\b",
            "archive notice",
            "",
        ),
        (r"^see about archive blog posts\b", "archive notice", ""),
        # a wire's closing credit of a press release: "SOURCE Acme Robotics"
        (r"^(?-i:SOURCE\s+[A-Z][\w&.,'’ -]{1,80})$", "press release label", ""),
        # a note about the article, not part of it ("UPDATE:" notes are: they stay)
        (r"^(?:corrections?|clarifications?|editor['’]s note)\s*:", "correction", ""),
        (
            r"^(?:this|the|our) (?:interview|conversation|exchange|transcript|q&a) (?:has|have)"
            r" been (?:lightly )?(?:edited|condensed)\b",
            "editor's note",
            "been",
        ),
        (
            r"^(?:this (?:article|story|post) (?:is|was) )?(?:from|part of) the archives?\b",
            "archive notice",
            "",
        ),
        # a time with no date, which gives no publication date ("Updated 11:42 p.m. ET",
        # "Published 22 hours ago", "19 hours ago" in a list of links); a stamp with a
        # date is a timestamp line (`dates`). A time alone stays: over a live blog's
        # entries ("9:05 p.m.") it is part of the article, as the page dumps' bodies have it
        (
            r"^(?:(?:(?:last )?updated|published|posted|first published)(?:\s*:|\s+on|\s+at)?"
            r"\s+(?:[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\b\.?)?|1?\d\s*[ap]\.?m\b\.?)"
            r"(?:\s+(?:[ecmp][sd]?t|gmt|utc|bst|cest?|ist|aes?t|aedt))?"
            r"|(?:(?:(?:last )?updated|published|posted)\s+)?"
            r"(?:an?|\d+)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago)\.?$",
            "timestamp",
            "",
        ),
        (r"^read the rest (?:here|of (?:this|the) (?:story|article))\b", "read more link", ""),
        (
            r"^(?:read|see|watch|listen to) (?:more|the full|the original)\b.*(?:here|\.)?$",
            "read more link",
            "",
        ),
        (r"^click here\b", "click here prompt", ""),
        (r"^you are (?:signed|logged) in as\b", "navigation", ""),
        # a form's field label: "Enter City and State or Zip Code", "Enter your email"
        (
            r"^enter (?:your |a |an )?(?:city|zip|postal|e-?mail|address|location|search)\b",
            "form field",
            "",
        ),
        # "4 min read", "Listen · 4:32 min": a page's reading time and audio player
        (r"^\d{1,3}[ -]min(?:s|utes?)?\.?\s+read$|^\d{1,3}\s?min\.?$", "reading time", "min"),
        (r"^listen\b\W{0,4}(?:\d{1,2}:\d\d|\d+ min)", "audio player", "listen"),
        # a link to another story or to a video with its length, between the paragraphs
        # (not "Watch: …" alone, a series label over a headline)
        # (in brackets too: "[Related: Salesforce Dreamforce Keynote: AI, … ]")
        (r"^\[?(?:related|see also|also read|read also|more)\s*:\s+\S", "related link", ":"),
        (r"^(?:watch|video)\s*:.*\(\d{1,2}:\d\d\)$", "related link", "("),
        (r"^open this photo in gallery\b", "gallery control", "gallery"),
        (r"^(?:please )?sign up (?:for|to)\b", "newsletter prompt", ""),
        (r"^subscribe (?:to|for|now|today)\b", "newsletter prompt", ""),
        (r"^(?:get|receive) (?:our|the) .*\bnewsletter\b", "newsletter prompt", ""),
        (r"^get the latest\b.*\b(?:inbox|newsletter|alerts?)\b", "newsletter prompt", "latest"),
        (r"^want more (?:stories|news|articles)\b.*\?$", "newsletter prompt", "want more"),
        (r"\bnewsletter\b.*\b(?:sign up|subscribe|inbox)\b", "newsletter prompt", "newsletter"),
        (r"\b(?:sign up|subscribe)\b.*\bnewsletter\b", "newsletter prompt", "newsletter"),
        (r"^get breaking news alerts\b", "newsletter prompt", ""),
        # a sign-up form's small print: "I agree that CBS Sports can send me the …
        # newsletter", "Keep an eye on your inbox", "Please check the opt-in box to …"
        (r"^i agree (?:that|to)\b.*\b(?:newsletters?|e-?mails?)\b", "newsletter prompt", ""),
        (r"^keep an eye on your inbox\b", "newsletter prompt", ""),
        (r"\bjoin (?:the|our)\b.*\bnewsletter\b", "newsletter prompt", "newsletter"),
        # a sign-up box's heading: "Breaking News Emails", "Daily Newsletter"
        (
            r"^(?:breaking news|news|daily|weekly|morning|evening|free) "
            r"(?:e-?mails|alerts|newsletters?)$",
            "newsletter prompt",
            "",
        ),
        (
            r"\b(?:(?:delivered|sent) (?:straight |right )?to|meet) your inbox\b",
            "newsletter prompt",
            "inbox",
        ),
        # "Need more space? Subscribe to our sister title …"
        (r"\bsubscribe to our\b", "newsletter prompt", "subscribe"),
        (r"\bopt-in box\b", "newsletter prompt", "opt-in"),
        # "… BY CLICKING HERE", "Just click here, enter your email" (anywhere in the line)
        (r"\bclick(?:ing)? here\b", "click here prompt", "click"),
        # an author's closing line: "… is out now. Follow him on Twitter @michaeldwall."
        (
            r"(?:^|[.!?]\s+)follow (?:him|her|them|me) on (?:twitter|facebook|instagram)\b",
            "author bio",
            "follow",
        ),
        # "Have a tip? Amy Kuperinsky may be reached at akuperinsky@…"
        (rf"\b(?:can|may) be reached at\b{_EMAIL_AFTER}", "contact line", "reached at"),
        (
            # (and an op-ed's: "… is a senior fellow at …", "… is the author of …")
            rf"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,3}} {AUTHOR_BIO}",
            "author bio",
            "",
        ),
        # "Follow Pam Key on Twitter @pamkeyNEN", "Follow The New York Times Opinion section
        # on Facebook, Twitter (@NYTopinion) and Instagram"
        (
            r"^(?:follow|like|join) (?:us|@\w+|(?:[\w.'’-]+ ){1,6}on)\b"
            r".*\b(?:twitter|facebook|instagram|linkedin|x)\b",
            "social prompt",
            "",
        ),
        (r"^join (?:our|the) (?:[\w-]+ ){0,3}(?:forums?|community)\b", "social prompt", ""),
        (r"^(?:share|tweet|post) (?:this|on)\b", "share bar", ""),
        # "Contact Maria Gonzalez at mgonzalez@example.com or 555-0142."
        (rf"^(?:contact|reach|email|e-mail)\b{_EMAIL_AFTER}", "contact line", "@"),
        (
            r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b[^()]*\)?$",
            "credit line",
            "",
        ),
        (r"^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d)", "copyright", ""),
        (r"\ball rights reserved\b", "copyright", "rights reserved"),
        (
            r"^(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us)\b",
            "footer",
            "",
        ),
        # links to the legal pages run together, in a footer or under a sign-up form inside
        # the article (so no footer, which would close the article): "Published 11:34 PM
        # EST Nov 19, 2019 Terms of Service Privacy Notice © …", "This site is protected by
        # recaptcha Privacy Policy | Terms of Service"
        (
            r"\bterms of (?:service|use)\b.*\bprivacy (?:policy|notice)\b"
            r"|\bprivacy (?:policy|notice)\b.*\bterms of (?:service|use)\b",
            "legal links",
            "privacy",
        ),
        (r"^we use cookies\b|\bcookies? (?:policy|settings|consent)\b", "cookie notice", "cookie"),
        (r"^(?:advertisement|sponsored)\b.{0,40}$", "advertisement", ""),
        # what a converter left of markup: "&lt;span data-mce-type="bookmark" …", and a
        # blog's shortcodes: "[button link=… type=”big”] Send us YOUR kit review[/button]"
        (r"^&lt;/?[a-z][\w-]*(?:\s+[\w-]+=|\s*/?&gt;)", "markup", ""),
        (r"^\[[a-z_]+(?:\s[^\]]*)?\].*\[/[a-z_]+\]$", "markup", ""),
        (r"^\d+ (?:shares?|reactions?)$", "share bar", ""),
        (r"^(?:image|photo|slide) \d+ of \d+$", "gallery control", ""),
        (
            r"^\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago\b.{0,30}$",
            "relative time",
            "ago",
        ),
        (r"^\W*\d+ comments?\W*$", "comments", ""),  # "[ 167 comments ]" opens the comments
        (r"^new,\s*\d+ comments?$", "comment count", ""),  # a link to them, by the headline
        (r"\bcomments (?:are )?powered by\b|^no comments yet\b", "comments", "comments"),
        (r"^leave a (?:comment|reply)\b", "comments", ""),
        (r"^save my name, email\b", "comments", ""),
        (r"^notify me (?:of|via|by|when)\b.*\b(?:comments?|replies)\b", "comments", ""),
        (r"\buses akismet\b", "comments", "akismet"),
        (r"^follow [\w.@]+ on\b.{0,40}$", "social prompt", ""),
        (r"^(?:like|enjoy(?:ed)?) this (?:story|article|post)\?", "share bar", ""),
        (r"^related (?:posts?|articles?|stor(?:y|ies)|reading|content)\s*:", "related stories", ""),
        (
            r"^(?:(?:facebook|twitter|pinterest|linkedin|whatsapp|reddit|tumblr|email|e-mail|"
            r"print|share|messenger|copy link)\W*){2,}$",
            "share bar",
            "",
        ),
        (r"^sharing is caring\b", "share bar", ""),
        # "Show more sharing options", "Share All sharing options", "Copy Link URL Copied!"
        (
            r"^(?:(?:\w+ ){0,3}sharing options(?:$| for:)|copy link\b.{0,20}$)",
            "share bar",
            "",
        ),
        (r"^more (?:in|from|on|about) [\w ]{1,40}$", "related stories", ""),
    ]
)

# ---------------------------------------------------------------------------
# Headline and byline
# ---------------------------------------------------------------------------

# News agencies: kept apart from authors in bylines and datelines.
AGENCIES: tuple[str, ...] = (
    "Associated Press",
    "The Associated Press",
    "AP",
    "Reuters",
    "Thomson Reuters",
    "Agence France-Presse",
    "AFP",
    "Bloomberg",
    "Bloomberg News",
    "Dow Jones",
    "UPI",
    "United Press International",
    "Press Association",
    "PA",
    "dpa",
    "EFE",
    "ANSA",
    "Xinhua",
    "Kyodo",
    "Kyodo News",
    "Yonhap",
    "Tass",
    "Interfax",
    "Anadolu Agency",
    "CNN",
    "BBC",
    "NPR",
    "New York Times",
    "The New York Times",
    "Washington Post",
    "The Washington Post",
    "Los Angeles Times",
    "Tribune News Service",
)

# Words that never belong in a person's name in a byline.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    email e-mail updated published posted staff writer writers reporter reporters editor
    editors correspondent correspondents contributor contributors contributing columnist
    news times post press daily weekly magazine online digital desk team staff wire
    wires service services agency blog blogs archive archives contact follow twitter
    facebook more view all stories article articles by the and of at in on for with from
    today yesterday opinion analysis review special report reports photo photos video
    videos image images gallery credit credits am pm et gmt utc january february march
    april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday
    """.split()
)

# Name endings that keep their period.
NAME_SUFFIXES: frozenset[str] = frozenset("jr sr esq".split())

# Lower-case particles allowed inside personal names.
NAME_PARTICLES: frozenset[str] = frozenset(
    """
    al bin ibn bint abu abd da de del della der des di do dos du el la le st van von y
    ter ten
    """.split()
)

# Role lines that may follow a byline name ("Staff Writer", "Senior political
# correspondent"); the nouns among them also end a role after a beat ("Home Affairs
# Editor", "Middle East correspondent").
ROLE_NOUNS: frozenset[str] = frozenset(
    "writer writers reporter correspondent editor columnist contributor chief staff".split()
)
ROLE_WORDS: frozenset[str] = ROLE_NOUNS | frozenset(
    "special bureau senior political national foreign associate contributing".split()
)

# ---------------------------------------------------------------------------
# Captions
# ---------------------------------------------------------------------------

CAPTION_KINDS: dict[str, str] = {
    "video": "Video",
    "watch": "Video",
    "photo": "Photo",
    "file photo": "Photo",
    "photos": "Photo",
    "photograph": "Photo",
    "picture": "Photo",
    "pictured": "Photo",
    "image": "Image",
    "graphic": "Graphic",
    "map": "Map",
    "chart": "Chart",
    "audio": "Audio",
    "gallery": "Gallery",
    "caption": "Caption",
    "above": "Photo",
    "top": "Photo",
}

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1}

MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)

# ---------------------------------------------------------------------------
# Quotes and speakers
# ---------------------------------------------------------------------------

# Reporting verbs in every form that introduces speech, and the lemma each stands for.
_SPEECH_LEMMAS = """
say said says saying | tell told tells telling | add added adds adding | ask asked asks asking
announce announced announces announcing | declare declared declares declaring
state stated states stating | write wrote writes writing written | tweet tweeted tweets tweeting
post posted posts posting | chant chanted chants chanting | shout shouted shouts shouting
explain explained explains explaining | insist insisted insists insisting
warn warned warns warning | note noted notes noting | argue argued argues arguing
claim claimed claims claiming | recall recalled recalls recalling | reply replied replies replying
respond responded responds responding | continue continued continues continuing
acknowledge acknowledged acknowledges acknowledging | admit admitted admits admitting
concede conceded concedes conceding | complain complained complains complaining
contend contended contends contending | counter countered counters countering
joke joked jokes joking | quip quipped quips quipping | remark remarked remarks remarking
comment commented commenting
suggest suggested suggests suggesting | urge urged urges urging | vow vowed vows vowing
predict predicted predicts predicting | promise promised promises promising
pledge pledged pledges pledging | boast boasted boasts boasting | caution cautioned cautions
charge charged charges charging | conclude concluded concludes concluding
confirm confirmed confirms confirming | emphasize emphasized emphasizes emphasizing emphasised
stress stressed stresses stressing | observe observed observes observing
report reported reports reporting | repeat repeated repeats repeating | sigh sighed sighs sighing
grumble grumbled grumbles grumbling | mutter muttered mutters muttering
whisper whispered whispers whispering | yell yelled yells yelling | cry cried cries crying
scream screamed screams screaming | sing sang sings singing sung | read reads reading
call called calls calling | describe described describes describing | muse mused muses musing
opine opined opines opining | proclaim proclaimed proclaims proclaiming
recount recounted recounts recounting | thunder thundered thunders thundering
bark barked barks barking | snap snapped snaps snapping | laugh laughed laughs laughing
agree agreed agrees agreeing | object objected objects objecting
protest protested protests protesting | maintain maintained maintains maintaining
reiterate reiterated reiterates reiterating | demand demanded demands demanding
allege alleged alleges alleging | assert asserted asserts asserting
blast blasted blasts blasting | slam slammed slams slamming | mock mocked mocks mocking
quote quoted quotes quoting | testify testified testifies testifying
answer answered answers answering | begin began begins beginning
conclude concluded | exclaim exclaimed exclaims exclaiming | scoff scoffed scoffs scoffing
deny denied denies denying | reveal revealed reveals revealing | explain
point pointed points pointing | put puts putting | tell
fume fumed fumes fuming | interject interjected interjects interjecting
lament lamented laments lamenting | assure assured assures assuring
elaborate elaborated elaborates elaborating | wonder wondered wonders wondering
retort retorted retorts retorting | bemoan bemoaned bemoans bemoaning
decry decried decries decrying | tout touted touts touting | emailed
retweet retweeted retweets retweeting | chide chided chides chiding | gush gushed gushes gushing
accuse accused accuses accusing | echo echoed echoes echoing | demur demurred demurs demurring
press pressed presses pressing | exhort exhorted exhorts exhorting
refer referred refers referring | gloat gloated gloats gloating
react reacted reacts reacting | beam beamed beams beaming
remember remembered remembers remembering | recommend recommended recommends recommending
"""
SPEECH_VERBS: dict[str, str] = {
    form: group.split()[0]
    for group in _SPEECH_LEMMAS.replace("\n", " ").split("|")
    for form in group.split()
}
# Verbs that introduce reported (indirect) speech as "X said (that) ...".
REPORTING_VERBS: frozenset[str] = frozenset(
    """say said says told tells added adds announced announces declared declares stated states
    wrote writes explained explains insisted insists warned warns noted notes argued argues
    claimed claims acknowledged acknowledges admitted admits conceded concedes contended
    contends suggested suggests predicted predicts promised promises confirmed confirms
    reported reports alleged alleges asserted asserts denied denies revealed reveals
    believes believed thinks thought estimated estimates announces says argue insist
    warn note claim acknowledge admit believe think found finds showed shows show
    reveal concluded concludes recalled recalls agreed agrees predicted asked asks think
    believe wants want wanted hopes hope hoped fears fear feared expects expect expected
    insisted insists warned warns promised promises vowed vows tweeted wrote writes
    posted explained explains indicated indicates reiterated stressed emphasized
    complained complains worried worries contended maintained maintains testified
    announced declared admitted conceded estimated suggest suggested suggests argued
    feel knows learned discovered realize realized realizes realised recognize recognizes
    recognized conclude determined ruled doubt doubted suspects suspected assume guessed
    predict projected forecast signaled signalled responded replied countered remarked
    cautioned disclosed reasoned surmised opined posited theorized speculated
    swore guaranteed pledge pledges explain declare assert asserted concede conceded admits
    acknowledges reveals clarified insist contends allege worry worried indicate recall
    remembered remembers reaffirmed reiterate reiterates emphasize emphasizes
    stresses testify testifies brags""".split()
)
# Auxiliaries and adverbs that stand between a speaker and the cue verb.
AUXILIARIES: frozenset[str] = frozenset(
    """has have had was were is are will would could may might also later then once again
    previously recently repeatedly further been be heard seen often always never still usually
    sometimes today yesterday tonight now however meanwhile therefore nonetheless nevertheless
    instead too since already just even ever not did does do both all each""".split()
) | frozenset(
    f"{verb}{apostrophe}t"
    for verb in "doesn didn don won wouldn isn wasn hasn haven hadn".split()
    for apostrophe in "'’"
)
# Habits that stand there too, after a quote: "“…,” my commander used to say".
HABITS: tuple[str, ...] = (
    "used to",
    "likes to",
    "liked to",
    "loves to",
    "loved to",
    "went on to",
    "goes on to",
)
# Title words that only qualify another ("former", "presidential"): no title alone.
TITLE_MODIFIERS: frozenset[str] = frozenset(
    """acting deputy first former vice presidential prime democratic democrat republican
    libertarian gop foreign defense defence finance health education homeland interior
    treasury state press""".split()
)
# Multi-word cues before a speaker: "according to X", "in a statement".
CUE_PHRASES: tuple[str, ...] = ("according to",)

# Titles and roles that stand before a name; kept apart in `title`.
TITLES: frozenset[str] = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady rev rev.
    capt capt. captain sgt sgt. sergeant lt lt. lieutenant col col. colonel maj maj. major
    gen gen. general adm adm. admiral cmdr cmdr. commander cpl cpl. corporal pvt pvt.
    congressman congresswoman assemblyman assemblywoman
    sen sen. senator rep rep. representative gov gov. governor lt.gov. mayor councilman
    councilwoman councilor alderman commissioner chairman chairwoman chair president
    vice secretary minister prime premier chancellor ambassador judge justice attorney
    speaker leader chief director sheriff officer detective inspector superintendent
    king queen prince princess sheikh emir imam pope father sister brother bishop rabbi
    coach spokesman spokeswoman spokesperson deputy foreign defense defence interior state
    finance health education treasury homeland press former acting first lady gop
    democratic democrat republican libertarian presidential candidate nominee executive ceo
    cfo manager""".split()
)
PRONOUNS: dict[str, str] = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "i": "first",
    "we": "first",
    "it": "neuter",
}
# Nouns for people who can be quoted: a sentence's subject made of none of these, no
# name and no personal pronoun ("The music", "An argument") is not taken as a speaker.
PERSON_NOUNS: frozenset[str] = frozenset(
    """people person persons voters voter supporters supporter critics critic officials
    official aides aide advisers adviser advisors advisor leaders leader lawmakers lawmaker
    members member residents resident protesters protester demonstrators crowd crowds
    audience man woman men women boy girl experts expert analysts analyst author authors
    writer writers editor editors candidate candidates senators democrats republicans
    conservatives liberals activists activist delegates delegate donors donor fans friends
    friend family colleagues colleague students student parents parent workers worker
    sources source staff staffers staffer executives executive strategists strategist
    operatives operative observers residents citizens americans veterans veteran doctor
    doctors lawyer lawyers attorneys prosecutors prosecutor investigators witnesses witness
    pollster pollsters economists economist scientists historian historians professor
    reporters reporter journalists journalist host hosts anchor commentator columnist
    owner founder chairman chairwoman ceo president governor mayor senator representative
    congressman congresswoman judge justice minister secretary spokesman spokeswoman
    spokesperson rabbi pastor priest bishop pope wife husband son daughter mother father
    brother sister others some many several both most few all politicians politician
    diplomats diplomat defenders defender loyalists loyalist backers backer surrogates
    surrogate allies ally opponents opponent detractors detractor boosters booster
    admirers admirer""".split()
)
# An interview's labels for its turns: "Q: …" (the interviewer) and "A: …" (the person
# interviewed, when no one is named): no one a list of sources should name.
INTERVIEW_LABELS: frozenset[str] = frozenset("Q A Question Answer QUESTION ANSWER".split())
# Capitalised plurals for groups of people ("Muslim Americans", "New Yorkers"): never the
# antecedent of "he" or "she".
GROUP_PLURALS: frozenset[str] = frozenset(
    """americans republicans democrats independents conservatives liberals progressives
    evangelicals catholics protestants mormons muslims christians jews hindus latinos
    hispanics yorkers texans californians floridians iowans virginians ohioans europeans
    africans asians mexicans canadians cubans iranians iraqis syrians russians afghans
    israelis palestinians saudis kurds arabs turks germans britons koreans ukrainians
    millennials boomers""".split()
)
# Titles that tell a person's sex, for pronoun resolution.
TITLE_SEX: dict[str, str] = {
    **dict.fromkeys(["mr", "sir", "lord", "king", "prince", "father", "brother"], "male"),
    **dict.fromkeys(["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister"], "female"),
}


def title_sex(title: str | None) -> str | None:
    """What a title tells of a person's sex ("Mrs." → female), if anything."""
    return TITLE_SEX.get((title or "").lower().rstrip("."))


# Nouns for a person's family, which describe someone named with them ("her daughter,
# Grace Okonkwo-Reyes," … "her daughter said").
RELATIVES: frozenset[str] = frozenset(
    """daughter son wife husband mother father brother sister widow widower partner
    fiancee fiance niece nephew cousin grandson granddaughter stepson stepdaughter""".split()
)
# Nouns for people that tell their sex, for the pronoun that stands for them.
NOUN_SEX: dict[str, str] = {
    **dict.fromkeys(["spokeswoman", "woman", "chairwoman", "congresswoman"], "female"),
    **dict.fromkeys(["spokesman", "man", "chairman", "congressman"], "male"),
}
# Common given names that tell a person's sex, for pronoun resolution ("Hillary Clinton"
# is no antecedent of "he"). Names given to both (Jordan, Kelly, Lindsey, Chris) are not
# here; a title (`TITLE_SEX`) is read first.
_FEMALE_NAMES = """abigail adriana alexandra alexandria alice alicia amanda amber amy andrea
    angela angelina ann anna anne annie ashley ayanna barbara betsy betty beverly bonnie
    brenda brittany carla carly carmen carol caroline carolyn catherine cathy charlotte
    chelsea cheryl christina christine claire colleen condoleezza connie cynthia danielle
    debbie deborah debra denise diana diane dianne donna doris dorothy eileen elena
    elisabeth elise elizabeth ellen emily emma erica erin esther evelyn gabriela gabrielle
    gina gloria grace hannah heather heidi helen hilary hillary huma ilhan isabella ivanka
    jacqueline jacinda janet janice jasmine jennifer jessica jill joan joanna joyce judith
    judy julia julie kamala karen kate katherine kathleen kathryn kathy katie katrina kayla
    kellyanne kimberly kirsten laura lauren leah linda lisa liz loretta lori lucia lucy
    madeleine madison margaret maria mariana marie marilyn marsha martha mary maureen maxine
    mazie megan meghan megyn melania melissa michele michelle miriam molly monica nancy
    naomi natalie nicole nikki nina olivia pamela patricia patty paula peggy penny priya
    rachel rashida rebecca renee rosa ruth sally samantha sandra sara sarah sharon sheila
    shirley sonia sophia stephanie susan susana tammy tanya teresa theresa tina tulsi
    ursula valerie vanessa veronica victoria virginia wendy yolanda yvonne""".split()
_MALE_NAMES = """aaron abdul abraham adam ahmed al alan albert alexander andre andrew
    anthony antonio arthur barack bashar ben benjamin bernard bernie beto bill billy bob
    bobby boris brad brandon brett brian bruce bryan carl carlos charles chuck clarence
    corey cory craig dan daniel darrell david deval dennis dick donald doug douglas dwight
    edward elijah elliott emmanuel eric ernest ethan eugene frank franklin gabriel gary
    gavin george gerald glenn greg gregory hank harold harry hassan henry herbert howard
    hugh ian ibrahim ivan jack jacob jamal james jared jason jay jeb jeff jeffrey jeremy
    jerome jerry jim jimmy joe joel john johnny jon jonathan jorge jose joseph joshua juan
    julian justin karl keith ken kenneth kevin kirk kurt kyle lamar lance larry lawrence
    leon lloyd louis luis luke lyndon mahmoud malcolm manuel marco marcus mario mark
    martin marvin matt matthew max michael miguel mike mitch mitt mohammed muhammad nathan
    neil newt nicholas nick norman omar orrin oscar owen patrick paul pedro pete peter
    phil philip rafael rand randy ray raymond reggie reince rex richard rick ricky rob
    robert roberto roger ron ronald ross roy rudy russell ryan samuel scott sean sergio
    seth shawn sheldon stan stephen steve steven stuart ted theodore thomas tim timothy
    todd tom tony travis trent troy tyler victor vincent vladimir wade walter warren wayne
    wesley william willie zachary""".split()
_EITHER_NAMES = """alex ali angel ashley avery casey chris dana drew frankie jackie jamie jean
    jesse jessie jo jody jordan kelly kerry kim lee leslie lou lynn marion morgan pat quinn
    riley robin sam sandy shannon shelby sidney taylor terry tracy""".split()
# The census's first names that are no English word, common surname or place
# (given_names.py: "Brigid", "Phyllis"), and the hand-made lists above, which win.
NAME_SEX: dict[str, str] = dict.fromkeys(given_names.FEMALE.split(), "female")
NAME_SEX.update(dict.fromkeys(given_names.MALE.split(), "male"))
NAME_SEX.update(dict.fromkeys(_FEMALE_NAMES, "female"))
NAME_SEX.update(dict.fromkeys(_MALE_NAMES, "male"))
for _name in _EITHER_NAMES:
    NAME_SEX.pop(_name, None)  # the census says "alex" is a man's: not in the news
# Given names, those given to both sexes included ("Chris Davies"): a person's first name.
GIVEN_NAMES: frozenset[str] = frozenset(NAME_SEX).union(_EITHER_NAMES, given_names.EITHER.split())
# Words that make a speaker an organisation rather than a person.
ORG_WORDS: frozenset[str] = frozenset(
    """agency news ministry department committee campaign party police army government office
    union association council company corporation inc inc. corp corp. group institute
    foundation center centre university college court commission board bureau service
    network channel newspaper magazine times post journal tribune reuters press radio
    observer herald gazette chronicle inquirer examiner courier sentinel
    television tv station organization organisation federation league coalition alliance
    administration agency's white house senate congress parliament embassy military forces
    brigade regiment media poll survey report reports website site blog statement""".split()
)
# Last words of a capitalised name that make it a thing, not a person: "National Review",
# "Islamic State", "Columbia Journalism School", "Good Morning America".
THING_ENDS: frozenset[str] = frozenset(
    """review school convention state states america americans holocaust qaeda safety watch
    security university college institute foundation committee department ministry agency
    council association party network magazine newspaper journal church hospital museum
    airlines bank fund act times news republic district energy office exchange program
    project arena stadium center centre hotel city county amendment partnership room mall
    institution corps heights technologies securities sciences scouts directorate war
    democratic democrat democrats republican republicans gop rnc dnc muslims estates tower
    bay shoal reserve grants coal europe international research manhattan american korean
    jews caucus coalition alliance union league""".split()
)
# First words of a capitalised name that make it a place or a thing: "San Diego", "Fort
# Pierce", "Team Trump".
THING_STARTS: frozenset[str] = frozenset("san santa los las fort port mount lake team".split())
# Words after a name that make it a place: "the Dair Alzour province".
PLACE_WORDS: frozenset[str] = frozenset(
    """province city town village district county region state river street avenue road
    square valley mountains mountain island islands airport camp border bay lake
    neighborhood neighbourhood""".split()
)
# Names of places written like people's names ("South Carolina", "New Hampshire"): never
# the antecedent of "he" or "she".
_PLACES = """Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|
Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|
Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|
New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|
West Virginia|Wisconsin|Wyoming|United States|Puerto Rico|Wall Street|Capitol Hill|White House|
Los Angeles|San Francisco|Las Vegas|New Orleans|Salt Lake City|Great Britain|United Kingdom|
South Africa|North Korea|South Korea|Saudi Arabia|Hong Kong|New Zealand|El Salvador|
Costa Rica|Sri Lanka|Middle East|Latin America"""
PLACE_NAMES: frozenset[str] = frozenset(" ".join(n.split()).lower() for n in _PLACES.split("|"))
# A place of one word ending a name makes it no person's: "POLITICO Florida",
# "Independent Vermont" (but "Denzel Washington").
PLACE_ENDS: frozenset[str] = frozenset(n for n in PLACE_NAMES if " " not in n) - {"washington"}
# Words that start the object of "told": "told reporters", "told the AP".
TOLD_OBJECTS = (
    r"(?:reporters|journalists|the \w+(?: \w+)?|an? \w+(?: \w+)?|him|her|them|us|me"
    r"|[A-Z][\w.’']+(?: [A-Z][\w.’']+){0,3})"
)
# The signature under an embedded post: "— Donald J. Trump (@realDonaldTrump) June 9, 2016"
POST_SIGNATURE = patterns.compile(
    r"^[ \t]*(?:—|–|--?)[ \t]*(?P<name>[^()\n]{1,60}?)[ \t]*\(@\w{1,30}\)"
    r"(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4})?[ \t]*$",
    re.M,
)
# Labels before a colon that introduce a note, not a speaker ("Correction: An earlier
# version …", "Revealed: …"), as a regex alternation (case-insensitive)
NOTE_LABELS = (
    r"corrections?|clarification|update|editor['’]s note|note|contributing|paid notice"
    r"|question|revealed|leaked|bombshell|wow|stat of the week|delegate update"
)
# Words before a quoted term that mark a name or title, not speech.
# (PolNeAR annotators attribute "what he called the ‘…’" and "the term ‘…’" to a speaker,
# so "called" and "term" are deliberately not here.)
TERM_TRIGGERS: frozenset[str] = frozenset(
    """dubbed named titled entitled headlined nicknamed so-called book books film films movie
    movies show shows series song songs album program programme operation hashtag
    documentary episode novel memoir play musical podcast podcasts""".split()
)
# Two-word triggers: "known as ‘…’", "Latin for ‘…’", "stars in ‘…’", "author of ‘…’".
TERM_TRIGGER_PAIRS: frozenset[tuple[str, ...]] = frozenset(
    tuple(pair.split("_"))
    for pair in """known_as latin_for spanish_for french_for arabic_for german_for greek_for
    stars_in starred_in starring_in author_of heroine_of hero_of roles_in role_in
    appeared_in""".split()
)
