"""Writers for people rather than programs: the HTML timeline page and TimelineJS exports."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Optional, TextIO

from musk_openai.models import Quote, TimelineRow

FORMATS = ("html", "timelinejs", "timelinejs-csv")


def write(
    fmt: str,
    rows: Sequence[TimelineRow],
    out: TextIO,
    quotes: Optional[Sequence[Quote]] = None,
    title: Optional[str] = None,
    output: Optional[str] = None,
    escape_formulas: bool = True,
) -> None:
    """Write `rows` as `fmt`. TimelineJS goes out as its spreadsheet CSV with `timelinejs-csv`,
    or with `timelinejs` when the output file ends in .csv; as JSON otherwise."""
    if fmt == "html":
        from musk_openai.views.html import render_page

        out.write(render_page(rows, quotes, title))
        return
    from musk_openai.views import timelinejs

    if fmt == "timelinejs-csv" or (output or "").lower().endswith(".csv"):
        timelinejs.write_sheet(rows, out, escape_formulas, title)
    else:
        json.dump(timelinejs.timelinejs(rows, title), out, ensure_ascii=False, indent=2)
        out.write("\n")
