"""Table models of the Training page: courses, lessons, enrolled people, and the officials
one may enrol; and the on-screen labels of attendance marks.

Like ``rows``, they only present the plain rows of ``app.models.training_queries``
and are tested without a view. Attendance has a full label (the tooltip, the legend) and a
one-letter label for the grid's narrow cells; the letters are the keys that set them, so
what the officer reads in a cell is what they type.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.models.training_queries import (
    CandidateRow,
    CourseRow,
    EnrolmentRow,
    LessonRow,
)
from app.models.vntext import matches_tokens, query_tokens
from app.ui.itemmodels.rows import Column, RowTableModel
from app.ui.runtime import labels
from app.ui.runtime.formatting import date_text, decimal_text

_CENTER = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

ATTENDANCE = labels.LabelTable("Attendance", {
    "present": QT_TRANSLATE_NOOP("Attendance", "Present"),
    "late": QT_TRANSLATE_NOOP("Attendance", "Late"),
    "excused": QT_TRANSLATE_NOOP("Attendance", "Excused absence"),
    "absent": QT_TRANSLATE_NOOP("Attendance", "Unexcused absence"),
})

# The letter shown in a grid cell; also the key that sets it (see attendance_grid).
ATTENDANCE_SHORT = labels.LabelTable("AttendanceShort", {
    "present": QT_TRANSLATE_NOOP("AttendanceShort", "P"),
    "late": QT_TRANSLATE_NOOP("AttendanceShort", "L"),
    "excused": QT_TRANSLATE_NOOP("AttendanceShort", "E"),
    "absent": QT_TRANSLATE_NOOP("AttendanceShort", "A"),
})

TRAINING_RESULT = labels.LabelTable("TrainingResult", {
    "passed": QT_TRANSLATE_NOOP("TrainingResult", "Passed"),
    "failed": QT_TRANSLATE_NOOP("TrainingResult", "Not passed"),
})


def _text(value: str | None) -> str:
    return value or ""


def hours_text(value: float | None) -> str:
    if not value:
        return ""
    return decimal_text(value, 0 if float(value).is_integer() else 1)


def period_text(start: date, end: date | None) -> str:
    """"05/02/2026 – 20/02/2026", or the one date of a one-day course."""
    if end is None or end == start:
        return date_text(start)
    return f"{date_text(start)} – {date_text(end)}"


def run_by(row: CourseRow) -> str:
    """Whose course it is: the province's, or a commune's (by name)."""
    if row.commune_code is None:
        return translate("CourseTableModel", "Province")
    return row.commune_name or row.commune_code


COL_COURSE_TITLE, COL_COURSE_ORGANISER, COL_COURSE_DATES = range(3)
COL_COURSE_SESSIONS, COL_COURSE_ENROLLED, COL_COURSE_RUN_BY = range(3, 6)


class CourseTableModel(RowTableModel):
    CONTEXT = "CourseTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CourseTableModel", "Course"), lambda r: r.title),
        Column(QT_TRANSLATE_NOOP("CourseTableModel", "Organiser"),
               lambda r: _text(r.organiser)),
        Column(QT_TRANSLATE_NOOP("CourseTableModel", "Dates"),
               lambda r: period_text(r.start_date, r.end_date), _CENTER),
        Column(QT_TRANSLATE_NOOP("CourseTableModel", "Lessons"),
               lambda r: str(r.session_count), _CENTER),
        Column(QT_TRANSLATE_NOOP("CourseTableModel", "Enrolled"),
               lambda r: str(r.enrolled_count), _CENTER),
        Column(QT_TRANSLATE_NOOP("CourseTableModel", "Run by"), run_by),
    )

    def search_key_of(self, row: CourseRow) -> str:
        return row.search_key

    def row_of_id(self, course_id: str) -> int:
        """The row of a course, or -1: a reload keeps the officer's selection."""
        return next((i for i, r in enumerate(self._rows) if r.id == course_id), -1)


COL_SESSION_NUMBER, COL_SESSION_DATE, COL_SESSION_START = range(3)
COL_SESSION_HOURS, COL_SESSION_TOPIC = range(3, 5)


