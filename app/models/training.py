"""Training: courses, their sessions, who is enrolled, and attendance per session.

A course belongs to a commune that runs it itself, or to the province (its trainers'
classes, with officials of several communes enrolled). An enrolment and its attendance
belong to the partition of the person: a commune official's to their commune, so each
commune's office laptop receives its own people's attendance and nothing of another's; an
outside participant's to the course's partition.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, Float, ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from . import enums
from .base import Base, Synced
from .staff import Staff, check_enum
from .vntext import nfc, search_key

# Attendance ids are derived from (session, enrolment) so two devices that mark the same
# cell offline produce the same record, merged field by field, never a duplicate.
ATTENDANCE_NAMESPACE = uuid.UUID("3f6c1d2e-8a47-4b0f-9b1e-6d2a5c7e9f10")


def attendance_id(session_id: str, enrollment_id: str) -> str:
    return str(uuid.uuid5(ATTENDANCE_NAMESPACE, f"{session_id}/{enrollment_id}"))


class Course(Synced, Base):
    __tablename__ = "course"

    commune_code: Mapped[str | None] = mapped_column(ForeignKey("commune.code"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    title_key: Mapped[str] = mapped_column(String(200), index=True)
    topic: Mapped[str | None] = mapped_column(String(200))
    organiser: Mapped[str | None] = mapped_column(String(200))
    trainer: Mapped[str | None] = mapped_column(String(120))
    place: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[float | None] = mapped_column(Float)
    funding: Mapped[str | None] = mapped_column(String(200))
    # A course of basic digital skills: passing it may confirm an official's skills (asked).
    digital_skills: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())

    @validates("title")
    def _title(self, _key: str, value: str) -> str:
        value = nfc(value)
        self.title_key = search_key(value)
        return value


class CourseSession(Synced, Base):
    __tablename__ = "course_session"

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"), index=True)
    session_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str | None] = mapped_column(String(5))
    topic: Mapped[str | None] = mapped_column(String(200))
    hours: Mapped[float | None] = mapped_column(Float)

    # Relationships are declared so one flush inserts parents before children.
    course: Mapped[Course] = relationship()


class Enrollment(Synced, Base):
    """A commune official (``staff_id``) or an outside participant (``participant_name``)."""

    __tablename__ = "enrollment"

    course_id: Mapped[str] = mapped_column(ForeignKey("course.id"), index=True)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), index=True)
    participant_name: Mapped[str | None] = mapped_column(String(120))
    participant_unit: Mapped[str | None] = mapped_column(String(160))
    result: Mapped[str | None] = mapped_column(String(10))
    certificate_no: Mapped[str | None] = mapped_column(String(40))

    course: Mapped[Course] = relationship()
    staff: Mapped[Staff | None] = relationship()

    @validates("participant_name")
    def _participant(self, _key: str, value: str | None) -> str | None:
        return nfc(value) or None

    @validates("result")
    def _result(self, key: str, value: str | None) -> str | None:
        return check_enum(enums.TRAINING_RESULT, key, value)


class Attendance(Synced, Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "enrollment_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("course_session.id"), index=True)
    enrollment_id: Mapped[str] = mapped_column(ForeignKey("enrollment.id"), index=True)
    status: Mapped[str] = mapped_column(String(8))

    course_session: Mapped[CourseSession] = relationship()
    enrollment: Mapped[Enrollment] = relationship()

    @validates("status")
    def _status(self, key: str, value: str) -> str:
        return check_enum(enums.ATTENDANCE, key, value) or "present"
