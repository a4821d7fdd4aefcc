"""The rows a list shows: those matching the search and the filters, in the chosen order.

Why not ``QSortFilterProxyModel``: it asks Python once per row to filter (``filterAccepts
Row``) and once per comparison to sort (``lessThan``), which is a quarter of a second for
50,000 officials on each keystroke. This proxy keeps the visible rows as a plain list of
source rows instead, rebuilt in one pass over precomputed keys (the rows' search keys, a
field's values, a column's sort ranks), and Qt asks Python only about the rows it paints.

A change of query or filter is announced as a layout change, not a reset, so the selected
record stays selected when it is still shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.models.vntext import query_tokens, search_key


class RowSource(Protocol):
    """What the proxy needs of its source (``rows.RowTableModel`` has it): the
    rows' precomputed keys, so a keystroke never asks Qt for a cell. Named here, so this
    module and the item models do not import each other."""

    NATURAL_ORDER: tuple[int, Qt.SortOrder] | None
    generation: int  # bumped on every new set of rows: cached results are stale

    def rowCount(self, parent: Any = ...) -> int: ...  # noqa: N802 (Qt's name)

    def search_keys(self) -> Sequence[str]: ...

    def values(self, field: str) -> list[Any]: ...

    def sort_ranks(self, column: int) -> list[int]: ...


_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FieldFilter:
    """Keep the rows whose ``field`` is one of ``accepted``."""

    field: str
    accepted: frozenset[Any]


class SearchFilterProxy(QAbstractProxyModel):
    """The rows of a ``RowSource`` that hold every word of the query and pass every
    filter, sorted by a column's sort keys (or in the order they were loaded)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._filters: dict[str, FieldFilter] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._order: list[int] | None = None  # source rows in sort order; None: as loaded
        self._visible: list[int] = []
        self._positions: list[int] | None = None  # source row -> visible row, made on demand
        self._cell: Any = None
        self._counted: tuple[Any, int] | None = None  # (which rows, conditions), their count
        self._filtered: tuple[Any, list[int]] | None = None  # (which rows, filters), the rows

    # --- what is shown ---------------------------------------------------------------------
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        folded = search_key(text)
        if folded != self._query:
            narrow = _words_to_check(query_tokens(folded), query_tokens(self._query))
            self._query = folded
            self._relayout(narrow=narrow)

    def set_filter(self, name: str, condition: FieldFilter | None) -> None:
        """Add, replace or (``None``) remove the filter called ``name``."""
        if self._filters.get(name) == condition:
            return
        if condition is None:
            del self._filters[name]
        else:
            self._filters[name] = condition
        self._relayout()

    def filters(self) -> dict[str, FieldFilter]:
        return dict(self._filters)

    def count_passing(self, conditions: Sequence[FieldFilter]) -> int:
        """How many source rows pass all ``conditions`` (whatever the query): a list's
        total within its scope. Kept until the rows or the conditions change, so a
        keystroke in the search box costs no pass over 50,000 rows."""
        model = self._source()
        if model is None:
            return 0
        if not conditions:
            return model.rowCount()
        key = (id(model), model.generation, tuple(conditions))
        if self._counted is None or self._counted[0] != key:
            rows: Iterable[int] = range(model.rowCount())
            for condition in conditions:
                values, accepted = model.values(condition.field), condition.accepted
                rows = [n for n in rows if values[n] in accepted]
            self._counted = (key, len(list(rows)))
        return self._counted[1]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if column >= 0 else None
        self._relayout(resort=True)

    def _source(self) -> RowSource | None:
        return self.sourceModel()  # type: ignore[return-value]

    def _rebuild(self, resort: bool, narrow: tuple[str, ...] | None = None) -> None:
        model = self._source()
        count = model.rowCount() if model is not None else 0
        if resort:
            self._order = self._sorted(model, count)
            self._filtered = None
        if model is None:
            self._visible = []
        elif narrow is not None:  # typing on: only rows shown can still match, in order
            keys, rows = model.search_keys(), self._visible
            for token in narrow:
                rows = [n for n in rows if token in keys[n]]
            self._visible = rows
        else:
            self._visible = self._matching(model, count)
        self._positions = None

    def _sorted(self, model: RowSource | None, count: int) -> list[int] | None:
        if model is None or self._sort is None:
            return None
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        natural = model.NATURAL_ORDER
        if natural is not None and natural[0] == column:
            if natural[1] == order:
                return None
            return list(range(count - 1, -1, -1))
        ranks = model.sort_ranks(column)
        return sorted(range(count), key=ranks.__getitem__, reverse=descending)

    def _matching(self, model: RowSource, count: int) -> list[int]:
        rows = self._passing_filters(model, count)
        keys = model.search_keys()
        for token in query_tokens(self._query):
            rows = [n for n in rows if token in keys[n]]
        return list(rows)

    def _passing_filters(self, model: RowSource, count: int) -> list[int]:
        """The rows every filter keeps, in the order shown. Kept until the rows, the filters
        or the order change: the staff list always has a filter on (officials in service),
        and a keystroke that widens the search must then check only its words, not pass
        50,000 rows through the filters and the order again."""
        key = (id(model), model.generation, tuple(self._filters.values()), self._sort, count)
        if self._filtered is None or self._filtered[0] != key:
            rows: Iterable[int] = self._order if self._order is not None else range(count)
            for condition in self._filters.values():
                values, accepted = model.values(condition.field), condition.accepted
                rows = [n for n in rows if values[n] in accepted]
            self._filtered = (key, list(rows))
        return self._filtered[1]

    def _relayout(self, resort: bool = False, narrow: tuple[str, ...] | None = None) -> None:
        """Apply a new query, filter or order, keeping persistent indexes (the selection).
        ``narrow``: the new query only removes rows from those shown, and these are the
        words the shown rows must still be checked for."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        self._rebuild(resort, narrow)
        self.changePersistentIndexList(persistent, [self.mapFromSource(s) for s in sources])
        self.layoutChanged.emit()

    # --- following the source model --------------------------------------------------------
    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._wiring(old):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._cell = getattr(model, "cell", None)  # RowTableModel's path for painted cells
        for signal, slot in self._wiring(model):
            signal.connect(slot)
        self._rebuild(resort=True)
        self.endResetModel()

    def _wiring(self, model: QAbstractItemModel) -> list[tuple[Any, Any]]:
        """The list models only reset; any other change of the source (rare) rebuilds the
        whole mapping as a reset too."""
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutChanged, self._source_changed),
            (model.rowsInserted, self._source_changed),
            (model.rowsRemoved, self._source_changed),
            (model.dataChanged, self._source_changed),
        ]

    def _source_reset(self) -> None:
        self._rebuild(resort=True)
        self.endResetModel()

    def _source_changed(self, *_args: object) -> None:
        self.beginResetModel()
        self._source_reset()

    # --- QAbstractProxyModel ---------------------------------------------------------------
    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or proxy_index.row() >= len(self._visible):
            return QModelIndex()
        return model.index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        if self._positions is None:
            positions = [-1] * self.sourceModel().rowCount()
            for shown, source in enumerate(self._visible):
                positions[source] = shown
            self._positions = positions
        row = source_index.row()
        shown = self._positions[row] if row < len(self._positions) else -1
        return self.createIndex(shown, source_index.column()) if shown >= 0 else QModelIndex()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible)
                                    and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._visible)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None or not index.isValid() or index.row() >= len(self._visible):
            return None
        if self._cell is None:
            return model.data(self.mapToSource(index), role)
        return self._cell(self._visible[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if model is None or orientation != Qt.Orientation.Horizontal:
            return None
        return model.headerData(section, orientation, role)


def _words_to_check(new: tuple[str, ...], old: tuple[str, ...]) -> tuple[str, ...] | None:
    """If every row matching ``new`` also matches ``old`` (each old word is part of some
    new word: "nguyen va" → "nguyen van"), the new words the shown rows must still be
    checked for (a word inside an old one is already known to match); else None."""
    if not all(any(word in longer for longer in new) for word in old):
        return None
    return tuple(word for word in new if not any(word in known for known in old))
