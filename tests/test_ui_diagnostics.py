"""Issue 13, item 5, the window's side: Help → "Lưu thông tin chẩn đoán…" writes the zip
where the officer chose, with the self-check's lines (run for real: its Qt half in a
process of its own) and Qt's version, without any demo official's name, phone or e-mail —
even one an error wrote into the log — and says where it went; About names the versions
and the folders a technician asks for.

The file dialog is answered by the test; the work runs on the real window's runner.
"""

from __future__ import annotations

import platform
import sqlite3
import zipfile
from pathlib import Path

import pytest
import reportlab
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from app import version
from app.demo import fill_demo
from app.models import Enrollment, Staff
from app.ui.runtime import errors, i18n
from app.ui.shell import about_dialog, diagnostics_action
from tests.helpers import make_store
from tests.ui_helpers import SCREENSHOTS, open_window, record_messages


@pytest.fixture(autouse=True)
def translations(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qm_dir: Path):
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    yield
    i18n.uninstall(qapp)
    i18n._current[0] = i18n.DEFAULT_LANGUAGE


@pytest.fixture
def store(tmp_path: Path):
    store = make_store(tmp_path / "data", name="Máy văn phòng xã")
    fill_demo(store)
    yield store
    store.close()


def personal_values(store) -> list[str]:
    """Every demo official's and participant's name, phone and e-mail."""
    with store.sessions() as session:
        rows = session.execute(select(Staff.full_name, Staff.phone, Staff.email)).all()
        names = session.scalars(select(Enrollment.participant_name)).all()
    found = [value for row in rows for value in row if value] + [n for n in names if n]
    assert len(found) > 40
    return found


def zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def choose(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(path) if path else "", ""))


def test_the_zip_goes_where_chosen_with_the_selfcheck_and_no_personal_data(
        qtbot, store, monkeypatch, vietnamese, tmp_path) -> None:
    data_dir = store.path.parent
    log = data_dir / "logs" / "commune-it.log"
    log.parent.mkdir(exist_ok=True)
    official = personal_values(store)[0]
    log.write_text(f"2026-02-05 10:00:00 ERROR app.ops: could not save {official}\n",
                   encoding="utf-8")  # as an unexpected error might have written it
    monkeypatch.setattr(errors, "_log_file", [log])
    window = open_window(qtbot, store)
    stick = tmp_path / "usb"
    stick.mkdir()
    choose(monkeypatch, stick / "chan-doan")  # no extension typed: .zip is added
    shown = record_messages(monkeypatch)

    task = diagnostics_action.save_diagnostics(window, store, window.runner, data_dir)
    assert task is not None
    assert window.runner.wait(180)
    target = stick / "chan-doan.zip"
    texts = zip_texts(target)
    assert sorted(p.name for p in stick.iterdir()) == ["chan-doan.zip"]  # nothing half-made
    selfcheck = texts["selfcheck.txt"]
    assert "[Đạt] Cơ sở dữ liệu: Đọc được" in selfcheck and "[OK] Database: " in selfcheck
    assert "[Đạt] Nền giao diện Qt: " in selfcheck and "[OK] Qt platform: " in selfcheck
    assert "Tự kiểm tra xong: mọi mục đều đạt." in selfcheck
    assert "Self-check finished: every check passed." in selfcheck
    assert f"qt: {qVersion()}" in texts["versions.txt"]
    assert "could not save" in texts["logs/commune-it.log"]
    for name, text in texts.items():
        for value in personal_values(store):
            assert value.lower() not in text.lower(), f"{value!r} in {name}"
    ((title, said),) = shown
    assert title == "Đã lưu thông tin chẩn đoán"
    assert str(target) in said and "cán bộ CNTT của tỉnh" in said


def test_cancelling_the_dialog_writes_nothing(qtbot, store, monkeypatch, tmp_path) -> None:
    window = open_window(qtbot, store)
    choose(monkeypatch, None)
    assert diagnostics_action.save_diagnostics(window, store, window.runner, None) is None
    assert window.runner.idle()
    assert not list(tmp_path.glob("**/*.zip"))


def test_the_menu_entry_reads_as_the_issue_names_it(vietnamese) -> None:
    assert diagnostics_action.action_text() == "Lưu thông tin &chẩn đoán…"


def test_about_names_the_versions_and_the_folders(qtbot, vietnamese, tmp_path,
                                                  monkeypatch) -> None:
    data_dir = tmp_path / "Dữ liệu & sao lưu"
    log = tmp_path / "Logs" / "commune-it.log"
    monkeypatch.setattr(errors, "_log_file", [log])
    text = about_dialog.about_text(data_dir)
    assert f"<b>Sổ theo dõi CNTT cấp xã</b>, phiên bản {version()}" in text
    for part in (platform.python_version(), qVersion(), sqlite3.sqlite_version,
                 reportlab.Version):
        assert part in text, part
    escaped = str(data_dir).replace("&", "&amp;")
    assert f"Thư mục dữ liệu: {escaped}<br>" in text
    assert f"Thư mục sao lưu: {escaped}/backups<br>" in text
    assert f"Tệp nhật ký: {log}" in text
    assert not about_dialog.app_icon().isNull()

    box = QMessageBox(QMessageBox.Icon.NoIcon, "Giới thiệu", text)
    box.setIconPixmap(about_dialog.app_icon().pixmap(64, 64))
    qtbot.addWidget(box)
    box.show()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert box.grab().save(str(SCREENSHOTS / "about-vi.png"))


def test_about_goes_through_the_message_box(vietnamese, tmp_path, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(
        (title, text)))
    about_dialog.show_about(None, tmp_path)
    ((title, text),) = shown
    assert title == "Giới thiệu" and str(tmp_path) in text
