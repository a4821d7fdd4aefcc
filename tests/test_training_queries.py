"""Training queries and writes for the window, on real stores: what a device sees of
courses, sessions, enrolments and marks (its read scope), who may be enrolled, the
attendance rates (hand-computed), and the writes' checks and soft deletes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Attendance, Course, CourseSession, Enrollment, Staff, records
from app.models import training_ops as ops
from app.models import training_queries as q
from app.models.errors import ValidationError
from app.models.store import Store
from app.models.training import attendance_id
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store
from tests.sync_helpers import ship

TODAY = date(2026, 3, 10)


def add_staff(store: Store, commune: str, *names: str) -> list[str]:
    with store.sessions.begin() as s:
        people = [records.create(s, Staff, full_name=n, commune_code=commune, unit="office",
                                 position="Chuyên viên") for n in names]
        return [p.id for p in people]


def course(store: Store, title: str = "Tin học cơ bản", start: date = date(2026, 3, 2),
           end: date | None = date(2026, 3, 20)) -> str:
    with store.sessions.begin() as s:
        return ops.create_course(s, ops.CourseValues(title=title, start_date=start,
                                                     end_date=end)).id


def session_on(store: Store, course_id: str, day: date) -> str:
    with store.sessions.begin() as s:
        return ops.add_session(s, course_id, ops.LessonValues(day, "07:30", None, 3)).id


def write(store: Store, operation, *args):
    with store.sessions.begin() as s:
        made = operation(s, *args)
        return getattr(made, "id", None)


def scope_of(store: Store) -> q.TrainingScope:
    with store.sessions() as s:
        return q.training_scope(s)


def read(store: Store, query, *args):
    with store.sessions() as s:
        return query(s, q.training_scope(s), *args)


@pytest.fixture
def office(tmp_path: Path):
    store = make_store(tmp_path / "office")
    yield store
    store.close()


@pytest.fixture
def trainer_world(tmp_path: Path):
    """A trainer's laptop for both communes, holding each office's officials (shipped)."""
    muong, thanh = make_store(tmp_path / "mp"), make_store(tmp_path / "tn", (THANH_NUA,))
    add_staff(muong, MUONG_PHANG, "Lò Văn Bình", "Quàng Thị Én")
    add_staff(thanh, THANH_NUA, "Cà Văn Anh")
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True)
    ship(muong, trainer)
    ship(thanh, trainer)
    yield trainer, muong
    for store in (muong, thanh, trainer):
        store.close()


# --- scope and course list -----------------------------------------------------------------
def test_scope_of_an_office_and_a_trainer(office, trainer_world) -> None:
    scope = scope_of(office)
    assert scope.role == "office" and not scope.makes_province_courses
    assert scope.reads == {"commune:03325", "province:11"}
    assert scope.writes == {"commune:03325"}
    trainer = scope_of(trainer_world[0])
    assert trainer.makes_province_courses
    assert trainer.writes == {"commune:03325", "commune:03328", "province:11"}


def test_a_new_course_belongs_where_the_device_runs_courses(office, trainer_world) -> None:
    commune_course = course(office)
    province_course = course(trainer_world[0])
    with office.sessions() as s:
        made = s.get(Course, commune_course)
        assert (made.commune_code, made.partition) == (MUONG_PHANG, "commune:03325")
    with trainer_world[0].sessions() as s:
        made = s.get(Course, province_course)
        assert (made.commune_code, made.partition) == (None, "province:11")
    [row] = read(trainer_world[0], q.course_rows)
    assert row.commune_code is None and row.commune_name is None


def test_course_rows_count_live_sessions_and_people(office) -> None:
    anh, binh, chi = add_staff(office, MUONG_PHANG, "Lò Văn Anh", "Cà Văn Bình", "Lò Thị Chi")
    course_id = course(office)
    first = session_on(office, course_id, date(2026, 3, 2))
    dropped = session_on(office, course_id, date(2026, 3, 3))
    write(office, ops.delete_session, dropped)
    for person in (anh, binh, chi):
        write(office, ops.enroll_official, course_id, person)
    write(office, ops.enroll_outsider, course_id, "Giàng A Pao", "Trường tiểu học")
    with office.sessions.begin() as s:
        records.soft_delete(s.get(Staff, chi))  # erased personal data: left out
    older = course(office, "An toàn thông tin", date(2025, 11, 3), None)
    rows = read(office, q.course_rows)
    assert [r.id for r in rows] == [course_id, older]  # newest first
    assert (rows[0].session_count, rows[0].enrolled_count) == (1, 3)
    assert (rows[1].session_count, rows[1].enrolled_count) == (0, 0)
    assert rows[0].commune_name == "Xã Mường Phăng"
    assert "tin hoc co ban" in rows[0].search_key
    assert [s.id for s in read(office, lambda s, _scope, c: q.course_sessions(s, c),
                                course_id)] == [first]


def test_another_communes_course_is_not_seen(office, tmp_path) -> None:
    other = make_store(tmp_path / "tn", (THANH_NUA,))
    try:
        course(other, "Lớp của Thanh Nưa")
        ship(other, office)
        assert read(office, q.course_rows) == []
    finally:
        other.close()


# --- enrolments and candidates ---------------------------------------------------------------
def test_enrolments_officials_first_in_vietnamese_order(office) -> None:
    people = add_staff(office, MUONG_PHANG, "Quàng Văn Út", "Lò Thị Ánh", "Lò Văn Bình")
    course_id = course(office)
    write(office, ops.enroll_outsider, course_id, "Vàng A Dũng", "Đồn Biên phòng")
    for person in people:
        write(office, ops.enroll_official, course_id, person)
    rows = read(office, q.course_enrolments, course_id)
    assert [r.name for r in rows] == ["Lò Thị Ánh", "Lò Văn Bình", "Quàng Văn Út",
                                      "Vàng A Dũng"]
    assert [r.outside for r in rows] == [False, False, False, True]
    assert rows[0].unit == "office" and rows[0].commune_code == MUONG_PHANG
    assert rows[3].unit == "Đồn Biên phòng" and rows[3].partition == "commune:03325"


def test_candidates_of_a_commune_course_are_its_unenrolled_officials(office) -> None:
    anh, binh, gone = add_staff(office, MUONG_PHANG, "Lò Văn Anh", "Cà Văn Bình", "Lò Văn Cường")
    with office.sessions.begin() as s:
        records.soft_delete(s.get(Staff, gone))
    course_id = course(office)
    write(office, ops.enroll_official, course_id, anh)
    assert [c.id for c in read(office, q.enrolment_candidates, course_id)] == [binh]
    assert read(office, q.enrolment_candidates, "no-such-course") == []


def test_officials_who_left_before_a_course_are_not_offered(office) -> None:
    """Cường left on 2 March, the first day of this year's course (so he is not offered),
    after last November's course (so he may still be entered in it)."""
    anh, cuong = add_staff(office, MUONG_PHANG, "Lò Văn Anh", "Quàng Văn Cường")
    with office.sessions.begin() as s:
        s.get(Staff, cuong).service_end = date(2026, 3, 2)
    this_year = course(office)  # from 2 March 2026
    last_year = course(office, "An toàn thông tin", date(2025, 11, 3), date(2025, 11, 7))
    assert [c.id for c in read(office, q.enrolment_candidates, this_year)] == [anh]
    assert [c.id for c in read(office, q.enrolment_candidates, last_year)] == [anh, cuong]


