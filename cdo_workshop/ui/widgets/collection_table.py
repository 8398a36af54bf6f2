"""An editable table over one collection of the session (participants, goals, ...).

The model reads the session and writes every cell edit through the controller as a typed
edit. An open cell editor writes as it is typed (like a line edit: a kill with the editor
open loses nothing), consecutive writes into one cell are one undo step, and Escape puts
back what the cell held when the editor opened. The editor widget adds the buttons and
shortcuts to add, remove and reorder.

Signals of CollectionEditor:
    rowsEdited(): rows were added, removed or moved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cdo_workshop.domain.codec import DecodeError, decode, encode, hints
from cdo_workshop.domain.edits import (
    ITEM_TYPES,
    Collection,
    Insert,
    Move,
    Remove,
    SetField,
    item_field,
    items_of,
)
from cdo_workshop.domain.model import SHORT_TEXT
from cdo_workshop.ui.controller import Change, SessionController
from cdo_workshop.ui.formatting import format_date
from cdo_workshop.ui.widgets.date_field import DateField

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[], Sequence[tuple[Any, str]]]


@dataclass(frozen=True)
class Column:
    """One column: the item field it shows, its header and how it is edited."""

    field: str
    header: Callable[[], str]  # called on every retranslation
    kind: str = "text"  # text | choice | int | float | bool | date
    choices: Choices | None = None
    minimum: float = 0
    maximum: float = 10**9
    decimals: int = 1
    max_length: int | None = None  # None: the model field's own limit
    stretch: bool = False
    optional: bool = False  # choice may be None, shown as "—"
    extra: dict[str, Any] = field(default_factory=dict)


class CollectionModel(QAbstractTableModel):
    def __init__(
        self,
        controller: SessionController,
        collection: Collection,
        columns: Sequence[Column],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.collection = Collection(collection)
        self.columns = list(columns)
        self._ids: list[str] = []
        self.editing: int | None = None  # the open cell editor's number while it writes
        controller.session_changed.connect(self._on_changed)
        controller.on_open(self.refresh)

    # -- reading ------------------------------------------------------------------------

    def items(self) -> list[Any]:
        session = self.controller.session
        return list(items_of(session, self.collection)) if session else []

    def item_at(self, row: int) -> Any:
        return self.items()[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header()
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        column = self.columns[index.column()]
        value = getattr(self.item_at(index.row()), column.field)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("yes") if value else self.tr("no")  # text, not colour alone
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            text = self.display(column, value)
            if text == "—" and role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("not given")  # a dash on screen, in words for a screen reader
            return text
        return None

    def display(self, column: Column, value: Any) -> str:
        if value is None or value == "":
            return "—" if column.kind != "text" else ""
        if column.kind == "choice" and column.choices is not None:
            return next((label for v, label in column.choices() if v == value), str(value))
        if column.kind == "date" and isinstance(value, date):
            return format_date(value)
        if column.kind == "float":
            from PySide6.QtCore import QLocale

            return QLocale().toString(float(value), "f", column.decimals)
        if column.kind == "int":
            from PySide6.QtCore import QLocale

            return QLocale().toString(int(value))
        return str(value)

    # -- writing --------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable  # Space or a click ticks it
        return base | Qt.ItemFlag.ItemIsEditable

    def max_length(self, name: str) -> int:
        """The model's length limit of a text field (what the cell editor allows)."""
        for f in dataclasses.fields(ITEM_TYPES[self.collection]):
            if f.name == name:
                return int(f.metadata.get("max_length", SHORT_TEXT))
        return SHORT_TEXT

    def setData(
        self,
        index: Index,
        value: Any,  # noqa: N802 - Qt override
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        item = self.item_at(index.row())
        # Combo boxes hand back plain strings for enum values; the model keeps its types.
        field_type = hints(type(item))[column.field]
        try:
            value = decode(field_type, encode(value))
        except DecodeError:
            return False
        field = item_field(self.collection, item.id, column.field)
        if value == getattr(item, column.field):
            return True
        # What is typed into one cell while its editor is open is one undo step; a choice
        # is its own.
        typed = column.kind in ("text", "int", "float", "date") and self.editing is not None
        return self.controller.edit(
            SetField(field, value), merge=(field, self.editing) if typed else None
        )

    # -- staying in step with the session ---------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        self._ids = [item.id for item in self.items()]
        self.endResetModel()

    def _on_changed(self, change: Change) -> None:
        if not change.touches(self.collection):
            return
        items = self.items()
        if [item.id for item in items] != self._ids:
            self.refresh()
            return
        # Cell by cell: the view then updates an open editor too (it does so only for
        # single-cell changes), which is how undo reaches a cell being edited.
        rows = {item.id: row for row, item in enumerate(items)}
        stored = set(hints(ITEM_TYPES[self.collection]))
        for changed in change.changes.fields:
            ref = changed.item
            if ref is None or ref.collection != self.collection or ref.id not in rows:
                continue
            for i, column in enumerate(self.columns):
                # A column shown from other fields (e.g. "signed") follows any of them.
                if column.field == changed.name or column.field not in stored:
                    cell = self.index(rows[ref.id], i)
                    self.dataChanged.emit(cell, cell)


class LiveDelegate(QStyledItemDelegate):
    """Editors that write into the model as the user types (`live`), and Escape, which puts
    back what the cell held when its editor opened. What one editor writes is one undo step
    (the model's `editing` names the editor while it writes)."""

    _opened_count = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._opened: dict[QWidget, tuple[QPersistentModelIndex, Any]] = {}
        self._numbers: dict[QWidget, int] = {}
        # A closed editor lives on until deleted later; it must not write any more.
        self.closeEditor.connect(lambda editor, _hint: self._opened.pop(editor, None))

    def live(self, editor: QWidget, index: Index) -> QWidget:
        """Remember where the editor belongs and what the cell held; returns the editor."""
        self._opened[editor] = (QPersistentModelIndex(index), index.data(Qt.ItemDataRole.EditRole))
        LiveDelegate._opened_count += 1
        self._numbers[editor] = LiveDelegate._opened_count
        editor.destroyed.connect(lambda *_a, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        self._opened.pop(editor, None)
        self._numbers.pop(editor, None)

    def write(self, editor: QWidget, model: Any, index: Index, value: Any) -> None:
        """setData on behalf of this editor: its keystrokes merge into one undo step."""
        model.editing = self._numbers.get(editor)
        try:
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        finally:
            model.editing = None

    def commit(self, editor: QWidget) -> None:
        if editor in self._opened:
            self.commitData.emit(editor)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and editor in self._opened
        ):
            index, initial = self._opened[editor]  # type: ignore[index]
            if index.isValid() and index.data(Qt.ItemDataRole.EditRole) != initial:
                # As this editor's last keystroke: with its typing, no undo step is left.
                self.write(editor, index.model(), QModelIndex(index), initial)  # type: ignore[arg-type]
        return super().eventFilter(editor, event)


class ColumnDelegate(LiveDelegate):
    """Editors that fit each column's kind (combo boxes, spin boxes, date fields), which
    write into the model as the user types or chooses."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802
        index: Index,
    ) -> QWidget:
        column = self.columns[index.column()]
        editor: QWidget
        if column.kind == "choice" and column.choices is not None:
            combo = QComboBox(parent)
            if column.optional:
                combo.addItem("—", None)
            for value, label in column.choices():
                combo.addItem(label, value)
            current = index.data(Qt.ItemDataRole.EditRole)
            if current not in (None, "") and combo.findData(current) < 0:
                combo.addItem(str(current), current)  # an imported value the list lacks stays
            combo.currentIndexChanged.connect(lambda _i, e=combo: self.commit(e))
            editor = combo
        elif column.kind == "int":
            spin = QSpinBox(parent)
            spin.setRange(int(column.minimum), int(column.maximum))
            spin.valueChanged.connect(lambda _v, e=spin: self.commit(e))
            editor = spin
        elif column.kind == "float":
            dspin = QDoubleSpinBox(parent)
            dspin.setRange(column.minimum, column.maximum)
            dspin.setDecimals(column.decimals)
            dspin.setGroupSeparatorShown(True)
            dspin.valueChanged.connect(lambda _v, e=dspin: self.commit(e))
            editor = dspin
        elif column.kind == "date":
            date_field = DateField(parent)
            date_field.dateEdited.connect(lambda _d, e=date_field: self.commit(e))
            editor = date_field
        else:
            line = QLineEdit(parent)
            model = index.model()
            limit = column.max_length
            if limit is None:
                limit = model.max_length(column.field) if hasattr(model, "max_length") else 200
            line.setMaxLength(limit)
            line.textEdited.connect(lambda _t, e=line: self.commit(e))
            editor = line
        editor.setAccessibleName(column.header())
        return self.live(editor, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Show the cell's value, unless the editor shows it already (the user is typing)."""
        value = index.data(Qt.ItemDataRole.EditRole)
        if self.editor_value(editor) == value and value is not None:
            return
        with QSignalBlocker(editor):
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, DateField):
                editor.setDate(value if isinstance(value, date) else None)
            elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
                editor.setValue(value or 0)
            elif isinstance(editor, QLineEdit):
                editor.setText(value or "")

    @staticmethod
    def editor_value(editor: QWidget) -> Any:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, DateField):
            return editor.date()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QDoubleSpinBox):
            return float(editor.value())
        if isinstance(editor, QLineEdit):
            return editor.text()
        return None

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, DateField):
            value, valid = editor.typed()  # a short date (30.9.27) counts once the cell closes
            if valid:
                self.write(editor, model, index, value)
            return  # an unreadable date is not written; the cell keeps its date
        self.write(editor, model, index, self.editor_value(editor))


