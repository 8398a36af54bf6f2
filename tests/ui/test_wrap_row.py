"""Rows of controls that wrap: at 1280 px with the notes panel open, steps 5 and 9 fit the
window's width instead of scrolling sideways (issue 15)."""

from __future__ import annotations

import pytest
from gui_support import in_language, show
from layout_support import actions_off_screen, sideways_scroll
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cdo_workshop.ui.widgets.wrap_row import WrapRow


def buttons(*texts: str) -> QHBoxLayout:
    row = QHBoxLayout()
    for text in texts:
        row.addWidget(QPushButton(text))
    return row


def test_groups_stack_where_one_line_does_not_hold_them(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    row = WrapRow(buttons("Person hinzufügen", "Person entfernen"), buttons("Unterschreiben"))
    QVBoxLayout(holder).addWidget(row)
    one_line = row.side_by_side_width()
    widest = max(g.minimumSizeHint().width() for g in row.groups)
    # The row asks only for its widest group: the page around it need not be wider.
    assert row.minimumSizeHint().width() == widest < one_line
    holder.resize(one_line + 100, 200)
    holder.show()
    qtbot.waitUntil(lambda: row.width() >= one_line)
    assert not row.stacked()
    first, last = row.groups
    assert first.y() == last.y() and last.x() > first.x() + first.width()
    low = row.height()
    holder.resize(widest + 30, 200)
    qtbot.waitUntil(row.stacked)
    qtbot.waitUntil(lambda: last.y() >= first.y() + first.height())
    assert last.x() == first.x()  # each group at the left, one under the other
    qtbot.waitUntil(lambda: row.height() >= 2 * low)  # the next layout pass makes room
    holder.resize(one_line + 100, 200)
    qtbot.waitUntil(lambda: not row.stacked())


def test_a_group_that_grows_at_the_same_width_stacks_the_row(qtbot):
    """A language switch or a longer text changes the groups, not the row's width."""
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Kurz")
    first = QHBoxLayout()
    first.addWidget(button)
    row = WrapRow(first, buttons("Unterschreiben"))
    QVBoxLayout(holder).addWidget(row)
    holder.resize(row.side_by_side_width() + 60, 200)
    holder.show()
    qtbot.waitUntil(lambda: row.isVisible() and not row.stacked())
    button.setText("Aus den Teilnehmenden übernehmen und alle Felder ausfüllen")
    qtbot.waitUntil(row.stacked)
    qtbot.waitUntil(lambda: button.width() >= button.minimumSizeHint().width())
    button.setText("Kurz")
    qtbot.waitUntil(lambda: not row.stacked())


@pytest.mark.parametrize("language", ["de", "en"])
def test_steps_5_and_9_fit_1280_px_with_the_notes_open(qtbot, sample_window, language):
    window = sample_window
    with in_language(qtbot, window, language):
        window.resize(1280, 800)
        window.notes_dock.show()
        for key in ("decisions", "agreement"):
            show(qtbot, window, key)
            qtbot.waitUntil(lambda: sideways_scroll(window) == 0)
            assert actions_off_screen(window) == [], key
        tools = window.session_view.page_for("decisions").tools
        assert tools.stacked()  # voting in one line, the round's switches in the next
        window.notes_dock.hide()
        window.resize(1920, 1080)
        show(qtbot, window, "decisions")
        qtbot.waitUntil(lambda: not tools.stacked())  # room enough: one line
