"""What a screen reader reads: labels say what they show, headings are headings, cards and
charts have a role and a name, table cells say "not given" rather than a dash, and status
messages are announced."""

from __future__ import annotations

import pprint

import pytest
from a11y_support import owned_by_qt
from gui_support import show
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from cdo_workshop.ui import announce
from cdo_workshop.ui.accessible import plain_text
from cdo_workshop.ui.widgets.charts import ChartPanel
from cdo_workshop.ui.widgets.recommendations import RecommendationCard


def hidden_label_texts(window) -> dict[str, str]:
    """Labels whose accessible name replaces what they show (a reader would never read it)."""
    problems = {}
    for label in window.findChildren(QLabel):
        if owned_by_qt(label) or not label.accessibleName():
            continue
        if not label.pixmap().isNull() or not (label.text() or label.isVisible()):
            continue  # a picture (a QR code, also before it is drawn): its name says it
        if label.accessibleName() != plain_text(label):
            problems[label.objectName()] = (
                f"named {label.accessibleName()[:40]!r}, shows {plain_text(label)[:40]!r}"
            )
    return problems


def role(widget) -> QAccessible.Role:
    return QAccessible.queryAccessibleInterface(widget).role()


def name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def announced(monkeypatch) -> list[str]:
    """What the app hands to the screen reader as announcements."""
    said: list[str] = []
    monkeypatch.setattr(announce, "_send", lambda event: said.append(event.message()))
    return said


def test_every_step_is_read_as_it_shows(qtbot, sample_window):
    window = sample_window
    view = window.session_view
    problems: dict[str, object] = {}
    for row, page in enumerate(view.pages):
        view.step_by(0)
        view.next_button.setFocus() if row else view.navigator.setFocus()
        view.navigator.setCurrentRow(row)
        qtbot.waitUntil(page.isVisible)
        problems.update({f"{page.key} {k}": v for k, v in hidden_label_texts(window).items() if k})
        if role(page.heading) != QAccessible.Role.Heading:
            problems[f"{page.key} heading role"] = str(role(page.heading))
        if not name(page.heading).startswith(f"Schritt {row + 1} von 9: "):
            problems[f"{page.key} heading name"] = name(page.heading)
        if row and QApplication.focusWidget() is not page.heading:  # not from the navigator
            problems[f"{page.key} focus after the step change"] = str(QApplication.focusWidget())
    # Labels are named once per page and kind; keep one report per object name.
    assert problems == {}, pprint.pformat(problems, width=110)


def test_cards_charts_and_empty_cells_say_what_they_are(qtbot, sample_window):
    window = sample_window
    expectations = show(qtbot, window, "expectations")
    card = next(iter(expectations.cards.values()))
    assert role(card) == QAccessible.Role.Grouping
    assert name(card) == card.heading.text()
    not_given = [
        card.tasks_model.index(r, 1)
        for c in expectations.cards.values()
        for r in range(c.tasks_model.rowCount())
        if c.tasks_model.index(r, 1).data() == "—"
    ]
    assert not_given, "the sample has tasks without a priority"
    model = card.tasks_model
    dash = next(
        model.index(r, 1) for r in range(model.rowCount()) if model.index(r, 1).data() == "—"
    )
    assert dash.data(Qt.ItemDataRole.AccessibleTextRole) == "keine Angabe"

    decisions = show(qtbot, window, "decisions")
    header = decisions.board_model.headerData(0, Qt.Orientation.Vertical)
    spoken = decisions.board_model.headerData(
        0, Qt.Orientation.Vertical, Qt.ItemDataRole.AccessibleTextRole
    )
    area = decisions.board_model.area_at(0)
    assert header == "1" and spoken == f"1. {window.controller.title(area)}"

    agreement = show(qtbot, window, "agreement")
    qtbot.waitUntil(lambda: bool(agreement.findChildren(RecommendationCard)))
    recommendation = agreement.findChildren(RecommendationCard)[0]
    assert role(recommendation) == QAccessible.Role.Grouping and name(recommendation)
    charts = agreement.findChildren(ChartPanel)
    assert charts
    for panel in charts:
        for chart in panel.views:
            assert role(chart) == QAccessible.Role.Graphic
            assert name(chart) == panel.title.text()
            assert chart.accessibleDescription() == panel.summary.text() != ""


def test_votes_next_voter_agreements_and_raci_changes_are_announced(
    qtbot, sample_window, announced
):
    window = sample_window
    page = show(qtbot, window, "decisions")
    page.advance_box.setChecked(True)
    page.board.setFocus()
    first = page.board_model.area_at(0)
    level = next(x for x in range(1, first.max_level + 1) if x != first.agreed_level)
    page.board.setCurrentIndex(page.board_model.index(0, level))
    voter = page.voter_combo.currentText()
    qtbot.keyClick(page.board, Qt.Key.Key_0 + level)
    area = window.controller.title(first)
    assert announced[0] == f"{voter} hat für „{area}“ Stufe {level} gewählt."
    assert announced[1] == f"Nächste Person: {page.voter_combo.currentText()}"
    assert page.voter_combo.currentText() != voter
    announced.clear()
    qtbot.keyClick(page.board, Qt.Key.Key_Return)
    assert announced and announced[-1].startswith(f"Vereinbart für „{area}“: Stufe {level} (")

    raci = show(qtbot, window, "responsibilities")
    view = raci.view
    view.setFocus()
    model = view.model()
    cell = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(1, model.columnCount())
        if model.is_role_cell(model.index(r, c))
    )
    view.setCurrentIndex(cell)
    announced.clear()
    qtbot.keyClick(view, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: bool(announced))
    said = cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "C" in said and said in announced
    # the RACI check changed with it (one problem more or fewer), and says so
    assert raci.summary.text() in announced


def attributes(widget) -> dict:
    found = QAccessible.queryAccessibleInterface(widget).attributesInterface()
    assert found is not None, widget.objectName()
    return {key: found.attributeValue(key) for key in found.attributeKeys()}


def test_headings_say_their_level(qtbot, sample_window):
    window = sample_window
    page = show(qtbot, window, "agreement")
    assert attributes(page.heading) == {QAccessible.Attribute.Level: 1}
    assert attributes(page.measures_heading) == {QAccessible.Attribute.Level: 2}
    window.close_session()
    qtbot.waitUntil(window.start_page.isVisible)
    assert attributes(window.start_page.heading) == {QAccessible.Attribute.Level: 1}


def test_a_date_field_reads_the_date_it_shows_or_not_given(qtbot, sample_window):
    field = show(qtbot, sample_window, "agreement").review_edit
    reader = QAccessible.queryAccessibleInterface(field)
    assert field.text() == "15.10.2027"
    assert reader.text(QAccessible.Text.Value) == "15.10.2027"
    text = reader.textInterface()
    assert text.text(0, text.characterCount()) == "15.10.2027"
    assert reader.text(QAccessible.Text.Description) == "z. B. 30.09.2027"
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert sample_window.controller.session.agreement.review_date is None
    assert reader.text(QAccessible.Text.Value) == ""
    assert reader.text(QAccessible.Text.Description) == "keine Angabe; z. B. 30.09.2027"
