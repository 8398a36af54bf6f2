"""Hermetic tests: offscreen Qt, a temporary home, data and settings folder per test."""

from __future__ import annotations

import os

# Before pytest-qt creates the QApplication (pytest-qt has no ini key for the platform).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402
import functools  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from cli_support import Result, run_cli  # noqa: E402

from cdo_workshop.domain.model import Session  # noqa: E402
from cdo_workshop.domain.session_file import loads  # noqa: E402
from cdo_workshop.paths import resource_path  # noqa: E402
from cdo_workshop.storage.repository import SessionRepository  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def hermetic_session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Session- and module-scoped fixtures run before `hermetic_home`: they, too, see a
    temporary home (sealing keeps the certificate in the data folder's store)."""
    home = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            patch.setenv(name, str(home / name.lower()))
        patch.setenv("HOME", str(home))
        yield home


@pytest.fixture(autouse=True)
def hermetic_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test reads or writes the developer's real data or settings."""
    home = tmp_path / "home"
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("CDO_WORKSHOP_DB", raising=False)
    monkeypatch.delenv("CDO_WORKSHOP_DEBUG", raising=False)
    # Qt fixes the settings folder at first use, so the environment alone is not enough.
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db" / "sessions.sqlite3"


@pytest.fixture
def repo(db_path: Path) -> Iterator[SessionRepository]:
    repository = SessionRepository.open(db_path)
    yield repository
    repository.close()


@functools.cache
def _parsed_sample() -> Session:
    return loads(resource_path("samples", "musterstadt.json").read_bytes())


@pytest.fixture
def sample() -> Session:
    """A fresh copy of the Musterstadt sample, every step filled (parsed once: 20 ms each)."""
    return copy.deepcopy(_parsed_sample())


@pytest.fixture
def german_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process CLI runs see no saved language and a German system, as on a fresh German
    laptop. (QLocale.system() and the QSettings folder are fixed per process, so the
    environment alone cannot pin them; entry-point tests use LANG=C.UTF-8.)"""
    monkeypatch.setattr("cdo_workshop.i18n.system_language", lambda: "de")
    monkeypatch.setattr("cdo_workshop.settings.saved_language", lambda: None)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], german_cli: None) -> Callable[..., Result]:
    """`run(*args)` runs the CLI in this process and returns code, stdout and stderr."""
    return lambda *args: run_cli(capsys, *args)
