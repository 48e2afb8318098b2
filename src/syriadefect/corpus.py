"""Many articles at once: discovery, JSON Lines input, and an ordered worker pool.

Inputs are files, folders (searched recursively for `glob`, in sorted order, ``.gz``
read transparently), ``-`` for standard input, and JSON Lines dumps whose records hold
the text. Each becomes a `Job`; workers turn a job into an `Outcome` (an `Article`, or
the one-line reason the input failed) and never let an exception escape. Results come
back in input order whatever the number of workers, and only a bounded number of jobs
is in flight, so memory does not grow with the corpus.

    >>> jobs = jobs_from(["samples/syria-defect.txt"])
    >>> [outcome.article.headline.text for outcome in run_jobs(jobs, Options())]
    ['Army, police officers defect, cross into Turkey']
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import sys
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from syriadefect.decode import decode_bytes, repair_mojibake
from syriadefect.defaults import DEFAULT_MAX_BYTES, STDIN
from syriadefect.errors import InputError
from syriadefect.html import extract_html, looks_like_html
from syriadefect.markdown import looks_like_markdown, markdown_text
from syriadefect.model import Article, Origin

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from gzip import GzipFile

CHUNK = 32  # jobs per work unit sent to a worker
IN_FLIGHT = 4  # work units queued per worker
_DASK_TIMEOUT = 10  # seconds to reach a scheduler


class Options(NamedTuple):
    """How every job is read and parsed; the same in every worker."""

    encoding: str | None = None
    reference_date: dt.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    repair: bool = True
    debug: bool = False
    # Turns an article into its output where it was parsed: a worker then sends back
    # text, which costs far less to pass between processes than the article's records.
    # Must be picklable (a module-level function, or a functools.partial of one).
    shape: Callable[[Article], str] | None = None
    # How to read the text: "auto" (HTML and Markdown recognised by their content),
    # "text" (as it is), "html" or "markdown" (whatever it looks like)
    form: str = "auto"


class Job(NamedTuple):
    """One article to parse: a path to read, or text that came with the job."""

    source: str
    path: str | None = None
    data: bytes | None = None
    text: str | None = None
    title: str | None = None
    date: dt.date | None = None
    error: str | None = None  # the input failed before it became a job ("no such file")


class Outcome(NamedTuple):
    """One job's result: the article (or, with `Options.shape`, its output) or an error."""

    source: str
    article: Article | None = None  # None on error, and when the article was shaped
    error: str | None = None
    trace: str | None = None  # with --debug: the traceback of an internal error
    output: str = ""  # what `Options.shape` made of the article
    said: int = 0  # the article's direct and partial quotes
    notes: tuple[str, ...] = ()  # the article's notes (encoding guessed, repairs)


# --------------------------------------------------------------------------- discovery


def jobs_from(paths: Iterable[str], glob: str = "*.txt") -> Iterator[Job]:
    """Jobs for files, folders (recursive, sorted) and "-" (standard input)."""
    for path in paths:
        if path == STDIN:
            yield Job(STDIN, data=read_stdin())
            continue
        target = Path(path)
        if target.is_dir():
            found = False
            for file in sorted(target.rglob("*")):
                if file.is_file() and _matches(file.name, glob):
                    found = True
                    yield Job(str(file), path=str(file))
            if not found:
                yield Job(path, error=f"no files matching {glob}")
        else:
            yield Job(path, path=path)


def jobs_from_jsonl(
    path: str,
    *,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str | None = None,
    date_field: str | None = None,
) -> Iterator[Job]:
    """Jobs for the records of a JSON Lines dump (one article per line)."""
    name = "<stdin>" if path == STDIN else path
    try:
        handle = sys.stdin.buffer if path == STDIN else _open_binary(path)
    except OSError as exc:
        yield Job(name, error=_os_error(exc))
        return
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            line = f"{name}:{number}"  # names the line in errors
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield Job(line, error=f"not valid JSON ({exc.msg}, column {exc.colno})")
                continue
            except UnicodeDecodeError:
                yield Job(line, error="not valid UTF-8")
                continue
            if not isinstance(record, dict):
                yield Job(line, error="not a JSON object")
                continue
            text = record.get(text_field)
            if not isinstance(text, str):
                yield Job(line, error=f"no text in field {text_field!r}")
                continue
            ident = record.get(id_field)
            source = str(ident) if ident is not None else line
            title = record.get(title_field) if title_field else None
            yield Job(
                source,
                text=text,
                title=title if isinstance(title, str) else None,
                date=_date(record.get(date_field)) if date_field else None,
            )


def _matches(name: str, glob: str) -> bool:
    if name.endswith(".gz"):
        name = name[:-3]
    return fnmatch.fnmatch(name, glob)


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def _open_binary(path: str) -> IO[bytes] | GzipFile:
    if path.endswith(".gz"):
        import gzip  # only for .gz inputs: not on every run's start-up path

        return gzip.open(path, "rb")
    return open(path, "rb")


