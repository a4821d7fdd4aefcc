"""Bundles the province refused, kept so the console's devices page can say which laptop
sent what that was turned away, when, and why (used by the provincial server only).

A refusal is kept as its message code and values (app/sync/refusals.py's JSON form), not
as a sentence, so the page words it in the reader's language. Only the last
``app.server.refusal_log.KEEP`` of each device are kept: a laptop that pushes a damaged
bundle every minute must not fill the disk. A local table: it never travels.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class BundleRefusal(Base):
    """One bundle refused: by which device (its id, or the enrolment id the bundle named),
    through which door (``http`` or ``usb``), and the refusal as code and values."""

    __tablename__ = "bundle_refusal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # The sender the bundle names; "" when its header could not be read.
    device_key: Mapped[str] = mapped_column(String(64), index=True)
    bundle_id: Mapped[str | None] = mapped_column(String(64))
    via: Mapped[str] = mapped_column(String(10))
    refused_at: Mapped[datetime] = mapped_column(DateTime)
    code: Mapped[str] = mapped_column(String(120))
    values_json: Mapped[str] = mapped_column(Text)
