"""Step 2, Digitalisierungsziele: goals with priority and horizon, in the room's order."""

from __future__ import annotations

from collections.abc import Sequence

from cdo_workshop.domain.model import Goal
from cdo_workshop.ui import choices
from cdo_workshop.ui.steps.table_page import TableStepPage
from cdo_workshop.ui.widgets.collection_table import Column


class GoalsPage(TableStepPage):
    key = "goals"
    collection = "goals"
    new_item = Goal

    def columns(self) -> Sequence[Column]:
        return [
            Column("text", lambda: self.tr("Goal"), stretch=True),
            Column("priority", lambda: self.tr("Priority"), "choice", choices.PRIORITIES),
            Column("horizon", lambda: self.tr("Horizon"), "choice", choices.HORIZONS),
        ]

    def texts(self) -> tuple[str, str, str, str]:
        return (
            self.tr("Step 2: Digitalisation goals"),
            self.tr(
                "What does the municipality want to achieve with digitalisation? The role is"
                " measured against these goals. Order them by importance with Up and Down."
            ),
            self.tr("&Add goal"),
            self.tr("Remove goal"),
        )
