"""The side navigation: a list of the window's subjects beside the page that is shown.

Why a list at the side rather than tabs: six subjects with Vietnamese names ("Cán bộ, công
chức", "Đồng bộ dữ liệu") fit one under the other at a readable size on a 1366-pixel
screen, and the list can be walked with the arrow keys. Pages keep a fixed order whoever
registers them first, so Ctrl+1…6 always mean the same places on every laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

PAGE_ORDER = ("overview", "staff", "equipment", "training", "sync", "settings")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_WIDTH = 210
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


class Navigation(QWidget):
    """The list and the stack of pages, kept in step; pages are found by their key."""

    current_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self, objectName="navigation")
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setFixedWidth(LIST_WIDTH)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.list.currentRowChanged.connect(self._show_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        if key in self.keys():
            raise ValueError(f"a page {key!r} is already registered")
        row = sum(1 for existing in self.keys() if _rank(existing) <= _rank(key))
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setSizeHint(QSize(LIST_WIDTH - 12, 40))
        self.list.insertItem(row, item)
        self.stack.insertWidget(row, widget)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def replace_page(self, key: str, widget: QWidget) -> QWidget:
        """Put ``widget`` in the place of ``key``'s page; returns the old one (not deleted)."""
        row = self.keys().index(key)
        old = self.stack.widget(row)
        shown = self.stack.currentIndex() == row
        self.stack.removeWidget(old)
        self.stack.insertWidget(row, widget)
        if shown:
            self.stack.setCurrentIndex(row)
        return old

    def keys(self) -> list[str]:
        return [self.list.item(row).data(KEY_ROLE) for row in range(self.list.count())]

    def pages(self) -> list[tuple[str, QWidget]]:
        """(key, page) in list order."""
        return [(key, self.stack.widget(row)) for row, key in enumerate(self.keys())]

    def titles(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_title(self, key: str, title: str) -> None:
        self.list.item(self.keys().index(key)).setText(title)

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

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.current_changed.emit(self.list.item(row).data(KEY_ROLE))
