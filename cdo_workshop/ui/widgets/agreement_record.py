"""The administration's record of the agreement: its file number and the council's resolution.

The council takes its part (budget line, post, decisions reserved to it) by resolution, not
by a councillor's signature; the agreement prints "resolved on … (no. …)" once the number is
entered, and "subject to the resolution of … at its meeting of …" before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from cdo_workshop.domain.edits import Field, Part
from cdo_workshop.ui.bindings import bind_date, bind_line_edit
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.widgets.date_field import DateField

FILE_NUMBER: Field[str] = Field(Part.AGREEMENT, "file_number")
RESOLUTION_DATE = Field(Part.AGREEMENT, "resolution_date")
RESOLUTION_NUMBER: Field[str] = Field(Part.AGREEMENT, "resolution_number")


class AgreementRecord(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.file_label = QLabel()
        self.file_edit = QLineEdit(objectName="fileNumber")
        self.resolution_label = QLabel()
        self.resolution_date = DateField(objectName="resolutionDate")
        self.number_label = QLabel()
        self.resolution_number = QLineEdit(objectName="resolutionNumber")
        self.hint = QLabel(objectName="hint", wordWrap=True)
        for edit in (self.file_edit, self.resolution_number):
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 30)
        self.resolution_date.setMaximumWidth(
            self.resolution_date.fontMetrics().averageCharWidth() * 22
        )
        self.file_label.setBuddy(self.file_edit)
        self.resolution_label.setBuddy(self.resolution_date)
        self.number_label.setBuddy(self.resolution_number)
        self.bindings = [
            bind_line_edit(controller, FILE_NUMBER, self.file_edit, self.tr("File number")),
            bind_date(
                controller, RESOLUTION_DATE, self.resolution_date, self.tr("Resolution date")
            ),
            bind_line_edit(
                controller, RESOLUTION_NUMBER, self.resolution_number, self.tr("Resolution number")
            ),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.file_label, 0, 0)
        grid.addWidget(self.file_edit, 0, 1, 1, 3)
        grid.addWidget(self.resolution_label, 1, 0)
        grid.addWidget(self.resolution_date, 1, 1)
        grid.addWidget(self.number_label, 1, 2)
        grid.addWidget(self.resolution_number, 1, 3)
        grid.addWidget(self.hint, 2, 0, 1, 5)
        grid.setColumnStretch(4, 1)
        controller.session_changed.connect(self._changed)
        self.retranslate()

    def _changed(self, change: Change) -> None:
        if change.changes.changed(Field(Part.MUNICIPALITY, "state")):
            self.retranslate()  # the council's name follows the Land

    def retranslate(self) -> None:
        council = self.controller.group_label("council") if self.controller.session else ""
        council = council or self.tr("council")
        self.file_label.setText(self.tr("File num&ber:"))
        self.file_edit.setAccessibleName(self.tr("File number of the agreement"))
        self.file_edit.setPlaceholderText(self.tr("e.g. 10-022.30/2026"))
        self.resolution_label.setText(
            self.tr("Resolution of the {council} on:").format(council=council)
        )
        self.resolution_date.setAccessibleName(
            self.tr("Date of the resolution of the {council}").format(council=council)
        )
        self.number_label.setText(self.tr("&No.:"))
        self.resolution_number.setAccessibleName(self.tr("Number of the resolution"))
        self.hint.setText(
            self.tr(
                "The {council} takes its part (budget, post, decisions reserved to it) by"
                " resolution, not by a member's signature. Enter the date of the meeting; once"
                " the resolution is taken, add its number. The agreement then says it was"
                " resolved on that date, and until then that it is subject to that resolution."
            ).format(council=council)
        )
