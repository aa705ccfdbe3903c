"""Integration: the real French model on the seed article (facts of the seed live here, not in the package)."""

import pytest

from musk_openai import api

pytestmark = pytest.mark.model

TIMELINE = [  # (text as written, value, mod, until) in chronological order
    ("fin 2015", "2015", "END", ("début 2018", "2018", "START")),
    ("20 novembre 2015", "2015-11-20", None, None),
    ("décembre 2015", "2015-12", None, None),
    ("l’année 2016", "2016", None, None),
    ("21 janvier 2017", "2017-01-21", None, None),
    ("mi-2017", "2017", "MID", None),
    ("septembre 2017", "2017-09", None, None),
    ("septembre 2017", "2017-09", None, None),
    ("début 2018", "2018", "START", None),
    ("décembre 2018", "2018-12", None, None),
    ("mars 2019", "2019-03", None, None),
    ("2023", "2023", None, None),
    ("mars 2024", "2024-03", None, None),
    ("août de la même année", "2024-08", None, None),
]


def _mod(value):
    return value.mod.value if value.mod else None


def test_timeline_holds_exactly_the_dated_expressions(seed_doc):
    events = api.timeline([seed_doc])
    got = [
        (e.date.text, e.date.value, _mod(e.date), (e.until.text, e.until.value, _mod(e.until)) if e.until else None)
        for e in events
    ]
    assert got == TIMELINE


def test_no_false_dates(seed_doc):
    texts = {d.text.lower() for d in seed_doc.dates}
    assert "mars" not in texts and "sa" not in texts and not any("juillet" in t for t in texts)


def test_dates_inside_quotes_are_flagged_and_kept_out_of_the_timeline(seed_doc):
    quoted = [(d.text, d.value) for d in seed_doc.dates if d.quoted]
    assert quoted == [("fin 2017", "2017"), ("2018", "2018")]
    with_quoted = api.timeline([seed_doc], include_quoted=True)
    assert len(with_quoted) == len(TIMELINE) + 2


def test_timeline_filters(seed_doc):
    assert {e.date.text for e in api.timeline([seed_doc], actor="sutskever")} >= {"septembre 2017"}
    import datetime as dt

    events = api.timeline([seed_doc], start=dt.date(2019, 1, 1), end=dt.date(2023, 12, 31))
    assert [e.date.text for e in events] == ["mars 2019", "2023"]


def test_headline_and_actors(seed_doc):
    event = next(e for e in seed_doc.events if e.date.text == "2023")
    assert event.headline.startswith("Elon Musk a fondé xAI")
    assert "Elon Musk" in event.actors
    assert seed_doc.text[event.span[0] : event.span[1]] == event.sentence


EXPECTED_QUOTES = [  # (start of text, end of text, speaker, addressee, date, closed, kind)
    ("Vous ne pouvez pas", "en justice.", "OpenAI", None, None, True, "direct"),
    ("De plus, la structure", "lucratif parallèle.", "Elon Musk", "Sam Altman", "2015-11-20", False, "direct"),
    ("Même lever plusieurs", "oubliez ça.", "Elon Musk", None, "2018-12", False, "direct"),
    ("100 % d’accord.", "(quand : ??)", "Greg Brockman", None, None, True, "direct"),
    ("La structure actuelle", "important pour vous.", "Ilya Sutskever", "Elon Musk", "2017-09", False, "direct"),
    ("pour construire une ville sur Mars", "sur Mars", "Elon Musk", None, None, True, "partial"),
    ("augmentation exponentielle", "exponentielle", "Elon Musk", None, None, True, "partial"),
    ("milliards par an", "par an", "Elon Musk", None, None, True, "partial"),
    ("OpenAI est sur la voie", "à l’inutilité.", "Elon Musk", None, None, False, "direct"),
    ("De facto.", "du cycle B", "Elon Musk", "Sam Altman", None, True, "direct"),
    ("C’est un appât et un changement.", "changement.", "Elon Musk", None, None, True, "direct"),
    ("contrôle unilatéral absolu", "absolu", None, None, None, True, "partial"),
]


def test_every_seed_quote_with_its_speaker(seed_doc):
    got = seed_doc.quotes
    assert len(got) == len(EXPECTED_QUOTES)
    for quote, (start, end, speaker, addressee, date, closed, kind) in zip(got, EXPECTED_QUOTES, strict=True):
        assert quote.text.startswith(start) and quote.text.endswith(end), quote.text
        assert quote.speaker == speaker, quote.text
        if addressee:
            assert quote.addressee == addressee, quote.text
        assert (quote.date.value if quote.date else None) == date, quote.text
        assert quote.closed is closed, quote.text
        assert quote.kind.value == kind, quote.text


def test_seed_attribution_routes(seed_doc):
    by_start = {q.text[:12]: q for q in seed_doc.quotes}
    assert by_start["La structure"].attribution == "intro-pronoun"  # "lorsqu'il écrivait à Musk :"
    assert by_start["De facto. J’"].attribution == "inverted-pronoun"  # "a-t-il écrit"
    assert by_start["C’est un app"].attribution == "continuation"
    assert by_start["OpenAI est s"].speaker_mention == "Musc"  # misspelt, one edit from Musk
    assert by_start["100 % d’acco"].text.endswith("(quand : ??)")  # opened with «, closed with ”


def test_a_name_in_quotation_marks_is_not_a_quote(seed_doc):
    assert not any("Open Artificial Intelligence" in q.text for q in seed_doc.quotes)


def test_speaker_queries(seed_doc):
    assert len(api.quotes([seed_doc], speaker="Sutskever")) == 1
    assert len(api.quotes([seed_doc], speaker="Musk")) == 8
    assert len(api.quotes([seed_doc], speaker="MUSC")) == 8  # any alias, any case
    assert len(api.quotes([seed_doc], speaker="Musk", kind="partial")) == 3


def test_entities_are_canonical(seed_doc):
    musk = next(e for e in seed_doc.entities if e.name == "Elon Musk")
    assert {"Musk", "Musc", "Elon Musk"} <= set(musk.aliases) and musk.quotes == 8
    assert not any(e.name in ("Musk", "Musc", "Sutskever") for e in seed_doc.entities)


def test_every_span_slices_to_its_text(seed_doc):
    text = seed_doc.text
    for item in seed_doc.dates + seed_doc.quotes:
        assert text[item.span[0] : item.span[1]] == item.text
    for event in seed_doc.events:
        assert text[event.span[0] : event.span[1]] == event.sentence
        assert text[event.date.span[0] : event.date.span[1]] == event.date.text


def test_small_model_also_runs(seed):
    doc = api.analyse_text(seed, model="fr_core_news_sm")
    assert len(doc.dates) >= 15 and len(doc.quotes) >= 10
