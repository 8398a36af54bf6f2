"""Step 9, Abgleich & Vereinbarung: the analysis for the room, its decisions, the agreement.

Shows the role type and the four scores with their explanations, the gap per group,
charts with text alternatives, what changed since the previous workshop (follow-ups), the
recommendations the room accepts (→ measure) or rejects, the measures, the review date and
the signatories; at the end a separate section for the PDF export.

The analysis is pure and takes about 1–3 ms for a full session (Musterstadt: 1.2 ms,
with the follow-up comparison 4 ms), so it runs on the UI thread, debounced by a short
timer while the page is visible, and not at all while another step is shown.
QtCharts is imported when the page is first shown, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.analysis import Analysis, analyse
from cdo_workshop.domain.edits import Field, Part
from cdo_workshop.domain.model import Measure, Session
from cdo_workshop.ui import choices
from cdo_workshop.ui.bindings import bind_date
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.formatting import format_date
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.agreement_record import AgreementRecord
from cdo_workshop.ui.widgets.analysis_summary import AnalysisSummary
from cdo_workshop.ui.widgets.collection_table import CollectionEditor, Column
from cdo_workshop.ui.widgets.date_field import DateField
from cdo_workshop.ui.widgets.documents_panel import DocumentsPanel
from cdo_workshop.ui.widgets.follow_up import FollowUpChanges
from cdo_workshop.ui.widgets.recommendations import RecommendationList
from cdo_workshop.ui.widgets.signatories import SignatoriesEditor

if TYPE_CHECKING:
    from cdo_workshop.ui.widgets import charts as charts_module


def _analysed(change: Change) -> bool:
    """Whether the change can alter the analysis (not only measures, signatories …)."""
    changes = change.changes
    return bool(set(changes.parts) - set(NOT_ANALYSED)) or bool(
        (set(changes.items) | changes.reordered) - set(NOT_ANALYSED)
    )


DEBOUNCE_MS = 150
# Parts whose change does not alter the analysis: only decisions and the agreement update.
NOT_ANALYSED = ("agreement", "signatories", "measures", "progress", "room")
REVIEW_DATE = Field(Part.AGREEMENT, "review_date")
PAGE_STYLE = """
QLabel#roleType {
    font-weight: 600;
}
QFrame[tile="true"] {
    border: 1px solid #b8b8b8;
    border-radius: 4px;
    background: palette(base);
}
QLabel#scoreName, QLabel#chartTitle, QLabel#severity {
    font-weight: 600;
}
QLabel#scoreValue {
    font-weight: 600;
}
QFrame#recommendation {
    border: 1px solid #b8b8b8;
    border-left: 6px solid #8c8c8c;
    border-radius: 3px;
    background: palette(base);
}
QFrame#recommendation[severity="high"] {
    border-left-color: #9a3b00;
}
QFrame#recommendation[severity="medium"] {
    border-left-color: #c9822b;
}
QFrame#recommendation[decided="true"] {
    background: #ececec;
}
QFrame#exportSection {
    border-top: 2px solid #1f5f99;
}
"""


class AgreementPage(StepPage):
    key = "agreement"

    def __init__(
        self,
        controller: SessionController,
        export_hook: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        self.setStyleSheet(PAGE_STYLE)
        self.export_hook = export_hook
        self.analysis: Analysis | None = None
        self._dirty = True
        self._previous: tuple[str, Session | None] | None = None  # (id, loaded session)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        # While the page is not shown, its mark in the navigator follows the analysis a
        # little later, not on every keystroke.
        self._complete = False
        self.complete_timer = QTimer(self)
        self.complete_timer.setSingleShot(True)
        self.complete_timer.setInterval(3 * DEBOUNCE_MS)
        self.complete_timer.timeout.connect(self._check_complete)
        self.timer.timeout.connect(self.refresh)

        self.heading = QLabel(objectName="stepHeading")
        self.intro = QLabel(objectName="stepIntro")
        self.intro.setWordWrap(True)
        self.summary = AnalysisSummary()
        self.follow_up = FollowUpChanges()
        self.follow_up.hide()

        self.charts_heading = QLabel(objectName="sectionHeading")
        self.charts_layout = QVBoxLayout()
        self.charts_layout.setSpacing(16)
        self.charts: charts_module | None = None  # the module, once QtCharts is loaded
        self.expectation_chart: charts_module.ExpectationChart | None = None
        self.resource_chart: charts_module.ResourceChart | None = None
        self.spread_chart: charts_module.SpreadChart | None = None

        self.recommendations_heading = QLabel(objectName="sectionHeading")
        self.recommendations_intro = QLabel(objectName="stepIntro")
        self.recommendations_intro.setWordWrap(True)
        self.recommendations = RecommendationList(controller)

        self.measures_heading = QLabel(objectName="sectionHeading")
        self.measures = CollectionEditor(
            controller,
            "measures",
            [
                Column("what", lambda: self.tr("Measure"), stretch=True),
                Column("owner", lambda: self.tr("Owner")),
                Column("due", lambda: self.tr("Due"), "date"),
                Column("status", lambda: self.tr("Status"), "choice", choices.MEASURE_STATUSES),
            ],
            Measure,
            "measures",
        )
        self.measures.setMinimumHeight(260)

        self.agreement_heading = QLabel(objectName="sectionHeading")
        self.review_label = QLabel()
        self.review_edit = DateField(objectName="reviewDate")
        self.review_edit.setMaximumWidth(self.review_edit.fontMetrics().averageCharWidth() * 22)
        bind_date(controller, REVIEW_DATE, self.review_edit, self.tr("Review date"))
        self.review_label.setBuddy(self.review_edit)
        self.review_in_a_year = QPushButton(objectName="reviewInAYear")
        self.review_in_a_year.clicked.connect(self._review_in_a_year)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_label)
        review_row.addWidget(self.review_edit)
        review_row.addWidget(self.review_in_a_year)
        review_row.addStretch(1)
        self.record = AgreementRecord(controller)
        self.signatories_label = QLabel()
        self.signatories = SignatoriesEditor(controller)
        self.signatories_label.setBuddy(self.signatories.view)

        # The hand-off to the PDF export: its own section, filled by the export's code
        # (`export_layout`); hidden while it has nothing to offer.
        self.export_section = QFrame(objectName="exportSection")
        self.export_heading = QLabel(objectName="sectionHeading")
        self.export_layout = QVBoxLayout()
        self.export_button = QPushButton(objectName="continueToPdf")
        self.export_button.clicked.connect(self._export)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        export = QVBoxLayout(self.export_section)
        export.setContentsMargins(0, 8, 0, 0)
        export.addWidget(self.export_heading)
        export.addLayout(self.export_layout)
        export.addLayout(export_row)
        self.documents = DocumentsPanel(controller)

        # A long page: buttons to jump to each part (and to focus its first control).
        self.jump_label = QLabel()
        self.jumps: dict[str, tuple[QPushButton, QWidget, QWidget]] = {}
        jump_row = QHBoxLayout()
        jump_row.addWidget(self.jump_label)
        for name, target, focus in (
            ("analysis", self.summary, self.summary.gap_table),
            ("charts", self.charts_heading, self.charts_heading),
            ("recommendations", self.recommendations_heading, self.recommendations),
            ("measures", self.measures_heading, self.measures.view),
            ("agreement", self.agreement_heading, self.review_edit),
        ):
            button = QPushButton(objectName=f"jump_{name}")
            button.setFlat(True)
            button.clicked.connect(lambda _=False, n=name: self.jump_to(n))
            self.jumps[name] = (button, target, focus)
            jump_row.addWidget(button)
        jump_row.addStretch(1)

        layout = QVBoxLayout(self)
        for item in (
            self.heading,
            self.intro,
            jump_row,
            self.summary,
            self.follow_up,
            self.charts_heading,
            self.charts_layout,
            self.recommendations_heading,
            self.recommendations_intro,
            self.recommendations,
            self.measures_heading,
            self.measures,
            self.agreement_heading,
            review_row,
            self.record,
            self.signatories_label,
            self.signatories,
            self.export_section,
            self.documents,
        ):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        layout.addStretch(1)
        self.retranslate()
        self._update_export_section()

    def jump_to(self, name: str) -> None:
        """Scroll the step so that the part starts at the top, and focus its first control."""
        _, target, focus = self.jumps[name]
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if isinstance(scroll, QScrollArea) and scroll.widget() is not None:
            y = target.mapTo(scroll.widget(), QPoint(0, 0)).y()
            scroll.verticalScrollBar().setValue(y)
        if focus.focusPolicy() != Qt.FocusPolicy.NoFocus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the PDF hand-off ---------------------------------------------------------------

    def set_export_hook(self, hook: Callable[[], None] | None) -> None:
        self.export_hook = hook
        self._update_export_section()

    def _update_export_section(self) -> None:
        self.export_button.setVisible(self.export_hook is not None)
        self.export_section.setVisible(
            self.export_hook is not None or self.export_layout.count() > 0
        )

    def _export(self) -> None:
        if self.export_hook is not None:
            self.export_hook()

    # -- keeping up with the session ---------------------------------------------------------

    def load(self, session: Session) -> None:
        self._previous = None  # another session may have been opened
        self.record.retranslate()  # the council's name follows the session's Land
        self.refresh()

    def on_session_changed(self, change: Change) -> None:
        if change.changes.only(Part.PROGRESS, Part.ROOM):
            return
        if not _analysed(change):
            self._update_counts()
            self.completeChanged.emit(self.is_complete())
            return
        self._dirty = True
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.charts is None:
            self._build_charts()
            if not self._dirty and self.controller.session is not None:
                self._show_charts()
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Analyse the session and show everything (synchronously: it takes milliseconds)."""
        self.timer.stop()
        session = self.controller.session
        if session is None:
            return
        self._dirty = False
        catalog, language = self.controller.catalog, self.controller.language
        self.analysis = analyse(session, catalog)
        self.summary.show_analysis(
            self.analysis,
            catalog,
            language,
            self.controller.translator.render,
            self.controller.group_label,
        )
        self._show_follow_up(session)
        if self.charts is not None:
            self._show_charts()
        self.recommendations.show_recommendations(self.analysis.recommendations)
        self._update_counts()
        self.completeChanged.emit(self.is_complete())

    def _update_counts(self) -> None:
        recommendations = self.recommendations.recommendations
        decided = self.recommendations.decisions()
        self.recommendations_heading.setText(
            self.tr("Recommendations: {decided} of {count} decided").format(
                decided=sum(1 for r in recommendations if r.id in decided),
                count=len(recommendations),
            )
        )

    # -- charts ----------------------------------------------------------------------------

    def _build_charts(self) -> None:
        from cdo_workshop.ui.widgets import charts

        self.charts = charts
        self.expectation_chart = charts.ExpectationChart()
        self.resource_chart = charts.ResourceChart()
        self.spread_chart = charts.SpreadChart()
        for chart in (self.expectation_chart, self.resource_chart, self.spread_chart):
            self.charts_layout.addWidget(chart)

    def _show_charts(self) -> None:
        session, analysis, charts = self.controller.session, self.analysis, self.charts
        if session is None or analysis is None or charts is None:
            return
        assert self.expectation_chart and self.resource_chart and self.spread_chart

        label = self.controller.group_label
        groups = [(label(e.group.value), float(e.position)) for e in session.expectations]
        self.expectation_chart.set_data(groups, analysis.room.value)
        self.expectation_chart.setVisible(bool(groups))
        b = analysis.balance
        self.resource_chart.set_data(
            charts.ResourceFigures(
                b.demand_fte,
                b.supply_fte,
                b.proposed_fte,
                b.demand_budget,
                b.supply_budget,
                b.proposed_budget,
            )
        )
        spreads = [
            charts.SpreadRow(self.controller.title(s.area), s.low, s.high, s.area.agreed_level)
            for s in analysis.spreads
        ]
        self.spread_chart.set_data(spreads)
        self.spread_chart.setVisible(bool(spreads))

    # -- follow-up ---------------------------------------------------------------------------

    def previous_session(self, session: Session) -> Session | None:
        """The session this one follows up, if it is still on this computer."""
        from cdo_workshop.storage.errors import StorageError

        previous_id = session.follow_up_of
        if not previous_id:
            return None
        if self._previous is None or self._previous[0] != previous_id:
            try:
                loaded: Session | None = self.controller.repository.load(previous_id)
            except StorageError:
                loaded = None  # deleted since, or unreadable: nothing to compare with
            self._previous = (previous_id, loaded)
        return self._previous[1]

    def _show_follow_up(self, session: Session) -> None:
        from cdo_workshop.domain.analysis.comparison import compare

        previous = self.previous_session(session)
        self.follow_up.setVisible(previous is not None)
        if previous is None:
            return
        name = previous.display_title() or self.tr("the previous workshop")
        if previous.workshop_date:
            name = self.tr("{title} of {date}").format(
                title=name, date=format_date(previous.workshop_date)
            )
        self.follow_up.show_comparison(
            compare(previous, session, self.controller.catalog),
            name,
            self.controller.catalog,
            self.controller.language,
            self.controller.group_label,
        )

    # -- the agreement ---------------------------------------------------------------------

    def _review_in_a_year(self) -> None:
        session = self.controller.session
        if session is None:
            return
        start = session.workshop_date or date.today()
        try:
            review = start.replace(year=start.year + 1)
        except ValueError:  # 29 February
            review = start.replace(year=start.year + 1, day=28)
        self.controller.set(REVIEW_DATE, review, self.tr("Review date"))
        self.review_edit.setFocus()

    def is_complete(self) -> bool:
        """A review date, someone to sign and every high-severity recommendation decided."""
        session = self.controller.session
        if session is None or session.agreement.review_date is None:
            return False
        if not session.agreement.signatories:
            return False
        if self._dirty:  # not analysed since the last change: soon, not on every keystroke
            self.complete_timer.start()
            return self._complete
        self._complete = self.recommendations.open_high() == 0
        return self._complete

    def _check_complete(self) -> None:
        """The analysis for step 9's mark in the navigator while the page is not shown."""
        session = self.controller.session
        if session is None or not self._dirty:
            return
        fresh = analyse(session, self.controller.catalog).recommendations
        self._complete = self.recommendations.open_high(fresh) == 0
        agreement = session.agreement
        ready = agreement.review_date is not None and bool(agreement.signatories)
        self.completeChanged.emit(ready and self._complete)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.step_heading())
        self.intro.setText(
            self.tr(
                "Do the role's powers, resources and dependencies fit what the groups expect?"
                " The analysis below explains every number. The room accepts or rejects each"
                " recommendation, sets a review date and names who signs."
            )
        )
        self.charts_heading.setText(self.tr("Charts"))
        self.jump_label.setText(self.tr("Go to:"))
        for name, text in (
            ("analysis", self.tr("Analysis")),
            ("charts", self.tr("Charts")),
            ("recommendations", self.tr("Recommendations")),
            ("measures", self.tr("Measures")),
            ("agreement", self.tr("Agreement")),
        ):
            button = self.jumps[name][0]
            button.setText(text)
            button.setAccessibleName(self.tr("Go to: {part}").format(part=text))
        self._update_counts()
        self.recommendations_intro.setText(
            self.tr(
                "Accepting a recommendation makes it a measure with an owner and a due date;"
                " a rejected one is kept as a dropped measure. Both can be reconsidered."
            )
        )
        self.measures_heading.setText(self.tr("Measures"))
        self.measures.retranslate(
            self.tr("&Add measure"), self.tr("Remove measure"), self.tr("Measures")
        )
        self.agreement_heading.setText(self.tr("Agreement"))
        self.review_label.setText(self.tr("Revie&w on:"))
        self.review_edit.setAccessibleName(self.tr("Review date"))
        self.review_in_a_year.setText(self.tr("One year after the workshop"))
        self.review_in_a_year.setAccessibleName(self.tr("Review date: one year after the workshop"))
        self.signatories_label.setText(self.tr("Signa&tories:"))
        self.signatories.retranslate()
        self.record.retranslate()
        self.documents.retranslate()
        self.export_heading.setText(self.tr("Agreement document"))
        self.export_button.setText(self.tr("Continue to the agreement (PDF)"))
        self.export_button.setAccessibleName(self.export_button.text())
        if self.controller.session is not None:
            self.refresh()
