"""The Equipment page, and the change of an item's status straight from its list.

The page is the register's list (search, filters, add, edit, delete) plus one action of its
own: Change status…, which is what an officer does when the printer breaks. That action
opens ``StatusDialog`` (which status, since when, and why) and saves the change into the
item's history without opening the whole form. The form of one item is in
``equipment_form``; the page and what it does from the list live apart from it so that
each module stays short enough to read in one go.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.models.equipment_ops import delete_equipment, save_equipment, set_status
from app.models.queries import (
    EquipmentRow,
    equipment_details,
    equipment_rows,
    staff_choices,
    status_history,
)
from app.models.store import Store

from . import labels
from .equipment_form import EquipmentForm, EquipmentFormData, EquipmentValues, item_title
from .filters import EQUIPMENT_FILTERS
from .item_models import EquipmentTableModel
from .record_form import DateField, RecordForm, date_problem, enum_combo, line_edit
from .register_page import RegisterPage
from .tasks import TaskRunner


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
        if self.fields["status"].currentData() == self.row.status:
            found["status"] = self.tr("Choose the new status.")
        problem = date_problem(self.fields["on"], self.today, past_only=True)
        if problem:
            found["on"] = problem
        elif self.fields["on"].value() is None:
            found["on"] = self.tr("Enter the date of the change.")
        return found


class EquipmentPage(RegisterPage):
    """The commune's equipment: search, filters, the item form and status changes."""

    KIND = "equipment"

    def __init__(self, store: Store, runner: TaskRunner, commune_codes: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(EquipmentTableModel(), EQUIPMENT_FILTERS, store, runner,
                         commune_codes, parent)
        self.setObjectName("equipmentPage")
        self.status_action = QAction(self, shortcut=QKeySequence("Ctrl+T"))
        self.status_action.triggered.connect(self.change_status_selected)
        self.add_action(self.status_action, before=self.delete_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_placeholder(self.tr("Search: tag, serial, model, holder, place (Ctrl+F)"))
        self.status_action.setText(self.tr("Change status…"))
        self.status_action.setToolTip(self.tr("Record a new status of the selected item, "
                                              "e.g. broken (Ctrl+T)"))
        super().retranslate()

    def _selection_changed(self, *_args: object) -> None:
        super()._selection_changed()
        if hasattr(self, "status_action"):  # not yet while RegisterPage.__init__ runs
            self.status_action.setEnabled(bool(self.editable) and self.selected_row() is not None)
            self.status_action.setVisible(bool(self.editable))

    def rows_query(self, session: Any) -> list[EquipmentRow]:
        return equipment_rows(session, self.communes)

    def form_data(self, session: Any, record_id: str | None) -> EquipmentFormData | None:
        values = equipment_details(session, record_id) if record_id else None
        if record_id and values is None:
            return None
        history = status_history(session, record_id) if record_id else []
        return EquipmentFormData(values, history, staff_choices(session, self.communes))

    def make_form(self, data: EquipmentFormData, row: EquipmentRow | None) -> EquipmentForm:
        return EquipmentForm(data, row, self)

    def save(self, session: Any, values: EquipmentValues, record_id: str | None) -> str:
        return save_equipment(session, values.fields, record_id, values.status_note)

    def delete(self, session: Any, record_id: str) -> None:
        delete_equipment(session, record_id)

    def delete_question(self, row: EquipmentRow) -> str:
        return self.tr("Delete {item} from the equipment list? If it was disposed of or "
                       "lost, change its status instead, so its history is kept.").format(
            item=item_title(row, None))

    def change_status_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.editable:
            return
        dialog = StatusDialog(row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda values: self._save_status(dialog, row.id, values))
        self.show_form(dialog)

    def _save_status(self, dialog: StatusDialog, item_id: str, values: dict[str, Any]) -> None:
        store = self.store

        def work() -> None:
            with store.sessions.begin() as session:
                set_status(session, item_id, values["status"], values["on"], values["note"])

        def done(_none: None) -> None:
            dialog.saved()
            self.after_write(item_id)

        self.runner.run(work, done, failed=dialog.refused)
