"""Step 9 for the room: the role type, the four scores, the gap per group, the decisions.

The facilitator's analysis summary in its room form (figures without their explanations
and calculation buttons), and what the room has decided about the recommendations so far;
no accept or reject buttons, no measures table, nothing to sign.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cdo_workshop.domain.analysis import analyse
from cdo_workshop.domain.model import MeasureStatus, Session
from cdo_workshop.ui.audience.base import AudienceStep, text_label
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.widgets.analysis_summary import AnalysisSummary


class AnalysisStep(AudienceStep):
    key = "agreement"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.headline.hide()  # the summary's role type is the headline
        self.summary = AnalysisSummary()
        self.summary.set_for_room()
        self.decisions = text_label("section", "audienceDecisions")
        self.body.addWidget(self.summary)
        # What the room decided comes right after the figures, before the table of gaps.
        summary_layout = self.summary.layout()
        summary_layout.insertWidget(
            summary_layout.indexOf(self.summary.gaps_heading), self.decisions
        )
        self.body.addStretch(1)

    def show_session(self, session: Session) -> None:
        catalog, language = self.controller.catalog, self.controller.language
        analysis = analyse(session, catalog)
        self.summary.show_analysis(
            analysis,
            catalog,
            language,
            self.controller.translator.render,
            self.controller.group_label,
        )
        # The heading's access key is for the facilitator's page; the room sees plain text.
        self.summary.gaps_heading.setText(self.summary.gaps_heading.text().replace("&", ""))
        decided = {m.source_rule: m for m in session.measures if m.source_rule}
        ids = [r.id for r in analysis.recommendations]
        rejected = sum(
            1 for i in ids if i in decided and decided[i].status == MeasureStatus.DROPPED
        )
        accepted = sum(1 for i in ids if i in decided) - rejected
        self.decisions.setText(
            self.tr(
                "Recommendations: {accepted} accepted, {rejected} rejected, {open} still open"
            ).format(accepted=accepted, rejected=rejected, open=len(ids) - accepted - rejected)
            if ids
            else self.tr("The analysis has no recommendations.")
        )
