"""What the staff and equipment pages share: a list the officer edits.

Loading goes through the runner (rows and whether this device may write them); add, open
and delete open the subject's form or ask first, then write in one unit of work on the
runner's worker; a refusal keeps the form open; Excel import and export are two more
actions. After a write the page loads again, keeps the record selected, and emits
``changed`` so the window can reload what depends on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.models.queries import register_editable
from app.models.store import Store

from . import dialogs
from .excel_dialogs import ExcelActions
from .filters import FilterSpec
from .item_models import RowTableModel
from .options import LIST_HEADERS, options_for
from .record_form import RecordForm
from .table_page import TablePage
from .tasks import TaskRunner

# Explicit contexts: PySide's self.tr() would look strings up under the subclass's name.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Loaded:
    """What a register page loads on the worker: its rows and whether it may write."""

    rows: Sequence[Any]
    editable: bool


class RegisterSubject(Protocol):
    """What each register page (staff, equipment) provides to the shared flow of
    ``RegisterPage``; the worker-side methods get their own session."""

    def rows_query(self, session: Session) -> Sequence[Any]:
        ...

    def form_data(self, session: Session, record_id: str | None) -> Any:
        """What the form needs (the record's values, the choices); None if it is gone."""
        ...

    def make_form(self, data: Any, row: Any | None) -> RecordForm:
        """The form for a new record (``row`` None) or an existing one (GUI thread)."""
        ...

    def save(self, session: Session, values: Any, record_id: str | None) -> str:
        ...

    def delete(self, session: Session, record_id: str) -> None:
        ...

    def delete_question(self, row: Any) -> str:
        ...


class RegisterPage(TablePage):
    """A list the officer edits. The flow is shared; a subclass says which rows, form,
    save and delete (each of those runs on the runner's worker, in its own session)."""

    KIND = ""  # the import/export kind: "staff" or "equipment"
    changed = Signal()  # after a write succeeded (the window reloads what depends on it)

    def __init__(self, model: RowTableModel, filters: Sequence[FilterSpec], store: Store,
                 runner: TaskRunner, commune_codes: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(model, "", parent, filters=filters)
        self.store, self.runner, self.communes = store, runner, tuple(commune_codes)
        self.editable: bool | None = None
        self.form: RecordForm | None = None
        self._opening = False
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New)
        self.edit_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_F2))
        self.delete_action = QAction(self, shortcut=QKeySequence(Qt.Key.Key_Delete))
        self.new_action.triggered.connect(self.add_new)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.proxy.layoutChanged.connect(self._selection_changed)  # a filter hid the record
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.add_action(action)
        # Del deletes only from the table: in the search box the key deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.excel = ExcelActions(self, store, runner, self.KIND)
        self.excel.imported.connect(lambda: self.after_write())
        self._selection_changed()
        self.restore_header_state(options_for(store).get(LIST_HEADERS[self.KIND]))

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

    # --- loading ------------------------------------------------------------------------
    def load(self) -> Loaded:
        """On the worker: the rows and whether this device writes them."""
        with self.store.sessions() as session:
            return Loaded(self.rows_query(session), register_editable(session))

    def refresh(self, select: str | None = None) -> None:
        self.runner.run(self.load, lambda loaded: self.show_loaded(loaded, select))

    def show_loaded(self, loaded: Loaded, select: str | None = None) -> None:
        self.set_editable(loaded.editable)
        self.set_rows(loaded.rows)
        if select is not None:
            self.select_id(select)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.notice.setVisible(not editable)
        self.new_action.setVisible(editable)
        self.delete_action.setVisible(editable)
        self.excel.set_editable(editable)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_row() is not None
        self.edit_action.setEnabled(chosen)
        self.delete_action.setEnabled(chosen and bool(self.editable))
        self.new_action.setEnabled(bool(self.editable))

    def after_write(self, record_id: str | None = None) -> None:
        """A write succeeded: load the list again (selecting the record), tell the window."""
        self.refresh(select=record_id)
        self.changed.emit()

    # --- add, open, delete ----------------------------------------------------------------
    def add_new(self) -> None:
        if self.editable:
            self._open(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row)

    def _open(self, row: Any | None) -> None:
        if self.form is not None:
            self.form.raise_()
            return
        if self._opening:  # a second Enter while the first form's data is loading
            return
        self._opening = True
        record_id = row.id if row is not None else None

        def work() -> Any:
            with self.store.sessions() as session:
                return self.form_data(session, record_id)

        self.runner.run(work, lambda data: self._show_form(data, row),
                        failed=self._open_failed)

    def _open_failed(self, _exc: BaseException) -> bool:
        self._opening = False
        return False  # the runner tells the officer

    def _show_form(self, data: Any, row: Any | None) -> None:
        self._opening = False
        if data is None:  # deleted meanwhile (another device's change arrived)
            self.refresh()
            return
        form = self.make_form(data, row)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not self.editable:
            form.set_read_only()
        record_id = row.id if row is not None else None
        form.submitted.connect(lambda values: self._save(form, values, record_id))
        self.show_form(form)

    def show_form(self, form: RecordForm) -> None:
        """Open ``form`` (window-modal, the event loop keeps running) as this page's form."""
        self.form = form
        form.finished.connect(lambda _result: self._forget(form))
        form.open()

    def _forget(self, form: RecordForm) -> None:
        if self.form is form:
            self.form = None

    def _save(self, form: RecordForm, values: Any, record_id: str | None) -> None:
        def work() -> str:
            with self.store.sessions.begin() as session:
                return self.save(session, values, record_id)

        def done(saved_id: str) -> None:
            form.saved()
            self.after_write(saved_id)

        self.runner.run(work, done, failed=form.refused)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.editable:
            return
        if not dialogs.confirm(self, translate("RegisterPage", "Delete"),
                               self.delete_question(row), translate("RegisterPage", "Delete"),
                               translate("RegisterPage", "Keep")):
            return

        def work() -> None:
            with self.store.sessions.begin() as session:
                self.delete(session, row.id)

        self.runner.run(work, lambda _none: self.after_write())

    def can_close(self) -> bool:
        """The window is closing: a form with unsaved edits asks first."""
        return self.form is None or self.form.may_discard()
