"""SessionRepository: what each call writes, read back through a new connection."""

from __future__ import annotations

import copy
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cdo_workshop.domain.model import PARTS, Goal, Participant, Session, StakeholderGroup
from cdo_workshop.storage.errors import SessionNotFound, StorageError
from cdo_workshop.storage.repository import SessionRepository


def reloaded(db_path: Path, session_id: str) -> Session:
    """The session as a freshly opened repository on the same file sees it."""
    repository = SessionRepository.open(db_path)
    try:
        return repository.load(session_id)
    finally:
        repository.close()


@pytest.fixture
def stored(repo: SessionRepository, sample: Session) -> Session:
    repo.create(sample)
    return sample


# -- whole sessions ---------------------------------------------------------------------


def test_create_then_load_gives_an_equal_session(
    repo: SessionRepository, sample: Session, db_path: Path
) -> None:
    original = copy.deepcopy(sample)
    repo.create(sample)
    assert repo.load(sample.id) == original
    assert reloaded(db_path, sample.id) == original


def test_load_of_an_unknown_id(repo: SessionRepository) -> None:
    with pytest.raises(SessionNotFound) as info:
        repo.load("no-such-id")
    assert "no-such-id" in info.value.render()


def test_list_shows_what_the_session_list_needs(repo: SessionRepository, stored: Session) -> None:
    [summary] = repo.list()
    assert summary.id == stored.id
    assert summary.title == "Rollenklärung CDO Musterstadt 2026"
    assert summary.municipality == "Musterstadt"
    assert summary.workshop_date == date(2026, 10, 15)
    assert summary.created_at == stored.progress.created_at
    assert summary.updated_at == stored.progress.updated_at
    assert summary.step_reached == 9


def test_list_of_an_empty_session_and_newest_first(
    repo: SessionRepository, stored: Session
) -> None:
    empty = Session()
    repo.create(empty)
    summaries = repo.list()
    assert [s.id for s in summaries] == [empty.id, stored.id]
    assert (summaries[0].title, summaries[0].workshop_date, summaries[0].step_reached) == (
        "",
        None,
        1,
    )


def test_list_follows_edits(repo: SessionRepository, stored: Session) -> None:
    stored.workshop_date = date(2027, 1, 20)
    repo.save_part(stored, "header")
    stored.progress.current_step = "goals"
    stored.progress.completed_steps = ["framing"]
    repo.save_part(stored, "progress")
    stored.municipality.name = "Neustadt an der Weinstraße"
    repo.save_part(stored, "municipality")
    [summary] = repo.list()
    assert (summary.workshop_date, summary.step_reached, summary.municipality) == (
        date(2027, 1, 20),
        2,
        "Neustadt an der Weinstraße",
    )
    assert summary.updated_at > summary.created_at


def test_add_keeps_a_free_id(repo: SessionRepository, sample: Session) -> None:
    session_id = sample.id
    assert repo.add(sample) == session_id


def test_add_gives_a_new_id_when_the_id_is_taken(repo: SessionRepository, stored: Session) -> None:
    other = copy.deepcopy(stored)
    other.title = "Zweiter Import"
    new_id = repo.add(other)
    assert new_id != stored.id and other.id == new_id
    assert repo.load(stored.id).title == "Rollenklärung CDO Musterstadt 2026"
    assert repo.load(new_id).title == "Zweiter Import"
    assert repo.load(new_id).participants == stored.participants


