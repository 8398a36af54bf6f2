"""The one edit path as a user meets it: bound fields, undo from anywhere, dates as typed."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import saved
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cdo_workshop.ui.widgets.date_field import DateField

CTRL = Qt.KeyboardModifier.ControlModifier


def edit_first_due_date(qtbot, window):
    """The sample in the window, on step 9: F2 in the first measure's due date."""
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    page = window.session_view.current_page()  # step 9
    view = page.measures.view
    column = next(i for i, c in enumerate(page.measures.model.columns) if c.field == "due")
    view.setFocus()
    view.setCurrentIndex(page.measures.model.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), DateField))
    return view, QApplication.focusWidget()


@pytest.fixture
def window(open_window):
    window = open_window()
    window.new_session()
    return window


def test_undoing_the_notes_shows_the_old_text_and_typing_goes_on_from_there(qtbot, window, db_path):
    window.actions_by_name["notes"].trigger()
    notes = window.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Ratsfraktion X skeptisch")
    assert window.controller.session.facilitator_notes == "Ratsfraktion X skeptisch"
    window.framing_page.place_edit.setFocus()
    window.actions_by_name["undo"].trigger()  # Edit › Undo, not the notes' own undo
    assert notes.toPlainText() == ""
    notes.setFocus()
    qtbot.keyClicks(notes, "neu")
    assert window.controller.session.facilitator_notes == "neu"  # not the undone text again
    assert saved(db_path, window.controller.session.id).facilitator_notes == "neu"


def test_the_field_being_typed_in_is_never_redrawn(qtbot, window):
    edit = window.framing_page.name_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Nstadt")
    edit.setCursorPosition(1)
    qtbot.keyClicks(edit, "eu")
    assert edit.text() == "Neustadt" and edit.cursorPosition() == 3
    assert window.controller.session.municipality.name == "Neustadt"
    window.actions_by_name["undo"].trigger()  # typing into one field: one step
    assert edit.text() == "" and window.controller.session.municipality.name == ""


@pytest.mark.parametrize(
    ("typed", "finish"),
    [("30.09.2027", False), ("30.9.2027", False), ("30092027", False), ("30.9.27", True)],
)
def test_the_workshop_date_as_germans_type_it(qtbot, window, db_path, typed, finish):
    field = window.framing_page.date_edit
    assert isinstance(field, DateField)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    if finish:  # a two-digit year counts when the field is left (30.9.20… is not 2020)
        assert window.controller.session.workshop_date != date(2027, 9, 30)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.controller.session.workshop_date == date(2027, 9, 30)
    assert saved(db_path, window.controller.session.id).workshop_date == date(2027, 9, 30)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "30.09.2027"


def test_a_date_that_is_none_is_refused_and_the_saved_one_kept(qtbot, window):
    field = window.framing_page.date_edit
    before = window.controller.session.workshop_date
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "31.02.2027")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.controller.session.workshop_date == before
    assert field.property("invalid") is True and "30.09.2027" in field.toolTip()


def test_english_dates_follow_the_english_format(qtbot, window, translator):
    translator.switch("en")
    try:
        field = window.framing_page.date_edit
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, "30/09/2027")
        assert window.controller.session.workshop_date == date(2027, 9, 30)
    finally:
        translator.switch("de")


def test_a_due_date_typed_into_a_table_cell(qtbot, open_window, db_path):
    window = open_window()
    view, editor = edit_first_due_date(qtbot, window)
    editor.selectAll()
    qtbot.keyClicks(editor, "30.09.2027")  # saved while the editor is still open
    measure = window.controller.session.measures[0]
    assert measure.due == date(2027, 9, 30)
    assert saved(db_path, window.controller.session.id).measures[0].due == date(2027, 9, 30)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Escape: the cell's date as it was
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert window.controller.session.measures[0].due != date(2027, 9, 30)


