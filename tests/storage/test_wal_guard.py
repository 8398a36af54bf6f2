"""If the -wal file is deleted under the app (locks lost, another process closed the
database as its last user), the next save notices, reconnects and writes the session anew."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cdo_workshop.domain.edits import Field, Part, SetField, apply_edits
from cdo_workshop.domain.model import Session
from cdo_workshop.storage.repository import SessionRepository

READER = r"""
import json, sys
from cdo_workshop.storage.repository import SessionRepository
repo = SessionRepository.open(sys.argv[1])
session = repo.load(sys.argv[2])
print(json.dumps([session.municipality.name, session.place]))
repo.close()
"""


def read_elsewhere(db_path: Path, session_id: str) -> list[str]:
    """Name and place as another process reads them from the file."""
    out = subprocess.run(
        [sys.executable, "-c", READER, str(db_path), session_id],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def edit(repo: SessionRepository, session: Session, part: Part, name: str, value: str) -> None:
    _, changes = apply_edits(session, [SetField(Field(part, name), value)])
    repo.persist(session, changes)


@pytest.mark.skipif(os.name != "posix", reason="an open file can be deleted only on POSIX")
def test_a_deleted_wal_is_noticed_and_the_session_written_again(
    repo: SessionRepository, sample: Session, db_path: Path
) -> None:
    repo.create(sample)
    edit(repo, sample, Part.MUNICIPALITY, "name", "Vorher")
    wal = Path(f"{db_path}-wal")
    assert wal.exists()
    os.unlink(wal)  # what a last-user checkpoint of another process does
    edit(repo, sample, Part.HEADER, "place", "Rathaus, Saal 2")  # written into the lost file …
    # … noticed after the commit: a new connection, and the whole session written again.
    assert read_elsewhere(db_path, sample.id) == ["Vorher", "Rathaus, Saal 2"]
    edit(repo, sample, Part.MUNICIPALITY, "name", "Nachher")  # and it goes on working
    assert read_elsewhere(db_path, sample.id)[0] == "Nachher"
