"""Start-up of the app against a bare PySide6 window, side by side.

Runs `python -m cdo_workshop --exit-when-ready --db <temp>` (a database with one saved
session, and one with 1,000) and a bare QMainWindow of the same size (shown the same way:
QTimer.singleShot(0) after show(), then quit) as separate processes, in turn, offscreen,
and reports the wall time from spawn to exit, the moments "window shown" and "sessions
listed" from the spawn (the interpreter's start included) and on each process's own clock
(from its first line: the bare script's, the package `cdo_workshop`'s), and the peak
resident memory.

For scale it also starts the bare window with the start screen's widgets as plain PySide6
(PLAIN_WIDGETS, none of the app's code).

Goals (issue 15): window shown <= 1.5x and sessions listed <= 2x the bare window's "shown",
peak memory <= 1.5x the bare window's, and 1,000 sessions listed <= 1.2x one session.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [--runs 11]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

# The bare window: the same size as the app's first start (MainWindow._restore_geometry).
BARE_WINDOW = """\
import time
started = time.perf_counter()
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 760)
window.show()

def report():
    now = time.perf_counter()
    print(f"window shown after {now - started:.3f} s (clock {now:.4f})")
    app.quit()

QTimer.singleShot(0, report)
sys.exit(app.exec())
"""

# For scale, not a goal: the same window with the start screen's widgets as plain PySide6
# (a menu, a heading, a filter field, a five-column table, seven buttons, a status bar) and
# none of the app's own code. The Qt namespace's Python enums alone take about 45 ms.
PLAIN_WIDGETS = BARE_WINDOW.replace(
    """window.show()
""",
    """from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

