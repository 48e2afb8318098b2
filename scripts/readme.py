"""Keep the README's usage blocks equal to the commands' --help output.

    python scripts/readme.py          # rewrite the blocks in README.md
    python scripts/readme.py --check  # exit 1 if they are stale (run by the test suite)

A block is the fenced text between ``<!-- help: ARGS -->`` and ``<!-- /help -->``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from typer.testing import CliRunner

from syriadefect.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"(<!-- help:(?P<args>[^>]*?)-->\n)(.*?)(<!-- /help -->)", re.S)


def help_text(args: str) -> str:
    result = CliRunner().invoke(
        app, [*args.split(), "--help"], terminal_width=88, env={"COLUMNS": "88"}
    )
    return result.stdout


def render(readme: str) -> str:
    def block(match: re.Match[str]) -> str:
        return f"{match.group(1)}```\n{help_text(match.group('args'))}```\n{match.group(4)}"

    return BLOCK.sub(block, readme)


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in argv:
        if fresh != current:
            print("README.md usage blocks are stale: run python scripts/readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
