"""The province's side of sync, the same on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import Attendance, Course, CourseSession, JournalEntry, Staff
from app.models.records import create, enroll_staff, mark_attendance
from app.models.store import Store
from app.server import province
from app.sync import device as laptop
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store
from tests.pg import migrated_postgres_url, postgres_cluster, postgres_template  # noqa: F401


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, tmp_path):
    if request.param == "sqlite":
        store = Store.for_url(f"sqlite:///{tmp_path / 'province.sqlite3'}")
    else:
        store = Store.for_url(request.getfixturevalue("migrated_postgres_url"))
    yield store
    store.close()


def enrol(server: Store, tmp_path, name: str, communes: tuple[str, ...], trainer: bool,
          monkeypatch) -> Store:
    monkeypatch.setenv("COMMUNE_IT_MACHINE_ID", name)
    store = make_store(tmp_path / name, communes=communes, trainer=trainer, name=name)
    data = province.issue(server, ",".join(communes), name, trainer)
    path = tmp_path / f"{name}.json"
    path.write_text(province.enrolment_text(data), encoding="utf-8")
    laptop.enroll_file(store, path)
    return store


def round_trip(server: Store, store: Store, stick, name: str, monkeypatch) -> None:
    monkeypatch.setenv("COMMUNE_IT_MACHINE_ID", name)
    assert laptop.export_to(store, stick).ok
    report = province.import_paths(server, [stick])
    assert report.ok, report.refused
    for code in (MUONG_PHANG, THANH_NUA):
        assert province.export_commune(server, code, stick).ok
    monkeypatch.setenv("COMMUNE_IT_MACHINE_ID", name)
    assert laptop.import_paths(store, [stick]).ok


def count(store: Store, model, **where) -> int:
    query = select(func.count()).select_from(model)
    for key, value in where.items():
        query = query.where(getattr(model, key) == value)
    with store.sessions() as session:
        return session.scalar(query)


def test_trainer_and_two_offices_converge_through_the_province(server, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    offices = {}
    for code in (MUONG_PHANG, THANH_NUA):
        offices[code] = enrol(server, tmp_path, f"vp-{code}", (code,), False, monkeypatch)
        with offices[code].sessions.begin() as session:
            for name in ("Lò Văn Thắng", "Quàng Thị Mai"):
                create(session, Staff, full_name=name, commune_code=code)
        round_trip(server, offices[code], stick, f"vp-{code}", monkeypatch)
    trainer = enrol(server, tmp_path, "gv", (MUONG_PHANG, THANH_NUA), True, monkeypatch)
    round_trip(server, trainer, stick, "gv", monkeypatch)
    assert count(trainer, Staff) == 4
    with trainer.sessions.begin() as session:
        course = create(session, Course, title="Chữ ký số", start_date=date(2026, 5, 4),
                        partition="province:11")
        meeting = create(session, CourseSession, course_id=course.id, partition=course.partition,
                         session_date=date(2026, 5, 4))
        for person in session.scalars(select(Staff)):
            mark_attendance(session, meeting, enroll_staff(session, course, person), "present")
    round_trip(server, trainer, stick, "gv", monkeypatch)
    for code, office in offices.items():
        round_trip(server, office, stick, f"vp-{code}", monkeypatch)
        assert count(office, Course) == 1
        assert count(office, Staff) == 2
        assert count(office, Attendance) == 2
        assert count(office, Attendance, partition=f"commune:{code}") == 2
    assert count(server, Attendance) == 4
    assert count(server, Staff) == 4


def test_revoked_device_is_refused(server, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    office = enrol(server, tmp_path, "vp", (MUONG_PHANG,), False, monkeypatch)
    round_trip(server, office, stick, "vp", monkeypatch)
    [entry] = province.devices(server)
    province.revoke(server, entry["id"])
    with office.sessions.begin() as session:
        create(session, Staff, full_name="Vừ A Dơ", commune_code=MUONG_PHANG)
    monkeypatch.setenv("COMMUNE_IT_MACHINE_ID", "vp")
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    laptop.export_to(office, fresh)
    before = count(server, JournalEntry)
    report = province.import_paths(server, [fresh])
    assert not report.ok and "thu hồi" in " ".join(map(str, report.refused))
    assert count(server, JournalEntry) == before
