"""The window makes the first account (issue 15, item 1): the first-run wizard's account
step, or Settings' "Protect the data with an account…" on a plain store, encrypts the
store with the window closed, opens it again signed in, and shows the recovery key once —
a dialog that cannot be closed until its paper is printed or saved."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.demo import fill_demo
from app.models.cipher import connect_read_only, is_encrypted_file, table_counts
from app.models.keyring import is_locked, read_keyring
from app.ops.accounts import SignedIn, reset_with_recovery, sign_in, signed_in_of
from app.ui import main as ui_main
from app.ui.pages.wizard.wizard import SetupWizard
from app.ui.runtime import i18n
from app.ui.shell.main_window import MainWindow
from app.ui.signin.first_account import FirstAccountDialog
from app.ui.signin.recovery_key import RecoveryKeyDialog
from tests.helpers import DB_NAME, make_store
from tests.ui_helpers import SCREENSHOTS, record_messages

PASSWORD = "mat-khau-cua-lan"


@pytest.fixture
def shipped_qm(monkeypatch: pytest.MonkeyPatch, qm_dir: Path) -> Path:
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    monkeypatch.setattr(ui_main, "setup_logging", lambda folder: folder / "commune-it.log")
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    return qm_dir


def visible(kind: type[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def when(ready: Callable[[], bool], act: Callable[[], None], limit_s: float = 60) -> None:
    """Run ``act`` on the event loop once ``ready()`` holds; quit at the limit."""
    deadline = time.monotonic() + limit_s

    def poll() -> None:
        if ready():
            act()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)
        else:
            for widget in QApplication.topLevelWidgets():
                widget.close()
            QApplication.quit()

    QTimer.singleShot(0, poll)


def shoot_on_backdrop(widget: QWidget, name: str) -> None:
    """``widget`` centred on a screen of each small size; it must fit."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 768), (1024, 600)):
        hint = widget.sizeHint()
        assert hint.width() <= width and hint.height() <= height
        picture = QWidget()
        picture.resize(width, height)
        picture.setStyleSheet("background: #dfe3e8;")
        shot = picture.grab()
        painter = QPainter(shot)
        painter.drawPixmap((width - widget.width()) // 2, (height - widget.height()) // 2,
                           widget.grab())
        painter.end()
        assert shot.save(str(SCREENSHOTS / f"{name}-{width}x{height}.png"))
        picture.deleteLater()


def keep_the_key(seen: dict[str, object], paper: Path, then: Callable[[], None]) -> None:
    """At the recovery key: note it, check it cannot be closed yet, save its paper, tick
    the box, close; then ``then`` once the main window is back."""
    [dialog] = visible(RecoveryKeyDialog)
    seen["key"] = dialog.key.text()
    seen["close enabled before"] = dialog.close_button.isEnabled()
    dialog.reject()  # Escape, the window's close: refused while the box is not ticked
    seen["still shown"] = dialog.isVisible()
    shoot_on_backdrop(dialog, "recovery-key")
    dialog.save_to(paper)

    def saved() -> None:
        seen["paper note"] = dialog.message.text()
        dialog.kept.setChecked(True)
        dialog.close_button.click()
        when(lambda: bool(visible(MainWindow)), then)

    when(lambda: dialog.runner.idle() and paper.exists(), saved)


def note_window(seen: dict[str, object]) -> Callable[[], None]:
    def look() -> None:
        [window] = visible(MainWindow)
        seen["who"] = signed_in_of(window.store)
        seen["status"] = window.status_line.account_label.text()
        window.close()
        QApplication.quit()

    return look


def journal_of_records(connection) -> int:
    """The journal's entries other than the audit log's own (a sign-in is one)."""
    return connection.execute("SELECT count(*) FROM change_journal "
                              "WHERE table_name != 'audit_event'").fetchone()[0]


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def test_the_wizard_makes_an_encrypted_store(shipped_qm, monkeypatch, tmp_path) -> None:
    messages = record_messages(monkeypatch)
    data_dir, paper = tmp_path / "new", tmp_path / "giay-khoi-phuc.pdf"
    seen: dict[str, object] = {}

    def drive_wizard() -> None:
        [wizard] = visible(SetupWizard)
        wizard.next()
        wizard.place.search.setText("muong phang")
        wizard.place._choose_only_match()
        wizard.next()
        wizard.next()
        wizard.account.form.name.setText("lan")
        wizard.account.form.password.setText(PASSWORD)
        wizard.account.form.again.setText(PASSWORD)
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        when(lambda: bool(visible(RecoveryKeyDialog)),
             lambda: keep_the_key(seen, paper, note_window(seen)))

    when(lambda: bool(visible(SetupWizard)), drive_wizard)
    assert ui_main.run(data_dir, ["commune-it"]) == 0
    assert messages == []
    assert seen["close enabled before"] is False and seen["still shown"] is True
    assert seen["who"] == SignedIn("lan", "administrator")
    assert seen["status"] == "Người đăng nhập: lan (quản trị)"
    assert str(paper) in str(seen["paper note"])
    assert paper.read_bytes().startswith(b"%PDF")
    database, backups = data_dir / DB_NAME, data_dir / "backups"
    assert is_encrypted_file(database) and is_locked(database)
    assert set(read_keyring(database).accounts) == {"lan"}
    with pytest.raises(sqlite3.DatabaseError):  # no key, nothing to read
        sqlite3.connect(database).execute("SELECT count(*) FROM sqlite_master").fetchone()
    key = digits(str(seen["key"]))
    assert len(key) == 40
    reset_with_recovery(database, backups, key, "lan", "mot-mat-khau-moi")  # the key shown
    store, who = sign_in(database, backups, "lan", "mot-mat-khau-moi")
    with store:
        assert who.role == "administrator"
        assert store.signed_in == who


