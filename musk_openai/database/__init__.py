"""The corpus database: one SQLite file for a whole corpus, written by `export --format sqlite`
and queried with `--db` (or with Datasette, or the `sqlite3` shell).

- `schema`: tables, columns, indexes and full-text search, as data;
- `people`: who is who across articles, and which quotations are the same (pure functions);
- `writer`: streaming, incremental, idempotent writes (sqlite-utils), in bounded transactions;
- `reader`: the `--db` queries, on the standard library's sqlite3 only (no spaCy, no sqlite-utils);
- `datasette`: titles, facets and canned queries for Datasette.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

SUFFIXES = (".db", ".sqlite", ".sqlite3")


def is_database_path(path: Optional[str]) -> bool:
    """An `-o` FILE that asks for a database by its suffix."""
    return path is not None and Path(path).suffix.lower() in SUFFIXES
