"""Headline acceptability and actor precision/recall in `evaluate` (data/gold/README.md, events)."""

import json
from pathlib import Path

import pytest

from musk_openai.evaluate import GoldDocument, load_gold, score
from musk_openai.evaluate_events import headline_problems
from musk_openai.models import Document, Event, TemporalValue
from musk_openai.reading import Article

TEXT = "En 2018, Jean Dupont a fondé Acme à Lyon. En 2019, Acme a fermé."
GOLD_DIR = Path(__file__).resolve().parent.parent / "data" / "gold"


def _event(date_text, sentence, headline, actors):
    start = TEXT.index(sentence)
    d = TEXT.index(date_text, start)
    date = TemporalValue(text=date_text, value=date_text, granularity="year", span=(d, d + len(date_text)))
    return Event(
        date=date,
        headline=headline,
        sentence=sentence,
        actors=actors,
        span=(start, start + len(sentence)),
        document="d",
    )


def _gold(events):
    return GoldDocument(Article("d", TEXT), None, None, events)


FOUNDED = {"span": [3, 7], "accept": [["Dupont", "fond", "Acme"]], "actors": ["Jean Dupont", "Acme|Acme SA"]}
CLOSED = {"span": [45, 49], "accept": [["Acme", "ferm"]], "actors": ["Acme"]}


@pytest.mark.parametrize(
    ("headline", "problems"),
    [
        ("Jean Dupont a fondé Acme", []),
        ("Jean Dupont a fondé Acme à Lyon", []),
        ("Jean Dupont a fondé", ["missing required words"]),
        ("Jean Dupont a fondé Acme à", ["ends on a function word"]),
        ("Jean Dupont a fondé Ac", ["missing required words", "a word not in the sentence (cut or invented)"]),
        ("Jean Dupont a fondé Acme en grande pompe", ["a word not in the sentence (cut or invented)"]),
        ("Jean Dupont a fondé Acme " + "Acme Lyon " * 5, ["more than 12 words"]),
        ("2018", ["missing required words"]),
    ],
)
def test_headline_acceptability(headline, problems):
    assert headline_problems(headline, TEXT, [], FOUNDED["accept"]) == problems


def test_alternatives_and_several_words():
    accept = [["Jean Dupont", "créé|fondé"], ["entreprise"]]
    assert headline_problems("Jean Dupont a fondé Acme", TEXT, [], accept) == []
    assert headline_problems("Dupont Jean a fondé Acme", TEXT, [], accept) == ["missing required words"]


def test_scores_over_all_gold_events_and_actors_over_found_ones():
    doc = Document(
        document="d",
        text=TEXT,
        events=[
            _event(
                "2018", "En 2018, Jean Dupont a fondé Acme à Lyon.", "Jean Dupont a fondé Acme", ["Jean Dupont", "Lyon"]
            )
        ],
    )
    report = score([(_gold([FOUNDED, CLOSED]), doc)])
    events = report.as_dict()["events"]
    assert (events["gold"], events["matched"], events["acceptable"]) == (2, 1, 1)
    assert events["acceptability"] == 0.5 and events["acceptable_of_matched"] == 1.0
    assert events["actors"] == {"gold": 2, "predicted": 2, "matched": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    kinds = [e["kind"] for e in report.errors + report.events.errors]
    assert "missed event" in kinds


def test_gold_events_load_from_a_file(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"documents": [{"document": "d", "text": TEXT, "events": [FOUNDED]}]}), encoding="utf-8")
    [gold] = load_gold(str(path))
    assert gold.events == [FOUNDED] and gold.dates is None and gold.quotes is None


def test_event_gold_files_are_big_enough_and_never_sealed():
    sealed = set(json.loads((GOLD_DIR / "wikinews" / "SPLIT.json").read_text(encoding="utf-8"))["sealed"])
    total = 0
    for name in ("events.json", "events_heldout.json"):
        data = json.loads((GOLD_DIR / name).read_text(encoding="utf-8"))
        for document in data["documents"]:
            assert document["document"] not in sealed
            for event in document["events"]:
                text = document.get("text")
                if text is not None:
                    assert text[event["span"][0] : event["span"][1]] == event["date"]
                assert event["accept"] and all(event["accept"])
        total += sum(len(d["events"]) for d in data["documents"])
    assert total >= 60


@pytest.mark.model
def test_development_events_scores():
    from musk_openai.api import analyse

    documents = load_gold(str(GOLD_DIR / "events.json"))
    report = score(zip(documents, analyse(d.article for d in documents), strict=True))
    assert report.events.acceptability >= 0.8, report.events.errors
    assert report.events.actor_precision >= 0.9 and report.events.actor_recall >= 0.75, report.events.errors
