"""Step 9, Abgleich & Vereinbarung: the analysis on screen, decisions, agreement, follow-up."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from gui_support import saved
from layout_support import clipped_texts, settle
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from cdo_workshop.domain.analysis import analyse
from cdo_workshop.domain.edits import Collection, item_field
from cdo_workshop.domain.followup import start_follow_up
from cdo_workshop.domain.model import MeasureStatus, StakeholderGroup
from cdo_workshop.ui.steps.agreement import AgreementPage

COUNCIL_GAP = "expectation_exceeds_room:council"

# -- showing the page as the session view will (it is registered there separately) -------


def step_area_size(qtbot, window, size: tuple[int, int]) -> QSize:
    window.resize(*size)
    stack = window.session_view.stack
    qtbot.waitUntil(lambda: window.width() == size[0] and stack.isVisible())
    return stack.size()


def host(qtbot, window, page: QWidget, size: tuple[int, int] = (1366, 768)) -> QScrollArea:
    """A scroll area like the session view's around `page`, as large as its step area."""
    area = step_area_size(qtbot, window, size)
    holder = QWidget()
    QHBoxLayout(holder).addWidget(page, 1)
    page.setMaximumWidth(1400)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(holder)
    scroll.setStyleSheet(window.styleSheet())
    qtbot.addWidget(scroll)
    scroll.resize(area)
    with qtbot.waitExposed(scroll):
        scroll.show()
    return scroll


def open_page(qtbot, window, export_hook=None, size=(1366, 768)):
    page = AgreementPage(window.controller, export_hook)
    page.load(window.controller.session)
    scroll = host(qtbot, window, page, size)
    return page, scroll


@pytest.fixture
def sample_window(open_window):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    return window


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def render(window, message) -> str:
    return window.controller.translator.render(message)


INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets without objectName or accessible name (not Qt's own parts)."""

    def qt_part(widget: QWidget) -> bool:
        if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
            return True
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)):
                return True
            parent = parent.parentWidget()
        return False

    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not qt_part(w)
        and not (w.objectName() and w.accessibleName())
    ]


clipped = clipped_texts


def in_view(scroll: QScrollArea, widget: QWidget) -> bool:
    top_left = widget.mapTo(scroll.viewport(), QPoint(0, 0))
    return QRect(QPoint(0, 0), scroll.viewport().size()).intersects(QRect(top_left, widget.size()))


# -- the analysis ---------------------------------------------------------------------------


def test_role_type_scores_and_gaps_are_shown_with_their_explanations(qtbot, sample_window):
    window = sample_window
    page, _ = open_page(qtbot, window)
    expected = analyse(window.controller.session, window.controller.catalog)
    summary = page.summary
    assert "Gestaltung" in summary.role_type.text()  # the role type in words
    assert summary.role_reason.text() == render(window, expected.role_type_reason.explanation)
    assert summary.role_reason.text().startswith("Gestaltung: Der Gestaltungsspielraum")
    for key, score in (
        ("mandate", expected.mandate),
        ("resources", expected.resources),
        ("dependency_load", expected.dependency_load),
        ("room", expected.room),
    ):
        tile = summary.tiles[key]
        assert str(round(score.value)) in tile.value.text()
        assert tile.explanation.text() == render(window, score.explanation)
    assert summary.tiles["mandate"].explanation.text().startswith("Mandat 39 von 100")
    rows = table_rows(summary.gap_table)
    assert [r[:4] for r in rows] == [
        ["Bürgermeister/in", "60", "57", "+3"],
        ["Gemeinderat", "80", "57", "+23"],
        ["CDO / Digitalisierungsbeauftragte/r", "55", "57", "\u22122"],
        ["IT-Leitung", "30", "57", "\u221227"],
        ["Kämmerei", "45", "57", "\u221212"],
        ["Fachbereiche / Ämter", "65", "57", "+8"],
    ]
    # The size of a gap is said in words, the same word for the same size.
    assert rows[0][4] == rows[2][4] == rows[4][4] != rows[1][4]
    assert all(rows[r][4] for r in range(len(rows)))


