"""`cdo-workshop --self-test`: every check passes here, failures say which one, and the
user's data folder, settings and database stay untouched.

In-process through `cli.main` (the checks share the test's QApplication); one run of the
installed script in a fresh process. The bundle's self-test runs in tests/test_installer.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cdo_workshop import cli

CHECKS = 9
SCRIPT = Path(sys.executable).with_name("cdo-workshop")


pytestmark = pytest.mark.usefixtures("german_cli")


def self_test(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    capsys.readouterr()
    try:
        code = cli.main(["--self-test", *args])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_all_checks_pass_in_english(qapp, capsys):
    code, lines, err = self_test(capsys, "--lang", "en")
    assert code == 0, "\n".join(lines) + err
    header, *checks, summary = lines
    assert header.startswith("Self-test of cdo-workshop ")
    assert len(checks) == CHECKS
    assert all(line.startswith("ok ") for line in checks), checks
    names = [line.split(":", 1)[0].removeprefix("ok").strip() for line in checks]
    assert names == [
        "Load resources, translations and locale data",
        "Create a database",
        "Import the sample session",
        "Export a sealed PDF",
        "Verify the seal",
        "Write the documents for HR and the council",
        "Import the session from the PDF",
        "Open and close the main window",
        "Serve the phone voting page on this computer",
    ]
    assert "Seal valid" in checks[4] and "changed byte is rejected" in checks[4]
    assert "DOCX and ODT" in checks[5]
    assert "sessions listed: 2" in checks[7]
    assert "page 200 on 127.0.0.1:" in checks[8] and "wrong link 403, stopped" in checks[8]
    assert summary.startswith(f"All {CHECKS} checks passed")


@pytest.mark.slow  # a whole self-test run each: make e2e-test (in .ci/run)
def test_german_output(qapp, capsys):
    code, lines, err = self_test(capsys, "--lang", "de")
    assert code == 0, "\n".join(lines) + err
    assert lines[0].startswith("Selbsttest von cdo-workshop ")
    assert lines[4].startswith("ok ") and "Versiegeltes PDF exportieren" in lines[4]
    assert lines[-1].startswith(f"Alle {CHECKS} Prüfungen bestanden")


@pytest.mark.slow  # a whole self-test run each: make e2e-test (in .ci/run)
def test_leaves_the_users_data_settings_and_database_alone(
    qapp, capsys, hermetic_home, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings

    database = tmp_path / "mine.sqlite3"
    monkeypatch.setenv("CDO_WORKSHOP_DB", str(database))
    settings_file = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cdo-workshop", "cdo-workshop"
    ).fileName()
    # a temporary folder of its own: another test's self-test may run beside this one
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))

    code, lines, err = self_test(capsys, "--lang", "en")

    assert code == 0, "\n".join(lines) + err
    assert not database.exists()
    assert files_under(hermetic_home) == []  # data, config (QSettings) and cache folders
    # Qt's settings folder points back to the user's after the window check.
    assert (
        QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cdo-workshop", "cdo-workshop"
        ).fileName()
        == settings_file
    )
    from cdo_workshop.paths import data_dir

    assert data_dir().is_relative_to(hermetic_home)
    # The temporary folder is gone again.
    assert list(private_tmp.glob("cdo-workshop-self-test-*")) == []


def test_a_failing_check_is_reported_and_the_exit_code_is_1(qapp, capsys, monkeypatch):
    from cdo_workshop.domain.messages import Message
    from cdo_workshop.export.errors import ExportError

    def broken(*args, **kwargs):
        raise ExportError(Message("Export", "The fonts for the PDF are missing.", {}))

    monkeypatch.setattr("cdo_workshop.usecases.export_worker.export_in_child", broken)
    code, lines, _err = self_test(capsys, "--lang", "en")
    assert code == 1
    _header, *checks, summary = lines
    assert len(checks) == CHECKS
    status = {line.split(":", 1)[0].split(None, 1)[1]: line.split(None, 1)[0] for line in checks}
    assert status == {
        "Load resources, translations and locale data": "ok",
        "Create a database": "ok",
        "Import the sample session": "ok",
        "Export a sealed PDF": "FAILED",
        "Verify the seal": "FAILED",
        "Write the documents for HR and the council": "ok",
        "Import the session from the PDF": "FAILED",
        "Open and close the main window": "ok",
        "Serve the phone voting page on this computer": "ok",
    }
    assert "The fonts for the PDF are missing" in checks[3]
    assert "not run: an earlier check failed" in checks[4]
    assert summary.startswith(f"3 of {CHECKS} checks FAILED")


def test_an_unexpected_error_is_one_line_in_german(qapp, capsys, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("kaputt\nzweite Zeile")

    monkeypatch.setattr("cdo_workshop.storage.repository.SessionRepository.open", broken)
    code, lines, _err = self_test(capsys, "--lang", "de")
    assert code == 1
    database = next(line for line in lines if "Datenbank anlegen" in line)
    assert database.startswith("FEHLER ") and "RuntimeError: kaputt zweite Zeile" in database
    assert lines[-1].startswith("7 von 9 Prüfungen FEHLGESCHLAGEN")  # the window too


@pytest.mark.slow  # a whole self-test run each: make e2e-test (in .ci/run)
def test_a_phone_page_that_does_not_answer_fails_its_check(qapp, capsys, monkeypatch):
    from aiohttp import web

    from cdo_workshop.room.server import RoomServer

    async def missing(self, request):
        return web.Response(status=404)

    monkeypatch.setattr(RoomServer, "_index", missing)
    code, lines, _err = self_test(capsys, "--lang", "en")
    assert code == 1
    room = next(line for line in lines if "phone voting page" in line)
    assert room.startswith("FAILED ") and "the phone page answered 404, a wrong link 403" in room
    assert lines[-1].startswith(f"1 of {CHECKS} checks FAILED")


def test_no_command_with_self_test(capsys):
    code, _lines, err = self_test(capsys, "--lang", "en", "list")
    assert code == 2
    assert err.strip() == ("cdo-workshop: --self-test takes no command (see cdo-workshop --help)")


@pytest.mark.slow  # a whole self-test run each: make e2e-test (in .ci/run)
def test_installed_script_in_a_fresh_process(hermetic_home):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "CDO_WORKSHOP_DB", "CDO_WORKSHOP_DEBUG")
    }
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    command = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "cdo_workshop"]
    result = subprocess.run(
        [*command, "--self-test"], env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    # LANG=C: German, the app's default language.
    assert lines[0].startswith("Selbsttest von cdo-workshop ")
    assert [line.split(None, 1)[0] for line in lines[1:-1]] == ["ok"] * CHECKS
    assert lines[-1].startswith(f"Alle {CHECKS} Prüfungen bestanden")
    assert files_under(hermetic_home) == []
