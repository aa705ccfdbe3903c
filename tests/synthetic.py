"""Hand-built Documents (no spaCy): articles whose every quote, date, event and entity is known."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from musk_openai.models import Document, Entity, Event, Quote, TemporalValue

MODEL = "fr_core_news_md-3.8.0"


def article(
    doc_id: str,
    lines: list[tuple[str, str, str, Optional[str]]],
    *,
    dct: Optional[str] = None,
    title: Optional[str] = None,
    organisations: frozenset[str] = frozenset(),
    kind: str = "direct",
) -> Document:
    """One line per quotation: (speaker's name in this article, the words written before the
    verb, the quotation, ISO day or None). 'Le 2015-03-04, Marie Dupont a déclaré : « … »'."""
    text = ""
    dates: list[TemporalValue] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    entities: dict[str, set[str]] = {}
    for speaker, written, words, day in lines:
        line_start = len(text)
        date = None
        if day:
            text += "Le "
            start = len(text)
            text += day
            value = dt.date.fromisoformat(day)
            date = TemporalValue(
                text=day,
                value=day,
                granularity="day",
                interval=(value, value),
                span=(start, len(text)),
                document=doc_id,
            )
            dates.append(date)
            text += ", "
        text += f"{written} a déclaré : « "
        start = len(text)
        text += words
        quotes.append(
            Quote(
                text=words,
                span=(start, len(text)),
                speaker=speaker,
                speaker_mention=written,
                cue="déclarer",
                kind=kind,
                date=date,
                attribution="cue-subject",
                document=doc_id,
            )
        )
        text += " »"
        if date is not None:
            events.append(
                Event(
                    date=date,
                    headline=f"{speaker} a déclaré",
                    sentence=text[line_start:],
                    actors=[speaker],
                    span=(line_start, len(text)),
                    document=doc_id,
                )
            )
        text += "\n"
        entities.setdefault(speaker, {speaker})
        if written[:1].isupper():  # a name, not a pronoun
            entities[speaker].add(written)
    return Document(
        document=doc_id,
        text=text,
        title=title,
        dct=dt.date.fromisoformat(dct) if dct else None,
        dct_source="corpus" if dct else None,
        model=MODEL,
        dates=dates,
        events=events,
        quotes=quotes,
        entities=[
            Entity(
                name=name,
                kind="organisation" if name in organisations else "person",
                aliases=sorted(aliases),
                mentions=sum(1 for s, *_ in lines if s == name),
                quotes=sum(1 for s, *_ in lines if s == name),
                document=doc_id,
            )
            for name, aliases in entities.items()
        ],
    )
