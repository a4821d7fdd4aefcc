"""One stock-take scan on a 50,000-item register (target < 50 ms): the window's scan
field and ``stocktake count`` call ``app.ops.stocktake.scan_tag``, one unit of work that
finds the open round, looks the tag up in ``ix_equipment_tag_key`` and writes the count
with its journal entry. Beside it, a raw reference measured in the same run: the same
index look-up as one bare sqlite3 query, nothing written — the gap is the unit of work
and the journal.

The figure is the slowest of the scans timed (a mix of tags found, typed in lower case,
unknown and scanned twice), as the officer waits for each one.
"""

from __future__ import annotations

import random
import sqlite3
import time

from app.models.equipment import Equipment
from app.models.records import create
from app.ops import stocktake
from bench.common import device_store, report

ITEMS = 50_000
BATCH = 5_000
SCANS = 60


def fill(store) -> None:
    rng = random.Random(16)
    for start in range(0, ITEMS, BATCH):
        with store.sessions.begin() as session:
            for number in range(start, start + BATCH):
                create(session, Equipment, commune_code="03325", category="desktop",
                       brand="Dell", model="OptiPlex 3080", asset_tag=f"MP-PC-{number:05d}",
                       value_vnd=rng.randint(1, 400) * 50_000, status="in_use")


def scans(rng: random.Random) -> list[str]:
    found = [f"MP-PC-{rng.randrange(ITEMS):05d}" for _ in range(SCANS // 2)]
    typed = [f" mp-pc-{rng.randrange(ITEMS):05d} " for _ in range(SCANS // 4)]
    unknown = [f"LA-{n:03d}" for n in range(SCANS // 8)]
    return [*found, *typed, *unknown, *found[: SCANS // 8]]


def raw_lookup(path: str, tags: list[str]) -> float:
    """The slowest bare index look-up of the same tags."""
    slowest = 0.0
    with sqlite3.connect(path) as connection:
        for tag in tags:
            start = time.perf_counter()
            connection.execute("SELECT id FROM equipment WHERE upper(replace(asset_tag, ' ', ''))"
                               " = ? AND commune_code = '03325' AND deleted = 0 LIMIT 1",
                               (tag.strip().upper(),)).fetchone()
            slowest = max(slowest, time.perf_counter() - start)
    return slowest


def main() -> None:
    with device_store(["03325"]) as store:
        fill(store)
        stocktake.open_round(store, [("Lò Văn Ánh", "Trưởng ban")])
        tags = scans(random.Random(3))
        random.Random(5).shuffle(tags)
        slowest, kinds = 0.0, set()
        for tag in tags:
            start = time.perf_counter()
            kinds.add(stocktake.scan_tag(store, tag).kind)
            slowest = max(slowest, time.perf_counter() - start)
        assert kinds == {"found", "unknown", "duplicate"}, kinds
        raw = raw_lookup(str(store.path), tags)
    report(f"stock-take scan answered, 50,000 items, slowest of {SCANS} "
           f"(bare index look-up: {raw * 1000:.2f} ms)", slowest * 1000, "ms", 50)


if __name__ == "__main__":
    main()
