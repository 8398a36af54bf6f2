"""A whole workshop through the widgets only, then a new window finds every step's data.

Keys and clicks only (no controller calls); non-ASCII text goes in as key events with text
(library-notes G9). After closing, a second window on the same database opens the session and
every step shows what was entered.
"""

from __future__ import annotations

from datetime import date

from gui_support import pick
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox

from cdo_workshop.domain.model import RaciRole, StakeholderGroup

CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def page_of(window, key):
    view = window.session_view
    page = next(p for p in view.pages if p.key == key)
    return view, page


def go_to(qtbot, window, key):
    view, page = page_of(window, key)
    number = [p.key for p in view.pages].index(key) + 1
    qtbot.keyClick(view, Qt.Key(Qt.Key.Key_0 + number), CTRL)
    qtbot.waitUntil(page.isVisible)
    return page


def type_into_cell(qtbot, type_text, view, row, column, text):
    """Select a cell, start editing with F2, type, commit with Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, text)
    assert view.model().index(row, column).data() == text  # saved as typed
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)


def choose_in_cell(qtbot, view, row, column, label):
    """Open the cell's combo box with F2 and pick the entry by arrow keys."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    target = combo.findText(label)
    assert target >= 0, label
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert view.model().index(row, column).data() == label


PEOPLE = [
    ("Dr. Jana Köhler", "Bürgermeisterin", "Bürgermeister/in"),
    ("Ömer Yılmaz", "Stadtrat", "Gemeinderat"),
    ("Lea Brandt", "Digitalisierungsbeauftragte", "CDO / Digitalisierungsbeauftragte/r"),
    ("Paul Weiß", "IT-Leiter", "IT-Leitung"),
]


