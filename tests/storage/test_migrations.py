"""A database written by an older version opens, migrates once, and keeps its sessions."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from cdo_workshop.domain.edits import ChangeSet, Part
from cdo_workshop.storage import migrations
from cdo_workshop.storage.errors import DatabaseUnusable
from cdo_workshop.storage.migrations import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from cdo_workshop.storage.repository import SessionRepository

SESSION_ID = "0b7e4a52-6f0e-4d37-9d1a-3f1c2b9e8a11"


def columns(db: sqlite_utils.Database, table: str) -> set[str]:
    return {c.name for c in db.table(table).columns}


def write_version_1(path: Path) -> None:
    """What version 1 of the app left on disk: its tables and one session in its layout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(str(path))
    migrate(db, target=1)
    assert user_version(db) == 1
    assert "workshop_date" not in columns(db, "sessions")
    with db.atomic():
        db.table("sessions").insert(
            {
                "id": SESSION_ID,
                "title": "Workshop Altdorf",
                "municipality": "Altdorf",
                "created_at": "2025-03-01T08:00:00+00:00",
                "updated_at": "2025-03-02T17:30:00+00:00",
                "current_step": "decisions",
            }
        )
        parts = {
            "header": {"title": "Workshop Altdorf", "workshop_date": "2025-03-02", "place": "Saal"},
            "municipality": {"name": "Altdorf", "kind": "gemeinde", "population": 4200},
            "progress": {
                "current_step": "decisions",
                "completed_steps": ["framing", "goals", "expectations", "placement"],
                "created_at": "2025-03-01T08:00:00+00:00",
                "updated_at": "2025-03-02T17:30:00+00:00",
            },
        }
        db.table("parts").insert_all(
            {"session_id": SESSION_ID, "name": name, "data": json.dumps(data)}
            for name, data in parts.items()
        )
        items = [
            ("participants", "p1", {"id": "p1", "name": "Anna Müller", "group": "mayor"}),
            ("participants", "p2", {"id": "p2", "name": "Jörg Ïsen", "group": "cdo"}),
            ("goals", "g1", {"id": "g1", "text": "Online-Dienste", "priority": "high"}),
        ]
        db.table("items").insert_all(
            {
                "session_id": SESSION_ID,
                "collection": collection,
                "id": item_id,
                "position": i,
                "data": json.dumps(data),
            }
            for i, (collection, item_id, data) in enumerate(items)
        )
    db.close()


def test_a_version_1_database_opens_and_migrates(db_path: Path) -> None:
    write_version_1(db_path)
    repository = SessionRepository.open(db_path)
    try:
        assert user_version(repository.db) == SCHEMA_VERSION == len(MIGRATIONS)
        [summary] = repository.list()
        assert summary.id == SESSION_ID
        assert summary.title == "Workshop Altdorf"
        assert summary.municipality == "Altdorf"
        assert summary.workshop_date == date(2025, 3, 2)
        assert summary.step_reached == 5

        session = repository.load(SESSION_ID)
        assert session.workshop_date == date(2025, 3, 2)
        assert session.municipality.population == 4200
        assert [p.name for p in session.participants] == ["Anna Müller", "Jörg Ïsen"]
        assert [g.id for g in session.goals] == ["g1"]
        assert session.progress.current_step == "decisions"

        session.progress.current_step = "responsibilities"  # and it keeps working
        repository.persist(session, ChangeSet.of(Part.PROGRESS))
        assert repository.list()[0].step_reached == 6
    finally:
        repository.close()


def test_step_reached_counts_completed_steps_beyond_the_current_one(db_path: Path) -> None:
    write_version_1(db_path)
    db = sqlite_utils.Database(str(db_path))
    db.execute(
        "UPDATE parts SET data = ? WHERE name = 'progress'",
        [json.dumps({"current_step": "goals", "completed_steps": ["framing", "resources", "?"]})],
    )
    db.conn.commit()
    db.close()
    repository = SessionRepository.open(db_path)
    try:
        assert repository.list()[0].step_reached == 8
    finally:
        repository.close()


def test_each_migration_is_recorded_in_user_version(tmp_path: Path) -> None:
    db = sqlite_utils.Database(str(tmp_path / "steps.sqlite3"))
    assert user_version(db) == 0
    for number in range(1, SCHEMA_VERSION + 1):
        migrate(db, target=number)
        assert user_version(db) == number
    assert {"workshop_date", "step_reached"} <= columns(db, "sessions")
    db.close()