class LessonTableModel(RowTableModel):
    CONTEXT = "LessonTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("LessonTableModel", "No."), lambda r: "", _CENTER),
        Column(QT_TRANSLATE_NOOP("LessonTableModel", "Date"),
               lambda r: date_text(r.session_date), _CENTER),
        Column(QT_TRANSLATE_NOOP("LessonTableModel", "Start"),
               lambda r: _text(r.start_time), _CENTER),
        Column(QT_TRANSLATE_NOOP("LessonTableModel", "Hours"),
               lambda r: hours_text(r.hours), _CENTER),
        Column(QT_TRANSLATE_NOOP("LessonTableModel", "Topic"), lambda r: _text(r.topic)),
    )

    def search_key_of(self, row: LessonRow) -> str:
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == COL_SESSION_NUMBER and role in _TEXT_ROLES:
            return str(index.row() + 1)
        return super().data(index, role)


def person_kind(row: EnrolmentRow) -> str:
    if row.outside:
        return translate("EnrolmentTableModel", "Outside participant")
    return translate("EnrolmentTableModel", "Official")


def person_unit(row: EnrolmentRow) -> str:
    """An official's unit label and position; an outside participant's unit as typed."""
    if row.outside:
        return _text(row.unit)
    parts = [labels.UNIT.label(row.unit), _text(row.position)]
    return " – ".join(part for part in parts if part)


COL_PERSON_NAME, COL_PERSON_KIND, COL_PERSON_UNIT = range(3)
COL_PERSON_RESULT, COL_PERSON_CERTIFICATE = range(3, 5)


class EnrolmentTableModel(RowTableModel):
    CONTEXT = "EnrolmentTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EnrolmentTableModel", "Full name"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("EnrolmentTableModel", "Type"), person_kind),
        Column(QT_TRANSLATE_NOOP("EnrolmentTableModel", "Unit"), person_unit),
        Column(QT_TRANSLATE_NOOP("EnrolmentTableModel", "Result"),
               lambda r: TRAINING_RESULT.label(r.result), _CENTER),
        Column(QT_TRANSLATE_NOOP("EnrolmentTableModel", "Certificate no."),
               lambda r: _text(r.certificate_no)),
    )

    def search_key_of(self, row: EnrolmentRow) -> str:
        return ""


COL_CANDIDATE_NAME, COL_CANDIDATE_COMMUNE, COL_CANDIDATE_UNIT = range(3)
COL_CANDIDATE_POSITION, COL_CANDIDATE_CERTIFICATE = range(3, 5)


class CandidateTableModel(RowTableModel):
    """Officials one may enrol, searched by name (diacritics and case ignored)."""

    CONTEXT = "CandidateTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("CandidateTableModel", "Full name"), lambda r: r.full_name),
        Column(QT_TRANSLATE_NOOP("CandidateTableModel", "Commune"), lambda r: r.commune_code),
        Column(QT_TRANSLATE_NOOP("CandidateTableModel", "Unit"),
               lambda r: labels.UNIT.label(r.unit)),
        Column(QT_TRANSLATE_NOOP("CandidateTableModel", "Position"),
               lambda r: _text(r.position)),
        Column(QT_TRANSLATE_NOOP("CandidateTableModel", "IT certificate"),
               lambda r: labels.IT_CERTIFICATE.label(r.it_certificate)),
    )

    def __init__(self, commune_names: dict[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = commune_names or {}
        self.checked: set[str] = set()

    def search_key_of(self, row: CandidateRow) -> str:
        return row.name_key

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.checked: set[str] = set()
        super().set_rows(rows)

    def checked_ids(self) -> list[str]:
        """The ticked officials, in list order (ticks survive a change of search)."""
        return [row.id for row in self._rows if row.id in self.checked]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_CANDIDATE_NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if index.column() == COL_CANDIDATE_NAME and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        if index.column() == COL_CANDIDATE_COMMUNE and role in _TEXT_ROLES:
            return self._names.get(row.commune_code, row.commune_code)
        return super().data(index, role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row_id = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(row_id)
        else:
            self.checked.discard(row_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def toggle(self, row: int) -> None:
        index = self.index(row, COL_CANDIDATE_NAME)
        ticked = self._rows[row].id in self.checked
        self.setData(index, Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked,
                     Qt.ItemDataRole.CheckStateRole)


class CandidateFilter(QSortFilterProxyModel):
    """Keeps the officials whose name key holds every word typed (diacritics ignored).

    Not the list pages' ``SearchFilterProxy``: that one rebuilds on any change of its
    source, and ticking a name here must keep the officer's place in the list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens: tuple[str, ...] = ()

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._tokens = query_tokens(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel)
        return matches_tokens(self._tokens, model.search_keys()[source_row])
