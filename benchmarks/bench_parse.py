"""Parsing speed: articles per second for the core parse, with and without quotes.

    python benchmarks/bench_parse.py            # PolNeAR train texts if present, else samples
    python benchmarks/bench_parse.py --n 5000

Runs in one process on already-decoded texts (no file I/O), repeating the corpus to
`--n` articles, best of `--repeat` runs. This is a benchmark, not a test: numbers on a
shared machine vary by a few percent.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from syriadefect import parse

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "polnear" / "train" / "text"


def corpus() -> tuple[str, list[str]]:
    files = sorted(POLNEAR.glob("*.txt")) if POLNEAR.is_dir() else []
    name = "PolNeAR train texts"
    if not files:
        files, name = sorted((ROOT / "samples").glob("*.txt")), "the project's samples"
    texts = []
    for path in files:
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
    return name, texts


def rate(texts: list[str], n: int, repeat: int, quotes: bool) -> float:
    batch = [texts[i % len(texts)] for i in range(n)]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in batch:
            parse(text, quotes=quotes)
        best = min(best, time.perf_counter() - started)
    return n / best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=2000, help="articles per run")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best counts")
    args = parser.parse_args()
    name, texts = corpus()
    chars = sum(len(t) for t in texts) / len(texts)
    core = rate(texts, args.n, args.repeat, quotes=False)
    full = rate(texts, args.n, args.repeat, quotes=True)
    print(f"corpus: {name}, {len(texts)} texts, {chars:,.0f} characters on average")
    print(f"core parse (no quotes): {core:8,.0f} articles/s")
    print(f"full parse with quotes: {full:8,.0f} articles/s")
    print(f"quotes add {core / full - 1:.0%} to the core parse time")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of this process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
