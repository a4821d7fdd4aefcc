"""Sync in words an officer understands (issue 11, item 5), on real stores, a real server on
127.0.0.1 and the real command line:

- a greyed-out button says why, under the buttons and in its tooltip;
- the province sees the laptop under the name the officer gave it at setup, once its claim
  arrives, by stick or network (``server devices``), not the enrolment file's label;
- an import of the province's answer leads with the good news, not "0 changes applied";
- each retry against an unreachable server shows as it happens, and Cancel stops it.

Page tests read the English source strings; the window test reads Vietnamese and takes the
screenshots at 1366×768 (artifacts/screenshots/sync_vi_*.png).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.messages import DEFAULT_LANGUAGE, set_language
from app.models import Staff
from app.models.machine import MACHINE_ENV
from app.models.records import create
from app.models.store import Store
from app.ops.commune import window_context
from app.ops.drives import Drive
from app.ops.sync import push_to_province
from app.server import province
from app.server.province import claimed_name
from app.sync import device as laptop_sync
from app.sync.http import RetryPolicy
from app.ui.pages.sync.controller import SyncPage
from app.ui.runtime import i18n, tasks
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.main_window import open_main_window
from app.ui.shell.status_line import TaskProgress
from tests.helpers import MUONG_PHANG, make_province, make_store
from tests.http_helpers import FAST_RETRY, running
from tests.pg import free_port
from tests.ui_helpers import SCREENSHOTS, ProgressStrip, settle

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]
WAIT_MS = 30_000
LAPTOP_NAME = "Laptop Dell UBND xã"
LABEL = "máy xã 1"  # the province's label for the enrolment, before the laptop syncs


@pytest.fixture(autouse=True)
def source_strings_after(qapp: QApplication):
    """Each test starts and ends on the source strings, the messages in Vietnamese."""
    i18n.uninstall(qapp)
    yield
    i18n.uninstall(qapp)
    i18n._current[0] = i18n.DEFAULT_LANGUAGE
    set_language(DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    monkeypatch.setattr(tasks, "show_refusal", lambda *args: None)
    monkeypatch.setattr(tasks.errors, "show_error", lambda *args: None)





def enrolment_file(server: Store, folder: Path, label: str) -> Path:
    path = folder / f"ghi-danh-{label}.json"
    path.write_text(province.enrolment_text(province.issue(server, MUONG_PHANG, label, False)),
                    encoding="utf-8")
    return path


def make_page(qtbot, store: Store, drives: list[Drive] | None = None) -> SyncPage:
    area = ProgressStrip()
    qtbot.addWidget(area)
    runner = TaskRunner(area)
    runner.set_progress_area(area)
    page = SyncPage(store, runner, window_context(store), find_drives=lambda: list(drives or []))
    page.area = area
    qtbot.addWidget(page)
    page.resize(1340, 640)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: runner.idle() and page._state is not None, timeout=WAIT_MS)
    return page


def results(page: SyncPage) -> list[str]:
    return [page.result_list.item(i).text() for i in range(page.result_list.count())]


def wait_result(qtbot, page: SyncPage, start: str) -> list[str]:
    qtbot.waitUntil(lambda: not page.busy and results(page)[0].startswith(start),
                    timeout=WAIT_MS)
    return results(page)


# --- a greyed-out button says why ------------------------------------------------------------
def test_greyed_out_buttons_say_why(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-why")
    server = make_province(tmp_path / "province")
    store = make_store(tmp_path / "office", name=LAPTOP_NAME)
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    drives = [Drive(stick, "KINGSTON")]
    page = make_page(qtbot, store, drives)
    exchange = (page.export_button, page.export_folder_button, page.import_button,
                page.import_folder_button, page.import_files_button, page.sync_button)

    # Before enrolment: every exchange is closed, and the page says why, next to them.
    assert not any(button.isEnabled() for button in exchange)
    for button in exchange:
        assert "enrolment file" in button.toolTip(), button.text()
    assert page.no_drive_label.isVisible() and "not enrolled" in page.no_drive_label.text()
    assert "choose a folder" not in page.no_drive_label.text()  # it could not be chosen
    assert page.network_reason.isVisible() and "enrolment file" in page.network_reason.text()
    assert page.enrol_button.isEnabled() and page.enrol_button.isVisible()

    # Enrolled, with the stick: everything open, nothing to explain.
    page.enroll_from(enrolment_file(server, tmp_path, "office"))
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=WAIT_MS)
    assert all(button.isEnabled() and not button.toolTip() for button in exchange)
    assert not page.no_drive_label.isVisible() and not page.network_reason.isVisible()

    # The stick taken out: its two buttons say so; the folder buttons stay open.
    drives.clear()
    page.update_drives()
    assert not page.export_button.isEnabled() and not page.import_button.isEnabled()
    assert "No USB stick found" in page.export_button.toolTip()
    assert page.no_drive_label.text() == "No USB stick found. Plug one in, or choose a folder."
    assert page.export_folder_button.isEnabled() and not page.export_folder_button.toolTip()
    assert not page.network_reason.isVisible()
    server.close()
    store.close()


# --- one device name everywhere ----------------------------------------------------------------
def commune_it(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The real console script, in Vietnamese."""
    env = {**os.environ, "COMMUNE_IT_LANG": "vi"}
    return subprocess.run([str(BIN / "commune-it"), "--data-dir", str(data_dir),
                           *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def listed(province_dir: Path) -> list[dict]:
    done = commune_it(province_dir, "server", "devices", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_province_sees_the_laptop_under_its_own_name_after_a_stick(tmp_path, monkeypatch):
    """The province labels the enrolment "máy xã 1"; the laptop was set up as «Laptop Dell
    UBND xã». Once its claim is imported from a stick, ``server devices`` shows the laptop's
    own name, the import says which label it had, and the name finds it for a revocation."""
    monkeypatch.setenv(MACHINE_ENV, "laptop-named")
    province_dir, laptop_dir, stick = tmp_path / "province", tmp_path / "laptop", tmp_path / "usb"
    make_province(province_dir).close()
    make_store(laptop_dir, name=LAPTOP_NAME).close()
    stick.mkdir()
    issued = commune_it(province_dir, "server", "enroll", "--commune", MUONG_PHANG,
                        "--device-name", LABEL, "--out", tmp_path / "enrol.json")
    assert issued.returncode == 0, issued.stderr
    assert [row["name"] for row in listed(province_dir)] == [LABEL]  # all it knows yet
    assert commune_it(laptop_dir, "enroll", tmp_path / "enrol.json").returncode == 0
    assert commune_it(laptop_dir, "sync", "export", "--to", stick).returncode == 0

    taken = commune_it(province_dir, "server", "import", stick)
    assert taken.returncode == 0, taken.stderr
    assert (f"thiết bị “{LAPTOP_NAME}” đã được đăng ký (tệp đăng ký tỉnh cấp gọi là "
            f"“{LABEL}”)") in taken.stdout
    [row] = listed(province_dir)
    assert row["name"] == LAPTOP_NAME and row["state"] == "active"
    table = commune_it(province_dir, "server", "devices")
    assert LAPTOP_NAME in table.stdout and LABEL not in table.stdout
    revoked = commune_it(province_dir, "server", "revoke", LAPTOP_NAME)
    assert revoked.returncode == 0, revoked.stderr
    assert listed(province_dir)[0]["state"] == "revoked"


def test_the_province_sees_the_laptop_under_its_own_name_after_a_push(tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-named-network")
    server = make_province(tmp_path / "province")
    with running(server, tmp_path / "spool") as served:
        store = make_store(tmp_path / "laptop", name=LAPTOP_NAME)
        laptop_sync.enroll_file(store, enrolment_file(server, tmp_path, "máy số 2"))
        assert [d["name"] for d in province.devices(server)] == ["máy số 2"]
        assert push_to_province(store, served.url, retry=FAST_RETRY).claimed
        assert [d["name"] for d in province.devices(server)] == [LAPTOP_NAME]
        store.close()
    server.close()


@pytest.mark.parametrize(("claimed", "kept"), [
    ("  Laptop   Dell\tUBND xã ", "Laptop Dell UBND xã"),
    ("Máy\x1b[31m đỏ", "Máy [31m đỏ"),  # a terminal's escape is no part of a name
    ("x" * 300, "x" * 80),  # as long as the register keeps
    ("   ", ""), (None, ""), (42, ""),  # nothing usable: the label stays
])
def test_a_claimed_name_is_tidied_as_the_register_keeps_names(claimed, kept):
    assert claimed_name(claimed) == kept


# --- the news that matters first ---------------------------------------------------------------
def test_the_provinces_answer_leads_with_the_good_news(qtbot, tmp_path, monkeypatch, qm_dir):
    monkeypatch.setenv(MACHINE_ENV, "laptop-good-news")
    server = make_province(tmp_path / "province")
    store = make_store(tmp_path / "office", name=LAPTOP_NAME)
    laptop_sync.enroll_file(store, enrolment_file(server, tmp_path, "office"))
    with store.sessions.begin() as session:
        create(session, Staff, full_name="Lò Văn Thắng", commune_code=MUONG_PHANG)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert i18n.install(QApplication.instance(), "vi", qm_dir)
    page = make_page(qtbot, store, [Drive(stick, "KINGSTON")])
    page.export_to(stick, "KINGSTON")
    wait_result(qtbot, page, "Đã ghi")
    assert province.import_paths(server, [stick]).ok
    assert province.export_commune(server, MUONG_PHANG, stick).ok

    page.import_from([stick], "KINGSTON")
    lines = wait_result(qtbot, page, "Tỉnh đã nhận")
    assert lines[:2] == ["Tỉnh đã nhận đủ mọi thay đổi của máy này.",
                         "Không có thay đổi mới từ tỉnh."]
    assert page.result_list.item(0).font().bold() and not page.result_list.item(1).font().bold()
    assert not any("0 thay đổi" in line for line in lines[:2])
    server.close()
    store.close()


# --- retries as they happen ------------------------------------------------------------------
def test_retries_show_on_the_page_and_cancel_stops_them(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-retries")
    server = make_province(tmp_path / "province")
    store = make_store(tmp_path / "office", name=LAPTOP_NAME)
    laptop_sync.enroll_file(store, enrolment_file(server, tmp_path, "office"))
    page = make_page(qtbot, store)
    page.push_options = {"retry": RetryPolicy(attempts=20, base_delay=1.0, max_delay=2.0,
                                              seconds=120)}
    page.server_edit.setText(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "trying again (try 3)" in page.progress_label.text(),
                    timeout=WAIT_MS)
    assert page.progress_label.text().startswith("Could not reach the server (")
    assert page.progress_label.text().endswith(" s…")
    [panel] = page.area.findChildren(TaskProgress)  # the status line's panel says it too
    assert "trying again" in panel.detail.text()

    started = time.monotonic()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert wait_result(qtbot, page, "Cancelled.")
    assert time.monotonic() - started < 3  # not at the end of the retries
    server.close()
    store.close()


# --- the window in Vietnamese at 1366×768 ----------------------------------------------------
def shoot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_the_sync_page_in_vietnamese_before_enrolment_and_after_a_push(
        qtbot, vietnamese, tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-vi-window")
    server = make_province(tmp_path / "province")
    store = make_store(tmp_path / "office", name=LAPTOP_NAME)
    with store.sessions.begin() as session:
        for number in range(12):
            create(session, Staff, full_name=f"Cán bộ xã {number}", commune_code=MUONG_PHANG)
    window = open_main_window(store)
    qtbot.addWidget(window, before_close_func=settle)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.show_page("sync")
    page = window.sync_page
    qtbot.waitUntil(lambda: window.runner.idle() and page._state is not None, timeout=WAIT_MS)
    assert page.no_drive_label.isVisible() and page.network_reason.isVisible()
    assert "chưa đăng ký với tỉnh" in page.no_drive_label.text()
    assert page.export_folder_button.toolTip().startswith("Hãy nạp tệp đăng ký")
    assert window.status_line.pending_label.text() == "Thay đổi chưa gửi: 12"
    shoot(window, "sync_vi_before_enrolment")

    path = enrolment_file(server, tmp_path, "office")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    wait_result(qtbot, page, f"Máy này đã được đăng ký với tên “{LAPTOP_NAME}”")

    # The server cannot be reached: each retry is told, in Vietnamese, and Cancel stops it.
    page.push_options = {"retry": RetryPolicy(attempts=20, base_delay=2.0, max_delay=2.0)}
    page.server_edit.setText(f"http://127.0.0.1:{free_port()}")
    # The page opens the exchange once the shared sync state has read the enrolment back.
    qtbot.waitUntil(page.sync_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "thử lại lần 2 sau" in page.progress_label.text(), timeout=WAIT_MS)
    assert page.progress_label.text() == (
        "Không kết nối được máy chủ (không mở được kết nối), thử lại lần 2 sau 2 giây…")
    shoot(window, "sync_vi_retrying")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    wait_result(qtbot, page, "Đã hủy.")
    with running(server, tmp_path / "spool") as served:
        page.push_options = {"retry": FAST_RETRY}
        page.server_edit.setText(served.url)
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        lines = wait_result(qtbot, page, "Đã đồng bộ xong với tỉnh.")
    assert "Tỉnh đã xác nhận máy này." in lines
    qtbot.waitUntil(lambda: window.status_line.pending_label.text() ==
                    "Không có thay đổi nào chờ gửi", timeout=WAIT_MS)
    assert [d["name"] for d in province.devices(server)] == [LAPTOP_NAME]
    shoot(window, "sync_vi_after_push")
    window.close()
    server.close()
    store.close()
