"""``commune-it report``, run as a real process through the console script: the names and
exit codes of DESIGN.md's contract, one-line refusals in Vietnamese (English when asked),
and never a half-written file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.ops import reports
from app.reports import output
from tests.report_helpers import (
    DB,
    REPORTS,
    cli,
    demo,
    ok,
    page_count,
    query,
    refused,
    set_up,
    sheet_rows,
)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo(tmp_path_factory.mktemp("demo"))


def test_list_prints_each_report_on_its_line_name_first_then_what_it_is(tmp_path: Path):
    result = ok(cli(tmp_path, "report", "--list"))
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [*REPORTS, "asset-labels"]
    described = dict(line.split(maxsplit=1) for line in lines)
    assert described["sign-in-sheet"].startswith("danh sách ký nhận")
    assert "kiểm kê" in described["inventory"]
    english = ok(cli(tmp_path, "report", "--list", env={**os.environ, "COMMUNE_IT_LANG": "en"}))
    assert "the sign-in sheet" in english.stdout and "ký" not in english.stdout


@pytest.mark.parametrize(("args", "fragments"), [
    (["report", "bao-cao", "--out", "x.pdf"], ["“bao-cao”", *REPORTS]),
    (["report", "--out", "x.pdf"], ["Chưa nêu tên báo cáo", "inventory"]),
    (["report", "inventory"], ["--out"]),
    (["report", "inventory", "--out", "x.docx"], ["“x.docx”", ".pdf, .xlsx"]),
    (["report", "inventory", "--course", "abc", "--out", "x.pdf"],
     ["--course", "sign-in-sheet"]),
])
def test_mistakes_on_the_command_line_are_one_line_before_any_store(tmp_path, args, fragments):
    refused(cli(tmp_path / "never-set-up", *args), *fragments)
    assert not (tmp_path / "never-set-up" / DB).exists()  # refused before opening a store


def test_an_unknown_name_in_english_lists_the_reports_too(tmp_path: Path) -> None:
    line = refused(cli(tmp_path, "report", "nhan-tai-san", "--out", "x.pdf",
                       env={**os.environ, "COMMUNE_IT_LANG": "en"}), "‘nhan-tai-san’")
    assert "the reports are: sign-in-sheet, attendance-summary" in line


def test_a_device_not_set_up_is_told_so(tmp_path: Path) -> None:
    refused(cli(tmp_path, "report", "inventory", "--out", str(tmp_path / "x.pdf")), "setup")
    assert not (tmp_path / "x.pdf").exists()


def test_every_report_is_written_as_pdf_and_xlsx(demo_dir: Path, tmp_path: Path) -> None:
    for name in REPORTS:
        pdf, xlsx = tmp_path / f"{name}.pdf", tmp_path / f"{name}.xlsx"
        said = ok(cli(demo_dir, "report", name, "--out", str(pdf))).stdout.strip()
        assert said == f"Đã ghi báo cáo “{name}” vào “{pdf}” ({page_count(pdf)} trang)."
        assert ok(cli(demo_dir, "report", name, "--out", str(xlsx))).stdout.strip() == (
            f"Đã ghi báo cáo “{name}” vào “{xlsx}”.")
        assert sheet_rows(xlsx)[0][0] == "UBND XÃ MƯỜNG PHĂNG"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{name}.{ext}" for name in REPORTS for ext in ("pdf", "xlsx"))  # no temporary left


def test_a_folder_that_is_not_there_or_not_writable_is_one_line(demo_dir, tmp_path) -> None:
    missing = tmp_path / "no-such-folder" / "kiem-ke.pdf"
    refused(cli(demo_dir, "report", "inventory", "--out", str(missing)),
            "thư mục", "no-such-folder")
    (tmp_path / "bao-cao.pdf").mkdir()
    refused(cli(demo_dir, "report", "inventory", "--out", str(tmp_path / "bao-cao.pdf")),
            "bao-cao.pdf” là một thư mục")
    if os.geteuid() == 0:  # root writes anywhere a mode allows: /sys refuses even root
        locked = Path("/sys/kiem-ke.pdf")
    else:
        (tmp_path / "locked").mkdir(mode=0o555)
        locked = tmp_path / "locked" / "kiem-ke.pdf"
    line = refused(cli(demo_dir, "report", "inventory", "--out", str(locked)),
                   f"Không ghi được tệp “{locked}”")
    assert "Permission" not in line  # the reason in Vietnamese words, not the system's
    assert not locked.exists()


def test_course_and_lesson_by_their_first_characters(demo_dir: Path, tmp_path: Path) -> None:
    courses = query(demo_dir, "SELECT id, title FROM course WHERE deleted = 0 "
                              "ORDER BY start_date")
    oldest_id, oldest_title = courses[0]
    lessons = query(demo_dir, "SELECT id, session_date FROM course_session WHERE course_id = ?"
                              " AND deleted = 0 ORDER BY session_date", oldest_id)
    out = tmp_path / "ky.pdf"
    ok(cli(demo_dir, "report", "sign-in-sheet", "--course", oldest_id[:8], "--session",
           lessons[1][0][:6], "--out", str(out)))
    from tests.report_helpers import pdf_text

    text = " ".join(pdf_text(out).split())
    day = "/".join(reversed(lessons[1][1].split("-")))
    assert oldest_title in text and f"Buổi học: {day}" in text and "(buổi 2/" in text
    # A lesson alone names its course.
    ok(cli(demo_dir, "report", "attendance-summary", "--session", lessons[0][0], "--out",
           str(tmp_path / "dd.xlsx")))
    assert any(row[:1] == (f"Khóa học: {oldest_title}",) for row in sheet_rows(
        tmp_path / "dd.xlsx"))


def test_a_course_or_lesson_that_is_not_there_names_what_there_is(demo_dir, tmp_path) -> None:
    newest = query(demo_dir, "SELECT id, title FROM course ORDER BY start_date DESC")[0]
    line = refused(cli(demo_dir, "report", "sign-in-sheet", "--course", "zzzz", "--out",
                       str(tmp_path / "x.pdf")), "“zzzz”", newest[0][:8], newest[1])
    assert line.startswith("Không có khóa học nào mã bắt đầu bằng")
    refused(cli(demo_dir, "report", "sign-in-sheet", "--session", "zzzz", "--out",
                str(tmp_path / "x.pdf")), "Không có buổi học nào", "“zzzz”")
    other = query(demo_dir, "SELECT id FROM course_session WHERE course_id != ?", newest[0])[0]
    refused(cli(demo_dir, "report", "sign-in-sheet", "--course", newest[0], "--session",
                other[0], "--out", str(tmp_path / "x.pdf")),
            "Khóa học không có buổi học nào", "các buổi học của khóa")
    assert list(tmp_path.iterdir()) == []


def test_course_papers_of_a_commune_without_courses_say_why(tmp_path: Path) -> None:
    set_up(tmp_path / "empty")
    for name in ("sign-in-sheet", "attendance-summary"):
        refused(cli(tmp_path / "empty", "report", name, "--out", str(tmp_path / "x.pdf")),
                "Chưa có khóa học nào")


def test_a_failed_write_leaves_the_older_file_and_no_part_of_the_new(demo_dir, tmp_path,
                                                                     monkeypatch) -> None:
    """The paper is written beside the target and renamed once whole: a disk that fills in
    the middle of the writing leaves yesterday's file as it was, and no temporary file."""
    from app.models.store import Store

    target = tmp_path / "kiem-ke.pdf"
    target.write_bytes(b"yesterday's paper")

    def fill_the_disk(document, path):
        Path(path).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "_write", lambda document, path, kind: fill_the_disk(
        document, path))
    store = Store(demo_dir / DB)
    try:
        with pytest.raises(Exception) as caught:
            reports.make_report(store, "inventory", target)
    finally:
        store.close()
    assert caught.value.code == "report.cannot_write"
    assert "đầy" in caught.value.text("vi")  # the disk's problem, said in words
    assert target.read_bytes() == b"yesterday's paper"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiem-ke.pdf"]


def test_the_store_is_only_read(demo_dir: Path, tmp_path: Path) -> None:
    before = query(demo_dir, "SELECT count(*) FROM change_journal")
    ok(cli(demo_dir, "report", "inventory", "--out", str(tmp_path / "x.xlsx")))
    assert query(demo_dir, "SELECT count(*) FROM change_journal") == before
    with sqlite3.connect(demo_dir / DB) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
