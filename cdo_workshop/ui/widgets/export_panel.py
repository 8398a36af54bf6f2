"""The agreement document at the end of step 9: create it, look at it, save it, print it.

"Create agreement" asks for a passphrase when the document is to be sealed (kept only in
the job that needs it), then builds and seals the PDF on the thread pool with a progress
bar and Cancel; the window stays usable. The bytes stay in memory for the preview, Save as
and Print, and a status line says in plain words what the seal is and what it is not.

Signals:
    created(object): an ExportResult is ready.
    failed(str): creating, saving or printing failed; the text is shown in the panel.
    saved(str): the agreement was written to this path.
    printed(int): that many pages went to the printer.
"""

from __future__ import annotations

import pickle
import re
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.edits import Part
from cdo_workshop.domain.model import Session
from cdo_workshop.ui import file_dialogs
from cdo_workshop.ui.announce import announce
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.export_process import ExportProcessGone, export_process
from cdo_workshop.ui.widgets.export_options import ExportChoice, ExportOptions, SealMode
from cdo_workshop.ui.workers import Job, run_in_thread
from cdo_workshop.usecases.export_pdf import STAGE_CERTIFICATE, ExportResult, SealRequest

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from cdo_workshop.ui.widgets.pdf_preview import PdfPreview

PREVIEW_HEIGHT = 560
PREVIEW_WARM_MS = 1500  # after step 9 is shown: the page is painted and read first
PANEL_STYLE = """
QLabel#exportMessage[kind="error"] {
    color: #8a1f11;
    font-weight: 600;
}
QLabel#sealStatus {
    background: #eef3f8;
    border-left: 4px solid #1f5f99;
    padding: 6px 8px;
}
"""


