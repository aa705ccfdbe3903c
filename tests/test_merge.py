"""Corpus timelines: the same event reported by several articles is one row listing every source."""

import datetime as dt
import json

import pytest

from musk_openai import api
from musk_openai.merge import actors_overlap, merge_events, similar_headlines
from musk_openai.models import Event, TemporalValue

TEXT = "Le 3 mars 2021, Jean Dupont a fondé Acme. Le 3 mars 2021, Marie Curie a démissionné."


def _event(document, sentence, headline, actors, value="2021-03-03", granularity="day", date_text="3 mars 2021"):
    start = TEXT.index(sentence)
    offset = sentence.index(date_text)
    day = dt.date(2021, 3, 3)
    date = TemporalValue(
        text=date_text,
        value=value,
        granularity=granularity,
        interval=(day, day),
        span=(start + offset, start + offset + len(date_text)),
        document=document,
    )
    return Event(
        date=date,
        headline=headline,
        sentence=sentence,
        actors=actors,
        span=(start, start + len(sentence)),
        document=document,
    )


FOUNDED = "Le 3 mars 2021, Jean Dupont a fondé Acme."
RESIGNED = "Le 3 mars 2021, Marie Curie a démissionné."


def test_the_same_article_under_two_ids_gives_one_row_with_two_sources():
    events = [
        _event("a", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont", "Acme"]),
        _event("b", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont", "Acme"]),
    ]
    [row] = merge_events(events)
    assert row.sources == ["a", "b"]
    assert [o.document for o in row.occurrences] == ["a", "b"]
    assert row.document == "a" and row.headline == "Jean Dupont a fondé Acme"  # the first occurrence's fields
    assert row.occurrences[1].sentence == FOUNDED and row.occurrences[1].span == row.span


def test_two_different_events_on_the_same_day_stay_two_rows():
    events = [
        _event("a", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont", "Acme"]),
        _event("a", RESIGNED, "Marie Curie a démissionné", ["Marie Curie"]),
    ]
    rows = merge_events(events)
    assert [r.headline for r in rows] == ["Jean Dupont a fondé Acme", "Marie Curie a démissionné"]
    assert all(r.sources == ["a"] and len(r.occurrences) == 1 for r in rows)


def test_reworded_report_with_a_shorter_name_merges():
    events = [
        _event("a", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont", "Acme"]),
        _event("b", FOUNDED, "Dupont a fondé la société Acme", ["Dupont"]),
    ]
    [row] = merge_events(events)
    assert row.sources == ["a", "b"]


def test_same_words_at_another_precision_do_not_merge():
    events = [
        _event("a", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont"]),
        _event("b", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont"], value="2021-03", granularity="month"),
    ]
    assert len(merge_events(events)) == 2


def test_similar_headlines_without_shared_actors_do_not_merge():
    events = [
        _event("a", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont"]),
        _event("b", FOUNDED, "Jean Dupont a fondé Acme", ["Paul Durand"]),
    ]
    assert len(merge_events(events)) == 2


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Jean Dupont a fondé Acme", "Jean Dupont a fondé Acme", True),
        ("Le gouvernement a augmenté le SMIC", "Le gouvernement a augmenté le SMIC de 2 %", True),
        ("Jean Dupont a fondé Acme", "Marie Curie a démissionné", False),
        ("Acme a annoncé une fusion", "Acme a démenti une fusion", False),
    ],
)
def test_similar_headlines(a, b, same):
    assert similar_headlines(a, b) is same


def test_actor_names_meet_across_articles():
    assert actors_overlap(["Dupont"], ["Jean Dupont"]) and actors_overlap([], [])
    assert not actors_overlap(["Jean Dupont"], ["Marie Curie"]) and not actors_overlap(["Acme"], [])


def test_rows_sort_by_calendar_interval():
    later = _event("a", RESIGNED, "Marie Curie a démissionné", ["Marie Curie"])
    earlier = _event("b", FOUNDED, "Jean Dupont a fondé Acme", ["Jean Dupont"])
    earlier = earlier.model_copy(
        update={"date": earlier.date.model_copy(update={"interval": (dt.date(2020, 1, 1), dt.date(2020, 1, 1))})}
    )
    assert [r.document for r in api.timeline_rows([later, earlier])] == ["b", "a"]


@pytest.mark.model
def test_cli_corpus_with_one_article_twice(tmp_path):
    from click.testing import CliRunner

    from musk_openai.cli import main

    article = "22 juin 2012. - Le ministre Jean Dupont a inauguré mardi le nouveau pont de la ville.\n"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": name, "text": article}, ensure_ascii=False) for name in ("first", "second")) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["timeline", "show", str(corpus), "--format", "json", "-j", "1"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert row["sources"] == ["first", "second"]
    assert [o["document"] for o in row["occurrences"]] == ["first", "second"]
    assert row["document"] == "first" and row["date"]["value"] == "2012-06-19"
    table = CliRunner().invoke(main, ["timeline", "show", str(corpus), "--format", "table", "-j", "1"])
    assert "sources" in table.output and "first, second" in table.output
    import csv
    import io

    sheet = CliRunner().invoke(main, ["timeline", "show", str(corpus), "--format", "csv", "-j", "1"]).output
    [csv_row] = list(csv.DictReader(io.StringIO(sheet)))
    assert csv_row["sources"] == "first; second" and csv_row["occurrences"].count('"document"') == 2
