"""The province's register of enrolled devices (used by the provincial server only)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class RegisteredDevice(Base):
    """One enrolment the province issued, and the device that took it up.

    ``state`` goes issued → active (the device proved it holds the one-time code) →
    revoked (a lost laptop: every later bundle of it is refused).
    """

    __tablename__ = "registered_device"

    enrolment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(10))
    province_code: Mapped[str] = mapped_column(String(2))
    communes_json: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10), default="issued", index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    device_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    public_keys: Mapped[str | None] = mapped_column(Text)
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)

    @property
    def communes(self) -> list[str]:
        return list(json.loads(self.communes_json))
