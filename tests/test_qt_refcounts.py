"""Guard against PySide6 6.12.0's reference leak of True/None (it aborted the interpreter
after about 100,000 signal emits on Python 3.11); pyproject.toml excludes that release."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    fired = Signal()


def test_emitting_signals_keeps_the_reference_counts_of_true_and_none(qapp):
    emitter = Emitter()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(2000):
        emitter.fired.emit()
    after = sys.getrefcount(True), sys.getrefcount(None)
    # A little noise from the interpreter is fine; 2000 lost references are not.
    assert abs(after[0] - before[0]) < 100 and abs(after[1] - before[1]) < 100
