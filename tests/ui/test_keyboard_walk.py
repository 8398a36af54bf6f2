"""No keyboard trap: Tab and Shift+Tab walk through every page (the start screen and the
nine steps of the sample) and reach every enabled control on screen, in both directions,
without getting stuck in a table or leaving a control out."""

from __future__ import annotations

import pprint

from a11y_support import name, tab_stops, walk
from PySide6.QtCore import Qt


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
