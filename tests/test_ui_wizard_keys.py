"""The first-run wizard from the keyboard alone, as a new officer meets it (issue 11, item 3).

Every key goes where a real key goes: to the widget that has the focus
(``QApplication.focusWidget()``), never straight into the widget a test would like. So the
tests see what the officer sees: where the cursor starts on each page, that typing the
suggested "muong phang" reaches the commune search (not the province combo, which would
take the letters and open its list on the space), that Enter is Next, and Finish on the
last page (never the enrolment file's chooser), and that Escape, Cancel or the window's
close button ask before leaving — and leave only on a yes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from app.models.setup import current_device
from app.models.store import Store
from app.ui.pages.wizard import wizard as wizard_module
from app.ui.pages.wizard.wizard import SetupWizard
from app.ui.runtime import focus_style, i18n
from app.ui.signin.protect import ProtectRequest
from tests.helpers import MUONG_PHANG, fresh_store
from tests.ui_helpers import SCREENSHOTS

Key = Qt.Key
PASSWORD = "mat-khau-cua-lan"


@pytest.fixture
def vi(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    assert i18n.install(qapp, "vi", qm_dir)
    yield qapp
    i18n.uninstall(qapp)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with fresh_store(tmp_path / "data") as store:
        yield store


@pytest.fixture
def chooser_calls(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """The enrolment file chooser, recorded instead of shown (it would wait for a click)."""
    calls: list[QWidget] = []

    def record(parent: QWidget) -> None:
        calls.append(parent)
        return None

    monkeypatch.setattr(wizard_module, "choose_enrolment_file", record)
    return calls


class Keyboard:
    """Keys typed where the focus is, counted."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for char in text:  # one key at a time, each to whatever has the focus then
            self.qtbot.keyClicks(self.focus(), char)
            self.count += 1


def later(wizard: SetupWizard) -> None:
    """The account step answered "later", and on to the enrolment page."""
    assert wizard.currentPage() is wizard.account
    wizard.account.later.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.enrolment


def open_wizard(qtbot, store: Store) -> SetupWizard:
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.activateWindow()
    return wizard


def when_a_box_shows(act: Callable[[QMessageBox], None], tries: int = 100) -> None:
    """Once a message box is up (it waits in its own event loop), ``act`` on it; polls for
    about two seconds, then gives up (the test then fails on what it did not see)."""
    def look(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            act(box)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))


def answer_question(click: str, seen: list[tuple[str, str, list[str]]],
                    shot: str = "") -> None:
    """Note the question's title, text and buttons (and shoot it), then click ``click``."""
    def answer(box: QMessageBox) -> None:
        if shot:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            box.grab().save(str(SCREENSHOTS / f"{shot}.png"))
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        wanted = [b for b in box.buttons() if b.text() == click]
        wanted[0].click() if wanted else box.reject()  # never leave the box waiting

    when_a_box_shows(answer)


@pytest.fixture
def ring(qapp: QApplication) -> Iterator[None]:
    """The focus ring the app starts with, for the screenshots."""
    focus_style.install(qapp)
    yield
    focus_style.uninstall(qapp)


def test_setup_from_the_keyboard_alone(qtbot, store, chooser_calls, ring) -> None:
    """First run to a set-up computer: 16 keys, and the first account's. Enter (an office
    laptop, the answer already chosen), "muong phang" (11 keys, straight into the commune
    search), Enter (takes the one commune left), Enter (Next), Enter (keeps the suggested
    name); the account: "lan", Tab, the password, Tab, the password again, Enter (Next);
    Enter (Finish, no file)."""
    wizard = open_wizard(qtbot, store)
    keys = Keyboard(qtbot)
    assert keys.focus() is wizard.role.office
    keys.press(Key.Key_Return)
    assert wizard.currentPage() is wizard.place
    assert keys.focus() is wizard.place.search
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / "wizard_2_place_focus.png"))
    keys.type("muong phang")
    assert wizard.place.search.text() == "muong phang"
    assert wizard.place.province.currentText() == "Tỉnh Điện Biên"
    assert not wizard.place.province.view().isVisible()
    assert wizard.place.visible_names() == ["Xã Mường Phăng"]
    keys.press(Key.Key_Return)
    assert [row.code for row in wizard.place.chosen()] == [MUONG_PHANG]
    keys.press(Key.Key_Return)
    assert wizard.currentPage() is wizard.naming
    assert keys.focus() is wizard.naming.name
    keys.press(Key.Key_Return)
    assert wizard.currentPage() is wizard.account
    assert keys.focus() is wizard.account.form.name
    keys.type("lan")
    keys.press(Key.Key_Tab)
    keys.type(PASSWORD)
    keys.press(Key.Key_Tab)
    keys.type(PASSWORD)
    keys.press(Key.Key_Return)
    assert wizard.currentPage() is wizard.enrolment
    wizard.grab().save(str(SCREENSHOTS / "wizard_5_enrolment_focus.png"))
    keys.press(Key.Key_Return)
    qtbot.waitUntil(wizard.runner.idle)
    assert chooser_calls == []  # Enter finished; it did not open the file chooser
    assert wizard.is_set_up and not wizard.isVisible()
    assert keys.count == 16 + 3 + 1 + 2 * len(PASSWORD) + 2
    assert wizard.account_request == ProtectRequest("lan", PASSWORD)
    with store.sessions() as s:
        device = current_device(s)
        assert (device.role, device.communes, device.name) == (
            "office", [MUONG_PHANG], "Máy văn phòng xã Mường Phăng")