def spy_on_migrations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    ran: list[str] = []

    def spy(migration: Callable[[sqlite_utils.Database], None]) -> Callable[..., None]:
        def run(db: sqlite_utils.Database) -> None:
            ran.append(migration.__name__)
            migration(db)

        return run

    monkeypatch.setattr(migrations, "MIGRATIONS", tuple(spy(m) for m in MIGRATIONS))
    return ran


def test_migrations_run_once(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran = spy_on_migrations(monkeypatch)
    SessionRepository.open(db_path).close()
    every = [m.__name__ for m in MIGRATIONS]
    assert ran == every
    SessionRepository.open(db_path).close()
    SessionRepository.open(db_path).close()
    assert ran == every


def test_only_missing_migrations_run(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_version_1(db_path)
    ran = spy_on_migrations(monkeypatch)
    SessionRepository.open(db_path).close()
    assert ran == [m.__name__ for m in MIGRATIONS[1:]]


def open_handles(path: Path) -> list[str]:
    """Files this process has open on `path` (Linux; elsewhere nothing to check)."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return []
    links = []
    for fd in fds.iterdir():
        try:
            links.append(os.readlink(fd))
        except OSError:  # closed meanwhile, e.g. the one listing the directory
            pass
    return [link for link in links if link.startswith(str(path))]


def test_a_failing_migration_leaves_the_previous_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_version_1(db_path)

    def broken(db: sqlite_utils.Database) -> None:
        MIGRATIONS[1](db)  # adds the columns, then fails
        db.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(migrations, "MIGRATIONS", (MIGRATIONS[0], broken))
    with pytest.raises(DatabaseUnusable):
        SessionRepository.open(db_path)
    assert not open_handles(db_path), "the refused database is still open"

    db = sqlite_utils.Database(str(db_path))
    assert user_version(db) == 1
    assert "workshop_date" not in columns(db, "sessions")
    db.close()

    monkeypatch.undo()
    repository = SessionRepository.open(db_path)
    assert repository.list()[0].step_reached == 5
    repository.close()


def test_a_saved_session_of_method_one_is_upgraded_once_and_the_upgrade_saved(db_path: Path):
    """m005 marks sessions saved before as method 1; loading upgrades them (domain.upgrade)
    and writes the result, so the next reader finds method 2 and the notes."""
    from cdo_workshop.domain.model import METHOD_VERSION
    from cdo_workshop.domain.session_file import loads
    from cdo_workshop.storage.repository import SessionRepository

    data = Path(__file__).resolve().parents[1] / "data" / "musterstadt-method1.json"
    session = loads(data.read_bytes())
    repo = SessionRepository.open(db_path)
    session_id = repo.add(session)
    repo.close()
    # Make the file look as an earlier version left it: no method, one area fewer.
    db = sqlite_utils.Database(db_path)
    header = json.loads(
        db.execute(
            "SELECT data FROM parts WHERE session_id = ? AND name = 'header'", [session_id]
        ).fetchone()[0]
    )
    del header["method_version"], header["upgrade_notes"]
    db.execute(
        "UPDATE parts SET data = ? WHERE session_id = ? AND name = 'header'",
        [json.dumps(header), session_id],
    )
    managing = next(a.id for a in session.decision_areas if a.key == "budget_management")
    db.execute("DELETE FROM items WHERE id = ?", [managing])
    db.execute("PRAGMA user_version = 4")
    db.conn.commit()
    db.close()

    repo = SessionRepository.open(db_path)
    upgraded = repo.load(session_id)
    repo.close()
    assert upgraded.method_version == METHOD_VERSION
    assert [a.key for a in upgraded.decision_areas][:2] == ["digital_budget", "budget_management"]
    assert [(n.kind, n.area, n.other) for n in upgraded.upgrade_notes] == [
        ("split", "digital_budget", "budget_management"),
        ("dependency", "", "IT-Abteilung"),  # strong, unregulated: do the core tasks need it?
    ]

    db = sqlite_utils.Database(db_path)
    stored = json.loads(
        db.execute(
            "SELECT data FROM parts WHERE session_id = ? AND name = 'header'", [session_id]
        ).fetchone()[0]
    )
    count = db.execute(
        "SELECT count(*) FROM items WHERE session_id = ? AND collection = 'decision_areas'",
        [session_id],
    ).fetchone()[0]
    db.close()
    assert stored["method_version"] == METHOD_VERSION and len(stored["upgrade_notes"]) == 2
    assert count == len(upgraded.decision_areas)
