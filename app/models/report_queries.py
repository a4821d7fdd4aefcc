"""What the printed reports count, read in a few queries and returned as plain values.

Why queries of their own rather than the lists': a paper needs what the window's lists do
not load (an item's value, the people in service by professional level, equipment by age),
and it must agree with the overview: the same officials in service (``in_service``), the
same working stock (``ACTIVE_STATUSES``), the same age limit (``years_before``) as the
indicators. Personal data stays out where a paper does not print it: an erased official
is never named as an item's holder. No Qt, no sentences (the papers word the figures).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from . import enums
from .equipment import Equipment
from .indicators import in_service, years_before
from .reference import Commune, EquipmentCategory, Province
from .reference_queries import name_in_text, proper_name
from .staff import Staff
from .training import CourseSession


@dataclass(frozen=True, slots=True)
class InventoryItem:
    """One item of the register as the inventory prints it."""

    category: str
    brand: str | None
    model: str | None
    serial: str | None
    asset_tag: str | None
    acquired_date: date | None
    value_vnd: int | None
    status: str
    holder: str | None  # the holder's name; None when nobody (or an erased official) holds it
    location: str | None


@dataclass(frozen=True)
class StaffCounts:
    """Officials in service on a day, by professional level and by IT certificate."""

    officials: int
    by_level: dict[str, int]
    by_certificate: dict[str, int]
    digital_skills: int = 0  # with basic digital skills confirmed


@dataclass(frozen=True)
class UnitNames:
    """A commune and its province as papers name them: inside a sentence ("xã Mường
    Phăng", "tỉnh Điện Biên") and alone, without their type ("Mường Phăng", "Điện Biên")."""

    commune_in_text: str
    commune_proper: str
    province_in_text: str
    province_proper: str


AGE_BANDS = ("under_3", "3_to_5", "over_5", "unknown")


def inventory_items(session: Session, commune_codes: Sequence[str]) -> list[InventoryItem]:
    """Every live item of the communes, by category (the reference list's rank), then tag."""
    holder = aliased(Staff)
    query = (
        select(Equipment.category, Equipment.brand, Equipment.model, Equipment.serial,
               Equipment.asset_tag, Equipment.acquired_date, Equipment.value_vnd,
               Equipment.status, holder.full_name, Equipment.location)
        .join(EquipmentCategory, EquipmentCategory.code == Equipment.category)
        .outerjoin(holder, and_(holder.id == Equipment.holder_id, holder.deleted.is_(False)))
        .where(Equipment.commune_code.in_(list(commune_codes)), Equipment.deleted.is_(False))
        .order_by(EquipmentCategory.rank, Equipment.asset_tag.is_(None), Equipment.asset_tag,
                  Equipment.serial, Equipment.id)
    )
    return [InventoryItem(*row) for row in session.execute(query)]


def staff_counts(session: Session, commune_codes: Sequence[str], today: date) -> StaffCounts:
    """Officials in service on ``today`` (as the overview counts them), by level and by
    certificate: every key of each scale is there, zeros included."""
    rows = session.execute(
        select(Staff.professional_level, Staff.it_certificate, func.count(),
               func.sum(case((Staff.digital_skills.is_(True), 1), else_=0)))
        .where(Staff.commune_code.in_(list(commune_codes)), in_service(today))
        .group_by(Staff.professional_level, Staff.it_certificate))
    levels: Counter[str] = Counter()
    certificates: Counter[str] = Counter()
    skilled = 0
    for level, certificate, count, confirmed in rows:
        levels[level or "none"] += count
        certificates[certificate or "none"] += count
        skilled += confirmed
    return StaffCounts(
        officials=sum(levels.values()),
        by_level={key: levels[key] for key in enums.PROFESSIONAL_LEVEL},
        by_certificate={key: certificates[key] for key in enums.IT_CERTIFICATE},
        digital_skills=skilled,
    )


def equipment_ages(session: Session, commune_codes: Sequence[str], today: date
                   ) -> dict[str, int]:
    """The working stock (``ACTIVE_STATUSES``) by age on ``today``: under 3 years, 3 to 5,
    over 5 (the indicators' "older than 5 years"), and bought on a day nobody recorded."""
    three, five = years_before(today, 3), years_before(today, 5)
    rows = session.execute(
        select(Equipment.acquired_date)
        .where(Equipment.commune_code.in_(list(commune_codes)), Equipment.deleted.is_(False),
               Equipment.status.in_(enums.ACTIVE_STATUSES)))
    bands: Counter[str] = Counter()
    for (acquired,) in rows:
        if acquired is None:
            bands["unknown"] += 1
        elif acquired < five:
            bands["over_5"] += 1
        elif acquired < three:
            bands["3_to_5"] += 1
        else:
            bands["under_3"] += 1
    return {band: bands[band] for band in AGE_BANDS}


def unit_names(session: Session, commune_code: str) -> UnitNames | None:
    """The commune's and its province's names as papers write them; None if unknown."""
    row = session.execute(
        select(Commune.name, Commune.division_type, Province.name, Province.division_type)
        .join(Province, Province.code == Commune.province_code)
        .where(Commune.code == commune_code)).first()
    if row is None:
        return None
    commune, commune_type, province, province_type = row
    return UnitNames(name_in_text(commune, commune_type), proper_name(commune, commune_type),
                     name_in_text(province, province_type), proper_name(province,
                                                                        province_type))


def province_names(session: Session, province_code: str) -> tuple[str, str] | None:
    """The province inside a sentence and alone ("tỉnh Điện Biên", "Điện Biên")."""
    row = session.execute(select(Province.name, Province.division_type)
                          .where(Province.code == province_code)).first()
    if row is None:
        return None
    return name_in_text(*row), proper_name(*row)


def commune_names(session: Session, codes: Sequence[str]) -> dict[str, str]:
    """Official names ("Xã Mường Phăng") of the given codes."""
    rows = session.execute(select(Commune.code, Commune.name)
                           .where(Commune.code.in_(list(codes))))
    return {code: name for code, name in rows}


def lessons_starting(session: Session, prefix: str, course_ids: Sequence[str]
                     ) -> list[tuple[str, str]]:
    """(lesson id, course id) of the live lessons of the given courses whose id starts with
    ``prefix`` (an id is long: its first characters are enough when no other shares them)."""
    escaped = prefix.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = session.execute(
        select(CourseSession.id, CourseSession.course_id)
        .where(CourseSession.course_id.in_(list(course_ids)), CourseSession.deleted.is_(False),
               func.lower(CourseSession.id).like(f"{escaped}%", escape="\\")))
    return [(lesson, course) for lesson, course in rows]
