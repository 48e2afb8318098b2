"""One input, from a path or "-" to a parsed `Article`: the simple entry point."""

from __future__ import annotations

import datetime as dt

from syriadefect.corpus import Job, Options, parse_job, read_stdin
from syriadefect.defaults import DEFAULT_MAX_BYTES, STDIN
from syriadefect.errors import InputError
from syriadefect.model import Article


def load_article(
    path: str,
    *,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    repair: bool = True,
    form: str = "auto",
) -> Article:
    """Read, decode and parse one input ("-" for standard input).

    With `repair`, mojibake is undone first (see `decode.repair_mojibake`); the offsets
    of the article then index the repaired text, and its notes say so. `form` says how
    to read the text: "auto" (HTML and Markdown recognised by their content), "text",
    "html" or "markdown".

    Raises:
        InputError: naming `path` and what is wrong with it.
    """
    options = Options(encoding, reference_date, max_bytes, repair, form=form)
    job = Job(STDIN, data=read_stdin()) if path == STDIN else Job(path, path=path)
    outcome = parse_job(job, options)
    if outcome.article is None:
        raise InputError(outcome.error or "unreadable", source=path)
    return outcome.article
