"""PySide6 reads no module's source on import (cdo_workshop.qt_import)."""

from __future__ import annotations

import subprocess
import sys
import types

import cdo_workshop.qt_import as qt_import


def test_the_import_scan_is_skipped():
    # A PySide release that renames its private hook makes this fail: then the app still
    # works, but starts slower (docs/library-notes.md, "PySide6's import scan").
    assert qt_import.SCAN_SKIPPED
    from shibokensupport import feature

    assert feature._mod_uses_pyside(types.ModuleType("anything")) is True


def test_no_source_is_read_when_the_app_imports_its_window():
    """In a fresh interpreter: importing the window's modules never calls getsource."""
    script = (
        "import inspect, sys\n"
        "import cdo_workshop.qt_import\n"
        "calls = []\n"
        "real = inspect.getsource\n"
        "inspect.getsource = lambda o: calls.append(o) or real(o)\n"
        "import cdo_workshop.ui.main_window, cdo_workshop.ui.start_page\n"
        "print(len(calls))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "0"
