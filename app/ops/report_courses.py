"""Which course and which lesson a course paper is about, and its figures.

Courses and lessons are named by their ids, which are long: the first characters of one
are enough when no other id the device sees starts the same way (``9b78d713``), as git
names commits. Without a course, the paper is about the latest course the device sees (the
training page's first); without a lesson, the sign-in sheet is for the next lesson (one
dated today counts: the sheet is printed before class), else the last one. A refusal names
what there is to choose from, so the officer can ask again without another tool.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models import report_queries as figures
from app.models import training_queries as training
from app.models.settings import department_name
from app.models.training_queries import CourseRow, LessonRow
from app.reports import words
from app.reports.commune.course import CourseFigures
from app.reports.document import Issuer
from app.reports.errors import ReportError
from app.reports.issuers import commune_issuer, department_issuer

SHORT_ID = 8  # characters of an id a refusal shows
LISTED = 5  # courses or lessons a refusal lists


def course_figures(session: Session, course_ref: str | None, lesson_ref: str | None,
                   today: date) -> CourseFigures:
    """The figures of the course (and lesson) asked for, or the defaults."""
    scope = training.training_scope(session)
    courses = training.course_rows(session, scope)
    if not courses:
        raise ReportError("report.no_course")
    course = _course(session, courses, course_ref, lesson_ref)
    matrix = training.attendance_matrix(session, scope, course.id)
    lesson = _lesson(matrix.sessions, lesson_ref, today)
    issuer, head = course_issuer(session, course, scope.province_code)
    codes = {person.commune_code for person in matrix.people if person.commune_code}
    return CourseFigures(issuer=issuer, course=course, matrix=matrix, lesson=lesson,
                         today=today, commune_names=figures.commune_names(session, sorted(codes)),
                         head=head)


def course_issuer(session: Session, course: CourseRow, province_code: str
                  ) -> tuple[Issuer, tuple[str, ...]]:
    """A commune's own course is its People's Committee's paper; a province course (a
    trainer's class) the department's."""
    if course.commune_code:
        names = figures.unit_names(session, course.commune_code)
        if names is not None:
            return commune_issuer(names), words.COMMUNE_HEAD
    return province_issuer(session, province_code)


def province_issuer(session: Session, province_code: str) -> tuple[Issuer, tuple[str, ...]]:
    in_text, proper = figures.province_names(session, province_code) or (province_code,
                                                                          province_code)
    return (department_issuer(department_name(session), in_text, proper),
            words.DEPARTMENT_HEAD)


def _course(session: Session, courses: list[CourseRow], course_ref: str | None,
            lesson_ref: str | None) -> CourseRow:
    if course_ref:
        found = [c for c in courses if c.id.lower().startswith(course_ref.strip().lower())]
        if len(found) != 1:
            code = "report.course_ambiguous" if found else "report.course_unknown"
            raise ReportError(code, ref=course_ref, courses=_course_list(found or courses))
        return found[0]
    if lesson_ref:
        lessons = figures.lessons_starting(session, lesson_ref.strip(), [c.id for c in courses])
        if not lessons:
            raise ReportError("report.lesson_unknown", ref=lesson_ref)
        if len(lessons) > 1:
            raise ReportError("report.lesson_ambiguous", ref=lesson_ref,
                              lessons=[lesson[:SHORT_ID] for lesson, _ in lessons[:LISTED]])
        return next(c for c in courses if c.id == lessons[0][1])
    return courses[0]  # the newest, as the training page lists them


def _lesson(lessons: tuple[LessonRow, ...], lesson_ref: str | None, today: date
            ) -> LessonRow | None:
    if lesson_ref:
        ref = lesson_ref.strip().lower()
        found = [lesson for lesson in lessons if lesson.id.lower().startswith(ref)]
        if len(found) != 1:
            code = "report.lesson_ambiguous" if found else "report.lesson_not_in_course"
            raise ReportError(code, ref=lesson_ref, lessons=_lesson_list(found or lessons))
        return found[0]
    return default_lesson(lessons, today)


def default_lesson(lessons: tuple[LessonRow, ...] | list[LessonRow], today: date
                   ) -> LessonRow | None:
    """The lesson a sign-in sheet is for when none is named: the next one (one dated today
    counts: the sheet is printed before class), else the last; the window offers the same."""
    coming = [lesson for lesson in lessons if lesson.session_date >= today]
    if coming:
        return coming[0]
    return lessons[-1] if lessons else None


def _course_list(courses: list[CourseRow]) -> list[Message]:
    return [message("report.course_item", id=c.id[:SHORT_ID], title=c.title, start=c.start_date)
            for c in courses[:LISTED]]


def _lesson_list(lessons: tuple[LessonRow, ...] | list[LessonRow]) -> list[Message] | Message:
    if not lessons:
        return message("report.no_lessons")
    return [message("report.lesson_item", id=lesson.id[:SHORT_ID], day=lesson.session_date)
            for lesson in lessons[:LISTED * 2]]
