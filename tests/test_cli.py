"""The command line, through typer's CliRunner and through real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import ROOT, SAMPLES, validate_article
from syriadefect import __version__
from syriadefect.cli import _app_for, app

SEED = str(SAMPLES / "syria-defect.txt")
ESC = "\x1b"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):
        return runner.invoke(app, list(args), input=input, env=env)

    return invoke


COMMANDS = ["show", "quotes", "sources", "stats"]


def test_every_command_is_listed_here():
    assert sorted(info.callback.__name__ for info in app.registered_commands) == sorted(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("rest", [["--help"], ["--no-such-option"], [SEED, "--json", "--csv"]])
def test_a_command_run_alone_reads_as_in_the_whole_app(command, rest):
    alone = _app_for([command, *rest])
    assert alone is not app and len(alone.registered_commands) == 1
    whole = CliRunner().invoke(app, [command, *rest], prog_name="syriadefect")
    one = CliRunner().invoke(alone, [command, *rest], prog_name="syriadefect")
    assert (one.exit_code, one.stdout, one.stderr) == (whole.exit_code, whole.stdout, whole.stderr)
    assert whole.stdout or whole.stderr


@pytest.mark.parametrize("args", [[], ["--help"], ["--version"], ["nope"]])
def test_without_a_command_the_whole_app_runs(args):
    assert _app_for(args) is app


def test_show_json_is_one_valid_object(run):
    result = run("show", SEED, "--json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    validate_article(record)
    assert record["source"] == SEED
    assert record["headline"]["kicker"]["text"] == "SYRIA"
    assert result.stderr == ""


def test_show_stdin(run):
    result = run("show", "-", "--json", input=(SAMPLES / "syria-defect.txt").read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_show_without_paths_reads_stdin(run):
    result = run("show", "--json", input=b"Headline here\n\nBody text.")
    assert json.loads(result.stdout)["headline"]["text"] == "Headline here"


def test_several_inputs_give_json_lines(run):
    files = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    result = run("show", *files, "--json")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == files


def test_date_option(run):
    result = run("show", SEED, "--json", "--date", "2011-06-10")
    dates = [(d["text"], d["date"]) for d in json.loads(result.stdout)["dates"]]
    assert dates == [
        ("Thursday", "2011-06-09"),
        ("Monday", "2011-06-06"),
        ("Thursday", "2011-06-09"),
    ]


@pytest.mark.parametrize("value", ["yesterday", "2011-13-01", "10/06/2011"])
def test_bad_date_is_a_usage_error(run, value):
    result = run("show", SEED, "--date", value)
    assert result.exit_code == 2
    assert "--date" in result.stderr
    assert result.stdout == ""


def test_errors_are_one_line_and_do_not_stop_the_run(run, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n\t")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    missing = tmp_path / "missing.txt"
    folder = tmp_path / "folder"
    folder.mkdir()
    result = run(
        "show", str(missing), str(empty), SEED, str(blank), str(binary), str(folder), "--json"
    )
    assert result.exit_code == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [SEED]
    lines = result.stderr.splitlines()
    assert lines[:-1] == [
        f"syriadefect: error: {missing}: no such file",
        f"syriadefect: error: {empty}: empty input",
        f"syriadefect: error: {blank}: input holds only whitespace",
        f"syriadefect: error: {binary}: not a text file (looks like a PNG image)",
        f"syriadefect: error: {folder}: no files matching *.txt",
    ]
    assert lines[-1].startswith("syriadefect: 1 article read, 5 failed, 3 quotes, ")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(run, tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_text("Headline\n\nBody.")
    locked.chmod(0)
    result = run("show", str(locked))
    assert result.exit_code == 1
    assert result.stderr == f"syriadefect: error: {locked}: permission denied\n"


def test_max_bytes(run):
    result = run("show", SEED, "--max-bytes", "100")
    assert result.exit_code == 1
    assert result.stderr == (
        f"syriadefect: error: {SEED}: larger than the 100-byte limit (raise it with --max-bytes)\n"
    )


def test_detected_encoding_is_reported(run):
    path = str(SAMPLES / "cp1252-farmers-market.txt")
    result = run("show", path, "--json")
    assert result.exit_code == 0
    assert result.stderr == f"syriadefect: note: {path}: encoding guessed as cp1252\n"
    record = json.loads(result.stdout)
    assert record["encoding"] == "cp1252"
    assert record["notes"] == ["encoding guessed as cp1252"]
    quiet = run("show", path, "--json", "--quiet")
    assert quiet.stderr == ""
    forced = run("show", path, "--json", "--encoding", "cp1252")
    assert forced.stderr == ""
    assert json.loads(forced.stdout)["notes"] == []


def test_unknown_encoding(run):
    result = run("show", SEED, "--encoding", "klingon")
    assert result.exit_code == 1
    assert result.stderr == f"syriadefect: error: {SEED}: unknown encoding 'klingon'\n"


def test_pipe_gets_plain_text_without_ansi(run):
    result = run("show", SEED)
    assert result.exit_code == 0
    assert ESC not in result.stdout
    assert result.stdout.startswith(f"== {SEED}\n[SYRIA]\nArmy, police officers defect")
    assert "─" not in result.stdout and "━" not in result.stdout


def test_the_stats_line_counts_in_words(run):
    text = "Council approves harbor plan\n\n“We won,” said Mayor Ann Lee.\n"
    result = run("show", "-", "--plain", input=text)
    assert "6 words · 1 paragraph · 1 quote · 1 min read" in result.stdout
    seed = run("show", SEED, "--plain").stdout
    assert "\n302 words · 6 paragraphs · 3 quotes · 2 min read\n" in seed


def test_rich_view_on_request(run):
    result = run("show", SEED, "--rich", "--removed")
    assert result.exit_code == 0
    assert "━" in result.stdout  # the header panel
    assert "Army, police officers defect, cross into Turkey" in result.stdout
    assert "archive notice" in result.stdout
    assert ESC not in result.stdout
    colored = run("show", SEED, "--rich", "--color")
    assert ESC in colored.stdout


def test_no_color_env_is_honoured(run):
    result = run("show", SEED, "--rich", env={"NO_COLOR": "1", "FORCE_COLOR": ""})
    assert ESC not in result.stdout


@pytest.mark.parametrize("mode", [["--plain"], ["--rich", "--color"]])
def test_hostile_text_is_inert(run, mode):
    hostile = (
        "Headline \x1b[31mred\x1b[0m here\n\n"
        "Body with [bold red]markup[/] and \x1b]8;;http://evil/\x1b\\a link\x1b]8;;\x1b\\ and "
        "a\rcarriage return and \u202eoverride."
    )
    result = run("show", "-", *mode, input=hostile.encode())
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b]8" not in out and "\x1b[31m" not in out and "\r" not in out and "\u202e" not in out
    assert "\\x1b[31mred" in out
    assert "[bold red]markup[/]" in out
    assert "<U+202E>" in out


def test_json_keeps_exact_characters(run):
    result = run("show", "-", "--json", input=b"Headline \x1b[31m here\n\nBody.")
    assert "\\u001b[31m" in result.stdout
    assert json.loads(result.stdout)["headline"]["text"] == "Headline \x1b[31m here"


def test_version(run):
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"syriadefect {__version__}\n")


@pytest.mark.parametrize("args", [["--help"], ["show", "--help"]])
def test_help(run, args):
    result = run(*args)
    assert result.exit_code == 0
    assert "Examples:" in result.stdout


# --------------------------------------------------------------------------- subprocess

ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def syriadefect(*args: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "syriadefect", *args],
        capture_output=True,
        env=ENV,
        cwd=ROOT,
        **kwargs,
    )


def test_subprocess_json():
    proc = syriadefect("show", "samples/syria-defect.txt", "--json")
    assert proc.returncode == 0, proc.stderr
    validate_article(json.loads(proc.stdout))
    assert proc.stderr == b""


def test_subprocess_plain_when_piped():
    proc = syriadefect("show", "samples/syria-defect.txt")
    assert proc.returncode == 0
    assert proc.stdout.startswith(b"== samples/syria-defect.txt\n[SYRIA]\n")
    assert b"\x1b" not in proc.stdout


def test_subprocess_error_has_no_traceback():
    proc = syriadefect("show", "samples/no-such-file.txt")
    assert proc.returncode == 1
    assert proc.stderr == b"syriadefect: error: samples/no-such-file.txt: no such file\n"
    assert proc.stdout == b""


def test_subprocess_broken_pipe_is_quiet():
    files = ["samples/syria-defect.txt"] * 400
    shell = (
        f"{sys.executable} -m syriadefect show {' '.join(files)} --json | head -c 100 >/dev/null"
    )
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, env=ENV, cwd=ROOT
    )
    assert proc.stderr == b""
    assert proc.returncode == 0


def test_the_installed_command_runs_through_the_entry_point():
    script = Path(sys.executable).parent / "syriadefect"
    if not script.exists():
        pytest.skip("no syriadefect script beside this Python (the project is not installed)")
    proc = subprocess.run(
        [str(script), "quotes", "samples/syria-defect.txt", "--json"],
        capture_output=True,
        env=ENV,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == syriadefect("quotes", "samples/syria-defect.txt", "--json").stdout


def test_the_entry_point_pauses_the_collector_only_for_the_imports():
    code = (
        "import gc, sys\n"
        "from syriadefect.__main__ import run\n"
        "sys.argv = ['syriadefect', '--version']\n"
        "try:\n"
        "    run()\n"
        "except SystemExit:\n"
        "    print(gc.isenabled(), gc.get_freeze_count() > 1000, file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=ENV, cwd=ROOT, check=True
    )
    assert proc.stdout == b"syriadefect 0.1.0\n"
    assert proc.stderr == b"True True\n"


def test_usage_error_exit_code():
    proc = syriadefect("show", "--no-such-option")
    assert proc.returncode == 2
    assert b"No such option" in proc.stderr


# --------------------------------------------------------------------------- quotes


def test_quotes_json_lines_have_exactly_the_scorer_fields(run):
    from helpers import validate_quote

    result = run("quotes", SEED, "--json")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        validate_quote(record)
        assert list(record) == [
            "source",
            "index",
            "text",
            "start",
            "end",
            "kind",
            "cue",
            "speaker",
            "paragraph",
        ]
        text = (SAMPLES / "syria-defect.txt").read_text(encoding="utf-8")
        assert " ".join(text[record["start"] : record["end"]].split()) == record["text"]


def test_seed_quotes_exactly(run):
    result = run("quotes", SEED, "--json")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    said = [r for r in records if r["kind"] in ("direct", "partial")]
    assert [(r["kind"], r["text"], r["speaker"]["mention"], r["cue"]) for r in said] == [
        (
            "partial",
            "after violence between government forces and anti-Assad protesters in Syria.",
            "The semi-official Anatolia news agency",
            "said",
        ),
        ("partial", "the people and the army -- one hand", "crowds", "chanting"),
        (
            "direct",
            "I therefore announce that I have defected from the Army and the Armed "
            "Forces and have joined the peaceful Syrian revolution,",
            "Majhur",
            "said",
        ),
    ]
    majhur = said[2]["speaker"]
    assert (majhur["name"], majhur["title"]) == ("Capt. Ibrahim Munir Majhur", "Capt.")
    indirect = {r["speaker"]["mention"]: r for r in records if r["kind"] == "indirect"}
    assert indirect["Turkish media reports"]["text"].startswith("As Syrian troops sweep")
    assert (
        indirect["he"]["text"] == "he has defected and has joined the pro-democracy demonstrators"
    )
    assert indirect["he"]["speaker"]["name"] in (None, "Capt. Ibrahim Munir Majhur")
    positions = [r["start"] for r in records]
    assert positions == sorted(positions)


def test_quotes_filters(run):
    result = run("quotes", SEED, "--json", "--speaker", "MAJHUR")
    # "The man", who names himself, and "Majhur"
    assert [json.loads(line)["index"] for line in result.stdout.splitlines()] == [5, 6]
    result = run("quotes", SEED, "--json", "--kind", "partial")
    kinds = {json.loads(line)["kind"] for line in result.stdout.splitlines()}
    assert kinds == {"partial"}
    result = run("quotes", SEED, "--json", "--kind", "direct", "--kind", "partial")
    assert len(result.stdout.splitlines()) == 3
    # separated by commas, in any case
    assert run("quotes", SEED, "--json", "--kind", "Direct, partial").stdout == result.stdout
    result = run("quotes", SEED, "--kind", "nonsense")
    assert result.exit_code == 2
    assert "'nonsense' is not one of 'direct', 'partial', 'indirect', 'term'" in result.stderr


def test_quotes_csv(run):
    import csv
    import io

    result = run("quotes", SEED, str(SAMPLES / "site-whole-page-copy.txt"), "--csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["source"] == SEED
    assert {r["source"] for r in rows} == {SEED, str(SAMPLES / "site-whole-page-copy.txt")}
    assert result.stdout.count("source,index,kind") == 1  # one header


def test_quotes_plain_and_rich(run):
    plain = run("quotes", SEED)
    assert ESC not in plain.stdout
    assert "Capt. Ibrahim Munir Majhur (said)" in plain.stdout  # "Majhur": the full name
    # a name the mention holds is not repeated ("Anatolia news agency")
    assert "\nThe semi-official Anatolia news agency (said)\n" in plain.stdout
    rich = run("quotes", SEED, "--rich")
    assert "Capt. Ibrahim" in rich.stdout and "chanting" in rich.stdout


def test_quotes_rich_leaves_out_articles_with_no_quote_to_show(run):
    result = run("quotes", str(SAMPLES), "--speaker", "majhur", "--rich", "-q")
    assert result.exit_code == 0, result.stderr
    assert "syria-defect.txt" in result.stdout and "Majhur" in result.stdout
    # one table, not an empty one for each of the other samples
    assert "wire-acme-job-cuts.txt" not in result.stdout
    assert result.stdout.count("speaker") == 1


@pytest.mark.parametrize("mode", [[], ["--rich"], ["--plain"], ["--json"]])
def test_quotes_that_match_nothing_leave_stdout_empty_and_say_so(run, mode):
    result = run("quotes", SEED, "--speaker", "nobody", "--kind", "direct", *mode)
    assert (result.exit_code, result.stdout) == (0, "")
    note = "syriadefect: note: no quotes matched --speaker 'nobody' --kind direct\n"
    assert result.stderr == note
    quiet = run("quotes", SEED, "--speaker", "nobody", "-q", *mode)
    assert (quiet.exit_code, quiet.stdout, quiet.stderr) == (0, "", "")


def test_quotes_of_inputs_that_all_failed_report_the_failure_only(run, tmp_path):
    result = run("quotes", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"syriadefect: error: {tmp_path}: no files matching *.txt\n"


def test_a_text_that_does_not_read_as_english_is_noted(run):
    path = str(SAMPLES / "pt-reading-teachers.txt")
    result = run("quotes", path, "--json")
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == [None, None]
    note = f"syriadefect: note: {path}: does not read as English: its quotes are given no speakers"
    assert note in result.stderr


def test_quotes_csv_that_matches_nothing_still_has_its_header(run):
    result = run("quotes", SEED, "--speaker", "nobody", "--csv")
    assert result.stdout.startswith("source,index,kind") and result.stdout.count("\n") == 1
    assert "no quotes matched" in result.stderr


def test_show_rich_highlights_quotes_with_speaker(run):
    result = run("show", SEED, "--rich", "--color")
    assert "‹Capt. Ibrahim Munir Majhur›" in result.stdout
    plain = run("show", SEED, "--plain")
    assert "[6] Capt. Ibrahim Munir Majhur said: “I therefore announce" in plain.stdout


def test_subprocess_quotes_json_head_is_quiet():
    shell = (
        f"{sys.executable} -m syriadefect quotes {' '.join(['samples/syria-defect.txt'] * 300)} "
        "--json | head -1"
    )
    proc = subprocess.run(["bash", "-c", shell], capture_output=True, env=ENV, cwd=ROOT)
    assert proc.stderr == b""
    assert json.loads(proc.stdout)["index"] == 1
