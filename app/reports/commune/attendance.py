"""The attendance summary after a course: its lessons with how many came to each and the
rate, then people × lessons with the paper register's letters, each person's lessons
attended and rate, and the course's totals.

Rates count as the window's grid does (``app.models.training_queries``): only lessons
held by the day of the paper, a held lesson without a mark counts as not attended, a
lesson still to come is left blank. A course of many lessons turns the page to landscape,
and past what a landscape page holds the grid goes on in a second table (lessons 21–40)
with the people again, the totals in the last one.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.models.held import took_place
from app.models.training_queries import (
    LessonRow,
    attended,
    course_rate,
    person_rate,
    session_rate,
)

from .. import words
from ..document import Column, Document, Share, Table
from ..numbers import day_month_year, percent
from .course import CourseFigures, closing_signatures, course_facts

PORTRAIT_LESSONS = 8  # more lessons than this turn the page
LESSONS_PER_TABLE = 20  # what a landscape page holds beside the names
GRID_FONT = {False: 11, True: 9}  # portrait, landscape

LESSON_COLUMNS = (
    Column(words.LESSON, 8, "center"),
    Column(words.SESSION_DATE, 13, "center"),
    Column(words.SESSION_TIME, 8, "center"),
    Column(words.SESSION_TOPIC, 45),
    Column(words.SESSION_CAME, 12, "right"),
    Column(words.RATE, 10, "right"),
)


def build(figures: CourseFigures) -> Document:
    matrix = figures.matrix
    wide = len(matrix.sessions) > PORTRAIT_LESSONS
    rate = course_rate(matrix.marks, matrix.sessions, matrix.people, figures.today)
    return Document(
        name="attendance-summary", issuer=figures.issuer, day=figures.today,
        title=words.ATTENDANCE_TITLE, facts=course_facts(figures),
        tables=(_lessons_table(figures), *_grid_tables(figures, wide)),
        notes=(words.MARK_LEGEND,
               *((words.COURSE_RATE.format(rate=percent(rate)),) if rate is not None else ())),
        signatures=closing_signatures(figures), landscape=wide, sheet="Tổng hợp điểm danh",
    )


def _short(number: int) -> str:
    return words.SESSION_SHORT.format(number=number)


def _came(figures: CourseFigures, lesson: LessonRow) -> int | None:
    """How many came to a held lesson; None for one still to come."""
    if not took_place(lesson.session_date, figures.today):
        return None
    marks = figures.matrix.marks
    return sum(attended(marks.get((person.id, lesson.id))) for person in figures.matrix.people)


def _lessons_table(figures: CourseFigures) -> Table:
    matrix = figures.matrix
    rows = []
    for number, lesson in enumerate(matrix.sessions, start=1):
        came = _came(figures, lesson)
        rows.append((_short(number), day_month_year(lesson.session_date),
                     lesson.start_time or "", lesson.topic or "",
                     came if came is not None else words.NOT_HELD,
                     Share(session_rate(matrix.marks, lesson, matrix.people, figures.today))))
    return Table(LESSON_COLUMNS, rows, words.NO_SESSIONS,
                 heading=words.ATTENDANCE_SESSIONS_HEADING)


def _grid_tables(figures: CourseFigures, wide: bool) -> list[Table]:
    lessons = figures.matrix.sessions
    if not figures.matrix.people:
        return [Table(_grid_columns([], 0, True), [], words.NO_PEOPLE,
                      heading=words.ATTENDANCE_MATRIX_HEADING)]
    parts = [lessons[i:i + LESSONS_PER_TABLE]
             for i in range(0, len(lessons), LESSONS_PER_TABLE)] or [()]
    tables = []
    for index, part in enumerate(parts):
        first = index * LESSONS_PER_TABLE
        last = index == len(parts) - 1
        heading = (words.ATTENDANCE_MATRIX_PART.format(first=first + 1, last=first + len(part))
                   if len(parts) > 1 else words.ATTENDANCE_MATRIX_HEADING)
        tables.append(_grid(figures, part, first, last, heading, wide))
    return tables


def _grid_columns(part: Sequence[LessonRow], first: int, last: bool) -> tuple[Column, ...]:
    columns = [Column(words.NUMBER, 5, "center", grouped=False), Column(words.FULL_NAME, 30)]
    columns += [Column(_short(first + i + 1), 6, "center") for i in range(len(part))]
    if last:
        columns += [Column(words.ATTENDED, 10, "right"), Column(words.RATE, 10, "right")]
    return tuple(columns)


def _grid(figures: CourseFigures, part: Sequence[LessonRow], first: int, last: bool,
          heading: str, wide: bool) -> Table:
    matrix, today = figures.matrix, figures.today
    held = [lesson for lesson in matrix.sessions if took_place(lesson.session_date, today)]
    rows = []
    for number, person in enumerate(matrix.people, start=1):
        marks = [words.MARK_LETTERS.get(matrix.marks.get((person.id, lesson.id), ""), "")
                 for lesson in part]
        row: list = [number, person.name, *marks]
        if last:
            came = sum(attended(matrix.marks.get((person.id, lesson.id))) for lesson in held)
            row += [came, Share(person_rate(matrix.marks, person.id, matrix.sessions, today))]
        rows.append(tuple(row))
    total: list = ["", words.CAME_ROW, *(_came(figures, lesson) for lesson in part)]
    if last:
        total += [sum(row[-2] for row in rows),
                  Share(course_rate(matrix.marks, matrix.sessions, matrix.people, today))]
    return Table(_grid_columns(part, first, last), rows, words.NO_PEOPLE, heading=heading,
                 totals=(tuple(total),), font_size=GRID_FONT[wide])
