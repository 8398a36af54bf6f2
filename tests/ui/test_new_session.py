"""Ctrl+N, type the municipality, close, reopen: the name is there (issue: foundation)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cdo_workshop.storage.repository import SessionRepository


def saved_names(db_path) -> list[str]:
    repo = SessionRepository.open(db_path)
    try:
        return [s.municipality for s in repo.list()]
    finally:
        repo.close()


def test_ctrl_n_typed_name_survives_reopening(qtbot, open_window, type_text, db_path):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    name_edit = window.framing_page.name_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name_edit)
    type_text(name_edit, "Bad Münstereifel")
    assert name_edit.text() == "Bad Münstereifel"
    # Saved while typing, before anything is closed.
    assert saved_names(db_path) == ["Bad Münstereifel"]

    window.close()
    window.controller.close()

    second = open_window()
    table = second.start_page.table
    assert table.model().rowCount() == 1
    assert table.model().index(0, 1).data() == "Bad Münstereifel"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.stack.currentWidget() is second.session_view)
    assert second.framing_page.name_edit.text() == "Bad Münstereifel"
    assert "Bad Münstereifel" in second.windowTitle()


def test_save_state_is_always_visible(qtbot, open_window, type_text):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(window.framing_page.place_edit, "Rathaus")
    assert re.fullmatch(r"Gespeichert \d{1,2}:\d{2}", window.save_label.text())
    assert window.save_label.isVisible()


def test_undo_and_redo_restore_field_and_database(qtbot, open_window, type_text, db_path):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.framing_page
    type_text(page.name_edit, "Musterstadt")
    type_text(page.facilitator_edit, "Dr. Weber")

    qtbot.keyClick(page.facilitator_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.facilitator_edit.text() == ""
    assert page.name_edit.text() == "Musterstadt"
    session_id = window.controller.session.id
    repo = SessionRepository.open(db_path)
    assert repo.load(session_id).facilitator == ""

    qtbot.keyClick(
        page.facilitator_edit,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.facilitator_edit.text() == "Dr. Weber"
    assert repo.load(session_id).facilitator == "Dr. Weber"
    repo.close()


def test_population_and_state_are_saved(qtbot, open_window, db_path):
    window = open_window()
    window.new_session()
    page = window.framing_page
    page.population_spin.selectAll()
    qtbot.keyClicks(page.population_spin, "38250")
    qtbot.keyClick(page.population_spin, Qt.Key.Key_Return)
    page.state_combo.setFocus()
    index = page.state_combo.findData("BW")
    page.state_combo.setCurrentIndex(index)
    page.state_combo.activated.emit(index)
    assert page.state_combo.currentText() == "Baden-Württemberg"
    repo = SessionRepository.open(db_path)
    saved = repo.load(window.controller.session.id).municipality
    repo.close()
    assert (saved.population, saved.state) == (38250, "BW")


def test_population_is_committed_when_tabbing_away(qtbot, open_window):
    window = open_window()
    window.new_session()
    page = window.framing_page
    qtbot.mouseClick(page.population_spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.population_spin.lineEdit().hasSelectedText())
    qtbot.keyClicks(page.population_spin, "1200")
    qtbot.keyClick(page.population_spin, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not page.population_spin.hasFocus())
    assert window.controller.session.municipality.population == 1200
