"""A row of control groups that puts them one under the other where the width is short.

A row of buttons and choices in one QHBoxLayout is as wide as all of them: on a 1280 px
laptop with the notes panel open, step 5's voting tools and step 9's signatory buttons made
the whole page scroll sideways. `WrapRow` shows its groups side by side (the last one at the
right) while they fit, and stacked, each at the left, when they do not. Its minimum width
is the widest group's, so the page around it never has to be wider than that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QWidget


class WrapRow(QWidget):
    def __init__(self, *groups: QLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[QWidget] = []
        for layout in groups:
            layout.setContentsMargins(0, 0, 0, 0)
            holder = QWidget(self)
            holder.setLayout(layout)
            self.groups.append(holder)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        # The row's own minimum is the stacked one (minimumSizeHint), not the sum the layout
        # would impose on the widget.
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for i, holder in enumerate(self.groups):
            if i and i == len(self.groups) - 1:
                self._box.addStretch(1)
            self._box.addWidget(holder)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def side_by_side_width(self) -> int:
        """The width the groups need in one line."""
        widths = [g.minimumSizeHint().width() for g in self._shown()]
        return sum(widths) + self._box.spacing() * max(len(widths) - 1, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hints = [g.minimumSizeHint() for g in self._shown()]
        if not hints:
            return QSize(0, 0)
        width = max(h.width() for h in hints)
        return QSize(width, self._height([h.height() for h in hints]))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hints = [g.sizeHint() for g in self._shown()]
        if not hints:
            return QSize(0, 0)
        width = sum(h.width() for h in hints) + self._box.spacing() * (len(hints) - 1)
        return QSize(width, self._height([h.height() for h in hints]))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A group grew or shrank at the same width (a language switch, a button shown).
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange(self.width())
        return super().event(event)

    def _arrange(self, width: int) -> None:
        stack = width < self.side_by_side_width()
        if stack == self.stacked():
            return
        self._box.setDirection(
            QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight
        )
        align = Qt.AlignmentFlag.AlignLeft if stack else Qt.AlignmentFlag(0)
        for holder in self.groups:
            self._box.setAlignment(holder, align)
        self._box.activate()  # the groups move now, not with the next layout pass
        self.updateGeometry()  # taller or lower now: the page lays itself out again

    def _height(self, heights: list[int]) -> int:
        if self.stacked():
            return sum(heights) + self._box.spacing() * (len(heights) - 1)
        return max(heights)

    def _shown(self) -> list[QWidget]:
        """The groups with something shown (a layout of hidden widgets is empty)."""
        return [g for g in self.groups if not g.isHidden() and not g.layout().isEmpty()]
