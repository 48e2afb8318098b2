"""Corpus mode end to end: folders, .gz, JSON Lines, workers, bad members, order."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from helpers import SAMPLES
from syriadefect.cli import app
from syriadefect.corpus import Job, Options, jobs_from, jobs_from_jsonl, run_jobs

GOOD = sorted(SAMPLES.glob("*.txt"))


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(app, list(args), input=input)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of good articles, nested and gzipped, with deliberately bad members."""
    root = tmp_path / "corpus"
    (root / "b" / "deeper").mkdir(parents=True)
    for i, sample in enumerate(GOOD * 6):  # 42 good articles: more than one chunk
        folder = root / ("b/deeper" if i % 3 == 0 else "b" if i % 3 == 1 else "")
        target = folder / f"{i:03d}-{sample.name}"
        if i % 5 == 0:
            target = target.with_name(target.name + ".gz")
            target.write_bytes(gzip.compress(sample.read_bytes()))
        else:
            shutil.copyfile(sample, target)
    (root / "b" / "010-empty.txt").write_bytes(b"")
    (root / "b" / "020-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (root / "030-broken.txt.gz").write_bytes(b"\x1f\x8b not really gzip")
    (root / "notes.md").write_text("not matched by the default glob")
    return root


def good_files(root: Path) -> list[str]:
    bad = {"010-empty.txt", "020-binary.txt", "030-broken.txt.gz"}
    return sorted(
        str(p)
        for p in root.rglob("*")
        if p.is_file() and p.name.endswith((".txt", ".txt.gz")) and p.name not in bad
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_good_article_once_in_order(corpus, jobs):
    result = run("show", str(corpus), "--json", "--jobs", jobs)
    assert result.exit_code == 1
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == good_files(corpus)
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert sorted(errors) == sorted(
        [
            f"syriadefect: error: {corpus / 'b' / '010-empty.txt'}: empty input",
            f"syriadefect: error: {corpus / 'b' / '020-binary.txt'}: "
            "not a text file (looks like a PNG image)",
            f"syriadefect: error: {corpus / '030-broken.txt.gz'}: not a valid gzip file",
        ]
    )
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith(f"syriadefect: {len(sources)} articles read, 3 failed, ")


def test_output_is_identical_whatever_the_number_of_workers(corpus):
    one = run("quotes", str(corpus), "--json", "--jobs", "1", "-q").stdout
    two = run("quotes", str(corpus), "--json", "--jobs", "2", "-q").stdout
    assert one == two
    assert len(one.splitlines()) > 100


def test_fail_fast_stops_at_the_first_failure(corpus):
    result = run("show", str(corpus), "--json", "--jobs", "1", "--fail-fast", "-q")
    assert result.exit_code == 1
    assert len([line for line in result.stderr.splitlines() if ": error: " in line]) == 1


def test_glob_picks_files(corpus):
    result = run("show", str(corpus), "--json", "--glob", "*.md", "-q")
    assert result.exit_code == 0
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [
        str(corpus / "notes.md")
    ]
    nothing = run("show", str(corpus), "--glob", "*.xml")
    assert nothing.exit_code == 1
    assert f"syriadefect: error: {corpus}: no files matching *.xml" in nothing.stderr


def test_jsonl_dump_with_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": (SAMPLES / "syria-defect.txt").read_text()}),
        "{not json",
        json.dumps({"id": "a3", "body": "no text field"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps(
            {
                "id": "a6",
                "headline": "Storm cuts power",
                "published": "2011-06-10T08:00:00Z",
                "text": "Storm cuts power\n\nThe storm hit on Thursday, officials said.",
            }
        ),
    ]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n")
    result = run(
        "show",
        "--jsonl",
        str(dump),
        "--title-field",
        "headline",
        "--date-field",
        "published",
        "--json",
    )
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == ["a1", "a6"]
    assert records[1]["headline"]["text"] == "Storm cuts power"
    assert records[1]["dates"][0]["date"] == "2011-06-09"  # Thursday before the dump's date
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        f"syriadefect: error: {dump}:2: not valid JSON (Expecting property name "
        "enclosed in double quotes, column 2)",
        f"syriadefect: error: {dump}:3: no text in field 'text'",
        f"syriadefect: error: {dump}:4: not a JSON object",
    ]


def test_jsonl_from_stdin():
    data = (json.dumps({"id": "x", "text": "Headline of it\n\nBody."}) + "\n").encode()
    result = run("show", "--jsonl", "-", "--json", input=data)
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == ["x"]


def test_missing_jsonl_file(tmp_path):
    result = run("show", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.jsonl'}: no such file" in result.stderr


def test_workers_never_raise():
    jobs = [Job("bad", path="/no/such/file"), Job("ok", text="Headline here\n\nBody text.")]
    outcomes = list(run_jobs(jobs, Options(), workers=1))
    assert [(o.source, o.error) for o in outcomes] == [("bad", "no such file"), ("ok", None)]


def test_discovery_is_sorted_and_recursive(corpus):
    sources = [job.source for job in jobs_from([str(corpus)])]
    assert sources == sorted(sources, key=lambda s: Path(s).parts)
    assert all(s.endswith((".txt", ".txt.gz")) for s in sources)


def test_jsonl_ids_fall_back_to_line_numbers(tmp_path):
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"text": "Headline here\n\nBody."}) + "\n")
    assert [job.source for job in jobs_from_jsonl(str(dump))] == [f"{dump}:1"]


def test_dask_output_is_byte_identical_to_the_local_run(corpus):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    local = run("quotes", str(corpus), "--json", "--jobs", "1", "-q")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = run("quotes", str(corpus), "--json", "--dask", cluster.scheduler_address, "-q")
    assert remote.exit_code == local.exit_code == 1  # the corpus has bad members
    assert remote.stdout == local.stdout
    assert remote.stdout.count("\n") > 100


def test_unreachable_dask_scheduler_is_one_line():
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    result = run("show", str(SAMPLES), "--dask", "tcp://127.0.0.1:9", "-q")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "syriadefect: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9"
    )
    assert len(result.stderr.splitlines()) == 1
