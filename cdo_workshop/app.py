"""Composition root: builds the QApplication, translator, repository, controller and window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.i18n import Translator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from cdo_workshop.storage.repository import SessionRepository
    from cdo_workshop.ui.main_window import MainWindow

C = "App"
# What Qt's xcb platform plugin loads beyond the X client libraries every desktop has,
# with the Debian/Ubuntu package of each; without them Qt aborts with a cryptic message.
X11_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
    ("xcb-image", "libxcb-image0"),
    ("xcb-render-util", "libxcb-render-util0"),
    ("xkbcommon-x11", "libxkbcommon-x11-0"),
)


def display_problem() -> Message | None:
    """Why Qt could not open a window here, said before Qt aborts with a cryptic message."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return Message(
            C,
            QT_TRANSLATE_NOOP(
                "App",
                "No display found (DISPLAY is not set). Start the app in a desktop session,"
                " or on a server with a virtual display: xvfb-run -a .venv/bin/cdo-workshop",
            ),
        )
    if not os.environ.get("WAYLAND_DISPLAY"):
        import ctypes.util

        missing = [
            package
            for library, package in X11_LIBRARIES
            if ctypes.util.find_library(library) is None and not _bundled(library)
        ]
        if missing:
            return msg(
                C,
                QT_TRANSLATE_NOOP(
                    "App",
                    "Qt needs the system libraries {packages} to open a window under X11."
                    " Install them (Debian/Ubuntu: sudo apt install {packages}) and start"
                    " again.",
                ),
                packages=" ".join(missing),
            )
    return None


def _bundled(name: str) -> bool:
    """Whether the PyInstaller bundle carries lib<name>.so itself (it does xcb-cursor)."""
    folder = getattr(sys, "_MEIPASS", None)
    return folder is not None and any(Path(folder).glob(f"lib{name}.so*"))


def run_gui(
    db_path: Path,
    translator: Translator,
    exit_when_ready: bool = False,
    started: float | None = None,
) -> int:
    problem = display_problem()
    if problem is not None:
        print("cdo-workshop: " + translator.render(problem), file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CDO Workshop")
    app.setOrganizationName("cdo-workshop")
    set_app_icon(app)
    translator.install(app)

    window = create_main_window(db_path, translator)
    window.database_refused.connect(lambda: app.exit(2))
    window.show()

    origin = started if started is not None else time.perf_counter()
    shown: list[float] = []

    def ready() -> None:
        shown.append(time.perf_counter() - origin)
        if not window.start(interactive=not exit_when_ready):
            app.exit(2)
        elif exit_when_ready:
            QTimer.singleShot(0, report)
        else:
            warm_up()

    def report() -> None:
        # Both moments are measured once the event loop has run dry after them.
        # The clock's readings too: on one machine the benchmark's own clock is the same
        # (monotonic), so it can measure from the spawn, the interpreter's start included.
        ready_at = time.perf_counter()
        print(
            f"window shown after {shown[0]:.3f} s, ready after {ready_at - origin:.3f} s"
            f" (clock {origin + shown[0]:.4f} {ready_at:.4f})"
        )
        app.quit()

    # The window paints first; the database opens in the next turn of the event loop.
    QTimer.singleShot(0, ready)
    code = app.exec()
    window.controller.close()
    translator.uninstall(app)
    return code


# What opening the first session imports that the start screen does not (about 0.2 s):
# imported in a thread while the room looks at the list, so the click does not wait.
WARM_UP = (
    "sqlite_utils",
    "cdo_workshop.domain.edits",  # and the model
    "cdo_workshop.ui.undo",
    "cdo_workshop.domain.templates",
    "cdo_workshop.domain.catalog",
)


def warm_up() -> None:
    import importlib
    import threading

    def run() -> None:
        for name in WARM_UP:
            importlib.import_module(name)

    threading.Thread(target=run, name="warm_up", daemon=True).start()


def set_app_icon(app: QApplication) -> None:
    """The window icon, and the .desktop file name that Wayland docks match windows by."""
    from PySide6.QtGui import QIcon

    from cdo_workshop.paths import resource_path

    app.setDesktopFileName("cdo-workshop")  # the installed cdo-workshop.desktop
    icon = resource_path("icons", "cdo-workshop.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def create_main_window(db_path: Path, translator: Translator) -> MainWindow:
    from PySide6.QtWidgets import QApplication

    from cdo_workshop.ui import accessible, palette
    from cdo_workshop.ui.controller import SessionController
    from cdo_workshop.ui.instance_lock import InstanceLock
    from cdo_workshop.ui.main_window import MainWindow

    accessible.install()  # headings, cards and charts say what they are
    app = QApplication.instance()
    if isinstance(app, QApplication):
        palette.apply(app)  # WCAG AA contrast for selection, placeholders, focus, borders

    lock = InstanceLock(db_path)

    def open_repository() -> SessionRepository:
        from cdo_workshop.storage.repository import SessionRepository

        lock.acquire()  # one window per database (the CLI may run beside it)
        try:
            # The file's integrity check runs while the start screen lists the sessions.
            return SessionRepository.open(db_path, check_later=True)
        except BaseException:
            lock.release()
            raise

    return MainWindow(
        SessionController(open_repository, translator, release=lock.release, lock=InstanceLock)
    )
