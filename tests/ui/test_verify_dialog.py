"""Prüfen: the verify dialog says in plain words whether a sealed agreement is intact."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from tampering import append_page_content, flip_byte_in_content_stream

from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.session_file import loads
from cdo_workshop.export.agreement import build_agreement, export_agreement
from cdo_workshop.export.errors import ExportError
from cdo_workshop.export.signing import create_local_certificate, load_sealer
from cdo_workshop.export.verify import Verdict, verify_pdf
from cdo_workshop.paths import resource_path
from cdo_workshop.ui.dialogs.verify_dialog import VerifyDialog

PASSPHRASE = b"test-passphrase"
TIMEOUT = 30_000


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> SimpleNamespace:
    """The sample agreement sealed, tampered with two ways, unsealed, and not a PDF at all."""
    folder = tmp_path_factory.mktemp("verify")
    p12 = create_local_certificate(
        "Erika Test", PASSPHRASE, organisation="Prüfstelle", folder=folder / "certs"
    )
    session = loads(resource_path("samples", "musterstadt.json").read_bytes())
    catalog = shipped_catalog()
    sealed = export_agreement(session, catalog, "de", sealer=load_sealer(p12, PASSPHRASE))
    out = SimpleNamespace()
    for name, data in (
        ("sealed", sealed),
        ("flipped", flip_byte_in_content_stream(sealed)),
        ("appended", append_page_content(sealed)),
        ("unsealed", build_agreement(session, catalog, "de")),
        ("text", b"Dies ist kein PDF.\n"),
    ):
        path = folder / f"{name}.pdf"
        path.write_bytes(data)
        setattr(out, name, path)
    return out


@pytest.fixture
def window(open_window):
    """The sample is saved in this test's database, so a sealed sample PDF matches it."""
    w = open_window()
    w.load_sample()
    return w


def open_dialog(qtbot, window) -> VerifyDialog:
    action = window.actions_by_name["verify"]
    assert action.objectName() == "verifyAction"
    assert action in window.file_menu.actions()
    assert action.isEnabled() and action.text()
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(VerifyDialog) is not None)
    dialog = window.findChild(VerifyDialog)
    qtbot.waitExposed(dialog)
    return dialog


def check(qtbot, dialog, path: Path, monkeypatch, signal: str = "checked"):
    from cdo_workshop.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "open_file", lambda *args: path)
    with qtbot.waitSignal(getattr(dialog, signal), timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.busy_bar.isVisible() and not dialog.choose_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None)
    assert dialog.choose_button.isEnabled() and not dialog.busy_bar.isVisible()
    return blocker.args[0]


def rendered(window, result) -> list[str]:
    return [window.controller.translator.render(line) for line in result.report()]


def test_an_intact_seal_is_reported_with_sealer_time_and_session(
    qtbot, window, files, monkeypatch, screenshot
):
    dialog = open_dialog(qtbot, window)
    assert not dialog.verdict.isVisible()
    result = check(qtbot, dialog, files.sealed, monkeypatch)
    assert result.verdict == Verdict.VALID and result.intact
    assert result.sealer == "Erika Test" and result.signing_time is not None
    saved_id = window.start_page.selected_id()
    assert saved_id in [session_id for session_id, _ in result.matches]
    lines = rendered(window, result)
    assert dialog.verdict.text() == lines[0]
    assert dialog.verdict.property("verdict") == "valid"
    details = dialog.details.text()
    assert all(line in details for line in lines[1:])
    assert "Erika Test" in details and str(files.sealed) in dialog.file_label.text()
    screenshot(dialog, "verify-intact")


def test_a_flipped_byte_is_reported_as_altered(qtbot, window, files, monkeypatch, screenshot):
    dialog = open_dialog(qtbot, window)
    result = check(qtbot, dialog, files.flipped, monkeypatch)
    assert result.verdict == Verdict.INVALID and not result.intact
    assert dialog.verdict.property("verdict") == "invalid"
    assert dialog.verdict.text() == rendered(window, result)[0]
    screenshot(dialog, "verify-altered")


def test_content_added_after_sealing_counts_as_changed(qtbot, window, files, monkeypatch):
    dialog = open_dialog(qtbot, window)
    result = check(qtbot, dialog, files.appended, monkeypatch)
    assert result.verdict == Verdict.CHANGED
    assert dialog.verdict.property("verdict") == "changed"
    assert dialog.verdict.text() == rendered(window, result)[0]
    # Checking the intact file again in the same dialog replaces the result.
    again = check(qtbot, dialog, files.sealed, monkeypatch)
    assert again.verdict == Verdict.VALID
    assert dialog.verdict.property("verdict") == "valid"


def test_an_agreement_without_a_seal_is_reported_as_unsealed(qtbot, window, files, monkeypatch):
    dialog = open_dialog(qtbot, window)
    result = check(qtbot, dialog, files.unsealed, monkeypatch)
    assert result.verdict == Verdict.UNSEALED and result.exit_code == 1
    assert dialog.verdict.property("verdict") == "unsealed"
    assert dialog.verdict.text() == rendered(window, result)[0]


def test_content_added_after_sealing_says_what_changed(qtbot, window, files, monkeypatch):
    dialog = open_dialog(qtbot, window)
    result = check(qtbot, dialog, files.appended, monkeypatch)
    assert "der Inhalt von Seite 1 hat sich geändert" in dialog.details.text()
    assert result.reason is not None


@pytest.mark.parametrize("name", ["text"])
def test_unusable_files_get_a_clear_message(qtbot, window, files, monkeypatch, name):
    dialog = open_dialog(qtbot, window)
    path = getattr(files, name)
    text = check(qtbot, dialog, path, monkeypatch, signal="failed")
    with pytest.raises(ExportError) as expected:
        verify_pdf(path.read_bytes())
    controller = window.controller
    assert text == expected.value.render(controller.translator.translate, controller.language)
    assert dialog.verdict.text() == text and dialog.verdict.property("verdict") == "error"
    assert dialog.check is None


def test_a_missing_file_is_said_plainly(qtbot, window, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, window)
    text = check(qtbot, dialog, tmp_path / "gone.pdf", monkeypatch, signal="failed")
    assert str(tmp_path / "gone.pdf") in text
    assert dialog.verdict.property("verdict") == "error"


def test_without_a_matching_saved_session(qtbot, open_window, files, monkeypatch):
    window = open_window()  # an empty database
    dialog = open_dialog(qtbot, window)
    result = check(qtbot, dialog, files.sealed, monkeypatch)
    assert result.verdict == Verdict.VALID and result.matches == ()
    assert rendered(window, result)[-2] in dialog.details.text()


def test_closing_the_dialog(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert dialog.close_button.accessibleName() and dialog.choose_button.accessibleName()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(VerifyDialog) is None)
