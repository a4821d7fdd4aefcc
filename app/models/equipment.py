"""Equipment and its status history.

A status change is history, not an overwrite: the journal's flush hook appends a
``StatusEvent`` whenever an item is created or its status changes, whatever code path
changed it, so the history cannot be forgotten.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from . import enums
from .base import Base, Synced
from .staff import Staff, check_enum
from .vntext import nfc


class Equipment(Synced, Base):
    __tablename__ = "equipment"

    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), index=True)
    category: Mapped[str] = mapped_column(ForeignKey("equipment_category.code"), index=True)
    brand: Mapped[str | None] = mapped_column(String(80))
    model: Mapped[str | None] = mapped_column(String(120))
    serial: Mapped[str | None] = mapped_column(String(80))
    asset_tag: Mapped[str | None] = mapped_column(String(40))
    acquired_date: Mapped[date | None] = mapped_column(Date)
    funding_source: Mapped[str | None] = mapped_column(String(160))
    value_vnd: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(14), default="in_use", index=True)
    holder_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), index=True)
    location: Mapped[str | None] = mapped_column(String(120))
    lan: Mapped[bool] = mapped_column(Boolean, default=False)
    internet: Mapped[bool] = mapped_column(Boolean, default=False)
    warranty_end: Mapped[date | None] = mapped_column(Date)
    last_inventory_check: Mapped[date | None] = mapped_column(Date)

    # Relationships are declared so one flush inserts parents before children.
    holder: Mapped[Staff | None] = relationship()

    @validates("category")
    def _category(self, key: str, value: str) -> str:
        return check_enum(enums.EQUIPMENT_CATEGORY, key, value) or "other"

    @validates("status")
    def _status(self, key: str, value: str) -> str:
        return check_enum(enums.EQUIPMENT_STATUS, key, value) or "in_use"

    @validates("brand", "model", "location", "funding_source")
    def _text(self, _key: str, value: str | None) -> str | None:
        return nfc(value) or None


class StatusEvent(Synced, Base):
    """One entry of an item's status history (it travels with the item's partition)."""

    __tablename__ = "equipment_status_event"

    equipment_id: Mapped[str] = mapped_column(ForeignKey("equipment.id"), index=True)
    status: Mapped[str] = mapped_column(String(14))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(String(240))

    equipment: Mapped[Equipment] = relationship()
