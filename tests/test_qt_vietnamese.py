"""Qt's own words in the Vietnamese window: a text field's context menu, standard buttons,
message boxes, the wizard's buttons and Qt's own file dialog.

Qt ships no Vietnamese translation of its own strings, so the app ships one
(resources/translations/qt_vi.ts, compiled with the app's) and installs it with the app's
translator. The sources of that file must be exactly what Qt asks for: a spy translator
installed on top records every (context, source) Qt's widgets ask while they are built, and
each one in the contexts the window shows must be translated.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeView,
    QWizard,
    QWizardPage,
)

from app.ui.runtime import i18n
from tests.helpers import make_store
from tests.ui_helpers import ROOT, SCREENSHOTS, TS_DIR, open_window

Button = QDialogButtonBox.StandardButton
EDIT_MENU_VI = ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả"]
EDIT_MENU_EN = ["Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All"]


@pytest.fixture
def vi(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    assert i18n.install(qapp, "vi", qm_dir)
    yield qapp
    i18n.uninstall(qapp)


@pytest.fixture
def en(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    assert i18n.install(qapp, "en", qm_dir)
    yield qapp
    i18n.uninstall(qapp)


def plain(text: str) -> str:
    """A button's or an action's words: no mnemonic, no shortcut after the tab."""
    return text.split("\t")[0].replace("&", "")


def menu_words(widget: QLineEdit | QPlainTextEdit) -> list[str]:
    menu = widget.createStandardContextMenu()
    return [plain(action.text()) for action in menu.actions() if not action.isSeparator()]


# --- what an officer sees -------------------------------------------------------------------
def test_the_search_box_menu_speaks_vietnamese(qtbot, vi, tmp_path) -> None:
    store = make_store(tmp_path / "data")
    try:
        window = open_window(qtbot, store)
        search = window.staff_page.search
        search.setText("Lò Văn")
        assert menu_words(search) == EDIT_MENU_VI
        notes = QPlainTextEdit("ghi chú")  # a multi-line field: Qt's other text control
        qtbot.addWidget(notes)
        assert menu_words(notes) == EDIT_MENU_VI
        window.resize(900, 400)
        window.show()
        qtbot.waitExposed(window)
        search.clear()
        qtbot.keyClicks(search, "Lo Van")  # something to undo, to cut and to copy
        search.selectAll()
        QApplication.clipboard().setText("Hoa")  # and to paste
        menu = search.createStandardContextMenu()
        menu.popup(search.mapToGlobal(QPoint(20, search.height())))
        qtbot.waitExposed(menu)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert menu.grab().save(str(SCREENSHOTS / "qt_vi_context_menu.png"))
        menu.close()
    finally:
        store.close()


def test_standard_buttons_and_message_boxes_speak_vietnamese(qtbot, vi) -> None:
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save | Button.Discard
                           | Button.Yes | Button.No | Button.Close | Button.Apply | Button.Help)
    qtbot.addWidget(box)
    words = {button: plain(box.button(button).text()) for button in (
        Button.Ok, Button.Cancel, Button.Save, Button.Discard, Button.Yes, Button.No,
        Button.Close, Button.Apply, Button.Help)}
    assert words == {Button.Ok: "Đồng ý", Button.Cancel: "Hủy", Button.Save: "Lưu",
                     Button.Discard: "Bỏ thay đổi", Button.Yes: "Có", Button.No: "Không",
                     Button.Close: "Đóng", Button.Apply: "Áp dụng", Button.Help: "Trợ giúp"}
    message = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Tiếp tục?")
    qtbot.addWidget(message)
    message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                               | QMessageBox.StandardButton.Ok)
    message.setDetailedText("chi tiết")
    assert sorted(plain(b.text()) for b in message.buttons()) == sorted(
        ["Có", "Không", "Đồng ý", "Xem chi tiết…"])


def test_qt_wizard_buttons_speak_vietnamese(qtbot, vi) -> None:
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    for _ in range(2):
        wizard.addPage(QWizardPage())
    which = QWizard.WizardButton
    assert [plain(wizard.buttonText(b)) for b in (
        which.BackButton, which.NextButton, which.FinishButton, which.CancelButton)] == [
        "< Quay lại", "Tiếp theo >", "Hoàn tất", "Hủy"]


def test_qt_file_dialog_speaks_vietnamese(qtbot, vi, tmp_path) -> None:
    """Qt's own dialog (Linux without a desktop portal; a native one elsewhere)."""
    (tmp_path / "can-bo.xlsx").write_bytes(b"")
    for mode, action in ((QFileDialog.AcceptMode.AcceptOpen, "Mở"),
                         (QFileDialog.AcceptMode.AcceptSave, "Lưu")):
        dialog = QFileDialog(None, "Chọn tệp", str(tmp_path), "Excel (*.xlsx)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = {plain(label.text()) for label in dialog.findChildren(QLabel)}
        assert {"Tìm trong:", "Tên tệp:", "Loại tệp:"} <= labels
        buttons = {plain(button.text()) for button in dialog.findChildren(QPushButton)}
        assert {action, "Hủy"} <= buttons
        header = dialog.findChild(QTreeView, "treeView").header()
        model = header.model()
        assert [model.headerData(n, header.orientation()) for n in range(4)] == [
            "Tên", "Kích thước", "Loại", "Ngày sửa"]
        dialog.close()


def test_english_keeps_qt_own_words(qtbot, en) -> None:
    field = QLineEdit("text")
    qtbot.addWidget(field)
    assert menu_words(field) == EDIT_MENU_EN
    box = QDialogButtonBox(Button.Cancel)
    qtbot.addWidget(box)
    assert plain(box.button(Button.Cancel).text()) == "Cancel"


def test_a_missing_qt_translation_is_not_fatal(qtbot, qapp, qm_dir, tmp_path, caplog) -> None:
    """The app's own .qm is what matters: without Qt's the window still opens Vietnamese."""
    for name in ("commune_it_vi.qm", "commune_it_en.qm"):
        (tmp_path / name).write_bytes((qm_dir / name).read_bytes())
    try:
        assert i18n.install(qapp, "vi", tmp_path)
        assert "qt_vi.qm" in caplog.text
        field = QLineEdit("x")
        qtbot.addWidget(field)
        assert menu_words(field) == EDIT_MENU_EN
    finally:
        i18n.uninstall(qapp)


# --- the translation file itself --------------------------------------------------------------
class Spy(QTranslator):
    """Installed last, so Qt asks it first: records every question, answers none."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        self.asked.add((context, source, disambiguation or ""))
        return ""

    def isEmpty(self) -> bool:
        return False


def shipped() -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(TS_DIR / "qt_vi.ts").getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name"), message.findtext("source"),
                   message.findtext("comment") or "")
            found[key] = message
    return found


def ask_qt_everything(qtbot, tmp_path: Path) -> None:
    """Build what the window shows of Qt: edit menus, buttons, a message box with details,
    a wizard, Qt's file dialog in both modes."""
    for field in (QLineEdit("a"), QPlainTextEdit("a")):
        qtbot.addWidget(field)
        field.createStandardContextMenu()
    qtbot.addWidget(QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save | Button.Discard
                                     | Button.Yes | Button.No | Button.Close | Button.Apply
                                     | Button.Help | Button.Reset))
    message = QMessageBox()
    qtbot.addWidget(message)
    message.setDetailedText("x")
    message.show()
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.show()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "t", str(tmp_path), "Excel (*.xlsx)")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.close()


