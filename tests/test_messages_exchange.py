"""What an import or an export tells people is a code of the one catalogue
(app/messages/exchange.py), in Vietnamese and in English alike (issue 10, item 3).

Bad .csv and .xlsx files are written for real and imported through the real code into real
SQLite stores, through ``commune-it import`` with ``COMMUNE_IT_LANG=en``, and into the
window's table of bad rows with the window in English. Every refusal, every row problem
and where it is ("Dòng 3, cột “Họ và tên” (full_name): …"), every summary line must carry
codes the catalogue knows, read in Vietnamese exactly as officers have always read it, and
read in English with no Vietnamese letter beyond what the file itself holds (its header
cells, its values: the file format's data).
"""

from __future__ import annotations

import ast
import csv
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import messages
from app.exchange import (
    AlreadyImported,
    ExportFileError,
    ImportFileError,
    ImportSummary,
    MatchesExisting,
    SheetChoice,
    export_file,
    import_file,
)
from app.exchange.columns import EXPORT_COLUMNS, IMPORT_COLUMNS
from app.exchange.errors import ExchangeError
from app.exchange.limits import MAX_CELL_CHARS, MAX_ROWS
from app.exchange.register import EXAMPLE_ID
from app.messages import Message, catalogue, grouped, placeholders, shown
from app.messages.exchange import TEXTS
from app.messages.exchange_columns import COLUMNS
from app.models.errors import ModelError
from app.models.store import Store
from app.ui.pages.register.excel import BadRowsDialog
from app.ui.runtime import i18n
from tests.helpers import MUONG_PHANG, THANH_NUA, fresh_store, make_store

ROOT = Path(__file__).resolve().parent.parent
COMMUNE_IT = Path(sys.executable).with_name("commune-it")
_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
NOTHING = "không có dữ liệu nào được ghi."


def assert_known(held: Message) -> None:
    """Every code in ``held`` (its values', lists' and errors' too) is in the catalogue,
    with each placeholder given."""
    entry = catalogue().get(held.code)
    assert entry is not None, held.code
    assert placeholders(entry.vi) <= set(held.values), (held.code, sorted(held.values))
    for value in held.values.values():
        for inner in value if isinstance(value, list) else [value]:
            inner = inner.message if isinstance(inner, ModelError) else inner
            if isinstance(inner, Message):
                assert_known(inner)


def told(said: ModelError | Message, vietnamese: str | None = None,
         english: str | None = None) -> str:
    """The English of ``said`` after checking its codes, that it holds no Vietnamese letter,
    and that ``str()`` is the Vietnamese (``vietnamese``, the text as it always was)."""
    assert_known(said.message if isinstance(said, ModelError) else said)
    text = said.text("en")
    assert not VIETNAMESE.search(text), text
    assert str(said) == said.text("vi")
    if vietnamese is not None:
        assert str(said) == vietnamese
    if english is not None:
        assert text == english
    return text


def problems_told(error: ImportFileError) -> list[str]:
    """Each row problem, located, checked as ``told`` does (the file's own words aside: the
    caller compares the English lines whole); its English lines."""
    for problem in error.problems:
        assert_known(problem.located())
    assert error.lines() == error.lines("vi") == [p.text("vi") for p in error.problems]
    return error.lines("en")


@pytest.fixture(autouse=True)
def vietnamese_after() -> Iterator[None]:
    yield
    messages.set_language("vi")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = make_store(tmp_path / "office")
    yield store
    store.close()


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def imported(store: Store, kind: str, path: Path, **options: Any) -> ImportSummary:
    with store.sessions.begin() as s:
        return import_file(s, kind, path, **options)


def refused(store: Store, kind: str, path: Path, **options: Any) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        imported(store, kind, path, **options)
    return caught.value


def where(error: ImportFileError) -> list[tuple[int | None, Any]]:
    return [(p.row, p.column) for p in error.problems]


# --- the catalogue itself -----------------------------------------------------------------
@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_entry_has_both_languages_with_the_same_placeholders(code: str) -> None:
    vietnamese, english = TEXTS[code]
    assert code.startswith(("import.", "export.")), code
    assert vietnamese.strip() and english.strip()
    assert placeholders(vietnamese) == placeholders(english)
    assert not VIETNAMESE.search(english), english
    assert catalogue()[code] == (vietnamese, english)


