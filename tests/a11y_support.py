"""What the accessibility tests share: telling Qt's inner parts from the app's controls."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
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
