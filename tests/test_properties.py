"""Property tests: arbitrary Unicode never breaks the extractors (issue 6)."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from musk_openai.quotes.marks import QUOTE_CHARS, find_quotes
from musk_openai.temporal.normalise import normalise

# Text rich in what matters: quotation marks, line breaks, digits, French date words.
PIECES = st.sampled_from(
    list(QUOTE_CHARS)
    + [
        "\n",
        " ",
        "\u00a0",
        ".",
        ":",
        ",",
        "’",
        "'",
        "-",
        "h",
        "1er",
        "mars",
        "Mars",
        "2018",
        "12",
        "début",
        "fin",
        "mi",
        "en",
        "le",
        "hier",
        "mardi",
        "dernier",
        "a-t-il",
        "dit",
        "écrit",
        "Paul",
        "selon",
        "de",
        "à",
        "du",
        "au",
        "les années",
        "siècle",
        "XXe",
    ]
)
MIXED = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map("".join)


@given(MIXED)
@settings(max_examples=300, deadline=None)
def test_quote_pairing_never_raises_and_spans_are_inside(text):
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.open < quote.start
        if quote.close is not None:
            assert quote.end <= quote.close


@given(MIXED, st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
@settings(max_examples=300, deadline=None)
def test_normaliser_never_raises_and_intervals_are_ordered(text, dct):
    got = normalise(text, dct=dct, tense="past")
    if got is not None and got.interval is not None:
        assert got.interval[0] <= got.interval[1]


@pytest.mark.model
@given(MIXED)
@example("õ\U000da8d3\x07«\x0cõ\U000da8d3\x07«\x0c")  # marks around nothing but a form feed: once a crash
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_whole_extraction_on_arbitrary_text(text):
    from musk_openai.api import analyse_text
    from musk_openai.models import Document

    document = analyse_text(text)  # the model validates every span against the text
    for item in document.dates + document.quotes:
        assert text[item.span[0] : item.span[1]] == item.text
    for date in document.dates:
        assert date.interval is None or date.interval[0] <= date.interval[1]
    assert Document.model_validate_json(document.model_dump_json()) == document


@pytest.mark.model
def test_quotation_marks_around_only_spaces_are_no_quotation():
    from musk_openai.api import analyse_text

    assert analyse_text("Il a dit « \x0c» puis est parti. «   » Fin.").quotes == []
