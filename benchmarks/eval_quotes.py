"""Quote accuracy on PolNeAR, scored by the reference scorer.

    python benchmarks/eval_quotes.py                 # dev split
    python benchmarks/eval_quotes.py --split train --verbose

Parses every article of ``../shared/polnear/<split>/text`` (as ``--no-repair`` does),
writes the quotes as the JSON Lines that ``syriadefect quotes --json`` prints, and runs
``../shared/tools/score_quotes.py`` on them. Skips with a message (exit 0) when the
shared data is absent: it is not distributed with the project.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

from syriadefect.reader import load_article
from syriadefect.render.json import dumps, quote_to_dict

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def predictions(split_dir: Path) -> list[str]:
    lines = []
    for path in sorted((split_dir / "text").glob("*.txt")):
        # the gold offsets index the files as they are: a few PolNeAR texts hold real
        # mojibake ("PapÃ¡"), whose repair would shift every later offset
        article = load_article(str(path), repair=False)
        for index, quote in enumerate(article.quotes, 1):
            lines.append(dumps(quote_to_dict(quote, index, path.stem)))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--verbose", action="store_true", help="per-article breakdown")
    parser.add_argument("--json", action="store_true", help="scores as one JSON object")
    parser.add_argument("--keep", type=Path, help="also write the predictions to this file")
    parser.add_argument(
        "--by-method",
        action="store_true",
        help="also break speaker accuracy down by the rule that found the speaker",
    )
    args = parser.parse_args(argv)
    split_dir = args.shared / "polnear" / args.split
    scorer = args.shared / "tools" / "score_quotes.py"
    if not split_dir.is_dir() or not scorer.is_file():
        print(
            f"skipped: {split_dir} or {scorer} not found (PolNeAR is not distributed "
            "with syriadefect)",
            file=sys.stderr,
        )
        return 0
    lines = predictions(split_dir)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    if args.keep:
        args.keep.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [sys.executable, str(scorer), str(split_dir), out.name]
    command += ["--verbose"] * args.verbose + ["--json"] * args.json
    status = subprocess.run(command, check=False).returncode
    if args.by_method:
        print(by_method(scorer, split_dir, out.name))
    return status


def by_method(scorer: Path, split_dir: Path, predictions: str) -> str:
    """Speaker accuracy per `method`, using the reference scorer's own matching."""
    spec = importlib.util.spec_from_file_location("score_quotes", scorer)
    assert spec is not None and spec.loader is not None
    sq = importlib.util.module_from_spec(spec)
    sys.modules["score_quotes"] = sq  # dataclasses look their module up while loading
    spec.loader.exec_module(sq)
    articles = sq.load_gold(str(split_dir))
    preds = sq.load_predictions(predictions, articles)[0]
    right: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for stem, article in articles.items():
        direct = preds.get(stem, {}).get("direct", [])
        for gi, pi in sq.greedy_match(article.direct, direct, 0.5):
            gold = article.direct[gi]
            if not gold.source_frags:
                continue
            speaker = direct[pi].speaker
            method = speaker.get("method", "?") if speaker else "(no speaker)"
            total[method] += 1
            right[method] += sq.speaker_correct(speaker, gold)
    lines = ["", f"{'method':24} {'right':>6} {'wrong':>6} {'accuracy':>9}"]
    for method, n in total.most_common():
        lines.append(
            f"{method:24} {right[method]:6} {n - right[method]:6} {right[method] / n:9.3f}"
        )
    n, ok = sum(total.values()), sum(right.values())
    lines.append(f"{'all':24} {ok:6} {n - ok:6} {ok / n:9.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
