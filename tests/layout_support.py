"""What the layout tests share: finding texts that do not fit their widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton


def clipped_texts(window) -> list[str]:
    """Labels and buttons narrower than their text needs (a cut-off word).

    Icon-only tool buttons (the calendar in a date field) never show their text.
    """
    out = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if (
            not widget.isVisible()
            or not widget.text()
            or (isinstance(widget, QLabel) and widget.wordWrap())
            or (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == widget.toolButtonStyle().ToolButtonIconOnly
            )
        ):
            continue
        if widget.width() < widget.minimumSizeHint().width():
            out.append(widget.text())
    return out
