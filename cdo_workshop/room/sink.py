"""How the server hands a vote to the front end that owns the session.

`VoteSink.cast` runs in one of the server's worker threads and returns only once the vote
is applied through the edit path and saved, or raises `Refusal`. The window marshals it
onto the GUI thread (ui.widgets.phone_voting); the CLI's `CallQueue` runs it on the CLI's
main thread, which owns the SQLite connection.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from typing import Any, Protocol, TypeVar

from cdo_workshop.room.questions import Question, Refusal

T = TypeVar("T")
CAST_TIMEOUT_S = 15.0  # the phone hears "not saved" rather than waiting for ever


class VoteSink(Protocol):
    def cast(self, participant_id: str, question: Question, value: int) -> None:
        """Apply and save the vote, or raise Refusal."""


def wait_for(future: Future[T], timeout: float = CAST_TIMEOUT_S) -> T:
    """The owner thread's result; a closed round or a timeout is a refusal, not a hang."""
    try:
        return future.result(timeout)
    except CancelledError:
        raise Refusal("closed", 503) from None
    except TimeoutError:
        future.cancel()
        raise Refusal("not_saved", 503) from None


class CallQueue:
    """Runs calls from any thread on the thread that calls `run_pending` (the owner).

    `close` cancels what is waiting and refuses new calls, so nothing waits on an owner
    that has stopped serving (no deadlock when the owner stops the server).
    """

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Callable[[], Any], Future[Any]]] = queue.Queue()
        self._lock = threading.Lock()
        self._closed = False
        self._pending: set[Future[Any]] = set()

    def call(self, fn: Callable[[], T]) -> T:
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise Refusal("closed", 503)
            self._pending.add(future)
        self._queue.put((fn, future))
        try:
            return wait_for(future)
        finally:
            with self._lock:
                self._pending.discard(future)

    def run_pending(self, timeout: float) -> None:
        """Run what has arrived, waiting up to `timeout` seconds for the first call."""
        try:
            fn, future = self._queue.get(timeout=timeout)
        except queue.Empty:
            return
        while True:
            run(fn, future)
            try:
                fn, future = self._queue.get_nowait()
            except queue.Empty:
                return

    def close(self) -> None:
        with self._lock:
            self._closed = True
            pending = list(self._pending)
        for future in pending:
            future.cancel()


def run(fn: Callable[[], Any], future: Future[Any]) -> None:
    """Run a marshalled call unless it was cancelled meanwhile."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        future.set_result(fn())
    except BaseException as e:  # noqa: BLE001 - handed to the waiting thread
        future.set_exception(e)
