"""Hybrid logical clock stamps.

A stamp orders changes across devices whose wall clocks disagree: it is the larger of the
wall clock and the last stamp seen, plus a counter when the two are equal. Stamps are stored
as fixed-width strings (``"000001732212345678.00003"``) so that string order is time order
in SQLite, PostgreSQL and JSON alike; ties between devices are broken by device id where the
merge needs it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

WALL_DIGITS = 18
COUNTER_DIGITS = 5


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, _, counter = text.partition(".")
        if not (wall.isdigit() and counter.isdigit()):
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter))


ZERO = Stamp(0, 0)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: Stamp, wall_ms: int | None = None) -> Stamp:
    """The next local stamp after ``last``: never behind it, even if the wall clock went back."""
    wall = now_ms() if wall_ms is None else wall_ms
    if wall > last.wall_ms:
        return Stamp(wall, 0)
    return Stamp(last.wall_ms, last.counter + 1)
