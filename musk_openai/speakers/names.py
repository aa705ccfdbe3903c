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


# Capitalised words the first-name list also holds but that, before a family name in French
# copy, are titles, articles or dates: "Mme Bélanger", "La Presse", "Mardi Gras".
_NOT_FIRST_NAMES = frozenset(
    """m mme mlle me dr pr mgr monsieur madame mademoiselle maitre docteur professeur president presidente
    saint sainte le la les un une en de du des au aux et ou par pour sur sous selon chez lors lundi mardi
    mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre
    octobre novembre decembre general colonel capitaine commandant ministre maire juge pere mere fils
    frere soeur sir lord dame""".split()
)


def is_first_name(word: str) -> bool:
    """A capitalised word that is a first name of the kept list, not a title or a function word."""
    return word[:1].isupper() and fold(word).strip(".") not in _NOT_FIRST_NAMES and first_name_gender(word) is not None


# Capitalised words that open a sentence or a clause before a name, beyond the titles and
# articles above: never a given name the list lacks.
_NOT_GIVEN = _NOT_FIRST_NAMES | frozenset(
    """mais donc or ni car quand lorsque alors ainsi depuis avant apres pendant contre avec sans dans entre
    vers cette ces son sa ses leur leurs notre votre premier""".split()
)


def may_be_given_name(word: str) -> bool:
    """A given name the kept list lacks ("Tsogtbaatar", "Dulamsuren") may be a capitalised word
    before a person's family name: no title, no function word, no all-capitals acronym."""
    key = fold(word)
    return len(word) >= 3 and word[:1].isupper() and not word.isupper() and key not in _NOT_GIVEN and key.isalpha()


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
