"""Inputs: a path or "-" to bytes to a parsed `Article`. The I/O layer under the CLI."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from syriadefect.decode import decode_bytes, repair_mojibake
from syriadefect.defaults import DEFAULT_MAX_BYTES, STDIN
from syriadefect.errors import InputError
from syriadefect.model import Article
from syriadefect.parse import parse


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, or of standard input for "-", refusing more than `max_bytes`."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            target = Path(path)
            if target.is_dir():
                raise InputError("is a directory", source=path)
            with target.open("rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", source=path) from None
    except PermissionError:
        raise InputError("permission denied", source=path) from None
    except IsADirectoryError:
        raise InputError("is a directory", source=path) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), source=path) from None
    if len(data) > max_bytes:
        raise InputError(
            f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)", source=path
        )
    return data


def load_article(
    path: str,
    *,
    encoding: str | None = None,
    reference_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    repair: bool = True,
) -> Article:
    """Read, decode and parse one input.

    With `repair`, mojibake is undone first (see `decode.repair_mojibake`); the offsets
    of the article then index the repaired text, and its notes say so.

    Raises:
        InputError: naming `path` and what is wrong with it.
    """
    data = read_bytes(path, max_bytes=max_bytes)
    try:
        decoded = decode_bytes(data, encoding)
    except InputError as exc:
        raise InputError(exc.msg, source=path, position=exc.position) from None
    notes = [f"encoding guessed as {decoded.encoding}"] if decoded.detected else []
    text = decoded.text
    if repair:
        text, repaired = repair_mojibake(text)
        if repaired:
            notes.append(repaired)
    return parse(
        text,
        source=path,
        encoding=decoded.encoding,
        reference_date=reference_date,
        notes=tuple(notes),
    )
