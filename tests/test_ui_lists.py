"""The Staff and Equipment pages as an officer uses them, on a real store: the forms, the
search and filters, Vietnamese sort, soft deletes, status history, and Excel in and out.

Dialogs never block: forms and the bad-rows table open window-modal (``open()``), message
boxes are recorded instead of shown, and confirmations get the answer the test sets.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import func, select

from app.demo import fill_demo
from app.models import Equipment, JournalEntry, Staff, StatusEvent, journal, staff_ops
from app.models.queries import StaffRow
from app.models.store import Store
from app.models.vntext import search_key
from app.ui.itemmodels.rows import (
    COL_ASSET_TAG,
    COL_BIRTH_DATE,
    COL_HOLDER,
    COL_NAME,
    COL_POSITION,
    COL_PROFESSIONAL_LEVEL,
    COL_STATUS,
    SORT_ROLE,
    EquipmentTableModel,
    SearchFilterProxy,
    StaffTableModel,
)
from app.ui.pages.equipment.form import EquipmentForm
from app.ui.pages.equipment.status_dialog import StatusDialog
from app.ui.pages.equipment.view import EquipmentPage
from app.ui.pages.register.excel import BadRowsDialog
from app.ui.pages.staff.form import StaffForm
from app.ui.pages.staff.view import StaffPage
from app.ui.runtime.errors import ErrorDialog
from app.ui.runtime.tasks import TaskRunner
from tests.helpers import MUONG_PHANG, make_store
from tests.ui_helpers import (
    SCREENSHOTS,
    Answers,
    answer_confirmations,
    office_store,
    open_page,
    record_messages,
    runner_with_area,
    source_strings,
)

TODAY = date.today()

PEOPLE = [  # name, certificate, level, unit
    ("Lò Văn Ón", "none", "intermediate", "economy"),
    ("Quàng Thị Hoa", "basic", "university", "office"),
    ("Đỗ Văn Dũng", "a", "college", "office"),
    ("Giàng A Páo", "none", "none", None),
]


# --- fixtures ---------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    """Source strings (English): what the tests read does not wait for the translators."""
    with source_strings(qapp):
        yield


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = office_store(
        tmp_path / "data",
        [dict(full_name=name, it_certificate=cert, professional_level=level, unit=unit)
         for name, cert, level, unit in PEOPLE],
        [dict(category="desktop", asset_tag="MP-PC-01", holder=1,
              acquired_date=date(2020, 3, 1)),
         dict(category="printer", asset_tag="MP-IN-01", brand="Canon",
              acquired_date=date(2019, 5, 2)),
         dict(category="laptop", asset_tag="MP-LT-01", holder=0, status="under_repair")])
    yield store
    store.close()


@pytest.fixture
def runner(qapp: QApplication) -> TaskRunner:
    runner = runner_with_area()
    yield runner
    runner.shutdown()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    return record_messages(monkeypatch)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return answer_confirmations(monkeypatch)


def shown_names(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, COL_NAME).data() for row in range(proxy.rowCount())]


def pick_row(page, text: str, column: int = COL_NAME) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, column).data() == text:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{text} is not shown")


def journal_size(store: Store) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(JournalEntry))


def open_form(page, runner: TaskRunner, action) -> object:
    action.trigger()
    assert runner.wait()
    assert page.form is not None and page.form.isVisible()
    return page.form


def type_text(widget, text: str) -> None:
    """Type as a Vietnamese keyboard (an input method) does: key events carrying the text.
    ``qtbot.keyClicks`` only knows ASCII keys."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def leave_with_text(picker, text: str) -> None:
    """Write in a searchable picker and leave it (Tab): the one matching choice is taken.
    (Typed key by key, the offscreen pointer would hover the completer's popup.)"""
    picker.lineEdit().setText(text)
    picker.lineEdit().editingFinished.emit()


def choose(combo, key) -> None:
    combo.setCurrentIndex(combo.findData(key))


def error_text(form, key: str) -> str:
    label = form.errors[key]
    return label.text() if label.isVisible() else ""


