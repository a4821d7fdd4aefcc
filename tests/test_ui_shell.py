"""The window's skeleton: the threaded task runner, failures told to the officer, the
first-run wizard, the side navigation and its shortcuts, the status line, and Settings
(language switched while the window stays open, choices remembered).

Real widgets on real stores; the .qm files are built from the checked-in .ts sources into
a temporary folder, as tests/test_ui.py does.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QWidget,
    QWizard,
)

from app.models import Staff
from app.models.errors import ValidationError
from app.models.settings import DEFAULT_DEPARTMENT, LANGUAGE_KEY, set_setting
from app.models.setup import current_device
from app.models.store import Store
from app.ops.commune import window_context
from app.ops.settings import read_setting, settings_card
from app.server import province
from app.sync.stages import Stage
from app.sync.status import SyncStatus
from app.ui import main as ui_main
from app.ui.main import run
from app.ui.pages.training.forms import CourseForm
from app.ui.pages.wizard import wizard as wizard_module
from app.ui.pages.wizard.wizard import SetupWizard
from app.ui.runtime import errors, i18n
from app.ui.runtime.progress_text import progress_text
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.main_window import MainWindow, open_main_window
from app.ui.shell.status_line import TaskProgress, last_sync, moment_text
from app.ui.widgets.record_form import RecordForm
from tests.helpers import MUONG_PHANG, THANH_NUA, fresh_store, make_store
from tests.ui_helpers import SCREENSHOTS, open_window, record_messages


# --- fixtures ------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def clean_slate(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, qm_dir: Path):
    """Source strings at start and end; .qm files found where Settings looks for them."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    i18n.uninstall(qapp)
    errors.set_log_file(None)
    yield
    errors.set_log_file(None)
    i18n.uninstall(qapp)
    i18n._current[0] = i18n.DEFAULT_LANGUAGE
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, errors.ErrorDialog | SetupWizard):
            widget.close()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    return record_messages(monkeypatch)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = make_store(tmp_path / "data", name="Máy văn phòng xã Mường Phăng")
    with store.sessions.begin() as s:
        s.add_all([Staff(full_name=name, commune_code=MUONG_PHANG)
                   for name in ("Nguyễn Văn An", "Lò Thị Hoa")])
    yield store
    store.close()


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:
    return open_window(qtbot, store)


def error_dialogs() -> list[errors.ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, errors.ErrorDialog) and w.isVisible()]


def shoot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(target))
    return target


# --- the task runner -----------------------------------------------------------------------
def test_work_runs_on_a_worker_and_done_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work"] = QThread.currentThread()
        return 42

    def done(value: int) -> None:
        seen["done"], seen["value"] = QThread.currentThread(), value

    runner.run(work, done)
    assert not runner.idle()  # nothing was run in place
    qtbot.waitUntil(runner.idle)
    assert seen["value"] == 42
    assert seen["work"] is not gui
    assert seen["done"] is gui


def test_quick_tasks_keep_their_order(qtbot) -> None:
    runner = TaskRunner()
    order: list[int] = []
    for n in range(20):
        runner.run(lambda n=n: n, order.append)
    assert runner.wait()
    assert order == list(range(20))


def test_progress_and_cancel_in_the_status_line(qtbot, window: MainWindow) -> None:
    started, reported = threading.Event(), threading.Event()
    outcome: list[object] = []

    def work(progress, cancel: threading.Event) -> str:
        progress(3, 10, "Đang gửi gói 3")
        reported.set()
        started.set()
        while not cancel.wait(0.01):
            pass
        return "stopped"

    window.runner.run(work, outcome.append, progress_label="Gửi dữ liệu", cancellable=True)
    qtbot.waitUntil(lambda: window.status_line.findChild(TaskProgress) is not None)
    panel = window.status_line.findChild(TaskProgress)
    assert panel.title.text() == "Gửi dữ liệu"
    qtbot.waitUntil(lambda: panel.bar.value() == 3 and panel.bar.maximum() == 10)
    assert panel.detail.text() == "Đang gửi gói 3"
    assert window.runner.long_tasks_running()
    window.show()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert window.runner.wait()
    assert outcome == ["stopped"]  # work decided what cancelling returns
    qtbot.waitUntil(lambda: window.status_line.findChild(TaskProgress) is None)


