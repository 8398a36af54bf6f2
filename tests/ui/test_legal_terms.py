"""The Land chosen in step 1 changes the words and paragraphs on every page that shows them."""

from __future__ import annotations

import pytest
from gui_support import pick, row_of, show
from PySide6.QtCore import Qt

from cdo_workshop.domain.model import StakeholderGroup


@pytest.fixture
def window(sample_window):
    return sample_window


def choose_land(qtbot, page, name: str) -> None:
    pick(qtbot, page.state_combo, name)


def test_step_one_names_the_code_and_what_the_council_keeps(qtbot, window):
    framing = show(qtbot, window, "framing")
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
    choose_land(qtbot, show(qtbot, window, "framing"), "Hessen")
    expectations = show(qtbot, window, "expectations")
    council = expectations.card_for(StakeholderGroup.COUNCIL)
    assert council.heading.text() == "Stadtverordnetenversammlung"
    assert "Gemeinderat" not in [c.heading.text() for c in expectations.cards.values()]

    decisions = show(qtbot, window, "decisions")
    model = decisions.board_model
    row = row_of(decisions, "digital_budget")
    tip = model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert "Stadtverordnetenversammlung" in tip and "§ 51 HGO" in tip
    assert "GemO BW" not in tip and "Bayern" not in tip

    matrix = show(qtbot, window, "responsibilities").model
    column = matrix.column_of(StakeholderGroup.COUNCIL)
    header = matrix.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Stadtverordnetenversammlung"


def test_english_names_the_body_with_its_german_title(qtbot, window):
    framing = show(qtbot, window, "framing")
    window.actions_by_name["english"].trigger()
    try:
        qtbot.waitUntil(lambda: framing.legal_basis.text().startswith("Legal basis:"))
        assert "elected council (Gemeinderat)" in framing.legal_basis.text()
        expectations = show(qtbot, window, "expectations")
        card = expectations.card_for(StakeholderGroup.COUNCIL)
        qtbot.waitUntil(lambda: card.heading.text() == "Council (Gemeinderat)")
    finally:
        window.actions_by_name["german"].trigger()
