"""The Training page's door to the store, apart from the page so it holds no widget.

``TrainingData`` opens one unit of work per call and hands back plain values, so every
load and save can go through the runner as a plain callable, on a worker thread.

Attendance is saved one change at a time, each in its own unit of work, in the order typed:
changes wait in a ``MarkQueue`` that a runner task empties under a lock, so a threaded
runner cannot save two marks of one cell out of order.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.models import training_ops as ops
from app.models import training_queries as queries
from app.models.errors import ModelError
from app.models.store import Store
from app.models.training_queries import (
    AttendanceMatrix,
    CourseRow,
    SessionRow,
    TrainingScope,
)

Mark = tuple[str, str, str | None]  # session id, enrolment id, status (None clears)


@dataclass(frozen=True)
class CourseDetail:
    course_id: str
    matrix: AttendanceMatrix  # its sessions and people are the other two tabs' rows


class TrainingData:
    """Reads and writes of the Training page, each in its own unit of work."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def courses(self) -> tuple[TrainingScope, list[CourseRow]]:
        with self._store.sessions() as session:
            scope = queries.training_scope(session)
            return scope, queries.course_rows(session, scope)

    def detail(self, course_id: str) -> CourseDetail:
        with self._store.sessions() as session:
            scope = queries.training_scope(session)
            return CourseDetail(course_id, queries.attendance_matrix(session, scope, course_id))

    def candidates(self, course_id: str) -> list[queries.CandidateRow]:
        with self._store.sessions() as session:
            scope = queries.training_scope(session)
            return queries.enrolment_candidates(session, scope, course_id)

    def enrol(self, course_id: str, staff_ids: list[str]) -> None:
        """All the ticked officials in one unit of work: all enrolled, or none."""
        with self._store.sessions.begin() as session:
            for staff_id in staff_ids:
                ops.enroll_official(session, course_id, staff_id)

    def write(self, operation: Callable[..., Any], *args: Any) -> str | None:
        """Run one domain write in its own unit of work; the id of what it made, if any."""
        with self._store.sessions.begin() as session:
            made = operation(session, *args)
            return getattr(made, "id", None)


class MarkQueue:
    """Attendance changes waiting to be saved, oldest first.

    The GUI thread adds to it; ``save`` empties it under a lock, on whichever worker the
    runner uses, so the changes reach the store in the order they were typed."""

    def __init__(self, data: TrainingData) -> None:
        self._data = data
        self._waiting: deque[Mark] = deque()
        self._lock = threading.Lock()

    def put(self, mark: Mark) -> None:
        self._waiting.append(mark)

    def save(self) -> list[str]:
        """Save every waiting change, oldest first (runs off the GUI thread if threaded);
        the sentences of the changes the store refused."""
        refused: list[str] = []
        with self._lock:
            while self._waiting:
                change = self._waiting.popleft()
                try:
                    self._data.write(ops.set_mark, *change)
                except ModelError as exc:
                    refused.append(str(exc))
        return refused


def suggest_date(course: CourseRow, previous: SessionRow | None) -> date:
    """The day after the last session (a course is usually on consecutive days), within
    the course; the start date for the first session."""
    if previous is None:
        return course.start_date
    following = previous.session_date + timedelta(days=1)
    if course.end_date is not None and following > course.end_date:
        return course.end_date
    return following
