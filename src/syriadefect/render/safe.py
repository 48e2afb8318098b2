"""Make input text inert before it reaches a terminal.

Article text may hold ANSI escapes, OSC 8 hyperlinks, carriage returns or bidi
overrides; printed raw they would recolour, rewrite or reorder the user's terminal.
`inert` shows each such character as a visible escape instead. JSON output keeps the
exact characters (JSON escapes them itself).

    >>> inert("red\\x1b[31m text\\u202e")
    'red\\\\x1b[31m text<U+202E>'
"""

from __future__ import annotations

import re

from syriadefect import patterns

# C0 controls except tab and newline, DEL, C1 controls, and the bidirectional
# embedding, override and isolate characters.
_UNSAFE = patterns.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"<U+{code:04X}>"


def inert(text: str) -> str:
    """Replace terminal control and bidi control characters with visible escapes."""
    return _UNSAFE.sub(_escape, text)
