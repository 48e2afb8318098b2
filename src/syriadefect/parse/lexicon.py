"""Word lists and line patterns, kept apart from the logic that uses them.

Extend these tables to teach the parser a new site template, agency or speech verb;
no code change is needed elsewhere.
"""

from __future__ import annotations

import re

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
            "you may also like",
            "top stories",
            "latest news",
        ],
        "related stories",
    ),
    **dict.fromkeys(
        ["comments", "comment", "leave a comment", "show comments", "join the conversation"],
        "comments",
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
        ],
        "navigation",
    ),
}

# Blocks that open a list of links (related stories, comments): the short, unpunctuated
# lines right after them belong to the list.
SECTION_MARKERS: frozenset[str] = frozenset({"related stories", "comments"})
LINK_MAX_WORDS = 15

# Patterns tried on short blocks (at most `BOILERPLATE_MAX_WORDS` words); the first
# match gives the reason.
BOILERPLATE_MAX_WORDS = 40
BOILERPLATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), reason)
    for pattern, reason in [
        (
            r"^this (?:article|post|story) was originally (?:on|published)\b.*\barchive\b",
            "archive notice",
        ),
        (r"^see about archive blog posts\b", "archive notice"),
        (
            r"^(?:this (?:article|story|post) (?:is|was) )?(?:from|part of) the archives?\b",
            "archive notice",
        ),
        (r"^read the rest (?:here|of (?:this|the) (?:story|article))\b", "read more link"),
        (
            r"^(?:read|see|watch|listen to) (?:more|the full|the original)\b.*(?:here|\.)?$",
            "read more link",
        ),
        (r"^click here\b", "click here prompt"),
        (r"^(?:please )?sign up (?:for|to)\b", "newsletter prompt"),
        (r"^subscribe (?:to|for|now|today)\b", "newsletter prompt"),
        (r"^(?:get|receive) (?:our|the) .*\bnewsletter\b", "newsletter prompt"),
        (r"\bnewsletter\b.*\b(?:sign up|subscribe|inbox)\b", "newsletter prompt"),
        (
            r"^(?:follow|like|join) (?:us|@\w+|\w+ on)\b"
            r".*\b(?:twitter|facebook|instagram|linkedin|x)\b",
            "social prompt",
        ),
        (r"^(?:share|tweet|post) (?:this|on)\b", "share bar"),
        (
            r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b[^()]*\)?$",
            "credit line",
        ),
        (r"^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d)", "copyright"),
        (r"\ball rights reserved\b", "copyright"),
        (
            r"^(?:privacy policy|terms of (?:use|service)|cookie policy|contact us|about us)\b",
            "footer",
        ),
        (r"^we use cookies\b|\bcookies? (?:policy|settings|consent)\b", "cookie notice"),
        (r"^(?:advertisement|sponsored)\b.{0,40}$", "advertisement"),
        (r"^\d+ (?:comments?|shares?|reactions?)$", "share bar"),
        (r"^(?:image|photo|slide) \d+ of \d+$", "gallery control"),
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

# Lower-case particles allowed inside personal names.
NAME_PARTICLES: frozenset[str] = frozenset(
    """
    al bin ibn bint abu abd da de del della der des di do dos du el la le st van von y
    ter ten
    """.split()
)

# Role lines that may follow a byline name ("Staff Writer", "Middle East correspondent").
ROLE_WORDS: frozenset[str] = frozenset(
    """
    staff writer writers reporter correspondent editor columnist contributor special
    bureau chief senior political national foreign associate contributing
    """.split()
)

# ---------------------------------------------------------------------------
# Captions
# ---------------------------------------------------------------------------

CAPTION_KINDS: dict[str, str] = {
    "video": "Video",
    "watch": "Video",
    "photo": "Photo",
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
