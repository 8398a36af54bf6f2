"""The room server over real HTTP on 127.0.0.1: token, cookie, names, votes, limits, stop."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from room_support import Phone, Room

from cdo_workshop.domain.model import Session
from cdo_workshop.room.server import check_address
from cdo_workshop.room.sink import CallQueue


@pytest.fixture
def room(draft: Session, catalog: Any) -> Iterator[Room]:
    room = Room(draft, catalog)
    yield room
    room.server.stop()


def test_nothing_is_reachable_without_the_token(room: Room) -> None:
    base = room.server.url.split("/r/")[0]
    for path in ("/", "/r/", "/room.js", "/r/wrong-token/", "/r/wrong-token/api/state"):
        try:
            urllib.request.urlopen(base + path, timeout=5)
            raise AssertionError(path)
        except urllib.error.HTTPError as e:
            assert e.code in (403, 404), path
            assert "script-src 'self'" in e.headers["Content-Security-Policy"]
            e.close()
    status, body = Phone(room.server.url.replace(room.server.token, "x" * 16)).get()
    assert status == 403 and "QR-Code" in body["error"]
    status, _ = room.phone().get("../../etc/passwd")
    assert status == 404


def test_the_page_comes_with_a_server_cookie_and_a_strict_policy(room: Room) -> None:
    with urllib.request.urlopen(room.server.url, timeout=5) as response:
        page = response.read().decode()
        headers = response.headers
    assert '<html lang="de">' in page and '<script src="room.js"' in page
    assert "<script>" not in page  # nothing inline for the policy to allow
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    cookie = headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["Server"] == "cdo-workshop"


def test_the_facilitator_is_no_voter(room: Room) -> None:
    """A witness, as on the agreement: not offered on the phones, and refused if asked."""
    from cdo_workshop.domain.model import StakeholderGroup

    facilitator = next(
        p for p in room.session.participants if p.group == StakeholderGroup.FACILITATOR
    )
    phone = room.phone()
    phone.get()
    _, state = phone.get("api/state")
    assert facilitator.id not in [p["id"] for p in state["people"]]
    status, _ = phone.post("api/claim", {"participant": facilitator.id})
    assert status in (404, 409, 422)


def test_a_name_belongs_to_one_device(room: Room) -> None:
    first, second = room.phone(), room.phone()
    name = room.names()[0]
    state = first.join(name)
    assert state["me"]["name"] == name
    second.get()
    _, people = second.get("api/state")
    taken = next(p for p in people["people"] if p["name"] == name)
    assert taken["taken"]
    status, answer = second.post("api/claim", {"participant": taken["id"]})
    assert status == 409 and "anderes Gerät" in answer["error"]
    other = next(p for p in people["people"] if not p["taken"])
    status, answer = first.post("api/claim", {"participant": other["id"]})
    assert status == 409  # a device picks its name once
    assert room.server.free_name(room.session.participants[0].id)
    status, _ = second.post("api/claim", {"participant": taken["id"]})
    assert status == 200


def test_votes_are_counted_changed_and_never_shown(room: Room) -> None:
    phone = room.phone()
    person = room.session.participants[0]
    state = phone.join(person.name)
    question = next(q for q in state["questions"] if q["kind"] == "area")
    assert question["open"] and question["max_level"] == room.area.max_level
    assert f"Stufe {room.area.max_level}" in question["limit"]
    wire = question["id"]
    assert phone.post("api/vote", {"question": wire, "value": 1})[0] == 200
    status, answer = phone.post("api/vote", {"question": wire, "value": room.area.max_level})
    assert status == 200 and answer["counted"] and "gezählt" in answer["message"]
    assert room.area.votes[person.id] == room.area.max_level
    assert len(room.saved) >= 2
    _, state = phone.get("api/state")
    assert next(q for q in state["questions"] if q["id"] == wire)["counted"]
    assert str(room.area.max_level) not in str(state["questions"][0]["counted"])
    status, answer = phone.post("api/vote", {"question": "expectation", "value": 65})
    assert status == 200
    assert any(e.votes.get(person.id) == 65 for e in room.session.expectations)


def test_values_outside_the_session_are_refused_with_a_message(room: Room) -> None:
    phone = room.phone()
    phone.join(room.names()[1])
    wire = f"area:{room.area.id}"
    status, answer = phone.post("api/vote", {"question": wire, "value": 7})
    assert status == 422
    assert f"höchstens Stufe {room.area.max_level}" in answer["error"]
    assert room.session.participants[1].id not in room.area.votes or (
        room.area.votes[room.session.participants[1].id] <= room.area.max_level
    )
    for body, code in (
        ({"question": "area:unknown", "value": 1}, 404),
        ({"question": wire, "value": "1"}, 422),
        ({"question": "expectation", "value": 101}, 422),
        ([1, 2], 400),
    ):
        assert phone.post("api/vote", body)[0] == code, body
    assert phone.post("api/vote", b"{not json")[0] == 400
    assert phone.post("api/vote", {"question": wire, "value": 1, "pad": "x" * 5000})[0] == 413
    status, answer = phone.post(
        "api/vote", {"question": wire, "value": 1}, Origin="http://evil.example"
    )
    assert status == 403 and "anderen Seite" in answer["error"]  # not "scan the QR code again"


def test_a_phone_without_a_name_or_a_cookie_cannot_vote(room: Room) -> None:
    phone = room.phone()
    assert phone.post("api/vote", {"question": "expectation", "value": 5})[0] == 403
    phone.get()
    assert phone.post("api/vote", {"question": "expectation", "value": 5})[0] == 403


def test_requests_are_rate_limited(room: Room) -> None:
    phone = room.phone()
    phone.join(room.names()[2])
    codes = [phone.post("api/vote", {"question": "expectation", "value": 5})[0] for _ in range(15)]
    assert 429 in codes and codes[0] == 200


def test_a_wrong_host_name_is_refused(room: Room) -> None:
    request = urllib.request.Request(room.server.url, headers={"Host": "attacker.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 403
    refused.value.close()


def test_a_rotated_token_retires_the_old_link(room: Room) -> None:
    old = room.server.url
    new = room.server.rotate_token()
    assert new != old
    assert Phone(old).get()[0] == 403
    assert Phone(new).get()[0] == 200


def test_the_server_is_gone_after_stop(room: Room) -> None:
    url = room.server.url
    room.server.stop()
    assert not room.server.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def test_all_interfaces_are_never_bound_silently() -> None:
    for host in ("0.0.0.0", "localhost", "::", "224.0.0.1"):
        with pytest.raises(ValueError):
            check_address(host)
    assert check_address("127.0.0.1") == "127.0.0.1"


def test_a_vote_waiting_for_a_stopped_owner_is_refused_not_hung(
    draft: Session, catalog: Any
) -> None:
    """The owner stops the server while a vote waits for it: close() refuses the vote."""
    calls = CallQueue()
    room = Room(draft, catalog)
    room.sink.calls = calls
    phone = room.phone()
    phone.join(room.names()[0])
    result: list[int] = []
    thread = threading.Thread(
        target=lambda: result.append(
            phone.post("api/vote", {"question": "expectation", "value": 5})[0]
        )
    )
    thread.start()
    while not calls._pending:  # the vote waits for its owner, who never serves it
        thread.join(0.01)
    calls.close()
    room.server.stop()
    thread.join(10)
    assert result == [503]


def test_a_flood_of_half_sent_requests_is_cut_off_and_the_phones_still_vote(
    room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slowloris from one address (no token needed): connections beyond the cap are closed
    at once, half-sent headers time out, and a phone's vote still goes through."""
    import socket
    import time

    from cdo_workshop.room import connections

    monkeypatch.setattr(connections, "HEADER_S", 0.5)  # read when each connection opens
    monkeypatch.setattr(connections, "MAX_CONNECTIONS", 12)  # 127.0.0.1 counts to the total
    host, port = room.server.host, room.server.port
    held = []
    for _ in range(connections.MAX_CONNECTIONS + 10):
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(b"GET /r/x/ HTTP/1.1\r\nHost: 1")  # never finished
        held.append(s)

    def closed(s: socket.socket) -> bool:
        s.settimeout(0.05)
        try:
            return s.recv(1) == b""
        except TimeoutError:
            return False
        except OSError:
            return True

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not all(closed(s) for s in held):
        time.sleep(0.05)  # a real client's wait; the server runs in its own thread
    assert all(closed(s) for s in held)  # the extra ones at once, the rest after HEADER_S
    for s in held:
        s.close()
    phone = room.phone()
    phone.join(room.names()[0])
    status, answer = phone.post("api/vote", {"question": f"area:{room.area.id}", "value": 1})
    assert status == 200, answer


