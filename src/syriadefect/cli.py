"""The command line: options, output mode, consoles and exit codes over the library.

Data goes to stdout, everything else to stderr. Rich is imported only on the paths
that draw with it, so ``--json`` and plain output start fast.
"""

# No postponed annotations: Typer reads every command's signature and the named tuples
# read their fields' types at import, and a postponed annotation costs an `eval` of its
# string each time (37 of them, about 0.3 ms of every start).
import datetime as dt
import functools
import inspect
import os
import sys
import time
import typing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import IntEnum, StrEnum
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TextIO

import typer

from syriadefect import __version__
from syriadefect.defaults import DEFAULT_MAX_BYTES, STDIN
from syriadefect.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from syriadefect.corpus import Outcome
    from syriadefect.model import Article, Quote


class ExitStatus(IntEnum):
    OK = 0
    INPUT_ERROR = 1  # some inputs failed; the others were written
    USAGE = 2  # bad options or arguments (Click's own code)
    INTERRUPTED = 130  # Ctrl-C


PROG = "syriadefect"
CPUS = os.cpu_count() or 1

_APP_SETTINGS: dict[str, Any] = {
    "name": PROG,
    "no_args_is_help": True,
    "add_completion": False,
    "rich_markup_mode": None,
    "pretty_exceptions_enable": False,
    "context_settings": {"help_option_names": ["-h", "--help"]},
}
app = typer.Typer(**_APP_SETTINGS)


# --------------------------------------------------------------------------- options
# Declared once; every command that takes an option takes it with the same meaning.

Paths = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH...",
        help="Article files, folders (searched for --glob, .gz read too), or - for stdin.",
        show_default=False,
    ),
]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Write JSON (JSON Lines for several records).")
]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Write CSV with a header row.")]
PlainOpt = Annotated[bool, typer.Option("--plain", help="Write plain text, no colour or boxes.")]
RichOpt = Annotated[
    bool, typer.Option("--rich", help="Draw the Rich view even when stdout is not a terminal.")
]
ColorOpt = Annotated[
    bool | None,
    typer.Option(
        "--color/--no-color",
        help="Force colour on or off (default: on for a terminal, off when NO_COLOR is set).",
        show_default=False,
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", metavar="NAME", help="Decode inputs with this codec (e.g. cp1252)."),
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        metavar="YYYY-MM-DD",
        help="Reference date for 'Thursday' or 'yesterday' when the text has no date.",
    ),
]
MaxBytesOpt = Annotated[
    int,
    typer.Option("--max-bytes", metavar="N", help="Refuse inputs larger than N bytes.", min=1),
]


class InputFormat(StrEnum):
    AUTO = "auto"
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