def test_cancelled_work_that_raises_is_not_an_error(qtbot, messages) -> None:
    runner = TaskRunner()
    told: list[BaseException] = []

    def work(cancel: threading.Event) -> None:
        cancel.wait(5)
        raise ValidationError("Đã hủy.")

    task = runner.run(work, lambda _: None, progress_label="Nhập", cancellable=True,
                      failed=told.append)
    task.cancel()
    assert runner.wait()
    assert messages == [] and error_dialogs() == []
    assert [str(e) for e in told] == ["Đã hủy."]


def test_progress_without_a_window_uses_a_small_window(qtbot) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    runner.run(lambda progress: gate.wait(5), lambda _: None, progress_label="Đang nhập")
    qtbot.waitUntil(lambda: any(isinstance(w.findChild(TaskProgress), TaskProgress)
                                and w.isVisible() for w in QApplication.topLevelWidgets()))
    gate.set()
    assert runner.wait()
    qtbot.waitUntil(lambda: not any(w.findChild(TaskProgress) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))


# --- long tasks without a progress area (the first-run wizard) ----------------------------
class Stepped:
    """Long work that reports a first step, waits for the test, reports its last step and
    returns; with ``cancel`` it stops early when asked, and says so."""

    def __init__(self) -> None:
        self.gate = threading.Event()

    def __call__(self, progress, cancel: threading.Event | None = None) -> str:
        progress(1, 4, "Bước 1")
        while not self.gate.wait(0.01):
            if cancel is not None and cancel.is_set():
                return "stopped"
        progress(4, 4, "Bước 4")
        return "done"

    def plain(self, progress) -> str:  # the same work, without a cancel argument
        return self(progress)


def progress_host(qtbot) -> QDialog:
    """The small window a runner without a progress area shows, once it shows step 1."""
    def shown() -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)
                and w.isVisible() and isinstance(w.findChild(TaskProgress), TaskProgress)]

    qtbot.waitUntil(lambda: len(shown()) == 1 and shown()[0].findChild(TaskProgress).bar
                    .value() == 1)
    return shown()[0]


def no_deleted_objects(caplog) -> bool:
    return "already deleted" not in caplog.text and "RuntimeError" not in caplog.text


def test_a_long_task_without_a_window_shows_progress_and_finishes(qtbot, caplog) -> None:
    runner, work, got = TaskRunner(), Stepped(), []
    with caplog.at_level(logging.DEBUG):
        runner.run(work.plain, got.append, progress_label="Đang nhập")
        host = progress_host(qtbot)
        panel = host.findChild(TaskProgress)
        assert host.windowTitle() == "Đang nhập" and panel.detail.text() == "Bước 1"
        assert not panel.cancel_button.isVisible()
        work.gate.set()
        assert runner.wait()
    assert got == ["done"]
    assert not shiboken6.isValid(host) or not host.isVisible()
    assert no_deleted_objects(caplog)


def test_a_long_task_without_a_window_is_cancelled_from_its_panel(qtbot, caplog) -> None:
    runner, work, got = TaskRunner(), Stepped(), []
    with caplog.at_level(logging.DEBUG):
        runner.run(work, got.append, progress_label="Gửi", cancellable=True)
        host = progress_host(qtbot)
        qtbot.mouseClick(host.findChild(TaskProgress).cancel_button,
                         Qt.MouseButton.LeftButton)
        assert runner.wait()
    assert got == ["stopped"]
    assert not shiboken6.isValid(host) or not host.isVisible()
    assert no_deleted_objects(caplog)


def test_closing_the_progress_window_cancels_work_that_can_stop(qtbot, caplog) -> None:
    runner, work, got = TaskRunner(), Stepped(), []
    with caplog.at_level(logging.DEBUG):
        task = runner.run(work, got.append, progress_label="Gửi", cancellable=True)
        host = progress_host(qtbot)
        assert not host.close()  # the close button: stays open, saying it is stopping
        assert task.cancelled and host.isVisible()
        assert host.findChild(TaskProgress).detail.text() == "Cancelling…"
        assert runner.wait()
    assert got == ["stopped"]  # delivered all the same
    assert not shiboken6.isValid(host) or not host.isVisible()
    assert no_deleted_objects(caplog)


