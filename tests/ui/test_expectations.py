"""Step 3, Erwartungen: cards per group, slider by keyboard and mouse, tasks, notes, undo."""

from __future__ import annotations

import pytest
from gui_support import saved
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QHBoxLayout, QScrollArea, QWidget

from cdo_workshop.domain.model import Priority, StakeholderGroup
from cdo_workshop.ui.steps.expectations import ExpectationsPage

COUNCIL = StakeholderGroup.COUNCIL


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


@pytest.fixture
def sample_page(qtbot, open_window):
    """The Musterstadt sample open, and step 3 shown at laptop size."""
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    page = ExpectationsPage(window.controller)
    page.load(window.controller.session)
    scroll = host(qtbot, window, page)
    return window, page, scroll


def expectation_of(session, group):
    return next(e for e in session.expectations if e.group == group)


def fully_visible(scroll: QScrollArea, widget: QWidget) -> bool:
    viewport = scroll.widget().parentWidget()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return QRect(QPoint(0, 0), viewport.size()).contains(QRect(top_left, widget.size()))


# -- tests -----------------------------------------------------------------------------------


def test_every_group_is_a_card_side_by_side(qtbot, sample_page):
    window, page, scroll = sample_page
    assert [c.heading.text() for c in page.cards.values()] == [
        "Bürgermeister/in",
        "Gemeinderat",
        "CDO / Digitalisierungsbeauftragte/r",
        "IT-Leitung",
        "Kämmerei",
        "Fachbereiche / Ämter",
    ]
    cards = list(page.cards.values())
    assert len({c.y() for c in cards}) == 1, "one row of cards"
    assert sum(fully_visible(page.scroll, c) for c in cards) >= 3
    council = page.card_for(COUNCIL)
    assert council.slider.value() == 80
    assert "80" in council.value_label.text()  # the number is shown as text
    model = council.tasks_model
    ticked = {
        model.rows[r][1]: model.index(r, 1).data()
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    }
    # Catalog titles in German, priorities as words; a task the session lacks is still shown.
    assert ticked["E-Akte, Dokumentenmanagement und digitale Signatur"] == "hoch"
    assert ticked["Smart-City-Projekte"] == "mittel"
    assert ticked["Digitale Bürgerbeteiligung und Kanäle"] == "niedrig"
    assert len(ticked) == 6
    assert council.notes_edit.toPlainText().startswith("Der Gemeinderat erwartet")


def test_slider_by_keyboard_saves_each_step_and_quick_steps_undo_together(
    qtbot, sample_page, db_path
):
    window, page, _ = sample_page
    controller = window.controller
    slider = page.card_for(COUNCIL).slider
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert slider.value() == 100
    assert "100" in page.card_for(COUNCIL).value_label.text()
    session_id = controller.session.id
    assert expectation_of(saved(db_path, session_id), COUNCIL).position == 100
    assert controller.undo_stack.count() == 1  # quick steps of one slider: one undo step

    controller.undo_stack.undo()
    assert slider.value() == 80
    assert expectation_of(saved(db_path, session_id), COUNCIL).position == 80
    controller.undo_stack.redo()
    assert slider.value() == 100


def test_slow_slider_steps_are_separate_undo_steps(qtbot, sample_page):
    window, page, _ = sample_page
    card = page.card_for(COUNCIL)
    [binding] = [b for b in card.bindings if b.widget is card.slider]
    binding.window = -1.0  # every step counts as "after a pause"
    slider = card.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    qtbot.keyClick(slider, Qt.Key.Key_PageDown)
    assert slider.value() == 65
    window.controller.undo_stack.undo()
    assert slider.value() == 75


def test_slider_drag_is_saved_once_on_release(qtbot, sample_page, db_path):
    window, page, _ = sample_page
    card = page.card_for(StakeholderGroup.IT)
    slider = card.slider
    y = slider.height() // 2
    handle_x = round(slider.width() * 0.30)
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=QPoint(handle_x, y))
    for x in range(handle_x, round(slider.width() * 0.7), 10):
        qtbot.mouseMove(slider, QPoint(x, y))
    assert slider.isSliderDown()
    dragged = slider.sliderPosition()
    assert dragged > 50
    assert str(dragged) in card.value_label.text()  # the number follows the drag
    assert expectation_of(window.controller.session, StakeholderGroup.IT).position == 30
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    assert (
        expectation_of(saved(db_path, window.controller.session.id), StakeholderGroup.IT).position
        == dragged
    )
    assert window.controller.undo_stack.count() == 1


def test_tick_a_task_and_set_its_priority_by_keyboard(qtbot, sample_page, db_path):
    window, page, _ = sample_page
    controller = window.controller
    card = page.card_for(StakeholderGroup.CDO)
    view, model = card.tasks_view, card.tasks_model
    row = next(r for r in range(model.rowCount()) if model.rows[r][0] == "it_interface")
    assert model.index(row, 1).data() == "—"
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(row, 1).data() == "mittel"
    cdo = expectation_of(saved(db_path, controller.session.id), StakeholderGroup.CDO)
    assert cdo.tasks[-1].task_key == "it_interface"
    assert cdo.tasks[-1].priority == Priority.MEDIUM

    view.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    editor = QApplication.focusWidget()
    assert editor.currentText() == "mittel"
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(row, 1).data() == "hoch")
    cdo = expectation_of(saved(db_path, controller.session.id), StakeholderGroup.CDO)
    assert cdo.tasks[-1].priority == Priority.HIGH

    controller.undo_stack.undo()
    assert model.index(row, 1).data() == "mittel"
    controller.undo_stack.undo()
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    cdo = expectation_of(saved(db_path, controller.session.id), StakeholderGroup.CDO)
    assert "it_interface" not in [t.task_key for t in cdo.tasks]


