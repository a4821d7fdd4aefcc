"""A register restored from its export onto a new laptop keeps its ids (DESIGN.md, "Import
and export files"), through the real ``commune-it`` command: laptop A exports, a fresh
laptop B of the same commune imports, and B's export is A's, row for row, id for id.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Attendance, JournalEntry, Staff
from app.models.staff_ops import delete_staff
from app.models.store import Store
from tests.helpers import DB_NAME, MUONG_PHANG

COMMUNE_IT = Path(sys.executable).parent / "commune-it"


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


def ok(data_dir: Path, *args: str) -> str:
    result = cli(data_dir, *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(data_dir: Path, *args: str) -> list[str]:
    """Exit 2, the bad rows then the one-line reason on stderr, nothing written."""
    before = counts(data_dir)
    result = cli(data_dir, *args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert counts(data_dir) == before
    return result.stderr.strip().splitlines()


def set_up(data_dir: Path, name: str) -> None:
    ok(data_dir, "setup", "--commune", MUONG_PHANG, "--device-name", name)


def counts(data_dir: Path) -> tuple[int, int, int]:
    store = Store(data_dir / DB_NAME)
    try:
        with store.sessions() as s:
            return tuple(s.scalar(select(func.count()).select_from(model))
                         for model in (Staff, Attendance, JournalEntry))
    finally:
        store.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


@pytest.fixture(scope="module")
def laptop_a(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo commune's office laptop, and its exports (CSV, and the staff as XLSX)."""
    folder = tmp_path_factory.mktemp("laptop-a")
    set_up(folder, "Máy văn phòng cũ")
    ok(folder, "demo")
    for name in ("staff.csv", "staff.xlsx", "equipment.csv"):
        ok(folder, "export", name.split(".")[0], str(folder / name))
    return folder


def test_a_register_restored_on_a_new_laptop_keeps_its_ids(laptop_a: Path,
                                                           tmp_path: Path) -> None:
    laptop_b = tmp_path / "laptop-b"
    set_up(laptop_b, "Máy văn phòng mới")
    staff = read_csv(laptop_a / "staff.csv")
    equipment = read_csv(laptop_a / "equipment.csv")
    assert ok(laptop_b, "import", "staff", str(laptop_a / "staff.xlsx")) == (
        f"Đã nhập: {len(staff)} mới, 0 cập nhật, 0 không đổi.\n")
    assert ok(laptop_b, "import", "equipment", str(laptop_a / "equipment.csv")) == (
        f"Đã nhập: {len(equipment)} mới, 0 cập nhật, 0 không đổi.\n")
    for kind, rows in (("staff", staff), ("equipment", equipment)):
        out = tmp_path / f"{kind}-b.csv"
        ok(laptop_b, "export", kind, str(out))
        assert read_csv(out) == rows  # same rows, same ids, same order
        assert out.read_bytes() == (laptop_a / f"{kind}.csv").read_bytes()

    before = counts(laptop_b)
    for kind, name in (("staff", "staff.csv"), ("staff", "staff.xlsx"),
                       ("equipment", "equipment.csv")):
        assert "0 mới, 0 cập nhật" in ok(laptop_b, "import", kind, str(laptop_a / name),
                                         "--again")  # a file taken before: on purpose
    assert counts(laptop_b) == before  # importing again changes nothing, journals nothing


def test_attendance_finds_restored_officials_by_their_ids(laptop_a: Path,
                                                          tmp_path: Path) -> None:
    """A restored official's id, as another tool may have raised it, marks attendance; an
    id of nobody on this laptop stays an error: there is nobody to mark."""
    laptop_b = tmp_path / "laptop-b"
    set_up(laptop_b, "Máy văn phòng mới")
    ok(laptop_b, "import", "staff", str(laptop_a / "staff.csv"))
    person = read_csv(laptop_a / "staff.csv")[0]["id"]
    head = ["course_title", "course_start", "session_date", "staff_id", "status"]
    nobody = str(uuid.uuid4())
    lines = refused(laptop_b, "import", "attendance", str(write_csv(tmp_path / "a.csv", [
        head, ["Tin học văn phòng", "2025-03-03", "2025-03-03", person.upper(), "present"],
        ["Tin học văn phòng", "2025-03-03", "2025-03-03", nobody, "present"]])))
    assert lines == [
        f"Dòng 3, cột staff_id: Không có cán bộ nào (đang làm việc) mang mã “{nobody}” "
        "trong các xã của máy này.",
        "Tệp có 1 dòng lỗi; không có dữ liệu nào được ghi."]
    assert "1 mới" in ok(laptop_b, "import", "attendance", str(write_csv(
        tmp_path / "b.csv", [head, ["Tin học văn phòng", "2025-03-03", "2025-03-03",
                                    person.upper(), "present"]])))


def test_ids_that_cannot_be_restored_are_named_by_row(laptop_a: Path, tmp_path: Path) -> None:
    laptop_b = tmp_path / "laptop-b"
    set_up(laptop_b, "Máy văn phòng mới")
    staff = read_csv(laptop_a / "staff.csv")
    header = list(staff[0])
    rows = [[row[key] for key in header] for row in staff[:4]]
    rows[1][0] = "khong-phai-ma"  # typed by hand
    rows[3][0] = rows[2][0].upper()  # the same new id twice, in another case
    lines = refused(laptop_b, "import", "staff", str(write_csv(tmp_path / "s.csv",
                                                                [header, *rows])))
    assert [line.split(":")[0] for line in lines] == [
        "Dòng 3, cột id", "Dòng 5, cột id", "Tệp có 2 dòng lỗi; không có dữ liệu nào được ghi."]
    assert "“khong-phai-ma” không phải là mã bản ghi hợp lệ" in lines[0]
    assert "đã có ở dòng 4" in lines[1]

    one = write_csv(tmp_path / "one.csv", [header, rows[0]])
    ok(laptop_b, "import", "staff", str(one))
    store = Store(laptop_b / DB_NAME)
    try:
        with store.sessions.begin() as s:  # deleted in the window meanwhile
            delete_staff(s, rows[0][0])
    finally:
        store.close()
    [line, reason] = refused(laptop_b, "import", "staff", str(one), "--again")
    assert line.startswith(f"Dòng 2, cột id: Cán bộ mang mã “{rows[0][0]}” đã bị xóa")
    assert reason == "Tệp có 1 dòng lỗi; không có dữ liệu nào được ghi."
