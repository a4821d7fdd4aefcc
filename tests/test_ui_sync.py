"""The Sync page on real stores: enrolment, a USB round trip with the province, a network
push (with Cancel) against a real server on 127.0.0.1, and settling conflicts.

The strings checked are the English sources (no translator installed), so these tests do
not depend on the translation files being up to date; the screenshots go to
artifacts/screenshots/ in whatever language is installed.
"""

from __future__ import annotations

import re
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QScrollArea

from app.messages import DEFAULT_LANGUAGE, message, set_language
from app.models import Equipment, Staff
from app.models.errors import ValidationError
from app.models.machine import MACHINE_ENV
from app.models.records import create
from app.models.store import Store
from app.models.sync_queries import RecordName
from app.models.sync_settings import normalise_server_url, server_url
from app.ops import sync as sync_ops
from app.ops.commune import window_context
from app.ops.drives import Drive, linux_drives, removable_drives, windows_drives
from app.ops.sync import DeviceState, Imported
from app.server import province
from app.sync import device as laptop_sync
from app.sync.files import FileReport
from app.sync.push import PushReport
from app.sync.stages import Stage
from app.sync.status import SyncStatus
from app.ui.pages.sync.conflict_items import ConflictItem, record_text, value_text
from app.ui.pages.sync.conflict_view import ConflictCard
from app.ui.pages.sync.controller import SyncPage
from app.ui.pages.sync.report import (
    NOTE,
    REFUSED,
    SUMMARY,
    export_lines,
    import_lines,
    push_report_lines,
    status_rows,
)
from app.ui.runtime import i18n, tasks
from app.ui.runtime.formatting import count_text, decimal_text
from app.ui.runtime.progress_text import STAGE_NAMES, progress_text, stage_text
from app.ui.runtime.tasks import TaskRunner
from tests.helpers import MUONG_PHANG, make_province, make_store
from tests.http_helpers import FAST_RETRY, add_staff, enrolled_laptop, running, staff_named
from tests.sync_helpers import ship
from tests.ui_helpers import ProgressStrip

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
PAGE_SIZE = (1340, 640)  # the page inside a maximised window on a 1366×768 laptop
WAIT_MS = 30_000
DATE_TIME = re.compile(r"\d\d/\d\d/\d{4} \d\d:\d\d")


# --- fixtures and helpers ------------------------------------------------------------------
@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    """Source strings: the page's wording is checked as written in the code."""
    i18n.uninstall(qapp)
    yield
    i18n.uninstall(qapp)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A failure is read from the runner's ``failed`` signal instead of a modal box."""
    monkeypatch.setattr(tasks, "show_refusal", lambda *args: None)
    monkeypatch.setattr(tasks.errors, "show_error", lambda *args: None)





def make_page(qtbot, store: Store, drives: list[Drive] | None = None) -> SyncPage:
    context = window_context(store)
    area = ProgressStrip()
    qtbot.addWidget(area)
    runner = TaskRunner(area)
    runner.set_progress_area(area)
    page = SyncPage(store, runner, context, find_drives=lambda: list(drives or []))
    page.failures = []  # the window shows these in a message box; the tests read them
    runner.failed.connect(lambda message, details: page.failures.append(message or details))
    qtbot.addWidget(page)
    page.resize(*PAGE_SIZE)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    qtbot.waitUntil(runner.idle, timeout=WAIT_MS)  # both loads (on show, and asked) shown
    assert page._state is not None
    return page


def status_of(page: SyncPage) -> dict[str, str]:
    return {name.text(): value.text() for name, value in page.status_labels}


def results(page: SyncPage) -> list[str]:
    return [page.result_list.item(i).text() for i in range(page.result_list.count())]


def wait_result(qtbot, page: SyncPage, start: str) -> list[str]:
    """Wait for the task to end with a report whose summary starts with ``start``."""
    qtbot.waitUntil(lambda: not page.busy and results(page)[0].startswith(start)
                    or bool(page.failures), timeout=WAIT_MS)
    assert not page.failures, page.failures
    return results(page)


