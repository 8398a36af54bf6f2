"""Every interactive widget can be found by tests and read by a screen reader."""

from __future__ import annotations

from a11y_support import owned_by_qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed(window) -> list[str]:
    problems = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or owned_by_qt(widget):
            continue
        if not widget.objectName():
            problems.append(f"no objectName: {type(widget).__name__} {widget.accessibleName()!r}")
        elif not widget.accessibleName():
            problems.append(f"no accessible name: {widget.objectName()}")
    return problems


def test_every_interactive_widget_has_object_and_accessible_name(open_window):
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    assert unnamed(window) == []
