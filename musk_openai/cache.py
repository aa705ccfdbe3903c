"""Result cache: one extracted Document per (text, publication date, model, versions).

Lives in the user cache directory (platformdirs), or in $MUSK_OPENAI_CACHE_DIR.
Entries are written atomically (temporary file + rename), so concurrent runs never
see half an entry; a missing, truncated, corrupt or other-version entry is a miss
and is simply rewritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional

from musk_openai import __version__
from musk_openai.models import Document

ENV_VAR = "MUSK_OPENAI_CACHE_DIR"
_FORMAT = 1  # bump when the entry layout changes


def cache_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("musk-openai"))


@lru_cache(maxsize=4)
def model_version(model: str) -> str:
    """The installed model package's version, read without importing spaCy."""
    try:
        return metadata.version(model.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return "missing"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the package's own files (code and lexicons): a result extracted by other
    rules is a miss, so an upgrade or a local change never serves stale results."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        # the same set of files whether the package is installed or run from a checkout (where
        # the bundled seed article lives outside it)
        if relative.parts[0] in ("seeds", "__pycache__") or "__pycache__" in relative.parts:
            continue
        if path.is_file() and path.suffix in (".py", ".gz"):
            digest.update(relative.as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def key(text: str, dct: Optional[dt.date], model: str, document: str) -> str:
    # The document name is part of the key because every item carries it.
    parts = [
        str(_FORMAT),
        __version__,
        code_version(),
        model,
        model_version(model),
        dct.isoformat() if dct else "",
        document,
    ]
    digest = hashlib.sha256()
    digest.update("\x1f".join(parts).encode("utf-8"))
    digest.update(b"\x1e")
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass
class Cache:
    directory: Path

    @classmethod
    def default(cls) -> Cache:
        return cls(cache_dir())

    def _path(self, entry: str) -> Path:
        return self.directory / entry[:2] / f"{entry}.json"

    def get(self, entry: str) -> Optional[Document]:
        try:
            data = self._path(entry).read_bytes()
            return Document.model_validate_json(data)
        except Exception:  # noqa: BLE001 - any unreadable entry is just a miss
            return None

    def put(self, entry: str, document: Document) -> None:
        path = self._path(entry)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(document.model_dump_json().encode("utf-8"))
            os.replace(tmp, path)
        except OSError:
            # A read-only or full cache must never break a run.
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)

    def info(self) -> dict[str, object]:
        files = list(self.directory.glob("*/*.json")) if self.directory.exists() else []
        size = 0
        for path in files:
            with contextlib.suppress(OSError):
                size += path.stat().st_size
        return {"path": str(self.directory), "entries": len(files), "bytes": size}

    def clear(self) -> int:
        removed = 0
        if not self.directory.exists():
            return 0
        for path in self.directory.glob("*/*"):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += path.suffix == ".json"
        for sub in self.directory.glob("*"):
            with contextlib.suppress(OSError):
                sub.rmdir()
        return removed
