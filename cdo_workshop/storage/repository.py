"""SessionRepository: maps sessions to rows and saves one change at a time.

A session is a `sessions` row (what the list shows), one `parts` row per singleton part
(header, municipality, placement, agreement, progress) and one `items` row per item of a
collection. An edit rewrites only the row it touched plus the session's timestamp, in one
transaction, so autosave stays cheap however large the session grows.
"""

from __future__ import annotations

import builtins
import contextlib
import copy
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdo_workshop.domain.codec import DecodeError, decode, encode
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, Message, msg
from cdo_workshop.domain.steps import STEP_KEYS
from cdo_workshop.storage.db import IntegrityCheck, open_connection, wrap
from cdo_workshop.storage.errors import SessionNotFound, StorageError

# Opening the database and listing the sessions need no domain model: the start screen
# lists them before the model's dataclasses (about 60 ms to import) have loaded, so the
# methods that read or write a session import model and edits themselves.
if TYPE_CHECKING:
    import sqlite_utils

    from cdo_workshop.domain.edits import ChangeSet, Collection, Part
    from cdo_workshop.domain.model import Session
    from cdo_workshop.domain.templates import OwnTemplate

C = "Storage"


@dataclass(frozen=True)
class SessionSummary:
    id: str
    title: str
    municipality: str
    workshop_date: date | None
    created_at: datetime
    updated_at: datetime
    step_reached: int  # 1..9
    problem: Message | None = None  # the row is damaged: listed, but it cannot be opened

    def readable(self) -> bool:
        return self.problem is None


def step_reached(session: Session) -> int:
    keys = [session.progress.current_step, *session.progress.completed_steps]
    return max((STEP_KEYS.index(k) + 1 for k in keys if k in STEP_KEYS), default=1)