# --- adding, finding, editing, deleting an official ------------------------------------------
def test_add_an_official_through_the_form_then_find_him_without_diacritics(
        qtbot, store, runner, messages) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    assert page.count_label.text() == "Showing 4 of 4"
    form = open_form(page, runner, page.new_action)
    assert isinstance(form, StaffForm)
    assert form.fields["professional_level"].currentData() == "none"  # sensible defaults
    assert form.fields["it_certificate"].currentData() == "none"
    type_text(form.fields["full_name"], "Nguyễn Văn Đức")
    choose(form.fields["gender"], "male")
    type_text(form.fields["birth_date"], "05/02/1990")
    type_text(form.fields["ethnicity_code"].lineEdit(), "hmong")  # a variant of Mông
    choose(form.fields["unit"], "economy")
    type_text(form.fields["position"], "Chuyên viên Phòng Kinh tế")
    choose(form.fields["professional_level"], "university")
    choose(form.fields["it_certificate"], "basic")
    type_text(form.fields["phone"], "0912 345 678")
    qtbot.keyClick(form.fields["phone"], Qt.Key.Key_Return)  # Enter saves
    assert runner.wait()
    assert page.form is None  # closed (and deleted)
    assert page.model.rowCount() == 5
    assert shown_names(page)[page.table.currentIndex().row()] == "Nguyễn Văn Đức"

    type_text(page.search, "nguyen van duc")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert shown_names(page) == ["Nguyễn Văn Đức"]
    assert page.count_label.text() == "Showing 1 of 5"
    with store.sessions() as s:
        person = s.scalars(select(Staff).where(Staff.full_name == "Nguyễn Văn Đức")).one()
        assert (person.gender, person.birth_date, person.ethnicity_code, person.unit) == (
            "male", date(1990, 2, 5), "08", "economy")
        assert (person.professional_level, person.it_certificate, person.phone) == (
            "university", "basic", "0912 345 678")
        assert person.commune_code == MUONG_PHANG and person.deleted is False
    assert messages == []


