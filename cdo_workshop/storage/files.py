"""Reading and writing the user's documents, never the session database behind SQLite.

Opening and closing the database file outside SQLite (reading it as an "import", writing
an export over it) drops every POSIX lock this process holds on it; another process may
then checkpoint and delete the -wal file the app still writes into (docs/storage.md).
So every document read or written here is first compared with the database's files by
`stat`, which does not open them.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.storage.errors import StorageError

SIDE_FILES = ("", "-wal", "-shm", "-journal")


def database_files(database: Path) -> list[Path]:
    return [Path(f"{database}{suffix}") for suffix in SIDE_FILES]


def is_database_file(path: Path, database: Path | None) -> bool:
    """Whether `path` is the database or one of its side files (same file, not same name)."""
    if database is None:
        return False
    try:
        target = os.stat(path)
    except OSError:
        target = None
    for candidate in database_files(database):
        if Path(os.path.abspath(path)) == Path(os.path.abspath(candidate)):
            return True
        try:
            st = os.stat(candidate)
        except OSError:
            continue
        if target is not None and (st.st_dev, st.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


def _refuse(path: Path) -> StorageError:
    return StorageError(
        msg(
            "Storage",
            QT_TRANSLATE_NOOP(
                "Storage",
                "{path} is the database in which CDO Workshop keeps the sessions. Choose"
                " another file; the database was left untouched.",
            ),
            path=str(path),
        ),
        path,
    )


def read_document(path: Path, database: Path | None) -> bytes:
    """A file the user chose to import or check; refused if it is the open database."""
    if is_database_file(path, database):
        raise _refuse(path)
    return Path(path).read_bytes()


def write_document(path: Path, data: bytes, database: Path | None) -> None:
    """Write an export; refused over the database (it would replace it)."""
    if is_database_file(path, database):
        raise _refuse(path)
    write_atomically(path, data)


def write_atomically(path: Path, data: bytes) -> None:
    """A crash never leaves half a file under the final name."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
