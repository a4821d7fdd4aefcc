"""The sync layer's bookkeeping folded as it ages: a row a bundle, kept for ever, would make a
laptop that syncs daily, and a province of a thousand of them, grow without end (issue 17: a
year of edits in no more than twice its records).

- **The outbox** (bundles sent): each receiver's acknowledged bundles below its watermark
  become one row (``fold_outbox``).
- **The inbox** (bundles applied here): each sender's bundles older than the receipts'
  window (``RECEIPT_DAYS``: ``transfer.export_receipts`` names only the bundles applied
  since) become one row standing for all of them (``fold_inbox``). A folded row keeps how
  many bundles it stands for (``bundles``: the console's "bundles received" stays true) and,
  for changes, the range of the sender's sequence numbers they covered with nothing
  missing, so that a stick brought in again is still recognised as applied (``covered``).

Both keep the newest row of each way (stick or network), which ``status`` and the console
read as the last sync that way. Plain statements, not the ORM's: a fold beside another (a
stick's import beside ``server serve``) that finds a row already gone has nothing to
complain of.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from itertools import groupby

from sqlalchemy import Row, delete, exists, select, update
from sqlalchemy.orm import Session

from app.models import InboxBundle, OutboxBundle

RECEIPT_DAYS = 90  # receipts repeat for this long, so a lost stick is made up by the next
CHUNK = 500  # ids a statement deletes at most


def fold_outbox(session: Session) -> int:
    """Fold each receiver's acknowledged bundles below its watermark into one row. The
    watermark (``outbox.watermark``, ``compaction._acknowledged``) reads the same from the
    folded rows, and a receipt naming a folded bundle again finds nothing left to mark.
    Returns the rows deleted."""
    outbox = OutboxBundle.__table__
    rows = session.execute(select(outbox).where(outbox.c.acked_at.is_not(None))
                           .order_by(outbox.c.receiver, outbox.c.first_seq)).all()
    gone: list[str] = []
    for _receiver, sent in groupby(rows, key=lambda row: row.receiver):
        below = unbroken(list(sent))
        if len(below) < 2:
            continue
        head, keep = _kept(below, lambda row: row.created_at)
        session.execute(update(outbox).where(outbox.c.bundle_id == head.bundle_id).values(
            first_seq=min(row.first_seq for row in below),
            count=sum(row.count for row in below)))
        gone += [row.bundle_id for row in below if row.bundle_id not in keep]
    _delete(session, outbox, gone)
    return len(gone)


def fold_inbox(session: Session, now: datetime | None = None) -> int:
    """Fold each sender's bundles applied before the receipts' window into one row: its
    changes bundles that cover an unbroken range of its sequence numbers, and its receipts
    (which carry none). Returns the rows deleted."""
    inbox = InboxBundle.__table__
    before = (now or datetime.now()) - timedelta(days=RECEIPT_DAYS)
    rows = session.execute(select(inbox).where(inbox.c.applied_at < before).order_by(
        inbox.c.sender, inbox.c.kind, inbox.c.first_seq, inbox.c.applied_at)).all()
    gone: list[str] = []
    for (_sender, kind), taken in groupby(rows, key=lambda row: (row.sender, row.kind)):
        group = list(taken)
        below = group if kind != "changes" else unbroken(group, start=None)
        if len(below) < 2:
            continue
        head, keep = _kept(below, lambda row: row.applied_at)
        others = [row for row in below if row.bundle_id in keep and row is not head]
        folded = [row for row in below if row.bundle_id not in keep]
        session.execute(update(inbox).where(inbox.c.bundle_id == head.bundle_id).values(
            first_seq=min(row.first_seq for row in below),
            count=head.count + sum(row.count for row in folded),
            bundles=sum(row.bundles for row in below) - sum(row.bundles for row in others)))
        gone += [row.bundle_id for row in folded]
    _delete(session, inbox, gone)
    return len(gone)


def covered(session: Session, sender: str, first_seq: int, last_seq: int) -> bool:
    """Whether a folded row of ``sender`` stands for changes bundles that covered every
    sequence number from ``first_seq`` to ``last_seq``: a bundle of those is applied here."""
    inbox = InboxBundle.__table__
    return bool(session.scalar(select(exists().where(
        inbox.c.sender == sender, inbox.c.kind == "changes", inbox.c.bundles > 1,
        inbox.c.first_seq <= first_seq, inbox.c.last_seq >= last_seq))))


def unbroken(rows: Sequence[Row], start: int | None = 0) -> list[Row]:
    """The rows (sorted by first sequence number) that lie under the watermark they make
    with nothing missing from ``start`` + 1 on (from the first row's own start if None)."""
    if not rows:
        return []
    mark = rows[0].first_seq - 1 if start is None else start
    for row in rows:
        if row.first_seq <= mark + 1:
            mark = max(mark, row.last_seq)
    return [row for row in rows if row.last_seq <= mark]


def _kept(rows: list[Row], when) -> tuple[Row, set[str]]:
    """The row that stands for the others (the one reaching furthest) and every row kept:
    it and the newest of each way."""
    head = max(rows, key=lambda row: (row.last_seq, when(row)))
    newest = {max((row for row in rows if row.via == way), key=when).bundle_id
              for way in {row.via for row in rows}}
    return head, {head.bundle_id} | newest


def _delete(session: Session, table, ids: list[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        session.execute(delete(table).where(table.c.bundle_id.in_(ids[start:start + CHUNK])))
