"""Start-up of the app against a bare PySide6 window, side by side.

Runs `python -m cdo_workshop --exit-when-ready --db <temp>` and a bare QMainWindow of the
same size (shown the same way: QTimer.singleShot(0) after show(), then quit) as separate
processes, alternately, offscreen, and reports the wall time from spawn to exit.

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
    print(f"window shown after {time.perf_counter() - started:.3f} s")
    app.quit()

QTimer.singleShot(0, report)
sys.exit(app.exec())
"""

APP_LINE = re.compile(r"window shown after ([\d.]+) s, ready after ([\d.]+) s")
BARE_LINE = re.compile(r"window shown after ([\d.]+) s")


@dataclass
class Runs:
    name: str
    wall: list[float] = field(default_factory=list)  # spawn to exit, seconds
    shown: list[float] = field(default_factory=list)  # as printed by the process itself
    ready: list[float] = field(default_factory=list)
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
    runs.shown.append(float(match.group(1)))
    if match.lastindex == 2:
        runs.ready.append(float(match.group(2)))


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs of each (default 11)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each first")
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
        bare = Runs("bare")
        commands = {
            "app": [sys.executable, "-m", "cdo_workshop", "--exit-when-ready", "--db"]
            + [str(folder / "sessions.sqlite3")],
            "bare": [sys.executable, str(bare_script)],
        }
        for _ in range(options.warmup):  # creates the database, fills the disk cache
            run_once(commands["app"], env, Runs("app"), options.timeout)
            run_once(commands["bare"], env, Runs("bare"), options.timeout)
        for i in range(options.runs):
            order = (app, bare) if i % 2 == 0 else (bare, app)  # alternate who goes first
            for runs in order:
                run_once(commands[runs.name], env, runs, options.timeout)

    cache = "off" if "PYTHONDONTWRITEBYTECODE" in env else "on"
    print(
        f"Start-up, {options.runs} runs each, alternating, QPA {env['QT_QPA_PLATFORM']},"
        f" bytecode cache {cache}"
    )
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    header = f"{'':28} {'median':>8} {'min':>8} {'max':>8}"
    print(header)
    rows = [
        ("bare window: spawn → exit", bare.wall),
        ("app: spawn → exit", app.wall),
        ("bare: window shown (own)", bare.shown),
        ("app: window shown (own)", app.shown),
        ("app: ready (own)", app.ready),
    ]
    for label, values in rows:
        print(f"{label:28} {median(values):8.3f} {min(values):8.3f} {max(values):8.3f}")
    if app.rss_mb and bare.rss_mb:
        print(f"{'peak RSS MB bare / app':28} {median(bare.rss_mb):8.0f} {median(app.rss_mb):8.0f}")
    ratio = median(app.wall) / median(bare.wall)
    print(f"\nratio of medians (app / bare, spawn → exit): {ratio:.2f}")
    print("\nFor the README:\n")
    print(
        f"| Start-up (offscreen, median of {options.runs}) | bare PySide6 window | CDO Workshop |"
    )
    print("|---|---|---|")
    print(f"| spawn → exit | {median(bare.wall):.2f} s | {median(app.wall):.2f} s ({ratio:.1f}×) |")
    print(
        f"| window shown / ready (own clock) | {median(bare.shown):.2f} s | "
        f"{median(app.shown):.2f} s / {median(app.ready):.2f} s |"
    )
    if app.rss_mb and bare.rss_mb:
        print(f"| peak RSS | {median(bare.rss_mb):.0f} MB | {median(app.rss_mb):.0f} MB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
