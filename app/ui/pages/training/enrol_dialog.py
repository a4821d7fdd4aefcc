"""The dialog that enrols the commune's officials in a course by ticking them in a list.

It is not one of the Training page's field forms (``forms``): there is nothing to type
and validate, only a searchable list of candidates to tick, so it has its own frame and keys
and lives in its own module.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from app.models.training_queries import CandidateRow
from app.ui.itemmodels.training import (
    COL_CANDIDATE_COMMUNE,
    COL_CANDIDATE_POSITION,
    CandidateFilter,
    CandidateTableModel,
)
from app.ui.pages.training.view import MAX_COLUMN_WIDTH, KeyActions
from app.ui.widgets.form_parts import ERROR_STYLE, show_refusal_in
from app.ui.widgets.tables import fit_columns, read_only_table


class EnrolDialog(QDialog):
    """Tick officials in a searchable list (diacritics and case ignored), then enrol them.

    Keyboard: type part of a name, Down into the list, Space ticks, back to the search
    (Ctrl+F) for the next name; ticks survive each new search; Enter enrols the ticked."""

    submitted = Signal(object)  # the ticked staff ids

    def __init__(self, candidates: Sequence[CandidateRow], commune_names: dict[str, str],
                 hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol officials"))
        self.model = CandidateTableModel(commune_names, self)
        self.model.set_rows(candidates)
        self.proxy = CandidateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self, clearButtonEnabled=True,
                                placeholderText=self.tr("Search by name…"))
        self.search.textChanged.connect(self.proxy.set_query)
        self.table = self._make_table()
        self.hint = QLabel(hint, self, wordWrap=True, visible=bool(hint))
        self.refusal = QLabel(self, visible=False, wordWrap=True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.enrol_button = QPushButton(self, default=True)
        close = QPushButton(self.tr("Close"), self, autoDefault=False)
        close.clicked.connect(self.reject)
        self.enrol_button.clicked.connect(self.try_save)
        self.model.dataChanged.connect(self._update_button)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        for widget in (self.hint, self.search, self.table, self.refusal, buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.table, 1)
        self.resize(820, 520)
        self._update_button()

    def _make_table(self) -> QTableView:
        """Space (or a click on the box) ticks; Down in the search box goes to the list."""
        table = read_only_table(self, self.proxy)
        one_commune = len({row.commune_code for row in self.model.rows()}) <= 1
        table.setColumnHidden(COL_CANDIDATE_COMMUNE, one_commune)
        fit_columns(table, MAX_COLUMN_WIDTH)
        # The long positions take what is left, so nothing needs a sideways scroll.
        table.horizontalHeader().setSectionResizeMode(
            COL_CANDIDATE_POSITION, QHeaderView.ResizeMode.Stretch)
        KeyActions(self.search, {Qt.Key.Key_Down: self._into_list})
        return table

    def _into_list(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def toggle(self, proxy_row: int) -> None:
        if proxy_row < 0:
            return
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        self.model.toggle(source.row())

    def _update_button(self) -> None:
        count = len(self.model.checked)
        self.enrol_button.setText(self.tr("Enrol %n ticked", "", count))
        self.enrol_button.setEnabled(count > 0)

    def try_save(self) -> None:
        if self.model.checked:
            self.submitted.emit(self.model.checked_ids())

    def saved(self) -> None:
        self.accept()

    def refused(self, exc: BaseException) -> bool:
        return show_refusal_in(self.refusal, exc)