def test_closing_the_progress_window_lets_other_work_finish(qtbot, caplog) -> None:
    runner, work, got = TaskRunner(), Stepped(), []
    with caplog.at_level(logging.DEBUG):
        task = runner.run(work.plain, got.append, progress_label="Đang nhập")
        host = progress_host(qtbot)
        assert host.close() and not host.isVisible()  # the officer closed it
        work.gate.set()  # the last progress and the result come after that
        assert runner.wait()
    assert got == ["done"] and not task.cancelled
    assert no_deleted_objects(caplog)


def test_a_progress_window_deleted_early_does_not_break_the_task(qtbot, caplog) -> None:
    """As when the window it belonged to is deleted while the runner goes on."""
    runner, work, got = TaskRunner(), Stepped(), []
    with caplog.at_level(logging.DEBUG):
        runner.run(work.plain, got.append, progress_label="Đang nhập")
        shiboken6.delete(progress_host(qtbot))  # with its panel
        work.gate.set()
        assert runner.wait()
    assert got == ["done"]
    assert no_deleted_objects(caplog)


def test_the_sync_layers_progress_is_named_in_the_panel(qtbot, window: MainWindow) -> None:
    gate = threading.Event()

    def work(progress) -> None:
        progress(5000, 8000, Stage.UPLOAD)  # app.sync.push reports (done, total, stage)
        gate.wait(5)

    window.runner.run(work, lambda _: None, progress_label="Đồng bộ")
    qtbot.waitUntil(lambda: window.status_line.findChild(TaskProgress) is not None)
    panel = window.status_line.findChild(TaskProgress)
    qtbot.waitUntil(lambda: panel.bar.value() == 5000)
    assert panel.detail.text() == progress_text(5000, 8000, Stage.UPLOAD)
    assert panel.detail.text().endswith(": 5 kB / 8 kB") and "upload" not in panel.detail.text()
    gate.set()
    assert window.runner.wait()


def test_a_model_error_is_its_own_plain_sentence(qtbot, messages) -> None:
    runner = TaskRunner()
    got: list[object] = []
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(lambda: (_ for _ in ()).throw(ValidationError("Tên máy không được để "
                                                                  "trống.")), got.append)
    assert runner.wait()
    assert blocker.args == ["Tên máy không được để trống.", ""]
    assert messages == [("Problem", "Tên máy không được để trống.")]
    assert got == [] and error_dialogs() == []


def test_a_bug_is_logged_and_shown_with_copyable_details(qtbot, messages, caplog,
                                                          tmp_path) -> None:
    errors.set_log_file(tmp_path / "commune-it.log")
    try:
        runner = TaskRunner()
        with caplog.at_level(logging.ERROR):
            runner.run(lambda: 1 / 0, lambda _: None)
            assert runner.wait()
        assert "data task failed" in caplog.text and "ZeroDivisionError" in caplog.text
        assert messages == []
        [dialog] = error_dialogs()
        assert dialog.message.text() == ("Something went wrong. Please send the details "
                                         "below to IT support.")
        assert not dialog.details.isVisible()
        dialog.toggle_button.click()
        assert dialog.details.isVisible()
        assert "ZeroDivisionError" in dialog.details.toPlainText()
        assert str(tmp_path / "commune-it.log") in dialog.log_label.text()
        dialog.copy_details()
        assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
        shoot(dialog, "error_dialog")
    finally:
        errors.set_log_file(None)


def test_the_caller_may_show_a_refusal_itself(qtbot, messages) -> None:
    runner = TaskRunner()
    inline: list[str] = []
    runner.run(lambda: (_ for _ in ()).throw(ValidationError("Sai.")), lambda _: None,
               failed=lambda exc: inline.append(str(exc)) or True)
    assert runner.wait()
    assert inline == ["Sai."] and messages == []


