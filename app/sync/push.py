"""Sync over the network, the laptop's side: the plain-Python API behind the Sync page and
``commune-it sync push``.

One push is a transfer: a persisted state machine that goes once through the stages of
stages.py, claim → upload → download → apply → acknowledge, recording each stage before it
starts (transfer_state.py) and never going back. Each stage keeps what it finished:

- upload sends receipts, then the bundles kept from an earlier try byte for byte under
  their ids (outbox.py: the server resumes each where it stopped, or answers that it has
  it), then new bundles of what changed since, kept in turn until their receipt comes;
- download keeps each of the province's bundles in the store as it arrives;
- apply imports them one by one, each in its own transaction as from a stick;
- acknowledge sends a receipt for what was applied, so the province knows at once.

If the link dies for good, the user cancels or the process is killed, the next push takes
the transfer up at the stage it had reached: an upload cut at 60% sends the other 40%. A
transfer taken up past its upload is finished first; then a new one sends what changed
since. Nothing counts as acknowledged unless the province's signed receipt for it was
imported here.

Progress is reported as ``progress(done, total, stage)``: bytes for the upload, download
and acknowledge stages, bundles for apply, one step for the claim. A request about to be
tried again is reported the same way, its "stage" a ``RetryNotice`` (retry_notice.py) and
``done``, ``total`` as last reported: the officer sees each retry as it happens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from app.messages import Message, message
from app.models.errors import ModelError
from app.models.setup import require_device
from app.models.store import Store

from . import bundle, enrolment, outbox
from . import transfer_state as state
from .bundle import PROVINCE
from .clock_repair import repair_future_stamps
from .compaction import compact_store
from .device import receive, sync_context
from .errors import ServerRefusedError
from .peers import Peer
from .retry_notice import RetryNotice
from .stages import Stage, next_stage
from .transfer import Me, export_changes, export_receipts

if TYPE_CHECKING:
    from .http import RetryPolicy, SyncClient

VIA = "http"
Progress = Callable[[int, int, Stage | RetryNotice], None]  # (done, total, stage)


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
    notes: list[Message] = field(default_factory=list)
    refused: list[Message] = field(default_factory=list)  # bundles refused, either way

    @property
    def ok(self) -> bool:
        return not self.refused


def push(store: Store, server_url: str, *, progress: Progress | None = None,
         cancel: threading.Event | None = None, retry: RetryPolicy | None = None,
         chunk_size: int | None = None) -> PushReport:
    """Exchange everything with the province server at ``server_url``.

    A bundle refused by either side is noted in ``refused`` and the rest goes on, as with
    files on a stick. Raises SyncError: ServerUnreachableError when retries run out,
    ServerRefusedError when the server refuses this device, SyncCancelled when ``cancel``
    is set; the transfer then waits at its stage for the next push.
    """
    from .http import CHUNK_SIZE, SyncClient  # httpx loads when a push starts, not with the window

    with store.sessions.begin() as session:  # who this device is: checked once a push
        me, province = sync_context(session)
    report, told = PushReport(), _Told(progress)
    with SyncClient(server_url, me.id, me.keys, retry=retry, cancel=cancel,
                    chunk_size=chunk_size or CHUNK_SIZE, on_retry=told.retrying) as client:
        run = _Run(store, client, report, told, (me, province))
        taken_up = state.open_transfer(store, PROVINCE, me.id)
        run.through(taken_up.id, taken_up.stage)
        if taken_up.resumed and taken_up.stage > Stage.UPLOAD:
            fresh = state.open_transfer(store, PROVINCE, me.id)
            run.through(fresh.id, fresh.stage)
    compact_store(store)  # the province's receipts may have confirmed changes
    return report


class _Told:
    """The push's progress callback, remembering the last report, so that a retry is told
    with the amounts the bar already shows."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done, self.total = 0, 0

    def __call__(self, done: int, total: int, stage: Stage) -> None:
        self.done, self.total = done, total
        if self.progress is not None:
            self.progress(done, total, stage)

    def retrying(self, notice: RetryNotice) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, notice)


