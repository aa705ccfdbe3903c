"""Running the analysis on a Dask cluster (`--dask ADDRESS`; the optional `dask` extra).

Dask does the scheduling: each batch of articles is one task (`Client.submit`), a worker plugin
loads the model once per worker, and the tasks of a worker that dies are run again elsewhere by
the scheduler. The runner only keeps a window of tasks in flight, so the input streams, and takes
their results in input order.
"""

from __future__ import annotations

import collections
import logging
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Optional

from distributed import Client, Future, LocalCluster, WorkerPlugin
from distributed.client import FutureCancelledError

from musk_openai import deadline, work
from musk_openai.errors import MuskError
from musk_openai.reading import Article
from musk_openai.runners import Result, lost

try:  # where it lives in current releases
    from distributed.scheduler import KilledWorker
except ImportError:  # pragma: no cover
    from distributed import KilledWorker  # type: ignore[no-redef,attr-defined]

log = logging.getLogger("musk_openai")

# A worker runs its tasks one at a time: the pipeline is not shared between threads.
_ONE_AT_A_TIME = threading.Lock()


class ModelLoader(WorkerPlugin):
    """Loads the spaCy model when a worker starts (or joins later), once per worker process."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.name = f"musk-openai-model-{model}"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        from musk_openai import pipeline

        pipeline.load(self.model)


class IgnoreCtrlC(WorkerPlugin):
    """A local cluster's workers share our terminal, so Ctrl-C reaches them too: it is for this
    process, which then closes the cluster, not for each worker (which would print a traceback).
    (A worker that is still starting, in the first seconds of a run, is not set up yet.)"""

    name = "musk-openai-ignore-ctrl-c"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_batch(articles: list[Article], model: str, batch_size: int, timeout: Optional[float]) -> list:
    """The task: `work.run_batch` on a worker, where one article's error, or overrun of its time
    limit, becomes its Failure (in a task thread, the limit is kept by a watchdog thread)."""
    with _ONE_AT_A_TIME:
        return work.run_batch(articles, model, batch_size, timeout)


def model_loads() -> dict[str, int]:
    """How many times this worker process loaded each model (read by the tests)."""
    from musk_openai import pipeline

    return dict(pipeline.LOADS)


class DaskRunner:
    def __init__(
        self,
        address: str,
        model: str,
        batch_size: Optional[int] = None,
        workers: Optional[int] = None,
        timeout: Optional[float] = deadline.DEFAULT_SECONDS,
    ) -> None:
        self.model = model
        self.batch_size = batch_size or 8
        self.timeout = timeout
        self.cluster: Optional[LocalCluster] = None
        self.client: Optional[Client] = None
        self._asked, self._size = -1e9, 4
        try:
            self._connect(address, workers)
            self._prepare_workers()
        except BaseException:
            self.close()  # even on Ctrl-C: a half-started local cluster must not outlive us
            raise

    def _connect(self, address: str, workers: Optional[int]) -> None:
        try:
            if address == "local":
                self.cluster = LocalCluster(
                    n_workers=workers or None,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: several runs may share the machine
                    silence_logs=logging.CRITICAL,  # the workers' own chatter; we report what matters
                )
                self.client = Client(self.cluster, set_as_default=False)
            else:
                self.client = Client(address, set_as_default=False)
        except (OSError, ValueError, TypeError, RuntimeError) as error:
            where = "start a local Dask cluster" if address == "local" else f"reach the Dask scheduler at {address}"
            raise MuskError(
                f"cannot {where} ({' '.join(str(error).split())}); check the address, or start one with "
                "`dask scheduler` and `dask worker tcp://HOST:8786`"
            ) from None

    def _prepare_workers(self) -> None:
        assert self.client is not None
        try:
            if self.cluster is not None:
                self.client.register_plugin(IgnoreCtrlC())
            self.client.register_plugin(ModelLoader(self.model))
        except MuskError:
            raise
        except Exception as error:  # noqa: BLE001 - whatever the workers could not do
            raise MuskError(
                f"the Dask workers cannot load the model ({type(error).__name__}: {error}); install "
                f"musk-openai and {self.model} on every worker"
            ) from None
        log.info("analysing on the Dask cluster at %s; dashboard: %s", self.client.scheduler.address, self._dashboard())
        if not self.client.nthreads():
            log.warning("the Dask scheduler has no workers yet: waiting for some (start them with `dask worker`)")

    def _dashboard(self) -> str:
        try:
            return self.client.dashboard_link
        except Exception:  # noqa: BLE001 - no dashboard without bokeh
            return "none (pip install bokeh)"

    def _window(self) -> int:
        """Tasks kept in flight: two per worker thread, so that no worker waits for its next one.
        Asked again every few seconds, as workers may come and go."""
        now = time.monotonic()
        if now >= self._asked + 5:
            self._asked = now
            self._size = max(4, 2 * sum(self.client.nthreads().values()))
        return self._size

    def _submit(self, batch: list[Article]) -> Future:
        return self.client.submit(run_batch, batch, self.model, len(batch), self.timeout, pure=False)

    def map(self, batches: Iterable[list[Article]]) -> Iterator[list[Result]]:
        source = iter(batches)
        window: collections.deque[tuple[list[Article], Optional[Future]]] = collections.deque()
        exhausted = False
        while True:
            while not exhausted and len(window) < self._window():
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                else:
                    window.append((batch, self._submit(batch) if batch else None))
            if not window:
                return
            batch, future = window.popleft()
            yield self._gather(batch, future) if future is not None else []

    def _gather(self, batch: list[Article], future: Future) -> list[Result]:
        try:
            return work.decode(future.result())
        except FutureCancelledError as error:
            raise MuskError(f"the Dask cluster dropped the work ({error}); is the scheduler still running?") from None
        except KilledWorker:
            # the scheduler already retried it on other workers: find the article that kills them
            if len(batch) == 1:
                return [lost(batch[0])]
            log.warning("a Dask task kept losing its workers; its articles are analysed one by one")
            return [result for article in batch for result in self._gather([article], self._submit([article]))]

    def close(self) -> None:
        # Closing a cluster while workers are busy (Ctrl-C) makes Dask log each connection it
        # drops, with tracebacks: nothing the user needs to read.
        noisy = [logging.getLogger(name) for name in ("distributed", "asyncio", "tornado")]
        levels = [logger.level for logger in noisy]
        for logger in noisy:
            logger.setLevel(logging.CRITICAL)
        try:
            for part in (self.client, self.cluster):
                if part is not None:
                    try:
                        part.close()
                    except Exception:  # noqa: BLE001, S110 - closing what may be half-started
                        pass
        finally:
            for logger, level in zip(noisy, levels, strict=True):
                logger.setLevel(level)
