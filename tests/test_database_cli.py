"""`export --format sqlite` and `--db` through Click's CliRunner, on hand-built Documents: the
articles' results are put in the result cache first, so no spaCy model is loaded here."""

import csv
import io
import json
import sqlite3

import pytest
from click.testing import CliRunner
from dbtools import article

from musk_openai import api
from musk_openai.cache import Cache, key
from musk_openai.cli import main
from musk_openai.database import writer

DOCS = [
    article(
        f"a{k}",
        [
            (
                "Marie Dupont",
                "Mme Dupont" if k else "Marie Dupont",
                f"Le contrôle absolu compte, étape {k}",
                f"201{k}-03-04",
            ),
            ("Acme", "Acme", f"Acme ne commente pas le point {k}", None),
        ],
        dct=f"201{k}-05-06",
        title=f"Titre {k}",
        organisations=frozenset({"Acme"}),
        kind="partial" if k == 3 else "direct",
    )
    for k in range(6)
]


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def corpus(tmp_path):
    """A JSONL corpus of DOCS whose analyses are already in the (test's private) cache."""
    path = tmp_path / "corpus.jsonl"
    lines = [{"id": d.document, "text": d.text, "dct": d.dct.isoformat(), "title": d.title} for d in DOCS]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    cache = Cache.default()
    for document in DOCS:
        cache.put(key(document.text, document.dct, "fr_core_news_md", document.document), document)
    return path


@pytest.fixture()
def news(runner, corpus, tmp_path):
    result = runner.invoke(main, ["export", str(corpus), "-o", str(tmp_path / "news.db")])
    assert result.exit_code == 0, result.output
    return tmp_path / "news.db"


