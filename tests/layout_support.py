"""What the layout tests share: finding texts that do not fit their widgets, and actions
that left the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QToolButton, QWidget


def clipped_texts(window) -> list[str]:
    """Labels and buttons narrower than their text needs (a cut-off word), and wrapped
    labels lower than their lines need (a cut-off last line).

    Icon-only tool buttons (the calendar in a date field) never show their text.
    """
    out = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if (
            not widget.isVisible()
            or not widget.text()
            or (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == widget.toolButtonStyle().ToolButtonIconOnly
            )
        ):
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()) - 1:
                out.append(widget.text())
        elif widget.width() < widget.minimumSizeHint().width():
            out.append(widget.text())
    return out


def actions_off_screen(window: QWidget) -> list[str]:
    """Buttons the user cannot reach: cut off at the side or beyond the window's right edge,
    where no scroll bar leads to them."""
    out = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.isEnabled() or not button.text():
            continue
        if _sideways_scrollable(button):
            continue
        left = button.mapTo(window, QPoint(0, 0)).x()
        seen = button.visibleRegion().boundingRect()
        if left + button.width() > window.width() or (
            not seen.isEmpty() and seen.width() < button.width()
        ):
            out.append(button.text())
    return out


def _sideways_scrollable(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            policy = parent.horizontalScrollBarPolicy()
            return policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        parent = parent.parentWidget()
    return False


def settle(qtbot, fits) -> None:
    """Wrapped texts get their height in a later layout pass: give it a moment (the
    assertion after this says what does not fit)."""
    try:
        qtbot.waitUntil(fits, timeout=1500)
    except qtbot.TimeoutError:
        pass


def sideways_scroll(window) -> int:
    """How far the current step's page scrolls sideways (0: it fits the window's width)."""
    page = window.session_view.current_page()
    parent = page.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent.horizontalScrollBar().maximum() if parent is not None else 0
