"""The RACI matrix: the session's tasks (grouped by cluster) × stakeholder groups.

The model reads the open session and writes every edit (a role, a task title) through the
controller as an undoable command. A status column says per task what is wrong: every
task needs at least one R and exactly one A (text and colour, never colour alone).

Rows are cluster headings (not selectable, spanning the table) and tasks; RaciView keeps
the spans in step with the rows and turns the keys R, A, C, I, Space and Delete into edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from cdo_workshop.domain import operations
from cdo_workshop.domain.analysis.checks import RaciIssue, raci_issues
from cdo_workshop.domain.model import SHORT_TEXT, RaciRole, StakeholderGroup, Task
from cdo_workshop.ui.announce import announce
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.widgets.collection_table import LiveDelegate
from cdo_workshop.ui.widgets.delegation_board import wrap_label

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

TITLE_COLUMN = 0
# Groups that always get a column; the facilitator and "others" only once a task uses them,
# the staff council also once a member takes part (step 1).
OCCASIONAL = (StakeholderGroup.STAFF_COUNCIL, StakeholderGroup.FACILITATOR, StakeholderGroup.OTHER)
USUAL_GROUPS = tuple(g for g in StakeholderGroup if g not in OCCASIONAL)
CYCLE: tuple[RaciRole | None, ...] = (
    None,
    RaciRole.RESPONSIBLE,
    RaciRole.ACCOUNTABLE,
    RaciRole.CONSULTED,
    RaciRole.INFORMED,
)
TASK_ID_ROLE = Role.UserRole + 1  # str | None: the task of a row (None on a cluster heading)
ISSUES_ROLE = Role.UserRole + 2  # list[str]: the task's problem kinds (see checks.raci_issues)

PROBLEM = QColor("#f5c6c6")
FINE = QColor("#d3ecd8")
CLUSTER = QColor("#dde6ef")
CLUSTER_TEXT = QColor("#1b2a3a")
CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class Row:
    cluster: str
    task_id: str | None = None  # None: the heading of the cluster


class RaciModel(QAbstractTableModel):
    def __init__(self, controller: SessionController, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: list[Row] = []
        self.groups: list[StakeholderGroup] = list(USUAL_GROUPS)
        self._tasks: dict[str, Task] = {}
        self._issues: dict[str, list[RaciIssue]] = {}
        controller.session_changed.connect(self._on_changed)

    # -- layout -------------------------------------------------------------------------

    def _layout(self) -> tuple[list[Row], list[StakeholderGroup]]:
        session = self.controller.session
        if session is None:
            return [], list(USUAL_GROUPS)
        order = list(self.controller.catalog.task_clusters)
        position = {key: i for i, key in enumerate(order)}
        tasks = sorted(
            enumerate(session.tasks),
            key=lambda it: (position.get(it[1].cluster, len(order)), it[1].cluster, it[0]),
        )
        rows: list[Row] = []
        for _, task in tasks:
            if not rows or rows[-1].cluster != task.cluster:
                rows.append(Row(task.cluster))
            rows.append(Row(task.cluster, task.id))
        used = {actor for task in session.tasks for actor in task.raci}
        if any(p.group == StakeholderGroup.STAFF_COUNCIL for p in session.participants):
            used.add(StakeholderGroup.STAFF_COUNCIL.value)
        groups = [g for g in StakeholderGroup if g in USUAL_GROUPS or g.value in used]
        return rows, groups

    def _cache(self) -> None:
        session = self.controller.session
        self._tasks = {t.id: t for t in session.tasks} if session else {}
        self._issues = {}
        for issue in raci_issues(session) if session else []:
            self._issues.setdefault(issue.task.id, []).append(issue)

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows, self.groups = self._layout()
        self._cache()
        self.endResetModel()

    def _on_changed(self, change: Change) -> None:
        if not change.touches("tasks", "participants"):
            return
        if self._layout() != (self.rows, self.groups):
            self.refresh()
            return
        self._cache()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )

    def texts_changed(self) -> None:
        """The language changed: headers and cells say everything anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )

    # -- reading --------------------------------------------------------------------------

    @property
    def status_column(self) -> int:
        return len(self.groups) + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.groups) + 2

    def task_at(self, row: int) -> Task | None:
        if not 0 <= row < len(self.rows):
            return None
        task_id = self.rows[row].task_id
        return self._tasks.get(task_id) if task_id else None

    def row_of(self, task_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.task_id == task_id), -1)

    def group_at(self, column: int) -> StakeholderGroup | None:
        return self.groups[column - 1] if 1 <= column <= len(self.groups) else None

    def column_of(self, group: StakeholderGroup) -> int:
        return self.groups.index(group) + 1 if group in self.groups else -1

    def is_role_cell(self, index: Index) -> bool:
        return (
            index.isValid()
            and self.task_at(index.row()) is not None
            and self.group_at(index.column()) is not None
        )

    def cluster_label(self, cluster: str) -> str:
        entry = self.controller.catalog.task_clusters.get(cluster)
        if entry is not None:
            return entry.label.get(self.controller.language)
        return cluster or self.tr("Own tasks")

    def role_text(self, role: RaciRole) -> str:
        return {
            RaciRole.RESPONSIBLE: self.tr("R \u2013 Responsible: does the work"),
            RaciRole.ACCOUNTABLE: self.tr("A \u2013 Accountable: answers for the result"),
            RaciRole.CONSULTED: self.tr("C \u2013 Consulted: is asked beforehand"),
            RaciRole.INFORMED: self.tr("I \u2013 Informed: is told afterwards"),
        }[role]

    def status_text(self, task_id: str) -> str:
        issues = self._issues.get(task_id, [])
        if not issues:
            return self.tr("OK")
        parts = []
        for issue in issues:
            if issue.kind == "no_responsible":
                parts.append(self.tr("no R"))
            elif issue.kind == "no_accountable":
                parts.append(self.tr("no A"))
            else:
                parts.append(self.tr("{count} \u00d7 A").format(count=len(issue.actors)))
        return ", ".join(parts)

    def tasks_with_problems(self) -> int:
        return len(self._issues)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Role.DisplayRole else None
        group = self.group_at(section)
        if group is not None:
            label = self.controller.group_label(group.value)
            if role == Role.DisplayRole:
                return wrap_label(label)
            return label if role == Role.ToolTipRole else None
        if role == Role.DisplayRole:
            return self.tr("Task") if section == TITLE_COLUMN else self.tr("Check")
        if role == Role.ToolTipRole and section == self.status_column:
            return self.tr("Every task needs at least one R and exactly one A.")
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        task = self.task_at(index.row())
        if task is None:
            return self._cluster_data(row, index.column(), role)
        if role == TASK_ID_ROLE:
            return task.id
        if role == ISSUES_ROLE:
            return [i.kind for i in self._issues.get(task.id, [])]
        column = index.column()
        if column == TITLE_COLUMN:
            return self._title_data(task, role)
        if column == self.status_column:
            return self._status_data(task, role)
        group = self.group_at(column)
        assert group is not None
        value = task.raci.get(group.value)
        if role == Role.EditRole:
            return value.value if value else ""
        if role == Role.DisplayRole:
            return value.value if value else ""
        if role in (Role.ToolTipRole, Role.AccessibleTextRole):
            label = self.controller.group_label(group.value)
            role_text = self.role_text(value) if value else self.tr("no role")
            return f"{label}: {role_text}"
        if role == Role.TextAlignmentRole:
            return CENTER
        if role == Role.FontRole and value is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cluster_data(self, row: Row, column: int, role: int) -> Any:
        if column != TITLE_COLUMN:
            return None
        if role in (Role.DisplayRole, Role.AccessibleTextRole, Role.ToolTipRole):
            return self.cluster_label(row.cluster)
        if role == Role.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.BackgroundRole:
            return CLUSTER
        return CLUSTER_TEXT if role == Role.ForegroundRole else None

    def _title_data(self, task: Task, role: int) -> Any:
        title = self.controller.title(task)
        if role in (Role.DisplayRole, Role.EditRole, Role.AccessibleTextRole):
            return title
        if role == Role.ToolTipRole:
            definition = self.controller.catalog.tasks.get(task.key) if task.key else None
            if definition is None:
                return title
            return f"{title}\n{definition.description.get(self.controller.language)}"
        return None

    def _status_data(self, task: Task, role: int) -> Any:
        problems = bool(self._issues.get(task.id))
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self.status_text(task.id)
        if role == Role.ToolTipRole:
            if not problems:
                return self.tr("At least one R and exactly one A: fine.")
            return self.tr("Every task needs at least one R and exactly one A.")
        if role == Role.BackgroundRole:
            return PROBLEM if problems else FINE
        if role == Role.FontRole and problems:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.TextAlignmentRole:
            return CENTER
        return None

    # -- writing --------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.task_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags  # a cluster heading: the cursor skips it
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == self.status_column:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: Any, role: int = Role.EditRole
    ) -> bool:
        task = self.task_at(index.row()) if index.isValid() else None
        if task is None or role != Role.EditRole:
            return False
        if index.column() == TITLE_COLUMN:
            # As typed (a trailing space is the start of the next word); never empty.
            title = str(value or "")[:SHORT_TEXT]
            if not title.strip():
                return False
            if title not in (task.title, self.controller.title(task)):
                editing = getattr(self, "editing", None)  # typed into one open editor: one step
                merge = (TITLE_COLUMN, task.id, editing) if editing is not None else None
                self.controller.edit(
                    operations.rename_task(task, title), self.tr("Rename task"), merge=merge
                )
            return True
        group = self.group_at(index.column())
        if group is None:
            return False
        try:
            role = RaciRole(str(value).upper()) if value else None
        except ValueError:
            return False
        if task.raci.get(group.value) != role:
            self.controller.edit(operations.set_role(task, group, role), self.tr("Set RACI role"))
        return True

    def cycle(self, index: Index) -> bool:
        """Empty → R → A → C → I → empty."""
        if not self.is_role_cell(index):
            return False
        current = index.data(Role.EditRole) or None
        position = CYCLE.index(RaciRole(current) if current else None)
        following = CYCLE[(position + 1) % len(CYCLE)]
        return self.setData(index, following.value if following else "")


