"""The plan of an attendance import: which courses, sessions and enrolments a file touches.

A course is known by its title (compared without case or diacritics) and start date, a
session by its course and date, an enrolment by its course and the official's id or the
outside participant's name. The plan is built while the rows are checked and holds either
the existing record or what must be created, so writing needs no further lookups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Attendance, Course, CourseSession, Device, Enrollment
from app.models.vntext import search_key

from .scope import Person

CourseKey = tuple[str, date]
PersonKey = tuple[str, str]  # ("staff", id) or ("name", search key)


@dataclass
class Fields:
    """Values a group of rows (one course, one enrolment) must agree on, with the first row."""

    values: dict[str, tuple[Any, int]] = field(default_factory=dict)

    def agree(self, key: str, value: Any, row: int) -> int | None:
        """Record a value; the first row that gave a different one, if any."""
        first = self.values.setdefault(key, (value, row))
        return None if first[0] == value else first[1]

    def as_changes(self, names: dict[str, str]) -> dict[str, Any]:
        return {names[key]: value for key, (value, _row) in self.values.items()}


@dataclass
class EnrolmentPlan:
    person: Person | None
    name: str | None
    partition: str
    existing: Enrollment | None
    fields: Fields = field(default_factory=Fields)
    obj: Enrollment | None = None


@dataclass
class SessionPlan:
    session_date: date
    existing: CourseSession | None
    obj: CourseSession | None = None


@dataclass
class CoursePlan:
    title: str
    start: date
    partition: str
    commune_code: str | None
    existing: Course | None
    fields: Fields = field(default_factory=Fields)
    sessions: dict[date, SessionPlan] = field(default_factory=dict)
    enrolments: dict[PersonKey, EnrolmentPlan] = field(default_factory=dict)
    known_enrolments: dict[PersonKey, Enrollment] = field(default_factory=dict)
    marks: dict[str, Attendance] = field(default_factory=dict)  # existing, by attendance id
    obj: Course | None = None

    def load(self, session: Session) -> None:
        """Read the existing course's sessions, enrolments and marks (three queries)."""
        if self.existing is None:
            return
        course_id = self.existing.id
        for item in session.scalars(select(CourseSession).where(
                CourseSession.course_id == course_id, CourseSession.deleted.is_(False))):
            self.sessions.setdefault(item.session_date, SessionPlan(item.session_date, item))
        self.known_enrolments = {
            enrolment_key(e): e for e in session.scalars(select(Enrollment).where(
                Enrollment.course_id == course_id, Enrollment.deleted.is_(False)))
        }
        session_ids = [plan.existing.id for plan in self.sessions.values() if plan.existing]
        self.marks = {m.id: m for m in session.scalars(
            select(Attendance).where(Attendance.session_id.in_(session_ids)))}


def enrolment_key(enrolment: Enrollment) -> PersonKey:
    if enrolment.staff_id:
        return ("staff", enrolment.staff_id)
    return ("name", search_key(enrolment.participant_name))


class CourseIndex:
    """The live courses this device can see, by (title key, start date); one query."""

    def __init__(self, session: Session, device: Device) -> None:
        self.prefer = created_partition(device)
        self.courses: dict[CourseKey, list[Course]] = {}
        query = select(Course).where(Course.deleted.is_(False), or_(
            Course.commune_code.in_(device.communes),
            Course.partition == device.province_partition,
        )).order_by(Course.id)
        for course in session.scalars(query):
            self.courses.setdefault((course.title_key, course.start_date), []).append(course)

    def find(self, key: CourseKey) -> Course | None:
        """The matching course, preferring one this device would itself have created."""
        found = self.courses.get(key, [])
        return next((c for c in found if c.partition == self.prefer), found[0] if found else None)


def created_partition(device: Device) -> str:
    """A course created by import: the commune's own on an office laptop, else the province's."""
    return device.home_partition if device.role == "office" else device.province_partition
