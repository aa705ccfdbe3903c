"""Where the analysis runs: in this process, in worker processes, or on a Dask cluster.

`api.analyse` hands a runner batches of articles (the cache misses, in input order) and gets
back, batch by batch and in the same order, one Document or Failure per article. Runners differ
only in where `work.analyse_batch` executes; that function is where one article's error becomes
a Failure, so every runner isolates failures alike. A lost worker (killed, out of memory) costs
nothing finished: its batches are run again, then article by article, and only an article that
takes its worker down on its own is reported as failed.

Every runner passes `timeout` (seconds per article of ordinary length, see `deadline`) to the
workers, which give up an article that overruns it. Worker processes are also watched from
outside: one stuck where Python cannot interrupt it (inside C code) is ended and its batch
handled as a lost worker's, and an article alone that still overruns gets a TimeLimitExceeded
Failure.
"""

from __future__ import annotations

import collections
import contextlib
import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Optional, Protocol

from musk_openai import deadline, work
from musk_openai.errors import MuskError
from musk_openai.models import Document, Failure
from musk_openai.reading import Article
from musk_openai.text import text_hash

Result = Document | Failure
# Warnings (a worker died) and, with --verbose, where the work runs; the CLI prints them.
log = logging.getLogger("musk_openai")

LOST = "WorkerLost: the process analysing this article died (killed, or out of memory)"


class Runner(Protocol):
    batch_size: int  # articles per batch, a good size for this runner

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Result]]:
        """The results of each batch, in the order of the batches (an empty batch gives [])."""
        ...

    def close(self) -> None: ...


def lost(article: Article, error: str = LOST) -> Failure:
    return Failure(document=article.document, error=error, text_sha256=text_hash(article.text))


def overran(article: Article, seconds: float) -> Failure:
    return lost(article, f"TimeLimitExceeded: {deadline.TimeLimitExceeded(seconds)}; its worker process was ended")


class InProcess:
    def __init__(
        self, model: str, batch_size: Optional[int] = None, timeout: Optional[float] = deadline.DEFAULT_SECONDS
    ) -> None:
        self.model = model
        self.batch_size = batch_size or 16
        self.timeout = timeout

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Result]]:
        for batch in batches:
            yield work.analyse_batch(batch, self.model, self.batch_size, self.timeout) if batch else []

    def close(self) -> None:
        pass


@dataclass
class _Slot:
    batch: list[Article]
    future: Optional[Future] = None
    results: Optional[list[Result]] = None
    attempts: int = 0
    alone: bool = False  # to run article by article, each in a worker of its own


