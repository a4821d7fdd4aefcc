"""This device: who it is, what it may write, and its clock. Local only, never synced."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, commune_partition, province_partition


class Setting(Base):
    """Small local key/value settings (reference data version, department name…)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Device(Base):
    """The one row describing this installation.

    ``role`` is ``office`` (one commune) or ``trainer`` (a list of communes). The clock state
    lives here so that stamps keep rising across restarts even if the wall clock goes back.
    """

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(10))
    province_code: Mapped[str] = mapped_column(String(2))
    communes_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    clock_wall_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    clock_counter: Mapped[int] = mapped_column(Integer, default=0)
    # Sync identity (app/sync/identity.py): private keys, the machine they belong to, and
    # what the province's enrolment file gave this device.
    keys: Mapped[str | None] = mapped_column(Text)
    machine: Mapped[str | None] = mapped_column(String(64))
    previous_id: Mapped[str | None] = mapped_column(String(36))
    enrolment_id: Mapped[str | None] = mapped_column(String(36))
    enrolment_code: Mapped[str | None] = mapped_column(String(64))
    province_keys: Mapped[str | None] = mapped_column(Text)
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)

    @property
    def communes(self) -> list[str]:
        return list(json.loads(self.communes_json))

    @property
    def home_partition(self) -> str:
        """Where records this device creates belong by default."""
        return commune_partition(self.communes[0])

    @property
    def province_partition(self) -> str:
        return province_partition(self.province_code)
