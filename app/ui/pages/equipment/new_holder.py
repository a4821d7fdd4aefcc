"""A new official, added from the equipment form's holder field.

An officer registering the laptop of someone not yet on the staff list should not have to
cancel the item, add the person on the Staff page and start the item again: the holder
field offers "Add official “Giàng A Súa”…", which opens the official's form with that name
filled in; once it is saved (through ``app.ops.staff``, one unit of work, on the window's
runner), the new official is the item's holder and the item's form is where it was. The
window then reloads its pages, so the staff list and the overview count the new official.
"""

from __future__ import annotations

from typing import Any, Protocol, cast, runtime_checkable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.models.store import Store
from app.ops import staff as staff_ops
from app.ops.staff import StaffFormData
from app.ui.pages.staff.form import StaffForm
from app.ui.runtime.tasks import TaskRunner


@runtime_checkable
class StoreHost(Protocol):
    """The page that opens the item's form (``register.view.RegisterPage``): its store
    and the window's runner."""

    store: Store
    runner: TaskRunner


@runtime_checkable
class Reloads(Protocol):
    """The main window: every page reads again (``MainWindow.refresh``)."""

    def refresh(self) -> None: ...


class HolderForm(Protocol):
    """What this needs of the item's form (``form.EquipmentForm``)."""

    def holder_added(self, staff_id: str, name: str) -> None: ...

    def holder_not_added(self) -> None: ...


class NewHolder(QObject):
    """Opens the official's form for a typed name and hands the saved official back."""

    def __init__(self, form: QWidget, host: StoreHost) -> None:
        super().__init__(form)
        self.form, self.store, self.runner = form, host.store, host.runner
        self.item_form = cast(HolderForm, form)
        self.window = host.window() if isinstance(host, QWidget) else None
        self.staff_form: StaffForm | None = None

    def start(self, name: str) -> None:
        """Read what the official's form needs (the ethnic groups) on the worker."""
        if self.staff_form is not None:
            self.staff_form.raise_()
            return
        self.runner.run(lambda: staff_ops.staff_form(self.store, None),
                        lambda data: self._show(data, name))

    def _show(self, data: StaffFormData, name: str) -> None:
        form = StaffForm(None, data.groups, self.form, prefill={"full_name": name})
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.submitted.connect(lambda values: self._save(form, values))
        form.finished.connect(lambda result: self._closed(form, result))
        self.staff_form = form
        form.open()

    def _save(self, form: StaffForm, values: dict[str, Any]) -> None:
        def done(staff_id: str) -> None:
            form.saved()
            self.item_form.holder_added(staff_id, values["full_name"])
            if isinstance(self.window, Reloads):
                self.window.refresh()

        self.runner.run(lambda: staff_ops.save_staff(self.store, values), done,
                        failed=form.refused)

    def _closed(self, form: StaffForm, result: int) -> None:
        if self.staff_form is form:
            self.staff_form = None
        if result != QDialog.DialogCode.Accepted.value:
            self.item_form.holder_not_added()
