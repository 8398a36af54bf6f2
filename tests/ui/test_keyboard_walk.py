"""No keyboard trap: Tab and Shift+Tab walk through every page (the start screen and the
nine steps of the sample) and reach every enabled control on screen, in both directions,
without getting stuck in a table or leaving a control out."""

from __future__ import annotations

import pprint

from a11y_support import owned_by_qt
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

MAX_PRESSES = 600


def control_of(widget: QWidget | None) -> QWidget | None:
    """The control a user sees focused (a spin box, not its inner line edit)."""
    while widget is not None and owned_by_qt(widget):
        widget = widget.parentWidget()
    return widget


def tab_stops(window) -> set[QWidget]:
    """What Tab must reach: enabled, on screen, taking focus by Tab; of a group of radio
    buttons the chosen one (arrow keys move within the group)."""
    found = set()
    for widget in window.findChildren(QWidget):
        if owned_by_qt(widget) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.focusProxy() is not None or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue
        found.add(widget)
    return found


def name(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return f"{type(widget).__name__}#{widget.objectName()} {widget.accessibleName()[:40]!r}"


def walk(qtbot, start: QWidget, key: Qt.Key) -> tuple[list[QWidget], str]:
    """Press `key` from `start` until focus is back there: the controls it passed, and
    what went wrong ("" if nothing)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control_of(QApplication.focusWidget()) is start)
    seen: list[QWidget] = []
    for _ in range(MAX_PRESSES):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, key)
        now = control_of(QApplication.focusWidget())
        if now is None:
            return seen, f"focus lost after {name(control_of(before))}"
        if now is start:
            return seen, ""
        if now in seen:
            return seen, f"trapped: {name(now)} again, after {[name(w) for w in seen[-3:]]}"
        seen.append(now)
    return seen, f"never came back to {name(start)}"


def check_page(qtbot, window, label: str, problems: dict[str, object], start, last=()) -> None:
    """Walk from `start` both ways; `last`: the object names Tab must reach last (the
    footer after everything a step shows, cards created at run time included)."""
    expected = tab_stops(window)
    forward, trouble = walk(qtbot, start, Qt.Key.Key_Tab)
    if last and [w.objectName() for w in forward[-len(last) :]] != list(last):
        problems[f"{label}: Tab ends"] = [name(w) for w in forward[-len(last) - 2 :]]
    if trouble:
        problems[f"{label}: Tab"] = trouble
    backward, trouble = walk(qtbot, start, Qt.Key.Key_Backtab)
    if trouble:
        problems[f"{label}: Shift+Tab"] = trouble
    reached = set(forward) | {start}
    if missing := expected - reached:
        problems[f"{label}: not reached"] = sorted(name(w) for w in missing)
    backward.reverse()
    if backward != forward:
        at = next(
            (i for i, (f, b) in enumerate(zip(forward, backward, strict=False)) if f is not b), 0
        )
        problems[f"{label}: Shift+Tab goes another way"] = {
            "Tab": [name(w) for w in forward[max(0, at - 1) : at + 3]],
            "Shift+Tab": [name(w) for w in backward[max(0, at - 1) : at + 3]],
        }


def test_tab_and_shift_tab_reach_every_control_on_every_page(qtbot, sample_window):
    window = sample_window
    problems: dict[str, object] = {}
    view = window.session_view
    for row, page in enumerate(view.pages):
        view.navigator.setCurrentRow(row)
        qtbot.waitUntil(page.isVisible)
        footer = [
            b.objectName()
            for b in (view.previous_button, view.done_box, view.next_button)
            if b.isEnabled()
        ]
        check_page(qtbot, window, page.key, problems, view.back_to_overview, footer)
    window.close_session()
    qtbot.waitUntil(window.start_page.isVisible)
    check_page(qtbot, window, "start", problems, window.start_page.filter_edit)
    assert problems == {}, pprint.pformat(problems, width=110)
