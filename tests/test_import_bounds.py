"""Issue 9, item 7: spreadsheets that eat memory are refused within seconds, and a workbook
says which sheet it reads.

Hostile files are made for real (a 400,000-row CSV, an XLSX whose sheet unzips past the
limit, a zip directory that lies, an endless line) and imported through the real
``commune-it`` console script; each import's peak memory is measured in a process of its
own (``ru_maxrss`` of a wrapper's only child).
"""

from __future__ import annotations

import csv
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog
from sqlalchemy import func, select

from app.models import Staff
from app.models.store import Store
from app.ui.pages.staff.view import StaffPage
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.ui_helpers import (
    office_store,
    open_page,
    record_messages,
    runner_with_area,
    source_strings,
)

COMMUNE_IT = Path(sys.executable).with_name("commune-it")
# The limits the README promises (app/exchange/limits.py).
MAX_ROWS, MAX_COLUMNS, MAX_CELL_CHARS, MAX_FILE_BYTES = 30_000, 64, 1_000, 64 * 2**20
MEMORY_LIMIT_MB = 500
REFUSAL_SECONDS = 10  # "within seconds" on a busy 2-core machine (about 1 s alone)

# Runs one command as its only child and prints its exit status, output and peak memory.
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr,
                  "seconds": time.perf_counter() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def commune_it(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def measured_import(data_dir: Path, path: Path, *flags: str) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(COMMUNE_IT), "--data-dir",
                           str(data_dir), "import", "staff", str(path), *flags],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def refused_quickly(result: dict, *fragments: str) -> None:
    assert result["code"] == 2, result["err"]
    assert "Traceback" not in result["err"]
    [line] = result["err"].strip().splitlines()
    for fragment in fragments:
        assert fragment in line, line
    assert result["seconds"] < REFUSAL_SECONDS, result
    assert result["peak_mb"] < MEMORY_LIMIT_MB, result


def officials(data_dir: Path) -> int:
    store = Store(data_dir / DB_NAME)
    try:
        with store.sessions() as s:
            return s.scalar(select(func.count()).select_from(Staff))
    finally:
        store.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    result = commune_it(folder, "setup", "--commune", MUONG_PHANG, "--device-name", "Máy xã")
    assert result.returncode == 0, result.stderr
    return folder


