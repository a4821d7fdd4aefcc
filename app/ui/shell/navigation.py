"""The side navigation: a list of the window's subjects beside the page that is shown.

Why a list at the side rather than tabs: six subjects with Vietnamese names ("Cán bộ, công
chức", "Đồng bộ dữ liệu") fit one under the other at a readable size on a 1366-pixel
screen, and the list can be walked with the arrow keys. Pages keep a fixed order whoever
registers them first, so Ctrl+1…6 always mean the same places on every laptop.

The keyboard: a page's own shortcuts (Ctrl+N, Ctrl+F, Ctrl+I…) act while the focus is
inside that page, so that two pages may use the same keys. Ctrl+1…6 therefore put the
focus in the page they open (``enter_position``), on the page's start: its
``focus_start()`` hook, else the widget registered with it (a list's search box), else its
first widget that Tab stops at. A click in the list, or the arrow keys, leave the focus in
the list instead, because the officer may want to go on walking it with the arrows; while
the list has the focus, a key that is one of the shown page's shortcuts is handed to that
page (click "Cán bộ, công chức", press Ctrl+N: the new official's form opens), and Enter
or Tab goes into the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app.ui.widgets.keys import page_shortcut

__all__ = ["PAGE_ORDER", "Navigation", "PageStack", "first_focusable", "page_shortcut"]

PAGE_ORDER = ("overview", "staff", "equipment", "stocktake", "training", "sync", "reports",
              "settings")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_FONT_POINTS = 11
LIST_WIDTH = 210  # at most: the list is as wide as its longest title needs
LIST_MIN_WIDTH = 140
LIST_ROOM = 2 * 12 + 2 * 6 + 8  # the items' padding and margins, the border, a little air
LIST_STYLE = """
QListWidget#navigation { font-size: 11pt; border: none; background: palette(window);
                         border-right: 1px solid palette(mid); outline: none; }
QListWidget#navigation::item { padding: 9px 12px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
                                        color: palette(highlighted-text); }
"""


def _rank(key: str) -> int:
    """A page's place: the known subjects in their order, any other before Settings."""
    if key in PAGE_ORDER:
        return PAGE_ORDER.index(key) * 10
    return PAGE_ORDER.index("settings") * 10 - 1


def first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside ``page`` that Tab stops at, in the window's focus order."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if page.isAncestorOf(widget) and _takes_tab(widget, page):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _takes_tab(widget: QWidget, page: QWidget) -> bool:
    tab = Qt.FocusPolicy.TabFocus.value
    return (widget.focusPolicy().value & tab == tab and widget.isEnabled()
            and widget.isVisibleTo(page))


class PageStack(QStackedWidget):
    """The pages, asking for the room the shown page needs, not the largest page's.

    A QStackedWidget asks for the most any of its pages needs; inside the scroll area
    that would make every page as tall as the tallest (and the window as wide as the
    widest page used to make it). Here the shown page alone decides, and its height is the
    one it needs at the width it is given (word-wrapped texts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _row: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        if page is None or not page.hasHeightForWidth():
            return super().heightForWidth(width)
        return max(page.heightForWidth(width), self.minimumSizeHint().height())


class Navigation(QWidget):
    """The list and the stack of pages, kept in step; pages are found by their key.

    The pages sit in a scroll area: on a small screen (1024×600) a page that cannot be
    shown whole at its minimum size scrolls, instead of squeezing its buttons or forcing
    the window wider than the screen. The list is as narrow as its titles allow."""

    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self, objectName="navigation")
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.stack = PageStack(self)
        self.scroller = QScrollArea(self, widgetResizable=True, objectName="pageScroller")
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on into the page
        self.scroller.setWidget(self.stack)
        self._starts: dict[str, QWidget] = {}
        self.list.currentRowChanged.connect(self._show_row)
        self.list.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.scroller, 1)
        self._fit_list()

    def add_page(self, key: str, title: str, widget: QWidget,
                 start: QWidget | None = None) -> None:
        """Add ``widget`` as ``key``'s page; ``start`` is where the focus goes when the page
        is opened from the keyboard (unless the page has a ``focus_start()`` hook)."""
        if key in self.keys():
            raise ValueError(f"a page {key!r} is already registered")
        row = sum(1 for existing in self.keys() if _rank(existing) <= _rank(key))
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        self.list.insertItem(row, item)
        self.stack.insertWidget(row, widget)
        self._fit_list()
        if start is not None:
            self._starts[key] = start
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def keys(self) -> list[str]:
        return [self.list.item(row).data(KEY_ROLE) for row in range(self.list.count())]

    def pages(self) -> list[tuple[str, QWidget]]:
        """(key, page) in list order."""
        return [(key, self.stack.widget(row)) for row, key in enumerate(self.keys())]

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_title(self, key: str, title: str) -> None:
        self.list.item(self.keys().index(key)).setText(title)
        self._fit_list()

    def _fit_list(self) -> None:
        """As wide as the longest title, within bounds (a long one wraps)."""
        font = QFont(self.list.font())
        font.setPointSizeF(LIST_FONT_POINTS)  # the style sheet's size, known before polish
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(title) for title in self.titles()), default=0)
        width = min(max(widest + LIST_ROOM, LIST_MIN_WIDTH), LIST_WIDTH)
        self.list.setFixedWidth(width)
        for row in range(self.list.count()):
            self.list.item(row).setSizeHint(QSize(width - 12, 40))

    def page(self, key: str) -> QWidget | None:
        keys = self.keys()
        return self.stack.widget(keys.index(key)) if key in keys else None

    def current_key(self) -> str | None:
        row = self.list.currentRow()
        return self.list.item(row).data(KEY_ROLE) if row >= 0 else None

    def show_page(self, key: str) -> bool:
        """Show ``key``'s page; False (and nothing changes) if no such page is registered."""
        keys = self.keys()
        if key not in keys:
            return False
        self.list.setCurrentRow(keys.index(key))
        return True

    def show_position(self, position: int) -> bool:
        """Show the page at ``position`` (0-based) in the list, as Ctrl+1… do."""
        if not 0 <= position < self.list.count():
            return False
        self.list.setCurrentRow(position)
        return True

    def enter_position(self, position: int) -> bool:
        """Show the page at ``position`` and put the focus in it (Ctrl+1…6)."""
        if not self.show_position(position):
            return False
        self.focus_page()
        return True

    def focus_page(self) -> bool:
        """Put the keyboard focus at the start of the shown page; False if it has no
        widget that takes the focus."""
        page, key = self.stack.currentWidget(), self.current_key()
        if page is None or key is None:
            return False
        hook = getattr(page, "focus_start", None)
        if callable(hook):
            hook()
            return True
        target = self._starts.get(key) or first_focusable(page)
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent):
            return self._key_in_list(event)
        return super().eventFilter(watched, event)

    def _key_in_list(self, event: QKeyEvent) -> bool:
        """Enter goes into the shown page; one of its shortcuts acts as if pressed there."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.focus_page()
        page = self.stack.currentWidget()
        act = page_shortcut(page, QKeySequence(event.keyCombination())) if page else None
        if act is None:
            return False
        act()
        return True

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.current_changed.emit(self.list.item(row).data(KEY_ROLE))
