"""The change journal: every write path records, no write path bypasses it."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import IntegrityError

from app.models import SYNCED_MODELS, Equipment, JournalEntry, Staff, StatusEvent
from app.models import hlc as hlc_module
from app.models.errors import JournalError, NotSetUpError
from app.models.records import change_status, create, soft_delete
from app.models.store import Store
from tests.helpers import MUONG_PHANG, make_store


@pytest.fixture
def store(tmp_path):
    s = make_store(tmp_path)
    yield s
    s.close()


def journal(store: Store) -> list[JournalEntry]:
    with store.sessions() as session:
        return list(session.scalars(select(JournalEntry).order_by(JournalEntry.seq)))


def add_staff(store: Store, **values) -> str:
    with store.sessions.begin() as session:
        person = create(session, Staff, full_name="Lò Văn Thắng", commune_code=MUONG_PHANG,
                        **values)
    return person.id


def test_create_journals_every_field_and_stamps_record(store):
    staff_id = add_staff(store, gender="male", birth_date=date(1985, 3, 2))
    [entry] = journal(store)
    assert (entry.table_name, entry.row_id, entry.op) == ("staff", staff_id, "insert")
    assert entry.partition == f"commune:{MUONG_PHANG}"
    values = entry.values
    assert values["full_name"] == "Lò Văn Thắng"
    assert values["birth_date"] == "1985-03-02"
    assert values["deleted"] is False
    with store.sessions() as session:
        person = session.get(Staff, staff_id)
        assert person.hlc == entry.hlc
        assert person.device_id == entry.device_id


def test_update_journals_only_changed_fields(store):
    staff_id = add_staff(store)
    with store.sessions.begin() as session:
        person = session.get(Staff, staff_id)
        person.phone = "0912345678"
        person.full_name = "Lò Văn Thắng"  # same value: not a change
    entries = journal(store)
    assert len(entries) == 2
    assert entries[1].op == "update"
    assert entries[1].values == {"phone": "0912345678"}
    assert entries[1].hlc > entries[0].hlc


def test_write_that_changes_nothing_journals_nothing(store):
    staff_id = add_staff(store, gender="female")
    with store.sessions() as session:
        before = session.get(Staff, staff_id).hlc
    with store.sessions.begin() as session:
        person = session.get(Staff, staff_id)
        person.gender = "female"
        person.full_name = "  Lò   Văn Thắng "  # normalises to the stored value
    assert len(journal(store)) == 1
    with store.sessions() as session:
        assert session.get(Staff, staff_id).hlc == before


def test_soft_delete_travels_as_tombstone(store):
    staff_id = add_staff(store)
    with store.sessions.begin() as session:
        soft_delete(session.get(Staff, staff_id))
    last = journal(store)[-1]
    assert (last.op, last.values) == ("delete", {"deleted": True})


def test_hard_delete_through_session_is_refused(store):
    staff_id = add_staff(store)
    with pytest.raises(JournalError), store.sessions.begin() as session:
        session.delete(session.get(Staff, staff_id))
    with store.sessions() as session:
        assert session.get(Staff, staff_id) is not None


@pytest.mark.parametrize("statement", [
    "UPDATE staff SET phone = '1'",
    "UPDATE staff SET phone = '1', hlc = '999999999999999999.00000'",
    "DELETE FROM staff",
    "INSERT INTO staff (id, partition, hlc, device_id, deleted, commune_code, full_name, "
    "name_key, professional_level, it_certificate, uses_official_email) VALUES ('x', "
    "'commune:03325', '1', 'd', 0, '03325', 'A', 'a', 'none', 'none', 0)",
])
def test_raw_sql_cannot_bypass_journal(store, statement):
    add_staff(store)
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(text(statement))
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 1
        assert session.scalar(select(Staff.phone)) is None


def test_orm_bulk_update_cannot_bypass_journal(store):
    add_staff(store)
    with pytest.raises(IntegrityError), store.sessions.begin() as session:
        session.execute(update(Staff).values(phone="1"))


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__tablename__)
def test_every_synced_table_is_guarded(store, model):
    table = model.__tablename__
    with store.engine.connect() as connection:
        names = set(connection.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"
        ), {"t": table}))
    if table == "audit_event":  # append-only: no update or delete at all, journaled or not
        assert names == {"journal_guard_audit_event_insert", "audit_event_no_update",
                         "audit_event_no_delete"}
        return
    assert names == {f"journal_guard_{table}_{op}" for op in ("insert", "update", "delete")}


def test_every_synced_model_journals_through_orm(store):
    """Create one record of each synced kind; each gets exactly its own insert entry."""
    from app.models import Course, CourseSession
    from app.models.records import enroll_participant, enroll_staff, mark_attendance

    with store.sessions.begin() as session:
        person = create(session, Staff, full_name="Giàng A Páo", commune_code=MUONG_PHANG)
        create(session, Equipment, category="laptop", commune_code=MUONG_PHANG)
        course = create(session, Course, title="Tin học cơ bản", start_date=date(2026, 3, 2),
                        commune_code=MUONG_PHANG)
        session.flush()
        meeting = create(session, CourseSession, course_id=course.id,
                         session_date=date(2026, 3, 2), partition=course.partition)
        enrolment = enroll_staff(session, course, person)
        guest = enroll_participant(session, course, "Hà Thị Lan")
        session.flush()
        mark_attendance(session, meeting, enrolment, "present")
        mark_attendance(session, meeting, guest, "late")
    counts: dict[str, int] = {}
    for entry in journal(store):
        counts[entry.table_name] = counts.get(entry.table_name, 0) + 1
    assert counts == {
        "staff": 1, "equipment": 1, "equipment_status_event": 1, "course": 1,
        "course_session": 1, "enrollment": 2, "attendance": 2,
    }


def test_status_change_is_history_from_any_path(store):
    with store.sessions.begin() as session:
        item = create(session, Equipment, category="printer", commune_code=MUONG_PHANG)
    with store.sessions.begin() as session:
        change_status(session, session.get(Equipment, item.id), "under_repair", note="Kẹt giấy")
    with store.sessions.begin() as session:
        session.get(Equipment, item.id).status = "broken"  # plain assignment, no helper
    with store.sessions() as session:
        events = session.scalars(select(StatusEvent).where(StatusEvent.equipment_id == item.id)
                                 .order_by(StatusEvent.hlc)).all()
    assert [e.status for e in events] == ["in_use", "under_repair", "broken"]
    assert events[1].note == "Kẹt giấy"


def test_clock_never_goes_back(store, monkeypatch):
    monkeypatch.setattr(hlc_module, "now_ms", lambda: 2_000_000_000_000)
    add_staff(store)
    monkeypatch.setattr(hlc_module, "now_ms", lambda: 1_000_000_000_000)  # clock set back
    add_staff(store)
    first, second = journal(store)
    assert second.hlc > first.hlc
    assert hlc_module.Stamp.decode(second.hlc).wall_ms == 2_000_000_000_000


def test_clock_survives_reopen(tmp_path, monkeypatch):
    monkeypatch.setattr(hlc_module, "now_ms", lambda: 2_000_000_000_000)
    store = make_store(tmp_path)
    add_staff(store)
    store.close()
    monkeypatch.setattr(hlc_module, "now_ms", lambda: 1_000_000_000_000)
    reopened = Store(tmp_path / "commune-it.sqlite3")
    add_staff(reopened)
    first, second = journal(reopened)
    reopened.close()
    assert second.hlc > first.hlc


def test_write_before_setup_is_refused(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(NotSetUpError), store.sessions.begin() as session:
        create(session, Staff, full_name="A", commune_code=MUONG_PHANG)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0
    store.close()


def test_journal_values_are_json(store):
    add_staff(store, birth_date=date(1990, 1, 31))
    [entry] = journal(store)
    assert json.loads(entry.changes)["birth_date"] == "1990-01-31"


def test_office_laptop_cannot_write_another_commune(store):
    from app.models.scope import ScopeError

    with pytest.raises(ScopeError), store.sessions.begin() as session:
        create(session, Staff, full_name="Lò Văn B", commune_code="03328")
    assert journal(store) == []


def test_trainer_laptop_writes_training_only(tmp_path):
    from app.models import Course
    from app.models.scope import ScopeError

    store = make_store(tmp_path, communes=(MUONG_PHANG, "03328"), trainer=True)
    with pytest.raises(ScopeError, match="đào tạo"), store.sessions.begin() as session:
        create(session, Staff, full_name="Lò Văn B", commune_code=MUONG_PHANG)
    with store.sessions.begin() as session:
        create(session, Course, title="Chữ ký số", start_date=date(2026, 5, 4),
               partition="province:11")
        create(session, Course, title="Dịch vụ công", start_date=date(2026, 5, 4),
               commune_code="03328")
    with pytest.raises(ScopeError), store.sessions.begin() as session:
        create(session, Course, title="Xã khác", start_date=date(2026, 5, 4),
               commune_code="03352")
    assert [e.table_name for e in journal(store)] == ["course", "course"]
    store.close()


def test_linked_records_made_in_one_flush(store):
    """Ids and partitions exist from construction, and parents are inserted first."""
    from app.models import Course, CourseSession
    from app.models.records import enroll_staff, mark_attendance

    with store.sessions.begin() as session:
        person = create(session, Staff, full_name="Vừ A Dơ", commune_code=MUONG_PHANG)
        assert person.id and person.partition == f"commune:{MUONG_PHANG}"
        item = create(session, Equipment, category="desktop", commune_code=MUONG_PHANG,
                      holder_id=person.id, acquired_date=date(2019, 8, 1))
        course = create(session, Course, title="Chữ ký số", start_date=date(2026, 4, 1),
                        commune_code=MUONG_PHANG)
        meeting = create(session, CourseSession, course_id=course.id, partition=course.partition,
                         session_date=date(2026, 4, 1))
        mark_attendance(session, meeting, enroll_staff(session, course, person), "present")
    with store.sessions() as session:
        events = session.scalars(select(StatusEvent).where(StatusEvent.equipment_id == item.id)
                                 .order_by(StatusEvent.hlc)).all()
    # the first status of an item made with its purchase date is dated that day
    assert [(e.status, e.changed_on) for e in events] == [("in_use", date(2019, 8, 1))]
