"""The read-only list queries, on a real store: live rows only, the right joins, Vietnamese
order, and one SQL statement per call however many rows there are."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, select

from app.models import Equipment, Staff, journal
from app.models.equipment_ops import delete_equipment, save_equipment, set_status
from app.models.errors import ValidationError
from app.models.queries import (
    EquipmentRow,
    StaffRow,
    StatusEventRow,
    commune_name,
    equipment_details,
    equipment_rows,
    ethnic_groups,
    register_editable,
    staff_choices,
    staff_details,
    staff_rows,
    status_history,
)
from app.models.staff_ops import delete_staff, save_staff
from app.models.store import Store
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store

HOME, OTHER = MUONG_PHANG, THANH_NUA


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """An office laptop's store that also holds another commune's records, as the province's
    copy would: the write-scope check is lifted so the test can write them itself (they
    would arrive by sync), and every record is still journaled through the ORM."""
    monkeypatch.setattr(journal, "check_write", lambda *_args: None)
    store = make_store(tmp_path)
    yield store
    store.close()


def add_staff(store: Store, name: str, commune: str = HOME, **values) -> str:
    with store.sessions.begin() as s:
        person = Staff(full_name=name, commune_code=commune, **values)
        s.add(person)
        s.flush()
        return person.id


def add_item(store: Store, category: str, tag: str | None, commune: str = HOME, **values) -> str:
    with store.sessions.begin() as s:
        item = Equipment(category=category, asset_tag=tag, commune_code=commune, **values)
        s.add(item)
        s.flush()
        return item.id


def test_staff_rows_values_and_joins(store: Store) -> None:
    staff_id = add_staff(
        store, "Lò Thị Hoa", gender="female", birth_date=date(1990, 5, 17), ethnicity_code="03",
        unit="office", position="Văn thư", professional_level="university",
        it_certificate="basic", phone="0912345678",
    )
    with store.sessions() as s:
        [row] = staff_rows(s, [HOME])
    assert row == StaffRow(
        id=staff_id, full_name="Lò Thị Hoa", name_key="lo thi hoa", gender="female",
        birth_date=date(1990, 5, 17), ethnicity="Thái", unit="office", position="Văn thư",
        professional_level="university", it_certificate="basic", phone="0912345678",
    )


def test_staff_rows_live_records_of_the_communes_only(store: Store) -> None:
    keep = add_staff(store, "Nguyễn Văn An")
    gone = add_staff(store, "Trần Văn Bình")
    add_staff(store, "Lê Thị Cúc", commune=OTHER)
    with store.sessions.begin() as s:
        s.get(Staff, gone).deleted = True
    with store.sessions() as s:
        assert [r.id for r in staff_rows(s, [HOME])] == [keep]
        assert len(staff_rows(s, [HOME, OTHER])) == 2
        assert staff_rows(s, []) == []


def test_staff_sorted_by_given_name_the_vietnamese_way(store: Store) -> None:
    for name in ["Nguyễn Văn Đức", "Trần Thị Dung", "Lò Văn Anh", "Đỗ Văn An", "Hà Thị Ư"]:
        add_staff(store, name)
    with store.sessions() as s:
        names = [r.full_name for r in staff_rows(s, [HOME])]
    # Given names first: An < Anh < Dung < Đức (đ after d) < Ư (last letter but v..y).
    assert names == ["Đỗ Văn An", "Lò Văn Anh", "Trần Thị Dung", "Nguyễn Văn Đức", "Hà Thị Ư"]


def test_equipment_rows_values_and_holder(store: Store) -> None:
    holder = add_staff(store, "Quàng Văn Sơn")
    item_id = add_item(
        store, "laptop", "MP-LT-01", brand="Dell", model="Latitude 3540", serial="SN123",
        status="in_use", holder_id=holder, location="Phòng Kinh tế",
        acquired_date=date(2021, 3, 1), lan=True, internet=False,
    )
    with store.sessions() as s:
        [row] = equipment_rows(s, [HOME])
    assert row == EquipmentRow(
        id=item_id, category="laptop", brand="Dell", model="Latitude 3540", serial="SN123",
        asset_tag="MP-LT-01", status="in_use", holder_name="Quàng Văn Sơn",
        location="Phòng Kinh tế", acquired_date=date(2021, 3, 1), lan=True, internet=False,
        search_key="mp-lt-01 sn123 dell latitude 3540 quang van son phong kinh te",
        holder_id=holder,
    )


def test_equipment_sorted_by_category_rank_then_tag_live_only(store: Store) -> None:
    add_item(store, "printer", "MP-IN-01")
    add_item(store, "laptop", "MP-LT-02")
    add_item(store, "desktop", None)
    add_item(store, "desktop", "MP-PC-02")
    add_item(store, "desktop", "MP-PC-01")
    add_item(store, "laptop", "TN-LT-01", commune=OTHER)
    gone = add_item(store, "server", "MP-SV-01")
    with store.sessions.begin() as s:
        s.get(Equipment, gone).deleted = True
    with store.sessions() as s:
        rows = equipment_rows(s, [HOME])
    assert [(r.category, r.asset_tag) for r in rows] == [
        ("desktop", "MP-PC-01"), ("desktop", "MP-PC-02"), ("desktop", None),
        ("laptop", "MP-LT-02"), ("printer", "MP-IN-01"),
    ]
    assert rows[0].holder_name is None and rows[0].lan is False


def test_one_statement_per_query_whatever_the_row_count(store: Store) -> None:
    with store.sessions.begin() as s:
        for n in range(40):
            person = Staff(full_name=f"Người Số {n}", commune_code=HOME, ethnicity_code="01")
            s.add(person)
            s.flush()
            s.add(Equipment(category="desktop", asset_tag=f"PC-{n:02d}", holder_id=person.id,
                            commune_code=HOME))
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement != "BEGIN":  # the store begins transactions explicitly
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with store.sessions() as s:
            assert len(staff_rows(s, [HOME])) == 40
            assert len(equipment_rows(s, [HOME])) == 40
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert len(statements) == 2


def test_commune_name(store: Store) -> None:
    with store.sessions() as s:
        assert commune_name(s, HOME) == "Xã Mường Phăng"
        assert commune_name(s, "99999") is None


# --- what the forms read -----------------------------------------------------------------
def test_details_of_live_records_only(store: Store) -> None:
    person = add_staff(store, "Lò Thị Hoa", phone="0912345678", uses_official_email=True)
    item = add_item(store, "printer", "MP-IN-01", holder_id=person, value_vnd=4_590_000)
    with store.sessions() as s:
        details = staff_details(s, person)
        assert details["full_name"] == "Lò Thị Hoa" and details["phone"] == "0912345678"
        assert details["uses_official_email"] is True and "commune_code" not in details
        assert equipment_details(s, item)["holder_id"] == person
        assert equipment_details(s, item)["value_vnd"] == 4_590_000
        assert staff_details(s, "no-such-id") is None
    with store.sessions.begin() as s:
        s.get(Staff, person).deleted = True
    with store.sessions() as s:
        assert staff_details(s, person) is None


def test_status_history_oldest_first_with_notes(store: Store) -> None:
    item = add_item(store, "printer", "MP-IN-01", acquired_date=date(2020, 1, 2))
    with store.sessions.begin() as s:
        set_status(s, item, "broken", on=date(2024, 5, 6), note="Kẹt giấy")
    with store.sessions.begin() as s:
        set_status(s, item, "under_repair", on=date(2024, 5, 6))
    with store.sessions() as s:
        assert status_history(s, item) == [
            StatusEventRow(date(2020, 1, 2), "in_use", None),
            StatusEventRow(date(2024, 5, 6), "broken", "Kẹt giấy"),
            StatusEventRow(date(2024, 5, 6), "under_repair", None),
        ]


def test_staff_choices_live_in_vietnamese_order(store: Store) -> None:
    for name in ["Nguyễn Văn Đức", "Trần Thị Dung", "Lò Văn Anh"]:
        add_staff(store, name, position="Văn thư" if name.startswith("Lò") else None)
    gone = add_staff(store, "Đỗ Văn An")
    add_staff(store, "Lê Thị Cúc", commune=OTHER)
    with store.sessions.begin() as s:
        s.get(Staff, gone).deleted = True
    with store.sessions() as s:
        choices = staff_choices(s, [HOME])
    assert [c.full_name for c in choices] == ["Lò Văn Anh", "Trần Thị Dung", "Nguyễn Văn Đức"]
    assert choices[0].position == "Văn thư" and choices[0].search_key == "lo van anh"


def test_ethnic_groups_in_official_order(store: Store) -> None:
    with store.sessions() as s:
        groups = ethnic_groups(s)
    assert len(groups) == 54 and groups[0].name == "Kinh"
    mong = next(g for g in groups if g.code == "08")
    assert mong.name == "Mông" and "H'Mông" in mong.variants


def test_only_an_office_laptop_edits_the_register(store: Store, tmp_path: Path) -> None:
    with store.sessions() as s:
        assert register_editable(s) is True
    trainer = make_store(tmp_path / "trainer", communes=(HOME, OTHER), trainer=True)
    try:
        with trainer.sessions() as s:
            assert register_editable(s) is False
        with pytest.raises(ValidationError, match="Máy giảng viên"), trainer.sessions.begin() as s:
            save_staff(s, {"full_name": "Lò Văn Ón"})
    finally:
        trainer.close()


# --- what the forms write ----------------------------------------------------------------
def test_save_staff_creates_in_the_home_commune_then_changes_given_fields(store: Store) -> None:
    with store.sessions.begin() as s:
        staff_id = save_staff(s, {"full_name": "  Vàng A Dơ ", "phone": "", "gender": "male",
                                  "birth_date": date(1990, 2, 5)})
    with store.sessions.begin() as s:
        person = s.get(Staff, staff_id)
        assert (person.full_name, person.commune_code, person.phone) == (
            "Vàng A Dơ", HOME, None)
        save_staff(s, {"phone": "0912 345 678", "email": "vad@dienbien.gov.vn"}, staff_id)
    with store.sessions() as s:
        person = s.get(Staff, staff_id)
        assert (person.phone, person.gender, person.birth_date) == (
            "0912 345 678", "male", date(1990, 2, 5))


@pytest.mark.parametrize(("values", "message"), [
    ({"full_name": " "}, "Họ và tên"),
    ({"full_name": "A", "birth_date": date.today() + timedelta(days=1)}, "tương lai"),
    ({"full_name": "A", "phone": "09-abc"}, "Số điện thoại"),
    ({"full_name": "A", "email": "a.b.c"}, "thư điện tử"),
    ({"full_name": "A", "service_start": date(2020, 1, 1),
      "service_end": date(2019, 1, 1)}, "thôi công tác"),
    ({"full_name": "A", "commune_code": OTHER}, "không sửa được"),
])
def test_save_staff_refuses_impossible_values(store: Store, values, message) -> None:
    before = len(_journal(store))
    with pytest.raises(ValidationError, match=message), store.sessions.begin() as s:
        save_staff(s, values)
    assert len(_journal(store)) == before


def test_deletes_are_soft_and_refuse_what_is_gone(store: Store) -> None:
    person = add_staff(store, "Lò Văn Ón")
    item = add_item(store, "desktop", "MP-PC-01")
    with store.sessions.begin() as s:
        delete_staff(s, person)
        delete_equipment(s, item)
    with store.sessions() as s:
        assert s.get(Staff, person).deleted and s.get(Equipment, item).deleted
    with pytest.raises(ValidationError, match="đã bị xóa"), store.sessions.begin() as s:
        delete_staff(s, person)


def test_save_equipment_records_a_new_status_with_its_note(store: Store) -> None:
    holder = add_staff(store, "Quàng Văn Sơn")
    with store.sessions.begin() as s:
        item = save_equipment(s, {"category": "printer", "asset_tag": "MP-IN-01",
                                  "acquired_date": date(2022, 1, 3), "holder_id": holder})
    with store.sessions.begin() as s:
        save_equipment(s, {"status": "broken", "location": "Kho"}, item, status_note="Kẹt giấy")
    with store.sessions() as s:
        assert [(e.status, e.note) for e in status_history(s, item)] == [
            ("in_use", None), ("broken", "Kẹt giấy")]
        assert s.get(Equipment, item).location == "Kho"


@pytest.mark.parametrize(("values", "message"), [
    ({"category": "printer", "value_vnd": -1}, "không được âm"),
    ({"category": "printer", "acquired_date": date(2022, 1, 3),
      "warranty_end": date(2021, 1, 3)}, "bảo hành"),
    ({"category": "printer", "acquired_date": date.today() + timedelta(days=2)}, "tương lai"),
    ({"category": "printer", "holder_id": "no-such-person"}, "Người sử dụng"),
])
def test_save_equipment_refuses_impossible_values(store: Store, values, message) -> None:
    with pytest.raises(ValidationError, match=message), store.sessions.begin() as s:
        save_equipment(s, values)


def test_a_holder_from_another_commune_is_refused(store: Store) -> None:
    other = add_staff(store, "Lê Thị Cúc", commune=OTHER)
    with pytest.raises(ValidationError, match="Người sử dụng"), store.sessions.begin() as s:
        save_equipment(s, {"category": "laptop", "holder_id": other})


def _journal(store: Store) -> list:
    with store.sessions() as s:
        return list(s.scalars(select(journal.JournalEntry.seq)))
