"""The window's Stock-take page on a real store: a round opened in its dialog, counted with
the scan field as a USB scanner types (the tag's keys, then Enter) — a found item, a tag
twice, a tag not in the book — the focus kept in the field, rows ticked, a scanner's file
taken in, the round closed with the committee's choice, and the page at two screen sizes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QTableWidgetItem

from app.models import Equipment, journal
from app.models.stocktake_queries import closed_round
from app.models.store import Store
from app.ops import stocktake
from app.ops.stocktake import StocktakeError
from app.ui.itemmodels.stocktake import COL_STATE
from app.ui.pages.stocktake import controller as controller_module
from app.ui.pages.stocktake.dialogs import FoundDialog, OpenRoundDialog
from app.ui.shell.main_window import MainWindow
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store
from tests.ui_helpers import SCREENSHOTS, answer_confirmations, office_store, open_window

BOOK = [dict(category="desktop", brand="Dell", model="OptiPlex 3080",
             asset_tag=f"MP-PC-2020-{n:02d}", location="Phòng một cửa", holder=n % 2)
        for n in range(6)]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = office_store(tmp_path / "data", [dict(full_name="Lò Văn Ánh"),
                                             dict(full_name="Quàng Thị Hoa")], BOOK)
    yield store
    store.close()


def shown_page(qtbot, window: MainWindow):
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    assert window.show_page("stocktake")
    return window.stocktake_page


def scan_keys(qtbot, window: MainWindow, tag: str) -> None:
    """As a USB scanner does: the tag's keys into whatever has the window's focus, then
    Enter (the window's focus widget: offscreen, the window may not be the active one)."""
    page = window.stocktake_page
    assert window.focusWidget() is page.scan
    qtbot.keyClicks(window.focusWidget(), tag)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.runner.wait()
    assert page.scan.text() == ""


def state_of(page, tag: str) -> str:
    model = page.model
    for number, row in enumerate(model.rows):
        if row.tag == tag:
            return model.index(number, COL_STATE).data()
    raise AssertionError(f"{tag} is not in the table")


def open_by_dialog(qtbot, window: MainWindow, page) -> None:
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.controller.opened_dialog
    assert isinstance(dialog, OpenRoundDialog) and dialog.isVisible()
    dialog.members.item(0, 1).setText("Chủ tịch UBND xã, trưởng ban")
    dialog.members.setItem(0, 0, QTableWidgetItem("Lò Văn Ánh"))
    dialog.members.setItem(1, 0, QTableWidgetItem("Quàng Thị Hoa"))
    dialog.members.setCurrentCell(2, 0)
    dialog.remove_button.click()  # a committee of two
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.runner.wait()


def test_a_round_opened_counted_by_scans_and_closed_in_the_window(qtbot, store, monkeypatch,
                                                                  tmp_path) -> None:
    window = open_window(qtbot, store)
    page = shown_page(qtbot, window)
    assert page.stack.currentIndex() == 0
    assert "No stock-take round" in page.last_label.text()
    open_by_dialog(qtbot, window, page)
    current = stocktake.current_round(store)
    assert current.committee == [("Lò Văn Ánh", "Chủ tịch UBND xã, trưởng ban"),
                                 ("Quàng Thị Hoa", "Member")]
    assert page.stack.currentIndex() == 1 and window.focusWidget() is page.scan
    assert page.progress_label.text().startswith("Counted 0/6")

    scan_keys(qtbot, window, "MP-PC-2020-01")
    assert page.answer.kind == "found"
    assert page.answer.headline.text() == "✓ Found: MP-PC-2020-01"
    assert "Dell OptiPlex 3080" in page.answer.detail.text()
    assert "Quàng Thị Hoa" in page.answer.detail.text()
    assert "Phòng một cửa" in page.answer.detail.text()
    assert state_of(page, "MP-PC-2020-01") == "Counted"
    scan_keys(qtbot, window, "mp-pc-2020-01")  # typed by hand, the same label
    assert page.answer.kind == "duplicate"
    assert "Already counted at " in page.answer.detail.text()
    scan_keys(qtbot, window, "LA-0007")
    assert page.answer.kind == "unknown"
    assert page.answer.headline.text() == "? Not in the book: LA-0007"
    assert state_of(page, "LA-0007") == "Not in the book (surplus)"
    scan_keys(qtbot, window, "X" * 45)  # a label misread: longer than any tag
    assert page.answer.kind == "refused"
    assert page.answer.headline.text().startswith("✗ Not counted: XXXX")
    assert page.model.rowCount() == 7  # the book and the one tag not in it
    assert window.focusWidget() is page.scan
    assert page.progress_label.text().startswith("Counted 1/6")
    assert stocktake.round_progress(store).found == 1

    answers = answer_confirmations(monkeypatch)
    answers.answer = False
    monkeypatch.setattr(controller_module, "ask_how_to_close", lambda _page, missing: (
        seen.append(missing), "confirm")[1])
    seen: list[int] = []
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert window.runner.wait()
    assert seen == [5]
    assert "5 recorded as lost" in answers.asked[0]
    assert page.stack.currentIndex() == 0
    assert "Of 6 items in the book, 1 were counted and 5 missing" in page.last_label.text()
    with store.sessions() as session:
        closed = closed_round(session, MUONG_PHANG)
        statuses = {e.asset_tag: e.status for e in session.query(Equipment)}
    assert len(closed.missing) == 5 and len(closed.surplus) >= 1
    assert statuses["MP-PC-2020-01"] == "in_use" and statuses["MP-PC-2020-02"] == "lost"


@pytest.fixture
def trainer(tmp_path: Path, monkeypatch) -> Store:
    """A trainer's laptop for two communes, Thanh Nưa's register brought by a sync and its
    round open; Mường Phăng's has none."""
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True,
                         name="Máy giảng viên")
    with monkeypatch.context() as as_if_synced:  # a trainer writes no register itself
        as_if_synced.setattr(journal, "check_write", lambda *_args, **_kwargs: None)
        with trainer.sessions.begin() as session:
            session.add_all(Equipment(commune_code=THANH_NUA, category="desktop", brand="HP",
                                      model="ProDesk 400", asset_tag=f"TN-PC-2021-0{n}")
                            for n in range(1, 4))
    stocktake.open_round(trainer, [("Lò Văn Ánh", "Trưởng ban")], THANH_NUA)
    yield trainer
    trainer.close()


