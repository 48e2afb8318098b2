"""Article-body extraction on whole-page dumps, scored by the reference scorer.

    python benchmarks/eval_body.py                  # both converter styles
    python benchmarks/eval_body.py --polnear        # and: does clean text keep its body?

Parses every page of ``../shared/pagedump/dev/{inputs,inputs-inscriptis}`` and scores the
body paragraphs with ``../shared/tools/score_body.py``; the headlines, which the pages'
truth does not give, are checked against the words of each page's URL slug (a proxy).
With ``--polnear``, also scores the body of the clean PolNeAR dev texts against their
text after the headline (the share of it the body keeps is the recall). Skips with a
message when the shared data is absent: it is not distributed with the project.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from syriadefect.model import Article
from syriadefect.reader import load_article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def score(scorer: Path, truth: Path, predictions: list[dict[str, object]]) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.write("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions))
    result = subprocess.run(
        [sys.executable, str(scorer), str(truth), out.name, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def bodies(folder: Path) -> list[dict[str, object]]:
    return predictions(parsed(folder))


def predictions(articles: list[tuple[str, Article]]) -> list[dict[str, object]]:
    """The scorer's records: each article's source and body paragraphs."""
    return [{"source": stem, "body": [p.text for p in a.body]} for stem, a in articles]


def parsed(folder: Path) -> list[tuple[str, Article]]:
    return [(path.stem, load_article(str(path))) for path in sorted(folder.glob("*.txt"))]


def slug_recall(truth: Path, articles: list[tuple[str, Article]]) -> tuple[float, int, int]:
    """A proxy for headline accuracy, as the pages carry no true headline: the share of
    the words of each page's URL slug ("…/emirates-inks-order-for-30-boeing-787-jets") that
    the headline found holds, over the pages whose slug has three words or more. Returns
    the mean share, the pages at half or more, and the pages counted."""
    urls = {stem: entry["url"] for stem, entry in json.loads(truth.read_text()).items()}
    shares = []
    for stem, article in articles:
        slug = re.sub(r"\.(?:html?|php|aspx?)$", "", urls[stem].rstrip("/").rsplit("/", 1)[-1])
        wanted = {
            w for w in re.findall(r"[a-z0-9]+", slug.lower()) if len(w) < 5 or not w.isdigit()
        }
        if len(wanted) < 3:
            continue
        found = (
            set(re.findall(r"[a-z0-9]+", article.headline.text.lower()))
            if article.headline
            else set()
        )
        shares.append(len(wanted & found) / len(wanted))
    return sum(shares) / len(shares), sum(share >= 0.5 for share in shares), len(shares)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    parser.add_argument("--polnear", action="store_true", help="also check clean PolNeAR texts")
    args = parser.parse_args()
    pages = args.shared / "pagedump" / "dev"
    scorer = args.shared / "tools" / "score_body.py"
    if not pages.is_dir() or not scorer.is_file():
        print(f"skipped: {pages} or {scorer} not found (not distributed)", file=sys.stderr)
        return 0
    print(f"{'input':28} {'F1':>6} {'P':>6} {'R':>6}   headline (slug words: mean, pages)")
    for style in ("inputs", "inputs-inscriptis"):
        articles = parsed(pages / style)
        result = score(scorer, pages / "ground-truth.json", predictions(articles))
        mean, good, counted = slug_recall(pages / "ground-truth.json", articles)
        print(
            f"{style:28} {result['f1']:6.3f} {result['precision']:6.3f} {result['recall']:6.3f}"
            f"   {mean:.3f}, {good} of {counted} at half or more"
        )
    polnear = args.shared / "polnear" / "dev" / "text"
    if args.polnear and polnear.is_dir():
        truth = {}
        for path in sorted(polnear.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            truth[path.stem] = {"articleBody": text.split("\n", 1)[1] if "\n" in text else ""}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as out:
            json.dump(truth, out)
        result = score(scorer, Path(out.name), bodies(polnear))
        print(
            f"{'PolNeAR dev (after headline)':28} {result['f1']:6.3f} {result['precision']:6.3f} "
            f"{result['recall']:6.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
