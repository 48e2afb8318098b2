"""Golden files: samples/X.txt <-> tests/golden/X.json, found by glob.

Regenerate deliberately with ``pytest tests/test_golden.py --update-golden`` and review
the diff like code.
"""

from __future__ import annotations

import json
import os

import pytest

from helpers import GOLDEN, ROOT, SAMPLES, assert_invariants, validate_article
from syriadefect.reader import load_article
from syriadefect.render.json import article_to_dict, dumps

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[p.stem for p in SAMPLE_FILES])
def test_golden(sample, update_golden, monkeypatch):
    monkeypatch.chdir(ROOT)
    article = load_article(os.path.relpath(sample, ROOT))
    assert_invariants(article)
    record = article_to_dict(article)
    validate_article(record)
    rendered = dumps(record, indent=2) + "\n"
    golden = GOLDEN / f"{sample.stem}.json"
    if update_golden:
        golden.write_text(rendered, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file; run pytest --update-golden and review {golden}"
    assert json.loads(rendered) == json.loads(golden.read_text(encoding="utf-8"))


def test_every_golden_has_a_sample():
    stems = {p.stem for p in SAMPLE_FILES}
    orphans = [p.name for p in GOLDEN.glob("*.json") if p.stem not in stems]
    assert not orphans
