"""Metadata that makes `datasette news.db -m news.metadata.json` open on something useful:
titles and descriptions, facets, sort orders, labels, and canned queries.

Datasette needs no configuration for full-text search: it finds the FTS5 tables by their
`content="table"` clause, as sqlite-utils writes them.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from musk_openai.database import schema

_TABLES: dict[str, dict[str, Any]] = {
    "articles": {"facets": ["year", "dct_source"], "label_column": "title", "sort_desc": "dct"},
    "people": {"facets": ["kind"], "label_column": "name", "sort_desc": "articles"},
    "mentions": {"facets": ["kind"], "label_column": "name"},
    "dates": {"facets": ["granularity", "year", "anchor"], "label_column": "text", "sort": "interval_start"},
    "quotations": {"facets": ["person_id", "year"], "label_column": "text", "sort_desc": "articles"},
    "quotes": {"facets": ["person_id", "kind", "year"], "sort": "date"},
    "events": {"facets": ["year"], "label_column": "headline", "sort": "date_start"},
    "event_actors": {"facets": ["person_id"]},
}

QUERIES: dict[str, dict[str, str]] = {
    "quotations_by_speaker": {
        "title": "Quotations by speaker, in date order",
        "description": "Everything a person said, in every article, oldest first. "
        "The speaker is matched on any part of their name or aliases.",
        "sql": """select q.date, p.name as speaker, q.text, q.kind, q.cue, q.addressee,
  a.title as article_title, q.article_id, q.span_start, q.span_end
from quotes q
join people p on p.id = q.person_id
join articles a on a.id = q.article_id
where p.name like '%' || :speaker || '%' or p.aliases like '%' || :speaker || '%'
order by q.date is null, q.date, q.id""",
    },
    "timeline_of": {
        "title": "Timeline of a person or organisation",
        "description": "The dated events a person or organisation took part in, in calendar order.",
        "sql": """select e.date_start, e.date_end, d.text as date_as_written, e.headline, e.actors,
  a.title as article_title, e.article_id, e.span_start, e.span_end
from events e
join dates d on d.id = e.date_id
join articles a on a.id = e.article_id
where e.date_start is not null and e.id in (
  select ea.event_id from event_actors ea join people p on p.id = ea.person_id
  where p.name like '%' || :actor || '%' or p.aliases like '%' || :actor || '%')
order by e.date_start, e.date_end, e.id""",
    },
}


def metadata_path(database: str) -> Path:
    path = Path(database)
    return path.with_name(f"{path.stem}.metadata.json")


def metadata(database_name: str) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for table in schema.TABLES:
        tables[table.name] = {"description": table.description, **_TABLES.get(table.name, {})}
    tables[schema.STATE_TABLE] = {"hidden": True}
    return {
        "title": "Quotations and timelines (musk-openai)",
        "description": "Attributed quotations, dated events and the people in them, extracted from "
        "French news articles by musk-openai. Every item carries its character offsets "
        "(span_start, span_end) in articles.text.",
        "databases": {
            database_name: {
                "description": "One corpus: start with quotes (search box: full-text, accents ignored), "
                "people, or the canned queries below.",
                "tables": tables,
                "queries": QUERIES,
            }
        },
    }


def write_metadata(database: str) -> Path:
    """`news.metadata.json` beside `news.db`, written atomically."""
    target = metadata_path(database)
    text = json.dumps(metadata(Path(database).stem), ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with open(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp's 0600 would hide it from Datasette run by another user
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target
