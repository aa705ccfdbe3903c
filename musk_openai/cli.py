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
from musk_openai.deadline import DEFAULT_SECONDS as DEFAULT_TIMEOUT
from musk_openai.deadline import ENV_VAR as TIMEOUT_ENV
from musk_openai.errors import MuskError
from musk_openai.text import neutralise

FORMATS = ("table", "json", "jsonl", "csv")
VIEW_FORMATS = ("html", "timelinejs", "timelinejs-csv")  # timeline show only (musk_openai.views)


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
        "timeout",
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
        self.timeout: float = options["timeout"]
        self.verbose: bool = options["verbose"]
        self.done = self.failed = self.skipped = 0

    def format(self, default_table: bool = True) -> str:
        to_terminal = self.output in (None, "-") and sys.stdout.isatty()
        return self.fmt or ("table" if to_terminal and default_table else "json")

    def results(self, skip: Optional[Counter[tuple[str, str]] | Callable[[Any], bool]] = None) -> Iterator[Any]:
        """Documents in input order, with a Failure in the place of each article whose analysis
        failed: reported on stderr at once, and with --fail-fast the end of the run. Articles
        `skip` names are passed over: a Counter of (id, text hash) is what `export --resume`
        found; a function of the article is what a database already holds."""
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
            articles,
            self.model,
            jobs=self.jobs,
            cache=cache,
            batch_size=self.batch_size,
            dask=self.dask,
            failures=True,
            timeout=self.timeout,
        )
        shown = not self.quiet and sys.stderr.isatty()
        total = count_articles(self.paths) if shown else None
        known = sum(skip.values()) if isinstance(skip, Counter) else 0
        with _log_to_stderr(self.verbose), _progress(total and total - known, shown) as advance:
            for result in results:
                _CtrlC.check()
                advance(result)
                if is_failure(result):
                    self._failed(result)
                else:
                    self.done += 1
                yield result
            _CtrlC.check()

    def documents(self, skip: Optional[Callable[[Any], bool]] = None) -> Iterator[Any]:
        """The Documents alone: failed articles are reported on stderr and left out."""
        from musk_openai.export import is_failure

        return (result for result in self.results(skip) if not is_failure(result))

    def _unseen(self, articles: Iterable[Any], skip: Counter[tuple[str, str]] | Callable[[Any], bool]) -> Iterator[Any]:
        from musk_openai.text import text_hash

        for article in articles:
            if callable(skip):
                passed = skip(article)
            else:
                seen = (article.document, text_hash(article.text))
                passed = skip[seen] > 0
                if passed:
                    skip[seen] -= 1
            if passed:
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
    click.option(
        "--timeout",
        type=click.FloatRange(min=0),
        default=DEFAULT_TIMEOUT,
        show_default=True,
        envvar=TIMEOUT_ENV,
        metavar="SECONDS",
        help="Give up an article whose analysis takes longer than this (per 10,000 characters): it is "
        "reported as failed and the run goes on. 0: no limit. Also $MUSK_OPENAI_TIMEOUT.",
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


class _CtrlC:
    """Remembers that Ctrl-C was pressed. Libraries may swallow the KeyboardInterrupt (raised in
    a finaliser it is only printed) or turn it into their own error as they shut down (a Dask
    client cancels its work): whatever happens next, the run ends as interrupted, exit 130."""

    pressed = False

    @classmethod
    def handler(cls, signum: int, frame: Any) -> None:
        cls.pressed = True
        raise KeyboardInterrupt

    @classmethod
    @contextmanager
    def watched(cls) -> Iterator[None]:
        import signal
        import threading

        # only where Python's own handler is in place: a Ctrl-C ignored by whoever started us stays so
        installed = (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        )
        cls.pressed = False
        if installed:
            signal.signal(signal.SIGINT, cls.handler)
        try:
            yield
        finally:
            if installed:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    @classmethod
    def check(cls) -> None:
        """Between two results: a Ctrl-C that a library swallowed still stops the run."""
        if cls.pressed:
            raise KeyboardInterrupt


def _guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one-line messages with exit code 1; Ctrl-C exits 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            with _CtrlC.watched():
                try:
                    return func(*args, **kwargs)
                except Exception:
                    if _CtrlC.pressed:  # an error of the shutdown Ctrl-C started
                        raise KeyboardInterrupt from None
                    raise
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


_db_option = click.option(
    "--db", metavar="FILE", help="Answer from a database written by `export -o FILE.db` (nothing is analysed)."
)


@contextmanager
def _database(run: Run, path: str) -> Iterator[Any]:
    if run.paths:
        raise click.UsageError("give PATHs to analyse or --db FILE to query, not both")
    from musk_openai.database.reader import Reader

    with Reader(path) as reader:
        yield reader


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
@reading_options(FORMATS + VIEW_FORMATS)
@click.option("--actor", metavar="NAME", help="Only events involving NAME (any alias, any case or accents).")
@click.option("--from", "start", callback=_parse_bound, metavar="DATE", help="Only events ending on or after DATE.")
@click.option("--to", "end", callback=_parse_bound, metavar="DATE", help="Only events starting on or before DATE.")
@click.option("--include-quoted", is_flag=True, help="Also dates that appear inside quotations.")
@click.option("--with-quotes", is_flag=True, help="HTML page: show quotations of each event's actors.")
@click.option("--title", metavar="TEXT", help="Title of the HTML page or of the TimelineJS timeline.")
@_db_option
@_guard
def timeline_show(
    run: Run,
    actor: Optional[str],
    start: Optional[tuple[dt.date, dt.date]],
    end: Optional[tuple[dt.date, dt.date]],
    include_quoted: bool,
    with_quotes: bool,
    title: Optional[str],
    db: Optional[str],
) -> None:
    """Print the timeline of dated events, in chronological order. An event reported by several
    articles is one row listing every source. Formats for people: html (one self-contained page),
    timelinejs (TimelineJS JSON; its Google Sheets CSV with timelinejs-csv or an -o ending in .csv).

    \b
    Example:
      musk-openai timeline show --actor Dupont --from 2017
      musk-openai timeline show article.txt --dct 2012-06-22 --format csv -o timeline.csv
      musk-openai timeline show corpus.jsonl --format html --with-quotes -o story.html
      musk-openai timeline show --db news.db --actor Dupont --from 2015
    """
    from musk_openai import api, export
    from musk_openai.models import Event, Quote, TimelineRow

    events: list[Event] = []
    quotes: list[Quote] = []
    failed = []
    first, last = start[0] if start else None, end[1] if end else None
    if db:
        with _database(run, db) as reader:
            events = list(reader.events(actor, first, last, include_quoted))
            quotes = list(reader.quotes()) if with_quotes else []
    for result in run.results() if not db else ():
        if export.is_failure(result):
            failed.append(result)
            continue
        events += api.timeline([result], actor, first, last, include_quoted)
        quotes += result.quotes if with_quotes else []
    rows = api.timeline_rows(events)
    fmt = run.format()
    if with_quotes and fmt != "html":
        warn("--with-quotes only changes the HTML page (--format html)")
    if fmt not in VIEW_FORMATS:
        # a failed article: an error record after the rows (jsonl), on stderr only otherwise
        return _write(run, TimelineRow, [*rows, *failed], _table("timeline_table"))
    from musk_openai import views

    with export.output(run.output) as out:
        views.write(fmt, rows, out, quotes if with_quotes else None, title, run.output, run.escape)


@main.command("quotes")
@reading_options()
@click.option("--speaker", metavar="NAME", help="Only quotes by NAME (any alias; case and accents ignored).")
@click.option("--kind", type=click.Choice(["direct", "partial"]), help="Only direct or partial quotes.")
@_db_option
@click.option("--search", metavar="TEXT", help="With --db: only quotes containing every word of TEXT (full-text).")
@_guard
def quotes_command(
    run: Run, speaker: Optional[str], kind: Optional[str], db: Optional[str], search: Optional[str]
) -> None:
    """List attributed quotations: who said what, to whom, when.

    With --db, quotes come from a corpus database, in date order.

    \b
    Example:
      musk-openai quotes --speaker Dupont --format json
      musk-openai quotes articles.jsonl --kind direct --format csv -o quotes.csv
      musk-openai quotes --db news.db --search "contrôle absolu"
    """
    from musk_openai import api
    from musk_openai.models import Quote

    if search and not db:
        raise click.UsageError("--search needs --db FILE, a database written by: musk-openai export PATH -o FILE.db")
    if db:
        with _database(run, db) as reader:
            _write(run, Quote, reader.quotes(speaker, kind, search), _table("quotes_table"))
        return
    items = _items(run, lambda document: api.quotes([document], speaker, kind))
    _write(run, Quote, items, _table("quotes_table"))


@main.command("dates")
@reading_options()
@_db_option
@_guard
def dates_command(run: Run, db: Optional[str]) -> None:
    """List every temporal expression found, normalised (TIMEX3 values).

    \b
    Recognised, one example per family:
      full dates                      le 3 février 2016
      numeric dates                   14/03/2019, 02/11/09, 2019-03-14
      months and years                en mars 2019
      two-digit and spelled years     mars 96, en deux mille douze
      decades and centuries           les années soixante-dix
      fuzzy parts and open bounds     début 2018
      seasons, quarters, weeks        la deuxième semaine de 2031
      named days, computed per year   Noël, Pâques, la fête des mères
      a day with its time             mardi 8 mars à 15 h, demain matin
      clock times                     à 17 h 30 (on the day in context)
      ranges (one event, until)       du 3 au 5 mars, 22-24 avril
      relative to publication, tense  il a signé jeudi, le 12 octobre dernier
      relative to the previous date   le lendemain, deux jours plus tard
      parts of the current period     en début de mois

    Yearless dates and bare weekdays are placed by the tense of their verb; parts of
    the day are TIMEX3 values ("hier soir": 2012-06-21TEV); "les six derniers mois" is
    the duration P6M over the six months before the publication date. Words such as
    "actuellement" or "désormais" are not dates and are not listed.

    \b
    Example:
      musk-openai dates article.txt --dct 2012-06-22
      musk-openai dates --db news.db --format csv -o dates.csv
    """
    from musk_openai.models import TemporalValue

    if db:
        with _database(run, db) as reader:
            _write(run, TemporalValue, reader.dates(), _table("dates_table"))
        return
    items = _items(run, lambda document: document.dates)
    _write(run, TemporalValue, items, _table("dates_table"))


@main.command("entities")
@reading_options()
@_db_option
@_guard
def entities_command(run: Run, db: Optional[str]) -> None:
    """List people and organisations with their aliases and number of quotes.

    With --db: one row per person or organisation of the whole corpus (merged across articles).

    \b
    Example:
      musk-openai entities --format json
      musk-openai entities --db news.db
    """
    from musk_openai.models import Entity, Person

    if db:
        with _database(run, db) as reader:
            _write(run, Person, reader.people(), _table("people_table"))
        return
    items = _items(run, lambda document: document.entities)
    _write(run, Entity, items, _table("entities_table"))


@main.command("export")
@reading_options(formats=("json", "jsonl", "csv", "sqlite"))
@click.option(
    "--resume",
    is_flag=True,
    help="Keep the articles FILE (-o, jsonl or csv) already holds and append the others as they finish "
    "(a database always keeps what it holds).",
)
@_guard
def export_command(run: Run, resume: bool) -> None:
    """Export everything: one object per article (json, jsonl), one row per item (csv), or a
    corpus database (sqlite, also chosen by -o FILE.db / .sqlite / .sqlite3).

    The CSV has a "type" column (event, quote, date, entity; a "document" row closes each
    article) and one column per field. Results are written as articles finish, so a large
    corpus streams in constant memory. A failed article gives an error record (jsonl) or an
    "error" row (csv). With --resume, a run that was stopped continues where it ended.
    A database is updated in place: articles already in it are skipped, changed ones replaced.

    \b
    Example:
      musk-openai export --format csv -o out.csv
      musk-openai export corpus.jsonl --format jsonl -o results.jsonl --jobs 2
      musk-openai export corpus.jsonl --format jsonl -o results.jsonl --resume
      musk-openai export corpus.jsonl -o news.db
    """
    from musk_openai import export
    from musk_openai.database import is_database_path
    from musk_openai.resume import RESUMABLE

    if run.fmt == "sqlite" or (run.fmt is None and is_database_path(run.output)):
        _export_database(run)
        return
    if run.fmt is None:
        raise click.UsageError("export needs --format json, jsonl, csv or sqlite (or -o FILE.db)")
    if resume and (run.output in (None, "-") or run.fmt not in RESUMABLE):
        raise click.UsageError(f"--resume needs -o FILE and --format {' or '.join(RESUMABLE)} (or sqlite)")
    with export.export_file(run.fmt, run.output, run.escape, resume) as out:
        for result in run.results(skip=out.done):
            out.write(result)


def _export_database(run: Run) -> None:
    if run.output in (None, "-"):
        raise click.UsageError("--format sqlite writes a database file: give -o FILE.db")
    from musk_openai.database.datasette import write_metadata
    from musk_openai.database.writer import DatabaseWriter

    with DatabaseWriter(run.output) as writer:
        metadata = write_metadata(run.output)
        summary = writer.write(run.documents(skip=lambda article: writer.skip(article, run.model)))
    if not run.quiet:
        click.echo(f"{run.output}: {summary}", err=True)
        click.echo(f"browse it with: datasette {run.output} -m {metadata}", err=True)


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
    matched = data["quotes"]["matched"]
    out.print(
        f"value accuracy on span-matched dates: {data['value_accuracy']:.3f} "
        f"({data['values_right']}/{data['dates_relaxed']['matched']})"
    )
    out.print(
        f"speaker accuracy on matched quotations: {data['speaker_accuracy']:.3f} "
        f"({data['speakers_right']}/{matched}); wrong speaker {data['wrong_speaker_rate']:.3f} "
        f"({data['speakers_wrong']}), missing speaker {data['missing_speaker_rate']:.3f} ({data['speakers_missing']}); "
        f"right entity, any form of its name {data['speaker_entity_accuracy']:.3f}"
    )
    if data["events"]["gold"]:
        ev, act = data["events"], data["events"]["actors"]
        out.print(
            f"headlines acceptable: {ev['acceptability']:.3f} ({ev['acceptable']}/{ev['gold']} gold events, "
            f"{ev['matched']} found); actors P {act['precision']:.3f} R {act['recall']:.3f} F1 {act['f1']:.3f}"
        )
    if show_errors:
        for error in data["errors"]:
            out.print(safe(json.dumps(error, ensure_ascii=False)))


if __name__ == "__main__":
    main()
