"""The Stock-take page (Kiểm kê): with no round open, what the last one found and the
button that opens one; with a round open, the scan field, the answer of the last scan in
large text, the progress and the book's items with their answers.

Why the answer has a colour *and* words, each its own: a committee member looking up from
a shelf sees green, amber or blue at a glance, and one who cannot tell the colours apart
reads "Found", "Not in the book" or "Already counted". Why the table and the buttons do
not take the focus on a click: the scan field keeps it, so a scanner's next tag and Enter
land there whatever was clicked (Tab still walks into them from the keyboard).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.ops.commune import WindowContext
from app.ops.stocktake_page import PageData, PageRow, ScanResult
from app.ui.itemmodels.stocktake import (
    COL_STATE,
    FILTER_TEXTS,
    FILTERS,
    ROW_ROLE,
    StateFilter,
    StocktakeTableModel,
)
from app.ui.itemmodels.stocktake import tr as table_tr
from app.ui.pages.stocktake.answer import AnswerPanel
from app.ui.pages.stocktake.commune_choice import CommuneChoice
from app.ui.pages.stocktake.controller import StocktakeController
from app.ui.runtime.formatting import date_text
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import RoleGate, allows
from app.ui.widgets.fonts import bigger

TAB_ONLY = Qt.FocusPolicy.TabFocus


class StocktakePage(QWidget):
    """The commune's stock-take: open a round, count, close it."""

    changed = Signal()

    def __init__(self, store: Store, runner: TaskRunner, context: WindowContext,
                 parent: QWidget | None = None) -> None:
        """The first commune's round first; a trainer's laptop may choose another."""
        super().__init__(parent)
        self.setObjectName("stocktakePage")
        self.store = store
        self.controller = StocktakeController(self, store, runner, context.commune_codes[0])
        pairs = list(zip(context.commune_codes, context.commune_names, strict=True))
        self.choice = CommuneChoice(pairs, self.controller, self._other_commune, self)
        self.model = StocktakeTableModel(self)
        self.filtered = StateFilter(self)
        self.filtered.setSourceModel(self.model)
        self.data: PageData | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._idle_panel())
        self.stack.addWidget(self._round_panel())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.choice)
        layout.addWidget(self.stack)
        self.roles = RoleGate(store, self, reapply=self._enable)
        self.roles.gate(self.open_button, self.scan, self.import_button, self.close_button,
                        self.found_button, self.missing_button, self.found_action,
                        self.missing_action)
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------
    def _idle_panel(self) -> QWidget:
        panel = QWidget(self)
        self.last_label = QLabel(panel, objectName="lastRound", wordWrap=True)
        self.open_button = QPushButton(panel, objectName="openRound")
        self.open_button.clicked.connect(self.controller.open_round)
        layout = QVBoxLayout(panel)
        layout.addWidget(self.last_label)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return panel

    def _round_panel(self) -> QWidget:
        panel = QWidget(self)
        self.round_label = QLabel(panel, objectName="roundLine", wordWrap=True)
        self.progress_label = QLabel(panel, objectName="progress")
        self.progress_label.setFont(bigger(self.progress_label.font(), 1.2, bold=True))
        self.import_button = QPushButton(panel, objectName="importFile")
        self.close_button = QPushButton(panel, objectName="closeRound")
        self.scan_label = QLabel(panel)
        self.scan = QLineEdit(panel, objectName="scanField", maxLength=60)
        self.scan.setFont(bigger(self.scan.font(), 1.6))
        self.scan.setMinimumWidth(220)
        self.scan_label.setBuddy(self.scan)
        self.scan.returnPressed.connect(self._scan_entered)
        self.answer = AnswerPanel(panel)
        self.filter = QComboBox(panel, objectName="stateFilter")
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        self.found_button = QPushButton(panel, objectName="markFound")
        self.missing_button = QPushButton(panel, objectName="markMissing")
        self.found_button.clicked.connect(lambda: self.controller.mark(True))
        self.missing_button.clicked.connect(lambda: self.controller.mark(False))
        self.import_button.clicked.connect(self.controller.import_file)
        self.close_button.clicked.connect(self.controller.close_round)
        self.table = self._make_table(panel)
        for widget in (self.import_button, self.close_button, self.filter, self.found_button,
                       self.missing_button, self.table):
            widget.setFocusPolicy(TAB_ONLY)
        _lay_out_round(self, panel)
        return panel

    def _make_table(self, parent: QWidget) -> QTableView:
        table = QTableView(parent, objectName="stocktakeTable")
        table.setModel(self.filtered)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(26)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((115, 165, 120, 130, 120)):
            table.setColumnWidth(column, width)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.found_action = QAction(table)
        self.missing_action = QAction(table)
        self.found_action.triggered.connect(lambda: self.controller.mark(True))
        self.missing_action.triggered.connect(lambda: self.controller.mark(False))
        table.addActions([self.found_action, self.missing_action])
        table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        table.clicked.connect(lambda _index: self.keep_focus())
        return table

    # --- words ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open a stock-take round…"))
        self.import_button.setText(self.tr("Take in a scanner's file…"))
        self.import_button.setToolTip(self.tr("A file of tags, one a line, as a scanner's "
                                              "memory dumps them"))
        self.close_button.setText(self.tr("Close the stock-take round…"))
        self.close_button.setToolTip(self.tr("The commune office's laptop closes the round"))
        self.scan_label.setText(self.tr("&Scan or type an asset tag, then Enter:"))
        self.scan.setPlaceholderText(self.tr("e.g. MP-PC-2017-03"))
        self.found_button.setText(self.tr("Found…"))
        self.missing_button.setText(self.tr("Missing"))
        self.found_action.setText(self.tr("Mark found…"))
        self.missing_action.setText(self.tr("Mark missing"))
        current = max(self.filter.currentIndex(), 0)
        self.filter.blockSignals(True)
        self.filter.clear()
        for key in FILTERS:
            self.filter.addItem(table_tr(FILTER_TEXTS[key]), key)
        self.filter.setCurrentIndex(current)
        self.filter.blockSignals(False)
        self.answer.retranslate()
        self.choice.retranslate()
        if self.data is not None:
            self._show_texts(self.data)

    def _show_texts(self, data: PageData) -> None:
        if data.round is None:
            self.last_label.setText(self._last_text(data))
            return
        committee = ", ".join(f"{name} ({role})" for name, role in data.round.committee)
        self.round_label.setText(self.tr("Round opened on {day} by the committee: "
                                         "{committee}.").format(
            day=date_text(data.round.opened_on), committee=committee))
        self.show_progress()

    def _last_text(self, data: PageData) -> str:
        last = data.last
        if last is None:
            return self.tr("No stock-take round has been held on this register yet. Open "
                           "one to count the equipment against the book.")
        return self.tr("Last stock-take: {opened} to {closed}. Of {book} items in the "
                       "book, {counted} were counted and {missing} missing; {surplus} "
                       "found that were not in the book.").format(
            opened=date_text(last.opened_on), closed=date_text(last.closed_on),
            book=last.book, counted=last.counted, missing=last.missing,
            surplus=last.surplus)

    def show_progress(self) -> None:
        answered, book = self.model.progress()
        states = self.model.states
        self.progress_label.setText(self.tr(
            "Counted {answered}/{book} · found {found} · missing {missing} · not in the "
            "book {surplus}").format(answered=answered, book=book, found=states["counted"],
                                     missing=states["missing"], surplus=states["surplus"]))

    # --- what the controller shows --------------------------------------------------------
    def load(self) -> PageData:
        return self.controller.load()

    def show_loaded(self, data: PageData) -> None:
        self.data = data
        self.model.set_rows(data.rows)
        self.stack.setCurrentIndex(0 if data.round is None else 1)
        self._show_texts(data)
        self._enable()
        self.keep_focus()

    def _other_commune(self) -> None:
        self.answer.clear()
        self.controller.reload()

    def show_answer(self, result: ScanResult) -> None:
        self.answer.show_scan(result)

    def show_refused(self, tag: str, reason: str) -> None:
        self.answer.show_refused(tag, reason)
        self.keep_focus()

    def show_file_answer(self, found: int, unknown: int, duplicate: int) -> None:
        self.answer.show_file(found, unknown, duplicate)
        self.keep_focus()

    def put_row(self, row: PageRow) -> None:
        self.model.put_row(row)
        self.show_progress()

    def selected_rows(self) -> list[PageRow]:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    # --- focus and controls ---------------------------------------------------------------
    def focus_start(self) -> None:
        """Ctrl+number: straight into the scan field while a round is open."""
        self.keep_focus()

    def keep_focus(self) -> None:
        target = self.scan if self.stack.currentIndex() == 1 else self.open_button
        if target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scan_entered(self) -> None:
        tag = self.scan.text()
        self.scan.clear()
        self.controller.scan(tag)

    def _filter_chosen(self, _index: int) -> None:
        self.filtered.set_state(self.filter.currentData() or "all")
        self.keep_focus()

    def _enable(self) -> None:
        writable = allows(self.store)
        chosen = bool(self.table.selectionModel().selectedRows())
        for control in (self.open_button, self.scan, self.import_button):
            control.setEnabled(writable)
        self.close_button.setEnabled(writable and (self.data is None or self.data.closes))
        for control in (self.found_button, self.missing_button, self.found_action,
                        self.missing_action):
            control.setEnabled(writable and chosen)


def _lay_out_round(page: StocktakePage, panel: QWidget) -> None:
    top = QHBoxLayout()
    top.addWidget(page.progress_label, 1)
    top.addWidget(page.import_button)
    top.addWidget(page.close_button)
    scan_box = QVBoxLayout()
    scan_box.addWidget(page.scan_label)
    scan_box.addWidget(page.scan)
    scan_box.addStretch(1)
    scanning = QHBoxLayout()
    scanning.addLayout(scan_box, 2)
    scanning.addWidget(page.answer, 3)
    tools = QHBoxLayout()
    tools.addWidget(page.filter)
    tools.addStretch(1)
    tools.addWidget(page.found_button)
    tools.addWidget(page.missing_button)
    line = QFrame(panel, frameShape=QFrame.Shape.HLine)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page.round_label)
    layout.addLayout(top)
    layout.addLayout(scanning)
    layout.addWidget(line)
    layout.addLayout(tools)
    layout.addWidget(page.table, 1)
    page.table.horizontalHeader().setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.Stretch)
