"""Turn an accepted recommendation into a measure: values in (the recommendation's text,
its options, the people in the room), values out (what, owner, due date)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.model import LONG_TEXT, SHORT_TEXT
from cdo_workshop.ui.widgets.date_field import DateField


@dataclass(frozen=True)
class MeasureInput:
    what: str
    owner: str
    due: date | None


class MeasureDialog(QDialog):
    """`options` prefill "what" (the first one, or the one chosen); `owners` are suggestions."""

    def __init__(
        self,
        recommendation: str,
        options: Sequence[str],
        owners: Sequence[str],
        due: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measureDialog")
        self.setWindowTitle(self.tr("Accept recommendation"))
        intro = QLabel(recommendation, objectName="measureRecommendation")
        intro.setWordWrap(True)
        self.option_combo = QComboBox(objectName="measureOption")
        for text in options:
            self.option_combo.addItem(text)
        self.option_combo.setVisible(len(options) > 1)
        self.option_combo.activated.connect(
            lambda i: self.what_edit.setPlainText(self.option_combo.itemText(i))
        )
        self.what_edit = QPlainTextEdit(objectName="measureWhat")
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setPlainText(options[0] if options else "")
        self.what_edit.setFixedHeight(self.what_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.owner_combo = QComboBox(objectName="measureOwner")
        self.owner_combo.setEditable(True)
        self.owner_combo.addItems(list(owners))
        self.owner_combo.setCurrentIndex(-1)
        self.owner_combo.lineEdit().setMaxLength(SHORT_TEXT)
        self.owner_combo.lineEdit().setPlaceholderText(self.tr("Who takes care of it?"))
        self.due_edit = DateField(objectName="measureDue")
        self.due_edit.setDate(due)

        form = QFormLayout()
        rows = (
            (self.tr("&Option:"), self.option_combo),
            (self.tr("&Measure:"), self.what_edit),
            (self.tr("&Owner:"), self.owner_combo),
            (self.tr("&Due by:"), self.due_edit),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            if widget is self.option_combo:
                label.setVisible(len(options) > 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create measure"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.what_edit.textChanged.connect(self._update_ok)
        self.owner_combo.editTextChanged.connect(self._update_ok)
        self.due_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self._update_ok()
        self.owner_combo.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.value()))

    def value(self) -> MeasureInput | None:
        """The measure, or None while "what" or the owner is missing."""
        what = self.what_edit.toPlainText().strip()[:LONG_TEXT]
        owner = self.owner_combo.currentText().strip()[:SHORT_TEXT]
        if not what or not owner:
            return None
        due, valid = self.due_edit.typed()
        if not valid:
            return None
        return MeasureInput(what, owner, due)


def ask_measure(
    parent: QWidget,
    recommendation: str,
    options: Sequence[str],
    owners: Sequence[str],
    due: date,
) -> MeasureInput | None:
    dialog = MeasureDialog(recommendation, options, owners, due, parent)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
