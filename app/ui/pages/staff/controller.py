"""What the Staff page does with the store: each call is one operation of ``app.ops.staff``.

Erasing an official's personal data (an administrator's, Law 91/2025/QH15) is the staff
page's own action beside the register's shared ones: it asks first, naming the person and
saying what goes and what stays, with "Cancel" the default answer, as it cannot be undone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from app.models.queries import StaffRow
from app.models.store import Store
from app.ops import staff as staff_ops
from app.ops.commune import Listing
from app.ops.staff import StaffFormData
from app.ui.pages.register.controller import RegisterController
from app.ui.pages.staff.form import StaffForm
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import MANAGE, allows
from app.ui.widgets import dialogs

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

    def erase(self, record_id: str) -> str:
        """On the worker: erase the official's personal data; the name it had."""
        return staff_ops.erase_staff(self.store, record_id).name


def erase_question(row: StaffRow) -> str:
    """The confirmation before an erasure: whom, what goes, what stays, and no way back."""
    return translate(
        "StaffPage", "Erase the personal data of “{name}”?\n\nTheir name, date of birth, "
        "gender, ethnicity, minority languages, phone, e-mail and former district and "
        "commune are removed from this computer and, at the next sync, from the province's "
        "server and the other computers.\n\nThe record stays, anonymous, so the figures "
        "still count it (unit, position, qualifications, years of service).\n\nThis cannot "
        "be undone.").format(name=row.full_name)


class Erasure(QObject):
    """The erase action's flow: ask, erase on the runner, load the list again."""

    def __init__(self, register: RegisterController, subject: StaffSubject,
                 runner: TaskRunner) -> None:
        super().__init__(register)
        self.register, self.subject, self.runner = register, subject, runner

    def erase(self, row: StaffRow | None) -> None:
        """Erase ``row``'s personal data once the administrator said yes."""
        page = self.register.page
        if row is None or not allows(self.subject.store, MANAGE) or not page.editable:
            return
        title = translate("StaffPage", "Erase personal data")
        if not dialogs.confirm(page, title, erase_question(row),
                               translate("StaffPage", "Erase"),
                               translate("StaffPage", "Keep")):
            return
        subject = self.subject
        self.runner.run(lambda: subject.erase(row.id), lambda name: self._erased(row.id, name))

    def _erased(self, record_id: str, name: str) -> None:
        self.register.after_write(record_id)
        dialogs.show_message(
            self.register.page, dialogs.Icon.Information,
            translate("StaffPage", "Erase personal data"),
            translate("StaffPage", "The personal data of “{name}” were erased. The record "
                      "stays in the list, anonymous.").format(name=name))
