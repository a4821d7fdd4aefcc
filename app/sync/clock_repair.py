"""Bring back into time the changes stamped while a clock ran ahead.

Each copy refuses stamps more than a day in the future (they would win every later
conflict; see clock_rules.py). Once a clock is set right, what was stamped while it was
wrong still carries the future stamps, and a clock never goes back, so the laptop's every
export would be refused again and the value would keep beating real edits. Such changes
are stamped anew: the record and its field versions take the new stamp, and the journal
entry is replaced by one with the new stamp (and a new place in the journal, so it travels
again). A change another copy has accepted is stamped just after the newest sane stamp
its copy held before it (its journal order): about when it was really made, so an edit
made after it, anywhere, still wins over it (restamped at repair time it would beat them
all again), and a record's creation stays before its later changes. A laptop's unsent
changes, which no one has seen, take the repair time, as the latest they can have been
made.

- **On a laptop**, before each export: its own changes stamped in the future, sent or not.
  Unsent ones no other copy ever accepted; sent ones the province may have accepted, and
  the province relays the new stamp to the other laptops, which held the future one back.
- **At the province**, by ``commune-it server repair-clock`` once its clock is right: every
  change stamped more than a day ahead of it, whoever made it (the author stays), so the
  answers to the laptops carry the values with sane stamps; and the clock is confirmed
  (the trusted bound of clock_rules.py becomes now).
- **On a copy that became a new device** (a data folder copied, a database restored onto
  another laptop: app/models/instance.py, machine.py), whenever it syncs: the changes its
  original made and the province has not acknowledged are still written under the
  original's id, and the province refuses a bundle naming any author but its signer. They
  become the new device's own (``reissue_as_renewed``): without them a restore onto a new
  laptop would lose what the lost one never sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.models import Device, JournalEntry, hlc
from app.models.clock import RecordClock, VersionVector, covers
from app.models.hlc import COUNTER_DIGITS, ZERO, Stamp, tick
from app.models.journal import VALUES_TEXT, VECTOR_TEXT

from .bundle import PROVINCE
from .clock_rules import trust
from .merge import MAX_DRIFT_MS
from .ops import TABLES, to_json
from .transfer import watermark


def repair_future_stamps(session: Session, device: Device) -> int:
    """Restamp this device's own changes stamped beyond the drift bound."""
    now = hlc.now_ms()
    limit = Stamp(now + MAX_DRIFT_MS, 99999).encode()
    entries = session.scalars(select(JournalEntry).where(
        JournalEntry.origin.is_(None), JournalEntry.device_id == device.id,
        JournalEntry.hlc > limit).order_by(JournalEntry.seq)).all()
    if not entries and Stamp(device.clock_wall_ms, device.clock_counter).encode() <= limit:
        return 0
    sent = watermark(session, PROVINCE)
    stamp = max(_restamp_all(session, [e for e in entries if e.seq <= sent], limit),
                _latest_sane(session, limit, now))
    for entry in [e for e in entries if e.seq > sent]:
        stamp = tick(stamp, now)
        _restamp(session, entry, stamp.encode())
    device.clock_wall_ms, device.clock_counter = stamp.wall_ms, stamp.counter
    return len(entries)


def reissue_as_renewed(session: Session, device: Device) -> int:
    """Make this store's changes not yet acknowledged by the province, written under an id
    the device no longer has (before it became a new device), its own; how many.

    Each is stamped just after its own stamp (and after the one before it), not now: it is
    the same edit, made when it was made. So it beats its twin under the old id, if the
    original laptop still sends that, and nothing else: an edit made later anywhere, of the
    original's or of another device that this copy already holds, still wins over it, on the
    province as here. It carries only what this copy still holds of it (``_still_held``),
    so the province never gets from it a value the copy itself no longer has, and the
    original's twin of it meets the same values: nothing to review."""
    sent = watermark(session, PROVINCE)
    entries = session.scalars(select(JournalEntry).where(
        JournalEntry.seq > sent, JournalEntry.origin.is_(None),
        JournalEntry.device_id != device.id).order_by(JournalEntry.seq)).all()
    last, given = ZERO, 0
    for entry in entries:
        values = _still_held(session, entry)
        if values is None:  # later changes replaced all of it: they carry what it said
            session.execute(delete(JournalEntry.__table__).where(JournalEntry.seq == entry.seq))
            continue
        last = _unused(session, _just_after(max(Stamp.decode(entry.hlc), last)), device.id)
        _restamp(session, entry, last.encode(), author=device.id, values=values)
        given += 1
    if Stamp(device.clock_wall_ms, device.clock_counter) < last:
        device.clock_wall_ms, device.clock_counter = last.wall_ms, last.counter
    return given


def _still_held(session: Session, entry: JournalEntry) -> dict[str, Any] | None:
    """What of ``entry`` this store still holds: of a new record, the record as it is now
    (it must arrive whole); of an edit, the fields no later change has replaced (None if
    none is left). Sent as they were, an insert's first values, or a field another device
    changed since, would undo at the province what this copy already holds."""
    table = TABLES[entry.table_name]
    row = session.execute(select(table).where(table.c.id == entry.row_id)).one()._mapping
    changed: dict[str, Any] = json.loads(entry.changes)
    if entry.op == "insert":
        return {name: to_json(row[name]) for name in changed}
    clock = RecordClock.from_json(row["clock"]) or RecordClock.new((row["hlc"],
                                                                   row["device_id"]))
    mine = (entry.hlc, entry.device_id)
    return {name: value for name, value in changed.items()
            if clock.version(name) == mine} or None


