"""What has not happened yet counts for nothing: a mark on a session dated tomorrow, and an
official whose service has ended, on real stores, the real command line and the real window.

A mark made ahead can still reach a laptop: the trainer's laptop of an older version wrote
one, and sync must take what other devices send. The office keeps it, but its overview does
not count the official as trained, its own writes (the model, ``import attendance``) refuse
such marks, and an export of what it holds imports again unchanged. The staff list opens
on the officials in service, with the overview's count, and former officials are one
filter choice away.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.demo import fill_demo
from app.models import Attendance, Course, CourseSession, Enrollment, Staff, records
from app.models import training_ops as ops
from app.models import training_queries as q
from app.models.errors import ValidationError
from app.models.indicators import commune_indicators
from app.models.store import Store
from app.models.training import attendance_id
from app.ui.itemmodels.rows import COL_NAME
from app.ui.pages.equipment.view import EquipmentPage
from tests.helpers import DB_NAME, MUONG_PHANG, make_store
from tests.sync_helpers import ship
from tests.ui_helpers import office_store, open_page, open_window, runner_with_area

TODAY = date.today()
YESTERDAY, TOMORROW = TODAY - timedelta(days=1), TODAY + timedelta(days=1)
CLI = Path(sys.executable).parent / "commune-it"
NOT_YET = "chưa diễn ra"


# --- a mark made ahead, on the trainer's laptop, synced to the office -----------------------
@pytest.fixture
def world(tmp_path: Path):
    """The office of Mường Phăng with one official in service, and a trainer's laptop that
    received him and runs a province course held yesterday and tomorrow. The trainer's
    laptop marks him present at both, the second straight through the ORM as a version
    without the check did; the office then receives everything."""
    office = make_store(tmp_path / "office")
    with office.sessions.begin() as s:
        anh = records.create(s, Staff, full_name="Lò Văn Anh", commune_code=MUONG_PHANG,
                             it_certificate="none").id
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG,), trainer=True, name="Máy GV")
    ship(office, trainer)
    with trainer.sessions.begin() as s:
        course = ops.create_course(s, ops.CourseValues("Kỹ năng số cơ bản", YESTERDAY))
        held = ops.add_session(s, course.id, ops.LessonValues(YESTERDAY))
        ahead = ops.add_session(s, course.id, ops.LessonValues(TOMORROW))
        enrolment = ops.enroll_official(s, course.id, anh)
        s.flush()
        ops.set_mark(s, held.id, enrolment.id, "present")
        s.add(Attendance(id=attendance_id(ahead.id, enrolment.id), session_id=ahead.id,
                         enrollment_id=enrolment.id, status="present",
                         partition=enrolment.partition))
        ids = dict(course=course.id, held=held.id, ahead=ahead.id, enrolment=enrolment.id,
                   anh=anh)
    ship(trainer, office)
    yield office, ids
    for store in (office, trainer):
        store.close()


def trained(store: Store, today: date) -> int:
    with store.sessions() as s:
        return commune_indicators(s, [MUONG_PHANG], today=today)[0].trained_this_year


def test_sync_keeps_a_mark_made_ahead_and_the_indicators_do_not_count_it(world) -> None:
    office, ids = world
    with office.sessions() as s:
        mark = s.get(Attendance, attendance_id(ids["ahead"], ids["enrolment"]))
        assert mark is not None and mark.status == "present" and not mark.deleted
        matrix = q.attendance_matrix(s, q.training_scope(s), ids["course"])
    # Held yesterday only: present there, so trained; the rate counts the one held session.
    assert trained(office, TODAY) == 1
    assert q.person_rate(matrix.marks, ids["enrolment"], matrix.sessions, TODAY) == 1.0
    with office.sessions.begin() as s:  # now only the early mark is left
        ops.set_mark(s, ids["held"], ids["enrolment"], None)
    assert trained(office, TODAY) == 0  # present tomorrow is not trained today
    assert trained(office, TOMORROW) == 1  # the day comes


def test_the_model_refuses_a_mark_on_a_session_still_to_come(world) -> None:
    office, ids = world
    with office.sessions.begin() as s:
        course = ops.create_course(s, ops.CourseValues("Chữ ký số", TODAY))
        today_session = ops.add_session(s, course.id, ops.LessonValues(TODAY))
        tomorrow_session = ops.add_session(s, course.id, ops.LessonValues(TOMORROW))
        enrolment = ops.enroll_official(s, course.id, ids["anh"])
        ids.update(mine=course.id, today=today_session.id, tomorrow=tomorrow_session.id,
                   enrolled=enrolment.id)
    for session_id, enrolment_id in ((ids["tomorrow"], ids["enrolled"]),
                                     (ids["ahead"], ids["enrolment"])):
        with pytest.raises(ValidationError) as refusal, office.sessions.begin() as s:
            ops.set_mark(s, session_id, enrolment_id, "late")
        assert str(refusal.value) == (f"Buổi học ngày {TOMORROW:%d/%m/%Y} chưa diễn ra; chỉ "
                                      "điểm danh được từ ngày học trở đi.")
    with office.sessions() as s:
        assert s.get(Attendance, attendance_id(ids["tomorrow"], ids["enrolled"])) is None
        assert s.get(Attendance, attendance_id(ids["ahead"], ids["enrolment"])).status == \
            "present"  # the synced mark is left as it was
    with office.sessions.begin() as s:  # the domain's own function, with its day given
        sitting, enrolment = (s.get(CourseSession, ids["tomorrow"]),
                              s.get(Enrollment, ids["enrolled"]))
        with pytest.raises(ValidationError, match=NOT_YET):
            records.mark_attendance(s, sitting, enrolment, "present", TODAY)
        assert records.mark_attendance(s, sitting, enrolment, "present", TOMORROW).status == \
            "present"
    with office.sessions.begin() as s:
        ops.set_mark(s, ids["today"], ids["enrolled"], "present")  # held today: fine
        ops.set_mark(s, ids["ahead"], ids["enrolment"], None)  # a mark made ahead: cleared
    with office.sessions() as s:
        assert s.get(Attendance, attendance_id(ids["ahead"], ids["enrolment"])).deleted


# --- import attendance, through the command line -----------------------------------------------
def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CLI), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def count(store_dir: Path, model: type) -> int:
    store = Store(store_dir / DB_NAME)
    try:
        with store.sessions() as s:
            return s.scalar(select(func.count()).select_from(model).where(
                model.deleted.is_(False)))
    finally:
        store.close()


def test_import_refuses_a_mark_on_a_session_still_to_come_with_a_row_error(world, tmp_path
                                                                          ) -> None:
    office, ids = world
    data_dir = office.path.parent
    office.close()
    exported = tmp_path / "dao-tao.csv"
    assert cli(data_dir, "export", "training", str(exported)).returncode == 0
    rows = rows_of(exported)
    assert {r["session_date"] for r in rows} == {YESTERDAY.isoformat(), TOMORROW.isoformat()}
    # What the laptop holds imports again unchanged, the synced early mark included.
    again = cli(data_dir, "import", "attendance", str(exported))
    assert again.returncode == 0, again.stderr
    assert "0 mới, 0 cập nhật, 2 không đổi" in again.stdout

    # Changing the early mark, or a new course's mark for tomorrow, is refused by row.
    ahead = next(n for n, r in enumerate(rows) if r["session_date"] == TOMORROW.isoformat())
    rows[ahead]["status"] = "late"
    new = dict(rows[0], course_title="An toàn thông tin", course_start=TODAY.isoformat(),
               session_date=TOMORROW.strftime("%d/%m/%Y"), status="present")
    rows.append(new)
    before = (count(data_dir, Attendance), count(data_dir, Course))
    result = cli(data_dir, "import", "attendance", str(write_rows(tmp_path / "bad.csv", rows)))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    for row in (ahead + 2, len(rows) + 1):  # the header is row 1
        assert any(line.startswith(f"Dòng {row}, cột session_date: Buổi học ngày "
                                   f"{TOMORROW:%d/%m/%Y} {NOT_YET}") for line in lines), lines
    assert len([line for line in lines if line.startswith("Dòng")]) == 2, lines
    assert (count(data_dir, Attendance), count(data_dir, Course)) == before

    # The same new course held today imports.
    new["session_date"] = TODAY.isoformat()
    good = cli(data_dir, "import", "attendance", str(write_rows(tmp_path / "ok.csv", [new])))
    assert good.returncode == 0, good.stderr
    assert count(data_dir, Course) == before[1] + 1


# --- the staff list against the overview, in the window -------------------------------------------
PEOPLE = [  # name, certificate, end of service
    ("Lò Văn Anh", "none", None),
    ("Quàng Thị Bình", "basic", None),
    ("Cà Văn Cường", "none", TODAY),  # left today: a former official
    ("Giàng A Dua", "none", TOMORROW),  # leaves tomorrow: still in service
    ("Vừ Thị Én", "b", YESTERDAY),
]


@pytest.fixture
def staffed(tmp_path: Path):
    store = office_store(tmp_path / "data", [
        dict(full_name=name, it_certificate=certificate, service_end=end)
        for name, certificate, end in PEOPLE])
    yield store
    store.close()


def names(page) -> list[str]:
    return sorted(page.proxy.index(r, COL_NAME).data() for r in range(page.proxy.rowCount()))


def test_the_staff_list_shows_current_officials_and_counts_as_the_overview(
        qtbot, vietnamese, staffed) -> None:
    window = open_window(qtbot, staffed)
    window.show()
    qtbot.waitExposed(window)
    page, overview = window.staff_page, window.overview
    assert overview.cards["officials"].value.text() == "3"
    assert names(page) == ["Giàng A Dua", "Lò Văn Anh", "Quàng Thị Bình"]
    assert page.count_label.text() == "Đang hiển thị 3/3"
    assert not page.clear_button.isVisibleTo(page)
    bar = page.filter_bar
    assert [bar.combos["service"].itemText(n) for n in range(3)] == [
        "Cán bộ đang công tác", "Cán bộ đã thôi công tác", "Cán bộ đang và đã thôi công tác"]

    # Without an IT certificate: the overview's attention list, the same two.
    bar.choose("certificate", frozenset({"none"}))
    assert names(page) == ["Giàng A Dua", "Lò Văn Anh"]
    assert page.count_label.text() == "Đang hiển thị 2/3"
    uncertified = overview.attention_lists["uncertified"]
    assert uncertified.title().endswith("(2)") and len(uncertified.ids()) == 2
    bar.choose("certificate", None)

    bar.choose("service", frozenset({True}))
    assert names(page) == ["Cà Văn Cường", "Vừ Thị Én"]
    assert page.count_label.text() == "Đang hiển thị 2/2"
    assert page.clear_button.isVisibleTo(page)
    bar.choose("service", None)
    assert page.count_label.text() == "Đang hiển thị 5/5"
    page.retranslate()  # the language switch keeps the choice
    assert bar.combos["service"].currentData() is None and page.proxy.rowCount() == 5
    page.clear_button.click()  # back to the default: the officials in service
    assert page.count_label.text() == "Đang hiển thị 3/3"
    assert not page.clear_button.isVisibleTo(page)


def test_the_demo_staff_list_agrees_with_its_overview(qtbot, vietnamese, tmp_path) -> None:
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã")
    summary = fill_demo(store)
    try:
        window = open_window(qtbot, store)
        officials = int(window.overview.cards["officials"].value.text())
        assert officials < summary.staff, "the demo has officials who left service"
        page = window.staff_page
        assert page.count_label.text() == f"Đang hiển thị {officials}/{officials}"
        page.filter_bar.choose("service", None)
        assert page.proxy.rowCount() == summary.staff
    finally:
        store.close()


def test_an_item_is_handed_only_to_an_official_in_service(qtbot, staffed) -> None:
    runner = runner_with_area()
    try:
        page = open_page(qtbot, EquipmentPage, staffed, runner)
        page.new_action.trigger()
        assert runner.wait()
        holder = page.form.fields["holder_id"]
        offered = sorted(c.text.split(" — ")[0] for c in holder.choice_model.choices()
                         if c.value)
        assert offered == ["Giàng A Dua", "Lò Văn Anh", "Quàng Thị Bình"]
        page.form.done(0)
    finally:
        runner.shutdown()