def test_applying_a_template_says_what_it_added(qtbot, window):
    page = window.framing_page
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    assert "hinzugefügt" in page.template_status.text()
    count = window.controller.undo_stack.count()
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    assert "nichts hinzugefügt" in page.template_status.text().lower()
    assert window.controller.undo_stack.count() == count  # no empty undo step
    window.actions_by_name["undo"].trigger()  # the whole template is one step
    assert window.controller.session.tasks == []


def test_the_calendar_by_keyboard(qtbot, window, db_path):
    field = window.framing_page.date_edit
    before = window.controller.session.workshop_date
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: field._calendar is not None and field._calendar.isVisible())
    calendar = field._calendar
    inside = QApplication.focusWidget()  # the calendar's day table has the keyboard
    assert inside is calendar or calendar.isAncestorOf(inside)
    qtbot.keyClick(inside, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(inside, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert window.controller.session.workshop_date == date.fromordinal(before.toordinal() + 1)
    assert saved(db_path, window.controller.session.id).workshop_date == (
        window.controller.session.workshop_date
    )
    assert field.hasFocus()


def test_a_short_date_in_a_cell_counts_when_tab_leaves_it(qtbot, open_window, db_path):
    window = open_window()
    view, editor = edit_first_due_date(qtbot, window)
    editor.selectAll()
    qtbot.keyClicks(editor, "30.9.27")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits the editor and leaves the table
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)
    assert window.controller.session.measures[0].due == date(2027, 9, 30)


def test_a_short_date_counts_when_the_session_is_closed_by_its_shortcut(qtbot, window, db_path):
    session_id = window.controller.session.id
    field = window.framing_page.date_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "30.9.27")
    window.actions_by_name["close"].trigger()  # Ctrl+W: the field never sees editingFinished
    assert saved(db_path, session_id).workshop_date == date(2027, 9, 30)


def test_separate_choices_are_separate_undo_steps(qtbot, window):
    combo = window.framing_page.state_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    second = window.controller.session.municipality.state
    assert second not in ("", None)
    window.actions_by_name["undo"].trigger()
    assert window.controller.session.municipality.state not in ("", second)


def test_typing_then_escape_leaves_no_empty_undo_step(qtbot, window):
    table = window.framing_page.participants.view
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Anna")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    count = window.controller.undo_stack.count()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "lena")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert window.controller.session.participants[0].name == "Anna"
    assert window.controller.undo_stack.count() == count  # nothing that undoes nothing


def test_a_long_goal_is_not_cut_by_its_cell_editor(qtbot, window):
    from cdo_workshop.domain.edits import Collection, Insert
    from cdo_workshop.domain.model import LONG_TEXT, Goal

    long = "Alle Leistungen online, barrierefrei und mehrsprachig. " * 60  # 3,300 characters
    window.controller.edit(Insert(Collection.GOALS, Goal(text=long)))
    window.session_view.navigator.setCurrentRow(1)
    page = window.session_view.current_page()
    view = page.editor.view
    view.setFocus()
    view.setCurrentIndex(page.editor.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = QApplication.focusWidget()
    assert editor.maxLength() == LONG_TEXT and editor.text() == long
    editor.end(False)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert window.controller.session.goals[0].text == long[:-1]


def test_a_value_the_choice_list_lacks_is_kept_when_its_cell_is_opened(qtbot, open_window):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    resource = window.controller.session.resources[0]
    from cdo_workshop.domain.edits import Collection, SetField, item_field

    window.controller.edit(SetField(item_field(Collection.RESOURCES, resource.id, "unit"), "Std."))
    window.session_view.navigator.setCurrentRow(7)
    page = window.session_view.current_page()
    column = next(i for i, c in enumerate(page.editor.model.columns) if c.field == "unit")
    view = page.editor.view
    view.setFocus()
    view.setCurrentIndex(page.editor.model.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)
    assert window.controller.session.resources[0].unit == "Std."
