import pytest

from musk_openai.reading import seed_text


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
