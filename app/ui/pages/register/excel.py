"""Excel (and CSV) import and export from a list page, with the command line's contract.

The work is ``app.exchange``'s: an import checks every row before it writes and is all or
nothing, in one unit of work on the runner's long-task queue (with its progress bar), so
the lists stay usable meanwhile. A refused file is shown as a table of its bad rows (row,
column, what is wrong), which the officer can copy to fix the file; nothing was written.
Where the command line refuses and names a flag (a file imported before, rows like
officials already recorded, a workbook of several sheets), the window asks instead
(``import_questions``) and imports again with the answer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.ops.files import export_list, import_list
from app.ui.itemmodels.rows import Column, RowTableModel
from app.ui.pages.register.import_questions import ask_import_question
from app.ui.runtime.formatting import count_text
from app.ui.runtime.options import options_for
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets.dialogs import Icon, show_message

if TYPE_CHECKING:
    from app.exchange import ImportFileError, ImportSummary, RowProblem
    from app.ui.widgets.table_page import TablePage


class ProblemsModel(RowTableModel):
    """The bad rows of a refused file: row number, column, what is wrong.

    The column's name and the problem are the catalogue's messages (app/messages): ``str()``
    words them in the language the window installed."""

    CONTEXT = "ProblemsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ProblemsModel", "Row"),
               lambda p: "" if p.row is None else str(p.row), Qt.AlignmentFlag.AlignCenter),
        Column(QT_TRANSLATE_NOOP("ProblemsModel", "Column"),
               lambda p: str(p.label or p.column or "")),
        Column(QT_TRANSLATE_NOOP("ProblemsModel", "Problem"), lambda p: str(p.message)),
    )

    def search_key_of(self, row: RowProblem) -> str:
        return ""


class BadRowsDialog(QDialog):
    """Why a file was refused, row by row; nothing was written."""

    def __init__(self, error: ImportFileError, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badRowsDialog")
        self.error = error
        self.setWindowTitle(self.tr("The file was not imported"))
        self.summary = QLabel(self, wordWrap=True, objectName="summary")
        self.summary.setText(self.tr("{file}: {reason}\nCorrect these rows in the file, then "
                                     "import it again.").format(file=file_name,
                                                                reason=str(error)))
        self.model = ProblemsModel(self)
        self.model.set_rows(error.problems)
        self.table = self._make_table()
        self.more = QLabel(self, objectName="more", visible=bool(error.more))
        self.more.setText(self.tr("…and {count} more problems not shown.").format(
            count=count_text(error.more)))
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy the list"), self, autoDefault=False)
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table, self.more, buttons):
            layout.addWidget(widget)
        self.resize(760, 420)

    def _make_table(self) -> QTableView:
        table = QTableView(self, objectName="problems")
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    def copy(self) -> None:
        """The whole report as text, to paste into a message to whoever made the file."""
        QGuiApplication.clipboard().setText(self.error.report())


class ExcelActions(QObject):
    """The Import… and Export… actions of one list page."""

    imported = Signal()  # a file was imported and changed something

    def __init__(self, page: TablePage, store: Store, runner: TaskRunner, kind: str) -> None:
        super().__init__(page)
        self.page, self.store, self.runner, self.kind = page, store, runner, kind
        self.bad_rows: BadRowsDialog | None = None
        self.import_action = QAction(page, shortcut=QKeySequence("Ctrl+I"))
        self.export_action = QAction(page, shortcut=QKeySequence("Ctrl+E"))
        self.import_action.triggered.connect(self.import_file)
        self.export_action.triggered.connect(self.export_file)
        for action in (self.import_action, self.export_action):
            page.add_action(action, end=True)

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import from Excel…"))
        self.import_action.setToolTip(self.tr("Add or update records from an Excel or CSV "
                                              "file (Ctrl+I)"))
        self.export_action.setText(self.tr("Export to Excel…"))
        self.export_action.setToolTip(self.tr("Save the whole list as an Excel or CSV "
                                              "file (Ctrl+E)"))

    def set_editable(self, editable: bool) -> None:
        self.import_action.setVisible(editable)

    def _file_filter(self) -> str:
        """The two kinds of file, the CSV's said plainly: its column names and codes are the
        English keys other programs read (the contract of ``commune-it export``), while the
        workbook speaks Vietnamese. Shown by the native dialog too, unlike a note beside it."""
        return ";;".join([self.tr("Excel workbook, Vietnamese headings (*.xlsx)"),
                          self.tr("CSV file, English column names and codes for other "
                                  "programs (*.csv)")])

    # --- import -------------------------------------------------------------------------
    def import_file(self) -> None:
        options = options_for(self.store)
        chosen, _filter = QFileDialog.getOpenFileName(
            self.page, self.tr("Choose the file to import"), options.last_folder(),
            self.tr("Excel or CSV files (*.xlsx *.csv)"))
        if chosen:
            options.remember_folder(Path(chosen).parent)
            self._run_import(Path(chosen), {})

    def _run_import(self, path: Path, answers: dict[str, Any]) -> None:
        """Import ``path`` on the long-task queue with the officer's answers so far
        (``again``, ``add_matching``, ``sheet``: see ``app.ops.files.import_list``)."""
        kind, store = self.kind, self.store

        def work() -> ImportSummary:
            return import_list(store, kind, path, **answers)

        self.runner.run(work, self._imported,
                        progress_label=self.tr("Importing {file}…").format(file=path.name),
                        failed=lambda exc: self._refused(exc, path, answers))

    def _imported(self, summary: ImportSummary) -> None:
        if summary.created or summary.updated:
            self.imported.emit()
        text = self.tr("{created} added, {updated} updated, {unchanged} unchanged.").format(
            created=count_text(summary.created), updated=count_text(summary.updated),
            unchanged=count_text(summary.unchanged))
        if summary.sheet is not None:
            text += "\n" + self.tr("Read from the sheet “{sheet}”.").format(sheet=summary.sheet)
        show_message(self.page, Icon.Information, self.tr("Import finished"), text)

    def _refused(self, exc: BaseException, path: Path, answers: dict[str, Any]) -> bool:
        """A question (asked here, then the import runs again with the answer), or a file
        with bad rows (the table of them); True: told here. Other refusals (an unreadable
        file) are the runner's plain message."""
        from app.exchange import ImportFileError, ImportQuestion

        if isinstance(exc, ImportQuestion):
            answer = ask_import_question(self.page, exc, path.name)
            if answer:
                self._run_import(path, {**answers, **answer})
            return True
        if not isinstance(exc, ImportFileError) or not exc.problems:
            return False
        self.bad_rows = BadRowsDialog(exc, path.name, self.page)
        self.bad_rows.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.bad_rows.destroyed.connect(self._forget_bad_rows)
        self.bad_rows.open()
        return True

    def _forget_bad_rows(self, *_args: Any) -> None:
        self.bad_rows = None

    # --- export -------------------------------------------------------------------------
    def export_file(self) -> None:
        name = f"{self._file_stem()}-{date.today():%Y-%m-%d}.xlsx"
        options = options_for(self.store)
        chosen, selected = QFileDialog.getSaveFileName(
            self.page, self.tr("Save the list as"), str(Path(options.last_folder()) / name),
            self._file_filter())
        if not chosen:
            return
        path = Path(chosen)
        options.remember_folder(path.parent)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".csv" if "csv" in selected.lower() else ".xlsx")
        kind, store = self.kind, self.store

        def work() -> int:
            return export_list(store, kind, path)  # loads app.exchange only when asked

        self.runner.run(work, lambda count: self._exported(count, path),
                        progress_label=self.tr("Exporting {file}…").format(file=path.name))

    def _exported(self, count: int, path: Path) -> None:
        text = self.tr("{count} rows were written to {file}.").format(
            count=count_text(count), file=str(path))
        if path.suffix.lower() == ".csv":
            text += "\n" + self.tr("A CSV file keeps the English column names and codes "
                                   "(such as full_name, in_use) that other programs and the "
                                   "import read; export to Excel for Vietnamese headings.")
        show_message(self.page, Icon.Information, self.tr("Export finished"), text)

    def _file_stem(self) -> str:
        """A file name in the officer's language: can-bo-2026-02-05.xlsx."""
        if self.kind == "staff":
            return self.tr("staff", "file name")
        return self.tr("equipment", "file name")
