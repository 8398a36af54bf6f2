"""Steps 2, 7 and 8 (goals, dependencies, resources) and step 4 (placement): edits are
saved at once, validated by their editors, and undone with Ctrl+Z."""

from __future__ import annotations

import pytest
from gui_support import saved, show
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDoubleSpinBox

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize("key", ["goals", "dependencies", "resources"])
def test_add_edit_undo_redo_in_a_table_step(qtbot, open_window, type_text, db_path, key):
    window = open_window()
    window.new_session()
    page = show(qtbot, window, key)
    session_id = window.controller.session.id
    qtbot.keyClick(page.editor.view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.editor.model.rowCount() == 1)
    view = page.editor.view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    column = 6 if key == "resources" else 0  # resources start with a choice: use the notes
    view.setFocus()
    view.setCurrentIndex(page.editor.model.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    editor = QApplication.focusWidget()
    type_text(editor, "Kreis-IT Übergabe")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert page.editor.model.index(0, column).data() == "Kreis-IT Übergabe"
    collection = getattr(saved(db_path, session_id), key)
    assert len(collection) == 1
    field = {"goals": "text", "dependencies": "unit", "resources": "notes"}[key]
    assert getattr(collection[0], field) == "Kreis-IT Übergabe"

    qtbot.keyClick(page.editor.view, Qt.Key.Key_Z, CTRL)  # the text
    assert getattr(getattr(saved(db_path, session_id), key)[0], field) == ""
    qtbot.keyClick(page.editor.view, Qt.Key.Key_Z, CTRL)  # the row
    assert getattr(saved(db_path, session_id), key) == []
    assert page.editor.model.rowCount() == 0
    window.actions_by_name["redo"].trigger()
    assert len(getattr(saved(db_path, session_id), key)) == 1


def test_amount_editor_refuses_absurd_values(qtbot, open_window):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    page = show(qtbot, window, "resources")
    view = page.editor.view
    view.setFocus()
    view.setCurrentIndex(page.editor.model.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    qtbot.waitUntil(lambda: bool(view.findChildren(QDoubleSpinBox)))
    spin = view.findChildren(QDoubleSpinBox)[0]
    assert spin.maximum() == 1e12 and spin.minimum() == 0  # no negative or absurd amounts


def test_placement_edits_are_saved_and_undone(qtbot, open_window, type_text, db_path):
    window = open_window()
    window.new_session()
    page = show(qtbot, window, "placement")
    session_id = window.controller.session.id
    page.reporting_edit.setFocus()
    type_text(page.reporting_edit, "Bürgermeisterin")
    assert saved(db_path, session_id).placement.reporting_line == "Bürgermeisterin"
    qtbot.keyClick(page.reporting_edit, Qt.Key.Key_Z, CTRL)
    assert page.reporting_edit.text() == ""
    assert saved(db_path, session_id).placement.reporting_line == ""


def test_a_yes_no_cell_is_ticked_with_space_and_opens_no_text_editor(qtbot, open_window):
    window = open_window()
    window.new_session()
    page = show(qtbot, window, "dependencies")
    view = page.editor.view
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: page.editor.model.rowCount() == 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    names = [c.field for c in page.editor.model.columns]
    column = names.index("agreement_exists")
    view.setFocus()
    view.setCurrentIndex(page.editor.model.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.controller.session.dependencies[0].agreement_exists is True
    qtbot.keyClick(view, Qt.Key.Key_F2)  # no line edit that would write "yes" as text
    assert view.state() != QAbstractItemView.State.EditingState
    assert window.controller.session.dependencies[0].agreement_exists is True
