"""SessionRepository: what each call writes, read back through a new connection."""

from __future__ import annotations

import copy
import dataclasses
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cdo_workshop.domain.edits import (
    ChangeSet,
    Collection,
    Insert,
    Move,
    Part,
    Remove,
    SetField,
    apply_edits,
    item_field,
)
from cdo_workshop.domain.model import Goal, Participant, Session, StakeholderGroup
from cdo_workshop.storage.errors import SessionNotFound, StorageError
from cdo_workshop.storage.repository import SessionRepository


def part(name: str) -> ChangeSet:
    return ChangeSet.of(Part(name))


def items(collection: str, *ids: str) -> ChangeSet:
    return ChangeSet.of(items={Collection(collection): set(ids)})


def edit(repo: SessionRepository, session: Session, *edits: Any) -> None:
    """Apply edits as the controller does and persist what they changed."""
    _, changes = apply_edits(session, edits)
    repo.persist(session, changes)


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
    repo.persist(stored, part("header"))
    stored.progress.current_step = "goals"
    stored.progress.completed_steps = ["framing"]
    repo.persist(stored, part("progress"))
    stored.municipality.name = "Neustadt an der Weinstraße"
    repo.persist(stored, part("municipality"))
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


def test_a_duplicate_is_a_new_draft_nobody_has_signed(
    repo: SessionRepository, stored: Session
) -> None:
    from cdo_workshop.domain.model import SigningState

    assert any(s.strokes for s in stored.agreement.signatories)  # the sample: one signed
    duplicate = repo.load(repo.duplicate(stored.id, "Kopie"))
    assert duplicate.agreement.state == SigningState.DRAFT
    assert not duplicate.agreement.final_fingerprint
    assert all(not s.strokes and not s.signed_for for s in duplicate.agreement.signatories)
    assert [s.name for s in duplicate.agreement.signatories] == [
        s.name for s in stored.agreement.signatories
    ]
    assert duplicate.progress.completed_steps == [] and duplicate.progress.current_step == "framing"


