"""Composition root: builds the QApplication, translator, repository, controller and window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message
from cdo_workshop.i18n import Translator

C = "App"


def display_available() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_path: Path, translator: Translator, exit_when_ready: bool = False,
            started: float | None = None) -> int:
    if not display_available():
        print("cdo-workshop: " + translator.render(Message(C, QT_TRANSLATE_NOOP(
            C, "No display found (DISPLAY is not set). Start the app in a desktop session,"
               " or on a server with a virtual display: xvfb-run -a .venv/bin/cdo-workshop")))
              , file=sys.stderr)
        return 2
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CDO Workshop")
    app.setOrganizationName("cdo-workshop")
    translator.install(app)

    from cdo_workshop.storage.errors import StorageError
    from cdo_workshop.ui.controller import SessionController
    from cdo_workshop.ui.main_window import MainWindow

    def open_repository():  # type: ignore[no-untyped-def]
        from cdo_workshop.storage.repository import SessionRepository

        return SessionRepository.open(db_path)

    controller = SessionController(open_repository, translator)
    window = MainWindow(controller)
    window.show()
    exit_code = 0

    def load_sessions() -> None:
        nonlocal exit_code
        try:
            controller.repository
        except StorageError as e:
            QMessageBox.critical(window, translator.render(Message(C, QT_TRANSLATE_NOOP(
                C, "CDO Workshop"))), e.render(translator.translate))
            exit_code = 2
            app.exit(2)
            return
        window.refresh_sessions()
        if exit_when_ready:
            QTimer.singleShot(0, report)

    def report() -> None:
        elapsed = time.perf_counter() - (started or 0.0)
        print(f"ready {elapsed:.3f} s")
        app.quit()

    # The window paints first; the database opens in the next turn of the event loop.
    QTimer.singleShot(0, load_sessions)
    code = app.exec()
    controller.close()
    return exit_code or code
