"""The per-article time limit (`deadline`): pure, without the model. A loop that never ends is
interrupted in the main thread (SIGALRM) and in any other thread (watchdog), work that ends in
time is never interrupted afterwards, and a swallowed interruption comes back."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from musk_openai import deadline
from musk_openai.deadline import TimeLimitExceeded, budget, time_limit


def spin(seconds: float = 30.0) -> None:
    """A pure-Python loop, like a rule that never ends (bounded, so a broken limit fails the test)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_loop_in_the_main_thread_is_interrupted():
    start = time.monotonic()
    with pytest.raises(TimeLimitExceeded, match=r"took longer than 0\.3 s"):
        with time_limit(0.3):
            spin()
    assert time.monotonic() - start < 5


def in_thread(work) -> list[BaseException | str]:  # noqa: ANN001
    seen: list[BaseException | str] = []

    def run() -> None:
        try:
            work()
            seen.append("finished")
        except BaseException as error:  # noqa: BLE001 - what the thread saw
            seen.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(20)
    assert not thread.is_alive()
    return seen


def test_a_loop_in_another_thread_is_interrupted_by_the_watchdog():
    def work() -> None:
        with time_limit(0.3):
            spin()

    [error] = in_thread(work)
    assert isinstance(error, TimeLimitExceeded) and error.seconds == 0.3
    assert type(error).__name__ == "TimeLimitExceeded"  # as the Failure record names it


@pytest.mark.parametrize("where", ["main", "thread"])
def test_work_that_ends_in_time_is_not_interrupted_later(where):
    def work() -> None:
        with time_limit(0.2):
            spin(0.05)
        spin(0.5)  # well past the limit, outside it

    if where == "main":
        work()
    else:
        assert in_thread(work) == ["finished"]


@pytest.mark.parametrize("where", ["main", "thread"])
def test_a_swallowed_interruption_comes_back(where):
    caught = []

    def work() -> None:
        with time_limit(0.2):
            try:
                spin()
            except TimeLimitExceeded:
                caught.append(1)  # a careless `except Exception` in the work
            spin()

    if where == "main":
        with pytest.raises(TimeLimitExceeded):
            work()
    else:
        [error] = in_thread(work)
        assert isinstance(error, TimeLimitExceeded)
    assert caught == [1]


def test_no_limit_and_the_previous_alarm_handler_is_restored():
    with time_limit(None), time_limit(0):
        spin(0.05)

    def mine(signum, frame):  # noqa: ANN001
        pass

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with time_limit(5):
            pass
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_the_budget_grows_with_the_length_beyond_ten_thousand_characters():
    assert budget(500, 60) == 60
    assert budget(deadline.REFERENCE_CHARS, 60) == 60
    assert budget(35_000, 60) == pytest.approx(210)
    assert budget(35_000, 0) is None and budget(35_000, None) is None
