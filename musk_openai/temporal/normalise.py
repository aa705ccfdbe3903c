"""Turn a parsed temporal expression into a TIMEX3 value and a calendar interval.

Pure functions: everything they need (publication date, previous date, verb
tense) is passed in. `normalise("début 2018")` is the convenient entry point.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from musk_openai.temporal import lexicon as lx
from musk_openai.temporal.grammar import Grammar, Spec, glued, split_words

Interval = tuple[dt.date, dt.date]

_SEASON_BOUNDS = {  # (month, day) ranges, generous so as not to be more precise than the text
    "SP": ((3, 1), (6, 30)),
    "SU": ((6, 1), (9, 30)),
    "FA": ((9, 1), (12, 31)),
    "WI": ((12, 1), (3, 31)),  # runs into the next year
}
_MONTH_NAMES = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@dataclass(frozen=True)
class Resolved:
    value: str
    granularity: str
    mod: Optional[str]
    interval: Optional[Interval]
    anchor: str  # absolute | dct | previous | unanchored
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None


@lru_cache(maxsize=1)
def _date_parser():  # type: ignore[no-untyped-def]
    # One parser, French only, built on first use (dateparser is slow to set up).
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["fr"], settings={"PREFER_DAY_OF_MONTH": "first"})


@lru_cache(maxsize=4096)
def calendar_date(year: int, month: int, day: int) -> Optional[dt.date]:
    """The calendar core: a real day, checked by dateparser ("31 février" is none)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    data = _date_parser().get_date_data(f"{day} {_MONTH_NAMES[month - 1]} {year:04d}")
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    return found if (found.year, found.month, found.day) == (year, month, day) else None


@lru_cache(maxsize=1024)
def feast_date(name: str, year: int) -> dt.date:
    """The day a named day of lexicon.FEASTS falls on in `year` (Easter by the Gregorian computus)."""
    rule = lx.FEASTS[name]
    if rule.kind == "date":
        return dt.date(year, rule.month, rule.day)
    if rule.kind == "easter":
        from dateutil.easter import easter

        return easter(year) + dt.timedelta(days=rule.day)
    if rule.kind == "sunday":
        return _nth_sunday(year, rule.month, rule.day)
    # Mothers' Day in France: the last Sunday of May, or the first of June when Pentecost takes it.
    last = _nth_sunday(year, 5, -1)
    return last + dt.timedelta(days=7) if last == feast_date("pentecôte", year) else last


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, _last_day(year, month))
    return last - dt.timedelta(days=(last.weekday() - 6) % 7)


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def _thirds(start: dt.date, end: dt.date, mod: Optional[str]) -> Optional[Interval]:
    """Narrow an interval for début/mi-/fin; widen it for "vers"; open bounds have none."""
    if mod is None:
        return start, end
    if mod in ("BEFORE", "AFTER"):
        return None
    span = (end - start).days + 1
    if mod == "APPROX":
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
            # "vers 2015": a year either side
            return start.replace(year=start.year - 1), end.replace(year=end.year + 1)
        return start - dt.timedelta(days=span), end + dt.timedelta(days=span)
    if span <= 1:
        return start, end
    if (
        start.day == 1
        and end.day == _last_day(end.year, end.month)
        and start.month == 1
        and end.month == 12
        and start.year == end.year
    ):
        # a year: Jan–Apr, May–Aug, Sep–Dec
        bounds = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
        return dt.date(start.year, bounds[0], 1), dt.date(start.year, bounds[1], _last_day(start.year, bounds[1]))
    if (
        start.year == end.year
        and start.month == end.month
        and start.day == 1
        and end.day == _last_day(end.year, end.month)
    ):
        # a month: 1–10, 11–20, 21–end
        days = {"START": (1, 10), "MID": (11, 20), "END": (21, end.day)}[mod]
        return start.replace(day=days[0]), start.replace(day=days[1])
    third = span // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third)
    if mod == "END":
        return end - dt.timedelta(days=third), end
    return start + dt.timedelta(days=third), end - dt.timedelta(days=third)


def _week_interval(year: int, week: int) -> Interval:
    monday = dt.date.fromisocalendar(year, week, 1)
    return monday, monday + dt.timedelta(days=6)


