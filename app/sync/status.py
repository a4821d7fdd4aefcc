"""What the Sync page and ``sync status`` show, and the officer's review of conflicts.

Plain Python (no Qt): the window's Sync page turns these values into widgets.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import SYNCED_MODELS, Conflict, InboxBundle, JournalEntry, OutboxBundle
from app.models.errors import ValidationError
from app.models.setup import require_device

from .marks import PROVINCE, watermark  # not .bundle nor .transfer: no cryptography, no merge
from .ops import from_json

MODELS = {m.__tablename__: m for m in SYNCED_MODELS}


@dataclass(frozen=True)
class SyncStatus:
    device_id: str
    enrolled: bool
    confirmed: bool
    pending_changes: int
    unacknowledged_bundles: int
    last_sent: dict[str, str | None]
    last_received: dict[str, str | None]
    open_conflicts: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def status(session: Session) -> SyncStatus:
    device = require_device(session)
    mark = watermark(session, PROVINCE)
    pending = session.scalar(select(func.count()).select_from(JournalEntry).where(
        JournalEntry.origin.is_(None), JournalEntry.seq > mark))
    # A bundle lost on the way is superseded by the next export of the same changes; only
    # bundles still carrying changes above the acknowledged mark are waiting.
    waiting = session.scalar(select(func.count()).select_from(OutboxBundle).where(
        OutboxBundle.acked_at.is_(None), OutboxBundle.last_seq > mark))
    conflicts = session.scalar(select(func.count()).select_from(Conflict).where(
        Conflict.resolved_at.is_(None)))
    return SyncStatus(
        device_id=device.id, enrolled=device.enrolment_id is not None,
        confirmed=device.confirmed_at is not None, pending_changes=pending,
        unacknowledged_bundles=waiting,
        last_sent=_last(session, OutboxBundle.created_at, OutboxBundle.via),
        last_received=_last(session, InboxBundle.applied_at, InboxBundle.via),
        open_conflicts=conflicts,
    )


def _last(session: Session, moment, via) -> dict[str, str | None]:
    out: dict[str, str | None] = {"usb": None, "http": None}
    for path, when in session.execute(select(via, func.max(moment)).group_by(via)):
        out[path] = when.isoformat(timespec="seconds") if when else None
    return out


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    row_id: str
    field: str
    kept_value: Any
    lost_value: Any
    detected_at: datetime


def open_conflicts(session: Session) -> list[ConflictView]:
    rows = session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))
                           .order_by(Conflict.detected_at, Conflict.id))
    return [ConflictView(c.id, c.table_name, c.row_id, c.field, json.loads(c.kept_value),
                         json.loads(c.lost_value), c.detected_at) for c in rows]


def resolve(session: Session, conflict_id: int, keep: str) -> None:
    """The officer's choice: ``keep="kept"`` confirms the merged value; ``keep="lost"``
    brings the other value back as a new edit, which then reaches every copy."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ValidationError("sync.conflict_gone")
    if keep not in ("kept", "lost"):
        raise ValidationError("sync.conflict_choose")
    if keep == "lost":
        record = session.get(MODELS[conflict.table_name], conflict.row_id)
        value = from_json(conflict.table_name, conflict.field, json.loads(conflict.lost_value))
        setattr(record, conflict.field, value)
    conflict.resolved_at, conflict.resolution = datetime.now(), keep
