"""One damaged row makes that one session unreadable; the others list, open and export."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from cdo_workshop.domain.model import Participant, Session
from cdo_workshop.storage.errors import StorageError
from cdo_workshop.storage.repository import SessionRepository


@pytest.fixture
def two(repo: SessionRepository, sample: Session) -> tuple[str, str]:
    good = copy.deepcopy(sample)
    repo.create(good)
    bad = Session(title="Kaputt", participants=[Participant(name="Erika")])
    repo.create(bad)
    return good.id, bad.id


@pytest.mark.parametrize(
    ("damage", "opens"),
    [
        ("UPDATE sessions SET updated_at = 'yesterday' WHERE id = ?", False),
        # Only the list's own columns: listed as damaged, and it still opens from its parts.
        ("UPDATE sessions SET created_at = 'gestern' WHERE id = ?", True),
        ("UPDATE sessions SET workshop_date = '15.10.2026' WHERE id = ?", True),
        ("UPDATE sessions SET step_reached = 1e999 WHERE id = ?", True),  # infinity
        (
            "UPDATE parts SET data = '{not json' WHERE session_id = ? AND name = 'municipality'",
            False,
        ),
        (
            'UPDATE parts SET data = \'{"population": "viele"}\''
            " WHERE session_id = ? AND name = 'municipality'",
            False,
        ),
        ("UPDATE parts SET name = 'ghost' WHERE session_id = ? AND name = 'placement'", False),
        ("UPDATE items SET collection = 'ghosts' WHERE session_id = ?", False),
        (
            "UPDATE parts SET data = '" + "[" * 100_000 + "' WHERE session_id = ?"
            " AND name = 'municipality'",
            False,
        ),
    ],
    ids=[
        "updated-at",
        "created-at",
        "date-format",
        "step-infinite",
        "bad-json",
        "bad-type",
        "unknown-part",
        "unknown-collection",
        "deep-json",
    ],
)
def test_one_damaged_session_hides_no_other(
    repo: SessionRepository, two: tuple[str, str], db_path: Path, damage: str, opens: bool
) -> None:
    good, bad = two
    repo.db.execute(damage, [bad])
    repo.db.conn.commit()

    summaries = {s.id: s for s in repo.list()}
    assert set(summaries) == {good, bad}
    assert summaries[good].readable() and summaries[good].municipality == "Musterstadt"
    assert repo.load(good).municipality.name == "Musterstadt"
    if not summaries[bad].readable():
        assert bad in summaries[bad].problem.render()
    if opens:
        assert repo.load(bad).title == "Kaputt"
        return
    with pytest.raises(StorageError) as info:
        repo.load(bad)
    assert bad in info.value.render() and "cannot be read" in info.value.render()
