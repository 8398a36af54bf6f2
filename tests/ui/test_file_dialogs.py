"""File dialogs never start in the data folder and never read a file to tell its type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo

from cdo_workshop.paths import data_dir
from cdo_workshop.settings import settings
from cdo_workshop.ui.file_dialogs import LAST_FOLDER, NameOnlyIconProvider, start_folder


def test_the_start_folder_is_never_the_data_or_database_folder(qapp, hermetic_home, tmp_path):
    documents = hermetic_home / "Documents"
    documents.mkdir()
    database = tmp_path / "db" / "sessions.sqlite3"
    database.parent.mkdir()
    data_dir().mkdir(parents=True, exist_ok=True)
    for remembered in (data_dir(), database.parent, data_dir() / "certificates"):
        remembered.mkdir(parents=True, exist_ok=True)
        settings().setValue(LAST_FOLDER, str(remembered))
        assert start_folder(database) == documents
    other = tmp_path / "Vorlagen"
    other.mkdir()
    settings().setValue(LAST_FOLDER, str(other))
    assert start_folder(database) == other  # the last documents folder otherwise


def test_types_come_from_names_alone(translator, tmp_path: Path):
    """(That Qt's own provider reads files, and ours does not, is checked from outside by
    the locks in test_database_survives.py.)"""
    wal = tmp_path / "workshop.db-wal"
    wal.write_bytes(b"SQLite format 3\x00")
    provider = NameOnlyIconProvider()
    assert provider.type(QFileInfo(str(tmp_path / "workshop.db"))) == "DB-Datei"
    assert provider.type(QFileInfo(str(wal))) == "DB-WAL-Datei"  # by its name, not its bytes
    assert provider.type(QFileInfo(str(tmp_path))) == "Ordner"
    assert not provider.icon(QFileInfo(str(wal))).isNull()