def test_every_qt_string_the_window_shows_is_translated(qtbot, vi, tmp_path) -> None:
    spy = Spy()
    vi.installTranslator(spy)
    try:
        ask_qt_everything(qtbot, tmp_path)
    finally:
        vi.removeTranslator(spy)
    ours = shipped()
    contexts = {context for context, _source, _comment in ours}
    asked = {key for key in spy.asked if key[0] in contexts and not key[1].startswith("Alt+")}
    assert len(asked) > 60
    assert sorted(asked - ours.keys()) == []


def test_every_shipped_qt_string_is_finished_and_keeps_its_marks() -> None:
    messages = shipped()
    assert len(messages) > 100
    for (context, source, _comment), message in messages.items():
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation.get("type") is None and (translation.text or "").strip(), where
        assert re.findall(r"%\d", translation.text) == re.findall(r"%\d", source), where
        assert translation.text.count("&") == source.count("&"), where  # one mnemonic
        assert source.endswith(("…", "...", ">", ":", " ")) == translation.text.endswith(
            ("…", "...", ">", ":", " ")), where


def test_make_compiles_qt_strings_with_the_app_ones() -> None:
    """``make translations`` builds every .ts of resources/translations, so qt_vi.qm is
    built beside commune_it_vi.qm (the wheel's build: tests/test_install.py)."""
    planned = subprocess.run(["make", "-n", "-W", "resources/translations/qt_vi.ts",
                              "translations"], cwd=ROOT, capture_output=True, text=True,
                             timeout=60, check=True).stdout
    assert "resources/translations/qt_vi.ts -qm resources/translations/qt_vi.qm" in planned
