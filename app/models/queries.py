"""Read-only queries that feed lists and tables, returning plain frozen values.

Why plain values: the window loads them (later on a worker thread) and keeps them after
the session is closed, so nothing may lazy-load from the database once they are returned.
Each function is one SELECT with its joins, never one query per row, so a province-sized
register (tens of thousands of rows) loads in one round trip. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from .equipment import Equipment
from .reference import Commune, EquipmentCategory, EthnicGroup
from .staff import Staff
from .vntext import person_sort_key, search_key

__all__ = ["EquipmentRow", "StaffRow", "commune_name", "equipment_rows", "staff_rows"]


@dataclass(frozen=True, slots=True)
class StaffRow:
    """One official as the staff list shows it (enumerations stay keys; the UI labels them)."""

    id: str
    full_name: str
    name_key: str
    gender: str | None
    birth_date: date | None
    ethnicity: str | None
    unit: str | None
    position: str | None
    professional_level: str
    it_certificate: str
    phone: str | None


@dataclass(frozen=True, slots=True)
class EquipmentRow:
    """One item as the equipment list shows it.

    ``search_key`` folds the fields an officer searches by (asset tag, serial, brand,
    model, holder, location) once, here, so filtering as one types costs no per-keystroke
    normalisation and the work can run off the GUI thread with the rest of the load.
    """

    id: str
    category: str
    brand: str | None
    model: str | None
    serial: str | None
    asset_tag: str | None
    status: str
    holder_name: str | None
    location: str | None
    acquired_date: date | None
    lan: bool
    internet: bool
    search_key: str


def staff_rows(session: Session, commune_codes: Sequence[str]) -> list[StaffRow]:
    """Live officials of the communes, in Vietnamese order (given name, middle, family)."""
    query = (
        select(
            Staff.id, Staff.full_name, Staff.name_key, Staff.gender, Staff.birth_date,
            EthnicGroup.name, Staff.unit, Staff.position, Staff.professional_level,
            Staff.it_certificate, Staff.phone,
        )
        .outerjoin(EthnicGroup, EthnicGroup.code == Staff.ethnicity_code)
        .where(Staff.commune_code.in_(list(commune_codes)), Staff.deleted.is_(False))
    )
    rows = [StaffRow(*row) for row in session.execute(query)]
    # The collation key is the costly part of a large load; compute it once per distinct name.
    keys = {name: person_sort_key(name) for name in {r.full_name for r in rows}}
    rows.sort(key=lambda r: (keys[r.full_name], r.id))
    return rows


def equipment_rows(session: Session, commune_codes: Sequence[str]) -> list[EquipmentRow]:
    """Live items of the communes, by category (as the reference list ranks them) then tag."""
    holder = aliased(Staff)
    query = (
        select(
            Equipment.id, Equipment.category, Equipment.brand, Equipment.model,
            Equipment.serial, Equipment.asset_tag, Equipment.status, holder.full_name,
            Equipment.location, Equipment.acquired_date, Equipment.lan, Equipment.internet,
        )
        .join(EquipmentCategory, EquipmentCategory.code == Equipment.category)
        .outerjoin(holder, holder.id == Equipment.holder_id)
        .where(Equipment.commune_code.in_(list(commune_codes)), Equipment.deleted.is_(False))
        .order_by(
            EquipmentCategory.rank, Equipment.asset_tag.is_(None), Equipment.asset_tag,
            Equipment.id,
        )
    )
    return [_equipment_row(row) for row in session.execute(query)]


def _equipment_row(row: Sequence) -> EquipmentRow:
    (item_id, category, brand, model, serial, asset_tag, status, holder_name, location,
     acquired, lan, internet) = row
    searchable = (asset_tag, serial, brand, model, holder_name, location)
    return EquipmentRow(
        id=item_id, category=category, brand=brand, model=model, serial=serial,
        asset_tag=asset_tag, status=status, holder_name=holder_name, location=location,
        acquired_date=acquired, lan=bool(lan), internet=bool(internet),
        search_key=search_key(" ".join(part for part in searchable if part)),
    )


def commune_name(session: Session, code: str) -> str | None:
    """The official name of a current commune or ward ("Xã Mường Phăng"), None if unknown."""
    return session.scalar(select(Commune.name).where(Commune.code == code))
