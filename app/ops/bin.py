"""The bin: deleted officials, equipment and courses, listed and brought back.

A delete keeps the record as a tombstone that travels (the delete message says so); the
bin is where an officer who deleted the wrong person, item or course takes it back. Each
call is one unit of work; a restore is an ordinary journalled change, so it reaches the
province and every device at the next sync like any edit. The rules (who may restore
what, an item's deleted holder, a course's lessons) are ``app.models.bin_ops``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.messages import Message, message
from app.models import bin_ops
from app.models.bin_ops import BinRow
from app.models.store import Store

__all__ = ["BinRow", "RestoreReport", "list_bin", "restore"]


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did, as counts and the notes to show (``app.messages``)."""

    restored: int
    already_live: int
    notes: list[Message] = field(default_factory=list)


def list_bin(store: Store) -> list[BinRow]:
    """The deleted records this device reads, newest deletion first, each saying whether
    this device may bring it back (a trainer's laptop restores only its courses)."""
    with store.sessions() as session:
        return bin_ops.bin_rows(session)


def restore(store: Store, picks: Sequence[tuple[str, str]]) -> RestoreReport:
    """Bring back the chosen (kind, id) records, all or none (a refusal writes nothing)."""
    with store.sessions.begin() as session:
        outcome = bin_ops.restore(session, list(picks))
    notes = [message("bin.restored", count=outcome.restored)]
    if outcome.already_live:
        notes.append(message("bin.already_live", count=outcome.already_live))
    notes += [message("bin.holder_cleared", item=item, name=name)
              for item, name in outcome.holders_cleared]
    return RestoreReport(outcome.restored, outcome.already_live, notes)
