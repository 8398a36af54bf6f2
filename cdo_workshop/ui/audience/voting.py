"""The audience view's place for phone voting: the join QR code, its address, who has voted,
and, when the facilitator typed a hotspot's name, a second code that joins that Wi-Fi.

Filled by the phone-voting round (issue 14) through `show_round` and emptied by
`end_round`; it shows how many have voted and their names, never what they voted. The
Wi-Fi's password is in its code only, never in text.
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
        self.wifi_caption = text_label("small", "votingWifiName")
        self.wifi_qr = QLabel(objectName="votingWifiQr")
        self.wifi_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.url)
        layout.addWidget(self.voted)
        layout.addWidget(self.names)
        layout.addWidget(self.wifi_caption)
        layout.addWidget(self.wifi_qr, 1)  # half the join code's room: it is scanned first
        layout.setStretch(1, 2)
        self._image = QPixmap()
        self._wifi = QPixmap()
        self._wifi_name = ""
        self._round: tuple[str, int, int, tuple[str, ...]] | None = None
        self.hide()

    def show_round(
        self,
        qr: QPixmap | QImage | None,
        url: str,
        voted: int,
        voters: int,
        names: Sequence[str] = (),
        wifi: QImage | None = None,
        wifi_name: str = "",
    ) -> None:
        """A round runs: `qr` encodes `url`; `voted` of `voters` have voted (`names`);
        `wifi` joins the Wi-Fi `wifi_name` (none when null)."""
        self._image = QPixmap.fromImage(qr) if isinstance(qr, QImage) else (qr or QPixmap())
        self._wifi = QPixmap.fromImage(wifi) if wifi is not None else QPixmap()
        self._wifi_name = wifi_name if not self._wifi.isNull() else ""
        self._round = (url, voted, voters, tuple(names))
        self.retranslate()
        self._scale_qr()
        self.show()

    def end_round(self) -> None:
        self._round = None
        self._image = self._wifi = QPixmap()
        self._wifi_name = ""
        self.qr.clear()
        self.wifi_qr.clear()
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
        self.wifi_caption.setText(
            self.tr("No network? Join the Wi-Fi \u201c{name}\u201d with this code first.").format(
                name=self._wifi_name
            )
        )
        self.wifi_caption.setVisible(bool(self._wifi_name))
        self.wifi_qr.setVisible(bool(self._wifi_name))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._scale_qr()

    def _scale_qr(self) -> None:
        for label, image in ((self.qr, self._image), (self.wifi_qr, self._wifi)):
            sharp(label, image)


def sharp(label: QLabel, image: QPixmap) -> None:
    """`image` (a QR code, one pixel per module) as large as `label` allows, sharp."""
    if image.isNull():
        label.clear()
        return
    side = max(1, min(label.width(), label.height()))
    # Scaled without smoothing, by a whole number where it fits: every module of a QR
    # code the same size and sharp-edged, as a phone's camera reads it best.
    width = image.width()
    if side >= width > 0:
        side -= side % width
    label.setPixmap(
        image.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
    )