def test_duplicate_is_an_independent_copy(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    copy_id = repo.duplicate(stored.id, "Kopie")
    duplicate = repo.load(copy_id)
    assert duplicate.title == "Kopie" and duplicate.id != stored.id
    assert duplicate.participants == stored.participants
    assert duplicate.decision_areas == stored.decision_areas

    duplicate.participants[0].name = "Nur in der Kopie"
    repo.save_item(duplicate, "participants", duplicate.participants[0].id)
    duplicate.municipality.name = "Kopiestadt"
    repo.save_part(duplicate, "municipality")
    repo.delete_item(duplicate, "goals", duplicate.goals.pop().id)

    original = reloaded(db_path, stored.id)
    assert original.participants[0].name == "Dr. Katharina Weißenbach"
    assert original.municipality.name == "Musterstadt"
    assert original.goals == stored.goals
    assert reloaded(db_path, copy_id) == duplicate


def test_rename(repo: SessionRepository, stored: Session, db_path: Path) -> None:
    repo.rename(stored.id, "Neuer Titel – Größe 2027")
    assert reloaded(db_path, stored.id).title == "Neuer Titel – Größe 2027"
    assert [s.title for s in repo.list()] == ["Neuer Titel – Größe 2027"]


def test_save_rewrites_the_whole_session(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    stored.participants.reverse()
    stored.goals.clear()
    stored.placement.pay_grade = "B2"
    repo.save(stored)
    assert reloaded(db_path, stored.id) == stored


def test_changes_to_an_unknown_session_are_refused(repo: SessionRepository) -> None:
    ghost = Session()
    with pytest.raises(SessionNotFound):
        repo.save_part(ghost, "header")
    ghost.goals.append(Goal(id="g"))
    with pytest.raises(SessionNotFound):
        repo.save_item(ghost, "goals", "g")
    with pytest.raises(SessionNotFound):
        repo.delete(ghost.id)
    assert repo.list() == []


def test_unknown_part_is_a_programming_error(repo: SessionRepository, stored: Session) -> None:
    with pytest.raises(ValueError):
        repo.save_part(stored, "goals")


# -- single changes ---------------------------------------------------------------------


@pytest.mark.parametrize("part", PARTS)
def test_save_part_persists_that_part_only(
    repo: SessionRepository, stored: Session, db_path: Path, part: str
) -> None:
    saved_before = copy.deepcopy(stored)
    stored.title = "Neuer Titel"
    stored.municipality.name = "Neustadt"
    stored.placement.pay_grade = "A16"
    stored.agreement.review_date = date(2028, 1, 1)
    stored.progress.current_step = "goals"
    stored.participants[0].name = "Not saved"

    repo.save_part(stored, part)
    loaded = reloaded(db_path, stored.id)

    expected = copy.deepcopy(saved_before)
    if part == "header":
        expected.title = "Neuer Titel"
    elif part == "municipality":
        expected.municipality.name = "Neustadt"
    elif part == "placement":
        expected.placement.pay_grade = "A16"
    elif part == "agreement":
        expected.agreement.review_date = date(2028, 1, 1)
    else:
        expected.progress.current_step = "goals"
    expected.progress.updated_at = stored.progress.updated_at
    assert loaded == expected


def test_save_item_updates_one_item(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    stored.participants[3].name = "Hans-Peter Größle-Ünal"
    stored.participants[4].name = "Not saved"
    repo.save_item(stored, "participants", stored.participants[3].id)
    loaded = reloaded(db_path, stored.id)
    assert loaded.participants[3].name == "Hans-Peter Größle-Ünal"
    assert loaded.participants[4].name == "Tobias Krämer"
    assert [p.id for p in loaded.participants] == [p.id for p in stored.participants]


def test_save_item_appends_a_new_item(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    new = Participant(name="Zofia Łukasiewicz", group=StakeholderGroup.IT)
    stored.participants.append(new)
    repo.save_item(stored, "participants", new.id)
    assert reloaded(db_path, stored.id).participants == stored.participants


def test_save_item_inserted_in_the_middle_keeps_the_order(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    new = Goal(text="Offene Daten")
    stored.goals.insert(1, new)
    repo.save_item(stored, "goals", new.id)
    assert [g.id for g in reloaded(db_path, stored.id).goals] == [g.id for g in stored.goals]


def test_delete_item_removes_it_and_keeps_the_order(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    removed = stored.decision_areas.pop(2)
    repo.delete_item(stored, "decision_areas", removed.id)
    loaded = reloaded(db_path, stored.id)
    assert loaded.decision_areas == stored.decision_areas
    assert removed.id not in [a.id for a in loaded.decision_areas]
    positions = [
        r[0]
        for r in repo.db.execute(
            "SELECT position FROM items WHERE session_id = ? AND collection = 'decision_areas'"
            " ORDER BY position",
            [stored.id],
        )
    ]
    assert positions == list(range(len(stored.decision_areas)))


def test_save_order_persists_a_new_order_only(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    stored.tasks.reverse()
    stored.tasks[0].title = "Not saved"
    repo.save_order(stored, "tasks")
    loaded = reloaded(db_path, stored.id)
    assert [t.id for t in loaded.tasks] == [t.id for t in stored.tasks]
    assert loaded.tasks[0].title != "Not saved"


def test_each_change_moves_updated_at_forward(repo: SessionRepository, stored: Session) -> None:
    before = stored.progress.updated_at
    repo.save_part(stored, "placement")
    assert stored.progress.updated_at >= before
    assert repo.load(stored.id).progress.updated_at == stored.progress.updated_at


def test_a_single_change_writes_only_its_row_and_the_session_row(
    repo: SessionRepository, stored: Session
) -> None:
    statements: list[str] = []
    stored.municipality.name = "Neustadt"
    repo.db.conn.set_trace_callback(statements.append)
    try:
        repo.save_part(stored, "municipality")
    finally:
        repo.db.conn.set_trace_callback(None)

    reads = ("SELECT", "PRAGMA", "BEGIN", "COMMIT", "SAVEPOINT", "RELEASE")
    writes = [s for s in statements if not s.lstrip().upper().startswith(reads)]
    assert len(writes) == 2, writes
    part_write, session_write = writes
    assert part_write.replace('"', "").startswith("INSERT INTO parts")
    assert "'municipality'" in part_write and "Neustadt" in part_write
    assert session_write.replace('"', "").upper().startswith("UPDATE SESSIONS")
    assert not any("DELETE" in s.upper() or '"items"' in s or " items " in s for s in writes)


def disk_full(*args: Any) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def test_a_failing_save_part_raises_storage_error_and_keeps_the_saved_state(
    repo: SessionRepository, stored: Session, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = copy.deepcopy(stored)
    monkeypatch.setattr(repo, "_touch", disk_full)  # runs after the part row was written
    stored.municipality.name = "Halb gespeichert"
    with pytest.raises(StorageError) as info:
        repo.save_part(stored, "municipality")
    assert info.value.render() == (
        "Saving failed: database or disk is full. The last saved state is unchanged."
    )
    stored.participants[0].name = "Auch nicht"
    with pytest.raises(StorageError):
        repo.save_item(stored, "participants", stored.participants[0].id)
    assert reloaded(db_path, stored.id) == saved


def test_a_whole_save_failing_after_its_deletes_keeps_the_saved_state(
    repo: SessionRepository, stored: Session, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = copy.deepcopy(stored)
    monkeypatch.setattr(repo, "_touch", disk_full)  # after DELETE and rewriting every row
    stored.participants.clear()
    stored.title = "Halb"
    with pytest.raises(StorageError):
        repo.save(stored)
    monkeypatch.undo()
    assert reloaded(db_path, stored.id) == saved
    assert repo.load(stored.id) == saved  # the open connection was rolled back too


def test_a_failing_delete_keeps_the_session(
    repo: SessionRepository, stored: Session, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = copy.deepcopy(stored)
    execute = repo.db.execute

    def fail_on_last_delete(sql: str, *args: Any) -> Any:
        if sql.startswith("DELETE FROM sessions"):
            disk_full()
        return execute(sql, *args)

    monkeypatch.setattr(repo.db, "execute", fail_on_last_delete)
    with pytest.raises(StorageError):
        repo.delete(stored.id)
    monkeypatch.undo()
    assert reloaded(db_path, stored.id) == saved


# -- delete -----------------------------------------------------------------------------

DISTINCTIVE = ["Weißenbach", "Schölkopf", "Yıldız-Kraus", "Musterstadt", "Stabsstelle"]


def file_bytes(db_path: Path) -> bytes:
    """The database file and its write-ahead log, as someone with the laptop would read them."""
    wal = Path(f"{db_path}-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_delete_removes_every_row(repo: SessionRepository, stored: Session) -> None:
    other = Session(title="Bleibt")
    repo.create(other)
    repo.delete(stored.id)
    assert [s.id for s in repo.list()] == [other.id]
    with pytest.raises(SessionNotFound):
        repo.load(stored.id)
    for table in ("sessions", "parts", "items"):
        column = "id" if table == "sessions" else "session_id"
        query = f"SELECT count(*) FROM {table} WHERE {column} = ?"
        assert repo.db.execute(query, [stored.id]).fetchone()[0] == 0, table
    assert repo.load(other.id) == other


def test_delete_leaves_no_trace_in_the_files(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    repo.create(Session(title="Andere Sitzung"))
    # Edits leave older versions of rows behind in pages and the log: they must go as well.
    for i in range(3):
        stored.municipality.name = f"Musterstadt {i}"
        repo.save_part(stored, "municipality")
        repo.save_item(stored, "participants", stored.participants[1].id)
    before = file_bytes(db_path)
    assert all(name.encode() in before for name in DISTINCTIVE)

    repo.delete(stored.id)

    after = file_bytes(db_path)
    assert [name for name in DISTINCTIVE if name.encode() in after] == []
    assert stored.id.encode() not in after
    repo.close()
    assert [name for name in DISTINCTIVE if name.encode() in file_bytes(db_path)] == []