def _dumps(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


class SessionRepository:
    """Every write is one `BEGIN IMMEDIATE` transaction (see `_writing`)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None = None,
        check: IntegrityCheck | None = None,
    ) -> None:
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self._check = check  # still running: waited for before the first load or write
        self.path = path
        # SQLite keeps -wal beside the file a symbolic link points to.
        self._wal_path = f"{Path(path).resolve()}-wal" if path is not None else None
        self._wal: tuple[int, int] | None = None  # (device, inode) of our -wal file
        self._lost = False  # the connection was closed after a lost -wal, not reopened yet

    @classmethod
    def open(cls, path: Path, check_later: bool = False) -> SessionRepository:
        """`check_later`: the file's integrity check runs while the sessions are listed
        (storage.db.IntegrityCheck); `sound` says how it ended."""
        conn, check = open_connection(path, check_later)
        return cls(conn, Path(path), check)

    def checked(self) -> bool:
        """The integrity check has ended (or there was none to wait for)."""
        return self._check is None or self._check.done()

    def sound(self) -> None:
        """Waits for the integrity check; raises DatabaseUnusable for a damaged file, so
        nothing loads from it or writes to it."""
        if self._check is not None:
            self._check.result()
            self._check = None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, from the first load or write on: listing
        the sessions needs only sqlite3, so the start screen does not wait for the import."""
        if self._db is None:
            self._db = wrap(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def set_busy_timeout(self, milliseconds: int) -> None:
        """How long a write waits for another process's write lock before it fails."""
        with contextlib.suppress(sqlite3.Error):  # a lost connection: the next write says so
            self.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")

    # -- whole sessions ---------------------------------------------------------------

    def create(self, session: Session) -> None:
        with self._writing():
            self.db.table("sessions").insert(self._session_row(session))
            self._write_all(session)

    def add(self, session: Session) -> str:
        """Store an imported session; it gets a new id if its own is taken here already."""
        from cdo_workshop.domain.model import new_id

        if self.exists(session.id):
            session.id = new_id()
        self.create(session)
        return session.id

    def save(self, session: Session) -> None:
        """Rewrite a whole session (after a lost -wal file, "save as"); edits use `persist`."""
        with self._writing():
            self._rewrite(session)

    def _rewrite(self, session: Session) -> None:
        if not self.exists(session.id):
            self.db.table("sessions").insert(self._session_row(session))
        self.db.execute("DELETE FROM items WHERE session_id = ?", [session.id])
        self.db.execute("DELETE FROM parts WHERE session_id = ?", [session.id])
        self._write_all(session)
        self._touch(session)

    def load(self, session_id: str) -> Session:
        """A saved session; one of an earlier method is upgraded (domain.upgrade) and the
        upgrade saved, so every reader sees the same areas and what was assumed."""
        try:
            session = self._load(session_id)
            self._upgrade(session)
            return session
        except sqlite3.Error as e:
            raise StorageError(
                msg(
                    "Storage",
                    QT_TRANSLATE_NOOP(
                        "Storage", "The saved session {id} cannot be read ({detail})."
                    ),
                    id=session_id,
                    detail=str(e),
                )
            ) from None

    def _load(self, session_id: str) -> Session:
        from sqlite_utils.db import NotFoundError

        from cdo_workshop.domain.edits import ITEM_TYPES, PART_TYPES, Collection, Part, items_of
        from cdo_workshop.domain.model import HEADER_FIELDS, Session

        self.sound()
        try:
            row = self.db.table("sessions").get(session_id)
        except NotFoundError:
            raise self._not_found(session_id) from None
        try:
            session = Session(id=session_id)
            for part in self.db.query(
                "SELECT name, data FROM parts WHERE session_id = ?", [session_id]
            ):
                name, data = Part(part["name"]), json.loads(part["data"])
                if name == Part.HEADER:
                    header = decode(Session, {**data, "id": session_id})
                    for field_name in HEADER_FIELDS:
                        setattr(session, field_name, getattr(header, field_name))
                else:
                    setattr(session, name.value, decode(PART_TYPES[name], data))
            for item in self.db.query(
                "SELECT collection, data FROM items WHERE session_id = ?"
                " ORDER BY collection, position",
                [session_id],
            ):
                collection = Collection(item["collection"])
                items_of(session, collection).append(
                    decode(ITEM_TYPES[collection], json.loads(item["data"]))
                )
            session.progress.updated_at = _timestamp(row["updated_at"])
        except (DecodeError, KeyError, ValueError, TypeError, RecursionError) as e:
            raise _unreadable(session_id, str(e)[:200]) from None
        return session

    def _upgrade(self, session: Session) -> None:
        from cdo_workshop.domain.catalog import shipped_catalog
        from cdo_workshop.domain.edits import apply_edits
        from cdo_workshop.domain.upgrade import needs_upgrade, upgrade

        if not needs_upgrade(session):
            return
        _, changes = apply_edits(session, upgrade(session, shipped_catalog()))
        try:
            self.persist(session, changes)
        except StorageError:
            pass  # read-only or full: upgraded in memory, and again next time (idempotent)

    def exists(self, session_id: str) -> bool:
        return bool(
            self.conn.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone()
        )

    def list(self) -> list[SessionSummary]:
        """All sessions, newest first; a damaged row is listed with its problem, not raised."""
        try:
            rows = self.conn.execute(
                f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM sessions ORDER BY updated_at DESC, title"
            ).fetchall()
        except sqlite3.Error as e:
            raise StorageError(
                msg(
                    C,
                    QT_TRANSLATE_NOOP("Storage", "The list of sessions cannot be read ({detail})."),
                    detail=str(e),
                )
            ) from None
        return [_summary(r) for r in rows]

    def duplicate(self, session_id: str, title: str) -> str:
        from cdo_workshop.domain.lifecycle import fresh_agreement
        from cdo_workshop.domain.model import new_id, now

        session = copy.deepcopy(self.load(session_id))
        session.id = new_id()
        session.title = title
        # a copy is a new draft: nobody has signed it, nothing of it is final or done
        session.agreement = fresh_agreement(session.agreement)
        session.progress.completed_steps = []
        session.progress.current_step = "framing"
        session.progress.created_at = session.progress.updated_at = now()
        self.create(session)
        return session.id

    def rename(self, session_id: str, title: str) -> None:
        from cdo_workshop.domain.edits import ChangeSet, Part

        session = self.load(session_id)
        session.title = title
        self.persist(session, ChangeSet.of(Part.HEADER))

    def delete(self, session_id: str) -> None:
        """Remove every row of the session; secure_delete and a checkpoint leave no trace."""
        with self._writing():
            self._require(session_id)
            self.db.execute("DELETE FROM items WHERE session_id = ?", [session_id])
            self.db.execute("DELETE FROM parts WHERE session_id = ?", [session_id])
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- edits: what autosave calls per undo step -----------------------------------------

    def persist(self, session: Session, changes: ChangeSet) -> None:
        """Write the rows `changes` names, as they are in `session` now, in one transaction.

        Items named in `changes.items` that are no longer in the session are deleted; the
        positions of reordered collections are rewritten. Written only for the touched
        rows, so an autosave stays cheap however large the session grows.
        """
        from cdo_workshop.domain.edits import Part, items_of

        with self._writing(session):
            self._require(session.id)
            for part in sorted(changes.parts):
                self._write_part(session, part)
            for collection, ids in sorted(changes.items.items()):
                items = items_of(session, collection)
                positions = {item.id: i for i, item in enumerate(items)}
                for item_id in sorted(ids):
                    if item_id in positions:
                        self._write_item(
                            session, collection, items[positions[item_id]], positions[item_id]
                        )
                    else:
                        self.db.execute(
                            "DELETE FROM items WHERE session_id = ? AND collection = ? AND id = ?",
                            [session.id, collection.value, item_id],
                        )
            for collection in sorted(changes.reordered):
                self._write_positions(session, collection)
            # Timers and poker alone do not make a session "changed" in the list.
            self._touch(session, changed=not changes.only(Part.ROOM))

    # -- own templates ------------------------------------------------------------------

    def save_template(self, template: OwnTemplate) -> None:
        from cdo_workshop.domain.model import now

        with self._writing():
            self.db.table("templates").upsert(
                {
                    "id": template.id,
                    "name": template.name,
                    "created_at": now().isoformat(),
                    "data": _dumps(template),
                },
                pk="id",
            )

    def list_templates(self) -> builtins.list[OwnTemplate]:
        from cdo_workshop.domain.templates import OwnTemplate as own_template  # noqa: N813

        self.sound()
        try:
            return [
                decode(own_template, json.loads(row["data"]))
                for row in self.db.query("SELECT data FROM templates ORDER BY name")
            ]
        except (sqlite3.Error, DecodeError, ValueError) as e:
            raise StorageError(
                msg(
                    "Storage",
                    QT_TRANSLATE_NOOP("Storage", "The saved templates cannot be read ({detail})."),
                    detail=str(e),
                )
            ) from None

    def delete_template(self, template_id: str) -> None:
        with self._writing():
            self.db.execute("DELETE FROM templates WHERE id = ?", [template_id])

    # -- internals ----------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self, session: Session | None = None) -> Iterator[None]:
        """One `BEGIN IMMEDIATE` transaction; SQLite failures become a StorageError.

        IMMEDIATE takes the write lock first, so another process writing at the same time
        makes this one wait (busy_timeout) instead of failing with "database is locked", as
        a deferred BEGIN does when it read before it writes. Several sqlite-utils calls in
        one block are atomic only inside such a transaction (docs/storage.md).
        """
        self.sound()
        if self._lost:
            self._reconnect()  # a reconnect that failed before is tried with each write
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as e:
            raise _write_failed(e) from None
        self._check_wal(session)

    def _reconnect(self) -> None:
        assert self.path is not None
        self._lost = True
        self.conn = open_connection(self.path)[0]  # StorageError: the write stays pending
        self._db = None
        self._lost = False
        self._wal = None

    def _check_wal(self, session: Session | None) -> None:
        """Notice when our -wal file was deleted or replaced under us, and recover.

        That happens when something in this process opened and closed the database file
        outside SQLite (which drops all of the process's POSIX locks on it) and another
        process then closed the database as if it were the last user. Commits since then
        went into a deleted file: reconnect and write the open session again.
        """
        if self.path is None or self._wal_path is None:
            return
        try:
            st = os.stat(self._wal_path)
            current: tuple[int, int] | None = (st.st_dev, st.st_ino)
        except FileNotFoundError:
            current = None
        if self._wal is None or current == self._wal:
            self._wal = current
            return
        self.conn.close()  # as the last user, this checkpoints the lost frames if it can
        self._reconnect()
        if session is not None:
            with self._writing():
                self._rewrite(session)
        else:
            raise StorageError(
                msg(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Storage",
                        "The database file was changed by another program while it was open."
                        " Please repeat the last action.",
                    ),
                )
            )

    def _require(self, session_id: str) -> None:
        if not self.exists(session_id):
            raise self._not_found(session_id)

    @staticmethod
    def _not_found(session_id: str) -> SessionNotFound:
        return SessionNotFound(
            msg(
                C,
                QT_TRANSLATE_NOOP("Storage", "There is no session with the id {id}."),
                id=session_id,
            )
        )

    def _session_row(self, session: Session) -> dict[str, Any]:
        return {
            "id": session.id,
            "title": session.title,
            "municipality": session.municipality.name,
            # UTC, so that the text sorts in time order whatever offset an import carried.
            "created_at": session.progress.created_at.astimezone(UTC).isoformat(),
            "updated_at": session.progress.updated_at.astimezone(UTC).isoformat(),
            "current_step": session.progress.current_step,
            "workshop_date": session.workshop_date.isoformat() if session.workshop_date else None,
            "step_reached": step_reached(session),
        }

    def _touch(self, session: Session, changed: bool = True) -> None:
        """The session list's columns; `changed` also moves the "last changed" time."""
        from cdo_workshop.domain.model import now

        if changed:
            session.progress.updated_at = max(now(), session.progress.updated_at)
        row = self._session_row(session)
        self.db.execute(
            "UPDATE sessions SET title = ?, municipality = ?, updated_at = ?, current_step = ?,"
            " workshop_date = ?, step_reached = ? WHERE id = ?",
            [
                row["title"],
                row["municipality"],
                row["updated_at"],
                row["current_step"],
                row["workshop_date"],
                row["step_reached"],
                session.id,
            ],
        )

    def _write_all(self, session: Session) -> None:
        from cdo_workshop.domain.edits import Collection, Part, items_of

        for part in Part:
            self._write_part(session, part)
        rows = [
            {
                "session_id": session.id,
                "collection": collection.value,
                "id": item.id,
                "position": i,
                "data": _dumps(item),
            }
            for collection in Collection
            for i, item in enumerate(items_of(session, collection))
        ]
        if rows:
            self.db.table("items").insert_all(rows)

    def _write_part(self, session: Session, part: Part) -> None:
        from cdo_workshop.domain.edits import Part
        from cdo_workshop.domain.model import HEADER_FIELDS

        if part == Part.HEADER:
            value: Any = {name: encode(getattr(session, name)) for name in HEADER_FIELDS}
        elif part == Part.AGREEMENT:  # its signatories are items of their own
            value = {k: v for k, v in encode(session.agreement).items() if k != "signatories"}
        else:
            value = getattr(session, part.value)
        self.db.execute(
            "INSERT INTO parts (session_id, name, data) VALUES (?, ?, ?)"
            " ON CONFLICT (session_id, name) DO UPDATE SET data = excluded.data",
            [session.id, part.value, _dumps(value)],
        )

    def _write_item(
        self, session: Session, collection: Collection, item: Any, position: int
    ) -> None:
        # Plain SQL on the hot path: sqlite-utils' upsert looks up the schema on every
        # call, which made one autosave about ten times slower.
        self.db.execute(
            "INSERT INTO items (session_id, collection, id, position, data)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, collection, id)"
            " DO UPDATE SET position = excluded.position, data = excluded.data",
            [session.id, collection.value, item.id, position, _dumps(item)],
        )

    def _write_positions(self, session: Session, collection: Collection) -> None:
        from cdo_workshop.domain.edits import items_of

        self.conn.executemany(
            "UPDATE items SET position = ? WHERE session_id = ? AND collection = ? AND id = ?",
            [
                (i, session.id, collection.value, item.id)
                for i, item in enumerate(items_of(session, collection))
            ],
        )


def _timestamp(text: Any) -> datetime:
    value = datetime.fromisoformat(str(text))
    if value.tzinfo is None:
        raise ValueError(f"time without a time zone: {text}")
    return value


def _unreadable(session_id: str, detail: str) -> StorageError:
    return StorageError(
        msg(
            C,
            QT_TRANSLATE_NOOP("Storage", "The saved session {id} cannot be read ({detail})."),
            id=session_id,
            detail=detail,
        )
    )


def _step(value: Any) -> int:
    step = int(value)
    if not 1 <= step <= len(STEP_KEYS):
        raise ValueError(f"step {value} is not one of the workshop's steps")
    return step


# The session list's columns, in SessionSummary's order (read as tuples: 1,000 rows as
# dicts took twice as long).
SUMMARY_COLUMNS = (
    "id",
    "title",
    "municipality",
    "workshop_date",
    "created_at",
    "updated_at",
    "step_reached",
)


def _summary(r: tuple[Any, ...]) -> SessionSummary:
    """One row of the session list; a damaged row becomes a summary that says so."""
    session_id, title, municipality, workshop_date, created_at, updated_at, step = r
    try:
        return SessionSummary(
            session_id,
            title or "",
            municipality or "",
            date.fromisoformat(workshop_date) if workshop_date else None,
            _timestamp(created_at),
            _timestamp(updated_at),
            _step(step),
        )
    except (ValueError, TypeError, OverflowError) as e:  # OverflowError: a step of 1e999
        epoch = datetime(1970, 1, 1, tzinfo=UTC)
        return SessionSummary(
            id=str(session_id),
            title=str(title or ""),
            municipality=str(municipality or ""),
            workshop_date=None,
            created_at=epoch,
            updated_at=epoch,
            step_reached=1,
            problem=_unreadable(str(session_id), str(e)).message,
        )


# What SQLite's primary result codes mean for the person at the laptop.
_REASONS = {
    5: QT_TRANSLATE_NOOP("Storage", "the database is busy: another program is writing to it"),
    6: QT_TRANSLATE_NOOP("Storage", "the database is busy: another program is writing to it"),
    8: QT_TRANSLATE_NOOP("Storage", "the file is read-only"),
    10: QT_TRANSLATE_NOOP("Storage", "the drive reported a read or write error"),
    13: QT_TRANSLATE_NOOP("Storage", "the disk is full"),
    14: QT_TRANSLATE_NOOP("Storage", "the file cannot be opened"),
}


def _write_failed(e: sqlite3.Error) -> StorageError:
    code = getattr(e, "sqlite_errorcode", None)
    reason = _REASONS.get(code & 0xFF) if isinstance(code, int) else None
    detail: Message | str = msg(C, reason) if reason else str(e)
    return StorageError(
        msg(
            C,
            QT_TRANSLATE_NOOP(
                "Storage", "Saving failed: {detail}. The last saved state is unchanged."
            ),
            detail=detail,
        )
    )
