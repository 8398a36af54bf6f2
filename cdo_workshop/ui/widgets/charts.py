"""Charts of the analysis for the room (QtCharts), each with a text alternative.

This module imports QtCharts, so it is itself imported only when step 9 is first shown,
never at start-up. The charts take plain numbers and labels, not the session.

Every chart panel shows a title, the chart and a text that says the same numbers in words;
that text is also the chart's accessible description (screen readers, no colour-only cue).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, QMargins, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cdo_workshop.ui.accessible import set_role

Axis = QValueAxis | QBarCategoryAxis | QCategoryAxis

INK = QColor("#1a1a1a")
ACCENT = QColor("#1f5f99")  # the app's accent (the selected step)
WARM = QColor("#b35900")  # dark orange: readable on white and on a washed-out projector
PALE = QColor("#9cc3e6")
ROW_HEIGHT = 34  # pixels per bar row at the normal font


def number(value: float, digits: int = 0) -> str:
    return QLocale().toString(float(value), "f", digits)


def money(value: float) -> str:
    return QLocale().toCurrencyString(float(value), "€", 0)


class ChartPanel(QWidget):
    """Title, chart view(s) and the text alternative."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.title = QLabel(objectName="chartTitle")
        self.title.setWordWrap(True)
        self.views: list[QChartView] = []
        self.charts_row = QHBoxLayout()
        self.summary = QLabel(objectName="chartSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.charts_row)
        layout.addWidget(self.summary)

    def add_view(self, name: str) -> QChartView:
        view = QChartView(objectName=name)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        set_role(view, QAccessible.Role.Graphic)  # named by its title, its text as description
        self.views.append(view)
        self.charts_row.addWidget(view, 1)
        return view

    def install(self, view: QChartView, chart: QChart, rows: int) -> None:
        """Show `chart` in `view`, tall enough for `rows` bars at the current font."""
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
        scale = max(1.0, self.font().pointSizeF() / 10)
        view.setFixedHeight(int((ROW_HEIGHT * max(rows, 1) + 110) * scale))

    def describe(self, title: str, lines: Sequence[str]) -> None:
        self.title.setText(title)
        text = "\n".join(lines)
        self.summary.setText(text)
        for view in self.views:
            view.setAccessibleName(title)
            view.setAccessibleDescription(text)

    def fonts(self) -> tuple[QFont, QFont]:
        """Label and emphasis fonts that follow the widget's font (larger in projector mode)."""
        labels = QFont(self.font())
        labels.setPointSizeF(max(10.0, self.font().pointSizeF()))
        bold = QFont(labels)
        bold.setBold(True)
        return labels, bold

    def new_chart(self) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(6, 6, 18, 6))
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale())
        labels, _ = self.fonts()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(labels)
        chart.legend().setLabelColor(INK)
        return chart

    def add_axes(self, chart: QChart, series: QAbstractSeries, axis_x: Axis, axis_y: Axis) -> None:
        """Styled axes at the bottom and the left, attached to the series."""
        for axis in (axis_x, axis_y):
            self.style_axis(axis)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)

    def style_axis(self, axis: Axis) -> None:
        labels, _ = self.fonts()
        axis.setLabelsFont(labels)
        axis.setLabelsColor(INK)
        axis.setTitleFont(labels)
        axis.setTitleBrush(INK)

    def rebuild(self) -> None:
        """Draw again from the last data (after a font or language change)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.rebuild()
        super().changeEvent(event)


def _bar_set(name: str, values: Sequence[float], color: QColor, labels: QFont) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(color)
    bar_set.setBorderColor(color.darker(130))
    bar_set.setLabelColor(INK)
    bar_set.setLabelFont(labels)
    return bar_set


class ExpectationChart(ChartPanel):
    """What each group expects (bars, 0..100) against the role's room for manoeuvre (line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("expectationChart", parent)
        self.view = self.add_view("expectationChartView")
        self.groups: list[tuple[str, float]] = []
        self.room: float | None = None

    def set_data(self, groups: Sequence[tuple[str, float]], room: float | None) -> None:
        self.groups, self.room = list(groups), room
        self.rebuild()

    def rebuild(self) -> None:
        labels, bold = self.fonts()
        chart = self.new_chart()
        # Horizontal bars: the first group on top, long group names readable on the left.
        rows = list(reversed(self.groups))
        series = QHorizontalBarSeries()
        series.append(_bar_set(self.tr("Expected position"), [v for _, v in rows], ACCENT, bold))
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setBarWidth(0.6)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([name for name, _ in rows] or [""])
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        axis_x.setTickCount(11)
        axis_x.setLabelFormat("%.0f")  # "%d" prints nothing with localised numbers
        axis_x.setTitleText(self.tr("0 = coordinating · 100 = solves problems of all kinds"))
        self.add_axes(chart, series, axis_x, axis_y)
        if self.room is not None and rows:
            line = QLineSeries()
            line.setName(self.tr("Room for manoeuvre: {value}").format(value=number(self.room)))
            line.append(self.room, -0.5)
            line.append(self.room, len(rows) - 0.5)
            pen = QPen(WARM)
            pen.setWidth(4)
            pen.setStyle(Qt.PenStyle.DashLine)
            line.setPen(pen)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        self.install(self.view, chart, len(rows))
        lines = []
        if self.room is not None:
            lines.append(
                self.tr("The role's room for manoeuvre is {room} of 100.").format(
                    room=number(self.room)
                )
            )
        lines += [
            self.tr("{group} expects {expected}.").format(group=name, expected=number(value))
            for name, value in self.groups
        ]
        self.describe(self.tr("Expectation and room for manoeuvre per group"), lines)


