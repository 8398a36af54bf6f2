"""The analysis charts as vector drawings (reportlab.graphics), in the document's font.

Every string sets `fontName` explicitly (library-notes G1), and no fill uses transparency.
Labels are plain strings (not paragraph markup), so user text needs no escaping here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cdo_workshop.domain.messages import Num
from cdo_workshop.export.content.nodes import GapBar, ResourcePanel, SpreadLine
from cdo_workshop.export.fonts import BOLD, REGULAR
from cdo_workshop.export.styles import (
    ACCENT,
    ACCENT_LIGHT,
    GREY_ZONE,
    INK,
    MUTED,
    RULE,
    WARN,
)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
LABEL_SIZE = 8.0  # nothing in the document below 8 pt


def clip(text: str, width: float, font: str = REGULAR, size: float = LABEL_SIZE) -> str:
    """One line of `text` that fits `width`, shortened with an ellipsis."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(
    text: str, width: float, max_lines: int = 2, font: str = REGULAR, size: float = LABEL_SIZE
) -> list[str]:
    """`text` on at most `max_lines` lines of `width`; only the last may be shortened."""
    words = " ".join(_CONTROL.sub(" ", text).split()).split(" ")
    lines: list[str] = []
    for word in words:
        if lines and stringWidth(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [clip(line, width, font, size) for line in lines]


def label(
    x: float,
    y: float,
    text: str,
    *,
    size: float = LABEL_SIZE,
    anchor: str = "start",
    color: colors.Color = INK,
    bold: bool = False,
) -> String:
    return String(
        x,
        y,
        text,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def gaps_chart(
    rows: Sequence[GapBar], room: float, width: float, language: str, room_label: str, axis: str
) -> Drawing:
    """Expectation per group as bars on 0..100, the role's room for manoeuvre as a line."""
    row_h, top_pad, bottom_pad = 16.0, 16.0, 30.0
    label_w = min(150.0, width * 0.34)
    plot_x, plot_w = label_w + 8, width - label_w - 30
    height = top_pad + bottom_pad + row_h * max(1, len(rows))
    d = Drawing(width, height)
    plot_top = height - top_pad

    def x_of(value: float) -> float:
        return plot_x + plot_w * max(0.0, min(100.0, value)) / 100

    for tick in range(0, 101, 25):
        x = x_of(tick)
        d.add(Line(x, bottom_pad, x, plot_top, strokeColor=RULE, strokeWidth=0.4))
        d.add(label(x, bottom_pad - 10, str(tick), anchor="middle", color=MUTED))
    d.add(label(plot_x + plot_w / 2, 4, clip(axis, plot_w), anchor="middle", color=MUTED))
    fills = {"fits": ACCENT, "moderate": colors.HexColor("#c9822b"), "large": WARN}
    for i, row in enumerate(rows):
        y = plot_top - (i + 1) * row_h + 3
        d.add(label(label_w, y + 3, clip(row.label, label_w), anchor="end"))
        bar_w = x_of(row.expected) - plot_x
        d.add(Rect(plot_x, y, bar_w, row_h - 6, fillColor=fills[row.size], strokeColor=None))
        d.add(label(x_of(row.expected) + 3, y + 3, Num(row.expected).localize(language), color=INK))
    x = x_of(room)
    d.add(
        Line(
            x,
            bottom_pad - 2,
            x,
            plot_top + 4,
            strokeColor=INK,
            strokeWidth=1.4,
            strokeDashArray=[3, 2],
        )
    )
    d.add(label(x, plot_top + 6, room_label, anchor="middle", bold=True))
    return d


def resources_chart(
    panels: Sequence[ResourcePanel], names: tuple[str, str, str], width: float, language: str
) -> Drawing:
    """One small bar chart per panel: demand by rule of thumb, committed, proposed."""
    height = 150.0
    d = Drawing(width, height)
    gap = 30.0
    panel_w = (width - gap * (len(panels) - 1)) / max(1, len(panels))
    fills = (colors.HexColor("#8a96a3"), ACCENT, ACCENT_LIGHT)
    for i, panel in enumerate(panels):
        x0 = i * (panel_w + gap)
        group = Group()
        chart = VerticalBarChart()
        chart.x, chart.y = x0 + 38, 28
        chart.width, chart.height = panel_w - 46, height - 58
        values = [panel.demand, panel.committed, panel.proposed]
        chart.data = [values]
        chart.categoryAxis.categoryNames = list(names)
        chart.categoryAxis.labels.fontName = REGULAR
        chart.categoryAxis.labels.fontSize = LABEL_SIZE
        chart.categoryAxis.labels.fillColor = INK
        chart.categoryAxis.strokeColor = RULE
        chart.valueAxis.labels.fontName = REGULAR
        chart.valueAxis.labels.fontSize = LABEL_SIZE
        chart.valueAxis.labels.fillColor = MUTED
        chart.valueAxis.strokeColor = RULE
        chart.valueAxis.gridStrokeColor = RULE
        chart.valueAxis.gridStrokeWidth = 0.3
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.valueMin = 0
        top = max(values) or 1.0
        chart.valueAxis.valueMax = _nice_ceiling(top * 1.15)
        chart.valueAxis.labelTextFormat = _formatter(language, panel.digits)
        chart.barWidth = 10
        chart.groupSpacing = 10
        chart.bars.strokeColor = None
        for j, fill in enumerate(fills):
            chart.bars[(0, j)].fillColor = fill
        chart.barLabels.fontName = REGULAR
        chart.barLabels.fontSize = LABEL_SIZE
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 6
        chart.barLabelFormat = _formatter(language, panel.digits)
        group.add(chart)
        group.add(label(x0 + 38, height - 12, clip(panel.title, panel_w - 40, BOLD), bold=True))
        d.add(group)
    return d


def _formatter(language: str, digits: int) -> object:
    def fmt(value: float) -> str:
        return Num(value, digits).localize(language)

    return fmt


def _nice_ceiling(value: float) -> float:
    """The next round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`."""
    if value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def spread_chart(rows: Sequence[SpreadLine], width: float, level_names: Sequence[str]) -> Drawing:
    """Per decision area: range of votes, median, agreed level, and the zone above the ceiling."""
    label_w = min(170.0, width * 0.36)
    labels = [wrap(row.label, label_w) for row in rows]
    two_lines = any(len(lines) > 1 for lines in labels)
    row_h, top_pad, bottom_pad = (22.0 if two_lines else 14.0), 8.0, 44.0
    plot_x, plot_w = label_w + 10, width - label_w - 20
    height = top_pad + bottom_pad + row_h * max(1, len(rows))
    d = Drawing(width, height)
    plot_top = height - top_pad

    def x_of(level: float) -> float:
        return plot_x + plot_w * (level - 1) / 6

    for i, row in enumerate(rows):
        y = plot_top - (i + 0.5) * row_h
        if row.ceiling < 7:
            d.add(
                Rect(
                    x_of(row.ceiling + 0.5),
                    y - row_h / 2 + 1,
                    x_of(7) + 8 - x_of(row.ceiling + 0.5),
                    row_h - 2,
                    fillColor=GREY_ZONE,
                    strokeColor=None,
                )
            )
    for level in range(1, 8):
        x = x_of(level)
        d.add(Line(x, bottom_pad, x, plot_top, strokeColor=RULE, strokeWidth=0.4))
        d.add(label(x, bottom_pad - 10, str(level), anchor="middle", color=MUTED))
        # the names alternate between two lines, so each has two columns of room
        name = level_names[level - 1] if level - 1 < len(level_names) else ""
        y = bottom_pad - (20 if level % 2 else 30)
        d.add(label(x, y, clip(name, plot_w * 2 / 7 - 4), anchor="middle", color=MUTED))
    for i, row in enumerate(rows):
        y = plot_top - (i + 0.5) * row_h
        lines = labels[i]
        for j, line in enumerate(lines):
            offset = (len(lines) - 1) * 4.5 - j * 9
            d.add(label(label_w, y - 2.5 + offset, line, anchor="end"))
        if row.low is not None and row.high is not None:
            d.add(
                Line(
                    x_of(row.low),
                    y,
                    x_of(row.high),
                    y,
                    strokeColor=ACCENT,
                    strokeWidth=2.2,
                    strokeLineCap=1,
                )
            )
        if row.median is not None:
            d.add(
                Circle(
                    x_of(row.median),
                    y,
                    3.2,
                    fillColor=colors.white,
                    strokeColor=ACCENT,
                    strokeWidth=1.2,
                )
            )
        if row.agreed is not None:
            x, r = x_of(row.agreed), 4.2
            d.add(
                Polygon(
                    [x, y + r, x + r, y, x, y - r, x - r, y],
                    fillColor=WARN,
                    strokeColor=colors.white,
                    strokeWidth=0.6,
                )
            )
    return d
