"""The flow a register page (staff, equipment) shares, apart from its widgets.

Loading goes through the runner (rows and whether this device may write them); add, open
and delete open the subject's form or ask first, then write through ``app.ops`` (one unit
of work) on the runner's worker; a refusal keeps the form open. After a write the list
loads again, keeps the record selected, and the page emits ``changed`` so the window can
reload what depends on it. The page (``view.RegisterPage``) lays out and words;
this class decides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from app.ops.commune import Listing
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets import dialogs
from app.ui.widgets.record_form import RecordForm

translate = QCoreApplication.translate


class RegisterSubject(Protocol):
    """What each register (staff, equipment) brings to the shared flow; the worker-side
    methods each call one function of ``app.ops``."""

    def listing(self) -> Listing[Any]:
        """The rows, and whether this device may write them (on the worker)."""
        ...

    def form_data(self, record_id: str | None) -> Any:
        """What the form needs (the record's values, the choices); None if it is gone."""
        ...

    def make_form(self, data: Any, row: Any | None, parent: QWidget) -> RecordForm:
        """The form for a new record (``row`` None) or an existing one (GUI thread)."""
        ...

    def save(self, values: Any, record_id: str | None) -> str:
        ...

    def delete(self, record_id: str) -> None:
        ...

    def delete_question(self, row: Any) -> str:
        ...


class RegisterView(Protocol):
    """What the controller needs of its page (``view.RegisterPage`` has it): named here, so
    the view and the controller do not import each other."""

    editable: bool | None
    changed: SignalInstance  # after a write succeeded
    controller: RegisterController

    def selected_row(self) -> Any | None: ...

    def show_loaded(self, loaded: Listing[Any], select: str | None = None) -> None: ...


class RegisterController(QObject):
    """Loads the page's rows, opens its forms, saves and deletes through the runner."""

    def __init__(self, page: RegisterView, subject: RegisterSubject,
                 runner: TaskRunner) -> None:
        super().__init__(page)
        self.page, self.subject, self.runner = page, subject, runner
        self.form: RecordForm | None = None
        self._opening = False

    # --- loading ------------------------------------------------------------------------
    def load(self) -> Listing[Any]:
        """On the worker: the rows and whether this device writes them."""
        return self.subject.listing()

    def refresh(self, select: str | None = None,
                then: Callable[[], None] | None = None) -> None:
        """Load the list again, selecting ``select``; ``then`` runs once it is shown."""
        def show(loaded: Listing[Any]) -> None:
            self.page.show_loaded(loaded, select)
            if then is not None:
                then()

        self.runner.run(self.load, show)

    def after_write(self, record_id: str | None = None) -> None:
        """A write succeeded: load the list again (selecting the record), tell the window."""
        self.refresh(select=record_id)
        self.page.changed.emit()

    # --- add, open, delete ----------------------------------------------------------------
    def add_new(self) -> None:
        if self.page.editable:
            self._open(None)

    def edit_selected(self) -> None:
        row = self.page.selected_row()
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
        self.runner.run(lambda: self.subject.form_data(record_id),
                        lambda data: self._show_form(data, row),
                        failed=self._open_failed)

    def _open_failed(self, _exc: BaseException) -> bool:
        self._opening = False
        return False  # the runner tells the officer

    def _show_form(self, data: Any, row: Any | None) -> None:
        self._opening = False
        if data is None:  # deleted meanwhile (another device's change arrived)
            self.refresh()
            return
        form = self.subject.make_form(data, row, self.page)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not self.page.editable:
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
        def done(saved_id: str) -> None:
            form.saved()
            self.after_write(saved_id)

        self.runner.run(lambda: self.subject.save(values, record_id), done,
                        failed=form.refused)

    def delete_selected(self) -> None:
        row = self.page.selected_row()
        if row is None or not self.page.editable:
            return
        if not dialogs.confirm(self.page, translate("RegisterPage", "Delete"),
                               self.subject.delete_question(row),
                               translate("RegisterPage", "Delete"),
                               translate("RegisterPage", "Keep")):
            return
        self.runner.run(lambda: self.subject.delete(row.id), lambda _none: self.after_write())

    def can_close(self) -> bool:
        """The window is closing: a form with unsaved edits asks first."""
        return self.form is None or self.form.may_discard()
