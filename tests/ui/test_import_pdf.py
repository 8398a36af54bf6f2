"""Import of an agreement PDF in the window: the seal is checked first, as on the command line."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tampering import append_page_content, strip_seal_by_truncation

from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.session_file import loads
from cdo_workshop.export.agreement import export_agreement
from cdo_workshop.export.signing import create_local_certificate, load_sealer
from cdo_workshop.paths import private_data_dir, resource_path

PASSPHRASE = b"test-passphrase"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> SimpleNamespace:
    """The sample agreement sealed, then changed after sealing, and with the seal stripped."""
    folder = tmp_path_factory.mktemp("import-pdf")
    with private_data_dir(folder / "data"):
        p12 = create_local_certificate("Erika Test", PASSPHRASE, folder=folder / "certs")
        session = loads(resource_path("samples", "musterstadt.json").read_bytes())
        sealed = export_agreement(
            session, shipped_catalog(), "de", sealer=load_sealer(p12, PASSPHRASE)
        )
    out = SimpleNamespace()
    for name, data in (
        ("changed", append_page_content(sealed)),
        ("unsealed", strip_seal_by_truncation(sealed)),
    ):
        path = folder / f"{name}.pdf"
        path.write_bytes(data)
        setattr(out, name, path)
    return out


def titles(window) -> list[str]:
    model = window.start_page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def import_through_the_dialogs(qtbot, window, answer_dialog, path: Path) -> list[str]:
    """File › Import, choose `path`; the texts of the message boxes that follow."""
    messages: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    def choose(dialog: QFileDialog) -> None:
        assert "*.pdf" in " ".join(dialog.nameFilters())
        dialog.selectFile(str(path))
        dialog.accept()
        answer_dialog(read_and_close)  # a refusal comes as a message box after the dialog

    answer_dialog(choose)
    window.actions_by_name["import"].trigger()
    return messages


def test_a_changed_agreement_is_refused_and_adds_no_session(
    qtbot, open_window, answer_dialog, files
) -> None:
    window = open_window()
    messages = import_through_the_dialogs(qtbot, window, answer_dialog, files.changed)
    qtbot.waitUntil(lambda: bool(messages))
    assert "VERÄNDERT" in messages[0] or "CHANGED" in messages[0]
    assert "der Inhalt von Seite 1 hat sich geändert" in messages[0]
    assert titles(window) == []
    assert window.controller.repository.list() == []


def test_an_unsealed_agreement_is_imported_with_a_warning(qtbot, open_window, files) -> None:
    window = open_window()
    window.import_path(files.unsealed)  # no message box: the warning is in the status bar
    qtbot.waitUntil(lambda: titles(window) == ["Rollenklärung CDO Musterstadt 2026"])
    assert "kein Siegel" in window.statusBar().currentMessage()
