"""Saves that cannot silently fail: a failed write stays pending, is retried and shown.

The disk is made full for real: SQLite's max_page_count lets the database grow no further,
so a write that needs a new page fails with "database or disk is full", as on a full disk.
"""

from __future__ import annotations

import pytest
from gui_support import saved
from PySide6.QtWidgets import QApplication, QMessageBox

from cdo_workshop.ui.controller import RETRY_MS

BIG = "Notizen zum Raum. " * 1000  # 18,000 characters: new pages in the database


def disk_full(window, full: bool) -> None:
    db = window.controller.repository.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages if full else 1_073_741_823}")


@pytest.fixture
def session_window(open_window, qtbot):
    """A new session, its municipality typed. A test that fills the disk frees it again
    before it ends: pytest-qt closes the window before fixtures are torn down."""
    window = open_window()
    window.new_session()
    qtbot.keyClicks(window.framing_page.name_edit, "Neustadt")
    return window


def unsaved_box(window) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "unsavedWarning")
    return box if box is not None and box.isVisible() else None


def test_a_failed_save_stays_pending_until_it_is_written(qtbot, session_window, db_path, type_text):
    window = session_window
    session_id = window.controller.session.id
    assert window.save_label.text().startswith("Gespeichert")
    disk_full(window, True)

    window.notes_edit.insertPlainText(BIG)  # pasted into the facilitator notes
    assert window.save_label.text() == "Nicht gespeichert (1 Änderung)"
    assert window.save_label.property("unsaved") is True
    box = unsaved_box(window)
    assert box is not None and "Speicherplatz" in box.text()
    assert "der Datenträger ist voll" in box.text()  # SQLite's reason, in German

    # A small edit that fits on its own: it is written together with the pending one, and
    # the status never says "saved" while the notes are not on disk.
    window.framing_page.place_edit.setFocus()
    type_text(window.framing_page.place_edit, "Rathaus")
    assert window.save_label.text() == "Nicht gespeichert (8 Änderungen)"
    assert saved(db_path, session_id).facilitator_notes == ""
    assert saved(db_path, session_id).place == ""

    disk_full(window, False)  # space freed: the retry timer writes everything
    qtbot.waitUntil(
        lambda: window.save_label.text().startswith("Gespeichert"), timeout=3 * RETRY_MS
    )
    assert window.save_label.property("unsaved") is False
    on_disk = saved(db_path, session_id)
    assert on_disk.facilitator_notes == BIG and on_disk.place == "Rathaus"
    assert unsaved_box(window) is None  # the warning closes itself
    assert "wieder gespeichert" in window.statusBar().currentMessage()


def test_closing_with_unsaved_changes_asks(qtbot, session_window, answer_dialog, db_path):
    window = session_window
    disk_full(window, True)
    window.notes_edit.insertPlainText(BIG)
    asked = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialog(cancel)
    window.close()
    assert window.isVisible() and "1 Änderung konnte nicht gespeichert werden" in asked[0]

    def lose(box: QMessageBox) -> None:
        next(b for b in box.buttons() if "verwerfen" in b.text()).click()

    answer_dialog(lose)
    window.actions_by_name["close"].trigger()  # back to the overview asks the same
    assert window.stack.currentWidget() is window.start_page


def test_save_as_another_file_keeps_everything(
    qtbot, session_window, answer_dialog, tmp_path, db_path
):
    window = session_window
    session_id = window.controller.session.id
    disk_full(window, True)
    window.notes_edit.insertPlainText(BIG)
    target = tmp_path / "usb" / "sitzungen.sqlite3"
    target.parent.mkdir()

    def choose(dialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    answer_dialog(choose)
    assert window.save_database_as()
    assert window.save_label.text().startswith("Gespeichert")
    assert window.controller.database_path == target
    assert saved(target, session_id).facilitator_notes == BIG
    window.framing_page.place_edit.setFocus()
    qtbot.keyClicks(window.framing_page.place_edit, "Aula")
    assert saved(target, session_id).place == "Aula"  # and it goes on saving there
    assert saved(db_path, session_id).facilitator_notes == ""  # the full file as it was


def test_a_second_window_on_the_same_database_is_refused(qtbot, db_path, translator, capsys):
    from cdo_workshop.app import create_main_window

    first = create_main_window(db_path, translator)
    qtbot.addWidget(first)
    assert first.start(interactive=False)
    second = create_main_window(db_path, translator)
    qtbot.addWidget(second)
    assert not second.start(interactive=False)
    message = capsys.readouterr().err
    assert "bereits in einem anderen CDO-Workshop-Fenster geöffnet" in message
    import os

    assert f"Prozess {os.getpid()}" in message
    first.close()
    first.controller.close()
    assert second.start(interactive=False)  # free again once the first is closed
    second.close()
    second.controller.close()
    assert QApplication.activeModalWidget() is None


def test_a_new_session_is_not_started_over_unsaved_changes(
    qtbot, session_window, answer_dialog, db_path
):
    window = session_window
    session_id = window.controller.session.id
    disk_full(window, True)
    window.notes_edit.insertPlainText(BIG)
    asked = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.objectName())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialog(cancel)
    window.actions_by_name["new"].trigger()  # Ctrl+N while the notes are not on disk
    assert asked == ["confirmUnsaved"]
    assert window.controller.session.id == session_id and window.controller.unsaved() == 1
    disk_full(window, False)
    qtbot.waitUntil(lambda: window.controller.unsaved() == 0, timeout=3 * RETRY_MS)
    assert saved(db_path, session_id).facilitator_notes == BIG


def test_the_warning_leaves_the_keyboard_where_it_was(qtbot, session_window, db_path):
    window = session_window
    place = window.framing_page.place_edit
    place.setFocus()
    qtbot.waitUntil(place.hasFocus)
    disk_full(window, True)
    window.notes_edit.insertPlainText(BIG)  # a failed write while the place is being typed
    assert unsaved_box(window) is not None
    assert QApplication.focusWidget() is place
    qtbot.keyClicks(place, "Aula")
    assert window.controller.session.place == "Aula"
    disk_full(window, False)  # (else closing the window would ask about the pending notes)
    window.controller.flush()


def test_writes_wait_only_briefly_for_a_busy_database_while_they_fail(session_window):
    from cdo_workshop.ui.controller import BUSY_MS, BUSY_WHILE_FAILING_MS

    window = session_window
    db = window.controller.repository.db
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_MS
    disk_full(window, True)
    window.notes_edit.insertPlainText(BIG)
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_WHILE_FAILING_MS
    disk_full(window, False)
    window.controller.flush()
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_MS


def test_save_as_onto_an_empty_file_makes_it_private(qtbot, session_window, tmp_path):
    import os
    import stat

    window = session_window
    target = tmp_path / "leer.sqlite3"
    target.touch(mode=0o644)
    assert window.controller.save_database_as(target)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
