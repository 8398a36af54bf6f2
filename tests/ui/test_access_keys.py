"""Access keys (Alt+letter) are unique on every page, in German and in English.

What counts is everything visible together: the step page, the window's own controls
(navigator, the bar below the page, back to the overview) and the menu bar's titles, whose
Alt+letter opens a menu. Within one menu, every entry has its own letter too.
"""

from __future__ import annotations

import pprint
import re
from collections import defaultdict

import pytest
from gui_support import in_language
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

_KEY = re.compile(r"&([^&\s])")


def access_key(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    found = _KEY.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        if widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(widget.text())
        ):
            return []
        return [widget.text()]
    if isinstance(widget, (QAbstractButton,)):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return []


def visible_keys(window) -> dict[str, list[str]]:
    """Access key -> the texts that use it, of what is on screen now and the menu bar."""
    keys: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        for text in _texts(widget):
            key = access_key(text)
            if key:
                keys[key].append(f"{type(widget).__name__} {widget.objectName()}: {text!r}")
    for action in window.menuBar().actions():
        key = access_key(action.text())
        if key:
            keys[key].append(f"menu bar: {action.text()!r}")
    return keys


def clashes(keys: dict[str, list[str]]) -> dict[str, list[str]]:
    return {k: v for k, v in keys.items() if len(v) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    found = {}
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = access_key(action.text())
        if key:
            keys[key].append(action.text())
        if action.menu() is not None:
            found.update(menu_clashes(action.menu()))
    found.update({f"{menu.title()} {k}": v for k, v in clashes(keys).items()})
    return found


def test_access_key_reads_qt_mnemonics():
    assert access_key("Step &done") == "d"
    assert access_key("Tasks && &roles") == "r"
    assert access_key("Tasks && roles") is None
    assert access_key("Step 6: Tasks & responsibilities") is None


@pytest.mark.parametrize("language", ["de", "en"])
def test_access_keys_are_unique_on_every_page(qtbot, sample_window, language):
    window = sample_window
    with in_language(qtbot, window, language):
        problems: dict[str, dict[str, list[str]]] = {}
        for menu in (window.file_menu, window.edit_menu, window.view_menu):
            if found := menu_clashes(menu):
                problems["menus"] = {**problems.get("menus", {}), **found}
        view = window.session_view
        for row, page in enumerate(view.pages):
            view.navigator.setCurrentRow(row)
            qtbot.waitUntil(lambda p=page: p.isVisible())
            if found := clashes(visible_keys(window)):
                problems[page.key] = found
        window.close_session()
        qtbot.waitUntil(lambda: window.start_page.isVisible())
        if found := clashes(visible_keys(window)):
            problems["start"] = found
        assert problems == {}, pprint.pformat(problems, width=100)
