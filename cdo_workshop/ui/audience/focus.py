"""What the facilitator has selected that the room should follow (no Qt widgets here).

The step pages say which decision area (step 5) or task (step 6) is selected; every
audience view follows. The current step itself is in the session (`progress`).

Signals:
    changed(): the selected area or task changed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class RoomFocus(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.area_id = ""
        self.task_id = ""

    def select_area(self, area_id: str) -> None:
        if area_id != self.area_id:
            self.area_id = area_id
            self.changed.emit()

    def select_task(self, task_id: str) -> None:
        if task_id != self.task_id:
            self.task_id = task_id
            self.changed.emit()
