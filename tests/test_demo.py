"""The demo commune: believable, journaled, deterministic, and filled only once."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.demo import DemoSummary, fill_demo
from app.models import (
    SYNCED_MODELS,
    Attendance,
    Course,
    CourseSession,
    Enrollment,
    Equipment,
    JournalEntry,
    Staff,
    StatusEvent,
    enums,
)
from app.models.errors import ModelError, NotSetUpError
from app.models.indicators import commune_indicators
from app.models.scope import STOCKTAKE_TABLES
from app.models.store import Store
from tests.helpers import MUONG_PHANG, fresh_store, make_store

TODAY = date(2026, 11, 21)


@pytest.fixture
def demo(tmp_path: Path) -> tuple[Store, DemoSummary]:
    store = make_store(tmp_path)
    return store, fill_demo(store, today=TODAY)


def count(store: Store, model: type) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_summary_matches_what_was_written(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    assert summary.created and summary.commune_code == MUONG_PHANG
    assert 22 <= summary.staff <= 28
    assert 35 <= summary.equipment <= 45
    assert summary.courses == 3
    assert (summary.staff, summary.equipment, summary.courses, summary.sessions,
            summary.enrollments, summary.attendance) == (
        count(store, Staff), count(store, Equipment), count(store, Course),
        count(store, CourseSession), count(store, Enrollment), count(store, Attendance))
    with store.sessions() as session:
        per_course = session.execute(select(CourseSession.course_id, func.count())
                                     .group_by(CourseSession.course_id)).all()
    assert all(2 <= n <= 5 for _course, n in per_course)


def test_people_look_like_the_commune(demo: tuple[Store, DemoSummary]) -> None:
    store, summary = demo
    with store.sessions() as session:
        staff = session.scalars(select(Staff)).all()
    certificates = Counter(p.it_certificate for p in staff)
    assert certificates["none"] > len(staff) / 2
    assert certificates["a"] + certificates["b"] + certificates["c"] >= 1
    assert certificates["advanced"] <= 1
    levels = Counter(p.professional_level for p in staff)
    assert levels["none"] + levels["intermediate"] > levels["university"] > 0
    ethnicities = Counter(p.ethnicity_code for p in staff)
    assert ethnicities["03"] > ethnicities["01"] and ethnicities["08"] > ethnicities["01"] > 0
    mong = [p.full_name.split() for p in staff if p.ethnicity_code == "08"]
    assert all(words[1] in ("A", "Thị") for words in mong)
    assert {p.unit for p in staff} <= set(enums.UNIT) and len({p.unit for p in staff}) >= 5
    assert any(p.legacy_title for p in staff)
    assert all(p.birth_date and p.service_start and p.birth_date < p.service_start <= TODAY
               for p in staff)
    assert len({p.full_name for p in staff}) == len(staff)


def test_equipment_has_a_past(demo: tuple[Store, DemoSummary]) -> None:
    store, _summary = demo
    with store.sessions() as session:
        items = session.scalars(select(Equipment)).all()
        events = session.scalars(select(StatusEvent).order_by(StatusEvent.changed_on)).all()
        staff_ids = set(session.scalars(select(Staff.id)))
    statuses = Counter(i.status for i in items)
    assert set(statuses) == set(enums.EQUIPMENT_STATUS)  # all six states occur
    assert statuses["in_use"] > len(items) / 2
    categories = Counter(i.category for i in items)
    assert categories["desktop"] + categories["laptop"] > len(items) / 2
    assert len(categories) >= 10
    history: dict[str, list[StatusEvent]] = {}
    for event in events:
        history.setdefault(event.equipment_id, []).append(event)
    for item in items:  # history starts at purchase and ends in the current status
        assert history[item.id][0].changed_on == item.acquired_date
        assert history[item.id][-1].status == item.status
    long_ones = [[e.status for e in h] for h in history.values() if len(h) > 2]
    assert ["in_use", "under_repair", "broken"] in long_ones
    assert ["in_use", "broken", "disposed"] in long_ones
    assert {i.holder_id for i in items if i.holder_id} <= staff_ids
    assert any(i.holder_id for i in items)
    years = {i.acquired_date.year for i in items}
    assert max(years) - min(years) >= 7
    assert all(i.value_vnd and i.value_vnd % 10_000 == 0 for i in items)
    assert all(i.asset_tag and i.asset_tag.startswith("MP-") for i in items)


def test_training_has_a_realistic_attendance(demo: tuple[Store, DemoSummary]) -> None:
    store, _summary = demo
    with store.sessions() as session:
        marks = Counter(session.scalars(select(Attendance.status)))
        enrollments = session.scalars(select(Enrollment)).all()
        future = session.scalar(select(func.count()).select_from(Attendance)
                                .join(CourseSession, CourseSession.id == Attendance.session_id)
                                .where(CourseSession.session_date > TODAY))
    assert set(marks) == set(enums.ATTENDANCE)
    assert marks["present"] > sum(marks.values()) / 2
    assert future == 0  # nobody is marked for a session not yet held
    assert 1 <= sum(e.participant_name is not None for e in enrollments) <= 3
    assert any(e.certificate_no for e in enrollments)
    assert {e.result for e in enrollments} == {"passed", "failed", None}


def test_every_record_is_journaled(demo: tuple[Store, DemoSummary]) -> None:
    store, _summary = demo
    with store.engine.connect() as connection:
        for model in SYNCED_MODELS:
            table = model.__tablename__
            rows = connection.scalar(text(f"SELECT count(*) FROM {table}"))
            unjournaled = connection.scalar(text(
                f"SELECT count(*) FROM {table} WHERE id NOT IN (SELECT row_id FROM "
                "change_journal WHERE table_name = :t AND op = 'insert')"), {"t": table})
            # the demo has no stock-take round (its inventory paper is the register's),
            # and a plain store's demo signs nobody in and exports nothing to log
            empty_in_demo = STOCKTAKE_TABLES | {"audit_event"}
            assert (rows > 0 or table in empty_in_demo) and unjournaled == 0, table


def test_indicators_are_sane(demo: tuple[Store, DemoSummary]) -> None:
    store, _summary = demo
    with store.sessions() as session:
        [ind] = commune_indicators(session, [MUONG_PHANG], today=TODAY)
    assert 0 < ind.computers_per_official < 2
    assert ind.certified_share < 0.5
    assert 0 < ind.trained_this_year <= ind.officials
    assert ind.broken >= 2 and ind.over_age > 0 and ind.warranty_ending > 0
    assert 0 < ind.lan_share < 1 and 0 < ind.internet_share <= 1


def test_second_fill_adds_nothing(demo: tuple[Store, DemoSummary]) -> None:
    store, first = demo
    journal_before = count(store, JournalEntry)
    again = fill_demo(store)  # another day, too: ids do not depend on the date
    assert not again.created
    assert again == DemoSummary(**{**first.__dict__, "created": False})
    assert count(store, JournalEntry) == journal_before
    assert count(store, Staff) == first.staff


def test_same_demo_every_time(demo: tuple[Store, DemoSummary], tmp_path: Path) -> None:
    other = make_store(tmp_path / "other")
    fill_demo(other, today=TODAY)

    def content(store: Store) -> list[tuple]:
        with store.sessions() as session:
            return [*session.execute(select(Staff.id, Staff.full_name, Staff.it_certificate)
                                     .order_by(Staff.id)),
                    *session.execute(select(Equipment.id, Equipment.asset_tag, Equipment.status)
                                     .order_by(Equipment.id))]

    assert content(demo[0]) == content(other)


def test_refused_without_an_office_device(tmp_path: Path) -> None:
    with pytest.raises(NotSetUpError, match="setup"):
        fill_demo(fresh_store(tmp_path / "bare"))
    trainer = make_store(tmp_path / "trainer", communes=(MUONG_PHANG, "03328"), trainer=True)
    with pytest.raises(ModelError, match="máy văn phòng"):
        fill_demo(trainer)
    assert count(trainer, Staff) == 0
