"""run_in_thread: results, errors, progress and cancelling arrive by signal in the UI thread."""

from __future__ import annotations

import threading

import pytest

from cdo_workshop.ui.workers import Cancelled, run_in_thread, shutdown


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.threads: set[threading.Thread] = set()

    def __getattr__(self, name: str):
        def record(*args) -> None:
            self.threads.add(threading.current_thread())
            self.events.append((name, *args))

        return record


def test_result_and_progress_come_back_in_the_ui_thread(qtbot):
    seen = Recorder()
    worker = []

    def work(report):
        worker.append(threading.current_thread())
        report(0.5, "half")
        return 42

    job = run_in_thread(work, seen.done, seen.error, seen.progress, on_finished=seen.finished)
    qtbot.waitUntil(lambda: not job.running)
    assert seen.events == [("progress", 0.5, "half"), ("done", 42), ("finished",)]
    assert seen.threads == {threading.main_thread()}
    assert worker[0] is not threading.main_thread()


def test_an_exception_goes_to_on_error(qtbot):
    seen = Recorder()
    boom = ValueError("kaputt")

    def work(report):
        raise boom

    job = run_in_thread(work, seen.done, seen.error, on_finished=seen.finished)
    qtbot.waitUntil(lambda: not job.running)
    assert seen.events == [("error", boom), ("finished",)]


def test_cancel_stops_the_work_at_its_next_report(qtbot):
    seen = Recorder()
    started, release = threading.Event(), threading.Event()
    reached = []

    def work(report):
        started.set()
        assert release.wait(10)
        report(0.9, "after cancel")
        reached.append(True)
        return "too late"

    job = run_in_thread(work, seen.done, seen.error, seen.progress, seen.cancelled, seen.finished)
    assert started.wait(10)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not job.running)
    assert seen.events == [("cancelled",), ("finished",)]
    assert reached == [] and job.is_cancelled


def test_report_raises_cancelled_once_cancelled():
    from cdo_workshop.ui.workers import Job

    job = Job()
    job.cancel()
    with pytest.raises(Cancelled):
        job.report(0.1, "x")


def test_shutdown_cancels_and_waits(qtbot):
    started = threading.Event()
    seen = Recorder()

    def work(report):
        started.set()
        while True:
            report(0.0, "loop")  # raises Cancelled after shutdown() cancelled the job

    job = run_in_thread(work, seen.done, seen.error, on_cancelled=seen.cancelled)
    assert started.wait(10)
    assert shutdown(10_000)
    qtbot.waitUntil(lambda: not job.running)
    assert seen.events == [("cancelled",)]
