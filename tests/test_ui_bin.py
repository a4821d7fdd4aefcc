"""The bin in the window (issue 11, item 10): File → Bin… lists the deleted officials,
equipment and courses, finds them by typing without diacritics, restores the chosen ones
with Enter, says what it did, and the window's lists show the record again. A trainer's
laptop sees deleted officials but cannot restore them, and is told why.

Real stores on disk and the real window; deletes go through the staff page's own Delete
(its question answered yes), restores through the dialog, on the window's runner.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import Staff
from app.models.store import Store
from app.ops import equipment as equipment_ops
from app.ops import staff as staff_ops
from app.ui.pages.bin.dialog import BinDialog
from app.ui.runtime import i18n
from app.ui.shell.main_window import MainWindow
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store
from tests.sync_helpers import ship
from tests.ui_helpers import SCREENSHOTS, answer_confirmations, office_store, open_window

STAFF = [{"full_name": "Lò Văn Minh", "position": "Công chức Tư pháp - Hộ tịch"},
         {"full_name": "Quàng Thị Lan", "position": "Chủ tịch UBND xã"}]
LAPTOP = {"category": "laptop", "brand": "Dell", "model": "Latitude 3420",
          "asset_tag": "MP-LT-07", "holder": 0}


@pytest.fixture(params=["vi", "en"])
def language(request, qapp: QApplication, qm_dir: Path) -> Iterator[str]:
    assert i18n.install(qapp, request.param, qm_dir)
    yield request.param
    i18n.uninstall(qapp)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = office_store(tmp_path / "office", STAFF, [LAPTOP])
    yield store
    store.close()


def shown_window(qtbot, store: Store) -> MainWindow:
    window = open_window(qtbot, store)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    return window


def open_bin(qtbot, window: MainWindow) -> BinDialog:
    assert window.menus.bin_action in window.menus.file_menu.actions()
    window.menus.bin_action.trigger()
    dialog = window.menus.bin
    assert isinstance(dialog, BinDialog) and dialog.isVisible()
    qtbot.waitUntil(window.runner.idle)
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def delete_from_the_staff_page(qtbot, window: MainWindow, name: str) -> None:
    page = window.staff_page
    window.show_page("staff")
    row = next(n for n, r in enumerate(page.model.rows()) if r.full_name == name)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(window.runner.idle)


def shown_names(dialog: BinDialog) -> list[str]:
    return [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())]


def test_an_official_deleted_by_mistake_comes_back_from_the_bin(qtbot, monkeypatch, store,
                                                                language) -> None:
    asked = answer_confirmations(monkeypatch)
    window = shown_window(qtbot, store)
    delete_from_the_staff_page(qtbot, window, "Lò Văn Minh")
    assert len(asked.asked) == 1
    [laptop] = equipment_ops.list_equipment(store, [MUONG_PHANG]).rows
    equipment_ops.delete_equipment(store, laptop.id)
    assert "Lò Văn Minh" not in [r.full_name for r in window.staff_page.model.rows()]
    dialog = open_bin(qtbot, window)
    assert sorted(shown_names(dialog)) == ["Dell Latitude 3420", "Lò Văn Minh"]
    kinds = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert kinds == ({"Cán bộ", "Thiết bị: Máy tính xách tay"} if language == "vi"
                     else {"Official", "Equipment: Laptop"})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / f"bin_{language}.png"))
    assert QApplication.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "lo van")  # no diacritics
    assert shown_names(dialog) == ["Lò Văn Minh"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.table
    assert [row.name for row in dialog.chosen()] == ["Lò Văn Minh"]
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter: Restore
    qtbot.waitUntil(window.runner.idle)
    said = dialog.note.text()
    assert said.startswith("Đã khôi phục 1 bản ghi" if language == "vi"
                           else "Records restored: 1.")
    assert shown_names(dialog) == []  # the search stays; the laptop is still in the bin
    dialog.search.clear()
    assert shown_names(dialog) == ["Dell Latitude 3420"]
    assert "Lò Văn Minh" in [r.full_name for r in window.staff_page.model.rows()]
    assert "Lò Văn Minh" in [r.full_name for r in staff_ops.list_staff(
        store, [MUONG_PHANG]).rows]
    dialog.close()


def test_an_item_whose_holder_is_deleted_comes_back_without_one_and_says_so(
        qtbot, monkeypatch, store) -> None:
    answer_confirmations(monkeypatch)
    window = shown_window(qtbot, store)
    [laptop] = equipment_ops.list_equipment(store, [MUONG_PHANG]).rows
    equipment_ops.delete_equipment(store, laptop.id)
    delete_from_the_staff_page(qtbot, window, "Lò Văn Minh")
    dialog = open_bin(qtbot, window)
    qtbot.keyClicks(dialog.search, "mp-lt")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    dialog.restore_button.click()
    qtbot.waitUntil(window.runner.idle)
    assert "Lò Văn Minh" in dialog.note.text() and "Dell Latitude 3420" in dialog.note.text()
    [item] = equipment_ops.list_equipment(store, [MUONG_PHANG]).rows
    assert item.holder_id is None
    assert [r.asset_tag for r in window.equipment_page.model.rows()] == ["MP-LT-07"]
    dialog.close()


def test_a_trainers_laptop_sees_deleted_officials_and_says_why_it_cannot_restore(
        qtbot, tmp_path) -> None:
    office = office_store(tmp_path / "office", STAFF)
    with office.sessions() as s:
        minh = next(p.id for p in s.query(Staff) if p.full_name == "Lò Văn Minh")
    staff_ops.delete_staff(office, minh)
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True,
                         name="Máy giảng viên Hùng")
    ship(office, trainer)  # what the province would hand on to the trainer's laptop
    try:
        window = shown_window(qtbot, trainer)
        dialog = open_bin(qtbot, window)
        assert shown_names(dialog) == ["Lò Văn Minh"]
        dialog.table.selectRow(0)
        assert not dialog.restore_button.isEnabled()
        assert "trainer's computer" in dialog.note.text()
        dialog.restore_chosen()  # even asked directly, nothing is written
        qtbot.waitUntil(window.runner.idle)
        with trainer.sessions() as s:
            assert s.get(Staff, minh).deleted
        dialog.close()
        window.close()
    finally:
        trainer.close()
        office.close()
