"""What `export --resume` needs: reading what an export file already holds (its complete
articles, and where they end), and appending to it one whole article at a time."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from musk_openai.errors import MuskError
from musk_openai.export import FORMULA_START, article_columns
from musk_openai.text import text_hash


@dataclass
class Resume:
    """What an export file already holds: its complete articles, and where they end."""

    end: int = 0  # bytes; whatever follows is a torn record from a run that was killed
    done: Counter[tuple[str, str]] = dataclasses.field(default_factory=Counter)  # (document, text_sha256)


def _not_ours(path: Path, where: str) -> MuskError:
    return MuskError(
        f"{path}{where} is not a record of `musk-openai export` in this format; "
        "choose another -o, or remove the file to start again"
    )


def _resume_jsonl(path: Path) -> Resume:
    state = Resume()
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.endswith(b"\n"):
                break  # torn: cut off and redone
            if line.strip():
                try:
                    record = json.loads(line)
                    text = record.get("text")
                    digest = record.get("text_sha256") or (text_hash(text) if isinstance(text, str) else None)
                    if digest is None or "document" not in record:
                        raise ValueError
                except (ValueError, AttributeError):
                    raise _not_ours(path, f", line {number},") from None
                state.done[(str(record["document"]), digest)] += 1
            state.end += len(line)
    return state


def _resume_csv(path: Path) -> Resume:
    state = Resume()
    header = article_columns()
    offset = 0
    whole = True  # the last line read ended with its line break

    def lines() -> Iterator[str]:
        nonlocal offset, whole
        with path.open("rb") as handle:
            for raw in handle:
                offset += len(raw)
                whole = raw.endswith(b"\n")
                yield raw.decode("utf-8", "replace")

    reader = csv.reader(lines())
    try:
        first = next(reader, None)
        if first is None or not whole:
            return state  # empty, or a torn header: written anew
        if first != header:
            raise _not_ours(path, "")
        state.end = offset
        for row in reader:  # reads no further than the row it returns, so `offset` ends that row
            if not whole:
                break
            record = dict(zip(header, row, strict=False))
            if record.get("type") in ("document", "error"):
                document = record["document"]
                if document[:1] == "'" and document[1:].startswith(FORMULA_START):
                    document = document[1:]  # undo the formula protection
                state.done[(document, record["text_sha256"])] += 1
                state.end = offset
    except csv.Error:
        pass  # a torn quoted field at the end
    return state


# Formats `export --resume` can continue: how to read what a file holds. (A format whose
# writer owns its file differently, such as a database, adds its own entry and writer.)
RESUMABLE: dict[str, Callable[[Path], Resume]] = {"jsonl": _resume_jsonl, "csv": _resume_csv}


class Appender:
    """A file that grows by whole articles: each article goes out in one piece, and a write that
    fails (disk full, Ctrl-C) is cut back to the last complete article."""

    def __init__(self, path: str, end: int) -> None:
        self.path = path
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o666)
        os.ftruncate(self.fd, end)  # cuts off a torn last record
        self.end = end
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)

    def commit(self) -> None:
        data = memoryview("".join(self.parts).encode("utf-8"))
        self.parts.clear()
        written = 0
        try:
            while written < len(data):
                written += os.pwrite(self.fd, data[written:], self.end + written)
        except BaseException:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, self.end)
            raise
        self.end += written

    def close(self) -> None:
        try:
            os.fsync(self.fd)
        finally:
            os.close(self.fd)
