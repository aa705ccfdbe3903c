"""A small recursive-descent grammar of French temporal expressions.

It works on a list of lower-cased words (see `split_words`), so the spaCy
component and the pure normaliser share it. Each rule returns the end index of
what it consumed and a `Spec`: what the words say, before any anchoring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple, Optional

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


def token_words(text: str, tokens: Sequence[tuple[int, int, int, bool]]) -> list[Word]:
    """The grammar's words of a tokenised text: each (index, start, length, alphabetic) token is one
    word, or, when it mixes digits, letters and signs ("mi-2019", "17h30"), several."""
    lowered = fold(text)
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: fold token by token
        lowered = ""
    words: list[Word] = []
    for index, start, length, alphabetic in tokens:
        end = start + length
        if alphabetic:
            words.append(Word(lowered[start:end] if lowered else fold(text[start:end]), start, end, index))
            continue
        for m in _WORD.finditer(text, start, end):
            word = lowered[m.start() : m.end()] if lowered else fold(m.group())
            words.append(Word(word, m.start(), m.end(), index))
    return words


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


def _day(word: str) -> Optional[int]:
    if word in ("1er", "1re", "1ère", "premier"):
        return 1
    if is_number(word) and len(word) <= 2 and 1 <= int(word) <= 31:
        return int(word)
    return None


def _number(word: str) -> Optional[int]:
    if is_number(word) and len(word) <= 3:
        return int(word)
    return lx.NUMBER_WORDS.get(word)


def _roman(word: str) -> Optional[int]:
    if not word or any(c not in lx.ROMAN for c in word):
        return None
    total = 0
    for i, c in enumerate(word):
        value = lx.ROMAN[c]
        nxt = lx.ROMAN[word[i + 1]] if i + 1 < len(word) else 0
        total += -value if value < nxt else value
    return total if total > 0 else None


class Grammar:
    def __init__(self, words: Sequence[str], standalone: bool = False) -> None:
        self.w = list(words)
        self.n = len(words)
        # Standalone: the caller vouches that the words are a temporal expression,
        # so context triggers ("en", "depuis") are not required.
        self.standalone = standalone

    def at(self, i: int) -> str:
        return self.w[i] if 0 <= i < self.n else ""

    def seq(self, i: int, *words: str) -> int:
        """End index if the words appear from i, else -1."""
        for k, word in enumerate(words):
            if self.at(i + k) != word:
                return -1
        return i + len(words)

    def triggered(self, i: int) -> bool:
        return self.standalone or self.at(i - 1) in lx.DATE_TRIGGERS

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
        if first not in ("de", "du", "d'", "entre", "depuis"):
            return []
        links = ("et",) if first == "entre" else ("à", "au", "jusqu'à", "-")
        # "du 3 au 5 mars": a bare day borrowing month and year from the second bound.
        day = _day(self.at(i + 1))
        if day is not None and self.at(i + 2) in links + ("au",):
            second = self.bounded(i + 3, in_range=True)
            if second and second[1].granularity in ("day", "time") and second[1].day:
                s2 = second[1]
                s1 = replace(s2, day=day, hour=None, minute=None, granularity="day")
                return [Found(i + 1, i + 2, s1, "from"), Found(i + 3, second[0], s2, "until")]
        first_bound = self.bounded(i + 1, in_range=True)
        if first_bound is None:
            return []
        end1, s1 = first_bound
        j = end1
        if self.at(j) == "jusqu'" and self.at(j + 1) in ("à", "au", "en"):
            j += 1
        if self.at(j) not in links + ("jusqu'à", "en"):
            return []
        second = self.bounded(j + 1, in_range=True)
        if second is None:
            return []
        end2, s2 = second
        # "de juillet à septembre 2009": the first bound borrows the year.
        if s1.year is None and s1.anchor == "context" and s2.year is not None:
            s1 = replace(s1, year=s2.year, anchor=None)
        return [Found(i + 1, end1, s1, "from"), Found(j + 1, end2, s2, "until")]

    # -- modifiers -----------------------------------------------------------
    def bounded(self, i: int, in_range: bool = False) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        if word in lx.BOUND_WORDS and not in_range:
            j = i + 1
            if word == "environ" and self.at(j) == "en":
                j += 1
            inner = self.modded(j, trusted=True)
            if inner and inner[1].anchor in (None, "context") and inner[1].mod is None:
                return inner[0], replace(inner[1], mod=lx.BOUND_WORDS[word])
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
            inner = self.core(j, trusted=True, after_of=self.at(j - 1) in ("du", "des"))
            if inner and inner[1].granularity in ("year", "month", "decade", "century", "season", "week"):
                return inner[0], replace(inner[1], mod=lx.MOD_WORDS[word])
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
        for rule in (
            self.full_date,
            self.month_year,
            self.year_phrase,
            self.decade,
            self.century,
            self.season,
            self.quarter,
            self.deictic,
            self.anaphoric,
            self.weekday,
            self.clock,
        ):
            got = rule(i, trusted)
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

    def full_date(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        j = i
        weekday = lx.WEEKDAYS.get(self.at(j))
        if weekday is not None:
            j += 1
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
        year = _year(self.at(end))
        if year is not None:
            end += 1
        spec = Spec("day", year=year, month=month, day=day, weekday=weekday, anchor=None if year else "context")
        return self.with_clock(end, spec)

    def with_clock(self, i: int, spec: Spec) -> tuple[int, Spec]:
        """Extend a day with a following clock time ("le 14 mai 2002 à 17 h")."""
        j = i + 1 if self.at(i) in ("à", ",", "vers") else i
        clock = self.clock_words(j)
        if clock is None:
            return i, spec
        end, hour, minute = clock
        return end, replace(spec, granularity="time", hour=hour, minute=minute)

    def clock_words(self, i: int) -> Optional[tuple[int, int, int]]:
        """ "17 h", "17 h 30", "17h30", "8 heures", "trois heures du matin", "midi", "minuit"."""
        word = self.at(i)
        if word in lx.NOON_MIDNIGHT:
            return i + 1, lx.NOON_MIDNIGHT[word], 0
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
        return end, Spec("time", hour=hour, minute=minute, anchor="context")

    def month_year(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        month = lx.MONTHS.get(self.at(i))
        if month is None:
            return None
        year = _year(self.at(i + 1))
        if year is not None:
            return i + 2, Spec("month", year=year, month=month)
        # "août de la même année", "mars de l'année suivante"
        j = self.seq(i + 1, "de", "la", "même", "année")
        if j > 0:
            return j, Spec("month", month=month, anchor="prev", unit="year")
        if self.at(i + 1) in ("de", "d'") and self.at(i + 2) == "l'" and self.at(i + 3) in ("année", "an"):
            shift_word = self.at(i + 4)
            if shift_word in lx.ANAPHORIC_SHIFT:
                return i + 5, Spec(
                    "month", month=month, anchor="prev", unit="year", offset=lx.ANAPHORIC_SHIFT[shift_word]
                )
            if shift_word in lx.DEICTIC_SHIFT:
                return i + 5, Spec("month", month=month, anchor="dct", unit="year", offset=lx.DEICTIC_SHIFT[shift_word])
        shift = lx.DEICTIC_SHIFT.get(self.at(i + 1))
        if shift is not None:
            # "janvier dernier": the most recent January before the publication date.
            return i + 2, Spec("month", month=month, anchor="dct", unit="month", offset=shift)
        if trusted or self.triggered(i):
            return i + 1, Spec("month", month=month, anchor="context")
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
            return None
        if self.at(i + 1) in lx.AMOUNT_WORDS or is_number(self.at(i - 1)):
            return None
        if trusted or self.triggered(i) or self.at(i - 1) in ("année", "an"):
            return i + 1, Spec("year", year=year)
        return None

    def decade(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        j = i + 1 if self.at(i) == "les" else i
        if self.at(j) != "années":
            return None
        word = self.at(j + 1)
        if len(word) == 4 and is_number(word) and word.endswith("0"):
            return j + 2, Spec("decade", decade=int(word) // 10)
        if len(word) == 2 and is_number(word) and word.endswith("0"):
            return j + 2, Spec("decade", decade=190 + int(word) // 10)
        # "soixante-dix" is split as three words
        for length in (5, 3, 1):
            phrase = "".join(self.w[j + 1 : j + 1 + length])
            if phrase in lx.DECADE_WORDS:
                return j + 1 + length, Spec("decade", decade=lx.DECADE_WORDS[phrase])
        return None

    def century(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        number: Optional[int] = None
        for suffix in ("ème", "e"):
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                number = _int(stem) or _roman(stem)
                break
        if number is None or not 1 <= number <= 22 or self.at(i + 1) != "siècle":
            return None
        return i + 2, Spec("century", century=number - 1)

    def season(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
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
        shift = lx.DEICTIC_SHIFT.get(self.at(end))
        if shift is not None:
            return end + 1, Spec("season", part=part, anchor="dct", unit="year", offset=shift)
        if word in ("cet", "ce"):
            return end, Spec("season", part=part, anchor="dct", unit="year")
        if word in ("au", "à") or trusted:
            # "au printemps": this year's, read with the verb's tense
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
        if unit == "trimestre":
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

    def deictic(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        if word in lx.DEICTIC_DAYS:
            return i + 1, Spec("day", anchor="dct", unit="day", offset=lx.DEICTIC_DAYS[word])
        if word == "aujourd'" and self.at(i + 1) == "hui":
            return i + 2, Spec("day", anchor="dct", unit="day")
        if word in ("avant", "après") and self.at(i + 1) == "-" and self.at(i + 2) in ("hier", "demain"):
            return i + 3, Spec("day", anchor="dct", unit="day", offset=-2 if word == "avant" else 2)
        if word in ("ce", "cet", "cette") and self.at(i + 1) in ("matin", "soir", "nuit"):
            return i + 2, Spec("day", anchor="dct", unit="day")
        if word == "cet" and self.seq(i + 1, "après", "-", "midi") > 0:
            return i + 4, Spec("day", anchor="dct", unit="day")
        if word in ("ce", "cette") and self.at(i + 1) in ("semaine", "mois"):
            unit = "week" if self.at(i + 1) == "semaine" else "month"
            end = i + 2
            if self.at(end) == "-" and self.at(end + 1) == "ci":
                end += 2
            return end, Spec(unit, anchor="dct", unit=unit)
        if word in ("la", "le") and self.at(i + 1) in ("semaine", "mois"):
            unit = "week" if self.at(i + 1) == "semaine" else "month"
            shift_word = self.at(i + 2)
            if shift_word in lx.DEICTIC_SHIFT:
                return i + 3, Spec(unit, anchor="dct", unit=unit, offset=lx.DEICTIC_SHIFT[shift_word])
            if shift_word in lx.ANAPHORIC_SHIFT:
                return i + 3, Spec(unit, anchor="prev", unit=unit, offset=lx.ANAPHORIC_SHIFT[shift_word])
        # "le week-end dernier", "ce week-end"
        j = i + 1 if word in ("le", "ce") else -1
        if j > 0 and self.at(j) == "week" and self.at(j + 1) == "-" and self.at(j + 2) == "end":
            shift = lx.DEICTIC_SHIFT.get(self.at(j + 3))
            end = j + 3 + (1 if shift is not None else 0)
            if shift is not None or word == "ce":
                return end, Spec("week", anchor="dct", unit="weekend", offset=shift or 0)
        # "il y a trois ans", "dans deux semaines"
        j = self.seq(i, "il", "y", "a")
        if j > 0 or word == "dans":
            j = j if j > 0 else i + 1
            count = _number(self.at(j))
            unit = lx.UNITS.get(self.at(j + 1))
            if count is not None and unit:
                sign = -1 if word == "il" else 1
                return j + 2, Spec(unit if unit != "week" else "week", anchor="dct", unit=unit, offset=sign * count)
        return None

    def anaphoric(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        word = self.at(i)
        if word == "le" and self.at(i + 1) in ("lendemain", "surlendemain"):
            return i + 2, Spec("day", anchor="prev", unit="day", offset=1 if self.at(i + 1) == "lendemain" else 2)
        if word == "la" and self.at(i + 1) == "veille":
            return i + 2, Spec("day", anchor="prev", unit="day", offset=-1)
        if self.seq(i, "le", "jour", "même") > 0 or self.seq(i, "le", "même", "jour") > 0:
            return i + 3, Spec("day", anchor="prev", unit="day")
        count = _number(word)
        unit = lx.UNITS.get(self.at(i + 1))
        if count is None or unit is None:
            return None
        tail = self.at(i + 2)
        if tail == "plus" and self.at(i + 3) in ("tard", "tôt"):
            return i + 4, Spec(unit, anchor="prev", unit=unit, offset=count if self.at(i + 3) == "tard" else -count)
        if tail == "auparavant":
            return i + 3, Spec(unit, anchor="prev", unit=unit, offset=-count)
        # "deux jours après," but not "deux jours après sa création"
        if tail in ("après", "avant") and self.at(i + 3) in ("", ",", ".", ";", "et", ")"):
            return i + 3, Spec(unit, anchor="prev", unit=unit, offset=count if tail == "après" else -count)
        return None

    def weekday(self, i: int, trusted: bool) -> Optional[tuple[int, Spec]]:
        weekday = lx.WEEKDAYS.get(self.at(i))
        if weekday is None:
            return None
        end = i + 1
        shift = lx.DEICTIC_SHIFT.get(self.at(end), 0)
        if shift:
            end += 1
        if self.at(end) in ("matin", "soir"):
            end += 1
        elif self.seq(end, "après", "-", "midi") > 0:
            end += 3
        if self.at(end) in ("-", "soir") and self.at(end + 1) == "soir":
            end += 2
        return end, Spec("day", weekday=weekday, anchor="dct", unit="weekday", offset=shift)


def parse_all(words: Sequence[str], standalone: bool = False) -> list[Found]:
    """Every expression in the word list, leftmost-longest, without overlaps."""
    grammar = Grammar(words, standalone)
    # Where the grammar could start: a date word itself, or a function word ("le", "de", "à"…)
    # with a date word within the next three. Skips most of the text at the cost of a set lookup.
    dateish = [_is_date_word(w) for w in words]
    found: list[Found] = []
    i = 0
    while i < grammar.n:
        word = words[i]
        start = dateish[i] or (word in _LEADERS and any(dateish[i + 1 : i + 4]))
        got = grammar.parse(i) if start else []
        if got:
            found.extend(got)
            i = got[-1].end
        else:
            i += 1
    return found


# Words that can only open an expression when a date word follows closely.
_LEADERS = frozenset(
    "de du d' entre depuis l' la le les ce cet cette au à il dans mi avant après vers environ première "
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
    | set(lx.DECADE_WORDS)
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
        "matin",
        "soir",
        "nuit",
        "après-midi",
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


def _is_date_word(word: str) -> bool:
    if word in _DATE_WORDS or is_number(word[:1]):
        return True
    # Roman-numeral centuries: "xxe", "xixème"
    return word.endswith("e") and _roman(word.rstrip("eèm")) is not None
