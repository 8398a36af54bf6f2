"""The agreement document on step 9: create (unsealed, sealed), cancel, preview, save, print."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from gui_support import scroll_to
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from cdo_workshop.domain.session_file import loads
from cdo_workshop.export.embedded import embedded_session_file
from cdo_workshop.export.errors import ExportError
from cdo_workshop.export.signing import create_local_certificate, local_certificate_path
from cdo_workshop.export.texts import t
from cdo_workshop.export.verify import Verdict, verify_pdf
from cdo_workshop.ui.dialogs.passphrase_dialog import PassphraseDialog
from cdo_workshop.ui.widgets.export_options import SealMode

LEFT = Qt.MouseButton.LeftButton
PASSPHRASE = "test-passphrase"
EXPORT_TIMEOUT = 60_000  # ms; a sealed export takes about two seconds here


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, box) -> None:
    """Click a check box or radio button on its indicator (a wide box is empty on the right)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def safely(action):
    """A failing check inside a modal dialog closes it, so the test fails instead of hanging."""

    def run(dialog):
        try:
            action(dialog)
        except BaseException:
            dialog.reject()
            raise

    return run


@pytest.fixture
def step9(qtbot, open_window):
    """The sample session on step 9 of a real main window at 1366×768."""
    window = open_window()
    window.load_sample()
    window.open_session(window.start_page.selected_id())
    view = window.session_view
    view.navigator.setCurrentRow(len(view.pages) - 1)
    page = view.pages[-1]
    qtbot.waitUntil(page.isVisible)
    return window, page, page.export_panel


@pytest.fixture
def p12(tmp_path) -> Path:
    """A PKCS#12 test certificate in the test's folder, not in the user's data."""
    return create_local_certificate(
        "Erika Test", PASSPHRASE.encode(), organisation="Prüfstelle", folder=tmp_path / "certs"
    )


def draw_signature(qtbot, answer_dialog, page, row=0) -> list:
    editor = page.signatories
    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(row, 0))
    drawn = []

    def sign(dialog):
        pad = dialog.pad
        qtbot.mousePress(pad, LEFT, pos=QPoint(60, 120))
        for x, y in ((100, 60), (140, 150), (180, 70), (260, 110)):
            qtbot.mouseMove(pad, QPoint(x, y))
        qtbot.mouseRelease(pad, LEFT, pos=QPoint(260, 110))
        drawn.extend(pad.strokes())
        click(qtbot, dialog.ok_button)

    answer_dialog(safely(sign))
    click(qtbot, editor.sign_button)
    return drawn


def create(qtbot, panel) -> object:
    with qtbot.waitSignal(panel.created, timeout=EXPORT_TIMEOUT) as blocker:
        click(qtbot, panel.create_button)
    qtbot.waitUntil(lambda: not panel.busy())
    return blocker.args[0]


