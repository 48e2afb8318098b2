"""Regenerate docs/show-seed.svg: the Rich view of the seed sample, exported by Rich itself.

python scripts/screenshot.py
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from syriadefect.reader import load_article
from syriadefect.render.table import render_article

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    article = load_article("samples/syria-defect.txt")
    console = Console(
        record=True, file=io.StringIO(), width=100, force_terminal=True, color_system="truecolor"
    )
    console.print(render_article(article, removed=True))
    target = ROOT / "docs" / "show-seed.svg"
    console.save_svg(str(target), title="syriadefect show samples/syria-defect.txt --removed")
    print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    main()
