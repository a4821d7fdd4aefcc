"""The certificate share by commune, drawn as an SVG bar chart on the server.

No chart library and no script: the page stays readable with JavaScript off, prints as it
shows, and the picture is a few hundred bytes per commune. The geometry is worked out here
(in a viewBox of fixed width, scaled by the browser) and the template draws it, with the
figure written at the end of each bar so the chart reads without colour too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .figures import CommuneRow

WIDTH = 640
LABEL = 190  # room for the commune's name, left of the bars
BAR_ROOM = 380  # the longest bar (100%)
ROW = 20
BAR = 13
TOP = 24  # room for the axis marks above the first bar


@dataclass(frozen=True)
class Bar:
    name: str
    share: float
    y: int
    length: float


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    height: int
    ticks: list[tuple[float, int]]  # x of the mark, its percentage
    width: int = WIDTH
    label: int = LABEL
    bar: int = BAR
    room: int = BAR_ROOM


def certificate_chart(rows: Sequence[CommuneRow]) -> Chart:
    bars = [Bar(row.name, row.figures.certified_share, TOP + i * ROW,
                round(row.figures.certified_share * BAR_ROOM, 1))
            for i, row in enumerate(rows)]
    ticks = [(LABEL + BAR_ROOM * p / 100, p) for p in (0, 25, 50, 75, 100)]
    return Chart(bars, TOP + len(bars) * ROW + 4, ticks)
