"""Moving changes between test copies without files: journal entries as ops."""

from __future__ import annotations

from sqlalchemy import select

from app.models import JournalEntry
from app.models.setup import current_device
from app.models.store import Store
from app.sync.merge import MergeResult, apply_ops
from app.sync.ops import entry_to_op


def ops_of(store: Store, *, after: int = 0) -> list[dict]:
    with store.sessions() as session:
        entries = session.scalars(select(JournalEntry).where(JournalEntry.seq > after)
                                  .order_by(JournalEntry.seq))
        return [entry_to_op(e) for e in entries]


def device_id(store: Store) -> str:
    with store.sessions() as session:
        return current_device(session).id


def ship(source: Store, target: Store, ops: list[dict] | None = None) -> MergeResult:
    """Apply ``ops`` (default: everything ``source`` has) to ``target`` in one transaction."""
    ops = ops_of(source) if ops is None else ops
    with target.sessions.begin() as session:
        return apply_ops(session, ops, origin=device_id(source))