def test_a_sentence_names_each_column_by_its_header_in_vietnamese() -> None:
    columns = [c for kind in (*IMPORT_COLUMNS.values(), *EXPORT_COLUMNS.values()) for c in kind]
    assert {c.name.code for c in columns} == set(COLUMNS)
    for column in columns:
        told(column.name, column.header)


def test_counts_are_grouped_as_each_language_writes_them() -> None:
    assert (shown(grouped(999), "vi"), shown(grouped(999), "en")) == ("999", "999")
    assert (shown(grouped(MAX_ROWS), "vi"), shown(grouped(MAX_ROWS), "en")) == ("30.000", "30,000")
    assert shown(grouped(1_234_567), "vi") == "1.234.567"
    assert shown(grouped(1_234_567), "en") == "1,234,567"
    assert shown(grouped(2_000_005), "vi") == "2.000.005"


def test_nothing_below_the_window_keeps_a_vietnamese_sentence_in_exchange() -> None:
    """Only the file format's data (columns.py: headers and sheet titles) stays Vietnamese
    in app/exchange; every sentence lives in the catalogue."""
    found = []
    for path in sorted((ROOT / "app" / "exchange").glob("*.py")):
        if path.name == "columns.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and VIETNAMESE.search(node.value)):
                found.append(f"{path.name}:{node.lineno}: {node.value[:60]}")
    assert found == []


# --- bad rows -----------------------------------------------------------------------------
STAFF_HEADER = ["id", "full_name", "gender", "birth_date", "uses_official_email",
                "commune_code"]
BAD_STAFF = [
    STAFF_HEADER,
    ["", "Lo Van A", "male", "31/02/1990", "yes", ""],
    ["", "", "male", "", "", ""],
    ["not-a-uuid", "Lo Van B", "", "", "maybe", ""],
    ["", "Lo Thi C", "female", "tomorrow", "", THANH_NUA],
    ["", "Lo Van D", "", "01/01/2090", "", ""],
]
BAD_STAFF_VI = [
    "Dòng 2, cột birth_date: Ngày “31/02/1990” không có thật.",
    "Dòng 3, cột full_name: “Họ và tên” không được để trống.",
    "Dòng 4, cột uses_official_email: “maybe” không hợp lệ; ghi “Có” hoặc “Không” (yes/no).",
    "Dòng 4, cột id: Mã “not-a-uuid” không phải là mã bản ghi hợp lệ (dạng UUID như trong "
    f"tệp xuất, ví dụ {EXAMPLE_ID}). Để thêm cán bộ mới, hãy để trống ô mã.",
    "Dòng 5, cột birth_date: “tomorrow” không phải là ngày; ghi theo dạng ngày/tháng/năm "
    "(05/02/2026) hoặc năm-tháng-ngày (2026-02-05).",
    f"Dòng 5, cột commune_code: Xã {THANH_NUA} nằm ngoài phạm vi ghi của máy này (máy ghi "
    f"cho xã {MUONG_PHANG}).",
]
BAD_STAFF_EN = [
    "Row 2, column birth_date: The date ‘31/02/1990’ does not exist.",
    "Row 3, column full_name: ‘Full name’ cannot be left empty.",
    "Row 4, column uses_official_email: ‘maybe’ is not valid; write yes or no.",
    "Row 4, column id: “not-a-uuid” is not a valid record id (a UUID as in an exported file, "
    f"for example {EXAMPLE_ID}). To add a new official, leave the id cell empty.",
    "Row 5, column birth_date: ‘tomorrow’ is not a date; write it as DD/MM/YYYY (05/02/2026) "
    "or YYYY-MM-DD (2026-02-05).",
    f"Row 5, column commune_code: Commune {THANH_NUA} is outside what this computer may "
    f"write (it records for commune {MUONG_PHANG}).",
]


def test_a_bad_csv_names_each_row_and_column_in_both_languages(store: Store,
                                                               tmp_path: Path) -> None:
    error = refused(store, "staff", write_csv(tmp_path / "can-bo.csv", BAD_STAFF))
    assert where(error) == [(2, "birth_date"), (3, "full_name"), (4, "uses_official_email"),
                            (4, "id"), (5, "birth_date"), (5, "commune_code"),
                            (6, "birth_date")]
    told(error, f"Tệp có 5 dòng lỗi; {NOTHING}",
         "The file has 5 rows with errors; nothing was written.")
    english = problems_told(error)
    assert error.lines()[:6] == BAD_STAFF_VI and english[:6] == BAD_STAFF_EN
    # the birth date in the future is the models' own check, located by the import
    assert english[6].startswith("Row 6, column birth_date: ") and "2090" in english[6]
    assert not any(VIETNAMESE.search(line) for line in english)
    assert error.report("en").splitlines() == [error.text("en"), *english]


