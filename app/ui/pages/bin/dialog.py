"""The bin's window (File → Bin…): the deleted officials, equipment and courses, found by
typing part of a name without diacritics, and "Restore" for the chosen ones.

The delete question promises the record is kept; this is where an officer who deleted the
wrong person takes it back, without knowing anything of tombstones or sync. It reads and
writes only through ``app.ops.bin`` on the window's runner; after a restore it says what
happened (in the window's language) and emits ``restored`` so the window reloads its
pages. A laptop that only reads a kind of record (a trainer's, for officials and
equipment) sees them but cannot restore them, and is told why.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.bin_ops import BinRow
from app.models.store import Store
from app.ops import bin as bin_ops
from app.ops.bin import RestoreReport
from app.ui.itemmodels.rows import ROW_ROLE, SearchFilterProxy
from app.ui.pages.bin.model import BinTableModel
from app.ui.runtime.tasks import TaskRunner

BIN_SIZE = (760, 480)


class BinDialog(QDialog):
    """The deleted records, a search, and Restore."""

    restored = Signal()  # records came back: the window reloads its pages

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("binDialog")
        self.store, self.runner = store, runner
        self.intro = QLabel(self, wordWrap=True)
        self.search = QLineEdit(self, clearButtonEnabled=True, objectName="binSearch")
        self.model = BinTableModel(self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table()
        self.note = QLabel(self, wordWrap=True, objectName="binNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self, objectName="restoreButton", default=True)
        self.close_button = QPushButton(self, autoDefault=False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.close_button.clicked.connect(self.reject)
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.search, self.table, self.note, buttons):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        self.resize(*BIN_SIZE)
        self.retranslate()
        self._update_buttons()
        self.search.setFocus()

    def _table(self) -> QTableView:
        table = QTableView(self, objectName="binTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setSortingEnabled(True)
        table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bin"))
        self.intro.setText(self.tr(
            "Deleted officials, equipment and courses are kept here. Choose one or more and "
            "press “Restore”: they go back to their lists, and the next sync sends the "
            "restore to the province."))
        self.search.setPlaceholderText(self.tr("Search by name, title or tag…"))
        self.restore_button.setText(self.tr("&Restore"))
        self.close_button.setText(self.tr("Close"))

    # --- loading ------------------------------------------------------------------------
    def load(self) -> None:
        """Read the bin on the worker; the table fills when it comes back."""
        self.runner.run(lambda: bin_ops.list_bin(self.store), self._show_rows)

    def _show_rows(self, rows: list[BinRow]) -> None:
        self.model.set_rows(rows)
        if not rows:
            self.note.setText(self.tr("The bin is empty: nothing has been deleted."))

    def chosen(self) -> list[BinRow]:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.chosen()
        locked = [row for row in chosen if not row.restorable]
        self.restore_button.setEnabled(bool(chosen) and not locked)
        why = self.tr("This computer cannot restore officials or equipment: it only reads "
                      "them (a trainer's computer). The commune office's computer can.")
        if locked:
            self.note.setText(why)
        elif self.note.text() == why:
            self.note.clear()

    # --- restoring ----------------------------------------------------------------------
    def restore_chosen(self) -> None:
        picks = [(row.kind, row.id) for row in self.chosen() if row.restorable]
        if not picks:
            return
        self.restore_button.setEnabled(False)
        self.runner.run(lambda: bin_ops.restore(self.store, picks), self._restored,
                        failed=self._refused)

    def _restored(self, report: RestoreReport) -> None:
        self.note.setText("\n".join(str(note) for note in report.notes))
        if report.restored:
            self.restored.emit()
        self.load()

    def _refused(self, exc: BaseException) -> bool:
        self._update_buttons()
        return False  # the runner says why, in a message box (nothing was written)

    # --- keys -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search goes into the list, on its first row."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down \
                and self.proxy.rowCount() > 0:
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            return True
        return super().eventFilter(watched, event)