class ExportPanel(QWidget):
    created = Signal(object)
    failed = Signal(str)
    saved = Signal(str)
    printed = Signal(int)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.controller = controller
        self.result: ExportResult | None = None
        self.job: Job | None = None
        self.preview: PdfPreview | None = None  # built with the first agreement (QtPdf)
        self._printer: QPrinter | None = None  # alive while a print job uses it
        self._spooled_to = ""  # the printer the print service was given the PDF for
        # A child of the panel: it ends with it, whenever it would fire.
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_WARM_MS)
        self._preview_timer.timeout.connect(self._warm_preview)
        self._folder: Path | None = None

        self.intro = QLabel(objectName="exportIntro")
        self.intro.setWordWrap(True)
        self.options = ExportOptions(controller)
        self.create_button = QPushButton(objectName="createAgreement")
        self.create_button.clicked.connect(self.create)
        self.progress = QProgressBar(objectName="exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setMinimumWidth(220)
        self.stage_label = QLabel(objectName="exportStage")
        self.cancel_button = QPushButton(objectName="cancelExport")
        self.cancel_button.clicked.connect(self.cancel)
        run_row = QHBoxLayout()
        for widget in (self.create_button, self.progress, self.stage_label, self.cancel_button):
            run_row.addWidget(widget)
        for widget in (self.progress, self.stage_label, self.cancel_button):
            # Their place is kept while hidden: showing them then relays out only this row,
            # not the whole step page (about 40 ms less at the click).
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        run_row.addStretch(1)
        self.message = QLabel(objectName="exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.result_box = QFrame(objectName="exportResult")
        self.seal_status = QLabel(objectName="sealStatus")
        self.seal_status.setWordWrap(True)
        self.save_button = QPushButton(objectName="saveAgreement")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(objectName="printAgreement")
        self.print_button.clicked.connect(self.print_agreement)
        self.pages_label = QLabel(objectName="agreementPages")
        result_row = QHBoxLayout()
        result_row.addWidget(self.save_button)
        result_row.addWidget(self.print_button)
        result_row.addStretch(1)
        result_row.addWidget(self.pages_label)
        self.result_layout = QVBoxLayout(self.result_box)
        self.result_layout.setContentsMargins(0, 0, 0, 0)
        self.result_layout.addWidget(self.seal_status)
        self.result_layout.addLayout(result_row)
        self.result_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.options)
        layout.addLayout(run_row)
        layout.addWidget(self.message)
        layout.addWidget(self.result_box)
        controller.on_open(self.reset)
        controller.session_closed.connect(self.reset)
        controller.session_changed.connect(self._session_changed)
        self.retranslate()
        self._set_busy(False)
        self._say("")

    # -- creating -------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None

    def create(self) -> None:
        """Ask what the seal needs, then build the agreement in the background."""
        session = self.controller.session
        if session is None or self.busy():
            return
        choice = self.options.choice()
        asked, seal = self._seal_request(choice, session)
        if not asked:
            return
        from cdo_workshop.paths import data_dir
        from cdo_workshop.usecases.export_worker import ExportTask

        # Pickled for the export process now: it never sees the live session (and pickling
        # is several times faster than the deep copy a thread needed).
        task = ExportTask(
            session=session,
            language=choice.language,
            witness=choice.witness,
            qes_fields=choice.qes_fields,
            named_votes=choice.named_votes,
            seal=seal,
            database=self.controller.database_path,
            data_dir=data_dir(),
        )
        self._say("")
        self._set_busy(True)
        self.progress.setValue(0)
        self.stage_label.setText("")
        self.job = export_process().run(
            pickle.dumps(task),  # the session as it is now; the reader thread sends it
            self._created,
            self._job_failed,
            on_progress=self._job_progress,
            on_cancelled=self._job_cancelled,
            on_finished=self._job_finished,
        )

    def _seal_request(self, choice: ExportChoice, session: Session) -> tuple[bool, Any]:
        """(False, None) if the user cancelled; (True, None) for no seal."""
        if choice.seal == SealMode.NONE:
            return True, None
        from cdo_workshop.ui.dialogs.passphrase_dialog import ask_new_certificate, ask_passphrase

        title = self.tr("Seal the agreement")
        if choice.seal == SealMode.FILE:
            path = choice.p12
            if path is None:
                self.options.choose_certificate()
                path = self.options.p12
                if path is None:
                    return False, None
            passphrase = ask_passphrase(
                self,
                title,
                self.tr("Passphrase of the certificate file {file}:").format(file=path.name),
            )
            return passphrase is not None, (
                SealRequest(path, passphrase) if passphrase is not None else None
            )
        from cdo_workshop.export import signing

        path = signing.local_certificate_path()
        if signing.local_certificate_exists():
            passphrase = ask_passphrase(
                self, title, self.tr("Passphrase of this computer's local seal certificate:")
            )
            if passphrase is None:
                return False, None
            return True, SealRequest(path, passphrase, local=True)
        new = ask_new_certificate(
            self,
            self.tr("Create the local seal certificate"),
            self.tr(
                "This computer has no seal certificate yet. CDO Workshop creates one in"
                " {folder}. Its key is protected by a passphrase that is not stored anywhere:"
                " you need it every time you seal, and nobody can recover it."
            ).format(folder=str(path.parent)),
            session.facilitator,
        )
        if new is None:
            return False, None
        return True, SealRequest(path, new.passphrase, local=True, create_name=new.name)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage_label.setText(self.tr("Cancelling \u2026"))

    def _start(self, work: Any, on_done: Any) -> None:
        self._set_busy(True)
        self.progress.setValue(0)
        self.stage_label.setText("")
        self.job = run_in_thread(
            work,
            on_done,
            self._job_failed,
            on_progress=self._job_progress,
            on_cancelled=self._job_cancelled,
            on_finished=self._job_finished,
        )

    def _job_progress(self, fraction: float, stage: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.stage_label.setText(self._stage_text(stage))

    def _job_failed(self, error: BaseException) -> None:
        text = self._describe(error)
        self._say(text, error=True)
        self.failed.emit(text)

    def _job_cancelled(self) -> None:
        self._say(self.tr("Cancelled."))

    def _job_finished(self) -> None:
        self.job = None
        self._printer = None
        self._set_busy(False)

    def _created(self, result: ExportResult) -> None:
        session = self.controller.session
        if session is None or session.id != result.session_id:
            return  # finished just as another session was opened
        self.result = result
        # The preview reads the PDF in this turn of the event loop, the panel shows it in
        # the next: each a short stop (together they were the longest stall of an export).
        self._build_preview().load(result.pdf)
        QTimer.singleShot(0, lambda: self._arrived(result))

    def _arrived(self, result: ExportResult) -> None:
        if self.result is not result:
            return  # reset meanwhile (another session, an edit)
        self._show_result()
        self.options.refresh_local_status()  # it may have been created just now
        self.created.emit(result)

    # -- the result ---------------------------------------------------------------------

    def _show_result(self) -> None:
        """The result's box (its PDF is in the preview since `_created`)."""
        result = self.result
        if result is None:
            self.result_box.hide()
            return
        preview = self._build_preview()
        self.pages_label.setText(self.tr("%n page(s)", "", preview.page_count()))
        self.seal_status.setText(self._seal_text(result))
        self.result_box.show()
        announce(
            self.result_box,
            self.tr("The agreement is ready: {pages}. Preview, save and print below.").format(
                pages=self.pages_label.text()
            ),
        )

    def _build_preview(self) -> PdfPreview:
        """The preview, made once: when idle at step 9 (`_warm_preview`) or at the latest
        when the first agreement arrives."""
        if self.preview is None:
            from cdo_workshop.ui.widgets.pdf_preview import PdfPreview

            self.preview = PdfPreview()
            self.preview.setMinimumHeight(PREVIEW_HEIGHT)
            self.result_layout.addWidget(self.preview)
        return self.preview

    def _warm_preview(self) -> None:
        """QtPdf's import (about 50 ms, one piece) while the room reads step 9, not in the
        moment the agreement arrives."""
        if self.preview is None and self.isVisible():
            self._build_preview()

    def _seal_text(self, result: ExportResult) -> str:
        lines = []
        if result.sealed_by:
            lines.append(
                self.tr(
                    "Sealed by {name}. The seal shows whether the file is changed later and who"
                    " sealed it. It is not a qualified electronic signature and does not replace"
                    " the signatures."
                ).format(name=result.sealed_by)
            )
            if result.local_certificate:
                lines.append(
                    self.tr(
                        "The local certificate is self-signed: the seal proves that the file is"
                        " unchanged, not who the sealer is."
                    )
                )
            lines.append(self.tr("Check a saved copy with Session \u203a Verify agreement \u2026."))
        else:
            lines.append(
                self.tr(
                    "Not sealed: changes made to the file later cannot be detected. Choose a"
                    " seal above if the file is to be archived or passed on."
                )
            )
        lines.append(
            self.tr(
                "%n of {count} signatories signed on screen (simple electronic signatures);"
                " the other signature boxes are lines for signing in ink.",
                "",
                result.signed_on_screen,
            ).format(count=result.signatories)
        )
        return "\n".join(lines)

    def reset(self) -> None:
        """Another session (or none): the agreement shown belongs to the old one."""
        if self.job is not None:
            self.job.cancel()
        self.result = None
        if self.preview is not None:
            self.preview.document.close()
        self.result_box.hide()
        self._say("")

    def _session_changed(self, change: Change) -> None:
        session = self.controller.session
        if self.result is None or session is None or change.changes.only(Part.PROGRESS, Part.ROOM):
            return
        if session.id == self.result.session_id:
            self._say(
                self.tr(
                    "The session has changed since this document was created. Create it again"
                    " to include the changes."
                )
            )

    # -- save and print -----------------------------------------------------------------

    def suggested_path(self) -> Path:
        session = self.controller.session
        name = (session.municipality.name or session.title) if session else ""
        day = session.workshop_date.isoformat() if session and session.workshop_date else ""
        stem = self.tr("Role agreement {name} {date}").format(name=name, date=day)
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", " ".join(stem.split())).strip(" .-")
        return (self._folder or file_dialogs.start_folder(self.controller.database_path)) / (
            f"{stem or 'agreement'}.pdf"
        )

    def save_as(self) -> None:
        if self.result is None:
            return
        suggested = self.suggested_path()
        chosen = file_dialogs.save_file(
            self,
            self.tr("Save the agreement"),
            self.tr("PDF documents (*.pdf)"),
            suggested.name,
            self.controller.database_path,
            "pdf",
            self._folder,
        )
        if chosen:
            self.save_to(chosen)

    def save_to(self, path: Path) -> bool:
        from cdo_workshop.storage.errors import StorageError
        from cdo_workshop.storage.files import write_document

        if self.result is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_document(path, self.result.pdf, self.controller.database_path)
        except (OSError, StorageError) as e:
            detail = (
                e.render(self.controller.translator.translate)
                if isinstance(e, StorageError)
                else e.strerror or str(e)
            )
            text = self.tr("The file {path} cannot be written: {detail}").format(
                path=str(path), detail=detail
            )
            self._say(text, error=True)
            self.failed.emit(text)
            return False
        self._folder = path.parent
        self._say(self.tr("Saved as {path}.").format(path=str(path)))
        self.saved.emit(str(path))
        return True

    def print_agreement(self) -> None:
        if self.result is None or self.busy():
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from cdo_workshop.ui.widgets.pdf_preview import page_size

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = page_size(self.result.pdf)
        if size is not None:
            printer.setPageSize(size)
        printer.setDocName(self.suggested_path().stem)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        # No "print to file": its browse button opens a file dialog that reads files to tell
        # their types, and the file could be the database (docs/storage.md). "Save as …"
        # writes the PDF itself.
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        finally:
            dialog.deleteLater()
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print in the background onto a printer that is set up (by the dialog or a test)."""
        if self.result is None or self.busy():
            return
        from cdo_workshop.storage.files import is_database_file

        target = printer.outputFileName()
        if target and is_database_file(Path(target), self.controller.database_path):
            text = self.tr("{path} is the session database; the agreement is not printed there.")
            self._say(text.format(path=target), error=True)
            return
        from cdo_workshop.ui import print_service
        from cdo_workshop.ui.widgets.pdf_preview import print_pdf

        data = self.result.pdf
        self._say("")
        target = print_service.target_of(printer)
        if target is not None and print_service.spooler() is not None:
            # The PDF itself to the system's print service: sharp, and a fraction of the
            # data of rasterised pages; without one, the pages are rasterised (below).
            title = self.suggested_path().stem
            pages = self.preview.page_count() if self.preview is not None else 0
            self._spooled_to = target.printer
            self._start(
                lambda report: print_service.send(data, target, title, pages, report),
                self._printed,
            )
            return
        self._spooled_to = ""
        self._start(lambda report: print_pdf(data, printer, report), self._printed)
        self._printer = printer

    def _printed(self, pages: int) -> None:
        if self._spooled_to:
            text = self.tr("%n page(s) sent to {printer} as PDF.", "", pages)
            self._say(text.format(printer=self._spooled_to))
        else:
            self._say(self.tr("%n page(s) sent to the printer.", "", pages))
        self.printed.emit(pages)

    # -- texts and state --------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.options.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        for widget in (self.progress, self.stage_label, self.cancel_button):
            widget.setVisible(busy)
        self.cancel_button.setEnabled(busy)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        announce(self.message, text, assertive=error)
        self.message.setProperty("kind", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def _stage_text(self, stage: str) -> str:
        texts = {
            STAGE_CERTIFICATE: self.tr("Opening the seal certificate \u2026"),
            "analysis": self.tr("Analysing the session \u2026"),
            "layout": self.tr("Laying out the pages \u2026"),
            "archive": self.tr("Making the archival PDF (PDF/A-3) \u2026"),
            "seal": self.tr("Sealing \u2026"),
            "done": self.tr("Done"),
            "print": self.tr("Printing \u2026"),
        }
        return texts.get(stage, stage)

    def _describe(self, error: BaseException) -> str:
        from cdo_workshop.export.errors import ExportError
        from cdo_workshop.ui.print_service import SpoolerRefused
        from cdo_workshop.ui.widgets.pdf_preview import PrinterUnavailable

        if isinstance(error, ExportError):
            return error.render(self.controller.translator.translate, self.controller.language)
        if isinstance(error, ExportProcessGone):
            return self.tr(
                "The export stopped unexpectedly (its process ended). Nothing was saved;"
                " please create the agreement again."
            )
        if isinstance(error, SpoolerRefused):
            return self.tr(
                "The print service did not take the agreement: {detail}. Check the printer"
                " (or choose another) and try again."
            ).format(detail=error.detail)
        if isinstance(error, PrinterUnavailable):
            return self.tr("The printer cannot be used. Check the printer and try again.")
        if isinstance(error, OSError):
            return self.tr("The file {path} cannot be read or written: {detail}").format(
                path=error.filename or "", detail=error.strerror or str(error)
            )
        traceback.print_exception(error, file=sys.stderr)  # a bug: keep the details
        return self.tr("Unexpected error: {error}").format(error=f"{type(error).__name__}: {error}")

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Creates the agreement as an archival PDF (PDF/A-3) with the session data inside."
                " Signatures drawn on screen appear in their boxes; the other boxes stay lines"
                " for signing in ink."
            )
        )
        for button, text in (
            (self.create_button, self.tr("&Create agreement")),
            (self.cancel_button, self.tr("Cancel")),
            (self.save_button, self.tr("Sa&ve as \u2026")),
            (self.print_button, self.tr("&Print \u2026")),
        ):
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
        self.save_button.setAccessibleName(self.tr("Save the agreement as a file"))
        self.print_button.setAccessibleName(self.tr("Print the agreement"))
        self.progress.setAccessibleName(self.tr("Progress"))
        if self.preview is not None:
            self.preview.retranslate()
        if self.result is not None:
            self._show_result()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The export process imports ReportLab and pyHanko while the room reads step 9;
        # the window itself imports the preview's QtPdf a little later.
        export_process().warm()
        if self.preview is None and not self._preview_timer.isActive():
            # counted from when the events of showing the page (its paint) are done
            QTimer.singleShot(0, self._preview_timer.start)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
