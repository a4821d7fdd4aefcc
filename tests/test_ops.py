"""The operations layer on real SQLite stores: what the window and the command line call.

Each operation is one unit of work that hands back plain values (frozen rows, ids, small
dataclasses — never a database object or a session), so they are checked after the store
is closed. A write the store refuses leaves nothing behind (the journal and the tables as
they were), even when part of it had already been made; and a trainer's laptop, which
writes only training records, is refused the register with the catalogue's code.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.exchange import ImportFileError
from app.messages import catalogue
from app.models import Enrollment, Staff
from app.models.base import Base
from app.models.errors import ModelError, NotSetUpError, ValidationError
from app.models.journal import JournalEntry
from app.models.settings import DEFAULT_DEPARTMENT, LANGUAGE_KEY
from app.models.store import Store
from app.models.training_ops import CourseValues, LessonValues
from app.models.training_queries import CourseRow, LessonRow
from app.ops import commune, device, equipment, files, settings, staff, training
from app.ops.errors import OpsError
from tests.helpers import MUONG_PHANG, THANH_NUA, fresh_store, make_store

_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
TODAY = date.today()
PLAIN = (str, int, float, bool, bytes, date, datetime, type(None))


def plain(value: Any) -> bool:
    """Whether ``value`` is made of plain values only, all the way down."""
    if isinstance(value, Base | Session):
        return False
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return all(plain(getattr(value, f.name)) for f in dataclasses.fields(value))
    if isinstance(value, Mapping):
        return all(plain(k) and plain(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return all(plain(item) for item in value)
    return isinstance(value, PLAIN)


def journal_size(store: Store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(JournalEntry))


def refused(error: ModelError, code: str) -> None:
    """The refusal carries ``code``, which the catalogue knows in both languages."""
    assert error.code == code
    assert code in catalogue()
    assert not VIETNAMESE.search(error.text("en")), error.text("en")
    assert VIETNAMESE.search(error.text("vi")), error.text("vi")


@pytest.fixture
def office(tmp_path: Path):
    store = make_store(tmp_path / "office")
    yield store
    store.close()


@pytest.fixture
def trainer(tmp_path: Path):
    store = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True,
                       name="Máy giảng viên")
    yield store
    store.close()


# --- the device and its communes -----------------------------------------------------------
def test_setting_up_and_reading_the_device(tmp_path: Path) -> None:
    store = fresh_store(tmp_path / "new")
    with store:
        assert commune.window_context(store) is None
        with pytest.raises(NotSetUpError):
            device.require_set_up(store)
        provinces = commune.provinces(store)
        places = commune.communes_of(store, "11")
        assert plain(provinces) and plain(places)
        assert "11" in {p.code for p in provinces} and MUONG_PHANG in {c.code for c in places}
        with pytest.raises(ValidationError):  # an office laptop has one commune
            commune.set_up_device(store, [MUONG_PHANG, THANH_NUA], "Máy", trainer=False)
        assert commune.window_context(store) is None and journal_size(store) == 0
        assert commune.set_up_device(store, ["3325"], "  Máy  văn phòng ", False) == (MUONG_PHANG,)
        device.require_set_up(store)
        context = commune.window_context(store)
    assert context == commune.WindowContext("Máy văn phòng", (MUONG_PHANG,), ("Xã Mường Phăng",),
                                            "UBND xã Mường Phăng")


def test_the_overview_is_plain_values_of_one_snapshot(office: Store) -> None:
    staff.save_staff(office, {"full_name": "Lò Văn Ón"})
    overview = commune.overview(office, [MUONG_PHANG])
    one = commune.indicators(office, [MUONG_PHANG])
    office.close()
    assert plain(overview) and plain(one)
    assert overview.indicators == one and one.officials == 1
    assert set(overview.attention) == {"broken", "warranty_ending", "uncertified"}
    assert [item.name for item in overview.attention["uncertified"].items] == ["Lò Văn Ón"]


# --- staff and equipment --------------------------------------------------------------------
def test_staff_from_adding_to_deleting(office: Store) -> None:
    new = staff.staff_form(office, None)
    assert new is not None and new.values is None and len(new.groups) == 54
    made = staff.save_staff(office, {"full_name": "Giàng A Páo", "phone": "0912 345 678"})
    assert isinstance(made, str)
    assert staff.save_staff(office, {"position": "Văn thư"}, made) == made
    listing = staff.list_staff(office, [MUONG_PHANG])
    form = staff.staff_form(office, made)
    assert plain(listing) and plain(form)
    assert listing.editable and [r.full_name for r in listing.rows] == ["Giàng A Páo"]
    assert form is not None and form.values["position"] == "Văn thư"
    assert form.values["phone"] == "0912 345 678"
    staff.delete_staff(office, made)
    assert staff.list_staff(office, [MUONG_PHANG]).rows == []
    assert staff.staff_form(office, made) is None  # gone: the page reloads instead


def test_equipment_from_adding_to_a_status_change(office: Store) -> None:
    holder = staff.save_staff(office, {"full_name": "Lò Thị Hoa"})
    item = equipment.save_equipment(office, {"category": "printer", "brand": "Canon",
                                             "asset_tag": "MP-01", "holder_id": holder})
    equipment.change_status(office, item, "broken", TODAY, "kẹt giấy")
    listing = equipment.list_equipment(office, [MUONG_PHANG])
    form = equipment.equipment_form(office, item, [MUONG_PHANG])
    assert plain(listing) and plain(form) and listing.editable
    assert [(r.asset_tag, r.status) for r in listing.rows] == [("MP-01", "broken")]
    assert form is not None and [e.status for e in form.history] == ["in_use", "broken"]
    assert [c.full_name for c in form.staff] == ["Lò Thị Hoa"]
    new = equipment.equipment_form(office, None, [MUONG_PHANG])
    assert new is not None and new.values is None and new.history == []
    equipment.delete_equipment(office, item)
    assert equipment.equipment_form(office, item, [MUONG_PHANG]) is None


def test_a_refused_write_leaves_nothing_behind(office: Store, tmp_path: Path) -> None:
    first = staff.save_staff(office, {"full_name": "Lò Văn Ón"})
    before = journal_size(office)
    with pytest.raises(ValidationError):
        staff.save_staff(office, {"full_name": "Lò Văn Pao", "birth_date": TODAY + timedelta(1)})
    with pytest.raises(ValidationError):  # the holder must be an official of the commune
        equipment.save_equipment(office, {"category": "laptop", "holder_id": "no-such-id"})
    course = training.create_course(office, CourseValues("Tin học cơ bản", TODAY))
    after_course = journal_size(office)
    assert after_course > before
    with pytest.raises(ModelError):  # the first is enrolled in the session, then rolled back
        training.enrol_officials(office, course, [first, "no-such-official"])
    with office.sessions() as session:
        assert session.scalars(select(Enrollment)).all() == []
    rows = tmp_path / "staff.csv"
    rows.write_text("full_name,birth_date\nLò Văn Khoa,\nLò Văn Sáng,31/02/1990\n",
                    encoding="utf-8")
    with pytest.raises(ImportFileError):  # one bad row: the whole file refused
        files.import_list(office, "staff", rows)
    assert journal_size(office) == after_course
    with office.sessions() as session:
        assert session.scalars(select(Staff.full_name)).all() == ["Lò Văn Ón"]


def test_files_in_and_out(office: Store, tmp_path: Path) -> None:
    rows = tmp_path / "staff.csv"
    rows.write_text("full_name,gender\nLò Văn Khoa,male\nLò Thị Sáng,female\n",
                    encoding="utf-8")
    summary = files.import_list(office, "staff", rows)
    assert (summary.created, summary.updated) == (2, 0)
    out = tmp_path / "out.xlsx"
    assert files.export_list(office, "staff", out) == 2 and out.stat().st_size > 0


def test_a_trainers_laptop_is_refused_the_register(trainer: Store, tmp_path: Path) -> None:
    before = journal_size(trainer)
    listing = staff.list_staff(trainer, [MUONG_PHANG, THANH_NUA])
    assert plain(listing) and not listing.editable
    assert not equipment.list_equipment(trainer, [MUONG_PHANG]).editable
    with pytest.raises(ModelError) as caught:
        staff.save_staff(trainer, {"full_name": "Lò Văn Ón"})
    refused(caught.value, "scope.trainer_register")
    with pytest.raises(ModelError) as caught:
        equipment.save_equipment(trainer, {"category": "printer"})
    refused(caught.value, "scope.trainer_register")
    with pytest.raises(ModelError) as caught:
        equipment.change_status(trainer, "any-item", "broken")
    refused(caught.value, "scope.trainer_register")
    assert journal_size(trainer) == before
    # …but training is its work: a course of the province.
    course = training.create_course(trainer, CourseValues("Lớp của tỉnh", TODAY))
    scope, rows = training.list_courses(trainer)
    assert scope.makes_province_courses and [r.id for r in rows] == [course]


# --- training -------------------------------------------------------------------------------
def test_a_course_its_lessons_people_and_marks(office: Store) -> None:
    official = staff.save_staff(office, {"full_name": "Lò Văn Ón"})
    course = training.create_course(office, CourseValues("Tin học", TODAY - timedelta(3)))
    assert training.update_course(
        office, course, CourseValues("Tin học cơ bản", TODAY - timedelta(3))) == course
    first = training.add_lesson(office, course, LessonValues(TODAY - timedelta(3), "07:30"))
    second = training.add_lesson(office, course, LessonValues(TODAY + timedelta(2)))
    assert training.update_lesson(office, second, LessonValues(TODAY + timedelta(1))) == second
    candidates = training.enrolment_candidates(office, course)
    assert plain(candidates) and [c.id for c in candidates] == [official]
    training.enrol_officials(office, course, [official])
    outsider = training.enrol_outsider(office, course, "Vàng A Sử", "Trường tiểu học")
    training.set_mark(office, first, outsider, "late")
    detail = training.course_detail(office, course)
    assert plain(detail) and detail.course_id == course
    assert [lesson.id for lesson in detail.matrix.sessions] == [first, second]
    assert len(detail.matrix.people) == 2 and detail.matrix.marks == {(outsider, first): "late"}
    with pytest.raises(ValidationError):  # people are enrolled: remove them first
        training.delete_course(office, course)
    training.remove_enrolment(office, outsider)
    training.delete_lesson(office, second)
    detail = training.course_detail(office, course)
    assert len(detail.matrix.people) == 1 and [s.id for s in detail.matrix.sessions] == [first]


def test_marks_are_saved_in_order_and_refusals_come_back(office: Store) -> None:
    course = training.create_course(office, CourseValues("Tin học", TODAY - timedelta(1)))
    held = training.add_lesson(office, course, LessonValues(TODAY - timedelta(1)))
    ahead = training.add_lesson(office, course, LessonValues(TODAY + timedelta(1)))
    person = training.enrol_outsider(office, course, "Vàng A Sử", None)
    queue = training.MarkQueue(office)
    for mark in ((held, person, "present"), (ahead, person, "late"), (held, person, "absent")):
        queue.put(mark)
    refusals = queue.save()
    assert len(refusals) == 1 and refusals[0].code in catalogue()  # not held yet
    assert training.course_detail(office, course).matrix.marks == {(person, held): "absent"}
    queue.put((held, person, None))
    assert queue.save() == []
    assert training.course_detail(office, course).matrix.marks == {}


def test_enrolling_nobody_is_refused_with_the_operations_code(office: Store) -> None:
    course = training.create_course(office, CourseValues("Tin học", TODAY))
    before = journal_size(office)
    with pytest.raises(OpsError) as caught:
        training.enrol_officials(office, course, [])
    refused(caught.value, "ops.nobody_chosen")
    assert journal_size(office) == before


def test_the_next_lesson_is_suggested_within_the_course() -> None:
    course = CourseRow("c", "Tin học", None, None, None, None, TODAY, TODAY + timedelta(2),
                       None, None, MUONG_PHANG, "Xã Mường Phăng", "commune:03325", 1, 0, "")
    assert training.suggest_date(course, None) == TODAY
    last = LessonRow("s", "c", TODAY + timedelta(1), None, None, None, "commune:03325")
    assert training.suggest_date(course, last) == TODAY + timedelta(2)
    end = dataclasses.replace(last, session_date=TODAY + timedelta(2))
    assert training.suggest_date(course, end) == TODAY + timedelta(2)  # not past its end


# --- settings -------------------------------------------------------------------------------
def test_settings_are_read_and_saved(office: Store) -> None:
    card = settings.settings_card(office)
    assert plain(card) and card.department == DEFAULT_DEPARTMENT
    assert card.device is not None and card.device.communes == ((MUONG_PHANG, "Xã Mường Phăng"),)
    assert settings.device_info(office) == card.device
    assert settings.save_department(office, "  Sở Thông tin và Truyền thông ") == \
        "Sở Thông tin và Truyền thông"
    with pytest.raises(ValidationError):
        settings.save_department(office, "   ")
    assert settings.settings_card(office).department == "Sở Thông tin và Truyền thông"
    assert settings.saved_language(office) is None
    settings.save_language(office, "en")
    assert settings.saved_language(office) == "en" == settings.read_setting(office, LANGUAGE_KEY)
    with pytest.raises(OpsError) as caught:
        settings.save_language(office, "fr")
    refused(caught.value, "ops.language_unknown")
    assert caught.value.values == {"language": "fr"}
    assert settings.read_setting(office, LANGUAGE_KEY) == "en"
    changed = settings.retype_settings(office, {LANGUAGE_KEY: lambda text: text.upper()})
    assert changed == {LANGUAGE_KEY: "EN"} and settings.saved_language(office) is None


def test_a_course_without_a_start_date_is_refused_not_a_database_error(office: Store) -> None:
    before = journal_size(office)
    with pytest.raises(ValidationError) as caught:
        training.create_course(office, CourseValues("Tin học văn phòng", None))
    refused(caught.value, "training.course_start_missing")
    assert caught.value.text("en") == "The course needs a start date."
    assert journal_size(office) == before