def run_workshop(qtbot, window, type_text, answer_dialog):
    # -- 1 framing: Ctrl+N, name, template, participants ------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    framing = window.framing_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is framing.name_edit)
    type_text(framing.name_edit, "Neustadt an der Weiße")
    click(qtbot, framing.population_spin.lineEdit())
    qtbot.waitUntil(lambda: framing.population_spin.lineEdit().hasSelectedText())
    qtbot.keyClicks(framing.population_spin, "8400")
    qtbot.keyClick(framing.population_spin, Qt.Key.Key_Return)
    pick(qtbot, framing.state_combo, "Sachsen")
    framing.state_combo.activated.emit(framing.state_combo.currentIndex())
    type_text(framing.facilitator_edit, "Moderation Süd")
    pick(
        qtbot,
        framing.template_combo,
        framing.template_combo.itemText(framing.template_combo.findData("small_gemeinde")),
    )
    click(qtbot, framing.template_button)
    table = framing.participants.view
    for row, (name, function, group) in enumerate(PEOPLE):
        click(qtbot, framing.participants.buttons["add"])
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        type_into_cell(qtbot, type_text, table, row, 0, name)
        type_into_cell(qtbot, type_text, table, row, 1, function)
        choose_in_cell(qtbot, table, row, 2, group)
    # -- 2 goals ------------------------------------------------------------------------
    goals = go_to(qtbot, window, "goals")
    click(qtbot, goals.editor.buttons["add"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    type_into_cell(qtbot, type_text, goals.editor.view, 0, 0, "Alle Bürgerdienste online")
    choose_in_cell(qtbot, goals.editor.view, 0, 1, "hoch")
    # -- 3 expectations: the council expects a lot --------------------------------------------
    expectations = go_to(qtbot, window, "expectations")
    pick(qtbot, expectations.add_combo, "Gemeinderat")
    click(qtbot, expectations.add_button)
    card = expectations.card_for(StakeholderGroup.COUNCIL)
    card.slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(card.slider, Qt.Key.Key_PageUp)  # 50 → 80
    card.tasks_view.setFocus()
    card.tasks_view.setCurrentIndex(card.tasks_model.index(0, 0))
    qtbot.keyClick(card.tasks_view, Qt.Key.Key_Space)
    # -- 4 placement ----------------------------------------------------------------------
    placement = go_to(qtbot, window, "placement")
    pick(qtbot, placement.placement_combo, "Hauptamt / Zentralverwaltung")
    placement.placement_combo.activated.emit(placement.placement_combo.currentIndex())
    placement.reporting_edit.setFocus()
    type_text(placement.reporting_edit, "Hauptamtsleiterin")
    click(qtbot, placement.share_spin.lineEdit())
    qtbot.waitUntil(lambda: placement.share_spin.lineEdit().hasSelectedText())
    qtbot.keyClicks(placement.share_spin, "30")
    qtbot.keyClick(placement.share_spin, Qt.Key.Key_Return)
    # -- 5 decision powers: two votes and an agreed level on the digital budget ----------------
    decisions = go_to(qtbot, window, "decisions")
    budget_row = next(
        r
        for r in range(decisions.board_model.rowCount())
        if decisions.board_model.area_at(r).key == "digital_budget"
    )
    decisions.board.setFocus()
    decisions.board.setCurrentIndex(decisions.board_model.index(budget_row, 1))
    pick(qtbot, decisions.voter_combo, PEOPLE[0][0])
    decisions.board.setFocus()
    qtbot.keyClick(decisions.board, Qt.Key.Key_2)
    pick(qtbot, decisions.voter_combo, PEOPLE[1][0])
    decisions.board.setFocus()
    decisions.board.setCurrentIndex(decisions.board_model.index(budget_row, 1))
    qtbot.keyClick(decisions.board, Qt.Key.Key_3)
    decisions.board.setCurrentIndex(decisions.board_model.index(budget_row, 2))
    qtbot.keyClick(decisions.board, Qt.Key.Key_Return)
    # -- 6 RACI: the CDO accountable and responsible for the first task ------------------------
    raci = go_to(qtbot, window, "responsibilities")
    task_row = next(r for r in range(raci.model.rowCount()) if raci.model.task_at(r))
    cdo_column = raci.model.column_of(StakeholderGroup.CDO)
    it_column = raci.model.column_of(StakeholderGroup.IT)
    raci.view.setFocus()
    raci.view.setCurrentIndex(raci.model.index(task_row, cdo_column))
    qtbot.keyClick(raci.view, Qt.Key.Key_A)
    raci.view.setCurrentIndex(raci.model.index(task_row, it_column))
    qtbot.keyClick(raci.view, Qt.Key.Key_R)
    # -- 7 dependencies -------------------------------------------------------------------
    dependencies = go_to(qtbot, window, "dependencies")
    click(qtbot, dependencies.editor.buttons["add"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    view = dependencies.editor.view
    type_into_cell(qtbot, type_text, view, 0, 0, "Kreis-IT")
    choose_in_cell(qtbot, view, 0, 1, "kommunaler Dienstleister")
    type_into_cell(qtbot, type_text, view, 0, 2, "Betrieb der Fachverfahren")
    choose_in_cell(qtbot, view, 0, 3, "3 – stark")
    view.setCurrentIndex(view.model().index(0, 4))  # the core tasks need it
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "allein" in dependencies.summary.text())
    # -- 8 resources: the template's budget is committed by the council ----------------------
    resources = go_to(qtbot, window, "resources")
    budget = next(
        r
        for r in range(resources.editor.model.rowCount())
        if resources.editor.model.item_at(r).kind == "budget"
    )
    choose_in_cell(qtbot, resources.editor.view, budget, 4, "Gemeinderat")
    choose_in_cell(qtbot, resources.editor.view, budget, 5, "zugesagt")
    # -- 9 reconciliation: accept the first recommendation, review date, signatories ---------
    agreement = go_to(qtbot, window, "agreement")
    qtbot.waitUntil(lambda: bool(agreement.recommendations.cards))
    first = next(iter(agreement.recommendations.cards.values()))

    def accept(dialog):
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText(PEOPLE[0][0]))
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    answer_dialog(accept)
    click(qtbot, first.accept_button)
    click(qtbot, agreement.review_in_a_year)
    click(qtbot, agreement.signatories.take_over_button)
    return first.recommendation.id


def test_whole_workshop_through_the_widgets_then_reopened(
    qtbot, open_window, type_text, answer_dialog
):
    window = open_window()
    accepted = run_workshop(qtbot, window, type_text, answer_dialog)
    session_id = window.controller.session.id
    window.close()
    window.controller.close()

    second = open_window()
    assert second.start_page.table.model().index(0, 1).data() == "Neustadt an der Weiße"
    second.start_page.table.setFocus()
    qtbot.keyClick(second.start_page.table, Qt.Key.Key_Return)
    session = second.controller.session
    assert session.id == session_id
    # Reopens where the room stopped: step 9.
    assert second.session_view.current_page().key == "agreement"

    framing = second.framing_page
    assert framing.name_edit.text() == "Neustadt an der Weiße"
    assert framing.population_spin.value() == 8400
    assert framing.state_combo.currentText() == "Sachsen"
    assert framing.facilitator_edit.text() == "Moderation Süd"
    people = framing.participants.model
    assert [[people.index(r, c).data() for c in range(3)] for r in range(people.rowCount())] == [
        list(p) for p in PEOPLE
    ]
    assert session.template == "small_gemeinde" and session.tasks

    goals = go_to(qtbot, second, "goals")
    assert goals.editor.model.index(0, 0).data() == "Alle Bürgerdienste online"
    assert goals.editor.model.index(0, 1).data() == "hoch"

    expectations = go_to(qtbot, second, "expectations")
    council = expectations.card_for(StakeholderGroup.COUNCIL)
    assert council.slider.value() == 80
    assert len(session.expectations[0].tasks) == 1

    placement = go_to(qtbot, second, "placement")
    assert placement.placement_combo.currentText() == "Hauptamt / Zentralverwaltung"
    assert placement.reporting_edit.text() == "Hauptamtsleiterin"
    assert placement.share_spin.value() == 30

    budget = next(a for a in session.decision_areas if a.key == "digital_budget")
    assert sorted(budget.votes.values()) == [2, 3] and budget.agreed_level == 2

    task = next(t for t in session.tasks if t.raci)
    assert task.raci == {"cdo": RaciRole.ACCOUNTABLE, "it": RaciRole.RESPONSIBLE}

    dependencies = go_to(qtbot, second, "dependencies")
    row = [dependencies.editor.model.index(0, c).data() for c in range(4)]
    assert row == [
        "Kreis-IT",
        "kommunaler Dienstleister",
        "Betrieb der Fachverfahren",
        "3 – stark",
    ]
    assert session.dependencies[0].core and not session.dependencies[0].agreement_exists

    committed = next(r for r in session.resources if r.kind == "budget")
    assert (committed.committed_by, committed.status) == ("council", "committed")

    assert any(m.source_rule == accepted and m.owner == PEOPLE[0][0] for m in session.measures)
    assert session.agreement.review_date == date(
        session.workshop_date.year + 1, session.workshop_date.month, session.workshop_date.day
    )
    assert {s.name for s in session.agreement.signatories} >= {PEOPLE[0][0], PEOPLE[2][0]}
