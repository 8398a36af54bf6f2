"""What changed since the previous workshop (the follow-up): a compact table.

Only changed values are listed: the scores and role type, capacity and budget, then each
changed expectation, gap and agreed level, the time share per Arbeitsvorgang and the goals.
The comparison itself is the domain's `comparison.compare` (docs/method.md, "The follow-up
comparison").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.analysis.comparison import Change, Comparison
from cdo_workshop.domain.analysis.scores import ROLE_TYPE_NAMES, RoleType
from cdo_workshop.domain.catalog import Catalog
from cdo_workshop.domain.messages import Money, Num
from cdo_workshop.ui.widgets.analysis_summary import FittedTable

Format = Callable[[float], str]


class FollowUpChanges(QWidget):
    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="sectionHeading")
        self.subtitle = QLabel(objectName="followUpSubtitle")
        self.subtitle.setWordWrap(True)
        self.table = FittedTable(self.COLUMNS, "followUpTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.heading.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("What changed since the last workshop"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.table)

    def show_comparison(
        self,
        comparison: Comparison,
        previous: str,
        catalog: Catalog,
        language: str,
        group_label: Callable[[str], str] | None = None,
    ) -> None:
        """`group_label`: a group's name in the session's words (council, mayor)."""
        self.heading.setText(self.tr("What changed since the last workshop"))
        self.table.setAccessibleName(self.tr("What changed since the last workshop"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Before"), self.tr("Now"), self.tr("Change")]
        )

        def num(value: float) -> str:
            return Num(value).localize(language)

        def fte(value: float) -> str:
            return Num(value, 2).localize(language)

        def euro(value: float) -> str:
            return Money(value).localize(language)

        def group(key: str) -> str:
            if group_label is not None:
                return group_label(key)
            entry = catalog.stakeholder_groups.get(key)
            return entry.label.get(language) if entry else key

        rows: list[tuple[str, str, str, str]] = []
        score_names = {
            "mandate": self.tr("Mandate"),
            "resources": self.tr("Resources"),
            "dependency_load": self.tr("Dependency load"),
            "room": self.tr("Room for manoeuvre"),
        }
        before_type, after_type = comparison.role_type
        if before_type != after_type:
            rows.append((self.tr("Role type"), self._type(before_type), self._type(after_type), ""))
        for change in comparison.scores:
            rows += self._row(score_names.get(change.subject, change.subject), change, num)
        rows += self._row(self.tr("Capacity (FTE)"), comparison.capacity_fte, fte)
        rows += self._row(self.tr("Budget per year"), comparison.budget_per_year, euro)
        for change in comparison.expectations:
            name = self.tr("Expectation of {group}").format(group=group(change.subject))
            rows += self._row(name, change, num)
        for change in comparison.gaps:
            name = self.tr("Gap of {group}").format(group=group(change.subject))
            rows += self._row(name, change, num)
        for change in comparison.levels:
            name = self.tr("Agreed level: {area}").format(area=change.subject)
            rows += self._row(name, change, num)

        def percent(value: float) -> str:
            return self.tr("{share} %").format(share=Num(value).localize(language))

        for change in comparison.work_processes:
            name = self.tr("Time share: {process}").format(process=change.subject)
            rows += self._row(name, change, percent)
        for change in comparison.goals:
            if change.changed and change.before is not None and change.after is not None:
                short = " ".join(change.subject.split())
                name = self.tr("Goal: {goal}").format(
                    goal=short if len(short) <= 60 else short[:59] + "\u2026"
                )
                state = {1.0: self.tr("carried"), 0.0: self.tr("not carried")}
                rows.append((name, state[change.before], state[change.after], ""))

        resolved, new = (
            len(comparison.recommendations_resolved),
            len(comparison.recommendations_new),
        )
        self.subtitle.setText(
            self.tr(
                "Compared with \u201c{previous}\u201d. Recommendations resolved since: {resolved},"
                " new: {new}."
            ).format(previous=previous, resolved=resolved, new=new)
            if rows
            else self.tr("Compared with \u201c{previous}\u201d: nothing has changed.").format(
                previous=previous
            )
        )
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        self.table.fit_height()

    def _row(self, name: str, change: Change, fmt: Format) -> list[tuple[str, str, str, str]]:
        before = "—" if change.before is None else fmt(change.before)
        after = "—" if change.after is None else fmt(change.after)
        if not change.changed or before == after:  # unchanged as far as the room can see
            return []
        delta = change.delta
        if delta is None:
            text = self.tr("new") if change.before is None else self.tr("removed")
        else:
            text = ("+" if delta > 0 else "\u2212") + fmt(abs(delta))
        return [(name, before, after, text)]

    def _type(self, kind: RoleType | None) -> str:
        if kind is None:
            return "—"
        return QCoreApplication.translate("Analysis", ROLE_TYPE_NAMES[kind])
