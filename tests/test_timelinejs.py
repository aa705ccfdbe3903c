"""TimelineJS 3 exports, checked against the documented field rules
(https://timeline.knightlab.com/docs/json-format.html and the Google Sheets template)."""

import csv
import datetime as dt
import io
import json

import pytest

from musk_openai.models import TemporalValue, TimelineRow
from musk_openai.views import timelinejs

DATE_FIELDS = ("year", "month", "day", "hour", "minute", "second", "millisecond")


def check_date(date):
    assert isinstance(date, dict) and "year" in date, date
    for key in DATE_FIELDS:
        if key in date:
            assert isinstance(date[key], int) and not isinstance(date[key], bool), (key, date)
    assert set(date) <= set(DATE_FIELDS) | {"display_date"}, date
    if "month" in date:
        assert 1 <= date["month"] <= 12
    if "day" in date:
        assert "month" in date and 1 <= date["day"] <= 31
    if "hour" in date:
        assert "day" in date and 0 <= date["hour"] <= 23


def _as_tuple(date):
    return tuple(date.get(k, 0) for k in DATE_FIELDS)


def check_timelinejs(data):
    """The documented rules: events[] with start_date.year, integer date fields, text.headline."""
    assert isinstance(data, dict) and isinstance(data["events"], list)
    ids = set()
    for event in data["events"]:
        check_date(event["start_date"])
        if "end_date" in event:
            check_date(event["end_date"])
            assert _as_tuple(event["end_date"]) >= _as_tuple(event["start_date"]), event
        assert isinstance(event["text"]["headline"], str) and event["text"]["headline"].strip()
        assert isinstance(event["text"].get("text", ""), str)
        assert isinstance(event.get("group", ""), str)
        assert event["unique_id"] not in ids
        ids.add(event["unique_id"])
    if "title" in data:
        assert isinstance(data["title"]["text"]["headline"], str)


TEXT = "Texte de l'article."


def _row(text, value, granularity, interval, mod=None, until=None, headline="Acme a fondé une filiale <b>", actors=()):
    date = TemporalValue(
        text=text,
        value=value,
        granularity=granularity,
        mod=mod,
        interval=interval,
        span=(0, len(text)),
        document="a",
    )
    return TimelineRow(
        date=date,
        until=until,
        headline=headline,
        sentence=text + " <script>alert(1)</script>",
        actors=list(actors),
        span=(0, len(text) + 27),
        document="a",
        sources=["a"],
    )


def d(*parts):
    return dt.date(*parts)


ROWS = [
    _row("3 mars 2021", "2021-03-03", "day", (d(2021, 3, 3), d(2021, 3, 3)), actors=["Acme"]),
    _row("mars 2021", "2021-03", "month", (d(2021, 3, 1), d(2021, 3, 31))),
    _row("2021", "2021", "year", (d(2021, 1, 1), d(2021, 12, 31))),
    _row("début 2018", "2018", "year", (d(2018, 1, 1), d(2018, 4, 30)), mod="START"),
    _row("l'été 2019", "2019-SU", "season", (d(2019, 6, 21), d(2019, 9, 22))),
    _row("le 3 mars 2021 à 17 h", "2021-03-03T17:00", "time", (d(2021, 3, 3), d(2021, 3, 3))),
    _row("les années 1990", "199", "decade", (d(1990, 1, 1), d(1999, 12, 31))),
    _row("avant 2015", "2015", "year", None, mod="BEFORE"),
    _row(
        "fin 2015",
        "2015",
        "year",
        (d(2015, 9, 1), d(2015, 12, 31)),
        mod="END",
        until=TemporalValue(
            text="début 2018",
            value="2018",
            granularity="year",
            mod="START",
            interval=(d(2018, 1, 1), d(2018, 4, 30)),
            span=(0, 10),
        ),
    ),
]


def test_every_kind_of_date_follows_the_rules():
    data = timelinejs.timelinejs(ROWS, title="Acme <i>")
    check_timelinejs(data)
    dates = [(e["start_date"], e.get("end_date")) for e in data["events"]]
    strip = [({k: v for k, v in s.items() if k != "display_date"}, e) for s, e in dates]
    assert strip[0] == ({"year": 2021, "month": 3, "day": 3}, None)
    assert strip[1] == ({"year": 2021, "month": 3}, None)  # a month is not faked to a day
    assert strip[2] == ({"year": 2021}, None)
    assert strip[3] == ({"year": 2018}, None) and dates[3][0]["display_date"] == "début 2018"
    assert strip[4] == ({"year": 2019, "month": 6}, {"year": 2019, "month": 9})
    assert strip[5] == ({"year": 2021, "month": 3, "day": 3, "hour": 17, "minute": 0}, None)
    assert strip[6] == ({"year": 1990}, {"year": 1999})
    assert strip[7] == ({"year": 2015}, None)
    assert strip[8] == ({"year": 2015}, {"year": 2018})
    assert data["events"][8]["display_date"] == "fin 2015 → début 2018"


def test_article_text_is_escaped_in_the_html_fields():
    data = timelinejs.timelinejs(ROWS, title="Acme <i>")
    event = data["events"][0]
    assert "<script>" not in event["text"]["text"] and "&lt;script&gt;" in event["text"]["text"]
    assert event["text"]["headline"] == "Acme a fondé une filiale &lt;b&gt;"
    assert data["title"]["text"]["headline"] == "Acme &lt;i&gt;"
    assert event["group"] == "Acme" and data["events"][1]["group"] == ""


def test_sheet_has_the_template_columns_in_order():
    out = io.StringIO()
    timelinejs.write_sheet(ROWS, out, title="Acme")
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == [
        "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
        "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
        "Background",
    ]  # fmt: skip
    assert rows[1][rows[0].index("Type")] == "title" and rows[1][rows[0].index("Headline")] == "Acme"
    month = rows[3]
    assert month[:4] == ["2021", "3", "", ""]
    timed = rows[7]
    assert timed[:4] == ["2021", "3", "3", "17:00"]
    assert len(rows) == 1 + 1 + len(ROWS)


@pytest.mark.model
def test_seed_timelinejs_json_and_csv_through_the_cli(tmp_path):
    from click.testing import CliRunner

    from musk_openai.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["timeline", "show", "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    check_timelinejs(data)
    rows = json.loads(runner.invoke(main, ["timeline", "show", "--format", "json"]).output)
    assert len(data["events"]) == len(rows) == 14
    assert [e["text"]["headline"] for e in data["events"]][11] == "Elon Musk a fondé xAI"

    target = tmp_path / "story.csv"
    assert runner.invoke(main, ["timeline", "show", "--format", "timelinejs", "-o", str(target)]).exit_code == 0
    sheet = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(sheet) == 14 and sheet[2]["Year"] == "2015" and sheet[2]["Month"] == "12" and sheet[2]["Day"] == ""
    explicit = runner.invoke(main, ["timeline", "show", "--format", "timelinejs-csv", "--with-quotes"])
    assert explicit.stdout.replace("\r\n", "\n") == target.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert "--with-quotes only changes the HTML page" in explicit.stderr
