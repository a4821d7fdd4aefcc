"""Signing in to an encrypted store in the window (issue 15, item 1): the sign-in dialog
comes before the window, a wrong or missing password is refused in Vietnamese and slows
down without freezing the window, quitting there exits cleanly, and a forgotten password
is reset with the recovery key typed as it is printed."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.ops.accounts import SignedIn, first_administrator, sign_in, signed_in_of
from app.ui import main as ui_main
from app.ui.runtime import i18n
from app.ui.shell.main_window import MainWindow
from app.ui.signin.dialog import SignInDialog
from app.ui.signin.recovery import RecoveryDialog
from tests.helpers import DB_NAME, make_store
from tests.ui_helpers import SCREENSHOTS, open_window, record_messages

PASSWORD = "mat-khau-cua-lan"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A set-up office laptop whose first administrator "lan" encrypted the store."""
    make_store(tmp_path).close()
    recovery = first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    (tmp_path / "recovery.txt").write_text(recovery)
    return tmp_path


@pytest.fixture
def shipped_qm(monkeypatch: pytest.MonkeyPatch, qm_dir: Path) -> Path:
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    monkeypatch.setattr(ui_main, "setup_logging", lambda folder: folder / "commune-it.log")
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    return qm_dir


def visible(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def when(ready: Callable[[], bool], act: Callable[[], None], limit_s: float = 20) -> None:
    """Run ``act`` on the event loop once ``ready()`` holds (polled); give up at the limit."""
    deadline = time.monotonic() + limit_s

    def poll() -> None:
        if ready():
            act()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
        else:
            QApplication.quit()

    QTimer.singleShot(0, poll)


def open_dialog(qtbot, data_dir: Path) -> SignInDialog:
    dialog = SignInDialog(data_dir / DB_NAME, data_dir / "backups")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_in(qtbot, dialog: SignInDialog, name: str, password: str) -> None:
    dialog.name.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.password, password)


# --- at start: run() --------------------------------------------------------------------------
def test_an_encrypted_store_asks_to_sign_in_before_the_window(shipped_qm, monkeypatch,
                                                               data_dir) -> None:
    messages = record_messages(monkeypatch)
    seen: dict[str, object] = {}

    def sign_in_now() -> None:
        [dialog] = visible(SignInDialog)
        seen["title"] = dialog.windowTitle()
        dialog.name.setText("Lan")  # names are compared as typed: case does not matter
        dialog.password.setText(PASSWORD)
        dialog.submit_button.click()
        when(lambda: bool(visible(MainWindow)), note_window)

    def note_window() -> None:
        [window] = visible(MainWindow)
        seen["who"] = signed_in_of(window.store)
        seen["status"] = window.status_line.account_label.text()
        window.close()
        QApplication.quit()

    when(lambda: bool(visible(SignInDialog)), sign_in_now)
    assert ui_main.run(data_dir, ["commune-it"]) == 0
    assert messages == []
    assert seen == {"title": "Đăng nhập", "who": SignedIn("lan", "administrator"),
                    "status": "Người đăng nhập: lan (quản trị)"}


def test_a_plain_store_names_nobody_in_the_status_line(qtbot, vietnamese, tmp_path) -> None:
    with make_store(tmp_path) as store:
        window = open_window(qtbot, store)
        assert window.status_line.account_label.isHidden()
        window.status_line.show_account(SignedIn("hoa", "viewer"))
        assert window.status_line.account_label.text() == "Người đăng nhập: hoa (chỉ xem)"


def test_quitting_the_sign_in_exits_cleanly_and_opens_nothing(shipped_qm, monkeypatch,
                                                               data_dir) -> None:
    messages = record_messages(monkeypatch)
    windows: list[int] = []

    def quit_now() -> None:
        [dialog] = visible(SignInDialog)
        dialog.quit_button.click()
        windows.append(len(visible(MainWindow)))

    when(lambda: bool(visible(SignInDialog)), quit_now)
    assert ui_main.run(data_dir, ["commune-it"]) == 0
    assert messages == [] and windows == [0]


# --- the dialog -------------------------------------------------------------------------------
def test_a_missing_name_or_password_cannot_be_submitted(qtbot, vietnamese, data_dir) -> None:
    dialog = open_dialog(qtbot, data_dir)
    assert not dialog.submit_button.isEnabled()
    qtbot.keyClicks(dialog.name, "lan")
    assert not dialog.submit_button.isEnabled()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter on an empty password
    assert dialog.runner.idle() and dialog.isVisible() and dialog.opened is None
    qtbot.keyClicks(dialog.password, "x")
    assert dialog.submit_button.isEnabled()


