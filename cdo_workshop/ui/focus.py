"""Keyboard focus: the focused widget in view, and Tab out of a table's cell editor.

`FocusFollower` scrolls a scroll area so that the widget that gets focus (and a table's
current cell) is on screen. `EditorTabLeavesTable` makes Tab in a table's open cell editor
do what Tab does on the table: take what was typed and go on to the next control (Qt's
delegates would open the next cell's editor instead, and at the last cell wrap around to
the first, so Tab would never leave an edited table). The order Tab follows is
ui/tab_order.py's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QWidget,
)


class FocusFollower(QObject):
    """Scrolls the focused widget, and a focused table's current cell, into view."""

    MARGIN = 24

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: set[QAbstractItemView] = set()
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        self.show_widget(new)
        view = _view_of(new)
        if view is not None and view not in self._views and view.selectionModel():
            self._views.add(view)
            view.selectionModel().currentChanged.connect(
                lambda current, _previous, v=view: self._show_cell(v, current)
            )
            view.destroyed.connect(lambda *_a, v=view: self._views.discard(v))

    def show_widget(self, widget: QWidget) -> None:
        for scroll in _scroll_areas(widget):
            if widget.height() > scroll.viewport().height():
                # Taller than the view (a long table): its top, not its bottom, in view.
                top = widget.mapTo(scroll.widget(), QPoint(0, 0))
                scroll.ensureVisible(top.x(), top.y(), self.MARGIN, self.MARGIN)
            else:
                scroll.ensureWidgetVisible(widget, self.MARGIN, self.MARGIN)

    def _show_cell(self, view: QAbstractItemView, index: QModelIndex) -> None:
        if not index.isValid() or not view.hasFocus():
            return
        rect = view.visualRect(index)
        for scroll in _scroll_areas(view):
            centre = view.viewport().mapTo(scroll.widget(), rect.center())
            scroll.ensureVisible(
                centre.x(), centre.y(), rect.width() // 2 + 8, rect.height() // 2 + 8
            )


class EditorTabLeavesTable(QObject):
    """Tab or Shift+Tab in a table's cell editor: commit it, close it, leave the table.
    An application event filter, since one on the editor no longer sees Tab once something
    was typed (the delegate's own filter takes it first); installed only while a cell
    editor has the focus, so that no other event of the app passes through Python."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._installed = False
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        editing = new is not None and _cell_editor(new) is not None
        if editing and not self._installed:
            self._app.installEventFilter(self)
        elif not editing and self._installed:
            self._app.removeEventFilter(self)
        self._installed = editing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            return False  # Ctrl+Tab and the like stay what they are
        found = _cell_editor(watched)
        if found is None:
            return False
        view, editor = found
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        delegate = view.itemDelegateForIndex(view.currentIndex()) or view.itemDelegate()
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        from cdo_workshop.ui.tab_order import move_focus

        if not move_focus(view.window(), forward):
            view.focusNextPrevChild(forward)
        return True


def _cell_editor(widget: QWidget) -> tuple[QAbstractItemView, QWidget] | None:
    """The view and the editor if `widget` is (inside) an item view's open cell editor."""
    here = widget
    while here is not None and not here.isWindow():
        parent = here.parentWidget()
        if parent is not None and isinstance(parent.parentWidget(), QAbstractItemView):
            view = parent.parentWidget()
            assert isinstance(view, QAbstractItemView)
            if parent is view.viewport() and view.state() == QAbstractItemView.State.EditingState:
                return view, here
            return None
        here = parent
    return None


def _view_of(widget: QWidget) -> QAbstractItemView | None:
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return widget
        widget = widget.parentWidget()
    return None


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas that hold `widget`, innermost first."""
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            if parent.widget().isAncestorOf(widget):
                found.append(parent)
        parent = parent.parentWidget()
    return found
