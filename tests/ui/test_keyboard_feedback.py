"""Keyboard and feedback: cards with focus, shortcuts, Enter in the filter, empty states,
what applying a template did, and texts that follow a language switch."""

from __future__ import annotations

from gui_support import in_language
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cdo_workshop.ui.widgets.recommendations import RecommendationList


def go_to(qtbot, window, key: str):
    view = window.session_view
    row = [p.key for p in view.pages].index(key)
    view.navigator.setCurrentRow(row)
    page = view.pages[row]
    qtbot.waitUntil(page.isVisible)
    return page


def test_tab_reaches_a_recommendation_card_and_space_acts_on_it(qtbot, sample_window, monkeypatch):
    import cdo_workshop.ui.dialogs.measure_dialog as measure_dialog

    asked: list[str] = []
    monkeypatch.setattr(
        measure_dialog, "ask_measure", lambda _p, message, *_a: asked.append(message)
    )
    page = go_to(qtbot, sample_window, "agreement")
    recommendations = page.findChild(RecommendationList)
    qtbot.waitUntil(lambda: len(recommendations.cards) >= 2)
    first, second = list(recommendations.cards.values())[:2]
    last_of_first = next(
        b for b in (first.reopen_button, first.reject_button, first.accept_button) if b.isVisible()
    )
    last_of_first.setFocus()
    qtbot.waitUntil(last_of_first.hasFocus)
    assert first.has_keyboard() and not second.has_keyboard()
    qtbot.keyClick(last_of_first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert second.has_keyboard() and not first.has_keyboard()
    assert second.focusPolicy() == Qt.FocusPolicy.StrongFocus
    qtbot.keyClick(second, Qt.Key.Key_Space)
    if second.measure is None:  # undecided: Space accepts this card, its dialog asks
        assert asked == [second.message.text()]
    else:  # decided: Space reconsiders this card
        qtbot.waitUntil(lambda: second.measure is None)


def test_step_done_poker_and_notes_shortcuts(qtbot, sample_window):
    window = sample_window
    page = go_to(qtbot, window, "decisions")
    view = window.session_view
    page.board.setFocus()
    qtbot.waitUntil(page.board.hasFocus)
    done = view.done_box.isChecked()
    qtbot.keyClick(page.board, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.done_box.isChecked() is not done)
    assert ("decisions" in window.controller.session.progress.completed_steps) is not done
    assert "Ctrl+Return" in window.actions_by_name["step_done"].shortcut().toString()
    assert window.actions_by_name["step_done"] in window.edit_menu.actions()

    poker = page.poker_box.isChecked()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.board, Qt.Key.Key_P, shift_ctrl)
    qtbot.waitUntil(lambda: window.controller.session.room.poker is not poker)
    assert page.poker_box.isChecked() is not poker
    assert "Strg+Umschalt+P" in page.poker_box.toolTip()

    assert not window.notes_dock.isVisible()
    qtbot.keyClick(page.board, Qt.Key.Key_M, shift_ctrl)
    qtbot.waitUntil(window.notes_dock.isVisible)
    qtbot.waitUntil(window.notes_edit.hasFocus)
    qtbot.keyClick(window.notes_edit, Qt.Key.Key_M, shift_ctrl)
    qtbot.waitUntil(lambda: not window.notes_dock.isVisible())
    assert QApplication.focusWidget() is not window.notes_edit


def test_enter_in_the_filter_opens_the_first_match_and_no_match_says_what_to_do(
    qtbot, open_window, type_text
):
    window = open_window()
    window.load_sample()
    start = window.start_page
    start.filter_edit.setFocus()
    type_text(start.filter_edit, "zzzz")
    qtbot.waitUntil(start.no_match_label.isVisible)
    assert "zzzz" in start.no_match_label.text() and "Filter" in start.no_match_label.text()
    start.filter_edit.clear()
    qtbot.waitUntil(lambda: not start.no_match_label.isVisible())
    start.table.clearSelection()
    type_text(start.filter_edit, "muster")
    qtbot.keyClick(start.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.controller.session is not None)
    assert "Musterstadt" in window.controller.session.municipality.name
    qtbot.waitUntil(window.session_view.isVisible)


def test_an_empty_table_says_how_to_fill_it(qtbot, open_window):
    window = open_window()
    window.new_session()
    page = go_to(qtbot, window, "dependencies")
    hint = page.editor.empty_hint
    qtbot.waitUntil(hint.isVisible)
    assert "Strg+Umschalt+N" in hint.text()
    page.editor.view.setFocus()
    qtbot.keyClick(
        page.editor.view,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: not hint.isVisible())


def test_applying_a_template_says_what_it_added_or_why_not(qtbot, open_window):
    window = open_window()
    window.new_session()
    page = go_to(qtbot, window, "framing")
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "übernommen" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert "Aufgaben" in message and "Entscheidungsbereiche" in message
    assert page.template_status.text() == message
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nichts hinzugefügt" in window.statusBar().currentMessage())
    assert "nie ersetzt" in window.statusBar().currentMessage()


def test_labels_follow_a_language_switch(qtbot, sample_window):
    window = sample_window
    page = go_to(qtbot, window, "decisions")
    session = window.controller.session
    area = next(a for a in session.decision_areas if a.votes)
    row = [a.id for a in session.decision_areas].index(area.id)
    page.select_voter(next(iter(area.votes)))
    page.board.setCurrentIndex(page.board_model.index(row, 1))
    qtbot.waitUntil(lambda: page.current_vote.text() != "")
    german = page.current_vote.text()
    window.statusBar().showMessage("Sitzung importiert.")
    page._say("Stimme erfasst.")
    with in_language(qtbot, window, "en"):
        english = page.current_vote.text()
        assert english != german and english.startswith("current vote")
        level = area.votes[page.current_voter().id]
        assert window.controller.catalog.level_name(level, "en") in english
        assert window.statusBar().currentMessage() == ""
        assert page.status.text() == ""
        assert window.save_label.text().startswith("Saved")