def test_a_failing_done_callback_is_reported(qtbot, caplog) -> None:
    runner = TaskRunner()
    runner.run(lambda: None, lambda _: {}["missing"])
    assert runner.wait()
    assert "KeyError" in caplog.text
    [dialog] = error_dialogs()
    assert "KeyError" in dialog.details.toPlainText()


@pytest.mark.qt_no_exception_capture
def test_the_excepthook_logs_and_shows_an_exception_in_a_slot(qtbot, caplog) -> None:
    restore = errors.install_excepthook()
    try:
        QTimer.singleShot(0, lambda: [][1])
        qtbot.waitUntil(lambda: len(error_dialogs()) == 1)
    finally:
        restore()
    assert "IndexError" in caplog.text
    assert "IndexError" in error_dialogs()[0].details.toPlainText()


def test_friendly_text_for_a_locked_database() -> None:
    import sqlite3

    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as exc:
        assert "busy" in errors.friendly_message(exc)


# --- the first-run wizard ------------------------------------------------------------------
def open_wizard(qtbot, store: Store) -> SetupWizard:
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    return wizard


def choose(qtbot, wizard: SetupWizard, query: str) -> None:
    wizard.place.search.clear()
    qtbot.keyClicks(wizard.place.search, query)
    qtbot.keyClick(wizard.place.search, Qt.Key.Key_Return)


def later(wizard: SetupWizard) -> None:
    """The account step answered "later" (the store stays plain), on to the enrolment."""
    assert wizard.currentPage() is wizard.account
    wizard.account.later.setChecked(True)
    assert wizard.account.isComplete() and not wizard.account.form.isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.enrolment


def finish(qtbot, wizard: SetupWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.runner.idle())


def test_wizard_sets_up_an_office_laptop(qtbot, tmp_path) -> None:
    with fresh_store(tmp_path) as store:
        wizard = open_wizard(qtbot, store)
        assert wizard.role.office.isChecked()
        shoot(wizard, "wizard_1_role")
        wizard.next()
        place = wizard.place
        assert place.province.currentText() == "Tỉnh Điện Biên"
        assert not place.isComplete()
        qtbot.keyClicks(place.search, "muong phang")
        assert place.visible_names() == ["Xã Mường Phăng"]
        qtbot.keyClick(place.search, Qt.Key.Key_Return)
        assert [row.code for row in place.chosen()] == [MUONG_PHANG]
        assert place.isComplete()
        shoot(wizard, "wizard_2_place")
        wizard.next()
        assert wizard.naming.name.text() == "Máy văn phòng xã Mường Phăng"
        shoot(wizard, "wizard_3_name")
        wizard.next()
        assert wizard.currentPage() is wizard.account
        account = wizard.account.form
        qtbot.keyClicks(account.name, "lan")
        qtbot.keyClicks(account.password, "ngan")
        qtbot.keyClicks(account.again, "ngan")
        wizard.next()  # refused: the password is too short, and said so
        assert wizard.currentPage() is wizard.account
        assert "10" in account.message.text() and account.password.text() == ""
        qtbot.keyClicks(account.password, "mat-khau-cua-lan")
        qtbot.keyClicks(account.again, "mat-khau-cua-lan")
        shoot(wizard, "wizard_4_account")
        wizard.next()
        assert wizard.currentPage() is wizard.enrolment
        shoot(wizard, "wizard_5_enrolment")
        finish(qtbot, wizard)
        assert wizard.is_set_up and not wizard.isVisible()
        assert wizard.account_request is not None
        assert wizard.account_request.name == "lan"
        with store.sessions() as s:
            device = current_device(s)
            assert (device.role, device.communes, device.name) == (
                "office", [MUONG_PHANG], "Máy văn phòng xã Mường Phăng")
            assert device.enrolled_at is None


