"""Applying a peer's changes: per field, by version, with nothing lost and nothing twice.

For each field the later version (stamp, then device id) wins, on every copy alike, so all
copies converge whatever order changes arrive in. A change whose author had not seen the
value it replaces is concurrent: the losing value goes to the conflict log for review. A
delete wins only over edits that its author, or the author of another delete of the same
record, had seen (two officers who each deleted it after their own edit both wanted it
gone); an edit no delete had seen keeps the record alive and is reported as a conflict,
never a silent delete. A change already applied is
recognised by its (table, record, stamp, device) in the journal and skipped.

All of one call is applied in the caller's transaction: the caller commits or rolls back
the whole bundle. How the merged rows are then written is in ``merge_write.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models import JournalEntry, hlc
from app.models.clock import RecordClock, Version, covers, merged_vector
from app.models.erasure import enforce, scrub, strip_personal
from app.models.hlc import Stamp

from .errors import SyncError
from .lookups import text_rows
from .merge_write import receive_clock, write
from .ops import (
    DERIVED_FIELDS,
    EVENT_TABLES,
    META_FIELDS,
    TABLES,
    Op,
    chunks,
    from_json,
    ordered,
    to_json,
    values_from_json,
)

MAX_DRIFT_MS = 24 * 3600 * 1000  # a stamp more than a day ahead of this clock is refused


class MergeError(SyncError):
    """A bundle's changes cannot be applied as they are; nothing of it was applied."""


class ClockDriftError(MergeError):
    """A change is stamped so far in the future that it would win every later conflict."""


@dataclass
class MergeResult:
    applied: int = 0
    duplicates: int = 0
    conflicts: int = 0
    newest: str = ""
    tables: set[str] = field(default_factory=set)


