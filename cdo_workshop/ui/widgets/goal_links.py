"""What serves the goal selected in step 2: its tasks and decision areas, ticked in two lists,
and whether tasks, powers and resources carry it (analysis.checks.goal_backing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from cdo_workshop.domain.analysis.checks import BACKING_LEVEL, goal_backing
from cdo_workshop.domain.edits import Collection, Field, ItemRef
from cdo_workshop.domain.model import Goal, Session
from cdo_workshop.ui.controller import SessionController

ID_ROLE = Qt.ItemDataRole.UserRole


class GoalLinks(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.goal_id = ""
        self.heading = QLabel(objectName="sectionHeading")
        self.heading.setWordWrap(True)
        self.tasks_label = QLabel()
        self.areas_label = QLabel()
        self.tasks = QListWidget(objectName="goalTasks")
        self.areas = QListWidget(objectName="goalAreas")
        self.tasks_label.setBuddy(self.tasks)
        self.areas_label.setBuddy(self.areas)
        self.status = QLabel(objectName="goalStatus")
        self.status.setWordWrap(True)
        for box, name in ((self.tasks, "tasks"), (self.areas, "areas")):
            box.setMinimumHeight(120)
            box.itemChanged.connect(lambda item, name=name: self._toggled(name))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.tasks_label, 1, 0)
        grid.addWidget(self.areas_label, 1, 1)
        grid.addWidget(self.tasks, 2, 0)
        grid.addWidget(self.areas, 2, 1)
        grid.addWidget(self.status, 3, 0, 1, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.tasks_label.setText(self.tr("&Tasks that serve it:"))
        self.areas_label.setText(self.tr("Decision a&reas that serve it:"))
        self.tasks.setAccessibleName(self.tr("Tasks that serve the goal"))
        self.areas.setAccessibleName(self.tr("Decision areas that serve the goal"))
        if self.controller.session is not None:
            self.show_goal(self.controller.session, self.goal_id)

    def show_goal(self, session: Session, goal_id: str) -> None:
        goal = next((g for g in session.goals if g.id == goal_id), None)
        self.goal_id = goal.id if goal else ""
        self.setEnabled(goal is not None)
        if goal is None:
            self.heading.setText(self.tr("Select a goal to link what serves it."))
            self._fill(self.tasks, [], set())
            self._fill(self.areas, [], set())
            self.status.setText("")
            return
        short = " ".join(goal.text.split())
        self.heading.setText(
            self.tr("What serves \u201c{goal}\u201d?").format(
                goal=short if len(short) <= 90 else short[:89] + "\u2026"
            )
        )
        catalog, language = self.controller.catalog, self.controller.language
        self._fill(
            self.tasks,
            [(t.id, catalog.title_of(t).get(language)) for t in session.tasks],
            set(goal.tasks),
        )
        self._fill(
            self.areas,
            [(a.id, catalog.title_of(a).get(language)) for a in session.decision_areas],
            set(goal.areas),
        )
        self.status.setText(self._status(session, goal))

    def _status(self, session: Session, goal: Goal) -> str:
        backing = next(b for b in goal_backing(session, self.controller.catalog) if b.goal is goal)
        if not backing.linked:
            return self.tr("Not linked yet: nothing checks whether the role can reach this goal.")
        if backing.backed:
            return self.tr("\u2713 Carried: someone does each task, a level backs it, resources.")
        missing = []
        if backing.unassigned:
            missing.append(
                self.tr("nobody is responsible (R) for {count} of its tasks").format(
                    count=len(backing.unassigned)
                )
            )
        if not backing.by_power:
            missing.append(
                self.tr("no agreed level of {level} or more backs it").format(level=BACKING_LEVEL)
            )
        if not backing.by_resources:
            missing.append(self.tr("the role has no resources"))
        return self.tr("Not carried yet: {missing}.").format(missing="; ".join(missing))

    @staticmethod
    def _fill(box: QListWidget, entries: list[tuple[str, str]], ticked: set[str]) -> None:
        row = box.currentRow()
        box.blockSignals(True)
        box.clear()
        for item_id, title in entries:
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked
            )
            box.addItem(item)
        if 0 <= row < box.count():
            box.setCurrentRow(row)
        box.blockSignals(False)

    def _toggled(self, name: str) -> None:
        if not self.goal_id:
            return
        box = self.tasks if name == "tasks" else self.areas
        ids = [
            str(box.item(i).data(ID_ROLE))
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        ]
        field = Field(ItemRef(Collection.GOALS, self.goal_id), name)
        self.controller.set(field, ids, self.tr("Link to goal"))
