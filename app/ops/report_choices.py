"""What the window's Reports page offers for the course papers: the courses the device
sees, newest first (the command line's default is the first), each with its lessons and
the lesson the command line would choose (the next, else the last).

Why a read of its own: the page needs every course's lessons to fill its two lists, while
a paper needs one course's marks; one unit of work, plain values out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models import training_queries as training
from app.models.store import Store
from app.models.training_queries import LessonRow

from .report_courses import default_lesson

LISTED_COURSES = 200  # the newest; an older course is still printed by its id (``report``)


@dataclass(frozen=True)
class CourseChoice:
    """A course as the page lists it, with its lessons in the order they are held."""

    id: str
    title: str
    start_date: date
    lessons: tuple[LessonRow, ...]
    default_lesson: str | None  # the id of the lesson chosen when none is


def course_choices(store: Store, today: date | None = None) -> list[CourseChoice]:
    """The courses the device sees, newest first, with their lessons."""
    day = today or date.today()
    with store.sessions() as session:
        scope = training.training_scope(session)
        choices = []
        for course in training.course_rows(session, scope)[:LISTED_COURSES]:
            lessons = tuple(training.course_sessions(session, course.id))
            chosen = default_lesson(lessons, day)
            choices.append(CourseChoice(course.id, course.title, course.start_date, lessons,
                                        chosen.id if chosen else None))
    return choices
