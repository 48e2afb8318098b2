"""Read and decode: bytes of any origin to the text every span points into.

UTF-8 (with or without a byte-order mark) is tried first, then a BOM-marked UTF-16 or
UTF-32, then charset-normalizer's best guess. The guess is reported, never silent, and
bytes that decode as nothing raise `InputError`: we never substitute replacement
characters. charset-normalizer is imported only when UTF-8 fails.

>>> decode_bytes("caf\\u00e9".encode("cp1252")).encoding
'cp1252'
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

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
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
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
    for i, byte in enumerate(head):
        if byte in _BINARY_BYTES:
            raise InputError("not a text file (contains binary control bytes)", position=i)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not a text file (bytes match no known text encoding)")
    name = str(best.encoding)
    text = data.decode(name)
    # Several single-byte code pages often decode a file to the very same text; name the
    # most common one then, so a Windows-1252 file is not reported as cp1250.
    if name != "cp1252" and _decodes_same(data, "cp1252", text):
        name = "cp1252"
    return Decoded(_checked(text), name, detected=True)


def _decodes_same(data: bytes, encoding: str, text: str) -> bool:
    try:
        return data.decode(encoding) == text
    except UnicodeDecodeError:
        return False


def _checked(text: str) -> str:
    if not text.strip():
        raise InputError("empty input" if not text else "input holds only whitespace")
    return text
