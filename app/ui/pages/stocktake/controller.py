"""What the Stock-take page does with the store: each act is one call of
``app.ops.stocktake`` (or ``stocktake_page``) on the runner's worker, and its answer is
shown on the page.

Why every act ends by giving the focus back to the scan field: the committee walks the
office with a USB scanner that types the tag and Enter into whatever has the focus; after
ticking a row or choosing a filter, the next scan must still land in the field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.models.store import Store
from app.ops import reports as report_ops
from app.ops import stocktake
from app.ops import stocktake_page as page_ops
from app.ops.stocktake_page import PageData, PageRow, ScanResult
from app.ui.pages.stocktake.dialogs import FoundDialog, OpenRoundDialog
from app.ui.runtime.errors import friendly_message, is_expected
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import allows
from app.ui.widgets import dialogs

translate = QCoreApplication.translate



def ask_how_to_close(parent: QWidget, missing: int) -> str | None:
    """"confirm" (the missing items become lost), "keep" (closed, missing not confirmed as
    lost) or None (not now): the two choices of ``stocktake close [--confirm-missing]``."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("Stocktake", "Close the stock-take round"), "",
                      QMessageBox.StandardButton.NoButton, parent)
    lost = None
    if missing:
        box.setText(translate("Stocktake", "%n item(s) of the book were not found. Does the "
                              "committee confirm them lost? Confirmed, they are recorded as "
                              "lost in the register; otherwise they stay as they are and the "
                              "report shows them missing.", "", missing))
        lost = box.addButton(translate("Stocktake", "Confirm them lost and close"),
                             QMessageBox.ButtonRole.AcceptRole)
        keep = translate("Stocktake", "Close without confirming")
    else:
        box.setText(translate("Stocktake", "Every item of the book was found. Close the "
                              "round?"))
        keep = translate("Stocktake", "Close the round")
    box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None or clicked is cancel:
        return None
    return "confirm" if clicked is lost else "keep"


def choose_report_path(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Stocktake", "Save the stock-take report as"),
        str(Path.home() / "bien-ban-kiem-ke.pdf"), "PDF (*.pdf)")
    if not chosen:
        return None
    return Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")


def choose_tag_file(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Stocktake", "A scanner's file of tags"), str(Path.home()),
        translate("Stocktake", "Text files (*.txt *.csv);;All files (*)"))
    return Path(chosen) if chosen else None


class StocktakeController:
    """The page's acts; the page (``view.StocktakePage``, not imported: it imports this
    module) shows their results."""

    def __init__(self, page: Any, store: Store, runner: TaskRunner,
                 commune: str) -> None:
        self.page, self.store, self.runner, self.commune = page, store, runner, commune
        self.opened_dialog: QDialog | None = None

    def load(self) -> PageData:
        return page_ops.page_data(self.store, self.commune)

    def reload(self) -> None:
        self.runner.run(self.load, self.page.show_loaded)

    def scan(self, tag: str) -> None:
        """One tag from the field: answered on the page, its one row updated."""
        if not tag.strip() or not allows(self.store):
            return
        store, commune = self.store, self.commune
        self.runner.run(lambda: page_ops.scan(store, tag, commune), self._scanned,
                        failed=lambda exc: self._scan_refused(tag, exc))

    def _scanned(self, result: ScanResult) -> None:
        self.page.show_answer(result)
        self.page.put_row(result.row)

    def _scan_refused(self, tag: str, exc: BaseException) -> bool:
        if not is_expected(exc):
            return False
        self.page.show_refused(tag, friendly_message(exc))
        return True

    def mark(self, found: bool) -> None:
        """The selected rows of the book found (condition, place asked) or missing."""
        ids = [row.equipment_id for row in self.page.selected_rows() if row.equipment_id]
        if not ids or not allows(self.store):
            self.page.keep_focus()
            return
        condition = place = None
        if found:
            dialog = FoundDialog(len(ids), self.page)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.page.keep_focus()
                return
            condition, place = dialog.values()
        store, commune = self.store, self.commune

        def work() -> list[PageRow]:
            for item_id in ids:
                stocktake.mark_item(store, item_id, found, condition, place, commune)
            return [page_ops.item_row(store, item_id, commune) for item_id in ids]

        self.runner.run(work, self._marked)

    def _marked(self, rows: list[PageRow]) -> None:
        for row in rows:
            self.page.put_row(row)
        self.page.keep_focus()

    def open_round(self) -> None:
        dialog = OpenRoundDialog(self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open(dialog.committee(), dialog.opened_on()))
        self.opened_dialog = dialog
        dialog.open()

    def _open(self, committee: list[tuple[str, str]], day: date) -> None:
        store, commune = self.store, self.commune

        def work() -> PageData:
            stocktake.open_round(store, committee, commune, today=day)
            return page_ops.page_data(store, commune)

        self.runner.run(work, self._changed)

    def _changed(self, data: PageData) -> None:
        self.page.show_loaded(data)
        self.page.changed.emit()

    def import_file(self) -> None:
        """Nhập tệp quét…: as ``stocktake count FILE``, every tag or none."""
        path = choose_tag_file(self.page)
        if path is None or not allows(self.store):
            self.page.keep_focus()
            return
        store, commune = self.store, self.commune

        def work() -> tuple[stocktake.CountSummary, PageData]:
            summary = stocktake.count_tags(store, stocktake.read_tag_file(path), commune)
            return summary, page_ops.page_data(store, commune)

        self.runner.run(work, self._imported,
                        progress_label=translate("Stocktake", "Taking in the scanner's file"))

    def _imported(self, result: tuple[stocktake.CountSummary, PageData]) -> None:
        summary, data = result
        self._changed(data)
        self.page.show_file_answer(summary.found, summary.unknown, summary.duplicate)

    def close_round(self) -> None:
        """Kết thúc đợt kiểm kê…: the committee's choice about missing items, then the
        biên bản offered."""
        if not allows(self.store):
            return
        _answered, book = self.page.model.progress()
        choice = ask_how_to_close(self.page, book - self.page.model.states["counted"])
        if choice is None:
            self.page.keep_focus()
            return
        store, commune = self.store, self.commune

        def work() -> tuple[stocktake.Closing, PageData]:
            closing = stocktake.close_round(store, choice == "confirm", commune)
            return closing, page_ops.page_data(store, commune)

        self.runner.run(work, self._closed)

    def _closed(self, result: tuple[stocktake.Closing, PageData]) -> None:
        closing, data = result
        self._changed(data)
        text = translate("Stocktake", "The round is closed: {checked} items counted, {lost} "
                         "recorded as lost, {unconfirmed} missing not confirmed. Save the "
                         "stock-take report (biên bản kiểm kê) as PDF and open it?").format(
            checked=closing.checked, lost=closing.lost, unconfirmed=closing.unconfirmed)
        if dialogs.confirm(self.page, translate("Stocktake", "Stock-take round closed"), text,
                           translate("Stocktake", "Save and open the report…"),
                           translate("Stocktake", "Not now")):
            self.save_report()

    def save_report(self) -> None:
        out = choose_report_path(self.page)
        if out is None:
            return
        store = self.store
        self.runner.run(lambda: report_ops.make_report(store, "inventory", out),
                        lambda written: self.open_file(written.path),
                        progress_label=translate("Stocktake", "Writing the stock-take report"))

    def open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
