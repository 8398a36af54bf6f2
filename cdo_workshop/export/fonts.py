"""The document font: DejaVu Sans from resources/fonts/, embedded as subsets.

`registerFontFamily(..., baseFontFor="all")` also makes it ReportLab's default canvas and
graphics font, so charts and any forgotten style never fall back to the non-embedded
Helvetica, which would break PDF/A (library-notes G1).
"""

from __future__ import annotations

import threading

from cdo_workshop.paths import resource_path

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the four faces once per process (safe to call from worker threads).

    Also sets ReportLab's process-wide output options for the agreement.
    """
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab import rl_config
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        # Flate alone, not Flate + ASCII85: a quarter smaller and faster to write.
        rl_config.useA85 = 0

        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=REGULAR,
            bold=BOLD,
            italic=ITALIC,
            boldItalic=BOLD_ITALIC,
            baseFontFor="all",
        )
        _registered = True
