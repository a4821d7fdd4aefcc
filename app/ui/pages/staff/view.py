"""The Staff page: the commune's officials, searched, filtered, added and changed.

The page is the register's list (``pages/register``) worded for officials; what its
actions do with the store is ``controller.StaffSubject``'s, and the form of one official
is ``form.StaffForm``. An administrator also erases an official's personal data (beside
Delete and in the list's context menu); an erased official stays listed under a mark.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.models.store import Store
from app.ui.itemmodels.rows import StaffTableModel, is_erased
from app.ui.pages.register.view import RegisterPage
from app.ui.pages.staff.controller import Erasure, StaffSubject
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import MANAGE, RoleGate, allows
from app.ui.widgets.filters import STAFF_FILTERS


class StaffPage(RegisterPage):
    """The commune's officials: search, filters, and the form to add or change one."""

    KIND = "staff"

    def __init__(self, store: Store, runner: TaskRunner, commune_codes: Sequence[str],
                 parent: QWidget | None = None) -> None:
        subject = StaffSubject(store, commune_codes)
        super().__init__(StaffTableModel(), STAFF_FILTERS, store, runner, subject, parent)
        self.setObjectName("staffPage")
        self.erase_action = QAction(self, objectName="eraseStaff")
        self.erasure = Erasure(self.controller, subject, runner)
        self.erase_action.triggered.connect(lambda: self.erasure.erase(self.selected_row()))
        self.add_action(self.erase_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.insertAction(self.delete_action, self.edit_action)
        self.table.addAction(self.erase_action)
        self.erase_roles = RoleGate(store, self, MANAGE, reapply=self._erase_rules)
        self.erase_roles.gate(self.erase_action)
        for signal in (self.table.selectionModel().selectionChanged, self.model.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._erase_rules)
        self._erase_rules()
        self.retranslate()

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.erase_action.setVisible(editable)
        self._erase_rules()

    def _erase_rules(self, *_args: object) -> None:
        """Erasing needs an administrator on the laptop that keeps the list, and a chosen
        official whose data are still there."""
        row = self.selected_row()
        self.erase_action.setEnabled(
            row is not None and not is_erased(row) and bool(self.device_editable)
            and allows(self.store, MANAGE))

    def retranslate(self) -> None:
        self.set_placeholder(self.tr("Search by name… (Ctrl+F)"))
        self.erase_action.setText(self.tr("Erase personal data…"))
        self.erase_action.setToolTip(self.tr(
            "Erase the personal data of an official who left service (administrator)"))
        super().retranslate()
