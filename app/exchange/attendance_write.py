"""Writing an attendance import's plan, once every row has passed (``attendance``).

Courses, sessions and enrolments the file named for the first time are created, the fields
the rows agreed on are laid over them, then each mark is written or counted as unchanged.
What the file did to results and certificate numbers is told in the summary's notes
(``attendance_results``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.models import Course, CourseSession, Enrollment, Staff, new_id, records
from app.models.training import attendance_id

from .attendance_results import result_notes, result_values
from .columns import COURSE_FIELDS, ENROLMENT_FIELDS, TRAINING
from .summary import ImportSummary, apply_changes
from .training_plan import CoursePlan, EnrolmentPlan, SessionPlan

# The file's column key → the course's or enrolment's field it sets.
FIELD_NAMES = {c.key: c.field for c in TRAINING if c.key in COURSE_FIELDS + ENROLMENT_FIELDS}


@dataclass
class Mark:
    course: CoursePlan
    sitting: SessionPlan
    enrolment: EnrolmentPlan
    status: str


def existing_mark(course: CoursePlan, sitting: SessionPlan, enrolment: EnrolmentPlan) -> Any:
    """The stored mark of that cell (deleted or not), or None."""
    session_obj = sitting.obj or sitting.existing
    enrolment_obj = enrolment.obj or enrolment.existing
    if session_obj is None or enrolment_obj is None:
        return None
    return course.marks.get(attendance_id(session_obj.id, enrolment_obj.id))


def write_plan(session: Session, courses: Iterable[CoursePlan], marks: Sequence[Mark],
               today: date, confirm_skills: bool = False) -> ImportSummary:
    summary = ImportSummary()
    courses = list(courses)
    results = sum(_write_course(session, plan) for plan in courses)
    # The models declare no relationship(), so one flush would order inserts by class name
    # and write marks before the enrolments they refer to: flush the structure first.
    session.flush()
    for mark in marks:
        existing = existing_mark(mark.course, mark.sitting, mark.enrolment)
        if existing is None:
            summary.created += 1
        elif existing.deleted or existing.status != mark.status:
            summary.updated += 1
        else:
            summary.unchanged += 1
            continue
        records.mark_attendance(session, mark.sitting.obj, mark.enrolment.obj, mark.status,
                                today)
    summary.notes += result_notes(session, courses, results, today, confirm_skills)
    return summary


def _write_course(session: Session, plan: CoursePlan) -> int:
    """Create or change the course, its sessions and enrolments; how many people's result
    or certificate number changed."""
    course = plan.existing or records.create(
        session, Course, id=new_id(), title=plan.title, start_date=plan.start,
        commune_code=plan.commune_code, partition=plan.partition)
    apply_changes(course, plan.fields.as_changes(FIELD_NAMES))
    plan.obj = course
    for sitting in plan.sessions.values():
        sitting.obj = sitting.existing or records.create(
            session, CourseSession, id=new_id(), course_id=course.id,
            session_date=sitting.session_date, partition=course.partition)
    results = 0
    for enrolment in plan.enrolments.values():
        enrolment.obj = enrolment.existing or _enrol(session, course, enrolment)
        before = result_values(enrolment.obj)
        apply_changes(enrolment.obj, enrolment.fields.as_changes(FIELD_NAMES))
        results += result_values(enrolment.obj) != before
    return results


def _enrol(session: Session, course: Course, plan: EnrolmentPlan) -> Enrollment:
    if plan.person is not None:
        staff = session.get(Staff, plan.person.id)
        assert staff is not None
        enrolment = records.enroll_staff(session, course, staff)
    else:
        enrolment = records.enroll_participant(session, course, plan.name or "")
    if enrolment.id is None:  # records.create leaves the id to the flush; marks need it now
        enrolment.id = new_id()
    return enrolment
