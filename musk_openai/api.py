"""Library core: analyse articles, then query the results.

from musk_openai.api import analyse_text, timeline
doc = analyse_text("Le 3 mars 2021, Jean Dupont a déclaré : « Nous partons. »")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Optional

from musk_openai.entities import fold
from musk_openai.models import Document, Entity, Event, Quote
from musk_openai.reading import Article


def analyse(articles: Iterable[Article], model: Optional[str] = None) -> Iterator[Document]:
    """Documents in input order. spaCy is imported here, not before: `--help` stays fast."""
    from musk_openai import extract, pipeline

    nlp = pipeline.load(model or pipeline.DEFAULT_MODEL)
    version = pipeline.model_version(nlp)
    pending: list[Article] = []

    def items() -> Iterator[tuple[str, Optional[dt.date]]]:
        for article in articles:
            pending.append(article)
            yield article.text, article.dct

    for doc in pipeline.annotate(nlp, items()):
        article = pending.pop(0)
        yield extract.to_document(doc, article.document, version, article.dct_source)


def analyse_text(
    text: str, dct: Optional[dt.date] = None, document: str = "-", model: Optional[str] = None
) -> Document:
    return next(analyse([Article(document, text, dct, "option" if dct else None)], model))


# -- queries ---------------------------------------------------------------------
def _aliases(doc: Document) -> dict[str, set[str]]:
    return {e.name: {fold(a) for a in e.aliases} | {fold(e.name)} for e in doc.entities}


def name_matches(query: str, names: Iterable[str]) -> bool:
    """Case- and accent-insensitive: "dupont" finds "Jean Dupont"."""
    wanted = fold(query).split()
    for name in names:
        words = fold(name).split()
        if all(any(w == x or (len(w) > 2 and x.startswith(w)) for x in words) for w in wanted):
            return True
    return False


def sort_key(event: Event) -> tuple[dt.date, dt.date]:
    interval = event.date.interval
    if interval is not None:
        return interval
    year = int(event.date.value[:4])
    # open bounds ("avant 2015") sort at their reference year
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def placeable(event: Event) -> bool:
    return event.date.interval is not None or event.date.value[:4].isdigit()


def timeline(
    docs: Iterable[Document],
    actor: Optional[str] = None,
    start: Optional[dt.date] = None,
    end: Optional[dt.date] = None,
    include_quoted: bool = False,
) -> list[Event]:
    """Events in chronological order (ties keep text order); undatable ones are left out."""
    events: list[Event] = []
    for doc in docs:
        aliases = _aliases(doc)
        for event in doc.events:
            if not placeable(event) or (event.date.quoted and not include_quoted):
                continue
            if actor and not any(name_matches(actor, aliases.get(a, {a})) for a in event.actors):
                continue
            low, high = sort_key(event)
            if event.until is not None and event.until.interval is not None:
                high = max(high, event.until.interval[1])
            if (start and high < start) or (end and low > end):
                continue
            events.append(event)
    return sorted(events, key=sort_key)


def quotes(docs: Iterable[Document], speaker: Optional[str] = None, kind: Optional[str] = None) -> list[Quote]:
    found: list[Quote] = []
    for doc in docs:
        aliases = _aliases(doc)
        for quote in doc.quotes:
            if kind and quote.kind.value != kind:
                continue
            if speaker:
                if quote.speaker is None or not name_matches(speaker, aliases.get(quote.speaker, {quote.speaker})):
                    continue
            found.append(quote)
    return found


def entities(docs: Iterable[Document]) -> list[Entity]:
    return [entity for doc in docs for entity in doc.entities]