def test_qtcharts_loads_only_when_the_page_is_first_shown(tmp_path):
    code = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cdo_workshop.i18n import Translator
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.main_window import MainWindow
from cdo_workshop.ui.steps.agreement import AgreementPage
controller = SessionController(lambda: None, Translator("de"))
page = AgreementPage(controller)
assert "PySide6.QtCharts" not in sys.modules, "imported before the page is shown"
page.show()
app.processEvents()
assert "PySide6.QtCharts" in sys.modules
assert page.expectation_chart is not None
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_charts_show_the_analysis_numbers_with_a_text_alternative(qtbot, sample_window):
    window = sample_window
    page, _ = open_page(qtbot, window)
    analysis = page.analysis
    # Expectation per group against the room (bars top to bottom = step 3's order).
    chart = page.expectation_chart
    bars = chart.view.chart().series()[0].barSets()[0]
    values = [bars.at(i) for i in range(bars.count())]
    assert values[::-1] == [60, 80, 55, 30, 45, 65]
    room_line = chart.view.chart().series()[1]
    assert room_line.at(0).x() == pytest.approx(analysis.room.value)
    assert "Gemeinderat" in chart.summary.text()
    assert "80" in chart.summary.text() and "57" in chart.summary.text()
    assert chart.view.accessibleDescription() == chart.summary.text()
    # Resources against what the tasks need, German number formats.
    resources = page.resource_chart
    assert "1,25" in resources.summary.text() and "1,80" in resources.summary.text()
    budget = resources.summary.text().replace("\xa0", " ")  # no line break before the €
    assert "213.000 €" in budget and "62.688 €" in budget
    assert resources.fte_view.accessibleDescription() == resources.summary.text()
    # Vote spread per decision area with the agreed level.
    spread = page.spread_chart
    assert spread.summary.text().count("\n") == len(analysis.spreads) - 1
    assert "Weisungsrecht in Digitalfragen" in spread.summary.text()
    markers = spread.view.chart().series()[1]
    agreed = [a.agreed_level for a in window.controller.session.decision_areas if a.votes]
    assert markers.count() == sum(1 for level in agreed if level is not None)


def test_an_edit_elsewhere_updates_the_analysis_after_a_short_pause(qtbot, sample_window):
    window = sample_window
    controller = window.controller
    page, _ = open_page(qtbot, window)
    council = next(
        e for e in controller.session.expectations if e.group == StakeholderGroup.COUNCIL
    )
    controller.set(item_field(Collection.EXPECTATIONS, council.id, "position"), 40)
    qtbot.waitUntil(lambda: table_rows(page.summary.gap_table)[1][1:4] == ["40", "57", "\u221217"])
    assert COUNCIL_GAP not in page.recommendations.cards

    page.hide()  # another step is shown: no analysis until the page comes back
    controller.undo_stack.undo()
    qtbot.wait(page.timer.interval() + 50)
    assert table_rows(page.summary.gap_table)[1][1] == "40"
    page.show()
    assert table_rows(page.summary.gap_table)[1][1] == "80"
    assert COUNCIL_GAP in page.recommendations.cards


# -- decisions on recommendations -------------------------------------------------------------


def test_accepting_a_recommendation_creates_a_measure(qtbot, sample_window, answer_dialog, db_path):
    window = sample_window
    controller = window.controller
    page, _ = open_page(qtbot, window)
    card = page.recommendations.cards[COUNCIL_GAP]
    assert card.accept_button.isVisible() and not card.reopen_button.isVisible()
    options = [render(window, o) for o in card.recommendation.options]
    count = len(controller.session.measures)

    def fill(dialog) -> None:
        assert dialog.what_edit.toPlainText() == options[0]
        dialog.option_combo.setFocus()
        qtbot.keyClick(dialog.option_combo, Qt.Key.Key_Down)  # the second option
        qtbot.keyClick(dialog.option_combo, Qt.Key.Key_Return)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no owner yet
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Jürgen Böhm"))
        dialog.due_edit.selectAll()
        qtbot.keyClicks(dialog.due_edit, "31.3.27")  # the German short form
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer_dialog(fill)
    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)

    measures = controller.session.measures
    assert len(measures) == count + 1
    measure = measures[-1]
    assert measure.what == options[1] == "Der Rolle mehr Personal, Zeit oder Budget zusagen"
    assert (measure.owner, measure.due, measure.status) == (
        "Jürgen Böhm",
        date(2027, 3, 31),
        MeasureStatus.OPEN,
    )
    assert measure.source_rule == COUNCIL_GAP
    stored = saved(db_path, controller.session.id).measures[-1]
    assert (stored.what, stored.source_rule) == (measure.what, COUNCIL_GAP)
    # The card shows the decision (the measure's own words) and offers to reconsider.
    assert options[1] in card.decision.text() and "Jürgen Böhm" in card.decision.text()
    assert not card.accept_button.isVisible() and card.reopen_button.isVisible()
    # The keyboard stays on the card (offscreen Qt activates no window after a dialog).
    qtbot.waitUntil(lambda: page.window().focusWidget() is card.reopen_button)
    # The measures table lists it.
    model = page.measures.model
    assert model.index(model.rowCount() - 1, 0).data() == options[1]
    assert model.index(model.rowCount() - 1, 3).data() == "offen"

    controller.undo_stack.undo()
    assert len(controller.session.measures) == count
    assert card.accept_button.isVisible()
    assert len(saved(db_path, controller.session.id).measures) == count
    controller.undo_stack.redo()
    assert controller.session.measures[-1].source_rule == COUNCIL_GAP
    assert card.reopen_button.isVisible()


