"""The change journal: every write to a travelling record leaves an entry, by construction.

A ``before_flush`` hook on every SQLAlchemy ``Session`` stamps each new or changed record
with the next clock stamp and this device's id and appends the changed fields to
``change_journal``. The hook writes its entries on the flush's own connection *before* the
flush writes the rows, and migration 0002 adds triggers that abort any insert or update of
a synced table that has no journal entry with the row's new stamp, and any hard delete — so
raw SQL and bulk statements cannot go around the journal either. A write that changes no
value journals nothing and stamps nothing.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, Index, Integer, String, Text, event, inspect, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.attributes import set_committed_value

from .audit import AuditEvent, account_of
from .base import STAMP_COLUMNS, Base, Synced, commune_partition, new_id
from .bulk import insert_rows
from .clock import RecordClock, Version, merged_vector
from .device import Device
from .equipment import Equipment, StatusEvent
from .errors import JournalError, NotSetUpError
from .hlc import Stamp, tick
from .journal_order import hold_journal_order
from .scope import check_write


class JournalEntry(Base):
    __tablename__ = "change_journal"
    # The guard triggers look entries up by (row_id, hlc); a province export, its
    # compaction and its console by (partition, seq); ``server repair-clock`` by hlc.
    __table_args__ = (Index("ix_change_journal_row_hlc", "row_id", "hlc"),
                      Index("ix_change_journal_partition_seq", "partition", "seq"))

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    partition: Mapped[str] = mapped_column(String(24))
    op: Mapped[str] = mapped_column(String(6))
    changes: Mapped[str] = mapped_column(Text)
    # The record's version vector after this change (see clock.py), for the receiver's merge.
    vector: Mapped[str | None] = mapped_column(Text)
    # None for a change made here; else the peer whose bundle brought it.
    origin: Mapped[str | None] = mapped_column(String(36))
    # The account signed in when the change was made (None: a plain store, no accounts).
    account: Mapped[str | None] = mapped_column(String(60))

    @property
    def values(self) -> dict[str, Any]:
        return json.loads(self.changes)


# The journal's texts are compact JSON, as a bundle's lines carry them (no space after ','
# or ':', other scripts' letters as they are, a vector's keys in order), so an export copies
# them into its lines as they are (app/sync/lines.py ``entry_line``); texts written with
# spaces by older versions still read the same. json.dumps with arguments makes an encoder
# per call: these are made once, and every writer of the journal uses them.
VALUES_TEXT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
VECTOR_TEXT = json.JSONEncoder(sort_keys=True, separators=(",", ":"))


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@event.listens_for(Session, "before_flush")
def _journal_flush(session: Session, _context: object, _instances: object) -> None:
    deleted = [o for o in session.deleted if isinstance(o, Synced)]
    if deleted:
        raise JournalError("journal.hard_delete")
    new = [o for o in session.new if isinstance(o, Synced)]
    dirty = [o for o in session.dirty if isinstance(o, Synced)]
    if not new and not dirty:
        return
    # a viewer's session stops here, nothing written, unless it writes only the audit log
    account = account_of(session, only_log=not dirty and all(
        isinstance(o, AuditEvent) for o in new))
    with session.no_autoflush:
        for obj in new:
            _apply_defaults(obj)
        _record_status_history(session, new, dirty)
        new = [o for o in session.new if isinstance(o, Synced)]
        for obj in new:
            _apply_defaults(obj)
        changes = [(o, "insert", _new_values(o)) for o in new]
        changes += [c for c in (_dirty_change(o) for o in dirty) if c is not None]
        if changes:
            _write_entries(session, changes, account)


def _apply_defaults(obj: Synced) -> None:
    state = obj.__dict__
    for key, default in _layout(type(obj)).defaults:
        if state.get(key) is None:
            setattr(obj, key, default)
    if obj.partition is None:
        commune = getattr(obj, "commune_code", None)
        if not commune:
            raise JournalError("journal.no_partition", record=type(obj).__name__)
        obj.partition = commune_partition(commune)


class _Layout(NamedTuple):
    columns: tuple[str, ...]
    defaults: tuple[tuple[str, Any], ...]


@cache
def _layout(model: type) -> _Layout:
    """Per model, once: the journalled columns and the scalar defaults to fill in."""
    mapper = inspect(model)
    columns = tuple(
        c.key for c in mapper.column_attrs if c.key not in STAMP_COLUMNS and c.key != "id"
    )
    defaults = tuple(
        (c.key, c.default.arg) for c in mapper.columns
        if c.default is not None and c.default.is_scalar
    )
    return _Layout(columns, defaults)


def _new_values(obj: Synced) -> dict[str, Any]:
    state = obj.__dict__  # a new object: unset columns are simply absent, i.e. None
    return {key: to_json_value(state.get(key)) for key in _layout(type(obj)).columns}


def _dirty_change(obj: Synced) -> tuple[Synced, str, dict[str, Any]] | None:
    """The fields that really changed; fields set to their old value are left unchanged."""
    state = inspect(obj)
    changed: dict[str, Any] = {}
    for key in _layout(type(obj)).columns:
        history = state.attrs[key].history
        if not history.added:
            continue
        value = history.added[0]
        if history.deleted and history.deleted[0] == value:
            set_committed_value(obj, key, value)
            continue
        changed[key] = to_json_value(value)
    if not changed:
        return None
    op = "delete" if changed.get("deleted") is True else "update"
    return obj, op, changed


def _record_status_history(session: Session, new: list[Synced], dirty: list[Synced]) -> None:
    """Append a status event for each item created or whose status changed."""
    pending = {(e.equipment_id, e.status) for e in new if isinstance(e, StatusEvent)}
    for item in new + dirty:
        if not isinstance(item, Equipment):
            continue
        history = inspect(item).attrs["status"].history
        if item in dirty and (not history.added or history.deleted == history.added):
            continue
        if (item.id, item.status) in pending:
            continue
        first = item in new and item.acquired_date is not None
        session.add(StatusEvent(
            equipment_id=item.id, status=item.status,
            changed_on=item.acquired_date if first else date.today(),
            partition=item.partition or commune_partition(item.commune_code),
        ))


def _advance_clock(op: str, values: dict[str, Any], stored: str | None, version: Version
                   ) -> RecordClock:
    """Record a local change in the record's clock (``stored``: its clock as stored, None
    for a new record); a delete remembers what it had seen."""
    clock = None if op == "insert" else RecordClock.from_json(stored)
    if clock is None:
        clock = RecordClock.new(version)
    else:
        clock.record(list(values), version)
    if values.get("deleted") is True:
        clock.delete_vector = merged_vector(clock.delete_vector or {}, clock.vector)
    elif values.get("deleted") is False:
        clock.delete_vector = None
    return clock


class _Change(NamedTuple):
    """One journalled write: which record, what kind, the values it wrote, its clock."""

    table: str
    row_id: str
    partition: str
    op: str
    values: dict[str, Any]
    clock: str | None


def _write_entries(session: Session, changes: list[tuple[Synced, str, dict[str, Any]]],
                   account: str | None) -> None:
    stamps = _journal(session.connection(), [
        _Change(obj.__tablename__, obj.id, obj.partition, op, values, obj.clock)
        for obj, op, values in changes], account)
    for (obj, _op, _values), (hlc, device_id, clock) in zip(changes, stamps, strict=True):
        obj.hlc, obj.device_id, obj.clock = hlc, device_id, clock


def _journal(connection: Connection, changes: list[_Change], account: str | None
             ) -> list[tuple[str, str, str]]:
    """Stamp each change with the next tick of this device's clock, write its journal
    entry naming ``account``, and move the clock on; returns each record's (stamp, device,
    clock)."""
    device = connection.execute(select(Device.__table__)).first()
    if device is None:
        raise NotSetUpError("device.not_set_up")
    check_write(device.role, device.province_code, device.communes_json,
                ((change.table, change.partition) for change in changes))
    stamp = Stamp(device.clock_wall_ms, device.clock_counter)
    rows, stamps = [], []
    for change in changes:
        stamp = tick(stamp)
        version = (stamp.encode(), device.id)
        clock = _advance_clock(change.op, change.values, change.clock, version)
        stamps.append((version[0], device.id, clock.to_json()))
        rows.append(dict(
            hlc=version[0], device_id=device.id, table_name=change.table,
            row_id=change.row_id, partition=change.partition, op=change.op,
            changes=VALUES_TEXT.encode(change.values),
            vector=VECTOR_TEXT.encode(clock.vector),
            account=account))
    hold_journal_order(connection)
    insert_rows(connection, JournalEntry.__table__, rows)
    connection.execute(
        update(Device.__table__).where(Device.__table__.c.id == device.id)
        .values(clock_wall_ms=stamp.wall_ms, clock_counter=stamp.counter)
    )
    return stamps


def journal_update(connection: Connection, table: str, row_id: str, partition: str,
                   values: dict[str, Any], clock: str | None) -> tuple[str, str, str]:
    """Journal one update written around the ORM (a merge re-erasing a record,
    ``erasure.enforce``); the caller writes the row with the (stamp, device, clock)."""
    return _journal(connection, [_Change(table, row_id, partition, "update", values, clock)],
                    None)[0]


def insert_new(session: Session, model: type[Synced], records: list[dict[str, Any]]) -> None:
    """New records of ``model`` written as a flush of new objects writes them — the
    model's validators, defaults and partition, one stamp and journal entry each, their
    clocks — but without an object and the unit of work for each: for an import of
    thousands of officials, those cost ten times the insert. Not for equipment, whose new
    items also get a status event from the flush (``_record_status_history``)."""
    if model is Equipment or model is StatusEvent:
        raise TypeError("equipment is created through the session (its status history)")
    account = account_of(session)
    layout, rows = _layout(model), [_new_row(model, record) for record in records]
    connection = session.connection()
    stamps = _journal(connection, [
        _Change(model.__tablename__, row["id"], row["partition"], "insert",
                {key: value.isoformat() if isinstance(value := row.get(key), date) else value
                 for key in layout.columns}, None)  # to_json_value, inline: 20 per row
        for row in rows], account)
    for row, (hlc, device_id, clock) in zip(rows, stamps, strict=True):
        row.update(hlc=hlc, device_id=device_id, clock=clock)
    insert_rows(connection, model.__table__, rows)


class _Holder:
    """Stands for a new object while the model's validators run (one may set another
    field, as a name sets its search key)."""


def _new_row(model: type[Synced], given: dict[str, Any]) -> dict[str, Any]:
    """A new record's values as the model's constructor, ``_identify`` and
    ``_apply_defaults`` would leave them on an object."""
    validators = inspect(model).validators
    holder = _Holder()
    holder.__dict__ = row = dict(given)  # a validator's other fields land in the row
    for key in validators.keys() & row.keys():
        row[key] = validators[key][0](holder, key, row[key])
    if row.get("id") is None:
        row["id"] = new_id()
    for key, default in _layout(model).defaults:
        if row.get(key) is None:
            check = validators.get(key)
            row[key] = default if check is None else check[0](holder, key, default)
    if row.get("partition") is None:
        if not row.get("commune_code"):
            raise JournalError("journal.no_partition", record=model.__name__)
        row["partition"] = commune_partition(row["commune_code"])
    return row
