"""Writing a merged bundle: its journal entries, each touched row once, its conflicts.

``merge.py`` folds a bundle's changes into rows in memory; this writes the result in the
caller's transaction, and moves this copy's clock past the newest change accepted. Apart
so that the rules of merging read in one place and the SQL of writing in another.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from sqlalchemy import Connection, insert, select, update

from app.models import Conflict, Device, JournalEntry
from app.models.clock import RecordClock
from app.models.hlc import Stamp

from .ops import TABLES, Op

Key = tuple[str, str]  # (table, record id)


class Merged(Protocol):
    """What the merge leaves to write: rows by key, their clocks, which keys are new and
    which changed, and the conflicts found."""

    rows: dict[Key, dict]
    clocks: dict[Key, RecordClock]
    inserted: set[Key]
    changed: set[Key]
    conflicts: list[dict[str, Any]]


def write(connection: Connection, ops: list[Op], merger: Merged, origin: str) -> None:
    """The journal entries of ``ops``, then each touched row once: new rows table by table
    in dependency order, changed ones updated, and the conflicts found."""
    connection.execute(insert(JournalEntry.__table__), [dict(
        hlc=op["h"], device_id=op["d"], table_name=op["t"], row_id=op["id"],
        partition=op["p"], op=op["o"], changes=json.dumps(op["v"], ensure_ascii=False),
        vector=json.dumps(op["vv"], sort_keys=True), origin=origin,
    ) for op in ops])
    inserts: dict[str, list[dict]] = {}
    for key, row in merger.rows.items():
        clock = merger.clocks.get(key)
        if clock is None:
            continue
        row["clock"] = clock.to_json()
        if key in merger.inserted:
            inserts.setdefault(key[0], []).append(row)
    for name in [n for n in TABLES if n in inserts]:
        _insert_rows(connection, name, inserts[name])
    for key in merger.clocks:
        if key not in merger.inserted:
            _update_row(connection, key, merger.rows[key], key in merger.changed)
    if merger.conflicts:
        connection.execute(insert(Conflict.__table__), merger.conflicts)


def _insert_rows(connection: Connection, name: str, rows: list[dict]) -> None:
    table = TABLES[name]
    columns = {c.name for c in table.columns}
    connection.execute(insert(table), [{k: v for k, v in r.items() if k in columns}
                                       for r in rows])


def _update_row(connection: Connection, key: tuple[str, str], row: dict, changed: bool
                ) -> None:
    table = TABLES[key[0]]
    values = {c.name: row.get(c.name) for c in table.columns if c.name != "id"}
    if not changed:
        values = {"clock": row["clock"]}
    connection.execute(update(table).where(table.c.id == key[1]).values(**values))


def receive_clock(connection: Connection, newest: str) -> None:
    """Keep this copy's clock ahead of every change it has accepted."""
    stamp = Stamp.decode(newest)
    device = Device.__table__
    current = connection.execute(select(device.c.clock_wall_ms, device.c.clock_counter)).first()
    if current is None or (current.clock_wall_ms, current.clock_counter) >= (
            stamp.wall_ms, stamp.counter):
        return
    connection.execute(update(device).values(clock_wall_ms=stamp.wall_ms,
                                             clock_counter=stamp.counter))

