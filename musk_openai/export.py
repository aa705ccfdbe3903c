"""JSON, JSONL and CSV writers, and atomic output files."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tempfile
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Optional, TextIO

from pydantic import BaseModel

from musk_openai.errors import MuskError

# OWASP: a cell starting with one of these is run as a formula by spreadsheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_json(items: Iterable[BaseModel], out: TextIO) -> None:
    """One JSON array, written item by item (pydantic's serialiser: fast, always valid UTF-8)."""
    out.write("[")
    for k, item in enumerate(items):
        out.write(",\n" if k else "\n")
        out.write(item.model_dump_json(indent=2))
    out.write("\n]\n")


def write_jsonl(items: Iterable[BaseModel], out: TextIO) -> None:
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

    def __init__(self, out: TextIO, header: list[str], escape: bool = True) -> None:
        self.writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore", lineterminator="\r\n")
        self.writer.writeheader()
        self.escape = escape

    def write(self, row: dict[str, Any]) -> None:
        flat = flatten(row)
        self.writer.writerow({k: (escape_formula(v) if self.escape else v) for k, v in flat.items()})


@contextlib.contextmanager
def output(path: Optional[str]) -> Iterator[TextIO]:
    """stdout, or a file written atomically: a temporary file in the same folder, renamed at
    the end, so an error or Ctrl-C leaves any earlier file intact and no partial file."""
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
        raise MuskError(f"cannot write {path}: {error.strerror}; choose another place with -o") from None
    # mkstemp makes the file private (0600); the result gets the usual permissions
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        try:
            os.replace(tmp, target)
        except OSError as error:
            raise MuskError(f"cannot write {path}: {error.strerror}; choose another place with -o") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
