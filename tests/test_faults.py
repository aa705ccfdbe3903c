"""One bad article never costs a corpus run (issue 11): failures isolated per article, worker
crashes survived, Ctrl-C clean, resumable exports, full disks reported.

Failures are injected by monkeypatching `extract.to_document` for articles whose text holds a
marker; worker processes are forked, so they inherit the patch.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from proctools import alive, children

from musk_openai import api, export, extract, resume
from musk_openai.cli import main
from musk_openai.errors import ArticleError
from musk_openai.models import Failure
from musk_openai.reading import Article
from musk_openai.text import text_hash

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
MAIN_PID = os.getpid()


def article(k: int, marker: str = "") -> dict:
    text = (
        f"Le {k % 28 + 1} mars 2012, Jean Dupont{k} a déclaré : « Nous ouvrirons en {2013 + k}. »{marker}\n"
        f"Selon Marie Curie, « le projet avance »."
    )
    return {"id": f"a{k}", "text": text}


def corpus(path: Path, count: int, markers: dict[int, str] | None = None) -> Path:
    markers = markers or {}
    path.write_text(
        "".join(json.dumps(article(k, markers.get(k, "")), ensure_ascii=False) + "\n" for k in range(count)),
        encoding="utf-8",
    )
    return path


@pytest.fixture()
def poisoned(monkeypatch, seed_doc):
    """' POISON' makes the analysis raise; ' KILLME' kills the worker process analysing it;
    ' HANG' loops in Python, as a rule that never ends; ' STUCK' blocks a worker process where
    Python cannot interrupt it (as a hang inside C code would). The loops are bounded, so that a
    broken time limit fails the test instead of hanging the suite.
    (seed_doc loads the model here first, so forked workers start with it.)"""
    original = extract.to_document

    def to_document(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if "KILLME" in doc.text and os.getpid() != MAIN_PID:
            os.kill(os.getpid(), signal.SIGKILL)
        if "HANG" in doc.text:
            end = time.monotonic() + 120
            while time.monotonic() < end:
                pass
        if "STUCK" in doc.text and os.getpid() != MAIN_PID:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(120)
        if "POISON" in doc.text:
            raise ValueError("injected failure")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(extract, "to_document", to_document)


def invoke(*args: str):  # noqa: ANN201
    return CliRunner().invoke(main, list(args))


def clean_lines(tmp_path: Path, count: int, *extra: str) -> list[str]:
    """The JSONL records of the same corpus without any marker, for comparison."""
    path = corpus(tmp_path / "clean.jsonl", count)
    result = invoke("export", str(path), "--format", "jsonl", "--no-cache", "--jobs", "1", *extra)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


# -- a failing article -------------------------------------------------------------
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_article_gives_an_error_record_and_the_rest(tmp_path, poisoned, jobs):
    path = corpus(tmp_path / "c.jsonl", 10, {4: " POISON"})
    out = tmp_path / "out.jsonl"
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--jobs", jobs, "--batch-size", "4")
    assert result.exit_code == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 10
    record = json.loads(lines[4])
    digest = text_hash(article(4, " POISON")["text"])
    assert record == {"document": "a4", "error": "ValueError: injected failure", "text_sha256": digest}
    clean = clean_lines(tmp_path, 10)
    assert lines[:4] + lines[5:] == clean[:4] + clean[5:]  # its batch neighbours are unharmed
    assert "error: a4: ValueError: injected failure" in result.stderr
    assert "10 articles, 9 done, 1 failed" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr


def test_debug_prints_the_traceback(tmp_path, poisoned):
    path = corpus(tmp_path / "c.jsonl", 3, {1: " POISON"})
    result = invoke("export", str(path), "--format", "jsonl", "--jobs", "1", "--debug")
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr and "to_document" in result.stderr


def test_csv_gets_an_error_row_and_json_stays_valid(tmp_path, poisoned):
    path = corpus(tmp_path / "c.jsonl", 3, {1: " POISON"})
    result = invoke("export", str(path), "--format", "csv", "--jobs", "1")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    errors = [r for r in rows if r["type"] == "error"]
    assert [(r["document"], r["error"]) for r in errors] == [("a1", "ValueError: injected failure")]
    assert [r["document"] for r in rows if r["type"] == "document"] == ["a0", "a2"]
    result = invoke("export", str(path), "--format", "json", "--jobs", "1")
    assert result.exit_code == 1
    assert [d["document"] for d in json.loads(result.stdout)] == ["a0", "a2"]


def test_item_commands_report_failures_the_same_way(tmp_path, poisoned):
    path = corpus(tmp_path / "c.jsonl", 3, {1: " POISON"})
    result = invoke("quotes", str(path), "--format", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"] for r in records if "error" in r] == ["a1"]
    assert {r["document"] for r in records if "error" not in r} == {"a0", "a2"}
    table = invoke("timeline", "show", str(path), "--format", "table", "--jobs", "1")
    assert table.exit_code == 1 and "Dupont0" in table.stdout and "error: a1" in table.stderr
    for command in (["dates"], ["entities"], ["timeline", "show"]):
        result = invoke(*command, str(path), "--format", "json", "--jobs", "1")
        assert result.exit_code == 1 and json.loads(result.stdout), command


def test_fail_fast_stops_at_the_first_failure_and_writes_nothing(tmp_path, poisoned):
    path = corpus(tmp_path / "c.jsonl", 4, {1: " POISON"})
    out = tmp_path / "out.jsonl"
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--jobs", "1", "--fail-fast")
    assert result.exit_code == 1
    assert "a1: ValueError: injected failure" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [path]


def test_library_raises_or_records(poisoned):
    articles = [Article(a["id"], a["text"]) for a in (article(0), article(1, " POISON"))]
    with pytest.raises(ArticleError, match="a1: ValueError: injected failure"):
        list(api.analyse(articles))
    results = list(api.analyse(articles, failures=True))
    assert results[0].document == "a0" and isinstance(results[1], Failure)


# -- worker processes that die ------------------------------------------------------
def test_an_article_that_kills_its_worker_is_reported_and_the_rest_kept(tmp_path, poisoned):
    path = corpus(tmp_path / "c.jsonl", 24, {9: " KILLME"})
    result = invoke("export", str(path), "--format", "jsonl", "--jobs", "2", "--batch-size", "4", "--no-cache")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"] for r in records] == [f"a{k}" for k in range(24)]
    assert [r["document"] for r in records if "error" in r] == ["a9"]
    assert records[9]["error"].startswith("WorkerLost")
    assert "a worker process died" in result.stderr and "24 articles, 23 done, 1 failed" in result.stderr


# -- an article that never ends -------------------------------------------------------
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_article_that_never_ends_is_given_up_and_the_rest_kept(tmp_path, poisoned, jobs):
    path = corpus(tmp_path / "c.jsonl", 6, {2: " HANG"})
    start = time.monotonic()
    result = invoke("export", str(path), "--format", "jsonl", "--no-cache", "--jobs", jobs, "--timeout", "1")
    assert time.monotonic() - start < 60
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"] for r in records] == [f"a{k}" for k in range(6)]
    assert [r["document"] for r in records if "error" in r] == ["a2"]
    assert records[2]["error"].startswith("TimeLimitExceeded: analysis took longer than 1 s and was given up")
    assert "--timeout" in records[2]["error"]  # how to raise it
    clean = clean_lines(tmp_path, 6)
    assert result.stdout.splitlines()[:2] + result.stdout.splitlines()[3:] == clean[:2] + clean[3:]
    assert "6 articles, 5 done, 1 failed" in result.stderr and "Traceback" not in result.stderr


def test_the_time_limit_comes_from_the_environment_and_zero_lifts_it(tmp_path, poisoned, monkeypatch):
    path = corpus(tmp_path / "c.jsonl", 2, {1: " HANG"})
    monkeypatch.setenv("MUSK_OPENAI_TIMEOUT", "0.5")
    result = invoke("export", str(path), "--format", "jsonl", "--no-cache", "--jobs", "1")
    assert result.exit_code == 1 and "took longer than 0.5 s" in result.stderr
    from musk_openai import runners

    calls, choose = [], runners.choose
    monkeypatch.setattr(runners, "choose", lambda *a, **k: calls.append(k["timeout"]) or choose(*a, **k))
    result = invoke("export", str(corpus(tmp_path / "d.jsonl", 1)), "--format", "json", "--no-cache", "--timeout", "0")
    assert result.exit_code == 0 and calls == [0.0]
    result = invoke("export", str(path), "--format", "json", "--timeout", "-1")
    assert result.exit_code == 2 and "--timeout" in result.stderr


def test_the_library_gives_up_an_article_that_never_ends(poisoned):
    articles = [Article(a["id"], a["text"]) for a in (article(0), article(1, " HANG"))]
    results = list(api.analyse(articles, failures=True, timeout=0.5))
    assert results[0].document == "a0" and not isinstance(results[0], Failure)
    assert isinstance(results[1], Failure) and results[1].error.startswith("TimeLimitExceeded")
    assert "to_document" in results[1].traceback  # where it was stuck, for the bug report


def test_a_worker_stuck_where_python_cannot_interrupt_it_is_ended(tmp_path, poisoned, monkeypatch):
    from musk_openai import runners

    monkeypatch.setattr(runners.Processes, "grace", 1.0)  # overdue after 2 x limit + 1 s
    path = corpus(tmp_path / "c.jsonl", 6, {3: " STUCK"})
    args = ["export", str(path), "--format", "jsonl", "--no-cache", "--jobs", "2", "--batch-size", "2"]
    result = invoke(*args, "--timeout", "1")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["document"] for r in records] == [f"a{k}" for k in range(6)]
    assert [r["document"] for r in records if "error" in r] == ["a3"]
    assert records[3]["error"].startswith("TimeLimitExceeded: analysis took longer than 1 s")
    assert records[3]["error"].endswith("its worker process was ended")
    assert "a worker process overran its time limit" in result.stderr
    assert not children(os.getpid())  # no worker left behind


def cli(*args: str, **kwargs) -> subprocess.Popen:  # noqa: ANN003
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "musk_openai", *args], env=env, start_new_session=True, **kwargs)


def test_a_worker_killed_from_outside_costs_nothing(tmp_path):
    path = corpus(tmp_path / "c.jsonl", 200)
    args = ["export", str(path), "--format", "jsonl", "--jobs", "2", "--no-cache"]
    # unbuffered: reading the first line must not swallow the ones after it
    process = cli(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    watchdog = threading.Timer(300, os.killpg, (process.pid, signal.SIGKILL))  # a hang fails, not blocks
    watchdog.start()
    try:
        first = process.stdout.readline()  # workers are busy now
        workers = children(process.pid)
        assert len(workers) == 2 and process.poll() is None
        os.kill(workers[0], signal.SIGKILL)
        rest, errors = process.communicate()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 0, errors
    assert b"a worker process died" in errors
    lines = [first, *rest.splitlines(keepends=True)]
    assert [line.decode("utf-8") for line in lines] == [line + "\n" for line in clean_lines(tmp_path, 200)]


def test_ctrl_c_exits_130_with_no_worker_left_and_no_output(tmp_path):
    path = corpus(tmp_path / "c.jsonl", 200)
    out = tmp_path / "out.jsonl"
    process = cli("export", str(path), "--format", "jsonl", "-o", str(out), "--jobs", "2", "--no-cache")
    try:
        deadline = time.monotonic() + 120
        while len(children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = children(process.pid)
        assert len(workers) == 2
        time.sleep(1)
        os.killpg(process.pid, signal.SIGINT)  # what a terminal does on Ctrl-C
        assert process.wait(timeout=60) == 130
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    time.sleep(0.5)
    assert not [pid for pid in workers if alive(pid)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl"]


# -- --resume ------------------------------------------------------------------------
def test_resume_after_a_hard_kill_gives_the_uninterrupted_file(tmp_path):
    path = corpus(tmp_path / "c.jsonl", 60)
    whole = tmp_path / "whole.jsonl"
    assert invoke("export", str(path), "--format", "jsonl", "-o", str(whole), "--jobs", "1").exit_code == 0
    out = tmp_path / "out.jsonl"
    process = cli("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--no-cache", "--jobs", "1")
    try:
        deadline = time.monotonic() + 240
        while (not out.exists() or out.read_bytes().count(b"\n") < 20) and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    kept = out.read_bytes()
    assert 20 <= kept.count(b"\n") < 60
    with out.open("ab") as handle:  # and a torn last line, as a kill in mid-write leaves
        handle.write(whole.read_bytes().splitlines(keepends=True)[kept.count(b"\n")][:100])
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--no-cache", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == whole.read_bytes()
    again = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--jobs", "1")
    assert again.exit_code == 0 and out.read_bytes() == whole.read_bytes()  # nothing left to add


def test_resume_csv_cuts_a_half_written_article(tmp_path, monkeypatch):
    path = corpus(tmp_path / "c.jsonl", 8)
    whole = tmp_path / "whole.csv"
    assert invoke("export", str(path), "--format", "csv", "-o", str(whole), "--jobs", "1").exit_code == 0
    data = whole.read_bytes()
    # the first three articles, then half of the fourth's rows and a torn row
    ends = [k for k in range(len(data)) if data.startswith(b"\r\ndocument,", k)]
    fourth_start = data.index(b"\r\n", ends[2] + 2) + 2
    out = tmp_path / "out.csv"
    out.write_bytes(data[:fourth_start] + data[fourth_start : ends[3]][:-30])
    result = invoke("export", str(path), "--format", "csv", "-o", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == data


def test_resume_redoes_an_article_whose_text_changed_and_keeps_failures(tmp_path, poisoned):
    path = corpus(tmp_path / "c.jsonl", 4, {2: " POISON"})
    out = tmp_path / "out.jsonl"
    assert invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--jobs", "1").exit_code == 1
    first = out.read_text(encoding="utf-8").splitlines()
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = json.dumps({"id": "a1", "text": "Le 5 mai 2010, Paul Martin a dit : « Non. »"}, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 0
    after = out.read_text(encoding="utf-8").splitlines()
    assert after[:4] == first and len(after) == 5 and "Paul Martin" in after[4]


def test_resume_needs_a_file_and_a_line_format(tmp_path):
    for args in (["--format", "jsonl"], ["--format", "json", "-o", str(tmp_path / "o.json")]):
        result = invoke("export", "--resume", *args)
        assert result.exit_code == 2 and "--resume needs -o FILE" in result.output


def test_resume_refuses_a_file_it_did_not_write(tmp_path):
    out = tmp_path / "notes.jsonl"
    out.write_text('{"name": "x"}\n', encoding="utf-8")
    result = invoke("export", "--format", "jsonl", "-o", str(out), "--resume")
    assert result.exit_code == 1 and "is not a record of `musk-openai export`" in result.output
    assert out.read_text(encoding="utf-8") == '{"name": "x"}\n'


def test_resume_reader_counts_duplicates_and_cuts_a_torn_line(tmp_path):
    out = tmp_path / "o.jsonl"
    record = {"document": "d", "text": "abc"}
    line = json.dumps(record) + "\n"
    out.write_text(line + line + json.dumps({"document": "e", "error": "X: y", "text_sha256": "h"}) + '\n{"docu')
    state = resume.RESUMABLE["jsonl"](out)
    assert state.done == {("d", text_hash("abc")): 2, ("e", "h"): 1}
    assert state.end == len(out.read_bytes()) - len('{"docu')


# -- full disks ----------------------------------------------------------------------
def no_space(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_full_disk_leaves_no_file_presented_as_complete(tmp_path, monkeypatch):
    path = corpus(tmp_path / "c.jsonl", 6)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    calls = {"n": 0}
    write = export.JsonlArticles.write

    def filling(self, result):  # noqa: ANN001
        calls["n"] += 1
        if calls["n"] == 4:
            no_space()
        write(self, result)

    monkeypatch.setattr(export.JsonlArticles, "write", filling)
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--jobs", "1")
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith(f"Error: cannot write {out}: No space left on device")
    assert "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "previous\n"  # the earlier file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "out.jsonl"]  # no temporary file


def test_full_disk_during_resume_keeps_only_whole_articles(tmp_path, monkeypatch):
    path = corpus(tmp_path / "c.jsonl", 6)
    out = tmp_path / "out.jsonl"
    pwrite = os.pwrite
    calls = {"n": 0}

    def filling(fd, data, offset):  # noqa: ANN001, ANN202
        calls["n"] += 1
        if calls["n"] == 4:
            pwrite(fd, bytes(data[:50]), offset)  # half an article reaches the disk, then it is full
            no_space()
        return pwrite(fd, data, offset)

    monkeypatch.setattr(os, "pwrite", filling)
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert "continue" in result.output
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) == 3 and all(line.endswith(b"\n") and json.loads(line) for line in lines)
    monkeypatch.setattr(os, "pwrite", pwrite)
    assert invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--jobs", "1").exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines() == clean_lines(tmp_path, 6)


@pytest.fixture()
def small_disk(tmp_path):
    """A 16 kB tmpfs (needs root, as in CI); skipped where it cannot be mounted."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_real_full_disk(tmp_path, small_disk):
    path = corpus(tmp_path / "c.jsonl", 12)
    out = small_disk / "out.jsonl"
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--jobs", "1")
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert list(small_disk.iterdir()) == []
    result = invoke("export", str(path), "--format", "jsonl", "-o", str(out), "--resume", "--jobs", "1")
    assert result.exit_code == 1 and "No space left on device" in result.output
    kept = out.read_bytes().splitlines(keepends=True)
    assert 0 < len(kept) < 12 and all(line.endswith(b"\n") and json.loads(line) for line in kept)
    assert [line.decode() for line in kept] == [line + "\n" for line in clean_lines(tmp_path, 12)[: len(kept)]]
