"""What every step's audience view shares: read-only, nothing private, sized by the scale.

An AudienceStep shows one workshop step as the room should see it: no notes, no editing
controls, no hidden votes. It reads the open session and draws it again when told
(`show_session`); the audience view decides when (every change of the session, debounced).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QVBoxLayout, QWidget

from cdo_workshop.domain.model import Session
from cdo_workshop.ui.audience.focus import RoomFocus
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.typography import set_role
from cdo_workshop.ui.widgets.analysis_summary import FittedTable


def text_label(role: str | None = None, name: str = "") -> QLabel:
    """A word-wrapped label that nobody edits or selects (the room only reads it)."""
    label = QLabel(objectName=name or "audienceText")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if role is not None:
        set_role(label, role)
    return label


def read_only_table(columns: int, name: str, stretch: Sequence[int] = ()) -> FittedTable:
    """The analysis' fitted table, made for looking at: no focus, no selection."""
    table = FittedTable(columns, name)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: FittedTable, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(r, c, item)
    table.setVisible(bool(rows))
    table.fit_height()


class AudienceStep(QWidget):
    """One step for the room. Subclasses build their widgets and fill them in `show_session`."""

    key = ""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(12)
        # What the room is asked, or what the step has found out, in the largest type.
        self.headline = text_label("section", "audienceHeadline")
        self.body.addWidget(self.headline)

    def show_session(self, session: Session) -> None:
        raise NotImplementedError

    def follow(self, focus: RoomFocus) -> None:
        """Take over what the facilitator has selected (an area, a task); drawn next."""
