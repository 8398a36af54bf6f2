"""The analysis in words for the room: role type, the four scores and the gap per group.

Every number comes with the sentence that explains it (the domain's Explained messages),
so the facilitator can answer "where does this come from?" from the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.analysis import Analysis
from cdo_workshop.domain.analysis.checks import Gap
from cdo_workshop.domain.analysis.scores import ROLE_TYPE_NAMES, Explained
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.messages import Message, Num

Render = Callable[[Message], str]


class FittedTable(QTableWidget):
    """A read-only table exactly as tall as its rows (the page scrolls, not the table);
    long cells wrap instead of being cut off, also with projector-size fonts."""

    def __init__(self, columns: int, object_name: str) -> None:
        super().__init__(0, columns, objectName=object_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # arrows move between cells, Tab leaves the table
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_height(self) -> None:
        self.resizeRowsToContents()
        least = self.fontMetrics().lineSpacing() + 12  # room around the text, for a projector
        for row in range(self.rowCount()):
            if self.rowHeight(row) < least:
                self.setRowHeight(row, least)
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(header + self.verticalHeader().length() + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_height)  # once the columns have their widths

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.fit_height)


def signed(value: float, language: str) -> str:
    """+25, −9 or ±0: the sign is part of the text, not a colour."""
    rounded = round(value)
    if rounded == 0:
        return "±0"
    return ("+" if rounded > 0 else "\u2212") + Num(abs(rounded)).localize(language)


class ScoreTile(QFrame):
    def __init__(self, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.setProperty("tile", True)
        self.name = QLabel(objectName="scoreName")
        self.name.setWordWrap(True)  # a long name must not make the page wider than a laptop
        self.value = QLabel(objectName="scoreValue")
        self.explanation = QLabel(objectName="scoreExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The calculation step by step (the mandate's per area), on request: long on a projector.
        self.detail_button = QToolButton(objectName="scoreDetailButton")
        self.detail_button.setCheckable(True)
        self.detail = QLabel(objectName="scoreDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(False)
        self.for_room = False  # the audience view: the figure only, no explanation or button
        self.detail_button.toggled.connect(self._toggle_detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.value)
        layout.addWidget(self.explanation, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.detail_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)
        self._toggle_detail(False)

    def _toggle_detail(self, shown: bool) -> None:
        self.detail.setVisible(shown)
        text = self.tr("Hide the calculation") if shown else self.tr("Show the calculation")
        self.detail_button.setText(text)
        self.detail_button.setAccessibleName(f"{self.name.text()}: {text}")

    def show_score(self, name: str, score: Explained, language: str, render: Render) -> None:
        self.name.setText(name)
        value = "—" if score.value is None else Num(score.value).localize(language)
        self.value.setText(self.tr("{value} of 100").format(value=value))
        self.explanation.setText(render(score.explanation))
        self.detail.setText(render(score.detail) if score.detail is not None else "")
        self.detail_button.setVisible(score.detail is not None and not self.for_room)
        self.explanation.setVisible(not self.for_room)
        self._toggle_detail(self.detail_button.isChecked() and score.detail is not None)
        self.setAccessibleName(f"{name}: {self.value.text()}")
        self.setAccessibleDescription(self.explanation.text())


class AnalysisSummary(QWidget):
    """Role type (large, in words), the four scores and the table of gaps."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role_type = QLabel(objectName="roleType")
        self.role_type.setWordWrap(True)
        self.role_reason = QLabel(objectName="roleReason")
        self.role_reason.setWordWrap(True)
        self.role_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tiles = {
            name: ScoreTile(f"score_{name}")
            for name in ("mandate", "resources", "dependency_load", "room")
        }
        self.grid = grid = QGridLayout()
        grid.setSpacing(10)
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, i // 2, i % 2)
        self.gaps_heading = QLabel(objectName="sectionHeading")
        self.gaps_hint = QLabel(objectName="gapsHint")
        self.gaps_hint.setWordWrap(True)
        self.gap_table = FittedTable(self.COLUMNS, "gapTable")
        header = self.gap_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.gaps_heading.setBuddy(self.gap_table)
        self.gap_table.setAccessibleName(self.tr("Gap per group"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.role_type)
        layout.addWidget(self.role_reason)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.gaps_heading)
        layout.addWidget(self.gaps_hint)
        layout.addWidget(self.gap_table)

    def set_for_room(self) -> None:
        """For the audience view: the four figures in one row, without their explanations
        and calculation buttons (the facilitator's page has them)."""
        for i, tile in enumerate(self.tiles.values()):
            tile.for_room = True
            tile.detail_button.hide()
            tile.explanation.hide()
            self.grid.addWidget(tile, 0, i)

    def show_analysis(
        self,
        analysis: Analysis,
        catalog: Catalog,
        language: str,
        render: Render,
        group_label: Callable[[str], str] | None = None,
    ) -> None:
        """`group_label`: a group's name in the session's words (council, mayor)."""
        kind = analysis.role_type
        if kind is None:
            self.role_type.setText(self.tr("Role type: not known yet"))
        else:
            name = QCoreApplication.translate("Analysis", ROLE_TYPE_NAMES[kind])
            self.role_type.setText(self.tr("Role type: {type}").format(type=name))
        self.role_reason.setText(render(analysis.role_type_reason.explanation))
        self.role_type.setAccessibleDescription(self.role_reason.text())
        names = {
            "mandate": self.tr("Mandate"),
            "resources": self.tr("Resources"),
            "dependency_load": (
                self.tr("Dependency load")  # the room's short name; the page explains it
                if self.tiles["dependency_load"].for_room
                else self.tr("Dependency load (higher means less independence)")
            ),
            "room": self.tr("Room for manoeuvre"),
        }
        scores = {
            "mandate": analysis.mandate,
            "resources": analysis.resources,
            "dependency_load": analysis.dependency_load,
            "room": analysis.room,
        }
        for key, tile in self.tiles.items():
            tile.show_score(names[key], scores[key], language, render)
        self._show_gaps(analysis, catalog, language, group_label)

    def _show_gaps(
        self,
        analysis: Analysis,
        catalog: Catalog,
        language: str,
        group_label: Callable[[str], str] | None,
    ) -> None:
        self.gaps_heading.setText(self.tr("&Gap per group"))
        self.gap_table.setHorizontalHeaderLabels(
            [
                self.tr("Group"),
                self.tr("Expected"),
                self.tr("Room for manoeuvre"),
                self.tr("Gap"),
                self.tr("Assessment"),
            ]
        )
        self.gap_table.setAccessibleName(self.tr("Gap per group"))
        gaps = analysis.gaps
        self.gap_table.setRowCount(len(gaps))
        for row, gap in enumerate(gaps):
            entry = catalog.stakeholder_groups.get(gap.group.value)
            name = entry.label.get(language) if entry else gap.group.value
            cells = [
                group_label(gap.group.value) if group_label else name,
                Num(gap.expected).localize(language),
                Num(gap.room).localize(language),
                signed(gap.gap, language),
                self.assessment(gap),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < self.COLUMNS - 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.gap_table.setItem(row, column, item)
        self.gap_table.clearSelection()
        self.gap_table.setCurrentItem(None)
        self.gap_table.setVisible(bool(gaps))
        self.gap_table.fit_height()
        if gaps:
            self.gaps_hint.setText(
                self.tr(
                    "Gap = expected position − room for manoeuvre. Plus: the group expects more"
                    " than the role can deliver; minus: less."
                )
            )
        elif analysis.room.value is None:
            self.gaps_hint.setText(
                self.tr("The gaps appear once a decision area has a level (step 5).")
            )
        else:
            self.gaps_hint.setText(self.tr("No group has said what it expects yet (step 3)."))

    def assessment(self, gap: Gap) -> str:
        texts = {
            ("fits", "fits"): self.tr("fits"),
            ("moderate", "over"): self.tr("moderate gap: expects more than the role can do"),
            ("moderate", "under"): self.tr("moderate gap: expects less than the role can do"),
            ("large", "over"): self.tr("large gap: expects more than the role can do"),
            ("large", "under"): self.tr("large gap: expects less than the role can do"),
        }
        return texts[(gap.size, gap.direction)]
