"""Step 9 writes the documents for HR and the council: a click, a file name, and the file
is there, readable by Word's and LibreOffice's libraries, in the language chosen."""

from __future__ import annotations

from pathlib import Path

from gui_support import scroll_to, show
from PySide6.QtCore import Qt

from cdo_workshop.ui import file_dialogs


def test_saving_a_job_description_as_docx_and_a_council_paper_as_odt(
    qtbot, sample_window, monkeypatch, tmp_path, screenshot
):
    import docx
    import odfdo

    window = sample_window
    window.resize(1366, 768)
    page = show(qtbot, window, "agreement")
    panel = page.documents
    scroll_to(qtbot, panel)
    screenshot(window, "step-9-documents-1366x768")
    targets = iter([tmp_path / "Stellenbeschreibung.docx", tmp_path / "Vorlage.odt"])
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: next(targets))

    with qtbot.waitSignal(panel.saved, timeout=30_000) as saved:
        qtbot.mouseClick(panel.buttons["stellenbeschreibung"], Qt.MouseButton.LeftButton)
    path = Path(saved.args[0])
    assert path == tmp_path / "Stellenbeschreibung.docx"
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert any("Arbeitsvorgänge" in h for h in headings)
    assert panel.status.text().endswith(f"{path}.")
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in panel.buttons.values()))

    panel.language.setCurrentIndex(panel.language.findData("en"))
    with qtbot.waitSignal(panel.saved, timeout=30_000):
        qtbot.mouseClick(panel.buttons["beschlussvorlage"], Qt.MouseButton.LeftButton)
    paper = odfdo.Document(str(tmp_path / "Vorlage.odt"))
    headings = [h.text_recursive for h in paper.body.get_headers()]
    assert any("Proposed resolution" in h for h in headings)
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in panel.buttons.values()))


def test_a_file_that_cannot_be_written_is_said_and_nothing_breaks(
    qtbot, sample_window, monkeypatch, tmp_path
):
    page = show(qtbot, sample_window, "agreement")
    panel = page.documents
    missing = tmp_path / "no-such-folder" / "Ausschreibung.docx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: missing)
    with qtbot.waitSignal(panel.failed, timeout=30_000) as failed:
        qtbot.mouseClick(panel.buttons["ausschreibung"], Qt.MouseButton.LeftButton)
    assert str(missing.parent) in failed.args[0] or "no-such-folder" in failed.args[0]
    assert not missing.exists()
    qtbot.waitUntil(lambda: all(b.isEnabled() for b in panel.buttons.values()))
