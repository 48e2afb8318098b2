"""The parsing core: ``parse(text) -> Article``.

No terminal, CLI or file I/O in this package: it takes a decoded string and returns
immutable records whose offsets point into that very string. The stages live one per
module (`blocks`, `boilerplate`, `byline`, `dates`, `headline`, `captions`, `quotes`,
`speakers`, `indirect`) and `pipeline` runs them in order.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from syriadefect.model import Article

__all__ = ["parse"]


def parse(
    text: str,
    *,
    source: str | None = None,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    notes: tuple[str, ...] = (),
    quotes: bool = True,
    title: str | None = None,
) -> Article:
    """Parse decoded article text into an `Article`.

    Args:
        text: the article as decoded; every offset in the result indexes this string.
        source: where the text came from (a path, "-" for stdin), copied to the output.
        encoding: the encoding the bytes were decoded with, copied to the output.
        reference_date: resolves "Thursday" and "yesterday" when the text has no
            publication date.
        notes: decoding notes (a guessed encoding, a repair), copied to the output.
        quotes: find quotations and speakers (the most costly stage); False leaves
            ``quotes`` empty.
        title: the headline as a dump's metadata gives it; the block of the text that
            reads the same becomes the headline.

    Example:
        >>> parse("SYRIA: Army defects\\n\\nTroops crossed into Turkey.").headline.kicker.text
        'SYRIA'
    """
    # The stages (and their compiled patterns) load on the first call, not on import,
    # so that `syriadefect --help` starts quickly.
    from syriadefect.parse.pipeline import run

    return run(
        text,
        source=source,
        encoding=encoding,
        reference_date=reference_date,
        notes=notes,
        quotes=quotes,
        title=title,
    )