def invoke(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_export_to_a_db_file_then_again_analyses_nothing(runner, corpus, tmp_path, monkeypatch):
    result = invoke(runner, "export", corpus, "-o", tmp_path / "news.db")
    assert result.exit_code == 0
    assert "6 articles added, 0 replaced, 0 unchanged" in result.stderr
    assert f"datasette {tmp_path / 'news.db'} -m {tmp_path / 'news.metadata.json'}" in result.stderr
    assert json.loads((tmp_path / "news.metadata.json").read_text(encoding="utf-8"))["databases"]["news"]
    conn = sqlite3.connect(tmp_path / "news.db")
    assert conn.execute("SELECT title FROM articles WHERE id = 'a2'").fetchone() == ("Titre 2",)
    conn.close()

    def analyse(articles, *args, **kwargs):
        articles = list(articles)
        assert not articles, "an unchanged article was analysed again"
        return iter(())

    monkeypatch.setattr(api, "analyse", analyse)
    again = invoke(runner, "export", corpus, "-o", tmp_path / "news.db", "--no-cache")
    assert again.exit_code == 0 and "0 articles added, 0 replaced, 6 unchanged" in again.stderr
    assert invoke(runner, "export", corpus, "-o", tmp_path / "news.db", "-q").stderr == ""


@pytest.mark.parametrize("name, extra", [("c.sqlite", []), ("c.SQLITE3", []), ("c.data", ["--format", "sqlite"])])
def test_sqlite_is_chosen_by_suffix_or_format(runner, corpus, tmp_path, name, extra):
    assert invoke(runner, "export", corpus, "-o", tmp_path / name, *extra).exit_code == 0
    result = invoke(runner, "quotes", "--db", tmp_path / name, "--format", "jsonl")
    assert len(result.output.splitlines()) == 12


def test_an_explicit_format_wins_over_the_suffix(runner, corpus, tmp_path):
    assert invoke(runner, "export", corpus, "--format", "jsonl", "-o", tmp_path / "x.db").exit_code == 0
    assert json.loads((tmp_path / "x.db").read_text(encoding="utf-8").splitlines()[0])["document"] == "a0"


def test_quotes_from_the_database(runner, news):
    items = json.loads(invoke(runner, "quotes", "--db", news, "--speaker", "dupont", "--format", "json").output)
    assert [q["date"]["value"] for q in items] == [f"201{k}-03-04" for k in range(6)]
    assert {q["speaker"] for q in items} == {"Marie Dupont"} and items[0]["span"] and items[0]["document"] == "a0"
    partial = invoke(runner, "quotes", "--db", news, "--kind", "partial", "--format", "jsonl").output.splitlines()
    assert len(partial) == 2 and all(json.loads(line)["document"] == "a3" for line in partial)
    found = json.loads(
        invoke(runner, "quotes", "--db", news, "--search", "controle ETAPE 2", "--format", "json").output
    )
    assert [q["text"] for q in found] == ["Le contrôle absolu compte, étape 2"]
    rows = list(csv.DictReader(io.StringIO(invoke(runner, "quotes", "--db", news, "--format", "csv").output)))
    assert len(rows) == 12 and rows[0]["date_value"] == "2010-03-04"
    table = invoke(runner, "quotes", "--db", news, "--speaker", "Acme", "--format", "table").output
    assert "Quotations" in table and "Acme ne commente pas" in table


def test_timeline_entities_and_dates_from_the_database(runner, news):
    events = json.loads(
        invoke(
            runner, "timeline", "show", "--db", news, "--actor", "Dupont", "--from", "2012", "--to", "2014-03"
        ).output
    )
    assert [e["date"]["value"] for e in events] == ["2012-03-04", "2013-03-04", "2014-03-04"]
    assert "Timeline" in invoke(runner, "timeline", "show", "--db", news, "--format", "table").output
    people = json.loads(invoke(runner, "entities", "--db", news, "--format", "json").output)
    assert [(p["name"], p["articles"], p["quotes"]) for p in people] == [("Acme", 6, 6), ("Marie Dupont", 6, 6)]
    assert people[1]["aliases"] == ["Marie Dupont", "Mme Dupont"]
    assert "People" in invoke(runner, "entities", "--db", news, "--format", "table").output
    dates = list(csv.DictReader(io.StringIO(invoke(runner, "dates", "--db", news, "--format", "csv").output)))
    assert [d["value"] for d in dates] == [f"201{k}-03-04" for k in range(6)]


@pytest.mark.parametrize(
    "args, message",
    [
        (["quotes", "--db", "{tmp}/missing.db"], "no such database"),
        (["timeline", "show", "--db", "{tmp}/notes.txt"], "not a musk-openai database"),
        (["entities", "--db", "{tmp}"], "is a directory"),
        (["dates", "--db", "{tmp}/other.db"], "not a musk-openai database"),
        (["export", "{tmp}/corpus.jsonl", "-o", "{tmp}/other.db"], "did not write"),
        (["quotes", "--db", "{tmp}/news.db", "--search", "« »"], "no word"),
        (["export", "{tmp}/corpus.jsonl", "-o", "{tmp}/notes.txt", "--format", "sqlite"], "not a SQLite database"),
        (["export", "{tmp}/corpus.jsonl", "-o", "{tmp}/missing/news.db"], "no such folder"),
    ],
)
def test_bad_databases_are_one_line_errors(runner, news, tmp_path, args, message):
    (tmp_path / "notes.txt").write_text("mes notes", encoding="utf-8")
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE IF NOT EXISTS t (x)").connection.close()
    result = invoke(runner, *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mes notes"


@pytest.mark.parametrize(
    "args, message",
    [
        (["quotes", "--search", "contrôle"], "--search needs --db"),
        (["quotes", "{tmp}/corpus.jsonl", "--db", "{tmp}/news.db"], "not both"),
        (["export", "{tmp}/corpus.jsonl", "--format", "sqlite"], "give -o FILE.db"),
        (["export", "{tmp}/corpus.jsonl", "--format", "sqlite", "-o", "-"], "give -o FILE.db"),
        (["export", "{tmp}/corpus.jsonl", "-o", "{tmp}/out.txt"], "or sqlite"),
    ],
)
def test_usage_errors_exit_2(runner, news, tmp_path, args, message):
    result = invoke(runner, *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2 and message in result.output


def test_a_locked_database_is_refused_cleanly(runner, news, corpus, monkeypatch):
    monkeypatch.setattr(writer, "LOCK_TIMEOUT", 0.1)
    other = sqlite3.connect(news, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        result = invoke(runner, "export", corpus, "-o", news)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.exit_code == 1 and "being written by another process" in result.output


def test_ctrl_c_keeps_a_valid_database(runner, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "BLOCK_ARTICLES", 2)
    real = api.analyse

    def interrupted(articles, *args, **kwargs):
        for k, document in enumerate(real(articles, *args, **kwargs)):
            if k == 3:
                raise KeyboardInterrupt
            yield document

    monkeypatch.setattr(api, "analyse", interrupted)
    result = invoke(runner, "export", corpus, "-o", tmp_path / "news.db")
    assert result.exit_code == 130
    listed = invoke(runner, "quotes", "--db", tmp_path / "news.db", "--format", "jsonl").output.splitlines()
    assert {json.loads(line)["document"] for line in listed} == {"a0", "a1"}  # one block of two committed
    monkeypatch.setattr(api, "analyse", real)
    finished = invoke(runner, "export", corpus, "-o", tmp_path / "news.db")
    assert "4 articles added, 0 replaced, 2 unchanged" in finished.stderr
