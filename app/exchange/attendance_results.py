"""The results and certificate numbers an attendance file may carry (its optional ``result``
and ``certificate_no`` columns, after the contract's six).

They are checked by the one set of checks the window's results dialog uses
(``training_results.check_result``), so a certificate number without a pass, or one longer
than the store keeps, is refused here with its row and column as it is there. A file never
changes an official's IT certificate: that is the register, and an officer decides it in
the window, which asks (Training, the participants' tab, "Results…"). What the file would
have meant for the register is told instead, as a note with a count.

A course marked as a basic digital skills course is told the same way: how many of the
file's officials passed it and do not have their basic digital skills confirmed yet. Only
when the caller says so (``confirm_skills``: the command line's ``--confirm-skills``, the
officer's answer) are they confirmed, dated the course's end, "course" as the way.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models.training import Enrollment
from app.models.training_results import (
    certificate_offers,
    certificate_outcome,
    check_result,
    confirm_skills,
    result_values,
    skills_offers,
)
from app.models.validation import Problem

from .layout import Layout
from .rows import ParsedRow
from .training_plan import CoursePlan

RESULT_KEYS = ("result", "certificate_no")


def result_problems(row: ParsedRow, layout: Layout, existing: Enrollment | None
                    ) -> list[Problem]:
    """What is wrong with the row's result and certificate number, for the enrolment it
    names (stored values already there are not judged again)."""
    values = {key: row.values[key] for key in RESULT_KEYS if layout.has(key)}
    if not values:
        return []
    return check_result(values, result_values(existing) if existing is not None else None)


def result_notes(session: Session, courses: Iterable[CoursePlan], changed: int,
                 today: date, confirm: bool = False) -> list[Message]:
    """The notes an import with results leaves: how many people's results it wrote, how
    many officials it left with a lesser IT certificate than the course gave them, and how
    many passed a digital skills course (confirmed now if ``confirm``, else only counted)."""
    notes = []
    courses = list(courses)
    if changed:
        notes.append(message("import.results_updated", count=changed))
    waiting = _certificates_waiting(session, courses, today)
    if waiting:
        notes.append(message("import.certificates_not_updated", count=waiting))
    skills = _skills_waiting(session, courses, today)
    if skills and confirm:
        confirmed = sum(confirm_skills(session, course_id, ids, today)
                        for course_id, ids in skills.items())
        notes.append(message("skills.import_confirmed", count=confirmed))
    elif skills:
        notes.append(message("skills.import_could_confirm",
                             count=len(set().union(*skills.values()))))
    return notes


def _skills_waiting(session: Session, courses: list[CoursePlan], today: date
                    ) -> dict[str, set[str]]:
    """Per digital skills course of the file: its officials named in the file who passed
    it and whose basic digital skills are not confirmed (none on a trainer's laptop)."""
    session.flush()
    waiting: dict[str, set[str]] = {}
    for plan in courses:
        if plan.obj is None or not plan.obj.digital_skills:
            continue
        named = {e.person.id for e in plan.enrolments.values() if e.person is not None}
        found = {offer.staff_id for offer in skills_offers(session, plan.obj.id, today)
                 if offer.staff_id in named}
        if found:
            waiting[plan.obj.id] = found
    return waiting


def _certificates_waiting(session: Session, courses: list[CoursePlan], today: date) -> int:
    """Officials of the file who passed a course giving an IT certificate, with a number,
    whose record holds less (``certificate_offers``: none on a trainer's laptop)."""
    session.flush()
    waiting: set[str] = set()
    for plan in courses:
        named = {e.person.id for e in plan.enrolments.values()
                 if e.person is not None and set(RESULT_KEYS) & set(e.fields.values)}
        if not named or plan.obj is None:
            continue
        course = plan.obj
        outcome = certificate_outcome(course.title, course.topic)
        waiting |= {offer.staff_id for offer in certificate_offers(
            session, course.id, outcome, today) if offer.staff_id in named}
    return len(waiting)
