"""Training writes the window makes, on top of ``records`` (create, enrol, mark).

Each function takes the caller's session (one unit of work per call) and plain values, and
refuses a bad value with a ``ValidationError`` that carries a code of the catalogue. Where a
new course belongs is decided here, from the device, not by the window: a trainer's laptop
runs the province's classes (province partition, no commune), an office laptop its
commune's.

Nothing is hard-deleted: deleting a session or an enrolment soft-deletes it together with
its attendance marks, and clearing a cell soft-deletes its mark (``records.mark_attendance``
revives it if the cell is marked again, keeping the one id every device agrees on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import message

from . import records
from .base import Synced, province_partition
from .enums import ATTENDANCE
from .errors import ValidationError
from .setup import require_device
from .staff import Staff
from .training import Attendance, Course, CourseSession, Enrollment, attendance_id
from .vntext import nfc

T = TypeVar("T", bound=Synced)
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
MAX_HOURS = 1000.0


@dataclass(frozen=True)
class CourseValues:
    title: str
    start_date: date
    end_date: date | None = None
    topic: str | None = None
    organiser: str | None = None
    trainer: str | None = None
    place: str | None = None
    hours: float | None = None
    funding: str | None = None
    digital_skills: bool = False  # passing it may confirm an official's basic digital skills


@dataclass(frozen=True)
class LessonValues:
    session_date: date
    start_time: str | None = None
    topic: str | None = None
    hours: float | None = None


def _live(session: Session, model: type[T], record_id: str, what: str) -> T:
    obj = records.get_live(session, model, record_id)
    if obj is None:
        raise ValidationError("record.not_found", what=message(f"record.what_{what}"))
    return obj


def _optional(text: str | None) -> str | None:
    return nfc(text) or None


def _check_hours(hours: float | None) -> float | None:
    if hours is None or hours == 0:
        return None
    if hours < 0 or hours > MAX_HOURS:
        raise ValidationError("training.hours_out_of_range", limit=int(MAX_HOURS))
    return float(hours)


def course_fields(values: CourseValues) -> dict:
    """The stored fields of a course, checked."""
    title = nfc(values.title)
    if not title:
        raise ValidationError("training.course_title_missing")
    if values.start_date is None:  # the store needs it, and a course is known by it
        raise ValidationError("training.course_start_missing")
    if values.end_date is not None and values.end_date < values.start_date:
        raise ValidationError("training.course_end_before_start")
    return dict(
        title=title, start_date=values.start_date, end_date=values.end_date,
        topic=_optional(values.topic), organiser=_optional(values.organiser),
        trainer=_optional(values.trainer), place=_optional(values.place),
        hours=_check_hours(values.hours), funding=_optional(values.funding),
        digital_skills=bool(values.digital_skills),
    )


def create_course(session: Session, values: CourseValues) -> Course:
    """A new course: the province's on a trainer's laptop, the commune's on an office one."""
    fields = course_fields(values)
    device = require_device(session)
    if device.role == "trainer":
        return records.create(session, Course, commune_code=None,
                              partition=province_partition(device.province_code), **fields)
    return records.create(session, Course, commune_code=device.communes[0], **fields)


def update_course(session: Session, course_id: str, values: CourseValues) -> Course:
    course = _live(session, Course, course_id, "course")
    fields = course_fields(values)
    outside = session.scalars(select(CourseSession.session_date).where(
        CourseSession.course_id == course_id, CourseSession.deleted.is_(False))).all()
    if any(not _within(day, fields["start_date"], fields["end_date"]) for day in outside):
        raise ValidationError("training.sessions_outside_course")
    records.update(course, **fields)
    return course


def delete_course(session: Session, course_id: str) -> None:
    """Delete a course nobody is enrolled in, with its sessions."""
    course = _live(session, Course, course_id, "course")
    enrolled = session.scalars(select(Enrollment.id).where(
        Enrollment.course_id == course_id, Enrollment.deleted.is_(False)).limit(1)).first()
    if enrolled is not None:
        raise ValidationError("training.course_has_enrolments")
    for item in session.scalars(select(CourseSession).where(
            CourseSession.course_id == course_id, CourseSession.deleted.is_(False))):
        records.soft_delete(item)
    records.soft_delete(course)


def _within(day: date, start: date, end: date | None) -> bool:
    return start <= day and (end is None or day <= end)


def session_fields(course: Course, values: LessonValues) -> dict:
    if not _within(values.session_date, course.start_date, course.end_date):
        raise ValidationError("training.session_outside_course")
    start = (values.start_time or "").strip() or None
    if start is not None and not TIME.match(start):
        raise ValidationError("training.start_time_format")
    return dict(session_date=values.session_date, start_time=start,
                topic=_optional(values.topic), hours=_check_hours(values.hours))


def add_session(session: Session, course_id: str, values: LessonValues) -> CourseSession:
    course = _live(session, Course, course_id, "course")
    return records.create(session, CourseSession, course_id=course.id,
                          partition=course.partition, **session_fields(course, values))


def update_session(session: Session, session_id: str, values: LessonValues) -> CourseSession:
    item = _live(session, CourseSession, session_id, "session")
    records.update(item, **session_fields(item.course, values))
    return item


def delete_session(session: Session, session_id: str) -> None:
    item = _live(session, CourseSession, session_id, "session")
    for mark in session.scalars(select(Attendance).where(
            Attendance.session_id == session_id, Attendance.deleted.is_(False))):
        records.soft_delete(mark)
    records.soft_delete(item)


def enroll_official(session: Session, course_id: str, staff_id: str) -> Enrollment:
    course = _live(session, Course, course_id, "course")
    staff = _live(session, Staff, staff_id, "staff")
    return records.enroll_staff(session, course, staff)


def enroll_outsider(session: Session, course_id: str, name: str, unit: str | None
                    ) -> Enrollment:
    course = _live(session, Course, course_id, "course")
    return records.enroll_participant(session, course, nfc(name), _optional(unit))


def remove_enrolment(session: Session, enrollment_id: str) -> None:
    enrolment = _live(session, Enrollment, enrollment_id, "enrolment")
    for mark in session.scalars(select(Attendance).where(
            Attendance.enrollment_id == enrollment_id, Attendance.deleted.is_(False))):
        records.soft_delete(mark)
    records.soft_delete(enrolment)


def set_mark(session: Session, session_id: str, enrollment_id: str, status: str | None,
             today: date | None = None) -> None:
    """Mark one cell of the attendance grid; ``None`` clears it (a soft delete).

    A session that has not taken place by ``today`` is refused a mark
    (``records.mark_attendance``), but a mark already there (synced from a device that
    allowed it) may still be cleared."""
    if status is None:
        mark = session.get(Attendance, attendance_id(session_id, enrollment_id))
        if mark is not None and not mark.deleted:
            records.soft_delete(mark)
        return
    if status not in ATTENDANCE:
        raise ValidationError("training.attendance_status_invalid", status=status)
    records.mark_attendance(session, _live(session, CourseSession, session_id, "session"),
                            _live(session, Enrollment, enrollment_id, "enrolment"), status,
                            today)
