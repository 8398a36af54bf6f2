"""Tab in the order the screen shows: the next focus stop worked out from the layouts.

Qt's own Tab order is the order widgets were created in, which puts cards built at run time
(expectations, recommendations) after the footer and mixes the step pages, built before the
window, with the window's own controls. `next_stop` works the order out from the layouts
instead, at every press, so it is the visual order (top to bottom, and left to right within
a row) also for widgets added later. Imported at the first Tab press (main_window): the
widget classes it tells apart cost the start screen about 10 ms to load.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
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
