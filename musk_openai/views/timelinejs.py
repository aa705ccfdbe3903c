"""Knight Lab's TimelineJS 3: its JSON format and its Google Sheets template as CSV.

JSON (https://timeline.knightlab.com/docs/json-format.html): `events[]`, each with `start_date`
(`year` required; `month`, `day`, `hour`, `minute` integers), optional `end_date`, `text`
(`headline`, `text`: HTML, so article text is escaped), `group`, and `display_date` for the date
as written. A date is never made more precise than the text: a month is {year, month}, a year is
{year}; seasons, quarters and halves span their months; "début 2018" is {year: 2018} displayed as
written. The CSV has the columns of the TimelineJS Google Sheets template, in its order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape
from typing import Any, Optional, TextIO

from musk_openai.models import TemporalValue, TimelineRow

SHEET_COLUMNS = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
]


def _date(value: TemporalValue, end: bool = False) -> Optional[dict[str, int]]:
    """A TimelineJS date object: only the parts the text gives."""
    text = value.value
    interval = value.interval
    found = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?", text)
    if found and value.mod is None:
        parts = dict(zip(("year", "month", "day", "hour", "minute"), found.groups(), strict=True))
        return {k: int(v) for k, v in parts.items() if v is not None}
    granularity = value.granularity.value
    if interval is not None and granularity in ("season", "quarter", "half", "week"):
        day = interval[1] if end else interval[0]
        date = {"year": day.year, "month": day.month}
        if granularity == "week":
            date["day"] = day.day
        return date
    if interval is not None and granularity in ("decade", "century"):
        return {"year": (interval[1] if end else interval[0]).year}
    if text[:4].isdigit():
        return {"year": int(text[:4])}  # with a mod ("début 2018"), or an open bound
    if interval is not None:
        return {"year": interval[0].year}
    return None


def _end(row: TimelineRow) -> Optional[dict[str, int]]:
    if row.until is not None:
        return _date(row.until, end=True)
    if row.date.granularity.value in ("season", "quarter", "half", "decade", "century") and row.date.mod is None:
        end = _date(row.date, end=True)
        return end if end != _date(row.date) else None
    return None


def _display(row: TimelineRow) -> str:
    return row.date.text + (f" → {row.until.text}" if row.until else "")


def _text(row: TimelineRow) -> str:
    """The card's body, as HTML: every piece of article text escaped."""
    parts = [f"<p>{escape(row.sentence)}</p>"]
    if row.actors:
        parts.append(f"<p><strong>Actors:</strong> {escape(', '.join(row.actors))}</p>")
    parts.append(f"<p><strong>Sources:</strong> {escape(', '.join(row.sources))}</p>")
    return "".join(parts)


def _group(row: TimelineRow) -> str:
    return row.actors[0] if row.actors else ""


def timelinejs(rows: Iterable[TimelineRow], title: Optional[str] = None) -> dict[str, Any]:
    events = []
    for k, row in enumerate(rows, start=1):
        start = _date(row.date)
        if start is None:
            continue  # TimelineJS needs at least a year
        event: dict[str, Any] = {
            "start_date": {**start, "display_date": _display(row)},
            "text": {"headline": escape(row.headline), "text": _text(row)},
            "group": _group(row),
            "display_date": _display(row),
            "unique_id": f"event-{k}",
        }
        end = _end(row)
        if end is not None:
            event["end_date"] = end
        events.append(event)
    data: dict[str, Any] = {"events": events}
    if title:
        data["title"] = {"text": {"headline": escape(title), "text": ""}}
    return data


def _time(date: Optional[dict[str, int]]) -> str:
    if date and "hour" in date:
        return f"{date['hour']:02d}:{date.get('minute', 0):02d}"
    return ""


def sheet_rows(rows: Iterable[TimelineRow], title: Optional[str] = None) -> Iterable[dict[str, Any]]:
    """Rows in the column layout of the TimelineJS Google Sheets template (a title row first)."""
    if title:
        yield {**dict.fromkeys(SHEET_COLUMNS, ""), "Headline": escape(title), "Type": "title"}
    for event in timelinejs(rows)["events"]:
        start, end = event["start_date"], event.get("end_date") or {}
        yield {
            "Year": start["year"],
            "Month": start.get("month", ""),
            "Day": start.get("day", ""),
            "Time": _time(start),
            "End Year": end.get("year", ""),
            "End Month": end.get("month", ""),
            "End Day": end.get("day", ""),
            "End Time": _time(end),
            "Display Date": event["display_date"],
            "Headline": event["text"]["headline"],
            "Text": event["text"]["text"],
            "Media": "",
            "Media Credit": "",
            "Media Caption": "",
            "Media Thumbnail": "",
            "Type": "",
            "Group": event["group"],
            "Background": "",
        }


def write_sheet(
    rows: Iterable[TimelineRow], out: TextIO, escape_formulas: bool = True, title: Optional[str] = None
) -> None:
    import csv

    from musk_openai.export import escape_formula

    writer = csv.DictWriter(out, fieldnames=SHEET_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in sheet_rows(rows, title):
        writer.writerow({k: escape_formula(v) if escape_formulas else v for k, v in row.items()})
