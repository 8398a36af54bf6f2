"""Navigator, Back/Next, reopening where the room stopped, time box, projector, notes."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from cdo_workshop.storage.repository import SessionRepository


def open_sample(window):
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    return window.session_view


def test_ctrl_page_keys_move_and_reopening_returns_there(qtbot, open_window, db_path):
    window = open_window()
    view = open_sample(window)
    assert view.current_page().key == "agreement"  # where the sample stopped
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    second = view.current_page().key
    assert second == "resources"
    session_id = window.controller.session.id
    repo = SessionRepository.open(db_path)
    assert repo.load(session_id).progress.current_step == second
    repo.close()
    window.actions_by_name["close"].trigger()
    window.open_session(session_id)
    assert view.current_page().key == second


def test_step_done_box_is_saved_and_shown_in_the_navigator(qtbot, open_window, db_path):
    window = open_window()
    window.new_session()
    view = window.session_view
    assert view.done_box.isChecked() is False
    qtbot.mouseClick(view.done_box, Qt.MouseButton.LeftButton)
    assert view.navigator.item(0).text().startswith("\u2713 1.")
    assert "erledigt" in view.navigator.item(0).text()
    assert window.controller.session.progress.completed_steps == ["framing"]


def test_time_box_counts_against_the_steps_minutes(open_window):
    window = open_window()
    view = open_sample(window)
    view._update_timer()
    # step 9: 30 min; the total counts every step's time
    assert re.fullmatch(r"Zeit 00:0\d von 30 Min\. · gesamt 00:0\d", view.timer_label.text())


# Projector mode (F11) shows the audience view: tests/ui/test_audience.py.


def test_facilitator_notes_are_saved_but_private(qtbot, open_window, type_text, db_path):
    window = open_window()
    window.new_session()
    window.actions_by_name["notes"].trigger()
    type_text(window.notes_edit, "OB wirkt skeptisch")
    repo = SessionRepository.open(db_path)
    assert repo.load(window.controller.session.id).facilitator_notes == "OB wirkt skeptisch"
    repo.close()


def test_language_switch_changes_texts_at_run_time(qtbot, open_window):
    window = open_window()
    open_sample(window)
    view = window.session_view
    assert view.next_button.text() == "Weiter \u2192"
    window.actions_by_name["english"].trigger()
    try:
        qtbot.waitUntil(lambda: view.next_button.text() == "Next \u2192")
        assert window.file_menu.title() == "&Session"
        assert view.pages[0].heading.text() == "Step 1 of 9: Framework & participants"
    finally:
        window.actions_by_name["german"].trigger()
    qtbot.waitUntil(lambda: view.next_button.text() == "Weiter \u2192")


def test_follow_up_starts_from_the_selected_session(open_window, db_path):
    window = open_window()
    window.load_sample()
    source = window.start_page.selected_id()
    window.actions_by_name["follow_up"].trigger()
    session = window.controller.session
    assert session.follow_up_of == source
    assert session.title == "Folgeworkshop: Rollenklärung CDO Musterstadt 2026"
    assert window.session_view.current_page().key == "framing"
    assert session.participants and not session.progress.completed_steps


def test_new_from_template_and_own_template(qtbot, open_window, answer_dialog):
    window = open_window()

    def pick(key):
        def action(dialog):
            for row in range(dialog.list.count()):
                if dialog.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                    dialog.list.setCurrentRow(row)
            dialog.accept()

        return action

    answer_dialog(pick("small_gemeinde"))
    window.actions_by_name["new_from_template"].trigger()
    session = window.controller.session
    assert session.template == "small_gemeinde" and session.tasks and session.decision_areas
    keys = [t.key for t in session.tasks]

    def name_it(dialog):
        dialog.setTextValue("Unser Dorf-Set")
        dialog.accept()

    answer_dialog(name_it)
    window.actions_by_name["save_template"].trigger()
    [own] = window.controller.own_templates()
    assert own.name == "Unser Dorf-Set"
    window.actions_by_name["close"].trigger()
    answer_dialog(pick(f"own:{own.id}"))
    window.actions_by_name["new_from_template"].trigger()
    assert [t.key for t in window.controller.session.tasks] == keys


def test_the_nine_pages_follow_the_domain_order(open_window):
    from cdo_workshop.domain.steps import STEP_KEYS

    window = open_window()
    assert [page.key for page in window.session_view.pages] == list(STEP_KEYS)