def test_wizard_sets_up_a_trainers_laptop_for_several_communes(qtbot, tmp_path) -> None:
    with fresh_store(tmp_path) as store:
        wizard = open_wizard(qtbot, store)
        wizard.role.trainer.setChecked(True)
        wizard.next()
        choose(qtbot, wizard, "muong phang")
        choose(qtbot, wizard, "thanh nua")
        assert {row.code for row in wizard.place.chosen()} == {MUONG_PHANG, THANH_NUA}
        assert "Xã Thanh Nưa" in wizard.place.chosen_label.text()
        choose(qtbot, wizard, "thanh nua")  # Enter again unticks
        assert [row.code for row in wizard.place.chosen()] == [MUONG_PHANG]
        choose(qtbot, wizard, "thanh nua")
        wizard.place.search.clear()
        shoot(wizard, "wizard_2_place_trainer")
        wizard.next()
        assert wizard.naming.name.text() == "Máy giảng viên"
        wizard.naming.name.setText("Máy giảng viên Lò Văn Thắng")
        wizard.next()
        later(wizard)
        finish(qtbot, wizard)
        assert wizard.account_request is None  # "later": the store stays plain
        with store.sessions() as s:
            device = current_device(s)
            assert device.role == "trainer" and device.name == "Máy giảng viên Lò Văn Thắng"
            assert sorted(device.communes) == sorted([MUONG_PHANG, THANH_NUA])


def test_wizard_takes_the_enrolment_file(qtbot, monkeypatch, tmp_path) -> None:
    with fresh_store(tmp_path / "province") as server:
        data = province.issue(server, MUONG_PHANG, "Máy văn phòng xã Mường Phăng", False)
    enrolment_file = tmp_path / "muong-phang.enrolment"
    enrolment_file.write_text(province.enrolment_text(data), encoding="utf-8")
    monkeypatch.setattr(wizard_module, "choose_enrolment_file", lambda _parent: enrolment_file)
    with fresh_store(tmp_path / "laptop") as store:
        wizard = open_wizard(qtbot, store)
        wizard.next()
        choose(qtbot, wizard, "muong phang")
        wizard.next()
        wizard.next()
        later(wizard)
        wizard.enrolment.choose.click()
        assert str(enrolment_file) in wizard.enrolment.path_label.text()
        finish(qtbot, wizard)
        assert wizard.is_set_up
        with store.sessions() as s:
            assert current_device(s).enrolment_id == data["enrolment_id"]


def test_a_bad_enrolment_file_is_told_on_the_page_and_can_be_skipped(qtbot, monkeypatch,
                                                                      tmp_path) -> None:
    bad = tmp_path / "not-an-enrolment.txt"
    bad.write_text("hello", encoding="utf-8")
    monkeypatch.setattr(wizard_module, "choose_enrolment_file", lambda _parent: bad)
    with fresh_store(tmp_path / "laptop") as store:
        wizard = open_wizard(qtbot, store)
        wizard.next()
        choose(qtbot, wizard, "muong phang")
        wizard.next()
        wizard.next()
        later(wizard)
        wizard.enrolment.choose.click()
        finish(qtbot, wizard)
        assert wizard.isVisible() and not wizard.is_set_up
        message = wizard.enrolment.message.text()
        assert message.startswith("This computer is set up, but the enrolment file")
        shoot(wizard, "wizard_5_enrolment_refused")
        wizard.enrolment.forget.click()
        assert wizard.enrolment.message.text() == ""
        finish(qtbot, wizard)
        assert wizard.is_set_up
        with store.sessions() as s:
            assert current_device(s).communes == [MUONG_PHANG]


def test_wizard_search_keeps_the_province_list_official(qtbot, tmp_path) -> None:
    with fresh_store(tmp_path) as store:
        wizard = open_wizard(qtbot, store)
        wizard.next()
        place = wizard.place
        assert place.province.count() == 34
        place.province.setCurrentIndex(place.province.findText("Thành phố Hà Nội"))
        qtbot.keyClicks(place.search, "muong phang")
        assert place.visible_names() == []
        place.search.clear()
        qtbot.keyClicks(place.search, "ba dinh")
        assert place.visible_names() == ["Phường Ba Đình"]


