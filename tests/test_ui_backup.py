"""Settings → Backups, in the real window on real files: "Sao lưu ngay…" writes a copy to
the chosen folder; "Khôi phục từ bản sao lưu…" reads the chosen file, asks with what would
be replaced (the records now and in the file), and only on yes puts it back — the pages
read it all again and the device shows as a new one to enrol; a file of another commune is
refused in a sentence under the buttons. The file dialogs and the question are answered by
the test; the work runs on the window's own runner.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.demo import fill_demo
from app.ops import backup
from app.ops.staff import save_staff
from app.ui.runtime import i18n
from tests.fixtures.schemas.make_fixtures import MACHINE
from tests.helpers import make_store
from tests.ui_helpers import SCREENSHOTS, answer_confirmations, open_window, record_messages


@pytest.fixture(autouse=True)
def translations(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qm_dir: Path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    monkeypatch.setenv("COMMUNE_IT_MACHINE_ID", MACHINE)
    yield
    i18n.uninstall(qapp)
    i18n._current[0] = i18n.DEFAULT_LANGUAGE


@pytest.fixture
def store(tmp_path):
    store = make_store(tmp_path / "data", name="Máy văn phòng xã Mường Phăng")
    fill_demo(store)
    yield store
    store.close()


@pytest.fixture
def stick(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def choose_folder(monkeypatch, folder: Path | None) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *_args, **_kw: str(folder) if folder else "")


def choose_file(monkeypatch, path: Path | None) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *_args, **_kw: (str(path) if path else "", ""))


def test_back_up_now_writes_the_copy_to_the_chosen_folder(qtbot, store, stick, monkeypatch,
                                                          vietnamese):
    window = open_window(qtbot, store)
    box = window.settings_page.backup_box
    assert box.back_up_button.text() == "Sao lưu ngay…"
    assert box.restore_button.text() == "Khôi phục từ bản sao lưu…"
    choose_folder(monkeypatch, stick)
    box.back_up_button.click()
    assert window.runner.wait()
    copies = list(stick.glob("commune-it-03325-xa-muong-phang-*.sqlite3"))
    assert len(copies) == 1
    assert box.message.text() == f"Đã lưu bản sao lưu: {copies[0]}"


def test_cancelling_the_folder_dialog_writes_nothing(qtbot, store, stick, monkeypatch):
    window = open_window(qtbot, store)
    choose_folder(monkeypatch, None)
    window.settings_page.backup_box.back_up_button.click()
    assert window.runner.wait()
    assert list(stick.iterdir()) == []


def test_a_restore_asks_with_what_it_replaces_and_the_window_follows(qtbot, store, stick,
                                                                     monkeypatch, vietnamese):
    copy = backup.back_up_now(store, stick)
    save_staff(store, {"full_name": "Người Nhập Sau", "gender": "female"})
    window = open_window(qtbot, store)
    assert window.staff_page.model.rowCount() == 27
    answers = answer_confirmations(monkeypatch)
    answers.answer = False
    choose_file(monkeypatch, copy)
    box = window.settings_page.backup_box
    box.restore_button.click()
    assert window.runner.wait()
    assert len(answers.asked) == 1
    asked = answers.asked[0]
    assert "Xã Mường Phăng" in asked
    assert "hiện có: 27 cán bộ, 41 thiết bị, 3 khóa học" in asked
    assert "trong bản sao lưu: 26 cán bộ, 41 thiết bị, 3 khóa học" in asked
    assert backup.check_backup(store, copy).current.staff == 27  # no: nothing replaced

    answers.answer = True
    box.restore_button.click()
    assert window.runner.wait()
    assert window.runner.wait()  # the pages' reload after the restore
    assert backup.check_backup(store, copy).current.staff == 26
    assert window.staff_page.model.rowCount() == 26
    assert "Đã khôi phục từ" in box.message.text()
    assert "thiết bị mới" in box.message.text()
    state = window.sync_state.current
    assert state is not None and state.device is not None and not state.device.enrolled
    assert window.settings_page.enrol_button.isVisibleTo(window.settings_page)


def test_another_communes_backup_is_refused_under_the_buttons(qtbot, store, tmp_path,
                                                              monkeypatch, vietnamese):
    other = make_store(tmp_path / "other", communes=("03328",))
    copy = backup.back_up_now(other, tmp_path)
    other.close()
    window = open_window(qtbot, store)
    answers = answer_confirmations(monkeypatch)
    shown = record_messages(monkeypatch)
    choose_file(monkeypatch, copy)
    box = window.settings_page.backup_box
    box.restore_button.click()
    assert window.runner.wait()
    assert answers.asked == [] and shown == []
    assert box.message.isVisibleTo(box)
    assert "không phải của Xã Mường Phăng" in box.message.text()


def test_the_backups_box_speaks_english_too(qtbot, store, qapp, qm_dir):
    window = open_window(qtbot, store)
    assert i18n.install(qapp, "en", qm_dir)
    window.settings_page.retranslate()
    box = window.settings_page.backup_box
    assert box.title() == "Backups"
    assert box.back_up_button.text() == "Back up now…"


def test_screenshot_of_settings_with_backups(qtbot, store, stick, monkeypatch, vietnamese):
    window = open_window(qtbot, store)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.show_page("settings")
    choose_folder(monkeypatch, stick)
    window.settings_page.backup_box.back_up_button.click()
    assert window.runner.wait()
    qtbot.wait(50)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "settings_backups.png"))
