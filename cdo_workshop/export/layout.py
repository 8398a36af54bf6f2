"""Page frame of the agreement: A4, running header, footer with "Seite x von y".

The total page count is only known at the end, so the canvas keeps every page's state and
draws header and footer when the document is saved (the usual two-stage canvas).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cdo_workshop.export.fonts import BOLD, REGULAR
from cdo_workshop.export.styles import (
    ACCENT,
    MUTED,
    PAGE_MARGIN_BOTTOM,
    PAGE_MARGIN_TOP,
    PAGE_MARGIN_X,
    RULE,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN_X
FURNITURE_SIZE = 8.0  # nothing on the page below 8 pt
FRAME_HEIGHT = PAGE_HEIGHT - PAGE_MARGIN_TOP - PAGE_MARGIN_BOTTOM


@dataclass(frozen=True)
class Furniture:
    """What every page shows besides the content (already in the document's language)."""

    header: str
    document_id: str
    fingerprint: str
    page_of: Callable[[int, int], str]
    status: str = ""  # draft, final for signature, signed on … (every page says which)


class RunningHeader(Flowable):
    """Takes nothing on the page; from the page it lands on, the header shows `text`."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def draw(self) -> None:
        self.canv.running_header = self.text  # kept with the page's state (NumberedCanvas)


def canvas_class(furniture: Furniture) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.running_header = state.get("running_header", "")  # not every page has one
                draw_furniture(self, furniture, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def draw_furniture(canvas: Canvas, f: Furniture, page: int, total: int) -> None:
    canvas.saveState()
    left, right = PAGE_MARGIN_X, PAGE_WIDTH - PAGE_MARGIN_X
    if page > 1:
        top = PAGE_HEIGHT - 14 * mm
        canvas.setFont(BOLD, FURNITURE_SIZE)
        canvas.setFillColor(ACCENT)
        header = getattr(canvas, "running_header", "") or f.header
        canvas.drawString(left, top, _fit(canvas, header, BOLD, FURNITURE_SIZE, 115 * mm))
        canvas.setFont(REGULAR, FURNITURE_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(right, top, f.document_id)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
    # footer: the fingerprint on a line of its own, below it the status and the page number
    bottom = 12 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, bottom + 4 * mm, right, bottom + 4 * mm)
    canvas.setFont(REGULAR, FURNITURE_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(left, bottom, f.fingerprint)
    canvas.drawRightString(right, bottom - 4 * mm, f.page_of(page, total))
    if f.status:
        canvas.setFont(BOLD, FURNITURE_SIZE)
        canvas.setFillColor(ACCENT)
        canvas.drawString(left, bottom - 4 * mm, f.status)
    canvas.restoreState()


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """Shorten a running header with an ellipsis so it never runs into the document ID."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def document(buffer: Any, *, title: str, author: str, subject: str, lang: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN_X,
        rightMargin=PAGE_MARGIN_X,
        topMargin=PAGE_MARGIN_TOP,
        bottomMargin=PAGE_MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator="CDO Workshop",
        lang=lang,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
