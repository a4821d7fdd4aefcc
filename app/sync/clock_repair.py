"""Bring back into time the changes a laptop stamped while its clock ran ahead.

The province refuses stamps more than a day in the future (they would win every later
conflict). Once the laptop's clock is set right, its unsent changes still carry the future
stamps, and the laptop's own clock never goes back, so every export would be refused
again. Before exporting, such changes are stamped anew at the corrected time: the record
and its field versions take the new stamp, and the old journal entry, which no other copy
ever accepted, is replaced by the new one.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from app.models import Device, JournalEntry, hlc
from app.models.clock import RecordClock
from app.models.hlc import Stamp, tick

from .bundle import PROVINCE
from .merge import MAX_DRIFT_MS
from .ops import TABLES
from .transfer import watermark


def repair_future_stamps(session: Session, device: Device) -> int:
    """Restamp this device's unacknowledged changes stamped beyond the drift bound."""
    now = hlc.now_ms()
    limit = Stamp(now + MAX_DRIFT_MS, 99999).encode()
    if Stamp(device.clock_wall_ms, device.clock_counter).encode() <= limit:
        return 0
    entries = session.scalars(select(JournalEntry).where(
        JournalEntry.origin.is_(None), JournalEntry.device_id == device.id,
        JournalEntry.seq > watermark(session, PROVINCE), JournalEntry.hlc > limit)
        .order_by(JournalEntry.seq)).all()
    stamp = _latest_sane(session, limit, now)
    for entry in entries:
        stamp = tick(stamp, now)
        _restamp(session, entry, stamp.encode(), device.id)
    device.clock_wall_ms, device.clock_counter = stamp.wall_ms, stamp.counter
    return len(entries)


def _latest_sane(session: Session, limit: str, now: int) -> Stamp:
    newest = session.scalar(select(JournalEntry.hlc).where(JournalEntry.hlc <= limit)
                            .order_by(JournalEntry.hlc.desc()).limit(1))
    return max(Stamp.decode(newest) if newest else Stamp(0, 0), Stamp(now, 0))


def _restamp(session: Session, entry: JournalEntry, new: str, me: str) -> None:
    old = entry.hlc
    table = TABLES[entry.table_name]
    row = session.execute(select(table.c.hlc, table.c.clock).where(
        table.c.id == entry.row_id)).one()
    clock = RecordClock.from_json(row.clock) or RecordClock.new((old, me))
    _swap(clock, (old, me), (new, me))
    session.execute(insert(JournalEntry.__table__).values(
        hlc=new, device_id=me, table_name=entry.table_name, row_id=entry.row_id,
        partition=entry.partition, op=entry.op, changes=entry.changes,
        vector=json.dumps(clock.vector, sort_keys=True), origin=None))
    session.execute(delete(JournalEntry.__table__).where(JournalEntry.seq == entry.seq))
    values = {"clock": clock.to_json()}
    if row.hlc == old:
        values.update(hlc=new, device_id=me)
    session.execute(update(table).where(table.c.id == entry.row_id).values(**values))


def _swap(clock: RecordClock, old: tuple[str, str], new: tuple[str, str]) -> None:
    if clock.created == old:
        clock.created = new
    for name, version in list(clock.fields.items()):
        if version == old:
            clock.fields[name] = new
    for vector in (clock.vector, clock.delete_vector):
        if vector is not None and vector.get(new[1]) == old[0]:
            vector[new[1]] = new[0]



