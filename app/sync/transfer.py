"""Bundles out and in, the same on a laptop and on the provincial server.

Outgoing: every change the peer has not acknowledged, cut into bounded bundles whose
change ranges follow each other; each is remembered in the outbox until the peer's receipt
comes back. A laptop sends the changes made on it; the province sends each device what
changed in its read scope, except what that device itself sent. Since an export always
starts after the last acknowledged change, a lost stick costs nothing: the next export
carries the same changes again, and the receiver skips what it already has. A laptop keeps
the bytes of its bundles until their receipt and sends the same bytes again, by network or
by stick alike, before any new bundle (outbox.py): an upload cut off resumes where it
stopped, and the two paths never carry two versions of the same changes.

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

from app.messages import Message
from app.models import InboxBundle, JournalEntry, OutboxBundle, hlc
from app.models.store import head_revision, known_revisions

from . import bundle, outbox
from .bundle_body import compress_lines
from .bundle_files import batches
from .clock_rules import held_back_note, judge_at_province, learn_at_province, take_held_back
from .folds import RECEIPT_DAYS, covered
from .inbound import check_changes, check_header
from .keys import DeviceKeys
from .lines import entry_line
from .merge import MergeError, MergeResult, apply_ops
from .outbox import watermark
from .peers import Peer
from .schema import check_record


@dataclass(frozen=True)
class Me:
    """This copy: its id, keys and the communes its bundles concern."""

    id: str
    keys: DeviceKeys
    communes: tuple[str, ...]


def _pending(session: Session, peer: Peer, after: int, upstream: bool
             ) -> Iterator[tuple[int, bytes]]:
    """(seq, bundle line) of each journal entry to send, read as plain rows (not ORM
    objects), each line put together from the journal's texts (lines.py)."""
    journal = JournalEntry.__table__
    query = select(journal).where(journal.c.seq > after).order_by(journal.c.seq)
    if upstream:
        query = query.where(journal.c.origin.is_(None))
    else:
        query = query.where(journal.c.partition.in_(peer.reads),
                            journal.c.device_id != peer.id,
                            (journal.c.origin.is_(None)) | (journal.c.origin != peer.id))
    for entry in session.connection().execute(query.execution_options(yield_per=2000)):
        yield entry.seq, entry_line(entry)


def export_changes(session: Session, me: Me, peer: Peer, via: str) -> list[bytes]:
    """Bundles of everything ``peer`` has not acknowledged (empty list: nothing to send).

    Upstream (a laptop to the province), the bundles kept from an earlier export come
    first, byte for byte, and only changes after them go into new bundles, whose bytes are
    kept in turn; downstream every export is made afresh (the server publishes it)."""
    upstream = peer.role == "province"
    seal = outbox.sealed_with(me.id, me.keys.public().verify_raw, peer) if upstream else ""
    if upstream:
        out, start = outbox.resumable(session, seal, peer, via)
    else:
        out, start = [], watermark(session, peer.id)
    for data in _encode_after(session, me, peer, via, start, upstream):
        if upstream:
            outbox.keep(session, data, seal, peer)
        out.append(data)
    return out


def _encode_after(session: Session, me: Me, peer: Peer, via: str, start: int,
                  upstream: bool) -> Iterator[bytes]:
    """New bundles of the changes after ``start``, each recorded in the outbox."""
    first = start + 1
    lines = _pending(session, peer, start, upstream)
    for batch in batches(lines, lambda item: len(item[1])):
        last = batch[-1][0]
        body, count = compress_lines((line for _, line in batch), bundle.MAX_BODY_BYTES)
        data = bundle.seal(
            body, count, kind="changes", schema=head_revision(), sender=me.id,
            receiver=peer.id, communes=me.communes or peer.communes, first_seq=first,
            last_seq=last, signer=me.keys, recipient=peer.keys)
        header = bundle.read_header(data)
        session.add(OutboxBundle(
            bundle_id=header.bundle_id, receiver=peer.id, first_seq=first, last_seq=last,
            count=count, created_at=datetime.now(), via=via))
        yield data
        first = last + 1


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


class _KnownSchemas:
    """The schemas a bundle may name. Nearly every bundle names this app's own: only
    another app's makes the migrations be read (Alembic takes a fifth of a second to load,
    which a command that imports one bundle would pay every time)."""

    def __contains__(self, revision: object) -> bool:
        return revision == head_revision() or revision in known_revisions()


KNOWN_SCHEMAS = _KnownSchemas()


@dataclass
class Outcome:
    header: bundle.Header
    duplicate: bool = False
    applied: int = 0
    conflicts: int = 0
    acknowledged: int = 0
    notes: list[Message] = field(default_factory=list)  # values held back (clock_rules.py)


def import_bundle(session: Session, me: Me, data: bytes, peer_for: Callable[[str], Peer | None],
                  via: str, *, check_reads: frozenset[str] | None = None) -> Outcome:
    """Check and apply one bundle in the session's transaction."""
    peers: dict[str, Peer | None] = {}

    def key_for(sender: str):
        peers[sender] = peer_for(sender)
        return None if peers[sender] is None else peers[sender].keys

    header, records = bundle.decode(data, keys=me.keys, receiver=me.id,
                                    known_schemas=KNOWN_SCHEMAS, sender_key_for=key_for,
                                    check_record=check_record)
    peer = peers[header.sender]
    assert peer is not None  # decode refuses unknown senders
    outcome = Outcome(header)
    if session.get(InboxBundle, header.bundle_id) is not None or (
            header.kind == "changes"
            and covered(session, header.sender, header.first_seq, header.last_seq)):
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
        raise MergeError("transfer.bundle_contradicts") from exc


def _take_receipt(session: Session, peer: Peer, records: list[dict]) -> int:
    done = 0
    for record in records:
        sent = session.get(OutboxBundle, str(record.get("bundle_id")))
        if sent is not None and sent.receiver == peer.id and sent.acked_at is None:
            sent.acked_at = datetime.now()
            outbox.acknowledged(session, sent.bundle_id)
            done += 1
    return done
