"""Opening the session database: probe read-only first, then migrate, then write.

A file that is not empty and not ours, is corrupt or comes from a newer app version is
refused before anything writes to it, so it stays byte-for-byte as it was. Ours means:
our application_id in the header, or (files of the first version) a user_version of at
least 1 with our tables. A new or empty file is made private (0600) and migrated before it
is switched to WAL, so a crash while it is set up leaves either nothing or a file of ours.

The start screen lists sessions straight after opening, so `open_connection` needs only
the standard library's sqlite3: sqlite-utils (about 0.1 s to import) is loaded when a
migration runs or the repository first writes or loads a session.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.storage.errors import DatabaseUnusable
from cdo_workshop.storage.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

if TYPE_CHECKING:
    import sqlite_utils

C = "Storage"
OUR_TABLES = {"sessions", "parts", "items"}
# The sessions table as migration 1 made it: with the tables, how a first-version file
# (no application_id yet) is told from another program's.
FIRST_SESSION_COLUMNS = {"id", "title", "municipality", "created_at", "updated_at", "current_step"}


def open_database(path: Path) -> sqlite_utils.Database:
    """The database as sqlite-utils sees it (migrations and tests use this)."""
    return wrap(open_connection(path)[0])


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def open_connection(
    path: Path, check_later: bool = False
) -> tuple[sqlite3.Connection, IntegrityCheck | None]:
    """The connection, and the integrity check still running if `check_later` and the file
    needs no migration (otherwise the file was checked before anything wrote to it)."""
    path = Path(path)
    check: IntegrityCheck | None = None
    if path.exists() and path.stat().st_size > 0:
        _probe(path, check=not check_later)
        if check_later and not _current(path):
            IntegrityCheck(path).result()  # a migration writes: check first
        elif check_later:
            check = IntegrityCheck(path)
    elif path.exists():
        _make_private(path)  # an empty file we adopt, e.g. made by `touch`
    else:
        create_private_file(path)
    try:
        conn = sqlite3.connect(str(path))
    except sqlite3.Error as e:
        raise _unusable(path, str(e)) from None
    try:
        # Another process writing makes us wait up to 5 s for the lock, never fail at once.
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted sessions are overwritten in the file, not just unlinked (personal data).
        conn.execute("PRAGMA secure_delete = ON")
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA_VERSION:
            migrate(wrap(conn))  # checks the version again under the write lock
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        # NORMAL under WAL survives process crashes and kills (docs/storage.md).
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as e:
        conn.close()  # an open handle would keep the file locked (Windows) until collected
        raise _unusable(path, str(e)) from None
    return conn, check


def _current(path: Path) -> bool:
    """Of this schema version and in WAL mode already: opening it writes nothing. Read from
    the file's header (sqlite.org/fileformat.html: bytes 18-19 are 2 in WAL mode, bytes
    60-63 the user_version), since a read-only connection reports the mode as "delete"."""
    try:
        with open(path, "rb") as file:
            header = file.read(100)
    except OSError:
        return False
    wal = header[18:20] == b"\x02\x02"
    return wal and int.from_bytes(header[60:64], "big") == SCHEMA_VERSION


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


def _read_only_uri(path: Path) -> str:
    real = path.resolve()  # SQLite keeps -wal next to the file a symlink points to
    uri = f"{real.as_uri()}?mode=ro"
    if not Path(f"{real}-wal").exists() or not Path(f"{real}-shm").exists():
        # Read the file alone: a plain read-only connection to a file in WAL mode would
        # create -wal and -shm files next to it and leave them behind. (A -wal without its
        # -shm: the main file must show that it is ours; the log is replayed once it is.)
        uri += "&immutable=1"
    return uri


def _probe(path: Path, check: bool = True) -> None:
    try:
        conn = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as e:
        raise _unusable(path, str(e)) from None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
        if check:
            _raise_if_damaged(path, conn)
    except sqlite3.DatabaseError:
        raise _not_ours(path) from None
    finally:
        conn.close()
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


def _raise_if_damaged(path: Path, conn: sqlite3.Connection) -> None:
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as e:  # "database disk image is malformed"
        check = str(e)
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


class IntegrityCheck:
    """`PRAGMA quick_check` of a file of ours in a thread of its own.

    It reads the whole file (about 75 ms for 1,000 sessions) and sqlite3 releases the GIL
    meanwhile, so the start screen lists the sessions while it runs; the repository waits
    for it before its first load or write (`SessionRepository.sound`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: DatabaseUnusable | None = None
        self._thread = threading.Thread(target=self._run, name="quick_check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(_read_only_uri(self.path), uri=True)
            try:
                _raise_if_damaged(self.path, conn)
            finally:
                conn.close()
        except DatabaseUnusable as e:
            self.problem = e
        except sqlite3.Error as e:
            self.problem = _unusable(self.path, str(e))

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> None:
        """Wait for the check; raises DatabaseUnusable if the file is damaged."""
        self._thread.join()
        if self.problem is not None:
            raise self.problem


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
