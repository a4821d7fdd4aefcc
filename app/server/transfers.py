"""What the HTTP server does for a device, apart from speaking HTTP: its claim, the commit of
an upload (an import, once), its pull; and who waits for whom (app/server/locks.py).

Imports of different communes run side by side on PostgreSQL, each in one transaction as
on the USB path; a province on SQLite keeps one writer. A commit repeated after a lost
answer gets the kept answer (app/server/uploads.py), never a second import. The journal is
compacted after imports on a thread of its own (app/server/compaction_worker.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.messages import Message, message
from app.models import RegisteredDevice
from app.models.errors import ModelError
from app.models.store import Store
from app.server.compaction_worker import Compactor
from app.server.locks import IMPORT_WORKERS, PULL_WORKERS, WriteLocks
from app.server.province import accept_claim, province_me, receive
from app.server.refusal_log import record
from app.server.uploads import Nonces, Spool
from app.sync import bundle
from app.sync.compaction import compact_store
from app.sync.errors import KeyFormatError, SyncError
from app.sync.peers import Peer, active_device, registered_peer
from app.sync.refusals import answer, from_json
from app.sync.transfer import export_changes, export_receipts


class ProvinceServer:
    """The server's state: the store, the spool on disk, the nonces, the write locks and the
    worker limits of imports and pulls."""

    def __init__(self, store: Store, spool: Spool, nonces: Nonces) -> None:
        self.store, self.spool, self.nonces = store, spool, nonces
        self.locks = WriteLocks(one_writer=store.engine.dialect.name == "sqlite")
        self.writing = self.locks.one  # the single writer's lock (a province on SQLite)
        self.importing = anyio.CapacityLimiter(IMPORT_WORKERS)
        self.pulling = anyio.CapacityLimiter(PULL_WORKERS)
        self.compactor = Compactor(lambda: compact_store(store), lambda: self.locks.holding(()))

    @asynccontextmanager
    async def lifespan(self, _app: Any) -> AsyncIterator[None]:
        """While the server serves, the journal is compacted after imports."""
        self.compactor.start()
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(self.compactor.stop)

    def device(self, device_id: str) -> tuple[Peer | None, str | None]:
        """The registered device of that id and its state, revoked ones included: only its
        key can tell its signed request (told it is revoked) from a forged one (told nothing)."""
        with self.store.sessions() as session:
            entry = session.scalars(select(RegisteredDevice).where(
                RegisteredDevice.device_id == device_id)).first()
            if entry is None or not entry.public_keys:
                return None, None
            try:
                return registered_peer(entry), entry.state
            except KeyFormatError:
                return None, None

    def claim(self, claim: Any) -> dict[str, Any]:
        with self.locks.for_claim(), self.store.sessions.begin() as session:
            province_me(session)
            entry, _label = accept_claim(session, claim)
            return {"device_id": entry.device_id, "state": entry.state}

    def commit(self, device: Peer, upload_id: str) -> dict[str, Any]:
        with self.spool.lock(upload_id):
            upload = self.spool.get(device.id, upload_id)
            if upload.outcome is None:
                data = self.spool.whole(upload)
                try:
                    outcome = self._import(device, upload.bundle_id, data)
                except ModelError as exc:
                    outcome = _refusal(exc.message)
                except IntegrityError:  # as on a stick (files.take_each): refused, said plainly
                    outcome = _refusal(message("server.bundle_conflicts_stored"))
                self.spool.finish(upload, outcome)
        if "refused" in upload.outcome:  # the same answer to a commit repeated
            raise SyncError(_refused_again(upload.outcome))
        return upload.outcome

    def _import(self, device: Peer, bundle_id: str, data: bytes) -> dict[str, Any]:
        try:
            header = bundle.read_header(data)
            if header.sender != device.id or header.bundle_id != bundle_id:
                raise SyncError("server.bundle_not_sender")
        except ModelError as exc:  # refused before receive(), which keeps its own
            record(self.store, device.id, bundle_id, "http", exc.message)
            raise
        with self.locks.for_import(device):
            outcome = receive(self.store, data, via="http")
        self.compactor.poke()  # committed, its locks let go: compacted once imports pause
        return {"kind": header.kind, "applied": outcome.applied, "conflicts": outcome.conflicts,
                "duplicate": outcome.duplicate, "acknowledged": outcome.acknowledged}

    def pull(self, device: Peer) -> list[dict[str, Any]]:
        """This device's receipts and the changes it lacks, left in the spool to download."""
        with self.locks.for_pull(device.id), self.store.sessions.begin() as session:
            me = province_me(session)
            peer = active_device(session, device.id) or device
            out = []
            receipt = export_receipts(session, me, peer)
            if receipt is not None:
                out.append(receipt)
            out += export_changes(session, me, peer, via="http")
            return self.spool.publish(device.id, out)


def _refusal(said: Message) -> dict[str, Any]:
    """A refused commit's outcome, kept in the spool: the answer to give it again."""
    body = answer(said)
    return {"refused": body["detail"], "code": body["code"], "values": body["values"]}


def _refused_again(outcome: dict[str, Any]) -> Message:
    """The kept refusal; one kept before refusals had codes is told in its own words."""
    return from_json(outcome) or message("sync.server_said", detail=str(outcome["refused"]))
