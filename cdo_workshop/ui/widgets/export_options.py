"""What the agreement PDF should be: its language, the integrity seal, extra boxes.

Plain values out (`choice()`), nothing is exported here. The seal, witness and signature
field choices are saved with the session (`room.export`, not undoable), so the next export
starts as the last one; the certificate file and its passphrase are not. Whether the local
certificate exists is looked up when the options are shown, not at start-up (the export
code loads on first use).

Signals:
    changed(): an option changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.edits import Field, Part, SetField
from cdo_workshop.domain.model import ExportChoices
from cdo_workshop.ui import file_dialogs
from cdo_workshop.ui.controller import SessionController

LANGUAGES = (("de", "Deutsch"), ("en", "English"))  # each in its own language


class SealMode(StrEnum):
    NONE = "none"
    LOCAL = "local"
    FILE = "file"


@dataclass(frozen=True)
class ExportChoice:
    language: str
    seal: SealMode
    p12: Path | None  # with SealMode.FILE
    witness: bool
    qes_fields: bool
    named_votes: bool = False


class ExportOptions(QWidget):
    changed = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.controller = controller
        self.p12: Path | None = None
        self._language_chosen = False  # until then the document follows the UI language

        self.language_label = QLabel()
        self.language_combo = QComboBox(objectName="documentLanguage")
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self._follow_ui_language()
        self.language_combo.activated.connect(self._language_activated)

        self.seal_box = QGroupBox(objectName="sealOptions")
        self.no_seal = QRadioButton(objectName="sealNone")
        self.local_seal = QRadioButton(objectName="sealLocal")
        self.file_seal = QRadioButton(objectName="sealFile")
        self.seal_group = QButtonGroup(self)
        for button in (self.no_seal, self.local_seal, self.file_seal):
            self.seal_group.addButton(button)
        self.no_seal.setChecked(True)
        self.seal_group.buttonToggled.connect(lambda *_: self.changed.emit())
        self._seal_chosen = False  # until then, an existing local certificate is preselected
        self.seal_group.buttonClicked.connect(self._seal_clicked)
        self.changed.connect(self._save_choices)
        controller.on_open(self._load_choices)
        self.local_status = QLabel(objectName="localCertificateStatus")
        self.local_status.setWordWrap(True)
        self.file_label = QLabel(objectName="certificateFile")
        self.file_label.setWordWrap(True)
        self.choose_file = QPushButton(objectName="chooseCertificate")
        self.choose_file.clicked.connect(self.choose_certificate)
        self.seal_note = QLabel(objectName="sealNote")
        self.seal_note.setWordWrap(True)
        grid = QGridLayout(self.seal_box)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.no_seal, 0, 0)
        grid.addWidget(self.local_seal, 1, 0)
        grid.addWidget(self.local_status, 1, 1)
        grid.addWidget(self.file_seal, 2, 0)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_file)
        grid.addLayout(file_row, 2, 1)
        grid.addWidget(self.seal_note, 3, 0, 1, 2)

        self.witness_box = QCheckBox(objectName="witnessBox")
        self.qes_box = QCheckBox(objectName="qesFields")
        self.named_votes_box = QCheckBox(objectName="namedVotes")
        for box in (self.witness_box, self.qes_box, self.named_votes_box):
            box.toggled.connect(lambda _on: self.changed.emit())

        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(language_row)
        layout.addWidget(self.seal_box)
        layout.addWidget(self.witness_box)
        layout.addWidget(self.qes_box)
        layout.addWidget(self.named_votes_box)
        self.retranslate()

    # -- values --------------------------------------------------------------------------

    def choice(self) -> ExportChoice:
        return ExportChoice(
            language=str(self.language_combo.currentData()),
            seal=self.seal_mode(),
            p12=self.p12 if self.seal_mode() == SealMode.FILE else None,
            witness=self.witness_box.isChecked(),
            qes_fields=self.qes_box.isChecked(),
            named_votes=self.named_votes_box.isChecked(),
        )

    def seal_mode(self) -> SealMode:
        if self.local_seal.isChecked():
            return SealMode.LOCAL
        if self.file_seal.isChecked():
            return SealMode.FILE
        return SealMode.NONE

    def set_language(self, language: str) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))
        self._language_chosen = True
        self.changed.emit()

    def set_certificate_file(self, path: Path | None) -> None:
        self.p12 = path
        self._seal_chosen = True
        if path is not None:
            self.file_seal.setChecked(True)
        self._show_file()
        self.changed.emit()

    def choose_certificate(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Choose a seal certificate"),
            self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"),
            self.controller.database_path,
            self.p12.parent if self.p12 else None,
        )
        if path is None:
            return
        from cdo_workshop.storage.files import is_database_file

        if is_database_file(path, self.controller.database_path):
            self.controller.failed.emit(
                self.tr(
                    "{path} is the database in which CDO Workshop keeps the sessions, not a"
                    " certificate. Choose the certificate file (.p12 or .pfx)."
                ).format(path=path)
            )
            return
        self.set_certificate_file(path)

    def is_ready(self) -> bool:
        """False while "certificate file" is chosen without a file."""
        return self.seal_mode() != SealMode.FILE or self.p12 is not None

    # -- keeping up ----------------------------------------------------------------------

    def _seal_clicked(self, _button: QRadioButton) -> None:
        self._seal_chosen = True
        self._save_choices()

    def _load_choices(self) -> None:
        session = self.controller.session
        if session is None:
            return
        saved = session.room.export
        self._loading = True
        try:
            self._seal_chosen = bool(saved.seal)
            button = {"local": self.local_seal, "file": self.file_seal}.get(saved.seal)
            (button or self.no_seal).setChecked(True)
            self.witness_box.setChecked(saved.witness)
            self.qes_box.setChecked(saved.qes_fields)
            self.named_votes_box.setChecked(saved.named_votes)
        finally:
            self._loading = False
        if self.isVisible():
            self.refresh_local_status()

    def _save_choices(self) -> None:
        """Kept with the session for the next export (a view choice, not an undo step)."""
        session = self.controller.session
        if session is None or getattr(self, "_loading", False):
            return
        choices = ExportChoices(
            seal=self.seal_mode().value if self._seal_chosen else "",
            witness=self.witness_box.isChecked(),
            qes_fields=self.qes_box.isChecked(),
            named_votes=self.named_votes_box.isChecked(),
        )
        if choices != session.room.export:
            self.controller.record(SetField(Field(Part.ROOM, "export"), choices))

    def _language_activated(self, _index: int) -> None:
        self._language_chosen = True
        self.changed.emit()

    def _follow_ui_language(self) -> None:
        if not self._language_chosen:
            index = self.language_combo.findData(self.controller.language)
            self.language_combo.setCurrentIndex(max(0, index))

    def refresh_local_status(self) -> None:
        from cdo_workshop.export.signing import local_certificate_exists

        if local_certificate_exists():
            self.local_status.setText(
                self.tr("Exists on this computer; you need its passphrase to seal.")
            )
            if not self._seal_chosen:
                self.local_seal.setChecked(True)
        else:
            self.local_status.setText(
                self.tr("Not created yet: it is created when you first seal with it.")
            )

    def _show_file(self) -> None:
        self.file_label.setText(str(self.p12) if self.p12 else self.tr("No file chosen"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_local_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._follow_ui_language()
        self.language_label.setText(self.tr("Doc&ument language:"))
        self.language_combo.setAccessibleName(self.tr("Document language"))
        self.seal_box.setTitle(self.tr("Integrity seal"))
        for button, text in (
            (self.no_seal, self.tr("No seal")),
            (self.local_seal, self.tr("Seal with this co&mputer's local certificate")),
            (self.file_seal, self.tr("Seal with a certificate file (P&KCS#12)")),
            (self.choose_file, self.tr("C&hoose file \u2026")),
            (self.witness_box, self.tr("Signature box for the facilitator as witness")),
            (
                self.qes_box,
                self.tr("Empty signature fields for &qualified electronic signatures later"),
            ),
            (
                self.named_votes_box,
                self.tr("Show who voted how in appendix A (names beside the votes)"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.choose_file.setAccessibleName(self.tr("Choose a certificate file"))
        self.seal_note.setText(
            self.tr(
                "The seal shows whether the file was changed after sealing; who sealed it, only"
                " with a certificate from a trust service (this computer's own certificate"
                " proves integrity, not identity). It is not a qualified electronic signature"
                " and does not replace the signatures of the signatories."
            )
        )
        self._show_file()
        if self.isVisible():
            self.refresh_local_status()
