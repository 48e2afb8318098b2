"""Start-up time: syriadefect commands against `python -c "import typer"`, side by side.

    python benchmarks/bench_startup.py            # 30 rounds, medians
    python benchmarks/bench_startup.py --rounds 60

Each round runs every command once, in turn, so that machine noise hits all of them
alike; the medians and their ratios to the typer import are printed. Targets: the
`quotes --json` run at most 1.3 times the typer import, `--help` at most 1.5 times.

The commands run as a user's do after the first run: with bytecode caches. A warm-up
round writes the `__pycache__` files that an editable install lacks, with
PYTHONDONTWRITEBYTECODE unset for the commands, since with it set every run would
compile syriadefect's sources again while typer's installed bytecode is still used.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command_path() -> str:
    script = Path(sys.executable).parent / "syriadefect"
    return str(script) if script.exists() else shutil.which("syriadefect") or "syriadefect"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    tool = command_path()
    commands = {
        'python -c "import typer"': [sys.executable, "-c", "import typer"],
        "syriadefect quotes samples/syria-defect.txt --json": [
            tool,
            "quotes",
            "samples/syria-defect.txt",
            "--json",
        ],
        "syriadefect --help": [tool, "--help"],
    }
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for argv in commands.values():  # the warm-up round
        subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.rounds):
        for name, argv in commands.items():
            started = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - started)
    base = statistics.median(times['python -c "import typer"'])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:52} {median * 1000:7.1f} ms  {median / base:5.2f}x")


if __name__ == "__main__":
    main()
