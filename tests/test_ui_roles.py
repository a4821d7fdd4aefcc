"""Roles in the window (issue 15, item 1): a viewer's window shows everything but every
write is greyed with the reason over it, and opening a record opens it to read; an
officer's keeps records and sync but not enrolment or accounts; a plain store keeps
everything open, as before accounts existed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.demo import fill_demo
from app.ops.accounts import add_account, first_administrator, sign_in
from app.ui.shell.main_window import MainWindow
from tests.helpers import DB_NAME, make_store
from tests.ui_helpers import open_window, record_messages

PASSWORD = "mat-khau-cua-lan"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The demo commune, encrypted by its administrator "lan", with a viewer and an officer."""
    with make_store(tmp_path) as store:
        fill_demo(store)
    first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    store, lan = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    with store:
        add_account(store, lan, "hoa", "viewer", "mat-khau-cua-hoa")
        add_account(store, lan, "nam", "officer", "mat-khau-cua-nam")
    return tmp_path


def window_of(qtbot, data_dir: Path, name: str) -> MainWindow:
    store, _who = sign_in(data_dir / DB_NAME, data_dir / "backups", name, f"mat-khau-cua-{name}")
    window = open_window(qtbot, store)
    qtbot.addWidget(window)
    return window


def writes_of(window: MainWindow) -> dict[str, object]:
    """Every write control of every page, by a name the assertions read."""
    staff, equipment = window.staff_page, window.equipment_page
    training, sync, settings = window.training_page, window.sync_page, window.settings_page
    return {
        "staff add": staff.new_action, "staff delete": staff.delete_action,
        "staff import": staff.excel.import_action, "staff export": staff.excel.export_action,
        "equipment add": equipment.new_action, "equipment status": equipment.status_action,
        "equipment import": equipment.excel.import_action,
        "new course": training.new_course_button, "enrol": training.enrol_button,
        "sync": sync.sync_button, "usb export": sync.export_folder_button,
        "usb import": sync.import_files_button, "conflicts": sync.conflicts,
        "language": settings.language_combo, "department": settings.department_save,
        "back up": settings.backup_box.back_up_button,
        "restore": settings.backup_box.restore_button, "bin": window.menus.bin_action}


def select_first(page) -> None:
    page.table.selectRow(0)
    assert page.selected_row() is not None


def test_a_viewer_sees_every_write_greyed_with_the_reason(qtbot, vietnamese, monkeypatch,
                                                          data_dir) -> None:
    messages = record_messages(monkeypatch)
    window = window_of(qtbot, data_dir, "hoa")
    window.show()
    for page in (window.staff_page, window.equipment_page):
        select_first(page)
        assert page.edit_action.isEnabled()  # reading a record stays open
    window.training_page.course_table.selectRow(0)
    assert window.runner.wait() and window.training_page.current_course() is not None
    enabled = {name: item.isEnabled() for name, item in writes_of(window).items()}
    assert enabled == dict.fromkeys(enabled, False)
    assert window.training_page.scope.writes == frozenset()
    reason = window.staff_page.roles.tooltip()
    assert reason == ("“hoa” đăng nhập với vai trò chỉ xem: tài khoản này được đọc và in, "
                      "không được sửa dữ liệu.")
    button = window.sync_page.sync_button
    assert window.sync_page.roles.tooltip() == reason
    QToolTip.hideText()
    hover = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), button.mapToGlobal(QPoint(5, 5)))
    assert QApplication.sendEvent(button, hover)  # taken: the reason, not the sync's hint
    assert QToolTip.text() == reason
    assert messages == []


def test_a_viewers_double_click_opens_the_record_to_read_only(qtbot, vietnamese, data_dir):
    window = window_of(qtbot, data_dir, "hoa")
    page = window.staff_page
    select_first(page)
    page.table.activated.emit(page.table.currentIndex())  # a double click, or Enter
    qtbot.waitUntil(lambda: page.form is not None, timeout=10000)
    form = page.form
    assert not form.save_button.isVisibleTo(form)
    assert all(not w.isEnabled() or getattr(w, "isReadOnly", lambda: True)()
               for w in form.fields.values())
    form.reject()
    page.controller.add_new()  # Ctrl+N reaches the controller whatever the button says
    assert window.runner.wait() and page.form is None
    window.training_page.new_course()  # Ctrl+N on Training
    assert window.training_page.form is None


def test_an_officer_writes_records_but_not_enrolment_or_accounts(qtbot, vietnamese, data_dir):
    window = window_of(qtbot, data_dir, "nam")
    select_first(window.staff_page)
    enabled = {name: item.isEnabled() for name, item in writes_of(window).items()}
    assert enabled["staff add"] and enabled["staff delete"] and enabled["department"]
    assert enabled["back up"] and enabled["new course"] and enabled["bin"]
    assert not window.settings_page.enrol_button.isEnabled()
    assert not window.sync_page.enrol_button.isEnabled()
    assert window.settings_page.manage.tooltip().startswith("Chỉ quản trị viên")
    assert not window.settings_page.accounts_box.isVisibleTo(window.settings_page)
    assert not window.settings_page.lock_box.minutes.isEnabled()  # the laptop's rule


def test_a_plain_store_keeps_every_action_open(qtbot, vietnamese, tmp_path) -> None:
    with make_store(tmp_path) as store:
        fill_demo(store)
        window = open_window(qtbot, store)
        select_first(window.staff_page)
        window.training_page.course_table.selectRow(0)
        assert window.runner.wait()
        enabled = {name: item.isEnabled() for name, item in writes_of(window).items()}
        # the page's own rules still hold: nothing selected, no USB stick, not enrolled
        by_own_rules = {"equipment status", "usb import", "usb export", "sync"}
        assert {name for name, on in enabled.items() if not on} <= by_own_rules
        assert window.staff_page.roles.tooltip() == ""
        assert window.settings_page.enrol_button.isEnabled()
        assert not window.settings_page.lock_box.isVisibleTo(window.settings_page)
        assert window.menus.lock is None
