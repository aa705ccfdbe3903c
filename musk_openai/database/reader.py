"""Answers from a corpus database (`--db`): plain SQL through the standard library's sqlite3,
so nothing is analysed, spaCy is never imported, and a query over 100,000 quotations takes
milliseconds. Items come back as the same models the analysing commands print.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Optional

from musk_openai.api import name_matches
from musk_openai.database import schema
from musk_openai.errors import MuskError
from musk_openai.models import Entity, Event, Person, Quote, TemporalValue
from musk_openai.text import fold

_DATE_COLUMNS = (
    "text, value, granularity, mod, interval_start, interval_end, span_start, span_end, anchor, quoted, "
    "range_role, dateline"
)
_WORD = re.compile(r"\w+")


def _date_columns(alias: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in _DATE_COLUMNS.split(","))


def _temporal(row: tuple[Any, ...], document: str) -> Optional[TemporalValue]:
    text, value, granularity, mod, start, end, span_start, span_end, anchor, quoted, role, dateline = row
    if text is None:
        return None
    return TemporalValue(
        text=text,
        value=value,
        granularity=granularity,
        mod=mod,
        interval=(dt.date.fromisoformat(start), dt.date.fromisoformat(end)) if start else None,
        span=(span_start, span_end),
        document=document,
        anchor=anchor,
        quoted=bool(quoted),
        range_role=role,
        dateline=bool(dateline),
    )


def fts_query(text: str) -> str:
    """Every word must appear, in any order: each word quoted, so that FTS5's syntax
    (AND, NOT, *, ", :) in the user's text is read as words, as Datasette does."""
    words = _WORD.findall(text)
    if not words:
        raise MuskError(f"--search {text!r} has no word to look for; give one or more words")
    return " ".join(f'"{w}"' for w in words)


class Reader:
    """with Reader("news.db") as db: for quote in db.quotes(speaker="Dupont"): ..."""

    def __init__(self, path: str) -> None:
        self.path = path
        target = Path(path)
        if not target.exists():
            raise MuskError(f"{path}: no such database; write one with: musk-openai export PATH ... -o {path}")
        if target.is_dir():
            raise MuskError(f"{path} is a directory, not a database; give the .db file written by export")
        try:
            # read-only: a query never changes the file (nor creates one)
            self.conn = sqlite3.connect(target.resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
            found = self.conn.execute(f"SELECT value FROM {schema.STATE_TABLE} WHERE key = 'format'").fetchone()
        except sqlite3.Error as error:
            if "no such table" in str(error) or "not a database" in str(error):
                raise MuskError(
                    f"{path} is not a musk-openai database; write one with: musk-openai export PATH ... -o FILE.db"
                ) from None
            # e.g. the journal of an export killed mid-write, which only a writer can roll back
            raise MuskError(f"cannot read {path}: {error}; running the export again repairs it") from None
        if found is None or int(found[0]) != schema.FORMAT:
            self.conn.close()
            raise MuskError(
                f"{path} was written by another version of musk-openai (database format "
                f"{found[0] if found else '?'}, this version reads {schema.FORMAT}); export it again"
            )

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.close()

    def _rows(self, sql: str, args: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
        try:
            cursor = self.conn.execute(sql, args)
            while rows := cursor.fetchmany(256):
                yield from rows
        except sqlite3.Error as error:
            raise MuskError(f"cannot read {self.path}: {error}") from None

    def people_matching(self, name: str) -> list[int]:
        """Ids of the people any of whose names matches (case and accents ignored, as --speaker).
        SQL keeps the people whose names contain every word; `name_matches` then decides."""
        words = fold(name).split()
        args = {f"w{k}": word for k, word in enumerate(words)}
        where = " AND ".join(f"instr(folded_names, :{arg}) > 0" for arg in args) or "1"
        return [
            person
            for person, full, aliases in self._rows(f"SELECT id, name, aliases FROM people WHERE {where}", args)
            if name_matches(name, [full, *json.loads(aliases or "[]")])
        ]

    def _ids(self, ids: list[int]) -> str:
        """`IN (...)` for a list of integer ids (integers only: safe to inline)."""
        return "(" + ",".join(str(int(i)) for i in ids) + ")"

    # -- the commands ----------------------------------------------------------------
    def quotes(
        self, speaker: Optional[str] = None, kind: Optional[str] = None, search: Optional[str] = None
    ) -> Iterator[Quote]:
        """Quotes in date order (`quotes.date`; undated last), then article and text order."""
        where = ["1"]
        args: dict[str, Any] = {}
        if speaker:
            where.append(f"q.person_id IN {self._ids(self.people_matching(speaker))}")
        if kind:
            where.append("q.kind = :kind")
            args["kind"] = kind
        if search:
            where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :search)")
            args["search"] = fts_query(search)
        sql = (
            "SELECT q.text, q.span_start, q.span_end, q.speaker, q.speaker_mention, q.cue, q.addressee, q.kind, "
            f"q.closed, q.attribution, q.article_id, {_date_columns('d')} "
            "FROM quotes q LEFT JOIN dates d ON d.id = q.date_id "
            f"WHERE {' AND '.join(where)} ORDER BY q.date IS NULL, q.date, q.id"
        )
        return self._quotes(sql, args)  # the arguments are checked now, before any output

    def _quotes(self, sql: str, args: dict[str, Any]) -> Iterator[Quote]:
        for row in self._rows(sql, args):
            text, start, end, who, mention, cue, addressee, kind_, closed, attribution, document = row[:11]
            yield Quote(
                text=text,
                span=(start, end),
                speaker=who,
                speaker_mention=mention,
                cue=cue,
                addressee=addressee,
                kind=kind_,
                closed=bool(closed),
                date=_temporal(row[11:], document),
                attribution=attribution,
                document=document,
            )

    def events(
        self,
        actor: Optional[str] = None,
        start: Optional[dt.date] = None,
        end: Optional[dt.date] = None,
        include_quoted: bool = False,
        placed_only: bool = True,
    ) -> Iterator[Event]:
        """The timeline, as `api.timeline` orders and filters it: events whose date can be placed,
        by calendar interval (ties in article and text order); `placed_only=False` adds the
        others at the end."""
        where = ["e.date_start IS NOT NULL" if placed_only else "1"]
        args: dict[str, Any] = {}
        if not include_quoted:
            where.append("e.quoted = 0")
        if actor:
            people = self._ids(self.people_matching(actor))
            where.append(f"e.id IN (SELECT event_id FROM event_actors WHERE person_id IN {people})")
        if start:
            where.append("max(e.date_end, coalesce(e.until_end, e.date_end)) >= :start")
            args["start"] = start.isoformat()
        if end:
            where.append("e.date_start <= :end")
            args["end"] = end.isoformat()
        sql = (
            "SELECT e.headline, e.sentence, e.actors, e.span_start, e.span_end, e.article_id, "
            f"{_date_columns('d')}, {_date_columns('u')} "
            "FROM events e JOIN dates d ON d.id = e.date_id LEFT JOIN dates u ON u.id = e.until_id "
            f"WHERE {' AND '.join(where)} ORDER BY e.date_start IS NULL, e.date_start, e.date_end, e.id"
        )
        width = len(_DATE_COLUMNS.split(","))
        for row in self._rows(sql, args):
            headline, sentence, actors, span_start, span_end, document = row[:6]
            date = _temporal(row[6 : 6 + width], document)
            assert date is not None  # an inner join: every event has its date
            yield Event(
                date=date,
                until=_temporal(row[6 + width :], document),
                headline=headline,
                sentence=sentence,
                actors=json.loads(actors or "[]"),
                span=(span_start, span_end),
                document=document,
            )

    def dates(self) -> Iterator[TemporalValue]:
        """Every temporal expression, article by article, in text order."""
        sql = f"SELECT {_date_columns('d')}, d.article_id FROM dates d ORDER BY d.id"
        for row in self._rows(sql, {}):
            value = _temporal(row[:-1], row[-1])
            if value is not None:
                yield value

    def people(self) -> Iterator[Person]:
        """The corpus's people and organisations, the most widely mentioned first."""
        sql = (
            "SELECT id, name, kind, aliases, articles, mentions, quotes FROM people "
            "ORDER BY articles DESC, mentions DESC, name"
        )
        for person, name, kind, aliases, articles, mentions, quotes in self._rows(sql, {}):
            yield Person(
                id=person,
                name=name,
                kind=kind,
                aliases=json.loads(aliases or "[]"),
                articles=articles,
                mentions=mentions,
                quotes=quotes,
            )

    def entities(self) -> Iterator[Entity]:
        """Each article's entities, as the analysing `entities` command lists them."""
        sql = "SELECT name, kind, aliases, mentions, quotes, article_id FROM mentions ORDER BY id"
        for name, kind, aliases, mentions, quotes, document in self._rows(sql, {}):
            yield Entity(
                name=name,
                kind=kind,
                aliases=json.loads(aliases or "[]"),
                mentions=mentions,
                quotes=quotes,
                document=document,
            )
