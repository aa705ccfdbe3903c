import datetime as dt

import pytest
from pydantic import ValidationError

from musk_openai.models import Document, Quote, TemporalValue


def tv(**kw):
    base = dict(text="2018", value="2018", granularity="year", span=(0, 4))
    base.update(kw)
    return TemporalValue(**base)


def test_interval_must_be_ordered():
    with pytest.raises(ValidationError, match="after end"):
        tv(interval=(dt.date(2019, 1, 1), dt.date(2018, 1, 1)))


def test_enums_are_strict():
    with pytest.raises(ValidationError):
        tv(granularity="fortnight")
    with pytest.raises(ValidationError):
        tv(mod="SOON")


def test_span_must_be_ordered_and_positive():
    with pytest.raises(ValidationError):
        tv(span=(5, 2))
    with pytest.raises(ValidationError):
        tv(span=(-1, 2))


def test_document_checks_every_span_against_the_text():
    Document(document="d", text="En 2018.", dates=[tv(span=(3, 7))])
    with pytest.raises(ValidationError, match="does not slice"):
        Document(document="d", text="En 2018.", dates=[tv(span=(0, 4))])
    with pytest.raises(ValidationError, match="does not slice"):
        Document(document="d", text="« Oui »", quotes=[Quote(text="Non", span=(2, 5), kind="direct")])


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError):
        tv(colour="red")


def test_json_round_trip():
    doc = Document(
        document="d", text="En 2018.", dates=[tv(span=(3, 7), interval=(dt.date(2018, 1, 1), dt.date(2018, 12, 31)))]
    )
    assert Document.model_validate_json(doc.model_dump_json()) == doc
