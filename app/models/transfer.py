"""What a network transfer keeps between runs: its stage, and the bytes it must not redo.

A transfer over a poor link may be cut at any byte and the app closed before it ends; the
next run must carry on from there, not start again. So the transfer's stage lives here
(``Transfer``, one row per push; the order of stages is app/sync/stages.py), and so do the
bytes a stage would otherwise have to make or fetch again (``TransferBundle``):

- **out**: a bundle of this device's changes, sent or being sent but not yet acknowledged
  by the receiver. It is sent again byte for byte under the same id (the server resumes an
  upload at the offset it holds for that id) until the receiver's receipt comes back; then
  the bytes are dropped, and the ``sync_outbox`` row stays as the record that it was sent.
- **in**: a bundle downloaded in a transfer's download stage and not yet applied.

Local tables: they never travel. The bytes are bundles as they go on the wire (signed, the
body encrypted to the receiver), so they hold nothing a stick would not.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

OUT, IN = "out", "in"


class Transfer(Base):
    """One exchange with a peer over the network, as far as it got."""

    __tablename__ = "sync_transfer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    peer: Mapped[str] = mapped_column(String(36))
    # The device that started it: a copy that became another device starts afresh (the
    # province does not know it yet, and what was downloaded was encrypted to the other).
    device: Mapped[str] = mapped_column(String(36))
    stage: Mapped[str] = mapped_column(String(12))  # app.sync.stages.Stage
    started_at: Mapped[datetime] = mapped_column(DateTime)
    moved_at: Mapped[datetime] = mapped_column(DateTime)  # when it entered its stage
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    # Change bundles applied in this transfer: its acknowledge stage owes the peer a receipt.
    applied_bundles: Mapped[int] = mapped_column(Integer, default=0)


class TransferBundle(Base):
    """The bytes of one bundle kept for a transfer (see the module's docstring)."""

    __tablename__ = "sync_transfer_bundle"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))  # out | in
    peer: Mapped[str] = mapped_column(String(36), index=True)
    # An incoming bundle belongs to the transfer that downloaded it; an outgoing one to no
    # transfer in particular (any later one, or a stick, carries it).
    transfer_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("sync_transfer.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # download order (0 for outgoing ones)
    # A digest of the keys an outgoing bundle was sealed with (the signer's, the
    # receiver's): once either changes, the bytes are no longer the device's to send.
    sealed_with: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    kept_at: Mapped[datetime] = mapped_column(DateTime)
