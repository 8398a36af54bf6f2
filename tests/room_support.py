"""What the room server tests share: a session the law caps somewhere, a phone over HTTP."""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.request
from typing import Any

from cdo_workshop.domain.model import DecisionArea, Session


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
