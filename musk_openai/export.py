"""JSON, JSONL and CSV writers; atomic output files, and files that `--resume` continues."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import os
import sys
import tempfile
import typing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Protocol, TextIO

from pydantic import BaseModel

from musk_openai.errors import MuskError
from musk_openai.models import Document, Entity, Event, Failure, Quote, TemporalValue
from musk_openai.text import text_hash

# OWASP: a cell starting with one of these is run as a formula by spreadsheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_dict(item: BaseModel) -> dict[str, Any]:
    return item.model_dump(mode="json")


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"date": {"value": ...}} -> {"date_value": ...}; lists joined with '; '."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = "; ".join(
                json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else str(v) for v in value
            )
        else:
            flat[name] = value
    return flat


def escape_formula(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def is_failure(item: object) -> bool:
    return isinstance(item, Failure)


def write_json(items: Iterable[BaseModel], out: TextIO) -> None:
    """One JSON array, written item by item (pydantic's serialiser: fast, always valid UTF-8).
    Failed articles are left out: they are reported on stderr."""
    out.write("[")
    first = True
    for item in items:
        if isinstance(item, Failure):
            continue
        out.write("\n" if first else ",\n")
        out.write(item.model_dump_json(indent=2))
        first = False
    out.write("\n]\n")


def write_jsonl(items: Iterable[BaseModel], out: TextIO) -> None:
    """One object per line; a failed article gives its error record in its place."""
    for item in items:
        out.write(item.model_dump_json() + "\n")


def _nested_model(annotation: Any) -> Optional[type[BaseModel]]:
    if typing.get_origin(annotation) is list:
        return None  # a list of objects is one column, its items joined with '; '
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def columns(model: type[BaseModel], prefix: str = "") -> list[str]:
    """CSV columns of a model: one per leaf field, nested names joined with '_'."""
    found: list[str] = []
    for name, field in model.model_fields.items():
        nested = _nested_model(field.annotation)
        found += columns(nested, f"{prefix}{name}_") if nested else [f"{prefix}{name}"]
    return found


class CsvWriter:
    """Writes rows as they come (the header is fixed up front), so corpora stream."""

    def __init__(self, out: TextIO, header: list[str], escape: bool = True, write_header: bool = True) -> None:
        self.writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore", lineterminator="\r\n")
        if write_header:
            self.writer.writeheader()
        self.escape = escape

    def write(self, row: dict[str, Any]) -> None:
        flat = flatten(row)
        self.writer.writerow({k: (escape_formula(v) if self.escape else v) for k, v in flat.items()})


def _cannot_write(path: str, error: OSError, what: str) -> MuskError:
    return MuskError(f"cannot write {path}: {error.strerror or error}; {what}")


class _Checked:
    """A file whose write errors (a full disk mid-run) become one-line errors naming it."""

    def __init__(self, handle: TextIO, path: str, what: str) -> None:
        self._handle, self._path, self._what = handle, path, what

    def write(self, text: str) -> int:
        try:
            return self._handle.write(text)
        except OSError as error:
            raise _cannot_write(self._path, error, self._what) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


@contextlib.contextmanager
def output(path: Optional[str]) -> Iterator[TextIO]:
    """stdout, or a file written atomically: a temporary file in the same folder, renamed at
    the end, so an error, a full disk or Ctrl-C leaves any earlier file intact and no partial file."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise MuskError(f"cannot write {path}: it is a directory; give a file name with -o")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as error:
        raise _cannot_write(path, error, "choose another place with -o") from None
    # mkstemp makes the file private (0600); the result gets the usual permissions
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    what = "nothing was written (free some space, or choose another place with -o)"
    try:
        try:
            with open(fd, "w", encoding="utf-8", newline="") as handle:
                yield typing.cast(TextIO, _Checked(handle, path, what))
            os.replace(tmp, target)
        except OSError as error:
            raise _cannot_write(path, error, what) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# -- export: one record per article -------------------------------------------------
def article_columns() -> list[str]:
    """The export CSV: a `type` column (event, quote, date, entity; `document` closes each
    article, `error` stands for a failed one), then every model's columns."""
    header = ["type"]
    for model in (Event, Quote, TemporalValue, Entity):
        header += [c for c in columns(model) if c not in header]
    return header + ["error", "text_sha256"]


class ArticleWriter(Protocol):
    def write(self, result: Document | Failure) -> None: ...

    def close(self) -> None: ...


class JsonArticles:
    def __init__(self, out: TextIO, escape: bool = True, fresh: bool = True) -> None:
        self.out = out
        self.first = True
        out.write("[")

    def write(self, result: Document | Failure) -> None:
        if isinstance(result, Failure):
            return  # JSON stays an array of Documents; failures go to stderr
        self.out.write("\n" if self.first else ",\n")
        self.out.write(result.model_dump_json(indent=2))
        self.first = False

    def close(self) -> None:
        self.out.write("\n]\n")


class JsonlArticles:
    def __init__(self, out: TextIO, escape: bool = True, fresh: bool = True) -> None:
        self.out = out

    def write(self, result: Document | Failure) -> None:
        self.out.write(result.model_dump_json() + "\n")

    def close(self) -> None:
        pass


class CsvArticles:
    def __init__(self, out: TextIO, escape: bool = True, fresh: bool = True) -> None:
        self.writer = CsvWriter(out, article_columns(), escape, write_header=fresh)

    def write(self, result: Document | Failure) -> None:
        if isinstance(result, Failure):
            self.writer.write({"type": "error", **as_dict(result)})
            return
        for kind, items in (
            ("event", result.events),
            ("quote", result.quotes),
            ("date", result.dates),
            ("entity", result.entities),
        ):
            for item in items:
                self.writer.write({"type": kind, **as_dict(item)})
        # last, so that a file cut short by a kill can be resumed after the last complete article
        self.writer.write({"type": "document", "document": result.document, "text_sha256": text_hash(result.text)})

    def close(self) -> None:
        pass


WRITERS: dict[str, Callable[..., ArticleWriter]] = {"json": JsonArticles, "jsonl": JsonlArticles, "csv": CsvArticles}


@dataclass
class ExportFile:
    """What `export` writes to: `done` names the articles FILE already holds (with --resume)."""

    writer: ArticleWriter
    done: Counter[tuple[str, str]] = dataclasses.field(default_factory=Counter)
    commit: Callable[[], None] = lambda: None

    def write(self, result: Document | Failure) -> None:
        self.writer.write(result)
        self.commit()


@contextlib.contextmanager
def export_file(fmt: str, path: Optional[str], escape: bool = True, resume: bool = False) -> Iterator[ExportFile]:
    """Without `resume`: written atomically (see `output`). With it, FILE keeps its complete
    articles (a torn end left by a kill is cut off) and the others are appended one by one."""
    if not resume:
        with output(path) as out:
            writer = WRITERS[fmt](out, escape)
            yield ExportFile(writer)
            writer.close()
        return
    from musk_openai.resume import RESUMABLE, Appender, Resume

    assert path is not None
    target = Path(path)
    if target.is_dir():
        raise MuskError(f"cannot write {path}: it is a directory; give a file name with -o")
    what = "it keeps the articles finished so far; free some space, then run the same command to continue"
    try:
        state = RESUMABLE[fmt](target) if target.exists() else Resume()
        appender = Appender(path, state.end)
    except OSError as error:
        raise _cannot_write(path, error, "choose another place with -o") from None
    try:
        yield ExportFile(
            WRITERS[fmt](typing.cast(TextIO, appender), escape, state.end == 0), state.done, appender.commit
        )
    except OSError as error:
        raise _cannot_write(path, error, what) from None
    finally:
        with contextlib.suppress(OSError):
            appender.close()
