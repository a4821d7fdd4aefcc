"""What this copy has sent and what it keeps to send again, until the receiver says it has it.

Every bundle written is remembered in ``sync_outbox`` until the receiver's receipt comes
back; ``watermark`` is the last change the receiver has acknowledged with nothing missing
below it, where every export starts.

A laptop also keeps the **bytes** of each bundle of its own changes for the province
(``sync_transfer_bundle``, direction "out") until the receipt comes. The next export, by
network or by stick, sends those same bytes under the same id instead of making new bundles
of the same changes: the server derives its upload from the device and the bundle id, so an
upload cut at 60% yesterday resumes at 60% today, and a bundle the province already took
is answered "already had it". Only changes made after the kept bundles go into new ones.
A stick and the network therefore carry one sequence of bundles, never two versions of the
same changes: whichever arrives first is applied, the other is a duplicate.

Kept bytes are dropped, and their changes made into new bundles, as soon as they no longer
say what the device would send now (``_still_fit``): the device's or the province's keys
changed (a copy that became a new device, a new enrolment), the app writes another schema
or format since an update, or the journal no longer holds the changes the bundle carries
(stamps repaired after a clock ran fast, changes reissued by a copy). The province refusing
a bundle outright drops it too (``drop``): the same bytes would be refused for ever.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.models import JournalEntry, OutboxBundle, TransferBundle
from app.models.store import head_revision
from app.models.transfer import OUT

from . import bundle
from .marks import watermark as watermark  # read without bundles by every status (marks.py)
from .peers import Peer


def sealed_with(sender: str, verify_raw: bytes, peer: Peer) -> str:
    """A digest of everything that makes a kept bundle this device's to send now: who signs
    it and with which key, whom it is encrypted to, and the format and schema written."""
    digest = hashlib.sha256()
    for part in (sender.encode(), verify_raw, peer.id.encode(), peer.keys.encryption_raw,
                 head_revision().encode(), str(bundle.FORMAT_VERSION).encode()):
        digest.update(len(part).to_bytes(4, "big") + part)
    return digest.hexdigest()


def keep(session: Session, data: bytes, seal: str, peer: Peer) -> None:
    """Keep an outgoing bundle's bytes until the receiver's receipt for it comes back."""
    header = bundle.read_header(data)
    session.add(TransferBundle(
        bundle_id=header.bundle_id, direction=OUT, peer=peer.id, transfer_id=None,
        position=0, sealed_with=seal, size=len(data), data=data, kept_at=datetime.now()))


def resumable(session: Session, seal: str, peer: Peer, via: str) -> tuple[list[bytes], int]:
    """The kept bundles still fit to send, in the order of their changes, and the last
    change they carry (where new bundles start); the others are dropped. Each one reused is
    recorded as written out again now, by ``via`` (what the status calls the last sync)."""
    mark = watermark(session, peer.id)
    rows = session.execute(
        select(TransferBundle, OutboxBundle)
        .join(OutboxBundle, OutboxBundle.bundle_id == TransferBundle.bundle_id, isouter=True)
        .where(TransferBundle.direction == OUT, TransferBundle.peer == peer.id)
        .order_by(OutboxBundle.first_seq)).all()
    if not all(_still_fit(session, kept, sent, seal) for kept, sent in rows):
        drop(session, peer.id)
        return [], mark
    out: list[bytes] = []
    for kept, sent in rows:
        if sent.acked_at is not None or sent.last_seq <= mark:  # superseded: taken already
            session.delete(kept)
        elif sent.first_seq > mark + 1:  # a gap (a refused bundle): later ones made anew
            drop(session, peer.id, after=mark)
            break
        else:
            out.append(kept.data)
            mark = sent.last_seq
            sent.via, sent.created_at = via, datetime.now()
    return out, mark


def _still_fit(session: Session, kept: TransferBundle, sent: OutboxBundle | None,
               seal: str) -> bool:
    if sent is None or kept.sealed_with != seal:
        return False
    journalled = session.scalar(select(func.count()).select_from(JournalEntry).where(
        JournalEntry.seq.between(sent.first_seq, sent.last_seq),
        JournalEntry.origin.is_(None)))
    return journalled == sent.count


def acknowledged(session: Session, bundle_id: str) -> None:
    """The receiver has the bundle: its bytes are no longer needed."""
    session.execute(delete(TransferBundle).where(TransferBundle.bundle_id == bundle_id,
                                                 TransferBundle.direction == OUT))


def drop(session: Session, peer_id: str, *, after: int | None = None,
         bundle_id: str | None = None) -> None:
    """Forget kept bytes for ``peer_id``: all of them, those of bundles starting after
    change ``after``, or one bundle; their changes go into new bundles next time. Anything
    that rewrites journal entries already in kept bundles must call this (or leave it to
    ``resumable``, which finds it out)."""
    query = delete(TransferBundle).where(TransferBundle.direction == OUT,
                                         TransferBundle.peer == peer_id)
    if bundle_id is not None:
        query = query.where(TransferBundle.bundle_id == bundle_id)
    if after is not None:
        later = select(OutboxBundle.bundle_id).where(OutboxBundle.receiver == peer_id,
                                                     OutboxBundle.first_seq > after)
        query = query.where(TransferBundle.bundle_id.in_(later))
    session.execute(query)


def kept_ids(session: Session, peer_id: str) -> list[str]:
    """The ids of the bundles kept for ``peer_id``, in the order of their changes."""
    return list(session.scalars(
        select(TransferBundle.bundle_id)
        .join(OutboxBundle, OutboxBundle.bundle_id == TransferBundle.bundle_id)
        .where(TransferBundle.direction == OUT, TransferBundle.peer == peer_id)
        .order_by(OutboxBundle.first_seq)))
