"""Step 6, the time shares: typed into the table with real key presses, checked as typed,
saved at once, undone with Ctrl+Z; the table follows the RACI matrix."""

from __future__ import annotations

from gui_support import saved, scroll_to, show
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from cdo_workshop.domain.model import RaciRole, StakeholderGroup
from cdo_workshop.ui.widgets.time_shares import PROCESS, SHARE, TITLE

CTRL = Qt.KeyboardModifier.ControlModifier


def open_step(qtbot, open_window):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    page = show(qtbot, window, "responsibilities")
    table = page.time_shares
    scroll_to(qtbot, table)
    return window, page, table


def row_of(table, key: str) -> int:
    return next(i for i, t in enumerate(table.model.items()) if t.key == key)


def task_id(window, key: str) -> str:
    return next(t.id for t in window.controller.session.tasks if t.key == key)


def saved_task(db_path, window, key: str):
    tasks = saved(db_path, window.controller.session.id).tasks
    return next(t for t in tasks if t.key == key)


def focus_cell(qtbot, table, row: int, column: int) -> None:
    # The offscreen platform leaves a closed completer popup the active window: back to ours.
    window = table.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column))
    qtbot.waitUntil(table.view.hasFocus)


def open_line_edit(qtbot, view) -> QLineEdit:
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return QApplication.focusWidget()


def not_editing(table) -> bool:
    return table.view.state() != QAbstractItemView.State.EditingState


def test_the_table_lists_the_roles_r_and_a_tasks(qtbot, open_window):
    window, _, table = open_step(qtbot, open_window)
    carried = [
        t
        for t in window.controller.session.tasks
        if t.raci.get("cdo") in (RaciRole.RESPONSIBLE, RaciRole.ACCOUNTABLE)
    ]
    assert table.model.rowCount() == len(carried) == 14
    assert table.model.index(0, TITLE).data() == "Digitalstrategie, Leitbild und Umsetzungs-Roadmap"
    assert table.model.index(0, SHARE).data() == "14 %"
    assert table.model.index(0, PROCESS).data() == "Digitalstrategie und Steuerung"
    assert not table.model.flags(table.model.index(0, TITLE)) & Qt.ItemFlag.ItemIsEditable
    assert table.total.text() == "Summe: 100 % der 2 VZÄ der Rolle"
    assert "§ 12 TVöD (Arbeitsvorgänge, mindestens die Hälfte der Arbeitszeit)" in (
        table.check.text()
    )
    assert "Digitalstrategie und Steuerung 35 %" in table.processes.text()


def test_typing_a_share_and_an_arbeitsvorgang(qtbot, open_window, type_text, db_path):
    window, _, table = open_step(qtbot, open_window)
    view = table.view
    strategy = row_of(table, "digital_strategy")

    # A digit on a closed cell opens the spin box and replaces the share: 14 -> 20
    focus_cell(qtbot, table, strategy, SHARE)
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0)
    # live: the total and the message follow before the cell is closed
    qtbot.waitUntil(lambda: "106" in table.total.text())
    assert table.total.text() == "Summe: 106 % der 2 VZÄ der Rolle"
    assert table.check.text().startswith(
        "Die Zeitanteile ergeben zusammen 106 %, nicht 100 % der 2 VZÄ der Rolle."
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not_editing(table))
    assert table.model.index(strategy, SHARE).data() == "20 %"
    assert saved_task(db_path, window, "digital_strategy").time_share == 20

    # Right arrow to the Arbeitsvorgang (Tab leaves the table), F2, type a new name
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == PROCESS
    editor = open_line_edit(qtbot, view)
    editor.selectAll()
    type_text(editor, "Strategie & Förderung")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not_editing(table))
    assert saved_task(db_path, window, "digital_strategy").work_process == ("Strategie & Förderung")

    # funding: the name already used is offered and chosen from the completer
    funding = row_of(table, "funding_acquisition")
    focus_cell(qtbot, table, funding, PROCESS)
    editor = open_line_edit(qtbot, view)
    type_text(editor, "Strategie &")
    completer = editor.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    assert completer.currentCompletion() == "Strategie & Förderung"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.text() == "Strategie & Förderung")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not_editing(table))
    assert saved_task(db_path, window, "funding_acquisition").work_process == (
        "Strategie & Förderung"
    )
    assert "Strategie & Förderung 24 %" in table.processes.text()  # 20 + 4

    # Delete clears a share: one task without, and the total drops by its 4 %
    focus_cell(qtbot, table, funding, SHARE)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: table.model.index(funding, SHARE).data() == "—")
    assert saved_task(db_path, window, "funding_acquisition").time_share is None
    assert table.total.text() == "Summe: 102 % der 2 VZÄ der Rolle"
    assert "Eine der 14 Aufgaben der Rolle hat noch keinen Zeitanteil." in table.check.text()

    # every edit is an undo step: Ctrl+Z brings the share back
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: table.model.index(funding, SHARE).data() == "4 %")
    assert saved_task(db_path, window, "funding_acquisition").time_share == 4