def test_enter_on_the_last_page_finishes_even_on_the_file_button(qtbot, store,
                                                                  chooser_calls) -> None:
    """Tab to "Choose enrolment file…" and press Enter: still Finish (Space chooses)."""
    wizard = open_wizard(qtbot, store)
    wizard.next()
    wizard.place.search.setText("muong phang")
    qtbot.keyClick(wizard.place.search, Key.Key_Return)
    wizard.next()
    wizard.next()
    later(wizard)
    wizard.enrolment.choose.setFocus()
    assert not wizard.enrolment.choose.autoDefault()
    assert wizard.button(QWizard.WizardButton.FinishButton).isDefault()
    qtbot.keyClick(wizard.enrolment.choose, Key.Key_Return)
    qtbot.waitUntil(wizard.runner.idle)
    assert chooser_calls == [] and wizard.is_set_up and wizard.account_request is None


def test_enter_waits_while_a_page_is_not_complete(qtbot, store) -> None:
    wizard = open_wizard(qtbot, store)
    keys = Keyboard(qtbot)
    keys.press(Key.Key_Return)
    keys.type("muong")  # three communes match: none is chosen
    keys.press(Key.Key_Return)
    assert wizard.currentPage() is wizard.place and not wizard.place.chosen()
    keys.press(Key.Key_Down)  # into the list, then Enter takes the row and goes on
    assert keys.focus() is wizard.place.list
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Return)
    assert wizard.currentPage() is wizard.naming


@pytest.mark.parametrize("leave", ["escape", "cancel", "close button"])
def test_leaving_asks_first_and_stays_on_no(qtbot, store, vi, leave) -> None:
    wizard = open_wizard(qtbot, store)
    wizard.next()
    seen: list[tuple[str, str, list[str]]] = []
    shot = "wizard_leave_question" if leave == "escape" else ""
    answer_question("Tiếp tục cài đặt", seen, shot=shot)
    leaving(wizard, leave)()
    assert len(seen) == 1
    title, text, buttons = seen[0]
    assert title == "Dừng cài đặt?"
    assert "Chưa có gì được lưu" in text
    assert buttons == ["Thóat", "Tiếp tục cài đặt"]
    assert wizard.isVisible() and wizard.currentPage() is wizard.place


@pytest.mark.parametrize("leave", ["escape", "cancel", "close button"])
def test_leaving_quits_on_yes(qtbot, store, leave) -> None:
    wizard = open_wizard(qtbot, store)
    wizard.next()
    seen: list[tuple[str, str, list[str]]] = []
    answer_question("Quit", seen)
    leaving(wizard, leave)()
    assert [title for title, _text, _buttons in seen] == ["Stop the setup?"]
    assert "Nothing has been saved" in seen[0][1]
    assert not wizard.isVisible() and not wizard.is_set_up
    with store.sessions() as s:
        assert current_device(s) is None


def test_a_second_escape_answers_no(qtbot, store) -> None:
    """The question's default is to stay: Escape twice does not lose the answers."""
    wizard = open_wizard(qtbot, store)
    wizard.next()
    qtbot.keyClicks(wizard.place.search, "muong phang")

    when_a_box_shows(lambda box: qtbot.keyClick(box, Key.Key_Escape))
    qtbot.keyClick(wizard.place.search, Key.Key_Escape)
    assert wizard.isVisible() and wizard.place.search.text() == "muong phang"


def leaving(wizard: SetupWizard, how: str) -> Callable[[], None]:
    """The officer's three ways out: Escape, the Cancel button, the window's close button
    (the window system's close event, as the title bar's × sends it)."""
    if how == "escape":
        return lambda: QTest.keyClick(QApplication.focusWidget() or wizard, Key.Key_Escape)
    if how == "cancel":
        return wizard.button(QWizard.WizardButton.CancelButton).click
    return lambda: QApplication.sendEvent(wizard.windowHandle(), QCloseEvent())



def test_leaving_after_a_refused_enrolment_file_opens_without_it(qtbot, store, monkeypatch,
                                                                 tmp_path) -> None:
    """The computer is set up and only the file was refused: leaving is not "nothing is
    saved" but "open the program without the file", and the program then opens."""
    bad = tmp_path / "not-an-enrolment.txt"
    bad.write_text("hello", encoding="utf-8")
    monkeypatch.setattr(wizard_module, "choose_enrolment_file", lambda _parent: bad)
    wizard = open_wizard(qtbot, store)
    wizard.next()
    wizard.place.search.setText("muong phang")
    qtbot.keyClick(wizard.place.search, Key.Key_Return)
    wizard.next()
    wizard.next()
    later(wizard)
    wizard.enrolment.choose.click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(wizard.runner.idle)
    assert wizard.isVisible() and not wizard.is_set_up  # the file was refused on the page
    seen: list[tuple[str, str, list[str]]] = []
    answer_question("Open without the file", seen)
    qtbot.keyClick(wizard, Key.Key_Escape)
    assert "only the enrolment file was not taken" in seen[0][1]
    assert wizard.is_set_up and not wizard.isVisible()
    with store.sessions() as s:
        assert current_device(s).communes == [MUONG_PHANG]