def _concrete(spec: Spec, year: int, month: Optional[int], day: Optional[int], anchor: str) -> Optional[Resolved]:
    """Value and interval of a fully known expression."""
    gran = spec.granularity
    mod = spec.mod
    if gran in ("day", "time"):
        if month is None or day is None:
            return None
        date = calendar_date(year, month, day)
        if date is None:
            return None
        value = date.isoformat()
        if gran == "time":
            value += (
                f"T{spec.pod}" if spec.hour is None and spec.pod else f"T{spec.hour or 0:02d}:{spec.minute or 0:02d}"
            )
        return Resolved(value, gran, mod, _thirds(date, date, mod), anchor, year, month, day)
    if gran == "month" and month is not None:
        start = dt.date(year, month, 1)
        end = dt.date(year, month, _last_day(year, month))
        return Resolved(f"{year:04d}-{month:02d}", gran, mod, _thirds(start, end, mod), anchor, year, month)
    if gran == "year":
        return Resolved(
            f"{year:04d}", gran, mod, _thirds(dt.date(year, 1, 1), dt.date(year, 12, 31), mod), anchor, year
        )
    if gran == "season" and spec.part:
        (m1, d1), (m2, d2) = _SEASON_BOUNDS[spec.part]
        start = dt.date(year, m1, d1)
        end = dt.date(year + (1 if m2 < m1 else 0), m2, d2)
        return Resolved(f"{year:04d}-{spec.part}", gran, mod, _thirds(start, end, mod), anchor, year)
    if gran in ("quarter", "half") and spec.part:
        n = int(spec.part[1])
        months = 3 if gran == "quarter" else 6
        first = (n - 1) * months + 1
        last = first + months - 1
        start = dt.date(year, first, 1)
        end = dt.date(year, last, _last_day(year, last))
        return Resolved(f"{year:04d}-{spec.part}", gran, mod, _thirds(start, end, mod), anchor, year)
    if gran == "week" and spec.week is not None:
        try:
            start, end = _week_interval(year, spec.week)
        except ValueError:  # week 53 of a year that has 52
            return None
        return Resolved(f"{year:04d}-W{spec.week:02d}", gran, mod, _thirds(start, end, mod), anchor, year)
    if gran == "week" and month is not None and day is not None:
        iso = dt.date(year, month, day).isocalendar()
        start, end = _week_interval(iso.year, iso.week)
        return Resolved(
            f"{iso.year:04d}-W{iso.week:02d}", gran, mod, _thirds(start, end, mod), anchor, year, month, day
        )
    return None


def _unknown(spec: Spec) -> Resolved:
    """No anchor: keep what the text says, X for the rest."""
    gran = spec.granularity
    month = f"{spec.month:02d}" if spec.month else "XX"
    day = f"{spec.day:02d}" if spec.day else "XX"
    if gran == "time" and spec.hour is None and spec.pod:
        value = f"XXXX-{month}-{day}T{spec.pod}"
    elif gran == "time":
        value = f"XXXX-{month}-{day}T{spec.hour or 0:02d}:{spec.minute or 0:02d}"
    elif gran == "day":
        value = f"XXXX-{month}-{day}"
    elif gran == "month":
        value = f"XXXX-{month}"
    elif gran in ("season", "quarter", "half") and spec.part:
        value = f"XXXX-{spec.part}"
    elif gran == "week":
        value = "XXXX-WXX"
    else:
        value = "XXXX"
    return Resolved(value, gran, spec.mod, None, "unanchored", None, spec.month, spec.day)


def _weekday(dct: dt.date, weekday: int, shift: int, tense: Optional[str]) -> dt.date:
    delta = (weekday - dct.weekday()) % 7  # days forward to the next such weekday (0 = today)
    forward = dct + dt.timedelta(days=delta)
    backward = forward - dt.timedelta(days=7) if delta else forward
    if shift < 0:
        return backward if delta else dct - dt.timedelta(days=7)
    if shift > 0:
        return forward if delta else dct + dt.timedelta(days=7)
    if tense == "past":
        return backward
    if tense == "future":
        return forward
    # present tense: the nearest one
    return forward if (forward - dct) <= (dct - backward) else backward


