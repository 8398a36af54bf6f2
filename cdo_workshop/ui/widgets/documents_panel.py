"""Step 9's documents for HR and the council beside the agreement PDF: the job description,
a draft job advertisement and the council paper, as Word (.docx) or LibreOffice (.odt)
files built in the background (usecases.export_doc)."""

from __future__ import annotations

import copy
import re
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.ui import file_dialogs
from cdo_workshop.ui.announce import announce
from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.workers import Job, Report, run_in_thread

KINDS = ("stellenbeschreibung", "ausschreibung", "beschlussvorlage")


class DocumentsPanel(QWidget):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.job: Job | None = None
        self.heading = QLabel(objectName="sectionHeading")
        self.intro = QLabel(wordWrap=True)
        self.language_label = QLabel()
        self.language = QComboBox(objectName="documentsLanguage")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language_label.setBuddy(self.language)
        self.titles: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, kind in enumerate(KINDS):
            self.titles[kind] = QLabel(objectName="documentTitle")
            self.texts[kind] = QLabel(wordWrap=True)
            button = QPushButton(objectName=f"save_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.save_as(k))
            self.buttons[kind] = button
            grid.addWidget(self.titles[kind], row, 0)
            grid.addWidget(self.texts[kind], row, 1)
            grid.addWidget(button, row, 2)
        self.status = QLabel(objectName="documentsStatus", wordWrap=True)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for item in (self.heading, self.intro, language_row, grid, self.status):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Documents for HR and the council"))
        self.intro.setText(
            self.tr(
                "Built from the same workshop results as the agreement, as files HR and the"
                " mayor's office edit in Word or LibreOffice."
            )
        )
        self.language_label.setText(self.tr("&Language of the documents:"))
        self.language.setAccessibleName(self.tr("Language of the documents"))
        titles = {
            "stellenbeschreibung": self.tr("Job description"),
            "ausschreibung": self.tr("Job advertisement (draft)"),
            "beschlussvorlage": self.tr("Council paper"),
        }
        texts = {
            "stellenbeschreibung": self.tr(
                "For HR: the post, its position, the work processes with their time shares"
                " (the basis for grading), powers, requirement profile and resources."
            ),
            "ausschreibung": self.tr(
                "For HR: tasks, profile and pay grade in plain language, marked as a draft"
                " that HR completes before publishing."
            ),
            "beschlussvorlage": self.tr(
                "For the mayor's office: what the council must decide (budget, posts,"
                " strategy, review), the reasons and the financial effects."
            ),
        }
        for kind in KINDS:
            self.titles[kind].setText(f"<b>{titles[kind]}</b>")
            self.texts[kind].setText(texts[kind])
            self.buttons[kind].setText(self.tr("Save as …"))
            self.buttons[kind].setAccessibleName(
                self.tr("Save the {document} as Word or LibreOffice file").format(
                    document=titles[kind]
                )
            )

    def suggested_name(self, kind: str) -> str:
        session = self.controller.session
        name = session.display_title() if session else ""
        stem = f"{self.titles[kind].text().removeprefix('<b>').removesuffix('</b>')} {name}"
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", " ".join(stem.split())).strip(" .-")
        return f"{stem or kind}.docx"

    def save_as(self, kind: str) -> None:
        if self.controller.session is None or self.job is not None:
            return
        chosen = file_dialogs.save_file(
            self,
            self.tr("Save the document"),
            self.tr("Word documents (*.docx);;LibreOffice documents (*.odt)"),
            self.suggested_name(kind),
            self.controller.database_path,
            "docx",
        )
        if chosen:
            self.save_to(kind, chosen)

    def save_to(self, kind: str, path: Path) -> None:
        """Build the document in the background and write it to `path` (.docx or .odt)."""
        from cdo_workshop.usecases.export_doc import export_doc

        session = self.controller.session
        if session is None or self.job is not None:
            return
        if path.suffix.lower() not in (".docx", ".odt"):
            path = path.with_name(path.name + ".docx")
        snapshot = copy.deepcopy(session)  # the worker never sees the live session
        catalog, database = self.controller.catalog, self.controller.database_path
        language = str(self.language.currentData())
        fmt = path.suffix

        def work(report: Report) -> str:
            from cdo_workshop.i18n import Translator
            from cdo_workshop.storage.files import write_document

            data = export_doc(
                snapshot, catalog, kind, fmt, language, Translator(language).translate
            )
            write_document(path, data, database)
            return str(path)

        self._set_busy(True)
        self.status.setText(self.tr("Writing {path} …").format(path=str(path)))
        self.job = run_in_thread(work, self._done, self._failed, on_finished=self._finished)

    def _done(self, path: str) -> None:
        self.status.setText(self.tr("Saved as {path}.").format(path=path))
        announce(self.status, self.status.text())
        self.saved.emit(path)

    def _failed(self, error: BaseException) -> None:
        from cdo_workshop.export.errors import ExportError
        from cdo_workshop.storage.errors import StorageError

        translate = self.controller.translator.translate
        if isinstance(error, ExportError):
            text = error.render(translate, self.controller.language)
        elif isinstance(error, StorageError):
            text = error.render(translate)
        elif isinstance(error, OSError):
            text = self.tr("The file {path} cannot be written: {detail}").format(
                path=error.filename or "", detail=error.strerror or str(error)
            )
        else:
            traceback.print_exception(error, file=sys.stderr)  # a bug: keep the details
            text = self.tr("Unexpected error: {error}").format(
                error=f"{type(error).__name__}: {error}"
            )
        self.status.setText(text)
        announce(self.status, text, assertive=True)
        self.failed.emit(text)

    def _finished(self) -> None:
        self.job = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)
