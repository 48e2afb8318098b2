"""Import cost: the parsing core pulls in no CLI or terminal library."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from helpers import ROOT


def modules_after(code: str) -> set[str]:
    probe = code + "\nimport json, sys\nsys.stderr.write(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    return set(json.loads(proc.stderr.splitlines()[-1]))


def test_parse_imports_neither_typer_nor_rich():
    loaded = modules_after("import syriadefect\nsyriadefect.parse('Headline\\n\\nBody.')")
    assert not {m for m in loaded if m.split(".")[0] in {"typer", "rich", "click"}}


@pytest.mark.parametrize("mode", ["--json", "--plain"])
def test_json_and_plain_output_do_not_import_rich(mode):
    loaded = modules_after(
        "from syriadefect.cli import main\n"
        f"try:\n    main(['show', 'samples/syria-defect.txt', '{mode}'])\n"
        "except SystemExit:\n    pass"
    )
    assert "typer" in loaded
    assert not {m for m in loaded if m.split(".")[0] == "rich"}
    # Nor what one UTF-8 .txt file does not need: the gzip reader, the process pool, the
    # encoding detector, the mojibake repairer and the Markdown reader.
    unneeded = {"gzip", "concurrent", "charset_normalizer", "ftfy", "markdown_it"}
    assert not {m for m in loaded if m.split(".")[0] in unneeded}
