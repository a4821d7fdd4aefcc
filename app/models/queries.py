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
from functools import cache, lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, aliased

from .equipment import Equipment, StatusEvent
from .indicators import bound_codes, in_service
from .reference import Commune, EquipmentCategory, EthnicGroup
from .setup import current_device
from .staff import Staff
from .vntext import person_sort_key, search_key

__all__ = [
    "EQUIPMENT_FIELDS", "STAFF_FIELDS", "EquipmentRow", "EthnicChoice", "StaffChoice",
    "StaffRow", "StatusEventRow", "commune_name", "equipment_details", "equipment_rows",
    "ethnic_groups", "register_editable", "staff_choices", "staff_details", "staff_rows",
    "status_history",
]

# The fields an officer edits in the window's forms (everything but identity and place).
STAFF_FIELDS = (
    "full_name", "gender", "birth_date", "ethnicity_code", "unit", "position", "legacy_title",
    "general_education", "professional_level", "professional_field",
    "political_theory_level", "state_management_level", "it_certificate",
    "it_certificate_date", "it_certificate_issuer", "minority_languages",
    "uses_official_email", "phone", "email", "service_start", "service_end",
    "digital_skills", "digital_skills_date", "digital_skills_method",
)
EQUIPMENT_FIELDS = (
    "category", "brand", "model", "serial", "asset_tag", "acquired_date", "funding_source",
    "value_vnd", "status", "holder_id", "location", "lan", "internet", "warranty_end",
    "last_inventory_check",
)


class StaffRow(NamedTuple):
    """One official as the staff list shows it (enumerations stay keys; the UI labels them).

    List rows are named tuples rather than dataclasses: a register of 50,000 is built in a
    third of the time and takes less memory."""

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
    # Service ended on or before the day of the load: the list shows current officials by
    # default, as the overview counts them (``indicators.in_service``).
    former: bool = False


class EquipmentRow(NamedTuple):
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
    holder_id: str | None = None  # for the holder filter; last so older callers still fit


@dataclass(frozen=True, slots=True)
class StatusEventRow:
    """One line of an item's status history."""

    changed_on: date
    status: str
    note: str | None


@dataclass(frozen=True, slots=True)
class StaffChoice:
    """An official offered in a picker (an item's holder): name, what they do, search key."""

    id: str
    full_name: str
    position: str | None
    search_key: str


@dataclass(frozen=True, slots=True)
class EthnicChoice:
    code: str
    name: str
    variants: str  # "|"-separated other spellings (H'Mông, Mèo…), searchable too


# The lists read rows as a plain (Core) result, which streams from the cursor where the ORM
# result would first buffer all 50,000, and keep one object for each value many rows repeat
# (a position, a level, a room, a birth date): a 50,000-row list then holds about half the
# memory it would with a fresh string per cell.


def staff_rows(session: Session, commune_codes: Sequence[str], today: date | None = None
               ) -> list[StaffRow]:
    """Live officials of the communes, current and former (``StaffRow.former`` as of
    ``today``), in Vietnamese order (given name, middle, family)."""
    today = today or date.today()
    query = _staff_query()
    share = {}.setdefault  # one object per repeated value (see above)
    rows = [
        StaffRow(item_id, share(name, name), share(key, key), share(gender, gender),
                 share(born, born), share(ethnicity, ethnicity), share(unit, unit),
                 share(position, position), share(level, level), share(cert, cert), phone,
                 end is not None and end <= today)
        for (item_id, name, key, gender, born, ethnicity, unit, position, level, cert, phone,
             end) in session.connection().execute(query, {"codes": list(commune_codes)})
    ]
    # The collation key is the costly part of a large load: key and rank each distinct name
    # once, then sort by plain numbers (by id first: the sort is stable, so id breaks ties).
    rank = _ranks({r.full_name for r in rows}, person_sort_key)
    rows.sort(key=lambda r: r.id)
    rows.sort(key=lambda r: rank[r.full_name])
    return rows


# The lists' statements are built once, their communes bound at each reading: building one
# costs about what the database takes to answer it for a commune.

@cache
def _staff_query() -> Select:
    return (
        select(
            Staff.id, Staff.full_name, Staff.name_key, Staff.gender, Staff.birth_date,
            EthnicGroup.name, Staff.unit, Staff.position, Staff.professional_level,
            Staff.it_certificate, Staff.phone, Staff.service_end,
        )
        .outerjoin(EthnicGroup, EthnicGroup.code == Staff.ethnicity_code)
        .where(Staff.commune_code.in_(bound_codes()),
               Staff.deleted.is_(False))
    )


def _ranks(values: set[str], key: Any) -> dict[str, int]:
    """Each value's place in ``key`` order; values with equal keys share a place."""
    keyed = sorted((key(value), value) for value in values)
    ranks: dict[str, int] = {}
    previous, place = None, -1
    for sort_key, value in keyed:
        if sort_key != previous:
            previous, place = sort_key, place + 1
        ranks[value] = place
    return ranks


