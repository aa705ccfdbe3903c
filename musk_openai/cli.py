"""Command line: parse options, read, call the library, write. No NLP here.

Exit codes: 0 success, 1 bad input or processing error, 2 usage error, 130 interrupted.
Heavy modules (spaCy, rich, dateparser) are imported only when a command needs them,
so `--help`, `--version` and answers from the cache stay fast.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Optional

import click

from musk_openai import MODELS, __version__
from musk_openai.errors import MuskError
from musk_openai.text import neutralise

FORMATS = ("table", "json", "jsonl", "csv")


def _parse_dct(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD, e.g. 2012-06-22") from None


def _parse_bound(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[tuple[dt.date, dt.date]]:
    """YYYY, YYYY-MM or YYYY-MM-DD, as the interval it covers."""
    if value is None:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
    except ValueError:
        pass
    raise click.BadParameter(f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")


class Run:
    """The options every reading command shares, and what they imply."""

    FIELDS = (
        "paths",
        "dct",
        "model",
        "fmt",
        "output",
        "encoding",
        "skip_errors",
        "no_csv_escape",
        "jobs",
        "no_cache",
        "quiet",
        "lang",
        "fail_fast",
        "debug",
        "dask",
        "batch_size",
        "verbose",
    )

    def __init__(self, **options: Any) -> None:
        self.paths: tuple[str, ...] = options["paths"]
        self.dct: Optional[dt.date] = options["dct"]
        self.model: str = options["model"]
        self.fmt: Optional[str] = options["fmt"]
        self.output: Optional[str] = options["output"]
        self.encoding: Optional[str] = options["encoding"]
        self.skip_errors: bool = options["skip_errors"]
        self.escape: bool = not options["no_csv_escape"]
        self.jobs: int = options["jobs"] or os.cpu_count() or 1
        self.use_cache: bool = not options["no_cache"]
        self.quiet: bool = options["quiet"]
        self.lang: Optional[str] = options["lang"]
        self.fail_fast: bool = options["fail_fast"]
        self.debug: bool = options["debug"]
        self.dask: Optional[str] = options["dask"]
        self.batch_size: Optional[int] = options["batch_size"]
        self.verbose: bool = options["verbose"]
        self.done = self.failed = self.skipped = 0

    def format(self, default_table: bool = True) -> str:
        to_terminal = self.output in (None, "-") and sys.stdout.isatty()
        return self.fmt or ("table" if to_terminal and default_table else "json")

    def results(self, skip: Optional[Counter[tuple[str, str]]] = None) -> Iterator[Any]:
        """Documents in input order, with a Failure in the place of each article whose analysis
        failed: reported on stderr at once, and with --fail-fast the end of the run. Articles
        named in `skip` (id, text hash: what `export --resume` found) are passed over."""
        from musk_openai.api import analyse
        from musk_openai.cache import Cache
        from musk_openai.export import is_failure
        from musk_openai.reading import count_articles, iter_articles

        def skipped(message: str) -> None:
            warn(f"{message} (skipped)")

        articles = iter_articles(
            self.paths, self.dct, self.encoding, skipped if self.skip_errors else None, warn, self.lang
        )
        if skip:
            articles = self._unseen(articles, skip)
        cache = Cache.default() if self.use_cache else None
        results = analyse(
            articles, self.model, jobs=self.jobs, cache=cache, batch_size=self.batch_size, dask=self.dask, failures=True
        )
        shown = not self.quiet and sys.stderr.isatty()
        total = count_articles(self.paths) if shown else None
        with _log_to_stderr(self.verbose), _progress(total and total - sum((skip or {}).values()), shown) as advance:
            for result in results:
                advance(result)
                if is_failure(result):
                    self._failed(result)
                else:
                    self.done += 1
                yield result

    def documents(self) -> Iterator[Any]:
        """The Documents alone: failed articles are reported on stderr and left out."""
        from musk_openai.export import is_failure

        return (result for result in self.results() if not is_failure(result))

    def _unseen(self, articles: Iterable[Any], skip: Counter[tuple[str, str]]) -> Iterator[Any]:
        from musk_openai.text import text_hash

        for article in articles:
            seen = (article.document, text_hash(article.text))
            if skip[seen] > 0:
                skip[seen] -= 1
                self.skipped += 1
            else:
                yield article

    def _failed(self, failure: Any) -> None:
        from musk_openai.errors import ArticleError

        self.failed += 1
        if self.debug and failure.traceback:
            click.echo(failure.traceback.rstrip(), err=True)
        if self.fail_fast:
            hint = "" if self.debug else " (--debug shows the traceback)"
            raise ArticleError(failure.document, failure.error + hint)
        click.echo(f"error: {neutralise(failure.document)}: {neutralise(failure.error)}", err=True)

    def finish(self) -> None:
        """After a run with failures: the summary line, and exit code 1."""
        if not self.failed:
            return
        count = self.done + self.failed + self.skipped
        kept = f": {self.skipped:,} already in {self.output}," if self.skipped else ","
        hint = "" if self.debug else " (--debug shows tracebacks)"
        click.echo(
            f"{count:,} articles{kept} {self.done:,} done, {self.failed:,} failed: see the errors above{hint}",
            err=True,
        )
        raise click.exceptions.Exit(1)


_OPTIONS = [
    click.argument("paths", nargs=-1, metavar="[PATH ...]"),
    click.option(
        "--dct",
        callback=_parse_dct,
        metavar="YYYY-MM-DD",
        help="Publication date, to anchor 'hier', 'mardi', 'l'an dernier'.",
    ),
    click.option(
        "--model", type=click.Choice(MODELS), default=MODELS[0], show_default=True, help="spaCy French pipeline."
    ),
    click.option(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help="Write to FILE (atomically) instead of standard output; '-' is stdout.",
    ),
    click.option("--encoding", default=None, help="Input encoding when not UTF-8, e.g. cp1252."),
    click.option("--skip-errors", is_flag=True, help="Skip malformed JSONL lines (with a warning)."),
    click.option(
        "--no-csv-escape", is_flag=True, help="Do not prefix CSV cells that start with = + - @ (formula protection)."
    ),
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes for corpora [default: the machine's cores].",
    ),
    click.option("--no-cache", is_flag=True, help="Do not read or write the result cache."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    click.option(
        "--lang",
        metavar="CODE",
        default=None,
        help="The articles' language, e.g. fr: skips the language check (only French is supported).",
    ),
    click.option("--fail-fast", is_flag=True, help="Stop at the first article that fails (default: report it, go on)."),
    click.option("--debug", is_flag=True, help="Print the full traceback of each article that fails."),
    click.option(
        "--dask",
        metavar="ADDRESS",
        default=None,
        help="Run the analysis on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' for a cluster "
        "of --jobs workers on this machine. Needs: pip install 'musk-openai[dask]'.",
    ),
    click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=None,
        help="Articles per task sent to a worker [default: 4; 8 with --dask].",
    ),
    click.option("-v", "--verbose", is_flag=True, help="Say where the analysis runs (and the Dask dashboard link)."),
]


def reading_options(formats: Sequence[str] = FORMATS) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Shared options; the command receives a `Run` built from them."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(**kwargs: Any) -> Any:
            run = Run(**{k: kwargs.pop(k) for k in Run.FIELDS})
            func(run, **kwargs)
            run.finish()

        wrapper = click.option(
            "--format",
            "fmt",
            type=click.Choice(formats),
            default=None,
            help="Output format (default: table on a terminal, json otherwise).",
        )(wrapper)
        for option in reversed(_OPTIONS):
            wrapper = option(wrapper)
        return wrapper

    return decorate


def warn(message: str) -> None:
    click.echo(f"warning: {neutralise(message)}", err=True)


def _guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one-line messages with exit code 1; Ctrl-C exits 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MuskError as error:
            raise click.ClickException(neutralise(str(error))) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper


@contextmanager
def _log_to_stderr(verbose: bool) -> Iterator[None]:
    """The library's messages (a worker died; with --verbose, where the work runs) on stderr."""
    import logging

    class Echo(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            prefix = "warning: " if record.levelno >= logging.WARNING else ""
            click.echo(prefix + neutralise(record.getMessage()), err=True)

    logger, handler = logging.getLogger("musk_openai"), Echo()
    level = logger.level
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@contextmanager
def _progress(total: Optional[int], shown: bool = True) -> Iterator[Callable[[Any], None]]:
    """A progress bar on stderr: documents, words per second, time left."""
    if not shown:
        yield lambda document: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("analysing", total=total, rate="")
        words = 0

        def advance(document: Any) -> None:
            nonlocal words
            words += len(getattr(document, "text", "").split())
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, advance=1, rate=f"{words / elapsed:,.0f} words/s")

        yield advance


