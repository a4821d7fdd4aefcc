"""Read-only training queries for the window: courses, sessions, who is enrolled, the
attendance matrix, and attendance rates, as plain frozen values.

What a device sees follows its read scope (DESIGN.md, "Partitions and scopes"): the
courses, enrolments and marks of its communes' partitions and of the province partition.
Officials whose record was deleted (erased personal data) are left out, as in exports.

The rates are pure functions over an ``AttendanceMatrix`` so the window can recompute them
after each keystroke without a query. How they count (see ``person_rate``): a person's
rate is the share of the sessions held so far (dated on or before today) at which they
were marked present or late; a held session with no mark counts as not attended, because
a register nobody filled in is not evidence that anyone came. Sessions still to come count
for nothing, whatever is marked in them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from . import enums
from .base import commune_partition
from .held import took_place
from .reference import Commune
from .scope import write_partitions
from .setup import require_device
from .staff import Staff
from .training import Attendance, Course, CourseSession, Enrollment
from .vntext import collation_key, person_sort_key, search_key

Marks = Mapping[tuple[str, str], str]  # (enrolment id, session id) → status key


@dataclass(frozen=True, slots=True)
class TrainingScope:
    """What this device may read and write in training, and where its new courses go."""

    role: str
    province_code: str
    communes: tuple[str, ...]
    reads: frozenset[str]
    writes: frozenset[str]

    @property
    def makes_province_courses(self) -> bool:
        """A trainer's laptop runs the province's classes; an office laptop its commune's."""
        return self.role == "trainer"


@dataclass(frozen=True, slots=True)
class CourseRow:
    id: str
    title: str
    topic: str | None
    organiser: str | None
    trainer: str | None
    place: str | None
    start_date: date
    end_date: date | None
    hours: float | None
    funding: str | None
    commune_code: str | None  # None: a province course
    commune_name: str | None
    partition: str
    session_count: int
    enrolled_count: int
    search_key: str
    digital_skills: bool = False  # a basic digital skills course


@dataclass(frozen=True, slots=True)
class LessonRow:
    id: str
    course_id: str
    session_date: date
    start_time: str | None
    topic: str | None
    hours: float | None
    partition: str


@dataclass(frozen=True, slots=True)
class EnrolmentRow:
    """An official (``staff_id`` set) or an outside participant enrolled in a course."""

    id: str
    staff_id: str | None
    name: str
    commune_code: str | None  # the official's commune; None for an outside participant
    unit: str | None  # an official's unit key, or an outside participant's unit as typed
    position: str | None
    result: str | None
    certificate_no: str | None
    partition: str

    @property
    def outside(self) -> bool:
        return self.staff_id is None


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """A live official who may be enrolled in a course."""

    id: str
    full_name: str
    name_key: str
    commune_code: str
    unit: str | None
    position: str | None
    it_certificate: str


@dataclass(frozen=True)
class AttendanceMatrix:
    course_id: str
    sessions: tuple[LessonRow, ...]
    people: tuple[EnrolmentRow, ...]
    marks: Mapping[tuple[str, str], str]


def training_scope(session: Session) -> TrainingScope:
    device = require_device(session)
    communes = tuple(device.communes)
    reads = {commune_partition(c) for c in communes} | {device.province_partition}
    return TrainingScope(
        role=device.role, province_code=device.province_code, communes=communes,
        reads=frozenset(reads),
        writes=write_partitions(device.role, device.province_code, communes),
    )


def course_rows(session: Session, scope: TrainingScope) -> list[CourseRow]:
    """Live courses the device can see, newest first, with their session and enrolled counts."""
    sessions = (select(CourseSession.course_id, func.count().label("n"))
                .where(CourseSession.deleted.is_(False))
                .group_by(CourseSession.course_id).subquery())
    enrolled = (select(Enrollment.course_id, func.count().label("n"))
                .where(*_live_enrolment(scope))
                .outerjoin(Staff, Staff.id == Enrollment.staff_id)
                .group_by(Enrollment.course_id).subquery())
    query = (
        select(Course, Commune.name, sessions.c.n, enrolled.c.n)
        .outerjoin(Commune, Commune.code == Course.commune_code)
        .outerjoin(sessions, sessions.c.course_id == Course.id)
        .outerjoin(enrolled, enrolled.c.course_id == Course.id)
        .where(Course.deleted.is_(False), Course.partition.in_(scope.reads))
    )
    rows = [_course_row(course, name, n_sessions or 0, n_enrolled or 0)
            for course, name, n_sessions, n_enrolled in session.execute(query)]
    rows.sort(key=lambda r: (-r.start_date.toordinal(), collation_key(r.title), r.id))
    return rows


def _course_row(course: Course, commune_name: str | None, n_sessions: int,
                n_enrolled: int) -> CourseRow:
    searchable = (course.title, course.topic, course.organiser, course.trainer, course.place,
                  commune_name)
    return CourseRow(
        id=course.id, title=course.title, topic=course.topic, organiser=course.organiser,
        trainer=course.trainer, place=course.place, start_date=course.start_date,
        end_date=course.end_date, hours=course.hours, funding=course.funding,
        commune_code=course.commune_code, commune_name=commune_name,
        partition=course.partition, session_count=n_sessions, enrolled_count=n_enrolled,
        search_key=search_key(" ".join(part for part in searchable if part)),
        digital_skills=course.digital_skills,
    )


