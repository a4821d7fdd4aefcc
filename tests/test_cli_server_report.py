"""``commune-it server report``, run as a real process through the console script: the
same contract as ``report`` (DESIGN.md's command table) — ``--list`` one report per line,
name first; an unknown name, a missing one, no ``--out``, a file type not written: one line
in Vietnamese (English when asked), exit 2, before any database is opened; a database that
is not a province's is refused in words; a file is written whole or not at all."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.report_helpers import cli, ok, page_count, refused, set_up, sheet_rows

PROVINCE_REPORTS = ["inventory", "staff-qualifications", "ict-indicators"]
ENGLISH = {**os.environ, "COMMUNE_IT_LANG": "en"}


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A province that has issued one enrolment (it knows its province, no data yet)."""
    folder = tmp_path_factory.mktemp("province")
    ok(cli(folder, "server", "enroll", "--commune", "03325", "--device-name", "Máy 1",
           "--out", str(folder / "enrol.json")))
    return folder


def test_list_prints_each_province_report_name_first_then_what_it_is(tmp_path) -> None:
    result = ok(cli(tmp_path, "server", "report", "--list"))
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == PROVINCE_REPORTS
    described = dict(line.split(maxsplit=1) for line in lines)
    assert described["inventory"].startswith("thiết bị của từng xã, phường")
    assert "toàn tỉnh" in described["ict-indicators"]
    english = ok(cli(tmp_path, "server", "report", "--list", env=ENGLISH)).stdout
    assert "each commune's equipment" in english and "xã" not in english
    assert not (tmp_path / "province.sqlite3").exists()  # a list needs no database


@pytest.mark.parametrize(("args", "fragments"), [
    (["bao-cao", "--out", "x.pdf"], ["“bao-cao”", *PROVINCE_REPORTS]),
    (["sign-in-sheet", "--out", "x.pdf"], ["“sign-in-sheet”", "ict-indicators"]),
    (["--out", "x.pdf"], ["Chưa nêu tên báo cáo", "staff-qualifications"]),
    (["inventory"], ["--out"]),
    (["inventory", "--out", "x.docx"], ["“x.docx”", ".pdf, .xlsx"]),
])
def test_mistakes_are_one_line_before_any_database(tmp_path, args, fragments) -> None:
    refused(cli(tmp_path / "province", "server", "report", *args), *fragments)
    assert not (tmp_path / "province").exists() or not any(
        (tmp_path / "province").glob("*.sqlite3*"))  # refused before a database was opened


def test_an_unknown_name_in_english_lists_the_province_reports(tmp_path) -> None:
    line = refused(cli(tmp_path, "server", "report", "attendance-summary", "--out", "x.pdf",
                       env=ENGLISH), "‘attendance-summary’")
    assert "the reports are: inventory, staff-qualifications, ict-indicators" in line


def test_a_laptops_database_is_not_a_province(tmp_path: Path) -> None:
    laptop = set_up(tmp_path / "laptop")
    out = tmp_path / "kiem-ke.pdf"
    out.write_bytes(b"the older paper")
    line = refused(cli(tmp_path / "province", "server", "report", "inventory", "--db",
                       str(laptop / "commune-it.sqlite3"), "--out", str(out)),
                   "chưa phải của máy chủ tỉnh", "--db")
    assert "Traceback" not in line
    assert out.read_bytes() == b"the older paper"  # left as it was
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["kiem-ke.pdf"]
    assert not (tmp_path / "province" / "province.sqlite3").exists()  # --db was read
    english = refused(cli(tmp_path / "province", "server", "report", "inventory", "--db",
                          str(laptop / "commune-it.sqlite3"), "--out", str(out), env=ENGLISH))
    assert "not a province server's" in english


def test_written_whole_as_pdf_and_xlsx_with_no_temporary_left(province, tmp_path) -> None:
    for name in PROVINCE_REPORTS:
        pdf, xlsx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.xlsx"
        said = ok(cli(province, "server", "report", name, "--out", str(pdf))).stdout.strip()
        assert said == f"Đã ghi báo cáo “{name}” vào “{pdf}” ({page_count(pdf)} trang)."
        said = ok(cli(province, "server", "report", name, "--out", str(xlsx))).stdout.strip()
        assert said == f"Đã ghi báo cáo “{name}” vào “{xlsx}”."
        assert sheet_rows(xlsx)[0][0] == "UBND TỈNH ĐIỆN BIÊN"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{name}.{ext}" for name in PROVINCE_REPORTS for ext in ("pdf", "xlsx"))


def test_the_database_from_the_environment_and_a_folder_that_is_not_there(
        province, tmp_path) -> None:
    moved = tmp_path / "elsewhere.sqlite3"
    shutil.copyfile(province / "province.sqlite3", moved)
    env = {**os.environ, "COMMUNE_IT_SERVER_DB": str(moved)}
    ok(cli(tmp_path / "empty", "server", "report", "ict-indicators", "--out",
           str(tmp_path / "chi-tieu.xlsx"), env=env))
    assert sheet_rows(tmp_path / "chi-tieu.xlsx")[1][0] == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    missing = tmp_path / "no-such-folder" / "x.pdf"
    refused(cli(province, "server", "report", "inventory", "--out", str(missing)),
            "thư mục", "no-such-folder")
    (tmp_path / "folder.pdf").mkdir()
    refused(cli(province, "server", "report", "inventory", "--out", str(tmp_path / "folder.pdf")),
            "là một thư mục")