def _write(run: Run, model: Any, items: Iterable[Any], table: Callable[[Sequence[Any]], Any]) -> None:
    """Stream items as JSON, JSONL or CSV; a table needs them all first."""
    from musk_openai import export

    fmt = run.format()
    with export.output(run.output) as out:
        if fmt == "table":
            from musk_openai import render

            render.console(out).print(table([i for i in items if not export.is_failure(i)]))
        elif fmt == "json":
            export.write_json(items, out)
        elif fmt == "jsonl":
            export.write_jsonl(items, out)  # with an error record for each failed article
        else:
            writer = export.CsvWriter(out, export.columns(model), run.escape)
            for item in items:
                if not export.is_failure(item):
                    writer.write(export.as_dict(item))


def _items(run: Run, pick: Callable[[Any], Iterable[Any]]) -> Iterator[Any]:
    """The items `pick` takes from each Document, and the Failures in their place."""
    from musk_openai.export import is_failure

    for result in run.results():
        if is_failure(result):
            yield result
        else:
            yield from pick(result)


def _table(name: str) -> Callable[[Sequence[Any]], Any]:
    def build(items: Sequence[Any]) -> Any:
        from musk_openai import render

        return getattr(render, name)(items)

    return build


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="musk-openai")
def main() -> None:
    """Timelines and attributed quotations from French news articles.

    \b
    Example:
      musk-openai timeline show
      musk-openai quotes --speaker Dupont --format json
    """


