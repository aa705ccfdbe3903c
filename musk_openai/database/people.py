"""Who is who across articles, and which quotations are the same: pure functions.

Within an article the extractor already gathers "Marie Dupont", "Mme Dupont" and "Dupont" into
one entity. Across articles the merge is deliberately conservative, because a wrong merge puts
words in someone's mouth:

- the same full name (case, accents and apostrophes ignored) is the same person;
- a family name alone ("Dupont") joins the one full name of the corpus that ends with it
  ("Marie Dupont"), and stays alone when two full names share it ("Marie Dupont", "Paul Dupont")
  or when the word is also someone's first name ("Martin" with "Martin Durand");
- two full names are never merged ("Marie Dupont" and "Paul Dupont" are two people), nor is a
  first name alone ever merged;
- organisations merge only on the same name, and never with people.

Ids are derived from the merged name, so they do not depend on the order articles arrive in:
exporting a corpus in two halves gives the same database as exporting it at once.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from musk_openai.text import fold

# Lower-case words inside family names ("Charles de Gaulle", "Ludwig van Beethoven").
PARTICLES = frozenset(
    "de du des la le l' d' van von der den ter ten di da del della dos das do ben bin ibn al el y".split()
)
_SPACES = re.compile(r"\s+")
# Quotation marks and apostrophes of every style, and every kind of space, compare alike.
_MARKS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"', "“": '"', "”": '"', "„": '"'})


@functools.lru_cache(maxsize=2**16)  # every block of a large export folds the corpus's names again
def name_key(name: str) -> str:
    """ "Élise  d’Arc" and "elise d'arc" are the same name."""
    return _SPACES.sub(" ", fold(name)).strip()


def _significant(words: list[str]) -> list[str]:
    return [w for w in words if w not in PARTICLES]


def merge(surfaces: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Each (name, kind) an article uses → the key of its person: "kind:merged name"."""
    keys = {(name, kind): name_key(name) for name, kind in surfaces}
    family: dict[str, set[str]] = defaultdict(set)  # "dupont" / "de gaulle" -> full names ending so
    first_names: set[str] = set()
    for (_, kind), key in keys.items():
        words = key.split()
        if kind != "person" or len(_significant(words)) < 2:
            continue
        first_names.add(words[0])
        for k in range(1, len(words)):
            if len(_significant(words[k:])) == 1:
                family[" ".join(words[k:])].add(key)
    merged: dict[tuple[str, str], str] = {}
    for (name, kind), key in keys.items():
        target = key
        significant = _significant(key.split())
        if kind == "person" and len(significant) == 1 and significant[0] not in first_names:
            candidates = family.get(key, set())
            if len(candidates) == 1:
                target = next(iter(candidates))
        merged[(name, kind)] = f"{kind}:{target}"
    return merged


def stable_id(key: str) -> int:
    """A positive id below 2**53 (exact in JavaScript, so in Datasette's JSON), from a key.
    Two keys collide with probability about n²/2**54: 5e-7 for 100,000 people."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") >> 11


def quotation_text(text: str) -> str:
    """The form under which quotations are counted as the same: quotation marks, apostrophes
    and spaces normalised (case and words kept)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_MARKS)).strip()


def quotation_id(text: str) -> int:
    return stable_id("quotation:" + quotation_text(text))


def person_id(key: str) -> int:
    return stable_id(key)
