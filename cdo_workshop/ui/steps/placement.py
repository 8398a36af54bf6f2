"""Step 4, Einordnung: where the role sits, whom it reports to, pay grade, FTE, time share.

The catalog's typical consequences of the chosen placement are shown next to the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.analysis import analyse
from cdo_workshop.domain.analysis.scores import ROLE_TYPE_NAMES
from cdo_workshop.domain.edits import Field, Part
from cdo_workshop.domain.model import LONG_TEXT, SHORT_TEXT, Session
from cdo_workshop.domain.reservation import dropped_after, governance_of, unlawful_after
from cdo_workshop.domain.reservation import lowered as lowered_ceilings
from cdo_workshop.ui.bindings import bind_combo, bind_line_edit, bind_plain_text, bind_spin
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.form import LabelledForm
from cdo_workshop.ui.widgets.optional_spin_box import OptionalDoubleSpinBox, OptionalSpinBox


def _key(data: object) -> str:
    return str(data or "")


LEVELS = ("—", "\u25cf\u25cb\u25cb", "\u25cf\u25cf\u25cb", "\u25cf\u25cf\u25cf")


class PlacementPage(StepPage):
    key = "placement"
    parts = ("placement",)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.heading = QLabel(objectName="stepHeading")
        self.intro = QLabel(objectName="stepIntro")
        self.intro.setWordWrap(True)
        self.placement_combo = QComboBox(objectName="placementChoice")
        self.consequences = QLabel(objectName="placementConsequences")
        self.consequences.setWordWrap(True)
        # What the law lets the role hold with this placement (domain.reservation).
        self.law = QLabel(objectName="placementLaw")
        self.law.setWordWrap(True)
        # What the last choice in the combo took back: (placement, [(area, agreed, ceiling)]).
        # (placement chosen, [(area title, agreed level or None if removed, ceiling)])
        self._taken_back: tuple[str, list[tuple[str, int | None, int]]] = ("", [])
        self.reporting_edit = QLineEdit(objectName="reportingLine")
        self.reporting_edit.setMaxLength(SHORT_TEXT)
        self.grade_combo = QComboBox(objectName="payGrade")
        # The grade follows from the tasks (§ 12 TVöD): checked here, not decided.
        self.grade_check = QLabel(objectName="payCheck")
        self.grade_check.setWordWrap(True)
        self.fte_spin = QDoubleSpinBox(objectName="roleFte")
        self.fte_spin.setRange(0, 50)
        self.fte_spin.setDecimals(2)
        self.fte_spin.setSingleStep(0.5)
        self.share_spin = OptionalSpinBox(objectName="timeShare")
        self.share_spin.setRange(0, 100)
        self.share_spin.setSuffix(" %")
        self.working_spin = OptionalDoubleSpinBox(objectName="cdoWorkingTime")
        self.working_spin.setRange(0, 1)
        self.working_spin.setDecimals(2)
        self.working_spin.setSingleStep(0.05)
        self.notes_edit = QPlainTextEdit(objectName="placementNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(140)
        self._fill_combos()
        # Before the binding writes: note which agreed levels the new placement takes back.
        self.placement_combo.activated.connect(self._before_placement_change)
        controller.on_open(self._forget_taken_back)
        self.bindings = [
            bind_combo(controller, self._field("placement"), self.placement_combo, _key),
            bind_line_edit(controller, self._field("reporting_line"), self.reporting_edit),
            bind_combo(controller, self._field("pay_grade"), self.grade_combo, _key),
            bind_spin(controller, self._field("role_fte"), self.fte_spin),
            bind_spin(controller, self._field("cdo_time_share"), self.share_spin),
            bind_spin(controller, self._field("cdo_fte"), self.working_spin),
            bind_plain_text(controller, self._field("notes"), self.notes_edit, LONG_TEXT),
        ]
        self.form = LabelledForm(
            [
                self.placement_combo,
                self.consequences,
                self.law,
                self.reporting_edit,
                self.grade_combo,
                self.grade_check,
                self.fte_spin,
                self.share_spin,
                self.working_spin,
                self.notes_edit,
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    @staticmethod
    def _field(name: str) -> Field[object]:
        return Field(Part.PLACEMENT, name)

    def retranslate(self) -> None:
        self.heading.setText(self.step_heading())
        self.intro.setText(
            self.tr(
                "Where does the role sit in the organisation, whom does it report to and how is it"
                " graded? The placement decides much of its autonomy and its dependencies."
            )
        )
        texts = [
            self.tr("&Placement:"),
            self.tr("Typical consequences:"),
            self.tr("In law:"),
            self.tr("&Reporting line:"),
            self.tr("Pay &grade:"),
            self.tr("Pay check:"),
            self.tr("&FTE of the role:"),
            self.tr("CDO's &time share:"),
            self.tr("CDO's &working time (FTE):"),
            self.tr("&Notes:"),
        ]
        self.form.set_texts(texts)
        self.reporting_edit.setPlaceholderText(self.tr("e.g. Lord mayor"))
        self.share_spin.setSpecialValueText(self.tr("not given"))
        self.fte_spin.setSpecialValueText(self.tr("not given"))
        self.working_spin.setSpecialValueText(self.tr("full-time"))
        if hasattr(self, "bindings"):  # the combos' texts follow the language
            self._fill_combos()
            for binding in self.bindings:
                binding.refresh()
        if self.controller.session is not None:
            self.load(self.controller.session)

    def _fill_combos(self) -> None:
        catalog, language = self.controller.catalog, self.controller.language
        for combo, entries in (
            (self.placement_combo, catalog.placements),
            (self.grade_combo, catalog.pay_grades),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("not chosen yet"), "")
            for key, entry in entries.items():
                combo.addItem(entry.label.get(language), key)
            combo.blockSignals(False)

    def load(self, session: Session) -> None:
        """The fields follow their bindings; the consequences follow the placement."""
        self._show_consequences(session.placement.placement)
        self._show_law(session.placement.placement)
        self._show_pay_check(session)

    def _show_pay_check(self, session: Session) -> None:
        catalog, language = self.controller.catalog, self.controller.language
        analysis = analyse(session, catalog)
        check = analysis.pay
        if check is None:
            self.grade_check.setText(
                self.tr("Choose the pay grade to check it against what is expected of the post.")
            )
            return
        text = self.tr("{grade}: {criterion}. Carries the role type \u201c{carries}\u201d.").format(
            grade=check.grade.label.get(language),
            criterion=(check.grade.criterion or check.grade.label).get(language),
            carries=QCoreApplication.translate("Analysis", ROLE_TYPE_NAMES[check.carries]),
        )
        finding = next(
            (r for r in analysis.recommendations if r.rule == "pay_grade_below_demands"), None
        )
        if finding is not None:
            text += "\n" + self.controller.translator.render(finding.message)
        self.grade_check.setText(text)

    def _before_placement_change(self, index: int) -> None:
        session = self.controller.session
        if session is None:
            return
        key = _key(self.placement_combo.itemData(index))
        chosen, earlier = self._taken_back
        # Arrow keys walk through the placements one choice at a time: what a choice on
        # the way took back is still taken back at the end, so it stays in the list.
        kept = earlier if chosen == session.placement.placement else []
        self._taken_back = (
            key,
            kept
            + [
                (self.controller.title(area), area.agreed_level or 0, ceiling)
                for area, ceiling in unlawful_after(session, self.controller.catalog, key)
            ]
            + [
                (self.controller.title(area), None, 0)
                for area in dropped_after(session, self.controller.catalog, key)
                if area.votes or area.agreed_level is not None
            ],
        )

    def _forget_taken_back(self) -> None:
        self._taken_back = ("", [])

    def _show_law(self, key: str) -> None:
        catalog, language = self.controller.catalog, self.controller.language
        lowered = lowered_ceilings(catalog, key)
        if lowered:
            text = self.tr(
                "Outside the core administration the role cannot exercise the municipality's"
                " powers itself. Lawful at most: {areas}."
            ).format(areas=", ".join(f"{d.title.get(language)} {level}" for d, level in lowered))
        else:
            text = self.tr(
                "Inside the administration: only the areas reserved to the council or the"
                " mayor are limited (see step 5)."
            )
        own = [d.title.get(language) for d in governance_of(catalog, key)]
        if own:
            text += "\n" + self.tr(
                "The enterprise's own governance is on the board in step 5: {areas}."
            ).format(areas=", ".join(own))
        chosen, taken_back = self._taken_back
        if taken_back and chosen == key:  # not after an undo or redo moved the placement
            lowered_ones = [x for x in taken_back if x[1] is not None]
            removed = [title for title, agreed, _ in taken_back if agreed is None]
            if lowered_ones:
                text += "\n" + self.tr("Taken back with this placement: {areas}.").format(
                    areas=", ".join(
                        self.tr("{area} (agreed {agreed}, now at most {ceiling})").format(
                            area=title, agreed=agreed, ceiling=ceiling
                        )
                        for title, agreed, ceiling in lowered_ones
                    )
                )
            if removed:
                text += "\n" + self.tr(
                    "Removed with this placement, with their votes (Undo brings them back):"
                    " {areas}."
                ).format(areas=", ".join(removed))
        self.law.setText(text)

    def _show_consequences(self, key: str) -> None:
        placement = self.controller.catalog.placements.get(key)
        if placement is None:
            self.consequences.setText(
                self.tr("Choose a placement to see its typical consequences.")
            )
            return
        self.consequences.setText(
            self.tr("{text}\nAutonomy: {autonomy} · Dependency: {dependency}").format(
                text=placement.consequences.get(self.controller.language),
                autonomy=f"{LEVELS[placement.autonomy]} ({placement.autonomy}/3)",
                dependency=f"{LEVELS[placement.dependency]} ({placement.dependency}/3)",
            )
        )

    @classmethod
    def ready(cls, session: Session) -> bool:
        return bool(session.placement.placement and session.placement.reporting_line)