def click(qtbot, button) -> None:
    """Click like the officer: Qt 6 delivers a test click by its position in the window, so
    first scroll to the button and wait until the layout has put it (maybe just created)
    under that point."""
    assert button.isEnabled() and button.isVisible(), button.text()
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(button)  # scroll to it, as the officer would
    window = button.window()
    qtbot.waitUntil(lambda: window.childAt(button.mapTo(window, button.rect().center()))
                    is button, timeout=5000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def screenshot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(target))


def enrolment_file(server: Store, folder: Path, name: str) -> Path:
    path = folder / f"ghi-danh-{name}.json"
    path.write_text(province.enrolment_text(province.issue(server, MUONG_PHANG, name, False)),
                    encoding="utf-8")
    return path


# --- USB stick -----------------------------------------------------------------------------
def other_laptop_sends(server: Store, tmp_path: Path, monkeypatch) -> None:
    """The commune's other laptop enrols and sends an official to the province by stick."""
    monkeypatch.setenv(MACHINE_ENV, "laptop-other")
    other = make_store(tmp_path / "other", name="Máy phó chủ tịch")
    laptop_sync.enroll_file(other, enrolment_file(server, tmp_path, "other"))
    with other.sessions.begin() as session:
        create(session, Staff, full_name="Quàng Văn Minh", commune_code=MUONG_PHANG)
    stick = tmp_path / "other-stick"
    stick.mkdir()
    assert laptop_sync.export_to(other, stick).ok
    assert province.import_paths(server, [stick]).ok
    other.close()


def test_usb_export_and_import_through_the_page(qtbot, tmp_path, monkeypatch):
    server = make_province(tmp_path / "province")
    other_laptop_sends(server, tmp_path, monkeypatch)
    monkeypatch.setenv(MACHINE_ENV, "laptop-office")
    store = make_store(tmp_path / "office", name="Máy văn phòng xã")
    with store.sessions.begin() as session:
        for name in ("Lò Văn Thắng", "Lò Thị Hoa", "Giàng A Páo"):
            create(session, Staff, full_name=name, commune_code=MUONG_PHANG)
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    page = make_page(qtbot, store, [Drive(stick, "KINGSTON")])
    changed: list[str] = []
    page.status_changed.connect(lambda: changed.append("status"))
    page.records_changed.connect(lambda: changed.append("records"))

    # Not enrolled: the page says so and offers only the enrolment file.
    assert status_of(page)["This computer"].startswith("Not enrolled yet")
    assert status_of(page)["Not sent yet"] == "Changes not sent yet: 3"
    assert not page.export_button.isEnabled() and not page.sync_button.isEnabled()
    screenshot(page, "sync_page_not_enrolled")
    path = enrolment_file(server, tmp_path, "office")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, page.enrol_button)
    assert wait_result(qtbot, page, "This computer is now enrolled") == [
        "This computer is now enrolled as “Máy văn phòng xã”. From the next sync on, the "
        "province sees it under this name."]
    qtbot.waitUntil(lambda: not page.enrol_button.isVisible(), timeout=WAIT_MS)
    assert status_of(page)["This computer"] == (
        "Enrolled; the province confirms it at the next sync.")

    # Export to the stick the page found.
    assert page.drive_combo.currentText() == "KINGSTON"
    click(qtbot, page.export_button)
    lines = wait_result(qtbot, page, "Export to KINGSTON finished. Files written: 2.")
    assert lines[1] == ("Take the files to the province. The changes count as received once "
                        "its answer is imported here.")
    assert any(line.startswith("Written: claim-") for line in lines)
    assert any(line.startswith("Written: ") and line.endswith(".citb") for line in lines)
    assert len(list(stick.glob("*.citb"))) == 1
    qtbot.waitUntil(lambda: "waiting" in status_of(page)["Awaiting receipt"],
                    timeout=WAIT_MS)
    assert status_of(page)["Awaiting receipt"] == (
        "Changes sent, waiting for the province's receipt: 3")
    assert status_of(page)["Not sent yet"] == "None: every change has been sent"
    assert DATE_TIME.match(status_of(page)["Last by USB stick"].removeprefix("sent "))
    screenshot(page, "sync_page_usb_export")

    # The province takes the stick, and writes what it has for the commune.
    assert province.import_paths(server, [stick]).ok
    assert province.export_commune(server, MUONG_PHANG, stick).ok

    # The page imports: the receipt and the other laptop's official.
    click(qtbot, page.import_button)
    lines = wait_result(qtbot, page, "The province has received every change")
    assert lines[:2] == ["The province has received every change made on this computer.",
                         "Changes from the province applied here: 1."]
    assert any("biên nhận: 1 gói đã được tỉnh nhận" in line for line in lines), lines
    assert any("đã nhập 1 thay đổi" in line for line in lines), lines
    assert page.result_list.item(0).font().bold()  # the good news stands out
    assert not page.result_list.item(1).font().bold()
    qtbot.waitUntil(lambda: status_of(page)["Awaiting receipt"] == "None", timeout=WAIT_MS)
    state = status_of(page)
    assert state["Not sent yet"] == "The province has every change"
    assert state["This computer"] == "Enrolled with the province."
    sent, received = state["Last by USB stick"].removeprefix("sent ").split(", received ")
    assert DATE_TIME.fullmatch(sent) and DATE_TIME.fullmatch(received)
    assert state["Last by network"] == "never"
    assert changed == ["status", "status", "status", "records"]
    page.retranslate()  # the language changed: the same report and state, worded again
    assert results(page) == lines and status_of(page) == state
    with store.sessions() as session:
        assert session.query(Staff).filter_by(full_name="Quàng Văn Minh").count() == 1
    screenshot(page, "sync_page_usb_import")
    server.close()
    store.close()