def test_bad_input_is_told_under_each_field_and_nothing_is_saved(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    before = journal_size(store)
    form = open_form(page, runner, page.new_action)
    type_text(form.fields["birth_date"], "31/02/1990")
    type_text(form.fields["phone"], "09a12")
    type_text(form.fields["email"], "ho.ten.gmail.com")
    type_text(form.fields["ethnicity_code"].lineEdit(), "không có")
    type_text(form.fields["service_start"], "01/01/2015")
    type_text(form.fields["service_end"], "01/01/2010")
    form.save_button.click()
    assert error_text(form, "full_name") == "Enter the official's full name."
    assert error_text(form, "birth_date") == "This date does not exist: check the day and month."
    assert error_text(form, "phone").startswith("Write the phone number in digits")
    assert error_text(form, "email").startswith("Check the e-mail address")
    assert error_text(form, "ethnicity_code").startswith("Choose an ethnic group")
    assert error_text(form, "service_end") == "The end of service must come after its start."
    assert error_text(form, "gender") == ""
    assert form.isVisible() and form.save_button.isEnabled()

    form.fields["birth_date"].setText((TODAY + timedelta(days=3)).strftime("%d/%m/%Y"))
    form.fields["birth_date"].textEdited.emit("")  # live checking once Save was tried
    assert error_text(form, "birth_date") == "This date cannot be in the future."
    form.fields["birth_date"].setText(f"01/01/{TODAY.year - 6}")
    form.save_button.click()
    assert error_text(form, "birth_date") == (
        "Check the date of birth: the official would be 6 years old.")
    assert runner.wait() and journal_size(store) == before
    assert page.model.rowCount() == len(PEOPLE)


def test_a_field_is_checked_when_the_officer_leaves_it(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    form = open_form(page, runner, page.new_action)
    type_text(form.fields["email"], "abc")
    assert error_text(form, "email") == ""  # not while typing
    form.fields["email"].editingFinished.emit()
    assert error_text(form, "email").startswith("Check the e-mail address")
    assert error_text(form, "full_name") == ""  # untouched fields wait for Save


def test_editing_an_official_keeps_him_selected(qtbot, store, runner, messages) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    pick_row(page, "Quàng Thị Hoa")
    page.table.activated.emit(page.table.currentIndex())  # Enter or double-click
    assert runner.wait()
    form = page.form
    assert form.windowTitle() == "Official: Quàng Thị Hoa"
    assert form.fields["it_certificate"].currentData() == "basic"
    form.fields["position"].setText("Chánh Văn phòng")
    choose(form.fields["professional_level"], "master")
    form.save_button.click()
    assert runner.wait() and page.form is None
    row = page.selected_row()
    assert row.full_name == "Quàng Thị Hoa" and row.position == "Chánh Văn phòng"
    assert page.proxy.index(page.table.currentIndex().row(), COL_PROFESSIONAL_LEVEL).data() == (
        "Master's degree")
    with store.sessions() as s:
        assert s.get(Staff, row.id).professional_level == "master"


def test_closing_a_form_with_unsaved_edits_asks_first(qtbot, store, runner, answers) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    form = open_form(page, runner, page.new_action)
    qtbot.keyClick(form, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert answers.asked == [] and page.form is None
    form = open_form(page, runner, page.new_action)
    type_text(form.fields["full_name"], "Vàng A Dơ")
    answers.answer = False
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert answers.asked == ["Close this form and lose the changes you made?"]
    assert form.isVisible() and not page.can_close()
    answers.answer = True
    form.cancel_button.click()
    assert page.form is None and page.can_close()
    assert page.model.rowCount() == len(PEOPLE)


def test_delete_asks_and_is_soft(qtbot, store, runner, answers) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    pick_row(page, "Giàng A Páo")
    row = page.selected_row()
    answers.answer = False
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert runner.wait() and page.model.rowCount() == 4
    assert "Delete Giàng A Páo from the staff list?" in answers.asked[0]
    answers.answer = True
    page.delete_action.trigger()
    assert runner.wait()
    assert "Giàng A Páo" not in shown_names(page) and page.model.rowCount() == 3
    with store.sessions() as s:
        assert s.get(Staff, row.id).deleted is True  # still there, marked deleted


def test_a_database_error_is_told_plainly_and_changes_nothing(
        qtbot, store, runner, monkeypatch) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    def failing_save(session, values, record_id):
        person = session.get(Staff, record_id)
        person.position = "Không được lưu"
        session.flush()
        raise OperationalError("UPDATE staff", {}, sqlite3.OperationalError("disk I/O error"))

    monkeypatch.setattr(staff_ops, "save_staff", failing_save)  # inside the unit of work
    page = open_page(qtbot, StaffPage, store, runner)
    pick_row(page, "Lò Văn Ón")
    before = journal_size(store)
    form = open_form(page, runner, page.edit_action)
    form.fields["position"].setText("Kế toán")
    form.save_button.click()
    assert runner.wait()
    errors = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, ErrorDialog) and w.isVisible()]
    assert len(errors) == 1
    assert errors[0].message.text() == (
        "Something went wrong. Please send the details below to IT support.")
    errors[0].close()
    assert form.isVisible() and form.save_button.isEnabled()  # the officer's typing is kept
    assert journal_size(store) == before
    with store.sessions() as s:
        assert s.get(Staff, page.selected_row().id).position is None


def test_a_refusal_of_the_domain_layer_is_shown_in_the_form(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    pick_row(page, "Lò Văn Ón")
    form = open_form(page, runner, page.edit_action)
    with store.sessions.begin() as s:  # another device deleted him meanwhile
        s.get(Staff, page.selected_row().id).deleted = True
    form.fields["position"].setText("Kế toán")
    form.save_button.click()
    assert runner.wait()
    assert form.isVisible() and form.refusal.isVisible()
    assert "có thể đã bị xóa" in form.refusal.text()


# --- equipment: the broken printer, the item form ---------------------------------------------
def test_recording_a_broken_printer(qtbot, store, runner) -> None:
    page = open_page(qtbot, EquipmentPage, store, runner)
    pick_row(page, "MP-IN-01", COL_ASSET_TAG)
    page.status_action.trigger()
    dialog = page.form
    assert isinstance(dialog, StatusDialog) and dialog.isVisible()
    choose(dialog.fields["status"], "broken")
    type_text(dialog.fields["note"], "Kẹt giấy, hỏng trục cuốn")
    qtbot.keyClick(dialog.fields["note"], Qt.Key.Key_Return)
    assert runner.wait() and page.form is None
    row = page.selected_row()
    assert row.asset_tag == "MP-IN-01" and row.status == "broken"
    assert page.proxy.index(page.table.currentIndex().row(), COL_STATUS).data() == "Broken"

    form = open_form(page, runner, page.edit_action)
    history = form.history_model
    assert [(e.changed_on, e.status, e.note) for e in history.rows()] == [
        (date(2019, 5, 2), "in_use", None), (TODAY, "broken", "Kẹt giấy, hỏng trục cuốn")]
    assert history.index(1, 1).data() == "Broken"
    assert history.index(1, 0).data() == TODAY.strftime("%d/%m/%Y")


def test_the_same_status_is_not_a_change(qtbot, store, runner) -> None:
    page = open_page(qtbot, EquipmentPage, store, runner)
    pick_row(page, "MP-IN-01", COL_ASSET_TAG)
    page.status_action.trigger()
    page.form.save_button.click()
    assert page.form.errors["status"].text() == "Choose the new status."


def test_a_new_status_in_the_item_form_asks_why(qtbot, store, runner) -> None:
    page = open_page(qtbot, EquipmentPage, store, runner)
    pick_row(page, "MP-LT-01", COL_ASSET_TAG)
    form = open_form(page, runner, page.edit_action)
    note = form.fields["status_note"]
    assert not note.isVisible()
    assert form.fields["holder_id"].currentText() == "Lò Văn Ón"
    choose(form.fields["status"], "in_use")
    assert note.isVisible()
    type_text(note, "Đã thay bàn phím")
    form.save_button.click()
    assert runner.wait() and page.form is None
    with store.sessions() as s:
        item_id = page.selected_row().id
        events = s.scalars(select(StatusEvent).where(StatusEvent.equipment_id == item_id)
                           .order_by(StatusEvent.hlc)).all()
        assert [(e.status, e.note) for e in events][-1] == ("in_use", "Đã thay bàn phím")


def test_a_new_item_with_defaults_checks_and_a_holder(qtbot, store, runner) -> None:
    page = open_page(qtbot, EquipmentPage, store, runner)
    form = open_form(page, runner, page.new_action)
    assert isinstance(form, EquipmentForm)
    assert form.fields["status"].currentData() == "in_use"
    assert form.fields["acquired_date"].value() == TODAY
    assert form.history_model.rowCount() == 0
    choose(form.fields["category"], "printer")
    form.fields["value_vnd"].setText("-5")
    form.fields["warranty_end"].setText("01/01/2020")
    type_text(form.fields["holder_id"].lineEdit(), "nobody at all")
    form.save_button.click()
    assert error_text(form, "value_vnd") == "The value cannot be negative."
    assert error_text(form, "warranty_end") == (
        "The warranty must end after the item was put into use.")
    assert error_text(form, "holder_id").startswith("Choose the holder from the list")
    form.fields["value_vnd"].setText("4.590.000")
    form.fields["warranty_end"].setText((TODAY + timedelta(days=365)).strftime("%d/%m/%Y"))
    holder = form.fields["holder_id"]
    leave_with_text(holder, "quang hoa")  # no diacritics, part of the name
    assert holder.currentText() == "Quàng Thị Hoa"
    form.fields["asset_tag"].setText("MP-IN-02")
    form.save_button.click()
    assert runner.wait() and page.form is None, form.refresh_errors()
    with store.sessions() as s:
        item = s.scalars(select(Equipment).where(Equipment.asset_tag == "MP-IN-02")).one()
        assert (item.category, item.status, item.value_vnd) == ("printer", "in_use", 4590000)
        assert item.holder.full_name == "Quàng Thị Hoa" and item.acquired_date == TODAY
    assert page.selected_row().holder_name == "Quàng Thị Hoa"


# --- filters and Vietnamese sort --------------------------------------------------------------
def test_staff_filters_certificate_level_and_unit(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    bar = page.filter_bar
    bar.choose("certificate", frozenset({"none"}))
    assert sorted(shown_names(page)) == ["Giàng A Páo", "Lò Văn Ón"]
    assert page.count_label.text() == "Showing 2 of 4" and page.clear_button.isVisible()
    bar.choose("certificate", frozenset({"basic", "advanced", "a", "b", "c", "degree"}))
    assert sorted(shown_names(page)) == ["Quàng Thị Hoa", "Đỗ Văn Dũng"]
    bar.choose("certificate", frozenset({"a"}))
    assert shown_names(page) == ["Đỗ Văn Dũng"]
    bar.choose("certificate", None)
    bar.choose("unit", frozenset({"office"}))
    bar.choose("level", frozenset({"university"}))
    assert shown_names(page) == ["Quàng Thị Hoa"]
    bar.choose("level", None)
    page.search.setText("do van")
    page.apply_search()
    assert shown_names(page) == ["Đỗ Văn Dũng"]
    bar.choose("unit", frozenset({None}))
    assert shown_names(page) == [] and page.count_label.text() == "Showing 0 of 4"
    page.clear_button.click()
    assert len(shown_names(page)) == 4 and not page.clear_button.isVisible()
    texts = [bar.combos["certificate"].itemText(n) for n in range(3)]
    assert texts == ["All IT certificates", "With any IT certificate",
                     "Without an IT certificate"]


def test_equipment_filters_category_status_and_holder(qtbot, store, runner) -> None:
    page = open_page(qtbot, EquipmentPage, store, runner)
    bar = page.filter_bar

    def tags() -> list[str]:
        return [page.proxy.index(r, COL_ASSET_TAG).data() for r in range(page.proxy.rowCount())]

    bar.choose("category", frozenset({"printer"}))
    assert tags() == ["MP-IN-01"]
    bar.choose("category", None)
    bar.choose("status", frozenset({"under_repair"}))
    assert tags() == ["MP-LT-01"]
    bar.choose("status", None)
    holders = bar.combos["holder"]
    assert holders.count() == 2  # the holders present are listed when the list is opened
    holders.showPopup()
    holders.hidePopup()
    assert [holders.itemText(n) for n in range(holders.count())] == [
        "All holders", "No holder", "Quàng Thị Hoa", "Lò Văn Ón"]  # by given name
    bar.choose("holder", frozenset({None}))
    assert tags() == ["MP-IN-01"]
    leave_with_text(holders, "hoa")
    assert tags() == ["MP-PC-01"]


def test_clicking_the_name_header_sorts_the_vietnamese_way(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    # Loaded in Vietnamese order already: by given name (Dũng < Hoa < Ón < Páo).
    assert shown_names(page) == ["Đỗ Văn Dũng", "Quàng Thị Hoa", "Lò Văn Ón", "Giàng A Páo"]
    header = page.table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(COL_NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown_names(page) == ["Giàng A Páo", "Lò Văn Ón", "Quàng Thị Hoa", "Đỗ Văn Dũng"]
    page.table.sortByColumn(COL_BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert shown_names(page)[0] == "Đỗ Văn Dũng"


def test_sort_keys_are_vietnamese_and_blanks_go_last(qapp) -> None:
    def row(name: str, **values) -> StaffRow:
        fields = dict(id=name, full_name=name, name_key=search_key(name), gender=None,
                      birth_date=None, ethnicity=None, unit=None, position=None,
                      professional_level="none", it_certificate="none", phone=None)
        return StaffRow(**{**fields, **values})

    model = StaffTableModel()
    model.set_rows([row("Nguyễn Văn Đức", position="Văn thư"), row("Trần Thị Dung"),
                    row("Hà Văn Ư", position="Địa chính"), row("Lê Văn Zin", position="Dân số")])
    proxy = SearchFilterProxy()
    proxy.setSourceModel(model)
    proxy.model_ref = model
    assert model.data(model.index(0, COL_NAME), SORT_ROLE) < model.data(
        model.index(2, COL_NAME), SORT_ROLE)  # Đức before Ư
    proxy.sort(COL_POSITION)
    positions = [proxy.index(r, COL_POSITION).data() for r in range(4)]
    assert positions == ["Dân số", "Địa chính", "Văn thư", ""]  # d < đ; blank last
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)  # the model's natural order
    assert [proxy.index(r, COL_NAME).data() for r in range(4)] == [
        "Nguyễn Văn Đức", "Trần Thị Dung", "Hà Văn Ư", "Lê Văn Zin"]  # as loaded


def test_asset_tags_sort_in_natural_order(qapp) -> None:
    from tests.test_ui import equipment_row

    model = EquipmentTableModel()
    model.set_rows([equipment_row(id=tag, asset_tag=tag, holder_name=holder)
                    for tag, holder in [("PC-10", "Lò Văn Ón"), ("PC-9", None),
                                        ("PC-1", "Đỗ Thị An")]])
    proxy = SearchFilterProxy()
    proxy.setSourceModel(model)
    proxy.model_ref = model
    proxy.sort(COL_ASSET_TAG)
    assert [proxy.index(r, COL_ASSET_TAG).data() for r in range(3)] == ["PC-1", "PC-9", "PC-10"]
    proxy.sort(COL_HOLDER, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_HOLDER).data() for r in range(3)] == [
        "Đỗ Thị An", "Lò Văn Ón", ""]


def test_filtering_keeps_the_selected_record_selected(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    pick_row(page, "Quàng Thị Hoa")
    page.search.setText("thi")
    page.apply_search()
    assert page.selected_row().full_name == "Quàng Thị Hoa"
    page.search.setText("van")
    page.apply_search()
    assert page.selected_row() is None and not page.delete_action.isEnabled()


# --- Excel in and out -------------------------------------------------------------------------
def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_bad_excel_file_shows_its_bad_rows_and_writes_nothing(
        qtbot, store, runner, monkeypatch, tmp_path) -> None:
    path = write_xlsx(tmp_path / "can-bo.xlsx", [
        ["full_name", "gender", "birth_date", "professional_level"],
        ["Lò Thị Mai", "Nữ", "12/03/1990", "Đại học"],
        ["Vàng A Dơ", "nam giới", "31/02/1988", "university"],
        ["", "male", "", "tiến sĩ"],
    ])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page = open_page(qtbot, StaffPage, store, runner)
    before = journal_size(store)
    page.excel.import_action.trigger()
    assert runner.wait()
    dialog = page.excel.bad_rows
    assert isinstance(dialog, BadRowsDialog) and dialog.isVisible()
    problems = dialog.model
    cells = [(problems.index(r, 0).data(), problems.index(r, 1).data())
             for r in range(problems.rowCount())]
    assert cells == [("3", "gender"), ("3", "birth_date"), ("4", "full_name")]
    assert "không có thật" in problems.index(1, 2).data()
    assert "can-bo.xlsx" in dialog.summary.text() and not dialog.more.isVisible()
    assert journal_size(store) == before and page.model.rowCount() == len(PEOPLE)
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == len(PEOPLE)
    dialog.close()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_again_changes_nothing(
        qtbot, store, runner, messages, monkeypatch, tmp_path, suffix) -> None:
    target = tmp_path / f"thiet-bi{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    page = open_page(qtbot, EquipmentPage, store, runner)
    before = journal_size(store)
    page.excel.export_action.trigger()
    assert runner.wait() and target.exists()
    assert runner.area.labels == [f"Exporting {target.name}…"]
    written = f"3 rows were written to {target}."
    if suffix == ".csv":  # its English keys are the contract: the officer is told so
        written += ("\nA CSV file keeps the English column names and codes (such as "
                    "full_name, in_use) that other programs and the import read; export to "
                    "Excel for Vietnamese headings.")
    assert messages[-1] == ("Export finished", written)
    page.excel.import_action.trigger()
    assert runner.wait()
    assert messages[-1] == ("Import finished", "0 added, 0 updated, 3 unchanged.")
    assert journal_size(store) == before


def test_an_import_that_adds_refreshes_the_list(
        qtbot, store, runner, messages, monkeypatch, tmp_path) -> None:
    path = write_xlsx(tmp_path / "them.xlsx", [["full_name", "it_certificate"],
                                              ["Mùa A Sềnh", "Chứng chỉ B"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page = open_page(qtbot, StaffPage, store, runner)
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    page.excel.import_action.trigger()
    assert runner.wait()
    assert messages == [("Import finished", "1 added, 0 updated, 0 unchanged.")]
    assert "Mùa A Sềnh" in shown_names(page) and changed == [True]


# --- a trainer's laptop only reads ------------------------------------------------------------
def test_a_trainers_laptop_shows_staff_read_only(qtbot, tmp_path, runner, monkeypatch) -> None:
    trainer = make_store(tmp_path / "trainer", communes=(MUONG_PHANG,), trainer=True)
    monkeypatch.setattr(journal, "check_write", lambda *_args: None)  # as if synced here
    with trainer.sessions.begin() as s:
        s.add(Staff(full_name="Lò Văn Ón", commune_code=MUONG_PHANG))
    monkeypatch.undo()
    try:
        page = open_page(qtbot, StaffPage, trainer, runner)
        assert page.editable is False and page.notice.isVisible()
        assert not page.new_action.isVisible() and not page.excel.import_action.isVisible()
        assert page.excel.export_action.isVisible()
        pick_row(page, "Lò Văn Ón")
        form = open_form(page, runner, page.edit_action)
        assert not form.save_button.isVisible() and form.fields["full_name"].isReadOnly()
        assert not form.fields["gender"].isEnabled()
        form.cancel_button.click()
        assert page.form is None
    finally:
        trainer.close()


# --- screenshots ------------------------------------------------------------------------------
def test_screenshots_of_the_pages_and_forms(
        qtbot, vietnamese, tmp_path, runner, monkeypatch) -> None:
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã")
    fill_demo(store)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(widget, name: str) -> None:
        qtbot.wait(30)
        target = SCREENSHOTS / f"{name}.png"
        assert widget.grab().save(str(target)) and target.stat().st_size > 5_000

    try:
        staff = open_page(qtbot, StaffPage, store, runner)
        staff.resize(1366, 640)
        save(staff, "staff_page")
        staff.table.selectRow(0)
        form = open_form(staff, runner, staff.edit_action)
        form.fields["phone"].setText("09123")
        form.save_button.click()
        save(form, "staff_form")
        form.done(0)

        equipment = open_page(qtbot, EquipmentPage, store, runner)
        equipment.resize(1366, 640)
        equipment.filter_bar.choose("status", frozenset({"broken"}))
        equipment.table.selectRow(0)
        save(equipment, "equipment_page")
        form = open_form(equipment, runner, equipment.edit_action)
        choose(form.fields["status"], "under_repair")
        save(form, "equipment_form")
        form.done(0)
        equipment.status_action.trigger()
        save(equipment.form, "status_dialog")
        equipment.form.done(0)

        bad = write_xlsx(tmp_path / "thiet-bi-loi.xlsx", [
            ["category", "asset_tag", "acquired_date", "value_vnd", "status"],
            ["máy tính bảng", "MP-TB-01", "2024-13-01", "12 triệu", "đang dùng"],
            ["laptop", "MP-LT-09", "05/02/2026", "15.000.000", "in_use"],
            ["printer", "MP-IN-09", "", "-3", "hỏng"],
        ])
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
        equipment.excel.import_action.trigger()
        assert runner.wait()
        save(equipment.excel.bad_rows, "bad_rows_dialog")
        equipment.excel.bad_rows.close()
    finally:
        store.close()
