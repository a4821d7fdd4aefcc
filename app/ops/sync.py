"""What an officer does with sync: look at how this computer stands with the province,
enrol it, exchange by USB stick or network, and settle conflicts.

The Sync page, the status line and the command line call these, each one unit of work on
the store that returns plain values (``SyncStatus``, reports, ``ConflictItem`` rows), so
none of them opens a session. A push is many units of work by nature (each stage of the
transfer keeps what it finished, app/sync/push.py); it runs on the window's worker or in
the command line's process and reports progress as ``(done, total, stage)``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.models.store import Store
from app.models.sync_queries import RecordName, record_names, referenced_names
from app.models.sync_settings import save_server_url, server_url
from app.sync import device as laptop
from app.sync.files import FileReport
from app.sync.status import SyncStatus, open_conflicts, resolve, status

if TYPE_CHECKING:
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
    """What the Sync page shows, read in one unit of work."""

    status: SyncStatus
    conflicts: list[ConflictItem]
    server_url: str


def sync_status(store: Store) -> SyncStatus:
    """What is pending, acknowledged and in conflict (the status line, ``sync status``)."""
    with store.sessions() as session:
        return status(session)


def page_state(store: Store) -> PageState:
    with store.sessions() as session:
        return PageState(status(session), _conflicts(session), server_url(session))


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
    return laptop.enroll_file(store, path)


def export_to_folder(store: Store, folder: Path) -> FileReport:
    """Write the claim, receipts and pending bundles to a stick or folder. The bundles are
    the ones a cut network push keeps, under the same ids (app/sync/outbox.py)."""
    return laptop.export_to(store, folder)


def import_from(store: Store, paths: list[Path]) -> FileReport:
    """Take in the province's bundles and receipts from files or folders."""
    return laptop.import_paths(store, list(paths))


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
