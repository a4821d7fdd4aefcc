"""The attendance grid's view: a table filled from the keyboard alone.

Arrows move; P, L, E, A (or 1–4) set the cell and move to the next person down (after the
last person, to the first person of the next lesson, so a trainer fills a whole lesson's
column then goes on); Space cycles the cell through the four marks without moving; Delete
or Backspace clears it (the mark is soft-deleted). A cell the model refuses (another
partition's person, a lesson still to come) keeps the cursor where it is, and its tooltip
says why (``attendance_grid.AttendanceModel``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.itemmodels.attendance import AttendanceModel

KEYS = {
    Qt.Key.Key_P: "present", Qt.Key.Key_L: "late", Qt.Key.Key_E: "excused",
    Qt.Key.Key_A: "absent", Qt.Key.Key_1: "present", Qt.Key.Key_2: "late",
    Qt.Key.Key_3: "excused", Qt.Key.Key_4: "absent",
}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
SESSION_COLUMN_WIDTH = 64


class CursorDelegate(QStyledItemDelegate):
    """Paints a cell with its mark's colour always visible, and the keyboard's cell with a
    thick frame instead of the selection colour that would hide the mark."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex
              ) -> None:
        plain = QStyleOptionViewItem(option)
        plain.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        super().paint(painter, plain, index)
        if index != self._view.currentIndex():
            return
        painter.save()
        colour = option.palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 3 if self._view.hasFocus() else 1.5))
        painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        painter.restore()


class AttendanceView(QTableView):
    """A table view that sets marks from the keys (see the module docstring)."""

    def __init__(self, model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.grid = model
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setItemDelegate(CursorDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid, as in any form
        self.setWordWrap(False)
        self.horizontalHeader().setDefaultSectionSize(SESSION_COLUMN_WIDTH)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        model.modelReset.connect(self._after_reset)

    def _after_reset(self) -> None:
        if self.grid.rowCount() and self.grid.columnCount():
            self.setCurrentIndex(self.grid.index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if not index.isValid() or not plain:
            super().keyPressEvent(event)
            return
        row, column, key = index.row(), index.column(), event.key()
        if key in KEYS:
            if self.grid.set_mark(row, column, KEYS[key]):
                self._advance(row, column)
        elif key == Qt.Key.Key_Space:
            self.grid.cycle(row, column)
        elif key in CLEAR_KEYS:
            self.grid.set_mark(row, column, None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _advance(self, row: int, column: int) -> None:
        """The next person down; after the last, the first person of the next lesson."""
        if row + 1 < self.grid.people_count:
            row += 1
        elif column + 1 < self.grid.session_count:
            row, column = 0, column + 1
        self.setCurrentIndex(self.grid.index(row, column))
