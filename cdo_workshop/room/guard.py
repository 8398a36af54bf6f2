"""The room's defences that need no HTTP: rate limits, devices and the names they hold.

A device is the server's random cookie value (never made up by the page: a LAN address is
no secure context, so `crypto.randomUUID` is missing there). A name belongs to one device
until the facilitator frees it.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

MAX_DEVICES = 300  # far more phones than any workshop room; bounds the server's memory
MAX_BUCKETS = 2000


@dataclass
class Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """Token buckets per key: `burst` requests at once, then `rate` per second."""

    def __init__(
        self, burst: float, rate: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.burst, self.rate, self.clock = burst, rate, clock
        self._buckets: OrderedDict[str, Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            bucket = self._buckets.pop(key, None) or Bucket(self.burst, now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.rate)
            bucket.stamp = now
            self._buckets[key] = bucket
            while len(self._buckets) > MAX_BUCKETS:  # the oldest keys go first
                self._buckets.popitem(last=False)
            if bucket.tokens < 1:
                return False
            bucket.tokens -= 1
            return True


class Devices:
    """Devices that joined and the participant each holds (thread-safe).

    When MAX_DEVICES are known, a new one takes the place of the device seen longest ago
    that holds no name: someone asking again and again without keeping the cookie only
    replaces their own devices, never locks the room's phones out (each holds its name,
    and one that has not picked yet asks every few seconds, so it stays recent)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # device -> participant id ("" none yet), the device seen last at the end
        self._holder: OrderedDict[str, str] = OrderedDict()

    def new(self) -> str | None:
        """A new device id, or None when MAX_DEVICES devices all hold a name."""
        with self._lock:
            if len(self._holder) >= MAX_DEVICES:
                unnamed = next((d for d, held in self._holder.items() if not held), None)
                if unnamed is None:
                    return None
                del self._holder[unnamed]
            device = secrets.token_urlsafe(24)
            self._holder[device] = ""
            return device

    def known(self, device: str | None) -> bool:
        """Whether the server gave out this device (and it is still known): seen now."""
        with self._lock:
            if not device or device not in self._holder:
                return False
            self._holder.move_to_end(device)
            return True

    def forget_unnamed(self) -> None:
        """A new link: devices that never picked a name scan it anew anyway."""
        with self._lock:
            for device in [d for d, held in self._holder.items() if not held]:
                del self._holder[device]

    def participant(self, device: str | None) -> str:
        with self._lock:
            return self._holder.get(device or "", "")

    def claim(self, device: str, participant_id: str) -> str:
        """ "" if the device now holds the name, else why not ("name_chosen", "name_taken")."""
        with self._lock:
            current = self._holder.get(device)
            if current is None:
                return "no_device"
            if current == participant_id:
                return ""
            if current:
                return "name_chosen"
            if participant_id in self._holder.values():
                return "name_taken"
            self._holder[device] = participant_id
            return ""

    def free(self, participant_id: str) -> bool:
        """The facilitator frees a name taken by mistake; the device picks again."""
        with self._lock:
            for device, held in self._holder.items():
                if held == participant_id:
                    self._holder[device] = ""
                    return True
            return False

    def held(self) -> set[str]:
        with self._lock:
            return {p for p in self._holder.values() if p}

    def count(self) -> int:
        with self._lock:
            return len(self._holder)
