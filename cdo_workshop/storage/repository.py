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
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from cdo_workshop.domain.codec import DecodeError, decode, encode, hints
from cdo_workshop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdo_workshop.domain.model import (
    COLLECTIONS,
    HEADER_FIELDS,
    PARTS,
    Agreement,
    Municipality,
    Placement,
    Progress,
    Session,
    new_id,
    now,
)
from cdo_workshop.domain.steps import STEP_KEYS
from cdo_workshop.domain.templates import OwnTemplate
from cdo_workshop.storage.db import open_database
from cdo_workshop.storage.errors import SessionNotFound, StorageError

C = "Storage"
PART_TYPES: dict[str, type] = {
    "municipality": Municipality,
    "placement": Placement,
    "agreement": Agreement,
    "progress": Progress,
}


@dataclass(frozen=True)
class SessionSummary:
    id: str
    title: str
    municipality: str
    workshop_date: date | None
    created_at: datetime
    updated_at: datetime
    step_reached: int  # 1..9


def step_reached(session: Session) -> int:
    keys = [session.progress.current_step, *session.progress.completed_steps]
    return max((STEP_KEYS.index(k) + 1 for k in keys if k in STEP_KEYS), default=1)


def _dumps(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"))


class SessionRepository:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path) -> SessionRepository:
        return cls(open_database(path))

    def close(self) -> None:
        self.db.close()

    # -- whole sessions ---------------------------------------------------------------

    def create(self, session: Session) -> None:
        with self._writing():
            self.db.table("sessions").insert(self._session_row(session))
            self._write_all(session)

    def add(self, session: Session) -> str:
        """Store an imported session; it gets a new id if its own is taken here already."""
        if self.exists(session.id):
            session.id = new_id()
        self.create(session)
        return session.id

    def save(self, session: Session) -> None:
        """Rewrite a whole session (import, duplicate, large undo); edits use the methods below."""
        with self._writing():
            self._require(session.id)
            self.db.execute("DELETE FROM items WHERE session_id = ?", [session.id])
            self.db.execute("DELETE FROM parts WHERE session_id = ?", [session.id])
            self._write_all(session)
            self._touch(session)

    def load(self, session_id: str) -> Session:
        try:
            return self._load(session_id)
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
        try:
            row = self.db.table("sessions").get(session_id)
        except sqlite_utils.db.NotFoundError:
            raise self._not_found(session_id) from None
        try:
            session = Session(id=session_id)
            for part in self.db.query(
                "SELECT name, data FROM parts WHERE session_id = ?", [session_id]
            ):
                data = json.loads(part["data"])
                if part["name"] == "header":
                    header = decode(Session, {**data, "id": session_id})
                    for name in HEADER_FIELDS:
                        setattr(session, name, getattr(header, name))
                else:
                    setattr(session, part["name"], decode(PART_TYPES[part["name"]], data))
            item_types = hints(Session)
            by_collection: dict[str, list[Any]] = {name: [] for name in COLLECTIONS}
            for item in self.db.query(
                "SELECT collection, data FROM items WHERE session_id = ?"
                " ORDER BY collection, position",
                [session_id],
            ):
                by_collection[item["collection"]].append(json.loads(item["data"]))
            for name, items in by_collection.items():
                setattr(session, name, decode(item_types[name], items))
        except (DecodeError, KeyError, ValueError) as e:
            raise StorageError(
                msg(
                    C,
                    QT_TRANSLATE_NOOP(
                        "Storage", "The saved session {id} cannot be read ({detail})."
                    ),
                    id=session_id,
                    detail=str(e),
                )
            ) from None
        session.progress.updated_at = datetime.fromisoformat(row["updated_at"])
        return session

    def exists(self, session_id: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM sessions WHERE id = ?", [session_id]).fetchone())

    def list(self) -> list[SessionSummary]:
        return [
            SessionSummary(
                id=r["id"],
                title=r["title"] or "",
                municipality=r["municipality"] or "",
                workshop_date=date.fromisoformat(r["workshop_date"])
                if r["workshop_date"]
                else None,
                created_at=datetime.fromisoformat(r["created_at"]),
                updated_at=datetime.fromisoformat(r["updated_at"]),
                step_reached=r["step_reached"],
            )
            for r in self.db.query("SELECT * FROM sessions ORDER BY updated_at DESC, title")
        ]

    def duplicate(self, session_id: str, title: str) -> str:
        session = copy.deepcopy(self.load(session_id))
        session.id = new_id()
        session.title = title
        session.progress.created_at = session.progress.updated_at = now()
        self.create(session)
        return session.id

    def rename(self, session_id: str, title: str) -> None:
        session = self.load(session_id)
        session.title = title
        self.save_part(session, "header")

    def delete(self, session_id: str) -> None:
        """Remove every row of the session; secure_delete and a checkpoint leave no trace."""
        with self._writing():
            self._require(session_id)
            self.db.execute("DELETE FROM items WHERE session_id = ?", [session_id])
            self.db.execute("DELETE FROM parts WHERE session_id = ?", [session_id])
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- single changes: what autosave calls per edit ----------------------------------

    def save_part(self, session: Session, part: str) -> None:
        if part not in PARTS:
            raise ValueError(part)
        with self._writing():
            self._require(session.id)
            self._write_part(session, part)
            self._touch(session)

    def save_item(self, session: Session, collection: str, item_id: str) -> None:
        items = getattr(session, collection)
        position = next((i for i, item in enumerate(items) if item.id == item_id), None)
        if position is None:
            raise ValueError(f"no item {item_id} in {collection}")
        with self._writing():
            self._require(session.id)
            stored = self.db.execute(
                "SELECT position FROM items WHERE session_id = ? AND collection = ? AND id = ?",
                [session.id, collection, item_id],
            ).fetchone()
            # Plain SQL on the hot path: sqlite-utils' upsert looks up the schema on every
            # call, which made one autosave about ten times slower.
            self.db.execute(
                "INSERT INTO items (session_id, collection, id, position, data)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, collection, id)"
                " DO UPDATE SET position = excluded.position, data = excluded.data",
                [session.id, collection, item_id, position, _dumps(items[position])],
            )
            inserted_or_moved = stored is None or stored[0] != position
            if inserted_or_moved and position != len(items) - 1:
                self._write_positions(session, collection)
            self._touch(session)

    def delete_item(self, session: Session, collection: str, item_id: str) -> None:
        with self._writing():
            self._require(session.id)
            self.db.execute(
                "DELETE FROM items WHERE session_id = ? AND collection = ? AND id = ?",
                [session.id, collection, item_id],
            )
            self._write_positions(session, collection)
            self._touch(session)

    def save_order(self, session: Session, collection: str) -> None:
        with self._writing():
            self._require(session.id)
            self._write_positions(session, collection)
            self._touch(session)

    # -- own templates ------------------------------------------------------------------

    def save_template(self, template: OwnTemplate) -> None:
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
        try:
            return [
                decode(OwnTemplate, json.loads(row["data"]))
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
    def _writing(self) -> Iterator[None]:
        """One transaction (db.atomic, tech notes G5); SQLite failures become a StorageError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as e:
            raise _write_failed(e) from None

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

    def _touch(self, session: Session) -> None:
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
        for part in PARTS:
            self._write_part(session, part)
        rows = [
            {
                "session_id": session.id,
                "collection": name,
                "id": item.id,
                "position": i,
                "data": _dumps(item),
            }
            for name in COLLECTIONS
            for i, item in enumerate(getattr(session, name))
        ]
        if rows:
            self.db.table("items").insert_all(rows)

    def _write_part(self, session: Session, part: str) -> None:
        if part == "header":
            value: Any = {name: encode(getattr(session, name)) for name in HEADER_FIELDS}
        else:
            value = getattr(session, part)
        self.db.execute(
            "INSERT INTO parts (session_id, name, data) VALUES (?, ?, ?)"
            " ON CONFLICT (session_id, name) DO UPDATE SET data = excluded.data",
            [session.id, part, _dumps(value)],
        )

    def _write_positions(self, session: Session, collection: str) -> None:
        self.db.conn.executemany(
            "UPDATE items SET position = ? WHERE session_id = ? AND collection = ? AND id = ?",
            [
                (i, session.id, collection, item.id)
                for i, item in enumerate(getattr(session, collection))
            ],
        )


def _write_failed(e: sqlite3.Error) -> StorageError:
    return StorageError(
        msg(
            C,
            QT_TRANSLATE_NOOP(
                "Storage", "Saving failed: {detail}. The last saved state is unchanged."
            ),
            detail=str(e),
        )
    )
