"""The timeline as one self-contained HTML page: a vertical chronology by year and month.

The page is the Jinja2 template `templates/timeline.html` (autoescaping on: no article text can
become markup) with `static/timeline.css` and `static/timeline.js` inlined, and a Content Security
Policy that allows only those two, by hash: nothing is fetched when the page is viewed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Optional

from musk_openai import __version__
from musk_openai.merge import actors_overlap
from musk_openai.models import Quote, TemporalValue, TimelineRow
from musk_openai.text import fold

MONTHS = "January February March April May June July August September October November December".split()
PRECISION = {
    "time": "to the minute",
    "day": "to the day",
    "week": "to the week",
    "month": "to the month",
    "season": "to the season",
    "quarter": "to the quarter",
    "half": "to the half-year",
    "year": "to the year",
    "decade": "to the decade",
    "century": "to the century",
}
MOD_LABELS = {
    "START": "start of",
    "MID": "middle of",
    "END": "end of",
    "APPROX": "approximately",
    "BEFORE": "before",
    "AFTER": "after",
}
SEASONS = {"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}
_FINE = ("time", "day", "week", "month")
QUOTES_PER_EVENT = 3


@dataclass
class _EventView:
    id: str
    written: str
    normalised: str
    datetime: Optional[str]
    precision: str
    mod_label: Optional[str]
    uncertain: bool
    headline: str
    actors: list[str]
    actors_key: str
    before: str
    marked: str
    after: str
    sources: list[str]
    others: list[dict[str, str]]
    quotes: list[dict[str, str]]
    search: str


@dataclass
class _Period:
    key: tuple
    label: str
    coarse: bool
    events: list[_EventView] = field(default_factory=list)


@dataclass
class _Year:
    label: str
    periods: list[_Period] = field(default_factory=list)


def _value_label(value: TemporalValue) -> str:
    mod = f" {value.mod.value}" if value.mod else ""
    return f"{value.value}{mod}"


def html_datetime(value: TemporalValue) -> Optional[str]:
    """A valid HTML `datetime` for the value, never more precise than the text (or None)."""
    text = value.value
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?", text) or re.fullmatch(r"\d{4}-W\d{2}", text):
        return text
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI|Q\d|H\d)", text):
        return text[:4]
    return None


def _year_of(value: TemporalValue) -> Optional[int]:
    if value.interval is not None:
        return value.interval[0].year
    head = value.value[:4]
    return int(head) if head.isdigit() else None


def period_of(value: TemporalValue) -> tuple[tuple, str, bool]:
    """The group an event is drawn in: its month when it is known to the month or better,
    else its own period ("Start of 2018", "Summer 2019"), placed at its first day."""
    interval = value.interval
    if value.granularity.value in _FINE and value.mod is None and interval and interval[0].month == interval[1].month:
        first = interval[0]
        return ("month", first.year, first.month), f"{MONTHS[first.month - 1]} {first.year}", False
    return ("period", value.value, value.mod, value.granularity), period_label(value), True


def period_label(value: TemporalValue) -> str:
    text = value.value
    granularity = value.granularity.value
    base = text
    if granularity == "year" and text.isdigit():
        base = text
    elif granularity == "month" and re.fullmatch(r"\d{4}-\d{2}", text):
        base = f"{MONTHS[int(text[5:]) - 1]} {text[:4]}"
    elif granularity == "season" and text[5:] in SEASONS:
        base = f"{SEASONS[text[5:]]} {text[:4]}"
    elif granularity == "quarter":
        base = f"{text[5:]} {text[:4]}"
    elif granularity == "half":
        base = f"{'First' if text.endswith('1') else 'Second'} half of {text[:4]}"
    elif granularity == "decade" and text.isdigit():
        base = f"The {text}0s"
    elif granularity == "century" and text.isdigit():
        base = f"The {text}00s"
    elif value.interval is not None:
        first, last = value.interval
        base = f"{first.isoformat()} to {last.isoformat()}"
    if value.mod is not None:
        label = MOD_LABELS[value.mod.value]
        return f"{label[:1].upper()}{label[1:]} {base}"
    return base


def _view(k: int, row: TimelineRow, quotes: list[Quote]) -> _EventView:
    date = row.date
    written = date.text + (f" → {row.until.text}" if row.until else "")
    normalised = _value_label(date) + (f" → {_value_label(row.until)}" if row.until else "")
    start = date.span[0] - row.span[0]
    end = date.span[1] - row.span[0]
    sentence = row.sentence
    if not (0 <= start <= end <= len(sentence)) or sentence[start:end] != date.text:
        start = end = 0
    # other wordings of the event, each once with the articles that use it (copies add nothing)
    wordings: dict[str, list[str]] = {}
    for o in row.occurrences[1:]:
        if o.sentence != sentence:
            documents = wordings.setdefault(o.sentence, [])
            documents += [] if o.document in documents else [o.document]
    others = [{"sentence": text, "documents": ", ".join(documents)} for text, documents in wordings.items()]
    quote_views = [
        {
            "text": q.text,
            "speaker": q.speaker or "",
            "document": q.document,
            "date": q.date.text if q.date else "",
        }
        for q in quotes
    ]
    search = " ".join(
        [row.headline, " ".join(row.actors), sentence, " ".join(row.sources), written, normalised]
        + [o["sentence"] for o in others]
        + [q.text for q in quotes]
    )
    return _EventView(
        id=f"event-{k}",
        written=written,
        normalised=normalised,
        datetime=html_datetime(date),
        precision=PRECISION.get(date.granularity.value, date.granularity.value),
        mod_label=MOD_LABELS[date.mod.value] if date.mod else None,
        uncertain=date.mod is not None or date.granularity.value not in ("time", "day"),
        headline=row.headline,
        actors=list(row.actors),
        actors_key="|".join(row.actors),
        before=sentence[:start],
        marked=sentence[start:end],
        after=sentence[end:],
        sources=list(row.sources),
        others=others,
        quotes=quote_views,
        search=" ".join(fold(search).split()),
    )


def quotes_for(row: TimelineRow, quotes: Sequence[Quote], limit: int = QUOTES_PER_EVENT) -> list[Quote]:
    """Quotations of the row's actors in its source articles: same date first, then nearest."""
    if not row.actors:
        return []
    spans = {o.document: o.span[0] for o in row.occurrences}
    found = [
        q
        for q in quotes
        if q.speaker and q.document in spans and actors_overlap([q.speaker], row.actors) and not q.text.isspace()
    ]

    def rank(quote: Quote) -> tuple[int, int]:
        same_date = quote.date is not None and quote.date.value == row.date.value
        return (0 if same_date else 1, abs(quote.span[0] - spans[quote.document]))

    return sorted(found, key=rank)[:limit]


