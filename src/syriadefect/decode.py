"""Read and decode: bytes of any origin to the text every span points into.

UTF-8 (with or without a byte-order mark) is tried first, then a BOM-marked UTF-16 or
UTF-32, then charset-normalizer's best guess. The guess is reported, never silent, and
bytes that decode as nothing raise `InputError`: we never substitute replacement
characters. charset-normalizer is imported only when UTF-8 fails.

>>> decode_bytes("“Caf\\u00e9 au lait,” she said. “Na\\u00efve.”".encode("cp1252")).encoding
'cp1252'
"""

# No postponed annotations: named tuples read theirs (see syriadefect.model).
import codecs
from typing import NamedTuple

from syriadefect import patterns
from syriadefect.errors import InputError

# Control bytes that never occur in text files; their presence means "binary".
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | {0x0E, 0x0F} | frozenset(range(0x10, 0x1A))
_BINARY_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an executable"),
)
_MAX_CONTROL_SHARE = 0.05
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Decoded(NamedTuple):
    text: str
    encoding: str
    detected: bool  # True when the encoding was guessed rather than known


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode article bytes.

    Args:
        data: the raw bytes.
        encoding: a codec name that overrides detection (``--encoding``).

    Raises:
        InputError: empty or whitespace-only input, binary data, an unknown codec,
            or bytes that no encoding explains.
    """
    if encoding is not None:
        text = _decode_as(data, encoding)
        return Decoded(_checked(text), encoding, detected=False)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(_checked(_decode_as(data, name)), name, detected=False)
    _reject_binary(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(_checked(text), "utf-8", detected=False)
    return _detect(data)


def _decode_as(data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding}", position=exc.start) from None


def _reject_binary(data: bytes) -> None:
    for signature, what in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"not a text file (looks like {what})")
    head = data[:8192]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError("not a text file (contains NUL bytes)", position=nul)
    # A stray control character (a bell, an escape) can occur in text; many cannot.
    controls = sum(head.count(bytes([byte])) for byte in _BINARY_BYTES)
    if controls > _MAX_CONTROL_SHARE * len(head):
        raise InputError("not a text file (too many control bytes)")


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    # UTF-16 and UTF-32 without a byte-order mark would show as NUL bytes (refused
    # above); a guess of them for a short text is a false match, so take the next one.
    matches = [m for m in from_bytes(data) if not str(m.encoding).startswith(("utf_16", "utf_32"))]
    if not matches:
        raise InputError("not a text file (bytes match no known text encoding)")
    name = str(matches[0].encoding)
    text = data.decode(name)
    # Several code pages often fit a text equally well, or decode it to the very same
    # characters: name the most common one for news text then, Windows-1252, so that a
    # Windows-1252 file is not reported as cp1250 nor "Naïve" read as "Naďve".
    tied = {str(m.encoding) for m in matches if m.chaos <= matches[0].chaos}
    if name != "cp1252" and ("cp1252" in tied or _decodes_same(data, "cp1252", text)):
        name, text = "cp1252", data.decode("cp1252")
    return Decoded(_checked(text), name, detected=True)


def _decodes_same(data: bytes, encoding: str, text: str) -> bool:
    try:
        return data.decode(encoding) == text
    except UnicodeDecodeError:
        return False


# Characters that open typical mojibake: UTF-8 read as Windows-1252 or Latin-1 turns
# "’" into "â€™" and "é" into "Ã©". Text without them is left alone, and ftfy (slow to
# import) is loaded only for text with them.
_MOJIBAKE_HINT = patterns.compile(
    "[ÂÃâÅÄÐÑØÙ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """Undo mojibake ("itâ€™s" -> "it’s") with ftfy, touching nothing else.

    Returns the text and a note saying what was repaired, or None when nothing was.
    Only ftfy's encoding fixes run: quotes stay curly, line ends and HTML entities stay
    as they are.

    >>> repair_mojibake("cafÃ© and itâ€™s")
    ('café and it’s', 'repaired mojibake (ftfy: encode sloppy-windows-1252, decode utf-8)')
    """
    if _MOJIBAKE_HINT.search(text) is None:
        return text, None
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )
    fixed = ftfy.fix_and_explain(text, config)
    if fixed.text == text:
        return text, None
    steps = ", ".join(f"{action} {step}" for action, step in fixed.explanation or [])
    return fixed.text, f"repaired mojibake (ftfy: {steps})"


def _checked(text: str) -> str:
    if not text.strip():
        raise InputError("empty input" if not text else "input holds only whitespace")
    return text
