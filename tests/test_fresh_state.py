"""State that never goes stale (issue 11, item 4): the window holds how this device stands
with the province once (app/ui/shell/sync_state.py), and the Settings page, the Sync page and
the status line all follow it, whichever page made the change.

Real stores, the whole window (pages not shown unless a test clicks), source strings.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from app.models import Staff
from app.models.machine import MACHINE_ENV
from app.models.records import create
from app.models.store import Store
from app.server import province
from app.sync import device as laptop_sync
from app.ui.pages.settings import view as settings_view
from app.ui.runtime import i18n, tasks
from app.ui.shell.main_window import MainWindow
from tests.helpers import MUONG_PHANG, make_province, make_store
from tests.ui_helpers import open_window

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def source_strings(qapp: QApplication, monkeypatch):
    i18n.uninstall(qapp)
    monkeypatch.setattr(tasks, "show_refusal", lambda *args: None)
    monkeypatch.setattr(tasks.errors, "show_error", lambda *args: None)
    monkeypatch.setenv(MACHINE_ENV, "laptop-fresh-state")
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def server(tmp_path: Path) -> Store:
    server = make_province(tmp_path / "province")
    yield server
    server.close()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = make_store(tmp_path / "office", name="Laptop Dell UBND xã")
    with store.sessions.begin() as session:
        for name in ("Lò Văn Thắng", "Lò Thị Hoa"):
            create(session, Staff, full_name=name, commune_code=MUONG_PHANG)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    window = open_window(qtbot, store)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    window.close()


def enrolment_file(server: Store, folder: Path) -> Path:
    path = folder / "ghi-danh.json"
    path.write_text(province.enrolment_text(province.issue(server, MUONG_PHANG, "office",
                                                           False)), encoding="utf-8")
    return path


def settles(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(window.runner.idle, timeout=WAIT_MS)


def sync_rows(window: MainWindow) -> dict[str, str]:
    return {name.text(): value.text() for name, value in window.sync_page.status_labels}


def test_enrolling_on_the_sync_page_shows_in_settings_at_once(qtbot, window, server,
                                                              tmp_path, monkeypatch):
    settings = window.settings_page
    assert settings.device_values["enrolment"].text() == "Not enrolled with the province yet"
    assert settings.enrol_button.isVisibleTo(settings)
    window.show_page("sync")
    settles(qtbot, window)
    path = enrolment_file(server, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(window.sync_page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync_page.busy, timeout=WAIT_MS)
    settles(qtbot, window)

    # Settings, never shown since, already says so and no longer offers the file.
    assert settings.device_values["enrolment"].text().startswith("Enrolled on ")
    assert "waiting for the province to confirm" in settings.device_values["enrolment"].text()
    assert not settings.enrol_button.isVisibleTo(settings)
    assert window.status_line.sync_label.text() == "Last sync: never"
    window.show_page("settings")
    assert not settings.enrol_button.isVisible()


def test_enrolling_in_settings_updates_the_sync_page(qtbot, window, server, tmp_path,
                                                   monkeypatch):
    window.show_page("sync")  # the page has shown "not enrolled" once
    settles(qtbot, window)
    page = window.sync_page
    assert sync_rows(window)["This computer"].startswith("Not enrolled yet")
    assert not page.export_folder_button.isEnabled()
    window.show_page("settings")
    path = enrolment_file(server, tmp_path)
    monkeypatch.setattr(settings_view, "choose_enrolment_file", lambda _parent: path)
    qtbot.mouseClick(window.settings_page.enrol_button, Qt.MouseButton.LeftButton)
    settles(qtbot, window)

    assert window.settings_page.device_message.text().startswith("This computer is now enrolled")
    # The Sync page, hidden all along, follows: enrolled, its exchanges open.
    assert sync_rows(window)["This computer"] == (
        "Enrolled; the province confirms it at the next sync.")
    assert not page.enrol_button.isVisibleTo(page)
    assert page.export_folder_button.isEnabled() and page.sync_button.isEnabled()
    assert not page.no_drive_label.text().startswith("Not available yet")
    assert window.status_line.sync_label.text() == "Last sync: never"


def test_a_usb_export_is_waiting_for_the_receipt_not_unsent(qtbot, window, store, server,
                                                             tmp_path):
    laptop_sync.enroll_file(store, enrolment_file(server, tmp_path))
    window.refresh()
    settles(qtbot, window)
    line = window.status_line
    assert line.pending_label.text() == "Changes not sent yet: 2"
    stick = tmp_path / "stick"
    stick.mkdir()

    window.sync_page.export_to(stick, "KINGSTON")
    qtbot.waitUntil(lambda: not window.sync_page.busy, timeout=WAIT_MS)
    settles(qtbot, window)
    # On the stick: neither "not sent" nor done; said apart, in both places.
    assert not line.pending_label.isVisible()
    assert line.transit_label.isVisible()
    assert line.transit_label.text() == "Sent, waiting for the province's receipt: 2"
    assert sync_rows(window)["Not sent yet"] == "None: every change has been sent"
    assert sync_rows(window)["Awaiting receipt"] == (
        "Changes sent, waiting for the province's receipt: 2")

    # A change made after the export is not sent; the exported ones still wait.
    with store.sessions.begin() as session:
        create(session, Staff, full_name="Giàng A Páo", commune_code=MUONG_PHANG)
    window.notify_data_changed()
    settles(qtbot, window)
    assert line.pending_label.isVisible()
    assert line.pending_label.text() == "Changes not sent yet: 1"
    assert line.transit_label.text() == "Sent, waiting for the province's receipt: 2"

    # The province's answer comes back: nothing waits for a receipt any more.
    assert province.import_paths(server, [stick]).ok
    assert province.export_commune(server, MUONG_PHANG, stick).ok
    window.sync_page.import_from([stick], "KINGSTON")
    qtbot.waitUntil(lambda: not window.sync_page.busy, timeout=WAIT_MS)
    settles(qtbot, window)
    assert not line.transit_label.isVisible()
    assert line.pending_label.text() == "Changes not sent yet: 1"
    assert sync_rows(window)["Awaiting receipt"] == "None"


def test_a_change_made_while_the_state_is_read_is_not_lost(qtbot, window, store):
    """A read already under way when records change must be followed by another: the
    status line once dropped the second request and showed the count from before."""
    line = window.status_line
    assert line.pending_label.text() == "Changes not sent yet: 2"
    held, release = [], False

    def hold() -> None:  # keeps the quick queue's one worker busy until released
        while not release:
            time.sleep(0.01)
        held.append(True)

    window.runner.run(hold, lambda _none: None)
    window.notify_data_changed()  # a read is queued behind ``hold``
    release = True
    time.sleep(0.5)  # the read ran on the worker; its result waits for the event loop
    with store.sessions.begin() as session:
        create(session, Staff, full_name="Giàng A Páo", commune_code=MUONG_PHANG)
    window.notify_data_changed()  # while the first read is not yet delivered
    settles(qtbot, window)
    assert held and line.pending_label.text() == "Changes not sent yet: 3"
    assert window.sync_state.current.status.pending_changes == 3


def test_the_state_is_read_again_every_minute(window):
    timer = window.sync_state.timer
    assert timer.isActive() and timer.interval() == 60_000
