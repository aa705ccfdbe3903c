"""First names and their usual gender, from a kept list (see data/build_first_names.py).

The table is loaded once per process, on first use (about 80,000 names, ~40 ms).
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources
from typing import Optional

from musk_openai.text import fold


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    raw = resources.files("musk_openai.speakers").joinpath("first_names.tsv.gz").read_bytes()
    table: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            table[name] = gender
    return table


@lru_cache(maxsize=65536)  # pure, and asked again for every mention of a name
def first_name_gender(word: str) -> Optional[str]:
    """ "m", "f", "" (a first name of either gender) or None (not a known first name).
    A compound takes the gender of its first part, as French usage has it ("Jean-Marie")."""
    key = fold(word).strip(".")
    if not key.replace("-", "").isalpha():
        return None
    table = _table()
    found = table.get(key)
    if found is None and "-" in key:
        found = table.get(key.split("-")[0])
    if found is None:
        return None
    return {"M": "m", "F": "f"}.get(found, "")


@lru_cache(maxsize=65536)
def is_initial(word: str) -> bool:
    """ "V.", "J.-M.", "J-M": a first name given by its initials."""
    letters = [p for p in word.replace(".", " ").replace("-", " ").split() if p]
    return bool(letters) and all(len(p) == 1 and p.isupper() for p in letters)


def initials_match(initial: str, first_name: str) -> bool:
    """ "V." stands for "Valentine", "J-M" for "Jean-Marc"."""
    letters = [p for p in initial.replace(".", " ").replace("-", " ").split() if p]
    parts = [p for p in first_name.replace("-", " ").split() if p]
    return len(letters) <= len(parts) and all(fold(a) == fold(b[0]) for a, b in zip(letters, parts, strict=False))
