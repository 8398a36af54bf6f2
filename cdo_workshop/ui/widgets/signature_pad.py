"""A field to sign on screen with mouse, touchpad or pen; it speaks strokes, not pixels.

Strokes are point lists normalised to 0..1 (x right, y down) over an ink area of
SIGNATURE_ASPECT (width / height), the same area the PDF's signature box uses, so that a
signature keeps its shape. Pens arrive as tablet events, mice and touchpads as mouse
events (touch screens send mouse events for the first finger). From the keyboard the field
is reachable with Tab; Delete clears it and Backspace takes back the last stroke.

Signals:
    strokesChanged(list): the strokes after a stroke ended, was taken back or cleared.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cdo_workshop.export.signatures import SIGNATURE_ASPECT
from cdo_workshop.ui import palette

Stroke = list[tuple[float, float]]
MARGIN = 6  # pixels between the widget's edge and the ink area
MIN_STEP = 0.75  # pixels; closer points add nothing but size
DIGITS = 4  # 1/10000 of the pad: finer than any screen
INK = QColor("#10243e")
PAPER = QColor("#ffffff")
SURROUND = QColor("#e6e6e6")
GUIDE = QColor(palette.PLACEHOLDER)  # line and hint: 7:1 on the paper


class SignaturePad(QWidget):
    strokesChanged = Signal(list)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(360, int(360 / SIGNATURE_ASPECT))
        self._strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.hint = ""  # shown while the field is empty, e.g. "Sign here"
        self.strokesChanged.connect(lambda _strokes: self._describe())
        self.set_signer("")

    # -- values --------------------------------------------------------------------------

    def strokes(self) -> list[Stroke]:
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: Sequence[Sequence[Sequence[float]]]) -> None:
        """Show earlier strokes (to redo them: clear, then draw again); emits nothing."""
        self._strokes = [[(_clamp(x), _clamp(y)) for x, y in stroke] for stroke in strokes]
        self._current = None
        self.update()
        self._describe()

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        if self._strokes or self._current:
            self._strokes = []
            self._current = None
            self.update()
            self.strokesChanged.emit(self.strokes())

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self.update()
            self.strokesChanged.emit(self.strokes())

    def set_signer(self, name: str) -> None:
        self.setAccessibleName(self.tr("Signature field for {name}").format(name=name))
        self._describe()

    def _describe(self) -> None:
        """The description starts with the field's state, which the picture alone shows."""
        state = self.tr("Empty.") if self.is_empty() else self.tr("Signed.")
        how = self.tr(
            "Draw the signature with the mouse, touchpad or pen. Delete clears the field,"
            " Backspace removes the last stroke."
        )
        self.setAccessibleDescription(f"{state} {how}")

    # -- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(780, int(780 / SIGNATURE_ASPECT) + 2 * MARGIN)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return int((width - 2 * MARGIN) / SIGNATURE_ASPECT) + 2 * MARGIN

    def ink_rect(self) -> QRectF:
        """The largest area of SIGNATURE_ASPECT inside the widget, centred."""
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        width = min(area.width(), area.height() * SIGNATURE_ASPECT)
        height = width / SIGNATURE_ASPECT
        return QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )

    def _normalised(self, position: QPointF) -> tuple[float, float]:
        ink = self.ink_rect()
        x = (position.x() - ink.x()) / ink.width() if ink.width() else 0.0
        y = (position.y() - ink.y()) / ink.height() if ink.height() else 0.0
        return round(_clamp(x), DIGITS), round(_clamp(y), DIGITS)

    def _on_screen(self, point: tuple[float, float]) -> QPointF:
        ink = self.ink_rect()
        return QPointF(ink.x() + point[0] * ink.width(), ink.y() + point[1] * ink.height())

    # -- drawing input -------------------------------------------------------------------

    def _begin(self, position: QPointF) -> None:
        self._current = [self._normalised(position)]
        self.update()

    def _extend(self, position: QPointF) -> None:
        if self._current is None:
            return
        point = self._normalised(position)
        last = self._on_screen(self._current[-1])
        here = self._on_screen(point)
        if abs(here.x() - last.x()) + abs(here.y() - last.y()) >= MIN_STEP:
            self._current.append(point)
            self.update()

    def _end(self, position: QPointF) -> None:
        if self._current is None:
            return
        self._extend(position)
        self._strokes.append(self._current)
        self._current = None
        self.update()
        self.strokesChanged.emit(self.strokes())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 - Qt override
        """A pen: accepted here, so Qt sends no mouse events for it as well."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            if event.buttons() & Qt.MouseButton.LeftButton or event.pressure() > 0:
                self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Delete:
            self.clear()
        elif event.key() == Qt.Key.Key_Backspace:
            self.undo_stroke()
        else:
            super().keyPressEvent(event)

    # -- painting ----------------------------------------------------------------------

    def paths(self) -> list[QPainterPath]:
        """Every stroke (and the one being drawn) as a path in widget coordinates."""
        strokes = self._strokes + ([self._current] if self._current else [])
        out = []
        for stroke in strokes:
            path = QPainterPath(self._on_screen(stroke[0]))
            if len(stroke) == 1:  # a dot
                path.lineTo(self._on_screen(stroke[0]) + QPointF(0.1, 0))
            for point in stroke[1:]:
                path.lineTo(self._on_screen(point))
            out.append(path)
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), SURROUND)
        ink = self.ink_rect()
        painter.fillRect(ink, PAPER)
        # The signature line with a cross at its start, as on paper.
        guide = QPen(GUIDE, 1.2)
        painter.setPen(guide)
        base = ink.bottom() - ink.height() * 0.22
        painter.drawLine(QPointF(ink.left() + 16, base), QPointF(ink.right() - 16, base))
        cross = QPointF(ink.left() + 24, base - 12)
        painter.drawLine(cross + QPointF(-6, -6), cross + QPointF(6, 6))
        painter.drawLine(cross + QPointF(-6, 6), cross + QPointF(6, -6))
        if self.is_empty() and self._current is None and self.hint:
            painter.drawText(
                ink.adjusted(0, 0, 0, -(ink.bottom() - base) - 6),
                Qt.AlignmentFlag.AlignCenter,
                self.hint,
            )
        pen = QPen(INK, max(2.0, ink.height() / 90))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for path in self.paths():
            painter.drawPath(path)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
