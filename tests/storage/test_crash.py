"""Killing the app mid-autosave (SIGKILL) loses at most the edit in flight, never consistency."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cdo_workshop.domain.validation import validate
from cdo_workshop.storage.repository import SessionRepository

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SESSION_ID = "crash-test-session"
# The child autosaves two edits per round, each in its own transaction, as the UI does:
# first the municipality part, then one participant item, both carrying the round number.
CHILD = f"""
import sys
from cdo_workshop.domain.edits import ChangeSet, Collection, Part
from cdo_workshop.domain.model import Participant, Session
from cdo_workshop.storage.repository import SessionRepository

repo = SessionRepository.open(sys.argv[1])
session = Session(id={SESSION_ID!r}, title="Absturztest")
session.participants = [Participant(id="p1", name="Person 0"), Participant(id="p2", name="Zeuge")]
session.municipality.name = "Gemeinde 0"
repo.create(session)
print("started", flush=True)
counter = 0
while True:
    counter += 1
    session.municipality.name = f"Gemeinde {{counter}}"
    repo.persist(session, ChangeSet.of(Part.MUNICIPALITY))
    session.participants[0].name = f"Person {{counter}}"
    repo.persist(session, ChangeSet.of(items={{Collection.PARTICIPANTS: {{"p1"}}}}))
"""


def committed_counter(path: Path) -> int:
    """The round the municipality name shows, read like another program would (read-only)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT data FROM parts WHERE session_id = ? AND name = 'municipality'",
            [SESSION_ID],
        ).fetchone()
    finally:
        conn.close()
    return int(json.loads(row[0])["name"].removeprefix("Gemeinde "))


def run_until(path: Path, rounds: int) -> int:
    """Start the child, wait until `rounds` rounds are on disk, SIGKILL it; the last seen round."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line == "started\n", child.stderr.read() if child.stderr else line
        seen = 0
        deadline = time.monotonic() + 60
        while seen <= rounds:
            assert time.monotonic() < deadline, f"child stuck at round {seen}"
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            try:
                seen = committed_counter(path)
            except sqlite3.OperationalError:  # busy: the child holds a lock for a moment
                continue
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
        return seen
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


@pytest.mark.parametrize("rounds", [50, 90, 160])
def test_killed_during_autosave_the_database_is_intact_and_consistent(
    tmp_path: Path, rounds: int
) -> None:
    path = tmp_path / "sessions.sqlite3"
    last_seen = run_until(path, rounds)

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()

    repository = SessionRepository.open(path)
    try:
        session = repository.load(SESSION_ID)
        assert [s.id for s in repository.list()] == [SESSION_ID]
    finally:
        repository.close()
    municipality = int(session.municipality.name.removeprefix("Gemeinde "))
    person = int(session.participants[0].name.removeprefix("Person "))
    assert municipality >= last_seen > rounds  # nothing committed was lost
    assert municipality - person in (0, 1)  # at most the edit in flight is missing
    assert [p.id for p in session.participants] == ["p1", "p2"]
    assert session.participants[1].name == "Zeuge"
    assert validate(session) == []
