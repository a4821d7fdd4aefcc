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

from sqlalchemy import Index, Integer, String, Text, event, insert, inspect, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.orm.attributes import set_committed_value

from .base import STAMP_COLUMNS, Base, Synced, commune_partition
from .clock import RecordClock, Version, merged_vector
from .device import Device
from .equipment import Equipment, StatusEvent
from .errors import JournalError, NotSetUpError
from .hlc import Stamp, tick
from .scope import check_write


class JournalEntry(Base):
    __tablename__ = "change_journal"
    __table_args__ = (Index("ix_change_journal_row_hlc", "row_id", "hlc"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    partition: Mapped[str] = mapped_column(String(24), index=True)
    op: Mapped[str] = mapped_column(String(6))
    changes: Mapped[str] = mapped_column(Text)
    # The record's version vector after this change (see clock.py), for the receiver's merge.
    vector: Mapped[str | None] = mapped_column(Text)
    # None for a change made here; else the peer whose bundle brought it.
    origin: Mapped[str | None] = mapped_column(String(36), index=True)

    @property
    def values(self) -> dict[str, Any]:
        return json.loads(self.changes)


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
            _write_entries(session, changes)


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


def _advance_clock(obj: Synced, op: str, values: dict[str, Any], version: Version
                   ) -> RecordClock:
    """Record a local change in the record's clock; a delete remembers what it had seen."""
    clock = None if op == "insert" else RecordClock.from_json(obj.clock)
    if clock is None:
        clock = RecordClock.new(version)
    else:
        clock.record(list(values), version)
    if values.get("deleted") is True:
        clock.delete_vector = merged_vector(clock.delete_vector or {}, clock.vector)
    elif values.get("deleted") is False:
        clock.delete_vector = None
    obj.clock = clock.to_json()
    return clock


def _write_entries(session: Session, changes: list[tuple[Synced, str, dict[str, Any]]]) -> None:
    connection = session.connection()
    device = connection.execute(select(Device.__table__)).first()
    if device is None:
        raise NotSetUpError("device.not_set_up")
    check_write(device.role, device.province_code, device.communes_json,
                ((obj.__tablename__, obj.partition) for obj, _op, _values in changes))
    stamp = Stamp(device.clock_wall_ms, device.clock_counter)
    rows = []
    for obj, op, values in changes:
        stamp = tick(stamp)
        clock = _advance_clock(obj, op, values, (stamp.encode(), device.id))
        obj.hlc, obj.device_id = stamp.encode(), device.id
        rows.append(dict(
            hlc=obj.hlc, device_id=device.id, table_name=obj.__tablename__, row_id=obj.id,
            partition=obj.partition, op=op, changes=json.dumps(values, ensure_ascii=False),
            vector=json.dumps(clock.vector, sort_keys=True),
        ))
    connection.execute(insert(JournalEntry.__table__), rows)
    connection.execute(
        update(Device.__table__).where(Device.__table__.c.id == device.id)
        .values(clock_wall_ms=stamp.wall_ms, clock_counter=stamp.counter)
    )
