"""The window's colours, in one place, with the contrast each pair must keep.

WCAG 2.1 AA: text 4.5:1 against its background (1.4.3), controls' borders, focus
indicators and the graphics one must see 3:1 (1.4.11). tests/ui/test_contrast.py computes
every pair in PAIRS and checks that the style sheets (resources/styles) and the widgets use
no colour that is not listed here. Projector mode uses the same colours (larger type only).

`apply(app)` gives Qt's Fusion style this palette (selection, placeholder text, links) and
`ContrastStyle` draws what Fusion draws too faintly: the focus frame of a table's current
cell and of flat buttons, the borders of check boxes and radio buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

# -- the colours ---------------------------------------------------------------------------
WINDOW = "#efefef"  # Fusion's window and button background (kept)
BASE = "#ffffff"  # fields, tables, paper
TEXT = "#000000"
WHITE = "#ffffff"
ACCENT = "#1f5f99"  # selection, the selected step, focus, charts' main colour
MUTED_TEXT = "#3a3a3a"  # introductions, hints
PLACEHOLDER = "#595959"  # placeholder text, the signature field's line and hint
BORDER = "#6b6b6b"  # check box and radio button borders, the slider's groove
FOCUS = "#0b3d6b"  # focus frames (current cell, flat buttons)
OVER_TIME = "#9a3b00"
ERROR = "#b00020"
ERROR_TEXT = "#8a1f11"
GOOD_TEXT = "#1e5b2a"
GOOD = "#2e7d3e"
WARM = "#b35900"  # charts: the second series
INK = "#1a1a1a"  # charts' text
SIGNATURE_INK = "#10243e"
CLUSTER_TEXT = "#1b2a3a"

# Backgrounds and decoration (no text contrast needed on their own; text on them is in
# PAIRS): card frames, table tints, the board's shades, banners.
DECORATION = {
    "#b8b8b8",  # card borders
    "#8c8c8c",  # a card's neutral side stripe
    "#c8c8c8",  # the session bar's bottom line
    "#dddddd",  # the navigator's separators
    "#e6e6e6",  # around the signature paper
    "#ececec",  # a decided recommendation
    "#c9822b",  # a moderate gap's stripe
    "#eef3f8",  # the export panel's note
    "#edf6ef",  # a valid seal
    "#fbefec",  # an invalid seal
    "#fff4ce",  # the upgrade banner
    "#c8a400",  # its border
    "#f5c6c6",  # RACI: a task with a problem
    "#d3ecd8",  # RACI: a task that is fine
    "#dde6ef",  # RACI: a cluster row
    "#bfe3c6",  # board: the agreed level
    "#ffd97a",  # board: a wide spread
    "#eef4fb",  # board: few votes
    "#9fc4e8",  # board: many votes
    "#e4e4e4",  # board: reserved by law (hatched)
    "#a8a8a8",  # the hatching
    "#9cc3e6",  # charts: a pale series
}

TEXT_CONTRAST = 4.5
COMPONENT_CONTRAST = 3.0
# (foreground, background, required ratio, what it is)
PAIRS: tuple[tuple[str, str, float, str], ...] = (
    (TEXT, WINDOW, TEXT_CONTRAST, "text on the window"),
    (TEXT, BASE, TEXT_CONTRAST, "text in fields and tables"),
    (WHITE, ACCENT, TEXT_CONTRAST, "selected text (selection, the selected step)"),
    (MUTED_TEXT, WINDOW, TEXT_CONTRAST, "introductions and hints"),
    (PLACEHOLDER, BASE, TEXT_CONTRAST, "placeholder text, 'Hier unterschreiben'"),
    (OVER_TIME, WINDOW, TEXT_CONTRAST, "the step timer over time"),
    (WHITE, ERROR, TEXT_CONTRAST, "'Nicht gespeichert'"),
    (ERROR_TEXT, "#fbefec", TEXT_CONTRAST, "an invalid seal"),
    (GOOD_TEXT, "#edf6ef", TEXT_CONTRAST, "a valid seal"),
    (ERROR_TEXT, WINDOW, TEXT_CONTRAST, "error messages"),
    (TEXT, "#bfe3c6", TEXT_CONTRAST, "the agreed level on the board"),
    (TEXT, "#ffd97a", TEXT_CONTRAST, "a wide spread on the board"),
    (TEXT, "#9fc4e8", TEXT_CONTRAST, "a much-voted cell"),
    (TEXT, "#e4e4e4", TEXT_CONTRAST, "a cell reserved by law"),
    (CLUSTER_TEXT, "#dde6ef", TEXT_CONTRAST, "RACI cluster rows"),
    (TEXT, "#f5c6c6", TEXT_CONTRAST, "RACI: a task with a problem"),
    (INK, BASE, TEXT_CONTRAST, "chart labels"),
    (SIGNATURE_INK, BASE, TEXT_CONTRAST, "the signature's ink"),
    (TEXT, "#fff4ce", TEXT_CONTRAST, "the upgrade banner"),
    (BORDER, BASE, COMPONENT_CONTRAST, "check box and radio borders"),
    (BORDER, WINDOW, COMPONENT_CONTRAST, "the slider's groove"),
    (FOCUS, BASE, COMPONENT_CONTRAST, "focus frame in a table"),
    (FOCUS, WINDOW, COMPONENT_CONTRAST, "focus frame of a flat button"),
    (WHITE, ACCENT, COMPONENT_CONTRAST, "the focus frame's inner line on a selected row"),
    (ACCENT, WINDOW, COMPONENT_CONTRAST, "the focus ring of buttons (Fusion: the accent)"),
    (PLACEHOLDER, BASE, COMPONENT_CONTRAST, "the signature line"),
    (ERROR, BASE, COMPONENT_CONTRAST, "an invalid field's border"),
    (ACCENT, BASE, COMPONENT_CONTRAST, "charts: main series"),
    (WARM, BASE, COMPONENT_CONTRAST, "charts: second series"),
    (GOOD, BASE, COMPONENT_CONTRAST, "a valid seal's stripe"),
)


def colours() -> set[str]:
    """Every colour the window may use."""
    named = {v for k, v in globals().items() if k.isupper() and isinstance(v, str)}
    return {c.lower() for c in named if c.startswith("#")} | DECORATION


def contrast(foreground: str, background: str) -> float:
    """WCAG's contrast ratio of two sRGB colours (#rrggbb)."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- applying them -------------------------------------------------------------------------


