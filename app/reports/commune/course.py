"""What the two course papers share: the course, its lessons, its people and their marks,
and how a person's unit and a lesson are written on paper.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from app.models import enums
from app.models.training_queries import AttendanceMatrix, CourseRow, EnrolmentRow, LessonRow

from .. import words
from ..document import Issuer, Signature
from ..numbers import day_month_year


@dataclass(frozen=True)
class CourseFigures:
    """One course as the papers print it. ``lesson`` is the lesson of the sign-in sheet
    (the one asked for, else the next, else the last; None when there is none);
    ``commune_names`` name the communes of officials of a province course."""

    issuer: Issuer
    course: CourseRow
    matrix: AttendanceMatrix
    lesson: LessonRow | None
    today: date
    commune_names: Mapping[str, str] = field(default_factory=dict)
    head: tuple[str, ...] = words.COMMUNE_HEAD

    @property
    def province_course(self) -> bool:
        return self.course.commune_code is None


def unit_of(person: EnrolmentRow, figures: CourseFigures) -> str:
    """"Công chức, Văn phòng HĐND và UBND" for an official (with their commune in a
    province course); what was typed for an outside participant."""
    if person.outside:
        return person.unit or ""
    position = person.position or ""
    unit = enums.UNIT.get(person.unit or "") if person.unit != "other" else None
    parts = [position]
    if unit and unit.casefold() not in position.casefold():  # "Trưởng phòng Kinh tế"
        parts.append(unit)
    if figures.province_course and person.commune_code:
        parts.append(figures.commune_names.get(person.commune_code))
    return ", ".join(part for part in parts if part)


def lesson_text(lesson: LessonRow | None, lessons: tuple[LessonRow, ...]) -> str:
    """"08/07/2026 lúc 07:30 (buổi 2/5): Soạn thảo văn bản", or that none is set yet."""
    if lesson is None:
        return words.LESSON_NONE
    text = day_month_year(lesson.session_date)
    if lesson.start_time:
        text += " " + words.HOUR.format(time=lesson.start_time)
    number = lessons.index(lesson) + 1 if lesson in lessons else 0
    if number:
        text += f" ({words.LESSON_NUMBER.format(number=number, count=len(lessons))})"
    if lesson.topic:
        text += f": {lesson.topic}"
    return text


def course_facts(figures: CourseFigures) -> tuple[tuple[str, str], ...]:
    """The lines under the title: the course and where, by whom, who organises it."""
    course = figures.course
    facts = [(words.COURSE, course.title)]
    for label, value in ((words.PLACE, course.place), (words.TRAINER_LABEL, course.trainer),
                         (words.ORGANISER, course.organiser)):
        if value:
            facts.append((label, value))
    return tuple(facts)


def closing_signatures(figures: CourseFigures) -> tuple[Signature, ...]:
    """Who made the paper, the trainer (by name when known), and the head of the unit."""
    return (Signature(words.MAKER, words.SIGN_HINT),
            Signature(words.TRAINER, words.SIGN_HINT, figures.course.trainer or ""),
            Signature(figures.head, words.SIGN_SEAL_HINT))
