"""Every command, format and error path through Click's CliRunner."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from musk_openai import __version__
from musk_openai.cli import main

pytestmark = pytest.mark.model

ARTICLE = (
    "22 juin 2012. - Le ministre Jean Dupont a déclaré mardi : « Nous ouvrirons le site en août. »\n"
    "« C'est une étape », a-t-il ajouté. Selon Marie Curie, « le projet avance ».\n"
)


@pytest.fixture()
def runner():
    return CliRunner()


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(runner, *args, input=None):
    result = runner.invoke(main, list(args), input=input, catch_exceptions=False)
    return result


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize(
    "command", [[], ["timeline"], ["timeline", "show"], ["quotes"], ["dates"], ["entities"], ["export"], ["evaluate"]]
)
def test_every_help_shows_a_real_example(runner, command):
    result = run(runner, *command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and "musk-openai" in result.output


def test_timeline_json_is_chronological_on_the_seed(runner):
    result = run(runner, "timeline", "show", "--format", "json")
    assert result.exit_code == 0
    events = json.loads(result.output)
    starts = [e["date"]["interval"][0] for e in events]
    assert starts == sorted(starts) and len(events) == 14


def test_timeline_table(runner):
    result = run(runner, "timeline", "show", "--format", "table")
    assert result.exit_code == 0 and "20 novembre 2015" in result.output and "2015-11-20" in result.output


def test_timeline_filters(runner):
    result = run(runner, "timeline", "show", "--format", "jsonl", "--actor", "Sutskever", "--from", "2017-09")
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert lines and all("Ilya Sutskever" in e["actors"] for e in lines)
    assert run(runner, "timeline", "show", "--from", "2017-13").exit_code == 2


def test_quotes_speaker_json_prints_exactly_the_sutskever_quote(runner):
    result = run(runner, "quotes", "--speaker", "Sutskever", "--format", "json")
    items = json.loads(result.output)
    assert len(items) == 1 and items[0]["speaker"] == "Ilya Sutskever"
    assert items[0]["text"].startswith("La structure actuelle vous offre")


def test_quotes_kind_and_accent_insensitive_speaker(runner):
    result = run(runner, "quotes", "--speaker", "élon MUSK", "--kind", "partial", "--format", "jsonl")
    assert len(result.output.splitlines()) == 3


def test_quotes_table_and_csv(runner):
    assert "Sutskever" in run(runner, "quotes", "--format", "table").output
    rows = list(csv.DictReader(io.StringIO(run(runner, "quotes", "--format", "csv").output)))
    assert len(rows) == 12 and "date_value" in rows[0] and rows[1]["date_value"] == "2015-11-20"


def test_dates_all_formats(runner, article):
    for fmt in ("json", "jsonl", "csv", "table"):
        result = run(runner, "dates", str(article), "--format", fmt)
        assert result.exit_code == 0 and "2012-06-19" in result.output, fmt


def test_dateline_anchors_relative_dates(runner, article):
    dates = json.loads(run(runner, "dates", str(article), "--format", "json").output)
    by_text = {d["text"]: d for d in dates}
    assert by_text["mardi"]["value"] == "2012-06-19" and by_text["mardi"]["anchor"] == "dct"
    assert by_text["août"]["value"] == "2012-08" and by_text["août"]["quoted"] is True


def test_dct_option_overrides(runner, article):
    dates = json.loads(run(runner, "dates", str(article), "--dct", "2013-01-04", "--format", "json").output)
    assert {d["text"]: d["value"] for d in dates}["mardi"] == "2013-01-01"
    result = run(runner, "dates", str(article), "--dct", "hier")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_entities(runner, article):
    items = json.loads(run(runner, "entities", str(article), "--format", "json").output)
    names = {e["name"]: e for e in items}
    assert names["Jean Dupont"]["quotes"] == 2 and names["Marie Curie"]["quotes"] == 1
    assert "Entities" in run(runner, "entities", str(article), "--format", "table").output


def test_stdin_and_document_field(runner):
    items = json.loads(run(runner, "quotes", "-", "--format", "json", input=ARTICLE).output)
    assert items and all(i["document"] == "-" for i in items)


def test_jsonl_corpus_and_directory(runner, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "text": "Hier, Paul a dit : « Oui. »", "dct": "2020-05-05"})
        + "\n"
        + json.dumps({"id": "a2", "text": "En 2019, rien.", "date": "2020-01-01"})
        + "\n",
        encoding="utf-8",
    )
    dates = json.loads(run(runner, "dates", str(corpus), "--format", "json").output)
    assert [(d["document"], d["value"]) for d in dates] == [("a1", "2020-05-04"), ("a2", "2019")]
    (tmp_path / "x.txt").write_text("En 2001, rien.", encoding="utf-8")
    dates = json.loads(run(runner, "dates", str(tmp_path), "--format", "json").output)
    assert {d["document"] for d in dates} == {"a1", "a2", str(tmp_path / "x.txt")}


def test_export_json_jsonl_csv(runner, tmp_path):
    out = tmp_path / "out.csv"
    result = run(runner, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["type"] for r in rows} == {"event", "quote", "date", "entity", "document"}
    assert [r["document"] for r in rows if r["type"] == "document"] == [rows[0]["document"]]  # closes the article
    assert rows[-1]["type"] == "document" and len(rows[-1]["text_sha256"]) == 64
    docs = json.loads(run(runner, "export", "--format", "json").output)
    assert len(docs) == 1 and {"dates", "events", "quotes", "entities", "text"} <= set(docs[0])
    lines = run(runner, "export", "--format", "jsonl").output.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["document"].endswith(".txt")


def test_export_needs_a_format(runner):
    result = run(runner, "export")
    assert result.exit_code == 2 and "--format" in result.output


def test_evaluate_seed(runner):
    result = run(runner, "evaluate", "data/gold/seed.json", "--format", "json")
    data = json.loads(result.output)
    assert data["dates"]["f1"] >= 0.95 and data["quotes"]["f1"] >= 0.95 and data["speaker_accuracy"] >= 0.95
    assert data["value_accuracy"] >= 0.95
    table = run(runner, "evaluate", "data/gold/seed.json")
    assert "precision" in table.output and "speaker accuracy" in table.output and "value accuracy" in table.output


@pytest.mark.parametrize(
    "args,message",
    [
        (["quotes", "does-not-exist.txt"], "no such file"),
        (["evaluate", "does-not-exist.json"], "cannot read the gold annotation"),
    ],
)
def test_bad_paths_give_one_line_errors(runner, args, message):
    result = run(runner, *args)
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_bad_inputs(runner, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert "empty" in run(runner, "quotes", str(empty)).output
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01abc")
    assert "binary" in run(runner, "quotes", str(binary)).output
    latin = tmp_path / "latin.txt"
    latin.write_bytes("En 2018, Zoé a déclaré : « Déjà prêts pour l'été. »".encode("cp1252"))
    result = run(runner, "quotes", str(latin), "--format", "json")
    assert result.exit_code == 0 and "not UTF-8, read as" in result.stderr
    assert json.loads(result.stdout)[0]["text"] == "Déjà prêts pour l'été."
    ok = run(runner, "quotes", str(latin), "--encoding", "cp1252", "--format", "json")
    assert json.loads(ok.output)[0]["text"] == "Déjà prêts pour l'été."
    (tmp_path / "emptydir").mkdir()
    assert "no .txt" in run(runner, "dates", str(tmp_path / "emptydir")).output


def test_malformed_jsonl_stops_or_skips(runner, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "En 2019."}\n{broken\n{"id": "b", "text": "En 2020."}\n', encoding="utf-8")
    result = run(runner, "dates", str(corpus), "--format", "json")
    assert result.exit_code == 1 and "line 2" in result.output
    result = run(runner, "dates", str(corpus), "--format", "json", "--skip-errors")
    assert result.exit_code == 0 and "line 2" in result.stderr
    assert [d["value"] for d in json.loads(result.stdout)] == ["2019", "2020"]


def test_csv_cells_are_protected_against_formulas(runner, tmp_path):
    path = tmp_path / "f.txt"
    path.write_text('Paul a dit : « =HYPERLINK("http://x") maintenant »\n', encoding="utf-8")
    escaped = run(runner, "quotes", str(path), "--format", "csv").output
    assert "'=HYPERLINK" in escaped
    raw = run(runner, "quotes", str(path), "--format", "csv", "--no-csv-escape").output
    assert "'=HYPERLINK" not in raw and "=HYPERLINK" in raw


def test_markup_in_quotes_prints_literally(runner, tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("Paul a dit : « [bold red]attention[/] \x1b[31m rouge »\n", encoding="utf-8")
    out = run(runner, "quotes", str(path), "--format", "table").output
    assert "[bold red]attention[/]" in out and "\x1b[31m" not in out and "\\x1b" in out


def test_output_file_is_not_left_half_written(runner, tmp_path, monkeypatch):
    target = tmp_path / "keep.json"
    target.write_text("previous", encoding="utf-8")
    from musk_openai import export

    def explode(items, out):
        out.write("[partial")
        raise KeyboardInterrupt

    monkeypatch.setattr(export, "write_json", explode)
    result = run(runner, "quotes", "--format", "json", "-o", str(target))
    assert result.exit_code == 130
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_csv_reads_back_to_the_same_rows(runner):
    from musk_openai.api import analyse_text
    from musk_openai.export import as_dict, columns, flatten
    from musk_openai.models import Quote
    from musk_openai.reading import iter_articles

    result = run(runner, "quotes", "--format", "csv", "--no-csv-escape")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    article = next(iter_articles([]))
    quotes = analyse_text(article.text, document=article.document).quotes
    expected = [
        {c: "" if flatten(as_dict(q)).get(c) is None else str(flatten(as_dict(q))[c]) for c in columns(Quote)}
        for q in quotes
    ]
    assert rows == expected
