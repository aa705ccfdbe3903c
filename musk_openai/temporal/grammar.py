"""A small recursive-descent grammar of French temporal expressions.

It works on a list of lower-cased words (see `split_words`), so the spaCy
component and the pure normaliser share it. Each rule returns the end index of
what it consumed and a `Spec`: what the words say, before any anchoring.
Rules are grouped by family (lexicon.FAMILIES); their vocabulary is data in
`lexicon`, and the extensions every day-level rule shares (a part of the day,
a clock time, "dernier"/"prochain", "l'an prochain") are written once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress
from typing import NamedTuple, Optional, overload

from musk_openai.temporal import lexicon as lx

# Words: numbers with their ordinal suffix, letter runs with an elided
# apostrophe ("l'", "aujourd'"), or any other single non-space character.
_WORD = re.compile(r"\d+(?:er|re|ère|ème|nde|nd|e)(?![^\W\d_])|\d+|[^\W\d_]+['’]?|\S")


class Word(NamedTuple):  # a tuple: documents have tens of thousands of them
    text: str  # lower-cased, typographic apostrophe folded to "'"
    start: int
    end: int
    token: int = -1  # index of the spaCy token it comes from


def fold(text: str) -> str:
    return text.lower().replace("’", "'").replace("\u02bc", "'")


def split_words(text: str) -> list[Word]:
    """The grammar's words of a text given alone (the normaliser's input)."""
    return [Word(fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


class Words(Sequence[Word]):
    """A document's words as columns: it has tens of thousands, the grammar reads only their
    texts, and the component looks at a few dozen, so a Word is made only where one is read."""

    __slots__ = ("texts", "starts", "ends", "tokens")

    def __init__(self, texts: list[str], starts: list[int], ends: list[int], tokens: list[int]) -> None:
        self.texts, self.starts, self.ends, self.tokens = texts, starts, ends, tokens

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, k: int) -> Word: ...

    @overload
    def __getitem__(self, k: slice) -> list[Word]: ...

    def __getitem__(self, k: int | slice) -> Word | list[Word]:
        if isinstance(k, slice):
            columns = zip(self.texts[k], self.starts[k], self.ends[k], self.tokens[k], strict=True)
            return [Word(*row) for row in columns]
        return Word(self.texts[k], self.starts[k], self.ends[k], self.tokens[k])

    def glued(self) -> list[bool]:
        """`glued` of these words, read from the columns."""
        if not self.texts:
            return []
        return [False] + [end == start for end, start in zip(self.ends, self.starts[1:], strict=False)]


def token_words(text: str, tokens: list[int], starts: list[int], lengths: list[int], split: list[int]) -> Words:
    """The grammar's words of a tokenised text, from its (index, start, length) token columns: each
    token is one word, or, when it mixes digits, letters and signs ("mi-2019", "17h30"), several;
    `split` lists the positions of the tokens that may (neither alphabetic nor one character)."""
    lowered = fold(text)
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: fold word by word
        lowered = ""
    ends = [start + length for start, length in zip(starts, lengths, strict=True)]
    word_starts: list[int] = []
    word_ends: list[int] = []
    owners: list[int] = []
    done = 0  # tokens before this position are copied
    for k in split:
        spans = [m.span() for m in _WORD.finditer(text, starts[k], ends[k])]
        if len(spans) == 1 and spans[0] == (starts[k], ends[k]):
            continue  # one word after all ("2012", "l'")
        word_starts += starts[done:k]
        word_ends += ends[done:k]
        owners += tokens[done:k]
        for begin, stop in spans:
            word_starts.append(begin)
            word_ends.append(stop)
            owners.append(tokens[k])
        done = k + 1
    if done:
        word_starts += starts[done:]
        word_ends += ends[done:]
        owners += tokens[done:]
    else:
        word_starts, word_ends, owners = starts, ends, tokens
    if lowered:
        texts = [lowered[start:end] for start, end in zip(word_starts, word_ends, strict=True)]
    else:
        texts = [fold(text[start:end]) for start, end in zip(word_starts, word_ends, strict=True)]
    return Words(texts, word_starts, word_ends, owners)


def glued(words: Sequence[Word]) -> list[bool]:
    """For each word, whether it follows the previous one with no space ("14/03/2019", "22-24")."""
    if not words:
        return []
    return [False] + [before.end == word.start for before, word in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class Spec:
    """What an expression says. Absolute parts are filled; relative ones name an anchor.

    anchor: None (absolute), "dct" (deictic), "prev" (anaphoric), "context"
    (a yearless date: the publication year, read with the verb's tense, else the
    previous date's year).
    """

    granularity: str
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    hour: Optional[int] = None
    minute: Optional[int] = None
    part: Optional[str] = None  # "SU", "Q3", "H1"
    decade: Optional[int] = None  # 199 for the 1990s
    century: Optional[int] = None  # 19 for the 20th century (TIMEX3)
    weekday: Optional[int] = None
    mod: Optional[str] = None
    anchor: Optional[str] = None
    unit: Optional[str] = None  # unit of `offset`
    offset: int = 0
    pod: Optional[str] = None  # part of the day: MO, AF, EV, NI
    feast: Optional[str] = None  # a named day of lexicon.FEASTS, placed per year
    short_year: bool = False  # the year was written with two digits ("mars 96")
    window: int = 0  # -1: the `offset` units up to the publication date; 1: from it
    week: Optional[int] = None  # ISO week number ("la deuxième semaine de 2031")
    tensed: bool = False  # only a date when the verb is past or future ("le week-end")


@dataclass(frozen=True)
class Found:
    start: int  # word indices, end exclusive
    end: int
    spec: Spec
    role: Optional[str] = None  # "from"/"until" in a range


def is_number(word: str) -> bool:
    """ASCII digits only: "²" or "٣" are digits to str.isdigit but no day or year."""
    return word.isascii() and word.isdigit()


def _int(word: str) -> Optional[int]:
    return int(word) if is_number(word) else None


def _year(word: str) -> Optional[int]:
    if len(word) == 4 and is_number(word) and 1000 <= int(word) <= 2199:
        return int(word)
    return None


def _short_year(word: str) -> Optional[int]:
    """A two-digit year, provisionally in 1930–2029; the resolver recentres it on the publication date."""
    if len(word) == 2 and is_number(word):
        value = int(word)
        return 2000 + value if value < 30 else 1900 + value
    return None


def _day(word: str) -> Optional[int]:
    if word in ("1er", "1re", "1ère", "premier"):
        return 1
    if is_number(word) and len(word) <= 2 and 1 <= int(word) <= 31:
        return int(word)
    return None


def is_day(word: str) -> bool:
    """A day of the month: "14", "1er"."""
    return _day(word) is not None


def _ordinal(word: str) -> Optional[int]:
    if word in lx.ORDINALS:
        return lx.ORDINALS[word]
    for suffix in ("ème", "e"):
        if word.endswith(suffix) and is_number(word[: -len(suffix)]):
            return int(word[: -len(suffix)])
    return None


def _roman(word: str) -> Optional[int]:
    if not word or any(c not in lx.ROMAN for c in word):
        return None
    total = 0
    for i, c in enumerate(word):
        value = lx.ROMAN[c]
        nxt = lx.ROMAN[word[i + 1]] if i + 1 < len(word) else 0
        total += -value if value < nxt else value
    return total if total > 0 else None


def _phrases(table: dict[str, object]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Multi-word lexicon entries indexed by their first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in table:
        words = tuple(w.text for w in split_words(key))
        index.setdefault(words[0], []).append((words, key))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


_FEASTS = _phrases(lx.FEASTS)  # type: ignore[arg-type]
_PARTS = _phrases(lx.PARTS_OF_DAY)  # type: ignore[arg-type]
_AGO = _phrases(lx.AGO_QUALIFIERS)  # type: ignore[arg-type]
_BOUNDS = _phrases(lx.BOUND_PHRASES)  # type: ignore[arg-type]
_FRACTIONS = _phrases(lx.CLOCK_FRACTIONS)  # type: ignore[arg-type]
_SEPARATORS = ("/", "-", ".")
_AND_ONE = ("un", "une", "onze")  # "vingt et un", "soixante et onze"
_DAY_GRANULARITIES = ("day", "time")


class Grammar:
    def __init__(self, words: Sequence[str], standalone: bool = False, glued: Optional[Sequence[bool]] = None) -> None:
        self.w = list(words)
        self.n = len(self.w)
        # Standalone: the caller vouches that the words are a temporal expression,
        # so context triggers ("en", "depuis") are not required.
        self.standalone = standalone
        self.glued = list(glued) if glued is not None else [False] * self.n

    def at(self, i: int) -> str:
        return self.w[i] if 0 <= i < self.n else ""

    def stuck(self, i: int) -> bool:
        """Word i is written right after word i - 1, with no space."""
        return 0 < i < self.n and self.glued[i]

    def seq(self, i: int, *words: str) -> int:
        """End index if the words appear from i, else -1."""
        for k, word in enumerate(words):
            if self.at(i + k) != word:
                return -1
        return i + len(words)

    def phrase(self, i: int, index: dict[str, list[tuple[tuple[str, ...], str]]]) -> Optional[tuple[int, str]]:
        """The longest lexicon phrase starting at word i: (end, key)."""
        for words, key in index.get(self.at(i), ()):
            end = self.seq(i, *words)
            if end > 0:
                return end, key
        return None

    def ago(self, i: int) -> bool:
        """ "il y a", whose count and unit may come five words later ("il y a tout juste vingt ans")."""
        return self.seq(i, "il", "y", "a") > 0

    def triggered(self, i: int) -> bool:
        return self.standalone or self.at(i - 1) in lx.DATE_TRIGGERS

    def count(self, i: int) -> Optional[tuple[int, int]]:
        """A number of units: "3", "trois", "vingt-cinq", "quatre-vingt-dix"."""
        word = self.at(i)
        if is_number(word) and len(word) <= 4:
            return i + 1, int(word)
        return self.cardinal(i)

    def cardinal(self, i: int) -> Optional[tuple[int, int]]:
        """A number written in words: (end, value)."""
        total = current = 0
        j = end = i
        while True:
            word = self.at(j)
            if end > i and (
                word == "-" and self.at(j + 1) in lx.NUMBER_WORDS or word == "et" and self.at(j + 1) in _AND_ONE
            ):
                j += 1
                continue
            value = lx.NUMBER_WORDS.get(word)
            if value is None:
                break
            if value == 100:
                current = max(current, 1) * 100
            elif value == 1000:
                total += max(current, 1) * 1000
                current = 0
            elif value == 20 and self.at(j - 1 if self.at(j - 1) != "-" else j - 2) == "quatre" and end > i:
                current += 76  # "quatre-vingt": the four already counted becomes eighty
            else:
                current += value
            j += 1
            end = j
        return (end, total + current) if end > i else None

    def part_of_day(self, i: int) -> Optional[tuple[int, str]]:
        got = self.phrase(i, _PARTS)
        return (got[0], lx.PARTS_OF_DAY[got[1]]) if got else None

    # -- entry point -------------------------------------------------------
    def parse(self, i: int) -> list[Found]:
        """Expressions starting at word i (two for a range), or []."""
        found = self.range_(i)
        if found:
            return found
        core = self.bounded(i)
        if core is None:
            return []
        end, spec = core
        return [Found(i, end, spec)]

    # -- ranges ------------------------------------------------------------
    def range_(self, i: int) -> list[Found]:
        first = self.at(i)
        pair = self.day_pair(i)
        if pair:
            return pair
        year = _year(first)
        if year is not None and self.at(i + 1) == "-" and not (self.stuck(i + 1) and self.at(i - 1) in _SEPARATORS):
            # "1998-2002": two years, the second later, not a chain of numbers
            second = _year(self.at(i + 2))
            if second is not None and year < second <= year + 100 and self.at(i + 3) not in _SEPARATORS:
                return [
                    Found(i, i + 1, Spec("year", year=year), "from"),
                    Found(i + 2, i + 3, Spec("year", year=second), "until"),
                ]
        if first not in ("de", "du", "d'", "entre", "depuis"):
            return []
        links = ("et",) if first == "entre" else ("à", "au", "jusqu'à", "-")
        first_bound = self.bounded(i + 1, in_range=True)
        if first_bound is None:
            return []
        end1, s1 = first_bound
        j = end1
        if self.at(j) == "jusqu'" and self.at(j + 1) in ("à", "au", "en"):
            j += 1
        if self.at(j) not in links + ("jusqu'à", "en"):
            return []
        k = j + 1 if first == "entre" and self.at(j + 1) == "le" else j
        second = self.bounded(k + 1, in_range=True)
        if second is None:
            return []
        end2, s2 = second
        # "de juillet à septembre 2009": the first bound borrows the year.
        if s1.year is None and s1.anchor == "context" and s2.year is not None and s1.month is not None:
            s1 = replace(s1, year=s2.year, anchor=None)
        return [Found(i + 1 + (self.at(i + 1) == "le"), end1, s1, "from"), Found(k + 1, end2, s2, "until")]

    def day_pair(self, i: int) -> list[Found]:
        """Two day numbers sharing a month: "du 3 au 5 mars", "22-24 avril", "entre le 4 et le 9",
        "les 2 et 3 juin", "du lundi 3 au mercredi 5 décembre", "du 15 au 18"."""
        first = self.at(i)
        j = i + 1 if first in ("du", "entre", "les", "le") else i
        if first == "entre":  # "entre le 4 et le 9", not "entre 8 et 10" (marks, amounts)
            if self.at(j) != "le":
                return []
            j += 1
        if self.at(j) in lx.WEEKDAYS and first in ("du", "entre", "le"):
            j += 1
        day = _day(self.at(j))
        link = self.at(j + 1)
        if day is None or j == i and not (link == "-" and self.stuck(j + 1) and self.stuck(j + 2)):
            return []
        if self.numeric(j, True):  # "du 5-9-2018" is one date
            return []
        if first == "entre":
            links: tuple[str, ...] = ("et",)
        elif first in ("les", "le"):
            links = ("et", "-", "au")
        elif first == "du":
            links = ("au", "-")
        else:
            links = ("-",)
        if link not in links:
            return []
        k = j + 2
        if link == "et" and self.at(k) == "le":
            k += 1
        elif first == "entre":
            return []
        second = self.bounded(k, in_range=True)
        if second is None or second[1].granularity not in _DAY_GRANULARITIES or second[1].day is None:
            bare = self.bare_day(k)
            if bare is None or first not in ("du", "entre"):
                return []
            second = bare
        end2, s2 = second
        if s2.month is None and s2.hour is not None or s2.day is not None and s2.day <= day and s2.month is None:
            return []
        s1 = replace(s2, day=day, hour=None, minute=None, pod=None, granularity="day", weekday=None, mod=None)
        role_from, role_until = ("from", "until") if link != "et" or first == "entre" else (None, None)
        return [Found(j - (self.at(j - 1) in lx.WEEKDAYS), j + 1, s1, role_from), Found(k, end2, s2, role_until)]

    def bare_day(self, i: int) -> Optional[tuple[int, Spec]]:
        """A day of the month alone, inside a range: "entre le 4 et le 9", "du 15 au 18"."""
        day = _day(self.at(i))
        if day is None or self.at(i + 1) in lx.MONTHS or is_number(self.at(i + 1)):
            return None
        return i + 1, Spec("day", day=day, anchor="context")

    # -- modifiers -----------------------------------------------------------
    def bounded(self, i: int, in_range: bool = False) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        if not in_range:
            bound = lx.BOUND_WORDS.get(word)
            j = i + 1
            phrase = self.phrase(i, _BOUNDS)
            if phrase:
                j, key = phrase
                bound = lx.BOUND_PHRASES[key]
            if bound is not None:
                if word == "environ" and self.at(j) == "en":
                    j += 1
                inner = self.modded(j, trusted=True)
                if inner and inner[1].anchor in (None, "context") and inner[1].mod is None:
                    return inner[0], replace(inner[1], mod=bound)
        return self.modded(i, in_range=in_range)

    def modded(self, i: int, trusted: bool = False, in_range: bool = False) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        if word in lx.MOD_WORDS:
            j = i + 1
            # "début de l'année", "fin du mois", "milieu des années 1990"
            if self.at(j) in ("de", "d'", "du", "des"):
                j += 1
            elif word == "milieu":
                return None
            mod = lx.MOD_WORDS[word]
            if self.at(j - 1) in ("de", "d'"):
                # "en fin d'après-midi", "début de matinée le 11 novembre"
                pod = self.part_of_day(j)
                if pod is not None and mod is not None:
                    return self.part_on_day(pod[0], Spec("time", pod=pod[1], anchor="context", mod=mod))
                # "en début de mois", "en fin d'année", "en fin de semaine": the current one
                unit = lx.UNITS.get(self.at(j))
                if unit in ("week", "month", "year") and self.at(j) not in ("ans", "années", "jours", "semaines"):
                    shift = lx.DEICTIC_SHIFT.get(self.at(j + 1))
                    if shift is not None:
                        return j + 2, Spec(unit, anchor="dct", unit=unit, offset=shift, mod=mod)
                    return j + 1, Spec(unit, anchor="context", unit=unit, mod=mod)
            after_of = self.at(j - 1) in ("du", "des")
            inner = self.core(j, trusted=True, after_of=after_of)
            if inner is None and after_of:
                inner = self.century(j, trusted=True, bare=True)  # "début du XXe"
            if inner and inner[1].granularity in ("year", "month", "decade", "century", "season", "week"):
                return inner[0], replace(inner[1], mod=mod)
            return None
        # "la première moitié de 2015", "la deuxième partie des années 1970"
        if word in lx.HALF_WORDS and self.at(i + 1) in ("moitié", "partie"):
            j = i + 2
            if self.at(j) in ("de", "d'", "du", "des"):
                inner = self.core(j + 1, trusted=True, after_of=self.at(j) in ("du", "des"))
                if inner and inner[1].granularity in ("year", "month", "decade", "century"):
                    return inner[0], replace(inner[1], mod=lx.HALF_WORDS[word])
            return None
        if word == "mi" and self.at(i + 1) == "-":
            inner = self.core(i + 2, trusted=True)
            if inner and inner[1].granularity in ("year", "month", "decade"):
                return inner[0], replace(inner[1], mod="MID")
            return None
        return self.core(i, trusted=trusted or in_range)

    # -- cores -----------------------------------------------------------------
    def core(self, i: int, trusted: bool = False, after_of: bool = False) -> Optional[tuple[int, Spec]]:
        trusted = trusted or self.standalone
        for rule in _rules_for(self.at(i)):
            got = rule(self, i, trusted)
            if got:
                return got
        if after_of:
            # "fin du mois", "début de la semaine": the current period; "du mois dernier": the last one
            unit = {"mois": "month", "semaine": "week"}.get(self.at(i))
            if unit:
                shift = lx.DEICTIC_SHIFT.get(self.at(i + 1))
                if shift is not None:
                    return i + 2, Spec(unit, anchor="dct", unit=unit, offset=shift)
                return i + 1, Spec(unit, anchor="context", unit=unit)
        return None

    # -- extensions shared by every day-level rule ------------------------------
    def day_end(self, i: int, spec: Spec) -> tuple[int, Spec]:
        """What may follow a day: "au matin", "soir", then "à 15 h"."""
        j = i + 1 if self.at(i) == "au" else i
        pod = self.part_of_day(j)
        if pod is not None and not (self.at(pod[0]) == "-" and self.at(pod[0] + 1) == "là"):
            i, spec = pod[0], replace(spec, granularity="time", pod=pod[1])
        return self.with_clock(i, spec)

    def with_clock(self, i: int, spec: Spec) -> tuple[int, Spec]:
        """Extend a day with a following clock time ("le 14 mai 2002 à 17 h", "mercredi à midi")."""
        j = i + 1 if self.at(i) in ("à", "vers") else i
        clock = self.clock_words(j)
        if clock is None:
            return i, spec
        end, hour, minute = clock
        mod = "APPROX" if self.at(i) == "vers" else spec.mod
        return end, replace(spec, granularity="time", hour=hour, minute=minute, pod=None, mod=mod)

    def year_after(self, i: int) -> Optional[tuple[int, Spec]]:
        """What places a yearless day or month in a year: "dernier", "prochain", "l'an prochain",
        "de l'année suivante", "de la même année". Returns (end, a Spec carrying only the anchor)."""
        shift = lx.DEICTIC_SHIFT.get(self.at(i))
        if shift is not None:
            return i + 1, Spec("", anchor="dct", unit="date", offset=shift)
        j = self.seq(i, "de", "la", "même", "année")
        if j > 0:
            return j, Spec("", anchor="prev", unit="year")
        j = i + 1 if self.at(i) in ("de", "d'") else i
        if self.at(j) == "l'" and self.at(j + 1) in ("année", "an"):
            word = self.at(j + 2)
            if word in lx.ANAPHORIC_SHIFT:
                return j + 3, Spec("", anchor="prev", unit="year", offset=lx.ANAPHORIC_SHIFT[word])
            if word in lx.DEICTIC_SHIFT:
                return j + 3, Spec("", anchor="dct", unit="year", offset=lx.DEICTIC_SHIFT[word])
        return None

    def placed(self, i: int, spec: Spec) -> tuple[int, Spec]:
        year = _year(self.at(i))
        if year is not None:
            return i + 1, replace(spec, year=year, anchor=None)
        after = self.year_after(i)
        if after is not None:
            end, anchor = after
            return end, replace(spec, anchor=anchor.anchor, unit=anchor.unit, offset=anchor.offset)
        return i, spec

    # -- numeric dates ------------------------------------------------------------
    def numeric(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "14/03/2019", "02/11/09", "5-9-2018", "2019-03-14", "09/2021", "le 12/08", "18 05 2015";
        never a score, fraction, phone or article number ("3-1", "1/2", "01 23 45")."""
        a = self.at(i)
        if not is_number(a) or self.stuck(i) and self.at(i - 1) in _SEPARATORS:
            return None
        sep = self.at(i + 1)
        if sep in _SEPARATORS and self.stuck(i + 1) and self.stuck(i + 2) and is_number(self.at(i + 2)):
            b = self.at(i + 2)
            if self.at(i + 3) == sep and self.stuck(i + 3) and self.stuck(i + 4) and is_number(self.at(i + 4)):
                c, end = self.at(i + 4), i + 5
                if self.chained(end):
                    return None
                if len(a) == 4 and sep == "-" and len(b) == 2 and len(c) == 2:
                    year, month, day, short = int(a), int(b), int(c), False
                elif len(a) <= 2 and len(b) <= 2 and len(c) in (2, 4):
                    day, month = int(a), int(b)
                    year_or_none = _year(c) if len(c) == 4 else _short_year(c)
                    if year_or_none is None:
                        return None
                    year, short = year_or_none, len(c) == 2
                else:
                    return None
                if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2199):
                    return None
                return self.day_end(end, Spec("day", year=year, month=month, day=day, short_year=short))
            end = i + 3
            if self.chained(end) or len(a) > 2 or not 1 <= int(a) <= 12 and len(b) == 4:
                return None
            if len(b) == 4 and sep == "/" and _year(b):
                return end, Spec("month", year=int(b), month=int(a))  # "09/2021"
            before = self.at(i - 1)
            if sep != "-" and len(b) <= 2 and (before in ("le", "du", "au") or before in lx.WEEKDAYS):
                day, month = int(a), int(b)
                if 1 <= month <= 12 and 1 <= day <= 31:
                    return self.day_end(end, Spec("day", month=month, day=day, anchor="context"))  # "le 12/08"
            return None
        # "le 18 05 2015": only with a four-digit year and no number around
        year = _year(self.at(i + 2))
        if len(a) <= 2 and len(sep) == 2 and is_number(sep) and year and not is_number(self.at(i - 1)):
            day, month = int(a), int(sep)
            if 1 <= month <= 12 and 1 <= day <= 31 and not is_number(self.at(i + 3)):
                return self.day_end(i + 3, Spec("day", year=year, month=month, day=day))
        return None

    def chained(self, end: int) -> bool:
        """More of the same after a numeric date: "1/2/3/4" or a reference number."""
        return self.at(end) in _SEPARATORS and self.stuck(end) and is_number(self.at(end + 1)) and self.stuck(end + 1)

    # -- named days -----------------------------------------------------------------
    def feast_day(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "Noël", "le lundi de Pâques 2019", "la fête des mères", "le réveillon de la Saint-Sylvestre"."""
        got = self.phrase(i, _FEASTS)
        if got is None:
            return None
        end, key = got
        if self.at(end) in lx.NOT_FEAST_BEFORE or self.at(i - 1) in lx.NOT_FEAST_AFTER:
            return None
        rule = lx.FEASTS[key]
        spec = Spec("day", feast=key, anchor="context")
        if rule.kind == "date":
            spec = replace(spec, month=rule.month, day=rule.day)
        year = _year(self.at(end))
        if year is not None:
            return self.day_end(end + 1, replace(spec, year=year, anchor=None))
        return self.day_end(end, spec)

    # -- parts of the day ----------------------------------------------------------------
    def part_of(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "la nuit de vendredi à samedi", "le soir de Noël", "la soirée de mardi", "le matin du 3 mars"
        (the part of that day); "dans la soirée" (of the day in context)."""
        pod = self.part_of_day(i)
        if pod is None:
            return None
        end, code = pod
        if self.at(end) in ("de", "du", "d'"):
            k = end + 2 if self.at(end + 1) in ("la", "l'") else end + 1  # "la nuit de la Saint-Sylvestre"
            inner = self.core(k, trusted=True)
            if inner is None and self.at(end) == "du":  # "la nuit du 13 au 14 juillet"
                pair = self.day_pair(end)
                if pair:
                    return pair[-1].end, replace(pair[0].spec, granularity="time", pod=code)
            if inner and inner[1].granularity in _DAY_GRANULARITIES and inner[1].hour is None:
                stop, spec = inner
                # "de vendredi à samedi": the night of the first day
                if self.at(stop) in ("à", "au") and self.at(stop + 1) in lx.WEEKDAYS:
                    stop += 2
                return stop, replace(spec, granularity="time", pod=code)
        if self.at(i - 1) in ("la", "l'") and self.at(i - 2) == "dans":
            return self.part_on_day(end, Spec("time", pod=code, anchor="context"))
        return None

    def part_on_day(self, i: int, spec: Spec) -> tuple[int, Spec]:
        """A part of the day, perhaps with its day after it: "début de matinée le 11 novembre"."""
        j = i + 1 if self.at(i) in ("le", "de", "du") else i
        inner = self.core(j, trusted=self.at(i) == "le")
        if (
            inner
            and inner[1].granularity == "day"
            and inner[1].hour is None
            and j > i
            or (inner and inner[1].granularity == "day" and inner[1].weekday is not None)
        ):
            return inner[0], replace(inner[1], granularity="time", pod=spec.pod, mod=spec.mod)
        return i, spec

    # -- days -------------------------------------------------------------------------------
    def full_date(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        j = i
        weekday = lx.WEEKDAYS.get(self.at(j))
        if weekday is not None:
            j += 1
            numeric = self.numeric(j, trusted)  # "mardi 19/06"
            if numeric is not None:
                return numeric[0], replace(numeric[1], weekday=weekday)
        day = _day(self.at(j))
        if day is None:
            return None
        month = lx.MONTHS.get(self.at(j + 1))
        end = j + 2
        if month is None:
            month = lx.MONTH_ABBREVIATIONS.get(self.at(j + 1))
            if month is None:
                return None
            if self.at(end) == ".":
                end += 1
        spec = Spec("day", month=month, day=day, weekday=weekday, anchor="context")
        end, spec = self.placed(end, spec)
        return self.day_end(end, spec)

    def day_with_time(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "le 21 à 20h": a day of the month with its time, month from the context."""
        day = _day(self.at(i))
        if day is None or self.at(i - 1) != "le" or self.at(i + 1) != "à":
            return None
        end, spec = self.with_clock(i + 1, Spec("day", day=day, anchor="context"))
        return (end, spec) if end > i + 1 else None

    def weekday(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "mardi", "ce jeudi", "mardi dernier", "dimanche soir", "mercredi à midi"."""
        j = i + 1 if self.at(i) in ("ce", "cet") else i
        weekday = lx.WEEKDAYS.get(self.at(j))
        if weekday is None:
            return None
        end = j + 1
        shift = lx.DEICTIC_SHIFT.get(self.at(end), 0)
        if shift:
            end += 1
        if self.at(end) == "-" and self.at(end + 1) == "soir":  # "mardi-soir"
            end += 1
        return self.day_end(end, Spec("day", weekday=weekday, anchor="dct", unit="weekday", offset=shift))

    def deictic(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        day: Optional[tuple[int, int]] = None  # (end, offset) of a deictic day
        if word in lx.DEICTIC_DAYS:
            day = i + 1, lx.DEICTIC_DAYS[word]
        elif word == "aujourd'" and self.at(i + 1) == "hui":
            day = i + 2, 0
        elif word in ("avant", "après") and self.at(i + 1) == "-" and self.at(i + 2) in ("hier", "demain"):
            day = i + 3, -2 if word == "avant" else 2
        if day is not None:
            end, offset = day
            if lx.WEEKDAYS.get(self.at(end)) is not None:  # "hier mardi"
                end += 1
            return self.day_end(end, Spec("day", anchor="dct", unit="day", offset=offset))
        # "ce matin", "cet après-midi", "cette nuit", "la nuit dernière"
        if word in ("ce", "cet", "cette", "la", "le"):
            pod = self.part_of_day(i + 1)
            if pod is not None and self.at(pod[0]) != "-":  # "ce soir-là" refers to the previous date
                end, code = pod
                shift = lx.DEICTIC_SHIFT.get(self.at(end))
                if word in ("la", "le") and shift is None:
                    return None
                if shift is not None:
                    end += 1
                return self.with_clock(end, Spec("time", anchor="dct", unit="day", offset=min(shift or 0, 0), pod=code))
        if word in ("ce", "cette") and self.at(i + 1) in ("semaine", "mois"):
            unit = "week" if self.at(i + 1) == "semaine" else "month"
            end = i + 2
            if self.at(end) == "-" and self.at(end + 1) == "ci":
                end += 2
            return end, Spec(unit, anchor="dct", unit=unit)
        if word in ("la", "le") and self.at(i + 1) in ("semaine", "mois", "jour"):
            unit = {"semaine": "week", "mois": "month", "jour": "day"}[self.at(i + 1)]
            shift_word = self.at(i + 2)
            if shift_word in lx.DEICTIC_SHIFT and unit != "day":
                return i + 3, Spec(unit, anchor="dct", unit=unit, offset=lx.DEICTIC_SHIFT[shift_word])
            if shift_word in lx.ANAPHORIC_SHIFT:
                return i + 3, Spec(unit, anchor="prev", unit=unit, offset=lx.ANAPHORIC_SHIFT[shift_word])
        # "le week-end dernier", "ce week-end", "le week-end" (past or future only)
        j = i + 1 if word in ("le", "ce") else -1
        if j > 0 and self.at(j) == "week" and self.at(j + 1) == "-" and self.at(j + 2) == "end":
            shift = lx.DEICTIC_SHIFT.get(self.at(j + 3))
            end = j + 3 + (1 if shift is not None else 0)
            return end, Spec(
                "week", anchor="dct", unit="weekend", offset=shift or 0, tensed=shift is None and word == "le"
            )
        # "il y a trois ans", "il y a près de dix jours", "dans deux semaines", "d'ici six mois"
        j = self.seq(i, "il", "y", "a")
        if j < 0 and word == "dans":
            j = i + 1
        if j < 0 and self.seq(i, "d'", "ici") > 0:
            j = i + 2
        if j > 0:
            mod = None
            qualifier = self.phrase(j, _AGO) if word == "il" else None
            if qualifier is not None:
                j, key = qualifier
                mod = lx.AGO_QUALIFIERS[key]
            counted = self.count(j)
            if counted is None:
                return None
            j, number = counted
            unit = lx.UNITS.get(self.at(j))
            if unit is None:
                return None
            sign = -1 if word == "il" else 1
            return j + 1, Spec(unit, anchor="dct", unit=unit, offset=sign * number, mod=mod)
        return None

    def window(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "les six derniers mois", "ces dix dernières années", "les deux prochaines semaines":
        a period ending (or starting) at the publication date."""
        j = i + 1 if self.at(i) in ("les", "ces") else i
        counted = self.count(j)
        if counted is None:
            return None
        j, number = counted
        direction = lx.WINDOW_WORDS.get(self.at(j))
        unit = lx.UNITS.get(self.at(j + 1))
        if direction is None or unit is None or number < 1:
            return None
        return j + 2, Spec(unit, anchor="dct", unit=unit, offset=number, window=direction)

    def anaphoric(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        if word == "le" and self.at(i + 1) in ("lendemain", "surlendemain"):
            spec = Spec("day", anchor="prev", unit="day", offset=1 if self.at(i + 1) == "lendemain" else 2)
            return self.day_end(i + 2, spec)
        if word == "la" and self.at(i + 1) == "veille":
            return self.day_end(i + 2, Spec("day", anchor="prev", unit="day", offset=-1))
        if word == "l'" and self.seq(i + 1, "avant", "-", "veille") > 0:
            return i + 4, Spec("day", anchor="prev", unit="day", offset=-2)
        if self.seq(i, "le", "jour", "même") > 0 or self.seq(i, "le", "même", "jour") > 0:
            return i + 3, Spec("day", anchor="prev", unit="day")
        # "ce jour-là", "ce soir-là", "cette année-là"
        if word in ("ce", "cet", "cette") and self.at(i + 2) == "-" and self.at(i + 3) == "là":
            noun = self.at(i + 1)
            pod = lx.PARTS_OF_DAY.get(noun)
            if pod is not None:
                return i + 4, Spec("time", anchor="prev", unit="day", pod=pod)
            unit = lx.UNITS.get(noun)
            if unit is not None:
                return i + 4, Spec(unit, anchor="prev", unit=unit)
            return None
        counted = self.count(i)
        if counted is None:
            return None
        j, count = counted
        unit = lx.UNITS.get(self.at(j))
        if unit is None:
            return None
        tail = self.at(j + 1)
        if tail == "plus" and self.at(j + 2) in ("tard", "tôt"):
            return j + 3, Spec(unit, anchor="prev", unit=unit, offset=count if self.at(j + 2) == "tard" else -count)
        if tail == "auparavant":
            return j + 2, Spec(unit, anchor="prev", unit=unit, offset=-count)
        # "deux jours après," but not "deux jours après sa création"
        if tail in ("après", "avant") and self.at(j + 2) in ("", ",", ".", ";", "et", ")"):
            return j + 2, Spec(unit, anchor="prev", unit=unit, offset=count if tail == "après" else -count)
        return None

    # -- months, years and longer ---------------------------------------------------------
    def month_year(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        j = i + 2 if self.seq(i, "mois", "de") > 0 or self.seq(i, "mois", "d'") > 0 else i
        month = lx.MONTHS.get(self.at(j))
        if month is None:
            return None
        year = _year(self.at(j + 1))
        if year is not None:
            return j + 2, Spec("month", year=year, month=month)
        short = _short_year(self.at(j + 1))
        if short is not None and self.at(j + 2) not in lx.AMOUNT_WORDS and not is_number(self.at(j + 2)):
            return j + 2, Spec("month", year=short, month=month, short_year=True)  # "mars 96"
        after = self.year_after(j + 1)
        if after is not None:
            end, anchor = after
            # "janvier dernier": the most recent January before the publication date
            unit = "month" if anchor.unit == "date" else anchor.unit
            return end, Spec("month", month=month, anchor=anchor.anchor, unit=unit, offset=anchor.offset)
        if trusted or self.triggered(j) or j > i:
            return j + 1, Spec("month", month=month, anchor="context")
        return None

    def year_phrase(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        # "l'année 2016", "l'an 2000", "l'année suivante", "l'an dernier"
        if word == "l'" and self.at(i + 1) in ("année", "an"):
            year = _year(self.at(i + 2))
            if year is not None:
                return i + 3, Spec("year", year=year)
            shift_word = self.at(i + 2)
            if shift_word in lx.DEICTIC_SHIFT:
                return i + 3, Spec("year", anchor="dct", unit="year", offset=lx.DEICTIC_SHIFT[shift_word])
            if shift_word in lx.ANAPHORIC_SHIFT:
                return i + 3, Spec("year", anchor="prev", unit="year", offset=lx.ANAPHORIC_SHIFT[shift_word])
            if self.seq(i + 2, "d'", "avant") > 0:
                return i + 4, Spec("year", anchor="dct", unit="year", offset=-1)
            if trusted and self.at(i + 1) == "année":
                return i + 2, Spec("year", anchor="context", unit="year")
            return None
        if word in ("cette", "cet") and self.at(i + 1) in ("année", "an"):
            return i + 2, Spec("year", anchor="dct", unit="year")
        if self.seq(i, "la", "même", "année") > 0:
            return i + 3, Spec("year", anchor="prev", unit="year")
        year = _year(word)
        if year is None:
            # "en 89": a two-digit year only right after "en"
            short = _short_year(word)
            nxt = self.at(i + 1)
            if (
                short is None
                or self.at(i - 1) != "en"
                or nxt in lx.AMOUNT_WORDS
                or is_number(nxt)
                or nxt in lx.TIME_WORDS
            ):
                return None
            return i + 1, Spec("year", year=short, short_year=True)
        if self.at(i + 1) in lx.AMOUNT_WORDS or is_number(self.at(i - 1)):
            return None
        if trusted or self.triggered(i) or self.at(i - 1) in ("année", "an"):
            return i + 1, Spec("year", year=year)
        return None

    def spelled_year(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "en deux mille douze", "en mille neuf cent soixante-cinq"."""
        if not (trusted or self.triggered(i)) or "mille" not in self.w[i : i + 4] and "mil" not in self.w[i : i + 4]:
            return None
        got = self.cardinal(i)
        if got is None or not 1000 <= got[1] <= 2199 or self.at(got[0]) in lx.AMOUNT_WORDS:
            return None
        return got[0], Spec("year", year=got[1])

    def decade(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        j = i + 1 if self.at(i) == "les" else i
        if self.at(j) != "années":
            return None
        word = self.at(j + 1)
        if len(word) == 4 and is_number(word) and word.endswith("0"):
            return j + 2, Spec("decade", decade=int(word) // 10)
        if len(word) == 2 and is_number(word) and word.endswith("0"):
            return j + 2, Spec("decade", decade=190 + int(word) // 10)
        # "les années soixante-dix", "les années quatre-vingt", "les années deux mille"
        got = self.cardinal(j + 1)
        if got is None:
            return None
        end, value = got
        if 10 <= value <= 90 and value % 10 == 0:
            return end, Spec("decade", decade=190 + value // 10)
        if value in (2000, 2010):
            return end, Spec("decade", decade=value // 10)
        return None

    def century(self, i: int, trusted: bool, bare: bool = False) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        number: Optional[int] = None
        for suffix in ("ème", "e"):
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                number = _int(stem) or (_roman(stem) if not bare or len(stem) > 1 else None)
                break
        if number is None or not 1 <= number <= 22:
            return None
        if self.at(i + 1) == "siècle":
            return i + 2, Spec("century", century=number - 1)
        if bare and _roman(word[:-1] if word.endswith("e") else ""):
            return i + 1, Spec("century", century=number - 1)
        return None

    def season(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        if word == "mois" and self.at(i + 1) in ("d'", "de") and self.at(i + 2) in lx.SEASONS:
            j = i + 2  # "les mois d'été"
        else:
            j = i + 1 if word in ("l'", "le", "au", "cet", "ce", "à") else i
        if word == "à" and self.at(j) == "l'":
            j += 1
        part = lx.SEASONS.get(self.at(j))
        if part is None or j == i and not trusted:
            return None
        end = j + 1
        if self.at(end) in ("de", "d'") and _year(self.at(end + 1)):
            end += 1
        year = _year(self.at(end))
        if year is not None:
            return end + 1, Spec("season", year=year, part=part)
        short = _short_year(self.at(end))
        if short is not None and self.at(end + 1) not in lx.AMOUNT_WORDS and not is_number(self.at(end + 1)):
            return end + 1, Spec("season", year=short, part=part, short_year=True)  # "l'été 68"
        shift = lx.DEICTIC_SHIFT.get(self.at(end))
        if shift is not None:
            return end + 1, Spec("season", part=part, anchor="dct", unit="year", offset=shift)
        if word in ("cet", "ce"):
            return end, Spec("season", part=part, anchor="dct", unit="year")
        if word in ("au", "à", "mois", "l'") or trusted:
            # "au printemps", "l'été": this year's, read with the verb's tense
            return end, Spec("season", part=part, anchor="context")
        return None

    def quarter(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        j = i
        ordinal = lx.ORDINALS.get(self.at(j))
        if ordinal is None:
            if self.at(j) == "dernier" and self.at(j + 1) in ("trimestre", "semestre"):
                ordinal = 4 if self.at(j + 1) == "trimestre" else 2
            else:
                return None
        unit = self.at(j + 1)
        if unit == "trimestre" and ordinal <= 4:
            part = f"Q{ordinal}"
            gran = "quarter"
        elif unit == "semestre" and ordinal <= 2:
            part = f"H{ordinal}"
            gran = "half"
        else:
            return None
        end = j + 2
        if self.at(end) in ("de", "d'") and (_year(self.at(end + 1)) or self.at(end + 1) == "l'"):
            end += 1
        year = _year(self.at(end))
        if year is not None:
            return end + 1, Spec(gran, year=year, part=part)
        if self.at(end) == "l'" and self.at(end + 1) == "année":
            return end + 2, Spec(gran, part=part, anchor="context")
        return end, Spec(gran, part=part, anchor="context")

    def week_of_year(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        """ "la deuxième semaine de 2031", "la 45e semaine de l'année"."""
        week = _ordinal(self.at(i))
        if week is None or not 1 <= week <= 53 or self.at(i + 1) != "semaine" or self.at(i + 2) not in ("de", "d'"):
            return None
        year = _year(self.at(i + 3))
        if year is not None:
            return i + 4, Spec("week", year=year, week=week)
        if self.seq(i + 3, "l'", "année") > 0:
            return i + 5, Spec("week", week=week, anchor="dct", unit="year")
        return None

    # -- clock times ---------------------------------------------------------------------------
    def clock_words(self, i: int) -> Optional[tuple[int, int, int]]:
        """ "17 h", "17 h 30", "17h30", "8 heures", "trois heures du matin", "midi", "minuit",
        "quatre heures et demie"."""
        word = self.at(i)
        if word in lx.NOON_MIDNIGHT:
            end, hour, minute = i + 1, lx.NOON_MIDNIGHT[word], 0
        else:
            hour = _int(word) if len(word) <= 2 else None
            if hour is None and word in lx.NUMBER_WORDS and self.at(i + 1) in ("heure", "heures"):
                hour = lx.NUMBER_WORDS[word]  # written out: only with "heure(s)", never "h"
            if hour is None or hour > 24 or self.at(i + 1) not in lx.TIME_WORDS:
                return None
            end = i + 2
            minute = 0
            nxt = self.at(end)
            if is_number(nxt) and len(nxt) == 2 and int(nxt) < 60:
                minute = int(nxt)
                end += 1
        fraction = self.phrase(end, _FRACTIONS) if minute == 0 else None
        if fraction is not None:
            end, key = fraction
            minute = lx.CLOCK_FRACTIONS[key]
            if minute < 0:
                hour, minute = (hour - 1) % 24, 60 + minute
        part = self.seq(end, "du", "matin") if self.at(end + 1) == "matin" else -1
        if part < 0 and self.at(end) in ("du", "de") and self.at(end + 1) in ("soir", "l'"):
            evening = self.seq(end, "du", "soir")
            afternoon = self.seq(end, "de", "l'", "après", "-", "midi")
            part = max(evening, afternoon)
            if part > 0 and hour < 12:
                hour += 12
        if part > 0:
            end = part
        return end, hour % 24, minute

    def clock(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        clock = self.clock_words(i)
        if clock is None:
            return None
        end, hour, minute = clock
        # A bare "trois heures" is a duration; a time needs "à"/"vers", or "du matin"/"du soir".
        day_part = self.at(end - 1) in ("matin", "soir", "midi") and end - 1 > i
        if not (trusted or day_part or self.at(i - 1) in lx.TIME_TRIGGERS):
            return None
        spec = Spec("time", hour=hour, minute=minute, anchor="context")
        # "9 heures ce matin", "à 8 h demain": the time of that day
        day = self.deictic(end, True)
        if day is not None and day[1].unit == "day" and day[1].hour is None:
            return day[0], replace(day[1], granularity="time", hour=hour, minute=minute, pod=None)
        return end, spec


_ARTICLES = frozenset("l' le la les ce cet cette ces au à d' il dans mois années".split())
# The core rules in the order they are tried, each with the words it can start with: a word is
# only offered the rules that could start there (most of a text is numbers and articles).
_RULES: tuple[tuple[Callable[..., Optional[tuple[int, Spec]]], Callable[[str], bool]], ...] = (
    (Grammar.numeric, is_number),
    (Grammar.feast_day, lambda w: w in _FEASTS),
    (Grammar.part_of, lambda w: w in _PARTS),
    (Grammar.full_date, lambda w: w in lx.WEEKDAYS or _day(w) is not None),
    (Grammar.month_year, lambda w: w in lx.MONTHS or w == "mois"),
    (Grammar.year_phrase, lambda w: w in _ARTICLES or is_number(w)),
    (Grammar.spelled_year, lambda w: w in lx.NUMBER_WORDS),
    (Grammar.decade, lambda w: w in ("les", "années")),
    (Grammar.century, lambda w: w.endswith("e")),
    (Grammar.season, lambda w: w in lx.SEASONS or w in _ARTICLES),
    (Grammar.quarter, lambda w: w in lx.ORDINALS or w == "dernier"),
    (Grammar.week_of_year, lambda w: _ordinal(w) is not None),
    (Grammar.window, lambda w: w in ("les", "ces") or is_number(w) or w in lx.NUMBER_WORDS),
    (Grammar.deictic, lambda w: w in lx.DEICTIC_DAYS or w in _ARTICLES or w in ("aujourd'", "avant", "après")),
    (Grammar.anaphoric, lambda w: w in _ARTICLES or is_number(w) or w in lx.NUMBER_WORDS),
    (Grammar.weekday, lambda w: w in lx.WEEKDAYS or w in ("ce", "cet")),
    (Grammar.day_with_time, lambda w: _day(w) is not None),
    (Grammar.clock, lambda w: is_number(w) or w in lx.NOON_MIDNIGHT or w in lx.NUMBER_WORDS),
)


@lru_cache(maxsize=65536)
def _rules_for(word: str) -> tuple[Callable[..., Optional[tuple[int, Spec]]], ...]:
    return tuple(rule for rule, starts in _RULES if starts(word))


def parse_all(words: Sequence[str], standalone: bool = False, glued: Optional[Sequence[bool]] = None) -> list[Found]:
    """Every expression in the word list, leftmost-longest, without overlaps."""
    grammar = Grammar(words, standalone, glued)
    words, n = grammar.w, grammar.n
    # Where the grammar could start: a date word itself, or a function word ("le", "de", "à"…)
    # with a date word within the next three. Skips most of the text at the cost of a set lookup.
    dateish = list(map(_is_date_word, words))
    for k in list(compress(range(n), dateish)):
        word = words[k]
        # Frequent words that are only dates in company: a number word counts something
        # ("il y a trois ans", "deux mille douze"); "été" after "a" is a participle.
        if word in lx.NUMBER_WORDS and word not in _COUNTED and not any(w in _COUNTED for w in words[k + 1 : k + 8]):
            dateish[k] = False
        elif word == "été" and k > 0 and words[k - 1] not in _BEFORE_SUMMER:
            dateish[k] = False
    # The start positions, gathered from the (few) date words rather than tested word by word.
    starts = set(compress(range(n), dateish))
    for j in list(starts):
        starts.update(k for k in range(max(j - 3, 0), j) if words[k] in _LEADERS)
    k = -1
    while True:  # "il y a trois ans": list.index scans for "il" in C
        try:
            k = words.index("il", k + 1)
        except ValueError:
            break
        if grammar.ago(k):
            starts.add(k)
    found: list[Found] = []
    i = 0  # the end of the last expression: they do not overlap
    for k in sorted(starts):
        if k < i:
            continue
        got = grammar.parse(k)
        if got and got[-1].end <= n:
            found.extend(got)
            i = got[-1].end
    return found


# Words that can only open an expression when a date word follows closely.
_LEADERS = frozenset(
    "de du d' entre depuis l' la le les ce cet cette ces au aux autour à il dans mi avant après vers environ première "
    "seconde deuxième dernière".split()
)
# Words that make an expression by themselves or head one.
_DATE_WORDS = frozenset(
    set(lx.MONTHS)
    | set(lx.MONTH_ABBREVIATIONS)
    | set(lx.WEEKDAYS)
    | set(lx.SEASONS)
    | set(lx.MOD_WORDS)
    | set(lx.DEICTIC_DAYS)
    | set(lx.ORDINALS)
    | set(lx.NUMBER_WORDS)
    | set(lx.UNITS)
    | set(_FEASTS)
    | set(_PARTS)
    | {
        "aujourd'",
        "hui",
        "lendemain",
        "surlendemain",
        "veille",
        "week",
        "trimestre",
        "semestre",
        "siècle",
        "dernier",
        "dernière",
        "prochain",
        "prochaine",
        "midi",
        "minuit",
        "heure",
        "heures",
        "h",
        "moitié",
        "partie",
    }
)


_COUNTED = frozenset(set(lx.UNITS) | set(lx.WINDOW_WORDS) | {"mille", "mil", "heure", "heures"})
_BEFORE_SUMMER = frozenset("l' cet d' de en mois du au ce . , ( « :".split())
# Roman-numeral centuries: "xxe", "xixème" (not "ville")
_CENTURY = re.compile(r"x{0,2}(?:ix|iv|v?i{0,3})(?:e|ème)")


@lru_cache(maxsize=65536)
def _is_date_word(word: str) -> bool:
    return word in _DATE_WORDS or is_number(word[:1]) or bool(_CENTURY.fullmatch(word)) and len(word) > 1