def test_a_refused_file_is_highlighted(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-refused")
    server = make_province(tmp_path / "province")
    store = make_store(tmp_path / "office", name="Máy văn phòng xã")
    laptop_sync.enroll_file(store, enrolment_file(server, tmp_path, "office"))
    bad = tmp_path / "hong.citb"
    bad.write_bytes(b"not a bundle at all")
    page = make_page(qtbot, store)
    assert not page.export_button.isEnabled()  # no stick plugged in
    assert page.no_drive_label.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bad)], ""))
    click(qtbot, page.import_files_button)
    lines = wait_result(qtbot, page, "Files that could not be taken")
    assert lines[0] == "Files that could not be taken: 1 (marked below)."
    refused = page.result_list.item(1)
    assert refused.text().startswith("hong.citb: ")
    assert refused.background().color().name() == "#fde2e1"
    server.close()
    store.close()


def highlighted(page: SyncPage) -> list[str]:
    return [page.result_list.item(i).text() for i in range(page.result_list.count())
            if page.result_list.item(i).background().color().name() == "#fde2e1"]


def test_picked_files_for_other_computers_or_taken_before_are_not_failures(
        qtbot, tmp_path, monkeypatch):
    """The officer picks every file on the stick, twice: the other laptops' files and the
    files taken the first time are skipped with a note, never shown as refused."""
    server = make_province(tmp_path / "province")
    other_laptop_sends(server, tmp_path, monkeypatch)
    monkeypatch.setenv(MACHINE_ENV, "laptop-picks-files")
    store = make_store(tmp_path / "office", name="Máy văn phòng xã")
    laptop_sync.enroll_file(store, enrolment_file(server, tmp_path, "office"))
    with store.sessions.begin() as session:
        create(session, Staff, full_name="Lò Văn Thắng", commune_code=MUONG_PHANG)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert laptop_sync.export_to(store, stick).ok
    assert province.import_paths(server, [stick]).ok
    assert province.export_commune(server, MUONG_PHANG, stick).ok
    for path in (tmp_path / "other-stick").glob("*.citb"):  # the other laptop's, still there
        path.rename(stick / path.name)
    picked = sorted(str(p) for p in stick.glob("*.citb"))
    assert len(picked) >= 5
    page = make_page(qtbot, store)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (picked, ""))
    for news in (["The province has received every change made on this computer.",
                  "Changes from the province applied here: 1."],
                 ["Nothing new from the province."]):  # every file taken before
        page.result_list.clear()
        click(qtbot, page.import_files_button)
        lines = wait_result(qtbot, page, news[0])
        assert lines[:len(news)] == news
        assert highlighted(page) == []
        skipped = [line for line in lines if line.endswith("bỏ qua.") or "bỏ qua;" in line]
        assert len(skipped) == len(picked) - (2 if len(news) == 2 else 0), lines
    server.close()
    store.close()


