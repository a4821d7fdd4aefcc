"""A new official from the equipment form's holder field, and the keys an officer needs to
record a new official and the laptop he holds (issue 11, item 10).

The window is driven as a person drives it: every key goes to the widget that has the
focus, one key per letter (a Vietnamese letter is one key here; with Telex or VNI its
marks cost a key or two more), and the keys are counted. The store is a real SQLite file;
the tests read back what was written: the item and its holder_id, the official.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.models.store import Store
from app.ops import equipment as equipment_ops
from app.ops import staff as staff_ops
from app.ui.pages.equipment.form import EquipmentForm
from app.ui.pages.staff.form import StaffForm
from app.ui.runtime import i18n
from app.ui.shell.main_window import MainWindow
from tests.helpers import MUONG_PHANG, make_store
from tests.ui_helpers import SCREENSHOTS, Answers, answer_confirmations, open_window

Key, Mod = Qt.Key, Qt.KeyboardModifier
NAME = "Giàng A Súa"
TABS_FROM_CATEGORY_TO_HOLDER = 11  # brand, model, serial, tag, 3 dates, funding, value, status


@pytest.fixture
def vi(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    assert i18n.install(qapp, "vi", qm_dir)
    yield qapp
    i18n.uninstall(qapp)


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Questions are recorded and answered yes (none is expected; a form a failed test left
    open must not wait for a click when the window closes)."""
    return answer_confirmations(monkeypatch)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A commune office's laptop just set up: nobody and nothing recorded yet."""
    store = make_store(tmp_path / "data", name="Máy văn phòng xã Mường Phăng")
    yield store
    store.close()


