"""Step 6: the role's working time shared among its tasks, and their Arbeitsvorgänge.

A compact table of the tasks the role (the CDO) is R or A for: the share of the role's
working time in percent (a spin box; "—" is not given) and the Arbeitsvorgang the task
belongs to (typed, with the names already used offered). Below it the total, the
Arbeitsvorgänge with their shares and what the check says (analysis.time_shares), all
following every edit as it is typed. Cells are edited like the other tables
(collection_table): type or F2, Tab and the arrows move, Escape puts the cell back, Delete
clears a share; every edit is an undoable edit through the controller.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.analysis.time_shares import carried, time_share_check, work_processes
from cdo_workshop.domain.edits import Collection
from cdo_workshop.domain.messages import Num
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.widgets.collection_table import (
    CollectionModel,
    Column,
    ColumnDelegate,
    Index,
)
from cdo_workshop.ui.widgets.optional_spin_box import OptionalSpinBox

TITLE, SHARE, PROCESS = 0, 1, 2
NOT_GIVEN = -1  # the spin box's minimum: no share given ("—")


class TimeShareModel(CollectionModel):
    """The session's tasks the role is R or A for, in task order."""

    def __init__(self, controller: SessionController, parent: Any = None) -> None:
        columns = [
            Column("title", lambda: self.tr("Task"), stretch=True),
            Column("time_share", lambda: self.tr("Share of the working time"), kind="int"),
            Column("work_process", lambda: self.tr("Arbeitsvorgang"), stretch=True),
        ]
        super().__init__(controller, Collection.TASKS, columns, parent)

    def items(self) -> list[Any]:
        return [t for t in super().items() if carried(t)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.column() == TITLE:  # renamed in the matrix above
            return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        task = self.item_at(index.row())
        shown = (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        )
        if index.column() == TITLE and role in shown:
            return self.controller.title(task)
        if index.column() == PROCESS and role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Arbeitsvorgang: {name}").format(name=task.work_process)
                if task.work_process.strip()
                else self.tr(
                    "An Arbeitsvorgang of its own; type a name to group tasks that lead to one"
                    " work result"
                )
            )
        if index.column() == SHARE and role in shown:
            if task.time_share is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else self.tr("not given")
            return self.tr("{share} %").format(share=QLocale().toString(task.time_share))
        if index.column() == SHARE and role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)

    def process_names(self) -> list[str]:
        """The Arbeitsvorgänge named so far, each once, in task order."""
        names: dict[str, str] = {}
        for task in self.items():
            name = " ".join(task.work_process.split())
            if name:
                names.setdefault(name.casefold(), name)
        return list(names.values())


