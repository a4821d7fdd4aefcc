"""How far a receiver has confirmed this copy's changes: the one read that every status
shows, kept apart from the bundles themselves.

``sync status``, the status line and every page of the window ask it, and none of them
reads or writes a bundle: here it costs SQLAlchemy and the models only, not the signing
and encryption of ``bundle`` (cryptography) nor the merge of ``transfer``, which load when
an exchange starts. ``outbox`` re-exports ``watermark`` for its callers.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import OutboxBundle

# A laptop's one receiver, as bundles and receipts name it: ``bundle.PROVINCE``, spelled
# here too because ``bundle`` knows nothing of the database (a test keeps the two equal).
PROVINCE = "province"


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
