"""What the staff and equipment pages share, as the officer sees it: a list to edit.

The page lays out its actions (add, open, delete, Excel import and export), the search,
the filters and the notice on a laptop that only reads the list, and words them; what the
actions do is ``controller.RegisterController``'s, with a subject that says which
rows, form, save and delete.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.models.store import Store
from app.ops.commune import Listing
from app.ui.itemmodels.rows import RowTableModel
from app.ui.pages.register.controller import RegisterController, RegisterSubject
from app.ui.pages.register.excel import ExcelActions
from app.ui.runtime.options import LIST_HEADERS, options_for
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import RoleGate, allows
from app.ui.widgets.filters import FilterSpec
from app.ui.widgets.record_form import RecordForm
from app.ui.widgets.table_page import TablePage

# Explicit contexts: PySide's self.tr() would look strings up under the subclass's name.
translate = QCoreApplication.translate


class RegisterPage(TablePage):
    """A list the officer edits; a subclass names its subject (staff, equipment)."""

    KIND = ""  # the import/export kind: "staff" or "equipment"
    changed = Signal()  # after a write succeeded (the window reloads what depends on it)

    def __init__(self, model: RowTableModel, filters: Sequence[FilterSpec], store: Store,
                 runner: TaskRunner, subject: RegisterSubject,
                 parent: QWidget | None = None) -> None:
        super().__init__(model, "", parent, filters=filters)
        self.store, self.runner = store, runner
        self.editable: bool | None = None  # this device writes the list, and this account may
        self.device_editable: bool | None = None  # this device writes the list
        self.controller = RegisterController(self, subject, runner)
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.edit_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_F2))
        self.delete_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Delete))
        self.new_action.triggered.connect(self.controller.add_new)
        self.edit_action.triggered.connect(self.controller.edit_selected)
        self.delete_action.triggered.connect(self.controller.delete_selected)
        self.table.activated.connect(lambda _index: self.controller.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.proxy.layoutChanged.connect(self._selection_changed)  # a filter hid the record
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.add_action(action)
        # Del deletes only from the table: in the search box the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.excel = ExcelActions(self, store, runner, self.KIND)
        self.excel.imported.connect(lambda: self.controller.after_write())
        self.roles = RoleGate(store, self, reapply=self._role_changed).gate(
            self.new_action, self.delete_action, self.excel.import_action,
            self.excel.export_action)
        self._selection_changed()
        self.restore_header_state(options_for(store).get(LIST_HEADERS[self.KIND]))

    @property
    def form(self) -> RecordForm | None:
        """The form open on this page, if any."""
        return self.controller.form

    def load(self) -> Listing[Any]:
        """On the worker: the rows and whether this device writes them."""
        return self.controller.load()

    def refresh(self, select: str | None = None) -> None:
        self.controller.refresh(select)

    def can_close(self) -> bool:
        """The window is closing: a form with unsaved edits asks first."""
        return self.controller.can_close()

    def remember_header(self) -> None:
        """Keep the columns' widths and the sort order for the next start."""
        options = options_for(self.store)
        options.set(LIST_HEADERS[self.KIND], self.header_state())
        options.sync()

    def retranslate(self) -> None:
        self.new_action.setText(translate("RegisterPage", "Add…"))
        self.new_action.setToolTip(translate("RegisterPage", "Add a record (Ctrl+N)"))
        self.edit_action.setText(translate("RegisterPage", "Open…"))
        self.edit_action.setToolTip(
            translate("RegisterPage", "Open the selected record (Enter)"))
        self.delete_action.setText(translate("RegisterPage", "Delete"))
        self.delete_action.setToolTip(
            translate("RegisterPage", "Delete the selected record (Del)"))
        self.notice.setText(translate(
            "RegisterPage", "This computer only shows this list; the commune office's "
            "computer keeps it up to date."))
        self.excel.retranslate()
        self.retranslate_view()

    def show_loaded(self, loaded: Listing[Any], select: str | None = None) -> None:
        """Show the rows; ``select``: the record just saved, which the list selects, or
        says is hidden by the search or a filter."""
        self.set_editable(loaded.editable)
        self.set_rows(loaded.rows)
        if select is not None:
            self.show_saved(select)

    def open_selected(self) -> None:
        self.controller.edit_selected()

    def open_record(self, record_id: str) -> None:
        """Select the record and open its form (the overview's attention lists): a search
        or filter that hides it is cleared first; a record not yet in the list (written
        since it was loaded) is loaded first."""
        if not self._open_listed(record_id):
            self.controller.refresh(record_id, then=lambda: self._open_listed(record_id))

    def _open_listed(self, record_id: str) -> bool:
        """Open the record if the loaded rows hold it; False if they do not."""
        if not self.select_id(record_id):
            self.reveal(record_id)
        row = self.selected_row()
        if row is None or row.id != record_id:
            return False
        self.controller.edit_selected()
        return True

    def set_editable(self, editable: bool) -> None:
        """Whether this device writes the list (else the actions are not shown at all); an
        account that may not write sees them greyed (``shell.roles``) and opens forms only
        to read."""
        self.device_editable = editable
        self.editable = editable and allows(self.store)
        self.notice.setVisible(not editable)
        self.new_action.setVisible(editable)
        self.delete_action.setVisible(editable)
        self.excel.set_editable(editable)
        self._selection_changed()

    def _role_changed(self) -> None:
        """Another account took the window: its role applies to the list and the open form."""
        if self.device_editable is not None:
            self.set_editable(self.device_editable)
        if self.form is not None and not self.editable:
            self.form.set_read_only()

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_row() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen and bool(self.editable))
        self.new_action.setEnabled(bool(self.editable))
