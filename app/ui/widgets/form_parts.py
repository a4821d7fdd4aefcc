"""What every form shares: the Save/Cancel buttons, the red error text, a refusal said in
the form, and asking before unsaved edits are lost.

``AsksBeforeDiscarding`` is mixed into a ``QDialog`` form (before ``QDialog`` in the bases):
Esc, Cancel and the window's close button all go through ``may_discard``. The form says
whether it holds unsaved edits (``dirty``) and calls ``mark_saved`` once the store has its
values, so the close that follows does not ask.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from app.models.errors import ModelError
from app.ui.widgets import dialogs

translate = QCoreApplication.translate
ERROR_STYLE = "color: #b00020;"


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
