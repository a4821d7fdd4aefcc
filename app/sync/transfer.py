"""Bundles out and in, the same on a laptop and on the provincial server.

Outgoing: every change the peer has not acknowledged, cut into bounded bundles whose
change ranges follow each other; each is remembered in the outbox until the peer's receipt
comes back. A laptop sends the changes made on it; the province sends each device what
changed in its read scope, except what that device itself sent. Since an export always
starts after the last acknowledged change, a lost stick costs nothing: the next export
carries the same changes again, and the receiver skips what it already has.

Incoming: a bundle is checked (see bundle.decode), each record against the schema of its
table as it is read (schema.py), its changes against what the sender may write and the
records they touch (inbound.py), then applied in one transaction with the inbox entry that
makes a second import of the same file a no-op. Receipts mark outbox bundles done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import InboxBundle, JournalEntry, OutboxBundle, hlc
from app.models.store import head_revision, known_revisions

from . import bundle
from .clock_rules import held_back_note, judge_at_province, learn_at_province, take_held_back
from .inbound import check_changes, check_header
from .keys import DeviceKeys
from .merge import MergeError, MergeResult, apply_ops
from .ops import entry_to_op
from .peers import Peer
from .schema import check_record

RECEIPT_DAYS = 90  # receipts repeat for this long, so a lost stick is made up by the next


@dataclass(frozen=True)
class Me:
    """This copy: its id, keys and the communes its bundles concern."""

    id: str
    keys: DeviceKeys
    communes: tuple[str, ...]


def watermark(session: Session, receiver: str) -> int:
    """The last change of ours the receiver has acknowledged, with nothing missing below."""
    done = session.execute(select(OutboxBundle.first_seq, OutboxBundle.last_seq).where(
        OutboxBundle.receiver == receiver, OutboxBundle.acked_at.is_not(None))
        .order_by(OutboxBundle.first_seq)).all()
    mark = 0
    for first, last in done:
        if first <= mark + 1:
            mark = max(mark, last)
    return mark


def _pending(session: Session, peer: Peer, after: int, upstream: bool) -> Iterator[dict]:
    query = select(JournalEntry).where(JournalEntry.seq > after).order_by(JournalEntry.seq)
    if upstream:
        query = query.where(JournalEntry.origin.is_(None))
    else:
        query = query.where(JournalEntry.partition.in_(peer.reads),
                            JournalEntry.device_id != peer.id,
                            (JournalEntry.origin.is_(None)) | (JournalEntry.origin != peer.id))
    for entry in session.scalars(query.execution_options(yield_per=2000)):
        op = entry_to_op(entry)
        op["seq"] = entry.seq
        yield op


def export_changes(session: Session, me: Me, peer: Peer, via: str) -> list[bytes]:
    """Bundles of everything ``peer`` has not acknowledged (empty list: nothing to send)."""
    start = watermark(session, peer.id)
    upstream = peer.role == "province"
    out: list[bytes] = []
    first = start + 1
    for batch in bundle.split(_pending(session, peer, start, upstream)):
        last = batch[-1]["seq"]
        records = [{k: v for k, v in op.items() if k != "seq"} for op in batch]
        data = bundle.encode(
            records, kind="changes", schema=head_revision(), sender=me.id, receiver=peer.id,
            communes=me.communes or peer.communes, first_seq=first, last_seq=last,
            signer=me.keys, recipient=peer.keys)
        header = bundle.read_header(data)
        session.add(OutboxBundle(
            bundle_id=header.bundle_id, receiver=peer.id, first_seq=first, last_seq=last,
            count=len(records), created_at=datetime.now(), via=via))
        out.append(data)
        first = last + 1
    return out


def export_receipts(session: Session, me: Me, peer: Peer) -> bytes | None:
    """One receipt bundle naming the peer's bundles applied here lately (the newest
    ``bundle.MAX_RECORDS`` of them: a reader takes no more records than a few batches)."""
    since = datetime.now() - timedelta(days=RECEIPT_DAYS)
    applied = session.scalars(select(InboxBundle).where(
        InboxBundle.sender == peer.id, InboxBundle.kind == "changes",
        InboxBundle.applied_at >= since).order_by(InboxBundle.applied_at.desc())
        .limit(bundle.MAX_RECORDS)).all()
    if not applied:
        return None
    records = [{"bundle_id": b.bundle_id, "first_seq": b.first_seq, "last_seq": b.last_seq}
               for b in reversed(applied)]
    return bundle.encode(records, kind="receipt", schema=head_revision(), sender=me.id,
                         receiver=peer.id, communes=me.communes or peer.communes,
                         first_seq=0, last_seq=0, signer=me.keys, recipient=peer.keys)


@dataclass
class Outcome:
    header: bundle.Header
    duplicate: bool = False
    applied: int = 0
    conflicts: int = 0
    acknowledged: int = 0
    notes: list[str] = field(default_factory=list)  # e.g. values held back (clock_rules.py)


def import_bundle(session: Session, me: Me, data: bytes, peer_for: Callable[[str], Peer | None],
                  via: str, *, check_reads: frozenset[str] | None = None) -> Outcome:
    """Check and apply one bundle in the session's transaction."""
    peers: dict[str, Peer | None] = {}

    def key_for(sender: str):
        peers[sender] = peer_for(sender)
        return None if peers[sender] is None else peers[sender].keys

    header, records = bundle.decode(data, keys=me.keys, receiver=me.id,
                                    known_schemas=known_revisions(), sender_key_for=key_for,
                                    check_record=check_record)
    peer = peers[header.sender]
    assert peer is not None  # decode refuses unknown senders
    outcome = Outcome(header)
    if session.get(InboxBundle, header.bundle_id) is not None:
        outcome.duplicate = True
        return outcome
    # Stamps from the future (clock_rules.py): the province checks its own clock first.
    clock = None
    if me.id == bundle.PROVINCE:
        clock, outcome.notes = judge_at_province(session, header, records, hlc.now_ms())
    if header.kind == "receipt":
        check_header(header, peer, me.communes)
        outcome.acknowledged = _take_receipt(session, peer, records)
    else:
        check_changes(session, header, records, peer, me.communes, check_reads)
        now = hlc.now_ms() if clock is None else clock.now_ms
        if clock is None:  # a laptop: future values are held back, the rest applied
            records, held = take_held_back(session, records, now)
            if held:
                outcome.notes.append(held_back_note(held, now))
        result = _apply(session, records, peer, now)
        outcome.applied, outcome.conflicts = result.applied, result.conflicts
    if clock is not None:
        learn_at_province(session, clock, header, records)
    session.add(InboxBundle(
        bundle_id=header.bundle_id, sender=header.sender, kind=header.kind,
        first_seq=header.first_seq, last_seq=header.last_seq, count=header.count,
        applied_at=datetime.now(), via=via))
    return outcome


def _apply(session: Session, ops: list[dict], peer: Peer, now: int) -> MergeResult:
    """Merge checked changes; a constraint the checks did not foresee still refuses the
    bundle with a sentence (the caller's transaction then rolls all of it back)."""
    try:
        return apply_ops(session, ops, origin=peer.id, now=now)
    except IntegrityError as exc:
        raise MergeError("Gói có thay đổi trái với dữ liệu đã có ở máy này (ví dụ hai bản ghi "
                         "cho cùng một ô điểm danh); cả gói bị từ chối, không có gì thay "
                         "đổi.") from exc


def _take_receipt(session: Session, peer: Peer, records: list[dict]) -> int:
    done = 0
    for record in records:
        sent = session.get(OutboxBundle, str(record.get("bundle_id")))
        if sent is not None and sent.receiver == peer.id and sent.acked_at is None:
            sent.acked_at = datetime.now()
            done += 1
    return done
