"""Step 1, Rahmen: the municipality and the workshop's date, place and facilitator.

Every field is bound to the session (ui.bindings): each keystroke is an edit saved at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.edits import Collection, Field, Part
from cdo_workshop.domain.labels import LAENDER_NAMES, MUNICIPALITY_KINDS
from cdo_workshop.domain.model import LAENDER, SHORT_TEXT, MunicipalityKind, Participant, Session
from cdo_workshop.ui import choices
from cdo_workshop.ui.bindings import bind_combo, bind_date, bind_line_edit, bind_spin
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.collection_table import CollectionEditor, Column
from cdo_workshop.ui.widgets.date_field import DateField
from cdo_workshop.ui.widgets.form import LabelledForm
from cdo_workshop.ui.widgets.optional_spin_box import OptionalSpinBox


def _labels(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class FramingPage(StepPage):
    key = "framing"
    parts = ("municipality", "participants")  # the template suggestion, completeness

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.heading = QLabel()
        self.heading.setObjectName("stepHeading")
        self.intro = QLabel(objectName="stepIntro")
        self.intro.setWordWrap(True)

        self.title_edit = self._line_edit("sessionTitle", Part.HEADER, "title")
        self.name_edit = self._line_edit("municipalityName", Part.MUNICIPALITY, "name")
        self.kind_combo = QComboBox(objectName="municipalityKind")
        for kind in MunicipalityKind:
            self.kind_combo.addItem("", kind.value)
        bind_combo(controller, Field(Part.MUNICIPALITY, "kind"), self.kind_combo)
        self.population_spin = OptionalSpinBox(objectName="population")
        self.population_spin.setRange(0, 20_000_000)
        self.population_spin.setGroupSeparatorShown(True)
        bind_spin(controller, Field(Part.MUNICIPALITY, "population"), self.population_spin)
        self.state_combo = QComboBox(objectName="state")
        self.state_combo.addItem("", "")
        for code in LAENDER:
            self.state_combo.addItem("", code)
        bind_combo(controller, Field(Part.MUNICIPALITY, "state"), self.state_combo)
        self.date_edit = DateField(objectName="workshopDate")
        bind_date(controller, Field(Part.HEADER, "workshop_date"), self.date_edit)
        self.place_edit = self._line_edit("place", Part.HEADER, "place")
        self.facilitator_edit = self._line_edit("facilitator", Part.HEADER, "facilitator")
        # The Hauptsatzung's value above which the council or a committee awards contracts:
        # the legal note of "contracts above the threshold" names it.
        self.threshold_spin = OptionalSpinBox(objectName="procurementThreshold")
        self.threshold_spin.setRange(0, 999_999_999)
        self.threshold_spin.setGroupSeparatorShown(True)
        self.threshold_spin.setSuffix(" \u20ac")
        bind_spin(
            controller, Field(Part.MUNICIPALITY, "procurement_threshold"), self.threshold_spin
        )

        self.form = LabelledForm(
            [
                self.name_edit,
                self.kind_combo,
                self.population_spin,
                self.state_combo,
                self.title_edit,
                self.date_edit,
                self.place_edit,
                self.facilitator_edit,
                self.threshold_spin,
            ]
        )
        self.template_combo = QComboBox(objectName="templateChoice")
        self.template_button = QPushButton(objectName="applyTemplate")
        self.template_button.clicked.connect(self._apply_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.template_button)
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template_combo)
        self.form.addRow(self.template_label, template_row)
        # What the Land's law means here: its code, the council's name, what it keeps.
        self.legal_basis = QLabel(objectName="legalBasis")
        self.legal_basis.setWordWrap(True)
        self.legal_basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.insertRow(4, self.legal_basis)  # the whole width: its lines fit exactly
        self.template_status = QLabel(objectName="templateStatus")
        self.template_status.setWordWrap(True)
        self.form.addRow("", self.template_status)

        self.participants_heading = QLabel(objectName="sectionHeading")
        self.participants = CollectionEditor(
            controller,
            Collection.PARTICIPANTS,
            [
                Column("name", lambda: self.tr("Name"), stretch=True),
                Column("function", lambda: self.tr("Function"), stretch=True),
                Column(
                    "group",
                    lambda: self.tr("Stakeholder group"),
                    "choice",
                    choices.groups(controller),
                ),
            ],
            Participant,
            "participants",
        )
        self.participants.setMinimumHeight(260)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.participants_heading)
        layout.addWidget(self.participants, 1)
        self.retranslate()

    def _apply_template(self) -> None:
        """Add what the template has and the session lacks, and say so (status bar too).

        A template only adds: on a session with content it never replaces or removes what
        the room has worked out (votes, RACI, renamed tasks), so there is nothing to
        confirm; one Ctrl+Z takes the whole template out again. If nothing is missing, the
        message says why nothing changed.
        """
        key = self.template_combo.currentData()
        session = self.controller.session
        if not key or session is None:
            return

        def counts() -> tuple[int, int, int]:
            s = self.controller.session
            return (len(s.tasks), len(s.decision_areas), len(s.resources)) if s else (0, 0, 0)

        before = counts()
        had_resources = bool(session.resources)
        self.controller.apply_template(key)
        tasks, areas, resources = (a - b for a, b in zip(counts(), before, strict=True))
        label = self.template_combo.currentText()
        if tasks or areas or resources:
            text = self.tr(
                "Template \u201c{template}\u201d applied: {tasks}, {areas} and {resources}"
                " added; what the session had stays. Ctrl+Z takes them out again."
            ).format(
                template=label,
                tasks=self.tr("%n task(s)", "", tasks),
                areas=self.tr("%n decision area(s)", "", areas),
                resources=self.tr("%n resource(s)", "", resources),
            )
        elif had_resources:
            text = self.tr(
                "Nothing added: the session already has every task and decision area of the"
                " template \u201c{template}\u201d, and resources of its own, which a template"
                " never replaces."
            ).format(template=label)
        else:
            text = self.tr(
                "Nothing added: the session already has everything of the template"
                " \u201c{template}\u201d."
            ).format(template=label)
        self.template_status.setText(text)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _line_edit(self, object_name: str, part: Part, name: str) -> QLineEdit:
        edit = QLineEdit(objectName=object_name)
        edit.setMaxLength(SHORT_TEXT)
        bind_line_edit(self.controller, Field(part, name), edit)
        return edit

    def retranslate(self) -> None:
        self.heading.setText(self.step_heading())
        self.participants_heading.setText(self.tr("Participants"))
        self.participants.retranslate(
            self.tr("&Add participant"), self.tr("Remove participant"), self.tr("Participants")
        )
        self.template_label.setText(self.tr("Temp&late:"))
        self.template_button.setText(self.tr("Apply"))
        self.template_button.setAccessibleName(self.tr("Apply template"))
        self.template_button.setToolTip(
            self.tr("Adds the template's tasks, decision areas and proposed resources (undoable)")
        )
        self.template_combo.setAccessibleName(self.tr("Template"))
        self._fill_templates()
        self.intro.setText(
            self.tr(
                "Who is the workshop for, and when and where does it take place? Everything you"
                " type is saved immediately."
            )
        )
        texts = [
            self.tr("&Municipality:"),
            self.tr("&Kind:"),
            self.tr("&Population:"),
            self.tr("State (La&nd):"),
            self.tr("Session &title:"),
            self.tr("&Workshop date:"),
            self.tr("Pla&ce:"),
            self.tr("&Facilitator:"),
            self.tr("Contract threshold (main statute):"),
        ]
        self.form.set_texts(texts)
        self.name_edit.setPlaceholderText(self.tr("e.g. Musterstadt"))
        self.title_edit.setPlaceholderText(self.tr("optional, e.g. Role clarification 2026"))
        self.population_spin.setSpecialValueText(self.tr("not given"))
        self.threshold_spin.setSpecialValueText(self.tr("not given"))
        self.threshold_spin.setToolTip(
            self.tr(
                "The value in the main statute (Hauptsatzung) above which the council or a"
                " committee awards contracts; each municipality sets its own."
            )
        )
        for i in range(self.kind_combo.count()):
            kind = MunicipalityKind(self.kind_combo.itemData(i))
            self.kind_combo.setItemText(i, _labels("Labels", MUNICIPALITY_KINDS[kind]))
        self.state_combo.setItemText(0, self.tr("not given"))
        if self.controller.session is not None:
            self._show_legal_basis(self.controller.session)
        for i in range(1, self.state_combo.count()):
            self.state_combo.setItemText(
                i, _labels("Labels", LAENDER_NAMES[self.state_combo.itemData(i)])
            )

    def _fill_templates(self) -> None:
        current = self.template_combo.currentData()
        self.template_combo.clear()
        catalog, language = self.controller.catalog, self.controller.language
        for key, template in catalog.templates.items():
            self.template_combo.addItem(template.label.get(language), key)
            self.template_combo.setItemData(
                self.template_combo.count() - 1,
                template.description.get(language),
                Qt.ItemDataRole.ToolTipRole,
            )
        found = self.template_combo.findData(current)
        if found >= 0:
            self.template_combo.setCurrentIndex(found)

    def load(self, session: Session) -> None:
        """The fields follow their bindings; here only what depends on them."""
        self._show_legal_basis(session)
        m = session.municipality
        suggested = (
            session.template or self.controller.catalog.template_for(m.population, m.kind.value).key
        )
        found = self.template_combo.findData(suggested)
        if found >= 0:
            self.template_combo.setCurrentIndex(found)

    def _show_legal_basis(self, session: Session) -> None:
        from cdo_workshop.domain.legal import legal_terms

        text = self.controller.translator.render(legal_terms(session).basis())
        self.legal_basis.setText(text)

    @classmethod
    def ready(cls, session: Session) -> bool:
        return bool(session.municipality.name.strip() and session.participants)
