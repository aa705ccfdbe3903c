"""The one place that turns annotated spaCy docs into the contract's pydantic models."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from typing import Optional

from spacy.tokens import Doc

from musk_openai.entities import EntityIndex
from musk_openai.headlines import HeadlineReader
from musk_openai.models import Document, Entity, Event, Quote, TemporalValue
from musk_openai.quotes.component import SPAN_KEY as QUOTES_KEY
from musk_openai.quotes.component import QuoteInfo
from musk_openai.temporal.component import SPAN_KEY as DATES_KEY
from musk_openai.temporal.component import TimexInfo
from musk_openai.text import doc_text


def to_document(doc: Doc, document: str, model: str = "", dct_source: Optional[str] = None) -> Document:
    text = doc_text(doc)
    quote_infos: list[QuoteInfo] = [s._.quote for s in doc.spans.get(QUOTES_KEY, [])] if QUOTES_KEY in doc.spans else []
    quote_ranges = [(q.start, q.end) for q in quote_infos]
    timexes: list[TimexInfo] = [s._.timex for s in doc.spans[DATES_KEY]] if DATES_KEY in doc.spans else []
    in_quote = _inside(quote_ranges)
    dates = [_temporal(text, t, document, in_quote) for t in timexes]
    by_span = {tuple(d.span): d for d in dates}
    index: EntityIndex = doc._.entity_index or EntityIndex.from_doc(doc)

    events: list[Event] = []
    reader = HeadlineReader(doc, index, quote_ranges, doc.spans[DATES_KEY] if DATES_KEY in doc.spans else [])
    for k, (timex, date) in enumerate(zip(timexes, dates, strict=True)):
        if timex.dateline or timex.role == "until":
            continue
        until = dates[k + 1] if timex.role == "from" and k + 1 < len(dates) else None
        events.append(_event(doc, reader, timex, date, until, document))

    quotes = [
        Quote(
            text=text[q.start : q.end],
            span=(q.start, q.end),
            speaker=q.speaker,
            speaker_mention=q.speaker_mention,
            cue=q.cue,
            addressee=q.addressee,
            kind=q.kind,
            closed=q.closed,
            date=by_span.get(q.date) if q.date else None,
            attribution=q.attribution,
            document=document,
        )
        for q in quote_infos
    ]
    quote_counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker:
            quote_counts[quote.speaker] = quote_counts.get(quote.speaker, 0) + 1
    entities = [
        Entity(
            name=c.name,
            kind=c.kind,
            aliases=sorted(c.aliases),
            mentions=sum(c.aliases.values()),
            quotes=quote_counts.get(c.name, 0),
            document=document,
        )
        for c in index.clusters
    ]
    dct = doc._.dct if isinstance(doc._.dct, dt.date) else None
    return Document(
        document=document,
        text=text,
        dct=dct,
        dct_source=doc._.dct_source or (dct_source if dct else None),
        model=model,
        dates=dates,
        events=events,
        quotes=quotes,
        entities=entities,
    )


def _temporal(text: str, timex: TimexInfo, document: str, inside: Callable[[int], bool]) -> TemporalValue:
    resolved = timex.resolved
    return TemporalValue(
        text=text[timex.start : timex.end],
        value=resolved.value,
        granularity=resolved.granularity,
        mod=resolved.mod,
        interval=resolved.interval,
        span=(timex.start, timex.end),
        document=document,
        anchor=resolved.anchor,
        quoted=inside(timex.start),
        range_role=timex.role,
        dateline=timex.dateline,
    )


def _inside(ranges: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test for "this character offset is inside a quotation" (quotations do not overlap)."""
    starts = [start for start, _ in ranges]

    def inside(position: int) -> bool:
        k = bisect.bisect_right(starts, position) - 1
        return k >= 0 and ranges[k][0] <= position < ranges[k][1]

    return inside


def _event(
    doc: Doc,
    reader: HeadlineReader,
    timex: TimexInfo,
    date: TemporalValue,
    until: Optional[TemporalValue],
    document: str,
) -> Event:
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    assert span is not None
    reading = reader.read(span)
    text = doc_text(doc)
    start = doc[reading.start].idx
    end = doc[reading.end - 1].idx + len(doc[reading.end - 1].text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return Event(
        date=date,
        until=until,
        headline=reading.headline,
        sentence=text[start:end],
        actors=reading.actors,
        span=(start, end),
        document=document,
    )
