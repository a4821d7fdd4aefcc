"""Settings follows a switch of user in the open window (issue 15): the accounts box is an
administrator's — it appears, with the list read, when an administrator takes over from an
officer, and disappears, its list cleared, the other way; the idle lock's time is held
greyed for an officer and given back to an administrator. The switch is the real one: the
menu's "switch user", the lock's cover, the password checked on the worker."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.demo import fill_demo
from app.ops.accounts import add_account, first_administrator, sign_in, signed_in_of
from app.ui.shell.main_window import MainWindow
from tests.helpers import DB_NAME, make_store
from tests.test_ui_idle_lock import unlock_with
from tests.ui_helpers import open_window, record_messages

PASSWORD = "mat-khau-cua-lan"


@pytest.fixture
def officers_window(qtbot, tmp_path: Path, vietnamese) -> MainWindow:
    """The demo commune encrypted by "lan" (administrator), opened by "nam" (officer)."""
    with make_store(tmp_path) as store:
        fill_demo(store)
    first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    store, lan = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    with store:
        add_account(store, lan, "nam", "officer", "mat-khau-cua-nam")
    store, _nam = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "nam", "mat-khau-cua-nam")
    window = open_window(qtbot, store)
    window.show()
    window.menus.lock.limit = 3600.0
    window.show_page("settings")
    assert window.runner.wait(20)
    yield window
    store.close()


def switch_user(qtbot, window: MainWindow, name: str, password: str) -> None:
    window.menus.switch_action.trigger()
    assert window.menus.lock.locked
    unlock_with(qtbot, window, password, name=name)
    qtbot.waitUntil(lambda: not window.menus.lock.locked, timeout=30000)
    assert signed_in_of(window.store).name == name
    assert window.runner.wait(20)


def shown_names(window: MainWindow) -> list[str]:
    table = window.settings_page.accounts_box.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_the_accounts_box_and_the_lock_time_follow_a_switch_of_user(
        qtbot, monkeypatch, officers_window) -> None:
    messages = record_messages(monkeypatch)
    window = officers_window
    settings = window.settings_page
    box, minutes = settings.accounts_box, settings.lock_box.minutes
    assert not box.isVisibleTo(settings) and shown_names(window) == []
    assert settings.lock_box.isVisibleTo(settings) and not minutes.isEnabled()

    switch_user(qtbot, window, "lan", PASSWORD)
    qtbot.waitUntil(lambda: shown_names(window) == ["lan", "nam"], timeout=20000)
    assert box.isVisibleTo(settings) and box.add_button.isVisibleTo(box)
    assert minutes.isEnabled()
    box.table.selectRow(1)
    assert box.state_button.isEnabled()

    switch_user(qtbot, window, "nam", "mat-khau-cua-nam")
    assert not box.isVisibleTo(settings) and shown_names(window) == []
    assert not minutes.isEnabled()
    assert messages == []