def type_date(qtbot, edit, text: str) -> None:
    """Replace the date in a date field by typing, as a user would."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def save(qtbot, panel, monkeypatch, path: Path) -> Path:
    from cdo_workshop.ui import file_dialogs

    asked = {}

    def save_file(parent, title, filters, name, database, suffix, folder=None):
        asked.update(name=name, database=database)
        return path

    monkeypatch.setattr(file_dialogs, "save_file", save_file)
    with qtbot.waitSignal(panel.saved) as blocker:
        click(qtbot, panel.save_button)
    assert Path(asked["name"]).suffix == ".pdf"
    assert asked["database"] == panel.controller.database_path  # never offered as the folder
    return Path(blocker.args[0])


def shows_ink(widget) -> bool:
    """Some dark pixels: text is drawn, not only white paper (QPdfView renders lazily)."""
    image = widget.grab().toImage()
    return any(
        image.pixelColor(x, y).lightness() < 96
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def type_passphrase(qtbot, dialog, passphrase: str, *, name: str | None = None) -> None:
    assert isinstance(dialog, PassphraseDialog)
    if name is not None:
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    if dialog.create:
        assert not dialog.ok_button.isEnabled()  # not repeated yet
        qtbot.keyClicks(dialog.repeat_edit, passphrase)
    click(qtbot, dialog.ok_button)


# -- the section on step 9 --------------------------------------------------------------------


def test_the_export_section_belongs_to_step_9(step9):
    window, page, panel = step9
    assert page.export_section.isVisible()
    assert not page.export_button.isVisible()  # the panel has its own "Create agreement"
    assert panel.isVisible() and panel.create_button.isEnabled()
    assert not panel.result_box.isVisible() and not panel.progress.isVisible()
    choice = panel.options.choice()
    assert choice.language == window.controller.language == "de"
    assert choice.seal == SealMode.NONE  # no certificate on this computer yet


def test_start_up_and_step_9_load_no_pdf_or_print_module(tmp_path):
    """Step 9 shows without QtPdf; the preview comes when idle; the PDF libraries never
    load in the window's process (they are the export process's)."""
    code = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cdo_workshop.app import create_main_window
from cdo_workshop.i18n import Translator
window = create_main_window(Path({str(tmp_path / "probe.sqlite3")!r}), Translator("de"))
window.show()
assert window.start()
window.load_sample()
window.open_session(window.start_page.selected_id())
window.session_view.navigator.setCurrentRow(8)
app.processEvents()
assert window.session_view.pages[-1].export_panel.isVisible()
heavy = ("PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "reportlab", "pyhanko")
at_load = sorted(m for m in sys.modules if m.startswith(heavy))
# idle at step 9, the preview is made (QtPdf); ReportLab and pyHanko only ever load in
# the export process
import time
from PySide6.QtCore import QEventLoop
panel = window.session_view.pages[-1].export_panel
deadline = time.monotonic() + 30
while panel.preview is None and time.monotonic() < deadline:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
idle = sorted(m for m in sys.modules if m.startswith(("reportlab", "pyhanko")))
print(at_load, panel.preview is not None, idle)
window.controller.close()
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[] True []"


# -- creating, previewing, saving ----------------------------------------------------------------


def test_unsealed_agreement_with_a_drawn_signature(
    qtbot, step9, answer_dialog, monkeypatch, tmp_path, screenshot
):
    window, page, panel = step9
    controller = window.controller
    drawn = draw_signature(qtbot, answer_dialog, page)
    assert controller.session.agreement.signatories[0].strokes == drawn
    with qtbot.waitSignal(panel.created, timeout=EXPORT_TIMEOUT) as blocker:
        click(qtbot, panel.create_button)
        assert panel.busy() and panel.progress.isVisible() and panel.cancel_button.isVisible()
        assert not panel.create_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.busy())
    result = blocker.args[0]
    signatories = controller.session.agreement.signatories
    assert result.sealed_by is None
    assert result.signed_on_screen == sum(1 for s in signatories if s.strokes) >= 1
    assert not panel.progress.isVisible() and panel.create_button.isEnabled()

    # The preview shows the document from memory.
    preview = panel.preview
    assert preview is not None and preview.isVisible()
    assert preview.document.pageCount() > 5
    assert preview.document.pageCount() == len(PdfReader(io.BytesIO(result.pdf)).pages)
    assert panel.seal_status.isVisible() and panel.seal_status.text()
    scroll_to(qtbot, panel.result_box)
    qtbot.waitUntil(lambda: shows_ink(preview.view.viewport()))
    screenshot(window, "export-unsealed-1366x768")
    fit_width = preview.fit_width
    tick(qtbot, fit_width)
    assert fit_width.isChecked()
    assert preview.view.zoomMode() == preview.view.ZoomMode.FitToWidth
    qtbot.waitUntil(lambda: shows_ink(preview.view.viewport()))
    screenshot(window, "export-preview-width-1366x768")
    # The signature page, with the signature just drawn.
    reader = PdfReader(io.BytesIO(result.pdf))
    on_screen = t("signature.on_screen", "de")
    last = next(i for i, p in enumerate(reader.pages) if on_screen in p.extract_text())
    tick(qtbot, fit_width)
    preview.view.pageNavigator().jump(last, QPointF(0, 0))
    qtbot.waitUntil(lambda: preview.view.pageNavigator().currentPage() == last)
    qtbot.waitUntil(lambda: shows_ink(preview.view.viewport()))
    screenshot(window, "export-signature-page-1366x768")

    # Save as … writes the very bytes, readable by pypdf, with the municipality in the text.
    (tmp_path / "out").mkdir()
    path = save(qtbot, panel, monkeypatch, tmp_path / "out" / "vereinbarung")
    assert path == tmp_path / "out" / "vereinbarung.pdf"  # ".pdf" added
    assert path.read_bytes() == result.pdf
    text = text_of(path.read_bytes())
    assert "Musterstadt" in text and t("title", "de") in text
    # The session inside the PDF carries the drawing's digest, not reusable strokes.
    from cdo_workshop.domain.codec import encode
    from cdo_workshop.domain.fingerprint import strokes_digest

    embedded = loads(embedded_session_file(path.read_bytes()))
    signer = embedded.agreement.signatories[0]
    assert signer.strokes == [] and signer.strokes_sha256 == strokes_digest(encode(drawn))


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="pauses the process (POSIX)")
def test_the_window_stays_usable_while_the_agreement_is_built(qtbot, step9, screenshot):
    """The agreement is made in a process of its own (ui/export_process.py): paused there
    mid-way, the window still takes input and saves it; let go, the agreement arrives."""
    from cdo_workshop.ui.export_process import export_process

    window, page, panel = step9
    click(qtbot, panel.create_button)
    # Progress reaches the window while the export is still running ...
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=EXPORT_TIMEOUT)
    pid = export_process().pid
    assert pid is not None and pid != os.getpid()
    os.kill(pid, signal.SIGSTOP)
    try:
        assert panel.busy() and panel.stage_label.isVisible() and panel.stage_label.text()
        # ... and the window takes input: the review date changes and is saved meanwhile.
        type_date(qtbot, page.review_edit, "29.02.2028")
        assert window.controller.session.agreement.review_date == date(2028, 2, 29)
        scroll_to(qtbot, panel.create_button)
        screenshot(window, "export-running-1366x768")
        assert panel.busy()
    finally:
        os.kill(pid, signal.SIGCONT)
    with qtbot.waitSignal(panel.created, timeout=EXPORT_TIMEOUT) as blocker:
        pass
    assert blocker.args[0].pdf.startswith(b"%PDF")


def test_a_killed_export_process_is_said_clearly_and_started_again(qtbot, step9):
    from cdo_workshop.ui.export_process import export_process

    window, page, panel = step9
    click(qtbot, panel.create_button)
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=EXPORT_TIMEOUT)
    first = export_process().pid
    assert first is not None
    with qtbot.waitSignal(panel.failed, timeout=EXPORT_TIMEOUT) as blocker:
        os.kill(first, signal.SIGKILL)
    assert "unerwartet" in blocker.args[0] and "erneut" in blocker.args[0]
    qtbot.waitUntil(lambda: not panel.busy())
    result = create(qtbot, panel)  # a new process makes it
    assert result.pdf.startswith(b"%PDF") and export_process().pid != first


def test_english_document_from_a_german_window(qtbot, step9):
    window, page, panel = step9
    combo = panel.options.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Deutsch → English
    assert panel.options.choice().language == "en"
    result = create(qtbot, panel)
    assert result.language == "en"
    text = text_of(result.pdf)
    assert t("title", "en") in text and t("title", "de") not in text


def test_sealed_with_a_pkcs12_file(qtbot, step9, answer_dialog, monkeypatch, p12, tmp_path):
    from cdo_workshop.ui import file_dialogs

    window, page, panel = step9
    options = panel.options
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args: p12)
    tick(qtbot, options.file_seal)
    assert not options.is_ready()
    click(qtbot, options.choose_file)
    assert options.p12 == p12 and options.file_label.text() == str(p12)
    tick(qtbot, options.witness_box)
    tick(qtbot, options.qes_box)
    choice = options.choice()
    assert (choice.seal, choice.witness, choice.qes_fields) == (SealMode.FILE, True, True)

    answer_dialog(safely(lambda dialog: type_passphrase(qtbot, dialog, PASSPHRASE)))
    result = create(qtbot, panel)
    assert result.sealed_by == "Erika Test" and not result.local_certificate
    check = verify_pdf(result.pdf)
    assert check.verdict == Verdict.VALID and check.sealer == "Erika Test"
    assert check.empty_fields > 0  # the fields for qualified signatures
    assert panel.preview.document.pageCount() > 5
    assert "Erika Test" in panel.seal_status.text()
    path = save(qtbot, panel, monkeypatch, tmp_path / "sealed.pdf")
    assert "Musterstadt" in text_of(path.read_bytes())
    assert verify_pdf(path.read_bytes()).verdict == Verdict.VALID


def test_a_wrong_passphrase_is_said_clearly(qtbot, step9, answer_dialog, monkeypatch, p12):
    window, page, panel = step9
    controller = window.controller
    panel.options.set_certificate_file(p12)
    answer_dialog(safely(lambda dialog: type_passphrase(qtbot, dialog, "not-the-passphrase")))
    with qtbot.waitSignal(panel.failed, timeout=EXPORT_TIMEOUT) as blocker:
        click(qtbot, panel.create_button)
    qtbot.waitUntil(lambda: not panel.busy())
    with pytest.raises(ExportError) as expected:
        from cdo_workshop.export.signing import load_sealer

        load_sealer(p12, b"not-the-passphrase")
    message = expected.value.render(controller.translator.translate, controller.language)
    assert blocker.args[0] == message
    assert panel.message.isVisible() and panel.message.text() == message
    assert panel.message.property("kind") == "error"
    assert panel.result is None and not panel.result_box.isVisible()
    # Cancelling the passphrase question starts nothing.
    answer_dialog(safely(lambda dialog: dialog.reject()))
    click(qtbot, panel.create_button)
    assert not panel.busy()


def test_local_certificate_is_created_on_request_and_its_passphrase_not_kept(
    qtbot, step9, answer_dialog, db_path, tmp_path, open_window, screenshot
):
    window, page, panel = step9
    options = panel.options
    local = local_certificate_path()
    assert str(local).startswith(str(tmp_path))  # the test's data folder, not the user's
    assert not local.exists()
    tick(qtbot, options.local_seal)

    def create_certificate(dialog):
        assert dialog.create and dialog.name_edit.isVisible()
        assert str(local.parent) in dialog.findChild(type(panel.message), "passphraseText").text()
        screenshot(dialog, "passphrase-new-certificate")
        type_passphrase(qtbot, dialog, PASSPHRASE, name="Moderation Sued")

    answer_dialog(safely(create_certificate))
    first = create(qtbot, panel)
    assert local.exists()
    assert first.sealed_by == "Moderation Sued" and first.local_certificate
    check = verify_pdf(first.pdf)
    assert check.verdict == Verdict.VALID and check.local_certificate

    def existing(dialog):
        assert not dialog.create and not dialog.name_edit.isVisible()
        type_passphrase(qtbot, dialog, PASSPHRASE)

    answer_dialog(safely(existing))
    second = create(qtbot, panel)
    assert second.sealed_by == "Moderation Sued"
    # Next time the local certificate is the preselected seal.
    session_id = window.controller.session.id
    window.close()  # one window per database
    window.controller.close()
    later = open_window()
    later.open_session(session_id)
    later.session_view.navigator.setCurrentRow(len(later.session_view.pages) - 1)
    later_options = later.session_view.pages[-1].export_panel.options
    qtbot.waitUntil(later_options.isVisible)
    assert later_options.seal_mode() == SealMode.LOCAL
    # The passphrase is nowhere on disk: not in the database, the settings or the data folder.
    secret = PASSPHRASE.encode()
    for folder in (tmp_path / "home", db_path.parent):
        for file in folder.rglob("*"):
            if file.is_file():
                assert secret not in file.read_bytes(), file


def test_cancel_stops_the_export(qtbot, step9):
    window, page, panel = step9
    with qtbot.waitSignal(panel.progress.valueChanged, timeout=EXPORT_TIMEOUT):
        click(qtbot, panel.create_button)
    created = []
    panel.created.connect(created.append)
    click(qtbot, panel.cancel_button)
    assert not panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=EXPORT_TIMEOUT)
    assert created == [] and panel.result is None
    assert panel.message.isVisible() and panel.message.property("kind") == "info"
    assert panel.create_button.isEnabled() and not panel.progress.isVisible()


def test_a_later_edit_marks_the_document_outdated(qtbot, step9):
    window, page, panel = step9
    create(qtbot, panel)
    assert not panel.message.isVisible()
    type_date(qtbot, page.review_edit, "29.02.2028")
    assert panel.message.isVisible() and panel.message.text()
    window.controller.close_session()
    assert panel.result is None and not panel.result_box.isVisible()


def test_print_to_a_pdf_printer_gives_every_page(qtbot, step9, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    window, page, panel = step9
    result = create(qtbot, panel)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(panel.printed, timeout=EXPORT_TIMEOUT) as blocker:
        panel.print_to(printer)
        assert panel.busy()
    qtbot.waitUntil(lambda: not panel.busy())
    pages = len(PdfReader(io.BytesIO(result.pdf)).pages)
    assert blocker.args[0] == pages
    assert len(PdfReader(out).pages) == pages
    assert panel.message.text()


def fake_lp(folder: Path, exit_code: int = 0) -> Path:
    """An `lp` that keeps its arguments and the file it was given, as CUPS would queue it."""
    folder.mkdir()
    script = folder / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\n" "$@" > "{folder}/args"\n'
        "for last; do :; done\n"
        f'cp "$last" "{folder}/queued.pdf"\n'
        f'[ {exit_code} -eq 0 ] || echo "lp: Drucker nicht erreichbar" >&2\n'
        f"exit {exit_code}\n"
    )
    script.chmod(0o755)
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS's lp (Linux, macOS)")
def test_printing_sends_the_pdf_itself_to_the_print_service(qtbot, step9, tmp_path, monkeypatch):
    """The agreement reaches the printer as the PDF it is (vector, sealed bytes unchanged),
    with the dialog's copies, duplex and page range, and no temporary copy stays behind."""
    from PySide6.QtPrintSupport import QPrinter

    from cdo_workshop.ui import print_service

    window, page, panel = step9
    result = create(qtbot, panel)
    spool = fake_lp(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{spool}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    target = print_service.PrintTarget("Ratssaal-Drucker", 2, "two-sided-long-edge", (1, 3))
    monkeypatch.setattr(print_service, "target_of", lambda printer: target)
    with qtbot.waitSignal(panel.printed, timeout=EXPORT_TIMEOUT) as blocker:
        panel.print_to(QPrinter())
    assert blocker.args[0] == 3
    assert (spool / "queued.pdf").read_bytes() == result.pdf
    args = (spool / "args").read_text().split("\n")
    assert args[:6] == ["-d", "Ratssaal-Drucker", "-n", "2", "-t", panel.suggested_path().stem]
    assert "sides=two-sided-long-edge" in args and "1-3" in args
    assert "Ratssaal-Drucker" in panel.message.text() and "PDF" in panel.message.text()
    assert not list(tmp_path.glob("cdo-agreement-*"))  # the temporary copy is gone


@pytest.mark.skipif(sys.platform == "win32", reason="CUPS's lp (Linux, macOS)")
def test_a_print_service_that_refuses_is_said_clearly(qtbot, step9, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from cdo_workshop.ui import print_service

    window, page, panel = step9
    create(qtbot, panel)
    spool = fake_lp(tmp_path / "bin", exit_code=1)
    monkeypatch.setenv("PATH", f"{spool}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(
        print_service, "target_of", lambda printer: print_service.PrintTarget("Aus")
    )
    with qtbot.waitSignal(panel.failed, timeout=EXPORT_TIMEOUT) as blocker:
        panel.print_to(QPrinter())
    assert "Drucker nicht erreichbar" in blocker.args[0]
    assert "Druckdienst" in blocker.args[0]


def test_a_printer_without_a_print_service_gets_rasterised_pages(qtbot, step9, monkeypatch):
    """No lp (Windows, no CUPS): the fallback paints the pages through QPrinter."""
    from PySide6.QtPrintSupport import QPrinter

    from cdo_workshop.ui import print_service

    monkeypatch.setattr(print_service, "spooler", lambda: None)
    monkeypatch.setattr(
        print_service, "target_of", lambda printer: print_service.PrintTarget("Irgendwo")
    )
    window, page, panel = step9
    create(qtbot, panel)
    painted = []
    monkeypatch.setattr(
        "cdo_workshop.ui.widgets.pdf_preview.print_pdf",
        lambda data, printer, report: painted.append(printer) or 12,
    )
    with qtbot.waitSignal(panel.printed, timeout=EXPORT_TIMEOUT) as blocker:
        panel.print_to(QPrinter())
    assert painted and blocker.args[0] == 12
    assert "PDF" not in panel.message.text()


def test_printed_pages_are_opaque_white(qtbot):
    """QtPdf renders onto transparency (library-notes G3): the printed page is composited."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage

    from cdo_workshop.domain.catalog import shipped_catalog
    from cdo_workshop.export.agreement import build_agreement
    from cdo_workshop.paths import resource_path
    from cdo_workshop.ui.widgets.pdf_preview import open_document, render_on_white

    session = loads(resource_path("samples", "musterstadt.json").read_bytes())
    document, buffer = open_document(build_agreement(session, shipped_catalog(), "de"))
    image = render_on_white(document, 0, QSize(298, 421))
    assert image.format() == QImage.Format.Format_RGB32
    assert image.pixelColor(2, 2).name() == "#ffffff"
    document.close()
    buffer.close()


def test_every_control_of_the_panel_has_a_name(step9):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    window, page, panel = step9
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in panel.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QComboBox, QLineEdit))
        and not isinstance(w.parentWidget(), (QComboBox, QAbstractItemView))
        and not (w.objectName() and w.accessibleName())
    ]
    assert unnamed == []
    assert QApplication.instance() is not None


def test_screenshot_of_the_export_options(qtbot, step9, screenshot):
    window, page, panel = step9
    scroll_to(qtbot, page.export_section)
    qtbot.wait(10)
    screenshot(window, "export-options-1366x768")


def test_the_database_is_never_a_certificate_or_a_print_target(
    qtbot, step9, monkeypatch, answer_dialog, db_path
):
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox

    from cdo_workshop.ui import file_dialogs

    window, page, panel = step9
    options = panel.options
    monkeypatch.setattr(file_dialogs, "open_file", lambda *args: db_path)
    messages = []

    def read(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    answer_dialog(read)
    click(qtbot, options.choose_file)
    qtbot.waitUntil(lambda: bool(messages))
    assert "Datenbank" in messages[0] and options.p12 is None

    create(qtbot, panel)
    before = db_path.read_bytes()
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(db_path))
    panel.print_to(printer)  # what "print to file" onto the database would do
    assert not panel.busy() and "Datenbank" in panel.message.text()
    assert db_path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