def test_a_trainer_counts_each_of_its_communes_in_that_commune_s_round(qtbot, trainer,
                                                                      store) -> None:
    """A trainer's laptop serves two communes: the page chooses which one's round it shows,
    opens and counts; an office laptop, with one commune, is not asked."""
    window = open_window(qtbot, trainer)
    page = shown_page(qtbot, window)
    choice = page.choice
    assert not choice.isHidden() and choice.box.count() == 2
    assert choice.box.currentData() == MUONG_PHANG and page.stack.currentIndex() == 0
    choice.box.setCurrentIndex(choice.box.findData(THANH_NUA))
    assert window.runner.wait()
    assert page.stack.currentIndex() == 1
    assert sorted(row.tag for row in page.model.rows) == [f"TN-PC-2021-0{n}" for n in (1, 2, 3)]
    assert not page.close_button.isEnabled()  # closing writes the register: the office's
    with pytest.raises(StocktakeError) as refused:
        stocktake.close_round(trainer, True, THANH_NUA)
    assert refused.value.code == "stocktake.close_office_only"
    scan_keys(qtbot, window, "TN-PC-2021-01")
    assert page.answer.kind == "found"
    assert stocktake.round_progress(trainer, THANH_NUA).found == 1
    choice.box.setCurrentIndex(choice.box.findData(MUONG_PHANG))
    assert window.runner.wait()
    assert page.stack.currentIndex() == 0 and page.answer.kind == "idle"
    assert stocktake.current_round(trainer, MUONG_PHANG) is None
    window.close()
    office = open_window(qtbot, store)
    assert shown_page(qtbot, office).choice.isHidden()


