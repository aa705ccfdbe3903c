"""The spaCy pipeline the project builds on the French model."""

import pytest

from musk_openai.reading import seed_text


@pytest.mark.model
def test_the_lemmatizer_word_lists_are_sets_and_the_lemmas_stay_spacys():
    import spacy

    from musk_openai import DEFAULT_MODEL, pipeline

    stock, indexed = spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)
    pipeline._index_lemmas(indexed)
    index = indexed.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert index and all(isinstance(words, frozenset) for words in index.values())
    texts = [
        seed_text(),
        # verbs, nouns and adjectives in the lists, forms the rules must reduce, unknown words
        "Les enfants mangeaient des pommes vertes ; elles ont été cueillies par les vendangeuses.",
        "Nous partirions demain si les grévistes levaient les piquets, ont-ils prévenu.",
        "Le zorglubien blurfait des trucmuches dans les wifis publics.",
    ]
    for text in texts:
        assert [t.lemma_ for t in indexed(text)] == [t.lemma_ for t in stock(text)]
    # the project's pipeline has them too, and still lemmatises
    ours = pipeline.load()
    ours_index = ours.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in ours_index.values())
    assert [t.lemma_ for t in ours("Les enfants mangeaient.")] == ["le", "enfant", "manger", "."]
