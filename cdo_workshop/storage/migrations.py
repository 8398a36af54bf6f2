"""Numbered forward migrations; `PRAGMA user_version` holds how many have run.

Never edit a released migration: append a new one. Each runs in its own `BEGIN IMMEDIATE`
transaction, so two processes opening a new file at once migrate it once.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


def m001_initial(db: sqlite_utils.Database) -> None:
    db.table("sessions").create(
        {
            "id": str,
            "title": str,
            "municipality": str,
            "created_at": str,
            "updated_at": str,
            "current_step": str,
        },
        pk="id",
        not_null={"id", "created_at", "updated_at"},
    )
    # Singletons of a session (header, municipality, placement, agreement, progress) as JSON.
    db.table("parts").create(
        {"session_id": str, "name": str, "data": str},
        pk=("session_id", "name"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    # Items of the session's collections (participants, goals, ...) one row each, ordered.
    db.table("items").create(
        {"session_id": str, "collection": str, "id": str, "position": int, "data": str},
        pk=("session_id", "collection", "id"),
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("items").create_index(["session_id", "collection", "position"])


def m002_list_columns(db: sqlite_utils.Database) -> None:
    """The session list shows workshop date and step reached without loading JSON parts."""
    db.table("sessions").add_column("workshop_date", str)
    db.table("sessions").add_column("step_reached", int, not_null_default=1)
    steps_then = (
        "framing",
        "goals",
        "expectations",
        "placement",
        "decisions",
        "responsibilities",
        "dependencies",
        "resources",
        "agreement",
    )
    for row in db.query(
        "SELECT session_id, name, data FROM parts WHERE name IN ('header', 'progress')"
    ):
        data = json.loads(row["data"])
        if row["name"] == "header":
            values = {"workshop_date": data.get("workshop_date")}
        else:
            keys = [data.get("current_step"), *data.get("completed_steps", [])]
            values = {
                "step_reached": max(
                    (steps_then.index(k) + 1 for k in keys if k in steps_then), default=1
                )
            }
        db.table("sessions").update(row["session_id"], values)


def m003_own_templates(db: sqlite_utils.Database) -> None:
    """Facilitators' own templates (an adapted selection of tasks, areas, resources)."""
    db.table("templates").create(
        {"id": str, "name": str, "created_at": str, "data": str},
        pk="id",
        not_null={"id", "name", "created_at", "data"},
    )


# "CDOW" in the file header (PRAGMA application_id): how a file says it is ours.
APPLICATION_ID = 0x43444F57


def m004_signatories_and_application_id(db: sqlite_utils.Database) -> None:
    """Signatories become items of their own, as every other list (a signature on screen
    rewrites one row, and edits of them are typed like all others); the file is marked
    as ours, so a foreign SQLite file is told apart without guessing from table names."""
    for row in list(db.query("SELECT session_id, data FROM parts WHERE name = 'agreement'")):
        import uuid  # only here: the start screen opens the database without it (4 ms)

        data = json.loads(row["data"])
        signatories = data.pop("signatories", []) or []
        for position, signatory in enumerate(signatories):
            db.execute(
                "INSERT OR REPLACE INTO items (session_id, collection, id, position, data)"
                " VALUES (?, 'signatories', ?, ?, ?)",
                [
                    row["session_id"],
                    str(signatory.get("id") or uuid.uuid4()),
                    position,
                    json.dumps(signatory, ensure_ascii=False, separators=(",", ":")),
                ],
            )
        db.execute(
            "UPDATE parts SET data = ? WHERE session_id = ? AND name = 'agreement'",
            [json.dumps(data, ensure_ascii=False, separators=(",", ":")), row["session_id"]],
        )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def m005_method_version(db: sqlite_utils.Database) -> None:
    """Sessions saved so far follow method 1; they are upgraded to the current method when
    opened (domain.upgrade), which says what it had to assume."""
    for row in list(db.query("SELECT session_id, data FROM parts WHERE name = 'header'")):
        data = json.loads(row["data"])
        if "method_version" not in data:
            data["method_version"] = 1
            db.execute(
                "UPDATE parts SET data = ? WHERE session_id = ? AND name = 'header'",
                [json.dumps(data, ensure_ascii=False, separators=(",", ":")), row["session_id"]],
            )


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    m001_initial,
    m002_list_columns,
    m003_own_templates,
    m004_signatories_and_application_id,
    m005_method_version,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> None:
    conn = db.conn
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = user_version(db)  # read under the write lock: another process may
            if current >= target:  # have migrated meanwhile
                conn.execute("COMMIT")
                return
            MIGRATIONS[current](db)
            db.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])
