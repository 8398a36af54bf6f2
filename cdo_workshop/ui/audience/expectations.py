"""Step 3 for the room: what each group expects, on the scale from coordinating to solving.

The analysis' expectation chart (reused, without its text version: the room reads the
bars), and the role's room for manoeuvre as the line once decision levels are agreed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cdo_workshop.domain.analysis import analyse
from cdo_workshop.domain.model import Session
from cdo_workshop.ui.audience.base import AudienceStep, text_label
from cdo_workshop.ui.controller import SessionController


class ExpectationsStep(AudienceStep):
    key = "expectations"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        from cdo_workshop.ui.widgets.charts import ExpectationChart  # QtCharts: when needed

        self.chart = ExpectationChart()
        self.chart.summary.hide()
        self.chart.title.hide()
        self.pending = text_label(None, "audiencePending")
        self.body.addWidget(self.chart)
        self.body.addWidget(self.pending)
        self.body.addStretch(1)

    def show_session(self, session: Session) -> None:
        # Groups whose members are still voting from their phones (issue 14) keep their
        # position off the screen until the facilitator reveals it.
        hidden = set(getattr(session.room, "hidden_expectations", ()) or ())
        shown = [e for e in session.expectations if e.id not in hidden]
        label = self.controller.group_label
        groups = [(label(e.group.value), float(e.position)) for e in shown]
        room = analyse(session, self.controller.catalog).room.value if groups else None
        self.headline.setText(
            self.tr("What each group expects of the role")
            if groups
            else self.tr("No group has said what it expects yet.")
        )
        self.chart.set_data(groups, room)
        self.chart.setVisible(bool(groups))
        voting = [label(e.group.value) for e in session.expectations if e.id in hidden]
        self.pending.setText(
            self.tr("Still voting: {groups}").format(groups=", ".join(voting)) if voting else ""
        )
        self.pending.setVisible(bool(voting))
