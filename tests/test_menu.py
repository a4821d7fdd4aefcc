"""The menu bar a new officer looks for: the quick guide on F1, About, Quit on Ctrl+Q.

The guide ships with the app in both languages and must name the pages and buttons as the
window does, so an officer who reads “Đồng bộ ngay” finds a button of that name: every page
title and quoted label in the guide is checked against the window's own translations.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app import version
from app.models import Staff
from app.models.store import Store
from app.ui.runtime import i18n
from app.ui.shell.main_window import PAGE_TITLES, MainWindow
from app.ui.shell.menu import GuideDialog, guide_path
from tests.helpers import MUONG_PHANG, make_store
from tests.ui_helpers import open_window

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
# Quoted examples in the guides that are not labels of the window (what one types, finds).
EXAMPLES = {"nguyen van", "Nguyễn Văn"}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = make_store(tmp_path / "data", name="Máy văn phòng")
    with store.sessions.begin() as s:
        s.add(Staff(full_name="Lò Thị Hoa", commune_code=MUONG_PHANG))
    yield store
    store.close()


@pytest.fixture
def window(qtbot, qapp: QApplication, qm_dir: Path, store: Store) -> MainWindow:
    assert i18n.install(qapp, "vi", qm_dir)
    shown = open_window(qtbot, store)
    yield shown
    i18n.uninstall(qapp)


def activate(qtbot, window: MainWindow) -> None:
    """Shown and active, as the officer has it: shortcuts reach only an active window."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def open_guides() -> list[GuideDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, GuideDialog) and w.isVisible()]


def test_f1_opens_the_guide_in_the_windows_language(qtbot, qapp, qm_dir, window) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (guide,) = open_guides()
    assert guide.windowTitle() == "Hướng dẫn nhanh"
    assert "Gửi dữ liệu lên tỉnh" in guide.text.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # a second F1 brings the same guide forward
    assert open_guides() == [guide]
    guide.close()
    assert i18n.install(qapp, "en", qm_dir)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    (guide,) = open_guides()
    assert "Sending data to the province" in guide.text.toPlainText()
    qtbot.waitUntil(lambda: window.menus.help_menu.title() == "&Help")  # on the next turn
    guide.close()


def test_the_menus_read_as_a_vietnamese_office_expects(window) -> None:
    menus = window.menus
    assert [menus.file_menu.title(), menus.help_menu.title()] == ["&Tệp", "Trợ &giúp"]
    assert [a.text() for a in menus.help_menu.actions()] == ["&Hướng dẫn nhanh",
                                                              "Lưu thông tin &chẩn đoán…",
                                                              "&Giới thiệu"]
    assert menus.quit_action.shortcut().toString() == "Ctrl+Q"
    assert menus.guide_action.shortcut().toString() == "F1"


def test_about_names_the_version_and_the_data_folder(window, store, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(
        (title, text)))
    window.menus.about_action.trigger()
    ((title, text),) = shown
    assert title == "Giới thiệu"
    assert f"phiên bản {version()}" in text and str(store.path.parent) in text


def test_ctrl_q_closes_the_window_and_asks_first_while_a_form_is_open(
        qtbot, window, monkeypatch) -> None:
    activate(qtbot, window)
    asked: list[str] = []
    page = window.staff_page
    monkeypatch.setattr(page, "can_close", lambda: asked.append("staff") or False)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["staff"] and window.isVisible()  # the page said no: the window stays
    monkeypatch.setattr(page, "can_close", lambda: True)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def translations(language: str) -> set[str]:
    root = ET.parse(TS_DIR / f"commune_it_{language}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        text = message.findtext("translation") or ""
        found.add(text.replace("&", "").rstrip("…").strip())
    return found


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_guide_names_pages_and_buttons_as_the_window_does(qapp, qm_dir, language) -> None:
    html = guide_path(language).read_text(encoding="utf-8")
    assert guide_path(language).name == f"{language}.html"
    labels = translations(language)
    assert i18n.install(qapp, language, qm_dir)
    try:
        titles = {QApplication.translate("MainWindow", source) for source in PAGE_TITLES.values()}
    finally:
        i18n.uninstall(qapp)
    pages = set(re.findall(r"<li><b>([^<]+)</b> \(Ctrl\+\d\)", html))
    assert pages == titles
    quoted = {part.rstrip("…") for q in re.findall(r"“([^”]+)”", " ".join(html.split()))
              for part in q.split(" → ")} - EXAMPLES  # a menu path names each menu
    assert quoted and quoted <= labels, sorted(quoted - labels)
