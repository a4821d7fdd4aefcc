"""Human names for records the sync layer refers to by table and id (read only).

Why: a conflict is stored as ``(table, row id, field)``, but an officer recognises "Lò Văn
Thắng" or "Dell Latitude 5420 · MP-LT-01", not a UUID. The Sync page asks here, in one
session, for the names of every record its conflicts mention and of the records a
conflicting value points to (an equipment holder, a course). One query per table, however
many conflicts. Soft-deleted records keep their names: an edit against a delete is exactly
the case where the officer must see which record it was. No Qt here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from .equipment import Equipment, StatusEvent
from .reference import Commune, EthnicGroup
from .staff import Staff
from .training import Attendance, Course, CourseSession, Enrollment

__all__ = ["REFERENCE_FIELDS", "RecordName", "record_names", "referenced_names"]

CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit
SEPARATOR = " – "


@dataclass(frozen=True, slots=True)
class RecordName:
    """How to name a record: ``name`` is empty when the record is not on this device;
    ``category`` is an equipment item's category key, for an item with no brand, model
    or tag (the window then names it by its translated category)."""

    name: str
    category: str | None = None


# Fields whose value is the id (or code) of another record: shown by that record's name.
REFERENCE_FIELDS: dict[str, str] = {
    "holder_id": "staff", "staff_id": "staff", "course_id": "course",
    "equipment_id": "equipment", "session_id": "course_session",
    "enrollment_id": "enrollment", "ethnicity_code": "ethnic_group",
    "commune_code": "commune",
}


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _join(*parts: str | None) -> str:
    return SEPARATOR.join(p for p in parts if p)


def _equipment_name(brand: str | None, model: str | None, tag: str | None,
                    serial: str | None) -> str:
    label = " ".join(p for p in (brand, model) if p)
    mark = tag or serial
    return f"{label} · {mark}" if label and mark else label or mark or ""


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _staff(session: Session, ids: Sequence[str]) -> dict[str, RecordName]:
    rows = session.execute(select(Staff.id, Staff.full_name).where(Staff.id.in_(ids)))
    return {i: RecordName(name) for i, name in rows}


def _equipment(session: Session, ids: Sequence[str]) -> dict[str, RecordName]:
    rows = session.execute(select(Equipment.id, Equipment.brand, Equipment.model,
                                  Equipment.asset_tag, Equipment.serial, Equipment.category)
                           .where(Equipment.id.in_(ids)))
    return {i: RecordName(_equipment_name(b, m, t, s), c) for i, b, m, t, s, c in rows}


def _status_events(session: Session, ids: Sequence[str]) -> dict[str, RecordName]:
    rows = session.execute(
        select(StatusEvent.id, StatusEvent.changed_on, Equipment.brand, Equipment.model,
               Equipment.asset_tag, Equipment.serial, Equipment.category)
        .join(Equipment, Equipment.id == StatusEvent.equipment_id)
        .where(StatusEvent.id.in_(ids)))
    return {i: RecordName(_join(_equipment_name(b, m, t, s), _day(day)), c)
            for i, day, b, m, t, s, c in rows}


def _courses(session: Session, ids: Sequence[str]) -> dict[str, RecordName]:
    rows = session.execute(select(Course.id, Course.title).where(Course.id.in_(ids)))
    return {i: RecordName(title) for i, title in rows}


def _course_sessions(session: Session, ids: Sequence[str]) -> dict[str, RecordName]:
    rows = session.execute(
        select(CourseSession.id, Course.title, CourseSession.session_date)
        .join(Course, Course.id == CourseSession.course_id)
        .where(CourseSession.id.in_(ids)))
    return {i: RecordName(_join(title, _day(day))) for i, title, day in rows}


def _enrollments(session: Session, ids: Sequence[str]) -> dict[str, RecordName]:
    person = aliased(Staff)
    rows = session.execute(
        select(Enrollment.id, person.full_name, Enrollment.participant_name, Course.title)
        .join(Course, Course.id == Enrollment.course_id)
        .outerjoin(person, person.id == Enrollment.staff_id)
        .where(Enrollment.id.in_(ids)))
    return {i: RecordName(_join(official or outsider, title))
            for i, official, outsider, title in rows}


def _attendance(session: Session, ids: Sequence[str]) -> dict[str, RecordName]:
    person = aliased(Staff)
    rows = session.execute(
        select(Attendance.id, person.full_name, Enrollment.participant_name, Course.title,
               CourseSession.session_date)
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .join(CourseSession, CourseSession.id == Attendance.session_id)
        .join(Course, Course.id == CourseSession.course_id)
        .outerjoin(person, person.id == Enrollment.staff_id)
        .where(Attendance.id.in_(ids)))
    return {i: RecordName(_join(official or outsider, title, _day(day)))
            for i, official, outsider, title, day in rows}


def _ethnic_groups(session: Session, codes: Sequence[str]) -> dict[str, RecordName]:
    rows = session.execute(select(EthnicGroup.code, EthnicGroup.name)
                           .where(EthnicGroup.code.in_(codes)))
    return {code: RecordName(name) for code, name in rows}


def _communes(session: Session, codes: Sequence[str]) -> dict[str, RecordName]:
    rows = session.execute(select(Commune.code, Commune.name).where(Commune.code.in_(codes)))
    return {code: RecordName(name) for code, name in rows}


_NAMERS: dict[str, Callable[[Session, Sequence[str]], dict[str, RecordName]]] = {
    "staff": _staff, "equipment": _equipment, "equipment_status_event": _status_events,
    "course": _courses, "course_session": _course_sessions, "enrollment": _enrollments,
    "attendance": _attendance, "ethnic_group": _ethnic_groups, "commune": _communes,
}


def record_names(session: Session, refs: Iterable[tuple[str, str]]
                 ) -> dict[tuple[str, str], RecordName]:
    """The name of each ``(table, id)`` found; a table with no namer is left out."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for table, row_id in refs:
        if table in _NAMERS and row_id:
            wanted[table].add(str(row_id))
    found: dict[tuple[str, str], RecordName] = {}
    for table, ids in wanted.items():
        for part in _chunks(sorted(ids)):
            for row_id, name in _NAMERS[table](session, part).items():
                found[(table, row_id)] = name
    return found


def referenced_names(session: Session, field: str, values: Iterable[object]
                     ) -> dict[str, RecordName]:
    """Names of the records that values of a reference ``field`` point to (by value)."""
    table = REFERENCE_FIELDS.get(field)
    if table is None:
        return {}
    names = record_names(session, ((table, str(v)) for v in values if v))
    return {row_id: name for (_table, row_id), name in names.items()}
