"""Sync over the network, the laptop's side: the plain-Python API the Sync page calls.

One ``push`` is a full exchange, in the order a USB round trip takes but without the walk:

1. the enrolment claim, until the province has confirmed it;
2. if bundles sent earlier (a push cut short, a USB stick) still wait for their receipt,
   the province's bundles first, so that what it already has is not sent again;
3. receipts for what came from the province, and every change it has not acknowledged,
   made into bundles exactly as for a stick (app/sync/transfer.py) and uploaded;
4. the province's bundles for this device (its receipts, others' changes) downloaded and
   imported one by one, each in its own transaction as from a stick;
5. a receipt for what was just imported, so the province knows at once.

Each step keeps what it finished. If the link dies for good or the user cancels, bundles
already sent simply wait for their receipt (the next push sends the same changes again and
the province skips what it has), and nothing counts as acknowledged unless the province's
signed receipt for it was imported here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.models import OutboxBundle
from app.models.errors import ModelError
from app.models.setup import require_device
from app.models.store import Store

from . import bundle, enrolment
from .bundle import PROVINCE
from .clock_repair import repair_future_stamps
from .device import receive, sync_context
from .errors import ServerRefusedError
from .transfer import export_changes, export_receipts

if TYPE_CHECKING:
    from .http import RetryPolicy, SyncClient

VIA = "http"
Progress = Callable[[str, int, int], None]  # (stage text, bytes done, bytes in this stage)
SENDING = "Đang gửi dữ liệu lên tỉnh"
RECEIVING = "Đang nhận dữ liệu từ tỉnh"


@dataclass
class PushReport:
    """What one push did, for the summary line and the Sync page."""

    claimed: bool = False  # the enrolment claim went up in this push
    sent: int = 0  # bundles uploaded (receipts included)
    sent_changes: int = 0  # changes in them
    acknowledged: int = 0  # our bundles the province's receipts confirmed in this push
    received: int = 0  # bundles from the province imported (receipts included)
    applied: int = 0  # changes from them applied here
    conflicts: int = 0
    notes: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # bundles refused, either way

    @property
    def ok(self) -> bool:
        return not self.refused


def push(store: Store, server_url: str, *, progress: Progress | None = None,
         cancel: threading.Event | None = None, retry: RetryPolicy | None = None,
         chunk_size: int | None = None) -> PushReport:
    """Exchange everything with the province server at ``server_url``.

    A bundle refused by either side is noted in ``refused`` and the rest goes on, as with
    files on a stick. Raises SyncError: ServerUnreachableError when retries run out,
    ServerRefusedError when the server refuses this device, SyncCancelled ("Đã hủy.")
    when ``cancel`` is set.
    """
    from .http import CHUNK_SIZE, SyncClient  # httpx loads when a push starts, not with the window

    report = PushReport()
    with store.sessions.begin() as session:
        me, _province = sync_context(session)
        device = require_device(session)
        claim = None if device.confirmed_at else enrolment.make_claim(device, me.keys)
    with SyncClient(server_url, me.id, me.keys, retry=retry, cancel=cancel,
                    chunk_size=chunk_size or CHUNK_SIZE) as client:
        if claim is not None:
            _stage(progress, "Đang gửi xác nhận ghi danh", 0, 1)
            client.claim(claim)
            _confirm(store)
            report.claimed = True
        if _awaiting_receipts(store):
            _fetch(client, store, report, progress)
        _send(client, _outgoing(store, report), report, progress)
        imported = _fetch(client, store, report, progress)
        if imported:
            _send(client, _outgoing(store, report, changes=False), report, progress)
    return report


def _confirm(store: Store) -> None:
    with store.sessions.begin() as session:
        device = require_device(session)
        device.confirmed_at = device.confirmed_at or datetime.now()


def _awaiting_receipts(store: Store) -> bool:
    with store.sessions() as session:
        return session.scalar(select(OutboxBundle.bundle_id).where(
            OutboxBundle.receiver == PROVINCE, OutboxBundle.acked_at.is_(None)).limit(1)
        ) is not None


def _outgoing(store: Store, report: PushReport, *, changes: bool = True) -> list[bytes]:
    """Bundles to upload, recorded in the outbox (so sent-but-unconfirmed shows in status)."""
    with store.sessions.begin() as session:
        me, province = sync_context(session)
        out: list[bytes] = []
        if (receipt := export_receipts(session, me, province)) is not None:
            out.append(receipt)
        if changes:
            if restamped := repair_future_stamps(session, require_device(session)):
                report.notes.append(f"{restamped} thay đổi ghi lúc đồng hồ máy chạy nhanh đã "
                                    "được ghi lại theo giờ đúng.")  # as export_to does
            out += export_changes(session, me, province, via=VIA)
    return out


def _send(client: SyncClient, bundles: list[bytes], report: PushReport,
          progress: Progress | None) -> None:
    total, done = sum(len(b) for b in bundles), 0
    for data in bundles:
        def moved(offset: int, base: int = done) -> None:
            _stage(progress, SENDING, base + offset, total)

        done += len(data)
        header = bundle.read_header(data)
        try:
            outcome = client.upload(data, moved)
        except ServerRefusedError as exc:
            if exc.status != 422:
                raise
            report.refused.append(f"Gói {header.bundle_id[:8]} gửi lên tỉnh: {exc}")
            continue
        report.sent += 1
        if header.kind == "changes" and not outcome.get("duplicate"):
            report.sent_changes += header.count
    if bundles:
        _stage(progress, SENDING, total, total)


def _fetch(client: SyncClient, store: Store, report: PushReport,
           progress: Progress | None) -> int:
    """Download and import what the province has for us; returns change bundles applied."""
    items = client.pull()
    total, done, changes = sum(int(i["size"]) for i in items), 0, 0
    for item in items:
        def moved(offset: int, base: int = done) -> None:
            _stage(progress, RECEIVING, base + offset, total)

        data = client.download(item, moved)
        done += len(data)
        try:
            outcome = receive(store, data, VIA)
        except ModelError as exc:
            report.refused.append(f"Gói {item['bundle_id'][:8]} từ tỉnh: {exc}")
            continue
        report.received += 1
        report.notes.extend(outcome.notes)  # e.g. values held back (clock_rules.py)
        if outcome.duplicate:
            report.notes.append(f"Gói {outcome.header.bundle_id[:8]} đã nhận trước đó.")
        elif outcome.header.kind == "receipt":
            report.acknowledged += outcome.acknowledged
        else:
            changes += 1
            report.applied += outcome.applied
            report.conflicts += outcome.conflicts
    return changes


def _stage(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)