def test_a_mark_on_a_session_still_to_come_is_refused(office) -> None:
    [anh] = add_staff(office, MUONG_PHANG, "Lò Văn Anh")
    today = date.today()
    course_id = course(office, start=today, end=today + timedelta(days=5))
    first, second = (session_on(office, course_id, today + timedelta(days=n)) for n in (0, 1))
    enrolment = write(office, ops.enroll_official, course_id, anh)
    write(office, ops.set_mark, first, enrolment, "present")
    with pytest.raises(ValidationError, match="chưa diễn ra"):
        write(office, ops.set_mark, second, enrolment, "present")
    with office.sessions() as s:
        assert s.get(Attendance, attendance_id(second, enrolment)) is None
    write(office, ops.set_mark, second, enrolment, None)  # nothing to clear: no error


def test_province_course_candidates_come_from_every_commune(trainer_world) -> None:
    trainer, _ = trainer_world
    province = course(trainer, "Lớp tỉnh")
    names = [c.full_name for c in read(trainer, q.enrolment_candidates, province)]
    assert names == ["Cà Văn Anh", "Lò Văn Bình", "Quàng Thị Én"]
    assert {c.commune_code for c in read(trainer, q.enrolment_candidates, province)} == {
        MUONG_PHANG, THANH_NUA}