class CollectionEditor(QWidget):
    """Table plus Add/Remove/Up/Down, all reachable by keyboard."""

    rowsEdited = Signal()  # noqa: N815 - Qt naming

    def __init__(
        self,
        controller: SessionController,
        collection: Collection,
        columns: Sequence[Column],
        new_item: Callable[[], Any],
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.controller = controller
        self.collection = Collection(collection)
        self.new_item = new_item
        self.model = CollectionModel(controller, self.collection, columns, self)
        self.view = QTableView(objectName=f"{object_name}Table")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ColumnDelegate(columns, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Like a spreadsheet: typing or F2 edits, arrow keys move without opening editors.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for i, column in enumerate(columns):
            header.setSectionResizeMode(
                i,
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, slot, key in (
            ("add", self.add, QKeySequence("Ctrl+Shift+N")),
            ("remove", self.remove, QKeySequence("Ctrl+Shift+D")),
            ("up", lambda: self.move(-1), QKeySequence("Ctrl+Shift+Up")),
            ("down", lambda: self.move(+1), QKeySequence("Ctrl+Shift+Down")),
        ):
            button = QPushButton(objectName=f"{object_name}_{name}")
            button.clicked.connect(slot)
            button.setShortcut(key)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        # An empty table says how to fill it (drawn in the table; clicks go through).
        self.empty_hint = QLabel(objectName="emptyTableHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        hint_layout = QVBoxLayout(self.view.viewport())
        hint_layout.addWidget(self.empty_hint)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_empty_hint)
        self.retranslate()

    def retranslate(self, add: str = "", remove: str = "", table: str = "") -> None:
        self.view.setAccessibleName(table or self.tr("Table"))
        texts = {
            "add": add or self.tr("&Add"),
            "remove": remove or self.tr("Remove"),
            "up": self.tr("Up"),
            "down": self.tr("Down"),
        }
        self.add_text, self.remove_text = (texts["add"].replace("&", ""), texts["remove"])
        for name, text in texts.items():
            button = self.buttons[name]
            shortcut = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(text)
            button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
            button.setAccessibleName(text.replace("&", ""))
            button.setShortcut(
                QKeySequence(
                    {
                        "add": "Ctrl+Shift+N",
                        "remove": "Ctrl+Shift+D",
                        "up": "Ctrl+Shift+Up",
                        "down": "Ctrl+Shift+Down",
                    }[name]
                )
            )
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1)
        )
        self.empty_hint.setText(
            self.tr(
                "No entries yet. Add the first with \u201c{add}\u201d ({keys}), then type"
                " into the cells."
            ).format(
                add=self.add_text.rstrip(" \u2026"),
                keys=QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self._show_empty_hint()

    def _show_empty_hint(self, *_args: object) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add(self) -> None:
        item = self.new_item()
        row = self.current_row()
        index = row + 1 if row >= 0 else None
        if not self.controller.edit(Insert(self.collection, item, index), self.add_text):
            return
        new_row = next(i for i, x in enumerate(self.model.items()) if x.id == item.id)
        self.view.setFocus()
        self.view.setCurrentIndex(self.model.index(new_row, 0))
        if self.view.state() != QAbstractItemView.State.EditingState:
            self.view.edit(self.model.index(new_row, 0))
        self.rowsEdited.emit()

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.controller.edit(Remove(self.collection, self.model.item_at(row).id), self.remove_text)
        remaining = self.model.rowCount()
        if remaining:
            self.view.setCurrentIndex(self.model.index(min(row, remaining - 1), 0))
        self.rowsEdited.emit()

    def move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        column = self.view.currentIndex().column()
        self.controller.edit(
            Move(self.collection, self.model.item_at(row).id, target), self.tr("Move row")
        )
        self.view.setCurrentIndex(self.model.index(target, column))
        self.rowsEdited.emit()
