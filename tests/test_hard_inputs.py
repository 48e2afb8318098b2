"""Bad, odd and hostile inputs: each gets a clear answer, never a traceback."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import ROOT, SAMPLES, assert_invariants
from syriadefect import parse
from syriadefect.cli import app

SEED = str(SAMPLES / "syria-defect.txt")
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_utf16_with_bom_is_decoded(tmp_path):
    text = (SAMPLES / "syria-defect.txt").read_text(encoding="utf-8")
    path = write(tmp_path, "utf16.txt", text.encode("utf-16"))
    result = run("show", path, "--json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["encoding"] == "utf-16"
    assert record["headline"]["kicker"]["text"] == "SYRIA"


def test_bytes_in_no_encoding_are_refused(tmp_path):
    rng = random.Random(1)
    data = bytes(rng.choice([*range(0x80, 0x100), 0x20]) for _ in range(4000))
    path = write(tmp_path, "noise.txt", data)
    result = run("show", path)
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"syriadefect: error: {path}: not a text file (bytes match no known text encoding)\n"
    )


def test_mojibake_is_repaired_and_reported(tmp_path):
    path = write(tmp_path, "moji.txt", "Headline here\n\nThe armyâ€™s cafÃ© closed.".encode())
    result = run("show", path, "--json")
    record = json.loads(result.stdout)
    assert record["body"][0]["text"] == "The army’s café closed."
    assert record["notes"] == ["repaired mojibake (ftfy: encode sloppy-windows-1252, decode utf-8)"]
    assert "repaired mojibake" in result.stderr
    kept = json.loads(run("show", path, "--json", "--no-repair").stdout)
    assert kept["body"][0]["text"] == "The armyâ€™s cafÃ© closed."
    assert kept["notes"] == []


def test_clean_text_is_not_touched_by_the_repair():
    result = run("show", SEED, "--json")
    record = json.loads(result.stdout)
    assert record["notes"] == []


def test_input_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (21 * 1024 * 1024 // 5 + 1))
    result = run("show", str(path))
    assert result.exit_code == 1
    assert "larger than the 20,971,520-byte limit (raise it with --max-bytes)" in result.stderr


def test_permission_denied_is_one_line(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", b"Headline\n\nBody.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("syriadefect.corpus.open", refuse, raising=False)
    result = run("show", path)
    assert result.exit_code == 1
    assert result.stderr == f"syriadefect: error: {path}: permission denied\n"


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "“" * 50_000 + "”" * 50_000,
        ("‘open “unbalanced ' marks” ’ " * 2000),
        "Headline\n\n" + "".join(chr(c) for c in range(32)) * 50,
        "العنوان\n\nقال محمد الأحمد: «سنعيد البناء». “We will rebuild,” said Mohammed al-Ahmad.",
        "Headline 🎉\n\n“We did it 👍🏽,” said Jane Doe 🇸🇾. Family: 👨‍👩‍👧",
        "x" * 200_000,
    ],
    ids=[
        "straight-marks",
        "curly-marks",
        "unbalanced",
        "control-chars",
        "arabic",
        "emoji",
        "one-line",
    ],
)
def test_odd_texts_parse_with_spans_intact(text):
    article = parse(text)
    assert_invariants(article)


def test_arabic_and_emoji_quotes_are_found():
    article = parse("Headline 🎉\n\n“We did it 👍🏽,” said Mohammed al-Ahmad.")
    quote = article.quotes[0]
    assert (quote.text, quote.speaker.mention.text) == ("We did it 👍🏽,", "Mohammed al-Ahmad")


def test_control_characters_are_shown_inert_but_kept_in_json():
    text = "Storm hits the coast\n\nBody with \x07bell and \x1b[2Jclear and \x9bcsi.".encode()
    plain = run("show", "-", "--plain", input=text)
    assert "\x07" not in plain.stdout and "\x1b" not in plain.stdout and "\x9b" not in plain.stdout
    assert "\\x07bell" in plain.stdout and "\\x9bcsi" in plain.stdout
    record = json.loads(run("show", "-", "--json", input=text).stdout)
    assert record["body"][0]["text"] == "Body with \x07bell and \x1b[2Jclear and \x9bcsi."


# --------------------------------------------------------------------------- processes


def start(*args: str, **kwargs) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "syriadefect", *args],
        cwd=ROOT,
        env=ENV,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def wait_for_partial_file(folder: Path) -> None:
    """Wait until the run has opened its temporary output file, then a little more."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not list(folder.glob(".*.part")):
        time.sleep(0.05)
    time.sleep(0.5)  # parse the first input and block reading the second


def test_ctrl_c_exits_130_with_one_line(tmp_path):
    target = tmp_path / "out.jsonl"
    proc = start("show", SEED, "-", "--json", "--output", str(target))
    wait_for_partial_file(tmp_path)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert err.decode().strip().splitlines() == ["syriadefect: interrupted"]
    assert not target.exists()  # the interrupted run left nothing at the target path
    assert not list(tmp_path.iterdir())  # and no temporary file either


def test_killed_run_leaves_no_file_at_the_target(tmp_path):
    target = tmp_path / "out.jsonl"
    proc = start("show", SEED, "-", "--json", "--output", str(target))
    wait_for_partial_file(tmp_path)
    proc.kill()
    proc.communicate(timeout=20)
    assert not target.exists()


def test_output_file_is_complete(tmp_path):
    target = tmp_path / "out.jsonl"
    result = run("quotes", SEED, "--json", "--output", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["index"] for line in lines] == list(range(1, len(lines) + 1))
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
