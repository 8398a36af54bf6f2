"""Starts the app on a temporary database with the sample open on one step, for a screen
reader to read (tests/ui/test_atspi.py). Prints "ready" once the step is on screen.

Usage: python app_on_step.py FOLDER STEP_KEY|start [LANGUAGE]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> int:
    folder, step = Path(sys.argv[1]), sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "de"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(folder / name.lower())
    os.environ["HOME"] = str(folder)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cdo_workshop.app import create_main_window
    from cdo_workshop.i18n import Translator

    app = QApplication(sys.argv[:1])
    app.setApplicationName("CDO Workshop")
    translator = Translator(language)
    translator.install(app)
    window = create_main_window(folder / "sessions.sqlite3", translator)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()  # no window manager under Xvfb: take the keyboard focus

    def ready() -> None:
        if not window.start(interactive=False):
            app.exit(2)
            return
        window.load_sample()
        if step != "start":
            window.controller.confirm_reopen = lambda: True
            window.open_session(window.start_page.selected_id())
            view = window.session_view
            # as a keyboard user gets there: "Next" on the step before
            view.navigator.setCurrentRow([p.key for p in view.pages].index(step) - 1)
            view.next_button.setFocus()
            view.next_button.click()
        print("ready", flush=True)

    QTimer.singleShot(0, ready)
    code = app.exec()
    window.controller.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
