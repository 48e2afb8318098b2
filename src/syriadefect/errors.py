"""Exceptions for unusable input. Soft problems are `model.ParseWarning` data instead."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be parsed at all: missing, unreadable, empty, not text.

    Shaped like tomli's ``TOMLDecodeError``: a message, and where it applies the
    source name and a byte position.
    """

    def __init__(self, message: str, source: str | None = None, position: int | None = None):
        self.msg = message
        self.source = source
        self.position = position
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = f" (byte {self.position})" if self.position is not None else ""
        prefix = f"{self.source}: " if self.source else ""
        return f"{prefix}{self.msg}{where}"