class RaciDelegate(LiveDelegate):
    """A list of the four roles for role cells; a line edit for the task title, saved as
    it is typed."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        model = index.model()
        if index.column() == TITLE_COLUMN:
            line = QLineEdit(parent)
            line.setMaxLength(SHORT_TEXT)
            line.setAccessibleName(self.tr("Task title"))
            line.textEdited.connect(lambda _t, e=line: self.commit(e))
            return self.live(line, index)
        combo = QComboBox(parent)
        combo.addItem(self.tr("\u2014 no role"), "")
        raci_model = model if isinstance(model, RaciModel) else None
        for role in CYCLE[1:]:
            assert role is not None
            combo.addItem(raci_model.role_text(role) if raci_model else role.value, role.value)
        combo.setAccessibleName(self.tr("RACI role"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Role.EditRole) or ""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit) and editor.text() != str(value):
            editor.setText(str(value))  # not while the user types it

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Role.EditRole)
        elif isinstance(editor, QLineEdit):
            self.write(editor, model, index, editor.text())


class RaciView(QTableView):
    """Keys R, A, C, I set a role, Space cycles, Delete clears; F2 or a double-click opens
    the list (on the title: renames the task)."""

    def __init__(self, parent: QWidget | None = None, **properties: Any) -> None:
        super().__init__(parent, **properties)
        self.setItemDelegate(RaciDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        model.modelReset.connect(self.update_spans)
        self.update_spans()

    def raci_model(self) -> RaciModel:
        model = self.model()
        assert isinstance(model, RaciModel)
        return model

    def update_spans(self) -> None:
        self.clearSpans()
        model = self.raci_model()
        for row, entry in enumerate(model.rows):
            if entry.task_id is None and model.columnCount() > 1:
                self.setSpan(row, 0, 1, model.columnCount())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        model, index = self.raci_model(), self.currentIndex()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if plain and model.is_role_cell(index) and self.state() != self.State.EditingState:
            text = event.text().upper()
            if len(text) == 1 and text in "RACI":
                model.setData(index, text)
            elif event.key() == Qt.Key.Key_Space:
                model.cycle(index)
            elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                model.setData(index, "")
            else:
                super().keyPressEvent(event)
                return
            event.accept()
            # The focus stays on the cell, so a screen reader would not say what changed.
            announce(self, str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""))
            return
        super().keyPressEvent(event)
