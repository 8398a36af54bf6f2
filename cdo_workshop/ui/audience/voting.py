"""The audience view's place for phone voting: the join QR code, its address, who has voted.

Filled by the phone-voting round (issue 14) through `show_round` and emptied by
`end_round`; it shows how many have voted and their names, never what they voted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cdo_workshop.ui.audience.base import text_label


class VotingPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="audienceVoting")
        self.heading = text_label("section", "votingHeading")
        self.qr = QLabel(objectName="votingQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.url = text_label("small", "votingUrl")
        self.voted = text_label(None, "votingCount")
        self.names = text_label("small", "votingNames")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.url)
        layout.addWidget(self.voted)
        layout.addWidget(self.names)
        self._image = QPixmap()
        self._round: tuple[str, int, int, tuple[str, ...]] | None = None
        self.hide()

    def show_round(
        self,
        qr: QPixmap | QImage | None,
        url: str,
        voted: int,
        voters: int,
        names: Sequence[str] = (),
    ) -> None:
        """A round runs: `qr` encodes `url`; `voted` of `voters` have voted (`names`)."""
        self._image = QPixmap.fromImage(qr) if isinstance(qr, QImage) else (qr or QPixmap())
        self._round = (url, voted, voters, tuple(names))
        self.retranslate()
        self._scale_qr()
        self.show()

    def end_round(self) -> None:
        self._round = None
        self._image = QPixmap()
        self.qr.clear()
        self.hide()

    def running(self) -> bool:
        return self._round is not None

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Vote from your phone"))
        if self._round is None:
            return
        url, voted, voters, names = self._round
        self.url.setText(url)
        self.voted.setText(
            self.tr("{voted} of {voters} have voted").format(voted=voted, voters=voters)
        )
        self.names.setText(", ".join(names))
        self.names.setVisible(bool(names))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._scale_qr()

    def _scale_qr(self) -> None:
        if self._image.isNull():
            self.qr.clear()
            return
        side = max(1, min(self.qr.width(), self.qr.height()))
        # Scaled without smoothing, by a whole number where it fits: every module of a QR
        # code the same size and sharp-edged, as a phone's camera reads it best.
        width = self._image.width()
        if side >= width > 0:
            side -= side % width
        self.qr.setPixmap(
            self._image.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
