"""Step 4, Einordnung: where the role sits, whom it reports to, pay grade, FTE, time share.

The catalog's typical consequences of the chosen placement are shown next to the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.model import SHORT_TEXT, Session
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.form import LabelledForm
from cdo_workshop.ui.widgets.optional_spin_box import OptionalSpinBox

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
        self.placement_combo.activated.connect(
            lambda _i: self._set("placement", self.placement_combo.currentData() or "")
        )
        self.consequences = QLabel(objectName="placementConsequences")
        self.consequences.setWordWrap(True)
        self.reporting_edit = QLineEdit(objectName="reportingLine")
        self.reporting_edit.setMaxLength(SHORT_TEXT)
        self.reporting_edit.textEdited.connect(lambda t: self._set("reporting_line", t))
        self.grade_combo = QComboBox(objectName="payGrade")
        self.grade_combo.activated.connect(
            lambda _i: self._set("pay_grade", self.grade_combo.currentData() or "")
        )
        self.fte_spin = QDoubleSpinBox(objectName="roleFte")
        self.fte_spin.setRange(0, 50)
        self.fte_spin.setDecimals(2)
        self.fte_spin.setSingleStep(0.5)
        self.fte_spin.setKeyboardTracking(False)
        self.fte_spin.valueChanged.connect(lambda v: self._set("role_fte", v or None))
        self.share_spin = OptionalSpinBox(objectName="timeShare")
        self.share_spin.setRange(0, 100)
        self.share_spin.setSuffix(" %")
        self.share_spin.setKeyboardTracking(False)
        self.share_spin.valueChanged.connect(lambda v: self._set("cdo_time_share", v or None))
        self.notes_edit = QPlainTextEdit(objectName="placementNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(140)
        self.notes_edit.textChanged.connect(
            lambda: self._set("notes", self.notes_edit.toPlainText())
        )
        self.form = LabelledForm(
            [
                self.placement_combo,
                self.consequences,
                self.reporting_edit,
                self.grade_combo,
                self.fte_spin,
                self.share_spin,
                self.notes_edit,
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    def _set(self, name: str, value: object) -> None:
        self.controller.set_value("placement", name, value)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Step 4: Placement"))
        self.intro.setText(
            self.tr(
                "Where does the role sit in the organisation, whom does it report to and how is it"
                " graded? The placement decides much of its autonomy and its dependencies."
            )
        )
        texts = [
            self.tr("&Placement:"),
            self.tr("Typical consequences:"),
            self.tr("&Reporting line:"),
            self.tr("Pay &grade:"),
            self.tr("&FTE of the role:"),
            self.tr("CDO's &time share:"),
            self.tr("&Notes:"),
        ]
        self.form.set_texts(texts)
        self.reporting_edit.setPlaceholderText(self.tr("e.g. Lord mayor"))
        self.share_spin.setSpecialValueText(self.tr("not given"))
        self.fte_spin.setSpecialValueText(self.tr("not given"))
        self._fill_combos()
        if self.controller.session is not None:
            self.load(self.controller.session)

    def _fill_combos(self) -> None:
        catalog, language = self.controller.catalog, self.controller.language
        for combo, entries in (
            (self.placement_combo, catalog.placements),
            (self.grade_combo, catalog.pay_grades),
        ):
            with QSignalBlocker(combo):
                combo.clear()
                combo.addItem(self.tr("not chosen yet"), "")
                for key, entry in entries.items():
                    combo.addItem(entry.label.get(language), key)

    def load(self, session: Session) -> None:
        p = session.placement
        with QSignalBlocker(self.placement_combo), QSignalBlocker(self.grade_combo):
            self.placement_combo.setCurrentIndex(max(0, self.placement_combo.findData(p.placement)))
            self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(p.pay_grade)))
        if self.reporting_edit.text() != p.reporting_line:
            self.reporting_edit.setText(p.reporting_line)
        with QSignalBlocker(self.fte_spin), QSignalBlocker(self.share_spin):
            self.fte_spin.setValue(p.role_fte or 0)
            self.share_spin.setValue(p.cdo_time_share or 0)
        if self.notes_edit.toPlainText() != p.notes:
            with QSignalBlocker(self.notes_edit):
                self.notes_edit.setPlainText(p.notes)
        self._show_consequences(p.placement)

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

    def is_complete(self) -> bool:
        session = self.controller.session
        return bool(session and session.placement.placement and session.placement.reporting_line)
