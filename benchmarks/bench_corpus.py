"""Corpus throughput: `syriadefect quotes FOLDER --json` with --jobs 1 and --jobs 2.

    python benchmarks/bench_corpus.py              # 10,000 articles
    python benchmarks/bench_corpus.py --n 20000    # check memory does not grow

Builds a folder of `--n` articles by repeating the PolNeAR train texts (or the
project's samples when the shared data is absent), runs the real command line on it
as a subprocess for each number of workers, and reports articles per second and the
peak resident memory of the largest process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "polnear" / "train" / "text"


def build(folder: Path, n: int) -> None:
    sources = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    sources = sources or sorted((ROOT / "samples").glob("*.txt"))
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        shutil.copyfile(sources[i % len(sources)], sub / f"{i:06d}.txt")


def run(folder: Path, jobs: int) -> tuple[float, float, int]:
    """Seconds, peak memory (MB) of the biggest process, and output lines."""
    script = Path(sys.executable).parent / "syriadefect"
    command = [str(script), "quotes", str(folder), "--json", "--quiet", "--jobs", str(jobs)]
    started = time.perf_counter()
    with tempfile.TemporaryFile() as sink:
        subprocess.run(command, stdout=sink, check=False)
        elapsed = time.perf_counter() - started
        sink.seek(0)
        lines = sum(1 for _ in sink)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak, lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="articles in the corpus")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build(folder, args.n)
        print(f"{args.n:,} articles, {os.cpu_count()} CPUs")
        base = None
        for jobs in args.jobs:
            elapsed, peak, lines = run(folder, jobs)
            rate = args.n / elapsed
            base = base or rate
            print(
                f"--jobs {jobs}: {elapsed:6.1f} s  {rate:7,.0f} articles/s  "
                f"x{rate / base:.2f}  peak {peak:.0f} MB  ({lines:,} quotes)"
            )


if __name__ == "__main__":
    main()
