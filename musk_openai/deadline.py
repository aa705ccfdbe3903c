"""A time limit on one article's analysis, so that one pathological article cannot stall a corpus.

An article of ordinary length takes well under a second; one that makes a rule loop forever must
become that article's Failure, as an exception does, and the run must go on. In the main thread
a SIGALRM timer interrupts the work; in any other thread (a Dask worker runs its tasks in
threads) a watchdog thread raises the same exception in the working thread. Both stop Python
code only: a hang inside C code does not return to the interpreter, and is for the process
runner to end from outside (`runners.Processes` ends a worker that overruns its batch twice over).
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Optional

DEFAULT_SECONDS = 60.0  # per article of up to REFERENCE_CHARS characters
REFERENCE_CHARS = 10_000
ENV_VAR = "MUSK_OPENAI_TIMEOUT"


class TimeLimitExceeded(Exception):
    """The analysis of an article took longer than its limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"analysis took longer than {seconds:g} s and was given up "
            "(raise the limit with --timeout, or report this article as a bug)"
        )
        self.seconds = seconds


def budget(chars: int, seconds: Optional[float]) -> Optional[float]:
    """The limit for an article of `chars` characters: `seconds` for up to REFERENCE_CHARS, in
    proportion beyond (a long article is cut into pieces the pipeline runs one after the other).
    None or 0 means no limit."""
    if not seconds:
        return None
    return seconds * max(1.0, chars / REFERENCE_CHARS)


@contextmanager
def time_limit(seconds: Optional[float]) -> Iterator[None]:
    """Raise TimeLimitExceeded in this thread if the block runs longer than `seconds` (None or 0:
    no limit). If the code swallows the exception, it is raised again every second."""
    if not seconds:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def ring(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


def _raise_in(thread_id: int, exception: Optional[type[BaseException]]) -> None:
    """CPython's way to raise in another thread (None clears a pending one)."""
    raised = ctypes.py_object(exception) if exception else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), raised)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    done = threading.Event()
    fired = False

    class Exceeded(TimeLimitExceeded):  # raised by class, so it carries the limit itself
        def __init__(self) -> None:
            super().__init__(seconds)

    Exceeded.__name__ = TimeLimitExceeded.__name__  # as the Failure names it

    def watch() -> None:
        nonlocal fired
        wait = seconds
        while not done.wait(wait):
            with lock:
                if done.is_set():
                    return
                fired = True
                _raise_in(target, Exceeded)
            wait = 1.0

    watcher = threading.Thread(target=watch, name="musk-openai-time-limit", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        with lock:
            done.set()
            if fired:
                _raise_in(target, None)  # one that was not raised yet: the work is over
        watcher.join()
