"""Step 3, Erwartungen: what each stakeholder group expects of the role, side by side.

One card per group: a position on the article's scale from "coordinating" (0) to "solving
problems of all kinds" (100), the tasks the group expects (with a priority each) and notes.
Every change is an undoable edit of that group's Expectation, saved at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAccessible, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain import labels, operations
from cdo_workshop.domain.analysis.scores import (
    DELIVERING_FROM,
    ROLE_TYPE_NAMES,
    SHAPING_FROM,
    RoleType,
)
from cdo_workshop.domain.edits import Collection, EditError, Field, Part, Remove, item_field
from cdo_workshop.domain.model import (
    LONG_TEXT,
    Expectation,
    ExpectedTask,
    Priority,
    Session,
    StakeholderGroup,
)
from cdo_workshop.ui import choices
from cdo_workshop.ui.accessible import set_role
from cdo_workshop.ui.bindings import Binding, bind_plain_text, bind_slider
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.steps.base import StepPage
from cdo_workshop.ui.widgets.collection_table import Column, ColumnDelegate
from cdo_workshop.ui.widgets.phone_voting import PhoneVotingPanel

Index = QModelIndex | QPersistentModelIndex
COLLECTION = Collection.EXPECTATIONS
PAGE_STYLE = """
QFrame#expectationCard {
    border: 1px solid #b8b8b8;
    border-radius: 4px;
    background: palette(base);
}
QLabel#positionValue {
    font-weight: 600;
}
QLabel#scaleEnd {
    color: #3a3a3a;
}
"""


HIDDEN_POSITIONS = Field(Part.ROOM, "hidden_expectations")  # a phone round's


def band(position: int) -> RoleType:
    """Where a position lies on the role-type bands of the method (docs/method.md, 3.1)."""
    if position >= DELIVERING_FROM:
        return RoleType.DELIVERY
    if position >= SHAPING_FROM:
        return RoleType.SHAPING
    return RoleType.COORDINATION


class ExpectedTasksModel(QAbstractTableModel):
    """The session's tasks for one group: ticked if the group expects it, with a priority."""

    def __init__(self, controller: SessionController, expectation_id: str, parent: Any = None):
        super().__init__(parent)
        self.controller = controller
        self.expectation_id = expectation_id
        self.rows: list[tuple[str, str, str]] = []  # task key, title, description

    def expectation(self) -> Expectation | None:
        session = self.controller.session
        if session is None:
            return None
        return next((e for e in session.expectations if e.id == self.expectation_id), None)

    def expected(self) -> dict[str, ExpectedTask]:
        e = self.expectation()
        return {t.task_key: t for t in e.tasks} if e else {}

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        if rows != self.rows:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Expected task") if section == 0 else self.tr("Priority")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        key, title, description = self.rows[index.row()]
        chosen = self.expected().get(key)
        if index.column() == 0:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return title
            if role == Qt.ItemDataRole.ToolTipRole:
                return description or title
            if role == Qt.ItemDataRole.AccessibleTextRole:
                state = self.tr("expected") if chosen else self.tr("not expected")
                return f"{title}: {state}"
            return None
        if role == Qt.ItemDataRole.EditRole:
            return chosen.priority if chosen else None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            if chosen is None:  # a dash on screen; a screen reader says it in words
                return "—" if role == Qt.ItemDataRole.DisplayRole else self.tr("not given")
            return QCoreApplication.translate("Labels", labels.PRIORITIES[chosen.priority])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        key = self.rows[index.row()][0]
        return base | Qt.ItemFlag.ItemIsEditable if key in self.expected() else base

    def setData(  # noqa: N802 - Qt override
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        e = self.expectation()
        if e is None or not index.isValid():
            return False
        key = self.rows[index.row()][0]
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            edits = operations.expect_task(e, key, checked)
            text = self.tr("Expect task") if checked else self.tr("No longer expect task")
        elif index.column() == 1 and role == Qt.ItemDataRole.EditRole and value is not None:
            try:
                priority = Priority(value)
            except ValueError:
                return False
            edits = operations.set_expected_priority(e, key, priority)
            text = self.tr("Priority of an expected task")
        else:
            return False
        return not edits or self.controller.edit(edits, text)


class ExpectationCard(QFrame):
    """One group's expectation; all edits go to the controller as undoable commands."""

    def __init__(self, controller: SessionController, expectation: Expectation) -> None:
        super().__init__()
        self.setObjectName("expectationCard")
        set_role(self, QAccessible.Role.Grouping)  # a card, named after its group
        self.controller = controller
        self.expectation_id = expectation.id
        self.group = expectation.group

        # Styled like the other section headings (larger in projector mode, too).
        self.heading = QLabel(objectName="sectionHeading")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.remove_button = QPushButton(objectName=f"removeExpectation_{self.group.value}")
        self.remove_button.clicked.connect(self.remove)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)

        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="positionSlider")
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setTickInterval(10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.sliderMoved.connect(self._show_position)
        self.left_end = QLabel(objectName="scaleEnd")
        self.right_end = QLabel(objectName="scaleEnd")
        self.right_end.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for end in (self.left_end, self.right_end):
            end.setWordWrap(True)
        ends = QHBoxLayout()
        ends.addWidget(self.left_end)
        ends.addStretch(1)
        ends.addWidget(self.right_end)
        self.value_label = QLabel(objectName="positionValue")
        self.value_label.setWordWrap(True)
        self.value_label.setBuddy(self.slider)
        # What the group's members gave from their phones: how many (hidden), or their median.
        self.phone_label = QLabel(objectName="phonePositions")
        self.phone_label.setWordWrap(True)
        self.phone_label.hide()

        self.tasks_label = QLabel()
        self.tasks_label.setWordWrap(True)
        self.tasks_model = ExpectedTasksModel(controller, expectation.id, self)
        self.tasks_view = QTableView(objectName="expectedTasks")
        self.tasks_view.setModel(self.tasks_model)
        self.tasks_view.setItemDelegate(
            ColumnDelegate(
                [
                    Column("task", lambda: self.tr("Expected task")),
                    Column("priority", lambda: self.tr("Priority"), "choice", choices.PRIORITIES),
                ],
                self.tasks_view,
            )
        )
        self.tasks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tasks_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tasks_view.setWordWrap(True)
        self.tasks_view.setShowGrid(False)
        self.tasks_view.setTabKeyNavigation(False)
        self.tasks_view.verticalHeader().hide()
        self.tasks_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.tasks_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tasks_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tasks_view.setMinimumHeight(140)
        # As tall as the card allows, not taller: the page should not scroll at 1366×768.
        self.tasks_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.tasks_label.setBuddy(self.tasks_view)

        self.notes_label = QLabel()
        self.notes_edit = QPlainTextEdit(objectName="expectationNotes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.notes_label.setBuddy(self.notes_edit)
        # A drag is saved once, on release; arrow keys save each step (merged if quick).
        self.bindings: list[Binding] = [
            bind_slider(controller, self._field("position"), self.slider),
            bind_plain_text(controller, self._field("notes"), self.notes_edit, LONG_TEXT),
        ]
        self.slider.valueChanged.connect(self._show_position)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.value_label)
        layout.addWidget(self.phone_label)
        layout.addWidget(self.slider)
        layout.addLayout(ends)
        layout.addSpacing(4)
        layout.addWidget(self.tasks_label)
        layout.addWidget(self.tasks_view, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_edit)
        layout.addLayout(bottom)
        self.setTabOrder(self.slider, self.tasks_view)
        self.setTabOrder(self.tasks_view, self.notes_edit)
        self.setTabOrder(self.notes_edit, self.remove_button)
        self._fit_to_font()
        self.retranslate()

    # -- edits ----------------------------------------------------------------------------

    def _field(self, name: str) -> Any:
        return item_field(COLLECTION, self.expectation_id, name)

    def remove(self) -> None:
        self.controller.edit(
            Remove(COLLECTION, self.expectation_id),
            self.tr("Remove the expectation of {group}").format(group=self.group_label()),
        )

    # -- showing ----------------------------------------------------------------------------

    def group_label(self) -> str:
        return self.controller.group_label(self.group.value)

    def _show_position(self, value: int) -> None:
        name = QCoreApplication.translate("Analysis", ROLE_TYPE_NAMES[band(value)])
        self.value_label.setText(
            self.tr("Position: {value} of 100\n{band}").format(value=value, band=name)
        )

    def load(self, expectation: Expectation, rows: list[tuple[str, str, str]]) -> None:
        """The slider and the notes follow their bindings; here the task list."""
        self._show_position(expectation.position)
        self._show_phone_positions(expectation)
        if rows != self.tasks_model.rows:
            self.tasks_model.set_rows(rows)
            self._fit_to_font()
        else:
            self.tasks_model.set_rows(rows)

    def _show_phone_positions(self, expectation: Expectation) -> None:
        session = self.controller.session
        hidden = session is not None and session.positions_hidden(expectation)
        count = len(expectation.votes)
        if hidden:
            text = self.tr("%n position(s) given by phone, hidden until you reveal them", "", count)
        elif count:
            median = operations.revealed_position(expectation)
            text = self.tr("%n position(s) given by phone, median {median}", "", count).format(
                median=median
            )
        else:
            text = ""
        self.phone_label.setText(text)
        self.phone_label.setVisible(bool(text))

    def retranslate(self) -> None:
        group = self.group_label()
        self.heading.setText(group)
        self.setAccessibleName(group)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Remove the expectation of {group} (undo with Ctrl+Z)").format(group=group)
        )
        self.remove_button.setAccessibleName(
            self.tr("Remove the expectation of {group}").format(group=group)
        )
        self.slider.setAccessibleName(self.tr("Expectation of {group}").format(group=group))
        self.slider.setAccessibleDescription(
            self.tr(
                "0 means coordinating, 100 means solving problems of all kinds."
                " Arrow keys move by 5, Page Up and Page Down by 10."
            )
        )
        self.left_end.setText(self.tr("coordinating"))
        self.right_end.setText(self.tr("solves problems of all kinds"))
        self.tasks_label.setText(self.tr("Expected tasks:"))
        self.tasks_view.setAccessibleName(self.tr("Tasks {group} expects").format(group=group))
        self.tasks_view.setAccessibleDescription(
            self.tr("Space ticks a task; F2 on its priority opens the choice.")
        )
        self.tasks_view.setToolTip(self.tasks_view.accessibleDescription())
        self.notes_label.setText(self.tr("Notes:"))
        self.notes_edit.setAccessibleName(self.tr("Notes on {group}").format(group=group))
        self._show_position(self.slider.value())
        self.tasks_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def _fit_to_font(self) -> None:
        """Wide enough for task titles and the longest word of any group's name, narrow
        enough that 3–4 cards fit on a laptop; two lines for every heading, so the sliders of
        all cards line up."""
        self.heading.ensurePolished()
        metrics = self.heading.fontMetrics()
        words = (
            word
            for entry in self.controller.catalog.stakeholder_groups.values()
            for word in entry.label.get(self.controller.language).split()
        )
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        margins = self.layout().contentsMargins() if self.layout() else None
        frame = (margins.left() + margins.right() if margins else 24) + 2 * self.frameWidth()
        # QLabel takes a style sheet's padding off the wrapping width too: keep some spare.
        heading = longest + frame + 28
        self.setFixedWidth(
            max(
                290,
                36 * self.fontMetrics().averageCharWidth(),
                heading,
                self._table_width() + frame,
            )
        )
        # Two lines and the style sheet's padding, which QLabel counts once more when wrapping.
        padding = self.heading.contentsMargins().top() + self.heading.contentsMargins().bottom()
        self.heading.setMinimumHeight(2 * metrics.lineSpacing() + 2 * padding + 2)

    def _table_width(self) -> int:
        """Room for the longest word of any task title next to the check box and the
        priority column, so no title is cut off (with projector-size fonts, too)."""
        view = self.tasks_view
        view.ensurePolished()
        metrics = view.fontMetrics()
        words = [w for _, title, _ in self.tasks_model.rows for w in title.split()]
        longest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        priorities = [self.tr("Priority"), "—"] + [
            QCoreApplication.translate("Labels", text) for text in labels.PRIORITIES.values()
        ]
        priority = max(metrics.horizontalAdvance(t) for t in priorities) + 24
        check = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
        bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
        return longest + check + 24 + priority + bar + 2 * view.frameWidth()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_to_font()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._fit_to_font()  # the style sheet's fonts are known once the card is shown
        super().showEvent(event)


