"""How every read-only table of the window looks and fits its columns, in one place."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


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