def apply_ops(session: Session, ops: list[Op], origin: str, *, now: int | None = None
              ) -> MergeResult:
    """Merge ``ops`` (from peer ``origin``) into this copy, in the session's transaction."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    _check(ops, hlc.now_ms() if now is None else now)
    result = MergeResult()
    fresh = _fresh(connection, ordered(ops), result)
    if not fresh:
        return result
    rows = _load_rows(connection, fresh)
    erased = _keep_erased(connection, rows, fresh)
    merger = _Merger(rows)
    for op in fresh:
        merger.apply(op)
    _check_links(connection, merger)
    write(connection, fresh, merger, origin)
    enforce(connection, erased)
    scrub(connection, erased)
    result.applied = len(fresh)
    result.conflicts = len(merger.conflicts)
    result.newest = max(op["h"] for op in fresh)
    result.tables = {op["t"] for op in fresh}
    receive_clock(connection, result.newest)
    return result


def _keep_erased(connection: Connection, rows: dict[tuple[str, str], dict], ops: list[Op]
                 ) -> set[str]:
    """The officials erased here or by this bundle; their ops lose every personal value
    (a device that had not seen the erasure cannot bring the name back), and the space
    their old values free is zeroed (``erasure.py``)."""
    erased = {key[1] for key, row in rows.items() if key[0] == "staff" and row.get("erased")}
    erased |= {op["id"] for op in ops if op["t"] == "staff" and op["v"].get("erased") is True}
    if not erased:  # nearly every bundle: no op to look at again
        return erased
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA secure_delete = ON")
    for op in ops:
        if op["t"] == "staff" and op["id"] in erased:
            op["v"] = strip_personal(op["v"], op["id"])
    return erased


def _check(ops: list[Op], now: int) -> None:
    for op in ops:
        if op.get("t") not in TABLES:
            raise MergeError("sync.unknown_table", table=str(op.get("t")))
        try:
            wall = _wall_ms(op["h"])
        except (KeyError, ValueError) as exc:
            raise MergeError("sync.bad_stamp") from exc
        if wall > now + MAX_DRIFT_MS:
            raise ClockDriftError("sync.clock_ahead", device=op["d"],
                                  days=round((wall - now) / 86_400_000),
                                  moment=datetime.fromtimestamp(wall / 1000, UTC))


def _wall_ms(stamp: str) -> int:
    """``Stamp.decode(stamp).wall_ms`` (the same ValueError), without making the Stamp."""
    wall, _, counter = stamp.partition(".")
    if not (wall.isdigit() and counter.isdigit()):
        return Stamp.decode(stamp).wall_ms  # raises its ValueError
    return int(wall)


def _fresh(connection: Connection, ops: list[Op], result: MergeResult) -> list[Op]:
    """Drop ops already in the journal (applied before) or repeated within the bundle."""
    seen: set[tuple] = set(map(tuple, text_rows(
        connection, JournalEntry.__table__, ("table_name", "row_id", "hlc", "device_id"),
        [op["id"] for op in ops], key="row_id")))
    fresh = []
    for op in ops:
        key = (op["t"], op["id"], op["h"], op["d"])
        if key in seen:
            result.duplicates += 1
            continue
        seen.add(key)
        fresh.append(op)
    return fresh


def _load_rows(connection: Connection, ops: list[Op]) -> dict[tuple[str, str], dict]:
    """The stored rows the ops touch, whole. Which ids are stored is asked first, plainly
    (lookups.py): a bundle of new records then reads no row at all."""
    rows: dict[tuple[str, str], dict] = {}
    by_table: dict[str, set[str]] = {}
    for op in ops:
        by_table.setdefault(op["t"], set()).add(op["id"])
    for name, ids in by_table.items():
        table = TABLES[name]
        stored = sorted(found for found, in text_rows(connection, table, ("id",), ids))
        for part in chunks(stored):
            for row in connection.execute(select(table).where(table.c.id.in_(part))):
                rows[(name, row.id)] = dict(row._mapping)
    return rows


class _Merger:
    """Folds ops into in-memory rows; each row is then written once."""

    def __init__(self, rows: dict[tuple[str, str], dict]) -> None:
        self.rows = rows
        self.clocks: dict[tuple[str, str], RecordClock] = {}
        self.inserted: set[tuple[str, str]] = set()
        self.changed: set[tuple[str, str]] = set()
        self.conflicts: list[dict[str, Any]] = []

    def apply(self, op: Op) -> None:
        key = (op["t"], op["id"])
        if key not in self.rows:
            self._create(key, op)
            return
        clock = self._clock(key)
        before = dict(clock.vector)
        if self._fields(key, op, clock, before):
            self.changed.add(key)
        clock.vector = merged_vector(clock.vector, op["vv"])
        self._settle_delete(key, op, clock)

    def _clock(self, key: tuple[str, str]) -> RecordClock:
        if key not in self.clocks:
            row = self.rows[key]
            self.clocks[key] = RecordClock.from_json(row.get("clock")) or RecordClock.new(
                (row["hlc"], row["device_id"]))
        return self.clocks[key]

    def _create(self, key: tuple[str, str], op: Op) -> None:
        if op["o"] != "insert":
            raise MergeError("sync.record_missing", record=op["id"], table=op["t"])
        table = op["t"]
        row = values_from_json(table, op["v"], META_FIELDS)
        row.update(id=op["id"], partition=op["p"], hlc=op["h"], device_id=op["d"])
        clock = RecordClock(created=(op["h"], op["d"]), vector=dict(op["vv"]))
        if row.get("deleted"):
            clock.delete_vector = dict(op["vv"])
        self.rows[key], self.clocks[key] = row, clock
        self.inserted.add(key)

    def _fields(self, key: tuple[str, str], op: Op, clock: RecordClock,
                seen_here: dict[str, str]) -> bool:
        row, incoming, changed = self.rows[key], (op["h"], op["d"]), False
        for name, raw in op["v"].items():
            if name in META_FIELDS:
                continue
            value, local = from_json(op["t"], name, raw), clock.version(name)
            if incoming == local:
                continue
            if name == "deleted":
                self._delete_knowledge(clock, value, incoming > local, op["vv"])
            if incoming > local:
                if row.get(name) != value and not covers(op["vv"], local):
                    self._conflict(key, name, (value, incoming), (row.get(name), local))
                row[name] = value
                clock.record([name], incoming, {})
                _restamp(row, incoming)
                changed = True
            elif row.get(name) != value and not covers(seen_here, incoming):
                self._conflict(key, name, (row.get(name), local), (value, incoming))
        return changed

    @staticmethod
    def _delete_knowledge(clock: RecordClock, deleting: bool, wins: bool,
                          vector: dict[str, str]) -> None:
        """What the deletes of a record had seen, together: a delete wins over an edit any
        of them had seen. A winning undelete forgets it."""
        if deleting and (wins or clock.delete_vector is not None):
            clock.delete_vector = merged_vector(clock.delete_vector or {}, vector)
        elif not deleting and wins:
            clock.delete_vector = None

    def _settle_delete(self, key: tuple[str, str], op: Op, clock: RecordClock) -> None:
        """A record is deleted only if its delete had seen every edit of it."""
        row = self.rows[key]
        effective = clock.delete_vector is not None and all(
            covers(clock.delete_vector, version)
            for name, version in [("", clock.created), *clock.fields.items()]
            if name != "deleted"
        )
        if bool(row.get("deleted")) == effective:
            return
        if not effective and "deleted" in op["v"] or row.get("deleted"):
            self._conflict(key, "deleted", (False, clock.version("deleted")),
                           (True, clock.version("deleted")))
        row["deleted"] = effective
        if key not in self.inserted:
            _restamp(row, (op["h"], op["d"]))
            self.changed.add(key)

    def _conflict(self, key: tuple[str, str], name: str, kept: tuple[Any, Version],
                  lost: tuple[Any, Version]) -> None:
        if name in DERIVED_FIELDS or key[0] in EVENT_TABLES:
            return
        self.conflicts.append(dict(
            table_name=key[0], row_id=key[1], field=name,
            kept_value=json.dumps(to_json(kept[0]), ensure_ascii=False),
            kept_version="/".join(kept[1]),
            lost_value=json.dumps(to_json(lost[0]), ensure_ascii=False),
            lost_version="/".join(lost[1]), detected_at=datetime.now(),
        ))


@cache
def _links(table_name: str) -> tuple[tuple[str, str], ...]:
    """(column, referenced synced table) of a synced table's foreign keys."""
    return tuple((fk.parent.name, fk.column.table.name) for fk in TABLES[table_name].foreign_keys
                 if fk.column.table.name in TABLES)


def _check_links(connection: Connection, merger: _Merger) -> None:
    """Refuse, with a sentence, changes pointing at records this copy does not have yet."""
    wanted: dict[str, set[str]] = {}
    for key in merger.inserted | merger.changed:
        row = merger.rows[key]
        for column, target in _links(key[0]):
            value = row.get(column)
            if value and (target, value) not in merger.rows:
                wanted.setdefault(target, set()).add(value)
    for target, ids in wanted.items():
        found = {found for found, in text_rows(connection, TABLES[target], ("id",), ids)}
        if ids - found:
            raise MergeError("sync.links_missing", count=len(ids - found), table=target)


def _restamp(row: dict, version: Version) -> None:
    """A record's stamp is its newest change, whatever order changes arrive in."""
    if version > (row["hlc"], row["device_id"]):
        row["hlc"], row["device_id"] = version
