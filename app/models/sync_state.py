"""What the sync layer keeps locally: bundles sent and received, and conflicts to review.

These tables never travel; they describe this copy's exchanges with its peers.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Conflict(Base):
    """A field where two copies changed the value without seeing each other's change.

    The merge keeps the later version everywhere (the same choice on every copy); the other
    value is kept here until an officer reviews it and keeps it or chooses the other.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(40))
    kept_value: Mapped[str] = mapped_column(Text)  # JSON
    kept_version: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[str] = mapped_column(Text)  # JSON
    lost_version: Mapped[str] = mapped_column(String(64))
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(10))  # kept | lost


class InboxBundle(Base):
    """A bundle applied here; importing it again is recognised and changes nothing. Once
    past the receipts' window, a sender's bundles are folded into one row standing for
    ``bundles`` of them (``app/sync/folds.py``)."""

    __tablename__ = "sync_inbox"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    via: Mapped[str] = mapped_column(String(10))
    bundles: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class OutboxBundle(Base):
    """A bundle written for a receiver; done when the receiver's receipt comes back."""

    __tablename__ = "sync_outbox"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    receiver: Mapped[str] = mapped_column(String(36), index=True)
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    via: Mapped[str] = mapped_column(String(10))
    acked_at: Mapped[datetime | None] = mapped_column(DateTime)
