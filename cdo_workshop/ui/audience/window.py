"""The presentation window: the audience view, full screen on a screen of its own.

`choose_screen` picks where: a screen other than the one the facilitator's window is on
(the projector), or None when there is only one (the main window then shows the same view
in projector mode). Esc on the presentation window closes it.

Signals:
    closed(): the window was closed (by Esc, or by the window system).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cdo_workshop.ui.audience.focus import RoomFocus
from cdo_workshop.ui.audience.view import AudienceView
from cdo_workshop.ui.controller import SessionController

S = TypeVar("S")


def choose_screen(screens: Sequence[S], main: S | None) -> S | None:
    """The screen for the room: the first one that is not the facilitator's; None if the
    facilitator's is the only one."""
    if len(screens) < 2:
        return None
    others = [s for s in screens if s is not main]
    return others[0] if others else None


class AudienceWindow(QWidget):
    closed = Signal()

    def __init__(
        self, controller: SessionController, focus: RoomFocus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(self.tr("CDO Workshop \u2013 presentation"))
        self.view = AudienceView(controller, focus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_on(self, screen: QScreen) -> None:
        """Full screen on `screen` (moved there first: full screen stays where it opens)."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        super().closeEvent(event)
        self.closed.emit()
