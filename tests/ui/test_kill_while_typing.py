"""Typing is saved keystroke by keystroke: SIGKILL right after typing loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from cdo_workshop.storage.repository import SessionRepository

CHILD = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from cdo_workshop.app import create_main_window
from cdo_workshop.i18n import Translator

app = QApplication([])
translator = Translator("de")
translator.install(app)
window = create_main_window(Path(sys.argv[1]), translator)
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
assert window.start()
QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(app.focusWidget(), sys.argv[2])
print("typed", flush=True)
app.exec()
"""


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