def _asset(name: str) -> str:
    return resources.files("musk_openai.views").joinpath("static", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_page(
    rows: Iterable[TimelineRow], quotes: Optional[Sequence[Quote]] = None, title: Optional[str] = None
) -> str:
    """The whole page as a string. `quotes`: the articles' quotations, shown next to the events
    of the people who said them (None: no quotations on the page)."""
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    rows = list(rows)
    years: list[_Year] = []
    actors: dict[str, int] = {}
    sources: list[str] = []
    for k, row in enumerate(rows, start=1):
        view = _view(k, row, quotes_for(row, quotes) if quotes else [])
        year = _year_of(row.date)
        label = str(year) if year is not None else "Undated"
        if not years or years[-1].label != label:
            years.append(_Year(label))
        key, period, coarse = period_of(row.date)
        if not years[-1].periods or years[-1].periods[-1].key != key:
            years[-1].periods.append(_Period(key, period, coarse))
        years[-1].periods[-1].events.append(view)
        for actor in row.actors:
            actors[actor] = actors.get(actor, 0) + 1
        sources += [s for s in row.sources if s not in sources]
    dated = [y.label for y in years if y.label.isdigit()]
    css, js = _asset("timeline.css"), _asset("timeline.js")
    env = Environment(
        loader=PackageLoader("musk_openai.views", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    default_title = "Timeline" + (f" of {len(sources)} articles" if len(sources) > 1 else "")
    return env.get_template("timeline.html").render(
        title=title or default_title,
        rows=rows,
        years=years,
        actors=sorted(actors.items(), key=lambda item: (-item[1], fold(item[0]))),
        sources=sources,
        first_year=dated[0] if dated else None,
        last_year=dated[-1] if dated else None,
        css=Markup(css),
        js=Markup(js),
        style_hash=_csp_hash(css),
        script_hash=_csp_hash(js),
        version=__version__,
    )
