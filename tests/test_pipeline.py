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


@pytest.mark.model
def test_the_array_lemmatizer_writes_what_the_french_lemmatizer_writes():
    import numpy
    from spacy.attrs import LEMMA
    from spacy.lang.fr.lemmatizer import FrenchLemmatizer
    from spacy.tokens import Doc

    from musk_openai import pipeline

    ours = pipeline.load()
    lemmatizer = ours.get_pipe("lemmatizer")
    assert type(lemmatizer).__name__ == "_ArrayLemmatizer" and isinstance(lemmatizer, FrenchLemmatizer)
    texts = [
        seed_text(),
        # known words, forms the rules reduce, unknown words, names, numbers, whitespace tokens
        "Les enfants mangeaient des pommes vertes ; elles ont été cueillies par les vendangeuses.",
        "Le zorglubien blurfait des trucmuches.\n\n  M. Dupont-Aignan a payé 3,5 millions d'euros en 2012 !",
        "",
    ]
    for text in texts:
        doc = ours.make_doc(text)
        for name, proc in ours.pipeline:
            if name == "lemmatizer":
                break
            doc = proc(doc)
        stock, arrays = Doc(doc.vocab).from_bytes(doc.to_bytes()), Doc(doc.vocab).from_bytes(doc.to_bytes())
        FrenchLemmatizer.__call__(lemmatizer, stock)
        lemmatizer(arrays)
        lemmatizer(arrays)  # (a second pass keeps them: only unset lemmas are written)
        assert numpy.array_equal(stock.to_array([LEMMA]), arrays.to_array([LEMMA])), text[:20]


@pytest.mark.model
def test_the_array_tagger_writes_what_the_models_attribute_ruler_writes():
    import numpy
    import spacy
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from musk_openai import DEFAULT_MODEL, pipeline

    ours = pipeline.load()
    assert type(ours.get_pipe("attribute_ruler")).__name__ == "PosTags"
    stock = spacy.load(DEFAULT_MODEL)
    texts = [
        seed_text(),
        # whitespace tokens (the ruler normalises them), a line break opening and closing
        "Titre\n\n  Le  président   a dit :\n« Oui. »\n\n\n  Fin .  \t ok\n",
        "",
    ]
    for text in texts:
        # the same tokens: compare on the stock tokenizer's doc run through both components
        a, b = stock.make_doc(text), stock.make_doc(text)
        for _, proc in stock.pipeline[:2]:  # tok2vec, morphologizer (then the parser)
            a, b = proc(a), proc(b)
        a, b = stock.get_pipe("parser")(a), stock.get_pipe("parser")(b)
        a = stock.get_pipe("attribute_ruler")(a)
        b = ours.get_pipe("attribute_ruler")(b)
        attrs = [TAG, POS, MORPH, DEP, HEAD]
        assert numpy.array_equal(a.to_array(attrs), b.to_array(attrs)), text[:20]
        a, b = stock.get_pipe("lemmatizer")(a), stock.get_pipe("lemmatizer")(b)
        assert numpy.array_equal(a.to_array([LEMMA]), b.to_array([LEMMA]))


def test_a_ruler_with_other_patterns_is_kept():
    import spacy

    from musk_openai import pipeline

    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "m."}]], {"TAG": "NOUN"})
    pipeline._faster_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    nlp = spacy.blank("fr")
    ruler = nlp.add_pipe("attribute_ruler")
    for pattern in pipeline._RULER_PATTERNS:
        ruler.add(pattern["patterns"], pattern["attrs"])
    pipeline._faster_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "PosTags"
