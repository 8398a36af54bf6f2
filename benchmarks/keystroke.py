"""Time from a key press to the edit being on disk and every view updated, in the real window.

The Musterstadt sample is open at laptop size; keys go into step 1's municipality field, a
participant's cell editor and the facilitator notes. Each sample is one QTest.keyClick:
the key event, the typed edit, one BEGIN IMMEDIATE transaction, the signals to every page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/keystroke.py [--keys 300]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=300, help="keys per field")
    options = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from cdo_workshop.app import create_main_window
    from cdo_workshop.domain import lifecycle
    from cdo_workshop.i18n import Translator

    app = QApplication(sys.argv[:1])
    translator = Translator("de")
    translator.install(app)
    with tempfile.TemporaryDirectory(prefix="cdo-keys-") as tmp:
        window = create_main_window(Path(tmp) / "sessions.sqlite3", translator)
        window.resize(1366, 768)
        window.show()
        assert window.start(interactive=False)
        window.load_sample()
        window.open_session(window.start_page.selected_id())
        # The sample is a signed agreement: typing would first ask to reopen it (a dialog).
        window.controller.record(lifecycle.reopen(window.controller.session))
        view = window.session_view
        view.navigator.setCurrentRow(0)
        app.processEvents()
        page = view.current_page()

        def cell_editor() -> QLineEdit:
            table = page.participants.view
            table.setFocus()
            table.setCurrentIndex(page.participants.model.index(3, 1))
            QTest.keyClick(table, Qt.Key.Key_F2)
            app.processEvents()
            editor = app.focusWidget()
            assert isinstance(editor, QLineEdit)
            return editor

        window.actions_by_name["notes"].trigger()
        fields = {
            "municipality field (step 1)": lambda: page.name_edit,
            "participant cell editor (step 1)": cell_editor,
            "facilitator notes": lambda: window.notes_edit,
        }
        results: dict[str, list[float]] = {}
        for name, target in fields.items():
            widget = target()
            widget.setFocus()
            samples = []
            for i in range(options.keys):
                key = Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace
                started = time.perf_counter()
                QTest.keyClick(widget, key)
                samples.append((time.perf_counter() - started) * 1000)
            results[name] = samples[10:]  # without the first keys (statement caches)
        window.close()
        window.controller.close()

    version = sys.version.split()[0]
    print(f"Keystrokes, Musterstadt open, {options.keys} keys per field, Python {version}")
    print(f"{'one key':36} {'median ms':>10} {'p99 ms':>10} {'max ms':>10}")
    for name, samples in results.items():
        print(
            f"{name:36} {statistics.median(samples):10.2f} {percentile(samples, 99):10.2f}"
            f" {max(samples):10.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
