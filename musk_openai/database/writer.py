"""Writing Documents into a corpus database, incrementally and idempotently.

The database is updated in place, never through a temporary copy: documents are gathered in
small blocks (while they are being analysed, with no lock held), and each block is written in
one transaction that also brings the derived tables (`people`, `quotations`) up to date. So every
committed state is complete and consistent, Ctrl-C loses at most the block being written, and two
writers take turns block by block (SQLite's own lock; a writer that waits longer than the
timeout stops with a clear message and changes nothing).

An article already in the database with the same text, publication date, model and tool
version is skipped; one whose text or analysis differs is replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from musk_openai import __version__
from musk_openai.database import people, schema
from musk_openai.errors import MuskError
from musk_openai.models import Document, Entity, TemporalValue
from musk_openai.reading import Article

LOCK_TIMEOUT = 60.0  # seconds a writer waits while another one holds the database
BLOCK_ARTICLES = 50  # at most this many articles per transaction …
BLOCK_SECONDS = 10.0  # … or this much analysis time
_INSERT_BATCH = 500  # rows per INSERT statement (sqlite-utils batch_size)
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Summary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    articles: int = 0
    people: int = 0
    quotes: int = 0
    quotations: int = 0
    events: int = 0

    def __str__(self) -> str:
        def count(number: int, noun: str) -> str:
            return f"{number:,} {noun}{'' if number == 1 else 's'}"

        return (
            f"{count(self.added, 'article')} added, {self.replaced:,} replaced, {self.unchanged:,} unchanged; "
            f"the database holds {count(self.articles, 'article')}, {self.people:,} people, "
            f"{count(self.quotes, 'quote')} ({self.quotations:,} distinct), {count(self.events, 'event')}"
        )


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _input_dct(dct: Optional[str], source: Optional[str]) -> Optional[str]:
    """The publication date the analysis was given (a dateline's date is found, not given)."""
    return dct if source in ("option", "corpus") else None


class DatabaseWriter:
    """with DatabaseWriter("news.db") as writer: summary = writer.write(documents)"""

    def __init__(
        self,
        path: str,
        *,
        timeout: Optional[float] = None,
        block_articles: Optional[int] = None,
        block_seconds: Optional[float] = None,
    ) -> None:
        from sqlite_utils import Database

        self.path = path
        self.timeout = LOCK_TIMEOUT if timeout is None else timeout
        self.block_articles = block_articles or BLOCK_ARTICLES
        self.block_seconds = BLOCK_SECONDS if block_seconds is None else block_seconds
        self.summary = Summary()
        self.conn = self._connect()
        try:
            self.db = Database(self.conn, execute_plugins=False)
            with self._errors():
                self._prepare()
        except BaseException:
            self.conn.close()
            raise

    def __enter__(self) -> DatabaseWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")  # statistics for the query planner
        self.conn.close()

    # -- opening -------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        target = Path(self.path)
        folder = target.parent if str(target.parent) else Path(".")
        if target.is_dir():
            raise MuskError(f"cannot write {self.path}: it is a directory; give a file name with -o")
        if not folder.is_dir():
            raise MuskError(f"cannot write {self.path}: no such folder; choose another place with -o")
        if target.exists():
            try:
                with target.open("rb") as handle:
                    head = handle.read(16)
            except OSError as error:
                raise MuskError(f"cannot write {self.path}: {error.strerror}") from None
            if head and head != _SQLITE_MAGIC:
                raise MuskError(
                    f"{self.path} exists and is not a SQLite database; it was left untouched: "
                    "choose another file with -o"
                )
        try:
            # isolation_level=None: transactions are begun and ended here, explicitly
            return sqlite3.connect(str(target), timeout=self.timeout, isolation_level=None)
        except sqlite3.Error as error:
            raise MuskError(f"cannot write {self.path}: {error}; choose another place with -o") from None

    def _prepare(self) -> None:
        """Create the tables in a new database; check an existing one is ours and readable."""
        with self._transaction():
            names = set(self.db.table_names())
            if schema.STATE_TABLE in names:
                found = self.conn.execute(f"SELECT value FROM {schema.STATE_TABLE} WHERE key = 'format'").fetchone()
                if found is None or int(found[0]) != schema.FORMAT:
                    raise MuskError(
                        f"{self.path} was written by another version of musk-openai (database format "
                        f"{found[0] if found else '?'}, this version writes {schema.FORMAT}); export to a new file"
                    )
                return
            if names:
                raise MuskError(
                    f"{self.path} is a SQLite database that musk-openai did not write; it was left "
                    "untouched: choose another file with -o"
                )
            for table in schema.TABLES:
                created = self.db[table.name].create(
                    table.columns, pk=table.pk, foreign_keys=table.foreign_keys, not_null=set(table.not_null)
                )
                for columns in table.indexes:
                    created.create_index(columns, if_not_exists=True)
                if table.search:
                    created.enable_fts(table.search, create_triggers=True, tokenize=schema.TOKENIZE)
            self.db[schema.STATE_TABLE].insert_all(
                [{"key": "format", "value": str(schema.FORMAT)}, {"key": "created_by", "value": __version__}],
                pk="key",
            )

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise MuskError(
                    f"{self.path} is being written by another process (waited {self.timeout:g} s); "
                    "try again when it has finished"
                ) from None
            raise MuskError(f"cannot write {self.path}: {error}") from None
        except sqlite3.DatabaseError as error:
            raise MuskError(f"cannot write {self.path}: {error}; choose another file with -o") from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- writing -------------------------------------------------------------------
    def skip(self, article: Article, model: str) -> bool:
        """True (and counted as unchanged) when the article is already in the database with the
        same text and analysis: checked before analysing, so a re-export analyses nothing."""
        from musk_openai.cache import model_version

        with self._errors():
            row = self._stored(article.document)
        dct = article.dct.isoformat() if article.dct else None
        same = row is not None and row == (text_hash(article.text), dct, f"{model}-{model_version(model)}", __version__)
        self.summary.unchanged += same
        return same

    def _stored(self, article_id: str) -> Optional[tuple[Any, ...]]:
        found = self.conn.execute(
            "SELECT text_hash, dct, dct_source, model, tool_version FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if found is None:
            return None
        return (found[0], _input_dct(found[1], found[2]), found[3], found[4])

    @staticmethod
    def _signature(document: Document) -> tuple[Any, ...]:
        dct = document.dct.isoformat() if document.dct else None
        return (text_hash(document.text), _input_dct(dct, document.dct_source), document.model, __version__)

    def write(self, documents: Iterable[Document]) -> Summary:
        block: list[Document] = []
        started = time.monotonic()
        for document in documents:
            block.append(document)
            if len(block) >= self.block_articles or time.monotonic() - started >= self.block_seconds:
                self._write_block(block)
                block = []
                started = time.monotonic()
        if block:
            self._write_block(block)
        with self._errors():
            self._count()
        return self.summary

    def _write_block(self, block: list[Document]) -> None:
        with self._errors(), self._transaction():
            dirty_people: set[int] = set()
            dirty_quotations: set[int] = set()
            fresh: dict[str, Document] = {}
            for document in block:
                signature = self._signature(document)
                earlier = fresh.get(document.document)
                stored = self._signature(earlier) if earlier else self._stored(document.document)
                if stored == signature:
                    self.summary.unchanged += 1
                    continue
                if earlier is not None:
                    del fresh[document.document]  # the same id twice in one input: the last wins
                elif stored is not None:
                    self._delete(document.document, dirty_people, dirty_quotations)
                if stored is not None:
                    self.summary.replaced += 1
                else:
                    self.summary.added += 1
                fresh[document.document] = document
            if not fresh:
                return
            mapping = self._merge_people(list(fresh.values()), dirty_people, dirty_quotations)
            self._insert(list(fresh.values()), mapping, dirty_people, dirty_quotations)
            self._refresh_people(dirty_people)
            self._refresh_quotations(dirty_quotations)

    def _delete(self, article_id: str, dirty_people: set[int], dirty_quotations: set[int]) -> None:
        execute = self.conn.execute
        dirty_people.update(
            r[0] for r in execute("SELECT person_id FROM mentions WHERE article_id = ?", (article_id,)) if r[0]
        )
        dirty_quotations.update(
            r[0] for r in execute("SELECT quotation_id FROM quotes WHERE article_id = ?", (article_id,)) if r[0]
        )
        events = "SELECT id FROM events WHERE article_id = ?"
        execute(f"DELETE FROM event_actors WHERE event_id IN ({events})", (article_id,))
        for table in ("events", "quotes", "dates", "mentions"):
            execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _merge_people(
        self, fresh: list[Document], dirty_people: set[int], dirty_quotations: set[int]
    ) -> dict[tuple[str, str], int]:
        """Recompute who is who over the whole corpus (old names and new), and move the existing
        mentions, quotes and event actors whose person changed."""
        current: dict[tuple[str, str], set[Optional[int]]] = defaultdict(set)
        for name, kind, person in self.conn.execute("SELECT DISTINCT name, kind, person_id FROM mentions"):
            current[(name, kind)].add(person)
        surfaces = set(current) | {(e.name, e.kind.value) for d in fresh for e in d.entities}
        mapping = {surface: people.person_id(key) for surface, key in people.merge(surfaces).items()}
        for (name, kind), before in current.items():
            person = mapping[(name, kind)]
            if before == {person}:
                continue
            dirty_people.update(p for p in before if p is not None)
            dirty_people.add(person)
            args = {"name": name, "kind": kind, "person": person}
            mentions = "SELECT id FROM mentions WHERE name = :name AND kind = :kind"
            dirty_quotations.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT quotation_id FROM quotes WHERE person_id IS NOT :person AND speaker_id IN ({mentions})",
                    args,
                )
            )
            self.conn.execute(
                "UPDATE mentions SET person_id = :person WHERE name = :name AND kind = :kind "
                "AND person_id IS NOT :person",
                args,
            )
            for table, column in (("quotes", "speaker_id"), ("event_actors", "mention_id")):
                self.conn.execute(
                    f"UPDATE {table} SET person_id = :person "
                    f"WHERE person_id IS NOT :person AND {column} IN ({mentions})",
                    args,
                )
        return mapping

    def _next_id(self, table: str) -> int:
        return self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    def _insert(
        self,
        fresh: list[Document],
        mapping: dict[tuple[str, str], int],
        dirty_people: set[int],
        dirty_quotations: set[int],
    ) -> None:
        rows = _Rows({table: self._next_id(table) for table in ("mentions", "dates", "quotes", "events")})
        for document in fresh:
            rows.add(document, mapping)
        dirty_people.update(row["person_id"] for row in rows.tables["mentions"])
        dirty_quotations.update(row["quotation_id"] for row in rows.tables["quotes"])
        for table in schema.TABLES:
            if rows.tables[table.name]:
                self.db[table.name].insert_all(rows.tables[table.name], batch_size=_INSERT_BATCH)

    def _dirty(self, ids: set[int]) -> str:
        """A temporary table holding `ids`, for `WHERE x IN (SELECT id FROM temp.dirty)`."""
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS dirty (id INTEGER PRIMARY KEY)")
        self.conn.execute("DELETE FROM temp.dirty")
        self.conn.executemany("INSERT OR IGNORE INTO temp.dirty VALUES (?)", ((i,) for i in ids))
        return "SELECT id FROM temp.dirty"

    def _refresh_people(self, dirty: set[int]) -> None:
        """Rebuild the `people` rows whose members or counts may have changed."""
        if not dirty:
            return
        chosen = self._dirty(dirty)
        execute = self.conn.execute
        # aggregated by SQLite: a prominent person's thousands of mentions never reach Python
        found: dict[int, dict[str, Any]] = {
            person: {
                "kind": kind,
                "articles": articles,
                "mentions": mentions or 0,
                "names": Counter(),
                "aliases": set(),
            }
            for person, kind, articles, mentions in execute(
                "SELECT person_id, min(kind), count(DISTINCT article_id), sum(mentions) FROM mentions "
                f"WHERE person_id IN ({chosen}) GROUP BY person_id"
            )
        }
        for person, name, count in execute(
            f"SELECT person_id, name, count(*) FROM mentions WHERE person_id IN ({chosen}) GROUP BY person_id, name"
        ):
            found[person]["names"][name] = count
            found[person]["aliases"].add(name)
        for person, alias in execute(
            "SELECT DISTINCT m.person_id, a.value FROM mentions m, json_each(m.aliases) a "
            f"WHERE m.person_id IN ({chosen})"
        ):
            found[person]["aliases"].add(alias)
        quotes = dict(
            self.conn.execute(
                f"SELECT person_id, count(*) FROM quotes WHERE person_id IN ({chosen}) GROUP BY person_id"
            ).fetchall()
        )
        self.conn.execute(f"DELETE FROM people WHERE id IN ({chosen})")
        self.db["people"].insert_all(
            (
                {
                    "id": person,
                    "name": _display_name(row["names"]),
                    "kind": row["kind"],
                    "aliases": json.dumps(sorted(row["aliases"]), ensure_ascii=False),
                    "articles": row["articles"],
                    "mentions": row["mentions"],
                    "quotes": quotes.get(person, 0),
                    "folded_names": "\n".join(sorted({people.name_key(a) for a in row["aliases"]})),
                }
                for person, row in sorted(found.items())
            ),
            batch_size=_INSERT_BATCH,
        )

    def _refresh_quotations(self, dirty: set[int]) -> None:
        """Rebuild the `quotations` rows whose occurrences or speakers may have changed."""
        if not dirty:
            return
        chosen = self._dirty(dirty)
        found: dict[int, dict[str, Any]] = {}
        for quotation, text, person, article, day in self.conn.execute(
            f"SELECT quotation_id, text, person_id, article_id, date FROM quotes "
            f"WHERE quotation_id IN ({chosen}) ORDER BY id"
        ):
            row = found.setdefault(quotation, {"text": text, "occurrences": [], "articles": set()})
            row["occurrences"].append((person, day))
            row["articles"].add(article)
        self.conn.execute(f"DELETE FROM quotations WHERE id IN ({chosen})")
        rows = []
        for quotation, row in sorted(found.items()):
            days = sorted(d for _, d in row["occurrences"] if d)
            rows.append(
                {
                    "id": quotation,
                    "text": people.quotation_text(row["text"]),
                    "person_id": _likely_speaker(row["occurrences"]),
                    "occurrences": len(row["occurrences"]),
                    "articles": len(row["articles"]),
                    "first_date": days[0] if days else None,
                    "last_date": days[-1] if days else None,
                    "year": int(days[0][:4]) if days else None,
                }
            )
        self.db["quotations"].insert_all(rows, batch_size=_INSERT_BATCH)

    def _count(self) -> None:
        for name in ("articles", "people", "quotes", "quotations", "events"):
            setattr(self.summary, name, self.conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])


