"""Domain operations shared by every entry point (command line, import, window, demo).

Each takes the caller's session, so the caller decides the unit of work
(``with store.sessions.begin() as session``) and an import of many rows is one transaction.
The journal hook stamps and records whatever these functions change.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import Synced
from .equipment import Equipment, StatusEvent
from .errors import ValidationError
from .staff import Staff
from .training import Attendance, Course, CourseSession, Enrollment, attendance_id
from .vntext import nfc

T = TypeVar("T", bound=Synced)


def create(session: Session, model_cls: type[T], /, **values: Any) -> T:
    obj = model_cls(**values)
    session.add(obj)
    return obj


def update(obj: Synced, **values: Any) -> bool:
    """Set the given fields that really differ from what is stored; True if any did.

    The window's forms, the import and the other writers all change a record through
    ``apply_changes``, so they agree on what a change is."""
    for key in values:
        if key in ("id", "hlc", "device_id"):
            raise ValidationError("record.field_read_only", field=key)
    return apply_changes(obj, values)


def same(old: Any, new: Any) -> bool:
    """Equal as stored data: text compares in NFC with whitespace runs collapsed and blank
    meaning none.

    Why: a value typed in a form may hold a double space, a trailing space or be an empty
    string, and an export read back holds the stored text tidied; neither is an edit, and
    an edit journals a change that travels to the province and every device.
    """
    if isinstance(old, str) or isinstance(new, str):
        return (nfc(old) or None) == (nfc(new) or None)
    return old == new


def apply_changes(obj: Any, changes: Mapping[str, Any]) -> bool:
    """Set the fields whose value really differs (``same``); True if any did."""
    changed = False
    for name, value in changes.items():
        if not same(getattr(obj, name), value):
            setattr(obj, name, value)
            changed = True
    return changed


def soft_delete(obj: Synced) -> None:
    obj.deleted = True


def get_live(session: Session, model: type[T], record_id: str) -> T | None:
    obj = session.get(model, record_id)
    return None if obj is None or obj.deleted else obj


def change_status(
    session: Session, item: Equipment, status: str, on: date | None = None, note: str | None = None
) -> None:
    """Change an item's status, keeping the old one in its history with the date and a note."""
    if item.status == status:
        return
    item.status = status
    session.add(StatusEvent(
        equipment_id=item.id, status=status, changed_on=on or date.today(), note=note,
        partition=item.partition,
    ))


def enroll_staff(session: Session, course: Course, staff: Staff) -> Enrollment:
    """Enrol an official once; the enrolment lives in the official's commune partition.

    A commune's own course takes only that commune's officials: their enrolments travel
    with the course to that commune's laptop. A class for several communes is a province
    course, which every commune's laptop receives."""
    if course.commune_code and staff.commune_code != course.commune_code:
        raise ValidationError("training.course_other_commune")
    existing = session.scalars(select(Enrollment).where(
        Enrollment.course_id == course.id, Enrollment.staff_id == staff.id,
        Enrollment.deleted.is_(False),
    )).first()
    if existing is not None:
        return existing
    return create(session, Enrollment, course_id=course.id, staff_id=staff.id,
                  partition=staff.partition)


def enroll_participant(session: Session, course: Course, name: str, unit: str | None = None
                       ) -> Enrollment:
    if not name.strip():
        raise ValidationError("training.participant_name_missing")
    return create(session, Enrollment, course_id=course.id, participant_name=name,
                  participant_unit=unit, partition=course.partition)


def mark_attendance(
    session: Session, course_session: CourseSession, enrollment: Enrollment, status: str,
    today: date | None = None,
) -> Attendance:
    """Record one cell of the attendance grid (same id on every device for the same cell).

    A session that has not taken place yet (``held.took_place``) cannot be marked: a mark
    made ahead would count the official as trained before the class. Sync's merge does not
    come here; it keeps what other devices sent."""
    from .held import not_yet_held, took_place

    if not took_place(course_session.session_date, today or date.today()):
        raise ValidationError(not_yet_held(course_session.session_date))
    record_id = attendance_id(course_session.id, enrollment.id)
    mark = session.get(Attendance, record_id)
    if mark is None:
        return create(session, Attendance, id=record_id, session_id=course_session.id,
                      enrollment_id=enrollment.id, status=status, partition=enrollment.partition)
    mark.status = status
    mark.deleted = False
    return mark
