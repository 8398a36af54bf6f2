"""Keyboard focus: Tab in the order the screen shows, and the focused widget in view.

Qt's own Tab order is the order widgets were created in, which puts cards built at run time
(expectations, recommendations) after the footer and mixes the step pages, built before the
window, with the window's own controls. `next_stop` works the order out from the layouts
instead, at every press, so it is the visual order (top to bottom, and left to right within
a row) also for widgets added later. `FocusFollower` scrolls a scroll area so that the
widget that gets focus (and a table's current cell) is on screen. `EditorTabLeavesTable`
makes Tab in a table's open cell editor do what Tab does on the table: take what was typed
and go on to the next control (Qt's delegates would open the next cell's editor instead,
and at the last cell wrap around to the first, so Tab would never leave an edited table).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Controls whose children are Qt's own parts (a spin box's line edit, a view's viewport).
LEAVES = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        positions = [layout.getItemPosition(i) for i in range(layout.count())]
        items = [i for _p, i in sorted(zip(positions, items, strict=True), key=lambda x: x[0][:2])]
    elif isinstance(layout, QFormLayout):
        rows = [layout.getItemPosition(i) for i in range(layout.count())]
        items = [
            i
            for _p, i in sorted(
                zip(rows, items, strict=True), key=lambda x: (x[0][0], x[0][1].value)
            )
        ]
    elif isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.RightToLeft,
        QBoxLayout.Direction.BottomToTop,
    ):
        items.reverse()
    for item in items:
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def _children(widget: QWidget) -> list[QWidget]:
    """A widget's child widgets in the order they are shown."""
    if isinstance(widget, QTabWidget):
        return [widget.tabBar(), *([widget.currentWidget()] if widget.currentWidget() else [])]
    if isinstance(widget, QStackedWidget):
        return [widget.currentWidget()] if widget.currentWidget() else []
    if isinstance(widget, QScrollArea):
        return [widget.widget()] if widget.widget() else []
    if isinstance(widget, QSplitter):
        return [widget.widget(i) for i in range(widget.count())]
    if isinstance(widget, QMainWindow):
        docks = [d for d in widget.findChildren(QDockWidget) if d.parentWidget() is widget]
        return [w for w in (widget.centralWidget(), *docks) if w is not None]
    ordered = list(_layout_widgets(widget.layout())) if widget.layout() is not None else []
    seen = set(ordered)
    rest = [
        c
        for c in widget.children()
        if isinstance(c, QWidget) and not c.isWindow() and c not in seen
    ]
    return ordered + rest


def widgets_in_order(root: QWidget) -> Iterator[QWidget]:
    """Every shown widget under `root` in reading order (root first), not looking inside
    Qt's composite controls."""
    for child in _children(root):
        if child.isHidden() or child.isWindow():
            continue
        yield child
        if not isinstance(child, LEAVES):
            yield from widgets_in_order(child)


def is_stop(widget: QWidget) -> bool:
    """Whether Tab stops on this widget. Of a group of radio buttons only the chosen one
    is a stop; the arrow keys move within the group (as everywhere else)."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and not _unchosen_radio(widget)
    )


def _unchosen_radio(widget: QWidget) -> bool:
    if not isinstance(widget, QRadioButton) or widget.isChecked():
        return False
    if not widget.autoExclusive() or widget.parentWidget() is None:
        return False
    return any(
        r.isChecked() and r.autoExclusive()
        for r in widget.parentWidget().findChildren(QRadioButton)
        if r.parentWidget() is widget.parentWidget()
    )


def next_stop(root: QWidget, current: QWidget | None, forward: bool) -> QWidget | None:
    """The stop after (or before) `current` in reading order, wrapping around."""
    order = list(widgets_in_order(root))
    if not order:
        return None
    here = current
    while here is not None and here is not root and here not in order:
        here = here.parentWidget()
    start = order.index(here) if here in order else (-1 if forward else len(order))
    step = 1 if forward else -1
    count = len(order)
    for offset in range(1, count + 1):
        candidate = order[(start + step * offset) % count]
        if is_stop(candidate):
            return candidate
    return None


def move_focus(root: QWidget, forward: bool) -> bool:
    """Tab or Shift+Tab within `root`; False if nothing there takes focus."""
    target = next_stop(root, QApplication.focusWidget(), forward)
    if target is None:
        return False
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    return True


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
