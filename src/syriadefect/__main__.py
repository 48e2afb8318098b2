"""The ``syriadefect`` command, and ``python -m syriadefect``.

Python's cycle collector is kept out of the start and the end of a run. Importing
Typer and the CLI makes some 20,000 objects that live as long as the process: the
collections that run while they are made find nothing to free, and neither does the
full collection Python makes when it exits. Pausing the collector for the imports,
then freezing what they made (later collections skip it), and freezing everything at
exit, cut a one-file ``quotes --json`` run from 1.49 to about 1.2 times Typer's own
import (``benchmarks/bench_startup.py``). Garbage in reference cycles left at exit
is not finalized; output is flushed and closed before that, and the operating system
takes the memory back.
"""

import atexit
import gc


def run() -> None:
    """Run the command line on ``sys.argv``."""
    gc.disable()
    from syriadefect.cli import main

    gc.freeze()
    gc.enable()
    atexit.register(gc.freeze)
    main()


if __name__ == "__main__":
    run()
