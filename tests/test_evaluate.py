import json

from musk_openai.evaluate import GoldDocument, load_gold, score
from musk_openai.models import Document, Quote, TemporalValue
from musk_openai.reading import Article

TEXT = "En 2018, Paul a dit : « Bonjour à tous. » Puis en 2019, rien."


def doc(dates, quotes):
    return Document(document="d", text=TEXT, dates=dates, quotes=quotes)


def date(text, value, occurrence=0, mod=None):
    start = TEXT.index(text)
    return TemporalValue(text=text, value=value, granularity="year", mod=mod, span=(start, start + len(text)))


def gold(dates, quotes):
    return GoldDocument(Article("d", TEXT), dates, quotes)


def test_perfect_score():
    q_start = TEXT.index("Bonjour")
    quote = Quote(text="Bonjour à tous.", span=(q_start, q_start + 15), kind="direct", speaker="Paul")
    g = gold([{"span": [3, 7], "value": "2018", "mod": None}], [{"span": [q_start, q_start + 15], "speaker": "paul"}])
    report = score([(g, doc([date("2018", "2018")], [quote]))])
    assert report.dates.f1 == 1.0 and report.quotes.f1 == 1.0 and report.speaker_accuracy == 1.0


def test_wrong_value_counts_for_relaxed_only_and_spurious_dates_lower_precision():
    g = gold([{"span": [3, 7], "value": "2018", "mod": None}], None)
    report = score([(g, doc([date("2018", "2017"), date("2019", "2019")], []))])
    assert report.dates.matched == 0 and report.dates_relaxed.matched == 1
    assert report.dates_relaxed.precision == 0.5 and report.dates.recall == 0.0
    assert report.quotes.gold == 0 and report.quotes.predicted == 0  # quotes not scored


def test_value_accuracy_is_measured_on_span_matched_dates():
    g = gold(
        [{"span": [3, 7], "value": "2018", "mod": None}, {"span": [50, 54], "value": "2019", "mod": "START"}], None
    )
    report = score([(g, doc([date("2018", "2018"), date("2019", "2019")], []))])
    assert report.dates_relaxed.matched == 2 and report.values_right == 1 and report.value_accuracy == 0.5
    assert report.as_dict()["value_accuracy"] == 0.5
    assert score([(gold([], None), doc([], []))]).value_accuracy == 1.0  # nothing matched: nothing wrong


def test_quote_overlap_below_half_of_union_is_a_miss():
    q_start = TEXT.index("Bonjour")
    short = Quote(text="Bon", span=(q_start, q_start + 3), kind="partial")
    g = gold(None, [{"span": [q_start, q_start + 15], "speaker": None}])
    report = score([(g, doc([], [short]))])
    assert report.quotes.matched == 0 and report.quotes.precision == 0.0


def test_speaker_accuracy_on_matched_quotes():
    q_start = TEXT.index("Bonjour")
    quote = Quote(text="Bonjour à tous.", span=(q_start, q_start + 15), kind="direct", speaker="Pierre")
    g = gold(None, [{"span": [q_start, q_start + 15], "speaker": "Paul"}])
    report = score([(g, doc([], [quote]))])
    assert report.quotes.f1 == 1.0 and report.speaker_accuracy == 0.0


def test_load_gold_inline_and_path(tmp_path):
    (tmp_path / "a.txt").write_text("En 2018.", encoding="utf-8")
    path = tmp_path / "g.json"
    path.write_text(
        json.dumps(
            {
                "documents": [
                    {"document": "x", "text": "Hier.", "dct": "2012-06-22", "dates": []},
                    {"document": "y", "path": "a.txt", "quotes": []},
                ]
            }
        ),
        encoding="utf-8",
    )
    docs = load_gold(str(path))
    assert docs[0].article.text == "Hier." and str(docs[0].article.dct) == "2012-06-22"
    assert docs[1].article.text == "En 2018." and docs[1].dates is None


def test_seed_gold_spans_slice_to_their_text(seed):
    data = json.load(open("data/gold/seed.json", encoding="utf-8"))
    for item in data["documents"][0]["dates"] + data["documents"][0]["quotes"]:
        assert seed[item["span"][0] : item["span"][1]] == item["text"]


def test_the_right_entity_under_another_name_form_is_counted_apart():
    from musk_openai.evaluate import _same_entity
    from musk_openai.models import Document, Entity

    doc = Document(
        document="d",
        text="x",
        entities=[Entity(name="Valentine Sapounov", kind="person", aliases=["V. Sapounov"], mentions=2)],
    )
    assert _same_entity("Valentine Sapounov", "V. Sapounov", doc)
    assert _same_entity("Commission européenne de Bruxelles", "Commission européenne", doc)
    assert not _same_entity("Jean Martin", "Sophie Martin", doc)
