"""Importing attendance: one row per person per session, courses and sessions made on sight.

A trainer back from a class, or an officer copying a paper sign-in sheet, fills one row per
person and session. Courses, sessions and enrolments the file names for the first time are
created (a commune course on an office laptop, a province course on a trainer's laptop);
each mark goes through ``records.mark_attendance``, whose id is derived from the session and
enrolment, so importing the same file twice changes nothing. Every write stays inside the
device's training write scope (DESIGN.md); what falls outside is refused per row, and so is
a mark on a session that has not taken place yet (``app.models.held``), unless the store
already holds that very mark (a file exported here and imported again changes nothing).
Results and certificate numbers are checked and told apart (``attendance_results``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models import Device
from app.models.held import not_yet_held, took_place
from app.models.vntext import search_key

from .attendance_results import result_problems
from .attendance_write import FIELD_NAMES, Mark, existing_mark, write_plan
from .columns import COURSE_FIELDS, ENROLMENT_FIELDS, TRAINING, Column
from .errors import Problems
from .layout import Layout, match_header, require_columns
from .rows import ParsedRow, parse_rows
from .scope import NotFound, Person, StaffDirectory, training_partitions
from .summary import ImportSummary, same
from .tables import Table
from .training_plan import (
    CourseIndex,
    CourseKey,
    CoursePlan,
    EnrolmentPlan,
    PersonKey,
    SessionPlan,
    created_partition,
)

BY_KEY: dict[str, Column] = {c.key: c for c in TRAINING}
PERSON_COLUMNS = ("staff_id", "participant_name", "staff_name")


def import_attendance(session: Session, table: Table, device: Device,
                      today: date | None = None, confirm_skills: bool = False
                      ) -> ImportSummary:
    """Take in the table's marks; ``confirm_skills`` also confirms the basic digital skills
    of officials who passed a digital skills course (``attendance_results``)."""
    layout = match_header(table, TRAINING)
    require_columns(layout, table, TRAINING)
    if not any(layout.has(key) for key in PERSON_COLUMNS):
        problems = Problems()
        problems.add(table.header_row, "staff_id", message(
            "import.person_column_missing", staff_header=BY_KEY["staff_id"].name,
            participant_header=BY_KEY["participant_name"].name))
        problems.raise_if_any(message("import.person_columns_missing"))
    problems = Problems()
    rows = parse_rows(table, layout, problems)
    checker = Checker(session, device, layout, problems, today or date.today())
    for row in rows:
        if row.ok:
            checker.check(row)
    problems.raise_if_any()
    with session.no_autoflush:
        return write_plan(session, checker.courses.values(), checker.marks, checker.today,
                          confirm_skills)


@dataclass
class Checker:
    """Judges each row against the database and the rows before it, building the plan."""

    session: Session
    device: Device
    layout: Layout
    problems: Problems
    today: date
    courses: dict[CourseKey, CoursePlan] = field(default_factory=dict)
    marks: list[Mark] = field(default_factory=list)
    seen: dict[tuple[CourseKey, Any, PersonKey], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = CourseIndex(self.session, self.device)
        self.staff = StaffDirectory(self.session, self.device.communes)
        self.writable = training_partitions(self.device)

    def fail(self, row: ParsedRow, key: str, why: Message) -> None:
        row.ok = False
        self.problems.add(row.row, key, why, self.layout.label(key))

    def check(self, row: ParsedRow) -> None:
        key = (search_key(row.values["course_title"]), row.values["course_start"])
        course = self._course(row, key)
        sitting = self._session(row, course)
        enrolment = self._enrolment(row, course)
        if sitting is None or enrolment is None or not row.ok:
            return
        first = self.seen.setdefault((key, sitting.session_date, _person_key(enrolment)), row.row)
        if first != row.row:
            self.fail(row, "status", message("import.attendance_repeated",
                                             day=sitting.session_date, first=first))
            return
        refusal = self._refusal(course, sitting, enrolment, row.values["status"])
        if refusal is not None:
            self.fail(row, *refusal)
            return
        self.marks.append(Mark(course, sitting, enrolment, row.values["status"]))

    def _refusal(self, course: CoursePlan, sitting: SessionPlan, enrolment: EnrolmentPlan,
                 status: str) -> tuple[str, Message] | None:
        """Why a mark may not be written (column, message); a mark the store already holds
        is no write and passes."""
        if not self._mark_changes(course, sitting, enrolment, status):
            return None
        if not took_place(sitting.session_date, self.today):
            return "session_date", not_yet_held(sitting.session_date)
        if enrolment.partition not in self.writable:
            return "status", message("import.attendance_out_of_scope")
        return None

    def _course(self, row: ParsedRow, key: CourseKey) -> CoursePlan:
        plan = self.courses.get(key)
        if plan is None:
            plan = self._new_course_plan(row, key)
            self.courses[key] = plan
        self._agree(row, plan.fields, COURSE_FIELDS, plan.existing, plan.partition,
                    message("import.what_course"))
        end = row.given("course_end")
        if end is not None and end < plan.start:
            self.fail(row, "course_end", message("import.course_end_before_start"))
        return plan

    def _new_course_plan(self, row: ParsedRow, key: CourseKey) -> CoursePlan:
        existing = self.index.find(key)
        if existing is not None:
            plan = CoursePlan(existing.title, key[1], existing.partition, existing.commune_code,
                              existing)
            plan.load(self.session)
            return plan
        office = self.device.role == "office"
        return CoursePlan(row.values["course_title"], key[1], created_partition(self.device),
                          self.device.communes[0] if office else None, None)

    def _agree(self, row: ParsedRow, fields: Any, keys: tuple[str, ...], existing: Any,
               partition: str, what: Message) -> None:
        """Rows of one course (or enrolment) must agree, and may change it only in scope."""
        for key in keys:
            if not self.layout.has(key):
                continue
            value = row.values[key]
            first = fields.agree(key, value, row.row)
            if first is not None:
                self.fail(row, key, message("import.differs_from_row", first=first, what=what))
            elif (existing is not None and partition not in self.writable
                  and not same(getattr(existing, FIELD_NAMES[key]), value)):
                self.fail(row, key, message("import.cannot_change_out_of_scope", what=what))

    def _session(self, row: ParsedRow, course: CoursePlan) -> SessionPlan | None:
        day = row.values["session_date"]
        plan = course.sessions.get(day)
        if plan is not None:
            return plan
        if day < course.start:
            self.fail(row, "session_date", message("import.session_before_course", day=day,
                                                   start=course.start))
            return None
        if course.partition not in self.writable:
            self.fail(row, "session_date", message("import.course_out_of_scope",
                                                   title=course.title))
            return None
        plan = course.sessions[day] = SessionPlan(day, None)
        return plan

    def _enrolment(self, row: ParsedRow, course: CoursePlan) -> EnrolmentPlan | None:
        found = self._person(row)
        if found is None:
            return None
        key, person, name = found
        plan = course.enrolments.get(key)
        if plan is None:
            existing = course.known_enrolments.get(key)
            partition = (existing.partition if existing else
                         person.partition if person else course.partition)
            if existing is None and partition not in self.writable:
                self.fail(row, "participant_name", message("import.enrol_out_of_scope"))
                return None
            plan = course.enrolments[key] = EnrolmentPlan(person, name, partition, existing)
            for problem in result_problems(row, self.layout, existing):
                self.fail(row, problem.field, problem.message)
        if person is not None and row.given("participant_unit"):
            self.fail(row, "participant_unit", message("import.unit_for_outsiders"))
        self._agree(row, plan.fields, ENROLMENT_FIELDS, plan.existing, plan.partition,
                    message("import.what_enrolment"))
        return plan

    def _person(self, row: ParsedRow) -> tuple[PersonKey, Person | None, str | None] | None:
        staff_id, name = row.given("staff_id"), row.given("participant_name")
        staff_name = row.given("staff_name")
        if name and (staff_id or staff_name):
            self.fail(row, "participant_name", message("import.person_both"))
            return None
        if name:
            return ("name", search_key(name)), None, name
        try:
            person = self._staff(staff_id, staff_name)
        except NotFound as exc:
            self.fail(row, "staff_id" if staff_id or not staff_name else "staff_name",
                      exc.message)
            return None
        return ("staff", person.id), person, None

    def _staff(self, staff_id: str | None, staff_name: str | None) -> Person:
        if staff_id:
            person = self.staff.get(staff_id)
            if person is None:
                raise NotFound("import.staff_id_unknown_here", staff_id=staff_id)
            return person
        if staff_name:
            return self.staff.resolve_name(staff_name)
        raise NotFound("import.person_missing")

    def _mark_changes(self, course: CoursePlan, sitting: SessionPlan,
                      enrolment: EnrolmentPlan, status: str) -> bool:
        mark = existing_mark(course, sitting, enrolment)
        return mark is None or mark.deleted or mark.status != status


def _person_key(plan: EnrolmentPlan) -> PersonKey:
    if plan.person is not None:
        return ("staff", plan.person.id)
    return ("name", search_key(plan.name))
