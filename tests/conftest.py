import pytest

from musk_openai.reading import seed_text


@pytest.fixture(scope="session")
def seed() -> str:
    return seed_text()


@pytest.fixture(scope="session")
def seed_doc(seed):
    from musk_openai.api import analyse_text

    return analyse_text(seed, document="seed")
