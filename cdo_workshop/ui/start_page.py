"""Start screen: the saved sessions, a filter, and New/Open/Duplicate/Delete/Import/Export.

Signals:
    open_requested(str): the user wants to open this session id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.steps import STEPS
from cdo_workshop.ui.formatting import format_date, format_datetime
from cdo_workshop.ui.widgets.column_width import text_column_width

if TYPE_CHECKING:
    from cdo_workshop.storage.repository import SessionSummary

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_COLUMN = 3
# The roles as plain ints: data() is asked for a dozen roles per cell and paint, and
# comparing with an enum member costs more than the answer.
DISPLAY, TOOLTIP, ID = (
    Qt.ItemDataRole.DisplayRole.value,
    Qt.ItemDataRole.ToolTipRole.value,
    Qt.ItemDataRole.UserRole.value,
)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _sort_key(row: SessionSummary, column: int) -> Any:
    if column == 0:
        return row.title or row.municipality
    if column == 1:
        return row.municipality
    if column == 2:
        return row.workshop_date.isoformat() if row.workshop_date else ""
    if column == 3:
        return row.step_reached
    return row.updated_at.isoformat()


class SessionProxy(QSortFilterProxyModel):
    """Filters in Qt; sorting is passed on to the source model (SessionListModel.sort)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, SessionListModel):
            source.sort(column, order)
        else:
            super().sort(column, order)


class SessionListModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SessionSummary] = []
        self._order: tuple[int, Qt.SortOrder] | None = None
        # Each row's texts, made when first shown (dates formatted in the UI's language took
        # about 0.1 ms a row; painting and sizing ask for them again and again).
        self._texts: dict[str, tuple[str, ...]] = {}

    def set_rows(self, rows: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self._texts = {}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, one key per row, rather than by the proxy, which asks data() twice
        per comparison: with 1,000 sessions that took about 0.1 s at every listing."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = [self.index(r, c) for r in range(len(self.rows)) for c in range(self.COLUMNS)]
        ids = [row.id for row in self.rows]
        self.rows = self._sorted(self.rows)
        position = {row.id: r for r, row in enumerate(self.rows)}
        after = [
            self.index(position[ids[r]], c) for r in range(len(ids)) for c in range(self.COLUMNS)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[SessionSummary]) -> list[SessionSummary]:
        if self._order is None or not 0 <= self._order[0] < self.COLUMNS:
            return list(rows)
        column, order = self._order
        return sorted(
            rows,
            key=lambda row: _sort_key(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Session"),
            self.tr("Municipality"),
            self.tr("Workshop date"),
            self.tr("Step reached"),
            self.tr("Last change"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != DISPLAY and role != TOOLTIP and role != ID and role != SORT_ROLE:
            return None
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID:
            return row.id
        if role == SORT_ROLE:
            return _sort_key(row, index.column())
        if role == TOOLTIP and row.problem is not None and index.column() == 4:
            return row.problem.render(_translate)
        texts = self._texts.get(row.id)
        if texts is None:
            texts = self._texts[row.id] = self._row_texts(row)
        return texts[index.column()]

    def _row_texts(self, row: SessionSummary) -> tuple[str, ...]:
        title = row.title or row.municipality or self.tr("(untitled)")
        if row.problem is not None:
            return (
                title,
                row.municipality,
                "\u2014",
                "\u2014",
                self.tr("damaged: cannot be opened"),
            )
        return (
            title,
            row.municipality,
            format_date(row.workshop_date) if row.workshop_date else "",
            self.step_text(row.step_reached),
            format_datetime(row.updated_at),
        )

    def step_text(self, number: int) -> str:
        """ "3/9 · Expectations": how far a session got."""
        title = QCoreApplication.translate("Steps", STEPS[number - 1].title)
        return self.tr("{number}/9 · {title}").format(number=number, title=title)

    def retranslate(self) -> None:
        self._texts = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1)
            )


class StartPage(QWidget):
    open_requested = Signal(str)

    def __init__(self, actions: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(objectName="startHeading")
        self.filter_edit = QLineEdit(objectName="sessionFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.model = SessionListModel(self)
        self.proxy = SessionProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.textChanged.connect(self._filtered)
        self.filter_edit.returnPressed.connect(self._open_first)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_filter)
        self.table = QTableView(objectName="sessionTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows, Tab leaves the list
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # most recent first
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # The step column as wide as the widest of the nine steps (_size_step_column), not
        # measured from the rows (ResizeToContents: 30 ms with 1,000 sessions).
        header.setSectionResizeMode(STEP_COLUMN, QHeaderView.ResizeMode.Fixed)
        self.table.installEventFilter(self)
        self.table.activated.connect(self._activate)
        self.empty_label = QLabel(objectName="emptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label = QLabel(objectName="noMatchHint")
        self.no_match_label.setWordWrap(True)
        self.no_match_label.hide()

        buttons = QHBoxLayout()
        self.buttons: list[tuple[QPushButton, Any]] = []
        for name in ("new", "open", "duplicate", "delete", "import", "export", "sample"):
            action = actions[name]
            button = QPushButton(objectName=f"{name}Button")
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: self._sync(b, a))
            self._sync(button, action)
            buttons.addWidget(button)
            self.buttons.append((button, action))
            if name == "export":
                buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.no_match_label)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def set_sessions(self, rows: list[SessionSummary]) -> None:
        selected = self.selected_id()
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.filter_edit.setVisible(bool(rows))
        self.select(selected)

    def select(self, session_id: str | None) -> None:
        # Looked up in the model's rows, not with one data() call per row of the view.
        source_row = next((r for r, s in enumerate(self.model.rows) if s.id == session_id), -1)
        if source_row >= 0:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def _filtered(self) -> None:
        """Keep a row selected (Enter opens it); say what to do if nothing matches."""
        if self.selected_id() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self.no_match_label.setVisible(bool(self.model.rows) and not self.proxy.rowCount())
        self.no_match_label.setText(
            self.tr(
                "No session matches \u201c{text}\u201d. Change the filter or clear it to see"
                " all sessions."
            ).format(text=self.filter_edit.text())
        )

    def focus_filter(self) -> None:
        """Ctrl+F: into the filter, its text selected to be typed over."""
        if self.filter_edit.isVisible():
            self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_edit.selectAll()

    def _open_first(self) -> None:
        """Enter in the filter opens the selected session, the first that matches."""
        self._filtered()
        session_id = self.selected_id()
        if session_id:
            self.open_requested.emit(session_id)

    def _activate(self, index: QModelIndex) -> None:
        self.open_requested.emit(index.data(Qt.ItemDataRole.UserRole))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The table's font comes from the style sheet (larger in projector mode).
        if watched is self.table and event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
        ):
            self._size_step_column()
        return False

    def _size_step_column(self) -> None:
        texts = [self.model.step_text(n) for n in range(1, len(STEPS) + 1)]
        width = text_column_width(self.table, STEP_COLUMN, texts)
        self.table.horizontalHeader().resizeSection(STEP_COLUMN, width)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Workshop sessions"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, municipality, date …"))
        self.filter_edit.setAccessibleName(self.tr("Filter sessions"))
        self.filter_edit.setToolTip(
            self.tr("Filter the sessions ({keys})").format(
                keys=QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.table.setAccessibleName(self.tr("Saved sessions"))
        self.empty_label.setText(
            self.tr(
                "No sessions yet. Start a workshop with \u201cNew session\u201d (Ctrl+N), import a"
                " session file, or load the sample \u201cMusterstadt\u201d to look around."
            )
        )
        self.model.retranslate()
        self._size_step_column()
        if self.no_match_label.isVisibleTo(self):
            self._filtered()

    @staticmethod
    def _sync(button: QPushButton, action: Any) -> None:
        """Buttons mirror their menu action: text, tip and whether they can be used."""
        button.setText(action.text())
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.text().replace("&", "").rstrip(" …"))
        button.setEnabled(action.isEnabled())