menu = window.menuBar().addMenu("&Sitzung")
for name in ("Neu", "Öffnen", "Importieren", "Beenden"):
    action = QAction(name, window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    menu.addAction(action)
page = QWidget()
layout = QVBoxLayout(page)
layout.addWidget(QLabel("Workshop-Sitzungen"))
layout.addWidget(QLineEdit(placeholderText="Filtern …"))
table = QTableView()
model = QStandardItemModel(0, 5)
model.setHorizontalHeaderLabels(["Sitzung", "Kommune", "Datum", "Schritt", "Geändert"])
table.setModel(model)
table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
layout.addWidget(table, 1)
buttons = QHBoxLayout()
for text in ("Neu", "Öffnen", "Duplizieren", "Löschen", "Importieren", "Exportieren", "Beispiel"):
    buttons.addWidget(QPushButton(text))
layout.addLayout(buttons)
window.setCentralWidget(page)
window.statusBar().showMessage(" ")
window.show()
""",
)
assert PLAIN_WIDGETS != BARE_WINDOW

APP_LINE = re.compile(
    r"window shown after ([\d.]+) s, ready after ([\d.]+) s \(clock ([\d.]+) ([\d.]+)\)"
)
BARE_LINE = re.compile(r"window shown after ([\d.]+) s \(clock ([\d.]+)\)")


@dataclass
class Runs:
    name: str
    wall: list[float] = field(default_factory=list)  # spawn to exit, seconds
    shown: list[float] = field(default_factory=list)  # as printed by the process itself
    ready: list[float] = field(default_factory=list)
    # From the spawn, on the clock the process printed (perf_counter is the machine's
    # monotonic clock on Linux, macOS and Windows, the same in every process).
    spawn_shown: list[float] = field(default_factory=list)
    spawn_ready: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)  # peak resident set size


def run_once(command: list[str], env: dict[str, str], runs: Runs, timeout: float) -> None:
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
        )
        if hasattr(os, "wait4"):  # POSIX: also gives the child's peak memory
            timer = threading.Timer(timeout, process.kill)
            timer.start()
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - started
            timer.cancel()
            process.returncode = os.waitstatus_to_exitcode(status)
            scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
            runs.rss_mb.append(usage.ru_maxrss * scale / 1e6)
        else:
            process.wait(timeout)
            elapsed = time.perf_counter() - started
        out.seek(0)
        text = out.read()
    if process.returncode != 0:
        raise SystemExit(f"{runs.name}: exit status {process.returncode}\n{text}")
    runs.wall.append(elapsed)
    match = (APP_LINE if runs.name == "app" else BARE_LINE).search(text)
    if not match:
        raise SystemExit(f"{runs.name}: unexpected output {text!r}")
    values = [float(v) for v in match.groups()]
    if runs.name == "app":
        shown, ready, shown_at, ready_at = values
        runs.ready.append(ready)
        runs.spawn_ready.append(ready_at - started)
    else:
        shown, shown_at = values
    runs.shown.append(shown)
    runs.spawn_shown.append(shown_at - started)
    if not shown <= shown_at - started <= elapsed:
        raise SystemExit(f"{runs.name}: the process's clock is not this one's ({text!r})")


def fill_database(path: Path, count: int) -> None:
    """`count` copies of the sample session Musterstadt, each with its own id and title."""
    from cdo_workshop.domain.model import new_id
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.paths import resource_path
    from cdo_workshop.storage.repository import SessionRepository

    sample = loads(resource_path("samples", "musterstadt.json").read_bytes())
    repository = SessionRepository.open(path)
    try:
        for i in range(count):
            sample.id = new_id()
            sample.title = f"Workshop {i + 1}"
            repository.create(sample)
    finally:
        repository.close()


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs of each (default 11)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each first")
    parser.add_argument(
        "--sessions", type=int, default=1000, help="sessions in the big database (1000)"
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE if set (sources are then compiled on every start)",
    )
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="cdo-startup-") as tmp:
        folder = Path(tmp)
        bare_script = folder / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        plain_script = folder / "plain_widgets.py"
        plain_script.write_text(PLAIN_WIDGETS, encoding="utf-8")
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Own settings (no saved geometry or language) and no user database.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[name] = str(folder / name.lower())
        env.pop("CDO_WORKSHOP_DB", None)
        if not options.no_bytecode_cache:
            # As installed: compiled modules are cached (pip writes them for site-packages;
            # our editable sources would be compiled anew on every start otherwise).
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        app = Runs("app")
        many = Runs("app")  # the same app, 1,000 sessions saved
        bare = Runs("bare")
        plain = Runs("plain")
        app_command = [sys.executable, "-m", "cdo_workshop", "--exit-when-ready", "--db"]
        fill_database(folder / "one.sqlite3", 1)
        fill_database(folder / "many.sqlite3", options.sessions)
        commands = [
            (app, app_command + [str(folder / "one.sqlite3")]),
            (many, app_command + [str(folder / "many.sqlite3")]),
            (bare, [sys.executable, str(bare_script)]),
            (plain, [sys.executable, str(plain_script)]),
        ]
        for _ in range(options.warmup):  # fills the disk and bytecode caches
            for runs, command in commands:
                run_once(command, env, Runs(runs.name), options.timeout)
        for i in range(options.runs):
            shift = i % len(commands)  # rotate who goes first
            for runs, command in commands[shift:] + commands[:shift]:
                run_once(command, env, runs, options.timeout)

    cache = "off" if "PYTHONDONTWRITEBYTECODE" in env else "on"
    print(
        f"Start-up, {options.runs} runs each, in turn, QPA {env['QT_QPA_PLATFORM']},"
        f" bytecode cache {cache}"
    )
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    header = f"{'':40} {'median':>8} {'min':>8} {'max':>8}"
    print(header)
    n = options.sessions
    rows = [
        ("bare window: spawn → exit", bare.wall),
        ("app, 1 session: spawn → exit", app.wall),
        (f"app, {n} sessions: spawn → exit", many.wall),
        ("bare: spawn → window shown", bare.spawn_shown),
        ("plain widgets: spawn → window shown", plain.spawn_shown),
        ("app, 1: spawn → window shown", app.spawn_shown),
        ("app, 1: spawn → sessions listed", app.spawn_ready),
        (f"app, {n}: spawn → sessions listed", many.spawn_ready),
        ("bare: window shown (own clock)", bare.shown),
        ("plain widgets: window shown (own clock)", plain.shown),
        ("app, 1: window shown (own clock)", app.shown),
        ("app, 1: sessions listed (own clock)", app.ready),
        (f"app, {n}: sessions listed (own clock)", many.ready),
    ]
    for label, values in rows:
        print(f"{label:40} {median(values):8.3f} {min(values):8.3f} {max(values):8.3f}")
    memory = bool(app.rss_mb and bare.rss_mb and many.rss_mb)
    if memory:
        print(
            f"{'peak RSS MB bare / app 1 / app ' + str(n):40} {median(bare.rss_mb):8.0f}"
            f" {median(app.rss_mb):8.0f} {median(many.rss_mb):8.0f}"
        )
    print(f"\n{'ratio (goal)':46} {'from spawn':>10} {'own clock':>10}")
    goals = [
        ("window shown / bare shown (≤ 1.5)", app.spawn_shown, app.shown),
        ("sessions listed / bare shown (≤ 2.0)", app.spawn_ready, app.ready),
    ]
    for label, spawned, own in goals:
        print(
            f"{label:46} {median(spawned) / median(bare.spawn_shown):10.2f}"
            f" {median(own) / median(bare.shown):10.2f}"
        )
    print(
        f"{f'{n} sessions listed / 1 listed (≤ 1.2)':46}"
        f" {median(many.spawn_ready) / median(app.spawn_ready):10.2f}"
        f" {median(many.ready) / median(app.ready):10.2f}"
    )
    if memory:
        print(
            f"{'peak RSS app / bare (≤ 1.5)':46} {median(app.rss_mb) / median(bare.rss_mb):10.2f}"
        )
    print(f"{'spawn → exit, app / bare':46} {median(app.wall) / median(bare.wall):10.2f}")
    print(
        f"{'for scale: plain widgets shown / bare shown':46}"
        f" {median(plain.spawn_shown) / median(bare.spawn_shown):10.2f}"
        f" {median(plain.shown) / median(bare.shown):10.2f}"
    )
    print("\nFor the README:\n")
    print(
        f"| Start-up (offscreen, median of {options.runs}) | bare PySide6 window"
        f" | CDO Workshop, 1 session | {n} sessions |"
    )
    print("|---|---|---|---|")

    def ratio(values: list[float], against: list[float]) -> str:
        return f"{median(values):.3f} s ({median(values) / median(against):.2f}×)"

    print(
        f"| spawn → window shown | {median(bare.spawn_shown):.3f} s"
        f" | {ratio(app.spawn_shown, bare.spawn_shown)} | – |"
    )
    print(
        f"| spawn → window shown, plain widgets (for scale) | {median(plain.spawn_shown):.3f} s"
        f" ({median(plain.spawn_shown) / median(bare.spawn_shown):.2f}×) | – | – |"
    )
    print(
        f"| spawn → sessions listed | – | {ratio(app.spawn_ready, bare.spawn_shown)}"
        f" | {median(many.spawn_ready):.3f} s"
        f" ({median(many.spawn_ready) / median(app.spawn_ready):.2f}× one) |"
    )
    print(
        f"| window shown, own clock | {median(bare.shown):.3f} s"
        f" | {ratio(app.shown, bare.shown)} | – |"
    )
    print(
        f"| sessions listed, own clock | – | {ratio(app.ready, bare.shown)}"
        f" | {median(many.ready):.3f} s ({median(many.ready) / median(app.ready):.2f}× one) |"
    )
    if memory:
        print(
            f"| peak RSS | {median(bare.rss_mb):.0f} MB | {median(app.rss_mb):.0f} MB"
            f" ({median(app.rss_mb) / median(bare.rss_mb):.2f}×) | {median(many.rss_mb):.0f} MB |"
        )
    print(
        f"| spawn → exit | {median(bare.wall):.2f} s | {median(app.wall):.2f} s"
        f" | {median(many.wall):.2f} s |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