def test_ticking_rows_keeps_the_focus_in_the_scan_field(qtbot, store, monkeypatch) -> None:
    stocktake.open_round(store, [("Lò Văn Ánh", "Trưởng ban")])
    window = open_window(qtbot, store)
    page = shown_page(qtbot, window)
    page.focus_start()
    assert window.focusWidget() is page.scan
    first = page.filtered.index(0, 0)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(first).center())
    assert window.focusWidget() is page.scan  # a click on a row leaves it there
    page.table.selectionModel().select(
        page.filtered.index(1, 0), QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows)
    assert page.missing_button.isEnabled()
    qtbot.mouseClick(page.missing_button, Qt.MouseButton.LeftButton)
    assert window.runner.wait()
    assert window.focusWidget() is page.scan
    assert [state_of(page, f"MP-PC-2020-0{n}") for n in (0, 1)] == ["Missing", "Missing"]

    def found_exec(dialog: FoundDialog) -> int:
        dialog.condition.setCurrentIndex(dialog.condition.findData("under_repair"))
        dialog.place.setText("Kho")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FoundDialog, "exec", found_exec)
    page.table.selectRow(2)
    page.found_action.trigger()  # the table's context menu
    assert window.runner.wait()
    assert window.focusWidget() is page.scan
    assert state_of(page, "MP-PC-2020-02").startswith("Counted")
    rows = {r.tag: r for r in stocktake.round_rows(store)}
    assert rows["MP-PC-2020-02"].condition == "under_repair"
    assert rows["MP-PC-2020-02"].place == "Kho"
    assert rows["MP-PC-2020-00"].found is False
    page.filter.setCurrentIndex(page.filter.findData("missing"))
    assert page.filtered.rowCount() == 2
    assert window.focusWidget() is page.scan
    scan_keys(qtbot, window, "MP-PC-2020-00")  # a missing item turns up
    assert page.filtered.rowCount() == 1
    assert page.progress_label.text().startswith("Counted 3/6")


def test_a_scanners_file_is_taken_in(qtbot, store, monkeypatch, tmp_path) -> None:
    stocktake.open_round(store, [("Lò Văn Ánh", "Trưởng ban")])
    dump = tmp_path / "scanner.txt"
    dump.write_text("MP-PC-2020-03\r\nMP-PC-2020-04\r\nMP-PC-2020-03\r\nXX-1\r\n")
    monkeypatch.setattr(controller_module, "choose_tag_file", lambda _page: dump)
    window = open_window(qtbot, store)
    page = shown_page(qtbot, window)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert window.runner.wait()
    assert page.answer.detail.text() == "2 found, 1 not in the book, 1 already counted."
    assert state_of(page, "MP-PC-2020-04") == "Counted"
    assert state_of(page, "XX-1") == "Not in the book (surplus)"
    assert window.focusWidget() is page.scan


def test_the_committee_dialog_asks_for_a_chair(qtbot) -> None:
    dialog = OpenRoundDialog(today=date(2026, 1, 1))
    qtbot.addWidget(dialog)
    dialog._try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "chair" in dialog.problem.text()
    dialog.add_member()
    assert dialog.members.rowCount() == 4
    assert dialog.opened_on() == date(2026, 1, 1)


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_screenshots_of_the_stocktake_page(qtbot, vietnamese, store, size) -> None:
    stocktake.open_round(store, [("Lò Văn Ánh", "Chủ tịch UBND xã, trưởng ban"),
                                 ("Quàng Thị Hoa", "Công chức văn phòng, thư ký")])
    stocktake.scan_tag(store, "MP-PC-2020-02")
    window = open_window(qtbot, store)
    window.retranslate()
    page = window.stocktake_page
    page.retranslate()
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    window.show_page("stocktake")
    page.focus_start()
    scan_keys(qtbot, window, "MP-PC-2020-04")
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"stocktake_{size[0]}x{size[1]}.png"))
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert all(b.width() >= b.minimumSizeHint().width() for b in buttons)


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_screenshots_of_a_trainer_s_stocktake_page(qtbot, vietnamese, trainer, size) -> None:
    window = open_window(qtbot, trainer)
    window.retranslate()
    window.stocktake_page.retranslate()
    window.resize(*size)
    with qtbot.waitExposed(window):
        window.show()
    window.show_page("stocktake")
    box = window.stocktake_page.choice.box
    box.setCurrentIndex(box.findData(THANH_NUA))
    assert window.runner.wait()
    scan_keys(qtbot, window, "TN-PC-2021-02")
    assert window.stocktake_page.choice.label.text() == "Kiểm kê của &xã:"
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"stocktake_trainer_{size[0]}x{size[1]}.png"))
