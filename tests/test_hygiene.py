"""The package stays general French NLP and lint-clean."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "musk_openai"
# Names, dates and phrases of the seed article must not leak into the extractor.
SEED_FACTS = re.compile(r"\b(musk|musc|sutskever|brockman|altman|xai|tesla|deepmind)\b|novembre 2015|mi-2017", re.I)


def test_no_seed_facts_in_package_code():
    for path in PACKAGE.rglob("*.py"):
        text = re.sub(r"musk[-_ ]openai", "", path.read_text(encoding="utf-8"), flags=re.I)
        assert not SEED_FACTS.search(text), path


def test_reporting_verb_lexicon_is_large_enough():
    from musk_openai.quotes.lexicon import REPORTING_VERBS

    assert len(REPORTING_VERBS) >= 120
    assert {
        "dire",
        "déclarer",
        "affirmer",
        "écrire",
        "ajouter",
        "estimer",
        "souligner",
        "répondre",
        "préciser",
        "expliquer",
        "promettre",
        "tweeter",
    } <= REPORTING_VERBS


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_ruff_clean():
    root = PACKAGE.parent
    result = subprocess.run(["ruff", "check", "musk_openai", "tests"], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
