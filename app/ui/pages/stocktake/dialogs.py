"""The Stock-take page's two small dialogs: the committee that opens a round, and the
condition and place of the rows ticked as found.

Why a table of members rather than one text box: the biên bản prints each member's name
and role in a signature block, the chair first, so each is asked for on its own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.stocktake import CONDITIONS
from app.ui.runtime import labels

MAX_MEMBERS = 11  # what a round's committee holds (app.models.stocktake_ops)


class OpenRoundDialog(QDialog):
    """Mở đợt kiểm kê: the committee (name and role of each, the chair first) and the date."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openRoundDialog")
        self.setWindowTitle(self.tr("Open a stock-take round"))
        self.note = QLabel(self.tr("The stock-take committee, the chair first: each "
                                   "member's name and role, as the report will print them "
                                   "for signing."), self, wordWrap=True)
        self.members = QTableWidget(3, 2, self, objectName="committee")
        self.members.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Role")])
        self.members.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        roles = (self.tr("Chair"), self.tr("Member"), self.tr("Member"))
        for number, role in enumerate(roles):
            self.members.setItem(number, 1, QTableWidgetItem(role))
        self.add_button = QPushButton(self.tr("Add a member"), self)
        self.remove_button = QPushButton(self.tr("Remove the selected member"), self)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.day = QDateEdit(QDate(today or date.today()), self, calendarPopup=True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.problem = QLabel(self, objectName="problem", wordWrap=True)
        self.problem.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("Open the round"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.resize(520, self.sizeHint().height())

    def _lay_out(self) -> None:
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Opened on"), self.day)
        layout = QVBoxLayout(self)
        for part in (self.note, self.members):
            layout.addWidget(part)
        layout.addLayout(rows)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def add_member(self) -> None:
        if self.members.rowCount() >= MAX_MEMBERS:
            return
        self.members.insertRow(self.members.rowCount())
        self.members.setItem(self.members.rowCount() - 1, 1, QTableWidgetItem(self.tr("Member")))

    def remove_member(self) -> None:
        row = self.members.currentRow()
        if row >= 0 and self.members.rowCount() > 1:
            self.members.removeRow(row)

    def committee(self) -> list[tuple[str, str]]:
        """(name, role) of each member with a name, in the table's order."""
        found = []
        for row in range(self.members.rowCount()):
            name, role = (self._cell(row, column) for column in (0, 1))
            if name:
                found.append((name, role))
        return found

    def opened_on(self) -> date:
        return self.day.date().toPython()

    def _cell(self, row: int, column: int) -> str:
        item = self.members.item(row, column)
        return item.text().strip() if item is not None else ""

    def _try_accept(self) -> None:
        if not self.committee():
            self.problem.setText(self.tr("Enter the name of at least the committee's chair."))
            return
        if self.opened_on() > date.today():
            self.problem.setText(self.tr("The round cannot open on a day still to come."))
            return
        self.accept()


class FoundDialog(QDialog):
    """The condition and place of the items ticked as found (blank: as the register says)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("foundDialog")
        self.setWindowTitle(self.tr("Found: condition and place"))
        self.condition = QComboBox(self)
        self.condition.addItem(self.tr("As in the register"), None)
        for key in CONDITIONS:
            self.condition.addItem(labels.EQUIPMENT_STATUS.label(key), key)
        self.place = QLineEdit(self, maxLength=120)
        self.place.setPlaceholderText(self.tr("Blank: where the register says"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("%n item(s) found.", "", count), self))
        form.addRow(self.tr("Condition"), self.condition)
        form.addRow(self.tr("Place"), self.place)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.condition.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[str | None, str | None]:
        return self.condition.currentData(), self.place.text().strip() or None
