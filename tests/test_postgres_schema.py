"""The schema, the reference data and the journalled records work the same on both backends.

The province server keeps the same models and migrations on SQLite by default and on
PostgreSQL in production, so every test here runs once on each (``db_url``). PostgreSQL is
stricter than SQLite in ways that only show on a real server: 32-bit INTEGER, enforced
VARCHAR lengths, real booleans and dates. The journal guard triggers of migration 0002 are
SQLite-only by design; the before_flush journal hook must work on both.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, event, func, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from app.models import (
    Attendance,
    Base,
    Commune,
    Course,
    CourseSession,
    Device,
    Enrollment,
    Equipment,
    EthnicGroup,
    JournalEntry,
    Staff,
    StatusEvent,
)
from app.models.records import create, enroll_participant, enroll_staff, mark_attendance
from app.models.reference_data import ensure_reference
from app.models.setup import setup_device
from app.models.store import current_revision, head_revision
from tests.helpers import MUONG_PHANG
from tests.pg import (  # noqa: F401  (fixtures are found by being imported here)
    db_url,
    downgrade,
    migrated_db_url,
    migrated_postgres_url,
    open_engine,
    postgres_cluster,
    postgres_template,
    postgres_url,
    upgrade,
)

# Typed as an officer's keyboard may send them (decomposed), stored composed (NFC).
NAME = "Lò Thị Ngọc Hường"
PARTICIPANT = "Quàng Văn Thượng"
COURSE_TITLE = "Bồi dưỡng kỹ năng số cho cán bộ xã"
SYNCED_TABLES = {"staff", "equipment", "equipment_status_event", "course", "course_session",
                 "enrollment", "attendance"}
# Every synced table has the journal guards (the stock-take's are made by 0014).
GUARDED_TABLES = SYNCED_TABLES | {"stocktake_round", "stocktake_count"}


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = open_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def migrated(migrated_db_url: str) -> Iterator[Engine]:  # noqa: F811
    engine = open_engine(migrated_db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(migrated: Engine) -> sessionmaker[Session]:
    """A database at head with reference data and this device set up (office, Mường Phăng)."""
    factory = sessionmaker(migrated, expire_on_commit=False)
    with factory.begin() as session:
        setup_device(session, [MUONG_PHANG], "Máy chủ tỉnh", False)
    return factory


def schema(engine: Engine) -> dict[str, tuple]:
    """Tables with their columns (name, type, nullability) and index names."""
    inspector = inspect(engine)
    return {
        table: (
            [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
            sorted(i["name"] for i in inspector.get_indexes(table)),
        )
        for table in sorted(inspector.get_table_names())
    }


def model_drift(engine: Engine) -> list:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def test_migrations_and_reference_data_build_what_the_models_declare(engine):
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert model_drift(engine) == []
    assert set(inspect(engine).get_table_names()) >= SYNCED_TABLES | {"change_journal"}
    with Session(engine) as session, session.begin():
        assert ensure_reference(session) is True
    with Session(engine) as session:
        assert ensure_reference(session) is False  # loaded once, then left alone
        commune = session.get(Commune, MUONG_PHANG)
        assert (commune.name, commune.province_code) == ("Xã Mường Phăng", "11")
        assert session.scalar(select(func.count()).select_from(EthnicGroup)) == 54


def test_upgrading_twice_changes_nothing(engine):
    upgrade(engine)
    before = schema(engine)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: statements.append(statement))
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert schema(engine) == before
    writes = [s for s in statements
              if not s.lstrip().upper().startswith(("SELECT", "PRAGMA", "BEGIN"))]
    assert writes == []


def write_records(sessions: sessionmaker[Session]) -> dict[str, str]:
    """One of everything through the ORM, as the app writes it; returns the new ids."""
    with sessions.begin() as session:
        person = create(
            session, Staff, full_name=unicodedata.normalize("NFD", NAME),
            commune_code=MUONG_PHANG, gender="female", birth_date=date(1988, 2, 29),
            ethnicity_code="03", uses_official_email=True, it_certificate="basic",
            it_certificate_date=date(2021, 12, 31),
        )
        laptop = create(
            session, Equipment, commune_code=MUONG_PHANG, category="laptop",
            brand="Dell", model="Latitude 3440", acquired_date=date(2024, 5, 6),
            value_vnd=18_500_000_000, lan=True, internet=False, holder_id=person.id,
            location="Phòng một cửa",
        )
        course = create(session, Course, commune_code=MUONG_PHANG, title=COURSE_TITLE,
                        start_date=date(2026, 3, 9), end_date=date(2026, 3, 10), hours=8.5)
        day = create(session, CourseSession, course_id=course.id, session_date=date(2026, 3, 9),
                     start_time="07:30", hours=4.0, partition=course.partition)
        official = enroll_staff(session, course, person)
        guest = enroll_participant(session, course, unicodedata.normalize("NFD", PARTICIPANT),
                                   "Trường Tiểu học Mường Phăng")
        session.flush()
        present = mark_attendance(session, day, official, "present")
        mark_attendance(session, day, guest, "excused")
    return dict(staff=person.id, equipment=laptop.id, course=course.id, session=day.id,
                official=official.id, guest=guest.id, attendance=present.id)


def test_records_round_trip_with_types_and_vietnamese_text(sessions):
    ids = write_records(sessions)
    with sessions() as session:
        person = session.get(Staff, ids["staff"])
        assert person.full_name == NAME
        assert unicodedata.is_normalized("NFC", person.full_name)
        assert person.birth_date == date(1988, 2, 29)
        assert type(person.birth_date) is date
        assert person.uses_official_email is True
        laptop = session.get(Equipment, ids["equipment"])
        assert (laptop.lan, laptop.internet) == (True, False)
        assert laptop.value_vnd == 18_500_000_000
        assert (laptop.holder_id, laptop.status, laptop.location) == (
            person.id, "in_use", "Phòng một cửa")
        course = session.get(Course, ids["course"])
        assert (course.title, course.start_date, course.hours) == (
            COURSE_TITLE, date(2026, 3, 9), 8.5)
        guest = session.get(Enrollment, ids["guest"])
        assert guest.participant_name == PARTICIPANT
        assert session.get(Attendance, ids["attendance"]).status == "present"
        [event_] = session.scalars(select(StatusEvent))
        assert (event_.equipment_id, event_.changed_on) == (laptop.id, date(2024, 5, 6))
        stored = session.execute(text("SELECT full_name FROM staff")).scalar_one()
        assert stored == NAME  # composed in the database itself, not only in Python


def test_every_write_is_journalled_and_stamped(sessions):
    ids = write_records(sessions)
    with sessions() as session:
        entries = list(session.scalars(select(JournalEntry).order_by(JournalEntry.seq)))
        device = session.scalars(select(Device)).one()
        records = [session.get(model, ids[key]) for model, key in (
            (Staff, "staff"), (Equipment, "equipment"), (Course, "course"),
            (CourseSession, "session"), (Enrollment, "official"), (Attendance, "attendance"))]
    assert {e.table_name for e in entries} == SYNCED_TABLES
    assert {e.op for e in entries} == {"insert"}
    assert len(entries) == 9  # staff, laptop, its first status event, course, day, 2 + 2
    stamps = [e.hlc for e in entries]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    by_row = {e.row_id: e for e in entries}
    for record in records:
        assert (record.hlc, record.device_id) == (by_row[record.id].hlc, device.id)
    staff_entry = by_row[ids["staff"]]
    assert staff_entry.partition == f"commune:{MUONG_PHANG}"
    assert staff_entry.values["full_name"] == NAME
    assert staff_entry.values["birth_date"] == "1988-02-29"
    assert staff_entry.values["uses_official_email"] is True
    # the clock (milliseconds since 1970) needs 64 bits: PostgreSQL's INTEGER overflowed
    assert device.clock_wall_ms >= int(datetime(2025, 1, 1).timestamp() * 1000)
    assert stamps[-1].startswith(f"{device.clock_wall_ms:018d}.")


def test_updates_and_soft_deletes_are_journalled(sessions):
    ids = write_records(sessions)
    with sessions.begin() as session:
        person = session.get(Staff, ids["staff"])
        person.phone = "0912 345 678"
        person.uses_official_email = False
        session.get(Enrollment, ids["guest"]).deleted = True
    with sessions() as session:
        *_, update, tombstone = session.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        assert (update.op, update.values) == (
            "update", {"phone": "0912 345 678", "uses_official_email": False})
        assert (tombstone.op, tombstone.row_id, tombstone.values) == (
            "delete", ids["guest"], {"deleted": True})
        assert session.get(Staff, ids["staff"]).hlc == update.hlc
        assert session.get(Enrollment, ids["guest"]).deleted is True


TRIGGER_NAMES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'trigger'",
    "postgresql": "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal",
}


def guard_triggers(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(text(TRIGGER_NAMES[engine.dialect.name])).scalars())


def test_downgrade_to_base_then_upgrade_again(migrated, sessions):
    write_records(sessions)
    guards = {f"journal_guard_{table}_{kind}" for table in GUARDED_TABLES
              for kind in ("insert", "update", "delete")}
    # the audit log (0015): journalled inserts, and no update or delete at all
    guards |= {"journal_guard_audit_event_insert", "audit_event_no_update",
               "audit_event_no_delete"}
    triggers = guard_triggers(migrated)
    assert triggers == (guards if migrated.dialect.name == "sqlite" else set())  # SQLite only
    downgrade(migrated, "base")
    assert current_revision(migrated) is None
    assert set(inspect(migrated).get_table_names()) <= {"alembic_version"}
    upgrade(migrated)
    assert current_revision(migrated) == head_revision()
    assert model_drift(migrated) == []
    assert guard_triggers(migrated) == triggers
    with sessions.begin() as session:
        ensure_reference(session)
        setup_device(session, [MUONG_PHANG], "Máy chủ tỉnh", False)
    write_records(sessions)
    with sessions() as session:
        assert len(session.scalars(select(JournalEntry)).all()) == 9
