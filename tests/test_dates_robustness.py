"""Generated robustness test (issue 10): every lexicon phrase and every example of every family
(lexicon.FAMILIES), alone, at the start and at the end of a text, repeated, in capitals, with odd
spacing and punctuation, must never raise, and whatever is found must slice back to its text.

The tagger runs on a blank French pipeline (tokeniser and sentences, no model) so that thousands
of texts take seconds; a sample also goes through the real model."""

import datetime as dt
import re

import pytest

from musk_openai import pipeline
from musk_openai.extract import to_document
from musk_openai.temporal import lexicon as lx
from musk_openai.temporal.normalise import normalise

EXAMPLES = [example for examples in lx.FAMILIES.values() for example in examples]
PHRASES = sorted(
    set(EXAMPLES)
    | {
        word
        for table in (
            lx.MONTHS,
            lx.MONTH_ABBREVIATIONS,
            lx.WEEKDAYS,
            lx.SEASONS,
            lx.FEASTS,
            lx.PARTS_OF_DAY,
            lx.DEICTIC_DAYS,
            lx.DEICTIC_SHIFT,
            lx.ANAPHORIC_SHIFT,
            lx.MOD_WORDS,
            lx.BOUND_WORDS,
            lx.BOUND_PHRASES,
            lx.UNITS,
            lx.ORDINALS,
            lx.NUMBER_WORDS,
            lx.AGO_QUALIFIERS,
            lx.WINDOW_WORDS,
            lx.CLOCK_FRACTIONS,
            lx.NOON_MIDNIGHT,
            lx.HALF_WORDS,
        )
        for word in table
    }
    | {"il y a", "d'ici", "dans", "les années", "siècle", "week-end", "aujourd'hui", "avant-hier", "jour-là"}
)


def variants(phrase: str) -> list[str]:
    spaced = phrase.replace(" ", "  \u00a0")
    return [
        phrase,
        f"{phrase}, le conseil a voté le budget.",
        f"Le conseil a voté le budget {phrase}",
        f"Le conseil a voté. Dans {phrase}",
        f"{phrase} {phrase} {phrase}",
        phrase.upper(),
        phrase.capitalize(),
        spaced,
        f"({phrase})",
        f"«{phrase}»",
        f"{phrase}.",
        f"-{phrase}-",
        f"{phrase}’",
        phrase.replace(" ", "\n"),
        f"le {phrase} à",
        f"du {phrase} au",
        f"entre le {phrase} et le",
        f"il y a {phrase}",
        re.sub(r"(\d)", r"\1 ", phrase),
    ]


TEXTS = [text for phrase in PHRASES for text in variants(phrase)]
# Each family example followed by the next one: expressions that touch.
TEXTS += [f"{a} {b}" for a, b in zip(EXAMPLES, EXAMPLES[1:], strict=False)]


def test_there_is_much_to_try():
    assert len(PHRASES) > 250 and len(TEXTS) > 5000


@pytest.mark.parametrize("dct", [None, dt.date(2012, 6, 22), dt.date(2000, 1, 1)])
def test_tagger_never_raises(light, dct):
    items = [(text, dct) for text in TEXTS]
    for text, doc in zip(TEXTS, pipeline.annotate(light, items, batch_size=256), strict=True):
        document = to_document(doc, "d")  # the models check every span against the text
        for date in document.dates:
            assert text[date.span[0] : date.span[1]] == date.text
            assert date.interval is None or date.interval[0] <= date.interval[1]


@pytest.mark.parametrize("tense", [None, "past", "present", "future"])
def test_normaliser_never_raises(tense):
    previous = normalise("3 mars 2021")
    for text in TEXTS:
        for dct in (None, dt.date(2012, 2, 29)):
            got = normalise(text, dct=dct, previous=previous, tense=tense)
            assert got is None or got.interval is None or got.interval[0] <= got.interval[1]


@pytest.mark.model
def test_a_sample_through_the_model():
    from musk_openai.api import analyse_text

    sample = "\n".join(TEXTS[:: max(1, len(TEXTS) // 150)])
    document = analyse_text(sample, dct=dt.date(2012, 6, 22))
    assert document.dates
    for date in document.dates:
        assert sample[date.span[0] : date.span[1]] == date.text
