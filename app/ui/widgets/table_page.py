"""A list page: its actions, a search box, filters, a "shown / total" count and a table.

``TablePage`` is the view: it is given rows (``set_rows``) and shows the ones matching
what the officer types and chooses, in the order of the column header last clicked
(Vietnamese order, from the model's sort keys). The search runs as soon as the keys typed
so far have been handled (keys that arrive together are filtered once), and a longer
query only narrows the rows already shown, so each key answers in a few milliseconds
even on 50,000 rows (``make bench`` measures it).
``pages/register``'s ``RegisterPage`` adds editing on top of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.itemmodels.list_proxy import FieldFilter
from app.ui.itemmodels.rows import RowTableModel, SearchFilterProxy
from app.ui.runtime.formatting import count_text
from app.ui.widgets.filters import FilterBar, FilterSpec
from app.ui.widgets.tables import fit_columns, read_only_table

# Explicit contexts: PySide's self.tr() would look strings up under the subclass's name.
translate = QCoreApplication.translate
SEARCH_DELAY_MS = 0  # after the queued keys, not after a pause: see the module text
FIT_SAMPLE_ROWS = 200  # column widths are fitted to a sample, not to 50,000 rows
MAX_COLUMN_WIDTH = 230  # long positions and places are cut (the tooltip shows all)


class TablePage(QWidget):
    """The list view; ``TablePage(model, placeholder, parent)`` is a read-only list."""

    def __init__(self, model: RowTableModel, placeholder: str,
                 parent: QWidget | None = None, *, filters: Sequence[FilterSpec] = ()) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.toolbar = QHBoxLayout()
        self.notice = QLabel(self, visible=False, wordWrap=True, objectName="notice")
        self.search = QLineEdit(self, clearButtonEnabled=True, objectName="search")
        self.set_placeholder(placeholder)
        self.filter_bar = FilterBar(filters, self) if filters else None
        self.clear_button = QToolButton(self, objectName="clearFilters", visible=False)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(self, objectName="count")
        self.table = self._make_table()
        self._fitted = False
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._timer.start)
        if self.filter_bar is not None:
            self.filter_bar.changed.connect(self._filter_changed)
            for name, condition in self.filter_bar.conditions().items():  # the defaults
                self.proxy.set_filter(name, condition)
        self.focus_search = QAction(self, shortcut=QKeySequence.StandardKey.Find)
        self.focus_search.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.focus_search.triggered.connect(lambda: self.search.setFocus())
        self.addAction(self.focus_search)
        self._lay_out()
        self.retranslate_view()

    def _make_table(self) -> QTableView:
        table = read_only_table(self, self.proxy, "table")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        header.setSortIndicatorShown(True)
        natural = self.model.NATURAL_ORDER
        header.setSortIndicator(*(natural or (-1, Qt.SortOrder.AscendingOrder)))
        table.setSortingEnabled(True)  # a header click asks the proxy for that order
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        if self.filter_bar is not None:
            bar.addWidget(self.filter_bar)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.count_label)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(
            "Đang hiển thị 50.000/50.000") + 8)
        self._stretch = QWidget(self)
        self._stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.toolbar.addWidget(self._stretch)
        self._buttons: list[QAction | None] = [None]  # one entry per toolbar item
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.notice)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def add_action(self, action: QAction, *, end: bool = False,
                   before: QAction | None = None) -> QToolButton:
        """A button for ``action`` in the toolbar: with the record actions on the left
        (before ``before`` if given), or with the file actions at the ``end``. Its shortcut
        works anywhere on this page."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        position = self.toolbar.count() if end else self.toolbar.indexOf(self._stretch)
        if before is not None:
            position = min(position, self._buttons.index(before))
        self.toolbar.insertWidget(position, button)
        self._buttons.insert(position, action)
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return button

    def set_placeholder(self, text: str) -> None:
        self.search.setPlaceholderText(text)
        self.search.setAccessibleName(text)

    def retranslate_view(self) -> None:
        self.clear_button.setText(translate("TablePage", "Show all"))
        self.clear_button.setToolTip(
            translate("TablePage", "Clear the search and the filters"))
        if self.filter_bar is not None:
            self.filter_bar.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(self.model.columnCount() - 1, 0))
        self.table.viewport().update()  # the cells' labels are read again when painted
        self._update_count()

    # --- rows, search and filters ---------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show freshly loaded rows, keeping the selected record selected."""
        kept = self.selected_row()
        self.model.set_rows(rows)
        if self.filter_bar is not None:
            self.filter_bar.set_rows(self.model.rows())
        if not self._fitted and rows:
            self._fit_columns()
        self._update_count()
        if kept is not None:
            self.select_id(kept.id)

    def apply_search(self) -> None:
        """Filter now (the typing pause has passed, or a test wants it at once)."""
        self._timer.stop()
        self.proxy.set_query(self.search.text())
        self._update_count()

    def _filter_changed(self, name: str, condition: object) -> None:
        self.proxy.set_filter(name, condition)  # type: ignore[arg-type]
        self._update_count()

    def clear_filters(self) -> None:
        self.search.clear()
        if self.filter_bar is not None:
            self.filter_bar.clear()
        self.apply_search()

    def _fit_columns(self) -> None:
        self._fitted = True
        fit_columns(self.table, MAX_COLUMN_WIDTH)

    # --- column widths and order, kept between runs ---------------------------------------
    def header_state(self) -> bytes:
        """The columns' widths, places and sort order (``QHeaderView.saveState``)."""
        return self.table.horizontalHeader().saveState().data()

    def restore_header_state(self, state: bytes) -> bool:
        """Columns as the officer left them: their widths replace the fitted ones and
        the rows follow the saved order. False (the defaults kept) for an empty or
        unreadable state; Qt fits a state saved with fewer columns to the model's."""
        header = self.table.horizontalHeader()
        if not state or not header.restoreState(QByteArray(state)):
            return False
        self._fitted = True
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True

    def _update_count(self) -> None:
        """Called after each change this page makes (rows, query, filter), not per proxy
        signal. The total is the rows in the list's scope (the current officials, unless
        former ones are chosen): the number the overview shows."""
        shown, total = self.proxy.rowCount(), self.proxy.count_passing(self._scope())
        self.count_label.setText(translate("TablePage", "Showing {shown} of {total}").format(
            shown=count_text(shown), total=count_text(total)))
        filtered = bool(self.proxy.query()) or (
            self.filter_bar is not None and self.filter_bar.active())
        self.clear_button.setVisible(filtered)

    def _scope(self) -> list[FieldFilter]:
        """The filters that set the list's scope (``FilterSpec.scope``), as now chosen."""
        if self.filter_bar is None:
            return []
        specs = self.filter_bar.specs
        return [condition for name, condition in self.proxy.filters().items()
                if specs[name].scope]

    # --- selection ------------------------------------------------------------------------
    def selected_row(self) -> Any | None:
        """The selected record (what Open, Delete and Change status act on), if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_id(self, record_id: str) -> bool:
        """Select and show the record with this id, if it is shown."""
        for source_row, row in enumerate(self.model.rows()):
            if row.id == record_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                if not index.isValid():
                    return False
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        return False
