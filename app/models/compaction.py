"""Compacting the change journal: a record keeps only the entries a merge still needs.

What needs what (read from ``app/sync/merge.py``): a receiver folds a record's changes
field by field, the newest version winning, and uses each change's version vector ("vv")
to tell a later edit from a concurrent one and to decide deletes. A receiver that gets a
record's history from this journal (a device enrolled later, one coming back after months)
therefore needs, per record:

- the **insert** entry: it creates the row (every column it needs is in it);
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

Two rewrites lose nothing at all, and most of a record's bytes go with them. An insert
leaves out its **blank values**: a column that may be empty and has no default comes out
empty whether the creation says so or not (the merge writes a missing column as NULL,
``bulk.insert_rows``; the schema check asks only for columns that must have a value). An
insert keeps every other value, even one overwritten since: a receiver judges a new record
whole (``inbound.py``), and a creation with a value missing could be refused or stand
half-made between two bundles. And a **vector** that says no more than the entry's own
stamp (``{device: stamp}``, a change of a record no other device had touched) is left
empty, which is how ``ops.entry_to_op`` and this module read an empty one.

Only entries at or below a partition's *limit* are touched: the caller (``app/sync/
compaction.py``) knows which changes every peer has acknowledged. The merge still skips a
change it was sent again after its entry went (``_fresh`` no longer finds it): such a
change is older than, and covered by, what the record holds, so it changes no value and
raises no conflict (it is journalled again, and compacted again later).

A laptop's own changes below its limit are no one's source any more: its one peer, the
province, has them and is never sent them again (``Limits.stamps_only``). Of those a record
keeps only its stamp's entry. Changes the province brought keep the rules above: while the
laptop's receipt is on its way the province sends them again, and their entries are what
tells the laptop it has them (``merge._fresh``, ``clock_rules._not_applied``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, delete, or_, select, update
from sqlalchemy.sql.elements import ColumnElement

from .base import Base
from .clock import Version, VersionVector, covers
from .journal import VALUES_TEXT, JournalEntry

_CHUNK = 500
# What an entry weighs besides its text columns: its sequence number, the record header
# and its entries in the journal's three indexes (key columns counted with the row).
_ENTRY_OVERHEAD = 40


@dataclass
class Compacted:
    """What one compaction did: records looked at, entries deleted, entries trimmed, and
    about how many bytes of journal it freed (what rebuilding the file would give back)."""

    records: int = 0
    dropped: int = 0
    trimmed: int = 0
    freed: int = 0

    def add(self, other: Compacted) -> None:
        self.records += other.records
        self.dropped += other.dropped
        self.trimmed += other.trimmed
        self.freed += other.freed


class _Entry(NamedTuple):
    seq: int
    version: Version
    table: str
    op: str
    values: dict[str, Any]
    vector: VersionVector
    stored_vector: bool  # False: the column is empty, read as {device: stamp}
    origin: str | None
    partition: str


@dataclass(frozen=True)
class Limits:
    """Up to which journal sequence number each partition's entries may be compacted
    (``default`` for a partition not named); with ``received_free`` an entry another copy
    brought may go whatever its number (a laptop sends those to no one). With
    ``stamps_only`` the journal is no one's source any more below the limits (a laptop's,
    whose one peer has everything there): of this copy's own entries there a record keeps
    only its stamp's."""

    by_partition: Mapping[str, int]
    default: int = 0
    received_free: bool = False
    stamps_only: bool = False

    def allows(self, entry: _Entry) -> bool:
        if self.received_free and entry.origin is not None:
            return True
        return entry.seq <= self.by_partition.get(entry.partition, self.default)

    def allowed_sql(self, partition: str, journal: Any) -> ColumnElement[bool]:
        """``allows`` as SQL, for the entries of one partition."""
        below = journal.c.seq <= self.by_partition.get(partition, self.default)
        return or_(below, journal.c.origin.is_not(None)) if self.received_free else below


class _Size(NamedTuple):
    """What a journal entry weighs, in bytes: in all, its values, its vector."""

    whole: int
    values: int
    vector: int


@dataclass
class Rewrite:
    """What compaction does to one record's journal: entries to delete, entries whose
    values become ``values``, entries whose vector is emptied."""

    drop: list[int]
    values: dict[int, dict[str, Any]]
    plain: list[int]


