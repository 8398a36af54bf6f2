"""The integrity check that runs while the start screen lists the sessions (check_later)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cdo_workshop.domain.model import Session, new_id
from cdo_workshop.storage.errors import DatabaseUnusable
from cdo_workshop.storage.migrations import SCHEMA_VERSION
from cdo_workshop.storage.repository import SessionRepository

PAGE = 4096


def saved(path: Path, sample: Session, copies: int = 5) -> None:
    repository = SessionRepository.open(path)
    for _ in range(copies):
        sample.id = new_id()
        repository.create(sample)
    repository.close()


def damage_a_data_page(path: Path) -> bytes:
    """Garbage over the last page of the file: the header and the schema (page 1) stay
    intact, so only the full check can tell."""
    data = bytearray(path.read_bytes())
    assert len(data) >= 4 * PAGE
    start = len(data) - PAGE
    data[start : start + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_sound_file_lists_at_once_and_opens_once_checked(tmp_path: Path, sample: Session):
    path = tmp_path / "sessions.sqlite3"
    saved(path, sample)
    repository = SessionRepository.open(path, check_later=True)
    try:
        summaries = repository.list()
        assert len(summaries) == 5
        repository.sound()
        assert repository.checked()
        assert repository.load(summaries[0].id).municipality.name == sample.municipality.name
    finally:
        repository.close()


def test_a_damaged_file_is_refused_before_anything_loads_or_writes(tmp_path: Path, sample: Session):
    path = tmp_path / "sessions.sqlite3"
    saved(path, sample, copies=8)
    damaged = damage_a_data_page(path)
    repository = SessionRepository.open(path, check_later=True)  # the probe passes
    try:
        with pytest.raises(DatabaseUnusable) as info:
            repository.sound()
        assert "damaged" in info.value.render()
        with pytest.raises(DatabaseUnusable):
            repository.create(Session(title="neu"))
        with pytest.raises(DatabaseUnusable):
            repository.load(new_id())
    finally:
        repository.close()
    assert path.read_bytes() == damaged
    assert not Path(f"{path}-wal").exists()


def test_a_file_that_needs_a_migration_is_checked_before_it_is_migrated(
    tmp_path: Path, sample: Session
):
    import sqlite3

    path = tmp_path / "sessions.sqlite3"
    saved(path, sample, copies=8)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    damaged = damage_a_data_page(path)
    os.utime(path, ns=(10**18, 10**18))
    with pytest.raises(DatabaseUnusable, match="damaged"):
        SessionRepository.open(path, check_later=True)
    assert path.read_bytes() == damaged
    assert path.stat().st_mtime_ns == 10**18
