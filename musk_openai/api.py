"""Library core: analyse articles, then query the results.

from musk_openai.api import analyse_text, timeline
doc = analyse_text("Le 3 mars 2021, Jean Dupont a déclaré : « Nous partons. »")
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Optional

from musk_openai import DEFAULT_MODEL, work
from musk_openai.cache import Cache
from musk_openai.cache import key as cache_key
from musk_openai.models import Document, Entity, Event, Quote, TimelineRow
from musk_openai.reading import Article
from musk_openai.text import fold


def analyse(
    articles: Iterable[Article],
    model: Optional[str] = None,
    *,
    jobs: int = 1,
    cache: Optional[Cache] = None,
    batch_size: int = 16,
) -> Iterator[Document]:
    """Documents in input order, streamed.

    Cached results are answered without importing spaCy. Misses run in this process,
    or with `jobs` > 1 in worker processes that each load the model once. Articles are
    read in bounded blocks, so memory stays flat however long the input is.
    """
    model = model or DEFAULT_MODEL
    if jobs <= 1:
        for block in _blocks(articles, max(32, batch_size * 4)):
            prepared = _prepared(block, model, cache)
            misses = [article for article, _, hit in prepared if hit is None]
            yield from _answer(prepared, work.extract(misses, model, batch_size), cache)
        return
    # Worker processes: the next block is queued while this one is written, so the
    # workers never wait; small task groups keep both busy to the end of a block.
    pool = None
    group = max(1, batch_size // 4)
    in_flight: collections.deque = collections.deque()
    try:
        for block in _blocks(articles, 64 * jobs):
            prepared = _prepared(block, model, cache)
            misses = [article for article, _, hit in prepared if hit is None]
            if pool is None and len(misses) >= 2 * jobs:
                pool = _pool(jobs, model)
            if pool is None:
                computed: Iterator[Document] = work.extract(misses, model, batch_size)
            else:
                groups = [misses[i : i + group] for i in range(0, len(misses), group)]
                computed = (Document.model_validate_json(d) for done in pool.imap(work.run_batch, groups) for d in done)
            in_flight.append((prepared, computed))
            if len(in_flight) > 1 or pool is None:
                yield from _answer(*in_flight.popleft(), cache)
        while in_flight:
            yield from _answer(*in_flight.popleft(), cache)
    finally:
        if pool is not None:
            pool.terminate()


Prepared = list[tuple[Article, str, Optional[Document]]]


def _prepared(block: list[Article], model: str, cache: Optional[Cache]) -> Prepared:
    """Each article with its cache key and its cached Document, if any."""
    if cache is None:
        return [(article, "", None) for article in block]
    keys = [cache_key(a.text, a.dct, model, a.document) for a in block]
    return [(article, k, cache.get(k)) for article, k in zip(block, keys, strict=True)]


def _answer(prepared: Prepared, computed: Iterator[Document], cache: Optional[Cache]) -> Iterator[Document]:
    """Cached and computed Documents, back in input order; new results go to the cache."""
    for article, entry, hit in prepared:
        if hit is not None:
            # the title is not part of the cache key: take it from the article
            yield hit if hit.title == article.title else hit.model_copy(update={"title": article.title})
            continue
        document = next(computed)
        if document.title != article.title:
            document = document.model_copy(update={"title": article.title})
        if cache is not None:
            cache.put(entry, document)
        yield document


def _blocks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    block: list[Article] = []
    for article in articles:
        block.append(article)
        if len(block) >= size:
            yield block
            block = []
    if block:
        yield block


def _pool(jobs: int, model: str):  # type: ignore[no-untyped-def]
    import multiprocessing

    # fork shares the already-imported modules (and a loaded model) with the workers
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method).Pool(jobs, initializer=work.init_worker, initargs=(model,))


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


def timeline_rows(events: Iterable[Event]) -> list[TimelineRow]:
    """One row per event however many articles report it (see `merge.py`), in calendar order."""
    from musk_openai.merge import merge_events

    return sorted(merge_events(sorted(events, key=sort_key)), key=sort_key)


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
