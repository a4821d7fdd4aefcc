"""Erasing an official who left service (Law 91/2025/QH15, the right to erasure).

The record stays, marked ``erased``, so the figures keep an anonymous count; its personal
fields are emptied (the name becomes a neutral mark made from the id). The erasure is an
ordinary journalled change, so it travels like any other; its history is then scrubbed:
every earlier journal entry of the record loses its personal values and the conflict log
its personal fields. Each copy that takes the erasure in (``merge``) does the same, and
drops personal values that a device which had not seen the erasure still sends.

SQLite keeps deleted bytes in free pages and old page images in the WAL: the erasing
connection turns ``secure_delete`` on (freed space is zeroed), and ``wipe`` checkpoints
the WAL to nothing and rebuilds the file (VACUUM), so the raw files no longer hold the name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, select, update
from sqlalchemy.orm import Session

from .errors import ModelError
from .journal import VALUES_TEXT, JournalEntry, journal_update
from .staff import Staff
from .sync_state import Conflict
from .transfer import OUT, TransferBundle
from .vntext import search_key

# What identifies or describes the person; what they hold and do (unit, position,
# qualifications, service dates) stays, anonymous, for the figures.
PERSONAL = ("full_name", "name_key", "gender", "birth_date", "ethnicity_code",
            "minority_languages", "phone", "email", "former_district", "former_commune")


class ErasureError(ModelError):
    """An erasure asked of a record that is not there or was erased already."""


@dataclass(frozen=True)
class Erased:
    """What was erased: the name it had (shown once, to the administrator who asked)."""

    staff_id: str
    name: str
    fields: tuple[str, ...]


def anonymous_name(staff_id: str) -> str:
    return f"#{staff_id[:8]}"


def erase_staff(session: Session, staff_id: str) -> Erased:
    """Empty the personal fields of ``staff_id`` (a journalled change) and scrub its
    history on this copy; the caller commits, then calls ``wipe``."""
    session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    staff = session.get(Staff, staff_id)
    if staff is None or staff.deleted:
        raise ErasureError("erasure.unknown_staff", staff_id=staff_id)
    if staff.erased:
        raise ErasureError("erasure.already_erased", staff_id=staff_id)
    name = staff.full_name
    emptied = tuple(f for f in PERSONAL if f != "name_key" and getattr(staff, f) is not None)
    for field in PERSONAL[2:]:
        setattr(staff, field, None)
    staff.full_name = anonymous_name(staff_id)
    staff.erased = True
    session.flush()
    scrub(session.connection(), [staff_id])
    return Erased(staff_id, name, emptied)


def scrub(connection: Connection, staff_ids: Iterable[str]) -> None:
    """Remove the personal values of erased records from the journal and conflict log;
    the bytes kept to re-send this copy's bundles (``app/sync/outbox.py``) go too, as
    their changes were rewritten: the next export makes them again, scrubbed."""
    journal, rewritten = JournalEntry.__table__, False
    for staff_id in staff_ids:
        plain = _anonymous_values(staff_id)
        entries = connection.execute(select(journal.c.seq, journal.c.changes).where(
            journal.c.table_name == "staff", journal.c.row_id == staff_id)).all()
        for seq, changes in entries:
            values = json.loads(changes)
            cleaned = {k: plain.get(k, v) for k, v in values.items()}
            if cleaned != values:
                rewritten = True
                connection.execute(update(journal).where(journal.c.seq == seq).values(
                    changes=VALUES_TEXT.encode(cleaned)))
        conflicts = Conflict.__table__
        connection.execute(delete(conflicts).where(
            conflicts.c.table_name == "staff", conflicts.c.row_id == staff_id,
            conflicts.c.field.in_(PERSONAL)))
    if rewritten:
        kept = TransferBundle.__table__
        connection.execute(delete(kept).where(kept.c.direction == OUT))


def enforce(connection: Connection, staff_ids: Iterable[str]) -> None:
    """Erase again, by a change of this copy that travels in turn, an erased record whose
    row still holds a personal value: this copy changed it after the erasure was made and
    before it arrived, so its own newer value outlived the merge."""
    table = Staff.__table__
    for staff_id in staff_ids:
        row = connection.execute(select(table).where(table.c.id == staff_id)).mappings().first()
        if row is None or not row["erased"]:
            continue
        values = {k: v for k, v in _anonymous_values(staff_id).items() if row[k] != v}
        if not values:
            continue
        stamp, device, clock = journal_update(connection, "staff", staff_id, row["partition"],
                                              values, row["clock"])
        connection.execute(update(table).where(table.c.id == staff_id).values(
            **values, hlc=stamp, device_id=device, clock=clock))


def _anonymous_values(staff_id: str) -> dict[str, Any]:
    values: dict[str, Any] = dict.fromkeys(PERSONAL)
    values["full_name"] = anonymous_name(staff_id)
    values["name_key"] = search_key(anonymous_name(staff_id))
    return values


def strip_personal(values: dict[str, Any], staff_id: str) -> dict[str, Any]:
    """A change's values for an erased record: personal ones as the erasure left them."""
    plain = _anonymous_values(staff_id)
    return {k: plain.get(k, v) for k, v in values.items()}


def wipe(engine: Engine) -> None:
    """Leave no erased byte in the file or its WAL: zero what is freed, rebuild the file,
    and empty the WAL (run after the erasure's transaction committed)."""
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