def test_a_wrong_password_is_refused_in_vietnamese_and_slows_down(qtbot, vietnamese,
                                                                  data_dir) -> None:
    dialog = open_dialog(qtbot, data_dir)
    for _ in range(3):  # the first wrong ones are answered at once
        type_in(qtbot, dialog, "lan", "khong-phai-mat-khau")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.runner.wait(10)
        assert dialog.message.text() == ("Sai tên tài khoản hoặc mật khẩu; không có gì bị "
                                         "thay đổi.")
        assert dialog.password.text() == "" and dialog.opened is None
    ticks: list[float] = []
    timer = QTimer(dialog, interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    type_in(qtbot, dialog, "lan", PASSWORD)  # the right one now, but it waits its turn
    started = time.monotonic()
    dialog.submit_button.click()
    assert dialog.message.text() == "Đang kiểm tra mật khẩu…"
    assert not dialog.submit_button.isEnabled()
    assert dialog.runner.wait(20)
    assert time.monotonic() - started >= 1.5  # keyring.wait_before(3) is 2 seconds
    assert len(ticks) >= 15  # the event loop ran all along: the window never froze
    assert dialog.opened is not None and dialog.opened[1] == SignedIn("lan", "administrator")
    dialog.opened[0].close()


def test_an_unknown_account_reads_like_a_wrong_password(qtbot, vietnamese, data_dir) -> None:
    dialog = open_dialog(qtbot, data_dir)
    type_in(qtbot, dialog, "hoa", PASSWORD)
    dialog.submit_button.click()
    assert dialog.runner.wait(10)
    assert dialog.message.text().startswith("Sai tên tài khoản hoặc mật khẩu")
    assert dialog.opened is None


# --- forgot password --------------------------------------------------------------------------
def test_the_recovery_key_as_printed_sets_a_new_password(qtbot, vietnamese, data_dir) -> None:
    database, backups = data_dir / DB_NAME, data_dir / "backups"
    recovery = (data_dir / "recovery.txt").read_text()
    dialog = RecoveryDialog(database, backups, "lan")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key, "1" * 40)
    qtbot.keyClicks(dialog.password, "mot-mat-khau-moi")
    qtbot.keyClicks(dialog.again, "mot-mat-khau-khac")
    dialog.submit_button.click()
    assert dialog.message.text() == "Hai mật khẩu mới không giống nhau."
    qtbot.keyClicks(dialog.again, "mot-mat-khau-moi")
    dialog.submit_button.click()
    assert dialog.runner.wait(10)
    assert dialog.message.text() == "Mã khôi phục không đúng; không có gì bị thay đổi."
    dialog.key.setText(" " + recovery.replace("-", " ") + " ")  # spaces, as read off the paper
    dialog.submit_button.click()
    assert dialog.runner.wait(10)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    store, who = sign_in(database, backups, "lan", "mot-mat-khau-moi")
    store.close()
    assert who.name == "lan"


def test_forgot_password_from_the_sign_in_dialog(qtbot, vietnamese, data_dir) -> None:
    recovery = (data_dir / "recovery.txt").read_text()
    dialog = open_dialog(qtbot, data_dir)
    qtbot.keyClicks(dialog.name, "lan")

    def fill() -> None:
        [form] = visible(RecoveryDialog)
        assert form.name.text() == "lan"  # the name already typed is kept
        form.key.setText(recovery)
        form.password.setText("mot-mat-khau-moi")
        form.again.setText("mot-mat-khau-moi")
        form.submit_button.click()

    when(lambda: bool(visible(RecoveryDialog)), fill)
    dialog.forgot.click()
    assert dialog.message.text() == "Đã đặt mật khẩu mới cho “lan”: hãy đăng nhập bằng mật khẩu đó."
    qtbot.keyClicks(dialog.password, "mot-mat-khau-moi")
    dialog.submit_button.click()
    assert dialog.runner.wait(10)
    assert dialog.opened is not None
    dialog.opened[0].close()


def test_screenshots_of_the_sign_in(qtbot, vietnamese, data_dir) -> None:
    dialog = open_dialog(qtbot, data_dir)
    type_in(qtbot, dialog, "lan", "sai")
    dialog.submit_button.click()
    assert dialog.runner.wait(10)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 768), (1024, 600)):
        backdrop = QWidget()
        qtbot.addWidget(backdrop)
        backdrop.resize(width, height)
        backdrop.setStyleSheet("background: #dfe3e8;")
        backdrop.show()
        hint = dialog.sizeHint()
        assert hint.width() <= width and hint.height() <= height  # fits a small screen
        picture = backdrop.grab()
        from PySide6.QtGui import QPainter

        painter = QPainter(picture)
        painter.drawPixmap((width - dialog.width()) // 2, (height - dialog.height()) // 2,
                           dialog.grab())
        painter.end()
        assert picture.save(str(SCREENSHOTS / f"signin-{width}x{height}.png"))
