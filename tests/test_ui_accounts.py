"""Settings → Accounts (issue 15, item 2): an administrator adds an account, sets a new
password, disables and enables again, each through app/ops on the runner; the last
administrator cannot be disabled and the refusal is the operation's own sentence. Other
roles do not see the box; a plain store is offered a first account instead."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.models.accounts import AccountError
from app.models.store import Store
from app.ops.accounts import add_account, first_administrator, sign_in
from app.ops.sync import device_state
from app.ui.pages.settings.account_forms import AccountDialog
from app.ui.pages.settings.accounts_box import AccountsBox
from app.ui.runtime.tasks import TaskRunner
from tests.helpers import DB_NAME, make_store
from tests.test_ui_first_admin import shoot_on_backdrop
from tests.ui_helpers import open_window

PASSWORD = "mat-khau-cua-lan"


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """An office laptop whose administrator "lan" encrypted the store."""
    make_store(tmp_path).close()
    first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    return tmp_path


@pytest.fixture
def admin_store(laptop: Path) -> Iterator[Store]:
    store, _who = sign_in(laptop / DB_NAME, laptop / "backups", "lan", PASSWORD)
    with store:
        yield store


def open_box(qtbot, store: Store) -> AccountsBox:
    runner = TaskRunner()
    box = AccountsBox(store, runner)
    qtbot.addWidget(box)
    box.resize(820, 360)
    box.show()
    box.show_device_state(device_state(store))
    box.load()
    assert runner.wait(20)
    return box


def fill_dialog(fill: Callable[[AccountDialog], None]) -> None:
    """Once the account form is up (it waits in its own event loop), fill and submit it."""
    def look(left: int) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, AccountDialog) and w.isVisible()]
        if dialogs:
            fill(dialogs[0])
            if dialogs[0].isVisible():
                dialogs[0].reject()  # never leave it waiting
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(200))


def new_password(password: str, role: str = "", name: str = "") -> Callable[[AccountDialog],
                                                                             None]:
    def fill(dialog: AccountDialog) -> None:
        if name:
            dialog.form.name.setText(name)
            dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.form.password.setText(password)
        dialog.form.again.setText(password)
        dialog.submit_button.click()

    return fill


def table(box: AccountsBox) -> list[list[str]]:
    return [[box.table.item(r, c).text() for c in range(3)] for r in range(box.table.rowCount())]


def choose(box: AccountsBox, name: str) -> None:
    [row] = [i for i, account in enumerate(box.rows) if account.name == name]
    box.table.selectRow(row)


def settle(box: AccountsBox) -> None:
    assert box.runner.wait(20)


def test_add_an_officer_who_then_signs_in(qtbot, vietnamese, laptop, admin_store) -> None:
    box = open_box(qtbot, admin_store)
    assert table(box) == [["lan", "quản trị", "Đang dùng"]]
    fill_dialog(new_password("mat-khau-cua-hoa", "officer", "Hoa"))
    box.add_button.click()
    settle(box)
    assert box.message.text() == "Đã thêm tài khoản “Hoa”."
    assert table(box) == [["Hoa", "cán bộ", "Đang dùng"], ["lan", "quản trị", "Đang dùng"]]
    store, who = sign_in(laptop / DB_NAME, laptop / "backups", "hoa", "mat-khau-cua-hoa")
    store.close()
    assert (who.name, who.role) == ("Hoa", "officer")
    shoot_on_backdrop(box, "settings-accounts")


def test_a_name_taken_is_refused_in_the_box(qtbot, vietnamese, admin_store) -> None:
    box = open_box(qtbot, admin_store)
    fill_dialog(new_password("mat-khau-khac-nua", "viewer", "LAN"))
    box.add_button.click()
    settle(box)
    assert box.message.text() == "Tên tài khoản “LAN” đã có."
    assert len(table(box)) == 1


def test_reset_disable_and_enable_again(qtbot, vietnamese, laptop, admin_store) -> None:
    database, backups = laptop / DB_NAME, laptop / "backups"
    add_account(admin_store, admin_store.signed_in, "hoa", "viewer", "mat-khau-cua-hoa")
    box = open_box(qtbot, admin_store)
    choose(box, "hoa")
    fill_dialog(new_password("mat-khau-moi-hoa"))
    box.reset_button.click()
    settle(box)
    assert box.message.text() == "Đã đặt mật khẩu mới cho “hoa”."
    with pytest.raises(AccountError):
        sign_in(database, backups, "hoa", "mat-khau-cua-hoa")
    sign_in(database, backups, "hoa", "mat-khau-moi-hoa")[0].close()
    choose(box, "hoa")
    box.state_button.click()
    settle(box)
    assert table(box)[0] == ["hoa", "chỉ xem", "Đã khóa"]
    with pytest.raises(AccountError):
        sign_in(database, backups, "hoa", "mat-khau-moi-hoa")
    choose(box, "hoa")
    assert box.state_button.text() == "Mở lại…" and not box.reset_button.isEnabled()
    fill_dialog(new_password("mat-khau-lan-ba"))
    box.state_button.click()
    settle(box)
    assert table(box)[0] == ["hoa", "chỉ xem", "Đang dùng"]
    sign_in(database, backups, "hoa", "mat-khau-lan-ba")[0].close()


def test_the_last_administrator_cannot_be_disabled(qtbot, vietnamese, laptop,
                                                   admin_store) -> None:
    box = open_box(qtbot, admin_store)
    choose(box, "lan")
    box.state_button.click()
    settle(box)
    assert box.message.text() == "Không thể khóa tài khoản quản trị cuối cùng của máy này."
    assert "color" in box.message.styleSheet()
    assert table(box) == [["lan", "quản trị", "Đang dùng"]]
    sign_in(laptop / DB_NAME, laptop / "backups", "lan", PASSWORD)[0].close()


def test_only_an_administrator_sees_the_accounts(qtbot, vietnamese, laptop,
                                                 admin_store) -> None:
    add_account(admin_store, admin_store.signed_in, "hoa", "officer", "mat-khau-cua-hoa")
    store, _who = sign_in(laptop / DB_NAME, laptop / "backups", "hoa", "mat-khau-cua-hoa")
    with store:
        window = open_window(qtbot, store)
        assert window.settings_page.accounts_box.isHidden()
    window = open_window(qtbot, admin_store)
    box = window.settings_page.accounts_box
    assert not box.isHidden() and not box.table.isHidden() and box.protect_button.isHidden()


def test_a_plain_store_is_offered_a_first_account(qtbot, vietnamese, tmp_path) -> None:
    with make_store(tmp_path) as store:
        window = open_window(qtbot, store)
        box = window.settings_page.accounts_box
        assert not box.isHidden() and box.table.isHidden()
        assert box.protect_button.text() == "Bảo vệ dữ liệu bằng tài khoản…"


def test_a_trainers_laptop_gives_the_trainer_role(qtbot, vietnamese, tmp_path) -> None:
    make_store(tmp_path, trainer=True).close()
    first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "thang", PASSWORD)
    store, _who = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "thang", PASSWORD)
    with store:
        box = open_box(qtbot, store)
        dialog = AccountDialog(box, trainer=box.trainer)
        qtbot.addWidget(dialog)
        roles = [dialog.role.itemData(i) for i in range(dialog.role.count())]
        assert roles == ["trainer", "viewer", "administrator"]
        assert dialog.role.itemText(0) == "giảng viên"
