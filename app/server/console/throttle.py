"""A growing wait after wrong passwords, per account name and per client address.

Guessing passwords must cost time, but a forgotten password must never lock a member of
staff out for good (nor let anyone lock an account by typing its name): the first
``FREE`` wrong passwords cost nothing, then each one makes the next try wait twice as
long, from ``FIRST`` seconds up to ``LONGEST``; a try during the wait is not even checked
(so it adds nothing). The count is kept per account name (someone trying many passwords on
one account from many places) and per address (one place trying many names); the longer
wait of the two applies. A right password clears both; a key left alone for ``FORGET``
seconds starts again from zero. Kept in memory, bounded: the server is one process.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

FREE = 3
FIRST = 1.0  # seconds
LONGEST = 300.0
FORGET = 3600.0
MOST = 20_000  # keys kept; beyond, those forgotten first go, then the oldest


@dataclass
class _Count:
    failures: int
    last: float


class Throttle:
    def __init__(self, clock=time.monotonic) -> None:
        self._counts: dict[str, _Count] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def wait(self, *keys: str) -> int:
        """Whole seconds before a try with these keys is heard (0: now)."""
        now = self._clock()
        with self._lock:
            left = max((self._left(key, now) for key in keys), default=0.0)
        return math.ceil(left)

    def failed(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            if len(self._counts) >= MOST:
                self._make_room(now)
            for key in keys:
                count = self._live(key, now)
                self._counts[key] = _Count((count.failures if count else 0) + 1, now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._counts.pop(key, None)

    def _left(self, key: str, now: float) -> float:
        count = self._live(key, now)
        if count is None or count.failures < FREE:
            return 0.0
        delay = min(FIRST * 2 ** min(count.failures - FREE, 20), LONGEST)
        return max(0.0, count.last + delay - now)

    def _live(self, key: str, now: float) -> _Count | None:
        count = self._counts.get(key)
        if count is not None and now - count.last > FORGET:
            del self._counts[key]
            return None
        return count

    def _make_room(self, now: float) -> None:
        for key in [k for k, c in self._counts.items() if now - c.last > FORGET]:
            del self._counts[key]
        while len(self._counts) >= MOST:
            del self._counts[min(self._counts, key=lambda k: self._counts[k].last)]
