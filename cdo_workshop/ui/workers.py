"""Slow work off the UI thread: `run_in_thread` on QThreadPool, results back by signal.

    job = run_in_thread(lambda report: export(..., progress=report),
                        on_done=self._created, on_error=self._failed,
                        on_progress=self._progress)
    job.cancel()   # the next report(...) inside the work raises Cancelled
    # on_cancelled and on_finished are optional; on_finished always comes last

The work gets one argument, `report(fraction, stage)`: it may be called from the worker
thread at any time (the progress signal is queued to the UI thread), and it raises
`Cancelled` once `cancel()` was asked for, so the work stops at its next report.
Pass bound methods of QObjects as callbacks: their connections end with the object, so a
result that arrives after a widget was closed goes nowhere instead of into a deleted widget.
"""

from __future__ import annotations

import atexit
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Report = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised inside the work by `report` once the job was cancelled."""


class Job(QObject):
    """One piece of work; lives in the UI thread, its signals reach the UI thread.

    Signals:
        progress(float, str): fraction 0..1 and a stage key, as the work reports them.
        done(object): the work's return value (not emitted after a cancel).
        failed(object): the exception the work raised (not Cancelled).
        cancelled(): the work stopped (or finished) after `cancel()`.
        finished(): always last, whatever happened.
    """

    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, fraction: float, stage: str) -> None:
        """Called by the work, in the worker thread."""
        if self._cancel.is_set():
            raise Cancelled
        self.progress.emit(float(fraction), stage)


_running: set[Job] = set()  # keeps jobs (and their Python signal objects) alive until done
_at_exit = False  # shutdown() is registered with the first job


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Report], Any]) -> None:
        super().__init__()
        self.job = job
        self.fn = fn

    def run(self) -> None:
        job = self.job
        try:
            result = self.fn(job.report)
        except Cancelled:
            _emit(job.cancelled)
        except BaseException as e:  # handed to the UI thread, never lost in the pool
            if job.is_cancelled:
                _emit(job.cancelled)
            else:
                _emit(job.failed, e)
        else:
            if job.is_cancelled:
                _emit(job.cancelled)
            else:
                _emit(job.done, result)
        _emit(job.finished)


def _emit(signal: Any, *args: Any) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the app is shutting down and the job object is gone already
        pass


def run_in_thread(
    fn: Callable[[Report], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[float, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Run `fn(report)` on the thread pool; the callbacks run in the UI thread.

    Every callback is connected before the work starts: quick work may be over before this
    function returns, and a signal emitted before its connection would be lost.
    """
    global _at_exit
    if not _at_exit:
        atexit.register(shutdown)
        _at_exit = True
    job = Job()
    job.done.connect(on_done)
    job.failed.connect(on_error)
    if on_progress is not None:
        job.progress.connect(on_progress)
    if on_cancelled is not None:
        job.cancelled.connect(on_cancelled)
    job.finished.connect(lambda: _finish(job))
    if on_finished is not None:
        job.finished.connect(on_finished)
    _running.add(job)
    runnable = _Runnable(job, fn)
    runnable.setAutoDelete(True)
    (pool or QThreadPool.globalInstance()).start(runnable)
    return job


def _finish(job: Job) -> None:
    job.running = False
    _running.discard(job)


def shutdown(timeout_ms: int = 10_000) -> bool:
    """Cancel running jobs and wait for them (the app is quitting); True if all ended."""
    for job in list(_running):
        job.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
