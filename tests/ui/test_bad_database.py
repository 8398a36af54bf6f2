"""A corrupt database at start-up: a clear message in German, and the file is not touched."""

from __future__ import annotations

from PySide6.QtCore import Qt
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


def test_one_damaged_session_is_listed_as_such_and_the_others_open(
    qtbot, db_path, open_window, answer_dialog, sample
):
    from cdo_workshop.domain.model import Session
    from cdo_workshop.storage.repository import SessionRepository

    repo = SessionRepository.open(db_path)
    repo.create(sample)
    bad = Session(title="Beschädigt")
    repo.create(bad)
    repo.db.execute("UPDATE sessions SET updated_at = 'yesterday' WHERE id = ?", [bad.id])
    repo.db.conn.commit()
    repo.close()

    window = open_window()
    model = window.start_page.model
    rows = {r.id: i for i, r in enumerate(model.rows)}
    assert set(rows) == {sample.id, bad.id}
    damaged = model.index(rows[bad.id], 4)
    assert damaged.data() == "beschädigt: lässt sich nicht öffnen"
    assert "kann nicht gelesen werden" in damaged.data(Qt.ItemDataRole.ToolTipRole)
    messages = []

    def read(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    answer_dialog(read)
    window.open_session(bad.id)
    qtbot.waitUntil(lambda: bool(messages))
    assert bad.id in messages[0] and window.stack.currentWidget() is window.start_page
    window.open_session(sample.id)
    assert window.controller.session.municipality.name == "Musterstadt"


def test_a_file_damaged_inside_is_refused_after_the_list_showed(
    qtbot, db_path, translator, answer_dialog, sample
):
    """The full check runs while the list shows (storage.db.IntegrityCheck): a file whose
    header and schema are intact but whose data pages are not is refused all the same, the
    list is emptied and the file keeps every byte."""
    from cdo_workshop.domain.model import new_id
    from cdo_workshop.storage.repository import SessionRepository

    db_path.parent.mkdir(parents=True)
    repo = SessionRepository.open(db_path)
    for _ in range(8):
        sample.id = new_id()
        repo.create(sample)
    repo.close()
    data = bytearray(db_path.read_bytes())
    data[len(data) - 4096 : len(data) - 3896] = b"\xa5" * 200
    db_path.write_bytes(bytes(data))

    window = create_main_window(db_path, translator)
    qtbot.addWidget(window)
    window.show()
    messages = []

    def read(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    answer_dialog(read)
    with qtbot.waitSignal(window.database_refused, timeout=10_000):  # the app quits then
        assert window.start() is True  # listed at once; the check goes on meanwhile
    qtbot.waitUntil(lambda: bool(messages))
    assert "ist beschädigt" in messages[0] and str(db_path) in messages[0]
    assert window.start_page.model.rowCount() == 0
    assert db_path.read_bytes() == bytes(data)
