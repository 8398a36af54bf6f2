"""Passphrases for the seal certificate: asked each time, handed on, never kept.

`ask_passphrase` asks for the passphrase of an existing certificate; `ask_new_certificate`
asks for the name and a new passphrase (twice) before the local certificate is created.
Both return the passphrase as bytes to the caller, which passes it to the export job only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


@dataclass(frozen=True)
class NewCertificate:
    name: str
    passphrase: bytes


class PassphraseDialog(QDialog):
    """One passphrase field; with `create`, also the holder's name and a repetition."""

    def __init__(
        self,
        title: str,
        text: str,
        *,
        create: bool = False,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(title)
        self.create = create
        intro = QLabel(text, objectName="passphraseText")
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name, objectName="certificateName")
        self.name_edit.setMaxLength(64)
        self.passphrase_edit = QLineEdit(objectName="passphrase")
        self.repeat_edit = QLineEdit(objectName="passphraseRepeat")
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.name_edit.textChanged.connect(self._update)
        self.problem = QLabel(objectName="passphraseProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        rows = [(self.tr("&Passphrase:"), self.passphrase_edit)]
        if create:
            rows = [
                (self.tr("&Name in the certificate:"), self.name_edit),
                *rows,
                (self.tr("&Repeat passphrase:"), self.repeat_edit),
            ]
        else:
            self.name_edit.hide()
            self.repeat_edit.hide()
        for label_text, widget in rows:
            label = QLabel(label_text)
            label.setBuddy(widget)
            widget.setAccessibleName(label_text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("passphraseOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        (self.name_edit if create and not name else self.passphrase_edit).setFocus()
        self._update()

    def _update(self) -> None:
        problem = ""
        passphrase = self.passphrase_edit.text()
        if self.create:
            if not self.name_edit.text().strip():
                problem = self.tr("The certificate needs a name.")
            elif len(passphrase) < MIN_LENGTH:
                problem = self.tr("The passphrase needs at least {count} characters.").format(
                    count=MIN_LENGTH
                )
            elif passphrase != self.repeat_edit.text():
                problem = self.tr("The two passphrases differ.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem) and bool(passphrase))
        # A new passphrase must be given; an existing certificate may have none.
        self.ok_button.setEnabled(not problem and (bool(passphrase) or not self.create))

    def passphrase(self) -> bytes:
        return self.passphrase_edit.text().encode("utf-8")

    def name(self) -> str:
        return self.name_edit.text().strip()


def ask_passphrase(parent: QWidget, title: str, text: str) -> bytes | None:
    dialog = PassphraseDialog(title, text, parent=parent)
    try:
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.passphrase_edit.clear()
        dialog.deleteLater()


def ask_new_certificate(parent: QWidget, title: str, text: str, name: str) -> NewCertificate | None:
    dialog = PassphraseDialog(title, text, create=True, name=name, parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return NewCertificate(dialog.name(), dialog.passphrase())
    finally:
        dialog.passphrase_edit.clear()
        dialog.repeat_edit.clear()
        dialog.deleteLater()
