"""Tables of the corpus database, as data: the writer creates them with sqlite-utils, the reader,
the README and the Datasette metadata describe them from here.

Dates are ISO strings (`YYYY-MM-DD`), so they sort and compare as text; booleans are 0/1;
lists (aliases, actors) are JSON arrays. Spans are `span_start`/`span_end` character offsets
into `articles.text` (`end` is an SQL keyword).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

# Bumped when a table changes in a way older databases cannot be read with.
FORMAT = 1
STATE_TABLE = "_musk_openai"

ForeignKey = tuple[str, str, str]  # column, other table, other column


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: dict[str, type]
    pk: Union[str, tuple[str, ...]] = "id"
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    indexes: list[tuple[str, ...]] = field(default_factory=list)
    search: tuple[str, ...] = ()  # columns with FTS5 full-text search
    not_null: frozenset[str] = frozenset()


ARTICLES = Table(
    "articles",
    "One row per article: where it came from, when it was published, how it was analysed.",
    {
        "id": str,
        "title": str,
        "dct": str,
        "dct_source": str,
        "year": int,
        "words": int,
        "text_hash": str,
        "model": str,
        "tool_version": str,
        "text": str,
    },
    indexes=[("dct",)],
    not_null=frozenset({"text", "text_hash"}),
)

PEOPLE = Table(
    "people",
    "One row per person or organisation across the corpus. Names are merged across articles only "
    "when it is safe: the same full name, or a family name alone that only one full name in the "
    "corpus carries (never two first names).",
    {
        "id": int,
        "name": str,
        "kind": str,
        "aliases": str,
        "articles": int,
        "mentions": int,
        "quotes": int,
        "folded_names": str,  # the name and aliases in lower case without accents, one a line
    },
    indexes=[("name",)],
    not_null=frozenset({"name", "kind"}),
)

MENTIONS = Table(
    "mentions",
    "Each article's people and organisations (as `entities` lists them), linked to their `people` row.",
    {
        "id": int,
        "article_id": str,
        "name": str,
        "kind": str,
        "aliases": str,
        "mentions": int,
        "quotes": int,
        "person_id": int,
    },
    foreign_keys=[("article_id", "articles", "id"), ("person_id", "people", "id")],
    indexes=[("article_id",), ("person_id",), ("name", "kind", "person_id")],
    not_null=frozenset({"article_id", "name", "kind"}),
)

DATES = Table(
    "dates",
    "Every temporal expression, normalised (TIMEX3 value) and placed on the calendar "
    "(interval_start..interval_end: the earliest and latest day it can mean).",
    {
        "id": int,
        "article_id": str,
        "span_start": int,
        "span_end": int,
        "text": str,
        "value": str,
        "granularity": str,
        "mod": str,
        "interval_start": str,
        "interval_end": str,
        "year": int,
        "anchor": str,
        "quoted": int,
        "range_role": str,
        "dateline": int,
    },
    foreign_keys=[("article_id", "articles", "id")],
    indexes=[("article_id",), ("interval_start",), ("interval_end",)],
    not_null=frozenset({"article_id", "text", "value"}),
)

QUOTATIONS = Table(
    "quotations",
    "One row per distinct quotation (same words once quotation marks and spaces are normalised), "
    "with its most likely speaker, its first and last date, and how many articles carry it.",
    {
        "id": int,
        "text": str,
        "person_id": int,
        "occurrences": int,
        "articles": int,
        "first_date": str,
        "last_date": str,
        "year": int,
    },
    foreign_keys=[("person_id", "people", "id")],
    indexes=[("person_id",), ("first_date",)],
    search=("text",),
    not_null=frozenset({"text"}),
)

QUOTES = Table(
    "quotes",
    "One row per quotation in an article: who said it, to whom, when. `date` is the day it is "
    "placed on: the start of its date when the text dates it, otherwise the article's publication date.",
    {
        "id": int,
        "article_id": str,
        "span_start": int,
        "span_end": int,
        "text": str,
        "kind": str,
        "closed": int,
        "speaker": str,
        "speaker_mention": str,
        "person_id": int,
        "speaker_id": int,
        "cue": str,
        "addressee": str,
        "addressee_id": int,
        "date_id": int,
        "date": str,
        "year": int,
        "attribution": str,
        "quotation_id": int,
    },
    foreign_keys=[
        ("article_id", "articles", "id"),
        ("person_id", "people", "id"),
        ("speaker_id", "mentions", "id"),
        ("addressee_id", "mentions", "id"),
        ("date_id", "dates", "id"),
        ("quotation_id", "quotations", "id"),
    ],
    indexes=[("article_id",), ("person_id",), ("speaker_id",), ("addressee_id",), ("date",), ("quotation_id",)],
    search=("text",),
    not_null=frozenset({"article_id", "text", "kind"}),
)

EVENTS = Table(
    "events",
    "Dated events (the timeline). date_start..date_end place the event's date on the calendar "
    "(null when it cannot be placed); until_end is the end of a range's second bound.",
    {
        "id": int,
        "article_id": str,
        "span_start": int,
        "span_end": int,
        "headline": str,
        "sentence": str,
        "date_id": int,
        "until_id": int,
        "date_start": str,
        "date_end": str,
        "until_end": str,
        "year": int,
        "quoted": int,
        "actors": str,
    },
    foreign_keys=[("article_id", "articles", "id"), ("date_id", "dates", "id"), ("until_id", "dates", "id")],
    indexes=[("article_id",), ("date_start",), ("date_end",)],
    search=("headline", "sentence"),
    not_null=frozenset({"article_id", "date_id", "headline"}),
)

EVENT_ACTORS = Table(
    "event_actors",
    "The people and organisations involved in each event, in the order the event lists them.",
    {"event_id": int, "position": int, "mention_id": int, "person_id": int},
    pk=("event_id", "position"),
    foreign_keys=[("event_id", "events", "id"), ("mention_id", "mentions", "id"), ("person_id", "people", "id")],
    indexes=[("person_id",), ("mention_id",)],
)

# In creation order (a table's foreign keys point to tables created before it).
TABLES = (ARTICLES, PEOPLE, MENTIONS, DATES, QUOTATIONS, QUOTES, EVENTS, EVENT_ACTORS)
# FTS5: accents and case ignored ("controle" finds "contrôle").
TOKENIZE = "unicode61 remove_diacritics 2"
