"""Training: courses, their lessons, who is enrolled, and attendance marks.

Where a new course belongs and what a device may change are ``app.models.training_ops``'s
decisions; each function here is one unit of work around one of them and returns ids or
plain rows. A write returns the id of what it made or changed, so the window can select it.

Attendance is saved one change at a time, each in its own unit of work, in the order typed:
changes wait in a ``MarkQueue`` that one task empties under a lock, so two workers never
save two marks of one cell out of order.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.models import training_ops, training_results
from app.models import training_queries as queries
from app.models.errors import ModelError
from app.models.store import Store
from app.models.training_ops import CourseValues, LessonValues
from app.models.training_queries import (
    AttendanceMatrix,
    CandidateRow,
    CourseRow,
    LessonRow,
    TrainingScope,
)
from app.models.training_results import CertificateOffer, ResultValues

from .errors import OpsError

Mark = tuple[str, str, str | None]  # lesson id, enrolment id, status (None clears)


@dataclass(frozen=True)
class CourseDetail:
    course_id: str
    matrix: AttendanceMatrix  # its lessons and people are the page's other two tabs


# --- reading -------------------------------------------------------------------------------
def list_courses(store: Store) -> tuple[TrainingScope, list[CourseRow]]:
    """What this device may see and write, and the courses it sees."""
    with store.sessions() as session:
        scope = queries.training_scope(session)
        return scope, queries.course_rows(session, scope)


def course_detail(store: Store, course_id: str) -> CourseDetail:
    """One course's lessons, people and marks, from one snapshot."""
    with store.sessions() as session:
        scope = queries.training_scope(session)
        return CourseDetail(course_id, queries.attendance_matrix(session, scope, course_id))


def enrolment_candidates(store: Store, course_id: str) -> list[CandidateRow]:
    """The officials who may still be enrolled in the course."""
    with store.sessions() as session:
        scope = queries.training_scope(session)
        return queries.enrolment_candidates(session, scope, course_id)


# --- courses and lessons ---------------------------------------------------------------------
def create_course(store: Store, values: CourseValues) -> str:
    """A new course (the province's on a trainer's laptop, else the commune's); its id."""
    with store.sessions.begin() as session:
        return training_ops.create_course(session, values).id


def update_course(store: Store, course_id: str, values: CourseValues) -> str:
    with store.sessions.begin() as session:
        return training_ops.update_course(session, course_id, values).id


def delete_course(store: Store, course_id: str) -> None:
    """Delete a course nobody is enrolled in, with its lessons."""
    with store.sessions.begin() as session:
        training_ops.delete_course(session, course_id)


def add_lesson(store: Store, course_id: str, values: LessonValues) -> str:
    with store.sessions.begin() as session:
        return training_ops.add_session(session, course_id, values).id


def update_lesson(store: Store, lesson_id: str, values: LessonValues) -> str:
    with store.sessions.begin() as session:
        return training_ops.update_session(session, lesson_id, values).id


def delete_lesson(store: Store, lesson_id: str) -> None:
    """Delete a lesson with its attendance marks."""
    with store.sessions.begin() as session:
        training_ops.delete_session(session, lesson_id)


# --- people and marks ------------------------------------------------------------------------
def enrol_officials(store: Store, course_id: str, staff_ids: Sequence[str]) -> None:
    """All the ticked officials in one unit of work: all enrolled, or none."""
    if not staff_ids:
        raise OpsError("ops.nobody_chosen")
    with store.sessions.begin() as session:
        for staff_id in staff_ids:
            training_ops.enroll_official(session, course_id, staff_id)


def enrol_outsider(store: Store, course_id: str, name: str, unit: str | None) -> str:
    """Someone from outside the staff list, enrolled by name; the enrolment's id."""
    with store.sessions.begin() as session:
        return training_ops.enroll_outsider(session, course_id, name, unit).id


def remove_enrolment(store: Store, enrolment_id: str) -> None:
    """Take a person off a course, with their attendance marks."""
    with store.sessions.begin() as session:
        training_ops.remove_enrolment(session, enrolment_id)


def set_mark(store: Store, lesson_id: str, enrolment_id: str, status: str | None) -> None:
    """Mark one cell of the attendance grid; None clears it."""
    with store.sessions.begin() as session:
        training_ops.set_mark(session, lesson_id, enrolment_id, status)


# --- results and certificates ------------------------------------------------------------------
def save_results(store: Store, course_id: str, changes: Sequence[ResultValues],
                 certificate: str | None) -> list[CertificateOffer]:
    """Write the results and certificate numbers typed for a course (all, or none), then
    say which officials' IT certificate ``certificate`` would raise: the window asks about
    them; nothing changes an official's record unasked."""
    with store.sessions.begin() as session:
        training_results.set_results(session, changes)
        session.flush()
        return training_results.certificate_offers(session, course_id, certificate)


def update_certificates(store: Store, course_id: str, certificate: str,
                        staff_ids: Sequence[str]) -> int:
    """Raise the IT certificate of the officials the officer chose; how many changed."""
    with store.sessions.begin() as session:
        return training_results.update_certificates(session, course_id, certificate,
                                                    staff_ids)


def course_certificate(course: CourseRow) -> str | None:
    """The IT certificate the course seems to give (the window lets the officer change it)."""
    return training_results.certificate_outcome(course.title, course.topic)


class MarkQueue:
    """Attendance changes waiting to be saved, oldest first.

    The window adds to it as marks are typed; ``save`` empties it under a lock, on
    whichever worker runs it, so the changes reach the store in the order they were typed."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._waiting: deque[Mark] = deque()
        self._lock = threading.Lock()

    def put(self, mark: Mark) -> None:
        self._waiting.append(mark)

    def save(self) -> list[ModelError]:
        """Save every waiting change, oldest first; the refusals of the changes the store
        did not take (the others are saved all the same)."""
        refused: list[ModelError] = []
        with self._lock:
            while self._waiting:
                change = self._waiting.popleft()
                try:
                    set_mark(self._store, *change)
                except ModelError as exc:
                    refused.append(exc)
        return refused


def suggest_date(course: CourseRow, previous: LessonRow | None) -> date:
    """The day after the last lesson (a course is usually on consecutive days), within the
    course; the start date for the first lesson."""
    if previous is None:
        return course.start_date
    following = previous.session_date + timedelta(days=1)
    if course.end_date is not None and following > course.end_date:
        return course.end_date
    return following