def test_a_bad_workbook_names_its_columns_as_the_file_does(store: Store,
                                                           tmp_path: Path) -> None:
    """Vietnamese headers are the file's words: quoted as they are in either language."""
    path = write_xlsx(tmp_path / "can-bo.xlsx", {"Cán bộ": [
        ["Họ và tên", "Giới tính", "Ngày sinh"],
        ["Lò Thị Mai", "Nữ", date(1990, 3, 12)],
        [None, "Nam", "12/03/1990"],
        ["Vàng A Dơ", "nam giới", "31/02/1988"],
    ]})
    error = refused(store, "staff", path)
    assert where(error) == [(3, "full_name"), (4, "gender"), (4, "birth_date")]
    english = problems_told(error)
    assert error.lines() == [
        "Dòng 3, cột “Họ và tên” (full_name): “Họ và tên” không được để trống.",
        "Dòng 4, cột “Giới tính” (gender): Giá trị “nam giới” không hợp lệ; chọn một trong: "
        "Nam, Nữ.",
        "Dòng 4, cột “Ngày sinh” (birth_date): Ngày “31/02/1988” không có thật.",
    ]
    assert english == [
        "Row 3, column ‘Họ và tên’ (full_name): ‘Full name’ cannot be left empty.",
        "Row 4, column ‘Giới tính’ (gender): The value ‘nam giới’ is not valid; choose one "
        "of: male, female.",
        "Row 4, column ‘Ngày sinh’ (birth_date): The date ‘31/02/1988’ does not exist.",
    ]
    told(error, f"Tệp có 2 dòng lỗi; {NOTHING}")


def test_header_problems_are_counted_in_each_language(store: Store, tmp_path: Path) -> None:
    error = refused(store, "staff", write_csv(tmp_path / "a.csv", [
        ["full_name", "Họ và tên", "colour"], ["Lo Van A", "Lo Van A", "red"]]))
    told(error, f"Dòng tiêu đề có 2 cột không dùng được; {NOTHING}",
         "The header row has 2 columns that cannot be used; nothing was written.")
    english = problems_told(error)
    assert error.lines()[0] == ("Dòng 1, cột “Họ và tên” (full_name): Cột “Họ và tên” trùng "
                                "với cột thứ 1 (cùng là full_name).")
    assert english[0] == ("Row 1, column ‘Họ và tên’ (full_name): The column ‘Họ và tên’ "
                          "repeats column 1 (both are full_name).")
    assert english[1].startswith("Row 1, column colour: The column ‘colour’ is not "
                                 "recognised; the columns that can be used: id, full_name, ")

    one = refused(store, "staff", write_csv(tmp_path / "b.csv", [["full_name", "colour"],
                                                                 ["Lo Van A", "red"]]))
    told(one, f"Dòng tiêu đề có 1 cột không dùng được; {NOTHING}",
         "The header row has 1 column that cannot be used; nothing was written.")

    unnamed = refused(store, "staff", write_csv(tmp_path / "c.csv", [
        ["full_name", "", "gender"], ["Lo Van A", "x", "male"]]))
    told(unnamed, f"Tệp có 1 dòng lỗi; {NOTHING}",
         "The file has 1 row with errors; nothing was written.")
    assert problems_told(unnamed) == ["Row 1, column 2: Column 2 holds data but has no header."]
    assert unnamed.lines() == ["Dòng 1, cột thứ 2: Cột thứ 2 có dữ liệu nhưng không có tiêu đề."]


