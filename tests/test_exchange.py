"""Import and export of staff, equipment and training files (DESIGN.md, "Import and export").

Real .csv and .xlsx files in tmp_path, a real Store. Every refused import must leave the
database exactly as it was: the whole content of the synced tables and the change journal
is compared before and after.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.exchange import (
    ExportFileError,
    ImportFileError,
    ImportSummary,
    export_file,
    import_file,
)
from app.exchange.columns import EXPORT_COLUMNS, IMPORT_COLUMNS
from app.exchange.layout import column_lookup
from app.models import (
    SYNCED_MODELS,
    Attendance,
    Course,
    CourseSession,
    Enrollment,
    Equipment,
    JournalEntry,
    Staff,
    StatusEvent,
    new_id,
    records,
)
from app.models.setup import current_device
from app.models.store import Store
from tests.helpers import make_store

HOME = "03325"  # Xã Mường Phăng, Điện Biên (11)
OTHER = "03328"  # Xã Thanh Nưa
IMPORT_KIND = {"staff": "staff", "equipment": "equipment", "training": "attendance"}


# --- stores -------------------------------------------------------------------------------
@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = make_store(tmp_path / "office", (HOME,))
    yield store
    store.close()


@pytest.fixture
def trainer_store(tmp_path: Path) -> Iterator[Store]:
    store = make_store(tmp_path / "trainer", (HOME, OTHER), trainer=True, name="Máy giảng viên")
    yield store
    store.close()


def received(store: Store, commune: str, build: Callable[[Session], Any],
             trainer: bool = False) -> Any:
    """Write records as another device of ``commune`` would, standing in for a sync.

    The device's scope is switched for one transaction (the device row is local, never
    synced), because this device itself may not write them.
    """
    with store.sessions.begin() as s:
        device = current_device(s)
        saved = (device.role, device.communes_json)
        device.role = "trainer" if trainer else "office"
        device.communes_json = json.dumps([commune])
    try:
        with store.sessions.begin() as s:
            return build(s)
    finally:
        with store.sessions.begin() as s:
            device = current_device(s)
            device.role, device.communes_json = saved


# --- helpers ------------------------------------------------------------------------------
def snapshot(store: Store) -> dict[str, list[tuple]]:
    """Everything an import could touch: all synced rows and the journal."""
    with store.sessions() as s:
        return {
            model.__tablename__: sorted(
                tuple(str(v) for v in row) for row in s.execute(select(model.__table__))
            )
            for model in (*SYNCED_MODELS, JournalEntry)
        }


def write_csv(path: Path, rows: list[list[Any]], delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def run_import(store: Store, kind: str, path: Path, **options: Any) -> ImportSummary:
    with store.sessions.begin() as s:
        return import_file(s, kind, path, **options)


def run_export(store: Store, kind: str, path: Path) -> int:
    with store.sessions.begin() as s:
        return export_file(s, kind, path)


def refused(store: Store, kind: str, path: Path) -> ImportFileError:
    """Import must fail and change nothing at all."""
    before = snapshot(store)
    with pytest.raises(ImportFileError) as caught:
        run_import(store, kind, path)
    assert snapshot(store) == before
    assert str(caught.value)
    return caught.value


def where(error: ImportFileError) -> list[tuple[int | None, str | None]]:
    return [(p.row, p.column) for p in error.problems]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def get_staff(store: Store, **filters: Any) -> list[Staff]:
    with store.sessions() as s:
        return list(s.scalars(select(Staff).filter_by(**filters)))


# --- seed data ----------------------------------------------------------------------------
def seed(store: Store) -> dict[str, str]:
    """A small commune: officials, equipment, a course with sessions, people and marks."""
    ids: dict[str, str] = {}
    with store.sessions.begin() as s:
        pom = records.create(
            s, Staff, id=new_id(), commune_code=HOME, full_name="Lò Văn Pọm", gender="male",
            birth_date=date(1985, 3, 2), ethnicity_code="03", unit="office",
            position="Công chức Văn phòng - Thống kê ", professional_level="university",
            professional_field="=Quản lý đất đai",
            it_certificate="b", phone="0912345678", email="pom@muongphang.gov.vn",
            uses_official_email=True, service_start=date(2010, 1, 4),
            political_theory_level="intermediate", general_education="12/12")
        mai = records.create(
            s, Staff, id=new_id(), commune_code=HOME, full_name="Giàng Thị Mai",
            gender="female", ethnicity_code="08", professional_level="college")
        gone = records.create(s, Staff, id=new_id(), commune_code=HOME, full_name="Vừ A Dế",
                              deleted=True)
        s.flush()  # staff before the equipment that refers to them
        # Not records.create: its parameter ``model`` clashes with Equipment.model.
        laptop = Equipment(
            id=new_id(), commune_code=HOME, category="laptop", brand="Dell",
            model="Latitude 3420", serial="SN-001", asset_tag="TS-01", value_vnd=15_000_000,
            acquired_date=date(2022, 5, 10), holder_id=pom.id, lan=True, internet=True,
            location="Phòng Văn hóa", funding_source="Đề án 06")
        s.add(laptop)
        printer = records.create(s, Equipment, id=new_id(), commune_code=HOME,
                                 category="printer", status="broken",
                                 last_inventory_check=date(2025, 12, 30))
        course = records.create(
            s, Course, id=new_id(), commune_code=HOME, title="Kỹ năng số cho cán bộ xã",
            start_date=date(2026, 3, 2), end_date=date(2026, 3, 6), place="Hội trường xã",
            trainer="Trần Văn Bình", partition=f"commune:{HOME}")
        sessions = [records.create(s, CourseSession, id=new_id(), course_id=course.id,
                                   session_date=date(2026, 3, day), partition=course.partition)
                    for day in (2, 3)]
        s.flush()
        enrolments = [records.enroll_staff(s, course, pom), records.enroll_staff(s, course, mai),
                      records.enroll_participant(s, course, "Nguyễn Thị Hoa", "Trường TH")]
        s.flush()
        enrolments[0].result = "passed"
        enrolments[0].certificate_no = "CC-12"
        for sitting in sessions:
            for enrolment, status in zip(enrolments, ("present", "late", "excused"), strict=True):
                records.mark_attendance(s, sitting, enrolment, status)
        s.flush()
        ids.update(pom=pom.id, mai=mai.id, gone=gone.id, laptop=laptop.id, printer=printer.id,
                   course=course.id)
    return ids


# --- columns ------------------------------------------------------------------------------
@pytest.mark.parametrize("columns", [*IMPORT_COLUMNS.values(), *EXPORT_COLUMNS.values()])
def test_every_header_names_one_column(columns: tuple) -> None:
    assert len(column_lookup(columns)) == 2 * len(columns)


def test_contract_columns_come_first_in_order() -> None:
    keys = {kind: [c.key for c in columns] for kind, columns in EXPORT_COLUMNS.items()}
    assert keys["staff"][:10] == ["id", "full_name", "gender", "birth_date", "ethnicity",
                                  "position", "professional_level", "it_certificate", "phone",
                                  "email"]
    assert keys["equipment"][:15] == [
        "id", "category", "brand", "model", "serial", "asset_tag", "acquired_date",
        "funding_source", "value_vnd", "status", "holder_id", "location", "lan", "internet",
        "warranty_end"]
    assert keys["training"][:6] == ["course_title", "course_start", "session_date", "staff_id",
                                    "participant_name", "status"]


# --- export -------------------------------------------------------------------------------
def test_export_csv_writes_keys_iso_dates_and_live_records_only(store: Store,
                                                               tmp_path: Path) -> None:
    ids = seed(store)
    assert run_export(store, "staff", tmp_path / "staff.csv") == 2
    rows = {r["id"]: r for r in read_csv(tmp_path / "staff.csv")}
    assert ids["gone"] not in rows
    pom = rows[ids["pom"]]
    assert (pom["full_name"], pom["gender"], pom["birth_date"], pom["ethnicity"]) == (
        "Lò Văn Pọm", "male", "1985-03-02", "Thái")
    assert (pom["professional_level"], pom["it_certificate"], pom["uses_official_email"]) == (
        "university", "b", "yes")
    assert pom["commune_code"] == HOME

    assert run_export(store, "equipment", tmp_path / "eq.csv") == 2
    laptop = {r["id"]: r for r in read_csv(tmp_path / "eq.csv")}[ids["laptop"]]
    assert (laptop["value_vnd"], laptop["lan"], laptop["holder_id"], laptop["status"]) == (
        "15000000", "yes", ids["pom"], "in_use")

    assert run_export(store, "training", tmp_path / "training.csv") == 6
    first = read_csv(tmp_path / "training.csv")[0]
    assert (first["course_title"], first["course_start"], first["session_date"]) == (
        "Kỹ năng số cho cán bộ xã", "2026-03-02", "2026-03-02")


def test_export_xlsx_writes_vietnamese_headers_labels_and_dates(store: Store,
                                                                tmp_path: Path) -> None:
    ids = seed(store)
    run_export(store, "staff", tmp_path / "staff.xlsx")
    sheet = load_workbook(tmp_path / "staff.xlsx").worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Mã bản ghi", "Họ và tên", "Giới tính", "Ngày sinh")
    pom = next(r for r in rows if r[0] == ids["pom"])
    assert pom[2] == "Nam" and pom[6] == "Đại học" and pom[7] == "Chứng chỉ B"
    assert pom[3] == datetime(1985, 3, 2)
    assert sheet.cell(row=rows.index(pom) + 1, column=4).number_format == "DD/MM/YYYY"


def test_export_leaves_out_other_communes(store: Store, tmp_path: Path) -> None:
    received(store, OTHER, lambda s: records.create(
        s, Staff, id=new_id(), commune_code=OTHER, full_name="Người Xã Khác"))
    assert run_export(store, "staff", tmp_path / "staff.csv") == 0


def test_export_refuses_unknown_format_and_missing_folder(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportFileError, match="không phải .csv hoặc .xlsx"):
        run_export(store, "staff", tmp_path / "staff.pdf")
    with pytest.raises(ExportFileError, match="Không ghi được"):
        run_export(store, "staff", tmp_path / "no" / "such" / "staff.xlsx")
    assert list(tmp_path.glob("*.tmp")) == []


# --- round trips --------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ["staff", "equipment", "training"])
def test_export_then_import_changes_nothing(store: Store, tmp_path: Path, kind: str,
                                            fmt: str) -> None:
    seed(store)
    path = tmp_path / f"{kind}.{fmt}"
    count = run_export(store, kind, path)
    assert count > 0
    before = snapshot(store)
    summary = run_import(store, IMPORT_KIND[kind], path)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, count)
    assert snapshot(store) == before


def test_trainer_round_trip_of_training(trainer_store: Store, tmp_path: Path) -> None:
    staff_id = received(trainer_store, OTHER, lambda s: records.create(
        s, Staff, id=new_id(), commune_code=OTHER, full_name="Quàng Văn Ơn").id)
    path = write_csv(tmp_path / "att.csv", [
        ["course_title", "course_start", "session_date", "staff_id", "status"],
        ["Lớp tỉnh", "2026-04-01", "2026-04-01", staff_id, "present"],
    ])
    run_import(trainer_store, "attendance", path)
    assert run_export(trainer_store, "training", tmp_path / "out.xlsx") == 1
    before = snapshot(trainer_store)
    assert run_import(trainer_store, "attendance", tmp_path / "out.xlsx").unchanged == 1
    assert snapshot(trainer_store) == before


# --- staff import -------------------------------------------------------------------------
def test_import_staff_with_vietnamese_headers_and_labels(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "can-bo.xlsx", [
        [" HỌ VÀ TÊN ", "gioi tinh", "Ngày sinh", "Dân tộc", "trinh do chuyen mon",
         "it_certificate", "Dùng thư điện tử công vụ", "Đơn vị"],
        ["Lường  Thị Xuân", "Nữ", "05/02/1990", "Thái", "Đại học", "Ứng dụng CNTT cơ bản",
         "Có", "Văn phòng HĐND và UBND"],
        ["Lò Văn Mạnh", "male", datetime(1988, 12, 1), "H'Mông", "intermediate", "c", "no",
         "office"],
        [None, None, None, None, None, None, None, None],
        ["Cà Văn Khâm", "NAM", "1979-07-15", "khơ mú", "dai hoc", None, None, None],
    ])
    summary = run_import(store, "staff", path)
    assert (summary.created, summary.updated, summary.unchanged) == (3, 0, 0)
    people = {p.full_name: p for p in get_staff(store)}
    xuan = people["Lường Thị Xuân"]
    assert (xuan.gender, xuan.birth_date, xuan.ethnicity_code) == ("female", date(1990, 2, 5),
                                                                    "03")
    assert (xuan.professional_level, xuan.it_certificate, xuan.uses_official_email,
            xuan.unit) == ("university", "basic", True, "office")
    assert (xuan.commune_code, xuan.partition) == (HOME, f"commune:{HOME}")
    assert people["Lò Văn Mạnh"].ethnicity_code == "08"
    assert people["Lò Văn Mạnh"].birth_date == date(1988, 12, 1)
    assert people["Cà Văn Khâm"].ethnicity_code == "29"
    assert people["Cà Văn Khâm"].it_certificate == "none"


@pytest.mark.parametrize("text,code", [
    ("H'Mông", "08"), ("Hmông", "08"), ("mông", "08"), ("Khơ mú", "29"), ("KHƠ-MÚ", "29"),
    ("Khmu", "29"), ("8", "08"), ("Dân tộc Thái", "03"),
])
def test_import_ethnicity_variants(store: Store, tmp_path: Path, text: str, code: str) -> None:
    path = write_csv(tmp_path / "s.csv", [["full_name", "ethnicity"], ["A Páo", text]])
    run_import(store, "staff", path)
    assert get_staff(store)[0].ethnicity_code == code


def test_update_by_id_changes_only_present_columns(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    path = write_csv(tmp_path / "s.csv", [
        ["id", "phone", "email", "it_certificate"],
        [ids["pom"], "0987000111", "", "advanced"],
        [ids["mai"], "", "", "none"],
    ])
    summary = run_import(store, "staff", path)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 1)
    pom = get_staff(store, id=ids["pom"])[0]
    assert (pom.phone, pom.email, pom.it_certificate) == ("0987000111", None, "advanced")
    assert (pom.full_name, pom.birth_date, pom.ethnicity_code) == ("Lò Văn Pọm",
                                                                   date(1985, 3, 2), "03")


def test_an_update_is_judged_with_the_stored_values_it_joins(store: Store,
                                                            tmp_path: Path) -> None:
    """A change is checked on the record it makes; a stored value it leaves alone is not
    judged again (an official kept in the register past the working age)."""
    ids = seed(store)
    with store.sessions.begin() as s:
        s.get(Staff, ids["mai"]).birth_date = date(1930, 1, 1)
    error = refused(store, "staff", write_csv(tmp_path / "a.csv", [
        ["id", "service_end"], [ids["pom"], "2009-12-31"]]))
    assert where(error) == [(2, "service_end")]
    assert "phải sau ngày bắt đầu công tác (04/01/2010)" in str(error.problems[0].message)
    summary = run_import(store, "staff", write_csv(tmp_path / "b.csv", [
        ["id", "phone"], [ids["mai"], "0912 000 111"]]))
    assert summary.updated == 1
    error = refused(store, "staff", write_csv(tmp_path / "c.csv", [
        ["id", "birth_date"], [ids["mai"], "1931-01-01"]]))
    assert where(error) == [(2, "birth_date")]


def test_semicolon_csv_with_bom_is_read(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["full_name", "gender"], ["Lò Thị Ánh", "Nữ"]],
                     delimiter=";", encoding="utf-8-sig")
    assert run_import(store, "staff", path).created == 1


# --- refused files ------------------------------------------------------------------------
def test_impossible_date(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["full_name", "birth_date"], ["Lò Văn A", "1990-01-01"],
                                          ["Lò Văn B", "31/02/2025"]])
    error = refused(store, "staff", path)
    assert where(error) == [(3, "birth_date")]
    assert "31/02/2025" in str(error.problems[0].message)
    assert str(error) == "Tệp có 1 dòng lỗi; không có dữ liệu nào được ghi."


def test_unknown_enumeration_value(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["Họ và tên", "Trình độ chuyên môn"],
                                            ["Lò Văn A", "Giáo sư"]])
    error = refused(store, "staff", path)
    assert where(error) == [(2, "professional_level")]
    assert "Giáo sư" in str(error.problems[0].message)
    assert "Trình độ chuyên môn" in str(error.problems[0])


def test_unknown_column(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["full_name", "shoe_size"], ["Lò Văn A", "42"]])
    error = refused(store, "staff", path)
    assert where(error) == [(1, "shoe_size")]


def test_duplicate_column(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["full_name", "Họ và tên"], ["A", "B"]])
    error = refused(store, "staff", path)
    assert where(error) == [(1, "full_name")]


def test_duplicate_ids_in_one_file(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    path = write_csv(tmp_path / "s.csv", [["id", "phone"], [ids["pom"], "0912000001"],
                                          [ids["mai"], "0912000002"],
                                          [ids["pom"].upper(), "0912000003"]])
    error = refused(store, "staff", path)
    assert where(error) == [(4, "id")]
    assert "dòng 2" in str(error.problems[0].message)


def test_malformed_deleted_and_foreign_ids(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    path = write_csv(tmp_path / "s.csv", [["id", "phone"], ["no-such-id", "0912000001"],
                                          [ids["gone"], "0912000002"],
                                          [ids["laptop"], "0912000003"],
                                          [ids["pom"][:-1], "0912000004"],
                                          ["00000000-0000-0000-0000-000000000000", ""]])
    error = refused(store, "staff", path)
    assert where(error) == [(2, "id"), (3, "id"), (4, "id"), (5, "id"), (6, "id")]
    assert "“no-such-id” không phải là mã bản ghi hợp lệ" in str(error.problems[0].message)
    assert "đã bị xóa" in str(error.problems[1].message)
    assert "là mã của một thiết bị, không phải của cán bộ" in str(error.problems[2].message)
    assert "không phải là mã bản ghi hợp lệ" in str(error.problems[3].message)
    assert "Dòng 2, cột id: Mã “no-such-id”" in error.lines()[0]


def test_an_unseen_uuid_creates_the_record_with_that_id(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    restored = "0F6D5C4B-3A29-4817-8E6D-5C4B3A291807"  # as a spreadsheet may raise it
    item = "{5e0a3c55-1b2c-4d3e-8f40-a1b2c3d4e5f6}"  # as some tools write a GUID
    summary = run_import(store, "staff", write_csv(tmp_path / "s.csv", [
        ["id", "full_name", "phone"], [restored, "Lò Văn Sương", "0912000001"],
        [ids["mai"], "Giàng Thị Mai", "0912000002"]]))
    assert (summary.created, summary.updated) == (1, 1)
    person = get_staff(store, full_name="Lò Văn Sương")[0]
    assert (person.id, person.commune_code) == (restored.lower(), HOME)
    run_import(store, "equipment", write_csv(tmp_path / "e.csv", [
        ["id", "category", "holder_id"], [item, "laptop", restored]]))
    with store.sessions() as s:
        laptop = s.get(Equipment, item.strip("{}"))
        assert (laptop.category, laptop.holder_id) == ("laptop", restored.lower())
    before = snapshot(store)
    again = run_import(store, "staff", write_csv(tmp_path / "s2.csv", [
        ["id", "full_name"], [restored.lower(), "Lò Văn  Sương"]]))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert snapshot(store) == before


def test_new_ids_repeated_or_of_another_commune(store: Store, tmp_path: Path) -> None:
    other = received(store, OTHER, lambda s: records.create(
        s, Staff, id=new_id(), commune_code=OTHER, full_name="Người Xã Khác").id)
    fresh = new_id()
    error = refused(store, "staff", write_csv(tmp_path / "s.csv", [
        ["id", "full_name"], [fresh, "Lò Văn A"], [fresh.upper(), "Lò Văn B"],
        [other, "Người Xã Khác"]]))
    assert where(error) == [(3, "id"), (4, "id")]
    assert "đã có ở dòng 2" in str(error.problems[0].message)
    assert "thuộc xã 03328, ngoài phạm vi ghi" in str(error.problems[1].message)


def test_missing_required_field(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    error = refused(store, "staff", write_csv(tmp_path / "a.csv", [
        ["id", "full_name", "gender"], ["", "", "male"], [ids["pom"], " ", "male"]]))
    assert where(error) == [(2, "full_name"), (3, "full_name")]
    error = refused(store, "staff", write_csv(tmp_path / "b.csv", [["gender"], ["male"]]))
    assert where(error) == [(2, "full_name")]
    error = refused(store, "equipment", write_csv(tmp_path / "c.csv", [["brand"], ["HP"]]))
    assert where(error) == [(2, "category")]


def test_several_bad_rows_are_all_reported(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [
        ["full_name", "gender", "birth_date", "ethnicity"],
        ["Lò Văn A", "male", "1990-01-01", "Thái"],
        ["Lò Văn B", "robot", "1990-01-01", "Thái"],
        ["Lò Văn C", "male", "1990-01-01", "Thái"],
        ["Lò Văn D", "male", "1990-13-01", "Sao Hỏa"],
        ["", "female", "", ""],
    ])
    error = refused(store, "staff", path)
    assert where(error) == [(3, "gender"), (5, "birth_date"), (5, "ethnicity"), (6, "full_name")]
    assert str(error) == "Tệp có 3 dòng lỗi; không có dữ liệu nào được ghi."
    assert len(error.report().splitlines()) == 5


def test_problem_list_is_capped_but_counted(store: Store, tmp_path: Path) -> None:
    rows = [["full_name", "gender"]] + [[f"Người {i}", "robot"] for i in range(250)]
    error = refused(store, "staff", write_csv(tmp_path / "s.csv", rows))
    assert len(error.problems) == 200 and error.more == 50
    assert "250 dòng lỗi" in str(error)
    assert error.lines()[-1] == "… và 50 lỗi khác."


@pytest.mark.parametrize("name,content", [
    ("empty.csv", b""),
    ("blank.csv", b"\r\n , \r\n"),
    ("header.csv", b"full_name,gender\r\n"),
    ("notes.txt", "full_name\nLò Văn A\n".encode()),
    ("old.xls", b"\xd0\xcf\x11\xe0garbage"),
    ("garbage.csv", bytes(range(256)) * 4),
    ("text.xlsx", b"full_name\nLo Van A\n"),
])
def test_unreadable_files(store: Store, tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    error = refused(store, "staff", path)
    assert name in str(error)


def test_header_only_xlsx_and_missing_file(store: Store, tmp_path: Path) -> None:
    error = refused(store, "staff", write_xlsx(tmp_path / "h.xlsx", [["Họ và tên"]]))
    assert "chỉ có dòng tiêu đề" in str(error)
    error = refused(store, "staff", tmp_path / "nowhere.csv")
    assert "Không tìm thấy" in str(error)


def test_other_commune_is_outside_write_scope(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["full_name", "commune_code"], ["A", "3328"]])
    assert where(refused(store, "staff", path)) == [(2, "commune_code")]


# --- equipment ----------------------------------------------------------------------------
def test_import_equipment_values_holders_and_status(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    path = write_csv(tmp_path / "e.csv", [
        ["id", "category", "value_vnd", "status", "holder_id", "holder_name", "lan"],
        ["", "Máy tính để bàn", "15.000.000", "", ids["mai"], "", "Có"],
        ["", "printer", "8,500,000 đ", "Trong kho", "", "giàng thị mai", ""],
        [ids["printer"], "printer", "0", "disposed", "", "", "no"],
    ])
    summary = run_import(store, "equipment", path)
    assert (summary.created, summary.updated) == (2, 1)
    with store.sessions() as s:
        items = s.scalars(select(Equipment).order_by(Equipment.value_vnd)).all()
        by_value = {i.value_vnd: i for i in items}
        assert (by_value[15_000_000].category, by_value[15_000_000].status) == ("desktop",
                                                                                "in_use")
        assert by_value[15_000_000].holder_id == ids["mai"] and by_value[15_000_000].lan
        assert (by_value[8_500_000].status, by_value[8_500_000].holder_id) == ("in_storage",
                                                                             ids["mai"])
        events = s.scalars(select(StatusEvent.status).where(
            StatusEvent.equipment_id == ids["printer"])).all()
        assert sorted(events) == ["broken", "disposed"]


def test_equipment_refusals(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    path = write_xlsx(tmp_path / "e.xlsx", [
        ["id", "category", "value_vnd", "holder_id", "status"],
        [None, "laptop", -5, None, None],
        [None, "laptop", "15.5", ids["gone"], None],
        [None, "toaster", "1000", None, None],
        [ids["laptop"], "laptop", 1000, None, None],
    ])
    error = refused(store, "equipment", path)
    assert where(error) == [(2, "value_vnd"), (3, "value_vnd"), (3, "holder_id"),
                            (4, "category"), (5, "status")]


# --- attendance ---------------------------------------------------------------------------
def attendance_rows(ids: dict[str, str]) -> list[list[Any]]:
    return [
        ["course_title", "course_start", "session_date", "staff_id", "participant_name",
         "status", "Kết quả"],
        ["Ứng dụng CNTT cơ bản", "2026-04-06", "2026-04-06", ids["pom"], "", "present", "Đạt"],
        ["Ứng dụng CNTT cơ bản", "06/04/2026", "06/04/2026", "", "Hà Văn Tú", "Đi muộn", ""],
        ["ung dung cntt co ban", "2026-04-06", "07/04/2026", ids["pom"], "", "absent", "Đạt"],
        ["Ứng dụng CNTT cơ bản", "2026-04-06", "2026-04-07", "", "hà văn tú", "excused", ""],
    ]


def test_attendance_import_creates_course_sessions_enrolments_marks(store: Store,
                                                                    tmp_path: Path) -> None:
    ids = seed(store)
    path = write_csv(tmp_path / "att.csv", attendance_rows(ids))
    summary = run_import(store, "attendance", path)
    assert (summary.created, summary.updated, summary.unchanged) == (4, 0, 0)
    with store.sessions() as s:
        course = s.scalars(select(Course).where(Course.title == "Ứng dụng CNTT cơ bản")).one()
        assert (course.commune_code, course.partition) == (HOME, f"commune:{HOME}")
        days = s.scalars(select(CourseSession.session_date).where(
            CourseSession.course_id == course.id)).all()
        assert sorted(days) == [date(2026, 4, 6), date(2026, 4, 7)]
        enrolments = s.scalars(select(Enrollment).where(Enrollment.course_id == course.id)).all()
        assert sorted((e.staff_id or e.participant_name, e.result) for e in enrolments) == sorted(
            [(ids["pom"], "passed"), ("Hà Văn Tú", None)])
        marks = s.scalars(select(Attendance.status).join(Enrollment).where(
            Enrollment.course_id == course.id)).all()
        assert sorted(marks) == ["absent", "excused", "late", "present"]

    before = snapshot(store)
    again = run_import(store, "attendance", path, again=True)  # the same file, on purpose
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert snapshot(store) == before


def test_attendance_update_of_a_mark(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    rows = attendance_rows(ids)
    run_import(store, "attendance", write_csv(tmp_path / "a.csv", rows))
    rows[1][5] = "late"
    summary = run_import(store, "attendance", write_csv(tmp_path / "b.csv", rows))
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 3)


def test_attendance_refusals(store: Store, tmp_path: Path) -> None:
    ids = seed(store)
    rows = attendance_rows(ids)
    rows[1][3] = "no-such-staff"
    rows[2][5] = "ngủ gật"
    rows.append(["Ứng dụng CNTT cơ bản", "2026-04-06", "2026-04-07", ids["pom"], "", "late",
                 "Đạt"])
    rows.append(["Ứng dụng CNTT cơ bản", "2026-04-06", "2026-04-01", ids["mai"], "", "late", ""])
    rows.append(["Ứng dụng CNTT cơ bản", "2026-04-06", "2026-04-08", "", "", "late", ""])
    error = refused(store, "attendance", write_csv(tmp_path / "a.csv", rows))
    assert where(error) == [(2, "staff_id"), (3, "status"), (6, "status"),
                            (7, "session_date"), (8, "staff_id")]
    assert "dòng 4" in str(error.problems[2].message)


def test_attendance_requires_its_columns(store: Store, tmp_path: Path) -> None:
    error = refused(store, "attendance", write_csv(tmp_path / "a.csv", [
        ["course_title", "session_date", "staff_id"], ["X", "2026-01-01", "id"]]))
    assert where(error) == [(1, "course_start"), (1, "status")]


def test_trainer_refuses_register_imports_but_imports_attendance(trainer_store: Store,
                                                                 tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [["full_name"], ["Lò Văn A"]])
    # One sentence for every writer of the register (app/models/scope.py says it too).
    trainer_only = ("Máy giảng viên chỉ ghi được dữ liệu đào tạo; hồ sơ cán bộ và thiết bị do "
                    "máy văn phòng xã cập nhật.")
    error = refused(trainer_store, "staff", path)
    assert error.code == "scope.trainer_register" and str(error) == trainer_only
    assert str(refused(trainer_store, "equipment", path)) == trainer_only

    received(trainer_store, OTHER, lambda s: records.create(
        s, Staff, id=new_id(), commune_code=OTHER, full_name="Quàng Văn Ơn"))
    path = write_csv(tmp_path / "att.csv", [
        ["Tên khóa học", "Ngày bắt đầu khóa học", "Ngày học", "Họ tên cán bộ",
         "Người tham gia ngoài", "Điểm danh"],
        ["Lớp tỉnh", "01/04/2026", "01/04/2026", "Quang Van On", "", "Có mặt"],
        ["Lớp tỉnh", "01/04/2026", "01/04/2026", "", "Khách mời", "Vắng có phép"],
    ])
    assert run_import(trainer_store, "attendance", path).created == 2
    with trainer_store.sessions() as s:
        course = s.scalars(select(Course)).one()
        assert (course.commune_code, course.partition) == (None, "province:11")
        partitions = sorted(s.scalars(select(Enrollment.partition)).all())
        assert partitions == [f"commune:{OTHER}", "province:11"]


def test_office_marks_its_staff_in_a_province_course_but_adds_nothing_to_it(
        store: Store, tmp_path: Path) -> None:
    ids = seed(store)

    def province_course(s: Session) -> None:
        course = records.create(s, Course, id=new_id(), title="Lớp của tỉnh", commune_code=None,
                                start_date=date(2026, 5, 4), partition="province:11")
        records.create(s, CourseSession, id=new_id(), course_id=course.id,
                       session_date=date(2026, 5, 4), partition="province:11")

    received(store, HOME, province_course, trainer=True)
    head = ["course_title", "course_start", "session_date", "staff_id", "participant_name",
            "status"]
    good = ["Lớp của tỉnh", "2026-05-04", "2026-05-04", ids["pom"], "", "present"]
    assert run_import(store, "attendance", write_csv(tmp_path / "a.csv", [head, good])
                      ).created == 1
    error = refused(store, "attendance", write_csv(tmp_path / "b.csv", [
        head, good,
        ["Lớp của tỉnh", "2026-05-04", "2026-05-05", ids["pom"], "", "present"],
        ["Lớp của tỉnh", "2026-05-04", "2026-05-04", "", "Khách", "present"],
    ]))
    assert where(error) == [(3, "session_date"), (4, "participant_name")]
    with store.sessions() as s:
        mark = s.scalars(select(Attendance).join(Enrollment).where(
            Enrollment.staff_id == ids["pom"], Attendance.status == "present",
            Attendance.partition == f"commune:{HOME}")).all()
        assert len(mark) == 3  # two sessions of the commune course, one of the province's
