"""Dependencies point one way: domain, storage and export load no Qt; the CLI stays light.

Every check runs in a fresh interpreter, so modules imported by other tests do not count.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CORE = (
    "cdo_workshop.domain",
    "cdo_workshop.storage",
    "cdo_workshop.export",
    "cdo_workshop.usecases",
)
QT = ("PySide6", "shiboken6")
HEAVY = ("reportlab", "pyhanko", "sqlite_utils", "PySide6.QtWidgets")

# Imports the given packages with all their submodules, runs `code`, prints sys.modules.
PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    packages, code = json.loads(sys.argv[1])
    for name in packages:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), name + "."):
            importlib.import_module(info.name)
    exec(code)
    print(json.dumps(sorted(sys.modules)))
    """
)


def loaded_modules(*packages: str, code: str = "") -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps([packages, code])],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    modules: list[str] = json.loads(result.stdout.splitlines()[-1])
    return modules


def matching(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m.startswith(prefixes)]


def test_the_probe_sees_submodules_and_qt() -> None:
    """The checks below would pass vacuously if the probe imported nothing."""
    modules = loaded_modules(*CORE)
    for name in (
        "cdo_workshop.domain.model",
        "cdo_workshop.domain.session_file",
        "cdo_workshop.domain.validation",
        "cdo_workshop.storage.db",
        "cdo_workshop.storage.repository",
        "cdo_workshop.export",
    ):
        assert name in modules
    assert matching(loaded_modules("cdo_workshop.i18n"), QT)


def test_domain_storage_and_export_load_no_qt() -> None:
    assert matching(loaded_modules(*CORE), QT) == []


def test_domain_loads_no_storage_or_export_library() -> None:
    modules = loaded_modules("cdo_workshop.domain")
    assert matching(modules, ("sqlite_utils", "reportlab", "pyhanko")) == []
    assert matching(modules, QT) == []
    others = ("cdo_workshop.storage", "cdo_workshop.export", "cdo_workshop.ui")
    assert matching(modules, others) == []


def test_session_file_round_trip_loads_no_qt() -> None:
    """Reading and writing a session file (with schema validation) is Qt-free too."""
    code = textwrap.dedent(
        """
        from cdo_workshop.domain.session_file import dumps, loads
        from cdo_workshop.paths import resource_path
        session = loads(resource_path("samples", "musterstadt.json").read_bytes())
        assert loads(dumps(session)) == session
        """
    )
    modules = loaded_modules("cdo_workshop.domain", code=code)
    assert "jsonschema" in modules
    assert matching(modules, QT) == []


def test_importing_the_cli_stays_light() -> None:
    modules = loaded_modules("cdo_workshop.cli")
    assert matching(modules, HEAVY) == []
    assert matching(modules, QT) == []  # even QtCore waits until main() runs


@pytest.mark.parametrize("command", [["--version"], ["--help"], ["--lang", "en", "--help"]])
def test_cli_start_up_loads_no_heavy_library(command: list[str]) -> None:
    code = f"""
from cdo_workshop.cli import main
try:
    main({command!r})
except SystemExit as e:
    assert e.code == 0, e.code
"""
    modules = loaded_modules(code=code)
    assert "cdo_workshop.i18n" in modules  # the translator was set up
    assert matching(modules, HEAVY) == []
    assert matching(modules, ("PySide6.QtGui",)) == []


def test_listing_sessions_needs_no_sqlite_utils(tmp_path: Path) -> None:
    """The start screen's path: open the file and list its sessions with sqlite3 alone;
    sqlite-utils comes with the first load or write (storage.db)."""
    db = tmp_path / "listing.sqlite3"
    fill = f"""
from cdo_workshop.cli import main
assert main(["--db", {str(db)!r}, "sample"]) == 0
"""
    assert "sqlite_utils" in loaded_modules(code=fill)  # writing a session needs it
    code = f"""
from cdo_workshop.storage.repository import SessionRepository
repository = SessionRepository.open({str(db)!r})
assert [s.title for s in repository.list()] and repository.exists(repository.list()[0].id)
"""
    assert "sqlite_utils" not in loaded_modules(code=code)
    code += "repository.load(repository.list()[0].id)\n"
    assert "sqlite_utils" in loaded_modules(code=code)


def test_cli_commands_load_no_widgets_or_pdf(tmp_path: Path) -> None:
    """list and sample need sqlite-utils, but never QtWidgets, QtGui, ReportLab or pyHanko."""
    db = str(tmp_path / "layering.sqlite3")
    code = f"""
from cdo_workshop.cli import main
assert main(["--db", {db!r}, "sample"]) == 0
assert main(["--db", {db!r}, "list"]) == 0
"""
    modules = loaded_modules(code=code)
    assert "sqlite_utils" in modules
    assert matching(modules, ("PySide6.QtWidgets", "PySide6.QtGui", "reportlab", "pyhanko")) == []
