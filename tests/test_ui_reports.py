"""The window's Reports page, on the demo commune and on a 3,000-item register: the papers
listed with what each is, a course paper's course and lesson (the command line's
defaults), the preview of the paper's first pages and then the whole, saving as PDF and
XLSX (read back with pdftotext and openpyxl), and printing through the printer dialog to a
PDF-file printer (no real printer needed). Screenshots in Vietnamese at 1366×768 and
1024×600 go to artifacts/screenshots/.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app.demo import fill_demo
from app.models.store import Store
from app.ops import reports
from app.ops.files import import_list
from app.ui.pages.reports.rendering import PdfPages
from app.ui.runtime import i18n
from app.ui.shell.main_window import MainWindow
from app.ui.shell.status_line import TaskProgress
from tests.helpers import make_store
from tests.report_helpers import (
    page_count,
    pdf_info,
    pdf_pages_text,
    pdf_text,
    sheet_rows,
    write_equipment,
)
from tests.ui_helpers import SCREENSHOTS, open_window

REPORTS = ["sign-in-sheet", "attendance-summary", "inventory", "staff-qualifications",
           "ict-indicators"]


@pytest.fixture
def demo_store(tmp_path: Path):
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã Mường Phăng")
    fill_demo(store)
    yield store
    store.close()


def sql(store: Store, query: str, *params: object) -> list[tuple]:
    """The tests' own reading of the store, through plain SQLite."""
    with sqlite3.connect(f"file:{store.path}?mode=ro", uri=True) as connection:
        return connection.execute(query, params).fetchall()


def reports_page(qtbot, store: Store, size: tuple[int, int] = (1366, 768)) -> MainWindow:
    window = open_window(qtbot, store)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("reports")
    return window


def choose(qtbot, window: MainWindow, name: str) -> None:
    """Choose a paper and wait for its first page on screen and for the whole behind it."""
    page = window.reports_page
    page.report_list.setCurrentRow(REPORTS.index(name))
    qtbot.waitUntil(lambda: 0 in page.preview.rendered(), timeout=20_000)
    qtbot.waitUntil(lambda: page.pdf is not None and window.runner.idle(), timeout=60_000)


def dark_share(image: QImage) -> float:
    """The share of pixels darker than mid-grey, on a small copy of the image."""
    small = image.scaled(200, 280).convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(1 for y in range(small.height()) for x in range(small.width())
               if small.pixelColor(x, y).value() < 128)
    return dark / (small.width() * small.height())


def blur_difference(one: QImage, other: QImage) -> float:
    """The mean difference of grey between two pictures of a page, both made small."""
    small = [image.scaled(60, 85, Qt.AspectRatioMode.IgnoreAspectRatio,
                          Qt.TransformationMode.SmoothTransformation) for image in (one, other)]
    total = sum(abs(small[0].pixelColor(x, y).value() - small[1].pixelColor(x, y).value())
                for y in range(85) for x in range(60))
    return total / (60 * 85)


def first_page(data: bytes) -> QImage:
    pages = PdfPages(data)
    try:
        return pages.render(0, 40).convertToFormat(QImage.Format.Format_Grayscale8)
    finally:
        pages.close()


# --- what the page offers -------------------------------------------------------------------
def test_the_page_lists_the_papers_with_what_each_is(qtbot, vietnamese, demo_store) -> None:
    window = reports_page(qtbot, demo_store)
    page = window.reports_page
    assert [page.report_list.item(r).text() for r in range(page.report_list.count())] == [
        "Danh sách ký nhận", "Tổng hợp điểm danh", "Kiểm kê thiết bị",
        "Trình độ cán bộ, công chức", "Chỉ tiêu CNTT"]
    assert window.navigation.titles()[window.navigation.keys().index("reports")] == "Báo cáo"
    page.report_list.setCurrentRow(2)
    assert page.about.text().startswith("Báo cáo kiểm kê thiết bị theo loại và tình trạng")
    assert not page.course_box.isVisibleTo(page)  # the inventory is about no course
    assert page.print_button.text() == "&In…"


