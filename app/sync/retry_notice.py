"""What a push says while it waits to try a request again.

A link from a border commune drops often and the client retries with back-off
(``RetryPolicy``, below, which app/sync/http.py follows); those waits add up to a minute
or more when the province's server cannot be reached. The officer must see them as they
happen, and be able to stop, rather than watch a bar that does not move. A retry therefore
travels the way every progress report does, ``progress(done, total, stage)``: the "stage"
is a ``RetryNotice`` instead of a transfer stage, with ``done`` and ``total`` as last
reported, so no caller needs a second callback. The window words it in its own language;
the command line prints ``notice.message`` from the catalogue, as it prints a stage's.

Kept apart from http.py so that the window can know the type without loading httpx.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from app.messages import Message, message


@dataclass(frozen=True)
class RetryNotice:
    """A request failed ``failures`` times (``reason``: the last time) and is tried again,
    at most ``attempts`` tries in all, after ``delay`` seconds."""

    failures: int
    attempts: int
    delay: float
    reason: Message

    @property
    def next_try(self) -> int:
        """The number of the try about to be made (2 after the first failure)."""
        return self.failures + 1

    @property
    def seconds(self) -> int:
        """The wait in whole seconds, rounded up, never 0 (nobody reads "in 0 seconds")."""
        return max(1, math.ceil(self.delay))

    @property
    def message(self) -> Message:
        """What the command line prints while it waits."""
        return message("transfer.retrying", reason=self.reason, attempt=self.next_try,
                       seconds=self.seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to keep trying one request: the first of ``attempts`` or ``seconds`` wins."""

    attempts: int = 8
    base_delay: float = 0.5
    max_delay: float = 15.0
    seconds: float = 120.0

    def delay(self, failures: int) -> float:
        """Exponential back-off with jitter: half fixed, half random, so that many devices
        cut off by one outage do not all come back at the same instant."""
        ceiling = min(self.max_delay, self.base_delay * 2 ** (failures - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)
