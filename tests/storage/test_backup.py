"""Save as: every session copied by SQLite's backup API, the open one as it is in memory."""

from __future__ import annotations

import copy
import os
import stat
from pathlib import Path

import pytest

from cdo_workshop.domain.model import Session
from cdo_workshop.storage.backup import copy_database
from cdo_workshop.storage.errors import StorageError
from cdo_workshop.storage.repository import SessionRepository


def test_copy_holds_every_session_and_the_unsaved_state(
    repo: SessionRepository, sample: Session, tmp_path: Path
) -> None:
    other = Session(title="Andere")
    repo.create(other)
    repo.create(sample)
    open_one = copy.deepcopy(sample)
    open_one.municipality.name = "Nur im Speicher"  # what could not be saved in the old file
    target = tmp_path / "usb" / "sitzungen.sqlite3"
    target.parent.mkdir()
    copied = copy_database(repo, target, open_one)
    try:
        assert {s.id for s in copied.list()} == {other.id, sample.id}
        assert copied.load(sample.id).municipality.name == "Nur im Speicher"
        assert copied.load(other.id).title == "Andere"
    finally:
        copied.close()
    assert repo.load(sample.id).municipality.name == "Musterstadt"  # the old file as it was
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_existing_file_is_never_overwritten(
    repo: SessionRepository, tmp_path: Path, db_path: Path
) -> None:
    existing = tmp_path / "wichtig.sqlite3"
    existing.write_bytes(b"something else")
    with pytest.raises(StorageError):
        copy_database(repo, existing, None)
    assert existing.read_bytes() == b"something else"
    with pytest.raises(StorageError):
        copy_database(repo, db_path, None)  # not onto itself either
