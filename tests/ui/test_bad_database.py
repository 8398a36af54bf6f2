"""A corrupt database at start-up: a clear message in German, and the file is not touched."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cdo_workshop.app import create_main_window


def test_corrupt_database_is_reported_and_left_alone(qtbot, db_path, translator, answer_dialog):
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database\x00\xff" * 100
    db_path.write_bytes(garbage)
    window = create_main_window(db_path, translator)
    qtbot.addWidget(window)
    window.show()
    messages = []

    def read(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    answer_dialog(read)
    assert window.start() is False
    assert "keine Datenbank von CDO Workshop" in messages[0]
    assert str(db_path) in messages[0]
    assert db_path.read_bytes() == garbage
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
