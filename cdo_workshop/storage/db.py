"""Opening the session database: probe read-only first, then migrate, then write.

A file that is not empty and not ours, is corrupt or comes from a newer app version is
refused before anything writes to it, so it stays byte-for-byte as it was. Ours means:
our application_id in the header, or (files of the first version) a user_version of at
least 1 with our tables. A new or empty file is made private (0600) and migrated before it
is switched to WAL, so a crash while it is set up leaves either nothing or a file of ours.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.storage.errors import DatabaseUnusable
from cdo_workshop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

C = "Storage"
OUR_TABLES = {"sessions", "parts", "items"}
# The sessions table as migration 1 made it: with the tables, how a first-version file
# (no application_id yet) is told from another program's.
FIRST_SESSION_COLUMNS = {"id", "title", "municipality", "created_at", "updated_at", "current_step"}


def open_database(path: Path) -> sqlite_utils.Database:
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        _probe(path)
    elif path.exists():
        _make_private(path)  # an empty file we adopt, e.g. made by `touch`
    else:
        create_private_file(path)
    try:
        db = sqlite_utils.Database(str(path), execute_plugins=False)
    except sqlite3.Error as e:
        raise _unusable(path, str(e)) from None
    try:
        # Another process writing makes us wait up to 5 s for the lock, never fail at once.
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA foreign_keys = ON")
        # Deleted sessions are overwritten in the file, not just unlinked (personal data).
        db.execute("PRAGMA secure_delete = ON")
        migrate(db)
        db.enable_wal()
        # NORMAL under WAL survives process crashes and kills (docs/storage.md).
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as e:
        db.close()  # an open handle would keep the file locked (Windows) until collected
        raise _unusable(path, str(e)) from None
    return db


def create_private_file(path: Path) -> None:
    """Create the file with mode 0600; SQLite gives its -wal and -shm files the same mode."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        _make_private(path)  # made by someone else meanwhile (or empty): private all the same
    except OSError as e:
        raise _unusable(path, e.strerror or str(e)) from None


def _make_private(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError as e:
        raise _unusable(path, e.strerror or str(e)) from None


def _probe(path: Path) -> None:
    real = path.resolve()  # SQLite keeps -wal next to the file a symlink points to
    uri = f"{real.as_uri()}?mode=ro"
    if not Path(f"{real}-wal").exists() or not Path(f"{real}-shm").exists():
        # Read the file alone: a plain read-only connection to a file in WAL mode would
        # create -wal and -shm files next to it and leave them behind. (A -wal without its
        # -shm: the main file must show that it is ours; the log is replayed once it is.)
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as e:
        raise _unusable(path, str(e)) from None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        raise _not_ours(path) from None
    finally:
        conn.close()
    if check != "ok":
        raise DatabaseUnusable(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database {path} is damaged ({detail}). It was left unchanged;"
                    " restore a backup or choose another file.",
                ),
                path=str(path),
                detail=check,
            ),
            path,
        )
    first_version = (
        application_id == 0
        and version >= 1
        and OUR_TABLES <= tables
        and FIRST_SESSION_COLUMNS <= columns
    )
    if application_id != APPLICATION_ID and not first_version:
        if not tables and application_id == 0:
            raise _not_ours(path)
        raise DatabaseUnusable(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The file {path} is an SQLite database of another program. It was left"
                    " unchanged.",
                ),
                path=str(path),
            ),
            path,
        )
    if version > SCHEMA_VERSION:
        raise DatabaseUnusable(
            msg(
                C,
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The database {path} was written by a newer version of CDO Workshop"
                    " (schema {found}, this version knows up to {known}). Please update the app;"
                    " the file was left unchanged.",
                ),
                path=str(path),
                found=version,
                known=SCHEMA_VERSION,
            ),
            path,
        )


def _not_ours(path: Path) -> DatabaseUnusable:
    return DatabaseUnusable(
        msg(
            C,
            QT_TRANSLATE_NOOP(
                "Storage",
                "The file {path} is not a CDO Workshop database or is damaged."
                " It was left unchanged.",
            ),
            path=str(path),
        ),
        path,
    )


def _unusable(path: Path, detail: str) -> DatabaseUnusable:
    return DatabaseUnusable(
        msg(
            C,
            QT_TRANSLATE_NOOP("Storage", "The database {path} cannot be opened: {detail}"),
            path=str(path),
            detail=detail,
        ),
        path,
    )
