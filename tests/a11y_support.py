"""What the accessibility tests share: telling Qt's inner parts from the app's controls,
and walking a window with Tab or Shift+Tab as a keyboard user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QRadioButton,
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


MAX_PRESSES = 600


def control_of(widget: QWidget | None) -> QWidget | None:
    """The control a user sees focused (a spin box, not its inner line edit)."""
    while widget is not None and owned_by_qt(widget):
        widget = widget.parentWidget()
    return widget


def tab_stops(window) -> set[QWidget]:
    """What Tab must reach: enabled, on screen, taking focus by Tab; of a group of radio
    buttons the chosen one (arrow keys move within the group)."""
    found = set()
    for widget in window.findChildren(QWidget):
        if owned_by_qt(widget) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue
        found.add(widget)
    return found


def name(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return f"{type(widget).__name__}#{widget.objectName()} {widget.accessibleName()[:40]!r}"


def walk(qtbot, start: QWidget, key: Qt.Key) -> tuple[list[QWidget], str]:
    """Press `key` from `start` until focus is back there: the controls it passed, and
    what went wrong ("" if nothing)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control_of(QApplication.focusWidget()) is start)
    seen: list[QWidget] = []
    for _ in range(MAX_PRESSES):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, key)
        now = control_of(QApplication.focusWidget())
        if now is None:
            return seen, f"focus lost after {name(control_of(before))}"
        if now is start:
            return seen, ""
        if now in seen:
            return seen, f"trapped: {name(now)} again, after {[name(w) for w in seen[-3:]]}"
        seen.append(now)
    return seen, f"never came back to {name(start)}"
