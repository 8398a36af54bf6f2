"""Prüfen: check the seal of an agreement PDF and say the result in plain words.

Who sealed it, when, whether it is intact or was changed after sealing, and whether its
content matches a session saved on this computer (the lines of `SealCheck.report()`,
rendered by the app's translator). The saved sessions are read here, in the UI thread
that owns the database; fingerprints and pyHanko's check run on the thread pool.

Signals:
    checked(object): the SealCheck of the chosen file.
    failed(str): the file could not be checked; the text is shown in the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.ui.controller import SessionController
from cdo_workshop.ui.workers import Job, Report, run_in_thread

STYLE = """
QLabel#verdict {
    font-size: 14pt;
    font-weight: 600;
    padding: 8px 10px;
    border-left: 6px solid #8c8c8c;
}
QLabel#verdict[verdict="valid"] {
    color: #1e5b2a;
    border-left-color: #2e7d3e;
    background: #edf6ef;
}
QLabel#verdict[verdict="changed"], QLabel#verdict[verdict="invalid"],
QLabel#verdict[verdict="resealed"], QLabel#verdict[verdict="unsealed"],
QLabel#verdict[verdict="error"] {
    color: #8a1f11;
    border-left-color: #9a3b00;
    background: #fbefec;
}
"""


def check_file(
    path: Path, sessions: Sequence[Any], report: Report, database: Path | None = None
) -> Any:
    """Read and check one PDF against the given saved sessions (for a worker thread)."""
    from cdo_workshop.export.verify import fingerprint_index, verify_pdf
    from cdo_workshop.storage.files import read_document

    data = read_document(path, database)
    report(0.2, "read")
    index = fingerprint_index(sessions)
    return verify_pdf(data, lookup=lambda digest: index.get(digest, []))


class VerifyDialog(QDialog):
    checked = Signal(object)
    failed = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setStyleSheet(STYLE)
        self.controller = controller
        self.job: Job | None = None
        self.path: Path | None = None
        self.check: Any = None  # the last SealCheck

        self.intro = QLabel(objectName="verifyIntro")
        self.intro.setWordWrap(True)
        self.file_label = QLabel(objectName="verifyFile")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(objectName="choosePdf")
        self.choose_button.clicked.connect(self.choose_file)
        self.busy_bar = QProgressBar(objectName="verifyProgress")
        self.busy_bar.setRange(0, 0)  # pyHanko reports no steps: just "working"
        self.busy_bar.setMaximumWidth(200)
        self.busy_bar.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.busy_bar)
        file_row.addWidget(self.choose_button)
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.details = QLabel(objectName="verifyDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("closeVerify")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(file_row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(760, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify agreement"))
        self.intro.setText(
            self.tr(
                "Checks the integrity seal of an agreement PDF: who sealed it and when, whether"
                " it was changed after sealing, and whether it matches a session saved on this"
                " computer."
            )
        )
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen yet."))
        self.choose_button.setText(self.tr("&Choose PDF \u2026"))
        self.choose_button.setAccessibleName(self.tr("Choose the PDF to verify"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.busy_bar.setAccessibleName(self.tr("Checking"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.check is not None:
                self._show_check(self.check)  # the result in the new language
        super().changeEvent(event)

    def choose_file(self) -> None:
        from cdo_workshop.ui import file_dialogs

        chosen = file_dialogs.open_file(
            self,
            self.tr("Choose the agreement to verify"),
            self.tr("PDF documents (*.pdf)"),
            self.controller.database_path,
            self.path.parent if self.path else None,
        )
        if chosen:
            self.check_path(chosen)

    def check_path(self, path: Path) -> None:
        """Check `path` in the background; the result arrives with `checked` or `failed`."""
        if self.job is not None:
            return
        self.path = path
        self.file_label.setText(str(path))
        sessions = self._saved_sessions()
        self.verdict.hide()
        self.details.clear()
        self.choose_button.setEnabled(False)
        self.busy_bar.show()
        database = self.controller.database_path
        self.job = run_in_thread(
            lambda report: check_file(path, sessions, report, database),
            self._checked,
            self._failed,
            on_finished=self._finished,
        )

    def _saved_sessions(self) -> list[Any]:
        from cdo_workshop.storage.errors import StorageError

        sessions = []
        try:
            repository = self.controller.repository
            for summary in repository.list():
                if summary.readable():
                    try:
                        sessions.append(repository.load(summary.id))
                    except StorageError:  # one damaged session hides no other
                        continue
        except StorageError:  # the seal check stands on its own
            return sessions
        return sessions

    def _checked(self, check: Any) -> None:
        self.check = check
        self._show_check(check)
        self.checked.emit(check)

    def _show_check(self, check: Any) -> None:
        render = self.controller.translator.render
        lines = [render(line) for line in check.report()]
        self._show(str(check.verdict), lines[0], lines[1:])

    def _failed(self, error: BaseException) -> None:
        from cdo_workshop.export.errors import ExportError
        from cdo_workshop.storage.errors import StorageError

        if isinstance(error, ExportError):
            text = error.render(self.controller.translator.translate, self.controller.language)
        elif isinstance(error, StorageError):
            text = error.render(self.controller.translator.translate)
        elif isinstance(error, OSError):
            text = self.tr("The file {path} cannot be read: {detail}").format(
                path=str(self.path), detail=error.strerror or str(error)
            )
        else:
            text = self.tr("Unexpected error: {error}").format(
                error=f"{type(error).__name__}: {error}"
            )
        self.check = None
        self._show("error", text, [])
        self.failed.emit(text)

    def _show(self, kind: str, headline: str, lines: list[str]) -> None:
        self.verdict.setProperty("verdict", kind)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.verdict.setText(headline)
        self.verdict.setAccessibleName(headline)
        self.verdict.show()
        self.details.setText("\n\n".join(lines))

    def _finished(self) -> None:
        self.job = None
        self.busy_bar.hide()
        self.choose_button.setEnabled(True)
        self.choose_button.setFocus()


def show_verify_dialog(parent: QWidget, controller: SessionController) -> VerifyDialog:
    """Open the dialog window-modal and let it delete itself when closed."""
    dialog = VerifyDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