def test_run_shows_the_wizard_then_the_main_window(qtbot, monkeypatch, messages,
                                                   tmp_path) -> None:
    monkeypatch.setattr(ui_main, "setup_logging", lambda folder: folder / "commune-it.log")
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    seen: dict[str, object] = {}

    def drive_wizard() -> None:
        [wizard] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, SetupWizard) and w.isVisible()]
        wizard.next()
        wizard.place.search.setText("muong phang")
        wizard.place._choose_only_match()
        wizard.next()
        wizard.next()
        later(wizard)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        QTimer.singleShot(200, capture_window)

    def capture_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(100, capture_window)
            return
        seen["pages"] = windows[0].navigation.titles()
        seen["commune"] = windows[0].commune_label.text()
        windows[0].close()
        QApplication.quit()

    QTimer.singleShot(0, drive_wizard)
    assert run(tmp_path / "new", ["commune-it"]) == 0
    assert seen["commune"] == "Xã Mường Phăng"
    assert seen["pages"][:3] == ["Tổng quan", "Cán bộ, công chức", "Thiết bị"]


def test_closing_the_wizard_sets_nothing_up(qtbot, monkeypatch, messages, tmp_path) -> None:
    monkeypatch.setattr(ui_main, "setup_logging", lambda folder: folder / "commune-it.log")

    def close_wizard() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, SetupWizard) and w.isVisible():
                w.reject()

    QTimer.singleShot(0, close_wizard)
    assert run(tmp_path / "new", ["commune-it"]) == 2
    with Store(tmp_path / "new" / "commune-it.sqlite3") as store:
        assert window_context(store) is None  # no device


# --- navigation, start page ----------------------------------------------------------------
def test_pages_are_listed_in_order_and_ctrl_number_switches(qtbot, window: MainWindow) -> None:
    assert window.navigation.keys() == ["overview", "staff", "equipment", "stocktake",
                                        "training", "sync", "reports", "settings"]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.navigation.current_key() == "overview"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.current_key() == "staff"
    assert window.navigation.stack.currentWidget() is window.staff_page
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.stack.currentWidget() is window.settings_page
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # no 9th
    assert window.navigation.current_key() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.stack.currentWidget() is window.stocktake_page
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.stack.currentWidget() is window.training_page
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.stack.currentWidget() is window.sync_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.current_key() == "overview"
    with pytest.raises(ValueError):
        window.add_page("training", "Training", QWidget())


def test_a_trainers_laptop_opens_on_training(qtbot, tmp_path) -> None:
    with make_store(tmp_path, (MUONG_PHANG, THANH_NUA), trainer=True,
                    name="Máy giảng viên") as store:
        window = open_main_window(store)
        qtbot.addWidget(window)
        assert window.runner.wait()
        assert window.navigation.current_key() == "training"
        assert window.commune_label.text() == "Xã Mường Phăng, Xã Thanh Nưa"


def test_a_page_with_unsaved_work_can_stop_the_window_closing(qtbot, window) -> None:
    class Busy(QWidget):
        allowed = False

        def can_close(self) -> bool:
            return self.allowed

    page = Busy()
    window.training_page.can_close = lambda: page.can_close()
    window.show()
    assert not window.close()
    assert window.navigation.current_key() == "training"
    page.allowed = True
    assert window.close()


# --- the keyboard after navigation ---------------------------------------------------------
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Excel's file dialogs are recorded (which one was asked) and answered with nothing."""
    asked: list[str] = []
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name,
                            lambda *_a, name=name, **_k: asked.append(name) or ("", ""))
    return asked


def active(qtbot, window: MainWindow) -> MainWindow:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the officer presses it: to whatever has the focus now."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifier)