def resolve(
    spec: Spec, dct: Optional[dt.date] = None, previous: Optional[Resolved] = None, tense: Optional[str] = None
) -> Optional[Resolved]:
    """Anchor a Spec; None when the words do not make a real date (e.g. "31 février 2015")."""
    if spec.tensed and tense not in ("past", "future"):
        return None  # "le week-end" in the present tense is a habit, not a date
    if spec.short_year and spec.year is not None and dct is not None:
        spec = replace(spec, year=_recentred(spec.year, dct))
    if spec.window:
        return _window(spec, dct)
    if spec.feast and spec.month is None:
        return _moving_feast(spec, dct, previous, tense)
    if spec.anchor is None:
        return _absolute(spec)
    prev_ok = previous is not None and previous.year is not None
    if spec.anchor == "dct":
        if dct is None and spec.unit in ("date", "month") and spec.month is not None and prev_ok:
            # "d'avril dernier" with no publication date: counted back from the date just written
            assert previous is not None and previous.year is not None
            dct = dt.date(
                previous.year, previous.month or 12, previous.day or _last_day(previous.year, previous.month or 12)
            )
            got = _deictic(spec, dct, tense)
            return replace(got, anchor="previous") if got is not None else None
        return _deictic(spec, dct, tense) if dct else _unknown(spec)
    if spec.anchor == "prev":
        return _anaphoric(spec, previous) if prev_ok else _unknown(spec)
    # "context": a yearless date or "l'année" / "le mois" alone
    if spec.unit in ("year", "month", "week") and spec.month is None and spec.part is None and spec.week is None:
        if dct:
            return _deictic(spec, dct, tense)
        return _anaphoric(spec, previous) if prev_ok else _unknown(spec)
    if spec.day is not None and spec.month is None:
        return _day_of_month(spec, dct, previous, tense)
    if spec.granularity == "time" and spec.month is None:
        # a clock time or part of the day alone: the day in context
        if previous is not None and previous.day is not None and previous.year is not None:
            day = dt.date(previous.year, previous.month or 1, previous.day)
            if _after_midnight(spec, previous):  # "la nuit dernière … vers 4 h", "hier après-midi … à 0 h 50"
                day += dt.timedelta(days=1)
            return _concrete(spec, day.year, day.month, day.day, "previous")
        if dct:
            return _concrete(spec, dct.year, dct.month, dct.day, "dct")
        return _unknown(spec)
    if dct:
        return _yearless(spec, dct, tense)
    if prev_ok:
        assert previous is not None and previous.year is not None
        return _concrete(spec, previous.year, spec.month, spec.day, "previous")
    return _unknown(spec)


def _after_midnight(spec: Spec, previous: Resolved) -> bool:
    """A small-hours clock time after a night, evening or afternoon falls on the next calendar day."""
    if spec.hour is None or "T" not in previous.value:
        return False
    part = previous.value.rsplit("T", 1)[1]
    return part == "NI" and spec.hour < 12 or part in ("AF", "EV") and spec.hour < 6


def _recentred(year: int, dct: dt.date) -> int:
    """A two-digit year in the century that puts it at most ten years after the publication date."""
    candidate = dct.year // 100 * 100 + year % 100
    return candidate - 100 if candidate > dct.year + 10 else candidate


def _window(spec: Spec, dct: Optional[dt.date]) -> Resolved:
    """ "les six derniers mois": TIMEX3 duration P6M, over the six months up to the publication date."""
    unit = spec.unit or "day"
    value = f"P{spec.offset}{lx.DURATION_CODES[unit]}"
    if dct is None:
        return Resolved(value, spec.granularity, spec.mod, None, "unanchored")
    if unit == "day" or unit == "week":
        other = dct + dt.timedelta(days=spec.window * spec.offset * (7 if unit == "week" else 1))
    else:
        year, month = _add_months(dct.year, dct.month, spec.window * spec.offset * (12 if unit == "year" else 1))
        other = dt.date(year, month, min(dct.day, _last_day(year, month)))
    interval = (other, dct) if spec.window < 0 else (dct, other)
    return Resolved(value, spec.granularity, spec.mod, interval, "dct")


def _moving_feast(
    spec: Spec, dct: Optional[dt.date], previous: Optional[Resolved], tense: Optional[str]
) -> Optional[Resolved]:
    """Easter-based and other moving days: this year's, last year's or next year's by the tense."""
    assert spec.feast is not None
    if spec.year is not None:
        year, anchor = spec.year, "absolute"
    elif dct is not None:
        return _yearless(spec, dct, tense)
    elif previous is not None and previous.year is not None:
        year, anchor = previous.year, "previous"
    else:
        return _unknown(spec)
    day = feast_date(spec.feast, year)
    return _concrete(replace(spec, month=day.month, day=day.day), year, day.month, day.day, anchor)


