"""The lists from the keyboard, and what a list says when it hides a record: the real
window and pages on real stores.

- From a list's search box, Down goes into the list (first row, or the chosen one), Enter
  opens the one record found (or the chosen one), Up on the first row comes back: on the
  staff, equipment and training lists alike.
- The overview's attention rows are reached with Tab and the arrows, and Enter or a double
  click opens the record's form on its page, even when that page's search hides it.
- Ctrl+E and Ctrl+I act from the search box as from anywhere in the page, even where a
  text box claims Ctrl+E for itself (Linux desktops make it "end of line").
- Column titles are whole on an empty list; the search box keeps its width when "Show
  all" appears; a record saved while the search or a filter hides it is said to be
  hidden, with a button that shows it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.demo import fill_demo
from app.models import Equipment, Staff
from app.models.attention import attention
from app.models.store import Store
from app.ui.itemmodels.rows import COL_NAME
from app.ui.pages.equipment.form import EquipmentForm
from app.ui.pages.staff.form import StaffForm
from app.ui.pages.staff.view import StaffPage
from app.ui.pages.training.forms import CourseForm
from app.ui.runtime import i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.main_window import MainWindow
from tests.helpers import MUONG_PHANG, make_store
from tests.ui_helpers import (
    SCREENSHOTS,
    office_store,
    open_page,
    open_window,
    runner_with_area,
    source_strings,
)

Key = Qt.Key
SLACK = 2


@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    with source_strings(qapp):
        yield


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):
    store = make_store(tmp_path_factory.mktemp("keys") / "demo", name="Máy văn phòng xã")
    fill_demo(store)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, demo_store: Store) -> MainWindow:
    window = open_window(qtbot, demo_store)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    yield window
    for page in (window.staff_page, window.equipment_page, window.training_page):
        if page.form is not None:
            page.form.reject()
    window.runner.wait()


@pytest.fixture
def runner(qapp: QApplication) -> TaskRunner:
    runner = runner_with_area()
    yield runner
    runner.shutdown()


def type_text(widget: QWidget, text: str) -> None:
    """Typed as an input method delivers Vietnamese letters: key events with the text."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def search_for(qtbot, page, text: str, rows: int | None = None) -> None:
    page.search.setFocus()
    page.search.clear()
    type_text(page.search, text)
    page.apply_search()
    if rows is not None:
        assert page.proxy.rowCount() == rows


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def register_page(window: MainWindow, key: str):
    window.show_page(key)
    return window.staff_page if key == "staff" else window.equipment_page


# --- search box and list ------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["staff", "equipment"])
def test_down_goes_into_the_list_and_up_comes_back(qtbot, window, key) -> None:
    page = register_page(window, key)
    search_for(qtbot, page, "")
    page.table.clearSelection()
    qtbot.keyClick(page.search, Key.Key_Down)
    assert focused() is page.table
    assert page.table.currentIndex().row() == 0
    assert page.selected_row() is page.model.row_at(page.proxy.mapToSource(
        page.proxy.index(0, 0)).row())  # the first row is chosen, ready for Enter
    qtbot.keyClick(page.table, Key.Key_Down)
    assert page.table.currentIndex().row() == 1
    qtbot.keyClick(page.table, Key.Key_Up)
    assert focused() is page.table  # on the second row Up only moves up
    qtbot.keyClick(page.table, Key.Key_Up)
    assert focused() is page.search
    qtbot.keyClick(page.search, Key.Key_Down)  # back to the row chosen, not the first
    assert focused() is page.table and page.table.currentIndex().row() == 0


@pytest.mark.parametrize(("key", "query", "field", "expected"), [
    ("staff", "quang thi kim", "full_name", "Quàng Thị Kim"),
    ("equipment", "MP-PC-2017-05", "asset_tag", "MP-PC-2017-05"),
])
def test_enter_in_the_search_opens_the_one_record_found(qtbot, window, key, query, field,
                                                        expected) -> None:
    page = register_page(window, key)
    search_for(qtbot, page, query, rows=1)
    qtbot.keyClick(page.search, Key.Key_Return)
    assert window.runner.wait()
    assert isinstance(page.form, StaffForm if key == "staff" else EquipmentForm)
    assert page.form.isVisible()
    assert page.form.fields[field].text() == expected


def test_enter_opens_the_chosen_row_among_several_else_goes_into_the_list(
        qtbot, window) -> None:
    page = register_page(window, "staff")
    search_for(qtbot, page, "quang")
    assert page.proxy.rowCount() > 2
    page.table.clearSelection()
    qtbot.keyClick(page.search, Key.Key_Return)  # several, none chosen: into the list
    assert window.runner.wait()
    assert page.form is None and focused() is page.table
    second = page.proxy.index(1, COL_NAME).data()
    page.table.selectRow(1)
    page.search.setFocus()
    qtbot.keyClick(page.search, Key.Key_Enter)  # the keypad's Enter too
    assert window.runner.wait()
    assert page.form is not None and page.form.fields["full_name"].text() == second