def focus_in(page: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and page.isAncestorOf(focused)


def form_opened(qtbot, window: MainWindow, page) -> QWidget:
    """The form ``page`` opened (on the runner, for a list page); it is closed again."""
    assert window.runner.wait()
    form = page.form
    assert form is not None and form.isVisible()
    form.done(0)
    qtbot.waitUntil(lambda: page.form is None or not page.form.isVisible())
    window.activateWindow()  # as the window system does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    return form


def test_ctrl_number_puts_the_focus_in_the_page_so_its_shortcuts_work(
        qtbot, window, file_dialogs) -> None:
    active(qtbot, window)
    for number, page in ((Qt.Key.Key_2, window.staff_page),
                         (Qt.Key.Key_3, window.equipment_page)):
        press(qtbot, number, CTRL)
        assert QApplication.focusWidget() is page.search  # type to find at once
        press(qtbot, Qt.Key.Key_N, CTRL)
        assert isinstance(form_opened(qtbot, window, page), RecordForm)
        page.table.setFocus()
        press(qtbot, Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is page.search
        press(qtbot, Qt.Key.Key_I, CTRL)
        press(qtbot, Qt.Key.Key_E, CTRL)
    assert file_dialogs == ["getOpenFileName", "getSaveFileName"] * 2

    press(qtbot, Qt.Key.Key_4, CTRL)  # no round open: its button opens one
    assert QApplication.focusWidget() is window.stocktake_page.open_button
    training = window.training_page
    press(qtbot, Qt.Key.Key_5, CTRL)
    assert QApplication.focusWidget() is training.search
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert isinstance(form_opened(qtbot, window, training), CourseForm)
    training.course_table.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is training.search
    for number, page in ((Qt.Key.Key_6, window.sync_page),
                         (Qt.Key.Key_8, window.settings_page)):
        press(qtbot, number, CTRL)
        assert focus_in(page)  # its first widget that Tab stops at
    assert QApplication.focusWidget() is window.settings_page.language_combo


def test_a_click_in_the_list_keeps_the_arrows_and_the_page_shortcuts(
        qtbot, window, file_dialogs) -> None:
    active(qtbot, window)
    nav = window.navigation.list
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(1)).center())
    assert window.navigation.current_key() == "staff"
    assert QApplication.focusWidget() is nav  # the arrows still walk the list
    press(qtbot, Qt.Key.Key_Down)
    assert window.navigation.current_key() == "equipment" and nav.hasFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert window.navigation.current_key() == "staff" and nav.hasFocus()
    page = window.staff_page
    press(qtbot, Qt.Key.Key_N, CTRL)  # the shown page's shortcut, from the list
    assert isinstance(form_opened(qtbot, window, page), RecordForm)
    nav.setFocus()
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert file_dialogs == ["getOpenFileName"] and nav.hasFocus()
    page.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)  # the table's own key, not the page's: nothing happens
    assert page.model.rowCount() == 2 and nav.hasFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search
    nav.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_in(page)
    nav.setFocus()
    for _step in range(3):  # Equipment, Stock-take, Training
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # Enter goes into the page chosen with the arrows
    assert QApplication.focusWidget() is window.training_page.search
    nav.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert isinstance(form_opened(qtbot, window, window.training_page), CourseForm)


# --- the status line -----------------------------------------------------------------------
def test_status_line_counts_pending_changes_after_a_write(qtbot, window, store) -> None:
    line = window.status_line
    assert line.pending_label.text() == "Changes not sent yet: 2"
    assert line.sync_label.text() == "Not enrolled with the province yet"
    with store.sessions.begin() as s:
        s.add(Staff(full_name="Đỗ Văn Dũng", commune_code=MUONG_PHANG))
    window.notify_data_changed()
    qtbot.waitUntil(lambda: line.pending_label.text() == "Changes not sent yet: 3")
    assert window.runner.wait()  # the overview's load is queued after the status line's
    assert window.overview.cards["officials"].value.text() == "3"
    # the state the line shows is read again every minute (a sync from the command line)
    assert window.sync_state.timer.isActive() and window.sync_state.timer.interval() == 60_000


def test_last_sync_is_the_latest_exchange() -> None:
    found = SyncStatus(device_id="d", enrolled=True, confirmed=True, pending_changes=0,
                       unacknowledged_bundles=0,
                       last_sent={"usb": "2026-02-05T09:15:00", "http": None},
                       last_received={"usb": "2026-02-04T16:00:00",
                                      "http": "2026-02-05T14:30:10"},
                       open_conflicts=0)
    assert moment_text(last_sync(found)) == "05/02/2026 14:30"


