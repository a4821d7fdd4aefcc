"""Settings → "Nhật ký hoạt động…" (issue 15, item 4): an administrator reads the audit log
of a real encrypted store in words, filters it by account, kind and days, and exports it
to a CSV that reads back; an officer does not see it, and a switch of user in the open
window hides it (and closes the log) at once."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from app.demo import fill_demo
from app.ops.accounts import add_account, first_administrator, sign_in
from app.ops.files import export_list
from app.ui.itemmodels.audit import COL_ACCOUNT, COL_DETAILS, COL_KIND, COL_TIME
from app.ui.pages.settings.audit_dialog import AuditLogDialog
from app.ui.shell.main_window import MainWindow
from app.ui.shell.roles import switch_to
from tests.helpers import DB_NAME, make_store
from tests.ui_helpers import SCREENSHOTS, open_window

PASSWORD = "mat-khau-cua-lan"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The demo commune encrypted by "lan", who adds the officer "nam"; "nam" mistypes his
    password once, signs in and exports the staff list: four kinds of event, two accounts."""
    with make_store(tmp_path) as store:
        fill_demo(store)
    first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    store, lan = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    with store:
        add_account(store, lan, "nam", "officer", "mat-khau-cua-nam")
    with pytest.raises(Exception):  # noqa: B017 (the refusal's class is the sign-in's own)
        sign_in(tmp_path / DB_NAME, tmp_path / "backups", "nam", "sai", wait=lambda _s: None)
    store, _nam = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "nam", "mat-khau-cua-nam")
    with store:
        export_list(store, "staff", tmp_path / "can-bo.csv")
    return tmp_path


def window_of(qtbot, data_dir: Path, name: str, password: str) -> MainWindow:
    store, _who = sign_in(data_dir / DB_NAME, data_dir / "backups", name, password)
    window = open_window(qtbot, store)
    qtbot.addWidget(window)
    return window


def open_log(window: MainWindow) -> AuditLogDialog:
    box = window.settings_page.audit_box
    assert box.isVisibleTo(window.settings_page) and box.open_button.isEnabled()
    box.open_button.click()
    assert box.dialog is not None and window.runner.wait()
    return box.dialog


def table(dialog: AuditLogDialog) -> list[tuple[str, str, str, str]]:
    model = dialog.model
    return [tuple(model.index(row, column).data() for column in
                  (COL_TIME, COL_ACCOUNT, COL_KIND, COL_DETAILS))
            for row in range(model.rowCount())]


def choose(dialog: AuditLogDialog, combo_name: str, value: str | None) -> None:
    combo = getattr(dialog, combo_name)
    combo.setCurrentIndex(combo.findData(value))
    assert dialog.runner.wait()


def test_the_administrator_reads_the_log_in_words_newest_first(qtbot, vietnamese,
                                                               data_dir) -> None:
    window = window_of(qtbot, data_dir, "lan", PASSWORD)
    dialog = open_log(window)
    rows = table(dialog)
    kinds = [kind for _time, _account, kind, _details in rows]
    # lan signed in and added nam; nam failed once, signed in, exported; lan signed in
    # to this window: newest first
    assert kinds == ["Đăng nhập", "Xuất danh sách", "Đăng nhập", "Nhập sai mật khẩu",
                     "Thay đổi tài khoản", "Đăng nhập"]
    assert [account for _t, account, _k, _d in rows] == ["lan", "nam", "nam", "nam", "lan",
                                                         "lan"]
    details = dict((kind, text) for _t, _a, kind, text in rows)
    assert details["Thay đổi tài khoản"] == "Tài khoản mới “nam” (cán bộ)"
    assert details["Nhập sai mật khẩu"] == "1 lần nhập sai mật khẩu trước lần đăng nhập này"
    assert details["Xuất danh sách"].startswith("danh sách cán bộ, ")
    assert details["Xuất danh sách"].endswith(" dòng, tệp CSV")
    today = date.today().strftime("%d/%m/%Y")
    assert all(time.startswith(today) for time, _a, _k, _d in rows)
    for raw in ("sign_in", "account", "export", "attempts", "target=", "what"):
        assert not any(raw in cell for row in rows for cell in row)  # never raw codes
    assert dialog.count_label.text() == "6 sự kiện"
    assert dialog.since_edit.date() == QDate(date.today() - timedelta(days=30))
    assert dialog.until_edit.date() == QDate(date.today())


