"""Signature boxes: strokes drawn on screen become vector paths; empty boxes stay a line.

Strokes are lists of points in pad coordinates 0..1 (x right, y down, see
`model.Signatory`), scaled into a box of SIGNATURE_ASPECT (width / height); the signature
pad should keep the same aspect ratio so that a signature keeps its shape.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from cdo_workshop.export.spots import FieldSpot, SpotCollector
from cdo_workshop.export.styles import INK, RULE, STROKE

SIGNATURE_ASPECT = 3.0
AREA_HEIGHT = 24 * mm
INK_WIDTH = 1.1


class SignatureArea(Flowable):
    """The space above the signature line, with the on-screen strokes if there are any."""

    def __init__(
        self,
        width: float,
        strokes: Sequence[Sequence[tuple[float, float]]],
        *,
        field_name: str = "",
        field_label: str = "",
        collector: SpotCollector | None = None,
    ) -> None:
        super().__init__()
        self.width = width
        self.height = AREA_HEIGHT
        self.strokes = strokes
        self.field_name = field_name
        self.field_label = field_label
        self.collector = collector

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        # The ink area: SIGNATURE_ASPECT wide, centred, above the line.
        ink_h = self.height - 3 * mm
        ink_w = min(self.width, ink_h * SIGNATURE_ASPECT)
        x0 = (self.width - ink_w) / 2
        y0 = 2 * mm
        canvas.saveState()
        canvas.setStrokeColor(STROKE)
        canvas.setFillColor(STROKE)
        canvas.setLineWidth(INK_WIDTH)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.strokes:
            points = [(x0 + x * ink_w, y0 + (1 - y) * ink_h) for x, y in _clamped(stroke)]
            if not points:
                continue
            if len(points) == 1:
                canvas.circle(points[0][0], points[0][1], INK_WIDTH / 2, stroke=0, fill=1)
                continue
            path = canvas.beginPath()
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()
        canvas.saveState()
        canvas.setStrokeColor(INK if self.strokes else RULE)
        canvas.setLineWidth(0.7)
        canvas.line(0, 0, self.width, 0)
        canvas.restoreState()
        if self.collector is not None and self.field_name:
            x, y = canvas.absolutePosition(0, 0)
            self.collector.spots.append(
                FieldSpot(
                    self.field_name,
                    self.field_label,
                    canvas.getPageNumber() - 1,
                    (x, y + 1, x + self.width, y + self.height),
                )
            )


def _clamped(stroke: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Points outside the pad (a stylus overshooting) are kept on its edge."""
    return [(min(1.0, max(0.0, float(x))), min(1.0, max(0.0, float(y)))) for x, y in stroke]