class CardRow(QScrollArea):
    """Scrolls the cards sideways; never shorter than the cards, so nothing is cut off at
    the bottom (the step's own scroll area scrolls down instead)."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        needed = widget.minimumSizeHint().height()
        if widget.hasHeightForWidth():  # word-wrapped labels; QScrollArea asks the same
            width = max(widget.minimumSizeHint().width(), self.viewport().width())
            needed = max(needed, widget.heightForWidth(width))
        height = needed + bar + 2 * self.frameWidth()
        return QSize(hint.width(), height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint().expandedTo(super().sizeHint())


class ExpectationsPage(StepPage):
    key = "expectations"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setStyleSheet(PAGE_STYLE)
        self.heading = QLabel(objectName="stepHeading")
        self.intro = QLabel(objectName="stepIntro")
        self.intro.setWordWrap(True)

        self.add_label = QLabel()
        self.add_combo = QComboBox(objectName="addGroupChoice")
        self.add_label.setBuddy(self.add_combo)
        self.add_button = QPushButton(objectName="addGroup")
        self.add_button.clicked.connect(self.add_group)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_label)
        add_row.addWidget(self.add_combo)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.empty_hint = QLabel(objectName="emptyHint")
        self.empty_hint.setWordWrap(True)
        self.phone_voting = PhoneVotingPanel(controller, "expectation")

        self.cards: dict[str, ExpectationCard] = {}
        self.row = QWidget(objectName="expectationCards")
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.setSpacing(12)
        self.row_layout.addStretch(1)
        self.scroll = CardRow(objectName="expectationScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scroll.setWidget(self.row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(add_row)
        layout.addWidget(self.phone_voting)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    # -- reading the session -----------------------------------------------------------

    def on_session_changed(self, change: Change) -> None:
        # the tasks to tick, and the Land (the council's and the mayor's names on the cards)
        if (
            change.touches(COLLECTION, "tasks", "municipality")
            or change.changes.changed(HIDDEN_POSITIONS)  # a phone round opened or revealed
        ):
            self._reload()

    def task_rows(self, session: Session) -> list[tuple[str, str, str]]:
        """The session's catalog tasks, then tasks a group expects that the session lacks."""
        catalog, language = self.controller.catalog, self.controller.language
        rows: list[tuple[str, str, str]] = []
        seen: set[str] = set()

        def description(key: str) -> str:
            definition = catalog.tasks.get(key)
            return definition.description.get(language) if definition else ""

        for task in session.tasks:
            if task.key and task.key not in seen:  # expectations refer to catalog keys
                rows.append((task.key, self.controller.title(task), description(task.key)))
                seen.add(task.key)
        for e in session.expectations:
            for item in e.tasks:
                if item.task_key not in seen:
                    definition = catalog.tasks.get(item.task_key)
                    title = definition.title.get(language) if definition else item.task_key
                    rows.append((item.task_key, title, description(item.task_key)))
                    seen.add(item.task_key)
        return rows

    def load(self, session: Session) -> None:
        ids = [e.id for e in session.expectations]
        if ids != list(self.cards):
            self._arrange(session.expectations)
        rows = self.task_rows(session)
        for e in session.expectations:
            self.cards[e.id].load(e, rows)
            self.cards[e.id].retranslate()  # the group's name follows the session's Land
        self._fill_add_combo(session)
        self.empty_hint.setVisible(not ids)

    def _arrange(self, expectations: list[Expectation]) -> None:
        wanted = {e.id for e in expectations}
        for card_id in [i for i in self.cards if i not in wanted]:
            card = self.cards.pop(card_id)
            self.row_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        for card in self.cards.values():
            self.row_layout.removeWidget(card)
        arranged: dict[str, ExpectationCard] = {}
        for i, e in enumerate(expectations):
            card = self.cards.get(e.id) or ExpectationCard(self.controller, e)
            self.row_layout.insertWidget(i, card)
            arranged[e.id] = card
        self.cards = arranged

    def _fill_add_combo(self, session: Session) -> None:
        present = {e.group for e in session.expectations}
        current = self.add_combo.currentData()
        with QSignalBlocker(self.add_combo):
            self.add_combo.clear()
            for key in self.controller.catalog.stakeholder_groups:
                if StakeholderGroup(key) not in present:
                    self.add_combo.addItem(self.controller.group_label(key), key)
            self.add_combo.setCurrentIndex(max(0, self.add_combo.findData(current)))
        has_choice = self.add_combo.count() > 0
        self.add_combo.setEnabled(has_choice)
        self.add_button.setEnabled(has_choice)

    # -- edits ----------------------------------------------------------------------------

    def add_group(self) -> None:
        key = self.add_combo.currentData()
        if not key or self.controller.session is None:
            return
        try:
            edits = operations.add_expectation(self.controller.session, StakeholderGroup(key))
        except EditError as e:
            self.controller.report(e)
            return
        if not self.controller.edit(edits, self.tr("Add group")):
            return
        expectation = self.controller.session.expectations[-1]
        card = self.cards.get(expectation.id)
        if card is not None:
            card.slider.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(card))

    def card_for(self, group: StakeholderGroup) -> ExpectationCard | None:
        return next((c for c in self.cards.values() if c.group == group), None)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.step_heading())
        self.intro.setText(
            self.tr(
                "What does each group expect of the role? Place it on the scale from"
                " coordinating (0) to solving problems of all kinds (100), tick the tasks the"
                " group expects and give each a priority. Everything is saved at once."
            )
        )
        self.add_label.setText(self.tr("&Group:"))
        self.add_button.setText(self.tr("&Add group"))
        self.add_button.setToolTip(self.tr("Add an expectation for the chosen group"))
        self.add_button.setAccessibleName(self.tr("Add group"))
        self.add_combo.setAccessibleName(self.tr("Group to add"))
        self.empty_hint.setText(
            self.tr("No group has said what it expects yet. Choose a group and add it.")
        )
        for card in self.cards.values():
            card.retranslate()
        if self.controller.session is not None:
            self.load(self.controller.session)

    @classmethod
    def ready(cls, session: Session) -> bool:
        return bool(session.expectations)
