"""``python -m syriadefect``."""

from syriadefect.cli import main

main()