def equipment_rows(session: Session, commune_codes: Sequence[str]) -> list[EquipmentRow]:
    """Live items of the communes, by category (as the reference list ranks them) then tag."""
    share = {}.setdefault
    return [_equipment_row(row, share) for row in session.connection().execute(
        _equipment_query(), {"codes": list(commune_codes)})]


@cache
def _equipment_query() -> Select:
    holder = aliased(Staff)
    return (
        select(
            Equipment.id, Equipment.category, Equipment.brand, Equipment.model,
            Equipment.serial, Equipment.asset_tag, Equipment.status, holder.full_name,
            Equipment.location, Equipment.acquired_date, Equipment.lan, Equipment.internet,
            Equipment.holder_id,
        )
        .join(EquipmentCategory, EquipmentCategory.code == Equipment.category)
        .outerjoin(holder, holder.id == Equipment.holder_id)
        .where(Equipment.commune_code.in_(bound_codes()),
               Equipment.deleted.is_(False))
        .order_by(
            EquipmentCategory.rank, Equipment.asset_tag.is_(None), Equipment.asset_tag,
            Equipment.id,
        )
    )


def _equipment_row(row: Sequence, share: Any) -> EquipmentRow:
    (item_id, category, brand, model, serial, asset_tag, status, holder_name, location,
     acquired, lan, internet, holder_id) = row
    category, brand, model, status = (share(category, category), share(brand, brand),
                                      share(model, model), share(status, status))
    holder_name, location, acquired, holder_id = (
        share(holder_name, holder_name), share(location, location), share(acquired, acquired),
        share(holder_id, holder_id))
    parts = (search_key(asset_tag), search_key(serial), _shared_key(brand),
             _shared_key(model), _shared_key(holder_name), _shared_key(location))
    return EquipmentRow(item_id, category, brand, model, serial, asset_tag, status, holder_name,
                        location, acquired, bool(lan), bool(internet),
                        " ".join(filter(None, parts)), holder_id)


@lru_cache(maxsize=16384)
def _shared_key(text: str | None) -> str:
    """The search key of a value many rows share (a brand, a holder, a room): keyed once.
    Joining the keys of the parts gives the key of the joined text (``search_key`` folds
    character by character and collapses spaces)."""
    return search_key(text)


def commune_name(session: Session, code: str) -> str | None:
    """The official name of a current commune or ward ("Xã Mường Phăng"), None if unknown.
    A column, read as such: the ORM's way costs more than the database's answer."""
    return session.connection().execute(_name_query(), {"code": code}).scalar()


@cache
def _name_query() -> Select:
    return select(Commune.name).where(Commune.code == bindparam("code"))


def staff_details(session: Session, staff_id: str) -> dict[str, Any] | None:
    """The editable fields of one live official, for a form; None if gone or deleted."""
    person = session.get(Staff, staff_id)
    if person is None or person.deleted:
        return None
    return {name: getattr(person, name) for name in STAFF_FIELDS}


def equipment_details(session: Session, item_id: str) -> dict[str, Any] | None:
    """The editable fields of one live item, for a form; None if gone or deleted."""
    item = session.get(Equipment, item_id)
    if item is None or item.deleted:
        return None
    return {name: getattr(item, name) for name in EQUIPMENT_FIELDS}


def status_history(session: Session, item_id: str) -> list[StatusEventRow]:
    """An item's statuses, oldest first (same-day changes in the order they were made)."""
    query = (
        select(StatusEvent.changed_on, StatusEvent.status, StatusEvent.note)
        .where(StatusEvent.equipment_id == item_id, StatusEvent.deleted.is_(False))
        .order_by(StatusEvent.changed_on, StatusEvent.hlc)
    )
    return [StatusEventRow(*row) for row in session.execute(query)]


def staff_choices(session: Session, commune_codes: Sequence[str], today: date | None = None
                  ) -> list[StaffChoice]:
    """Officials of the communes in service on ``today``, in Vietnamese order, for a
    searchable picker (an item is handed to someone still at work; the form keeps an
    item's holder who has left, named as such)."""
    query = select(Staff.id, Staff.full_name, Staff.position, Staff.name_key).where(
        Staff.commune_code.in_(list(commune_codes)), in_service(today or date.today()))
    rows = [StaffChoice(*row) for row in session.execute(query)]
    keys = {name: person_sort_key(name) for name in {r.full_name for r in rows}}
    rows.sort(key=lambda r: (keys[r.full_name], r.id))
    return rows


def ethnic_groups(session: Session) -> list[EthnicChoice]:
    """The 54 groups in their official order (by GSO code: Kinh, Tày, Thái, …)."""
    query = select(EthnicGroup.code, EthnicGroup.name, EthnicGroup.variants).order_by(
        EthnicGroup.code)
    return [EthnicChoice(code, name, variants or "") for code, name, variants
            in session.execute(query)]


def register_editable(session: Session) -> bool:
    """Whether this device writes staff and equipment: an office laptop does, a trainer's
    laptop only reads them (its write scope is training records)."""
    device = current_device(session)
    return device is not None and device.role == "office"