def _day_of_month(
    spec: Spec, dct: Optional[dt.date], previous: Optional[Resolved], tense: Optional[str]
) -> Optional[Resolved]:
    """ "le 21 à 20 h", "entre le 4 et le 9": the month of the publication date (the next one or the
    last one if the tense says so), else the previous date's."""
    assert spec.day is not None
    if dct is not None:
        year, month = dct.year, dct.month
        if tense == "past" and spec.day > dct.day:
            year, month = _add_months(year, month, -1)
        elif tense == "future" and spec.day < dct.day:
            year, month = _add_months(year, month, 1)
        return _concrete(spec, year, month, spec.day, "dct")
    if previous is not None and previous.year is not None and previous.month is not None:
        return _concrete(spec, previous.year, previous.month, spec.day, "previous")
    return _unknown(spec)


def _yearless(spec: Spec, dct: dt.date, tense: Optional[str]) -> Optional[Resolved]:
    """A date or period written without its year: of the year before, of this year or of the next,
    whichever the tense points to. Past: the latest that has begun by the publication date;
    future: the earliest that has not ended; otherwise this year's. A weekday written with the
    date ("jeudi 31 octobre") picks the year where it falls on that day."""
    options: list[tuple[Resolved, Interval]] = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        placed = spec
        if spec.feast is not None and lx.FEASTS[spec.feast].kind != "date":  # Easter moves every year
            feast = feast_date(spec.feast, year)
            placed = replace(spec, month=feast.month, day=feast.day)
        got = _concrete(placed, year, placed.month, placed.day, "dct")
        bounds = _placement(placed, year)
        if got is not None and bounds is not None:
            options.append((got, bounds))
    if tense == "future":
        options = [o for o in options if o[1][1] >= dct] or options[-1:]
    elif tense == "past":
        options = [o for o in reversed(options) if o[1][0] <= dct] or options[:1]
    else:
        options.sort(key=lambda o: o[0].year != dct.year)
    if spec.weekday is not None:  # among the years the tense allows, one where the weekday is right
        options.sort(key=lambda o: o[1][0].weekday() != spec.weekday)
    return options[0][0] if options else None


# Where a season starts and ends for placing it in time: astronomical, so that "au printemps" written
# on 22 June is next spring, while "l'été" written that day is this summer (intervals stay generous).
_SEASON_PLACEMENT = {
    "SP": ((3, 20), (6, 20)),
    "SU": ((6, 21), (9, 22)),
    "FA": ((9, 23), (12, 20)),
    "WI": ((12, 21), (3, 19)),
}


def _placement(spec: Spec, year: int) -> Optional[Interval]:
    if spec.granularity == "season" and spec.part in _SEASON_PLACEMENT:
        (m1, d1), (m2, d2) = _SEASON_PLACEMENT[spec.part]
        return dt.date(year, m1, d1), dt.date(year + (1 if m2 < m1 else 0), m2, d2)
    got = _concrete(replace(spec, mod=None), year, spec.month, spec.day, "dct")
    return got.interval if got is not None else None


def _absolute(spec: Spec) -> Optional[Resolved]:
    if spec.granularity == "decade" and spec.decade is not None:
        start = dt.date(spec.decade * 10, 1, 1)
        end = dt.date(spec.decade * 10 + 9, 12, 31)
        return Resolved(f"{spec.decade:03d}", "decade", spec.mod, _thirds(start, end, spec.mod), "absolute")
    if spec.granularity == "century" and spec.century is not None:
        start = dt.date(max(spec.century * 100 + 1, 1), 1, 1)
        end = dt.date(spec.century * 100 + 100, 12, 31)
        return Resolved(f"{spec.century:02d}", "century", spec.mod, _thirds(start, end, spec.mod), "absolute")
    if spec.year is None:
        return None
    return _concrete(spec, spec.year, spec.month, spec.day, "absolute")