# --- network -------------------------------------------------------------------------------
def test_network_push_with_progress_and_cancel(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-network")
    server_store = make_province(tmp_path / "province")
    with running(server_store, tmp_path / "spool") as server:
        laptop = enrolled_laptop(tmp_path / "office", server_store, "Máy văn phòng mạng")
        add_staff(laptop, "Cán bộ qua mạng", 30)
        page = make_page(qtbot, laptop.store)
        page.push_options = {"retry": FAST_RETRY, "chunk_size": 1024}
        seen: list[tuple[float, float, Stage, str]] = []

        def watch(done: float, total: float, stage: Stage) -> None:
            seen.append((done, total, stage, page.progress_label.text()))

        page.bridge.progressed.connect(watch)

        # Cancel: the push waits at its first progress report until the officer clicks.
        clicked, real_push = threading.Event(), sync_ops.push_to_province

        def held_push(store, url, *, progress, cancel, **options):
            def held(done, total, stage):
                progress(done, total, stage)
                clicked.wait(10)
            return real_push(store, url, progress=held, cancel=cancel, **options)

        def cancel_at_once(*_args) -> None:
            if page.cancel_button.isEnabled():
                screenshot(page, "sync_page_network_progress")
                click(qtbot, page.cancel_button)
                clicked.set()

        monkeypatch.setattr(sync_ops, "push_to_province", held_push)
        page.bridge.progressed.connect(cancel_at_once)
        page.server_edit.setText(server.url.removeprefix("http://"))
        click(qtbot, page.sync_button)
        assert wait_result(qtbot, page, "Cancelled.") == [
            "Cancelled. What was already sent is kept; the rest goes at the next sync."]
        assert page.server_edit.text() == server.url  # made a full address
        assert staff_named(server_store, "Cán bộ qua mạng") == 0
        page.bridge.progressed.disconnect(cancel_at_once)
        monkeypatch.setattr(sync_ops, "push_to_province", real_push)

        # Again, to the end: the summary, and progress in bytes along the way.
        seen.clear()
        click(qtbot, page.sync_button)
        lines = wait_result(qtbot, page, "Sync with the province finished.")
        assert "The province has confirmed this computer." in lines
        assert "Changes sent: 30. Bundles the province confirmed: 1." in lines
        assert "Changes received: 0." in lines
        assert staff_named(server_store, "Cán bộ qua mạng") == 30
        sending = [label for done, total, _stage, label in seen
                   if label.startswith("Sending to the province: ")]
        assert sending and sending[-1].endswith("kB")
        assert any(0 < done < total for done, total, _s, _l in seen)  # a chunk at a time
        stages = [stage for _done, _total, stage, _label in seen]
        assert Stage.DOWNLOAD in stages and stages == sorted(stages)  # never back a stage
        qtbot.waitUntil(lambda: status_of(page)["Not sent yet"] == "The province has every change",
                        timeout=WAIT_MS)
        assert DATE_TIME.match(status_of(page)["Last by network"].removeprefix("sent "))
        assert not page.progress_box.isVisible()
        screenshot(page, "sync_page_network_done")
        with laptop.store.sessions() as session:
            assert server_url(session) == server.url

        # A new page remembers the address.
        again = make_page(qtbot, laptop.store)
        assert again.server_edit.text() == server.url
        laptop.store.close()
    server_store.close()


def test_a_bad_address_is_told_beside_the_field(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-address")
    server = make_province(tmp_path / "province")
    store = make_store(tmp_path / "office")
    laptop_sync.enroll_file(store, enrolment_file(server, tmp_path, "office"))
    page = make_page(qtbot, store)
    page.server_edit.setText("   ")
    click(qtbot, page.sync_button)
    assert page.address_problem.isVisible() and "địa chỉ máy chủ" in page.address_problem.text()
    assert not page.busy and results(page) == ["Nothing done yet in this session."]
    server.close()
    store.close()


@pytest.mark.parametrize(("typed", "url"), [
    ("may-chu:8080", "http://may-chu:8080"),
    (" https://tinh.gov.vn/ ", "https://tinh.gov.vn"),
    ("http://127.0.0.1:9", "http://127.0.0.1:9"),
])
def test_server_address_is_made_usable(typed, url):
    assert normalise_server_url(typed) == url


@pytest.mark.parametrize("typed", ["", "ftp://may-chu", "http://may-chu:abc", "http://"])
def test_unusable_server_address_is_refused(typed):
    with pytest.raises(ValidationError):
        normalise_server_url(typed)


# --- conflicts -----------------------------------------------------------------------------
def make_conflicts(a: Store, b: Store) -> dict[str, str]:
    """Both computers change the same fields of an official and of a laptop without seeing
    each other's change; B's changes are later, so B's values are kept everywhere."""
    with a.sessions.begin() as session:
        thang = create(session, Staff, full_name="Lò Văn Thắng", commune_code=MUONG_PHANG,
                       phone="0900000000", it_certificate="none")
        hoa = create(session, Staff, full_name="Lò Thị Hoa", commune_code=MUONG_PHANG)
        pao = create(session, Staff, full_name="Giàng A Páo", commune_code=MUONG_PHANG)
        item = create(session, Equipment, category="laptop", brand="Dell", model="Latitude 5420",
                      asset_tag="MP-LT-01", commune_code=MUONG_PHANG)
        session.flush()
        ids = {"thang": thang.id, "hoa": hoa.id, "pao": pao.id, "item": item.id}
    ship(a, b)
    for store, phone, born, certificate, holder in (
            (a, "0911111111", date(1985, 3, 2), "basic", ids["hoa"]),
            (b, "0922222222", date(1985, 2, 3), "a", ids["pao"])):
        with store.sessions.begin() as session:
            person = session.get(Staff, ids["thang"])
            person.phone, person.birth_date, person.it_certificate = phone, born, certificate
            session.get(Equipment, ids["item"]).holder_id = holder
    ship(b, a)
    return ids


def cards(page: SyncPage) -> dict[str, ConflictCard]:
    return {card.field_label.text(): card for card in page.conflicts.cards}


def test_resolving_conflicts_through_the_page(qtbot, tmp_path):
    a = make_store(tmp_path / "a", name="Máy A")
    b = make_store(tmp_path / "b", name="Máy B")
    ids = make_conflicts(a, b)
    page = make_page(qtbot, a)
    changed: list[bool] = []
    page.records_changed.connect(lambda: changed.append(True))
    shown = cards(page)
    assert set(shown) == {"Phone number", "Date of birth", "IT certificate", "Holder"}
    assert status_of(page)["Conflicts"] == "4 to review"
    assert page.conflicts.summary.text().startswith("4 conflict(s) to review.")
    phone = shown["Phone number"]
    assert phone.title.text() == "Official: Lò Văn Thắng"
    assert (phone.kept_value.text(), phone.lost_value.text()) == ("0922222222", "0911111111")
    born = shown["Date of birth"]
    assert (born.kept_value.text(), born.lost_value.text()) == ("03/02/1985", "02/03/1985")
    certificate = shown["IT certificate"]
    assert (certificate.kept_value.text(), certificate.lost_value.text()) == (
        "Certificate A", "Basic IT skills")
    holder = shown["Holder"]
    assert holder.title.text() == "Equipment: Dell Latitude 5420 · MP-LT-01"
    assert (holder.kept_value.text(), holder.lost_value.text()) == ("Giàng A Páo", "Lò Thị Hoa")
    assert DATE_TIME.search(phone.when.text())
    screenshot(page, "sync_page_conflicts")
    screenshot(phone, "sync_conflict_card")

    click(qtbot, phone.use_other_button)
    qtbot.waitUntil(lambda: len(page.conflicts.cards) == 3, timeout=WAIT_MS)
    click(qtbot, cards(page)["Date of birth"].keep_button)
    qtbot.waitUntil(lambda: len(page.conflicts.cards) == 2, timeout=WAIT_MS)
    assert not page.failures and changed
    assert set(cards(page)) == {"IT certificate", "Holder"}
    assert status_of(page)["Conflicts"] == "2 to review"
    with a.sessions() as session:
        person = session.get(Staff, ids["thang"])
        assert person.phone == "0911111111"  # the other value, now a new edit
        assert person.birth_date == date(1985, 2, 3)  # kept as merged
    click(qtbot, cards(page)["Holder"].use_other_button)
    qtbot.waitUntil(lambda: len(page.conflicts.cards) == 1, timeout=WAIT_MS)
    click(qtbot, cards(page)["IT certificate"].keep_button)
    qtbot.waitUntil(lambda: not page.conflicts.cards, timeout=WAIT_MS)
    assert page.conflicts.summary.text() == "No conflicts to review."
    with a.sessions() as session:
        assert session.get(Equipment, ids["item"]).holder_id == ids["hoa"]
    a.close()
    b.close()


def item(table: str, field: str, **values) -> ConflictItem:
    base = dict(id=1, table=table, field=field, record=RecordName(""), kept=None, lost=None,
                detected_at=datetime(2026, 2, 5, 14, 30))
    return ConflictItem(**{**base, **values})


@pytest.mark.parametrize(("table", "field", "value", "shown"), [
    ("staff", "deleted", True, "Deleted"),
    ("staff", "deleted", False, "Not deleted"),
    ("staff", "phone", None, "(empty)"),
    ("staff", "uses_official_email", True, "Yes"),
    ("staff", "gender", "female", "Female"),
    ("staff", "legacy_title", "justice", "Justice and civil status"),
    ("attendance", "status", "late", "Đi muộn"),  # no on-screen table yet: the file label
    ("equipment", "status", "broken", "Broken"),
    ("equipment", "warranty_end", "2027-12-31", "31/12/2027"),
    ("equipment", "holder_id", "gone", "(not on this computer)"),
    ("staff", "commune_code", "99999", "99999"),
    ("course", "hours", 7.5, decimal_text(7.5, 1)),
])
def test_values_are_shown_in_words(table, field, value, shown):
    assert value_text(item(table, field), value) == shown


def test_a_record_is_named_by_its_category_when_it_has_no_name():
    assert record_text(item("equipment", "status", record=RecordName("", "printer"))) == (
        "Printer")
    assert record_text(item("staff", "phone")) == "(not on this computer)"


# --- wording, without widgets -------------------------------------------------------------
def test_a_push_with_refusals_and_conflicts_is_summed_up():
    report = PushReport(sent=2, sent_changes=1234, acknowledged=2, received=3, applied=5,
                        conflicts=2, notes=["Gói abc đã nhận trước đó."],
                        refused=["Gói def từ tỉnh: chữ ký sai."])
    assert push_report_lines(report) == [
        (SUMMARY, "Sync finished, but bundles were refused: 1."),
        (NOTE, f"Changes sent: {count_text(1234)}. Bundles the province confirmed: 2."),
        (NOTE, "Changes received: 5. Conflicts to review below: 2."),
        (NOTE, "Gói abc đã nhận trước đó."),
        (REFUSED, "Gói def từ tỉnh: chữ ký sai."),
    ]


def test_file_reports_with_nothing_in_them():
    assert export_lines(FileReport(), "E:") == [
        (SUMMARY, "Nothing to send: the province has every change. Nothing was written to E:.")]
    assert import_lines(Imported(FileReport(), 0, 0), "E:") == [
        (SUMMARY, "No files for this computer were found in E:.")]


def test_skipped_files_are_notes_and_only_refusals_are_failures():
    report = FileReport(skipped=["a.citb: dành cho thiết bị khác (province), bỏ qua.",
                                 "b.citb: đã nhập trước đó, bỏ qua; không có gì thay đổi."],
                        refused=["c.citb: Chữ ký của gói dữ liệu không khớp."])
    assert import_lines(Imported(report, 0, 4), "E:") == [
        (SUMMARY, "Files that could not be taken: 1 (marked below)."),
        (NOTE, "a.citb: dành cho thiết bị khác (province), bỏ qua."),
        (NOTE, "b.citb: đã nhập trước đó, bỏ qua; không có gì thay đổi."),
        (REFUSED, "c.citb: Chữ ký của gói dữ liệu không khớp."),
    ]
    report.refused.clear()
    assert import_lines(Imported(report, 0, 4), "E:") == [
        (SUMMARY, "Nothing new from the province."),
        (NOTE, "a.citb: dành cho thiết bị khác (province), bỏ qua."),
        (NOTE, "b.citb: đã nhập trước đó, bỏ qua; không có gì thay đổi.")]


@pytest.fixture
def install(qapp: QApplication, qm_dir: Path):
    """Installs a language for one test (``english`` goes back to the source strings)."""
    yield lambda language: i18n.install(qapp, language, qm_dir)
    i18n._current[0] = i18n.DEFAULT_LANGUAGE
    set_language(DEFAULT_LANGUAGE)  # install() also chose the messages' language


def state(pending: int, in_transit: int) -> DeviceState:
    status = SyncStatus(device_id="d", enrolled=True, confirmed=True, pending_changes=pending,
                        unacknowledged_bundles=1 if in_transit else 0, last_sent={},
                        last_received={}, open_conflicts=0)
    return DeviceState(status, None, in_transit)


def counted_lines(n: int) -> list[str]:
    """Every sentence of the Sync page that carries a count, with the count ``n``."""
    stick = "KINGSTON (E:)"
    report = FileReport(written=[Path(f"{i}.citb") for i in range(n)], applied=n, conflicts=n,
                        notes=["Gói abc."], refused=["y"] * n)
    lines = [export_lines(report, stick)[0], *import_lines(Imported(report, n, n), stick)[:3],
             push_report_lines(PushReport(applied=n, conflicts=n, refused=["x"] * n))[0]]
    _this_computer, unsent, awaiting, *_rest = status_rows(state(2 * n, n))
    return [text for _kind, text in lines] + [unsent[1], awaiting[1]]


@pytest.mark.parametrize("language", ["", "en"])  # the source strings, and the English .qm
def test_counts_read_naturally_in_english_for_one_and_for_many(install, language):
    if language:
        assert install(language)
    assert counted_lines(1) == [
        "Export to KINGSTON (E:) finished. Files written: 1.",
        "The province confirmed receiving changes from this computer: 1.",
        "Changes from the province applied here: 1. Conflicts to review below: 1.",
        "Files that could not be taken: 1 (marked below).",
        "Sync finished, but bundles were refused: 1.",
        "Changes not sent yet: 1",
        "Changes sent, waiting for the province's receipt: 1",
    ]
    assert [line.replace(" 3", " 1") for line in counted_lines(3)] == counted_lines(1)


def test_counts_in_vietnamese_use_its_digit_grouping(install):
    assert install("vi")
    assert counted_lines(1234) == [
        "Đã ghi 1.234 tệp vào KINGSTON (E:).",
        "Tỉnh đã xác nhận nhận được 1.234 thay đổi của máy này.",
        "Đã cập nhật 1.234 thay đổi từ tỉnh. Có 1.234 xung đột cần xem xét ở bên dưới.",
        "Có 1.234 tệp không nhận được (đánh dấu bên dưới).",
        "Đồng bộ xong, nhưng 1.234 gói bị từ chối.",
        "Còn 1.234 thay đổi chưa gửi",
        "1.234 thay đổi đã gửi, đang chờ biên nhận của tỉnh"]


def test_transfer_stages_are_named_in_the_windows_language(install):
    assert install("vi")
    assert progress_text(5000, 8000, Stage.UPLOAD) == "Đang gửi dữ liệu lên tỉnh: 5 kB / 8 kB"
    assert progress_text(2, 5, Stage.APPLY) == "Đang ghi dữ liệu nhận từ tỉnh: 2 / 5"
    assert progress_text(0, 1, Stage.CLAIM) == "Đang gửi xác nhận đăng ký"
    assert progress_text(3, 10, "Đang nhập tệp") == "Đang nhập tệp"  # other work's own words
    vietnamese = [stage_text(stage) for stage in Stage]
    assert install("en")
    english = [stage_text(stage) for stage in Stage]
    assert english == list(STAGE_NAMES.values())  # every stage has a name, in both
    assert all(a != b for a, b in zip(vietnamese, english, strict=True))
    report = PushReport(notes=[message("transfer.received_before", bundle="abc12345")],
                        refused=[message("transfer.download_refused", bundle="def67890",
                                         reason=message("transfer.download_damaged"))])
    assert push_report_lines(report)[-2:] == [  # the sync layer's notes speak English too
        (NOTE, "Bundle abc12345 was received before."),
        (REFUSED, "Bundle def67890 from the province: A bundle downloaded from the server "
                  "was damaged; please sync again.")]


# --- removable drives ----------------------------------------------------------------------
MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/sdb1 /media/lan/KINGSTON vfat rw,nosuid,nodev 0 0
/dev/sdc1 /run/media/lan/USB\\040DATA exfat rw,nosuid 0 0
/dev/sdd1 /media/other/THEIRS vfat rw 0 0
/dev/sde1 /media/lan/deep/NESTED vfat rw 0 0
tmpfs /run/user/1000 tmpfs rw 0 0
"""


def test_linux_drives_are_the_users_mounts_under_media():
    found = linux_drives(MOUNTS, "lan", is_dir=lambda path: True)
    assert found == [Drive(Path("/media/lan/KINGSTON"), "KINGSTON"),
                     Drive(Path("/run/media/lan/USB DATA"), "USB DATA")]
    assert linux_drives(MOUNTS, "lan", is_dir=lambda path: False) == []


def test_windows_drives_are_the_removable_letters():
    types = {"C:\\": 3, "E:\\": 2, "F:\\": 2, "Z:\\": 4}
    names = {"E:\\": "KINGSTON", "F:\\": ""}
    mask = sum(1 << (ord(root[0]) - ord("A")) for root in types)
    found = windows_drives(mask, types.__getitem__, names.__getitem__)
    assert found == [Drive(Path("E:\\"), "KINGSTON (E:)"), Drive(Path("F:\\"), "F:")]


def test_unknown_system_has_no_drives():
    assert removable_drives("Plan9") == []


def test_a_stick_plugged_in_later_is_offered(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(MACHINE_ENV, "laptop-drives")
    server = make_province(tmp_path / "province")
    store = make_store(tmp_path / "office")
    laptop_sync.enroll_file(store, enrolment_file(server, tmp_path, "office"))
    plugged: list[Drive] = []
    page = make_page(qtbot, store)
    page.find_drives = lambda: list(plugged)
    assert page.drive_combo.count() == 0 and not page.import_button.isEnabled()
    plugged.append(Drive(tmp_path, "TRANSCEND"))
    qtbot.waitUntil(lambda: page.drive_combo.count() == 1, timeout=5000)  # the page looks
    assert page.drive_combo.currentText() == "TRANSCEND" and page.import_button.isEnabled()
    assert not page.no_drive_label.isVisible()
    server.close()
    store.close()
