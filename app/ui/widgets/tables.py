"""How every read-only table of the window looks and fits its columns, in one place."""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

ELASTIC_FLOOR = 90  # an elastic column is never narrower than this (or than its title)


def read_only_table(parent: QWidget, model: QAbstractItemModel, name: str = "") -> QTableView:
    """A table of whole rows, one selected at a time, not edited in place, compact rows."""
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, widest: int) -> None:
    """Columns as wide as their contents, none wider than ``widest`` pixels (long texts are
    cut; their tooltip shows them whole)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)


def relabel(table: QTableView) -> None:
    """Paint the labels and headers again in a new language. Views ask the model on every
    paint, so a repaint is enough; a model signal would make the list proxy start over
    and lose the officer's selection."""
    for part in (table.viewport(), table.horizontalHeader().viewport(),
                 table.verticalHeader().viewport()):
        part.update()


class ColumnFitter(QObject):
    """A list's columns, sized to their contents and shared out over the list's width.

    Each column is as wide as its title and its widest value (a sample of the rows). The
    *elastic* columns (long free text: a position, a place) then take what the list has
    to spare, or give up what it lacks, down to their title's width; the other columns
    (names, codes, dates, yes/no) keep their whole content, so a name is never cut while
    a short column is wide, and a list that fits shows no sideways scroll bar. Long texts
    cut this way show whole in their tooltip. Once the officer drags a column's edge,
    the widths are theirs and are left alone."""

    def __init__(self, table: QTableView, elastic: Sequence[int], widest: int) -> None:
        super().__init__(table)
        self.table, self.elastic, self.widest = table, tuple(elastic), widest
        self._natural: list[int] = []
        self._titles: list[int] = []
        self._fitting = False
        self.by_hand = False
        table.horizontalHeader().setStretchLastSection(not self.elastic)
        table.horizontalHeader().sectionResized.connect(self._resized)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def measure(self, with_rows: bool) -> None:
        """Take the columns' natural widths again: their values only ``with_rows`` (the
        first rows loaded; later loads keep the widths), their titles on every ``fit``
        (the language, the font)."""
        model = self.table.model()
        count = model.columnCount() if model is not None else 0
        if with_rows or len(self._natural) != count:
            self._natural = [self._content_width(column, with_rows) for column in range(count)]
        self.fit()

    def _content_width(self, column: int, with_rows: bool) -> int:
        if not with_rows:
            return 0
        width = self.table.sizeHintForColumn(column)
        return min(width, self.widest) if column in self.elastic else width

    def fit(self) -> None:
        """Share the list's width out (after a resize, a new language, the first rows)."""
        header = self.table.horizontalHeader()
        if self.by_hand or not self._natural:
            return
        self._titles = [header.sectionSizeHint(column) for column in range(header.count())]
        widths = [max(title, value) for title, value in zip(self._titles, self._natural,
                                                             strict=False)]
        spare = self.table.viewport().width() - sum(widths)
        if self.elastic:
            widths = self._share(widths, spare)
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                self.table.horizontalHeader().resizeSection(column, width)
        finally:
            self._fitting = False

    def _share(self, widths: list[int], spare: int) -> list[int]:
        """Elastic columns grow by ``spare`` (negative: shrink, not below their floor)."""
        widths = list(widths)
        if spare >= 0:
            for n, column in enumerate(self.elastic):
                widths[column] += spare // len(self.elastic) + (
                    spare % len(self.elastic) if n == 0 else 0)
            return widths
        floors = {column: max(self._titles[column], ELASTIC_FLOOR) for column in self.elastic}
        room = sum(max(widths[column] - floors[column], 0) for column in self.elastic)
        if room <= 0:
            return widths
        share = min(-spare / room, 1.0)
        for column in self.elastic:
            give = max(widths[column] - floors[column], 0)
            widths[column] -= int(give * share + 0.999)
        return widths

    def adopt(self, by_hand: bool) -> None:
        """Widths just restored from the last run: the officer's own (kept), or fitted
        ones (fitted again to this screen and language)."""
        self.by_hand = by_hand
        self.table.horizontalHeader().setStretchLastSection(not self.elastic)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        """A column resized, not by this fitter: the officer's widths from now on. (A new
        set of rows keeps the widths without a signal; a stretched last column follows
        the list's width by itself.)"""
        header = self.table.horizontalHeader()
        stretched = header.stretchLastSection() and column == header.count() - 1
        if not self._fitting and not stretched:
            self.by_hand = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize \
                and shiboken6.isValid(self.table):  # not while the table is destroyed
            self.fit()
        return super().eventFilter(watched, event)
