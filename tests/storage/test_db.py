"""Opening the database file: created private, WAL, migrated; anything else refused untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cdo_workshop.domain.model import Session
from cdo_workshop.paths import DB_ENV, database_path
from cdo_workshop.storage.db import open_database
from cdo_workshop.storage.errors import DatabaseUnusable
from cdo_workshop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION, user_version
from cdo_workshop.storage.repository import SessionRepository

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
SIDE_FILES = ("-wal", "-shm", "-journal")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_new_database_and_its_side_files_are_private(
    db_path: Path, repo: SessionRepository, sample: Session
) -> None:
    repo.create(sample)
    assert mode(db_path) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_path}{suffix}")
        assert side.exists(), suffix
        assert mode(side) == 0o600, suffix
    assert mode(db_path.parent) == 0o700


@posix_only
def test_database_is_private_even_with_a_permissive_umask(db_path: Path) -> None:
    old = os.umask(0)
    try:
        open_database(db_path).close()
    finally:
        os.umask(old)
    assert mode(db_path) == 0o600


def test_new_database_uses_wal_and_the_current_schema(repo: SessionRepository) -> None:
    assert repo.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert repo.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert user_version(repo.db) == SCHEMA_VERSION
    assert repo.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert repo.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"sessions", "parts", "items"} <= set(repo.db.table_names())


def test_an_empty_file_is_accepted_and_initialised(db_path: Path, sample: Session) -> None:
    db_path.parent.mkdir()
    db_path.touch(mode=0o644)
    repository = SessionRepository.open(db_path)
    if sys.platform != "win32":
        assert mode(db_path) == 0o600  # an adopted file is private as well
    try:
        assert user_version(repository.db) == SCHEMA_VERSION
        assert repository.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        repository.create(sample)
        assert repository.load(sample.id) == sample
    finally:
        repository.close()


# -- which file ---------------------------------------------------------------------------


def test_database_path_argument_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.sqlite3"))
    assert database_path(tmp_path / "arg.sqlite3") == tmp_path / "arg.sqlite3"
    assert database_path(str(tmp_path / "arg.sqlite3")) == tmp_path / "arg.sqlite3"


def test_database_path_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.sqlite3"))
    assert database_path() == tmp_path / "env.sqlite3"
    assert database_path(None) == tmp_path / "env.sqlite3"
    assert database_path("") == tmp_path / "env.sqlite3"


def test_database_path_expands_the_home_directory(hermetic_home: Path) -> None:
    assert database_path("~/workshops.sqlite3") == hermetic_home / "workshops.sqlite3"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG data directory")
def test_database_path_defaults_to_the_data_directory(
    monkeypatch: pytest.MonkeyPatch, hermetic_home: Path
) -> None:
    monkeypatch.setenv(DB_ENV, "")
    expected = hermetic_home / "data" / "cdo-workshop" / "sessions.sqlite3"
    assert database_path() == expected
    repository = SessionRepository.open(database_path())
    repository.close()
    assert expected.is_file()


# -- refused files --------------------------------------------------------------------------


def real_database(path: Path, sample: Session) -> bytes:
    repository = SessionRepository.open(path)
    repository.create(sample)
    repository.close()
    return path.read_bytes()


def write_random(path: Path, sample: Session) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def write_text(path: Path, sample: Session) -> None:
    path.write_text("Sitzungen der Gemeinde\nNicht löschen!\n", encoding="utf-8")


def write_truncated(path: Path, sample: Session) -> None:
    data = real_database(path.with_name("real.sqlite3"), sample)
    path.write_bytes(data[: len(data) // 2])


def write_newer(path: Path, sample: Session) -> None:
    real_database(path, sample)
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()


def write_foreign(path: Path, sample: Session) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO moz_bookmarks (title) VALUES ('Gemeinde')")
    conn.close()


def write_blank(path: Path, sample: Session) -> None:
    """An SQLite file with no tables (a header only): not empty, and not ours."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("DROP TABLE t")
    conn.close()
    assert path.stat().st_size > 0


