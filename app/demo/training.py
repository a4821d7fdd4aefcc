"""Three courses with sessions, enrollments, attendance and results.

Attendance is drawn only for sessions already held on ``today``, and results and
certificate numbers only once a course is over, so the demo looks like a register kept
as the year went by.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.demo.catalogue import ATTENDANCE_MIX, OUTSIDERS, CoursePlan, course_plans
from app.demo.place import Place, demo_id
from app.models import Course, CourseSession, Enrollment, Staff, enums
from app.models.held import took_place
from app.models.records import enroll_participant, enroll_staff, mark_attendance


def _session_days(plan: CoursePlan, today: date) -> Iterator[date]:
    day = today - timedelta(days=plan.start)
    for _ in plan.sessions:
        while plan.step == 1 and day.weekday() >= 5:
            day += timedelta(days=1)
        yield day
        day += timedelta(days=plan.step)


def add_training(session: Session, rng: random.Random, place: Place, staff: list[Staff]
                 ) -> None:
    active = [p for p in staff if p.service_end is None]
    attendees = [
        [p for p in active if p.it_certificate == "none"][:12],
        [p for p in active if p.unit in ("leadership", "office", "public_service")][:10],
        sorted(rng.sample(active, 10), key=staff.index),
    ]
    for number, plan in enumerate(course_plans(place)):
        course, days = _add_course(session, place, number, plan)
        sessions = [
            CourseSession(id=demo_id(place.code, f"session{number}", i), course_id=course.id,
                          session_date=day, start_time=plan.time, topic=topic, hours=plan.hours,
                          partition=course.partition)
            for i, (day, topic) in enumerate(zip(days, plan.sessions, strict=True))]
        session.add_all(sessions)
        session.flush()
        enrolled = [enroll_staff(session, course, p) for p in attendees[number]]
        enrolled += [enroll_participant(session, course, name, unit)
                     for name, unit in OUTSIDERS[number]]
        session.flush()
        _mark(session, rng, place, plan,
              [s for s in sessions if took_place(s.session_date, place.today)],
              enrolled, finished=days[-1] <= place.today)


def _add_course(session: Session, place: Place, number: int, plan: CoursePlan
                ) -> tuple[Course, list[date]]:
    days = list(_session_days(plan, place.today))
    course = Course(
        id=demo_id(place.code, "course", number), title=plan.title, topic=plan.topic,
        commune_code=place.code, partition=place.partition,
        organiser=plan.organiser, trainer=plan.trainer, place=plan.venue,
        start_date=days[0], end_date=days[-1], hours=plan.hours * len(days), funding=plan.funding,
        digital_skills=plan.digital_skills,
    )
    session.add(course)
    return course, days


def _mark(session: Session, rng: random.Random, place: Place, plan: CoursePlan,
          held: list[CourseSession], enrolled: list[Enrollment], finished: bool) -> None:
    """Attendance of the sessions already held; results once the course is over."""
    statuses, weights = list(ATTENDANCE_MIX), list(ATTENDANCE_MIX.values())
    certificates = 0
    for enrollment in enrolled:
        marks = rng.choices(statuses, weights, k=len(held))
        for course_session, status in zip(held, marks, strict=True):
            mark_attendance(session, course_session, enrollment, status, place.today)
        if not finished:
            continue
        present = sum(status in enums.ATTENDED for status in marks)
        sat_test = "kiểm tra" not in plan.sessions[-1] or marks[-1] in enums.ATTENDED
        passed = sat_test and present >= 0.6 * len(held)
        enrollment.result = "passed" if passed else "failed"
        if plan.certificate and enrollment.result == "passed":
            certificates += 1
            year = held[-1].session_date.year
            enrollment.certificate_no = f"{certificates:03d}/{year}/{plan.certificate}"
