"""The GUI thread's event-loop gaps, as the stall benchmarks record them.

A 1 ms precise QTimer ticks while the window works; each gap between two ticks is how long
the window could not react. `run_for` turns the benchmark's own loop (processEvents with a
short sleep: no busy wait) for a while. Used by export_stall.py and phone_votes.py.
"""

from __future__ import annotations

import time
from typing import Any


class LoopGaps:
    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.clock = QElapsedTimer()
        self.clock.start()
        self.gaps: list[tuple[float, float]] = []  # (end of the gap in s since start, ms)
        self._last = self.clock.nsecsElapsed()
        self.ticker = QTimer()
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.setInterval(1)
        self.ticker.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now / 1e9, (now - self._last) / 1e6))
        self._last = now

    def now(self) -> float:
        """Seconds since the recorder was made (the gaps' clock)."""
        return self.clock.nsecsElapsed() / 1e9

    def restart_gap(self) -> float:
        """Count the next gap from now (what came before is not the phase measured)."""
        self._last = self.clock.nsecsElapsed()
        return self._last / 1e9

    def between(self, start: float, end: float) -> list[float]:
        """The gaps (ms) that ended after `start` and by `end`."""
        return [gap for t, gap in self.gaps if start < t <= end]

    def longest(self, start: float, end: float) -> float:
        return max(self.between(start, end), default=0.0)


def run_for(app: Any, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)  # the benchmark's own loop: no busy wait
