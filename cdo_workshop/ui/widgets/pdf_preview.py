"""The agreement on screen (QPdfView over bytes in memory) and on paper (QPrinter).

Imported only when the first agreement exists: QtPdf and QtPrintSupport stay out of
start-up. QtPdf (pdfium) does not draw signature widgets and renders onto a transparent
background (library-notes G3), so printing composites every page onto white, and the app
states the seal in words instead of showing it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

MAX_PRINT_DPI = 300  # sharp on paper; a 1200 dpi page image would take half a gigabyte


class PrinterUnavailable(Exception):
    """The printer (or the output file) could not be opened for painting."""


def open_document(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over `data`; keep the buffer as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


class PdfPreview(QWidget):
    """All pages one below the other: a whole page in view, or as wide as the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageSpacing(12)
        self.fit_width = QCheckBox(objectName="previewFitWidth")
        self.fit_width.toggled.connect(self._zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fit_width)
        layout.addWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Preview of the agreement"))
        self.fit_width.setText(self.tr("&Zoom to the width of the page"))
        self.fit_width.setAccessibleName(self.tr("Zoom the preview to the width of the page"))

    def _zoom(self, width: bool) -> None:
        self.view.setZoomMode(
            QPdfView.ZoomMode.FitToWidth if width else QPdfView.ZoomMode.FitInView
        )

    def load(self, data: bytes) -> None:
        old = self._buffer
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def page_count(self) -> int:
        return self.document.pageCount()


def page_size(data: bytes) -> QPageSize | None:
    """The first page's size, to preset the printer's paper (A4 for our agreements)."""
    document, buffer = open_document(data)
    try:
        if document.pageCount() == 0:
            return None
        return QPageSize(QSizeF(document.pagePointSize(0)), QPageSize.Unit.Point)
    finally:
        document.close()
        buffer.close()


def render_on_white(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """One page as an opaque image: pdfium leaves the background transparent (G3)."""
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.Annotations)
    rendered = document.render(page, size, options)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_pdf(
    data: bytes, printer: QPrinter, report: Callable[[float, str], None] | None = None
) -> int:
    """Print every page, scaled into the printable area; returns the number of pages.

    Runs in a worker thread as well (its own QPdfDocument; QPainter may paint on a QPrinter
    outside the UI thread). `report(fraction, "print")` after each page; raising cancels.
    """
    document, buffer = open_document(data)
    try:
        count = document.pageCount()
        if count == 0:
            return 0
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterUnavailable
        try:
            for page in range(count):
                if page:
                    printer.newPage()
                points = document.pagePointSize(page)
                image = render_on_white(
                    document,
                    page,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                area = painter.viewport()
                scale = min(area.width() / points.width(), area.height() / points.height())
                width, height = round(points.width() * scale), round(points.height() * scale)
                target = QRect(
                    (area.width() - width) // 2, (area.height() - height) // 2, width, height
                )
                painter.drawImage(target, image)
                if report is not None:
                    report((page + 1) / count, "print")
        except BaseException:
            printer.abort()  # cancelled or failed: nothing half-printed comes out
            raise
        finally:
            painter.end()
        return count
    finally:
        document.close()
        buffer.close()