def test_a_commune_course_refuses_another_communes_official(trainer_world) -> None:
    trainer, _ = trainer_world
    with trainer.sessions.begin() as s:
        thanh_nua_course = records.create(
            s, Course, title="Lớp của xã Thanh Nưa", start_date=TODAY, commune_code=THANH_NUA)
        course_id = thanh_nua_course.id
    binh = next(c.id for c in read(trainer, q.enrolment_candidates, course(trainer))
                if c.full_name == "Lò Văn Bình")
    assert [c.full_name for c in read(trainer, q.enrolment_candidates, course_id)] == [
        "Cà Văn Anh"]
    with pytest.raises(ValidationError, match="chỉ nhận cán bộ của xã đó"):
        write(trainer, ops.enroll_official, course_id, binh)


def test_an_official_enrolled_in_a_province_course_belongs_to_their_commune(trainer_world
                                                                            ) -> None:
    trainer, _ = trainer_world
    province = course(trainer, "Lớp tỉnh")
    candidates = read(trainer, q.enrolment_candidates, province)
    for person in candidates:
        write(trainer, ops.enroll_official, province, person.id)
    people = read(trainer, q.course_enrolments, province)
    assert {p.partition for p in people} == {"commune:03325", "commune:03328"}
    assert read(trainer, q.enrolment_candidates, province) == []


# --- the matrix, marks and rates -------------------------------------------------------------
@pytest.fixture
def marked(office):
    """Three sessions (two held by TODAY), two officials and an outsider, some marks."""
    anh, binh = add_staff(office, MUONG_PHANG, "Lò Văn Anh", "Cà Văn Bình")
    course_id = course(office)
    days = [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]  # the last is after TODAY
    sessions = [session_on(office, course_id, day) for day in days]
    people = [write(office, ops.enroll_official, course_id, anh),
              write(office, ops.enroll_official, course_id, binh),
              write(office, ops.enroll_outsider, course_id, "Giàng A Pao", None)]
    marks = {(0, 0): "present", (0, 1): "late", (0, 2): "excused",  # Anh
             (1, 0): "absent", (1, 1): "excused",  # Bình
             (2, 0): "present"}  # Pao: session 2 unmarked
    for (person, sess), status in marks.items():
        write(office, ops.set_mark, sessions[sess], people[person], status)
    return office, course_id, sessions, people


def test_matrix_holds_live_sessions_people_and_marks(marked) -> None:
    store, course_id, sessions, people = marked
    matrix = read(store, q.attendance_matrix, course_id)
    assert [s.id for s in matrix.sessions] == sessions
    assert [p.name for p in matrix.people] == ["Lò Văn Anh", "Cà Văn Bình", "Giàng A Pao"]
    assert matrix.marks[(people[0], sessions[1])] == "late"
    assert (people[2], sessions[1]) not in matrix.marks
    assert len(matrix.marks) == 6


def test_rates_count_held_sessions_and_unmarked_as_not_attended(marked) -> None:
    store, course_id, sessions, people = marked
    m = read(store, q.attendance_matrix, course_id)
    anh, binh, pao = people
    # Anh: present + late of 2 held (the excused mark is in a session still to come).
    assert q.person_rate(m.marks, anh, m.sessions, TODAY) == 1.0
    assert q.person_rate(m.marks, binh, m.sessions, TODAY) == 0.0
    assert q.person_rate(m.marks, pao, m.sessions, TODAY) == 0.5  # unmarked counts as not
    first, second, third = m.sessions
    assert q.session_rate(m.marks, first, m.people, TODAY) == pytest.approx(2 / 3)
    assert q.session_rate(m.marks, second, m.people, TODAY) == pytest.approx(1 / 3)
    assert q.session_rate(m.marks, third, m.people, TODAY) is None  # not held yet
    assert q.course_rate(m.marks, m.sessions, m.people, TODAY) == pytest.approx(3 / 6)
    before = date(2026, 3, 1)
    assert q.person_rate(m.marks, anh, m.sessions, before) is None
    assert q.course_rate(m.marks, m.sessions, (), TODAY) is None