class _Rows:
    """The rows of a block of Documents, with the ids that link them."""

    def __init__(self, next_ids: dict[str, int]) -> None:
        self.next_ids = next_ids
        self.tables: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def _new_id(self, table: str) -> int:
        self.next_ids[table] += 1
        return self.next_ids[table] - 1

    def add(self, document: Document, mapping: dict[tuple[str, str], int]) -> None:
        article = document.document
        self.tables["articles"].append(_article_row(document))
        # an entity by its name, or else by one of its aliases: (mention id, person id)
        self.named: dict[str, tuple[int, int]] = {}
        self.aliased: dict[str, tuple[int, int]] = {}
        for entity in document.entities:
            mention = self._new_id("mentions")
            person = mapping[(entity.name, entity.kind.value)]
            self.tables["mentions"].append(_mention_row(entity, mention, article, person))
            self.named.setdefault(entity.name, (mention, person))
            for alias in entity.aliases:
                self.aliased.setdefault(alias, (mention, person))
        self.date_ids: dict[tuple[int, int], int] = {}
        for date in document.dates:
            self._date(date, article)
        dct = document.dct.isoformat() if document.dct else None
        for quote in document.quotes:
            speaker, person = self._who(quote.speaker)
            day = quote.date.interval[0].isoformat() if quote.date and quote.date.interval else dct
            self.tables["quotes"].append(
                {
                    "id": self._new_id("quotes"),
                    "article_id": article,
                    "span_start": quote.span[0],
                    "span_end": quote.span[1],
                    "text": quote.text,
                    "kind": quote.kind.value,
                    "closed": int(quote.closed),
                    "speaker": quote.speaker,
                    "speaker_mention": quote.speaker_mention,
                    "person_id": person,
                    "speaker_id": speaker,
                    "cue": quote.cue,
                    "addressee": quote.addressee,
                    "addressee_id": self._who(quote.addressee)[0],
                    "date_id": self._date(quote.date, article),
                    "date": day,
                    "year": int(day[:4]) if day else None,
                    "attribution": quote.attribution,
                    "quotation_id": people.quotation_id(quote.text),
                }
            )
        for event in document.events:
            event_id = self._new_id("events")
            bounds = _event_bounds(event.date)
            until = event.until.interval[1].isoformat() if event.until and event.until.interval else None
            self.tables["events"].append(
                {
                    "id": event_id,
                    "article_id": article,
                    "span_start": event.span[0],
                    "span_end": event.span[1],
                    "headline": event.headline,
                    "sentence": event.sentence,
                    "date_id": self._date(event.date, article),
                    "until_id": self._date(event.until, article),
                    "date_start": bounds[0] if bounds else None,
                    "date_end": bounds[1] if bounds else None,
                    "until_end": until,
                    "year": int(bounds[0][:4]) if bounds else None,
                    "quoted": int(event.date.quoted),
                    "actors": json.dumps(event.actors, ensure_ascii=False),
                }
            )
            for position, actor in enumerate(event.actors):
                mention, person = self._who(actor)
                self.tables["event_actors"].append(
                    {"event_id": event_id, "position": position, "mention_id": mention, "person_id": person}
                )

    def _who(self, name: Optional[str]) -> tuple[Optional[int], Optional[int]]:
        if not name:
            return None, None
        return self.named.get(name) or self.aliased.get(name) or (None, None)

    def _date(self, value: Optional[TemporalValue], article: str) -> Optional[int]:
        """The row of a date (quotes and events point to one of the article's dates)."""
        if value is None:
            return None
        span = (value.span[0], value.span[1])
        if span not in self.date_ids:
            self.date_ids[span] = self._new_id("dates")
            self.tables["dates"].append(_date_row(value, self.date_ids[span], article))
        return self.date_ids[span]


