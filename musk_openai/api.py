"""Library core: analyse articles, then query the results.

from musk_openai.api import analyse_text, timeline
doc = analyse_text("Le 3 mars 2021, Jean Dupont a déclaré : « Nous partons. »")
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Optional

from musk_openai import DEFAULT_MODEL
from musk_openai.cache import Cache
from musk_openai.cache import key as cache_key
from musk_openai.deadline import DEFAULT_SECONDS as DEFAULT_TIMEOUT
from musk_openai.errors import ArticleError
from musk_openai.models import Document, Entity, Event, Failure, Quote, TimelineRow
from musk_openai.reading import Article
from musk_openai.text import fold


def analyse(
    articles: Iterable[Article],
    model: Optional[str] = None,
    *,
    jobs: int = 1,
    cache: Optional[Cache] = None,
    batch_size: Optional[int] = None,
    dask: Optional[str] = None,
    failures: bool = False,
    timeout: Optional[float] = DEFAULT_TIMEOUT,
) -> Iterator[Document | Failure]:
    """Documents in input order, streamed.

    Cached results are answered here, without importing spaCy or sending anything anywhere;
    the misses go in batches to a runner: this process, `jobs` worker processes, or the Dask
    scheduler at `dask` ("tcp://host:8786", or "local" for a cluster on this machine).
    Articles are read in bounded blocks, so memory stays flat however long the input is.

    An article whose analysis fails raises ArticleError; with `failures=True` it gives a
    Failure in its place instead, and the run goes on. So does one that takes longer than
    `timeout` seconds (per 10,000 characters; None or 0: no limit).
    """
    from musk_openai import runners

    model = model or DEFAULT_MODEL
    runner = runners.choose(model, jobs=jobs, dask=dask, batch_size=batch_size, timeout=timeout)
    size = runner.batch_size
    pending: collections.deque[tuple[Article, str, Optional[Document]]] = collections.deque()
    spans: collections.deque[int] = collections.deque()  # how many pending articles each batch covers

    def batches() -> Iterator[list[Article]]:
        misses: list[Article] = []
        covered = 0
        for article in articles:
            entry = cache_key(article.text, article.dct, model, article.document) if cache is not None else ""
            hit = cache.get(entry) if cache is not None else None
            pending.append((article, entry, hit))
            covered += 1
            if hit is None:
                misses.append(article)
            # a run of cached articles also closes a batch, so that they are answered promptly
            if len(misses) >= size or covered >= 4 * size:
                spans.append(covered)
                yield misses
                misses, covered = [], 0
        if covered:
            spans.append(covered)
            yield misses

    try:
        for results in runner.map(batches()):
            computed = iter(results)
            for _ in range(spans.popleft()):
                article, entry, found = pending.popleft()
                result = found if found is not None else next(computed)
                if isinstance(result, Failure):
                    if not failures:
                        raise ArticleError(result.document, result.error)
                else:
                    if found is None and cache is not None:
                        cache.put(entry, result)
                    if result.title != article.title:
                        # the title is not part of the cache key: it comes from the article
                        result = result.model_copy(update={"title": article.title})
                yield result
    finally:
        runner.close()


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
