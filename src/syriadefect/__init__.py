"""syriadefect: turn raw news article text into structure.

>>> import syriadefect
>>> article = syriadefect.parse("SYRIA: Army defects\\n\\nTroops crossed into Turkey.")
>>> article.headline.text
'Army defects'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from syriadefect.parse import parse

__all__ = ["Article", "__version__", "parse"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from syriadefect.model import Article


def __getattr__(name: str) -> Any:
    # The data model loads on first use, so `syriadefect --help` stays quick.
    if name == "Article":
        from syriadefect.model import Article

        return Article
    raise AttributeError(f"module 'syriadefect' has no attribute {name!r}")