def _display_name(names: Counter[str]) -> str:
    """The fullest name (most words), then the commonest, then the first alphabetically."""
    return min(names, key=lambda n: (-len(n.split()), -names[n], n))


def _likely_speaker(occurrences: list[tuple[Optional[int], Optional[str]]]) -> Optional[int]:
    """The speaker most occurrences name; a tie goes to the one named first in time."""
    counts = Counter(p for p, _ in occurrences if p is not None)
    if not counts:
        return None
    first: dict[int, str] = {}
    for person, day in occurrences:
        if person is not None and day and (person not in first or day < first[person]):
            first[person] = day
    return min(counts, key=lambda p: (-counts[p], first.get(p, "9999"), p))


def _event_bounds(date: TemporalValue) -> Optional[tuple[str, str]]:
    """Where the timeline places an event (as `api.sort_key`); None when it cannot be placed."""
    if date.interval is not None:
        return date.interval[0].isoformat(), date.interval[1].isoformat()
    if date.value[:4].isdigit():  # an open bound ("avant 2015") sits at its reference year
        return f"{date.value[:4]}-01-01", f"{date.value[:4]}-12-31"
    return None


def _article_row(document: Document) -> dict[str, Any]:
    dct = document.dct.isoformat() if document.dct else None
    return {
        "id": document.document,
        "title": document.title,
        "dct": dct,
        "dct_source": document.dct_source,
        "year": document.dct.year if document.dct else None,
        "words": len(document.text.split()),
        "text_hash": text_hash(document.text),
        "model": document.model,
        "tool_version": __version__,
        "text": document.text,
    }