class TimeShareDelegate(ColumnDelegate):
    """A spin box in percent with "—" for not given, and a line edit that offers the names
    of the Arbeitsvorgänge already used."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        if index.column() == SHARE:
            spin = OptionalSpinBox(parent)
            spin.setRange(NOT_GIVEN, 100)
            spin.setSpecialValueText("—")
            spin.setSuffix(self.tr(" %"))
            spin.setAccessibleName(self.tr("Share of the working time in percent"))
            spin.valueChanged.connect(lambda _v, e=spin: self.commit(e))
            return self.live(spin, index)
        editor = super().createEditor(parent, option, index)
        if index.column() == PROCESS and isinstance(editor, QLineEdit):
            model = index.model()
            names = model.process_names() if isinstance(model, TimeShareModel) else []
            completer = QCompleter(names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            editor.setPlaceholderText(self.tr("its own Arbeitsvorgang"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            shown = NOT_GIVEN if value is None else int(value)
            if editor.value() != shown:
                editor.blockSignals(True)
                editor.setValue(shown)
                editor.blockSignals(False)
                # A digit typed to open the editor replaces "—" (or the old share).
                editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            value = editor.value()
            self.write(editor, model, index, None if value == NOT_GIVEN else value)
            return
        super().setModelData(editor, model, index)


class TimeShareTable(QWidget):
    """The table with its total and the check's messages."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.heading = QLabel(objectName="sectionHeading")
        self.intro = QLabel(objectName="timeSharesIntro")
        self.intro.setWordWrap(True)
        self.model = TimeShareModel(controller, self)
        self.view = QTableView(objectName="timeSharesTable")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimeShareDelegate(self.model.columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHARE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PROCESS, QHeaderView.ResizeMode.Stretch)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.view.installEventFilter(self)
        self.heading.setBuddy(self.view)
        self.total = QLabel(objectName="timeSharesTotal")
        self.total.setWordWrap(True)
        self.processes = QLabel(objectName="timeSharesProcesses")
        self.processes.setWordWrap(True)
        self.check = QLabel(objectName="timeSharesCheck")
        self.check.setWordWrap(True)
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.view)
        layout.addWidget(self.total)
        layout.addWidget(self.processes)
        layout.addWidget(self.check)
        controller.session_changed.connect(self._on_changed)
        self.model.modelReset.connect(self._fit)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Time shares and Arbeitsvorgänge of the ro&le"))
        self.intro.setText(
            self.tr(
                "For each task the role is R or A for: its share of the role's working time in"
                " percent (together 100 %), and the Arbeitsvorgang it belongs to – tasks that"
                " lead to one work result get the same name. HR needs both for the job"
                " description."
            )
        )
        self.view.setAccessibleName(self.tr("Time shares of the role's tasks"))
        self.total.setAccessibleDescription(self.tr("Total of the time shares"))
        self.processes.setAccessibleDescription(self.tr("Arbeitsvorgänge with their shares"))
        self.check.setAccessibleDescription(self.tr("Time share check"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PROCESS)
        self.update_summary()

    def load(self) -> None:
        self.model.refresh()
        self.update_summary()

    def _on_changed(self, change: Change) -> None:
        if change.touches("tasks", "placement", "resources", "municipality"):
            self.update_summary()

    def update_summary(self) -> None:
        session = self.controller.session
        if session is None:
            return
        catalog, language = self.controller.catalog, self.controller.language
        check = time_share_check(session, catalog)
        if check.fte:
            total = self.tr("Total: {total} % of the role's {fte} FTE").format(
                total=check.total, fte=_fte(check.fte, language)
            )
        else:
            total = self.tr("Total: {total} % of the role's working time").format(total=check.total)
        self.total.setText(total)
        font = self.total.font()
        font.setBold(bool(check.tasks) and not check.ok)  # the text says it; bold draws the eye
        self.total.setFont(font)
        processes = [
            self.tr("{name} {share} %").format(
                name=self.controller.title(p.tasks[0]) if p.unnamed else p.name, share=p.share
            )
            for p in work_processes(session, catalog)
        ]
        self.processes.setText(
            self.tr("Arbeitsvorgänge: {list}").format(list=" · ".join(processes))
            if processes
            else ""
        )
        self.processes.setVisible(bool(processes))
        self.check.setText("\n".join(self.controller.translator.render(m) for m in check.messages))
        self._fit()

    def _fit(self) -> None:
        """As tall as its rows: the page scrolls, not the table."""
        self.view.resizeRowsToContents()
        least = self.view.fontMetrics().lineSpacing() + 12
        for row in range(self.model.rowCount()):
            if self.view.rowHeight(row) < least:
                self.view.setRowHeight(row, least)
        height = self.view.verticalHeader().length() if self.model.rowCount() else least
        self.view.setFixedHeight(
            self.view.horizontalHeader().sizeHint().height() + height + 2 * self.view.frameWidth()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Delete (or Backspace) on a closed cell clears it: the share back to not given."""
        if (
            watched is self.view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.view.state() != QAbstractItemView.State.EditingState
        ):
            index = self.view.currentIndex()
            if index.isValid() and index.column() in (SHARE, PROCESS):
                empty = None if index.column() == SHARE else ""
                self.model.setData(index, empty, Qt.ItemDataRole.EditRole)
                return True
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, SHARE))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)


def _fte(value: float, language: str) -> str:
    for digits in (0, 1, 2):
        if abs(value - round(value, digits)) < 1e-9:
            return Num(value, digits).localize(language)
    return Num(value, 2).localize(language)