def test_the_training_list_answers_the_same_keys(qtbot, window) -> None:
    window.show_page("training")
    page = window.training_page
    page.focus_search()
    type_text(page.search, "an toan thong tin")
    assert page.course_proxy.rowCount() == 1
    qtbot.keyClick(page.search, Key.Key_Down)
    assert focused() is page.course_table and page.selected_course() is not None
    qtbot.keyClick(page.course_table, Key.Key_Up)
    assert focused() is page.search
    qtbot.keyClick(page.search, Key.Key_Return)
    assert window.runner.wait()
    assert isinstance(page.form, CourseForm)
    assert page.form.isVisible()


# --- the overview's attention rows ------------------------------------------------------------
def attention_ids(store: Store) -> dict[str, list[str]]:
    with store.sessions() as session:
        found = attention(session, [MUONG_PHANG])
    return {key: [item.id for item in found_list.items] for key, found_list in found.items()}


def test_overview_rows_are_reached_by_tab_and_open_their_record(qtbot, window,
                                                                demo_store) -> None:
    ids = attention_ids(demo_store)
    lists = window.overview.attention_lists
    search_for(qtbot, window.equipment_page, "nothing like this")  # hides every item
    window.navigation.enter_position(0)  # Ctrl+1: the overview, focus on its first list
    assert focused() is lists["broken"].list
    qtbot.keyClick(focused(), Key.Key_Tab)
    assert focused() is lists["warranty_ending"].list
    qtbot.keyClick(focused(), Key.Key_Tab)
    assert focused() is lists["uncertified"].list
    qtbot.keyClick(focused(), Key.Key_Down)  # the arrows walk the rows
    assert lists["uncertified"].list.currentRow() == 1
    broken = lists["broken"].list
    broken.setFocus()
    broken.setCurrentRow(0)
    qtbot.keyClick(broken, Key.Key_Return)
    assert window.runner.wait()
    page = window.equipment_page
    assert window.navigation.current_key() == "equipment"
    assert page.search.text() == "" and page.selected_row().id == ids["broken"][0]
    assert isinstance(page.form, EquipmentForm) and page.form.isVisible()
    page.form.reject()
    window.show_page("overview")
    staff_list = lists["uncertified"].list
    where = staff_list.visualItemRect(staff_list.item(1)).center()
    qtbot.mouseClick(staff_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.navigation.current_key() == "overview"  # a click only chooses
    qtbot.mouseDClick(staff_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.runner.wait()
    assert window.navigation.current_key() == "staff"
    assert window.staff_page.selected_row().id == ids["uncertified"][1]
    assert isinstance(window.staff_page.form, StaffForm)


def test_a_note_row_opens_nothing(qtbot, window) -> None:
    box = window.overview.attention_lists["broken"]
    box.show_rows([], "Nothing to look at")
    box.list.setFocus()
    box.list.setCurrentRow(0)
    qtbot.keyClick(box.list, Key.Key_Return)
    assert window.navigation.current_key() == "overview"


# --- Ctrl+E and Ctrl+I ----------------------------------------------------------------------------
class ClaimsCtrlE(QObject):
    """What a text box does with Ctrl+E on a Linux desktop (its "end of line" key): it
    accepts the shortcut override, so Qt gives it the key instead of a shortcut."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+E"):
            event.accept()
        return False


@pytest.mark.parametrize("key", ["staff", "equipment"])
def test_ctrl_e_and_ctrl_i_work_from_the_search_box_and_the_page(qtbot, window, monkeypatch,
                                                                 key) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: asked.append("export") or ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_a, **_k: asked.append("import") or ("", ""))
    page = register_page(window, key)
    boxes = [page.search] + [combo for combo in page.filter_bar.combos.values()
                             if combo.isEditable()]  # the holder filter is typed in
    for box in boxes:
        box.installEventFilter(ClaimsCtrlE(box))
    combo = next(iter(page.filter_bar.combos.values()))
    places = [*boxes, page.table, combo]
    for widget in places:
        widget.setFocus()
        assert focused() is widget
        qtbot.keyClick(widget, Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["export", "import"] * len(places)
    assert len(places) == (4 if key == "equipment" else 3)
    assert page.search.text() == ""


# --- small layout faults -----------------------------------------------------------------------
def test_column_titles_are_whole_on_an_empty_list(qtbot, tmp_path, runner) -> None:
    store = make_store(tmp_path / "empty")
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        assert page.model.rowCount() == 0
        header = page.table.horizontalHeader()
        for column in range(header.count()):
            title = page.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) + SLACK >= header.sectionSizeHint(column), title
    finally:
        store.close()


def test_the_search_keeps_its_width_when_show_all_appears(qtbot, demo_store, runner) -> None:
    page = open_page(qtbot, StaffPage, demo_store, runner)
    qtbot.wait(20)
    before = page.search.width()
    assert not page.clear_button.isVisible()
    search_for(qtbot, page, "lo")
    qtbot.waitUntil(page.clear_button.isVisible)
    QApplication.processEvents()
    assert page.search.width() == before
    page.clear_button.click()
    QApplication.processEvents()
    assert not page.clear_button.isVisible() and page.search.width() == before


def add_official(qtbot, page, runner, name: str, service_end: str = "") -> None:
    page.new_action.trigger()
    assert runner.wait() and page.form is not None
    type_text(page.form.fields["full_name"], name)
    if service_end:
        type_text(page.form.fields["service_end"], service_end)
    qtbot.keyClick(page.form.fields["full_name"], Key.Key_Return)
    assert runner.wait()
    assert page.form is None, "the form was refused"


def test_a_record_saved_under_a_search_is_said_hidden_and_shown_on_request(
        qtbot, tmp_path, runner) -> None:
    store = office_store(tmp_path / "data", [dict(full_name="Quàng Thị Hoa"),
                                             dict(full_name="Lò Văn Ón")])
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        search_for(qtbot, page, "hoa", rows=1)
        assert not page.hidden_note.isVisible()
        add_official(qtbot, page, runner, "Lò Văn Pánh")
        assert page.hidden_note.isVisible()
        assert "hides it" in page.hidden_note.label.text()
        assert page.proxy.rowCount() == 1 and page.model.rowCount() == 3
        page.table.selectRow(0)
        page.refresh()  # a reload (another page wrote) keeping Hoa chosen: still hidden
        assert runner.wait()
        assert page.hidden_note.isVisible()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(SCREENSHOTS / "staff_hidden_record.png"))
        qtbot.mouseClick(page.hidden_note.button, Qt.MouseButton.LeftButton)
        assert page.search.text() == "" and page.proxy.rowCount() == 3
        assert page.selected_row().full_name == "Lò Văn Pánh"
        assert not page.hidden_note.isVisible()
        search_for(qtbot, page, "hoa", rows=1)  # the note comes only with a saved record
        assert not page.hidden_note.isVisible()
    finally:
        store.close()


def test_a_former_official_saved_is_shown_by_widening_the_service_filter(
        qtbot, tmp_path, runner) -> None:
    """No search at all: the list opens on the officials in service, and one saved with a
    past end of service leaves it. The note offers him all the same."""
    store = office_store(tmp_path / "data", [dict(full_name="Quàng Thị Hoa")])
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        add_official(qtbot, page, runner, "Lò Văn Pánh", service_end="01/01/2020")
        assert page.hidden_note.isVisible() and page.proxy.rowCount() == 1
        page.hidden_note.button.click()
        assert page.selected_row().full_name == "Lò Văn Pánh"
        assert page.filter_bar.combos["service"].currentData() is None  # current and former
    finally:
        store.close()


def test_a_record_saved_in_sight_needs_no_note(qtbot, tmp_path, runner) -> None:
    store = office_store(tmp_path / "data", [dict(full_name="Quàng Thị Hoa")],
                         [dict(category="printer", asset_tag="MP-IN-01",
                               acquired_date=date(2019, 5, 2))])
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        search_for(qtbot, page, "pa", rows=0)
        add_official(qtbot, page, runner, "Lò Văn Pánh")
        assert page.selected_row().full_name == "Lò Văn Pánh"
        assert not page.hidden_note.isVisible()
        with store.sessions() as s:
            assert s.query(Staff).count() == 2 and s.query(Equipment).count() == 1
    finally:
        store.close()


def test_the_hidden_note_speaks_vietnamese(qtbot, qapp, qm_dir: Path, tmp_path,
                                           runner) -> None:
    assert i18n.install(qapp, "vi", qm_dir)
    store = office_store(tmp_path / "data", [dict(full_name="Quàng Thị Hoa")])
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        search_for(qtbot, page, "hoa", rows=1)
        add_official(qtbot, page, runner, "Lò Văn Pánh")
        assert page.hidden_note.label.text().startswith("Bản ghi vừa lưu")
        assert page.hidden_note.button.text() == "Bỏ tìm kiếm và hiện bản ghi"
        assert page.grab().save(str(SCREENSHOTS / "staff_hidden_record_vi.png"))
    finally:
        store.close()
        i18n.uninstall(qapp)
        i18n._current[0] = i18n.DEFAULT_LANGUAGE

