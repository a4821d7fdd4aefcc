"""Table models over the plain rows of ``app.models.queries``, and the search filter.

The models only present rows (text, alignment, header titles); they never query. A page
hands them a fresh list with ``set_rows`` after each load, so they can be tested without a
view or a database. Filtering compares the typed query with a search key computed once
per row (diacritics and case folded), never a regular expression on the shown text, so
"nguyen van" finds "Nguyễn Văn An" and "d" finds "Đ".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.models.queries import EquipmentRow, StaffRow
from app.models.vntext import matches_tokens, query_tokens, search_key

from . import labels
from .formatting import date_text

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's plain value (for forms, later)
_CENTER = Qt.AlignmentFlag.AlignCenter
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its English title (translated in the model's context) and its text."""

    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag | None = None


class RowTableModel(QAbstractTableModel):
    """A read-only table of frozen rows; subclasses say which columns and search key."""

    CONTEXT = "RowTableModel"
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._keys: list[str] = []
        self.generation = 0  # bumped on every set_rows, so a filter knows its cache is stale

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [self.search_key_of(row) for row in self._rows]
        self.generation += 1
        self.endResetModel()

    def search_key_of(self, row: Any) -> str:
        raise NotImplementedError

    def search_keys(self) -> Sequence[str]:
        return self._keys

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == ROW_ROLE:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Never ``super().headerData()``: PySide6 6.12 on Python 3.11 hands back an invalid
        # QVariant as None without a reference, and the view asks on every paint, so None's
        # reference count would fall until the interpreter aborts. None from here is safe.
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)


def _text(value: str | None) -> str:
    return value or ""


COL_NAME, COL_GENDER, COL_BIRTH_DATE, COL_ETHNICITY, COL_UNIT, COL_POSITION = range(6)
COL_PROFESSIONAL_LEVEL, COL_IT_CERTIFICATE, COL_PHONE = range(6, 9)


class StaffTableModel(RowTableModel):
    CONTEXT = "StaffTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Full name"), lambda r: r.full_name),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Gender"),
               lambda r: labels.GENDER.label(r.gender)),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Date of birth"),
               lambda r: date_text(r.birth_date), _CENTER),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Ethnicity"), lambda r: _text(r.ethnicity)),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Unit"), lambda r: labels.UNIT.label(r.unit)),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Position"), lambda r: _text(r.position)),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Professional level"),
               lambda r: labels.PROFESSIONAL_LEVEL.label(r.professional_level)),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "IT certificate"),
               lambda r: labels.IT_CERTIFICATE.label(r.it_certificate)),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Phone"), lambda r: _text(r.phone)),
    )

    def search_key_of(self, row: StaffRow) -> str:
        return row.name_key


COL_ASSET_TAG, COL_CATEGORY, COL_BRAND, COL_MODEL, COL_SERIAL, COL_STATUS = range(6)
COL_HOLDER, COL_LOCATION, COL_ACQUIRED, COL_LAN, COL_INTERNET = range(6, 11)


class EquipmentTableModel(RowTableModel):
    CONTEXT = "EquipmentTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Asset tag"),
               lambda r: _text(r.asset_tag)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Category"),
               lambda r: labels.EQUIPMENT_CATEGORY.label(r.category)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Brand"), lambda r: _text(r.brand)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Model"), lambda r: _text(r.model)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Serial number"),
               lambda r: _text(r.serial)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Status"),
               lambda r: labels.EQUIPMENT_STATUS.label(r.status)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Holder"),
               lambda r: _text(r.holder_name)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Location"),
               lambda r: _text(r.location)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Acquired"),
               lambda r: date_text(r.acquired_date), _CENTER),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "LAN"),
               lambda r: labels.yes_no(r.lan), _CENTER),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Internet"),
               lambda r: labels.yes_no(r.internet), _CENTER),
    )

    def search_key_of(self, row: EquipmentRow) -> str:
        return row.search_key


class SearchFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose precomputed search key holds every word of the query.

    The verdicts for one query over one generation of rows are computed in a single pass
    and cached, so Qt's per-row callback is a list lookup.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._cache_key: tuple[int, int, str] | None = None
        self._accepted: list[bool] = []

    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        folded = search_key(text)
        if folded == self._query:
            return
        self.beginFilterChange()
        self._query = folded
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: _Index) -> bool:
        if not self._query:
            return True
        return self._verdicts()[source_row]

    def _verdicts(self) -> list[bool]:
        model = self.sourceModel()
        assert isinstance(model, RowTableModel), "SearchFilterProxy needs a RowTableModel"
        cache_key = (id(model), model.generation, self._query)
        if cache_key != self._cache_key:
            tokens = query_tokens(self._query)
            self._accepted = [matches_tokens(tokens, key) for key in model.search_keys()]
            self._cache_key = cache_key
        return self._accepted
