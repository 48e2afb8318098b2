"""Defaults shared by the reader and the command line (kept apart so --help imports little)."""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
STDIN = "-"
