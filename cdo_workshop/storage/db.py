"""Opening the session database: probe read-only first, then migrate, then write.

A file that is not ours, is corrupt or comes from a newer app version is refused before
anything writes to it, so it stays byte-for-byte as it was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlite_utils

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.storage.errors import DatabaseUnusable
from cdo_workshop.storage.migrations import SCHEMA_VERSION, migrate

C = "Storage"
OUR_TABLES = {"sessions", "parts", "items"}


def open_database(path: Path) -> sqlite_utils.Database:
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        _probe(path)
    elif not path.exists():
        _create_private_file(path)
    try:
        db = sqlite_utils.Database(str(path), execute_plugins=False)
    except sqlite3.Error as e:
        raise _unusable(path, str(e)) from None
    try:
        db.execute("PRAGMA busy_timeout = 5000")
        db.enable_wal()
        # NORMAL under WAL survives process crashes and kills (tech notes G7).
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        # Deleted sessions are overwritten in the file, not just unlinked (personal data).
        db.execute("PRAGMA secure_delete = ON")
        migrate(db)
    except sqlite3.Error as e:
        db.close()  # an open handle would keep the file locked (Windows) until collected
        raise _unusable(path, str(e)) from None
    return db


def _create_private_file(path: Path) -> None:
    """Create the file with mode 0600; SQLite gives its -wal and -shm files the same mode."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as e:
        raise _unusable(path, e.strerror or str(e)) from None


def _probe(path: Path) -> None:
    real = path.resolve()  # SQLite keeps -wal next to the file a symlink points to
    uri = f"{real.as_uri()}?mode=ro"
    if not Path(f"{real}-wal").exists():
        # Nothing to recover: read the file alone. A plain read-only connection to a file in
        # WAL mode would create -wal and -shm files next to it and leave them behind.
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as e:
        raise _unusable(path, str(e)) from None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        raise DatabaseUnusable(
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
        ) from None
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
    if tables and not OUR_TABLES <= tables:
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
