"""GUI fixtures: real main windows on a temporary database, German unless a test asks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cdo_workshop.app import create_main_window
from cdo_workshop.i18n import Translator
from cdo_workshop.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def translator(qapp: QApplication) -> Iterator[Translator]:
    t = Translator("de")
    t.install(qapp)
    yield t
    t.uninstall(qapp)


@pytest.fixture
def open_window(qtbot, db_path: Path, translator: Translator) -> Iterator[Callable[[], MainWindow]]:
    """Open a main window on the test database as the app does; closes them all afterwards."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        window = create_main_window(db_path, translator)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        # Not interactive: a database that cannot be opened fails the test with the reason
        # (on stderr) instead of waiting on a message box nobody answers.
        assert window.start(interactive=False)
        # The sample is a final agreement: every first edit would ask to reopen it. Tests of
        # other things go ahead; tests/ui/test_lifecycle.py restores the real question.
        window.controller.confirm_reopen = lambda: True
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.controller.close()


@pytest.fixture
def screenshot() -> Callable[[object, str], Path]:
    """Save a widget as tests/screenshots/NAME.png for a person to look at."""

    def save(widget, name: str) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(path))
        return path

    return save


@pytest.fixture
def type_text(qtbot) -> Callable[[object, str], None]:
    """Type like a user; non-ASCII characters go in as key events with text (library-notes G9:
    QTest.keyClicks aborts on them)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def type_(widget, text: str) -> None:
        for ch in text:
            if ch.isascii():
                qtbot.keyClicks(widget, ch)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                    )

    return type_


@pytest.fixture
def answer_dialog(qtbot) -> Iterator[Callable[[Callable[[QApplication], None]], None]]:
    """Schedule an action on the next modal dialog (it runs inside the dialog's event loop).

    An action whose dialog never came stops with its test: left waiting, it would answer
    the dialog of a later test in the same process and fail that one instead."""
    from PySide6.QtCore import QTimer

    live = [True]

    def schedule(action: Callable[[object], None]) -> None:
        def attempt() -> None:
            if not live[0]:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, attempt)
            else:
                action(dialog)

        QTimer.singleShot(0, attempt)

    yield schedule
    live[0] = False


@pytest.fixture
def sample_window(open_window) -> MainWindow:
    """A window with the sample session (Musterstadt, a staff unit in a BW town) open."""
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    return window
