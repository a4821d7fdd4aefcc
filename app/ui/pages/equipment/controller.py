"""What the Equipment page does with the store: each call is one operation of
``app.ops.equipment``; and the status change from the list."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.models.queries import EquipmentRow
from app.models.store import Store
from app.ops import equipment as equipment_ops
from app.ops import labels as label_ops
from app.ops.commune import Listing
from app.ui.pages.equipment.form import (
    EquipmentForm,
    EquipmentFormData,
    EquipmentValues,
    item_title,
)
from app.ui.pages.equipment.labels_dialog import LabelsDialog
from app.ui.pages.equipment.status_dialog import StatusDialog
from app.ui.pages.register.controller import RegisterView
from app.ui.runtime.tasks import TaskRunner

translate = QCoreApplication.translate


class EquipmentSubject:
    """The equipment of this device's commune(s), for the register's shared flow."""

    def __init__(self, store: Store, commune_codes: Sequence[str]) -> None:
        self.store, self.communes = store, tuple(commune_codes)

    def listing(self) -> Listing[EquipmentRow]:
        return equipment_ops.list_equipment(self.store, self.communes)

    def form_data(self, record_id: str | None) -> EquipmentFormData | None:
        return equipment_ops.equipment_form(self.store, record_id, self.communes)

    def make_form(self, data: EquipmentFormData, row: EquipmentRow | None,
                  parent: QWidget) -> EquipmentForm:
        return EquipmentForm(data, row, parent)

    def save(self, values: EquipmentValues, record_id: str | None) -> str:
        return equipment_ops.save_equipment(self.store, values.fields, record_id,
                                            values.status_note)

    def delete(self, record_id: str) -> None:
        equipment_ops.delete_equipment(self.store, record_id)

    def delete_question(self, row: EquipmentRow) -> str:
        return translate(
            "EquipmentPage", "Delete {item} from the equipment list? If it was disposed of or "
            "lost, change its status instead, so its history is kept.").format(
            item=item_title(row, None))


class StatusChange:
    """Change status… on the selected item: the dialog, then one operation on the worker."""

    def __init__(self, page: RegisterView, store: Store, runner: TaskRunner) -> None:
        self.page, self.store, self.runner = page, store, runner

    def change_selected(self) -> None:
        row = self.page.selected_row()
        if row is None or not self.page.editable:
            return
        dialog = StatusDialog(row, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda values: self._save(dialog, row.id, values))
        self.page.controller.show_form(dialog)

    def _save(self, dialog: StatusDialog, item_id: str, values: dict[str, Any]) -> None:
        store = self.store

        def work() -> None:
            equipment_ops.change_status(store, item_id, values["status"], values["on"],
                                        values["note"])

        def done(_none: None) -> None:
            dialog.saved()
            self.page.controller.after_write(item_id)

        self.runner.run(work, done, failed=dialog.refused)


class LabelPrinting:
    """Print asset labels…: the selected item or the working register, the dialog's
    questions, where to save, then tags and the sheet in one task on the worker."""

    def __init__(self, page: RegisterView, store: Store, runner: TaskRunner) -> None:
        self.page, self.store, self.runner = page, store, runner
        self.note: QMessageBox | None = None  # what was saved, until the officer closes it

    def start(self) -> None:
        row = self.page.selected_row()
        ids = (row.id,) if row is not None else ()
        store = self.store
        self.runner.run(lambda: label_ops.label_request(store, ids), self._ask)

    def _ask(self, request: tuple[label_ops.LabelChoice, str, str]) -> None:
        choice, grid, pattern = request
        dialog = LabelsDialog(choice, grid, pattern, self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._chosen(dialog, choice, result))
        dialog.open()

    def _chosen(self, dialog: LabelsDialog, choice: label_ops.LabelChoice, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        grid, pattern, assign = dialog.values()
        chosen, _ = QFileDialog.getSaveFileName(
            self.page, translate("EquipmentPage", "Save the labels as"),
            str(Path.home() / "asset-labels.pdf"), "PDF (*.pdf)")
        if not chosen:
            return
        out = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        store = self.store
        self.runner.run(
            lambda: label_ops.print_chosen(store, choice, out, grid, pattern, assign),
            self._done, progress_label=translate("EquipmentPage", "Printing asset labels"))

    def _done(self, printed: label_ops.LabelsPrinted) -> None:
        text = translate("EquipmentPage", "{count} labels saved to “{path}” ({pages} pages); "
                                          "{assigned} items were given a tag.").format(
            count=printed.count, path=printed.path, pages=printed.pages,
            assigned=printed.assigned)
        self.note = QMessageBox(QMessageBox.Icon.Information,
                                translate("EquipmentPage", "Asset labels"), text,
                                QMessageBox.StandardButton.Close, self.page)
        self.note.open()
        if printed.assigned:
            self.page.controller.after_write()
