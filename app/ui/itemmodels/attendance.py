"""The attendance grid's model: people (rows) × lessons (columns) of one course.

The model holds one course's ``AttendanceMatrix`` and shows each mark as a short word in
the window's language on its own colour (the full label is the tooltip), with a last column
of each person's attendance rate and a last row of each lesson's; rates are recomputed from
the marks in memory after every change, without a query (how they count:
``app.models.training_queries``).

A word rather than the letter that sets it: the letters differ by language (in a
Vietnamese register "P" is an excused absence, in English a presence), a word does not.
The colours are told apart without colour vision too: each is lighter or darker than the
others (a grey print keeps them apart), the hues are the blue-yellow-purple-orange of the
Okabe–Ito palette that the three kinds of colour blindness still separate, and the
near-black text on each keeps a contrast above 7:1 (tests/test_attendance_keys.py checks
all three).

A change is shown at once and announced by ``markChanged``; the page saves it. The keys
that make changes are the view's (``attendance_view``). Rows of people whose records this
device may not write (another partition) are shown but cannot change. A lesson that has
not taken place yet (``app.models.held``) is shown, greyed, but takes no mark, and its
cells' tooltip says from when it will; a mark already there (synced from a device that
allowed it) may only be cleared.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.enums import ATTENDANCE as STATUS_KEYS
from app.models.held import took_place
from app.models.training_queries import (
    AttendanceMatrix,
    course_rate,
    person_rate,
    session_rate,
)
from app.ui.itemmodels.training import ATTENDANCE, person_unit
from app.ui.runtime.formatting import date_text, percent_text
from app.ui.runtime.labels import LabelTable

_Index = QModelIndex | QPersistentModelIndex
_Role = Qt.ItemDataRole
STATUSES = tuple(STATUS_KEYS)  # present, late, excused, absent: the Space cycle order
# What a cell shows: short enough for a lesson's column ("Không phép" is the widest).
CELL = LabelTable("AttendanceCell", {
    "present": QT_TRANSLATE_NOOP("AttendanceCell", "Present"),
    "late": QT_TRANSLATE_NOOP("AttendanceCell", "Late"),
    "excused": QT_TRANSLATE_NOOP("AttendanceCell", "Excused"),
    "absent": QT_TRANSLATE_NOOP("AttendanceCell", "Absent"),
})
# Lightness falls from present to absent (CIE L* 94, 86, 78, 70): see the module docstring.
COLOURS = {
    "present": QColor("#e1effa"), "late": QColor("#f0d866"),
    "excused": QColor("#cfb8de"), "absent": QColor("#ec965e"),
}
MARK_TEXT = QColor("#1a1a1a")  # on the light colours whatever the theme's text colour
UPCOMING = QColor("#eeeeee")
NO_RATE = "—"


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

    def markable(self, row: int, column: int) -> bool:
        """Whether a mark may be set here: this device writes the row, and the session
        has taken place."""
        return self.is_mark_cell(row, column) and self.writable(row) and not \
            self._upcoming(column)

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
        """Change one cell (None clears it); False if it is not a cell this device writes,
        or a mark on a session still to come."""
        if not self.is_mark_cell(row, column) or not self.writable(row):
            return False
        if status is not None and status not in STATUSES:
            raise ValueError(status)
        if status is not None and self._upcoming(column):
            return False
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
            return CELL.label(status)
        if role == _Role.ToolTipRole:
            return self._cell_tip(row, column, status)
        if role == _Role.BackgroundRole:
            if status is not None:
                return QBrush(COLOURS[status])
            if self._upcoming(column):
                return QBrush(UPCOMING)
        if role == _Role.ForegroundRole and status is not None:
            return QBrush(MARK_TEXT)
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
            return translate("AttendanceGrid", "Share of the lessons held so far attended "
                             "(present or late); a lesson with no mark counts as not attended.")
        return None

    def _upcoming(self, column: int) -> bool:
        return not took_place(self.matrix.sessions[column].session_date, self._today())

    def _cell_tip(self, row: int, column: int, status: str | None) -> str:
        session = self.matrix.sessions[column]
        label = ATTENDANCE.label(status) if status else translate("AttendanceGrid", "Not marked")
        tip = translate("AttendanceGrid", "{name}, lesson {number} ({date}): {status}").format(
            name=self.matrix.people[row].name, number=column + 1,
            date=date_text(session.session_date), status=label)
        if not self.writable(row):
            tip += "\n" + translate("AttendanceGrid",
                                     "This computer cannot change this person's attendance.")
        elif self._upcoming(column):
            tip += "\n" + translate(
                "AttendanceGrid", "This lesson has not taken place yet: attendance can be "
                "marked from {date}.").format(date=date_text(session.session_date))
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
        parts = [translate("AttendanceGrid", "Lesson {number}").format(number=section + 1),
                 date_text(session.session_date), session.start_time or "", session.topic or ""]
        if self._upcoming(section):
            parts.append(translate("AttendanceGrid", "(not held yet)"))
        return " · ".join(part for part in parts if part)