def _os_error(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return exc.strerror or str(exc)


# --------------------------------------------------------------------------- work


def parse_job(job: Job, options: Options) -> Outcome:
    """Read, decode and parse one job; every failure becomes an `Outcome` with an error."""
    from syriadefect.parse import parse

    if job.error is not None:
        return Outcome(job.source, error=job.error)
    try:
        notes: list[str] = []
        encoding = None
        if job.text is not None:
            text = job.text
        else:
            data = job.data if job.data is not None else _read_file(job.path or "", options)
            if len(data) > options.max_bytes:
                raise InputError(
                    f"larger than the {options.max_bytes:,}-byte limit (raise it with --max-bytes)"
                )
            decoded = decode_bytes(data, options.encoding)
            text, encoding = decoded.text, decoded.encoding
            if decoded.detected:
                notes.append(f"encoding guessed as {decoded.encoding}")
        if not text.strip():
            raise InputError("empty input" if not text else "input holds only whitespace")
        origin = None
        form = options.form
        if form == "html" or (form == "auto" and looks_like_html(text)):
            page = extract_html(text)
            text, origin = page.text, Origin("html", page.title, page.author, page.date)
            notes.append("extracted from HTML with trafilatura; offsets index the extracted text")
        elif form == "markdown" or (form == "auto" and looks_like_markdown(text)):
            text, origin = markdown_text(text), Origin("markdown")
            notes.append("read as Markdown; offsets index the text without its marks")
        if options.repair:
            text, repaired = repair_mojibake(text)
            if repaired:
                notes.append(repaired)
        article = parse(
            text,
            source=job.source,
            encoding=encoding,
            reference_date=options.reference_date or job.date or _date(origin and origin.date),
            notes=tuple(notes),
            title=job.title or (origin.title if origin else None),
        )
        if origin is not None:
            article = article._replace(origin=origin)
        if options.shape is not None:
            output = options.shape(article)
            return Outcome(job.source, output=output, said=article.said, notes=_notes(article))
    except InputError as exc:
        return Outcome(job.source, error=str(exc))
    except Exception as exc:
        # A bug of ours, not the input's fault: report it and keep the run going.
        trace = traceback.format_exc() if options.debug else None
        return Outcome(
            job.source, error=f"internal error ({type(exc).__name__}: {exc})", trace=trace
        )
    return Outcome(job.source, article=article, said=article.said, notes=_notes(article))


def _notes(article: Article) -> tuple[str, ...]:
    """What the user hears of an article on stderr: how it was read and, as it leaves
    every quote without a speaker, that it does not read as English."""
    if any(warning.code == "not-english" for warning in article.warnings):
        from syriadefect.parse.quotes import NOT_ENGLISH  # (loaded already: it parsed)

        return (*article.notes, NOT_ENGLISH)
    return article.notes


def _read_file(path: str, options: Options) -> bytes:
    size = options.max_bytes + 1
    try:
        if path.endswith(".gz"):
            return _read_gzip(path, size)
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise InputError(_os_error(exc)) from None


def _read_gzip(path: str, size: int) -> bytes:
    import gzip

    try:
        with gzip.open(path, "rb") as handle:
            return handle.read(size)
    except (gzip.BadGzipFile, EOFError):  # before OSError: BadGzipFile is one
        raise InputError("not a valid gzip file") from None


def _parse_chunk(jobs: list[Job], options: Options) -> list[Outcome]:
    return [parse_job(job, options) for job in jobs]


def run_jobs(
    jobs: Iterable[Job], options: Options, workers: int = 1, dask: str | None = None
) -> Iterator[Outcome]:
    """Parse jobs in order: in this process, in a process pool, or on a Dask cluster.

    At most ``workers * IN_FLIGHT`` chunks of `CHUNK` jobs are pending at any time, so
    a corpus of any size is read, parsed and written as a stream, and the output is the
    same whatever runs it. On Dask (`dask` is the scheduler's address), workers read
    files by path, so the paths must name storage they share; text from standard input
    or a JSON Lines dump travels with its job.
    """
    if dask is not None:
        try:
            from distributed import Client
        except ImportError:
            raise InputError(
                "--dask needs the dask extra: pip install 'syriadefect[dask]'"
            ) from None
        try:
            client = Client(dask, timeout=_DASK_TIMEOUT)  # type: ignore[no-untyped-call]
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot reach the Dask scheduler at {dask} ({exc})") from None
        with client:
            cores = sum(client.nthreads().values()) or 1  # type: ignore[no-untyped-call]
            yield from _ordered(client, jobs, options, cores)
        return
    if workers <= 1:
        for job in jobs:
            yield parse_job(job, options)
        return
    from concurrent.futures import ProcessPoolExecutor  # only runs with workers pay for it

    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from _ordered(pool, jobs, options, workers)


def _ordered(
    executor: ProcessPoolExecutor | Any, jobs: Iterable[Job], options: Options, workers: int
) -> Iterator[Outcome]:
    """Chunks submitted to `executor` (anything with `submit`), results in input order."""
    iterator = iter(jobs)
    pending: deque[Future[list[Outcome]]] = deque()
    while True:
        while len(pending) < workers * IN_FLIGHT:
            chunk = list(islice(iterator, CHUNK))
            if not chunk:
                break
            pending.append(executor.submit(_parse_chunk, chunk, options))
        if not pending:
            return
        yield from pending.popleft().result()
