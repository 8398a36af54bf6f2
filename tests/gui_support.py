"""What many GUI test modules share: reading back what was saved, showing a step, choosing
in a combo box by keyboard, finding an area's row on the board, the window in a language."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea

from cdo_workshop.storage.repository import SessionRepository


def saved(db_path: Path, session_id: str):
    """The session as it is on disk, read by a second connection."""
    repo = SessionRepository.open(db_path)
    try:
        return repo.load(session_id)
    finally:
        repo.close()


@contextmanager
def in_language(qtbot, window, language: str) -> Iterator[None]:
    """The window in `language` ("de" or "en") inside the block, German again after it."""
    if language != "de":
        window.switch_language(language)
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Session")
    try:
        yield
    finally:
        if language != "de":
            window.switch_language("de")


def show(qtbot, window, key: str):
    """Show the step with this key (e.g. "decisions") and wait until it is on screen."""
    view = window.session_view
    page = view.page_for(key)
    view.navigator.setCurrentRow(view.keys.index(key))
    qtbot.waitUntil(page.isVisible)
    return page


def pick(qtbot, combo, label: str) -> None:
    """Choose an entry of a closed combo box with the arrow keys, as a user would."""
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0, label
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def row_of(page, key: str) -> int:
    """The board row of the decision area with this catalog key."""
    return next(i for i, a in enumerate(page.board_model.areas()) if a.key == key)


def scroll_to(qtbot, widget) -> None:
    """Scroll the step so that `widget` starts at the top (once the layout has settled)."""
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    assert scroll is not None
    bar = scroll.verticalScrollBar()

    def there() -> bool:
        content = scroll.widget()
        if content.height() < content.minimumSizeHint().height():
            return False  # the layout has not caught up with a widget just shown
        if widget.height() < widget.minimumSizeHint().height():
            return False
        top = widget.mapTo(content, QPoint(0, 0)).y()
        bar.setValue(top)
        return bar.value() == min(top, bar.maximum()) and widget.mapTo(
            scroll.viewport(), QPoint(0, 0)
        ).y() <= max(0, top - bar.maximum())

    qtbot.waitUntil(there)
