"""Copying the session database to another file with SQLite's backup API ("save as").

The copy is made by SQLite from the open connection (never by reading the file, which would
drop this process's locks on it, see storage/files.py), then the open session is written
into the copy as it is in memory, with whatever could not be saved in the old file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.domain.model import Session
from cdo_workshop.storage.db import create_private_file
from cdo_workshop.storage.errors import StorageError
from cdo_workshop.storage.files import is_database_file
from cdo_workshop.storage.repository import SessionRepository


def copy_database(
    repository: SessionRepository, target: Path, session: Session | None
) -> SessionRepository:
    """A repository on `target`, a new file holding every session (and `session` as given)."""
    target = Path(target)
    if is_database_file(target, repository.path) or (target.exists() and target.stat().st_size > 0):
        raise StorageError(
            msg(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "{path} exists already. Choose a new file name for the copy of the"
                    " sessions; existing files are not overwritten.",
                ),
                path=str(target),
            ),
            target,
        )
    create_private_file(target)
    try:
        destination = sqlite3.connect(target)
        try:
            repository.db.conn.backup(destination)
        finally:
            destination.close()
    except sqlite3.Error as e:
        target.unlink(missing_ok=True)
        raise StorageError(
            msg(
                "Storage",
                QT_TRANSLATE_NOOP(
                    "Storage", "The sessions could not be copied to {path}: {detail}"
                ),
                path=str(target),
                detail=str(e),
            ),
            target,
        ) from None
    copy = SessionRepository.open(target)
    if session is not None:
        try:
            copy.save(session)
        except StorageError:
            copy.close()
            raise
    return copy