def test_missing_attendance_columns_are_named_by_the_catalogue(store: Store,
                                                               tmp_path: Path) -> None:
    error = refused(store, "attendance", write_csv(tmp_path / "a.csv", [
        ["course_title", "session_date", "staff_id"], ["X", "2026-01-01", "id"]]))
    told(error, f"Tệp thiếu 2 cột bắt buộc; {NOTHING}",
         "The file lacks 2 required columns; nothing was written.")
    assert problems_told(error)[0] == (
        "Row 1, column ‘Start of the course’ (course_start): The required column ‘Start of the "
        "course’ (course_start) is missing.")
    assert error.lines()[0] == ("Dòng 1, cột “Ngày bắt đầu khóa học” (course_start): Thiếu "
                                "cột bắt buộc “Ngày bắt đầu khóa học” (course_start).")

    nobody = refused(store, "attendance", write_csv(tmp_path / "b.csv", [
        ["course_title", "course_start", "session_date", "status"],
        ["X", "2026-01-01", "2026-01-01", "present"]]))
    told(nobody, f"Tệp thiếu cột người học; {NOTHING}")
    assert problems_told(nobody) == [
        "Row 1, column staff_id: The column ‘Official's id’ (staff_id) or ‘Outside "
        "participant’ (participant_name) is missing."]
    assert nobody.lines() == ["Dòng 1, cột staff_id: Thiếu cột “Mã cán bộ” (staff_id) hoặc "
                              "“Người tham gia ngoài” (participant_name)."]


def test_attendance_rows_are_refused_in_both_languages(store: Store, tmp_path: Path) -> None:
    start = date.today() - timedelta(days=10)
    later = date.today() + timedelta(days=30)
    header = ["course_title", "course_start", "session_date", "staff_id", "participant_name",
              "status", "course_end"]
    rows = [
        ["IT basics", start, start - timedelta(days=1), "", "Guest One", "present", ""],
        ["IT basics", start, start, "no-such-staff", "Guest Two", "present", ""],
        ["IT basics", start, start, "no-such-staff", "", "present", ""],
        ["IT basics", start, later, "", "Guest One", "present", ""],
        ["IT basics", start, start, "", "Guest Three", "present", start - timedelta(days=1)],
        ["IT basics", start, start, "", "Guest One", "present", ""],
        ["IT basics", start, start, "", "Guest One", "present", ""],
    ]
    error = refused(store, "attendance", write_csv(
        tmp_path / "diem-danh.csv", [header, *[[f"{c:%d/%m/%Y}" if isinstance(c, date) else c
                                                for c in row] for row in rows]]))
    assert where(error) == [(2, "session_date"), (3, "participant_name"), (4, "staff_id"),
                            (5, "session_date"), (6, "course_end"), (6, "course_end"),
                            (8, "status")]
    english = problems_told(error)
    assert not any(VIETNAMESE.search(line) for line in english), english
    day = f"{start:%d/%m/%Y}"
    before = f"{start - timedelta(days=1):%d/%m/%Y}"
    assert error.lines("vi")[0] == (f"Dòng 2, cột session_date: Ngày học {before} trước ngày "
                                    f"bắt đầu khóa học ({day}).")
    assert english[0] == (f"Row 2, column session_date: The lesson date {before} is before "
                          f"the start of the course ({day}).")
    assert error.lines("vi")[2] == ("Dòng 4, cột staff_id: Không có cán bộ nào (đang làm việc) "
                                    "mang mã “no-such-staff” trong các xã của máy này.")
    assert english[4:] == [
        "Row 6, column course_end: Differs from row 2 of the same course.",
        "Row 6, column course_end: The end date is before the start of the course.",
        f"Row 8, column status: This person's attendance at the lesson of {day} is already "
        "marked on row 7."]
    assert error.lines("vi")[6] == (f"Dòng 8, cột status: Người này đã được điểm danh buổi "
                                    f"{day} ở dòng 7.")


def test_a_trainers_laptop_refuses_the_register_in_the_one_sentence(tmp_path: Path) -> None:
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True)
    try:
        path = write_csv(tmp_path / "s.csv", [["full_name"], ["Lo Van A"]])
        for kind in ("staff", "equipment"):
            error = refused(trainer, kind, path)
            assert error.code == "scope.trainer_register"
            told(error, "Máy giảng viên chỉ ghi được dữ liệu đào tạo; hồ sơ cán bộ và thiết bị "
                 "do máy văn phòng xã cập nhật.")
    finally:
        trainer.close()


# --- files refused whole ------------------------------------------------------------------
def _long_cell(path: Path) -> None:
    write_csv(path, [["full_name", "position"], ["Lo Van A", "x" * (MAX_CELL_CHARS + 1)]])


