"""The attendance grid's view: a table filled from the keyboard alone.

Arrows move; a mark's letter in the window's language (C or X, M, P, K in Vietnamese; P,
L, E, A in English: ``attendance_keys``) or its digit 1–4 sets the cell and moves to the
next person down (after the last person, to the first person of the next lesson, so a
trainer fills a whole lesson's column then goes on); Space cycles the cell through the
four marks without moving; Delete or Backspace clears it (the mark is soft-deleted). Any
other letter or digit does nothing, rather than jump the cursor to a cell that starts with
it as a table would. A cell the model refuses (another partition's person, a lesson still
to come) keeps the cursor where it is, and its tooltip says why
(``itemmodels.attendance.AttendanceModel``).

The lesson columns are as wide as the widest mark's word in the window's language, so
no word is cut; the legend goes under the grid (``attendance_tab``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.itemmodels.attendance import CELL, STATUSES, AttendanceModel
from app.ui.pages.training.attendance_keys import AttendanceLegend, status_of_key

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
PLAIN_MODIFIERS = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
SESSION_COLUMN_WIDTH = 64  # at least: "S10" over "02/03", and "100%"
CELL_PADDING = 14  # both sides of a mark's word together, and the cursor's frame
ROW_PADDING = 6  # above and below a word together: the cursor's 3-pixel frame


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
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.fit_sections()
        model.modelReset.connect(self._after_reset)

    def fit_sections(self) -> None:
        """Every lesson column as wide as the widest mark's word in this language, and
        rows, even fitted to their names, tall enough for the cursor's frame to clear it."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(CELL.label(status)) for status in STATUSES)
        self.horizontalHeader().setDefaultSectionSize(
            max(SESSION_COLUMN_WIDTH, widest + CELL_PADDING))
        self.verticalHeader().setMinimumSectionSize(metrics.height() + ROW_PADDING)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.fit_sections()
        super().changeEvent(event)

    def _after_reset(self) -> None:
        if self.grid.rowCount() and self.grid.columnCount():
            self.setCurrentIndex(self.grid.index(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = not (event.modifiers() & ~PLAIN_MODIFIERS)  # a capital P is a P
        if not index.isValid() or not plain:
            super().keyPressEvent(event)
            return
        row, column, key = index.row(), index.column(), event.key()
        status = status_of_key(key, event.text())
        if status is not None:
            if self.grid.set_mark(row, column, status):
                self._advance(row, column)
        elif key == Qt.Key.Key_Space:
            self.grid.cycle(row, column)
        elif key in CLEAR_KEYS:
            self.grid.set_mark(row, column, None)
        elif event.text().strip().isalnum():
            pass  # a letter that is no mark here: not a jump to a cell that starts with it
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


def attendance_tab(parent: QWidget, grid: AttendanceView, legend: AttendanceLegend) -> QWidget:
    """The Attendance tab: the grid, and under it, where the eyes go after the last row,
    the legend of its keys."""
    tab = QWidget(parent)
    layout = QVBoxLayout(tab)
    layout.addWidget(grid, 1)
    layout.addWidget(legend)
    return tab
