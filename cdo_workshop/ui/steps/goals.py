"""Step 2, Digitalisierungsziele: goals with priority and horizon, in the room's order."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from cdo_workshop.domain.analysis.checks import goal_backing
from cdo_workshop.domain.model import Goal, Session
from cdo_workshop.ui import choices
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.table_page import TableStepPage
from cdo_workshop.ui.widgets.collection_table import Column
from cdo_workshop.ui.widgets.goal_links import GoalLinks


class GoalsPage(TableStepPage):
    key = "goals"
    collection = "goals"
    new_item = Goal

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        self.links: GoalLinks | None = None
        super().__init__(controller, parent)
        # what serves a goal is checked against tasks, levels and resources of later steps
        self.parts = ("goals", "tasks", "decision_areas", "resources", "placement")
        self.editor.setMinimumHeight(200)
        self.links = GoalLinks(controller)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.summary), self.links)
        self.editor.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_links())
        self._show_links()

    def _show_links(self) -> None:
        session = self.controller.session
        if self.links is None or session is None:
            return
        row = self.editor.current_row()
        if row < 0 and self.editor.model.rowCount():  # the first goal's links are shown
            self.editor.view.setCurrentIndex(self.editor.model.index(0, 0))
            return  # currentRowChanged shows them
        # the view's row may be ahead of or behind the model during an edit: read the session
        goal_id = session.goals[row].id if 0 <= row < len(session.goals) else ""
        self.links.show_goal(session, goal_id)

    def load(self, session: Session) -> None:
        super().load(session)
        self._show_links()

    def retranslate(self) -> None:
        super().retranslate()
        if self.links is not None:
            self.links.retranslate()

    def summary_text(self, session: Session) -> str:
        backing = goal_backing(session, self.controller.catalog)
        if not backing:
            return ""
        carried = sum(1 for b in backing if b.backed)
        return self.tr(
            "{carried} of {count} goals are carried by tasks, powers and resources."
        ).format(carried=carried, count=len(backing))

    def columns(self) -> Sequence[Column]:
        return [
            Column("text", lambda: self.tr("Goal"), stretch=True),
            Column("priority", lambda: self.tr("Priority"), "choice", choices.PRIORITIES),
            Column("horizon", lambda: self.tr("Horizon"), "choice", choices.HORIZONS),
        ]

    def texts(self) -> tuple[str, str, str, str]:
        return (
            self.step_heading(),
            self.tr(
                "What does the municipality want to achieve with digitalisation? The role is"
                " measured against these goals. Order them by importance with Up and Down."
            ),
            self.tr("&Add goal"),
            self.tr("Remove goal"),
        )
