"""syriadefect: turn raw news article text into structure.

>>> import syriadefect
>>> article = syriadefect.parse("SYRIA: Army defects\\n\\nTroops crossed into Turkey.")
>>> article.headline.text
'Army defects'
"""

from __future__ import annotations

from syriadefect.model import Article
from syriadefect.parse import parse

__all__ = ["Article", "__version__", "parse"]
__version__ = "0.1.0"
