"""What the facilitator sees of the law: reserved areas stay with their owner on the board,
a placement outside the administration lowers what can be agreed, an upgrade is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gui_support import row_of, show
from PySide6.QtCore import Qt

from cdo_workshop.ui.widgets.delegation_board import BLOCKED_ROLE

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def window(sample_window):
    return sample_window


def test_a_reserved_area_says_who_decides_and_that_the_role_advises(qtbot, window):
    page = show(qtbot, window, "decisions")
    model = page.board_model
    budget = row_of(page, "digital_budget")
    title = model.index(budget, 0).data()
    assert title == "Digitalbudget beschließen (Haushaltsansatz)\n\u00a7 entscheidet: Gemeinderat"
    tip = model.index(budget, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert "Vorbehalten (zuständig: Gemeinderat): Die Rolle bereitet vor und berät" in tip
    # The part the role can hold is open up to level 7.
    managing = row_of(page, "budget_management")
    assert not model.index(managing, 7).data(BLOCKED_ROLE)
    assert "entscheidet" not in model.index(managing, 0).data()
    assert "bleiben bei Vertretung oder Verwaltungsspitze" in page.summary.text()


def test_a_company_placement_lowers_the_board_and_takes_back_what_is_unlawful(qtbot, window):
    session = window.controller.session
    placement = show(qtbot, window, "placement")
    combo = placement.placement_combo
    combo.setFocus()
    target = combo.findData("municipal_company")
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    # The arrow keys choose as the user goes: the budget she manages at level 5 is taken back.
    qtbot.waitUntil(lambda: session.placement.placement == "municipal_company")
    assert "Rechtlich höchstens" in placement.law.text()
    assert "Weisungsrecht in Digitalfragen 3" in placement.law.text()
    assert "Beschlossenes Digitalbudget bewirtschaften (vereinbart 5, jetzt höchstens 3)" in (
        placement.law.text()
    )
    managing = next(a for a in session.decision_areas if a.key == "budget_management")
    assert (managing.max_level, managing.agreed_level) == (3, None)
    assert "Die eigene Steuerung des Unternehmens steht in Schritt 5 auf dem Board" in (
        placement.law.text()
    )

    decisions = show(qtbot, window, "decisions")
    running = row_of(decisions, "company_management")  # the company's own business
    assert (
        decisions.board_model.index(running, 0)
        .data()
        .startswith("Laufende Geschäfte des Unternehmens")
    )
    assert not decisions.board_model.index(running, 7).data(BLOCKED_ROLE)
    model = decisions.board_model
    instruct = row_of(decisions, "instruction_rights")
    assert model.index(instruct, 4).data(BLOCKED_ROLE) is True
    assert model.index(instruct, 4).data().endswith("\u00a7 unzulässig")  # votes stay
    tip = model.index(instruct, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "Mit dieser Einordnung rechtlich bis Stufe 3" in tip

    # Undo (one step per choice) brings the staff unit and the agreed 5 back.
    while session.placement.placement != "staff_unit":
        window.actions_by_name["undo"].trigger()
    managing = next(a for a in session.decision_areas if a.key == "budget_management")
    assert (managing.max_level, managing.agreed_level) == (7, 5)
    assert "company_management" not in [a.key for a in session.decision_areas]


def test_an_imported_old_session_shows_what_the_upgrade_assumed(qtbot, window, tmp_path):
    from cdo_workshop.domain.session_file import loads

    raw = json.loads((DATA / "musterstadt-method1.json").read_text(encoding="utf-8"))
    raw["session"]["id"] = "5f0c6a56-5d7a-4d59-9c8f-2f1f0f6d6a11"
    session = loads(json.dumps(raw))
    window.controller.repository.add(session)
    window.close_session()
    window.open_session(session.id)
    banner = window.session_view.upgrade_banner
    qtbot.waitUntil(banner.isVisible)
    assert "früheren Fassung der Methode" in banner.text.text()
    assert "„Eingruppierung der CDO-Stelle“ ist kein Entscheidungsbereich mehr" in (
        banner.text.text()
    )
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert window.controller.session.upgrade_notes == []
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(banner.isVisible)


def test_the_main_statutes_threshold_typed_in_step_one_appears_in_the_law(qtbot, window, db_path):
    framing = show(qtbot, window, "framing")
    spin = framing.threshold_spin
    spin.setFocus()
    qtbot.waitUntil(lambda: spin.lineEdit().hasSelectedText())  # "not given" is selected
    qtbot.keyClicks(spin, "50000")
    assert window.controller.session.municipality.procurement_threshold == 50_000
    decisions = show(qtbot, window, "decisions")
    tip = decisions.board_model.index(row_of(decisions, "procurement_major"), 5).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Über der Wertgrenze der Hauptsatzung (50.000\u00a0€) entscheidet die Vertretung" in tip
    assert "(Gemeinderat)" in tip


def test_after_an_undo_step_four_no_longer_says_what_was_taken_back(qtbot, window):
    from gui_support import pick

    session = window.controller.session
    placement = show(qtbot, window, "placement")
    pick(qtbot, placement.placement_combo, "Extern / Ehrenamt")
    qtbot.waitUntil(lambda: "zurückgenommen" in placement.law.text())
    while session.placement.placement != "staff_unit":
        window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: "zurückgenommen" not in placement.law.text())
    assert placement.law.text().startswith("Innerhalb der Verwaltung")


def test_leaving_the_company_says_which_voted_areas_go_and_undo_brings_them_back(
    qtbot, window, db_path
):
    from gui_support import saved

    from cdo_workshop.domain.operations import vote

    session = window.controller.session
    placement = show(qtbot, window, "placement")
    combo = placement.placement_combo
    combo.setFocus()

    def choose(key):
        target = combo.findData(key)
        while combo.currentIndex() != target:
            step = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
            qtbot.keyClick(combo, step)
        qtbot.waitUntil(lambda: session.placement.placement == key)

    choose("municipal_company")
    running = next(a for a in session.decision_areas if a.key == "company_management")
    window.controller.record(vote(running, session.participants[0].id, 6))
    choose("staff_unit")
    assert (
        "Mit dieser Verortung entfernt, samt Stimmen (Rückgängig holt sie zurück): Laufende"
        " Geschäfte des Unternehmens" in placement.law.text()
    )
    assert "company_management" not in [a.key for a in saved(db_path, session.id).decision_areas]
    while session.placement.placement != "municipal_company":  # one undo step per choice
        window.actions_by_name["undo"].trigger()
    back = next(a for a in session.decision_areas if a.key == "company_management")
    assert back.votes == {session.participants[0].id: 6}
