"""Table models over the plain rows of ``app.models.queries``.

The models only present rows (text, alignment, header titles, sort keys); they never
query. A page hands them a fresh list with ``set_rows`` after each load, so they can be
tested without a view or a database. Searching compares the typed query with a search key
computed once per row (diacritics and case folded), so "nguyen van" finds "Nguyễn Văn An".

Sorting is Vietnamese, not by the shown text's code points: each column says which value
it sorts by and how that value is keyed (a person's name by given name first, text by the
Vietnamese alphabet, an enumeration by its meaningful order, a date by time). The key is
the ``SORT_ROLE`` of a cell; the filter proxy asks for a whole column at once as ranks
(``sort_ranks``), keyed once per distinct value, so 50,000 rows sort in a blink.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.models.erasure import anonymous_name
from app.models.queries import EquipmentRow, StaffRow
from app.models.vntext import collation_key, person_sort_key
from app.ui.itemmodels.list_proxy import SearchFilterProxy
from app.ui.runtime import labels
from app.ui.runtime.formatting import date_text

__all__ = ["ROW_ROLE", "SORT_ROLE", "Column", "EquipmentTableModel", "RowTableModel",
           "SearchFilterProxy", "StaffTableModel"]

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's plain value
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's sort key (a plain Python value)
_CENTER = Qt.AlignmentFlag.AlignCenter
_Index = QModelIndex | QPersistentModelIndex
_DIGITS = re.compile(r"(\d+)")


# --- sort keys: blanks always after the values ---------------------------------------------
def text_key(value: str | None) -> tuple:
    return (not value, collation_key(value or ""))


def person_key(value: str | None) -> tuple:
    return (not value, person_sort_key(value or ""))


def date_key(value: date | None) -> tuple:
    return (value is None, value or date.min)


def code_key(value: str | None) -> tuple:
    """Asset tags and serials in natural order: MP-PC-9 before MP-PC-10."""
    if not value:
        return (True, ())
    parts: list[Any] = _DIGITS.split(value.casefold())  # text, digits, text, digits, …
    parts[1::2] = map(int, parts[1::2])
    return (False, tuple(parts))


def enum_key(table: labels.LabelTable) -> Callable[[str | None], int]:
    """An enumeration sorts in its stored order (levels rise, statuses follow a life)."""
    rank = {key: n for n, key in enumerate(table.sources)}
    return lambda value: rank.get(value, len(rank)) if value is not None else len(rank) + 1


@dataclass(frozen=True)
class Column:
    """One column: its English title (translated in the model's context), its text, and
    what it sorts by: ``value`` of the row keyed by ``key`` (default: the shown text).
    An ``elastic`` column holds long free text: it takes the list's spare width, and is
    the one cut when the list is too narrow (widgets/tables.ColumnFitter)."""

    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag | None = None
    value: Callable[[Any], Any] | None = None
    key: Callable[[Any], Any] = text_key
    elastic: bool = False

    def sort_value(self, row: Any) -> Any:
        return (self.value or self.text)(row)


class SearchKeyed(Protocol):
    """What each row model (staff, equipment…) provides to ``RowTableModel``: the folded
    text a search matches against (see vntext.search_key)."""

    def search_key_of(self, row: Any) -> str:
        ...


class RowTableModel(QAbstractTableModel):
    """A read-only table of frozen rows; subclasses say which columns and search key.

    ``NATURAL_ORDER`` is the (column, order) the loaded rows already come in, so a proxy
    asked for it keeps them as they are instead of sorting again.
    """

    CONTEXT = "RowTableModel"
    COLUMNS: tuple[Column, ...] = ()
    NATURAL_ORDER: tuple[int, Qt.SortOrder] | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._keys: list[str] = []
        self._cache: dict[Any, list[Any]] = {}
        self._memo: dict[int, dict[Any, Any]] = {}  # column -> value -> key, across loads
        self.generation = 0  # bumped on every set_rows, so a filter knows its cache is stale

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = [self.search_key_of(row) for row in self._rows]
        self._cache = {}
        self.generation += 1
        self.endResetModel()

    def search_keys(self) -> Sequence[str]:
        return self._keys

    def rows(self) -> Sequence[Any]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def values(self, field: str) -> list[Any]:
        """One field of every row (for filters), computed once per load."""
        found = self._cache.get(field)
        if found is None:
            found = self._cache[field] = [getattr(row, field) for row in self._rows]
        return found

    def sort_ranks(self, column: int) -> list[int]:
        """Each row's rank in ``column``'s order (equal values, equal ranks).

        Only the distinct values are keyed and sorted, and their keys are remembered
        across loads, so a reload sorted by holder does not key 50,000 names again; the
        rows are then sorted by plain integers."""
        found = self._cache.get(column)
        if found is None:
            spec = self.COLUMNS[column]
            raw = [spec.sort_value(row) for row in self._rows]
            memo = self._memo.setdefault(column, {})
            distinct = set(raw)
            for value in distinct - memo.keys():
                memo[value] = spec.key(value)
            order = sorted(distinct, key=memo.__getitem__)
            rank = {value: n for n, value in enumerate(order)}
            found = self._cache[column] = [rank[value] for value in raw]
        return found

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """One cell's data for a role, by row and column numbers: the proxy asks here
        directly, without making a model index per painted cell."""
        spec = self.COLUMNS[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return spec.text(self._rows[row])
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align is not None:
            return int(spec.align)
        if role == ROW_ROLE:
            return self._rows[row]
        if role == SORT_ROLE:
            return spec.key(spec.sort_value(self._rows[row]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Never ``super().headerData()``: PySide6 6.12 on Python 3.11 hands back an invalid
        # QVariant as None without a reference, and the view asks on every paint, so None's
        # reference count would fall until the interpreter aborts. None from here is safe.
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)


def _text(value: str | None) -> str:
    return value or ""


def _enum_column(title: str, table: labels.LabelTable, field: str,
                 elastic: bool = False) -> Column:
    return Column(title, lambda r: table.label(getattr(r, field)),
                  value=lambda r: getattr(r, field), key=enum_key(table), elastic=elastic)


def _date_column(title: str, field: str) -> Column:
    return Column(title, lambda r: date_text(getattr(r, field)), _CENTER,
                  value=lambda r: getattr(r, field), key=date_key)


def is_erased(row: StaffRow) -> bool:
    """An official whose personal data an administrator erased: the store keeps, in place
    of the name, the neutral mark ``erasure.anonymous_name`` makes from the id."""
    return row.full_name == anonymous_name(row.id)


def staff_name(row: StaffRow) -> str:
    """The name as the list shows it: an erased official is said to be so, in words."""
    if is_erased(row):
        return QCoreApplication.translate("StaffTableModel", "(personal data erased)")
    return row.full_name


COL_NAME, COL_GENDER, COL_BIRTH_DATE, COL_ETHNICITY, COL_UNIT, COL_POSITION = range(6)
COL_PROFESSIONAL_LEVEL, COL_IT_CERTIFICATE, COL_PHONE = range(6, 9)


class StaffTableModel(RowTableModel):
    CONTEXT = "StaffTableModel"
    NATURAL_ORDER = (COL_NAME, Qt.SortOrder.AscendingOrder)  # staff_rows' own order
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Full name"), lambda r: staff_name(r),
               value=lambda r: r.full_name, key=person_key),
        _enum_column(QT_TRANSLATE_NOOP("StaffTableModel", "Gender"), labels.GENDER, "gender"),
        _date_column(QT_TRANSLATE_NOOP("StaffTableModel", "Date of birth"), "birth_date"),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Ethnicity"), lambda r: _text(r.ethnicity)),
        _enum_column(QT_TRANSLATE_NOOP("StaffTableModel", "Unit"), labels.UNIT, "unit",
                     elastic=True),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Position"), lambda r: _text(r.position),
               elastic=True),
        _enum_column(QT_TRANSLATE_NOOP("StaffTableModel", "Professional level"),
                     labels.PROFESSIONAL_LEVEL, "professional_level"),
        _enum_column(QT_TRANSLATE_NOOP("StaffTableModel", "IT certificate"),
                     labels.IT_CERTIFICATE, "it_certificate"),
        Column(QT_TRANSLATE_NOOP("StaffTableModel", "Phone"), lambda r: _text(r.phone),
               key=code_key),
    )

    def search_key_of(self, row: StaffRow) -> str:
        return row.name_key


COL_ASSET_TAG, COL_CATEGORY, COL_BRAND, COL_MODEL, COL_SERIAL, COL_STATUS = range(6)
COL_HOLDER, COL_LOCATION, COL_ACQUIRED, COL_LAN, COL_INTERNET = range(6, 11)


class EquipmentTableModel(RowTableModel):
    CONTEXT = "EquipmentTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Asset tag"),
               lambda r: _text(r.asset_tag), key=code_key),
        _enum_column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Category"),
                     labels.EQUIPMENT_CATEGORY, "category", elastic=True),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Brand"), lambda r: _text(r.brand)),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Model"), lambda r: _text(r.model),
               elastic=True),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Serial number"),
               lambda r: _text(r.serial), key=code_key),
        _enum_column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Status"),
                     labels.EQUIPMENT_STATUS, "status"),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Holder"),
               lambda r: _text(r.holder_name), key=person_key),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Location"),
               lambda r: _text(r.location), elastic=True),
        _date_column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Acquired"), "acquired_date"),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "LAN"),
               lambda r: labels.yes_no(r.lan), _CENTER, value=lambda r: not r.lan,
               key=bool),
        Column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Internet"),
               lambda r: labels.yes_no(r.internet), _CENTER, value=lambda r: not r.internet,
               key=bool),
    )

    def search_key_of(self, row: EquipmentRow) -> str:
        return row.search_key
