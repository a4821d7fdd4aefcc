"""The Staff page: the commune's officials, searched, filtered, added and changed.

The page is the register's list (``pages/register``) worded for officials; what its
actions do with the store is ``controller.StaffSubject``'s, and the form of one official
is ``form.StaffForm``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.models.store import Store
from app.ui.itemmodels.rows import StaffTableModel
from app.ui.pages.register.view import RegisterPage
from app.ui.pages.staff.controller import StaffSubject
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets.filters import STAFF_FILTERS


class StaffPage(RegisterPage):
    """The commune's officials: search, filters, and the form to add or change one."""

    KIND = "staff"

    def __init__(self, store: Store, runner: TaskRunner, commune_codes: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(StaffTableModel(), STAFF_FILTERS, store, runner,
                         StaffSubject(store, commune_codes), parent)
        self.setObjectName("staffPage")
        self.retranslate()

    def retranslate(self) -> None:
        self.set_placeholder(self.tr("Search by name… (Ctrl+F)"))
        super().retranslate()