def _deictic(spec: Spec, dct: dt.date, tense: Optional[str]) -> Optional[Resolved]:
    unit, offset = spec.unit, spec.offset
    if unit == "weekday" and spec.weekday is not None:
        day = _weekday(dct, spec.weekday, offset, tense)
        return _concrete(spec, day.year, day.month, day.day, "dct")
    if unit == "day":
        day = dct + dt.timedelta(days=offset)
        return _concrete(spec, day.year, day.month, day.day, "dct")
    if unit == "weekend":
        if spec.tensed:  # "le week-end": the last one in the past tense, the coming one in the future
            offset = -1 if tense == "past" and dct.weekday() < 5 else 0
        return _weekend(dct, offset)
    if unit == "date" and spec.month is not None and spec.day is not None:
        # "le 12 octobre dernier": the last such day before the publication date; "prochain": the next
        year = dct.year
        if offset < 0 and (spec.month, spec.day) >= (dct.month, dct.day):
            year -= 1
        if offset > 0 and (spec.month, spec.day) <= (dct.month, dct.day):
            year += 1
        return _concrete(spec, year, spec.month, spec.day, "dct")
    if unit == "week":
        day = dct + dt.timedelta(weeks=offset)
        return _concrete(spec, day.year, day.month, day.day, "dct")
    if unit == "month" and spec.month is not None:
        # "janvier dernier" / "janvier prochain"
        year = dct.year
        if offset < 0 and spec.month >= dct.month:
            year -= 1
        if offset > 0 and spec.month <= dct.month:
            year += 1
        return _concrete(spec, year, spec.month, None, "dct")
    if unit == "month":
        year, month = _add_months(dct.year, dct.month, offset)
        return _concrete(spec, year, month, None, "dct")
    if unit == "year":
        year = dct.year + offset
        if spec.granularity == "season" and spec.part and offset:
            # "l'été dernier": the most recent summer that has begun; "prochain": the next one
            (first_month, _), _ = _SEASON_BOUNDS[spec.part]
            if offset < 0:
                year = dct.year if dct.month > first_month else dct.year - 1
            else:
                year = dct.year if dct.month < first_month else dct.year + 1
        return _concrete(spec, year, spec.month, spec.day, "dct")
    return _unknown(spec)


def _weekend(dct: dt.date, offset: int) -> Resolved:
    """ "le week-end dernier" / "ce week-end" / "le week-end prochain": TIMEX3 YYYY-Www-WE."""
    on_weekend = dct.weekday() >= 5
    if on_weekend:
        saturday = dct - dt.timedelta(days=dct.weekday() - 5)
        saturday += dt.timedelta(weeks=offset)
    else:
        # from Monday to Friday, "ce week-end" and "le week-end prochain" are the coming one
        saturday = dct + dt.timedelta(days=5 - dct.weekday()) - dt.timedelta(weeks=1 if offset < 0 else 0)
    iso = saturday.isocalendar()
    sunday = saturday + dt.timedelta(days=1)
    return Resolved(
        f"{iso.year:04d}-W{iso.week:02d}-WE",
        "week",
        None,
        (saturday, sunday),
        "dct",
        saturday.year,
        saturday.month,
        saturday.day,
    )


def _anaphoric(spec: Spec, previous: Optional[Resolved]) -> Optional[Resolved]:
    assert previous is not None and previous.year is not None
    unit, offset = spec.unit, spec.offset
    if unit == "day" or unit == "week":
        if previous.month is None or previous.day is None:
            return _unknown(spec)
        day = dt.date(previous.year, previous.month, previous.day) + dt.timedelta(
            days=offset * (7 if unit == "week" else 1)
        )
        return _concrete(spec, day.year, day.month, day.day, "previous")
    if unit == "month":
        if previous.month is None:
            return _unknown(spec)
        year, month = _add_months(previous.year, previous.month, offset)
        return _concrete(spec, year, month, None, "previous")
    if unit == "year":
        return _concrete(spec, previous.year + offset, spec.month, spec.day, "previous")
    return _unknown(spec)


def normalise(
    text: str, dct: Optional[dt.date] = None, previous: Optional[Resolved] = None, tense: Optional[str] = None
) -> Optional[Resolved]:
    """Normalise one French temporal expression given alone, e.g. "début 2018".

    Returns None if the text is not (entirely) a temporal expression.
    For a range, the first bound is returned; use the component for both.
    """
    split = split_words(text)
    words = [w.text for w in split]
    if not words:
        return None
    grammar = Grammar(words, standalone=True, glued=glued(split))
    # Leading articles and prepositions are not part of the expression: "le 1er mars", "en août".
    starts = [0]
    while starts[-1] < len(words) - 1 and words[starts[-1]] in _LEADING:
        starts.append(starts[-1] + 1)
    for start in starts:
        found = grammar.parse(start)
        if found and found[-1].end == len(words):
            return resolve(found[0].spec, dct, previous, tense)
    return None


_LEADING = frozenset(
    {"le", "la", "l'", "les", "en", "du", "au", "à", "dès", "depuis", "jusqu'en", "dans", "de", "pour"}
)
