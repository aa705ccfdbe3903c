"""One timeline row per event, however many articles report it.

Two events are the same when their dates are the same (value, granularity, mod and range end),
their actors overlap (or neither names any) and their headlines say nearly the same thing
(the same content words, allowing for a few more on one side). The row keeps the first
occurrence's fields and lists every occurrence and source. Pure: no spaCy here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from musk_openai.models import Event, Occurrence, TimelineRow
from musk_openai.text import fold

# Words too common to tell two headlines apart.
_STOPWORDS = frozenset(
    """
le la les l un une des de du d au aux a à et ou en par pour sur avec dans que qu qui ne n pas plus
se s sa son ses leur leurs ce cet cette ces il elle ils elles on est sont été être avait avaient
ont eu y
""".split()
)
SIMILAR = 0.6  # Jaccard of content words (or 0.8 of the shorter headline's words)


def content_words(headline: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", fold(headline)) if w not in _STOPWORDS and len(w) > 1)


def similar_headlines(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return fold(a) == fold(b)
    shared = len(wa & wb)
    return shared / len(wa | wb) >= SIMILAR or shared / min(len(wa), len(wb)) >= 0.8


def _names_meet(a: str, b: str) -> bool:
    """ "Dupont" and "Jean Dupont" name the same actor across articles."""
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def actors_overlap(a: list[str], b: list[str]) -> bool:
    if not a and not b:
        return True
    return any(_names_meet(x, y) for x in a for y in b)


def _date_key(event: Event) -> tuple:
    until = event.until
    return (
        event.date.value,
        event.date.granularity,
        event.date.mod,
        (until.value, until.granularity, until.mod) if until is not None else None,
    )


def same_event(a: Event, b: Event) -> bool:
    return (
        _date_key(a) == _date_key(b)
        and actors_overlap(a.actors, b.actors)
        and (similar_headlines(a.headline, b.headline) or a.sentence == b.sentence)
    )


def _occurrence(event: Event) -> Occurrence:
    return Occurrence(document=event.document, span=event.span, sentence=event.sentence)


def merge_events(events: Iterable[Event]) -> list[TimelineRow]:
    """Rows in the order of their first occurrence; sort them afterwards (`api.sort_key`)."""
    rows: list[TimelineRow] = []
    by_date: dict[tuple, list[int]] = {}
    for event in events:
        key = _date_key(event)
        for k in by_date.get(key, []):
            row = rows[k]
            if same_event(row, event):
                row.occurrences.append(_occurrence(event))
                if event.document not in row.sources:
                    row.sources.append(event.document)
                break
        else:
            by_date.setdefault(key, []).append(len(rows))
            rows.append(TimelineRow(**dict(event), occurrences=[_occurrence(event)], sources=[event.document]))
    return rows
