"""Tab in an open cell editor does what Tab does on the table: it takes what was typed and
leaves the table for the next control (Shift+Tab for the one before), instead of opening
the next cell's editor and wrapping around at the last cell."""

from __future__ import annotations

from datetime import date

from gui_support import saved, show
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cdo_workshop.ui.tab_order import next_stop


def open_editor(qtbot, view, row: int, column: int):
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = QApplication.focusWidget()
    assert editor is not None and view.isAncestorOf(editor)
    return editor


def test_tab_in_a_cell_editor_commits_and_leaves_the_table(qtbot, sample_window, db_path):
    window = sample_window
    page = show(qtbot, window, "framing")
    view = page.participants.view
    last_row = view.model().rowCount() - 1
    last_column = view.model().columnCount() - 1
    after = next_stop(window, view, forward=True)
    assert after is not None and not view.isAncestorOf(after)
    name_column = 0
    editor = open_editor(qtbot, view, last_row, name_column)
    editor.selectAll()
    qtbot.keyClicks(editor, "Erika Mustermann")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert QApplication.focusWidget() is after  # out of the table, no editor opened
    session = window.controller.session
    assert session.participants[last_row].name == "Erika Mustermann"
    assert saved(db_path, session.id).participants[last_row].name == "Erika Mustermann"
    # the last cell too: Tab leaves rather than wrapping around to the first cell
    editor = open_editor(qtbot, view, last_row, last_column)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert QApplication.focusWidget() is after


def test_shift_tab_in_a_cell_editor_goes_to_the_control_before_the_table(qtbot, sample_window):
    window = sample_window
    page = show(qtbot, window, "framing")
    view = page.participants.view
    before = next_stop(window, view, forward=False)
    assert before is not None and not view.isAncestorOf(before)
    editor = open_editor(qtbot, view, 0, 0)
    editor.selectAll()
    qtbot.keyClicks(editor, "Max Muster")
    qtbot.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert QApplication.focusWidget() is before
    assert window.controller.session.participants[0].name == "Max Muster"


def test_a_date_cell_editor_leaves_with_tab_too(qtbot, sample_window):
    """The due date of a measure: a DateField as the editor, a short date taken on Tab."""
    window = sample_window
    page = show(qtbot, window, "agreement")
    view = page.measures.view
    column = next(
        c
        for c in range(view.model().columnCount())
        if "Fällig" in str(view.model().headerData(c, Qt.Orientation.Horizontal))
    )
    editor = open_editor(qtbot, view, 0, column)
    editor.selectAll()
    qtbot.keyClicks(editor, "1.3.28")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert not view.isAncestorOf(QApplication.focusWidget())
    assert QApplication.focusWidget() is not view
    assert window.controller.session.measures[0].due == date(2028, 3, 1)