def test_escape_puts_the_share_back(qtbot, open_window, db_path):
    window, _, table = open_step(qtbot, open_window)
    view = table.view
    row = row_of(table, "reporting")
    focus_cell(qtbot, table, row, SHARE)
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    qtbot.waitUntil(lambda: "94" in table.total.text())  # 9 -> 3 as typed
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not_editing(table))
    assert table.model.index(row, SHARE).data() == "9 %"
    assert saved_task(db_path, window, "reporting").time_share == 9
    assert table.total.text() == "Summe: 100 % der 2 VZÄ der Rolle"


def test_the_table_follows_the_raci_matrix(qtbot, open_window):
    window, page, table = open_step(qtbot, open_window)
    rows = table.model.rowCount()
    communication = next(t for t in window.controller.session.tasks if t.key == "communication")
    assert communication.raci.get("cdo") == RaciRole.CONSULTED
    model = page.model
    page.view.setFocus()
    page.view.setCurrentIndex(
        model.index(model.row_of(communication.id), model.column_of(StakeholderGroup.CDO))
    )
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: table.model.rowCount() == rows + 1)
    assert "Eine der 15 Aufgaben der Rolle hat noch keinen Zeitanteil." in table.check.text()


def test_the_section_fits_the_laptop_screen(qtbot, open_window, screenshot):
    window, page, table = open_step(qtbot, open_window)
    assert window.size().width() == 1366
    # the table and its messages are no wider than the page and nothing is cut off
    assert table.view.horizontalScrollBar().maximum() == 0
    assert table.check.width() <= page.width()
    # the matrix still fills the first screen as before: at least its minimum
    assert page.view.height() >= 240
    screenshot(window, "step6_time_shares_1366")


def test_the_follow_up_lists_changed_time_shares(qtbot, translator):
    from datetime import date

    from cdo_workshop.domain.analysis.comparison import compare
    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.domain.followup import start_follow_up
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.paths import resource_path
    from cdo_workshop.ui.widgets.follow_up import FollowUpChanges

    catalog = shipped_catalog()
    previous = loads(resource_path("samples", "musterstadt.json").read_bytes())
    follow_up = start_follow_up(previous, "Folgeworkshop 2027", date(2027, 10, 15))
    strategy = next(t for t in follow_up.tasks if t.key == "digital_strategy")
    assert strategy.time_share == 14  # the shares go on into the follow-up
    strategy.time_share = 20
    widget = FollowUpChanges()
    qtbot.addWidget(widget)
    widget.show_comparison(compare(previous, follow_up, catalog), "Musterstadt", catalog, "de")
    table = widget.table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert ["Zeitanteil: Digitalstrategie und Steuerung", "35 %", "41 %", "+6 %"] in rows
    # only what changed: the other Arbeitsvorgänge are not listed
    assert sum(1 for r in rows if r[0].startswith("Zeitanteil:")) == 1
