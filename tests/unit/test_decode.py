from __future__ import annotations

import codecs

import pytest

from syriadefect.decode import decode_bytes
from syriadefect.errors import InputError


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Assad’s army".encode(), "Assad’s army", "utf-8"),
        (codecs.BOM_UTF8 + "Assad’s army".encode(), "Assad’s army", "utf-8"),
        ("Assad’s army".encode("utf-16"), "Assad’s army", "utf-16"),
        ("Assad’s army".encode("utf-32"), "Assad’s army", "utf-32"),
    ],
)
def test_known_encodings(data, text, encoding):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.detected) == (text, encoding, False)


def test_windows_1252_smart_quotes_are_detected_and_reported():
    text = "“We ran out of strawberries by ten o’clock,” said Henri Lavoie. " * 4
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"
    assert decoded.detected


def test_override_encoding():
    decoded = decode_bytes("caf\xe9".encode("latin-1"), "latin-1")
    assert (decoded.text, decoded.encoding, decoded.detected) == ("café", "latin-1", False)


@pytest.mark.parametrize(
    ("data", "encoding", "message"),
    [
        (b"", None, "empty input"),
        (b" \n\t\r\n", None, "input holds only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", None, "not a text file (looks like a PNG image)"),
        (b"PK\x03\x04rest", None, "not a text file (looks like a ZIP archive)"),
        (b"%PDF-1.7\n", None, "not a text file (looks like a PDF document)"),
        (b"text\x00with nul", None, "not a text file (contains NUL bytes) (byte 4)"),
        (bytes(range(1, 9)) * 20 + b"text", None, "not a text file (too many control bytes)"),
        (b"abc", "no-such-codec", "unknown encoding 'no-such-codec'"),
        (b"caf\xe9", "utf-8", "not valid utf-8 (byte 3)"),
    ],
)
def test_errors(data, encoding, message):
    with pytest.raises(InputError) as info:
        decode_bytes(data, encoding)
    assert str(info.value) == message
