"""The attendance grid: people (rows) × sessions (columns), filled from the keyboard alone.

The model holds one course's ``AttendanceMatrix`` and shows each mark as the letter that
sets it (the full label is the tooltip), with a last column of each person's attendance rate
and a last row of each session's; rates are recomputed from the marks in memory after
every change, without a query (how they count: ``app.models.training_queries``).

A change is shown at once and announced by ``markChanged``; the page saves it. The view
turns keys into changes: arrows move; P, L, E, A (or 1–4) set the cell and move to the next
person down (after the last person, to the first person of the next session, so a trainer
fills a whole session's column then goes on); Space cycles the cell through the four marks
without moving; Delete or Backspace clears it (the mark is soft-deleted). Rows of people
whose records this device may not write (another partition) are shown but cannot change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.models.enums import ATTENDANCE as STATUS_KEYS
from app.models.training_queries import (
    AttendanceMatrix,
    course_rate,
    person_rate,
    session_rate,
)

from .formatting import date_text, percent_text
from .training_models import ATTENDANCE, ATTENDANCE_SHORT, person_unit

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
STATUSES = tuple(STATUS_KEYS)  # present, late, excused, absent: the Space cycle order
COLOURS = {
    "present": QColor("#d8f0d8"), "late": QColor("#fbefc4"),
    "excused": QColor("#dbe6f7"), "absent": QColor("#f6d2d2"),
}
UPCOMING = QColor("#eeeeee")
NO_RATE = "—"
KEYS = {
    Qt.Key.Key_P: "present", Qt.Key.Key_L: "late", Qt.Key.Key_E: "excused",
    Qt.Key.Key_A: "absent", Qt.Key.Key_1: "present", Qt.Key.Key_2: "late",
    Qt.Key.Key_3: "excused", Qt.Key.Key_4: "absent",
}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
SESSION_COLUMN_WIDTH = 64


translate = QCoreApplication.translate


class AttendanceModel(QAbstractTableModel):
    """Marks of one course; the last row and column hold the rates."""

    markChanged = Signal(str, str, str)  # enrolment id, session id, status ("" = cleared)

    def __init__(self, parent: QObject | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.matrix = AttendanceMatrix("", (), (), {})
        self.marks: dict[tuple[str, str], str] = {}
        self._writes: frozenset[str] = frozenset()

    def set_matrix(self, matrix: AttendanceMatrix, writes: frozenset[str]) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.marks = dict(matrix.marks)
        self._writes = writes
        self.endResetModel()

    # --- shape -------------------------------------------------------------------------
    @property
    def people_count(self) -> int:
        return len(self.matrix.people)

    @property
    def session_count(self) -> int:
        return len(self.matrix.sessions)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        if parent.isValid() or not self.matrix.people:
            return 0
        return self.people_count + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self.matrix.people or not self.matrix.sessions:
            return 0
        return self.session_count + 1

    def is_mark_cell(self, row: int, column: int) -> bool:
        return 0 <= row < self.people_count and 0 <= column < self.session_count

    def writable(self, row: int) -> bool:
        return 0 <= row < self.people_count and self.matrix.people[row].partition in self._writes

    def status(self, row: int, column: int) -> str | None:
        person, session = self.matrix.people[row], self.matrix.sessions[column]
        return self.marks.get((person.id, session.id))

    # --- rates -------------------------------------------------------------------------
    def person_rate(self, row: int) -> float | None:
        return person_rate(self.marks, self.matrix.people[row].id, self.matrix.sessions,
                           self._today())

    def session_rate(self, column: int) -> float | None:
        return session_rate(self.marks, self.matrix.sessions[column], self.matrix.people,
                            self._today())

    def course_rate(self) -> float | None:
        return course_rate(self.marks, self.matrix.sessions, self.matrix.people, self._today())

    def _rate(self, row: int, column: int) -> float | None:
        if row == self.people_count and column == self.session_count:
            return self.course_rate()
        if row == self.people_count:
            return self.session_rate(column)
        return self.person_rate(row)

    # --- changes -----------------------------------------------------------------------
    def set_mark(self, row: int, column: int, status: str | None) -> bool:
        """Change one cell (None clears it); False if it is not a cell this device writes."""
        if not self.is_mark_cell(row, column) or not self.writable(row):
            return False
        if status is not None and status not in STATUSES:
            raise ValueError(status)
        key = (self.matrix.people[row].id, self.matrix.sessions[column].id)
        if self.marks.get(key) == status:
            return True
        if status is None:
            self.marks.pop(key, None)
        else:
            self.marks[key] = status
        for cell in ((row, column), (row, self.session_count), (self.people_count, column),
                     (self.people_count, self.session_count)):
            index = self.index(*cell)
            self.dataChanged.emit(index, index)
        self.markChanged.emit(key[0], key[1], status or "")
        return True

    def cycle(self, row: int, column: int) -> bool:
        if not self.is_mark_cell(row, column):
            return False
        current = self.status(row, column)
        following = STATUSES[(STATUSES.index(current) + 1) % len(STATUSES)] if current \
            else STATUSES[0]
        return self.set_mark(row, column, following)

    # --- presentation ------------------------------------------------------------------
    def data(self, index: _Index, role: int = _Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if not self.is_mark_cell(row, column):
            return self._rate_data(row, column, role)
        status = self.status(row, column)
        if role == _Role.DisplayRole:
            return ATTENDANCE_SHORT.label(status)
        if role == _Role.ToolTipRole:
            return self._cell_tip(row, column, status)
        if role == _Role.BackgroundRole:
            if status is not None:
                return QBrush(COLOURS[status])
            if self._upcoming(column):
                return QBrush(UPCOMING)
        return None

    def _rate_data(self, row: int, column: int, role: int) -> Any:
        if role == _Role.DisplayRole:
            rate = self._rate(row, column)
            return NO_RATE if rate is None else percent_text(rate)
        if role == _Role.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == _Role.ToolTipRole:
            return translate("AttendanceGrid", "Share of the sessions held so far attended "
                             "(present or late); a session with no mark counts as not attended.")
        return None

    def _upcoming(self, column: int) -> bool:
        return self.matrix.sessions[column].session_date > self._today()

    def _cell_tip(self, row: int, column: int, status: str | None) -> str:
        session = self.matrix.sessions[column]
        label = ATTENDANCE.label(status) if status else translate("AttendanceGrid", "Not marked")
        tip = translate("AttendanceGrid", "{name}, session {number} ({date}): {status}").format(
            name=self.matrix.people[row].name, number=column + 1,
            date=date_text(session.session_date), status=label)
        if not self.writable(row):
            tip += "\n" + translate("AttendanceGrid",
                                     "This computer cannot change this person's attendance.")
        return tip

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _Role.DisplayRole) -> Any:
        # Never super().headerData(): see RowTableModel.headerData (None's reference count).
        if role not in (_Role.DisplayRole, _Role.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._session_header(section, role)
        if section == self.people_count:
            return translate("AttendanceGrid", "Attendance rate")
        person = self.matrix.people[section]
        if role == _Role.ToolTipRole:
            return f"{person.name}\n{person_unit(person)}".strip()
        return f"{section + 1}. {person.name}"

    def _session_header(self, section: int, role: int) -> str:
        if section == self.session_count:
            return translate("AttendanceGrid", "Rate")
        session = self.matrix.sessions[section]
        if role == _Role.DisplayRole:
            number = translate("AttendanceGrid", "S{number}").format(number=section + 1)
            return f"{number}\n{session.session_date.strftime('%d/%m')}"
        parts = [translate("AttendanceGrid", "Session {number}").format(number=section + 1),
                 date_text(session.session_date), session.start_time or "", session.topic or ""]
        if self._upcoming(section):
            parts.append(translate("AttendanceGrid", "(not held yet)"))
        return " · ".join(part for part in parts if part)


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
        """The next person down; after the last, the first person of the next session."""
        if row + 1 < self.grid.people_count:
            row += 1
        elif column + 1 < self.grid.session_count:
            row, column = 0, column + 1
        self.setCurrentIndex(self.grid.index(row, column))