def write_lookalike(path: Path, sample: Session) -> None:
    """Another program's file with tables named like ours and its own application id."""
    with sqlite3.connect(path) as conn:
        for table in ("sessions", "parts", "items"):
            conn.execute(f"CREATE TABLE {table} (id TEXT)")
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("PRAGMA user_version = 2")
    conn.close()


def write_generic_names(path: Path, sample: Session) -> None:
    """A versioned file with tables called sessions, parts, items that are not ours."""
    with sqlite3.connect(path) as conn:
        for table in ("sessions", "parts", "items"):
            conn.execute(f"CREATE TABLE {table} (id TEXT, payload BLOB)")
        conn.execute("PRAGMA user_version = 3")
    conn.close()


def write_unversioned(path: Path, sample: Session) -> None:
    """Our table names, but no version and no application id: never adopted."""
    with sqlite3.connect(path) as conn:
        for table in ("sessions", "parts", "items", "settings"):
            conn.execute(f"CREATE TABLE {table} (id TEXT)")
    conn.close()


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (write_blank, "is not a CDO Workshop database or is damaged"),
        (write_lookalike, "is an SQLite database of another program"),
        (write_unversioned, "is an SQLite database of another program"),
        (write_generic_names, "is an SQLite database of another program"),
        (write_random, "is not a CDO Workshop database or is damaged"),
        (write_text, "is not a CDO Workshop database or is damaged"),
        (write_truncated, "damaged"),
        (write_newer, "was written by a newer version of CDO Workshop"),
        (write_foreign, "is an SQLite database of another program"),
    ],
    ids=[
        "blank-sqlite",
        "lookalike",
        "unversioned",
        "generic-names",
        "random-bytes",
        "text",
        "truncated",
        "newer-version",
        "other-program",
    ],
)
def test_unusable_file_is_refused_and_left_byte_for_byte_untouched(
    tmp_path: Path, sample: Session, make: Callable[[Path, Session], None], says: str
) -> None:
    path = tmp_path / "Sitzungen (alt).sqlite3"
    make(path, sample)
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(tmp_path))

    with pytest.raises(DatabaseUnusable) as info:
        SessionRepository.open(path)

    after = path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(tmp_path))
    assert after == before
    for suffix in SIDE_FILES:
        assert not Path(f"{path}{suffix}").exists(), suffix
    message = info.value.render()
    assert str(path) in message
    assert says in message
    assert info.value.path == path


def test_newer_version_message_names_both_versions(tmp_path: Path, sample: Session) -> None:
    path = tmp_path / "newer.sqlite3"
    write_newer(path, sample)
    with pytest.raises(DatabaseUnusable) as info:
        open_database(path)
    assert info.value.message.args["found"] == SCHEMA_VERSION + 1
    assert info.value.message.args["known"] == SCHEMA_VERSION


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnusable) as info:
        open_database(tmp_path)
    assert str(tmp_path) in info.value.render()


def test_a_copy_of_a_good_database_opens(tmp_path: Path, sample: Session) -> None:
    real_database(tmp_path / "a.sqlite3", sample)
    shutil.copy(tmp_path / "a.sqlite3", tmp_path / "b.sqlite3")
    repository = SessionRepository.open(tmp_path / "b.sqlite3")
    try:
        assert repository.load(sample.id) == sample
    finally:
        repository.close()


def test_a_foreign_file_with_a_log_but_no_index_gets_no_index(tmp_path: Path) -> None:
    """Probing reads the file alone: no -shm appears beside another program's database."""
    path = tmp_path / "fremd.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    Path(f"{path}-wal").write_bytes(b"")
    Path(f"{path}-shm").unlink(missing_ok=True)
    before = sorted(os.listdir(tmp_path)), path.read_bytes()
    with pytest.raises(DatabaseUnusable):
        SessionRepository.open(path)
    assert (sorted(os.listdir(tmp_path)), path.read_bytes()) == before
