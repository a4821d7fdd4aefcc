"""What every form shares: the Save/Cancel buttons, the red error text, a refusal said in
the form, and asking before unsaved edits are lost.

``AsksBeforeDiscarding`` is mixed into a ``QDialog`` form (before ``QDialog`` in the bases):
Esc, Cancel and the window's close button all go through ``may_discard``. The form says
whether it holds unsaved edits (``dirty``) and calls ``mark_saved`` once the store has its
values, so the close that follows does not ask.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from app.models.errors import ModelError
from app.ui.widgets import dialogs

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b00020;"
_DATE_SHAPE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}")


def save_cancel_buttons(form: QDialog) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """Save (the default: Enter) and Cancel (Esc, through ``form.reject``); the caller
    connects Save to its own check-and-submit."""
    buttons = QDialogButtonBox(form)
    save = QPushButton(translate("FormButtons", "Save"), form, default=True, autoDefault=True)
    cancel = QPushButton(translate("FormButtons", "Cancel"), form, autoDefault=False)
    buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    cancel.clicked.connect(form.reject)
    return buttons, save, cancel


def show_refusal_in(label: QLabel, exc: BaseException) -> bool:
    """Say in the form why the store refused (a ``ModelError``: the officer's own sentence);
    True then. Anything else is a bug, left to the runner's error dialog."""
    if not isinstance(exc, ModelError):
        return False
    label.setText(str(exc))
    label.setVisible(True)
    return True


class AsksBeforeDiscarding:
    """The form class defines ``dirty() -> bool``: whether it holds edits the store does
    not have yet."""

    _saved = False

    def mark_saved(self) -> None:
        self._saved = True

    def may_discard(self) -> bool:
        """True if there is nothing to lose, or the officer agrees to lose it."""
        if self._saved or not self.dirty():  # type: ignore[attr-defined]
            return True
        assert isinstance(self, QWidget)
        # The way back is "Keep editing", not "Cancel": the form's own Cancel is what asked,
        # and a second Cancel meaning the opposite (stay) is the one an officer misreads.
        return dialogs.confirm(
            self, translate("UnsavedEdits", "Unsaved changes"),
            translate("UnsavedEdits", "Close this form and lose the changes you made?"),
            translate("UnsavedEdits", "Close without saving"),
            translate("UnsavedEdits", "Keep editing"))

    def reject(self) -> None:
        if not self.may_discard():
            return
        self._saved = True  # the closeEvent that follows must not ask again
        super().reject()  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_discard():
            event.ignore()
            return
        self._saved = True
        super().closeEvent(event)  # type: ignore[misc]


class TypedDate(Protocol):
    """A field holding a typed date (``record_form.DateField``)."""

    def text(self) -> str: ...

    def value(self) -> date | None: ...


def line_edit(parent: QWidget, text: str | None, max_length: int) -> QLineEdit:
    edit = QLineEdit(text or "", parent)
    edit.setMaxLength(max_length)
    return edit


def date_problem(field: TypedDate, today: date, *, past_only: bool = False) -> str | None:
    """The message for a date field that is not a date (or lies ahead when it may not: a
    dialog that writes no record, such as a status change; a record's dates are judged by
    its checks)."""
    try:
        value = field.value()
    except ValueError:  # 31/02/2026 is written right but does not exist: another mistake
        if _DATE_SHAPE.fullmatch(field.text().strip()):
            return translate("RecordForm", "This date does not exist: check the day and month.")
        return translate("RecordForm", "Write the date as dd/mm/yyyy, for example 05/02/2026.")
    if past_only and value is not None and value > today:
        return translate("RecordForm", "This date cannot be in the future.")
    return None
