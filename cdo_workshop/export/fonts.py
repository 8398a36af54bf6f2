"""The document font: DejaVu Sans from resources/fonts/, embedded as subsets.

`registerFontFamily(..., baseFontFor="all")` also makes it ReportLab's default canvas and
graphics font, so charts and any forgotten style never fall back to the non-embedded
Helvetica, which would break PDF/A (library-notes G1).

No text may reach a PDF as the .notdef glyph (PDF/A-3 6.2.11.8): `printable()` turns user
text into characters the face can show (control characters become spaces, private-use,
unassigned and missing characters the replacement character U+FFFD), and the registered
faces apply the same rule to every string they measure or draw, so canvas strings that
never pass through `styles.esc` (page furniture, chart labels) are safe too.
"""

from __future__ import annotations

import threading
import unicodedata
from typing import Any

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

REPLACEMENT = "\ufffd"  # in all four DejaVu faces; "?" for a face without it
LINE_BREAKS = frozenset("\n\r\u2028\u2029")
# Never printed as a glyph even where the font maps them: control characters, private use
# (DejaVu's glyphs there mean nothing to the reader), surrogates, unassigned code points.
_NEVER_SHOWN = frozenset({"Cc", "Co", "Cs", "Cn"})

_lock = threading.Lock()
_registered = False


class Coverage:
    """The characters one face can show, and how to replace the others."""

    def __init__(self, char_to_glyph: dict[int, int]) -> None:
        chars = {chr(code) for code, glyph in char_to_glyph.items() if glyph}
        self.shown = frozenset(
            c for c in chars if unicodedata.category(c) not in _NEVER_SHOWN
        ).difference(LINE_BREAKS)
        self.replacement = REPLACEMENT if REPLACEMENT in self.shown else "?"

    def printable(self, text: str, *, line_breaks: bool = True) -> str:
        """`text` with only characters this face shows, line breaks as "\\n" (or spaces)."""
        if self.shown.issuperset(text):
            return text
        out: list[str] = []
        for char in text.replace("\r\n", "\n"):
            if char in self.shown:
                out.append(char)
            elif char in LINE_BREAKS:
                out.append("\n" if line_breaks else " ")
            else:
                category = unicodedata.category(char)
                if category == "Cc" or category.startswith("Z"):
                    out.append(" ")  # tab, NEL and other controls; spaces the face lacks
                elif category == "Cf" or _is_variation_selector(char):
                    pass  # invisible by definition (tags, bidi isolates, ...)
                else:
                    out.append(self.replacement)
        return "".join(out)


def _is_variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def printable(text: str, font: str = REGULAR) -> str:
    """User text as characters `font` can show; "\\n" stays (as the only line break).

    Control characters (tab, NEL, ...) become spaces, format characters the font lacks
    (tags, bidi isolates, variation selectors) disappear, and anything else it cannot show
    (private use, unassigned code points, most emoji) becomes U+FFFD, visibly.
    """
    if not _registered:
        register_fonts()
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font)
    coverage: Coverage | None = getattr(face, "coverage", None)
    if coverage is None:  # a plain TTFont registered under this face name before ours
        coverage = face.coverage = Coverage(face.face.charToGlyph)
    return coverage.printable(text)


def _safe_font_class() -> Any:
    from reportlab.pdfbase.ttfonts import TTFont

    class SafeTTFont(TTFont):
        """A TTFont that never measures or draws a character it has no glyph for.

        ReportLab maps such characters to glyph 0 (.notdef), which PDF/A forbids.
        """

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename)
            self.coverage = Coverage(self.face.charToGlyph)

        def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802
            if isinstance(text, bytes):
                text = text.decode(encoding)
            width: float = super().stringWidth(
                self.coverage.printable(text, line_breaks=False), size, encoding
            )
            return width

        def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:  # noqa: N802
            if isinstance(text, bytes):
                text = text.decode(encoding)
            return super().splitString(
                self.coverage.printable(text, line_breaks=False), doc, encoding
            )

    return SafeTTFont


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

        # Flate alone, not Flate + ASCII85: a quarter smaller and faster to write.
        rl_config.useA85 = 0

        font_class = _safe_font_class()
        for name, filename in FILES.items():
            pdfmetrics.registerFont(font_class(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=REGULAR,
            bold=BOLD,
            italic=ITALIC,
            boldItalic=BOLD_ITALIC,
            baseFontFor="all",
        )
        _registered = True
