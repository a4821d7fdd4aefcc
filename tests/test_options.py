"""The settings registry, what the window remembers between runs, and the registry itself
(the settings upgrades: test_settings_upgrades.py).

Real windows on real stores (pytest-qt, offscreen); the window's settings go to
``window.ini`` in each test's own data folder, never to the user's registry. The screen's
free area is faked through ``window_state.available_geometry`` (the offscreen screen is
800×800) to stand for a 1366×768 laptop or a large monitor.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.models.settings import DEPARTMENT_KEY, LANGUAGE_KEY
from app.models.store import Store
from app.models.sync_settings import SERVER_URL_KEY
from app.ui.itemmodels.rows import COL_ASSET_TAG, COL_NAME
from app.ui.runtime.options import (
    LAST_FOLDER,
    REGISTRY,
    SETTINGS_FILE,
    SETTINGS_VERSION,
    STAFF_HEADER,
    WINDOW_GEOMETRY,
    Options,
    Scope,
    declare,
    options_for,
)
from app.ui.shell import window_state
from app.ui.shell.main_window import MainWindow
from tests.ui_helpers import office_store, open_window, record_messages

LAPTOP = QRect(0, 0, 1366, 728)  # a 1366×768 screen without its taskbar
MONITOR = QRect(0, 0, 1920, 1040)
NAMES = ("Lò Văn Bình", "Quàng Thị Hoa", "Cà Văn Dũng", "Lường Thị Mai")
UNITS = ("office", "economy", "culture_social", "public_service")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return office_store(
        tmp_path / "data", [dict(full_name=name, unit=unit) for name, unit in
                            zip(NAMES, UNITS, strict=True)],
        [dict(category="desktop", asset_tag=f"MP-PC-0{i}", acquired_date=date(2020, 3, i))
         for i in range(1, 4)])


def screen(monkeypatch: pytest.MonkeyPatch, area: QRect) -> None:
    monkeypatch.setattr(window_state, "available_geometry", lambda _window: QRect(area))


def reopen(qtbot, window: MainWindow) -> MainWindow:
    """Close the window as the officer does, and open a new one on the same store."""
    assert window.close()
    again = open_window(qtbot, window.store)
    again.show_restored()
    return again


# --- the window's size and place -----------------------------------------------------------------
def test_on_a_small_laptop_screen_the_window_opens_maximised(qtbot, store, monkeypatch) -> None:
    screen(monkeypatch, LAPTOP)
    window = open_window(qtbot, store)
    window.show_restored()
    assert window.isMaximized()


def test_on_a_large_screen_it_opens_at_its_default_size_inside_it(qtbot, store,
                                                                  monkeypatch) -> None:
    screen(monkeypatch, MONITOR)
    window = open_window(qtbot, store)
    window.show_restored()
    assert not window.isMaximized()
    assert window.size() == window_state.DEFAULT_SIZE
    assert MONITOR.contains(window.frameGeometry())


def test_size_and_place_survive_closing_and_reopening(qtbot, store, monkeypatch) -> None:
    screen(monkeypatch, MONITOR)
    window = open_window(qtbot, store)
    window.show_restored()
    window.setGeometry(0, 40, 1300, 700)  # the window's own minimum is about 1210×555
    left = window.geometry()
    assert left.size() != window_state.DEFAULT_SIZE
    again = reopen(qtbot, window)
    assert not again.isMaximized()
    # Qt itself narrows a restored window to the real (800×800 offscreen) screen: compare
    # what it leaves alone there, the height and the place on the screen (give or take
    # the frame, which the offscreen platform adds only once shown).
    assert again.height() == left.height() != window_state.DEFAULT_SIZE.height()
    assert abs(again.y() - left.y()) <= 2


def test_a_maximised_window_opens_maximised_again(qtbot, store, monkeypatch) -> None:
    screen(monkeypatch, MONITOR)
    window = open_window(qtbot, store)
    window.show_restored()
    window.showMaximized()
    assert reopen(qtbot, window).isMaximized()


def test_a_size_saved_on_a_bigger_monitor_is_maximised_on_the_laptop(qtbot, store,
                                                                     monkeypatch) -> None:
    screen(monkeypatch, MONITOR)
    window = open_window(qtbot, store)
    window.show_restored()
    window.setGeometry(0, 0, 1300, 760)  # taller than the laptop's free 728 pixels
    screen(monkeypatch, LAPTOP)
    assert reopen(qtbot, window).isMaximized()


def test_a_place_off_the_screen_is_brought_back_onto_it(qtbot, store, monkeypatch) -> None:
    screen(monkeypatch, MONITOR)
    window = open_window(qtbot, store)
    window.show_restored()
    window.setGeometry(0, 230, 1250, 560)  # on the monitor, across a 1280×720 screen's edge
    small = QRect(0, 0, 1280, 720)
    screen(monkeypatch, small)
    again = reopen(qtbot, window)
    assert not again.isMaximized()
    assert again.height() == window.height()
    assert small.contains(again.frameGeometry()), again.frameGeometry()


def test_keep_on_screen_moves_and_maximises(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    area = QRect(100, 50, 640, 480)
    widget.setGeometry(-300, 900, 200, 100)
    window_state.keep_on_screen(widget, area)
    assert area.contains(widget.frameGeometry())
    widget.setGeometry(120, 60, 800, 100)
    window_state.keep_on_screen(widget, area)
    assert widget.windowState() & Qt.WindowState.WindowMaximized


# --- the lists' columns and order -------------------------------------------------------------
@pytest.mark.parametrize(("page_name", "column"), [("staff_page", COL_NAME),
                                                   ("equipment_page", COL_ASSET_TAG)])
def test_column_widths_and_sort_order_survive_reopening(qtbot, store, monkeypatch,
                                                        page_name, column) -> None:
    screen(monkeypatch, MONITOR)
    window = open_window(qtbot, store)
    window.show_restored()
    page = getattr(window, page_name)
    header = page.table.horizontalHeader()
    header.resizeSection(0, 333)
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    ascending = [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    shown = [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]
    assert shown == ascending[::-1] != ascending
    again = getattr(reopen(qtbot, window), page_name)
    header = again.table.horizontalHeader()
    assert header.sectionSize(0) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        column, Qt.SortOrder.DescendingOrder)
    assert [again.proxy.index(row, column).data()
            for row in range(again.proxy.rowCount())] == shown


def test_a_new_window_keeps_the_natural_order_and_fitted_columns(qtbot, store) -> None:
    page = open_window(qtbot, store).staff_page
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL_NAME
    assert not options_for(store).get(STAFF_HEADER)
    assert not page.restore_header_state(b"not a header state")


# --- the last folder ----------------------------------------------------------------------------
def test_the_last_folder_of_an_excel_dialog_is_offered_again(qtbot, store, tmp_path,
                                                             monkeypatch) -> None:
    folder = tmp_path / "Báo cáo"
    folder.mkdir()
    offered: list[str] = []

    def save_as(_parent, _title, start, _filter):
        offered.append(start)
        return str(folder / "can-bo.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    told = record_messages(monkeypatch)
    window = open_window(qtbot, store)
    window.staff_page.excel.export_file()
    assert window.runner.wait()
    assert Path(offered[0]).parent != folder
    assert (folder / "can-bo.xlsx").exists() and len(told) == 1
    window.close()
    again = open_window(qtbot, store)
    again.staff_page.excel.export_file()
    assert again.runner.wait()
    assert Path(offered[1]).parent == folder


def test_the_sync_page_offers_the_folder_used_last(qtbot, store, tmp_path,
                                                   monkeypatch) -> None:
    stick = tmp_path / "USB"
    stick.mkdir()
    offered: list[str] = []

    def choose(_parent, _title, start=""):
        offered.append(start)
        return str(stick)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    window = open_window(qtbot, store)
    monkeypatch.setattr(window.sync_page, "export_to", lambda *_args: None)
    monkeypatch.setattr(window.sync_page, "import_from", lambda *_args: None)
    window.sync_page.choose_export_folder()
    window.sync_page.choose_import_folder()
    assert offered[1] == str(stick)
    assert options_for(store).get(LAST_FOLDER) == str(stick)


def test_a_last_folder_that_is_gone_falls_back_to_documents(tmp_path) -> None:
    options = Options(tmp_path / SETTINGS_FILE)
    options.remember_folder(tmp_path / "gone")
    assert options.last_folder() != str(tmp_path / "gone")


# --- the registry ---------------------------------------------------------------------------------
def test_every_setting_is_declared_once_with_a_scope_and_a_typed_default() -> None:
    for key, option in REGISTRY.items():
        assert option.key == key and isinstance(option.default, option.kind)
    installation = {o.key for o in REGISTRY.values() if o.scope is Scope.INSTALLATION}
    assert installation == {LANGUAGE_KEY, DEPARTMENT_KEY, SERVER_URL_KEY}
    with pytest.raises(ValueError, match="twice"):
        declare(LANGUAGE_KEY, str, "vi", Scope.INSTALLATION)


def test_options_are_typed_and_a_damaged_value_reads_as_the_default(tmp_path) -> None:
    path = tmp_path / SETTINGS_FILE
    path.write_text("[meta]\nsettings_version=abc\n[window]\ngeometry=plain text\n",
                    encoding="utf-8")
    options = Options(path)
    assert options.get(SETTINGS_VERSION) == 0
    assert options.get(WINDOW_GEOMETRY) == b""
    with pytest.raises(TypeError):
        options.set(SETTINGS_VERSION, "2")
    options.set(WINDOW_GEOMETRY, b"\x00\x01[]=")
    options.set(SETTINGS_VERSION, 7)
    options.sync()
    again = Options(path)
    assert (again.get(WINDOW_GEOMETRY), again.get(SETTINGS_VERSION)) == (b"\x00\x01[]=", 7)
    with pytest.raises(ValueError, match="store"):
        again.get(REGISTRY[LANGUAGE_KEY])


@pytest.fixture(autouse=True)
def _no_windows_left(qapp: QApplication):
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.runner.shutdown()
