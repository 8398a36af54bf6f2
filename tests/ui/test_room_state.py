"""What belongs to the room is saved with the session: poker, step times, export choices."""

from __future__ import annotations

from gui_support import row_of, show
from PySide6.QtCore import Qt

from cdo_workshop.ui.widgets.delegation_board import SPREAD_COLUMN
from cdo_workshop.ui.widgets.export_options import SealMode


def open_sample(window):
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    return window.session_view


def reopen(window, open_window):
    """Close the window as the facilitator does (all saved), open the app again."""
    session_id = window.controller.session.id
    window.close()
    window.controller.close()
    again = open_window()
    again.open_session(session_id)
    return again


def test_poker_stays_on_after_a_restart_and_areas_are_revealed_one_by_one(qtbot, open_window):
    window = open_window()
    open_sample(window)
    page = show(qtbot, window, "decisions")
    page.poker_box.setFocus()
    qtbot.keyClick(page.poker_box, Qt.Key.Key_Space)
    assert page.poker_box.isChecked()

    window = reopen(window, open_window)  # a restart mid-round …
    page = show(qtbot, window, "decisions")
    model = page.board_model
    escalation, budget = row_of(page, "escalation"), row_of(page, "digital_budget")
    assert page.poker_box.isChecked()  # … keeps the votes off the projector
    for row in (escalation, budget):
        assert "abgegeben" in model.index(row, SPREAD_COLUMN).data()
        assert all(
            model.index(row, level).data(Qt.ItemDataRole.UserRole + 3) == []
            for level in range(1, 8)
        )

    page.board.setFocus()
    page.board.setCurrentIndex(model.index(escalation, 1))
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert "abgegeben" not in model.index(escalation, SPREAD_COLUMN).data()
    assert "abgegeben" in model.index(budget, SPREAD_COLUMN).data()  # still hidden
    assert page.poker_box.isChecked()

    window = reopen(window, open_window)
    page = show(qtbot, window, "decisions")
    model = page.board_model
    assert "abgegeben" not in model.index(escalation, SPREAD_COLUMN).data()  # revealed stays
    assert "abgegeben" in model.index(budget, SPREAD_COLUMN).data()
    page.poker_box.setFocus()
    qtbot.keyClick(page.poker_box, Qt.Key.Key_Space)  # poker off: everything visible
    assert "abgegeben" not in model.index(budget, SPREAD_COLUMN).data()
    # Not an undo step: Ctrl+Z must never put hidden votes on the projector.
    assert window.controller.undo_stack.count() == 0


class Clock:
    """Stands in for the view's QElapsedTimer: time passes when the test says so."""

    def __init__(self) -> None:
        self.ms = 0

    def elapsed(self) -> int:
        return self.ms

    def restart(self) -> int:
        ms, self.ms = self.ms, 0
        return ms


def test_step_time_adds_up_across_visits_and_restarts(qtbot, open_window):
    window = open_window()
    view = open_sample(window)
    view.navigator.setCurrentRow(0)  # step 1, 15 min
    view.elapsed = clock = Clock()
    clock.ms = 125_000  # the room spends 2:05 here
    view.navigator.setCurrentRow(1)
    clock.ms = 30_000
    view.navigator.setCurrentRow(0)  # and comes back
    view._update_timer()
    assert view.timer_label.text().startswith("Zeit 02:05 von 15 Min.")
    assert view.timer_label.text().endswith("gesamt 02:35")

    clock.ms = 20_000
    window = reopen(window, open_window)  # closing saves the time of the visit
    view = window.session_view
    view.navigator.setCurrentRow(0)
    view._update_timer()
    assert view.timer_label.text().startswith("Zeit 02:25 von 15 Min.")
    assert view.timer_label.text().endswith("gesamt 02:55")
    assert window.controller.session.room.step_seconds == {"framing": 145, "goals": 30}
    assert window.controller.undo_stack.count() == 0  # time is no undo step


def test_the_seal_and_witness_choices_come_back(qtbot, open_window):
    window = open_window()
    open_sample(window)
    page = show(qtbot, window, "agreement")
    options = page.export_panel.options
    qtbot.mouseClick(options.local_seal, Qt.MouseButton.LeftButton)
    options.witness_box.setFocus()
    qtbot.keyClick(options.witness_box, Qt.Key.Key_Space)
    assert options.witness_box.isChecked()

    window = reopen(window, open_window)
    page = show(qtbot, window, "agreement")
    options = page.export_panel.options
    assert options.seal_mode() == SealMode.LOCAL
    assert options.witness_box.isChecked() and not options.qes_box.isChecked()


def test_names_beside_the_votes_are_a_choice_that_comes_back(qtbot, open_window):
    window = open_window()
    open_sample(window)
    page = show(qtbot, window, "agreement")
    options = page.export_panel.options
    assert not options.named_votes_box.isChecked()  # anonymous by default
    assert not options.choice().named_votes
    options.named_votes_box.setFocus()
    qtbot.keyClick(options.named_votes_box, Qt.Key.Key_Space)
    assert options.choice().named_votes
    window = reopen(window, open_window)
    page = show(qtbot, window, "agreement")
    assert page.export_panel.options.named_votes_box.isChecked()
    assert window.controller.session.room.export.named_votes
