"""A believable demo commune, so the app can be shown and tried before real data exists.

The data imitates a mountain commune of the North-West after the 2025 merger (Thái, Mông,
Kinh and Khơ-mú officials; most without an IT certificate; ten years of equipment bought
by national programmes) because that is who the app is for. It comes from a seeded random
generator and is written through the ORM in one unit of work, so it is the same on every
run and every record is journaled like an officer's own entry.

Only an office laptop can hold it (a trainer's laptop writes no staff or equipment). Ids
are derived from the commune code, so filling a store that already holds the demo
finds them and returns what is there instead of adding a second copy
(``DemoSummary.created`` is then False).

The package is split by subject: ``catalogue`` holds the tables the demo draws from,
``place`` the commune being filled and shared helpers, ``people``, ``equipment`` and
``training`` the generators. They share one random generator and run in that order,
which is part of what keeps the demo identical from run to run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.demo.equipment import add_equipment
from app.demo.people import add_staff
from app.demo.place import (
    DEMO_NAMESPACE,
    MAX_EQUIPMENT,
    MAX_SESSIONS,
    MAX_STAFF,
    SEED,
    Place,
    demo_id,
    load_place,
)
from app.demo.training import add_training
from app.models import Attendance, Course, CourseSession, Enrollment, Equipment, Staff
from app.models.errors import ModelError, NotSetUpError
from app.models.setup import current_device
from app.models.store import Store

__all__ = [
    "DEMO_NAMESPACE", "MAX_EQUIPMENT", "MAX_SESSIONS", "MAX_STAFF", "SEED",
    "DemoSummary", "Place", "demo_id", "existing_summary", "fill_demo",
]


@dataclass(frozen=True)
class DemoSummary:
    """How many live demo records the commune holds; ``created`` if this call wrote them."""

    commune_code: str
    staff: int
    equipment: int
    courses: int
    sessions: int
    enrollments: int
    attendance: int
    created: bool


def fill_demo(store: Store, today: date | None = None) -> DemoSummary:
    """Fill the device's home commune with demo records, once."""
    with store.sessions.begin() as session:
        device = current_device(session)
        if device is None:
            raise NotSetUpError("demo.not_set_up")
        if device.role != "office":
            raise ModelError("demo.office_only")
        code = device.communes[0]
        if session.get(Staff, demo_id(code, "staff", 0)) is not None:
            return existing_summary(session, code)
        place = load_place(session, code, today or date.today())
        rng = random.Random(SEED)
        staff = add_staff(session, rng, place)
        session.flush()
        add_equipment(session, rng, place, staff)
        session.flush()
        add_training(session, rng, place, staff)
        session.flush()
        return existing_summary(session, code, created=True)


def existing_summary(session: Session, code: str, created: bool = False) -> DemoSummary:
    """Count the live demo records of a commune (found by their derived ids)."""
    def count(model: type, column: object, ids: list[str]) -> int:
        return session.scalar(select(func.count()).select_from(model).where(
            column.in_(ids), model.deleted.is_(False))) or 0

    courses = [demo_id(code, "course", i) for i in range(3)]
    sessions = [demo_id(code, f"session{c}", s) for c in range(3) for s in range(MAX_SESSIONS)]
    return DemoSummary(
        commune_code=code,
        staff=count(Staff, Staff.id, [demo_id(code, "staff", i) for i in range(MAX_STAFF)]),
        equipment=count(Equipment, Equipment.id,
                        [demo_id(code, "equipment", i) for i in range(MAX_EQUIPMENT)]),
        courses=count(Course, Course.id, courses),
        sessions=count(CourseSession, CourseSession.id, sessions),
        enrollments=count(Enrollment, Enrollment.course_id, courses),
        attendance=count(Attendance, Attendance.session_id, sessions),
        created=created,
    )
