"""A list page: its actions, a search box, filters, a "shown / total" count and a table.

``TablePage`` is the view: it is given rows (``set_rows``) and shows the ones matching
what the officer types and chooses, in the order of the column header last clicked
(Vietnamese order, from the model's sort keys). The search runs as soon as the keys typed
so far have been handled (keys that arrive together are filtered once), and a longer
query only narrows the rows already shown, so each key answers in a few milliseconds
even on 50,000 rows (``make bench`` measures it).
``pages/register``'s ``RegisterPage`` adds editing on top of it.

The layout holds on a 1024×600 screen: the search has a row of its own (with "Show all",
whose room is kept while it is hidden, so the search never changes width, and the count),
the filters wrap below it (``FilterBar``), and the columns share the list's width
(``ColumnFitter``). Down, Enter and Up move between the search and the list
(``widgets/keys.py``), as on the training page.
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
from app.ui.widgets.hidden_note import HiddenNote
from app.ui.widgets.keys import PageShortcutsFirst, SearchListKeys
from app.ui.widgets.tables import ColumnFitter, read_only_table

# Explicit contexts: PySide's self.tr() would look strings up under the subclass's name.
translate = QCoreApplication.translate
SEARCH_DELAY_MS = 0  # after the queued keys, not after a pause: see the module text
FIT_SAMPLE_ROWS = 200  # column widths are fitted to a sample, not to 50,000 rows
MAX_COLUMN_WIDTH = 230  # long positions and places are cut (the tooltip shows all)
SEARCH_MIN_WIDTH = 240  # room for the first words of the placeholder, whatever the screen
BY_HAND = b"by-hand:"  # a saved header state whose widths the officer set


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
        self.hidden_note = HiddenNote(self)
        self.hidden_note.reveal_requested.connect(self.reveal)
        self.search = QLineEdit(self, clearButtonEnabled=True, objectName="search")
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.set_placeholder(placeholder)
        self.filter_bar = FilterBar(filters, self) if filters else None
        self.clear_button = QToolButton(self, objectName="clearFilters", visible=False)
        self.clear_button.clicked.connect(self.clear_filters)
        policy = self.clear_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the search keeps its width when it shows
        self.clear_button.setSizePolicy(policy)
        self.count_label = QLabel(self, objectName="count")
        self.table = self._make_table()
        self._fitted = False
        self.columns = ColumnFitter(self.table, [n for n, column in enumerate(model.COLUMNS)
                                                 if column.elastic], MAX_COLUMN_WIDTH)
        self.list_keys = SearchListKeys(self.search, self.table, self.open_selected)
        combos = self.filter_bar.combos.values() if self.filter_bar is not None else ()
        for box in (self.search, *(combo for combo in combos if combo.isEditable())):
            PageShortcutsFirst(box, self)  # Ctrl+E exports from a text box too
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
        layout.addWidget(self.hidden_note)
        layout.addLayout(bar)
        if self.filter_bar is not None:
            layout.addWidget(self.filter_bar)
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
        self.hidden_note.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(self.model.columnCount() - 1, 0))
        self.table.viewport().update()  # the cells' labels are read again when painted
        self.columns.measure(with_rows=False)  # the titles' widths in this language
        self._update_count()

    # --- rows, search and filters ---------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show freshly loaded rows, keeping the selected record selected."""
        kept = self.selected_row()
        self.model.set_rows(rows)
        if self.filter_bar is not None:
            self.filter_bar.set_rows(self.model.rows())
        if not self._fitted and rows:
            self._fitted = True
            self.columns.measure(with_rows=True)
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

    def open_selected(self) -> None:
        """Open the selected record (Enter); a read-only list has nothing to open."""

    # --- a saved record the search or a filter hides ----------------------------------------
    def show_saved(self, record_id: str) -> None:
        """Select the record just saved; if the search or a filter hides it, say so under
        the toolbar, with a button that shows it (``reveal``)."""
        if self.select_id(record_id):
            self.hidden_note.dismiss()  # an earlier note is about an older save
        elif any(row.id == record_id for row in self.model.rows()):
            self.hidden_note.show_for(record_id)

    def reveal(self, record_id: str) -> None:
        """Clear the search and the filters, widen a filter that still hides the record
        (a former official is outside the default "current officials"), and select it."""
        self.clear_filters()
        row = next((row for row in self.model.rows() if row.id == record_id), None)
        if row is not None and self.filter_bar is not None:
            for name, condition in self.proxy.filters().items():
                if getattr(row, condition.field) not in condition.accepted:
                    self.filter_bar.choose(name, None)
        self.hidden_note.dismiss()
        if self.select_id(record_id):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- column widths and order, kept between runs ---------------------------------------
    def header_state(self) -> bytes:
        """The columns' widths, places and sort order (``QHeaderView.saveState``), marked
        when the officer sized the columns (else they are fitted again next time)."""
        state = self.table.horizontalHeader().saveState().data()
        return BY_HAND + state if self.columns.by_hand else state

    def restore_header_state(self, state: bytes) -> bool:
        """Columns as the officer left them: the rows follow the saved order and places,
        and widths set by hand replace the fitted ones. False (the defaults kept) for an
        empty or unreadable state; Qt fits a state saved with fewer columns to the
        model's."""
        header = self.table.horizontalHeader()
        by_hand = bool(state) and state.startswith(BY_HAND)
        state = state[len(BY_HAND):] if by_hand else state
        if not state or not header.restoreState(QByteArray(state)):
            return False
        self.columns.adopt(by_hand)
        self._fitted = by_hand  # fitted widths are measured again on the first rows
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
        hidden = self.hidden_note.record_id
        if hidden is not None and self._is_shown(hidden):
            self.hidden_note.dismiss()  # the officer's own search or filter shows it now

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

    def _is_shown(self, record_id: str) -> bool:
        return any(row.id == record_id and self.proxy.mapFromSource(
            self.model.index(n, 0)).isValid() for n, row in enumerate(self.model.rows()))

    def select_id(self, record_id: str) -> bool:
        """Select and show the record with this id, if it is shown."""
        for source_row, row in enumerate(self.model.rows()):
            if row.id == record_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                if not index.isValid():
                    return False
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                if self.hidden_note.record_id == record_id:
                    self.hidden_note.dismiss()  # in sight now
                return True
        return False
