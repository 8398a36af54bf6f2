"""The window's side of the export process (usecases/export_worker.py).

`export_process()` is the one child process of the app that makes agreements. `warm()`
starts it (step 9 does when first shown) so that its imports are done before the click;
`run(task, ...)` hands it one pickled `ExportTask` and returns a `Job` whose signals reach
the UI thread, as `run_in_thread`'s do: a reader thread waits on the pipe (releasing the
GIL) and re-emits what the child says. A child that dies (killed, out of memory) fails its
job with a clear error and is started again for the next one.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cdo_workshop.ui.workers import Job

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess
    from multiprocessing.synchronize import Event


class ExportProcessGone(RuntimeError):
    """The export process ended before it answered."""


class _ProcessJob(Job):
    def __init__(self, cancel: Event) -> None:
        super().__init__()
        self._shared_cancel = cancel

    def cancel(self) -> None:
        super().cancel()
        self._shared_cancel.set()  # the child stops at its next progress report


class ExportProcess:
    def __init__(self) -> None:
        self._lock = threading.Lock()  # one job at a time; the reader thread holds it
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._cancel: Event | None = None
        self._ready = False
        self.job: Job | None = None  # the running job (kept alive until it finished)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def warm(self) -> None:
        """Start the child now, if it is not running (its imports take about a second)."""
        if self._process is not None and self._process.is_alive():
            return
        from cdo_workshop.usecases.export_worker import serve

        context = multiprocessing.get_context("spawn")  # no fork of a Qt process
        ours, theirs = context.Pipe()
        self._cancel = context.Event()
        self._process = context.Process(
            target=serve, args=(theirs, self._cancel), name="cdo-export", daemon=True
        )
        self._process.start()
        theirs.close()
        self._conn = ours
        self._ready = False

    def run(
        self,
        task: bytes,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[float, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
    ) -> Job:
        self.warm()
        assert self._cancel is not None
        self._cancel.clear()
        job = _ProcessJob(self._cancel)
        job.done.connect(on_done)
        job.failed.connect(on_error)
        if on_progress is not None:
            job.progress.connect(on_progress)
        if on_cancelled is not None:
            job.cancelled.connect(on_cancelled)
        job.finished.connect(self._finished)
        if on_finished is not None:
            job.finished.connect(on_finished)
        self.job = job
        threading.Thread(target=self._serve, args=(job, task), name="export-reader").start()
        return job

    def _finished(self) -> None:
        self.job = None

    def _serve(self, job: _ProcessJob, task: bytes) -> None:
        """In the reader thread: send the task, relay the answers."""
        with self._lock:
            conn = self._conn
            assert conn is not None
            try:
                if not self._ready:
                    conn.recv()  # ("ready",): the imports are done
                    self._ready = True
                conn.send_bytes(task)
                while True:
                    answer = conn.recv()
                    if answer[0] == "progress":
                        _emit(job.progress, answer[1], answer[2])
                        continue
                    if answer[0] == "done":
                        _emit(job.done, answer[1])
                    elif answer[0] == "failed":
                        _emit(job.failed, answer[1])
                    else:
                        _emit(job.cancelled)
                    break
            except (EOFError, OSError):
                self._forget()  # killed, or out of memory: the next export starts anew
                if job.is_cancelled:
                    _emit(job.cancelled)
                else:
                    _emit(job.failed, ExportProcessGone("the export process ended"))
            _emit(job.finished)

    def _forget(self) -> None:
        """The child is gone: the next export starts a new one."""
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            self._process.join(1.0)  # no zombie left behind
        self._process = self._conn = None
        self._ready = False

    def stop(self, timeout: float = 2.0) -> None:
        """End the child (the app quits); a running export is cancelled."""
        process, conn = self._process, self._conn
        if process is None:
            return
        if self._cancel is not None:
            self._cancel.set()
        if conn is not None and self._lock.acquire(blocking=False):
            try:
                conn.send_bytes(b"")
            except OSError:
                pass
            finally:
                self._lock.release()
        process.join(timeout)
        if process.is_alive():
            process.terminate()
            process.join(timeout)
        self._process = None


def _emit(signal: Any, *args: Any) -> None:
    try:
        signal.emit(*args)
    except RuntimeError:  # the app is shutting down and the job object is gone already
        pass


_instance: ExportProcess | None = None


def export_process() -> ExportProcess:
    global _instance
    if _instance is None:
        _instance = ExportProcess()
        atexit.register(_instance.stop)
    return _instance
