"""Merging peers' changes: per-field versions, conflicts kept for review, idempotence."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import Conflict, JournalEntry, Staff
from app.models import hlc as hlc_module
from app.models.records import create, soft_delete
from app.sync.merge import ClockDriftError, MergeError
from tests.helpers import MUONG_PHANG, make_store
from tests.sync_helpers import ops_of, ship


@pytest.fixture
def pair(tmp_path):
    a = make_store(tmp_path / "a", name="Máy A")
    b = make_store(tmp_path / "b", name="Máy B")
    yield a, b
    a.close()
    b.close()


def add_person(store, **values) -> str:
    with store.sessions.begin() as session:
        return create(session, Staff, full_name="Lò Văn Thắng", commune_code=MUONG_PHANG,
                      **values).id


def edit(store, staff_id: str, **values) -> None:
    with store.sessions.begin() as session:
        person = session.get(Staff, staff_id)
        for key, value in values.items():
            setattr(person, key, value)


def person(store, staff_id: str) -> Staff:
    with store.sessions() as session:
        return session.get(Staff, staff_id)


def conflicts(store) -> list[Conflict]:
    with store.sessions() as session:
        return list(session.scalars(select(Conflict)))


def journal_size(store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(JournalEntry))


def test_new_record_reaches_peer_with_its_values(pair):
    a, b = pair
    staff_id = add_person(a, birth_date=date(1985, 3, 2), it_certificate="b")
    result = ship(a, b)
    assert (result.applied, result.conflicts) == (1, 0)
    copy = person(b, staff_id)
    assert (copy.full_name, copy.birth_date, copy.it_certificate) == (
        "Lò Văn Thắng", date(1985, 3, 2), "b")
    assert (copy.hlc, copy.device_id) == (person(a, staff_id).hlc, person(a, staff_id).device_id)


def test_same_changes_twice_change_nothing(pair):
    a, b = pair
    add_person(a)
    ship(a, b)
    size = journal_size(b)
    again = ship(a, b)
    assert (again.applied, again.duplicates) == (0, 1)
    assert journal_size(b) == size


def test_edits_of_different_fields_both_survive(pair):
    a, b = pair
    staff_id = add_person(a)
    ship(a, b)
    edit(a, staff_id, phone="0912000111")
    edit(b, staff_id, it_certificate="basic")
    ship(a, b)
    ship(b, a)
    for store in (a, b):
        copy = person(store, staff_id)
        assert (copy.phone, copy.it_certificate) == ("0912000111", "basic")
        assert conflicts(store) == []


def test_concurrent_edits_of_one_field_converge_and_keep_the_loser(pair, monkeypatch):
    a, b = pair
    staff_id = add_person(a)
    ship(a, b)
    edit(a, staff_id, phone="0911111111")
    edit(b, staff_id, phone="0922222222")  # made later: its stamp is higher
    ship(a, b)
    ship(b, a)
    assert person(a, staff_id).phone == person(b, staff_id).phone == "0922222222"
    for store in (a, b):
        [conflict] = conflicts(store)
        assert (conflict.field, conflict.kept_value, conflict.lost_value) == (
            "phone", '"0922222222"', '"0911111111"')
        assert conflict.resolved_at is None


def test_later_edit_after_seeing_the_first_is_no_conflict(pair):
    a, b = pair
    staff_id = add_person(a)
    ship(a, b)
    edit(a, staff_id, phone="0911111111")
    ship(a, b)
    edit(b, staff_id, phone="0922222222")  # B had seen A's value
    ship(b, a)
    assert person(a, staff_id).phone == "0922222222"
    assert conflicts(a) == [] and conflicts(b) == []


def test_edit_against_delete_keeps_the_record_and_reports_it(pair):
    a, b = pair
    staff_id = add_person(a)
    ship(a, b)
    with a.sessions.begin() as session:
        soft_delete(session.get(Staff, staff_id))
    edit(b, staff_id, phone="0933333333")  # B had not seen the delete
    ship(a, b)
    ship(b, a)
    for store in (a, b):
        copy = person(store, staff_id)
        assert (copy.deleted, copy.phone) == (False, "0933333333")
        assert [c.field for c in conflicts(store)] == ["deleted"]


def test_delete_after_seeing_every_edit_deletes_everywhere(pair):
    a, b = pair
    staff_id = add_person(a)
    ship(a, b)
    edit(b, staff_id, phone="0933333333")
    ship(b, a)
    with a.sessions.begin() as session:
        soft_delete(session.get(Staff, staff_id))
    ship(a, b)
    assert person(a, staff_id).deleted and person(b, staff_id).deleted
    assert conflicts(a) == [] and conflicts(b) == []


def test_change_to_unknown_record_waits_for_earlier_bundle(pair):
    a, b = pair
    staff_id = add_person(a)
    edit(a, staff_id, phone="0911111111")
    insert_op, update_op = ops_of(a)
    with pytest.raises(MergeError, match="gói trước"):
        ship(a, b, [update_op])
    assert journal_size(b) == 0
    ship(a, b, [insert_op])
    ship(a, b, [update_op])
    assert person(b, staff_id).phone == "0911111111"


def test_older_change_arriving_late_still_fills_its_fields(pair):
    a, b = pair
    staff_id = add_person(a)
    edit(a, staff_id, phone="0911111111")
    edit(a, staff_id, email="thang@muongphang.gov.vn")
    insert_op, phone_op, email_op = ops_of(a)
    ship(a, b, [insert_op, email_op])
    ship(a, b, [phone_op])
    copy = person(b, staff_id)
    assert (copy.phone, copy.email) == ("0911111111", "thang@muongphang.gov.vn")
    assert conflicts(b) == []


def test_stamp_far_in_the_future_is_refused(pair, monkeypatch):
    a, b = pair
    two_years = 2 * 365 * 86_400_000
    real = hlc_module.now_ms()
    monkeypatch.setattr(hlc_module, "now_ms", lambda: real + two_years)
    add_person(a)
    monkeypatch.setattr(hlc_module, "now_ms", lambda: real)
    with pytest.raises(ClockDriftError, match="chạy nhanh"):
        ship(a, b)
    assert journal_size(b) == 0


def test_receiving_moves_the_clock_forward(pair, monkeypatch):
    a, b = pair
    real = hlc_module.now_ms()
    monkeypatch.setattr(hlc_module, "now_ms", lambda: real + 3_600_000)  # A is an hour ahead
    staff_id = add_person(a)
    monkeypatch.setattr(hlc_module, "now_ms", lambda: real)
    ship(a, b)
    edit(b, staff_id, phone="0944444444")  # B's edit comes after A's in stamp order
    assert person(b, staff_id).hlc > person(a, staff_id).hlc


def test_officer_resolves_a_conflict_by_choosing_the_other_value(pair):
    from app.sync.status import open_conflicts, resolve, status

    a, b = pair
    staff_id = add_person(a)
    ship(a, b)
    edit(a, staff_id, phone="0911111111")
    edit(b, staff_id, phone="0922222222")
    ship(a, b)
    with b.sessions() as session:
        [view] = open_conflicts(session)
        assert (view.field, view.kept_value, view.lost_value) == (
            "phone", "0922222222", "0911111111")
        assert status(session).open_conflicts == 1
    with b.sessions.begin() as session:
        resolve(session, view.id, "lost")
    assert person(b, staff_id).phone == "0911111111"
    with b.sessions() as session:
        assert open_conflicts(session) == []
    ship(b, a)  # the choice is a new edit: it wins on the other copy too
    assert person(a, staff_id).phone == "0911111111"


def test_attendance_marks_never_conflict_the_later_mark_counts(pair):
    from app.models import Attendance, Course, CourseSession, Enrollment
    from app.models.records import enroll_staff, mark_attendance

    a, b = pair
    with a.sessions.begin() as session:
        person = create(session, Staff, full_name="Vừ A Dơ", commune_code=MUONG_PHANG)
        course = create(session, Course, title="Chữ ký số", start_date=date(2026, 5, 4),
                        commune_code=MUONG_PHANG)
        meeting = create(session, CourseSession, course_id=course.id,
                         partition=course.partition, session_date=date(2026, 5, 4))
        enrolment = enroll_staff(session, course, person)
        mark_attendance(session, meeting, enrolment, "absent")
    ship(a, b)
    for store, status in ((a, "late"), (b, "present")):  # b marks last
        with store.sessions.begin() as session:
            mark_attendance(session, session.get(CourseSession, meeting.id),
                            session.get(Enrollment, enrolment.id), status)
    ship(a, b)
    ship(b, a)
    for store in (a, b):
        with store.sessions() as session:
            assert [m.status for m in session.scalars(select(Attendance))] == ["present"]
        assert conflicts(store) == []
