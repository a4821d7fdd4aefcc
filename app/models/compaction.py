"""Compacting the change journal: a record keeps only the entries a merge still needs.

What needs what (read from ``app/sync/merge.py``): a receiver folds a record's changes
field by field, the newest version winning, and uses each change's version vector ("vv")
to tell a later edit from a concurrent one and to decide deletes. A receiver that gets a
record's history from this journal (a device enrolled later, one coming back after months)
therefore needs, per record:

- the **insert** entry, whole: it creates the row (every column it needs is in it);
- for every field, the entry holding the field's **newest version**;
- every entry that a newer version of the same field does not **cover** (its author had
  not seen it: a concurrent edit, which a receiver may have to report as a conflict);
- the entry of the row's own stamp (the journal guard triggers look it up on the next
  write of the row).

An entry whose every field was overwritten later by an author who had seen it adds
nothing: the newer entry's value wins anyway, no conflict arises from it, and the newer
entry's vector already contains its own (vectors only grow), so the record's vector and
its deletes' knowledge come out the same. Such entries are deleted; an entry with some
fields overwritten that way keeps only the others. Sequence numbers are never reused or
renumbered, so the ranges that bundles, receipts and watermarks name stay true (a range
simply holds fewer entries). A record's clock (``clock.py``) is not compacted: each field's
exact version is what lets a late concurrent edit lose or win the same way everywhere.

Only entries at or below a partition's *limit* are touched: the caller (``app/sync/
compaction.py``) knows which changes every peer has acknowledged. The merge still skips a
change it was sent again after its entry went (``_fresh`` no longer finds it): such a
change is older than, and covered by, what the record holds, so it changes no value and
raises no conflict (it is journalled again, and compacted again later).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, delete, func, select, update

from .base import Base
from .clock import Version, VersionVector, covers
from .journal import JournalEntry

_CHUNK = 500
_VALUES = json.JSONEncoder(ensure_ascii=False)


@dataclass
class Compacted:
    """What one compaction did: records looked at, entries deleted, entries trimmed."""

    records: int = 0
    dropped: int = 0
    trimmed: int = 0

    def add(self, other: Compacted) -> None:
        self.records += other.records
        self.dropped += other.dropped
        self.trimmed += other.trimmed


class _Entry(NamedTuple):
    seq: int
    version: Version
    op: str
    values: dict[str, Any]
    vector: VersionVector
    origin: str | None
    partition: str


@dataclass(frozen=True)
class Limits:
    """Up to which journal sequence number each partition's entries may be compacted
    (``default`` for a partition not named); with ``received_free`` an entry another copy
    brought may go whatever its number (a laptop sends those to no one)."""

    by_partition: Mapping[str, int]
    default: int = 0
    received_free: bool = False

    def allows(self, entry: _Entry) -> bool:
        if self.received_free and entry.origin is not None:
            return True
        return entry.seq <= self.by_partition.get(entry.partition, self.default)


def plan(entries: list[_Entry], stamp: Version | None, limits: Limits
         ) -> tuple[list[int], dict[int, dict[str, Any]]]:
    """For one record's entries: the sequence numbers to delete, and the new values of
    those to trim (see the module's docstring for why each is safe)."""
    newest: dict[str, _Entry] = {}
    for entry in entries:
        for name in entry.values:
            if name not in newest or entry.version > newest[name].version:
                newest[name] = entry
    own = next((e for e in entries if e.version == stamp), None)
    drop: list[int] = []
    trim: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if entry.op == "insert" or entry is own or not limits.allows(entry):
            continue
        kept = {name: value for name, value in entry.values.items()
                if newest[name] is entry or not covers(newest[name].vector, entry.version)}
        if kept:
            if len(kept) < len(entry.values):
                trim[entry.seq] = kept
        elif entry.values or (own is not None and covers(own.vector, entry.version)):
            drop.append(entry.seq)
    return drop, trim


def candidates(connection: Connection, since: Mapping[str, int], default: int
               ) -> set[tuple[str, str]]:
    """The records with an entry above the partition's last limit: only those can have
    become compactable (a newer entry arrived, or the limit moved past one)."""
    journal = JournalEntry.__table__
    found: set[tuple[str, str]] = set()
    for (partition,) in connection.execute(select(journal.c.partition).distinct()):
        query = select(journal.c.table_name, journal.c.row_id).where(
            journal.c.partition == partition,
            journal.c.seq > since.get(partition, default)).distinct()
        found.update((t, r) for t, r in connection.execute(query))
    return found


def compact_records(connection: Connection, records: Iterable[tuple[str, str]],
                    limits: Limits) -> Compacted:
    """Compact the journal of ``records`` ((table, id) pairs) under ``limits``."""
    done = Compacted()
    ordered = sorted(records, key=lambda key: (key[0], key[1]))
    for start in range(0, len(ordered), _CHUNK):
        done.add(_compact_chunk(connection, ordered[start:start + _CHUNK], limits))
    return done


def _compact_chunk(connection: Connection, records: list[tuple[str, str]], limits: Limits
                   ) -> Compacted:
    journal = JournalEntry.__table__
    wanted = set(records)
    history: dict[tuple[str, str], list[_Entry]] = {}
    rows = connection.execute(select(
        journal.c.seq, journal.c.hlc, journal.c.device_id, journal.c.table_name,
        journal.c.row_id, journal.c.op, journal.c.changes, journal.c.vector, journal.c.origin,
        journal.c.partition).where(journal.c.row_id.in_({r for _, r in records})))
    for row in rows:
        key = (row.table_name, row.row_id)
        if key in wanted:
            history.setdefault(key, []).append(_Entry(
                row.seq, (row.hlc, row.device_id), row.op, json.loads(row.changes),
                json.loads(row.vector) if row.vector else {row.device_id: row.hlc},
                row.origin, row.partition))
    stamps = _stamps(connection, records)
    drop: list[int] = []
    trim: dict[int, dict[str, Any]] = {}
    for key, entries in history.items():
        gone, trimmed = plan(entries, stamps.get(key), limits)
        drop += gone
        trim.update(trimmed)
    for start in range(0, len(drop), _CHUNK):
        connection.execute(delete(journal).where(journal.c.seq.in_(drop[start:start + _CHUNK])))
    if trim:
        connection.execute(
            update(journal).where(journal.c.seq == bindparam("key"))
            .values(changes=bindparam("text")),
            [{"key": seq, "text": _VALUES.encode(values)} for seq, values in trim.items()])
    return Compacted(len(history), len(drop), len(trim))


def _stamps(connection: Connection, records: list[tuple[str, str]]) -> dict[tuple[str, str],
                                                                            Version]:
    """Each record's own stamp (the version of its newest change), table by table."""
    by_table: dict[str, list[str]] = {}
    for table_name, row_id in records:
        by_table.setdefault(table_name, []).append(row_id)
    out: dict[tuple[str, str], Version] = {}
    for table_name, ids in by_table.items():
        table = Base.metadata.tables[table_name]
        query = select(table.c.id, table.c.hlc, table.c.device_id).where(table.c.id.in_(ids))
        out.update({(table_name, row.id): (row.hlc, row.device_id)
                    for row in connection.execute(query)})
    return out


def newest_seq(connection: Connection) -> int:
    journal = JournalEntry.__table__
    return connection.scalar(select(func.max(journal.c.seq))) or 0
