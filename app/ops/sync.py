"""What an officer does with sync: look at how this computer stands with the province,
enrol it, exchange by USB stick or network, and settle conflicts.

The Sync page, the status line and the command line call these, each one unit of work on
the store that returns plain values (``SyncStatus``, reports, ``ConflictItem`` rows), so
none of them opens a session. A push is many units of work by nature (each stage of the
transfer keeps what it finished, app/sync/push.py); it runs on the window's worker or in
the command line's process and reports progress as ``(done, total, stage)``.

``device_state`` is the one read the window's pages share (app/ui/shell/sync_state.py): the
device's card and its sync status together, and how many of the changes the province has
not confirmed are already on their way (on a stick or uploaded, waiting for its receipt),
so that "not sent" never counts a change the officer has just carried out on a stick.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import JournalEntry, OutboxBundle
from app.models.settings import DeviceInfo, device_info
from app.models.store import Store
from app.models.sync_queries import RecordName, record_names, referenced_names
from app.models.sync_settings import save_server_url, server_url
from app.sync.status import SyncStatus, open_conflicts, resolve, status

# The layers that read, write, sign and encrypt bundles load when an exchange starts, not
# with the status every page and ``sync status`` read (their keys bring cryptography).
if TYPE_CHECKING:
    from app.models.compaction import Compacted
    from app.sync.files import FileReport
    from app.sync.push import Progress, PushReport


@dataclass(frozen=True)
class ConflictItem:
    """One open conflict with every name the card needs, read in one unit of work."""

    id: int
    table: str
    field: str
    record: RecordName
    kept: Any
    lost: Any
    detected_at: datetime
    references: dict[str, RecordName] = field(default_factory=dict)


@dataclass(frozen=True)
class PageState:
    """What the Sync page reads besides the shared ``DeviceState``: the open conflicts
    with their names, and the server address saved last time."""

    conflicts: list[ConflictItem]
    server_url: str


@dataclass(frozen=True)
class DeviceState:
    """How this device stands with the province, as every page of the window shows it.

    ``status.pending_changes`` counts every change the province has not confirmed with a
    receipt; ``in_transit`` of them are in a bundle already written to a stick or sent
    over the network, waiting for that receipt; the others are not sent at all."""

    status: SyncStatus
    device: DeviceInfo | None
    in_transit: int

    @property
    def unsent(self) -> int:
        return self.status.pending_changes - self.in_transit

    @property
    def enrolled(self) -> bool:
        return self.status.enrolled


@dataclass(frozen=True)
class Imported:
    """An import from a stick or folder, and what it meant for this device's own changes:
    ``confirmed`` of them the province's receipts confirmed, ``pending`` still are not."""

    report: FileReport
    confirmed: int
    pending: int


def sync_status(store: Store) -> SyncStatus:
    """What is pending, acknowledged and in conflict (the status line, ``sync status``)."""
    with store.sessions() as session:
        return status(session)


def device_state(store: Store) -> DeviceState:
    """The device's card and sync status in one unit of work (see ``DeviceState``)."""
    with store.sessions() as session:
        found = status(session)
        return DeviceState(found, device_info(session), _in_transit(session))


def _in_transit(session: Session) -> int:
    """Changes made here, above the province's last receipt, that a bundle written for it
    (on a stick, or sent) already carries: they wait for its receipt, not for sending."""
    from app.sync.bundle import PROVINCE
    from app.sync.outbox import watermark

    mark = watermark(session, PROVINCE)
    written = session.scalar(select(func.max(OutboxBundle.last_seq)).where(
        OutboxBundle.receiver == PROVINCE, OutboxBundle.acked_at.is_(None),
        OutboxBundle.last_seq > mark))
    if written is None:
        return 0
    return session.scalar(select(func.count()).select_from(JournalEntry).where(
        JournalEntry.origin.is_(None), JournalEntry.seq > mark, JournalEntry.seq <= written))


def page_state(store: Store) -> PageState:
    with store.sessions() as session:
        return PageState(_conflicts(session), server_url(session))


def conflicts(store: Store) -> list[ConflictItem]:
    """Open conflicts, oldest first, with the names of their records and referenced values."""
    with store.sessions() as session:
        return _conflicts(session)


def _conflicts(session: Session) -> list[ConflictItem]:
    found = open_conflicts(session)
    names = record_names(session, ((c.table, c.row_id) for c in found))
    refs: dict[str, dict[str, RecordName]] = {}
    for c in found:
        refs.setdefault(c.field, {}).update(
            referenced_names(session, c.field, (c.kept_value, c.lost_value)))
    return [ConflictItem(c.id, c.table, c.field, names.get((c.table, c.row_id), RecordName("")),
                         c.kept_value, c.lost_value, c.detected_at, refs.get(c.field, {}))
            for c in found]


def resolve_conflict(store: Store, conflict_id: int, keep: str) -> None:
    """The officer's choice: ``"kept"`` confirms the merged value, ``"lost"`` brings the
    other one back as a new edit that then reaches every copy."""
    with store.sessions.begin() as session:
        resolve(session, conflict_id, keep)


def enrol(store: Store, path: Path) -> str:
    """Take in the province's enrolment file; returns this computer's name."""
    from app.sync.device import enroll_file

    return enroll_file(store, path)


def export_to_folder(store: Store, folder: Path) -> FileReport:
    """Write the claim, receipts and pending bundles to a stick or folder. The bundles are
    the ones a cut network push keeps, under the same ids (app/sync/outbox.py)."""
    from app.sync.device import export_to

    return export_to(store, folder)


def import_from(store: Store, paths: list[Path]) -> Imported:
    """Take in the province's bundles and receipts from files or folders; the pending
    count before and after tells how many of this device's changes the province's
    receipts confirmed (what the officer came for, before the count of changes taken)."""
    from app.sync.device import import_paths

    before = sync_status(store).pending_changes
    report = import_paths(store, list(paths))
    after = sync_status(store).pending_changes
    return Imported(report, max(0, before - after), after)


def compact_journal(store: Store) -> Compacted:
    """Compact the change journal of what every peer has acknowledged, and give the
    space back to the file system when much was freed (app/sync/compaction.py). Syncs and
    imports already run it; this is for the province's operator, or a laptop, to run it
    when they choose; it does nothing when nothing changed since the last run."""
    from app.sync.compaction import compact_store

    return compact_store(store)


def push_to_province(store: Store, url: str, *, remember: bool = False,
                     progress: Progress | None = None,
                     cancel: threading.Event | None = None, **options: Any) -> PushReport:
    """Sync both ways with the province's server at ``url``; with ``remember``, the
    address is saved first as the one the Sync page offers next time. ``options`` are
    the push's (``retry``, ``chunk_size``)."""
    from app.sync.push import push  # the network client loads when a push starts

    if remember:
        with store.sessions.begin() as session:
            save_server_url(session, url)
    return push(store, url, progress=progress, cancel=cancel, **options)
