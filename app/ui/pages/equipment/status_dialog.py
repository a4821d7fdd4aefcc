"""A new status for one equipment item, straight from the list: which, since when, and why.

What an officer does when the printer breaks: the change goes into the item's history
without opening the whole form.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.models.queries import EquipmentRow
from app.ui.pages.equipment.form import item_title
from app.ui.runtime import labels
from app.ui.widgets.record_form import DateField, RecordForm, date_problem, enum_combo, line_edit


class StatusDialog(RecordForm):
    """A new status for one item, from the list: which, since when, and why."""

    def __init__(self, row: EquipmentRow, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("statusDialog")
        self.row, self.today = row, today or date.today()
        self.setWindowTitle(self.tr("Change status: {item}").format(item=item_title(row, None)))
        form = self.add_group(self.tr("Now: {status}").format(
            status=labels.EQUIPMENT_STATUS.label(row.status)))
        self.add_field(form, "status", self.tr("New status"),
                       enum_combo(self, labels.EQUIPMENT_STATUS.choices(), row.status))
        self.add_field(form, "on", self.tr("Since"), DateField(self.today, self))
        self.add_field(form, "note", self.tr("Note"), line_edit(self, "", 240))
        self.fields["note"].setPlaceholderText(self.tr("e.g. paper jam, sent for repair"))
        self.start_tracking()
        self.fields["status"].setFocus()
        self.resize(460, self.sizeHint().height())

    def problems(self) -> dict[str, str]:
        found = {}
        # Said once Save was tried, not while the officer runs down the list of statuses:
        # the line would come and go under the combo and move Save.
        if self.fields["status"].currentData() == self.row.status and self._tried:
            found["status"] = self.tr("Choose the new status.")
        problem = date_problem(self.fields["on"], self.today, past_only=True)
        if problem:
            found["on"] = problem
        elif self.fields["on"].value() is None:
            found["on"] = self.tr("Enter the date of the change.")
        return found
