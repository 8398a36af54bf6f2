"""A spin box whose minimum means "not given", shown as text that typing replaces."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox


class OptionalSpinBox(QSpinBox):
    """Clicking into "not given" selects it, so the first digit replaces it instead of being
    appended to the text (which Qt would then reject)."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self.value() == self.minimum() and self.specialValueText():
            QTimer.singleShot(0, self.selectAll)


class OptionalDoubleSpinBox(QDoubleSpinBox):
    """The same for decimals (e.g. the CDO's working time, "full-time" when not given)."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if self.value() == self.minimum() and self.specialValueText():
            QTimer.singleShot(0, self.selectAll)
