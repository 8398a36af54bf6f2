"""Documents are read and written beside the database, never over or out of it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cdo_workshop.domain.model import Session
from cdo_workshop.storage.errors import StorageError
from cdo_workshop.storage.files import is_database_file, read_document, write_document
from cdo_workshop.storage.repository import SessionRepository


@pytest.fixture
def stored(repo: SessionRepository, sample: Session) -> SessionRepository:
    repo.create(sample)
    return repo


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_database_and_its_side_files_are_refused(
    stored: SessionRepository, db_path: Path, suffix: str
) -> None:
    target = Path(f"{db_path}{suffix}")
    before = target.read_bytes() if suffix == "" else None
    with pytest.raises(StorageError) as info:
        read_document(target, db_path)
    assert "database" in info.value.render()
    with pytest.raises(StorageError):
        write_document(target, b"{}", db_path)
    if before is not None:
        assert target.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_another_name_for_the_database_is_refused(
    stored: SessionRepository, db_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "export.json"
    link.symlink_to(db_path)
    assert is_database_file(link, db_path)
    with pytest.raises(StorageError):
        write_document(link, b"{}", db_path)
    hard = tmp_path / "hard.sqlite3"
    os.link(db_path, hard)
    assert is_database_file(hard, db_path)


def test_other_files_are_read_and_written(tmp_path: Path, db_path: Path) -> None:
    document = tmp_path / "sitzung.json"
    write_document(document, b'{"a": 1}', db_path)
    assert read_document(document, db_path) == b'{"a": 1}'
    assert not is_database_file(document, db_path)
    assert not is_database_file(document, None)