def course_sessions(session: Session, course_id: str) -> list[LessonRow]:
    """Live sessions of a course in the order they are held."""
    query = (select(CourseSession)
             .where(CourseSession.course_id == course_id, CourseSession.deleted.is_(False))
             .order_by(CourseSession.session_date, CourseSession.start_time, CourseSession.id))
    return [LessonRow(s.id, s.course_id, s.session_date, s.start_time, s.topic, s.hours,
                      s.partition) for s in session.scalars(query)]


def _live_enrolment(scope: TrainingScope) -> tuple:
    return (Enrollment.deleted.is_(False), Enrollment.partition.in_(scope.reads),
            or_(Enrollment.staff_id.is_(None), Staff.deleted.is_(False)))


def course_enrolments(session: Session, scope: TrainingScope, course_id: str
                      ) -> list[EnrolmentRow]:
    """Who is enrolled: officials first, then outside participants, each in name order."""
    query = (
        select(Enrollment, Staff.full_name, Staff.commune_code, Staff.unit, Staff.position)
        .outerjoin(Staff, Staff.id == Enrollment.staff_id)
        .where(Enrollment.course_id == course_id, *_live_enrolment(scope))
    )
    rows = [
        EnrolmentRow(
            id=e.id, staff_id=e.staff_id, name=name or e.participant_name or "",
            commune_code=commune, unit=unit if e.staff_id else e.participant_unit,
            position=position, result=e.result, certificate_no=e.certificate_no,
            partition=e.partition,
        )
        for e, name, commune, unit, position in session.execute(query)
    ]
    rows.sort(key=lambda r: (r.outside, person_sort_key(r.name), r.id))
    return rows


def enrolment_candidates(session: Session, scope: TrainingScope, course_id: str
                         ) -> list[CandidateRow]:
    """Live officials who may join the course and are not enrolled yet.

    A commune's own course takes only that commune's officials (``records.enroll_staff``
    refuses others); a province course takes officials of every commune of the device.
    Officials whose service ended by the course's first day are not offered (the staff
    list's "former officials"); one who left later may still be entered in last year's
    course."""
    course = session.get(Course, course_id)
    if course is None or course.deleted:
        return []
    communes = [course.commune_code] if course.commune_code else list(scope.communes)
    enrolled = select(Enrollment.staff_id).where(
        Enrollment.course_id == course_id, Enrollment.deleted.is_(False),
        Enrollment.staff_id.is_not(None))
    query = (
        select(Staff.id, Staff.full_name, Staff.name_key, Staff.commune_code, Staff.unit,
               Staff.position, Staff.it_certificate)
        .where(Staff.commune_code.in_(communes), Staff.deleted.is_(False),
               or_(Staff.service_end.is_(None), Staff.service_end > course.start_date),
               Staff.id.not_in(enrolled))
    )
    rows = [CandidateRow(*row) for row in session.execute(query)]
    rows.sort(key=lambda r: (person_sort_key(r.full_name), r.id))
    return rows


def attendance_matrix(session: Session, scope: TrainingScope, course_id: str
                      ) -> AttendanceMatrix:
    """The course's people × sessions and every live mark between them."""
    sessions = course_sessions(session, course_id)
    people = course_enrolments(session, scope, course_id)
    marks: dict[tuple[str, str], str] = {}
    if sessions and people:
        query = select(Attendance.enrollment_id, Attendance.session_id, Attendance.status).where(
            Attendance.session_id.in_([s.id for s in sessions]),
            Attendance.enrollment_id.in_([p.id for p in people]),
            Attendance.deleted.is_(False),
        )
        marks = {(enrolment, sess): status for enrolment, sess, status in session.execute(query)}
    return AttendanceMatrix(course_id, tuple(sessions), tuple(people), marks)


# --- rates: pure functions over the matrix --------------------------------------------------
def held(sessions: Iterable[LessonRow], today: date) -> list[LessonRow]:
    """Sessions held so far: dated today or earlier (``held.took_place``)."""
    return [s for s in sessions if took_place(s.session_date, today)]


def attended(status: str | None) -> bool:
    return status in enums.ATTENDED


def person_rate(marks: Marks, enrollment_id: str, sessions: Sequence[LessonRow],
                today: date) -> float | None:
    """Share of held sessions the person came to (present or late); None before any is held.

    A held session without a mark counts as not attended."""
    past = held(sessions, today)
    if not past:
        return None
    return sum(attended(marks.get((enrollment_id, s.id))) for s in past) / len(past)


def session_rate(marks: Marks, session: LessonRow, people: Sequence[EnrolmentRow],
                 today: date) -> float | None:
    """Share of the enrolled who came to a held session; None if it is still to come or
    nobody is enrolled. Unmarked people count as not attended."""
    if not took_place(session.session_date, today) or not people:
        return None
    return sum(attended(marks.get((p.id, session.id))) for p in people) / len(people)


def course_rate(marks: Marks, sessions: Sequence[LessonRow], people: Sequence[EnrolmentRow],
                today: date) -> float | None:
    """Share of all (person, held session) cells attended: the course's overall rate."""
    past = held(sessions, today)
    if not past or not people:
        return None
    came = sum(attended(marks.get((p.id, s.id))) for p in people for s in past)
    return came / (len(past) * len(people))
