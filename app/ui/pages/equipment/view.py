"""The Equipment page: the register's list of items plus one action of its own.

Change status… is what an officer does when the printer breaks
(``status_dialog.StatusDialog``); what the page's actions do with the store is
``controller.EquipmentSubject``'s, and the form of one item is ``form.EquipmentForm``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.models.store import Store
from app.ui.itemmodels.rows import EquipmentTableModel
from app.ui.pages.equipment.controller import EquipmentSubject, LabelPrinting, StatusChange
from app.ui.pages.register.view import RegisterPage
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets.filters import EQUIPMENT_FILTERS


class EquipmentPage(RegisterPage):
    """The commune's equipment: search, filters, the item form and status changes."""

    KIND = "equipment"

    def __init__(self, store: Store, runner: TaskRunner, commune_codes: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(EquipmentTableModel(), EQUIPMENT_FILTERS, store, runner,
                         EquipmentSubject(store, commune_codes), parent)
        self.setObjectName("equipmentPage")
        self.status_change = StatusChange(self, store, runner)
        self.status_action = QAction(self, shortcut=QKeySequence("Ctrl+T"))
        self.status_action.triggered.connect(self.status_change.change_selected)
        self.add_action(self.status_action, before=self.delete_action)
        self.roles.gate(self.status_action)  # a viewer sees it greyed (shell.roles)
        self.label_printing = LabelPrinting(self, store, runner)
        self.labels_action = QAction(self)
        self.labels_action.triggered.connect(self.label_printing.start)
        self.add_action(self.labels_action, end=True)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_placeholder(self.tr("Search: tag, serial, model, holder, place (Ctrl+F)"))
        self.status_action.setText(self.tr("Change status…"))
        self.labels_action.setText(self.tr("Print asset labels…"))
        self.labels_action.setToolTip(self.tr("A4 sheets of QR labels for the stock-take: "
                                              "the selected item, or every item in use"))
        self.status_action.setToolTip(self.tr("Record a new status of the selected item, "
                                              "e.g. broken (Ctrl+T)"))
        super().retranslate()

    def _selection_changed(self, *_args: object) -> None:
        super()._selection_changed()
        if hasattr(self, "status_action"):  # not yet while RegisterPage.__init__ runs
            self.status_action.setEnabled(bool(self.editable) and self.selected_row() is not None)
            self.status_action.setVisible(bool(self.device_editable))
