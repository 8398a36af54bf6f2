"""The Land chosen in step 1 changes the words and paragraphs on every page that shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cdo_workshop.domain.model import StakeholderGroup
from cdo_workshop.ui.steps.decisions import DecisionsPage
from cdo_workshop.ui.steps.expectations import ExpectationsPage
from cdo_workshop.ui.steps.framing import FramingPage
from cdo_workshop.ui.steps.responsibilities import ResponsibilitiesPage


@pytest.fixture
def window(open_window):
    window = open_window()
    window.load_sample()  # Musterstadt, a Stadt in Baden-Württemberg
    window.open_session(window.start_page.selected_id())
    return window


def show(qtbot, window, kind):
    view = window.session_view
    page = next(p for p in view.pages if isinstance(p, kind))
    view.navigator.setCurrentRow(view.pages.index(page))
    qtbot.waitUntil(page.isVisible)
    return page


def choose_land(qtbot, page: FramingPage, name: str) -> None:
    """Pick a Land with the arrow keys, as a user would in the closed combo box."""
    combo = page.state_combo
    combo.setFocus()
    target = combo.findText(name)
    assert target >= 0, name
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_step_one_names_the_code_and_what_the_council_keeps(qtbot, window):
    framing = show(qtbot, window, FramingPage)
    assert framing.legal_basis.text() == (
        "Rechtsgrundlage: Gemeindeordnung für Baden-Württemberg (GemO BW). Nicht übertragbare"
        " Aufgaben der gewählten Vertretung (Gemeinderat): § 39 Abs. 2 GemO BW."
    )
    choose_land(qtbot, framing, "Hessen")
    qtbot.waitUntil(lambda: "§ 51 HGO" in framing.legal_basis.text())
    assert "Stadtverordnetenversammlung" in framing.legal_basis.text()
    assert window.controller.session.municipality.state == "HE"
    choose_land(qtbot, framing, "Thüringen")
    qtbot.waitUntil(lambda: "ThürKO" in framing.legal_basis.text())
    assert "(Fundstelle nicht geprüft)" in framing.legal_basis.text()
    choose_land(qtbot, framing, "Hamburg")
    qtbot.waitUntil(lambda: "Stadtstaat" in framing.legal_basis.text())
    choose_land(qtbot, framing, "keine Angabe")
    qtbot.waitUntil(lambda: framing.legal_basis.text().startswith("Kein Land gewählt"))


def test_hessen_terms_on_the_cards_the_board_and_the_matrix(qtbot, window):
    choose_land(qtbot, show(qtbot, window, FramingPage), "Hessen")
    expectations = show(qtbot, window, ExpectationsPage)
    council = expectations.card_for(StakeholderGroup.COUNCIL)
    assert council.heading.text() == "Stadtverordnetenversammlung"
    assert "Gemeinderat" not in [c.heading.text() for c in expectations.cards.values()]

    decisions = show(qtbot, window, DecisionsPage)
    model = decisions.board_model
    row = next(i for i, a in enumerate(model.areas()) if a.key == "digital_budget")
    tip = model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert "Stadtverordnetenversammlung" in tip and "§ 51 HGO" in tip
    assert "GemO BW" not in tip and "Bayern" not in tip

    matrix = show(qtbot, window, ResponsibilitiesPage).model
    column = matrix.column_of(StakeholderGroup.COUNCIL)
    header = matrix.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Stadtverordnetenversammlung"


def test_english_names_the_body_with_its_german_title(qtbot, window):
    framing = show(qtbot, window, FramingPage)
    window.actions_by_name["english"].trigger()
    try:
        qtbot.waitUntil(lambda: framing.legal_basis.text().startswith("Legal basis:"))
        assert "elected council (Gemeinderat)" in framing.legal_basis.text()
        expectations = show(qtbot, window, ExpectationsPage)
        card = expectations.card_for(StakeholderGroup.COUNCIL)
        qtbot.waitUntil(lambda: card.heading.text() == "Council (Gemeinderat)")
    finally:
        window.actions_by_name["german"].trigger()
