"""The fields of a new account (the wizard's account step, Settings' first account and its
"Add account"): a name and a password typed twice.

The rules are the operations layer's (``ops.accounts.checked_new_account``: a name, a
password of at least ten characters, the same twice), asked when the officer goes on, so a
form never says more than the command line would; the refusal is shown under the fields in
red and the password fields are emptied, since they cannot be read back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.ops.accounts import checked_new_account
from app.ui.runtime import errors
from app.ui.signin.fields import message_label, password_edit, say


class NewAccountForm(QWidget):
    """Name, password, password again; ``changed`` when any of them is edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, fixed_name: str = "") -> None:
        """``fixed_name``: a new password for that account (no name field)."""
        super().__init__(parent)
        self.name = QLineEdit(self, objectName="newAccountName")
        self.name.setMaxLength(60)
        self.password = password_edit(self, "newPassword")
        self.again = password_edit(self, "newPasswordAgain")
        self.name_label, self.password_label, self.again_label = (QLabel(self) for _ in "abc")
        self.message = message_label(self, "newAccountMessage")
        form = QFormLayout()
        if fixed_name:
            self.name.setText(fixed_name)
            self.name.hide()
        else:
            form.addRow(self.name_label, self.name)
        form.addRow(self.password_label, self.password)
        form.addRow(self.again_label, self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        for edit in (self.name, self.password, self.again):
            edit.textChanged.connect(self.changed)
        self.retranslate()

    def filled(self) -> bool:
        """Every field has something (the rules are checked on ``accepted_name``)."""
        named = self.name.isHidden() or bool(self.name.text().strip())
        return named and bool(self.password.text()) and bool(self.again.text())

    def accepted_name(self) -> str | None:
        """The account's name if the fields pass the rules, else None (the reason shown)."""
        try:
            kept = checked_new_account(self.name.text(), self.password.text(),
                                       self.again.text())
        except Exception as exc:  # noqa: BLE001 - an unexpected one is re-raised below
            if not errors.is_expected(exc):
                raise
            self.show_message(str(exc), error=True)
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return None
        self.show_message("")
        return kept

    def show_message(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.name_label.setText(self.tr("Account name:"))
        self.password_label.setText(self.tr("Password (10 characters or more):"))
        self.again_label.setText(self.tr("Password again:"))
