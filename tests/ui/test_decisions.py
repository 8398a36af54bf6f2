"""Step 5, the delegation board: votes by key, agreed level, legal ceiling, poker, undo.

The page is shown in a real window, so Ctrl+Z and the layout are the real ones.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gui_support import row_of
from layout_support import clipped_texts
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
)

from cdo_workshop.domain.edits import Collection, Insert
from cdo_workshop.domain.legal import area_note
from cdo_workshop.domain.model import Participant, StakeholderGroup
from cdo_workshop.storage.repository import SessionRepository
from cdo_workshop.ui.main_window import MainWindow
from cdo_workshop.ui.steps.decisions import VOTES_TAB, DecisionsPage
from cdo_workshop.ui.widgets.delegation_board import (
    AGREED,
    BLOCKED_ROLE,
    SPREAD_COLUMN,
    VOTERS_ROLE,
    WIDE,
)

CTRL = Qt.KeyboardModifier.ControlModifier
# Sample participants (resources/samples/musterstadt.json).
MAYOR = "1f8a778d-14af-582c-bf77-b4a1ebd9c3cb"
COUNCILLOR = "848896d0-ca03-59f5-8043-15ee6aa94b91"
CDO = "79a72410-d656-5c05-a957-271c87a48abc"


def tr(text: str, n: int = -1) -> str:
    """The text as the user sees it now, whether or not it is translated yet."""
    for context in ("DelegationBoardModel", "_AreaModel", "DecisionsPage"):
        translated = QCoreApplication.translate(context, text, None, n)
        if translated != text:
            return translated
    return QCoreApplication.translate("DelegationBoardModel", text, None, n)


@pytest.fixture
def show_step(qtbot, open_window) -> Callable[[], tuple[MainWindow, DecisionsPage]]:
    """The sample session in a window, showing this step."""

    def show() -> tuple[MainWindow, DecisionsPage]:
        window = open_window()
        window.load_sample()
        window.open_session(window.start_page.selected_id())
        view = window.session_view
        page = next(p for p in view.pages if isinstance(p, DecisionsPage))
        view.navigator.setCurrentRow(view.pages.index(page))
        qtbot.waitUntil(page.board.isVisible)
        return window, page

    return show


def area(page: DecisionsPage, key: str):
    return page.board_model.area_at(row_of(page, key))


def saved_area(db_path, session_id: str, key: str):
    repo = SessionRepository.open(db_path)
    try:
        return next(a for a in repo.load(session_id).decision_areas if a.key == key)
    finally:
        repo.close()


def press(qtbot, window: MainWindow, action: str) -> None:
    """Press the shortcut of a window action (Redo is Ctrl+Y or Ctrl+Shift+Z by platform)."""
    combination = window.actions_by_name[action].shortcut()[0]
    qtbot.keyClick(QApplication.focusWidget(), combination.key(), combination.keyboardModifiers())


def focus_cell(qtbot, page: DecisionsPage, row: int, column: int, view=None) -> None:
    view = view or page.board
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.waitUntil(view.hasFocus)


def test_models_pass_the_model_tester(show_step, qtmodeltester, qtbot):
    window, page = show_step()
    qtmodeltester.check(page.board_model)
    qtmodeltester.check(page.votes_model)
    # Changes after the check are watched by the tester too: a vote, a new participant.
    focus_cell(qtbot, page, row_of(page, "escalation"), 4)
    qtbot.keyClick(page.board, Qt.Key.Key_4)
    window.controller.edit(
        Insert(Collection.PARTICIPANTS, Participant(name="Neu", group=StakeholderGroup.IT))
    )
    assert page.votes_model.columnCount() == 1 + len(window.controller.session.participants)
    window.controller.undo_stack.undo()
    page.poker_box.click()
    page.reveal()


def test_board_shows_levels_votes_ceiling_and_spread(show_step):
    _, page = show_step()
    model = page.board_model
    catalog = page.controller.catalog
    # Columns: the area, the seven levels with their catalog names (German), the spread.
    assert model.columnCount() == 9
    assert model.headerData(1, Qt.Orientation.Horizontal) == "1\nAnweisen"
    assert model.headerData(7, Qt.Orientation.Horizontal) == "7\nDelegieren"
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "3 Befragen: " + catalog.levels[3].meaning.de
    )

    budget = row_of(page, "digital_budget")  # ceiling 3, agreed 3, votes 1, 2, 2, 2, 3
    two = model.index(budget, 2)
    assert two.data() == tr("%n vote(s)", 3)
    voters = set(two.data(VOTERS_ROLE))
    assert voters == {pid for pid, v in area(page, "digital_budget").votes.items() if v == 2}
    assert "Dr. Katharina Weißenbach" in two.data(Qt.ItemDataRole.ToolTipRole)
    agreed = model.index(budget, 3)
    assert tr("\u2714 agreed") in agreed.data()
    assert agreed.data(Qt.ItemDataRole.BackgroundRole) == AGREED
    assert agreed.data(Qt.ItemDataRole.FontRole).bold()
    # Above the ceiling: blocked, says so, and the tooltip gives the catalog's legal note.
    note = area_note(catalog.decision_areas["digital_budget"], page.controller.session, "de")
    for level in range(4, 8):
        cell = model.index(budget, level)
        assert cell.data(BLOCKED_ROLE) is True
        assert cell.data() == tr("\u00a7 reserved")
        assert note in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(budget, 3).data(BLOCKED_ROLE) is False
    assert all(
        not model.index(row_of(page, "escalation"), c).data(BLOCKED_ROLE) for c in range(1, 8)
    )

    # Spread: 1–3 is narrow; instruction rights 2–6 is wide and highlighted.
    assert model.index(budget, SPREAD_COLUMN).data() == "1\u20133"
    wide = model.index(row_of(page, "instruction_rights"), SPREAD_COLUMN)
    assert wide.data() == tr("{low}\u2013{high} (wide)").format(low=2, high=6)
    assert wide.data().startswith("2\u20136")
    assert wide.data(Qt.ItemDataRole.BackgroundRole) == WIDE


def test_keys_enter_votes_for_the_chosen_voter(show_step, qtbot, db_path):
    window, page = show_step()
    session_id = window.controller.session.id
    page.select_voter(MAYOR)
    escalation = row_of(page, "escalation")
    focus_cell(qtbot, page, escalation, 1)

    qtbot.keyClick(page.board, Qt.Key.Key_7)
    assert area(page, "escalation").votes[MAYOR] == 7
    assert saved_area(db_path, session_id, "escalation").votes[MAYOR] == 7
    # The next voter is chosen, so the room's cards go in one after the other.
    assert page.voter_combo.currentData() == COUNCILLOR
    qtbot.keyClick(page.board, Qt.Key.Key_1)
    assert saved_area(db_path, session_id, "escalation").votes[COUNCILLOR] == 1
    assert page.board_model.index(escalation, 7).data() == tr("%n vote(s)", 1)

    # "-" goes back (twice: to the councillor, to the mayor), Delete removes her vote.
    qtbot.keyClick(page.board, Qt.Key.Key_Minus)
    assert page.voter_combo.currentData() == COUNCILLOR
    qtbot.keyClick(page.board, Qt.Key.Key_Minus)
    assert page.voter_combo.currentData() == MAYOR
    qtbot.keyClick(page.board, Qt.Key.Key_Delete)
    assert MAYOR not in saved_area(db_path, session_id, "escalation").votes
    assert page.board_model.index(escalation, 7).data() == ""
    qtbot.keyClick(page.board, Qt.Key.Key_Z, CTRL)
    assert saved_area(db_path, session_id, "escalation").votes[MAYOR] == 7
    press(qtbot, window, "redo")
    assert MAYOR not in saved_area(db_path, session_id, "escalation").votes


def test_after_the_last_voter_the_next_area_follows(show_step, qtbot):
    window, page = show_step()
    page.voter_combo.setCurrentIndex(page.voter_combo.count() - 1)
    row = row_of(page, "instruction_rights")
    focus_cell(qtbot, page, row, 2)
    qtbot.keyClick(page.board, Qt.Key.Key_3)
    last = window.controller.session.participants[-1].id
    assert area(page, "instruction_rights").votes[last] == 3
    assert page.board.currentIndex().row() == row + 1
    assert page.voter_combo.currentIndex() == 0


def test_votes_tab_enters_the_vote_of_the_column(show_step, qtbot, db_path):
    window, page = show_step()
    page.tabs.setCurrentIndex(VOTES_TAB)
    qtbot.waitUntil(page.votes.isVisible)
    column = page.votes_model.column_of(CDO)
    row = row_of(page, "procurement")
    assert page.votes_model.index(row, column).data() == "5"
    focus_cell(qtbot, page, row, column, page.votes)
    assert page.voter_combo.currentData() == CDO  # the column is the voter
    qtbot.keyClick(page.votes, Qt.Key.Key_6)
    assert saved_area(db_path, window.controller.session.id, "procurement").votes[CDO] == 6
    assert page.votes_model.index(row, column).data() == "6"
    assert page.votes.currentIndex().column() == column + 1
    # A vote above the legal ceiling is recorded, and shown with the ceiling.
    budget = row_of(page, "digital_budget")
    focus_cell(qtbot, page, budget, column, page.votes)
    qtbot.keyClick(page.votes, Qt.Key.Key_5)
    assert area(page, "digital_budget").votes[CDO] == 5
    assert page.votes_model.index(budget, column).data() == tr("{level} (max. {ceiling})").format(
        level=5, ceiling=3
    )


def test_enter_and_double_click_agree_on_a_level_with_undo(show_step, qtbot, db_path):
    window, page = show_step()
    session_id = window.controller.session.id
    row = row_of(page, "instruction_rights")
    assert area(page, "instruction_rights").agreed_level is None
    focus_cell(qtbot, page, row, 5)
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    assert saved_area(db_path, session_id, "instruction_rights").agreed_level == 5
    assert tr("\u2714 agreed") in page.board_model.index(row, 5).data()

    qtbot.keyClick(page.board, Qt.Key.Key_Z, CTRL)
    assert saved_area(db_path, session_id, "instruction_rights").agreed_level is None
    assert tr("\u2714 agreed") not in page.board_model.index(row, 5).data()
    press(qtbot, window, "redo")
    assert saved_area(db_path, session_id, "instruction_rights").agreed_level == 5

    cell = page.board_model.index(row, 4)
    page.board.scrollTo(cell)
    centre = page.board.visualRect(cell).center()
    # A real double-click is press, release, double-click (QTest sends only the last).
    qtbot.mouseClick(page.board.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.board.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert saved_area(db_path, session_id, "instruction_rights").agreed_level == 4
    # The button does the same; on the agreed level it takes the agreement back.
    qtbot.mouseClick(page.agree_button, Qt.MouseButton.LeftButton)
    assert saved_area(db_path, session_id, "instruction_rights").agreed_level is None


def test_agreeing_above_the_legal_ceiling_is_refused(show_step, qtbot, db_path):
    window, page = show_step()
    row = row_of(page, "digital_budget")
    note = area_note(
        page.controller.catalog.decision_areas["digital_budget"], page.controller.session, "de"
    )
    before = window.controller.undo_stack.count()
    focus_cell(qtbot, page, row, 5)
    qtbot.keyClick(page.board, Qt.Key.Key_Enter)
    assert area(page, "digital_budget").agreed_level == 3
    assert saved_area(db_path, window.controller.session.id, "digital_budget").agreed_level == 3
    assert window.controller.undo_stack.count() == before
    assert note in page.status.text()
    assert page.status.isVisible()
    page.status.clear()
    qtbot.mouseClick(page.agree_button, Qt.MouseButton.LeftButton)
    assert area(page, "digital_budget").agreed_level == 3
    assert note in page.status.text()


def test_poker_hides_votes_until_revealed(show_step, qtbot, db_path):
    window, page = show_step()
    model = page.board_model
    row = row_of(page, "escalation")
    page.poker_box.setFocus()
    qtbot.keyClick(page.poker_box, Qt.Key.Key_Space)
    assert page.poker_box.isChecked() and page.reveal_button.isEnabled()

    page.select_voter(MAYOR)
    focus_cell(qtbot, page, row, 1)
    qtbot.keyClick(page.board, Qt.Key.Key_7)
    qtbot.keyClick(page.board, Qt.Key.Key_7)
    # Saved as entered …
    saved = saved_area(db_path, window.controller.session.id, "escalation")
    assert saved.votes[MAYOR] == 7 and saved.votes[COUNCILLOR] == 7
    # … but nobody sees a level: no counts, no names, only how many have voted.
    count = len(area(page, "escalation").votes)
    for r in range(model.rowCount()):
        for level in range(1, 8):
            cell = model.index(r, level)
            assert "(" not in cell.data() and not any(ch.isdigit() for ch in cell.data())
            assert cell.data(VOTERS_ROLE) == []
            assert "Weißenbach" not in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, SPREAD_COLUMN).data() == tr("%n vote(s) cast", count)
    assert str(count) in model.index(row, SPREAD_COLUMN).data()
    votes_column = page.votes_model.column_of(MAYOR)
    assert page.votes_model.index(row, votes_column).data() == "\u2714"
    assert "7" not in page.current_vote.text() and "7" not in page.status.text()

    focus_cell(qtbot, page, row, 1)
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert model.index(row, 7).data() == tr("%n vote(s)", 2)
    assert page.votes_model.index(row, votes_column).data() == "7"
    # Revealing one area leaves poker on for the others.
    assert page.poker_box.isChecked() and not page.reveal_button.isEnabled()
    other = row_of(page, "digital_budget")
    assert model.index(other, SPREAD_COLUMN).data() == tr(
        "%n vote(s) cast", len(area(page, "digital_budget").votes)
    )
    focus_cell(qtbot, page, other, 1)
    assert page.reveal_button.isEnabled()


def test_every_interactive_widget_is_named(show_step):
    _, page = show_step()
    widgets = [w for w in page.findChildren(QLabel) if w.buddy()]
    for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QTabWidget):
        widgets += [
            w
            for w in page.findChildren(kind)
            if not w.objectName().startswith("qt_")
            and not isinstance(w.parent(), (QComboBox, QAbstractItemView))
            and not isinstance(w.parentWidget().parentWidget(), QComboBox)
        ]
    for widget in widgets:
        assert widget.objectName(), widget
        if not isinstance(widget, QLabel):
            assert widget.accessibleName(), widget.objectName()


def test_keyboard_alone_reaches_the_board_tools(show_step, qtbot):
    window, page = show_step()
    page.voter_combo.setFocus()
    qtbot.waitUntil(page.voter_combo.hasFocus)
    seen = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.add(QApplication.focusWidget().objectName())
    assert {"autoAdvance", "pokerMode", "delegationBoard", "agreeLevel"} <= seen


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshot(show_step, qtbot, screenshot, size):
    window, page = show_step()
    window.resize(*size)
    scroll = window.session_view.stack.currentWidget()
    # The page fits: no scrolling of the page, the board's columns fit its width.
    qtbot.waitUntil(
        lambda: (
            not scroll.verticalScrollBar().isVisible()
            and not page.board.horizontalScrollBar().isVisible()
        )
    )
    assert [t for t in clipped_texts(page) if t] == []
    row = row_of(page, "digital_budget")
    page.board.setCurrentIndex(page.board_model.index(row, 5))
    page.agree_current()  # refused: the message shows in the screenshot
    tag = f"{size[0]}x{size[1]}"
    assert screenshot(window, f"step-5-decisions-{tag}").stat().st_size > 0
    page.tabs.setCurrentIndex(VOTES_TAB)
    qtbot.waitUntil(page.votes.isVisible)
    assert screenshot(window, f"step-5-decisions-votes-{tag}").stat().st_size > 0
    page.tabs.setCurrentIndex(0)
    page.poker_box.setChecked(True)
    assert screenshot(window, f"step-5-decisions-poker-{tag}").stat().st_size > 0


def test_language_switch_renames_levels_and_headings(show_step, qtbot):
    window, page = show_step()
    header = page.board_model.headerData
    assert header(1, Qt.Orientation.Horizontal) == "1\nAnweisen"
    window.actions_by_name["english"].trigger()
    try:
        qtbot.waitUntil(lambda: header(1, Qt.Orientation.Horizontal) == "1\nTell")
        # Qt delivers the language change as posted events: wait for the page's texts too.
        qtbot.waitUntil(lambda: page.heading.text() == "Step 5 of 9: Decision powers")
        row = row_of(page, "digital_budget")
        note = area_note(
            page.controller.catalog.decision_areas["digital_budget"],
            page.controller.session,
            "en",
        )
        assert note in page.board_model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    finally:
        window.actions_by_name["german"].trigger()
    qtbot.waitUntil(lambda: header(1, Qt.Orientation.Horizontal) == "1\nAnweisen")