def _unused(session: Session, stamp: Stamp, author: str) -> Stamp:
    """``stamp``, or the first after it that ``author`` has not given a change yet."""
    while session.scalar(select(JournalEntry.seq).where(
            JournalEntry.hlc == stamp.encode(), JournalEntry.device_id == author).limit(1)):
        stamp = _just_after(stamp)
    return stamp


@dataclass(frozen=True)
class ProvinceRepair:
    """What ``server repair-clock`` did."""

    now_ms: int
    restamped: int
    devices: tuple[str, ...]  # whose changes were restamped


def repair_province_clock(session: Session) -> ProvinceRepair:
    """At the province, its clock now right: restamp every change stamped more than a day
    ahead of it and confirm the clock. Running it again changes nothing more."""
    now = hlc.now_ms()
    limit = Stamp(now + MAX_DRIFT_MS, 99999).encode()
    entries = session.scalars(select(JournalEntry).where(JournalEntry.hlc > limit)
                              .order_by(JournalEntry.seq)).all()
    authors = tuple(sorted({e.device_id for e in entries}))
    stamp = max(_restamp_all(session, entries, limit), _latest_sane(session, limit, now))
    device = session.get(Device, PROVINCE)
    if device is not None and Stamp(device.clock_wall_ms, device.clock_counter) > stamp:
        device.clock_wall_ms, device.clock_counter = stamp.wall_ms, stamp.counter
    trust(session, now)
    return ProvinceRepair(now, len(entries), authors)


def _restamp_all(session: Session, entries: list[JournalEntry], limit: str) -> Stamp:
    """Give each entry, in journal order, a stamp just after the newest sane stamp before
    it in the journal (and after the one given to the entry before it); the last given."""
    last = ZERO
    for entry in entries:
        before = session.scalar(select(func.max(JournalEntry.hlc)).where(
            JournalEntry.seq < entry.seq, JournalEntry.hlc <= limit))
        last = _just_after(max(Stamp.decode(before) if before else ZERO, last))
        _restamp(session, entry, last.encode())
    return last


def _just_after(stamp: Stamp) -> Stamp:
    if stamp.counter < 10**COUNTER_DIGITS - 1:
        return Stamp(stamp.wall_ms, stamp.counter + 1)
    return Stamp(stamp.wall_ms + 1, 0)


def _latest_sane(session: Session, limit: str, now: int) -> Stamp:
    newest = session.scalar(select(JournalEntry.hlc).where(JournalEntry.hlc <= limit)
                            .order_by(JournalEntry.hlc.desc()).limit(1))
    return max(Stamp.decode(newest) if newest else Stamp(0, 0), Stamp(now, 0))


def _restamp(session: Session, entry: JournalEntry, new: str, author: str | None = None,
             values: dict[str, Any] | None = None) -> None:
    """Replace ``entry`` by the same change stamped ``new`` (same origin), made by
    ``author`` and saying ``values`` (by default its own)."""
    old, was = entry.hlc, entry.device_id
    author = author or was
    table = TABLES[entry.table_name]
    row = session.execute(select(table.c.hlc, table.c.device_id, table.c.clock).where(
        table.c.id == entry.row_id)).one()
    clock = RecordClock.from_json(row.clock) or RecordClock.new((old, was))
    _swap(clock, (old, was), (new, author))
    # An edit given to another author tells what it had seen when it was made, not all the
    # record has seen since (a delete would then seem to have seen later edits); a new
    # record, sent as it is now, has seen all that.
    given = author != was and entry.op != "insert"
    vector = _reissued(entry, (new, author)) if given else clock.vector
    op = entry.op if values is None or entry.op == "insert" else (
        "delete" if values.get("deleted") is True else "update")
    changes = entry.changes if values is None else VALUES_TEXT.encode(values)
    session.execute(insert(JournalEntry.__table__).values(
        hlc=new, device_id=author, table_name=entry.table_name, row_id=entry.row_id,
        partition=entry.partition, op=op, changes=changes,
        vector=VECTOR_TEXT.encode(vector), origin=entry.origin))
    session.execute(delete(JournalEntry.__table__).where(JournalEntry.seq == entry.seq))
    updated = {"clock": clock.to_json()}
    if (row.hlc, row.device_id) == (old, was):
        updated.update(hlc=new, device_id=author)
    session.execute(update(table).where(table.c.id == entry.row_id).values(**updated))


def _reissued(entry: JournalEntry, new: tuple[str, str]) -> VersionVector:
    """The entry's own vector, which has now also seen the change under its new author."""
    vector: VersionVector = json.loads(entry.vector) if entry.vector else {
        entry.device_id: entry.hlc}
    vector[new[1]] = max(vector.get(new[1], ""), new[0])
    return vector


def _swap(clock: RecordClock, old: tuple[str, str], new: tuple[str, str]) -> None:
    """The record's versions of ``old`` become ``new``; what had seen ``old`` has seen
    ``new`` (a vector keeps the old author too: its twin from there is no news)."""
    if clock.created == old:
        clock.created = new
    for name, version in list(clock.fields.items()):
        if version == old:
            clock.fields[name] = new
    for vector in (clock.vector, clock.delete_vector):
        if vector is None:
            continue
        if old[1] == new[1]:
            if vector.get(new[1]) == old[0]:
                vector[new[1]] = new[0]
        elif covers(vector, old) and vector.get(new[1], "") < new[0]:
            vector[new[1]] = new[0]
