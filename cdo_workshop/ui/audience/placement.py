"""Step 4 for the room: where the role sits, whom it reports to, its pay grade and size.

Facts as label and value, in two columns; the placement's typical consequences below.
The placement's notes are the facilitator's and stay off the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from cdo_workshop.domain.messages import Num
from cdo_workshop.domain.model import Session
from cdo_workshop.ui.audience.base import AudienceStep, text_label
from cdo_workshop.ui.controller import SessionController

DOTS = ("\u2014", "\u25cf\u25cb\u25cb", "\u25cf\u25cf\u25cb", "\u25cf\u25cf\u25cf")


class PlacementStep(AudienceStep):
    key = "placement"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(24)
        self.facts.setVerticalSpacing(10)
        self.facts.setColumnStretch(1, 1)
        self.names = [text_label(None, "factName") for _ in range(4)]
        self.values = [text_label(None, "factValue") for _ in range(4)]
        for row, (name, value) in enumerate(zip(self.names, self.values, strict=True)):
            self.facts.addWidget(name, row, 0)
            self.facts.addWidget(value, row, 1)
        self.consequences = text_label(None, "placementConsequences")
        self.body.addLayout(self.facts)
        self.body.addWidget(self.consequences)
        self.body.addStretch(1)

    def show_session(self, session: Session) -> None:
        catalog, language = self.controller.catalog, self.controller.language
        p = session.placement
        placement = catalog.placements.get(p.placement)
        grade = catalog.pay_grades.get(p.pay_grade)
        not_yet = self.tr("not decided yet")
        self.headline.setText(placement.label.get(language) if placement else not_yet)
        size = []
        if p.role_fte is not None:
            size.append(self.tr("{fte} FTE").format(fte=Num(p.role_fte, 2).localize(language)))
        if p.cdo_time_share is not None:
            size.append(self.tr("{share} % of the CDO's time").format(share=p.cdo_time_share))
        facts = [
            (self.tr("Reports to"), p.reporting_line or not_yet),
            (self.tr("Pay grade"), grade.label.get(language) if grade else not_yet),
            (self.tr("Size of the role"), " · ".join(size) or not_yet),
        ]
        if placement is not None:
            facts.append(
                (
                    self.tr("Autonomy / dependency"),
                    f"{DOTS[placement.autonomy]} {placement.autonomy}/3 \u00b7"
                    f" {DOTS[placement.dependency]} {placement.dependency}/3",
                )
            )
        for row, (name, value) in enumerate(zip(self.names, self.values, strict=True)):
            shown = row < len(facts)
            name.setVisible(shown)
            value.setVisible(shown)
            if shown:
                name.setText(facts[row][0])
                value.setText(facts[row][1])
        self.consequences.setText(placement.consequences.get(language) if placement else "")
        self.consequences.setVisible(placement is not None)
