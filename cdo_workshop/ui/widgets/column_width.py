"""A table column as wide as its header and the widest of the texts it can show.

Qt's ResizeToContents measures cells: every cell of a column on each `dataChanged` (about
55 ms per phone vote on the room's board), and with the start screen's 1,000 sessions 50
rows at every listing (30 ms). A column whose possible texts are known (the nine steps,
"3 votes") is measured from those texts instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView


def text_column_width(
    view: QTableView, column: int, texts: Iterable[str], font: QFont | None = None
) -> int:
    """The width for `column` of `view`: its header's, or the widest line of `texts` in
    `font` (the view's) with what a cell adds to its text, as QStyledItemDelegate does."""
    metrics = QFontMetrics(font if font is not None else view.font())
    padding = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4
    lines = [line for text in texts for line in text.split("\n")]
    widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
    header = view.horizontalHeader()
    return max(
        header.sectionSizeFromContents(column).width(),
        widest + padding,
        header.minimumSectionSize(),
    )