@main.group()
def timeline() -> None:
    """Dated events of the articles.

    \b
    Example:
      musk-openai timeline show --from 2017 --to 2018
    """


@timeline.command("show")
@reading_options()
@click.option("--actor", metavar="NAME", help="Only events involving NAME (any alias, any case or accents).")
@click.option("--from", "start", callback=_parse_bound, metavar="DATE", help="Only events ending on or after DATE.")
@click.option("--to", "end", callback=_parse_bound, metavar="DATE", help="Only events starting on or before DATE.")
@click.option("--include-quoted", is_flag=True, help="Also dates that appear inside quotations.")
@_guard
def timeline_show(
    run: Run,
    actor: Optional[str],
    start: Optional[tuple[dt.date, dt.date]],
    end: Optional[tuple[dt.date, dt.date]],
    include_quoted: bool,
) -> None:
    """Print the timeline of dated events, in chronological order.

    \b
    Example:
      musk-openai timeline show --actor Dupont --from 2017
      musk-openai timeline show article.txt --dct 2012-06-22 --format csv -o timeline.csv
    """
    from musk_openai import api, export
    from musk_openai.models import Event

    events: list[Event] = []
    failed = []
    for result in run.results():
        if export.is_failure(result):
            failed.append(result)
            continue
        events += api.timeline([result], actor, start[0] if start else None, end[1] if end else None, include_quoted)
    _write(run, Event, [*sorted(events, key=api.sort_key), *failed], _table("timeline_table"))


@main.command("quotes")
@reading_options()
@click.option("--speaker", metavar="NAME", help="Only quotes by NAME (any alias; case and accents ignored).")
@click.option("--kind", type=click.Choice(["direct", "partial"]), help="Only direct or partial quotes.")
@_guard
def quotes_command(run: Run, speaker: Optional[str], kind: Optional[str]) -> None:
    """List attributed quotations: who said what, to whom, when.

    \b
    Example:
      musk-openai quotes --speaker Dupont --format json
      musk-openai quotes articles.jsonl --kind direct --format csv -o quotes.csv
    """
    from musk_openai import api
    from musk_openai.models import Quote

    items = _items(run, lambda document: api.quotes([document], speaker, kind))
    _write(run, Quote, items, _table("quotes_table"))


@main.command("dates")
@reading_options()
@_guard
def dates_command(run: Run) -> None:
    """List every temporal expression found, normalised (TIMEX3 values).

    \b
    Example:
      musk-openai dates article.txt --dct 2012-06-22
    """
    from musk_openai.models import TemporalValue

    items = _items(run, lambda document: document.dates)
    _write(run, TemporalValue, items, _table("dates_table"))


@main.command("entities")
@reading_options()
@_guard
def entities_command(run: Run) -> None:
    """List people and organisations with their aliases and number of quotes.

    \b
    Example:
      musk-openai entities --format json
    """
    from musk_openai.models import Entity

    items = _items(run, lambda document: document.entities)
    _write(run, Entity, items, _table("entities_table"))


