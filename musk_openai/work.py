"""Turning articles into Documents with the spaCy pipeline, wherever a runner executes it.

Long articles are cut at paragraph boundaries into pieces the pipeline can hold;
offsets are shifted back so every span still indexes the whole text.
"""

from __future__ import annotations

import signal
import traceback
from collections.abc import Iterable, Iterator
from typing import Optional

from musk_openai import deadline
from musk_openai.models import Document, Entity, Failure
from musk_openai.reading import Article
from musk_openai.text import text_hash

PIECE_CHARS = 100_000  # well under spaCy's max_length, and bounded memory per piece


def pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, text) pieces of at most `limit` characters, cut after a line break when possible."""
    if len(text) <= limit:
        return [(0, text)]
    found: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + limit // 2, end)
            end = cut + 1 if cut > 0 else end
        found.append((start, text[start:end]))
        start = end
    return found


def _shift(document: Document, offset: int) -> dict:
    data = document.model_dump()
    for item in data["dates"] + data["quotes"] + data["events"]:
        item["span"] = (item["span"][0] + offset, item["span"][1] + offset)
        for key in ("date", "until"):
            if item.get(key):
                item[key]["span"] = (item[key]["span"][0] + offset, item[key]["span"][1] + offset)
    return data


def _merge(article: Article, parts: list[tuple[int, Document]], model: str) -> Document:
    entities: dict[str, Entity] = {}
    merged: dict[str, list] = {"dates": [], "events": [], "quotes": []}
    for offset, document in parts:
        data = _shift(document, offset)
        for key in merged:
            merged[key].extend(data[key])
        for entity in document.entities:
            known = entities.get(entity.name)
            if known is None:
                entities[entity.name] = entity
            else:
                entities[entity.name] = known.model_copy(
                    update={
                        "aliases": sorted(set(known.aliases) | set(entity.aliases)),
                        "mentions": known.mentions + entity.mentions,
                        "quotes": known.quotes + entity.quotes,
                    }
                )
    first = parts[0][1]
    return Document.model_validate(
        {
            "document": article.document,
            "text": article.text,
            "dct": first.dct,
            "dct_source": first.dct_source,
            "model": model,
            **merged,
            "entities": [e.model_dump() for e in entities.values()],
        }
    )


def extract(articles: Iterable[Article], model: str, batch_size: int = 16) -> Iterator[Document]:
    """Documents in input order, with the pipeline loaded in this process."""
    from musk_openai import extract as to_models
    from musk_openai import pipeline

    nlp = pipeline.load(model)
    version = pipeline.model_label(nlp)
    short: list[Article] = []

    def flush() -> Iterator[Document]:
        items = ((a.text, a.dct) for a in short)
        for article, doc in zip(short, pipeline.annotate(nlp, items, batch_size), strict=True):
            yield to_models.to_document(doc, article.document, version, article.dct_source)
        short.clear()

    for article in articles:
        split = pieces(article.text, PIECE_CHARS)
        if len(split) == 1:
            short.append(article)
            if len(short) >= batch_size:
                yield from flush()
            continue
        yield from flush()
        parts: list[tuple[int, Document]] = []
        dct = article.dct
        for offset, text in split:
            doc = next(pipeline.annotate(nlp, [(text, dct)]))
            dct = doc._.dct  # a dateline found in the first piece anchors the others
            parts.append((offset, to_models.to_document(doc, article.document, version, article.dct_source)))
        yield _merge(article, parts, version)
    yield from flush()


def failure(article: Article, error: BaseException) -> Failure:
    message = " ".join(str(error).split())
    if len(message) > 300:
        message = message[:299] + "…"
    return Failure(
        document=article.document,
        error=f"{type(error).__name__}: {message}" if message else type(error).__name__,
        text_sha256=text_hash(article.text),
        traceback=traceback.format_exc(),
    )


def batch_budget(articles: list[Article], timeout: Optional[float]) -> Optional[float]:
    """The time a batch may take: the sum of its articles' limits (None: no limit)."""
    limits = [deadline.budget(len(a.text), timeout) for a in articles]
    return None if None in limits else sum(limits)  # type: ignore[arg-type]


def analyse_batch(
    articles: list[Article], model: str, batch_size: int = 16, timeout: Optional[float] = deadline.DEFAULT_SECONDS
) -> list[Document | Failure]:
    """One Document or Failure per article, in order, wherever this runs (this process, a worker
    process, a Dask worker). This is the one place where an article's error is caught for that
    article only: the batch goes through the pipeline together, and if anything in it raises or
    overruns the batch's time, its articles are redone one by one, each with its own limit
    (`timeout` seconds per 10,000 characters; None or 0: no limit), so that only the culprit fails."""
    from musk_openai import pipeline

    pipeline.load(model)  # a missing model stops the run: it is not one article's fault
    try:
        with deadline.time_limit(batch_budget(articles, timeout)):
            return list(extract(articles, model, batch_size))
    except Exception as error:  # noqa: BLE001 - any error is one article's failure
        if len(articles) == 1:
            return [failure(articles[0], error)]
    results: list[Document | Failure] = []
    for article in articles:
        try:
            with deadline.time_limit(deadline.budget(len(article.text), timeout)):
                results.extend(extract([article], model, 1))
        except Exception as error:  # noqa: BLE001
            results.append(failure(article, error))
    return results


def init_worker() -> None:
    # Ctrl-C is the parent's to handle: it stops the workers itself, so none is left behind.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_batch(
    articles: list[Article], model: str, batch_size: int, timeout: Optional[float] = deadline.DEFAULT_SECONDS
) -> list[str | Failure]:
    """Worker entry point: the model is loaded once per worker process (lru_cache).
    Documents travel as JSON, which pydantic writes and reads faster than pickle."""
    results = analyse_batch(articles, model, batch_size, timeout)
    return [r.model_dump_json() if isinstance(r, Document) else r for r in results]


def decode(results: list[str | Failure]) -> list[Document | Failure]:
    return [Document.model_validate_json(r) if isinstance(r, str) else r for r in results]
