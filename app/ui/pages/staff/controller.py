"""What the Staff page does with the store: each call is one operation of ``app.ops.staff``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.queries import StaffRow
from app.models.store import Store
from app.ops import staff as staff_ops
from app.ops.commune import Listing
from app.ops.staff import StaffFormData
from app.ui.pages.staff.form import StaffForm

translate = QCoreApplication.translate


class StaffSubject:
    """The officials of this device's commune(s), for the register's shared flow."""

    def __init__(self, store: Store, commune_codes: Sequence[str]) -> None:
        self.store, self.communes = store, tuple(commune_codes)

    def listing(self) -> Listing[StaffRow]:
        return staff_ops.list_staff(self.store, self.communes)

    def form_data(self, record_id: str | None) -> StaffFormData | None:
        return staff_ops.staff_form(self.store, record_id)

    def make_form(self, data: StaffFormData, row: StaffRow | None,
                  parent: QWidget) -> StaffForm:
        return StaffForm(data.values, data.groups, parent)

    def save(self, values: dict[str, Any], record_id: str | None) -> str:
        return staff_ops.save_staff(self.store, values, record_id)

    def delete(self, record_id: str) -> None:
        staff_ops.delete_staff(self.store, record_id)

    def delete_question(self, row: StaffRow) -> str:
        return translate(
            "StaffPage", "Delete {name} from the staff list? The record is kept as deleted "
            "and the deletion is sent to the province at the next sync.").format(
            name=row.full_name)
