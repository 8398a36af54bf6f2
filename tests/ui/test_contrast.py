"""Contrast (WCAG 2.1 AA) computed from the palette, and no colour outside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from cdo_workshop.ui import palette

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_contrast_is_computed_as_wcag_does():
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast("#ffffff", "#777777") == palette.contrast("#777777", "#ffffff")


@pytest.mark.parametrize("pair", palette.PAIRS, ids=[p[3] for p in palette.PAIRS])
def test_every_pair_of_the_palette_has_enough_contrast(pair):
    foreground, background, needed, _what = pair
    assert palette.contrast(foreground, background) >= needed


def test_the_style_sheets_and_widgets_use_only_the_palette():
    """Normal and projector mode (resources/styles) and every colour in the window's code."""
    allowed = palette.colours()
    files = [*(ROOT / "resources" / "styles").glob("*.qss")]
    files += [p for p in (ROOT / "cdo_workshop" / "ui").rglob("*.py") if p.name != "palette.py"]
    strays = {
        f"{path.relative_to(ROOT)}: {colour}"
        for path in files
        for colour in HEX.findall(path.read_text(encoding="utf-8"))
        if colour.lower() not in allowed
    }
    assert strays == set()


def test_the_window_uses_the_palette(open_window):
    open_window()
    app = QApplication.instance()
    colours = app.palette()
    assert colours.color(QPalette.ColorRole.Highlight).name() == palette.ACCENT
    assert colours.color(QPalette.ColorRole.HighlightedText).name() == palette.WHITE
    assert colours.color(QPalette.ColorRole.PlaceholderText).name() == palette.PLACEHOLDER
    assert isinstance(app.style(), palette.ContrastStyle)
