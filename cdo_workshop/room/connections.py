"""Limits on the room server's TCP connections, below HTTP (aiohttp has none of these).

Without them anyone on the room's network, token or not, could open a thousand connections
and trickle half a request line into each: aiohttp waits for the headers indefinitely, the
window's process runs out of file descriptors (it shares them with the database and the
file dialogs) and no phone gets an answer. So:

- at most MAX_CONNECTIONS open at once, and PER_ADDRESS from one address (a phone's browser
  opens up to six; on the room's network every phone has its own address); more are closed
  as soon as they are accepted. This computer's own loopback address counts only towards
  the total (trying the page on the laptop, the tests and benchmarks' many phones);
- a request must bring its headers within HEADER_S of its first byte (phones send theirs in
  one packet), or the connection is closed;
- no connection lives longer than LIFETIME_S (a trickled body, anything else that hangs);
  browsers open a new one when they need it. Idle keep-alive connections end after
  aiohttp's keepalive_timeout (see server.py).

`Guarded` wraps aiohttp's protocol for each accepted connection and passes everything on.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections import Counter
from typing import Any

MAX_CONNECTIONS = 200
PER_ADDRESS = 16
HEADER_S = 10.0
LIFETIME_S = 120.0
END_OF_HEADERS = b"\r\n\r\n"


class Connections:
    """Open connections per address (only the server's loop thread touches it)."""

    def __init__(self) -> None:
        self.per_address: Counter[str] = Counter()

    @property
    def total(self) -> int:
        return sum(self.per_address.values())

    def admit(self, address: str) -> bool:
        if self.total >= MAX_CONNECTIONS:
            return False
        if self.per_address[address] >= PER_ADDRESS and not _loopback(address):
            return False
        self.per_address[address] += 1
        return True

    def leave(self, address: str) -> None:
        self.per_address[address] -= 1
        if self.per_address[address] <= 0:
            del self.per_address[address]


def _loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


class Guarded(asyncio.Protocol):
    """One connection: admitted or closed, then timed, then aiohttp's protocol."""

    def __init__(self, inner: Any, connections: Connections) -> None:
        self.inner = inner
        self.connections = connections
        self.address = ""
        self.transport: asyncio.Transport | None = None
        self._tail = b""  # the last bytes seen, to find an end of headers split in two
        self._waiting: asyncio.TimerHandle | None = None  # headers due
        self._lifetime: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if peer else "?"
        if not self.connections.admit(address):
            transport.abort()  # nothing was handed on: nothing to undo
            return
        self.address, self.transport = address, transport
        loop = asyncio.get_running_loop()
        self._lifetime = loop.call_later(LIFETIME_S, self._close)
        self.inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self.transport is None:
            return
        seen = self._tail + data
        if END_OF_HEADERS in seen:
            self._cancel_waiting()
            # bytes after the last end of headers may start the next request
            seen = seen.rsplit(END_OF_HEADERS, 1)[1]
        if seen and self._waiting is None and END_OF_HEADERS not in seen:
            self._waiting = asyncio.get_running_loop().call_later(HEADER_S, self._close)
        self._tail = seen[-3:]
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        if self.transport is None:
            return None
        result: bool | None = self.inner.eof_received()
        return result

    def pause_writing(self) -> None:
        if self.transport is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.transport is not None:
            self.inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is None:
            return  # refused at the door
        self._cancel_waiting()
        if self._lifetime is not None:
            self._lifetime.cancel()
        self.connections.leave(self.address)
        self.transport = None
        self.inner.connection_lost(exc)

    def _cancel_waiting(self) -> None:
        if self._waiting is not None:
            self._waiting.cancel()
            self._waiting = None

    def _close(self) -> None:
        if self.transport is not None:
            self.transport.abort()