def test_settings_protects_a_plain_demo_store_keeping_every_record(shipped_qm, monkeypatch,
                                                                   tmp_path) -> None:
    messages = record_messages(monkeypatch)
    data_dir, paper = tmp_path / "office", tmp_path / "paper.pdf"
    with make_store(data_dir) as store:
        fill_demo(store)
    database = data_dir / DB_NAME
    seen: dict[str, object] = {}

    def count_plain() -> dict[str, int]:
        plain = sqlite3.connect(database)
        try:
            return {**table_counts(plain), "journal of records": journal_of_records(plain)}
        finally:
            plain.close()

    demo = count_plain()

    def open_settings() -> None:
        [window] = visible(MainWindow)
        window.show_page("settings")
        box = window.settings_page.accounts_box
        seen["offered"] = box.protect_button.isVisible() and not box.table.isVisible()
        when(lambda: bool(visible(FirstAccountDialog)), fill_first_account)
        seen["before"] = count_plain()  # as the window left it, the instant before
        box.protect_button.click()

    def fill_first_account() -> None:
        [dialog] = visible(FirstAccountDialog)
        dialog.form.name.setText("Lan")
        dialog.form.password.setText(PASSWORD)
        dialog.form.again.setText("khac-" + PASSWORD)
        dialog.submit_button.click()
        seen["mismatch"] = dialog.form.message.text()
        dialog.form.password.setText(PASSWORD)
        dialog.form.again.setText(PASSWORD)
        shoot_on_backdrop(dialog, "first-account")
        dialog.submit_button.click()
        when(lambda: bool(visible(RecoveryKeyDialog)),
             lambda: keep_the_key(seen, paper, note_window(seen)))

    when(lambda: bool(visible(MainWindow)), open_settings)
    assert ui_main.run(data_dir, ["commune-it"]) == 0
    assert messages == []
    assert seen["offered"] is True
    assert seen["mismatch"] == "Hai lần nhập mật khẩu không giống nhau; chưa có gì được ghi."
    assert seen["who"] == SignedIn("Lan", "administrator")
    assert is_encrypted_file(database)
    backups = data_dir / "backups"
    store, _who = sign_in(database, backups, "lan", PASSWORD)
    with store:
        connection = connect_read_only(database, store.key)
        after = {**table_counts(connection),
                 "journal of records": journal_of_records(connection)}
        connection.close()
    grown = {"local_account", "audit_event", "change_journal"}  # the sign-in is audited
    before = seen["before"]
    assert {t: n for t, n in after.items() if t not in grown} == \
        {t: n for t, n in before.items() if t not in grown}
    assert after["staff"] == demo["staff"] > 10 and after["equipment"] == demo["equipment"]
    assert after["local_account"] == 1
    assert not [p for p in backups.glob("*.sqlite3") if not is_encrypted_file(p)]


def test_the_account_step_in_vietnamese(qtbot, vietnamese, tmp_path) -> None:
    """The step's words, its refusal of a short password, and "later" (a plain store)."""
    from tests.helpers import fresh_store

    with fresh_store(tmp_path) as store:
        wizard = SetupWizard(store)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        wizard.place.search.setText("muong phang")
        wizard.place._choose_only_match()
        wizard.next()
        wizard.next()
        page = wizard.account
        assert wizard.currentPage() is page and page.title() == "Bảo vệ dữ liệu bằng tài khoản"
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        qtbot.keyClicks(page.form.name, "lan")
        qtbot.keyClicks(page.form.password, "ngan")
        qtbot.keyClicks(page.form.again, "ngan")
        qtbot.keyClick(page.form.again, Qt.Key.Key_Return)
        assert wizard.currentPage() is page
        assert page.form.message.text() == "Mật khẩu phải có ít nhất 10 ký tự."
        shoot_on_backdrop(wizard, "wizard-account")
        page.later.setChecked(True)
        wizard.next()
        assert wizard.currentPage() is wizard.enrolment
