"""QR codes as QImages, drawn from segno's module matrix (no Pillow, no SVG renderer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_image(text: str, module_px: int = 8) -> QImage:
    """`text` as a black-on-white QR code, `module_px` pixels per module (sharp edges)."""
    import segno

    code = segno.make(text, error="m")
    size = len(code.matrix) + 2 * QUIET_ZONE
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(code.matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + QUIET_ZONE, y + QUIET_ZONE, black)
    return image.scaled(
        size * module_px,
        size * module_px,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def wifi_text(ssid: str, password: str) -> str:
    """What a phone's camera reads as "join this Wi-Fi" (WPA, or open without password)."""
    import segno.helpers

    text: str = segno.helpers.make_wifi_data(
        ssid=ssid, password=password or None, security="WPA" if password else "nopass"
    )
    return text
