"""Where the keys go is visible (issue 11, item 3): a 2 px ring of the palette's highlight
colour around the focused text field, combo, button, list or table, in every window.

The check is on pixels, as an officer sees it: the window is grabbed and the pixels just
outside each side of the focused widget must be the highlight colour (the styles' own focus
marks lie inside the widget, one pixel, and are not enough). The window started the real
way (``app.ui.main.run``) has the ring; forms and lists are tabbed through with real keys,
and screenshots of a form and of a list with the focus are saved for a look.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.models.store import Store
from app.ops.equipment import EquipmentFormData
from app.ui import main as ui_main
from app.ui.main import run
from app.ui.pages.equipment.form import EquipmentForm
from app.ui.pages.staff.form import StaffForm
from app.ui.runtime import focus_style, i18n
from app.ui.runtime.focus_style import RING_WIDTH, FocusFollower
from app.ui.shell.main_window import MainWindow
from tests.ui_helpers import SCREENSHOTS, office_store, open_window

STAFF = [{"full_name": "Lò Văn Minh", "position": "Công chức Văn phòng - Thống kê"},
         {"full_name": "Quàng Thị Lan", "position": "Chủ tịch UBND xã"}]


@pytest.fixture
def ring(qapp: QApplication) -> Iterator[FocusFollower]:
    yield focus_style.install(qapp)
    focus_style.uninstall(qapp)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = office_store(tmp_path / "data", STAFF, [
        {"category": "laptop", "brand": "Dell", "asset_tag": "MP-LT-01", "holder": 0}])
    yield store
    store.close()


def highlight(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def ring_sides(image: QImage, window: QWidget, widget: QWidget) -> dict[str, QColor]:
    """The colour one pixel outside the middle of each side of ``widget``, in ``image``
    (a grab of ``window``)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    x, y, w, h = top_left.x(), top_left.y(), widget.width(), widget.height()
    points = {"left": (x - 1, y + h // 2), "right": (x + w, y + h // 2),
              "top": (x + w // 2, y - 1), "bottom": (x + w // 2, y + h)}
    return {side: image.pixelColor(px, py) for side, (px, py) in points.items()}


def assert_ringed(window: QWidget, widget: QWidget) -> None:
    QApplication.processEvents()
    image = window.grab().toImage()
    colour = highlight(widget).name()
    sides = {side: c.name() for side, c in ring_sides(image, window, widget).items()}
    assert sides == dict.fromkeys(sides, colour), (widget.objectName(), type(widget), sides)


def shoot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_tab_through_a_form_and_every_field_is_ringed(qtbot, ring) -> None:
    """The official's form: text fields, combos, the ethnic group's search combo, dates,
    the check box, then Save and Cancel — each ringed in turn as Tab reaches it."""
    form = StaffForm(None, [])
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    form.activateWindow()
    seen: list[str] = []
    for _ in range(len(form.fields) + 2):
        focused = QApplication.focusWidget()
        target = focus_style.framed_widget(focused)
        assert target is not None, focused
        assert ring.framed() is target
        assert_ringed(form, target)
        seen.append(target.objectName() or target.text())
        if target is form.fields["full_name"]:
            shoot(form, "focus_form_name")
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert {"full_name", "gender", "ethnicity_code", "birth_date", "uses_official_email",
            "it_certificate"} <= set(seen)
    assert "Save" in seen


def test_the_ring_stands_outside_the_widget_and_is_2_px(qtbot, ring) -> None:
    form = StaffForm(None, [])
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    form.activateWindow()
    name = form.fields["full_name"]
    name.setFocus()
    QApplication.processEvents()
    frame = ring.ring
    assert frame.mapTo(form, QPoint(0, 0)) == name.mapTo(form, QPoint(-RING_WIDTH, -RING_WIDTH))
    assert frame.size() == name.size().grownBy(QMargins(*[RING_WIDTH] * 4))
    image = form.grab().toImage()
    left = name.mapTo(form, QPoint(0, name.height() // 2))
    colour = highlight(name).name()
    assert [image.pixelColor(left.x() - d, left.y()).name() for d in (1, 2)] == [colour] * 2
    assert image.pixelColor(left.x() - 3, left.y()).name() != colour  # 2 px, no more


def test_the_equipment_form_and_its_buttons(qtbot, ring) -> None:
    data = EquipmentFormData(None, [], [])
    form = EquipmentForm(data, None)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    form.activateWindow()
    for key in ("category", "holder_id", "lan"):
        form.fields[key].setFocus()
        assert_ringed(form, form.fields[key])
    form.save_button.setFocus()
    assert_ringed(form, form.save_button)
    shoot(form, "focus_equipment_save")


def test_a_list_and_its_search_in_the_window(qtbot, ring, store) -> None:
    window = open_window(qtbot, store)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    window.show_page("staff")
    page = window.staff_page
    page.search.setFocus()
    assert_ringed(window, page.search)
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # from the search into the list
    assert QApplication.focusWidget() is page.table
    assert_ringed(window, page.table)
    shoot(window, "focus_staff_list")


def test_the_window_started_the_real_way_rings_the_focus(qtbot, monkeypatch, qm_dir,
                                                         store) -> None:
    """``run`` (what ``commune-it`` calls) installs the ring before any window shows."""
    monkeypatch.setattr(ui_main, "setup_logging", lambda folder: folder / "commune-it.log")
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_dir)
    app = QApplication.instance()
    focus_style.uninstall(app)  # as a fresh process starts: no ring yet
    seen: dict[str, object] = {}
    # the window ``run`` opens, not one an earlier test of the process left behind; the
    # focus is set once it is the active window (a window becomes active after it shows)
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and id(w) not in earlier]
        if not windows:
            QTimer.singleShot(50, look)
            return
        window = windows[0]
        window.activateWindow()
        if QApplication.activeWindow() is not window:  # not yet: ask again shortly
            QTimer.singleShot(50, look)
            return
        window.show_page("equipment")
        window.equipment_page.search.setFocus()
        QApplication.processEvents()
        follower = app.findChild(FocusFollower)
        seen["framed"] = follower.framed() if follower else None
        seen["search"] = window.equipment_page.search
        window.close()
        QApplication.quit()

    QTimer.singleShot(0, look)
    assert run(store.path.parent, ["commune-it"]) == 0
    assert seen["framed"] is seen["search"]
    i18n.uninstall(app)
    focus_style.uninstall(app)