class Processes:
    """Worker processes that each load the model once. Small batches keep every worker busy to the
    end; a window of batches is queued ahead so that workers never wait for the writer.

    A worker killed from outside breaks the whole pool (concurrent.futures says so, where
    multiprocessing.Pool would hang): the unfinished batches go to a fresh pool once; a batch
    that breaks it again is run article by article in a one-worker pool, where a crash can only
    be that article's. A batch whose result is overdue (twice its time limit, and 30 s more) is
    taken for a stuck worker: the pool is ended and the same recovery follows."""

    grace = 30.0  # seconds: model loading in a fresh worker, a loaded machine

    def __init__(
        self,
        model: str,
        jobs: int,
        batch_size: Optional[int] = None,
        timeout: Optional[float] = deadline.DEFAULT_SECONDS,
    ) -> None:
        self.model = model
        self.jobs = jobs
        self.batch_size = batch_size or 4
        self.timeout = timeout
        self.window = 4 * jobs + 2
        self._pool: Optional[ProcessPoolExecutor] = None

    @staticmethod
    def _new_pool(workers: int) -> ProcessPoolExecutor:
        import multiprocessing

        # fork shares the already-imported modules with the workers (spawn where fork is missing)
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(workers, multiprocessing.get_context(method), initializer=work.init_worker)

    def _submit(self, slot: _Slot) -> None:
        assert self._pool is not None
        try:
            slot.future = self._pool.submit(work.run_batch, slot.batch, self.model, len(slot.batch), self.timeout)
            slot.attempts += 1
        except BrokenProcessPool:
            slot.future = None  # submitted again once the pool is replaced

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Result]]:
        source = iter(batches)
        window: collections.deque[_Slot] = collections.deque()
        exhausted = False
        while True:
            while not exhausted and len(window) < self.window:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                slot = _Slot(batch, results=None if batch else [])
                window.append(slot)
                if batch and self._pool is not None:
                    self._submit(slot)
            if not window:
                return
            head = window.popleft()
            if head.results is None and self._pool is None:
                if exhausted and not any(s.batch for s in window):
                    # one batch in all: not worth starting workers for
                    head.results = work.analyse_batch(head.batch, self.model, len(head.batch), self.timeout)
                else:
                    self._pool = self._new_pool(self.jobs)
                    log.info("analysing in %d worker processes", self.jobs)
                    for slot in (head, *window):
                        if slot.results is None:
                            self._submit(slot)
            yield self._collect(head, window)

    def _collect(self, head: _Slot, window: collections.deque[_Slot]) -> list[Result]:
        while head.results is None:
            if head.alone:
                head.results = self._one_by_one(head.batch)
            elif head.future is None:
                self._recover([head, *window])
            else:
                try:
                    head.results = work.decode(head.future.result(self._overdue(head.batch)))
                except BrokenProcessPool:
                    self._recover([head, *window])
                except FutureTimeout:
                    log.warning("a worker process overran its time limit; it is ended")
                    self._kill(self._pool)
                    self._recover([head, *window])
        return head.results

    def _overdue(self, batch: list[Article]) -> Optional[float]:
        """How long to wait for a batch before taking its worker for stuck: the worker gives up
        on its own at the batch's limit, so only a worker that cannot is ended."""
        limit = work.batch_budget(batch, self.timeout)
        return None if limit is None else 2 * limit + self.grace

    def _recover(self, slots: list[_Slot]) -> None:
        """A worker died and took the pool with it: keep what finished, retry the rest in a new pool."""
        log.warning("a worker process died; its unfinished articles are analysed again")
        for slot in slots:
            if slot.future is not None:
                with contextlib.suppress(BaseException):
                    slot.future.exception()  # returns once the pool has marked it
        self._shutdown(self._pool)
        self._pool = self._new_pool(self.jobs)
        for slot in slots:
            if slot.results is not None or slot.alone:
                continue
            if slot.future is not None:
                if not isinstance(slot.future.exception(), BrokenProcessPool):
                    continue  # finished, or failed otherwise (raised when collected)
                slot.future = None
                if slot.attempts >= 2:
                    slot.alone = True
                    continue
            self._submit(slot)

    def _one_by_one(self, batch: list[Article]) -> list[Result]:
        """Each article alone in a one-worker pool: if that worker dies, the article is the cause."""
        results: list[Result] = []
        pool: Optional[ProcessPoolExecutor] = None
        try:
            for article in batch:
                pool = pool or self._new_pool(1)
                future = pool.submit(work.run_batch, [article], self.model, 1, self.timeout)
                try:
                    results += work.decode(future.result(self._overdue([article])))
                except BrokenProcessPool:
                    self._shutdown(pool)
                    pool = None
                    results.append(lost(article))
                except FutureTimeout:
                    self._shutdown(pool)
                    pool = None
                    results.append(overran(article, work.batch_budget([article], self.timeout) or 0))
        finally:
            self._shutdown(pool)
        return results

    @staticmethod
    def _workers(pool: Optional[ProcessPoolExecutor]) -> list:
        # no public handle on the workers before Python 3.14 (terminate_workers)
        return list((getattr(pool, "_processes", None) or {}).values())

    @classmethod
    def _kill(cls, pool: Optional[ProcessPoolExecutor]) -> None:
        """End a pool's workers; the pool then breaks, as when a worker is killed from outside."""
        for process in cls._workers(pool):
            with contextlib.suppress(OSError, ValueError, AssertionError):
                process.kill()

    @staticmethod
    def _shutdown(pool: Optional[ProcessPoolExecutor]) -> None:
        """Stop a pool at once: cancel what is queued and end its workers, so none outlives the run."""
        if pool is None:
            return
        processes = Processes._workers(pool)
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AssertionError):
                if process.is_alive():
                    process.terminate()
        for process in processes:
            with contextlib.suppress(OSError, ValueError, AssertionError):
                process.join(5)
                if process.is_alive():
                    process.kill()
                    process.join(5)

    def close(self) -> None:
        pool, self._pool = self._pool, None
        self._shutdown(pool)


def choose(
    model: str,
    jobs: int = 1,
    dask: Optional[str] = None,
    batch_size: Optional[int] = None,
    timeout: Optional[float] = deadline.DEFAULT_SECONDS,
) -> Runner:
    """The runner for these options: a Dask cluster, worker processes, or this process."""
    if dask:
        try:
            from musk_openai import cluster  # imports Dask, an optional extra
        except ImportError as error:
            raise MuskError(
                f"--dask needs Dask ({error.name or 'distributed'} is not installed); "
                "install it with: pip install 'musk-openai[dask]'"
            ) from None
        return cluster.DaskRunner(dask, model, batch_size=batch_size, workers=jobs, timeout=timeout)
    if jobs > 1:
        return Processes(model, jobs, batch_size, timeout)
    return InProcess(model, batch_size, timeout)
