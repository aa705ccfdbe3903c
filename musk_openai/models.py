"""Pydantic models of the public contract (../shared/spec/CONTRACT.md).

No spaCy here: these models are what the CLI, exporters and evaluator exchange.
Every item carries a character span into the document text; `Document` checks
that each span slices to the item's text, so a corrupt offset can never leave.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator


class Granularity(str, Enum):
    time = "time"
    day = "day"
    week = "week"
    month = "month"
    season = "season"
    quarter = "quarter"
    half = "half"
    year = "year"
    decade = "decade"
    century = "century"


class Mod(str, Enum):
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"
    BEFORE = "BEFORE"
    AFTER = "AFTER"


class QuoteKind(str, Enum):
    direct = "direct"
    partial = "partial"


class EntityKind(str, Enum):
    person = "person"
    organisation = "organisation"


def _check_span(span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    if start < 0 or end < start:
        raise ValueError(f"invalid span {span}: need 0 <= start <= end")
    return span


# Character offsets [start, end) into the document text.
Span = Annotated[tuple[int, int], AfterValidator(_check_span)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class TemporalValue(_Strict):
    text: str
    value: str
    granularity: Granularity
    mod: Optional[Mod] = None
    # None when the expression cannot be placed on the calendar (no anchor known,
    # or an open bound such as "avant 2015").
    interval: Optional[tuple[dt.date, dt.date]] = None
    span: Span
    document: str = ""
    # How the value was obtained: "absolute", "dct" (deictic, anchored on the
    # publication date), "previous" (anaphoric, anchored on the previous date),
    # or "unanchored" (unknown parts left as X).
    anchor: str = "absolute"
    quoted: bool = False
    # "from"/"until" when the expression is one bound of a range.
    range_role: Optional[str] = None
    dateline: bool = False

    @model_validator(mode="after")
    def _interval_ordered(self) -> TemporalValue:
        if self.interval is not None and self.interval[0] > self.interval[1]:
            raise ValueError(f"interval start {self.interval[0]} is after end {self.interval[1]}")
        return self


class Event(_Strict):
    date: TemporalValue
    until: Optional[TemporalValue] = None
    headline: str
    sentence: str
    actors: list[str] = []
    span: Span
    document: str = ""


class Occurrence(_Strict):
    """Where a merged timeline row was reported: one article's sentence."""

    document: str
    span: Span
    sentence: str


class TimelineRow(Event):
    """An event as reported by one or more articles (`timeline show`): the Event fields of its
    first occurrence, every occurrence, and the distinct source documents in order."""

    occurrences: list[Occurrence] = []
    sources: list[str] = []


class Quote(_Strict):
    text: str
    span: Span
    speaker: Optional[str] = None
    speaker_mention: Optional[str] = None
    cue: Optional[str] = None
    addressee: Optional[str] = None
    kind: QuoteKind
    closed: bool = True
    date: Optional[TemporalValue] = None
    attribution: Optional[str] = None
    document: str = ""


class Entity(_Strict):
    name: str
    kind: EntityKind
    aliases: list[str]
    mentions: int
    quotes: int = 0
    document: str = ""


class Person(_Strict):
    """One person or organisation across a corpus (the `people` table of a corpus database)."""

    id: int
    name: str
    kind: EntityKind
    aliases: list[str]
    articles: int
    mentions: int
    quotes: int = 0


class Document(_Strict):
    """Everything extracted from one article."""

    document: str
    text: str
    title: Optional[str] = None
    dct: Optional[dt.date] = None
    # Where the publication date came from: "option", "corpus", "dateline" or None.
    dct_source: Optional[str] = None
    model: str = ""
    dates: list[TemporalValue] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    entities: list[Entity] = []

    @model_validator(mode="after")
    def _spans_slice_to_text(self) -> Document:
        for kind, item, expected in self._spanned():
            start, end = item.span
            if end > len(self.text) or self.text[start:end] != expected:
                raise ValueError(f"{kind} span {item.span} does not slice to its text {expected!r}")
        return self

    def _spanned(self) -> Iterator[tuple[str, TemporalValue | Event | Quote, str]]:
        for date in self.dates:
            yield "date", date, date.text
        for event in self.events:
            yield "event", event, event.sentence
            yield "event date", event.date, event.date.text
            if event.until is not None:
                yield "event until", event.until, event.until.text
        for quote in self.quotes:
            yield "quote", quote, quote.text
            if quote.date is not None:
                yield "quote date", quote.date, quote.date.text


class Failure(_Strict):
    """An article the analysis failed on: it stands in the article's place in the output
    (a JSONL error record, a CSV row of type `error`) so that the rest of a run is kept."""

    document: str
    error: str  # "<exception class>: <message>", on one line
    # Identifies the article's text, so `export --resume` knows this article was already seen.
    text_sha256: str = ""
    # For --debug only; never written to an output.
    traceback: str = Field(default="", exclude=True)