def _workbook_bytes(path: Path) -> None:
    path.write_bytes(write_xlsx(path.with_name("real.xlsx"),
                                {"Staff": [["full_name"], ["A"]]}).read_bytes())


WHOLE_FILES = [  # name, how to write it (None: not at all), Vietnamese, English
    ("cu.xls", lambda p: p.write_bytes(b"x"),
     "Tệp “cu.xls” là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.",
     "The file ‘cu.xls’ is in the old Excel format (.xls); open it in Excel and save it "
     "again as .xlsx."),
    ("ghi-chu.txt", lambda p: p.write_text("x"),
     "Tệp “ghi-chu.txt” không phải .csv hoặc .xlsx; chỉ nhận hai định dạng này.",
     "The file ‘ghi-chu.txt’ is not a .csv or .xlsx file; only these two formats are "
     "accepted."),
    ("trong.csv", lambda p: p.write_bytes(b""),
     "Tệp “trong.csv” trống: không có dòng tiêu đề.",
     "The file ‘trong.csv’ is empty: it has no header row."),
    ("tieu-de.csv", lambda p: p.write_text("full_name\n"),
     "Tệp “tieu-de.csv” chỉ có dòng tiêu đề, không có dòng dữ liệu nào để nhập.",
     "The file ‘tieu-de.csv’ has only a header row, and no rows of data to import."),
    ("latin.csv", lambda p: p.write_bytes(b"full_name\nL\xf2 Van A\n"),
     "Tệp “latin.csv” không phải văn bản CSV mã UTF-8. Trong Excel, hãy chọn Lưu thành “CSV "
     "UTF-8 (Comma delimited)”.",
     "The file ‘latin.csv’ is not CSV text in UTF-8. In Excel, choose Save as ‘CSV UTF-8 "
     "(Comma delimited)’."),
    ("so.csv", _workbook_bytes,
     "Tệp “so.csv” thực ra là tệp Excel; hãy đổi đuôi tệp thành .xlsx.",
     "The file ‘so.csv’ is in fact an Excel file; change its extension to .xlsx."),
    ("hong.xlsx", lambda p: p.write_bytes(b"not a workbook"),
     "Không đọc được tệp Excel “hong.xlsx”: tệp hỏng hoặc không phải .xlsx.",
     "Could not read the Excel file ‘hong.xlsx’: it is damaged or not an .xlsx file."),
    ("dai.csv", _long_cell,
     "Dòng 2, cột thứ 2 của tệp “dai.csv” dài 1.001 ký tự; mỗi ô chỉ được tối đa 1.000 ký "
     "tự. Không có dữ liệu nào được ghi.",
     "Row 2, column 2 of the file ‘dai.csv’ is 1,001 characters long; a cell may hold at "
     "most 1,000 characters. Nothing was written."),
]


@pytest.mark.parametrize("name,write,vietnamese,english", WHOLE_FILES,
                         ids=[case[0] for case in WHOLE_FILES])
def test_a_file_refused_whole_says_why_in_both_languages(
        store: Store, tmp_path: Path, name: str, write: Any, vietnamese: str,
        english: str) -> None:
    path = tmp_path / name
    write(path)
    error = refused(store, "staff", path)
    assert error.problems == []
    told(error, vietnamese, english)


