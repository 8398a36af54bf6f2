"""Fast start (issue 15): the step pages are built when the first session opens, and the
start screen lists sessions from the summary columns without decoding whole sessions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from gui_support import show
from PySide6.QtCore import Qt

from cdo_workshop.domain.model import new_id
from cdo_workshop.domain.session_file import loads
from cdo_workshop.paths import resource_path
from cdo_workshop.storage.repository import SessionRepository
from cdo_workshop.ui.steps.base import StepPage

STEP_MODULES = (
    "cdo_workshop.ui.session_view",
    "cdo_workshop.ui.steps.framing",
    "cdo_workshop.ui.steps.agreement",
    "cdo_workshop.ui.widgets.export_panel",
)


# What the start screen does without: imported in a thread once it shows (app.warm_up), or
# when first used.
LEAN = (
    "sqlite_utils",
    "cdo_workshop.domain.model",
    "cdo_workshop.domain.edits",
    "cdo_workshop.ui.undo",
    "cdo_workshop.ui.file_dialogs",
    "cdo_workshop.ui.phone_round",
)


def add_sessions(db_path: Path, titles: list[str]) -> None:
    sample = loads(resource_path("samples", "musterstadt.json").read_bytes())
    repository = SessionRepository.open(db_path)
    try:
        for title in titles:
            sample.id = new_id()
            sample.title = title
            repository.create(sample)
    finally:
        repository.close()


def test_start_up_imports_no_step_page(tmp_path: Path) -> None:
    """In a fresh interpreter, as the app starts: window shown and sessions listed; then
    what opening a session needs is imported in a thread (app.warm_up)."""
    add_sessions(tmp_path / "db.sqlite3", ["Eins"])
    code = textwrap.dedent(
        f"""
        import json, sys
        from PySide6.QtWidgets import QApplication
        from cdo_workshop.app import create_main_window
        from cdo_workshop.i18n import Translator

        app = QApplication([])
        window = create_main_window({str(tmp_path / "db.sqlite3")!r}, Translator("en"))
        window.show()
        assert window.start(interactive=False)
        listed = window.start_page.model.rowCount()
        before = sorted(m for m in sys.modules if m in {STEP_MODULES!r})
        built_before = window._session_view is not None
        lean = [m for m in {LEAN!r} if m in sys.modules]
        import threading
        from cdo_workshop.app import WARM_UP, warm_up
        warm_up()  # what the app does once the list shows
        for thread in threading.enumerate():
            if thread.name == "warm_up":
                thread.join()
        warmed = all(m in sys.modules for m in WARM_UP)
        window.open_session(window.start_page.selected_id())
        after = sorted(m for m in sys.modules if m in {STEP_MODULES!r})
        print(json.dumps([listed, before, built_before, lean, warmed, after]))
        window.controller.close()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    listed, before, built_before, lean, warmed, after = json.loads(result.stdout.splitlines()[-1])
    assert listed == 1
    assert before == []
    assert not built_before
    # The list needs sqlite3 alone, and no session's model; file dialogs load when used.
    assert lean == []
    assert warmed
    # The sample opens at step 9: its page is built, step 1's only when first shown.
    assert after == sorted(m for m in STEP_MODULES if m != "cdo_workshop.ui.steps.framing")


def test_the_session_view_is_built_when_the_first_session_opens(qtbot, open_window, db_path):
    add_sessions(db_path, ["Eins"])
    window = open_window()
    assert window._session_view is None
    assert window.findChildren(StepPage) == []
    assert not window.actions_by_name["close"].isEnabled()
    window.open_session(window.start_page.selected_id())
    assert window._session_view is not None
    assert window.stack.currentWidget() is window.session_view
    # the view went where the room stopped; only that step's page is built yet
    assert window.session_view.current_page().key == "agreement"
    assert [p.key for p in window.findChildren(StepPage)] == ["agreement"]
    # a page built later shows the open session as if it had been there when it opened:
    # its fields, and its table's rows (editing a cell must not reset the table)
    page = show(qtbot, window, "framing")
    assert page.name_edit.text() == "Musterstadt"
    model = page.participants.view.model()
    assert model._ids == [p.id for p in window.controller.session.participants]
    assert len(window.findChildren(StepPage)) == 2
    view = window.session_view
    window.actions_by_name["close"].trigger()
    assert window.stack.currentWidget() is window.start_page
    window.open_session(window.start_page.selected_id())
    assert window.session_view is view  # built once
    assert len(window.findChildren(StepPage)) == 2


def test_the_list_does_not_decode_whole_sessions(qtbot, open_window, db_path, monkeypatch):
    add_sessions(db_path, ["Eins", "Zwei", "Drei"])

    def no_load(*_args: object) -> None:
        raise AssertionError("the start screen loaded a whole session")

    monkeypatch.setattr(SessionRepository, "load", no_load)
    monkeypatch.setattr(SessionRepository, "_load", no_load)
    monkeypatch.setattr("cdo_workshop.storage.repository.decode", no_load)
    window = open_window()
    model = window.start_page.table.model()
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == [
        "Drei",
        "Eins",
        "Zwei",
    ]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_a_column_keeps_the_selection(qtbot, open_window, db_path, order):
    add_sessions(db_path, ["Bravo", "Alpha", "Charlie"])
    window = open_window()
    page = window.start_page
    page.select(next(r.id for r in page.model.rows if r.title == "Bravo"))
    page.table.sortByColumn(0, order)
    model = page.table.model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    expected = ["Alpha", "Bravo", "Charlie"]
    assert shown == (expected if order == Qt.SortOrder.AscendingOrder else expected[::-1])
    assert page.model.rows[0].title == shown[0]
    assert next(r.title for r in page.model.rows if r.id == page.selected_id()) == "Bravo"
    window.refresh_sessions()  # a new listing keeps the chosen order
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == shown