def test_a_course_paper_offers_the_latest_course_and_its_next_lesson(
        qtbot, vietnamese, demo_store) -> None:
    window = reports_page(qtbot, demo_store)
    page = window.reports_page
    page.report_list.setCurrentRow(0)
    assert page.course_box.isVisibleTo(page)
    courses = sql(demo_store, "SELECT id, title FROM course WHERE deleted = 0 "
                              "ORDER BY start_date DESC")
    assert page.course_combo.count() == len(courses)
    assert page.course_combo.currentData() == courses[0][0]
    lessons = sql(demo_store, "SELECT id, session_date FROM course_session WHERE course_id = ? "
                              "AND deleted = 0 ORDER BY session_date, start_time, id",
                  courses[0][0])
    coming = [lesson for lesson, day in lessons if day >= date.today().isoformat()]
    assert page.lesson_combo.currentData() == (coming[0] if coming else lessons[-1][0])
    assert page.lesson_combo.count() == len(lessons)
    # Another course: its own lessons, and the preview follows the choice.
    page.course_combo.setCurrentIndex(len(courses) - 1)
    oldest = sql(demo_store, "SELECT count(*) FROM course_session WHERE course_id = ? AND "
                             "deleted = 0", page.course_combo.currentData())[0][0]
    assert page.lesson_combo.count() == max(oldest, 1)
    qtbot.waitUntil(lambda: page.paper is not None and window.runner.idle(), timeout=20_000)
    assert ("Khóa học", courses[-1][1]) in page.paper.facts


def test_a_course_paper_without_any_course_says_so_in_words(qtbot, vietnamese, tmp_path
                                                              ) -> None:
    with make_store(tmp_path / "empty") as store:
        window = reports_page(qtbot, store)
        page = window.reports_page
        page.report_list.setCurrentRow(1)
        qtbot.waitUntil(lambda: page.preview.message.isVisible() and "khóa học" in
                        page.preview.message.text(), timeout=10_000)
        assert page.preview.message.text().startswith("Chưa có khóa học nào để in")
        assert not page.save_pdf_button.isEnabled() and not page.print_button.isEnabled()
        window.close()


def test_an_english_window_speaks_english_here_too(qtbot, qapp, qm_dir, tmp_path) -> None:
    assert i18n.install(qapp, "en", qm_dir)
    try:
        with make_store(tmp_path / "empty") as store:
            window = reports_page(qtbot, store)
            page = window.reports_page
            page.report_list.setCurrentRow(0)
            qtbot.waitUntil(lambda: page.preview.message.isVisible() and "course" in
                            page.preview.message.text(), timeout=10_000)
            assert page.preview.message.text().startswith("There is no course to print yet")
            assert page.about.text().startswith("The sign-in sheet of one lesson")
            assert page.report_list.item(4).text() == "ICT indicators"
            assert page.lesson_combo.currentText() == "No lesson yet"
            window.close()
    finally:
        i18n.uninstall(qapp)


# --- preview, saving, printing --------------------------------------------------------------
def test_the_preview_shows_the_paper_then_every_page(qtbot, demo_store, tmp_path) -> None:
    window = reports_page(qtbot, demo_store)
    page = window.reports_page
    choose(qtbot, window, "inventory")
    whole = PdfPages(page.pdf)
    assert page.preview.page_count() == len(whole) > 1
    whole.close()
    shown = page.preview.page_image(0).toImage()
    assert shown.width() > 600 and 0.01 < dark_share(shown) < 0.5  # a page with text on it
    (tmp_path / "whole.pdf").write_bytes(page.pdf)
    text = pdf_text(tmp_path / "whole.pdf")
    assert "UBND XÃ MƯỜNG PHĂNG" in text and "BÁO CÁO KIỂM KÊ THIẾT BỊ" in text
    items = sql(demo_store, "SELECT count(*) FROM equipment WHERE deleted = 0")[0][0]
    assert f"Tổng số {items} thiết bị" in " ".join(text.split())
    assert page.status.text().startswith(f"{len(whole)} ")