def test_a_missing_file_and_an_unknown_kind(store: Store, tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.csv"
    told(refused(store, "staff", missing), f"Không tìm thấy tệp “{missing}”.",
         f"The file ‘{missing}’ was not found.")
    told(refused(store, "courses", missing),
         "Không nhập được “courses”; chọn staff, equipment hoặc attendance.",
         "Cannot import ‘courses’; choose staff, equipment or attendance.")


def test_a_workbook_of_several_sheets_is_asked_about_and_its_sheet_named(
        store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "hai.xlsx", {"Year 2025": [["full_name"], ["Lo Van Cu"]],
                                              "Year 2026": [["full_name"], ["Lo Van Moi"]]})
    with pytest.raises(SheetChoice) as asked:
        imported(store, "staff", path)
    assert asked.value.sheets == ["Year 2025", "Year 2026"]
    told(asked.value, "Tệp Excel “hai.xlsx” có 2 trang tính có dữ liệu (“Year 2025”, “Year "
         "2026”); không rõ nên nhập trang nào.",
         "The Excel file ‘hai.xlsx’ has 2 sheets with data (‘Year 2025’, ‘Year 2026’); it is "
         "not clear which one to import.")
    told(refused(store, "staff", path, sheet="Year 2027"),
         "Tệp Excel “hai.xlsx” không có trang tính “Year 2027”; các trang tính của tệp: "
         "“Year 2025”, “Year 2026”.",
         "The Excel file ‘hai.xlsx’ has no sheet ‘Year 2027’; the sheets of the file: "
         "‘Year 2025’, ‘Year 2026’.")
    summary = imported(store, "staff", path, sheet="year 2026")
    told(summary.sheet_message(), "Đã đọc trang tính “Year 2026”.", "Read the sheet ‘Year 2026’.")
    told(summary.told(), "Đã thêm 1, cập nhật 0, giữ nguyên 0 dòng.",
         "1 added, 0 updated, 0 unchanged.")
    assert summary.sheet_note() == "Đã đọc trang tính “Year 2026”." and str(summary) == (
        "Đã thêm 1, cập nhật 0, giữ nguyên 0 dòng.")

    notes = write_xlsx(tmp_path / "ghi-chu.xlsx", {"Notes": [["One official a row."]],
                                                   "Staff": [["full_name"], ["Lo Van A"]]})
    told(imported(store, "staff", notes).sheet_message(),
         "Đã đọc trang tính “Staff” (không đọc trang “Notes”).",
         "Read the sheet ‘Staff’ (left unread: ‘Notes’).")
    messages.set_language("en")  # what the command line prints with COMMUNE_IT_LANG=en
    assert imported(store, "staff", notes, again=True, add_matching=True).sheet_note() == (
        "Read the sheet ‘Staff’ (left unread: ‘Notes’).")


def test_the_questions_of_an_import_in_both_languages(store: Store, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", [["full_name", "birth_date"],
                                           ["Lo Van A", "1990-02-01"], ["Lo Thi B", ""]])
    imported(store, "staff", first)
    with pytest.raises(AlreadyImported) as again:
        imported(store, "staff", first)
    when = again.value.imported_at
    told(again.value, f"Tệp “a.csv” đã được nhập vào máy này ngày {when:%d/%m/%Y} lúc "
         f"{when:%H:%M} (danh sách cán bộ: thêm 2, cập nhật 0); lần này {NOTHING}",
         f"The file ‘a.csv’ was already imported on this computer on {when:%d/%m/%Y} at "
         f"{when:%H:%M} (list of officials: 2 added, 0 updated); this time nothing was "
         "written.")

    typed_again = write_csv(tmp_path / "b.csv", [["full_name", "birth_date"],
                                                 ["LO VAN A", "01/02/1990"]])
    with pytest.raises(MatchesExisting) as matching:
        imported(store, "staff", typed_again)
    told(matching.value, f"1 dòng không có mã trùng họ tên và ngày sinh với cán bộ đã có "
         f"trong danh sách; {NOTHING}",
         "1 row without an id has the same full name and date of birth as an official already "
         "in the list; nothing was written.")
    known = matching.value.matches[0].existing_id
    assert problems_told(matching.value) == [
        f"Row 2, column full_name: ‘LO VAN A’ (born 01/02/1990) matches the official ‘Lo Van "
        f"A’ already recorded (id {known}); this row would add one more person."]
    assert matching.value.lines() == [
        f"Dòng 2, cột full_name: “LO VAN A” (sinh ngày 01/02/1990) trùng với cán bộ “Lo Van "
        f"A” đã có (mã {known}); dòng này sẽ thêm một người nữa."]
    nameless = write_csv(tmp_path / "c.csv", [["full_name"], ["lo thi b"], ["Lo Thi B"]])
    with pytest.raises(MatchesExisting) as two:
        imported(store, "staff", nameless)
    told(two.value, f"2 dòng không có mã trùng họ tên và ngày sinh với cán bộ đã có trong danh "
         f"sách; {NOTHING}")
    assert "(no date of birth given)" in problems_told(two.value)[1]


