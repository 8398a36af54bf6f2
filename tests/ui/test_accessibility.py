"""Every interactive widget can be found by tests and read by a screen reader."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
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


def owned_by_qt(widget: QWidget) -> bool:
    """Parts Qt builds inside composite widgets: a spin box's line edit, a combo box's popup
    list, a line edit's clear button, scroll bars."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractItemView)):
            return True
        if ancestor.metaObject().className() == "QComboBoxPrivateContainer":
            return True
        ancestor = ancestor.parentWidget()
    return False


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
