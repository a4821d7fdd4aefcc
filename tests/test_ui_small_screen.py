"""Every page on a small laptop screen (1024×600) and on the common one (1366×768), in
Vietnamese and in English: the real window on the demo commune, each page shown in turn.

What "works" means here, measured rather than looked at (the screenshots under
artifacts/screenshots/pages/ are for looking):

- the window can be as small as 1024×600 (its minimum size hint fits);
- every control of the page (text box, button, combo) is at least its size hint, can be
  scrolled into view, and then lies inside the window — none squeezed, cut or off-screen;
  a combo shows its choice whole; a list's search box is at least 200 pixels wide;
- no label is narrower than its text (one that wraps is as tall as its wrapped text needs,
  one that elides on purpose says so with the ``elides`` property), and no box is narrower
  than its title;
- the lists show at least five rows; and at 1366×768 the staff and equipment lists need
  no sideways scrolling, their names are whole, and the phone is not the widest column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QWidget,
)

from app.demo import fill_demo
from app.models.store import Store
from app.ui.itemmodels.rows import COL_GENDER, COL_NAME, COL_PHONE
from app.ui.runtime import i18n
from app.ui.shell.main_window import MainWindow, open_main_window
from app.ui.shell.status_line import TaskProgress
from tests.helpers import make_store
from tests.ui_helpers import SCREENSHOTS, settle

PAGES = ("overview", "staff", "equipment", "training", "sync", "settings")
SMALL, COMMON = (1024, 600), (1366, 768)
SLACK = 2  # pixels: rounding in Qt's layouts
MIN_SEARCH_WIDTH = 200
MIN_ROWS = 5
# Controls that belong to another widget (a table's corner, a tab bar's arrows, a text
# box's clear button, an editable combo's text): their owner is what is checked.
INNER = (QAbstractItemView, QTabBar, QLineEdit, QAbstractSpinBox, QScrollBar, QComboBox)


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory):
    store = make_store(tmp_path_factory.mktemp("small") / "demo",
                       name="Máy văn phòng xã Mường Phăng")
    fill_demo(store)
    yield store
    store.close()


@pytest.fixture(params=["vi", "en"])
def window(request, qtbot, qapp: QApplication, qm_dir: Path, demo_store: Store):
    """The window in one language, at 1024×600, its pages loaded."""
    assert i18n.install(qapp, request.param, qm_dir)
    window = open_main_window(demo_store)
    assert window is not None
    qtbot.addWidget(window, before_close_func=settle)
    window.language = request.param
    window.resize(*SMALL)
    window.show()
    qtbot.waitExposed(window)
    assert window.runner.wait()
    yield window
    window.close()
    i18n.uninstall(qapp)
    i18n._current[0] = i18n.DEFAULT_LANGUAGE


def show(qtbot, window: MainWindow, key: str, size: tuple[int, int]) -> QWidget:
    window.resize(*size)  # as near as the window's minimum size allows
    assert window.show_page(key)
    QApplication.processEvents()
    qtbot.wait(20)  # the layouts' posted requests, then a paint
    page = window.page(key)
    assert page is not None and page.isVisible()
    return page


def scroller(page: QWidget) -> QScrollArea | None:
    """The scroll area the page is shown in, if it is in one."""
    parent = page.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def sideways(window: MainWindow, page: QWidget) -> int:
    """How far the page reaches past the right of the window or of its scroll area."""
    area = scroller(page)
    if area is not None:
        return area.horizontalScrollBar().maximum()
    return max(page.mapTo(window, page.rect().topRight()).x() + 1 - window.width(), 0)


def downwards(page: QWidget) -> int:
    area = scroller(page)
    return area.verticalScrollBar().maximum() if area is not None else 0


def shoot(window: MainWindow, page: QWidget, key: str) -> None:
    folder = SCREENSHOTS / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{window.language}_{window.width()}_{key}.png"
    if (area := scroller(page)) is not None:
        area.verticalScrollBar().setValue(0)
    assert window.grab().save(str(target))
    assert target.stat().st_size > 10_000


def is_inner(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, INNER):
            return True
        parent = parent.parentWidget()
    return False


def controls(page: QWidget) -> list[QWidget]:
    """The page's own visible text boxes, buttons and combos."""
    found = [widget for kind in (QLineEdit, QAbstractButton, QComboBox)
             for widget in page.findChildren(kind)]
    return [widget for widget in found if widget.isVisible() and not is_inner(widget, page)]


def squeezed(widget: QWidget) -> str | None:
    """Smaller than its size hint, or (a combo) too narrow for the choice it shows."""
    hint, size = widget.sizeHint(), widget.size()
    if size.width() + SLACK < hint.width() or size.height() + SLACK < hint.height():
        return f"{size.toTuple()} < hint {hint.toTuple()}"
    if isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, widget)
        needed = widget.fontMetrics().horizontalAdvance(widget.currentText())
        if field.width() + SLACK < needed:
            return f"shows {widget.currentText()!r} cut ({field.width()} < {needed})"
    return None


def outside(window: MainWindow, page: QWidget, widget: QWidget) -> str | None:
    """Where ``widget`` is once scrolled into view, if not wholly inside the window and
    the page's visible area."""
    seen = window.rect()
    if (area := scroller(page)) is not None:
        area.ensureWidgetVisible(widget, 0, 0)
        QApplication.processEvents()
        viewport = area.viewport()
        seen = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    if not window.rect().contains(rect) or not seen.contains(rect):
        return f"{rect.getRect()} outside {seen.getRect()}"
    return None