# --- export -------------------------------------------------------------------------------
def test_export_refusals_in_both_languages(store: Store, tmp_path: Path) -> None:
    def refusal(target: Store, kind: str, path: Path) -> ExchangeError:
        with pytest.raises(ExportFileError) as caught, target.sessions.begin() as s:
            export_file(s, kind, path)
        return caught.value

    told(refusal(store, "courses", tmp_path / "a.csv"),
         "Không xuất được “courses”; chọn staff, equipment hoặc training.",
         "Cannot export ‘courses’; choose staff, equipment or training.")
    told(refusal(store, "staff", tmp_path / "a.pdf"),
         "Tệp “a.pdf” không phải .csv hoặc .xlsx; chỉ nhận hai định dạng này.")
    nowhere = tmp_path / "khong-co" / "a.xlsx"
    told(refusal(store, "staff", nowhere),
         f"Không ghi được tệp “{nowhere}”: thư mục “{nowhere.parent}” không có.",
         f"Could not write the file ‘{nowhere}’: the folder ‘{nowhere.parent}’ does not exist.")
    folder = tmp_path / "la-thu-muc.csv"
    folder.mkdir()
    assert told(refusal(store, "staff", folder)).startswith(
        f"Could not write the file ‘{folder}’: ")
    bare = fresh_store(tmp_path / "bare")
    try:
        unset = refusal(bare, "staff", tmp_path / "b.csv")
        assert unset.code == "device.not_set_up"  # the models' sentence, not a copy
        told(unset, "Máy này chưa được thiết lập cho xã nào; hãy chạy “commune-it setup” trước.")
    finally:
        bare.close()


# --- the command line and the window ------------------------------------------------------
def commune_it(data_dir: Path, *args: str | Path, language: str | None = None
               ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if language is not None:
        env["COMMUNE_IT_LANG"] = language
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=env)


def test_commune_it_import_speaks_english_when_asked(tmp_path: Path) -> None:
    data_dir = tmp_path / "laptop"
    setup = commune_it(data_dir, "setup", "--commune", MUONG_PHANG, "--device-name", "May xa")
    assert setup.returncode == 0, setup.stderr
    path = write_csv(tmp_path / "can-bo.csv", BAD_STAFF[:5])

    english = commune_it(data_dir, "import", "staff", path, language="en")
    assert english.returncode == 2 and "Traceback" not in english.stderr
    assert english.stderr.splitlines() == [
        *BAD_STAFF_EN, "The file has 4 rows with errors; nothing was written."]
    assert not VIETNAMESE.search(english.stderr), english.stderr

    vietnamese = commune_it(data_dir, "import", "staff", path)
    assert vietnamese.returncode == 2
    assert vietnamese.stderr.splitlines() == [*BAD_STAFF_VI, f"Tệp có 4 dòng lỗi; {NOTHING}"]

    good = write_csv(tmp_path / "tot.csv", [["full_name"], ["Lo Van A"]])
    assert commune_it(data_dir, "import", "staff", good).returncode == 0
    again = commune_it(data_dir, "import", "staff", good, language="en")
    assert again.returncode == 2 and again.stderr.startswith(
        "The file ‘tot.csv’ was already imported on this computer on "), again.stderr
    ours = again.stderr.split("; this time nothing was written.")[0]
    assert not VIETNAMESE.search(ours), again.stderr


def test_the_english_window_shows_bad_rows_in_english(qtbot, qapp: QApplication, qm_dir: Path,
                                                      store: Store, tmp_path: Path) -> None:
    error = refused(store, "staff", write_csv(tmp_path / "can-bo.csv", BAD_STAFF))
    assert i18n.install(qapp, "en", qm_dir)  # the window sets the messages' language too
    try:
        dialog = BadRowsDialog(error, "can-bo.csv")
        # Deleted by qtbot on the GUI thread: the error's traceback holds the dialog in a
        # cycle, which a collection on a later test's worker thread must not be left to free.
        qtbot.addWidget(dialog)
        model = dialog.model
        cells = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
        assert cells[:2] == [["2", "birth_date", "The date ‘31/02/1990’ does not exist."],
                             ["3", "full_name", "‘Full name’ cannot be left empty."]]
        shown = [dialog.summary.text(), *(cell for row in cells for cell in row)]
        assert not any(VIETNAMESE.search(text) for text in shown), shown
        assert "The file has 5 rows with errors; nothing was written." in dialog.summary.text()
        dialog.copy()
        assert QGuiApplication.clipboard().text() == error.report("en")
        dialog.close()
    finally:
        i18n.uninstall(qapp)
        messages.set_language("vi")
    assert "Dòng 2, cột birth_date" in error.report()
