"""Step 6 for the room: who is responsible, accountable, consulted, informed for each task.

The facilitator's RACI model and view, made read-only (no edit triggers, no focus), with
the legend as the headline and the count of tasks that still lack an R or an A. The task
the facilitator has selected is kept in view when the matrix scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from cdo_workshop.domain.model import Session
from cdo_workshop.ui.audience.base import AudienceStep, text_label
from cdo_workshop.ui.audience.focus import RoomFocus
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.typography import set_role
from cdo_workshop.ui.widgets.raci_matrix import TITLE_COLUMN, RaciModel, RaciView


class MatrixStep(AudienceStep):
    key = "responsibilities"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = RaciModel(controller, self)
        self.matrix = RaciView(objectName="audienceRaci")
        self.matrix.setModel(self.model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.matrix.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.matrix.horizontalHeader()
        set_role(header, "small")  # eight group names beside the tasks' titles
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.problems = text_label(None, "audienceRaciProblems")
        self.body.addWidget(self.matrix, 1)
        self.body.addWidget(self.problems)
        self.task_id = ""

    def follow(self, focus: RoomFocus) -> None:
        self.task_id = focus.task_id

    def _show_current_task(self) -> None:
        row = self.model.row_of(self.task_id) if self.task_id else -1
        if row >= 0:
            self.matrix.selectRow(row)
            self.matrix.scrollTo(self.model.index(row, TITLE_COLUMN))
        else:
            self.matrix.clearSelection()

    def show_session(self, session: Session) -> None:
        self.model.refresh()
        self.headline.setText(
            self.tr(
                "R responsible (does it) \u00b7 A accountable (decides) \u00b7 C consulted"
                " \u00b7 I informed"
            )
        )
        problems = self.model.tasks_with_problems()
        self.problems.setText(
            self.tr("Every task has an R and exactly one A.")
            if not problems
            else self.tr("Tasks still without an R or with not exactly one A: {count}").format(
                count=problems
            )
        )
        self.problems.setVisible(bool(session.tasks))
        self._show_current_task()