def _mention_row(entity: Entity, mention: int, article: str, person: int) -> dict[str, Any]:
    return {
        "id": mention,
        "article_id": article,
        "name": entity.name,
        "kind": entity.kind.value,
        "aliases": json.dumps(entity.aliases, ensure_ascii=False),
        "mentions": entity.mentions,
        "quotes": entity.quotes,
        "person_id": person,
    }


def _date_row(date: TemporalValue, date_id: int, article: str) -> dict[str, Any]:
    interval = date.interval
    year = interval[0].year if interval else (int(date.value[:4]) if date.value[:4].isdigit() else None)
    return {
        "id": date_id,
        "article_id": article,
        "span_start": date.span[0],
        "span_end": date.span[1],
        "text": date.text,
        "value": date.value,
        "granularity": date.granularity.value,
        "mod": date.mod.value if date.mod else None,
        "interval_start": interval[0].isoformat() if interval else None,
        "interval_end": interval[1].isoformat() if interval else None,
        "year": year,
        "anchor": date.anchor,
        "quoted": int(date.quoted),
        "range_role": date.range_role,
        "dateline": int(date.dateline),
    }


def export(documents: Iterable[Document], path: str, **options: Any) -> Summary:
    """Write Documents into the database at `path` (created if needed), with Datasette's
    metadata beside it; returns what was added, replaced and left unchanged."""
    from musk_openai.database import datasette

    with DatabaseWriter(path, **options) as writer:
        datasette.write_metadata(path)
        return writer.write(documents)
