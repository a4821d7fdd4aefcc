"""The network transfer as a persisted state machine: which stage it reached, what it has
downloaded and not yet applied.

Each function is one unit of work on the store, so whatever a run had finished is on disk
when the link or the process dies, and the next push picks the transfer up there
(``open_transfer``). A stage is recorded only forward (``move``): a stage done again is
harmless by construction (see stages.py), a stage gone back to would redo what the peer
already has, so the store refuses it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update

from app.models import Transfer, TransferBundle
from app.models.store import Store
from app.models.transfer import IN

from .stages import Stage, check_forward, parse

KEEP_FINISHED = 20  # finished transfers kept as a short history for support


@dataclass(frozen=True)
class OpenTransfer:
    """The transfer a push works on, and the stage it was at when this run took it up."""

    id: str
    stage: Stage
    resumed: bool  # an earlier run had started it


def open_transfer(store: Store, peer: str, device: str) -> OpenTransfer:
    """The unfinished transfer of ``device`` with ``peer``, or a new one at the first
    stage. One another device left (this store before it became a copy) is dropped with
    what it downloaded: it was not this device's to finish."""
    with store.sessions.begin() as session:
        found = session.scalars(select(Transfer).where(
            Transfer.peer == peer, Transfer.finished_at.is_(None))
            .order_by(Transfer.started_at.desc()).limit(1)).first()
        if found is not None and found.device == device:
            return OpenTransfer(found.id, parse(found.stage), True)
        if found is not None:
            session.execute(delete(Transfer).where(Transfer.id == found.id))
        _forget_old(session, peer)
        now = datetime.now()
        transfer = Transfer(id=str(uuid.uuid4()), peer=peer, device=device,
                            stage=Stage.CLAIM.value, started_at=now, moved_at=now,
                            finished_at=None, applied_bundles=0)
        session.add(transfer)
        return OpenTransfer(transfer.id, Stage.CLAIM, False)


def _forget_old(session, peer: str) -> None:
    old = select(Transfer.id).where(Transfer.peer == peer, Transfer.finished_at.is_not(None)
                                    ).order_by(Transfer.finished_at.desc()).offset(KEEP_FINISHED)
    session.execute(delete(Transfer).where(Transfer.id.in_(old)))


def stage_of(store: Store, transfer_id: str) -> Stage:
    with store.sessions() as session:
        return parse(session.get(Transfer, transfer_id).stage)


def move(store: Store, transfer_id: str, stage: Stage) -> None:
    """Record that the transfer has entered ``stage``; going back is refused
    (``StageOrderError``) and leaves the store as it was."""
    with store.sessions.begin() as session:
        transfer = session.get(Transfer, transfer_id)
        check_forward(parse(transfer.stage), stage)
        now = datetime.now()
        transfer.stage, transfer.moved_at = stage.value, now
        if stage is Stage.DONE:
            transfer.finished_at = now


# -- what the download stage fetched, until the apply stage has imported it

def keep_download(store: Store, transfer_id: str, peer: str, position: int, bundle_id: str,
                  data: bytes) -> None:
    with store.sessions.begin() as session:
        session.merge(TransferBundle(
            bundle_id=bundle_id, direction=IN, peer=peer, transfer_id=transfer_id,
            position=position, sealed_with="", size=len(data), data=data,
            kept_at=datetime.now()))


def clear_downloads(store: Store, transfer_id: str) -> None:
    """Forget what an earlier try of the download stage fetched: the peer prepares its
    bundles anew at each pull, so they are fetched again whole."""
    with store.sessions.begin() as session:
        session.execute(delete(TransferBundle).where(TransferBundle.transfer_id == transfer_id,
                                                     TransferBundle.direction == IN))


def downloads(store: Store, transfer_id: str) -> list[str]:
    """The ids of the bundles downloaded and not yet applied, in download order."""
    with store.sessions() as session:
        return list(session.scalars(select(TransferBundle.bundle_id).where(
            TransferBundle.transfer_id == transfer_id, TransferBundle.direction == IN)
            .order_by(TransferBundle.position)))


def downloaded(store: Store, bundle_id: str) -> bytes:
    with store.sessions() as session:
        return session.get(TransferBundle, bundle_id).data


def applied(store: Store, transfer_id: str, bundle_id: str, changes: bool) -> None:
    """One downloaded bundle is imported (or refused): its bytes go; a bundle of changes
    makes the acknowledge stage owe the peer a receipt."""
    with store.sessions.begin() as session:
        session.execute(delete(TransferBundle).where(TransferBundle.bundle_id == bundle_id,
                                                     TransferBundle.direction == IN))
        if changes:
            session.execute(update(Transfer).where(Transfer.id == transfer_id).values(
                applied_bundles=Transfer.applied_bundles + 1))


def owes_receipt(store: Store, transfer_id: str) -> bool:
    with store.sessions() as session:
        return bool(session.get(Transfer, transfer_id).applied_bundles)
