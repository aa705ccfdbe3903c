"""Corpus-database test tools: hand-built Documents (no spaCy) whose every quote, date, event and
entity is known, and checks of a database's contents."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from typing import Optional

from musk_openai.database import schema
from musk_openai.database.reader import Reader
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


def dump(path):
    """Every row of every table (FTS indexes included, through their content), in key order."""
    conn = sqlite3.connect(path)
    try:
        tables = [t.name for t in schema.TABLES] + [schema.STATE_TABLE]
        found = {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() for t in tables}
        for table in ("quotes", "quotations", "events"):
            found[f"{table}_fts search"] = conn.execute(
                f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH 'dupont OR projet OR controle' ORDER BY rowid"
            ).fetchall()
        return found
    finally:
        conn.close()


def check_consistent(path):
    """Foreign keys hold, derived tables agree with the rows they summarise, FTS is in sync."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("quotes", "quotations", "events"):
            conn.execute(f"INSERT INTO {table}_fts({table}_fts) VALUES('integrity-check')")
        stale = conn.execute(
            "SELECT count(*) FROM people p WHERE p.quotes != (SELECT count(*) FROM quotes q WHERE q.person_id = p.id)"
            " OR p.articles != (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.person_id = p.id)"
        ).fetchone()[0]
        assert stale == 0
        orphans = conn.execute(
            "SELECT count(*) FROM quotations t WHERE t.occurrences != (SELECT count(*) FROM quotes q "
            "WHERE q.quotation_id = t.id)"
        ).fetchone()[0]
        assert orphans == 0
        moved = conn.execute(
            "SELECT count(*) FROM quotes q JOIN mentions m ON m.id = q.speaker_id WHERE q.person_id != m.person_id"
        ).fetchone()[0]
        assert moved == 0
    finally:
        conn.close()


def models(path):
    def key(item):
        return json.dumps(item.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)

    with Reader(str(path)) as reader:
        return {
            "quotes": sorted(map(key, reader.quotes())),
            "events": sorted(map(key, reader.events(include_quoted=True, placed_only=False))),
            "dates": sorted(map(key, reader.dates())),
            "entities": sorted(map(key, reader.entities())),
            "people": sorted(map(key, reader.people())),
        }
