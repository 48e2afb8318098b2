"""The command line: options, output mode, consoles and exit codes over the library.

Data goes to stdout, everything else to stderr. Rich is imported only on the paths
that draw with it, so ``--json`` and plain output start fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from syriadefect import __version__
from syriadefect.defaults import DEFAULT_MAX_BYTES, STDIN
from syriadefect.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from syriadefect.model import Article, Quote


class ExitStatus(IntEnum):
    OK = 0
    INPUT_ERROR = 1  # some inputs failed; the others were written
    USAGE = 2  # bad options or arguments (Click's own code)
    INTERRUPTED = 130  # Ctrl-C


PROG = "syriadefect"

app = typer.Typer(
    name=PROG,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# --------------------------------------------------------------------------- options
# Declared once; every command that takes an option takes it with the same meaning.

Paths = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH...",
        help="Article files, or - for standard input (the default).",
        show_default=False,
    ),
]
JsonOpt = Annotated[
    bool, typer.Option("--json", help="Write JSON (JSON Lines for several records).")
]
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
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No notes on stderr, errors only.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")]


# --------------------------------------------------------------------------- plumbing


class QuoteKind(StrEnum):
    direct = "direct"
    partial = "partial"
    indirect = "indirect"
    term = "term"


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
    def console(self) -> Console:
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


def _articles(
    paths: list[str] | None,
    *,
    encoding: str | None,
    date: str | None,
    max_bytes: int,
    repair: bool,
    quiet: bool,
    debug: bool,
    failures: list[str],
) -> Iterator[Article]:
    """Parse each input in turn; a bad input is reported and skipped, never fatal."""
    from syriadefect.reader import load_article  # the parser, imported when there is work

    reference = _reference_date(date)
    for path in paths or [STDIN]:
        try:
            article = load_article(
                path,
                encoding=encoding,
                reference_date=reference,
                max_bytes=max_bytes,
                repair=repair,
            )
        except InputError as exc:
            if debug:
                raise
            _fail(str(exc) if exc.source else f"{path}: {exc}")
            failures.append(path)
            continue
        for note in article.notes:
            _note(f"{path}: {note}", quiet)
        yield article


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

      syriadefect show article.txt --json | jq .headline.text

      pbpaste | syriadefect show -
    """


# --------------------------------------------------------------------------- commands


@app.command()
def show(
    paths: Paths = None,
    json: JsonOpt = False,
    plain: PlainOpt = False,
    rich: RichOpt = False,
    color: ColorOpt = None,
    removed: Annotated[
        bool, typer.Option("--removed", help="Also list removed boilerplate, with the reason.")
    ] = False,
    encoding: EncodingOpt = None,
    date: DateOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    repair: RepairOpt = True,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
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
    out = Output(json=json, plain=plain, rich=rich, color=color, output=output)
    many = len(paths or []) > 1

    def body(failures: list[str]) -> None:
        for article in _articles(
            paths,
            encoding=encoding,
            date=date,
            max_bytes=max_bytes,
            repair=repair,
            quiet=quiet,
            debug=debug,
            failures=failures,
        ):
            _write_article(out, article, removed=removed, many=many)

    _run(body, out)


def _write_article(out: Output, article: Article, *, removed: bool, many: bool) -> None:
    if out.mode == "json":
        from syriadefect.render.json import article_to_dict, dumps

        out.write(dumps(article_to_dict(article), indent=None if many else 2) + "\n")
    elif out.mode == "plain":
        from syriadefect.render import text

        out.write(text.render_article(article, removed=removed) + ("\n" if many else ""))
    else:
        from syriadefect.render import table

        out.console.print(table.render_article(article, removed=removed))


@app.command()
def quotes(
    paths: Paths = None,
    json: JsonOpt = False,
    csv: Annotated[bool, typer.Option("--csv", help="Write CSV with a header row.")] = False,
    plain: PlainOpt = False,
    rich: RichOpt = False,
    color: ColorOpt = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker", metavar="NAME", help="Only quotes whose speaker mention or name has NAME."
        ),
    ] = None,
    kind: Annotated[
        list[QuoteKind] | None,
        typer.Option(
            "--kind",
            help="Only quotes of this kind; repeat for several. "
            "Default: direct, partial and indirect (terms left out).",
            show_default=False,
        ),
    ] = None,
    encoding: EncodingOpt = None,
    date: DateOpt = None,
    max_bytes: MaxBytesOpt = DEFAULT_MAX_BYTES,
    repair: RepairOpt = True,
    output: OutputOpt = None,
    quiet: QuietOpt = False,
    debug: DebugOpt = False,
) -> None:
    """List who said what: every quotation with its speaker, cue and paragraph.

    --json writes JSON Lines, one object per quote (source, index, text, start, end,
    kind, cue, speaker, paragraph); --csv writes CSV; in a pipe the default is plain
    text. Index is the quote's number in its article, stable under the filters.

    Examples:

      syriadefect quotes samples/syria-defect.txt

      syriadefect quotes samples/*.txt --json | jq -r '.speaker.name // .speaker.mention'

      syriadefect quotes article.txt --speaker majhur --kind direct

      syriadefect quotes samples/ --csv > quotes.csv
    """
    out = Output(json=json, plain=plain, rich=rich, color=color, csv=csv, output=output)
    kinds = {k.value for k in kind} if kind else {"direct", "partial", "indirect"}
    wanted = speaker.casefold() if speaker else None

    def keep(quote: Quote) -> bool:
        if quote.kind not in kinds:
            return False
        if wanted is None:
            return True
        s = quote.speaker
        names = (s.mention.text, s.name.text if s.name else "") if s else ()
        return any(wanted in n.casefold() for n in names)

    def body(failures: list[str]) -> None:
        header = True
        for article in _articles(
            paths,
            encoding=encoding,
            date=date,
            max_bytes=max_bytes,
            repair=repair,
            quiet=quiet,
            debug=debug,
            failures=failures,
        ):
            numbered = [(i, q) for i, q in enumerate(article.quotes, 1) if keep(q)]
            _write_quotes(out, article, numbered, header=header)
            header = False

    _run(body, out)


def _write_quotes(
    out: Output, article: Article, numbered: list[tuple[int, Quote]], *, header: bool
) -> None:
    if out.mode == "json":
        from syriadefect.render.json import dumps, quote_to_dict

        source = article.source or "-"
        lines = [dumps(quote_to_dict(q, i, source)) + "\n" for i, q in numbered]
        out.write("".join(lines))
    elif out.mode == "csv":
        import csv
        import io

        from syriadefect.render.text import QUOTE_CSV_HEADER, quote_rows

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if header:
            writer.writerow(QUOTE_CSV_HEADER)
        writer.writerows(quote_rows(article, numbered))
        out.write(buffer.getvalue())
    elif out.mode == "plain":
        from syriadefect.render import text

        out.write(text.render_quotes(article, numbered))
    else:
        from syriadefect.render import table

        out.console.print(table.render_quotes(article, numbered))


def main(argv: Iterable[str] | None = None) -> Any:
    """Console-script entry point."""
    return app(args=list(argv) if argv is not None else None, prog_name=PROG)