@dataclass(frozen=True)
class ResourceFigures:
    demand_fte: float
    committed_fte: float
    proposed_fte: float
    demand_budget: float
    committed_budget: float
    proposed_budget: float


class ResourceChart(ChartPanel):
    """What the role's tasks ask for against what is committed: staff/time and budget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("resourceChart", parent)
        self.fte_view = self.add_view("resourceFteView")
        self.budget_view = self.add_view("resourceBudgetView")
        self.figures: ResourceFigures | None = None

    def set_data(self, figures: ResourceFigures) -> None:
        self.figures = figures
        self.rebuild()

    def _chart(self, values: Sequence[float], axis_title: str, digits: int = 4) -> QChart:
        """Three bars named on the axis (no legend to read): needed, committed, proposed."""
        labels, bold = self.fonts()
        chart = self.new_chart()
        names = [
            self.tr("Needed for the tasks"),
            self.tr("Committed"),
            self.tr("Proposed (not counted)"),
        ]
        series = QHorizontalBarSeries()
        bars = _bar_set(axis_title, list(reversed(values)), ACCENT, bold)
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        # Significant digits: FTE as "1.25" / "1,25" like the text below the chart (four
        # digits printed "1.254", which reads as a German thousand in English).
        series.setLabelsPrecision(digits)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        chart.legend().hide()
        axis_y = QBarCategoryAxis()
        axis_y.append(list(reversed(names)))
        axis_x = QValueAxis()
        axis_x.setRange(0, max(values) * 1.2 or 1)
        axis_x.applyNiceNumbers()
        axis_x.setLabelFormat("%.1f" if axis_x.max() < 10 else "%.0f")
        axis_x.setTitleText(axis_title)
        self.add_axes(chart, series, axis_x, axis_y)
        return chart

    def rebuild(self) -> None:
        f = self.figures
        if f is None:
            return
        fte = (f.demand_fte, f.committed_fte, f.proposed_fte)
        budget = tuple(v / 1000 for v in (f.demand_budget, f.committed_budget, f.proposed_budget))
        self.install(self.fte_view, self._chart(fte, self.tr("Staff and time (FTE)"), 3), 2)
        self.install(
            self.budget_view, self._chart(budget, self.tr("Budget (thousand € per year)")), 2
        )
        self.describe(
            self.tr("Resources compared with what the tasks need"),
            [
                self.tr(
                    "Staff and time: {need} FTE needed, {have} FTE committed,"
                    " {proposed} FTE proposed."
                ).format(
                    need=number(f.demand_fte, 2),
                    have=number(f.committed_fte, 2),
                    proposed=number(f.proposed_fte, 2),
                ),
                self.tr(
                    "Budget per year: {need} needed, {have} committed, {proposed} proposed."
                ).format(
                    need=money(f.demand_budget),
                    have=money(f.committed_budget),
                    proposed=money(f.proposed_budget),
                ),
            ],
        )


@dataclass(frozen=True)
class SpreadRow:
    area: str
    low: int
    high: int
    agreed: int | None


class SpreadChart(ChartPanel):
    """Per decision area the range of the votes (lowest to highest) and the agreed level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("spreadChart", parent)
        self.view = self.add_view("spreadChartView")
        self.rows: list[SpreadRow] = []

    def set_data(self, rows: Sequence[SpreadRow]) -> None:
        self.rows = list(rows)
        self.rebuild()

    def rebuild(self) -> None:
        labels, bold = self.fonts()
        chart = self.new_chart()
        rows = list(reversed(self.rows))  # first area on top
        series = QHorizontalStackedBarSeries()
        offset = QBarSet("")
        offset.append([r.low - 0.3 for r in rows])
        offset.setColor(QColor(Qt.GlobalColor.transparent))
        offset.setBorderColor(QColor(Qt.GlobalColor.transparent))
        span = _bar_set(
            self.tr("Range of the votes"), [r.high - r.low + 0.6 for r in rows], PALE, labels
        )
        span.setBorderColor(ACCENT)
        series.append(offset)
        series.append(span)
        series.setBarWidth(0.55)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([r.area for r in rows] or [""])
        axis_x = QCategoryAxis()
        axis_x.setRange(0.5, 7.5)
        for level in range(1, 8):
            axis_x.append(str(level), level)
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis_x.setTitleText(self.tr("Delegation level: 1 = tell … 7 = delegate"))
        self.add_axes(chart, series, axis_x, axis_y)
        agreed = QScatterSeries()
        agreed.setName(self.tr("Agreed level"))
        agreed.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
        agreed.setMarkerSize(16)
        agreed.setColor(WARM)
        agreed.setBorderColor(INK)
        for i, r in enumerate(rows):
            if r.agreed is not None:
                agreed.append(float(r.agreed), float(i))
        chart.addSeries(agreed)
        agreed.attachAxis(axis_x)
        agreed.attachAxis(axis_y)
        for marker in chart.legend().markers(series):
            if marker.barset() is offset:
                marker.setVisible(False)
        self.install(self.view, chart, len(rows))
        lines = [
            (
                self.tr("{area}: votes from level {low} to {high}, agreed level {agreed}.").format(
                    area=r.area, low=r.low, high=r.high, agreed=r.agreed
                )
                if r.agreed is not None
                else self.tr(
                    "{area}: votes from level {low} to {high}, no level agreed yet."
                ).format(area=r.area, low=r.low, high=r.high)
            )
            for r in self.rows
        ]
        self.describe(self.tr("Spread of the votes per decision area"), lines)