def test_phones_that_drop_their_cookie_cannot_fill_the_room(
    room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking without the cookie again and again makes new devices, but they replace each
    other: a phone that holds a name keeps it, and a new phone still gets in."""
    from cdo_workshop.room import guard

    monkeypatch.setattr(guard, "MAX_DEVICES", 5)
    voter = room.phone()
    voter.join(room.names()[0])
    room.server._joins = guard.RateLimiter(burst=1000, rate=1000)  # the flood's own address
    for _ in range(20):
        assert room.phone().get("api/state")[0] == 200  # a fresh jar every time
    status, state = voter.get("api/state")
    assert status == 200 and state["me"]["name"] == room.names()[0]
    newcomer = room.phone()
    assert newcomer.join(room.names()[1])["me"]["name"] == room.names()[1]


def test_one_address_may_hold_a_few_connections_this_computer_more() -> None:
    from cdo_workshop.room.connections import PER_ADDRESS, Connections

    limits = Connections()
    assert all(limits.admit("192.168.1.23") for _ in range(PER_ADDRESS))
    assert not limits.admit("192.168.1.23")  # one phone (or one attacker) is capped
    assert limits.admit("192.168.1.24")  # the next phone is not
    assert all(limits.admit("127.0.0.1") for _ in range(PER_ADDRESS + 5))
    limits.leave("192.168.1.23")
    assert limits.admit("192.168.1.23")