def test_clearing_a_mark_soft_deletes_it_and_marking_again_revives_it(marked) -> None:
    store, course_id, sessions, people = marked
    write(store, ops.set_mark, sessions[0], people[0], None)
    mark_id = attendance_id(sessions[0], people[0])
    with store.sessions() as s:
        assert s.get(Attendance, mark_id).deleted
    assert (people[0], sessions[0]) not in read(store, q.attendance_matrix, course_id).marks
    write(store, ops.set_mark, sessions[0], people[0], "late")
    with store.sessions() as s:
        mark = s.get(Attendance, mark_id)
        assert (mark.deleted, mark.status) == (False, "late")
    write(store, ops.set_mark, sessions[1], people[2], None)  # nothing to clear: no error
    with pytest.raises(ValidationError):
        write(store, ops.set_mark, sessions[0], people[0], "sick")


def test_removing_someone_or_a_session_soft_deletes_their_marks(marked) -> None:
    store, course_id, sessions, people = marked
    write(store, ops.remove_enrolment, people[0])
    write(store, ops.delete_session, sessions[0])
    with store.sessions() as s:
        live = s.scalars(select(Attendance).where(Attendance.deleted.is_(False))).all()
        assert {(a.enrollment_id, a.session_id) for a in live} == {(people[1], sessions[1])}
        assert s.get(Enrollment, people[0]).deleted and s.get(CourseSession, sessions[0]).deleted
    matrix = read(store, q.attendance_matrix, course_id)
    assert len(matrix.people) == 2 and len(matrix.sessions) == 2


# --- the writes' checks ----------------------------------------------------------------------
def test_course_values_are_checked(office) -> None:
    with pytest.raises(ValidationError, match="Cần tên khóa học"):
        course(office, "   ")
    with pytest.raises(ValidationError, match="Ngày kết thúc"):
        course(office, start=TODAY, end=TODAY - timedelta(days=1))
    with office.sessions.begin() as s, pytest.raises(ValidationError, match="Số giờ"):
        ops.create_course(s, ops.CourseValues("Lớp", TODAY, hours=-2))


def test_sessions_stay_within_their_course(office) -> None:
    course_id = course(office, start=date(2026, 3, 2), end=date(2026, 3, 20))
    with pytest.raises(ValidationError, match="trong thời gian của khóa học"):
        session_on(office, course_id, date(2026, 3, 21))
    with office.sessions.begin() as s, pytest.raises(ValidationError, match="giờ:phút"):
        ops.add_session(s, course_id, ops.LessonValues(date(2026, 3, 3), "7h30"))
    session_on(office, course_id, date(2026, 3, 18))
    with pytest.raises(ValidationError, match="ngoài thời gian mới"):
        write(office, ops.update_course, course_id,
              ops.CourseValues("Tin học cơ bản", date(2026, 3, 2), date(2026, 3, 10)))


def test_a_course_with_people_is_not_deleted(office) -> None:
    [anh] = add_staff(office, MUONG_PHANG, "Lò Văn Anh")
    course_id = course(office)
    session_id = session_on(office, course_id, date(2026, 3, 2))
    enrolment = write(office, ops.enroll_official, course_id, anh)
    with pytest.raises(ValidationError, match="bỏ ghi danh"):
        write(office, ops.delete_course, course_id)
    write(office, ops.remove_enrolment, enrolment)
    write(office, ops.delete_course, course_id)
    with office.sessions() as s:
        assert s.get(Course, course_id).deleted and s.get(CourseSession, session_id).deleted
    assert read(office, q.course_rows) == []
    with pytest.raises(ValidationError, match="Không tìm thấy"):
        write(office, ops.update_course, course_id, ops.CourseValues("X", TODAY))
