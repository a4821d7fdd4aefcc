"""The bin for deleted records, below the window (issue 11, item 10): what it lists, what a
restore brings back and what it must not, who may restore, and that a restore travels.

Real stores on disk, written through ``app.ops`` as the window writes them; the sync test
runs the enrolled world of ``tests/usb_helpers.py`` (a province and its laptops) through
real bundles on a stick: delete on the office laptop, sync, restore, sync, and the
province and the trainer's laptop hold the record live again.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.messages import catalogue, placeholders
from app.models import Conflict, JournalEntry, Staff, hlc
from app.models.equipment import Equipment
from app.models.errors import ModelError
from app.models.store import Store
from app.models.training import Course, CourseSession
from app.models.training_ops import CourseValues, LessonValues
from app.ops import bin as bin_ops
from app.ops import equipment as equipment_ops
from app.ops import staff as staff_ops
from app.ops import training as training_ops
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store
from tests.ui_helpers import office_store
from tests.usb_helpers import assert_ok, new_stick

VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)
STAFF = [{"full_name": "Lò Văn Minh", "position": "Công chức Tư pháp - Hộ tịch",
          "birth_date": date(1988, 5, 14)},
         {"full_name": "Quàng Thị Lan", "position": "Chủ tịch UBND xã"}]
LAPTOP = {"category": "laptop", "brand": "Dell", "model": "Latitude 3420",
          "asset_tag": "MP-LT-07", "holder": 0}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = office_store(tmp_path / "office", STAFF, [LAPTOP])
    yield store
    store.close()


def ids_of(store: Store, model: type) -> dict[str, str]:
    with store.sessions() as s:
        if model is Staff:
            return {p.full_name: p.id for p in s.scalars(select(Staff))}
        return {e.asset_tag: e.id for e in s.scalars(select(Equipment))}


def live(store: Store, model: type, record_id: str) -> bool:
    with store.sessions() as s:
        return not s.get(model, record_id).deleted


def test_the_bin_lists_what_was_deleted_and_when(store) -> None:
    minh = ids_of(store, Staff)["Lò Văn Minh"]
    laptop = ids_of(store, Equipment)["MP-LT-07"]
    before = datetime.now() - timedelta(seconds=1)
    staff_ops.delete_staff(store, minh)
    equipment_ops.delete_equipment(store, laptop)
    course = training_ops.create_course(store, CourseValues("Tin học văn phòng cơ bản",
                                                            date(2025, 9, 8)))
    training_ops.delete_course(store, course)
    rows = bin_ops.list_bin(store)
    assert [(r.kind, r.name) for r in rows] == [
        ("course", "Tin học văn phòng cơ bản"), ("equipment", "Dell Latitude 3420"),
        ("staff", "Lò Văn Minh")]  # the newest deletion first
    item = rows[1]
    assert (item.code, item.category, item.id) == ("MP-LT-07", "laptop", laptop)
    assert rows[2].day == date(1988, 5, 14) and rows[0].day == date(2025, 9, 8)
    assert all(before <= r.deleted_at <= datetime.now() and r.restorable for r in rows)
    assert "lo van minh" in rows[2].search_key and "mp-lt-07" in item.search_key
    assert "Quàng Thị Lan" not in [r.name for r in rows]  # the living stay out


def test_a_restored_official_is_back_in_the_list_as_a_journalled_change(store) -> None:
    minh = ids_of(store, Staff)["Lò Văn Minh"]
    staff_ops.delete_staff(store, minh)
    assert minh not in [r.id for r in staff_ops.list_staff(store, [MUONG_PHANG]).rows]
    report = bin_ops.restore(store, [("staff", minh)])
    assert (report.restored, report.already_live) == (1, 0)
    assert str(report.notes[0]).startswith("Đã khôi phục 1 bản ghi")
    assert minh in [r.id for r in staff_ops.list_staff(store, [MUONG_PHANG]).rows]
    assert bin_ops.list_bin(store) == []
    with store.sessions() as s:
        last = s.scalars(select(JournalEntry).where(JournalEntry.row_id == minh)
                         .order_by(JournalEntry.seq.desc())).first()
        assert (last.op, last.values) == ("update", {"deleted": False})
    again = bin_ops.restore(store, [("staff", minh)])  # brought back already: a note
    assert (again.restored, again.already_live) == (0, 1)
    assert "đã được khôi phục trước đó" in str(again.notes[1])


def test_an_item_whose_holder_is_still_deleted_comes_back_without_one(store) -> None:
    minh = ids_of(store, Staff)["Lò Văn Minh"]
    laptop = ids_of(store, Equipment)["MP-LT-07"]
    equipment_ops.delete_equipment(store, laptop)
    staff_ops.delete_staff(store, minh)
    report = bin_ops.restore(store, [("equipment", laptop)])
    assert report.restored == 1
    assert [n.text("vi") for n in report.notes[1:]] == [
        "Thiết bị “Dell Latitude 3420” được khôi phục nhưng không có người sử dụng: cán bộ "
        "“Lò Văn Minh” vẫn đang ở trong thùng rác."]
    assert "Lò Văn Minh" in report.notes[1].text("en")
    with store.sessions() as s:
        item = s.get(Equipment, laptop)
        assert not item.deleted and item.holder_id is None
    # Saving the restored item in its form passes the holder check: no dangling holder.
    equipment_ops.save_equipment(store, {"location": "Phòng một cửa"}, laptop)


def test_an_item_restored_with_its_holder_keeps_them(store) -> None:
    minh = ids_of(store, Staff)["Lò Văn Minh"]
    laptop = ids_of(store, Equipment)["MP-LT-07"]
    staff_ops.delete_staff(store, minh)
    equipment_ops.delete_equipment(store, laptop)
    report = bin_ops.restore(store, [("equipment", laptop), ("staff", minh)])
    assert report.restored == 2 and len(report.notes) == 1
    with store.sessions() as s:
        assert s.get(Equipment, laptop).holder_id == minh


def test_a_course_comes_back_with_the_lessons_deleted_with_it(store, monkeypatch) -> None:
    course = training_ops.create_course(store, CourseValues(
        "Chuyển đổi số cho cán bộ xã", date(2025, 10, 6), date(2025, 10, 10)))
    lessons = [training_ops.add_lesson(store, course, LessonValues(date(2025, 10, day)))
               for day in (6, 7, 8)]
    training_ops.delete_lesson(store, lessons[0])  # on its own, before the course
    later = hlc.now_ms() + 60_000  # the course is deleted a minute later
    monkeypatch.setattr(hlc, "now_ms", lambda: later)
    training_ops.delete_course(store, course)
    bin_ops.restore(store, [("course", course)])
    with store.sessions() as s:
        assert not s.get(Course, course).deleted
        assert [s.get(CourseSession, i).deleted for i in lessons] == [True, False, False]
    assert [r.kind for r in bin_ops.list_bin(store)] == []  # lessons are not listed


def test_a_trainers_laptop_restores_its_own_courses(tmp_path) -> None:
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True)
    course = training_ops.create_course(trainer, CourseValues("Lớp kỹ năng số",
                                                              date(2025, 11, 3)))
    training_ops.delete_course(trainer, course)
    rows = bin_ops.list_bin(trainer)
    assert [(r.kind, r.name, r.restorable) for r in rows] == [
        ("course", "Lớp kỹ năng số", True)]
    assert bin_ops.restore(trainer, [("course", course)]).restored == 1
    assert [c.id for c in training_ops.list_courses(trainer)[1]] == [course]
    trainer.close()


def test_a_trainers_laptop_cannot_restore_an_official(world) -> None:
    office, trainer = world.office, world.trainer
    with office.store() as store:
        minh = sorted(ids_of(store, Staff).values())[0]
        staff_ops.delete_staff(store, minh)
    stick = new_stick(world.root, "stick-trainer")
    assert_ok(office.export(stick))
    assert_ok(world.province.take(stick))
    assert_ok(world.province.export(MUONG_PHANG, stick))
    assert_ok(trainer.take(stick))
    with trainer.store() as store:
        rows = [r for r in bin_ops.list_bin(store) if r.id == minh]
        assert [(r.kind, r.restorable) for r in rows] == [("staff", False)]
        with pytest.raises(ModelError) as refused:
            bin_ops.restore(store, [("staff", minh)])
        assert "Máy giảng viên chỉ ghi được dữ liệu đào tạo" in str(refused.value)
        assert not live(store, Staff, minh)


def test_a_restore_travels_to_the_province_and_the_other_laptops(world, tmp_path) -> None:
    """Delete on the office laptop, sync; restore, sync: the province has it live again,
    and so has the trainer's laptop it answers next."""
    office, province, trainer = world.office, world.province, world.trainer
    with office.store() as store:
        minh = sorted(ids_of(store, Staff).values())[0]
        staff_ops.delete_staff(store, minh)

    def round_trip(name: str) -> None:
        stick = new_stick(tmp_path, name)
        assert_ok(office.export(stick))
        assert_ok(province.take(stick))
        assert_ok(province.export(MUONG_PHANG, stick))
        assert_ok(office.take(stick))
        assert_ok(trainer.take(stick))

    round_trip("stick-delete")
    for copy in (province, trainer):
        with copy.store() as store:
            assert not live(store, Staff, minh), copy.dir.name
    with office.store() as store:
        assert bin_ops.restore(store, [("staff", minh)]).restored == 1
    round_trip("stick-restore")
    for copy in (province, office, trainer):
        with copy.store() as store:
            assert live(store, Staff, minh), copy.dir.name
            with store.sessions() as s:
                assert s.scalars(select(Conflict).where(Conflict.row_id == minh)).all() == []


def test_the_bin_messages_speak_both_languages() -> None:
    entries = {code: text for code, text in catalogue().items() if code.startswith("bin.")}
    assert set(entries) == {"bin.restored", "bin.already_live", "bin.holder_cleared"}
    for code, text in entries.items():
        assert placeholders(text.vi) == placeholders(text.en), code
        assert not VIETNAMESE.search(text.en), code
