"""WrapLabel answers heightForWidth as QLabel does, and anew when what it depends on changes."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from cdo_workshop.ui.widgets.wrap_label import WrapLabel

TEXT = "Die Rolle braucht ein eigenes Budget, sonst bleibt jede Entscheidung beim Rat. " * 3


def plain(text: str, font: QFont | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if font is not None:
        label.setFont(font)
    return label


def test_same_heights_as_a_wrapped_qlabel(qtbot):
    label = WrapLabel(TEXT)
    qtbot.addWidget(label)
    reference = plain(TEXT)
    qtbot.addWidget(reference)
    for width in (120, 300, 120, 800, 300):
        assert label.heightForWidth(width) == reference.heightForWidth(width)
    assert label.heightForWidth(120) > label.heightForWidth(800)


def test_new_text_font_or_margins_are_measured_anew(qtbot):
    label = WrapLabel("kurz")
    qtbot.addWidget(label)
    short = label.heightForWidth(200)
    label.setText(TEXT)
    assert label.heightForWidth(200) == plain(TEXT).heightForWidth(200) > short
    big = QFont(label.font())
    big.setPointSize(big.pointSize() * 2)
    before = label.heightForWidth(200)
    label.setFont(big)
    assert label.heightForWidth(200) == plain(TEXT, big).heightForWidth(200) > before
    label.setContentsMargins(0, 20, 0, 20)
    assert label.heightForWidth(200) == plain(TEXT, big).heightForWidth(200) + 40