def palette(base: QPalette) -> QPalette:
    """Fusion's palette with the selection, placeholder and link colours from here."""
    result = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, QColor(ACCENT))
        result.setColor(group, QPalette.ColorRole.HighlightedText, QColor(WHITE))
        result.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER))
        result.setColor(group, QPalette.ColorRole.Link, QColor(ACCENT))
    return result


class ContrastStyle(QProxyStyle):
    """Fusion, with focus frames and check box borders one can see (3:1)."""

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            if option.state & QStyle.StateFlag.State_KeyboardFocusChange:
                self._frame(painter, option.rect, 2)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(BORDER), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 1, 1)
            painter.restore()
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(BORDER), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()

    def drawControl(  # noqa: N802 - Qt override
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        flat = getattr(option, "features", None)
        if (
            element == QStyle.ControlElement.CE_PushButton
            and flat is not None
            and option.features & option.ButtonFeature.Flat  # type: ignore[attr-defined]
            and option.state & QStyle.StateFlag.State_HasFocus
        ):
            self._frame(painter, option.rect.adjusted(1, 1, -1, -1), 2)

    @staticmethod
    def _frame(painter: QPainter, rect: QRect, width: int) -> None:
        """A dark frame with a white line inside: one of them stands out on any
        background, a selected (accent) row included."""
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        outer = QRectF(rect).adjusted(half, half, -half, -half)
        for colour, pen_width, inset in ((FOCUS, width, 0.0), (WHITE, 1, half + 0.5)):
            pen = QPen(QColor(colour), pen_width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(outer.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def drawComplexControl(  # noqa: N802 - Qt override
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_Slider:
            # Fusion's groove is a faint grey bar (2.3:1): outline it.
            groove = self.subControlRect(control, option, QStyle.SubControl.SC_SliderGroove, widget)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(BORDER), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            bar = QRectF(groove).adjusted(0.5, 0.5, -0.5, -0.5)
            if option.orientation == Qt.Orientation.Horizontal:  # type: ignore[attr-defined]
                bar.setTop(groove.center().y() - 2.5)
                bar.setHeight(5)
            else:
                bar.setLeft(groove.center().x() - 2.5)
                bar.setWidth(5)
            painter.drawRoundedRect(bar, 2, 2)
            painter.restore()
            # the handle on top again, so the outline does not cross it
            handle = QStyleOptionSlider(option)  # type: ignore[arg-type]
            handle.subControls = QStyle.SubControl.SC_SliderHandle
            super().drawComplexControl(control, handle, painter, widget)


_applied = False
_style: ContrastStyle | None = None  # kept alive with the application


def apply(app: QApplication) -> None:
    """Once per process: the palette and the style on the whole application."""
    global _applied, _style
    if _applied:
        return
    _applied = True
    _style = ContrastStyle("Fusion")
    app.setStyle(_style)
    app.setPalette(palette(app.style().standardPalette()))