@main.command("export")
@reading_options(formats=("json", "jsonl", "csv"))
@click.option(
    "--resume",
    is_flag=True,
    help="Keep the articles FILE (-o, jsonl or csv) already holds and append the others as they finish.",
)
@_guard
def export_command(run: Run, resume: bool) -> None:
    """Export everything: one object per article (json, jsonl) or one row per item (csv).

    The CSV has a "type" column (event, quote, date, entity; a "document" row closes each
    article) and one column per field. Results are written as articles finish, so a large
    corpus streams in constant memory. A failed article gives an error record (jsonl) or an
    "error" row (csv). With --resume, a run that was stopped continues where it ended.

    \b
    Example:
      musk-openai export --format csv -o out.csv
      musk-openai export corpus.jsonl --format jsonl -o results.jsonl --jobs 2
      musk-openai export corpus.jsonl --format jsonl -o results.jsonl --resume
    """
    from musk_openai import export
    from musk_openai.resume import RESUMABLE

    if run.fmt is None:
        raise click.UsageError("export needs --format json, jsonl or csv")
    if resume and (run.output in (None, "-") or run.fmt not in RESUMABLE):
        raise click.UsageError(f"--resume needs -o FILE and --format {' or '.join(RESUMABLE)}")
    with export.export_file(run.fmt, run.output, run.escape, resume) as out:
        for result in run.results(skip=out.done):
            out.write(result)


@main.group()
def cache() -> None:
    """The result cache (set MUSK_OPENAI_CACHE_DIR to move it).

    \b
    Example:
      musk-openai cache info
      musk-openai cache clear
    """


@cache.command("info")
def cache_info() -> None:
    """Where the cache is, how many results it holds and their size.

    \b
    Example:
      musk-openai cache info
    """
    import json

    from musk_openai.cache import Cache

    click.echo(json.dumps(Cache.default().info(), indent=2))


@cache.command("clear")
def cache_clear() -> None:
    """Delete every cached result.

    \b
    Example:
      musk-openai cache clear
    """
    from musk_openai.cache import Cache

    removed = Cache.default().clear()
    click.echo(f"removed {removed} cached results")


@main.command("evaluate")
@click.argument("gold", metavar="GOLD.json", type=click.Path(dir_okay=False))
@click.argument("path", required=False)
@click.option("--model", type=click.Choice(MODELS), default=MODELS[0], show_default=True, help="spaCy French pipeline.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", is_flag=True, help="Also list every miss and false alarm.")
@_guard
def evaluate_command(gold: str, path: Optional[str], model: str, fmt: str, show_errors: bool) -> None:
    """Score the extractor against a gold annotation: precision, recall, F1.

    Dates match on overlapping span with the same value and mod; quotations on an
    overlap of at least half their union, and then on the speaker.

    \b
    Example:
      musk-openai evaluate data/gold/seed.json
      musk-openai evaluate data/dev/temporal.json --format json
    """
    import json

    from musk_openai import evaluate
    from musk_openai.api import analyse

    documents = evaluate.load_gold(gold, path)
    predicted = analyse((d.article for d in documents), model)
    report = evaluate.score(zip(documents, predicted, strict=True))
    data = report.as_dict()
    if fmt == "json":
        if not show_errors:
            data.pop("errors")
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    from musk_openai.render import console, safe

    table = Table(title=f"Evaluation against {gold}")
    for column in ("task", "gold", "predicted", "matched", "precision", "recall", "F1"):
        table.add_column(column)
    for label, key in (
        ("dates (value+mod)", "dates"),
        ("dates (span only)", "dates_relaxed"),
        ("quotations", "quotes"),
    ):
        row = data[key]
        table.add_row(
            label,
            str(row["gold"]),
            str(row["predicted"]),
            str(row["matched"]),
            f"{row['precision']:.3f}",
            f"{row['recall']:.3f}",
            f"{row['f1']:.3f}",
        )
    out = console(sys.stdout)
    out.print(table)
    out.print(
        f"speaker accuracy on matched quotations: {data['speaker_accuracy']:.3f} "
        f"({data['speakers_right']}/{data['quotes']['matched']})"
    )
    if show_errors:
        for error in data["errors"]:
            out.print(safe(json.dumps(error, ensure_ascii=False)))


if __name__ == "__main__":
    main()
