"""`cdo-workshop vote`: the same server without the window, as a user runs it."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from room_support import Phone, VoteProcess, capped_area, draft_database

from cdo_workshop.storage.repository import SessionRepository


def load(db: Path, session_id: str):  # type: ignore[no-untyped-def]
    repository = SessionRepository.open(db)
    try:
        return repository.load(session_id)
    finally:
        repository.close()


def test_votes_are_saved_at_once_and_the_server_ends_on_sigterm(tmp_path: Path) -> None:
    db = tmp_path / "sessions.sqlite3"
    session_id = draft_database(db)
    session = load(db, session_id)
    area = capped_area(session)
    person = session.participants[0]
    vote = VoteProcess(db, session_id, "--area", area.key)
    try:
        assert vote.url.startswith("http://127.0.0.1:") and "/r/" in vote.url
        phone = Phone(vote.url)
        phone.join(person.name)
        status, answer = phone.post("api/vote", {"question": f"area:{area.id}", "value": 1})
        assert status == 200, answer
        saved = load(db, session_id)  # on disk while the server still runs
        saved_area = next(a for a in saved.decision_areas if a.id == area.id)
        assert saved_area.votes[person.id] == 1
        assert saved.votes_hidden(saved_area)
        status, answer = phone.post("api/vote", {"question": f"area:{area.id}", "value": 7})
        assert status == 422 and "Stufe" in answer["error"]
    finally:
        code, err = vote.stop()
    assert code == 0, err
    assert "Abstimmung ist beendet" in err
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(vote.url, timeout=2)
    assert load(db, session_id).room.poker  # hidden until revealed in the window


def test_a_second_vote_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "sessions.sqlite3"
    session_id = draft_database(db)
    first = VoteProcess(db, session_id, "--expectations")
    try:
        assert first.url
        second = VoteProcess(db, session_id, "--expectations")
        code, err = second.stop()
        assert code == 2 and "anderen CDO-Workshop-Fenster" in err and second.url == ""
    finally:
        assert first.stop()[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--area", "no_such_area"], "keinen Entscheidungsbereich no_such_area"),
        (["--expectations", "--bind", "0.0.0.0"], "0.0.0.0 ist nicht die IPv4-Adresse"),
    ],
)
def test_what_cannot_be_asked_is_refused(tmp_path: Path, args: list[str], message: str) -> None:
    db = tmp_path / "sessions.sqlite3"
    session_id = draft_database(db)
    vote = VoteProcess(db, session_id, *args)
    code, err = vote.stop()
    assert code == 2 and vote.url == ""
    assert message in err or "cdo-workshop:" in err


def test_a_final_agreement_gets_no_server(tmp_path: Path) -> None:
    """Every vote would be refused: the command says why instead of serving."""
    from cdo_workshop.cli import main

    db = tmp_path / "sessions.sqlite3"
    assert main(["--db", str(db), "sample"]) == 0  # the sample is a signed agreement
    repository = SessionRepository.open(db)
    try:
        session_id = repository.list()[0].id
    finally:
        repository.close()
    vote = VoteProcess(db, session_id, "--expectations")
    code, err = vote.stop()
    assert code == 2 and vote.url == ""
    assert "endgültig" in err or "final" in err
