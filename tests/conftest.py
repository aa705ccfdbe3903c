import pytest

from musk_openai.reading import seed_text


def light_pipeline(quotes: bool = False):
    """Our components on a blank French pipeline (tokeniser, sentence splitter): no model, fast.
    It has no parse, so quotations are found but not attributed."""
    import spacy

    from musk_openai import pipeline

    nlp = spacy.blank("fr")
    pipeline._split_quote_marks(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("musk_paragraphs")
    nlp.add_pipe("musk_temporal")
    if quotes:
        nlp.add_pipe("musk_quotes")
    return nlp


@pytest.fixture(scope="module")
def light():
    return light_pipeline()


@pytest.fixture(scope="session")
def seed() -> str:
    return seed_text()


@pytest.fixture(scope="session")
def seed_doc(seed):
    from musk_openai.api import analyse_text

    return analyse_text(seed, document="seed")


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """No test reads or writes the user's real cache."""
    monkeypatch.setenv("MUSK_OPENAI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
