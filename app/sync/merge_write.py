"""Writing a merged bundle: its journal entries, each touched row once, its conflicts.

``merge.py`` folds a bundle's changes into rows in memory; this writes the result in the
caller's transaction, and moves this copy's clock past the newest change accepted. Apart
so that the rules of merging read in one place and the SQL of writing in another.
"""

from __future__ import annotations

from json.encoder import encode_basestring_ascii
from typing import Any, Protocol

from sqlalchemy import Connection, select, update

from app.models import Conflict, Device, JournalEntry
from app.models.bulk import insert_rows, update_rows
from app.models.clock import RecordClock
from app.models.hlc import Stamp
from app.models.journal import VALUES_TEXT, VECTOR_TEXT
from app.models.journal_order import hold_journal_order

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
    in dependency order, changed ones updated, and the conflicts found; each table's rows
    in one prepared statement (bulk.py). From its journal entries to its commit the
    transaction holds the journal's order (app/models/journal_order.py)."""
    hold_journal_order(connection)
    insert_rows(connection, JournalEntry.__table__, [dict(
        hlc=op["h"], device_id=op["d"], table_name=op["t"], row_id=op["id"],
        partition=op["p"], op=op["o"], changes=VALUES_TEXT.encode(op["v"]),
        vector=_vector_text(op["vv"]), origin=origin, account=op.get("a"),
    ) for op in ops])
    inserts: dict[str, list[dict]] = {}
    updates: dict[tuple[str, bool], list[dict]] = {}
    for key, row in merger.rows.items():
        clock = merger.clocks.get(key)
        if clock is None:
            continue
        row["clock"] = clock.to_json()
        if key in merger.inserted:
            inserts.setdefault(key[0], []).append(row)
        else:  # a stored row: all of it if the merge changed it, else its clock only
            updates.setdefault((key[0], key in merger.changed), []).append(row)
    for name in [n for n in TABLES if n in inserts]:
        insert_rows(connection, TABLES[name], inserts[name])
    for (name, changed), rows in updates.items():
        table = TABLES[name]
        columns = [c.name for c in table.columns if c.name != "id"] if changed else ["clock"]
        update_rows(connection, table, columns, rows)
    if merger.conflicts:
        insert_rows(connection, Conflict.__table__, merger.conflicts)


def _vector_text(vector: dict[str, str]) -> str:
    """A change's version vector as the journal keeps it (``VECTOR_TEXT``'s text); the
    common vector of one device, its author, written directly as that encoder writes it."""
    if len(vector) == 1:
        (device, stamp), = vector.items()
        if type(device) is str and type(stamp) is str:
            return f"{{{encode_basestring_ascii(device)}:{encode_basestring_ascii(stamp)}}}"
    return VECTOR_TEXT.encode(vector)


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