FormatOpt = Annotated[
    InputFormat,
    typer.Option(
        "--format",
        metavar="FORMAT",
        help="Read inputs as auto (HTML and Markdown recognised by their content), text (as "
        "they are), html or markdown.",
    ),
]
RepairOpt = Annotated[
    bool,
    typer.Option(
        "--repair/--no-repair",
        help="Undo mojibake such as 'itâ€™s' with ftfy (offsets then index the repaired text).",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to FILE (atomically: all of it or, if interrupted, nothing).",
        dir_okay=False,
    ),
]
GlobOpt = Annotated[
    str, typer.Option("--glob", metavar="PATTERN", help="Files to read inside folders.")
]
JsonlOpt = Annotated[
    str | None,
    typer.Option(
        "--jsonl",
        metavar="FILE",
        help="Also read a JSON Lines dump (one article per line; - for stdin).",
    ),
]
TextFieldOpt = Annotated[
    str, typer.Option("--text-field", metavar="NAME", help="--jsonl field with the text.")
]
IdFieldOpt = Annotated[
    str, typer.Option("--id-field", metavar="NAME", help="--jsonl field naming the article.")
]
TitleFieldOpt = Annotated[
    str | None,
    typer.Option("--title-field", metavar="NAME", help="--jsonl field with the headline."),
]
DateFieldOpt = Annotated[
    str | None,
    typer.Option(
        "--date-field", metavar="NAME", help="--jsonl field with the date (reference date)."
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option(
        "--jobs", "-j", metavar="N", min=0, help="Worker processes; 0, the default, is one per CPU."
    ),
]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="ADDRESS",
        help="Run on a Dask cluster (scheduler address; needs the dask extra).",
    ),
]
FailFastOpt = Annotated[
    bool, typer.Option("--fail-fast", help="Stop at the first input that fails.")
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No notes on stderr, errors only.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")]


# --------------------------------------------------------------------------- plumbing


_ALL_KINDS = ("direct", "partial", "indirect", "term")
_QUOTE_KINDS = _ALL_KINDS[:3]  # what `quotes` lists by default


def _kinds(values: list[str] | None) -> list[str] | None:
    """--kind values, repeated or separated by commas ("direct,partial")."""
    if not values:
        return values
    kinds = [kind.strip().lower() for value in values for kind in value.split(",")]
    for kind in kinds:
        if kind not in _ALL_KINDS:
            choices = ", ".join(f"'{k}'" for k in _ALL_KINDS)
            raise typer.BadParameter(f"{kind!r} is not one of {choices}.")
    return kinds


class Output:
    """Where records go, and in which form, chosen once per run.

    Records go to stdout, flushed one by one, or with ``--output FILE`` to a temporary
    file beside FILE that is renamed over it at the end: an interrupted run never
    leaves a truncated file that looks complete.
    """

    def __init__(
        self,
        *,
        json: bool,
        plain: bool,
        rich: bool,
        color: bool | None,
        csv: bool = False,
        output: Path | None = None,
    ) -> None:
        terminal = output is None and sys.stdout.isatty()
        if json:
            self.mode = "json"
        elif csv:
            self.mode = "csv"
        elif plain:
            self.mode = "plain"
        elif rich or color or terminal:
            self.mode = "rich"
        else:
            self.mode = "plain"
        self.color = color
        self.target = output
        self.stream: TextIO = sys.stdout
        if output is not None:
            import tempfile  # only for --output: not on every run's start-up path

            try:
                handle, temp = tempfile.mkstemp(
                    dir=output.parent, prefix=f".{output.name}.", suffix=".part"
                )
            except OSError as exc:
                raise typer.BadParameter(
                    f"cannot write {output}: {exc.strerror}", param_hint="--output"
                ) from None
            self.temp = Path(temp)
            self.stream = open(handle, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self._console: Console | None = None

    @property
    def console(self) -> "Console":
        if self._console is None:
            from rich.console import Console

            force = True if self.color else None
            self._console = Console(
                file=self.stream, force_terminal=force, no_color=self.color is False
            )
        return self._console

    def write(self, text: str) -> None:
        self.stream.write(text)
        if self.target is None:
            self.stream.flush()

    def finish(self, *, complete: bool) -> None:
        """Put the output file in place, or, for an incomplete run, leave no trace of it."""
        if self.target is None:
            return
        self.stream.close()
        if complete:
            os.replace(self.temp, self.target)
        else:
            self.temp.unlink(missing_ok=True)


def _fail(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(f"{PROG}: error: {message}\n")
    sys.stderr.flush()


def _note(message: str, quiet: bool) -> None:
    if not quiet:
        sys.stderr.write(f"{PROG}: note: {message}\n")
        sys.stderr.flush()


def _reference_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2011-06-10", param_hint="--date"
        ) from None


class Inputs(NamedTuple):
    """What to read and how: the input options every command shares.

    Each field but `paths` is a command-line option, declared here once with its Typer
    annotation and default; `command_options` adds them all to every command.
    """

    paths: list[str]
    glob: GlobOpt = "*.txt"
    jsonl: JsonlOpt = None
    text_field: TextFieldOpt = "text"
    id_field: IdFieldOpt = "id"
    title_field: TitleFieldOpt = None
    date_field: DateFieldOpt = None
    jobs: JobsOpt = 0
    dask: DaskOpt = None
    encoding: EncodingOpt = None
    date: DateOpt = None
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES
    repair: RepairOpt = True
    form: FormatOpt = InputFormat.AUTO
    fail_fast: FailFastOpt = False
    quiet: QuietOpt = False
    debug: DebugOpt = False

    @property
    def single(self) -> bool:
        """One file or stdin: `show --json` writes one object, not JSON Lines."""
        if self.jsonl is not None or len(self.paths) > 1:
            return False
        return not self.paths or not Path(self.paths[0]).is_dir()


# The options every command shares: `command_options` adds them to a command's
# signature (for Typer) and hands them to the command as `Output` and `Inputs`.
_INPUT_HINTS = typing.get_type_hints(Inputs, include_extras=True)
_INPUT_OPTIONS: tuple[tuple[str, Any, Any], ...] = tuple(
    (name, _INPUT_HINTS[name], Inputs._field_defaults[name])
    for name in Inputs._fields
    if name != "paths"
)
_OUTPUT_OPTIONS: tuple[tuple[str, Any, Any], ...] = (
    ("json", JsonOpt, False),
    ("csv", CsvOpt, False),
    ("plain", PlainOpt, False),
    ("rich", RichOpt, False),
    ("color", ColorOpt, None),
    ("output", OutputOpt, None),
)
_SHARED: Any = None  # placeholder default of a command's `out` and `inputs` parameters


def command_options(*, csv: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the shared output and input options, declared once.

    The options are added to the command's signature (what Typer reads); the command
    receives them as ``out: Output`` and ``inputs: Inputs``. With `csv`, the output
    options include ``--csv``.
    """
    outputs = [o for o in _OUTPUT_OPTIONS if csv or o[0] != "csv"]

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        signature = inspect.signature(command, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name not in ("out", "inputs")]
        added = [
            inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind
            )
            for name, kind, default in [*outputs, *_INPUT_OPTIONS]
        ]

        @functools.wraps(command)
        def wrapper(**kwargs: Any) -> None:
            shown = {name: kwargs.pop(name) for name, _, _ in outputs}
            given = {name: kwargs.pop(name) for name, _, _ in _INPUT_OPTIONS}
            inputs = Inputs(paths=kwargs.get("paths") or [], **given)
            command(**kwargs, out=Output(**shown), inputs=inputs)

        wrapper.__signature__ = signature.replace(parameters=[*own, *added])  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in [*own, *added]}
        return wrapper

    return decorate


def _articles(inputs: Inputs, failures: list[str]) -> "Iterator[Article]":
    """Parse every input in order; a bad one is reported on stderr and skipped."""
    for outcome in _outcomes(inputs, failures):
        assert outcome.article is not None
        yield outcome.article


def _shaped(
    inputs: Inputs, failures: list[str], shape: "Callable[[Article], str]"
) -> Iterator[str]:
    """The output of every good input, made by `shape` where the input was parsed."""
    for outcome in _outcomes(inputs, failures, shape):
        yield outcome.output


def _outcomes(
    inputs: Inputs, failures: list[str], shape: "Callable[[Article], str] | None" = None
) -> "Iterator[Outcome]":
    """Parse every input in order, yielding the good outcomes; a bad one is reported on
    stderr and skipped.

    Prints a summary at the end when there was more than one input, and a progress
    bar while parsing when stderr is a terminal.
    """
    from syriadefect import corpus

    options = corpus.Options(
        inputs.encoding,
        _reference_date(inputs.date),
        inputs.max_bytes,
        inputs.repair,
        inputs.debug,
        shape,
        inputs.form.value,
    )
    jobs: list[corpus.Job] = []
    if inputs.paths or inputs.jsonl is None:
        jobs = list(corpus.jobs_from(inputs.paths or [STDIN], inputs.glob))
    stream: Iterable[corpus.Job] = jobs
    if inputs.jsonl is not None:
        stream = chain(
            jobs,
            corpus.jobs_from_jsonl(
                inputs.jsonl,
                text_field=inputs.text_field,
                id_field=inputs.id_field,
                title_field=inputs.title_field,
                date_field=inputs.date_field,
            ),
        )
    total = None if inputs.jsonl is not None else len(jobs)
    # a pool costs more to start than a few articles take to parse
    workers = inputs.jobs or CPUS
    if total is not None and total <= corpus.CHUNK:
        workers = 1
    started = time.perf_counter()
    read = quotes = 0
    with _progress(total, quiet=inputs.quiet) as advance:
        for outcome in corpus.run_jobs(stream, options, workers, inputs.dask):
            advance()
            if outcome.error is not None:
                _fail(f"{outcome.source}: {outcome.error}")
                if outcome.trace:
                    sys.stderr.write(outcome.trace)
                failures.append(outcome.source)
                if inputs.fail_fast:
                    break
                continue
            read += 1
            quotes += outcome.said
            for note in outcome.notes:
                _note(f"{outcome.source}: {note}", inputs.quiet)
            yield outcome
    if not inputs.quiet and (total is None or total > 1):
        from syriadefect.render.text import count

        elapsed = time.perf_counter() - started
        sys.stderr.write(
            f"{PROG}: {count(read, 'article')} read, {len(failures):,} failed, "
            f"{count(quotes, 'quote')}, {elapsed:.1f} s\n"
        )


@contextmanager
def _progress(total: int | None, *, quiet: bool) -> Iterator[Callable[[], None]]:
    """A Rich progress bar on stderr, only for a terminal, several inputs and no --quiet."""
    if quiet or not sys.stderr.isatty() or (total is not None and total < 2):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("parsing", total=total)
        yield lambda: bar.advance(task)


def _run(body: Callable[[list[str]], None], out: Output) -> None:
    """Run a command body with the exit-code policy: 1 if any input failed, 130 on Ctrl-C."""
    failures: list[str] = []
    try:
        body(failures)
    except KeyboardInterrupt:
        out.finish(complete=False)
        sys.stderr.write(f"\n{PROG}: interrupted\n")
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(ExitStatus.OK) from None
    except InputError as exc:  # the run itself cannot go on (an unreachable cluster)
        out.finish(complete=False)
        _fail(str(exc))
        raise typer.Exit(ExitStatus.INPUT_ERROR) from None
    except BaseException:
        out.finish(complete=False)
        raise
    out.finish(complete=True)
    if failures:
        raise typer.Exit(ExitStatus.INPUT_ERROR)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"{PROG} {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Inspect raw news article text: headline, byline, dates, body, captions and quotes.

    Examples:

      syriadefect show samples/syria-defect.txt

      syriadefect quotes samples/syria-defect.txt --json | jq -r .text

      syriadefect sources archive/ --top 20

      pbpaste | syriadefect show -
    """


# --------------------------------------------------------------------------- commands


@app.command()
@command_options()
def show(
    paths: Paths = None,
    removed: Annotated[
        bool, typer.Option("--removed", help="Also list removed boilerplate, with the reason.")
    ] = False,
    out: Output = _SHARED,
    inputs: Inputs = _SHARED,
) -> None:
    """Show the structure of articles: headline, byline, dates, body and captions.

    Draws a Rich view on a terminal and plain text in a pipe; --json writes one
    JSON object per article (JSON Lines for several).

    Examples:

      syriadefect show samples/syria-defect.txt

      syriadefect show samples/syria-defect.txt --removed --date 2011-06-10

      syriadefect show article.txt --json | jq '.body[].text'

      cat article.txt | syriadefect show - --plain
    """
    many = not inputs.single

    def body(failures: list[str]) -> None:
        if out.mode == "json" and many:  # JSON Lines, written by the workers
            from syriadefect.render.json import article_line

            for line in _shaped(inputs, failures, article_line):
                out.write(line)
            return
        for article in _articles(inputs, failures):
            _write_article(out, article, removed=removed, many=many)

    _run(body, out)


def _write_article(out: Output, article: "Article", *, removed: bool, many: bool) -> None:
    if out.mode == "json":
        from syriadefect.render.json import article_to_dict, dumps

        out.write(dumps(article_to_dict(article), indent=2) + "\n")
    elif out.mode == "plain":
        from syriadefect.render import text

        out.write(text.render_article(article, removed=removed) + ("\n" if many else ""))
    else:
        from syriadefect.render import table

        out.console.print(table.render_article(article, removed=removed))


@app.command()
@command_options(csv=True)
def quotes(
    paths: Paths = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", metavar="NAME", help="Only quotes whose speaker mention or name has NAME."
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="<direct|partial|indirect|term>",
            callback=_kinds,
            help="Only quotes of this kind; repeat or separate with commas for several. "
            "Default: direct, partial and indirect (terms left out).",
            show_default=False,
        ),
    ] = None,
    out: Output = _SHARED,
    inputs: Inputs = _SHARED,
) -> None:
    """List who said what: every quotation with its speaker, cue and paragraph.

    --json writes JSON Lines, one object per quote (source, index, text, start, end,
    kind, cue, speaker, paragraph); --csv writes CSV; in a pipe the default is plain
    text. Index is the quote's number in its article, stable under the filters. An
    article with no quote to show is left out; if none has one, a note on stderr says so.

    Examples:

      syriadefect quotes samples/syria-defect.txt

      syriadefect quotes samples/*.txt --json | jq -r '.speaker.name // .speaker.mention'

      syriadefect quotes article.txt --speaker majhur --kind direct

      syriadefect quotes samples/ --csv > quotes.csv
    """
    kinds = frozenset(kind or _QUOTE_KINDS)

    def body(failures: list[str]) -> None:
        shown = 0
        if out.mode == "json":  # the workers write the lines: less to send back
            from syriadefect.render.json import quote_lines

            for lines in _shaped(
                inputs, failures, functools.partial(quote_lines, kinds=kinds, speaker=speaker)
            ):
                out.write(lines)
                shown += lines.count("\n")
        else:
            header = True
            for article in _articles(inputs, failures):
                numbered = article.numbered_quotes(kinds, speaker)
                # no empty table for an article with nothing to show (a CSV has its header)
                if numbered or (header and out.mode == "csv"):
                    _write_quotes(out, article, numbered, header=header)
                    header = False
                shown += len(numbered)
        if not shown and not failures:  # say so where messages go
            given = [f"--speaker {speaker!r}"] if speaker else []
            given += [f"--kind {','.join(sorted(kinds))}"] if kind else []
            _note(
                f"no quotes matched {' '.join(given)}" if given else "no quotes found", inputs.quiet
            )

    _run(body, out)


def _write_quotes(
    out: Output, article: "Article", numbered: "list[tuple[int, Quote]]", *, header: bool
) -> None:
    if out.mode == "csv":
        from syriadefect.render.text import QUOTE_CSV_HEADER, quote_rows

        rows = quote_rows(article, numbered)
        out.write(_csv([QUOTE_CSV_HEADER, *rows] if header else rows))
    elif out.mode == "plain":
        from syriadefect.render import text

        out.write(text.render_quotes(article, numbered))
    else:
        from syriadefect.render import table

        out.console.print(table.render_quotes(article, numbered))


@app.command()
@command_options(csv=True)
def sources(
    paths: Paths = None,
    top: Annotated[
        int | None,
        typer.Option("--top", metavar="N", min=1, help="Only the N most quoted speakers."),
    ] = None,
    out: Output = _SHARED,
    inputs: Inputs = _SHARED,
) -> None:
    """Who gets quoted across a corpus: speakers merged by name, most quoted first.

    Counts direct and partial quotes (and indirect speech apart) per speaker, with the
    number of articles and the first and last article quoting them. Within an article
    "Clinton", "Hillary Clinton" and "Mrs. Clinton" are one speaker; across articles
    speakers merge by full name, and a surname alone ("President Obama") joins the one
    full name that ends with it.

    Examples:

      syriadefect sources samples/

      syriadefect sources archive/ --top 20 --jobs 4

      syriadefect sources --jsonl dump.jsonl --json | jq -r '[.name, .quotes] | @tsv'

      syriadefect sources archive/ --csv -o sources.csv
    """
    from syriadefect.aggregate import Sources

    found = Sources()

    def body(failures: list[str]) -> None:
        for article in _articles(inputs, failures):
            found.add(article)
        records = found.top(top)
        if out.mode == "csv":
            from syriadefect.render.text import SOURCE_CSV_HEADER, source_rows

            out.write(_csv([SOURCE_CSV_HEADER, *source_rows(records)]))
        elif records and out.mode == "json":  # (and no empty table or chart)
            from syriadefect.render.json import dumps, source_to_dict

            out.write("".join(dumps(source_to_dict(r)) + "\n" for r in records))
        elif records and out.mode == "plain":
            from syriadefect.render import text

            out.write(text.render_sources(records, found.unresolved))
        elif records:
            from syriadefect.render import table

            out.console.print(table.render_sources(records, found.unresolved))
        if not records and not failures:
            from syriadefect.render.text import count

            n = found.unresolved
            also = f" ({count(n, 'quote')} by an unresolved pronoun)" if n else ""
            _note(f"no speakers found{also}", inputs.quiet)

    _run(body, out)


@app.command()
@command_options()
def stats(
    paths: Paths = None,
    out: Output = _SHARED,
    inputs: Inputs = _SHARED,
) -> None:
    """Summarise a corpus: sizes, quotes, what was found, dates, frequent boilerplate.

    Articles, words, paragraphs, quotes per article; the share of articles with a
    byline, a dateline, a publication date and at least one quote; articles per month
    (when dates are known); the removed lines seen most often, useful to spot a new
    site template.

    Examples:

      syriadefect stats samples/

      syriadefect stats archive/ --json | jq .articles_per_month

      syriadefect stats --jsonl dump.jsonl --date-field published
    """
    from syriadefect.aggregate import Stats

    totals = Stats()

    def body(failures: list[str]) -> None:
        for article in _articles(inputs, failures):
            totals.add(article)
        if out.mode == "json":
            from syriadefect.render.json import dumps, stats_to_dict

            out.write(dumps(stats_to_dict(totals), indent=2) + "\n")
        elif out.mode == "plain":
            from syriadefect.render import text

            out.write(text.render_stats(totals))
        else:
            from syriadefect.render import table

            out.console.print(table.render_stats(totals))

    _run(body, out)


def _csv(rows: list[tuple[object, ...]]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def main(argv: Iterable[str] | None = None) -> Any:
    """Console-script entry point."""
    args = list(argv) if argv is not None else sys.argv[1:]
    return _app_for(args)(args=args, prog_name=PROG)


def _app_for(args: list[str]) -> typer.Typer:
    """`app`, or for ``syriadefect COMMAND ...`` an app that holds only that command.

    Typer turns every command's options into Click's on each run, about 2 ms of a
    one-file run for commands that are not run. Usage, help and errors of the command
    read the same either way (tests compare them).
    """
    name = args[0] if args else None
    chosen = [
        info
        for info in app.registered_commands
        if info.callback is not None
        and (info.name or typer.main.get_command_name(info.callback.__name__)) == name
    ]
    if not chosen:
        return app
    one = typer.Typer(**_APP_SETTINGS)
    one.registered_callback = app.registered_callback
    one.registered_commands = chosen
    return one
