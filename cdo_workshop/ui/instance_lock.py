"""One window per database: a second one is refused with a message naming the first.

Two windows on one database would each keep the open session in memory and overwrite the
other's edits row by row. The command line may run beside the window (it reads, imports
and exports; SQLite keeps that safe). The lock is a QLockFile next to the database
(`sessions.sqlite3.lock`); a lock left by a killed app is recognised by its dead process
and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.storage.errors import DatabaseUnusable


class InstanceLock:
    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self._lock: QLockFile | None = None

    def acquire(self) -> None:
        """Raises DatabaseUnusable if another CDO Workshop window has the database open."""
        if self._lock is not None:
            return
        self.database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = QLockFile(f"{self.database.resolve()}.lock")
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if lock.tryLock(0):
            self._lock = lock
            return
        info = lock.getLockInfo()  # (pid, host, app), or a bool first in some versions
        info = info[1:] if len(info) == 4 else info
        pid, host = (info[0], info[1]) if len(info) >= 2 else ("?", "?")
        ok = bool(pid)
        raise DatabaseUnusable(
            msg(
                "App",
                QT_TRANSLATE_NOOP(
                    "App",
                    "The sessions in {path} are open in another CDO Workshop window already"
                    " (process {pid} on {host}). Switch to that window, or close it and start"
                    " again. Two windows on one database would overwrite each other's changes.",
                ),
                path=str(self.database),
                pid=pid if ok else "?",
                host=host if ok and host else "?",
            ),
            self.database,
        )

    def release(self) -> None:
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