class Keyboard:
    """Keys to whatever has the focus (a popup list while it is open), counted; after each,
    the runner's work it started is let finish."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot, self.window, self.count = qtbot, window, 0

    def target(self) -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is None and QApplication.focusWidget() is None:
            # A dialog closed: a window manager gives the keys back to the window under
            # it; the offscreen platform has none, so the test does what it would.
            under = modal() or self.window
            under.activateWindow()
            QApplication.processEvents()
        widget = popup or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def settle(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            QApplication.processEvents()
            if self.window.runner.idle():
                break
            time.sleep(0.01)
        QApplication.processEvents()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.target(), key, modifier)
            self.count += 1
            self.settle()

    def type(self, text: str) -> None:
        """One key per letter; Vietnamese letters arrive as text, as an input method sends
        them (QTest only types ASCII)."""
        for char in text:
            code = ord(char.upper()) if char.isascii() else Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(self.target(), QKeyEvent(kind, code, Mod.NoModifier,
                                                                char))
            self.count += 1
            self.settle()


def shown_window(qtbot, store: Store) -> MainWindow:
    window = open_window(qtbot, store)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    return window


def modal() -> QWidget | None:
    return QApplication.activeModalWidget()


def test_a_name_nobody_has_is_added_as_an_official_from_the_holder_field(qtbot, store,
                                                                          vi) -> None:
    """Ctrl+3, Ctrl+N, Down (laptop), 11 Tabs to the holder, the name (11 letters), Down and
    Enter on "Thêm cán bộ “Giàng A Súa”…", Enter (saves the official, named already),
    Enter (saves the item): 29 keys, and the item is saved with him as its holder."""
    window = shown_window(qtbot, store)
    keys = Keyboard(qtbot, window)
    keys.press(Key.Key_3, Mod.ControlModifier)
    keys.press(Key.Key_N, Mod.ControlModifier)
    form = modal()
    assert isinstance(form, EquipmentForm)
    keys.press(Key.Key_Down)
    assert form.fields["category"].currentData() == "laptop"
    keys.press(Key.Key_Tab, times=TABS_FROM_CATEGORY_TO_HOLDER)
    holder = form.fields["holder_id"]
    assert QApplication.focusWidget() is holder
    keys.type(NAME)
    popup = holder.completer().popup()
    assert popup.isVisible()
    offers = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offers == [f"Thêm cán bộ “{NAME}”…"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    popup.grab().save(str(SCREENSHOTS / "holder_offer_popup_vi.png"))
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Return)
    official_form = modal()
    assert isinstance(official_form, StaffForm)
    assert official_form.fields["full_name"].text() == NAME
    assert official_form.windowTitle() == "Thêm cán bộ, công chức"
    keys.press(Key.Key_Return)  # Save the official
    assert modal() is form and holder.value() is not None
    assert holder.currentText() == NAME
    form.grab().save(str(SCREENSHOTS / "holder_added_vi.png"))
    keys.press(Key.Key_Return)  # Save the item
    assert modal() is None
    assert keys.count == 29
    [person] = staff_ops.list_staff(store, [MUONG_PHANG]).rows
    [item] = equipment_ops.list_equipment(store, [MUONG_PHANG]).rows
    assert (person.full_name, item.category, item.holder_id) == (NAME, "laptop", person.id)
    assert [row.full_name for row in window.staff_page.model.rows()] == [NAME]  # reloaded


def test_an_official_then_the_laptop_he_holds_counting_the_keys(qtbot, store) -> None:
    """The order an officer new to the window takes: the official on the Staff page first,
    then his laptop, the holder found by typing part of his name without diacritics.
    Ctrl+2, Ctrl+N, the name (11), Enter (save); Ctrl+3, Ctrl+N, Down (laptop), 11 Tabs,
    "giang" (5), Enter (takes the one official the list shows), Enter (save): 35 keys."""
    window = shown_window(qtbot, store)
    keys = Keyboard(qtbot, window)
    keys.press(Key.Key_2, Mod.ControlModifier)
    keys.press(Key.Key_N, Mod.ControlModifier)
    assert isinstance(modal(), StaffForm)
    keys.type(NAME)
    keys.press(Key.Key_Return)
    assert modal() is None
    keys.press(Key.Key_3, Mod.ControlModifier)
    keys.press(Key.Key_N, Mod.ControlModifier)
    form = modal()
    assert isinstance(form, EquipmentForm)
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Tab, times=TABS_FROM_CATEGORY_TO_HOLDER)
    keys.type("giang")
    keys.press(Key.Key_Return)  # closes the list of names, taking the one it shows
    assert modal() is form and form.fields["holder_id"].currentText() == NAME
    keys.press(Key.Key_Return)  # Save
    assert modal() is None
    assert keys.count == 35
    [person] = staff_ops.list_staff(store, [MUONG_PHANG]).rows
    [item] = equipment_ops.list_equipment(store, [MUONG_PHANG]).rows
    assert (item.category, item.holder_id, item.holder_name) == ("laptop", person.id, NAME)


def test_the_offer_shows_only_when_the_name_matches_nobody(qtbot, store) -> None:
    staff_ops.save_staff(store, {"full_name": "Lò Văn Minh"})
    window = shown_window(qtbot, store)
    keys = Keyboard(qtbot, window)
    keys.press(Key.Key_3, Mod.ControlModifier)
    keys.press(Key.Key_N, Mod.ControlModifier)
    form = modal()
    holder = form.fields["holder_id"]
    holder.setFocus()
    keys.type("lo van")
    popup = holder.completer().popup()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["Lò Văn Minh"]
    for _ in range(6):
        keys.press(Key.Key_Backspace)
    keys.type("lo van hung")
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["Add official “lo van hung”…"]
    form.mark_saved()


def test_leaving_the_new_officials_form_keeps_the_item_form_as_it_was(qtbot, store) -> None:
    window = shown_window(qtbot, store)
    keys = Keyboard(qtbot, window)
    keys.press(Key.Key_3, Mod.ControlModifier)
    keys.press(Key.Key_N, Mod.ControlModifier)
    form = modal()
    holder = form.fields["holder_id"]
    holder.setFocus()
    keys.type(NAME)
    keys.press(Key.Key_Down)
    keys.press(Key.Key_Return)
    assert isinstance(modal(), StaffForm)
    keys.press(Key.Key_Escape)  # nothing edited in it: closes without asking
    assert modal() is form
    assert holder.currentText() == NAME and holder.value() is None
    assert staff_ops.list_staff(store, [MUONG_PHANG]).rows == []
    assert not form.errors["holder_id"].isVisible()
    form.mark_saved()