def plan(entries: list[_Entry], stamp: Version | None, limits: Limits) -> Rewrite:
    """For one record's entries, what to delete and what to rewrite (see the module's
    docstring for why each is safe)."""
    newest: dict[str, _Entry] = {}
    for entry in entries:
        for name in entry.values:
            if name not in newest or entry.version > newest[name].version:
                newest[name] = entry
    own = next((e for e in entries if e.version == stamp), None)
    out = Rewrite([], {}, [])
    for entry in entries:
        if not limits.allows(entry):
            continue
        kept = _kept(entry, newest, own, limits.stamps_only)
        if kept is None:
            out.drop.append(entry.seq)
            continue
        if len(kept) < len(entry.values):
            out.values[entry.seq] = kept
        if entry.stored_vector and entry.vector == {entry.version[1]: entry.version[0]}:
            out.plain.append(entry.seq)
    return out


def _kept(entry: _Entry, newest: Mapping[str, _Entry], own: _Entry | None,
          stamps_only: bool) -> dict[str, Any] | None:
    """The values ``entry`` keeps, or None if it goes altogether."""
    sent_for_good = stamps_only and entry.origin is None
    if entry is own or (entry.op == "insert" and not sent_for_good):
        if entry.op != "insert":
            return entry.values
        blank = _blank_free(entry.table)
        return {name: value for name, value in entry.values.items()
                if value is not None or name not in blank}
    if sent_for_good:
        return None
    kept = {name: value for name, value in entry.values.items()
            if newest[name] is entry or not covers(newest[name].vector, entry.version)}
    if kept or not (entry.values or (own is not None and covers(own.vector, entry.version))):
        return kept
    return None


@cache
def _blank_free(table_name: str) -> frozenset[str]:
    """The columns a creation may leave out when blank: empty is what they come out as."""
    table = Base.metadata.tables[table_name]
    return frozenset(c.name for c in table.columns if c.nullable and not c.primary_key
                     and c.default is None and c.server_default is None)


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
    history, sizes = _histories(connection, records)
    stamps = _stamps(connection, records)
    todo = Rewrite([], {}, [])
    for key, entries in history.items():
        one = plan(entries, stamps.get(key), limits)
        todo.drop += one.drop
        todo.values.update(one.values)
        todo.plain += one.plain
    return _write(connection, todo, sizes, len(history))


def _histories(connection: Connection, records: list[tuple[str, str]]
               ) -> tuple[dict[tuple[str, str], list[_Entry]], dict[int, _Size]]:
    """Each record's entries, and what each weighs."""
    journal = JournalEntry.__table__
    wanted = set(records)
    history: dict[tuple[str, str], list[_Entry]] = {}
    sizes: dict[int, _Size] = {}
    rows = connection.execute(select(journal).where(
        journal.c.row_id.in_({r for _, r in records})))
    for row in rows:
        key = (row.table_name, row.row_id)
        if key not in wanted:
            continue
        history.setdefault(key, []).append(_Entry(
            row.seq, (row.hlc, row.device_id), row.table_name, row.op,
            json.loads(row.changes),
            json.loads(row.vector) if row.vector else {row.device_id: row.hlc},
            bool(row.vector), row.origin, row.partition))
        text = sum(len(value) for value in row if isinstance(value, str))
        sizes[row.seq] = _Size(text + _ENTRY_OVERHEAD, len(row.changes), len(row.vector or ""))
    return history, sizes


def _write(connection: Connection, todo: Rewrite, sizes: Mapping[int, _Size],
           records: int) -> Compacted:
    """Carry out ``todo``; what it freed is counted from the entries' sizes."""
    journal = JournalEntry.__table__
    freed = sum(sizes[seq].whole for seq in todo.drop)
    for start in range(0, len(todo.drop), _CHUNK):
        connection.execute(delete(journal).where(
            journal.c.seq.in_(todo.drop[start:start + _CHUNK])))
    if todo.values:
        texts = {seq: VALUES_TEXT.encode(values) for seq, values in todo.values.items()}
        connection.execute(
            update(journal).where(journal.c.seq == bindparam("key"))
            .values(changes=bindparam("text")),
            [{"key": seq, "text": text} for seq, text in texts.items()])
        freed += sum(max(0, sizes[seq].values - len(text)) for seq, text in texts.items())
    for start in range(0, len(todo.plain), _CHUNK):
        connection.execute(update(journal).where(
            journal.c.seq.in_(todo.plain[start:start + _CHUNK])).values(vector=None))
    freed += sum(sizes[seq].vector for seq in todo.plain)
    trimmed = len(set(todo.values) | set(todo.plain))
    return Compacted(records, len(todo.drop), trimmed, freed)


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
