"""Terminal tables (rich). Article text is never read as markup, and control
characters are made visible, so a quote cannot restyle or hijack the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from musk_openai.models import Entity, Event, Person, Quote, TemporalValue
from musk_openai.text import neutralise


def safe(value: object, limit: Optional[int] = None) -> Text:
    text = "" if value is None else str(value)
    text = neutralise(text).replace("\n", " ")
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return Text(text)


def _date(value: Optional[TemporalValue]) -> str:
    if value is None:
        return ""
    mod = f" {value.mod.value}" if value.mod else ""
    return f"{value.value}{mod}"


def _table(title: str, columns: Sequence[str]) -> Table:
    table = Table(title=title, show_lines=False, highlight=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def timeline_table(events: Sequence[Event]) -> Table:
    """Events, or merged rows (`TimelineRow`); over several articles, a column says which
    articles report each row."""
    sources = [getattr(event, "sources", None) or [event.document] for event in events]
    corpus = len({s for row in sources for s in row}) > 1
    columns = ["date (as written)", "normalised", "headline", "actors"] + (["sources"] if corpus else [])
    table = _table("Timeline", columns)
    for event, found in zip(events, sources, strict=True):
        written = event.date.text + (f" → {event.until.text}" if event.until else "")
        normalised = _date(event.date) + (f" → {_date(event.until)}" if event.until else "")
        cells = [safe(written), safe(normalised), safe(event.headline), safe(", ".join(event.actors))]
        table.add_row(*cells, *([safe(", ".join(found))] if corpus else []))
    return table


def quotes_table(quotes: Sequence[Quote]) -> Table:
    table = _table("Quotations", ["speaker", "quote", "kind", "to", "date", "cue"])
    for quote in quotes:
        text = quote.text + ("" if quote.closed else " [unclosed]")
        table.add_row(
            safe(quote.speaker or "?"),
            safe(text, 160),
            safe(quote.kind.value),
            safe(quote.addressee),
            safe(_date(quote.date)),
            safe(quote.cue),
        )
    return table


def dates_table(dates: Sequence[TemporalValue]) -> Table:
    table = _table("Temporal expressions", ["text", "value", "mod", "interval", "anchor", "in quote"])
    for date in dates:
        interval = f"{date.interval[0]} … {date.interval[1]}" if date.interval else ""
        table.add_row(
            safe(date.text),
            safe(date.value),
            safe(date.mod.value if date.mod else ""),
            safe(interval),
            safe(date.anchor),
            safe("yes" if date.quoted else ""),
        )
    return table


def entities_table(entities: Sequence[Entity]) -> Table:
    table = _table("Entities", ["name", "kind", "aliases", "mentions", "quotes"])
    for entity in entities:
        table.add_row(
            safe(entity.name),
            safe(entity.kind.value),
            safe(", ".join(entity.aliases)),
            safe(entity.mentions),
            safe(entity.quotes),
        )
    return table


def people_table(people: Sequence[Person]) -> Table:
    table = _table("People", ["name", "kind", "aliases", "articles", "mentions", "quotes"])
    for person in people:
        table.add_row(
            safe(person.name),
            safe(person.kind.value),
            safe(", ".join(person.aliases), 120),
            safe(person.articles),
            safe(person.mentions),
            safe(person.quotes),
        )
    return table


def console(out: TextIO) -> Console:
    # colour only on a terminal; rich also honours NO_COLOR
    return Console(file=out, highlight=False, markup=False, emoji=False, soft_wrap=False)
