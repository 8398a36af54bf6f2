"""Status messages for screen readers: what changed without the focus moving.

A vote cast, the next voter, an agreed level, a RACI change, a failed save: the screen
shows them in a label, and `announce` has the screen reader say them (Qt's announcement
event, Qt 6.8 and later; AT-SPI's "announcement", UIA's notification). Polite messages wait
until the reader has finished; assertive ones (a failed save) interrupt it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

POLITE = QAccessible.AnnouncementPoliteness.Polite
ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


def announce(source: QObject, text: str, assertive: bool = False) -> None:
    """Have assistive technology say `text`, on behalf of the widget `source`."""
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(ASSERTIVE if assertive else POLITE)
    _send(event)


def _send(event: QAccessibleAnnouncementEvent) -> None:
    """Hands the event to Qt's accessibility bridge (tests listen here)."""
    QAccessible.updateAccessibility(event)