# --- settings: language, department, this computer -----------------------------------------
def test_language_switches_without_closing_or_losing_work(qtbot, vietnamese, window,
                                                          store) -> None:
    assert window.navigation.titles()[0] == "Tổng quan"
    assert window.app_label.text() == "Sổ theo dõi CNTT cấp xã"
    window.show_page("staff")
    qtbot.keyClicks(window.staff_page.search, "nguyen")
    page = window.settings_page
    english = page.language_combo.findData("en")
    assert page.language_combo.itemText(english) == "English"
    page.language_combo.setCurrentIndex(english)
    page.language_combo.activated.emit(english)
    qtbot.waitUntil(lambda: window.navigation.titles()[0] == "Overview")
    assert window.app_label.text() == "Commune IT Register"
    assert window.device_label.text() == "This computer: Máy văn phòng xã Mường Phăng"
    assert window.navigation.page("staff") is window.staff_page  # nothing was rebuilt
    assert window.staff_page.search.text() == "nguyen"
    assert window.navigation.current_key() == "staff"
    assert window.overview.cards["officials"].title.text() == "Officials"
    assert window.runner.wait()
    assert read_setting(store, LANGUAGE_KEY) == "en"
    page.set_language("vi")
    qtbot.waitUntil(lambda: window.navigation.titles()[0] == "Tổng quan")
    assert window.overview.cards["officials"].title.text() == "Cán bộ, công chức"
    assert window.runner.wait()
    assert read_setting(store, LANGUAGE_KEY) == "vi"


def test_the_saved_language_applies_at_start(qtbot, monkeypatch, store) -> None:
    monkeypatch.setattr(ui_main, "setup_logging", lambda folder: folder / "commune-it.log")
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    with store.sessions.begin() as s:
        set_setting(s, LANGUAGE_KEY, "en")
    pages: list[str] = []

    def capture() -> None:
        [window] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible()]
        pages.extend(window.navigation.titles())
        window.close()
        QApplication.quit()

    QTimer.singleShot(0, capture)
    assert run(store.path.parent, ["commune-it"]) == 0
    assert pages[:3] == ["Overview", "Staff", "Equipment"]
    assert i18n.current_language() == "en"


def test_department_name_is_saved_and_checked(qtbot, window, store) -> None:
    page = window.settings_page
    assert page.department_edit.text() == DEFAULT_DEPARTMENT
    page.department_edit.setText("Sở Thông tin và Truyền thông")  # keyClicks is ASCII only
    qtbot.keyClick(page.department_edit, Qt.Key.Key_Return)
    assert window.runner.wait()
    assert page.department_message.text() == "Saved."
    assert settings_card(store).department == "Sở Thông tin và Truyền thông"
    page.department_edit.setText("   ")
    page.save_department()
    assert window.runner.wait()
    assert page.department_message.text() == "Tên sở không được để trống."
    assert settings_card(store).department == "Sở Thông tin và Truyền thông"


def test_settings_show_this_computer(qtbot, window, store) -> None:
    values = window.settings_page.device_values
    with store.sessions() as s:
        device_id = current_device(s).id
    assert values["id"].text() == device_id
    assert values["name"].text() == "Máy văn phòng xã Mường Phăng"
    assert values["kind"].text() == "Commune office computer"
    assert values["province"].text() == "Tỉnh Điện Biên"
    assert values["communes"].text() == "Xã Mường Phăng"
    assert values["enrolment"].text() == "Not enrolled with the province yet"
    assert values["data"].text() == str(store.path.parent)
    assert window.settings_page.enrol_button.isVisibleTo(window.settings_page)


# --- screenshots ---------------------------------------------------------------------------
def test_screenshots_of_the_shell(qtbot, vietnamese, tmp_path) -> None:
    from app.demo import fill_demo

    store = make_store(tmp_path / "demo", name="Máy văn phòng xã Mường Phăng")
    fill_demo(store)
    try:
        window = open_main_window(store)
        qtbot.addWidget(window)
        window.resize(1366, 720)
        with qtbot.waitExposed(window):
            window.show()
        assert window.runner.wait()
        shoot(window, "shell_overview")
        window.show_page("settings")
        qtbot.wait(50)
        shoot(window, "settings")
    finally:
        store.close()