def test_the_filters_narrow_the_list_and_the_export_reads_back(qtbot, vietnamese,
                                                              data_dir) -> None:
    window = window_of(qtbot, data_dir, "lan", PASSWORD)
    dialog = open_log(window)
    assert dialog.account_combo.findData("nam") > 0  # the accounts of this laptop
    choose(dialog, "account_combo", "nam")
    assert [(a, k) for _t, a, k, _d in table(dialog)] == [
        ("nam", "Xuất danh sách"), ("nam", "Đăng nhập"), ("nam", "Nhập sai mật khẩu")]
    choose(dialog, "kind_combo", "sign_in")
    assert [(a, k) for _t, a, k, _d in table(dialog)] == [("nam", "Đăng nhập")]
    choose(dialog, "account_combo", None)
    assert [a for _t, a, _k, _d in table(dialog)] == ["lan", "nam", "lan"]

    path = data_dir / "nhat-ky.csv"
    dialog.export_to(path)
    assert window.runner.wait()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.reader(handle))
    assert exported[0][:5] == ["id", "at", "device_id", "account", "kind"]
    assert sorted(row[3] for row in exported[1:]) == ["lan", "lan", "nam"]
    assert {row[4] for row in exported[1:]} == {"sign_in"}
    assert dialog.message.text() == f"Đã ghi 3 sự kiện vào {path}."

    yesterday = QDate(date.today() - timedelta(days=1))
    dialog.until_edit.setDate(yesterday)  # before every event: nothing
    dialog.since_edit.setDate(yesterday.addDays(-10))
    assert window.runner.wait()
    assert table(dialog) == [] and dialog.count_label.text() == "0 sự kiện"
    dialog.since_edit.setDate(yesterday.addDays(1))  # today: the last day follows
    assert window.runner.wait()
    assert dialog.until_edit.date() == yesterday.addDays(1) and len(table(dialog)) == 3


def test_an_officer_does_not_see_the_log_and_a_switch_hides_it_at_once(qtbot, data_dir
                                                                       ) -> None:
    officer = window_of(qtbot, data_dir, "nam", "mat-khau-cua-nam")
    box = officer.settings_page.audit_box
    assert not box.isVisibleTo(officer.settings_page) and not box.open_button.isEnabled()
    box.open_log()  # even called, it opens nothing
    assert box.dialog is None

    window = window_of(qtbot, data_dir, "lan", PASSWORD)
    dialog = open_log(window)
    assert dialog.isVisible()
    switch_to(window.store, officer.store.signed_in)
    box = window.settings_page.audit_box
    assert not box.isVisibleTo(window.settings_page) and not dialog.isVisible()
    switch_to(window.store, None)  # a plain store's rule: no roles, the log may be read
    assert box.isVisibleTo(window.settings_page) and box.open_button.isEnabled()


def test_screenshots_of_the_audit_log(qtbot, vietnamese, data_dir) -> None:
    window = window_of(qtbot, data_dir, "lan", PASSWORD)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.show_page("settings")
    for width, height in ((1366, 768), (1024, 600)):
        window.resize(width, height)
        window.show()
        dialog = open_log(window)
        dialog.resize(min(920, width - 60), min(520, height - 60))
        qtbot.wait(50)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height
        picture = window.grab()
        painter = QPainter(picture)
        left, top = (width - dialog.width()) // 2, (height - dialog.height()) // 2
        painter.drawPixmap(left, top, dialog.grab())
        painter.drawRect(left - 1, top - 1, dialog.width() + 1, dialog.height() + 1)
        painter.end()
        assert picture.save(str(SCREENSHOTS / f"audit_log-{width}x{height}.png"))
        dialog.accept()
        QWidget.setFocus(window)
