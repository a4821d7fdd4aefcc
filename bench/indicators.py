"""All indicators for 100 communes of 100 officials and 100 devices each (target < 1 s)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from app.models import Commune, Course, CourseSession, Equipment, Staff, enums, journal
from app.models.indicators import commune_indicators, total
from app.models.records import create, enroll_staff, mark_attendance
from bench.common import device_store, report, timer

COMMUNES = 100
PER_COMMUNE = 100


def fill(store, codes: list[str]) -> None:
    rng = random.Random(11)
    categories = list(enums.EQUIPMENT_CATEGORY)
    statuses = list(enums.EQUIPMENT_STATUS)
    with store.sessions.begin() as session:
        course = create(session, Course, title="Tin học cơ bản", start_date=date(2026, 3, 2),
                        partition="province:11")
        session.flush()
        meeting = create(session, CourseSession, course_id=course.id, partition="province:11",
                         session_date=date(2026, 3, 2))
        for code in codes:
            people = [create(session, Staff, commune_code=code, full_name=f"Cán bộ {i}",
                             it_certificate=rng.choice(list(enums.IT_CERTIFICATE)))
                      for i in range(PER_COMMUNE)]
            for _ in range(PER_COMMUNE):
                create(session, Equipment, commune_code=code, category=rng.choice(categories),
                       status=rng.choice(statuses), lan=rng.random() < .7,
                       internet=rng.random() < .6,
                       acquired_date=date(2026, 1, 1) - timedelta(days=rng.randint(0, 4000)))
            session.flush()
            for person in people[:20]:
                mark_attendance(session, meeting, enroll_staff(session, course, person),
                                rng.choice(list(enums.ATTENDANCE)))


def main() -> None:
    # The province receives these communes' records by sync; no single device may write
    # them all, so the write-scope check is lifted for building the data set only.
    journal.check_write = lambda *_args, **_kwargs: None
    with device_store(["03325"]) as store:
        with store.sessions() as session:
            codes = list(session.scalars(select(Commune.code).order_by(Commune.code)
                                         .limit(COMMUNES)))
        fill(store, codes)
        with timer() as elapsed, store.sessions() as session:
            rows = commune_indicators(session, codes, today=date(2026, 11, 21))
            total(rows)
        assert len(rows) == COMMUNES
    report("indicators, 100 communes x 100 officials x 100 devices", elapsed[0], "s", 1)


if __name__ == "__main__":
    main()