def label_faults(window: MainWindow) -> list[str]:
    """Labels cut short: narrower than their text (unless they wrap, or elide on purpose
    and say so), or wrapping into fewer lines' height than their text needs."""
    faults = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.property("elides"):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() + SLACK < needed:
                faults.append(f"{label.text()[:40]!r}: height {label.height()} < {needed}")
        elif label.width() + SLACK < label.sizeHint().width():
            faults.append(f"{label.text()[:40]!r}: width {label.width()} < "
                          f"{label.sizeHint().width()}")
    for box in window.findChildren(QGroupBox):
        if box.isVisible() and box.width() + SLACK < box.minimumSizeHint().width():
            faults.append(f"box {box.title()!r}: width {box.width()} < its title's")
    return faults


def rows_shown(table: QTableView) -> float:
    return table.viewport().height() / table.verticalHeader().defaultSectionSize()


# --- 1024×600 ---------------------------------------------------------------------------------
def test_the_window_fits_a_1024_by_600_screen(qtbot, window) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    show(qtbot, window, "staff", SMALL)
    assert window.size().toTuple() == SMALL


def test_a_long_task_in_the_status_line_keeps_the_window_on_the_screen(qtbot, window) -> None:
    """The status line's counts and a task's long file name give way ("…", whole in the
    tooltip) instead of making the window wider than a 1024-pixel screen."""
    show(qtbot, window, "staff", SMALL)
    task = TaskProgress("Importing danh-sach-can-bo-xa-muong-phang-thang-02-2026.xlsx…",
                        cancel=lambda: None)
    window.status_line.add_progress(task)
    task.show_progress(3, 10, "Uploading the changes, batch 3 of 10")
    QApplication.processEvents()
    try:
        assert window.minimumSizeHint().width() <= SMALL[0]
        assert window.size().toTuple() == SMALL
        assert not squeezed(task.cancel_button) and not outside(window, window, task.cancel_button)
        assert task.title.toolTip() == task.title.text()  # the whole name, on hovering
    finally:
        window.status_line.remove_progress(task)
        task.deleteLater()


@pytest.mark.parametrize("key", PAGES)
def test_every_page_works_at_1024_by_600(qtbot, window, key) -> None:
    page = show(qtbot, window, key, SMALL)
    shoot(window, page, key)
    found = controls(page)
    assert found or key == "overview", "a page without a control checks nothing"
    faults = [f"{type(w).__name__} {w.objectName() or getattr(w, 'text', str)()!r}: {fault}"
              for w in found for fault in (squeezed(w), outside(window, page, w)) if fault]
    faults += label_faults(window)
    assert faults == [], "\n".join(faults)
    assert sideways(window, page) == 0
    for search in page.findChildren(QLineEdit, "search"):
        assert search.width() >= MIN_SEARCH_WIDTH


@pytest.mark.parametrize("key", ["staff", "equipment", "training"])
def test_the_lists_show_enough_rows_at_1024_by_600(qtbot, window, key) -> None:
    page = show(qtbot, window, key, SMALL)
    table = page.course_table if key == "training" else page.table
    assert rows_shown(table) >= MIN_ROWS
    assert downwards(page) == 0  # the list scrolls, not the page


def test_item_codes_never_break_on_the_overview(qtbot, window) -> None:
    """An asset tag is one token: at the width its row is drawn, "MP-PC-2017-05" is on
    one line, never "(MP-" then "PC-2017-05)"; and no list is narrower than a code."""
    show(qtbot, window, "overview", SMALL)
    checked = 0
    for box in window.overview.attention_lists.values():
        delegate = box.list.itemDelegate()
        for n in range(box.list.count()):
            text = box.list.item(n).text()
            width = delegate.text_rect(box.list.visualItemRect(box.list.item(n))).width()
            lines = laid_out(delegate.shown_text(text), box.list.font(), width)
            for code in (word.strip("()") for word in text.split() if "-" in word):
                assert any(code in line for line in lines), (code, lines)
                assert box.list.fontMetrics().horizontalAdvance(code) <= width
                checked += 1
    assert checked >= 4  # the demo's broken items and ending warranties have tags


def laid_out(text: str, font, width: int) -> list[str]:
    """The lines ``text`` wraps into at ``width``, as Qt wraps a row's text."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()]
                     .replace("\u2060", ""))
    layout.endLayout()
    return lines


# --- 1366×768 ---------------------------------------------------------------------------------
@pytest.mark.parametrize("key", PAGES)
def test_every_page_at_1366_by_768(qtbot, window, key) -> None:
    page = show(qtbot, window, key, COMMON)
    shoot(window, page, key)
    faults = [f"{type(w).__name__} {w.objectName()!r}: {fault}" for w in controls(page)
              for fault in (squeezed(w), outside(window, page, w)) if fault]
    assert faults + label_faults(window) == []
    assert sideways(window, page) == 0
    assert downwards(page) == 0


@pytest.mark.parametrize("key", ["staff", "equipment"])
def test_the_lists_fit_1366_without_sideways_scrolling(qtbot, window, key) -> None:
    page = show(qtbot, window, key, COMMON)
    table = page.table
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    widths = [header.sectionSize(n) for n in range(header.count())]
    assert sum(widths) <= table.viewport().width()
    if key == "staff":
        assert widths[COL_PHONE] < max(widths)
        assert widths[COL_NAME] >= table.sizeHintForColumn(COL_NAME)  # names whole
        title = header.sectionSizeHint(COL_GENDER)
        assert widths[COL_GENDER] <= max(title, table.sizeHintForColumn(COL_GENDER)) + SLACK
