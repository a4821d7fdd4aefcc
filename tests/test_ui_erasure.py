"""The staff page's "Xóa thông tin cá nhân…" (issue 15, item 5): the administrator is
asked first, by the person's name, with what goes, what stays and that it cannot be undone,
"Keep" being the default; after the yes the name is gone from the store file's raw bytes
and the list shows the anonymous mark. A viewer or an officer cannot reach the action,
from the toolbar or the list's context menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMessageBox

from app.demo import fill_demo
from app.ops.accounts import add_account, first_administrator, sign_in
from app.ui.itemmodels.rows import COL_NAME
from app.ui.pages.staff.view import StaffPage
from app.ui.shell.main_window import MainWindow
from tests.helpers import DB_NAME, make_store
from tests.ui_helpers import SCREENSHOTS, open_window, record_messages

MARK = "(đã xóa thông tin cá nhân)"


class Boxes:
    """Message boxes answered by the test: the confirmation's text, its default button,
    and the button clicked (by its text); other boxes are noted and closed."""

    def __init__(self, answer: str, shoot: MainWindow | None = None) -> None:
        self.answer, self.shoot = answer, shoot
        self.asked: list[tuple[str, str, str]] = []  # (title, text, default button)
        self.said: list[str] = []

    def __call__(self, box: QMessageBox) -> int:
        buttons = {button.text(): button for button in box.buttons()}
        if self.answer not in buttons:
            self.said.append(box.text())
            return 0
        default = box.defaultButton()
        self.asked.append((box.windowTitle(), box.text(), default.text() if default else ""))
        if self.shoot is not None:
            shoot_over(self.shoot, box)
        buttons[self.answer].click()
        return 0


def answer_with(monkeypatch: pytest.MonkeyPatch, boxes: Boxes) -> None:
    """Every message box from now on is answered by ``boxes`` instead of waiting."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes(box))


def shoot_over(window: MainWindow, box: QMessageBox) -> None:
    """The window as it is, the box centred over it, framed: what the administrator sees."""
    box.show()
    box.adjustSize()
    width, height = window.width(), window.height()
    assert box.width() <= width and box.height() <= height  # fits a small screen
    picture = window.grab()
    painter = QPainter(picture)
    left, top = (width - box.width()) // 2, (height - box.height()) // 2
    painter.drawPixmap(left, top, box.grab())
    painter.drawRect(left - 1, top - 1, box.width() + 1, box.height() + 1)
    painter.end()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert picture.save(str(SCREENSHOTS / f"erase_staff-{width}x{height}.png"))


def names_in_list(page: StaffPage) -> list[str]:
    model = page.model
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


def choose(page: StaffPage, name: str) -> None:
    row = names_in_list(page).index(name)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())
    assert page.selected_row().full_name == name


def raw_bytes(data_dir: Path) -> bytes:
    return b"".join(path.read_bytes() for path in data_dir.glob(f"{DB_NAME}*"))


def test_the_administrator_erases_after_a_question_naming_the_person(
        qtbot, vietnamese, monkeypatch, tmp_path) -> None:
    store = make_store(tmp_path)
    fill_demo(store)
    window = open_window(qtbot, store)
    page = window.staff_page
    name = names_in_list(page)[3]
    assert name.encode() in raw_bytes(tmp_path)
    choose(page, name)
    assert page.erase_action.isVisible() and page.erase_action.isEnabled()
    assert page.erase_action in page.table.actions()  # the list's context menu

    boxes = Boxes("Giữ lại")  # first the safe answer: nothing changes
    answer_with(monkeypatch, boxes)
    page.erase_action.trigger()
    assert window.runner.wait()
    [(title, text, default)] = boxes.asked
    assert title == "Xóa thông tin cá nhân" and default == "Giữ lại"
    assert text.startswith(f"Xóa thông tin cá nhân của “{name}”?")
    assert "Họ tên, ngày sinh" in text and "Hồ sơ vẫn được giữ, ẩn danh" in text
    assert text.endswith("Không thể hoàn tác việc này.")
    assert name in names_in_list(page) and name.encode() in raw_bytes(tmp_path)

    boxes.answer = "Xóa"
    page.erase_action.trigger()
    assert window.runner.wait()
    assert len(boxes.asked) == 2
    assert boxes.said == [f"Đã xóa thông tin cá nhân của “{name}”. Hồ sơ vẫn còn trong "
                          "danh sách, ẩn danh."]
    assert name not in names_in_list(page)
    assert page.selected_row() is not None  # the erased record stays selected, marked
    assert page.table.currentIndex().siblingAtColumn(COL_NAME).data() == MARK
    assert names_in_list(page).count(MARK) == 1
    assert not page.erase_action.isEnabled()  # erased once: nothing left to erase
    found = raw_bytes(tmp_path)
    assert name.encode() not in found and name.encode("utf-16-le") not in found


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The demo commune, encrypted by its administrator "lan", with a viewer and an officer."""
    with make_store(tmp_path) as store:
        fill_demo(store)
    first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", "mat-khau-cua-lan")
    store, lan = sign_in(tmp_path / DB_NAME, tmp_path / "backups", "lan", "mat-khau-cua-lan")
    with store:
        add_account(store, lan, "hoa", "viewer", "mat-khau-cua-hoa")
        add_account(store, lan, "nam", "officer", "mat-khau-cua-nam")
    return tmp_path


def window_of(qtbot, data_dir: Path, name: str) -> MainWindow:
    store, _who = sign_in(data_dir / DB_NAME, data_dir / "backups", name, f"mat-khau-cua-{name}")
    window = open_window(qtbot, store)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("account", ["hoa", "nam"])
def test_a_viewer_or_an_officer_cannot_reach_the_erasure(qtbot, vietnamese, monkeypatch,
                                                         data_dir, account) -> None:
    shown = record_messages(monkeypatch)
    window = window_of(qtbot, data_dir, account)
    page = window.staff_page
    name = names_in_list(page)[0]
    choose(page, name)
    assert page.erase_action.isVisible() and not page.erase_action.isEnabled()
    assert f"“{account}”" in page.erase_roles.tooltip()  # the reason, over the button
    page.erase_action.trigger()  # a disabled action does nothing
    page.erasure.erase(page.selected_row())  # nor does the flow, asked directly
    assert window.runner.wait()
    assert shown == [] and name in names_in_list(page)


def test_the_administrator_of_an_encrypted_store_erases_and_the_shots(
        qtbot, vietnamese, monkeypatch, data_dir) -> None:
    window = window_of(qtbot, data_dir, "lan")
    page = window.staff_page
    window.show_page("staff")
    for size, answer in (((1366, 768), "Giữ lại"), ((1024, 600), "Xóa")):
        window.resize(*size)
        window.show()
        qtbot.wait(50)
        name = names_in_list(page)[1]
        choose(page, name)
        assert page.erase_action.isEnabled()
        boxes = Boxes(answer, shoot=window)
        answer_with(monkeypatch, boxes)
        page.erase_action.trigger()
        assert window.runner.wait()
        assert boxes.asked[0][1].startswith(f"Xóa thông tin cá nhân của “{name}”?")
    assert name not in names_in_list(page) and MARK in names_in_list(page)