class _Run:
    """One push's stages over one client; each stage may be run again harmlessly."""

    def __init__(self, store: Store, client: SyncClient, report: PushReport,
                 progress: Progress, context: tuple[Me, Peer]) -> None:
        self.store, self.client, self.report, self.progress = store, client, report, progress
        self.me, self.province = context  # as read at the push's start (``sync_context``)

    def through(self, transfer_id: str, stage: Stage) -> None:
        """Run the transfer from ``stage`` to the end, recording each stage reached."""
        steps: dict[Stage, Callable[[str], None]] = {
            Stage.CLAIM: self.claim, Stage.UPLOAD: self.upload,
            Stage.DOWNLOAD: self.download, Stage.APPLY: self.apply,
            Stage.ACKNOWLEDGE: self.acknowledge}
        while stage is not Stage.DONE:
            steps[stage](transfer_id)
            stage = next_stage(stage)
            state.move(self.store, transfer_id, stage)

    def tell(self, stage: Stage, done: int, total: int) -> None:
        self.progress(done, total, stage)

    def claim(self, _transfer_id: str) -> None:
        with self.store.sessions.begin() as session:
            device = require_device(session)
            claim = None if device.confirmed_at else enrolment.make_claim(device, self.me.keys)
        if claim is None:
            return
        self.tell(Stage.CLAIM, 0, 1)
        self.client.claim(claim)
        with self.store.sessions.begin() as session:
            device = require_device(session)
            device.confirmed_at = device.confirmed_at or datetime.now()
        self.report.claimed = True
        self.tell(Stage.CLAIM, 1, 1)

    def upload(self, _transfer_id: str) -> None:
        self.send(_outgoing(self.store, self.report, self.me, self.province), Stage.UPLOAD)

    def download(self, transfer_id: str) -> None:
        state.clear_downloads(self.store, transfer_id)
        items = self.client.pull()
        total, done = sum(int(i["size"]) for i in items), 0
        for position, item in enumerate(items):
            data = self.client.download(item, self._moved(Stage.DOWNLOAD, done, total))
            state.keep_download(self.store, transfer_id, PROVINCE, position,
                                str(item["bundle_id"]), data)
            done += len(data)
        if items:
            self.tell(Stage.DOWNLOAD, total, total)

    def apply(self, transfer_id: str) -> None:
        waiting = state.downloads(self.store, transfer_id)
        for number, bundle_id in enumerate(waiting, start=1):
            changes = self._import(bundle_id, state.downloaded(self.store, bundle_id))
            state.applied(self.store, transfer_id, bundle_id, changes)
            self.tell(Stage.APPLY, number, len(waiting))

    def acknowledge(self, transfer_id: str) -> None:
        if state.owes_receipt(self.store, transfer_id):
            self.send(_receipts(self.store, self.me, self.province), Stage.ACKNOWLEDGE)

    # -- sending and receiving one bundle

    def send(self, bundles: list[bytes], stage: Stage) -> None:
        total, done = sum(len(b) for b in bundles), 0
        for data in bundles:
            self._send_one(data, self._moved(stage, done, total))
            done += len(data)
        if bundles:
            self.tell(stage, total, total)

    def _moved(self, stage: Stage, base: int, total: int) -> Callable[[int], None]:
        return lambda offset: self.tell(stage, base + offset, total)

    def _send_one(self, data: bytes, moved: Callable[[int], None]) -> None:
        header = bundle.read_header(data)
        try:
            outcome = self.client.upload(data, moved)
        except ServerRefusedError as exc:
            if exc.status != 422:
                raise
            # The server keeps its answer for these bytes: only new ones can be taken.
            _drop_kept(self.store, header.bundle_id)
            self.report.refused.append(message(
                "transfer.upload_refused", bundle=header.bundle_id[:8], reason=exc))
            return
        self.report.sent += 1
        if header.kind == "changes" and not outcome.get("duplicate"):
            self.report.sent_changes += header.count

    def _import(self, bundle_id: str, data: bytes) -> bool:
        """Import one downloaded bundle; True if it applied changes (a receipt is owed)."""
        report = self.report
        try:
            outcome = receive(self.store, data, VIA)
        except ModelError as exc:
            report.refused.append(message("transfer.download_refused", bundle=bundle_id[:8],
                                          reason=exc))
            return False
        report.received += 1
        report.notes.extend(outcome.notes)  # e.g. values held back (clock_rules.py)
        if outcome.duplicate:
            report.notes.append(message("transfer.received_before",
                                        bundle=outcome.header.bundle_id[:8]))
            return False
        if outcome.header.kind == "receipt":
            report.acknowledged += outcome.acknowledged
            return False
        report.applied += outcome.applied
        report.conflicts += outcome.conflicts
        return True


def _outgoing(store: Store, report: PushReport, me: Me, province: Peer) -> list[bytes]:
    """What the upload stage sends: a receipt for what came from the province lately, the
    bundles kept from earlier tries, and new bundles of what changed since."""
    with store.sessions.begin() as session:
        out: list[bytes] = []
        if (receipt := export_receipts(session, me, province)) is not None:
            out.append(receipt)
        if restamped := repair_future_stamps(session, require_device(session)):
            report.notes.append(message("sync.note_restamped", count=restamped))
        out += export_changes(session, me, province, via=VIA)
    return out


def _receipts(store: Store, me: Me, province: Peer) -> list[bytes]:
    with store.sessions.begin() as session:
        receipt = export_receipts(session, me, province)
    return [] if receipt is None else [receipt]


def _drop_kept(store: Store, bundle_id: str) -> None:
    with store.sessions.begin() as session:
        outbox.drop(session, PROVINCE, bundle_id=bundle_id)
