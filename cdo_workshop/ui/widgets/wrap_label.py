"""A word-wrapped label that remembers how tall its text is at each width.

QLabel lays its text out anew on every heightForWidth() call, and nested layouts ask
often: when step 9 with its 21 recommendation cards was first laid out, each card's
message was measured about 77 times at up to 8 widths (about 230 ms of the page's first
show). The answer depends only on the text, the font, the margins and the width, so it
is kept until one of them changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

MAX_WIDTHS = 32  # widths remembered per text (a window being resized asks for many)


class WrapLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, **properties: object):
        super().__init__(text, parent, **properties)
        self.setWordWrap(True)
        self._key: tuple[object, ...] = ()
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        key = (
            self.text(),
            self.font().key(),
            self.textFormat(),
            self.indent(),
            self.margin(),
            margins.left(),
            margins.top(),
            margins.right(),
            margins.bottom(),
            self.wordWrap(),
        )
        if key != self._key or len(self._heights) > MAX_WIDTHS:
            self._key, self._heights = key, {}
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height
