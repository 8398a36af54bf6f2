"""Step 6, Aufgaben & Verantwortung: the RACI matrix of the session's tasks.

Who is Responsible, Accountable, Consulted and Informed for each task, per stakeholder
group. Every task needs at least one R and exactly one A; the matrix says where that is
not so. The room adapts the task list here: catalog tasks can be added, own tasks created,
tasks renamed and hidden — all undoable, none of it changes the shipped catalog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.analysis.checks import raci_issues
from cdo_workshop.domain.edits import Insert
from cdo_workshop.domain.model import SHORT_TEXT, Session, Task
from cdo_workshop.domain.templates import add_custom_task, add_task, available_tasks, hide_task
from cdo_workshop.ui.announce import announce
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.raci_matrix import TITLE_COLUMN, RaciModel, RaciView
from cdo_workshop.ui.widgets.time_shares import TimeShareTable

MATRIX_MIN_HEIGHT = 240


def problem_tasks(session: Session) -> int:
    """How many tasks the RACI check finds a problem with."""
    return len({i.task.id for i in raci_issues(session)})


class ResponsibilitiesPage(StepPage):
    key = "responsibilities"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.heading = QLabel(objectName="stepHeading")
        self.intro = QLabel(objectName="stepIntro")
        self.intro.setWordWrap(True)
        self.legend = QLabel(objectName="raciLegend")
        self.legend.setWordWrap(True)

        self.model = RaciModel(controller, self)
        self.view = RaciView(objectName="raciMatrix")
        self.view.setModel(self.model)
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.view.setFont(font)
        self.view.setMinimumHeight(MATRIX_MIN_HEIGHT)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.view.fontMetrics().lineSpacing() + 12)
        self.view.horizontalHeader().setMinimumSectionSize(44)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)
        self._current: tuple[str | None, int] = (None, 1)

        self.hide_button = QPushButton(objectName="hideTask")
        self.hide_button.clicked.connect(self.hide_current)
        # Not the button's own shortcut: its text's mnemonic would replace it.
        QShortcut(
            QKeySequence("Ctrl+Shift+D"),
            self,
            self.hide_current,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.rename_button = QPushButton(objectName="renameTask")
        self.rename_button.clicked.connect(self.rename_current)
        self.status = QLabel(objectName="raciStatus")
        self.status.setWordWrap(True)
        self.summary = QLabel(objectName="stepSummary")
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.hide_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.summary)

        self.catalog_label = QLabel(objectName="catalogTaskLabel")
        self.catalog_combo = QComboBox(objectName="catalogTaskChoice")
        self.catalog_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.catalog_combo.setMinimumContentsLength(30)
        self.catalog_label.setBuddy(self.catalog_combo)
        self.add_catalog_button = QPushButton(objectName="addCatalogTask")
        self.add_catalog_button.clicked.connect(self.add_catalog_task)
        self.custom_label = QLabel(objectName="customTaskLabel")
        self.custom_edit = QLineEdit(objectName="customTaskTitle")
        self.custom_edit.setMaxLength(SHORT_TEXT)
        self.custom_edit.returnPressed.connect(self.add_custom_task)
        self.custom_label.setBuddy(self.custom_edit)
        self.add_custom_button = QPushButton(objectName="addCustomTask")
        self.add_custom_button.clicked.connect(self.add_custom_task)
        adding = QGridLayout()
        adding.addWidget(self.catalog_label, 0, 0)
        adding.addWidget(self.catalog_combo, 0, 1)
        adding.addWidget(self.add_catalog_button, 0, 2)
        adding.addWidget(self.custom_label, 1, 0)
        adding.addWidget(self.custom_edit, 1, 1)
        adding.addWidget(self.add_custom_button, 1, 2)
        adding.setColumnStretch(1, 1)

        self.keys_hint = QLabel(objectName="raciKeys")
        self.keys_hint.setWordWrap(True)
        self.time_shares = TimeShareTable(controller)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.keys_hint)
        layout.addLayout(adding)
        layout.addWidget(self.time_shares)
        self.setFocusProxy(self.view)
        self._viewport: QWidget | None = None
        self.retranslate()

    # -- the matrix fills the first screen; the time shares follow below it ----------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._viewport is None:
            scroll = self.parentWidget()
            while scroll is not None and not isinstance(scroll, QScrollArea):
                scroll = scroll.parentWidget()
            if scroll is not None:
                self._viewport = scroll.viewport()
                self._viewport.installEventFilter(self)
        self._fit_matrix()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_matrix()
        return super().eventFilter(watched, event)

    def _fit_matrix(self) -> None:
        """As tall as the screen leaves it beside the rest of the matrix's part (as before
        the time shares were added below it), at least MATRIX_MIN_HEIGHT."""
        if self._viewport is None:
            return
        layout = self.layout()
        margins = layout.contentsMargins()
        others = margins.top() + margins.bottom()
        items = [layout.itemAt(i) for i in range(layout.count())]
        shown = [i for i in items if i.widget() is not self.time_shares and not i.isEmpty()]
        for item in shown:
            if item.widget() is not self.view:
                others += item.sizeHint().height()
        others += layout.spacing() * len(shown)
        height = max(MATRIX_MIN_HEIGHT, self._viewport.height() - others)
        if self.view.minimumHeight() != height:
            self.view.setMinimumHeight(height)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.step_heading())
        self.intro.setText(
            self.tr(
                "Who does what? For every task, mark per stakeholder group who is Responsible,"
                " Accountable, Consulted or Informed. Every task needs at least one R and"
                " exactly one A."
            )
        )
        self.legend.setText(
            self.tr(
                "R = does the work \u00b7 A = answers for the result (exactly one) \u00b7"
                " C = is asked beforehand \u00b7 I = is told afterwards"
            )
        )
        self.keys_hint.setText(
            self.tr(
                "Keys: R, A, C, I set a role, Space goes to the next role, Delete clears;"
                " F2 or a double-click opens the list of roles or renames the task."
            )
        )
        self.keys_hint.setAccessibleDescription(self.tr("Keyboard help"))
        self.legend.setAccessibleDescription(self.tr("RACI legend"))
        self.view.setAccessibleName(self.tr("RACI matrix: tasks by stakeholder group"))
        self.hide_button.setText(self.tr("&Hide task"))
        self.hide_button.setAccessibleName(self.tr("Hide the selected task"))
        self.hide_button.setToolTip(
            self.tr(
                "Take the selected task out of this session (Ctrl+Shift+D); undo brings it back"
            )
        )
        self.rename_button.setText(self.tr("Re&name task"))
        self.rename_button.setAccessibleName(self.tr("Rename the selected task"))
        self.rename_button.setToolTip(self.tr("Edit the title of the selected task (F2)"))
        self.catalog_label.setText(self.tr("From the &catalog:"))
        self.catalog_combo.setAccessibleName(self.tr("Catalog task to add"))
        self.add_catalog_button.setText(self.tr("Add &task"))
        self.add_catalog_button.setAccessibleName(self.tr("Add the chosen catalog task"))
        self.custom_label.setText(self.tr("&Own task:"))
        self.custom_edit.setAccessibleName(self.tr("Title of an own task"))
        self.custom_edit.setPlaceholderText(self.tr("A task the catalog does not have"))
        self.add_custom_button.setText(self.tr("Add o&wn task"))
        self.add_custom_button.setAccessibleName(self.tr("Add the own task"))
        self.status.setAccessibleDescription(self.tr("Messages"))
        self.summary.setAccessibleDescription(self.tr("RACI check"))
        self.model.texts_changed()
        self.time_shares.retranslate()
        if self.controller.session is not None:
            self._fill_catalog_tasks()
            self._update_summary()

    # -- loading --------------------------------------------------------------------------

    def load(self, session: Session) -> None:
        self.model.refresh()
        self.time_shares.load()
        self._size_columns()
        self._fill_catalog_tasks()
        self._update_summary()
        if not self.view.currentIndex().isValid():
            self._select_row(1 if self.model.rowCount() > 1 else -1, 1)

    def on_session_changed(self, change: Change) -> None:
        if change.touches("tasks"):
            self._fill_catalog_tasks()
            self._update_summary()
            self.completeChanged.emit(self.is_complete())

    @classmethod
    def ready(cls, session: Session) -> bool:
        return bool(session.tasks) and problem_tasks(session) == 0

    def tasks_with_problems(self) -> int:
        """From the session itself: the model may not have heard of the change yet."""
        session = self.controller.session
        return problem_tasks(session) if session else 0

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _fill_catalog_tasks(self) -> None:
        session = self.controller.session
        if session is None:
            return
        catalog, language = self.controller.catalog, self.controller.language
        current = self.catalog_combo.currentData()
        keys = available_tasks(session, catalog)
        order = list(catalog.task_clusters)
        keys.sort(key=lambda k: order.index(catalog.tasks[k].cluster))
        with QSignalBlocker(self.catalog_combo):
            self.catalog_combo.clear()
            for key in keys:
                definition = catalog.tasks[key]
                cluster = catalog.task_clusters[definition.cluster].label.get(language)
                self.catalog_combo.addItem(
                    self.tr("{title} ({cluster})").format(
                        title=definition.title.get(language), cluster=cluster
                    ),
                    key,
                )
                self.catalog_combo.setItemData(
                    self.catalog_combo.count() - 1,
                    definition.description.get(language),
                    Qt.ItemDataRole.ToolTipRole,
                )
            if not keys:
                self.catalog_combo.addItem(self.tr("All catalog tasks are in the session"), None)
            self.catalog_combo.setCurrentIndex(max(0, self.catalog_combo.findData(current)))
        self.add_catalog_button.setEnabled(bool(keys))

    def _update_summary(self) -> None:
        problems = self.tasks_with_problems()
        session = self.controller.session
        if problems:
            text = self.tr("%n task(s) with problems", "", problems)
        elif session is not None and session.tasks:
            text = self.tr("All tasks have an R and exactly one A.")
        else:
            text = self.tr("No tasks yet.")
        if self.summary.text() and text != self.summary.text() and self.isVisible():
            announce(self.summary, text)  # the check changed with the last edit
        self.summary.setText(text)
        font = self.summary.font()
        font.setBold(bool(problems))  # the count says it; bold only draws the eye
        self.summary.setFont(font)

    # -- keeping the selection across resets ------------------------------------------------

    def _remember_current(self) -> None:
        index = self.view.currentIndex()
        task = self.model.task_at(index.row()) if index.isValid() else None
        self._current = (task.id if task else None, max(1, index.column()))

    def _after_reset(self) -> None:
        task_id, column = self._current
        row = self.model.row_of(task_id) if task_id else -1
        if row >= 0:
            self._select_row(row, column)

    def _select_row(self, row: int, column: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(
                self.model.index(row, min(column, self.model.columnCount() - 1))
            )

    def select_task(self, task_id: str, column: int = 1) -> None:
        self._select_row(self.model.row_of(task_id), column)

    # -- edits ----------------------------------------------------------------------------

    def current_task(self) -> Task | None:
        index = self.view.currentIndex()
        return self.model.task_at(index.row()) if index.isValid() else None

    def add_catalog_task(self) -> None:
        key = self.catalog_combo.currentData()
        session = self.controller.session
        if not key or session is None:
            return
        task = self._add(add_task(session, self.controller.catalog, key, self.controller.language))
        if task is not None:
            self._say(self.tr("Task added: {title}").format(title=self.controller.title(task)))

    def add_custom_task(self) -> None:
        title = self.custom_edit.text().strip()
        session = self.controller.session
        if not title or session is None:
            self._say(self.tr("Type the title of the own task first."))
            self.custom_edit.setFocus()
            return
        if self._add(add_custom_task(session, title)) is not None:
            self.custom_edit.clear()
            self._say(self.tr("Own task added: {title}").format(title=title))

    def _add(self, edits: list[Insert]) -> Task | None:
        """Apply the domain's insert (after the last task of its cluster) and select it."""
        task = edits[0].item
        assert isinstance(task, Task)
        if not self.controller.edit(edits, self.tr("Add task")):
            return None
        self.select_task(task.id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return task

    def hide_current(self) -> None:
        """Take the task out of the session; expectations that named it drop it too, all in
        one undoable step (domain.templates.hide_task)."""
        task = self.current_task()
        session = self.controller.session
        if task is None or session is None:
            self._say(self.tr("Select a task first."))
            return
        row, column = self.view.currentIndex().row(), max(1, self.view.currentIndex().column())
        self.controller.edit(hide_task(session, task.id), self.tr("Hide task"))
        self._say(
            self.tr("Task hidden: {title}. Undo brings it back.").format(
                title=self.controller.title(task)
            )
        )
        for candidate in (row, row + 1, row - 1, row - 2):
            if self.model.task_at(candidate) is not None:
                self._select_row(candidate, column)
                break

    def rename_current(self) -> None:
        task = self.current_task()
        if task is None:
            self._say(self.tr("Select a task first."))
            return
        index = self.model.index(self.model.row_of(task.id), TITLE_COLUMN)
        self.view.setCurrentIndex(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)
