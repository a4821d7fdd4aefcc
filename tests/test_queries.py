"""The read-only list queries, on a real store: live rows only, the right joins, Vietnamese
order, and one SQL statement per call however many rows there are."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from app.models import Equipment, Staff, journal
from app.models.queries import EquipmentRow, StaffRow, commune_name, equipment_rows, staff_rows
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
