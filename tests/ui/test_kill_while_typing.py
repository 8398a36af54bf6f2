"""Typing is saved keystroke by keystroke: SIGKILL right after typing loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from cdo_workshop.storage.repository import SessionRepository

# What both child processes do first: the app's window on the database, a new session.
NEW_SESSION = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from cdo_workshop.app import create_main_window
from cdo_workshop.i18n import Translator

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
app = QApplication([])
translator = Translator("de")
translator.install(app)
window = create_main_window(Path(sys.argv[1]), translator)
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
assert window.start()
QTest.keyClick(window, Qt.Key.Key_N, CTRL)
"""

CHILD = (
    NEW_SESSION
    + r"""
QTest.keyClicks(app.focusWidget(), sys.argv[2])
print("typed", flush=True)
app.exec()
"""
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_after_typing_loses_nothing(db_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), "Neustadt an der Weinstrasse"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "typed"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    repo = SessionRepository.open(db_path)
    try:
        [summary] = repo.list()
        assert summary.municipality == "Neustadt an der Weinstrasse"
        assert repo.load(summary.id).municipality.name == "Neustadt an der Weinstrasse"
        assert repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        repo.close()


CELL_CHILD = (
    NEW_SESSION
    + r"""
spin = window.framing_page.population_spin
spin.setFocus()
spin.selectAll()
QTest.keyClicks(spin, "3825")  # digits, no Enter: saved as typed like text
for step, text in ((1, sys.argv[2]), (2, sys.argv[3])):
    QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + step), CTRL)
    page = window.session_view.current_page()
    table = page.participants.view if step == 1 else page.editor.view
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_N, CTRL | SHIFT)  # a new row, its first cell in editing
    for _ in range(500):  # the editor takes the focus in the next turns of the event loop
        if isinstance(app.focusWidget(), QLineEdit):
            break
        QTest.qWait(10)
    editor = app.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is table.viewport(), editor
    QTest.keyClicks(editor, text)  # and the editor stays open: no Enter, no Tab
print("typed", flush=True)
app.exec()
"""
)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_with_a_cell_editor_open_loses_nothing(db_path):
    """Text in an open table cell is saved as it is typed, like a line edit's; so are the
    digits typed into a number field."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    name, goal = "Anna Beispiel-Meier", "Alle Antraege online bis 2028"
    with subprocess.Popen(
        [sys.executable, "-c", CELL_CHILD, str(db_path), name, goal],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            assert line == "typed", child.stderr.read() if child.stderr else line
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    repo = SessionRepository.open(db_path)
    try:
        [summary] = repo.list()
        session = repo.load(summary.id)
        assert [p.name for p in session.participants] == [name]
        assert [g.text for g in session.goals] == [goal]
        assert session.municipality.population == 3825
    finally:
        repo.close()
