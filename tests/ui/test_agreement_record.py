"""Step 9 records the file number and the council's resolution; the agreement's § 7 says
"resolved on … (no. …)" or "subject to the resolution … of …" accordingly."""

from __future__ import annotations

from datetime import date

from gui_support import saved, show
from PySide6.QtCore import Qt

from cdo_workshop.domain import lifecycle
from cdo_workshop.domain.catalog import shipped_catalog
from cdo_workshop.domain.edits import apply_edits
from cdo_workshop.export.agreement import agreement_content
from cdo_workshop.export.content.nodes import Para
from cdo_workshop.export.content.rich import plain


def council_clause(session) -> str:
    blocks = agreement_content(session, shipped_catalog(), "de").blocks
    start = next(i for i, b in enumerate(blocks) if getattr(b, "number", "") == "§ 7")
    end = next(i for i, b in enumerate(blocks) if getattr(b, "number", "") == "§ 8")
    return " ".join(plain(b.text) for b in blocks[start:end] if isinstance(b, Para))


def test_file_number_and_resolution_are_typed_saved_and_printed(qtbot, sample_window, db_path):
    window = sample_window
    session = window.controller.session
    apply_edits(session, lifecycle.reopen(session))  # a draft: no reopen question
    page = show(qtbot, window, "agreement")
    record = page.record
    assert "Gemeinderat" in record.resolution_label.text()  # Musterstadt lies in BW
    record.file_edit.selectAll()
    qtbot.keyClicks(record.file_edit, "I/10-7")
    record.resolution_date.clear()
    qtbot.keyClicks(record.resolution_date, "03.12.2026")
    qtbot.keyClick(record.resolution_date, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: session.agreement.resolution_date == date(2026, 12, 3))
    assert "Sitzung vom 3. Dezember 2026" in council_clause(session)
    qtbot.keyClicks(record.resolution_number, "2026/118")
    qtbot.waitUntil(lambda: saved(db_path, session.id).agreement.resolution_number == "2026/118")
    stored = saved(db_path, session.id)
    assert stored.agreement.file_number == "I/10-7"
    assert stored.agreement.resolution_date == date(2026, 12, 3)
    text = council_clause(stored)
    assert "am 3. Dezember 2026 beschlossen (Beschluss Nr. 2026/118)" in text
    assert "Vorbehalt" not in text


def test_the_record_fits_a_laptop_screen(qtbot, sample_window, screenshot):
    """At 1366×768 the file number, the resolution's date and number and the hint are all
    visible side by side, nothing clipped."""
    from gui_support import scroll_to

    window = sample_window
    window.resize(1366, 768)
    page = show(qtbot, window, "agreement")
    record = page.record
    scroll_to(qtbot, record)
    for widget in (record.file_edit, record.resolution_date, record.resolution_number):
        assert widget.isVisible() and widget.width() >= widget.fontMetrics().averageCharWidth() * 12
    label = record.resolution_label
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text().replace("&", ""))
    assert record.hint.isVisible() and record.hint.height() > 0
    screenshot(window, "step-9-agreement-record-1366x768")