def test_cancelling_the_dialog_creates_nothing(qtbot, sample_window, answer_dialog):
    window = sample_window
    page, _ = open_page(qtbot, window)
    count = len(window.controller.session.measures)
    card = page.recommendations.cards[COUNCIL_GAP]
    answer_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    assert len(window.controller.session.measures) == count
    assert window.controller.undo_stack.count() == 0


def test_rejected_recommendation_is_kept_as_a_dropped_measure(qtbot, sample_window, db_path):
    window = sample_window
    controller = window.controller
    page, _ = open_page(qtbot, window)
    high = [c for c in page.recommendations.cards.values() if c.recommendation.severity == "high"]
    # the CDO accountable for the portfolio, the IT dependency without an agreement
    assert len(high) == 2
    first, card = high
    qtbot.mouseClick(first.reject_button, Qt.MouseButton.LeftButton)
    assert not page.is_complete()  # a high-severity recommendation is still open
    with qtbot.waitSignal(page.completeChanged, check_params_cb=lambda done: done):
        qtbot.mouseClick(card.reject_button, Qt.MouseButton.LeftButton)
    measure = controller.session.measures[-1]
    assert measure.status == MeasureStatus.DROPPED
    assert measure.source_rule == card.recommendation.id
    assert measure.what == render(window, card.recommendation.message)
    assert measure.what.startswith("Die Rolle hängt von der Stelle „IT-Abteilung“ ab")
    model = page.measures.model
    assert model.index(model.rowCount() - 1, 3).data() == "verworfen"
    assert saved(db_path, controller.session.id).measures[-1].status == MeasureStatus.DROPPED
    assert page.is_complete()

    # Reconsider: the measure goes, the choice is open again.
    qtbot.keyClick(card.reopen_button, Qt.Key.Key_Space)
    assert card.recommendation.id not in [m.source_rule for m in controller.session.measures]
    assert card.accept_button.isVisible()
    qtbot.waitUntil(card.accept_button.hasFocus)
    assert not page.is_complete()


def test_decisions_are_there_after_reopening(qtbot, open_window, db_path):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    page, _ = open_page(qtbot, window)
    card = page.recommendations.cards[COUNCIL_GAP]
    qtbot.mouseClick(card.reject_button, Qt.MouseButton.LeftButton)
    session_id = window.controller.session.id
    window.close()
    window.controller.close()

    second = open_window()
    second.open_session(session_id)
    again, _ = open_page(qtbot, second)
    card = again.recommendations.cards[COUNCIL_GAP]
    assert card.reopen_button.isVisible() and not card.accept_button.isVisible()
    assert card.decision.isVisible()


# -- the agreement -----------------------------------------------------------------------------


def test_review_date_by_keyboard_and_button(qtbot, sample_window, db_path):
    window = sample_window
    controller = window.controller
    page, _ = open_page(qtbot, window)
    edit = page.review_edit
    assert edit.date() == date(2027, 10, 15) and edit.text() == "15.10.2027"
    page.jump_to("agreement")
    assert edit.hasFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "30.09.2027")  # the way Germans type it (Qt's own edit saved 30.03.)
    assert controller.session.agreement.review_date == date(2027, 9, 30)
    assert saved(db_path, controller.session.id).agreement.review_date == date(2027, 9, 30)
    controller.undo_stack.undo()  # typing into the date is one step
    assert edit.date() == date(2027, 10, 15) and edit.text() == "15.10.2027"

    workshop = controller.session.workshop_date
    qtbot.mouseClick(page.review_in_a_year, Qt.MouseButton.LeftButton)
    assert controller.session.agreement.review_date == date(
        workshop.year + 1, workshop.month, workshop.day
    )