def test_untick_by_mouse(qtbot, sample_page):
    window, page, _ = sample_page
    card = page.card_for(StakeholderGroup.TREASURY)
    view, model = card.tasks_view, card.tasks_model
    row = next(r for r in range(model.rowCount()) if model.rows[r][0] == "funding_acquisition")
    view.scrollTo(model.index(row, 0))
    rect = view.visualRect(model.index(row, 0))
    # The check box sits at the left of the cell.
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x() + 12, rect.center().y())
    )
    treasury = expectation_of(window.controller.session, StakeholderGroup.TREASURY)
    assert "funding_acquisition" not in [t.task_key for t in treasury.tasks]


def test_notes_are_saved_as_typed_and_undone_in_one_step(qtbot, sample_page, type_text, db_path):
    window, page, _ = sample_page
    edit = page.card_for(StakeholderGroup.IT).notes_edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    type_text(edit, " Schnittstellen für Bürgerdienste zuerst.")
    session_id = window.controller.session.id
    it = expectation_of(saved(db_path, session_id), StakeholderGroup.IT)
    assert it.notes.endswith("bleiben. Schnittstellen für Bürgerdienste zuerst.")
    window.controller.undo_stack.undo()
    assert edit.toPlainText().endswith("sollen bei der IT bleiben.")
    assert expectation_of(saved(db_path, session_id), StakeholderGroup.IT).notes.endswith(
        "bleiben."
    )


def test_add_and_remove_a_group(qtbot, sample_page, db_path):
    window, page, _ = sample_page
    controller = window.controller
    combo = page.add_combo
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == [
        "Hauptamt / Personal",
        "Datenschutz / ISB",
        "Personalrat",
        "Moderation",
        "Weitere",
    ]
    combo.setFocus()
    combo.setCurrentIndex(combo.findText("Datenschutz / ISB"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    card = page.card_for(StakeholderGroup.DATA_PROTECTION)
    assert card is not None and card.heading.text() == "Datenschutz / ISB"
    assert card.slider.value() == 50
    assert card.slider.hasFocus()  # ready for the arrow keys
    assert "Datenschutz / ISB" not in [combo.itemText(i) for i in range(combo.count())]
    stored = saved(db_path, controller.session.id)
    assert [e.group for e in stored.expectations][-1] == StakeholderGroup.DATA_PROTECTION

    qtbot.keyClick(card.slider, Qt.Key.Key_Home)
    assert expectation_of(controller.session, StakeholderGroup.DATA_PROTECTION).position == 0

    council_id = page.card_for(COUNCIL).expectation_id
    qtbot.mouseClick(page.card_for(COUNCIL).remove_button, Qt.MouseButton.LeftButton)
    assert page.card_for(COUNCIL) is None
    assert "Gemeinderat" in [combo.itemText(i) for i in range(combo.count())]
    assert COUNCIL not in [e.group for e in saved(db_path, controller.session.id).expectations]

    controller.undo_stack.undo()
    restored = page.card_for(COUNCIL)
    assert restored is not None and restored.expectation_id == council_id
    assert list(page.cards.values()).index(restored) == 1  # back in its place
    assert restored.slider.value() == 80
    assert expectation_of(saved(db_path, controller.session.id), COUNCIL).position == 80


def test_page_is_complete_with_one_expectation(qtbot, open_window):
    window = open_window()
    window.new_session()
    page = ExpectationsPage(window.controller)
    qtbot.addWidget(page)
    page.show()  # a page not on screen loads when it is shown
    page.load(window.controller.session)
    assert not page.is_complete()
    assert not page.empty_hint.isHidden()
    with qtbot.waitSignal(page.completeChanged) as signal:
        page.add_group()
    assert signal.args == [True]
    assert page.empty_hint.isHidden()
    assert len(page.cards) == 1


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshot(qtbot, open_window, screenshot, size):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    page = ExpectationsPage(window.controller)
    page.load(window.controller.session)
    scroll = host(qtbot, window, page, size)
    cards = list(page.cards.values())
    visible = sum(fully_visible(page.scroll, c) for c in cards)
    assert visible >= (3 if size[0] == 1366 else 4)
    for card in cards:
        # Nothing cut off at the bottom of a card.
        assert card.notes_edit.geometry().bottom() <= card.contentsRect().bottom()
    screenshot(scroll, f"expectations-{size[0]}x{size[1]}")


def test_language_switch_relabels_the_cards(qtbot, sample_page):
    window, page, _ = sample_page
    translator = window.controller.translator
    try:
        translator.switch("en")
        council = page.card_for(COUNCIL)
        qtbot.waitUntil(lambda: council.heading.text() == "Council (Gemeinderat)")
        assert "Delivery / problem solving" in council.value_label.text()
        assert page.add_combo.itemText(0) == "Central administration / HR"
    finally:
        translator.switch("de")
    qtbot.waitUntil(lambda: page.card_for(COUNCIL).heading.text() == "Gemeinderat")
