"""The Reports page: previews a paper as soon as it is chosen, prints it through the
system's printer dialog, saves it as PDF or XLSX — all through ``app.ops.reports`` on the
runner, never a session here.

Why the preview comes in two steps: a 3,000-item inventory takes over a second to lay out
whole, and the officer should see it at once. The first task reads the store once and lays
out only the first pages (``pdf_bytes(first_pages=…)``), which are shown as soon as they
come; the second, behind it with a progress bar, lays out the whole paper, whose pages then
follow in the preview (the first ones are the same pages) and which Print uses. Saving
writes the same paper that is shown. Each choice starts a new request; what an older one
delivers late is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QHideEvent, QPageLayout, QPageSize, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.models.store import Store
from app.ops import reports
from app.ops.report_choices import CourseChoice, course_choices
from app.reports.document import Document
from app.ui.pages.reports.printing import PrinterUnavailable, print_pages
from app.ui.pages.reports.rendering import PdfPages, load_renderer
from app.ui.pages.reports.view import ReportsView
from app.ui.runtime import errors
from app.ui.runtime.options import options_for
from app.ui.runtime.tasks import Task, TaskRunner
from app.ui.widgets.dialogs import show_refusal

translate = QCoreApplication.translate
FIRST_PAGES = 2  # laid out and shown at once; the rest follows
FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


class Superseded(Exception):
    """Another paper was chosen while this one was being laid out."""


class ReportsPage(ReportsView):
    """The view joined to the store through the runner."""

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.store, self.runner, self.today = store, runner, today
        self.courses: list[CourseChoice] = []
        self.paper: Document | None = None  # the paper shown
        self.pdf: bytes | None = None  # the whole paper laid out (what Print prints)
        self._request = 0
        self._whole_task: Task | None = None
        self._printer: QPrinter | None = None  # kept alive while a worker paints on it
        self.show_reports(reports.report_list())
        self.set_actions_enabled(False)
        self.report_list.currentRowChanged.connect(lambda _row: self._report_chosen())
        self.course_combo.currentIndexChanged.connect(lambda _i: self._course_chosen())
        self.lesson_combo.currentIndexChanged.connect(lambda _i: self.preview_report())
        self.print_button.clicked.connect(self.print_report)
        self.save_pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.save_xlsx_button.clicked.connect(lambda: self.save_as("xlsx"))
        self._report_chosen(preview=False)

    # --- the choices ----------------------------------------------------------------------
    def load(self) -> list[CourseChoice]:
        """The courses and lessons to choose from (on the runner's worker)."""
        return course_choices(self.store, self.today())

    def show_loaded(self, courses: list[CourseChoice]) -> None:
        self.courses = courses
        self.show_courses(courses, self.course_combo.currentData())
        self.show_lessons(self._course(), self.lesson_combo.currentData())
        if self.isVisible():
            self.preview_report()

    def refresh(self) -> None:
        """Read the choices again; the first time, also check the fonts and load PDFium,
        so the first preview waits for neither."""
        self.runner.run(self._prepare_and_load, self.show_loaded)

    def _prepare_and_load(self) -> list[CourseChoice]:
        reports.check_fonts()
        load_renderer()
        return self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # opened, not a window brought back from the taskbar
            self.refresh()  # courses may have changed on the Training page meanwhile

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page lets go of the paper (a large one holds megabytes); it is made
        again, from the store as it is then, when the page is shown."""
        super().hideEvent(event)
        if event.spontaneous():  # the window minimised: the page is still the one open
            return
        self._request += 1
        self._stop_whole()
        self.paper = self.pdf = None
        self.set_actions_enabled(False)
        self.preview.set_idle_text()

    def _report_chosen(self, preview: bool = True) -> None:
        self.show_choice(self.current_info())
        if preview:
            self.preview_report()

    def _course_chosen(self) -> None:
        self.course_combo.setToolTip(self.course_combo.currentText())
        self.show_lessons(self._course())
        self.preview_report()

    def _course(self) -> CourseChoice | None:
        chosen = self.course_combo.currentData()
        return next((course for course in self.courses if course.id == chosen), None)

    def _asked(self) -> tuple[str | None, str | None, str | None]:
        """The paper, and for a course paper the course and lesson chosen."""
        info = self.current_info()
        if info is None or not info.takes_course:
            return (info.name if info else None), None, None
        return info.name, self.course_combo.currentData(), self.lesson_combo.currentData()

    # --- the preview ----------------------------------------------------------------------
    def preview_report(self) -> None:
        """Lay out the chosen paper's first pages and show them; the rest follows."""
        name, course, lesson = self._asked()
        self._request += 1
        request = self._request
        self._stop_whole()
        self.paper = self.pdf = None
        self.set_actions_enabled(False)
        if name is None:
            return
        self.preview.show_text(translate("ReportsView", "Preparing the report…"))
        store, day = self.store, self.today()

        def first_pages() -> tuple[Document, bytes]:
            paper = reports.document(store, name, course=course, lesson=lesson, today=day)
            return paper, reports.pdf_bytes(paper, first_pages=FIRST_PAGES)[0]

        self.runner.run(first_pages, lambda made: self._show_first(request, *made),
                        failed=lambda exc: self._refused(request, exc))

    def _show_first(self, request: int, paper: Document, data: bytes) -> None:
        if request != self._request:
            return
        self.paper = paper
        self.preview.show_pages(PdfPages(data))
        self.save_pdf_button.setEnabled(True)
        self.save_xlsx_button.setEnabled(True)
        self.status.setText(translate("ReportsView", "Laying out the other pages…"))
        label = translate("ReportsView", "Laying out the report, page {page}")

        def whole(progress: Callable[..., None], cancel: Any) -> tuple[bytes, int]:
            def on_page(page: int) -> None:
                if cancel.is_set():
                    raise Superseded
                progress(page, 0, label.format(page=page))

            return reports.pdf_bytes(paper, on_page=on_page)

        self._whole_task = self.runner.run(
            whole, lambda made: self._show_whole(request, *made), cancellable=True,
            progress_label=translate("ReportsView", "Preparing the report"),
            failed=lambda exc: self._refused(request, exc))

    def _show_whole(self, request: int, data: bytes, pages: int) -> None:
        if request != self._request:
            return
        self._whole_task = None
        self.pdf = data
        self.preview.show_pages(PdfPages(data))
        self.print_button.setEnabled(True)
        self.status.setText(translate("ReportsView", "{pages} pages.").format(pages=pages))

    def _refused(self, request: int, exc: BaseException) -> bool:
        """A paper that cannot be made is said in the preview's place, in words."""
        if request != self._request:
            return True
        if isinstance(exc, Superseded):  # Cancel on the progress bar: the first pages stay
            self._whole_task = None
            self.status.setText(translate("ReportsView", "Stopped: only the first pages are "
                                                         "shown. Choose the report again to "
                                                         "lay it out whole."))
            return True
        if not errors.is_expected(exc):  # a bug: the runner's dialog with its details
            self.preview.show_text(translate("ReportsView", "The report could not be prepared."))
            return False
        self.preview.show_text(str(exc))
        self.status.clear()
        return True

    def _stop_whole(self) -> None:
        if self._whole_task is not None:
            self._whole_task.cancel()
            self._whole_task = None

    # --- saving and printing --------------------------------------------------------------
    def save_as(self, kind: str) -> None:
        """Ask where, then write the paper shown as ``kind`` ("pdf" or "xlsx")."""
        paper = self.paper
        if paper is None:
            return
        options = options_for(self.store)
        suggested = Path(options.last_folder()) / f"{paper.name}-{self.today():%Y-%m-%d}.{kind}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, translate("ReportsView", "Save the report as"), str(suggested),
            FILTERS[kind])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        options.remember_folder(path.parent)
        self.runner.run(lambda: reports.save_document(paper, path), self._saved,
                        progress_label=translate("ReportsView", "Saving the report"))

    def _saved(self, written: reports.Written) -> None:
        self.status.setText(translate("ReportsView", "Saved to “{path}”.").format(
            path=written.path))

    def print_report(self) -> None:
        """The system's printer dialog, then the paper's pages on the chosen printer."""
        if self.pdf is None or self.paper is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.paper.title)
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if self.paper.landscape
                                   else QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.preview.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the whole paper's chosen pages on ``printer`` (on the worker)."""
        data = self.pdf
        if data is None:
            return
        label = translate("ReportsView", "Printing")
        self._printer = printer
        self.runner.run(lambda progress, cancel: print_pages(data, printer, progress, cancel,
                                                            label),
                        self._printed, progress_label=label, cancellable=True,
                        failed=self._print_failed)

    def _printed(self, pages: int) -> None:
        self._printer = None
        self.status.setText(translate("ReportsView", "{pages} pages sent to the printer.")
                            .format(pages=pages))

    def _print_failed(self, exc: BaseException) -> bool:
        self._printer = None
        if not isinstance(exc, PrinterUnavailable):
            return False
        show_refusal(self, translate("ReportsView", "The printer could not be opened. Check "
                                                    "that it is on and connected, then try "
                                                    "again."))
        return True
