"""Parse time against input size, for inputs shaped to stress each stage.

    python benchmarks/bench_scaling.py            # sizes 1x, 8x, 64x of --base characters
    python benchmarks/bench_scaling.py --base 20000

For each shape, prints seconds at 1x, 8x and 64x and the growth ratio of the last
step (64x time / 8x time): 8 means linear; much more means a superlinear stage.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from syriadefect import parse
from syriadefect.markdown import markdown_text

SENTENCE = "The minister said the talks would resume on Thursday, officials told reporters. "
QUOTE = "“We will rebuild,” said Jane Doe. "


def shapes() -> dict[str, Callable[[int], str]]:
    def repeat(unit: str, sep: str = "") -> Callable[[int], str]:
        return lambda n: (unit + sep) * (n // (len(unit) + len(sep)) + 1)

    return {
        "one giant paragraph": repeat(SENTENCE),
        "quoted sentences in one paragraph": repeat(QUOTE),
        "double quotes nested in single ones": repeat("'He said \"no\" twice,' she said. "),
        "one quote mark per line": repeat("“ word", "\n"),
        "unclosed marks": repeat("“ open ‘ and ' and \" ", ""),
        "thousands of tiny paragraphs": repeat("Share", "\n\n"),
        "short lines, no blank lines": repeat("Home", "\n"),
        "one line of punctuation": repeat("!-!", ""),
        "one word, no spaces": repeat("x", ""),
        "capitalised words": repeat("Jane Doe Smith ", ""),
        "dates and weekdays": repeat("On Thursday, June 9, 2011 and 2011-06-09 ", ""),
        "speech verbs": repeat("said told added according to says ", ""),
        "reported clauses, no sentence end": repeat("it is fine, he said, adding more and "),
        # read as Markdown first (see `seconds`)
        "Markdown marks": repeat("# Head\n\n**By Jo** [a](https://b.c) > [[x](y ![z]( "),
    }


def seconds(name: str, text: str) -> float:
    started = time.perf_counter()
    parse(markdown_text(text) if name.startswith("Markdown") else text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=int, default=20_000, help="characters at 1x")
    args = parser.parse_args()
    print(f"{'shape':36} {'1x s':>8} {'8x s':>8} {'64x s':>8} {'64x/8x':>7}")
    for name, make in shapes().items():
        times = [seconds(name, make(args.base * k)[: args.base * k]) for k in (1, 8, 64)]
        ratio = times[2] / times[1] if times[1] else float("nan")
        print(f"{name:36} {times[0]:8.3f} {times[1]:8.3f} {times[2]:8.3f} {ratio:7.1f}")


if __name__ == "__main__":
    main()
