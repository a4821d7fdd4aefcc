"""The Stock-take page's table: every item of the book with its answer so far, then the tags
found that are not in the book; and the filter above it.

Why rows are found by key and changed one at a time: a scan must be answered within 50 ms
on a register of 50,000 items, so a scan replaces the one row it touched (``put_row``) and
the counts behind the progress line are kept up to date as it goes, instead of the round
being read and the table reset. Tested without a view.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.ops.stocktake_page import PageRow
from app.ui.runtime import labels

Index = QModelIndex | QPersistentModelIndex
COL_TAG, COL_ITEM, COL_CATEGORY, COL_HOLDER, COL_PLACE, COL_STATE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("StocktakeTable", "Asset tag"),
    QT_TRANSLATE_NOOP("StocktakeTable", "Item"),
    QT_TRANSLATE_NOOP("StocktakeTable", "Category"),
    QT_TRANSLATE_NOOP("StocktakeTable", "Holder"),
    QT_TRANSLATE_NOOP("StocktakeTable", "Place"),
    QT_TRANSLATE_NOOP("StocktakeTable", "Stock-take"),
)
# A row's state: its words and a colour that is never the only sign of it.
STATES = {
    "not_yet": QT_TRANSLATE_NOOP("StocktakeTable", "Not counted yet"),
    "counted": QT_TRANSLATE_NOOP("StocktakeTable", "Counted"),
    "missing": QT_TRANSLATE_NOOP("StocktakeTable", "Missing"),
    "surplus": QT_TRANSLATE_NOOP("StocktakeTable", "Not in the book (surplus)"),
}
STATE_COLOURS = {"counted": "#d8f0d8", "missing": "#f8d7d3", "surplus": "#fdf0c4"}
FILTERS = ("all", "not_yet", "counted", "missing", "surplus")
FILTER_TEXTS = {
    "all": QT_TRANSLATE_NOOP("StocktakeTable", "All items"),
    "not_yet": QT_TRANSLATE_NOOP("StocktakeTable", "Not counted yet"),
    "counted": QT_TRANSLATE_NOOP("StocktakeTable", "Counted"),
    "missing": QT_TRANSLATE_NOOP("StocktakeTable", "Missing"),
    "surplus": QT_TRANSLATE_NOOP("StocktakeTable", "Not in the book"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("StocktakeTable", text)


def state_of(row: PageRow) -> str:
    if row.equipment_id is None:
        return "surplus"
    if row.found is None:
        return "not_yet"
    return "counted" if row.found else "missing"


def row_key(row: PageRow) -> str:
    return row.equipment_id or f"tag:{row.tag}"


class StocktakeTableModel(QAbstractTableModel):
    """The round's rows, each found by its item (or, not in the book, its tag)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PageRow] = []
        self._where: dict[str, int] = {}
        self.states: Counter[str] = Counter()

    def set_rows(self, rows: list[PageRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._where = {row_key(row): number for number, row in enumerate(self.rows)}
        self.states = Counter(state_of(row) for row in self.rows)
        self.endResetModel()

    def put_row(self, row: PageRow) -> int:
        """Show ``row`` in place of the one it answers for (or add it at the end); its
        number in the model."""
        key = row_key(row)
        number = self._where.get(key)
        self.states[state_of(row)] += 1
        if number is None:
            number = len(self.rows)
            self.beginInsertRows(QModelIndex(), number, number)
            self.rows.append(row)
            self._where[key] = number
            self.endInsertRows()
            return number
        self.states[state_of(self.rows[number])] -= 1
        self.rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, COL_STATE))
        return number

    def number_of(self, key: str) -> int | None:
        return self._where.get(key)

    def progress(self) -> tuple[int, int]:
        """(answered, book): items of the book counted or marked missing, of all."""
        answered = self.states["counted"] + self.states["missing"]
        return answered, answered + self.states["not_yet"]

    # --- Qt's side ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == STATE_ROLE:
            return state_of(row)
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == COL_STATE:
            colour = STATE_COLOURS.get(state_of(row))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_STATE:
            return QBrush(QColor("#202020")) if state_of(row) in STATE_COLOURS else None
        return None

    def _text(self, row: PageRow, column: int) -> str:
        if column == COL_TAG:
            return row.tag or ""
        if column == COL_ITEM:
            return row.item
        if column == COL_CATEGORY:
            return labels.EQUIPMENT_CATEGORY.label(row.category)
        if column == COL_HOLDER:
            return row.holder or ""
        if column == COL_PLACE:
            return row.place or ""
        state = tr(STATES[state_of(row)])
        if row.condition and state_of(row) == "counted":
            state = f"{state} · {labels.EQUIPMENT_STATUS.label(row.condition)}"
        return state


class StateFilter(QSortFilterProxyModel):
    """Shows the rows of one state (or all): a changed row is filtered again by Qt alone."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.state = "all"

    def set_state(self, state: str) -> None:
        self.beginFilterChange()
        self.state = state
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.state == "all":
            return True
        model = self.sourceModel()
        return model.index(source_row, 0, source_parent).data(STATE_ROLE) == self.state
