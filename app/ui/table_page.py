"""A list page: a search box, a "shown / total" count and a read-only table.

The page is a view: it is given rows (``set_rows``) by its controller and filters them as
the officer types. The filter waits for a short pause in typing, so a register of tens of
thousands of rows is filtered once per word rather than once per key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .formatting import count_text
from .item_models import RowTableModel, SearchFilterProxy

SEARCH_DELAY_MS = 150
FIT_SAMPLE_ROWS = 200  # column widths are fitted to a sample, not to 50,000 rows
MAX_COLUMN_WIDTH = 260  # long positions and places are cut (the tooltip shows all)


class TablePage(QWidget):
    def __init__(self, model: RowTableModel, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit(self, placeholderText=placeholder, clearButtonEnabled=True)
        self.search.setAccessibleName(placeholder)
        self.count_label = QLabel(self)
        self.table = self._make_table()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        self._lay_out()
        self._update_count()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self._fit_columns()
        self._update_count()

    def apply_search(self) -> None:
        """Filter now (the typing pause has passed, or a test wants it at once)."""
        self._timer.stop()
        self.proxy.set_query(self.search.text())
        self._update_count()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            if header.sectionSize(column) > MAX_COLUMN_WIDTH:
                header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _update_count(self) -> None:
        """Called after each change this page makes (rows, query), not per proxy signal:
        one filter pass emits a signal per removed run of rows, thousands on a long list."""
        self.count_label.setText(self.tr("Showing {shown} of {total}").format(
            shown=count_text(self.proxy.rowCount()), total=count_text(self.model.rowCount()),
        ))