def test_signatories_from_participants_and_edited_in_place(
    qtbot, sample_window, type_text, db_path
):
    window = sample_window
    controller = window.controller
    page, _ = open_page(qtbot, window)
    editor = page.signatories
    before = [s.name for s in controller.session.agreement.signatories]
    assert editor.take_over_button.isEnabled()
    qtbot.mouseClick(editor.take_over_button, Qt.MouseButton.LeftButton)
    names = [s.name for s in controller.session.agreement.signatories]
    # The council members who are not signatories yet; mayor, CDO and Böhm already are.
    assert names == before + ["Özlem Yıldız-Kraus", "Hans-Peter Größle"]
    added = controller.session.agreement.signatories[-1]
    assert (added.group, added.function, added.place) == (
        StakeholderGroup.COUNCIL,
        "Stadtrat, Fraktion Freie Wähler",
        "Musterstadt",
    )
    assert not editor.take_over_button.isEnabled()  # nobody left to take over
    stored = saved(db_path, controller.session.id).agreement.signatories
    assert [s.name for s in stored] == names

    # Correct a name in the table by keyboard.
    view, model = editor.view, editor.model
    view.setFocus()
    view.setCurrentIndex(model.index(len(names) - 1, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    line = QApplication.focusWidget()
    line.selectAll()
    type_text(line, "Hans-Peter Größle-Maier")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Qt commits the editor's text queued
    qtbot.waitUntil(
        lambda: controller.session.agreement.signatories[-1].name == "Hans-Peter Größle-Maier"
    )
    assert model.index(len(names) - 1, 0).data() == "Hans-Peter Größle-Maier"

    controller.undo_stack.undo()  # the name edit alone
    assert [s.name for s in controller.session.agreement.signatories] == names
    controller.undo_stack.undo()  # the take-over
    assert [s.name for s in controller.session.agreement.signatories] == before
    assert [s.name for s in saved(db_path, controller.session.id).agreement.signatories] == before
    assert model.rowCount() == len(before)


def test_add_and_remove_a_signatory(qtbot, sample_window):
    window = sample_window
    controller = window.controller
    page, _ = open_page(qtbot, window)
    editor = page.signatories
    count = len(controller.session.agreement.signatories)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(controller.session.agreement.signatories) == count + 1
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Dr. Anna Berg")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    row = editor.view.currentIndex().row()
    qtbot.waitUntil(lambda: controller.session.agreement.signatories[row].name == "Dr. Anna Berg")
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "Dr. Anna Berg" not in [s.name for s in controller.session.agreement.signatories]
    assert len(controller.session.agreement.signatories) == count


def test_complete_needs_review_date_signatories_and_high_decisions(qtbot, open_window):
    window = open_window()
    window.new_session()
    page, _ = open_page(qtbot, window)
    assert not page.is_complete()
    assert page.recommendations.open_high() == 0
    page.review_in_a_year.click()
    assert not page.is_complete()  # nobody to sign yet
    page.signatories.add()
    assert page.is_complete()


# -- follow-up and the hand-off ------------------------------------------------------------------


def test_follow_up_shows_what_changed(qtbot, open_window):
    window = open_window()
    window.load_sample()
    previous_id = window.start_page.selected_id()
    controller = window.controller
    previous = controller.repository.load(previous_id)
    follow_up = start_follow_up(previous, "Folgeworkshop 2027", date(2027, 10, 15))
    council = next(e for e in follow_up.expectations if e.group == StakeholderGroup.COUNCIL)
    council.position = 60
    area = next(a for a in follow_up.decision_areas if a.title == "Weisungsrecht in Digitalfragen")
    area.agreed_level = 5
    controller.repository.add(follow_up)
    window.open_session(follow_up.id)
    page, _ = open_page(qtbot, window)

    assert page.follow_up.isVisible()
    rows = table_rows(page.follow_up.table)
    assert ["80", "60", "\u221220"] in [r[1:] for r in rows if "Gemeinderat" in r[0]]
    level = next(r for r in rows if "Weisungsrecht in Digitalfragen" in r[0])
    assert level[1:3] == ["—", "5"]
    assert len(rows) < 20  # only what changed, not every area and group
    assert "Folgeworkshop" not in page.follow_up.subtitle.text()
    assert previous.display_title() in page.follow_up.subtitle.text()


def test_no_follow_up_section_without_a_previous_session(qtbot, open_window):
    window = open_window()
    window.load_sample()
    controller = window.controller
    previous = controller.repository.load(window.start_page.selected_id())
    orphan = start_follow_up(previous, "Ohne Vorgänger", date(2027, 10, 15))
    orphan.follow_up_of = "deleted-meanwhile"
    controller.repository.add(orphan)
    window.open_session(orphan.id)
    page, _ = open_page(qtbot, window)
    assert not page.follow_up.isVisible()
    assert page.summary.isVisible()


def test_export_hand_off_only_with_a_hook(qtbot, sample_window):
    window = sample_window
    page, _ = open_page(qtbot, window)
    assert not page.export_section.isVisible()
    calls = []
    page.set_export_hook(lambda: calls.append(True))
    assert page.export_button.isVisible()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert calls == [True]
    page.set_export_hook(None)
    assert not page.export_section.isVisible()


def test_jump_buttons_scroll_to_each_part(qtbot, sample_window):
    window = sample_window
    page, scroll = open_page(qtbot, window)
    assert not in_view(scroll, page.signatories)
    qtbot.mouseClick(page.jumps["agreement"][0], Qt.MouseButton.LeftButton)
    assert in_view(scroll, page.review_edit) and page.review_edit.hasFocus()
    qtbot.mouseClick(page.jumps["recommendations"][0], Qt.MouseButton.LeftButton)
    first = next(iter(page.recommendations.cards.values()))
    assert in_view(scroll, first)


def test_every_control_has_a_name(qtbot, sample_window):
    page, _ = open_page(qtbot, sample_window, export_hook=lambda: None)
    assert unnamed(page) == []


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots(qtbot, sample_window, screenshot, size):
    window = sample_window
    page, scroll = open_page(qtbot, window, export_hook=lambda: None, size=size)
    tag = f"{size[0]}x{size[1]}"
    settle(qtbot, lambda: not clipped(page))  # the cards' wrapped texts get their height
    assert clipped(page) == []
    screenshot(scroll, f"agreement-analysis-{tag}")
    for part in ("charts", "recommendations", "agreement"):
        page.jump_to(part)
        qtbot.wait(10)
        screenshot(scroll, f"agreement-{part}-{tag}")


def test_language_switch_renders_the_analysis_anew(qtbot, sample_window):
    window = sample_window
    page, _ = open_page(qtbot, window)
    translator = window.controller.translator
    try:
        translator.switch("en")
        qtbot.waitUntil(lambda: "Shaping" in page.summary.role_type.text())
        assert page.summary.tiles["mandate"].explanation.text().startswith("Mandate 39 of 100")
        assert table_rows(page.summary.gap_table)[1][0] == "Council (Gemeinderat)"
        card = page.recommendations.cards[COUNCIL_GAP]
        assert card.message.text().startswith("Council (Gemeinderat) expects 80")
        assert "Council (Gemeinderat)" in page.expectation_chart.summary.text()
    finally:
        translator.switch("de")
    qtbot.waitUntil(lambda: "Gestaltung" in page.summary.role_type.text())


def test_the_mandate_shows_its_calculation_on_request(qtbot, sample_window):
    page, _ = open_page(qtbot, sample_window)
    tile = page.summary.tiles["mandate"]
    assert not tile.detail.isVisible()
    tile.detail_button.setFocus()
    qtbot.keyClick(tile.detail_button, Qt.Key.Key_Space)
    qtbot.waitUntil(tile.detail.isVisible)
    text = tile.detail.text()
    assert text.startswith("Rechenweg: 100 × Σ Gewicht × (Stufe − 1) ÷ (6 × Σ Gewicht)")
    assert "= 100 × 104 ÷ (6 × 44) = 39,4" in text
    assert "Digitalbudget beschließen (Haushaltsansatz) 3 × 2" in text
    assert "Weisungsrecht in Digitalfragen 3 × 3 (Median)" in text
    assert tile.detail_button.text() == "Rechenweg ausblenden"
    # the tiles without a step-by-step calculation offer none
    assert not page.summary.tiles["room"].detail_button.isVisible()