def test_save_as_pdf_and_xlsx_write_the_paper_shown(qtbot, vietnamese, demo_store, tmp_path,
                                                    monkeypatch) -> None:
    window = reports_page(qtbot, demo_store)
    page = window.reports_page
    choose(qtbot, window, "staff-qualifications")
    answers = iter([str(tmp_path / "trinh-do"), str(tmp_path / "trinh-do.xlsx")])
    asked: list[str] = []

    def save_file_name(parent, caption, folder, filters):
        asked.append(filters)
        return next(answers), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    page.save_pdf_button.click()
    qtbot.waitUntil(window.runner.idle, timeout=20_000)
    page.save_xlsx_button.click()
    qtbot.waitUntil(window.runner.idle, timeout=20_000)
    assert asked == ["PDF (*.pdf)", "Excel (*.xlsx)"]
    pdf = tmp_path / "trinh-do.pdf"  # the extension added to a name typed without one
    officials = sql(demo_store, "SELECT count(*) FROM staff WHERE deleted = 0 AND "
                                "(service_end IS NULL OR service_end > date('now'))")[0][0]
    text = " ".join(pdf_text(pdf).split())
    assert "BÁO CÁO THỐNG KÊ TRÌNH ĐỘ CÁN BỘ, CÔNG CHỨC" in text
    assert f"trên {officials} cán bộ, công chức" in text
    rows = sheet_rows(tmp_path / "trinh-do.xlsx")
    assert rows[0][0] == "UBND XÃ MƯỜNG PHĂNG"
    assert any(row[1] == "Tổng cộng" and row[2] == officials for row in rows if len(row) > 2)
    assert page.status.text() == f"Đã lưu vào “{tmp_path / 'trinh-do.xlsx'}”."


def test_print_goes_through_the_printer_dialog_to_the_printer(qtbot, vietnamese, demo_store,
                                                             tmp_path, monkeypatch) -> None:
    window = reports_page(qtbot, demo_store)
    page = window.reports_page
    choose(qtbot, window, "ict-indicators")
    printed = tmp_path / "printed.pdf"

    def exec_dialog(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_dialog)
    assert page.print_button.isEnabled()
    page.print_button.click()
    qtbot.waitUntil(window.runner.idle, timeout=30_000)
    info = pdf_info(printed)
    assert info["Title"] == "BÁO CÁO CÁC CHỈ TIÊU ỨNG DỤNG CÔNG NGHỆ THÔNG TIN"
    (tmp_path / "paper.pdf").write_bytes(page.pdf)
    assert page_count(printed) == page_count(tmp_path / "paper.pdf")
    assert info["Page size"].startswith("595") and "A4" in info["Page size"]
    # The printed sheet is the paper's page: the same picture, seen a little blurred.
    mine, paper = (first_page(data) for data in (printed.read_bytes(), page.pdf))
    assert (mine.width(), mine.height()) == (paper.width(), paper.height())
    assert blur_difference(mine, paper) < 10  # of 255: 8 here; a page 5 mm lower is 14
    assert dark_share(mine) > 0.01
    assert page.status.text() == f"Đã gửi {page_count(printed)} trang tới máy in."


# --- a large register ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory):
    """A commune with 3,000 items, entered through the import an officer uses."""
    folder = tmp_path_factory.mktemp("big")
    store = make_store(folder / "data")
    write_equipment(folder / "equipment.csv", 3000)
    import_list(store, "equipment", folder / "equipment.csv")
    yield store
    store.close()


