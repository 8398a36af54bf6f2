"""The database survives the rest of the process: a file dialog on its folder, CLI commands
beside the running window, then SIGKILL: every edit is on disk.

Qt's file dialog sniffs file types by reading them; opening and closing the database file
in the app's process would drop SQLite's POSIX locks, and the next CLI command would then
checkpoint and delete the -wal file the window still writes into. The database is called
workshop.db here on purpose: Qt cannot tell a *.db file's type from its name and would read
it. The test looks at the locks themselves, from outside, as SQLite's other processes do.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cdo_workshop.storage.repository import SessionRepository

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX locks and SIGKILL")

CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from cdo_workshop.app import create_main_window
from cdo_workshop.i18n import Translator

db = Path(sys.argv[1])
app = QApplication([])
translator = Translator("de")
translator.install(app)
window = create_main_window(db, translator)
window.show()
window.activateWindow()
QTest.qWaitForWindowActive(window)
assert window.start()
QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
QTest.keyClicks(window.framing_page.name_edit, "Altstadt")
print("typed 1", flush=True)
assert sys.stdin.readline().strip() == "dialog"


def browse() -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(10, browse)
        return
    model = dialog.findChild(QFileSystemModel)
    # The facilitator goes to the database's folder and looks at the details of its files;
    # the dialog's helper thread fetches their types meanwhile (given half a second here).
    model.directoryLoaded.connect(lambda _path: QTimer.singleShot(500, dialog.reject))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(str(db.parent))


QTimer.singleShot(0, browse)
window.import_session()  # File › Import …, cancelled
print("dialog closed", flush=True)
assert sys.stdin.readline().strip() == "type"
window.framing_page.place_edit.setFocus()
QTest.keyClicks(window.framing_page.place_edit, "Rathaus")
print("typed 2", flush=True)
app.exec()
"""

LOCKS = r"""
import fcntl, os, sys
PENDING = 0x40000000  # SQLite's lock bytes: SHARED locks lie in [PENDING + 2, +510)


def held(path, length, start):
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
    except OSError:
        return True
    finally:
        os.close(fd)  # the probe's own lock goes with it
    return False


db = sys.argv[1]
print(held(db, 510, PENDING + 2), held(db + "-shm", 1, 128))  # reader lock, dead-man switch
"""


def locks_held(db: Path) -> tuple[bool, bool]:
    out = subprocess.run(
        [sys.executable, "-c", LOCKS, str(db)], capture_output=True, text=True, check=True
    ).stdout.split()
    return out[0] == "True", out[1] == "True"


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("cdo-workshop")
    return subprocess.run(
        [str(script), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_file_dialog_and_cli_beside_the_window_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "daten" / "workshop.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None

    def expect(line: str) -> None:
        got = child.stdout.readline().strip()
        assert got == line, got or child.stderr.read()

    def say(line: str) -> None:
        child.stdin.write(line + "\n")
        child.stdin.flush()

    with child:
        try:
            expect("typed 1")
            assert locks_held(db) == (True, True)
            say("dialog")
            expect("dialog closed")
            assert locks_held(db) == (True, True)  # nothing in the window read the database

            assert cli(db, "list").returncode == 0
            sample = cli(db, "sample")
            assert sample.returncode == 0, sample.stderr
            out = tmp_path / "vereinbarung.pdf"
            pdf = cli(db, "export-pdf", sample.stdout.strip(), str(out), "--unsigned")
            assert pdf.returncode == 0 and out.exists(), pdf.stderr
            assert Path(f"{db}-wal").exists()  # the CLI did not take the window's log away
            say("type")
            expect("typed 2")
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)

    repo = SessionRepository.open(db)
    try:
        assert repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        by_name = {s.municipality: s for s in repo.list()}
        assert set(by_name) == {"Altstadt", "Musterstadt"}
        session = repo.load(by_name["Altstadt"].id)
        assert (session.municipality.name, session.place) == ("Altstadt", "Rathaus")
    finally:
        repo.close()