def test_duplicate_is_an_independent_copy(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    copy_id = repo.duplicate(stored.id, "Kopie")
    duplicate = repo.load(copy_id)
    assert duplicate.title == "Kopie" and duplicate.id != stored.id
    assert duplicate.participants == stored.participants
    assert duplicate.decision_areas == stored.decision_areas

    duplicate.participants[0].name = "Nur in der Kopie"
    repo.persist(duplicate, items("participants", duplicate.participants[0].id))
    duplicate.municipality.name = "Kopiestadt"
    repo.persist(duplicate, part("municipality"))
    edit(repo, duplicate, Remove(Collection.GOALS, duplicate.goals[-1].id))

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
        repo.persist(ghost, part("header"))
    ghost.goals.append(Goal(id="g"))
    with pytest.raises(SessionNotFound):
        repo.persist(ghost, items("goals", "g"))
    with pytest.raises(SessionNotFound):
        repo.delete(ghost.id)
    assert repo.list() == []


def test_unknown_part_is_a_programming_error(repo: SessionRepository, stored: Session) -> None:
    with pytest.raises(ValueError):
        part("goals")


# -- single changes ---------------------------------------------------------------------


@pytest.mark.parametrize("name", [p.value for p in Part])
def test_persist_writes_that_part_only(
    repo: SessionRepository, stored: Session, db_path: Path, name: str
) -> None:
    saved_before = copy.deepcopy(stored)
    stored.title = "Neuer Titel"
    stored.municipality.name = "Neustadt"
    stored.placement.pay_grade = "A16"
    stored.agreement.review_date = date(2028, 1, 1)
    stored.progress.current_step = "goals"
    stored.room.poker = True
    stored.participants[0].name = "Not saved"
    stored.agreement.signatories[0].name = "Not saved either"

    repo.persist(stored, part(name))
    loaded = reloaded(db_path, stored.id)

    expected = copy.deepcopy(saved_before)
    if name == "header":
        expected.title = "Neuer Titel"
    elif name == "municipality":
        expected.municipality.name = "Neustadt"
    elif name == "placement":
        expected.placement.pay_grade = "A16"
    elif name == "agreement":
        expected.agreement.review_date = date(2028, 1, 1)
    elif name == "room":
        expected.room.poker = True
    else:
        expected.progress.current_step = "goals"
    if name != "room":  # the room's state (timers, poker) is no change of the content
        expected.progress.updated_at = stored.progress.updated_at
    assert loaded == expected


def test_persist_updates_one_item(repo: SessionRepository, stored: Session, db_path: Path) -> None:
    stored.participants[3].name = "Hans-Peter Größle-Ünal"
    stored.participants[4].name = "Not saved"
    repo.persist(stored, items("participants", stored.participants[3].id))
    loaded = reloaded(db_path, stored.id)
    assert loaded.participants[3].name == "Hans-Peter Größle-Ünal"
    assert loaded.participants[4].name == "Tobias Krämer"
    assert [p.id for p in loaded.participants] == [p.id for p in stored.participants]


def test_an_appended_item(repo: SessionRepository, stored: Session, db_path: Path) -> None:
    new = Participant(name="Zofia Łukasiewicz", group=StakeholderGroup.IT)
    edit(repo, stored, Insert(Collection.PARTICIPANTS, new))
    assert reloaded(db_path, stored.id).participants == stored.participants


def test_an_item_inserted_in_the_middle_keeps_the_order(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    edit(repo, stored, Insert(Collection.GOALS, Goal(text="Offene Daten"), 1))
    assert [g.id for g in reloaded(db_path, stored.id).goals] == [g.id for g in stored.goals]


def test_a_removed_item_is_deleted_and_the_order_kept(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    removed = stored.decision_areas[2]
    edit(repo, stored, Remove(Collection.DECISION_AREAS, removed.id))
    loaded = reloaded(db_path, stored.id)
    assert loaded.decision_areas == stored.decision_areas
    assert removed.id not in [a.id for a in loaded.decision_areas]
    count = repo.db.execute(
        "SELECT count(*) FROM items WHERE session_id = ? AND id = ?", [stored.id, removed.id]
    ).fetchone()[0]
    assert count == 0


def test_a_move_persists_the_new_order_only(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    first = stored.tasks[0]
    first.title = "Not saved"
    edit(repo, stored, Move(Collection.TASKS, first.id, 3))
    loaded = reloaded(db_path, stored.id)
    assert [t.id for t in loaded.tasks] == [t.id for t in stored.tasks]
    assert loaded.tasks[3].id == first.id and loaded.tasks[3].title != "Not saved"


def test_signatories_are_items_of_their_own(
    repo: SessionRepository, stored: Session, db_path: Path
) -> None:
    first = stored.agreement.signatories[0]
    edit(repo, stored, SetField(item_field(Collection.SIGNATORIES, first.id, "place"), "Bonn"))
    edit(repo, stored, Insert(Collection.SIGNATORIES, dataclasses.replace(first, id="s-new"), 0))
    loaded = reloaded(db_path, stored.id)
    assert loaded.agreement == stored.agreement
    assert [s.id for s in loaded.agreement.signatories][:2] == ["s-new", first.id]
    rows = repo.db.execute(
        "SELECT count(*) FROM items WHERE session_id = ? AND collection = 'signatories'",
        [stored.id],
    ).fetchone()[0]
    assert rows == len(stored.agreement.signatories)
    [agreement_row] = repo.db.execute(
        "SELECT data FROM parts WHERE session_id = ? AND name = 'agreement'", [stored.id]
    ).fetchall()
    assert "signatories" not in agreement_row[0]


def test_each_change_moves_updated_at_forward(repo: SessionRepository, stored: Session) -> None:
    before = stored.progress.updated_at
    repo.persist(stored, part("placement"))
    assert stored.progress.updated_at >= before
    assert repo.load(stored.id).progress.updated_at == stored.progress.updated_at


def test_a_single_change_writes_only_its_row_and_the_session_row(
    repo: SessionRepository, stored: Session
) -> None:
    statements: list[str] = []
    stored.municipality.name = "Neustadt"
    repo.db.conn.set_trace_callback(statements.append)
    try:
        repo.persist(stored, part("municipality"))
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


def disk_full(*args: Any, **kwargs: Any) -> None:
    raise sqlite3.OperationalError("database or disk is full")


def test_a_failing_save_part_raises_storage_error_and_keeps_the_saved_state(
    repo: SessionRepository, stored: Session, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = copy.deepcopy(stored)
    monkeypatch.setattr(repo, "_touch", disk_full)  # runs after the part row was written
    stored.municipality.name = "Halb gespeichert"
    with pytest.raises(StorageError) as info:
        repo.persist(stored, part("municipality"))
    assert info.value.render() == (
        "Saving failed: database or disk is full. The last saved state is unchanged."
    )
    stored.participants[0].name = "Auch nicht"
    with pytest.raises(StorageError):
        repo.persist(stored, items("participants", stored.participants[0].id))
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
        repo.persist(stored, part("municipality"))
        repo.persist(stored, items("participants", stored.participants[1].id))
    before = file_bytes(db_path)
    assert all(name.encode() in before for name in DISTINCTIVE)

    repo.delete(stored.id)

    after = file_bytes(db_path)
    assert [name for name in DISTINCTIVE if name.encode() in after] == []
    assert stored.id.encode() not in after
    repo.close()
    assert [name for name in DISTINCTIVE if name.encode() in file_bytes(db_path)] == []
