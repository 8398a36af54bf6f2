"""Sign on screen: values in (who signs, as what, earlier strokes), value out (the strokes).

Says plainly what a signature drawn on screen is: a simple electronic signature. To redo a
signature, clear the field and draw again; OK with an empty field removes it. Drawing needs
a pointer; the dialog says (also to a screen reader, as its description) that the printed
agreement can be signed by hand instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.ui.widgets.signature_pad import SignaturePad, Stroke


class SignDialog(QDialog):
    def __init__(
        self,
        name: str,
        function: str,
        strokes: Sequence[Sequence[Sequence[float]]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Sign on screen"))
        self._had_strokes = bool(strokes)
        who = QLabel(objectName="signatoryName")
        who.setText(
            self.tr("{name}, {function}").format(name=name, function=function) if function else name
        )
        who.setStyleSheet("font-size: 14pt; font-weight: 600;")
        who.setWordWrap(True)
        self.pad = SignaturePad()
        self.pad.set_signer(name)
        self.pad.hint = self.tr("Sign here")
        self.pad.set_strokes(strokes)
        self.pad.strokesChanged.connect(lambda _strokes: self._update())
        kind = QLabel(
            self.tr("Signature on screen: simple electronic signature"), objectName="signatureKind"
        )
        kind.setWordWrap(True)
        help_text = QLabel(
            self.tr(
                "Draw with the mouse, touchpad or pen. To sign again, clear the field and draw"
                " once more."
            ),
            objectName="signatureHelp",
        )
        help_text.setWordWrap(True)
        alternative = QLabel(
            self.tr(
                "Cannot draw? Cancel and sign the printed agreement by hand: the signature"
                " line for this person is on the paper."
            ),
            objectName="signatureAlternative",
        )
        alternative.setWordWrap(True)
        self.setAccessibleDescription(alternative.text())
        self.clear_button = QPushButton(self.tr("&Clear"), objectName="clearSignature")
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))
        self.clear_button.clicked.connect(self._clear)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            objectName="signButtons",
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("acceptSignature")
        self.ok_button.setAccessibleName(self.tr("Accept the signature"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelSignature")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(self.pad, 1)
        layout.addWidget(kind)
        layout.addWidget(help_text)
        layout.addWidget(alternative)
        layout.addLayout(row)
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        width = max(520, min(960, int(screen.width() * 0.75)))
        # As high as the pad needs at that width: the ink area fills it without bands.
        self.resize(width, max(self.minimumSizeHint().height(), self.heightForWidth(width)))
        self.pad.setFocus()
        self._update()

    def _clear(self) -> None:
        self.pad.clear()
        self.pad.setFocus()

    def _update(self) -> None:
        # An empty field may only be accepted to remove an earlier signature.
        self.ok_button.setEnabled(not self.pad.is_empty() or self._had_strokes)

    def strokes(self) -> list[Stroke]:
        return self.pad.strokes()


def ask_signature(
    parent: QWidget,
    name: str,
    function: str,
    strokes: Sequence[Sequence[Sequence[float]]] = (),
) -> list[Stroke] | None:
    """The strokes drawn (empty: the signature was removed), or None if cancelled."""
    dialog = SignDialog(name, function, strokes, parent)
    try:
        return dialog.strokes() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
