"""Start screen: list, filter, open, duplicate, delete (confirmed), import, export, sample."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox

from cdo_workshop.domain.session_file import loads
from cdo_workshop.storage.repository import SessionRepository


def titles(window) -> list[str]:
    model = window.start_page.table.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def add_sample(window, qtbot):
    qtbot.mouseClick(
        window.start_page.findChild(type(window.start_page.buttons[0][0]), "sampleButton"),
        Qt.MouseButton.LeftButton,
    )


def test_empty_start_screen_explains_what_to_do(open_window):
    window = open_window()
    assert window.start_page.empty_label.isVisible()
    assert "Strg+N" in window.start_page.empty_label.text()
    assert not window.start_page.table.isVisible()
    assert not window.actions_by_name["open"].isEnabled()


def test_sample_appears_with_step_reached_and_opens(qtbot, open_window):
    window = open_window()
    add_sample(window, qtbot)
    assert titles(window) == ["Rollenklärung CDO Musterstadt 2026"]
    model = window.start_page.table.model()
    assert model.index(0, 1).data() == "Musterstadt"
    assert model.index(0, 2).data() == "15.10.2026"
    assert model.index(0, 3).data() == "9/9 · Abgleich & Vereinbarung"
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.session_view
    assert window.framing_page.name_edit.text() == "Musterstadt"
    assert window.framing_page.state_combo.currentText() == "Baden-Württemberg"


def test_the_list_follows_a_language_switch(qtbot, open_window):
    """The rows' texts are kept once made (painting asks for them again and again); a
    language switch makes them anew."""
    window = open_window()
    add_sample(window, qtbot)
    model = window.start_page.table.model()
    assert model.index(0, 3).data() == "9/9 · Abgleich & Vereinbarung"
    window.actions_by_name["english"].trigger()
    try:
        qtbot.waitUntil(lambda: model.index(0, 3).data() == "9/9 · Reconciliation & agreement")
        assert model.headerData(3, Qt.Orientation.Horizontal) == "Step reached"
    finally:
        window.actions_by_name["german"].trigger()
    qtbot.waitUntil(lambda: model.index(0, 3).data() == "9/9 · Abgleich & Vereinbarung")


def test_the_step_column_holds_every_step_without_measuring_rows(qtbot, open_window):
    """Sized from the nine steps' texts (ResizeToContents measured rows: 30 ms with 1,000
    sessions at every listing); again when the language changes."""
    window = open_window()
    add_sample(window, qtbot)
    page = window.start_page
    table = page.table
    assert table.horizontalHeader().sectionResizeMode(3) == QHeaderView.ResizeMode.Fixed

    def fits() -> bool:
        texts = [page.model.step_text(n) for n in range(1, 10)]
        widest = max(table.fontMetrics().horizontalAdvance(t) for t in texts)
        return table.columnWidth(3) >= max(widest + 8, table.sizeHintForColumn(3))

    assert fits()
    window.actions_by_name["english"].trigger()
    try:
        qtbot.waitUntil(lambda: page.model.step_text(1).endswith("Framework & participants"))
        qtbot.waitUntil(fits)
    finally:
        window.actions_by_name["german"].trigger()


def test_filter_narrows_the_list(qtbot, open_window):
    window = open_window()
    add_sample(window, qtbot)
    window.new_session()
    window.framing_page.name_edit.setFocus()
    qtbot.keyClicks(window.framing_page.name_edit, "Kleinhausen")
    window.actions_by_name["close"].trigger()
    assert sorted(titles(window)) == ["Kleinhausen", "Rollenklärung CDO Musterstadt 2026"]
    qtbot.keyClicks(window.start_page.filter_edit, "klein")
    assert titles(window) == ["Kleinhausen"]


def test_duplicate_makes_an_independent_copy(qtbot, open_window, db_path):
    window = open_window()
    add_sample(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert sorted(titles(window)) == [
        "Kopie von Rollenklärung CDO Musterstadt 2026",
        "Rollenklärung CDO Musterstadt 2026",
    ]
    repo = SessionRepository.open(db_path)
    a, b = (repo.load(s.id) for s in repo.list())
    repo.close()
    assert a.id != b.id and a.participants == b.participants


def test_delete_asks_first_and_cancel_keeps_the_session(qtbot, open_window, answer_dialog):
    window = open_window()
    add_sample(window, qtbot)
    seen = []

    def cancel(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialog(cancel)
    window.actions_by_name["delete"].trigger()
    assert "endgültig" in seen[0]
    assert titles(window) == ["Rollenklärung CDO Musterstadt 2026"]


def test_confirmed_delete_removes_the_session(qtbot, open_window, answer_dialog, db_path):
    window = open_window()
    add_sample(window, qtbot)

    def confirm(box: QMessageBox) -> None:
        [delete] = [b for b in box.buttons() if b.text() == "Löschen"]
        delete.click()

    answer_dialog(confirm)
    window.actions_by_name["delete"].trigger()
    assert titles(window) == []
    repo = SessionRepository.open(db_path)
    assert repo.list() == []
    repo.close()


def choose_file(path):
    def action(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    return action


def test_export_then_import_through_the_file_dialogs(
    qtbot, open_window, answer_dialog, tmp_path, sample
):
    window = open_window()
    add_sample(window, qtbot)
    out = tmp_path / "export.json"
    answer_dialog(choose_file(out))
    window.actions_by_name["export"].trigger()
    exported = loads(out.read_bytes())
    assert exported.participants == sample.participants

    answer_dialog(choose_file(out))
    window.actions_by_name["import"].trigger()
    assert titles(window) == ["Rollenklärung CDO Musterstadt 2026"] * 2


def test_broken_import_file_is_reported_in_german_and_nothing_changes(
    qtbot, open_window, answer_dialog, tmp_path
):
    window = open_window()
    bad = tmp_path / "kaputt.json"
    bad.write_text(
        json.dumps(
            {
                "format": "cdo-workshop-session",
                "version": 1,
                "session": {"participants": [{"id": "p1", "name": "X", "group": "boss"}]},
            }
        )
    )
    messages = []

    def read_and_close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    def choose_then_read_message(dialog: QFileDialog) -> None:
        choose_file(bad)(dialog)
        answer_dialog(read_and_close)  # the message box comes after the file dialog

    answer_dialog(choose_then_read_message)
    window.actions_by_name["import"].trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert "Die Sitzungsdatei ist ungültig." in messages[0]
    assert "$.session.participants[0].group" in messages[0]
    assert titles(window) == []