def write_rows(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_name", "gender", "birth_date", "ethnicity", "position",
                         "professional_level", "it_certificate", "phone"])
        for n in range(rows):
            writer.writerow([f"Lò Văn Số {n}", "male", f"{1960 + n % 40}-05-{n % 28 + 1:02d}",
                             "Thái", "Công chức Văn phòng - Thống kê", "university", "basic",
                             f"09{n:08d}"])
    return path


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def inflated(path: Path, sheet_bytes: int) -> Path:
    """A real workbook whose sheet unzips to ``sheet_bytes`` (blank rows, well formed)."""
    source = workbook(path.with_name("source.xlsx"), {"Cán bộ": [["full_name"], ["Lò Văn A"]]})
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in original.infolist():
            if item.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(item, original.read(item))
                continue
            with bomb.open(item.filename, "w") as sheet:
                sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.'
                            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
                chunk = b"<row/>" * (1 << 20)
                for _ in range(sheet_bytes // len(chunk)):
                    sheet.write(chunk)
                sheet.write(b"</sheetData></worksheet>")
    return path


# --- CSV ------------------------------------------------------------------------------------
def test_a_400000_row_csv_is_refused_within_seconds_in_little_memory(data_dir: Path,
                                                                     tmp_path: Path) -> None:
    path = write_rows(tmp_path / "can-bo.csv", 400_000)
    result = measured_import(data_dir, path)
    refused_quickly(result, f"có hơn {MAX_ROWS:,} dòng dữ liệu".replace(",", "."))
    assert officials(data_dir) == 0
    print(f"400,000-row CSV ({path.stat().st_size / 2**20:.0f} MB): refused in "
          f"{result['seconds']:.1f} s, peak {result['peak_mb']:.0f} MB")


def test_a_file_at_the_row_limit_imports_in_bounded_memory(data_dir: Path,
                                                           tmp_path: Path) -> None:
    result = measured_import(data_dir, write_rows(tmp_path / "can-bo.csv", MAX_ROWS))
    assert result["code"] == 0, result["err"]
    assert f"{MAX_ROWS} mới" in result["out"]
    assert result["peak_mb"] < MEMORY_LIMIT_MB, result
    print(f"{MAX_ROWS}-row CSV: imported in {result['seconds']:.1f} s, "
          f"peak {result['peak_mb']:.0f} MB")


def test_an_endless_line_is_refused_at_its_start(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "mot-dong.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("full_name,position\nLò Văn A,")
        for _ in range(40):
            handle.write("x" * 1_000_000)
    refused_quickly(measured_import(data_dir, path), "Dòng 2", "dài hơn")


def test_a_file_larger_than_any_register_is_refused_unread(data_dir: Path,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "lon.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing to read, everything to refuse
    refused_quickly(measured_import(data_dir, path), "“lon.csv”", "quá giới hạn 64 MB")


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_cell_too_long_or_a_file_too_wide_is_named_and_refused(
        data_dir: Path, tmp_path: Path, suffix: str) -> None:
    long_name = [["full_name", "position"], ["Lò Văn A", "Công chức"],
                 ["Lò Văn B", "x" * (MAX_CELL_CHARS + 1)]]
    wide = [["full_name"], ["Lò Văn A", *[None] * MAX_COLUMNS, "ẩn ở cột xa"]]
    for name, rows, fragment in (("dai", long_name, "Dòng 3, cột thứ 2"),
                                 ("rong", wide, f"cột thứ {MAX_COLUMNS + 2}")):
        path = tmp_path / f"{name}.{suffix}"
        if suffix == "csv":
            with path.open("w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows([[c or "" for c in row] for row in rows])
        else:
            workbook(path, {"Cán bộ": rows})
        result = commune_it(data_dir, "import", "staff", path)
        assert result.returncode == 2 and fragment in result.stderr, result.stderr
    assert officials(data_dir) == 0


# --- XLSX -----------------------------------------------------------------------------------
def test_a_workbook_that_unzips_past_the_limit_is_refused_before_it_is_opened(
        data_dir: Path, tmp_path: Path) -> None:
    bomb = inflated(tmp_path / "bom.xlsx", 200 * 2**20)
    assert bomb.stat().st_size < 2 * 2**20
    refused_quickly(measured_import(data_dir, bomb), "giải nén ra 198 MB, quá giới hạn 96 MB")


def test_a_zip_directory_that_lies_about_sizes_is_still_bounded(data_dir: Path,
                                                                tmp_path: Path) -> None:
    """The directory says 4 KB, the data inflates to 200 MB: zipfile stops at what was
    declared, so the sheet fails to parse instead of growing."""
    bomb = inflated(tmp_path / "bom.xlsx", 200 * 2**20)
    data = bytearray(bomb.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while entry >= 0:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        name = bytes(data[entry + 46:entry + 46 + name_length])
        if name == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", data, entry + 24, 4096)  # uncompressed size
        entry = data.find(b"PK\x01\x02", entry + 4)
    bomb.write_bytes(bytes(data))
    refused_quickly(measured_import(data_dir, bomb), "Không đọc được", "“bom.xlsx”")


def test_a_workbook_of_thousands_of_parts_is_refused_before_its_directory_is_read(
        data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "nhieu.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(3_000):
            archive.writestr(f"xl/media/{n}.bin", b"")
    refused_quickly(measured_import(data_dir, path), "có 3000 phần nén")


def test_an_empty_first_sheet_does_not_hide_the_second(data_dir: Path,
                                                       tmp_path: Path) -> None:
    path = workbook(tmp_path / "so.xlsx", {"Sheet1": [], "Cán bộ": [
        ["Họ và tên", "Ngày sinh"], ["Lò Văn A", "01/02/1990"], ["Lò Thị B", "02/03/1991"]]})
    result = commune_it(data_dir, "import", "staff", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Đã đọc trang tính “Cán bộ”.",
                                          "Đã nhập: 2 mới, 0 cập nhật, 0 không đổi."]


def test_a_sheet_of_notes_beside_the_list_is_named_and_left_unread(data_dir: Path,
                                                                   tmp_path: Path) -> None:
    path = workbook(tmp_path / "so.xlsx", {
        "Hướng dẫn": [["Điền mỗi cán bộ một dòng ở trang «Cán bộ»."]],
        "Cán bộ": [["full_name", "gender"], ["Lò Văn A", "Nam"]]})
    result = commune_it(data_dir, "import", "staff", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == ("Đã đọc trang tính “Cán bộ” (không đọc trang "
                                             "“Hướng dẫn”).")


def test_two_sheets_of_data_are_not_guessed(data_dir: Path, tmp_path: Path) -> None:
    path = workbook(tmp_path / "hai.xlsx", {
        "Năm 2025": [["full_name"], ["Lò Văn Cũ"]],
        "Năm 2026": [["full_name"], ["Lò Văn Mới"], ["Lò Thị Mới"]]})
    result = commune_it(data_dir, "import", "staff", path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "có 2 trang tính có dữ liệu (“Năm 2025”, “Năm 2026”)" in line
    assert "--sheet" in line and officials(data_dir) == 0

    missing = commune_it(data_dir, "import", "staff", path, "--sheet", "Năm 2027")
    assert missing.returncode == 2 and "các trang tính của tệp: “Năm 2025”, “Năm 2026”" in (
        missing.stderr)
    chosen = commune_it(data_dir, "import", "staff", path, "--sheet", "nam 2026")
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.splitlines() == ["Đã đọc trang tính “Năm 2026”.",
                                          "Đã nhập: 2 mới, 0 cập nhật, 0 không đổi."]


# --- the window asks which sheet ---------------------------------------------------------
@pytest.fixture
def runner(qapp: QApplication):
    runner = runner_with_area()
    yield runner
    runner.shutdown()


def test_the_window_asks_which_sheet_to_read(qtbot, qapp, runner, monkeypatch,
                                             tmp_path: Path) -> None:
    store = office_store(tmp_path / "data", [])
    path = workbook(tmp_path / "hai.xlsx", {
        "Năm 2025": [["full_name"], ["Lò Văn Cũ"]],
        "Năm 2026": [["full_name"], ["Lò Văn Mới"], ["Lò Thị Mới"]]})
    offered: list[list[str]] = []

    def pick_the_second(box: QInputDialog) -> int:
        offered.append(box.comboBoxItems())
        box.setTextValue(box.comboBoxItems()[1])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QInputDialog, "exec", pick_the_second)
    messages = record_messages(monkeypatch)
    try:
        with source_strings(qapp):
            page = open_page(qtbot, StaffPage, store, runner)
            page.excel.import_action.trigger()
            assert runner.wait()
            assert offered == [["Năm 2025", "Năm 2026"]]
            assert messages == [("Import finished", "2 added, 0 updated, 0 unchanged.\n"
                                 "Read from the sheet “Năm 2026”.")]
        with store.sessions() as s:
            assert sorted(s.scalars(select(Staff.full_name))) == ["Lò Thị Mới", "Lò Văn Mới"]
    finally:
        store.close()
