"""What the room server tests share: a session the law caps somewhere, a phone over HTTP."""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.request
from typing import Any

from cdo_workshop.domain.edits import ChangeSet
from cdo_workshop.domain.model import DecisionArea, Session
from cdo_workshop.room.owner import SessionSink
from cdo_workshop.room.questions import EXPECTATIONS, Question, area_question
from cdo_workshop.room.server import RoomServer


def capped_area(session: Session) -> DecisionArea:
    """An area the law caps below level 7."""
    return next(a for a in session.decision_areas if a.max_level < 7)


class Phone:
    """A phone's browser without the page: its own cookie jar, JSON in and out."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str = "") -> tuple[int, Any]:
        return self._send(urllib.request.Request(self.url + path))

    def post(self, path: str, body: Any, **headers: str) -> tuple[int, Any]:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path,
            data=data,
            headers={"Content-Type": "application/json", **headers},
            method="POST",
        )
        return self._send(request)

    def join(self, name: str) -> dict[str, Any]:
        """Open the page, pick the name; the state afterwards."""
        self.get()
        _, state = self.get("api/state")
        person = next(p for p in state["people"] if p["name"] == name)
        status, answer = self.post("api/claim", {"participant": person["id"]})
        assert status == 200, answer
        return self.get("api/state")[1]

    def _send(self, request: urllib.request.Request) -> tuple[int, Any]:
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, _decode(response.read(), response.headers)
        except urllib.error.HTTPError as e:
            with e:
                return e.code, _decode(e.read(), e.headers)


def _decode(body: bytes, headers: Any) -> Any:
    if "json" in (headers.get("Content-Type") or ""):
        return json.loads(body)
    return body.decode("utf-8")


def draft_database(db: Any) -> str:
    """A database with Musterstadt reopened as a draft (phones may vote); its id."""
    from cdo_workshop.cli import main

    assert main(["--db", str(db), "sample"]) == 0
    from cdo_workshop.storage.repository import SessionRepository

    repository = SessionRepository.open(db)
    try:
        session_id = repository.list()[0].id
    finally:
        repository.close()
    assert main(["--db", str(db), "reopen", session_id]) == 0
    return session_id


class VoteProcess:
    """`cdo-workshop vote …` as a subprocess: its join URL (the first line) and its end."""

    def __init__(self, db: Any, *args: str, language: str = "de") -> None:
        import os
        import subprocess
        import sys

        env = {k: v for k, v in os.environ.items() if k not in ("CDO_WORKSHOP_DB", "LANGUAGE")}
        env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cdo_workshop",
                "--db",
                str(db),
                "--lang",
                language,
                "vote",
                *args,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()

    def stop(self, timeout: float = 15) -> tuple[int, str]:
        """SIGTERM, then the exit code and what it said on stderr."""
        import signal

        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        _, err = self.process.communicate(timeout=timeout)
        return self.process.returncode, err


class Room:
    """An in-process server over a session in memory; `saved` records every save."""

    def __init__(
        self,
        session: Session,
        catalog: Any,
        language: str = "de",
        questions: list[Question] | None = None,
    ) -> None:
        self.session = session
        self.area = capped_area(session)
        self.saved: list[ChangeSet] = []
        self.sink = SessionSink(
            session,
            catalog,
            questions or [area_question(self.area), EXPECTATIONS],
            language,
            lambda _s, changes: self.saved.append(changes),
        )
        self.server = RoomServer(self.sink, "127.0.0.1")
        self.sink.publish = self.server.show
        self.sink.open_round()
        self.server.show(self.sink.view())
        self.server.start()

    def phone(self) -> Phone:
        return Phone(self.server.url)

    def names(self) -> list[str]:
        """Those the phones offer (named, not the facilitator)."""
        from cdo_workshop.domain.operations import may_vote

        return [p.name for p in self.session.participants if may_vote(p)]