def test_a_3000_item_inventory_shows_its_first_page_before_the_rest_is_laid_out(
        qtbot, vietnamese, big_store, tmp_path, monkeypatch) -> None:
    window = reports_page(qtbot, big_store)
    page = window.reports_page
    page.report_list.setCurrentRow(REPORTS.index("inventory"))
    qtbot.waitUntil(lambda: 0 in page.preview.rendered(), timeout=20_000)
    assert page.pdf is None and page.preview.page_count() == 2  # the rest still behind
    assert not page.print_button.isEnabled() and page.save_pdf_button.isEnabled()
    qtbot.waitUntil(lambda: page.pdf is not None, timeout=60_000)
    assert page.preview.page_count() > 150
    assert 0 in page.preview.rendered()  # the first page stayed on screen
    (tmp_path / "whole.pdf").write_bytes(page.pdf)
    assert page_count(tmp_path / "whole.pdf") == page.preview.page_count()
    # Cancel on the status line's progress bar: the first pages stay, said in words. The
    # whole paper's layout is held after its first page until the click, so that a quiet
    # machine cannot finish it first (the layout itself is reportlab's, unchanged).
    clicked, holding = threading.Event(), threading.Event()
    whole_pdf = reports.pdf_bytes

    def held(paper, on_page=None, **options):
        if on_page is None:
            return whole_pdf(paper, **options)

        def page_done(number: int) -> None:
            on_page(number)  # the page's own check: raises once cancelled
            if number == 1 and holding.is_set():
                clicked.wait(20)

        return whole_pdf(paper, on_page=page_done, **options)

    monkeypatch.setattr(reports, "pdf_bytes", held)
    page.report_list.setCurrentRow(REPORTS.index("staff-qualifications"))
    qtbot.waitUntil(window.runner.idle, timeout=20_000)
    holding.set()  # the inventory, not the paper before it
    page.report_list.setCurrentRow(REPORTS.index("inventory"))

    def laying_out() -> bool:  # the first pages shown, the whole paper's task running
        panels = window.status_line.findChildren(TaskProgress)
        return page.preview.page_count() == 2 and len(panels) == 1 \
            and panels[0].cancel_button.isEnabled()

    qtbot.waitUntil(laying_out, timeout=20_000)
    window.status_line.findChildren(TaskProgress)[0].cancel_button.click()
    clicked.set()
    qtbot.waitUntil(window.runner.idle, timeout=20_000)
    assert page.pdf is None and page.preview.page_count() == 2
    assert page.status.text().startswith("Đã dừng: chỉ hiện các trang đầu.")
    assert not page.print_button.isEnabled() and page.save_xlsx_button.isEnabled()
    window.close()


def test_the_first_pages_shown_are_the_papers_own(big_store, demo_store, tmp_path) -> None:
    """The preview's early pages are laid out from the paper's rows cut short: they must be
    the very first pages of the whole paper, for every paper, large or small."""
    papers = [reports.document(demo_store, name) for name in REPORTS]
    papers.append(reports.document(big_store, "inventory"))
    for number, paper in enumerate(papers):
        first, pages = reports.pdf_bytes(paper, first_pages=2)
        whole, total = reports.pdf_bytes(paper)
        assert pages == min(2, total)
        (tmp_path / f"first-{number}.pdf").write_bytes(first)
        (tmp_path / f"whole-{number}.pdf").write_bytes(whole)
        shown = pdf_pages_text(tmp_path / f"first-{number}.pdf")
        assert shown == pdf_pages_text(tmp_path / f"whole-{number}.pdf")[:len(shown)], paper.name
        assert len(shown) == min(2, total)


# --- screenshots ----------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_screenshots_in_vietnamese(qtbot, vietnamese, demo_store, size) -> None:
    window = reports_page(qtbot, demo_store, size)
    choose(qtbot, window, "sign-in-sheet")
    page = window.reports_page
    for widget in (page.print_button, page.save_pdf_button, page.save_xlsx_button,
                   page.course_combo, page.lesson_combo):
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"reports-vi-{size[0]}x{size[1]}.png"
    QApplication.processEvents()
    assert window.grab().save(str(target))
